use std::path::PathBuf;

use super::NewArgs;
use crate::store::{StoreError, new_session, new_session_location, save};

/// Writes a new session on the built-in framework, dated today, and returns where it went.
/// Never overwrites an existing file.
pub fn new_session_file(args: &NewArgs) -> Result<PathBuf, StoreError> {
    let session = new_session(&args.title);
    let path = match &args.output {
        Some(path) if path.exists() => {
            return Err(StoreError::Write {
                path: path.clone(),
                source: std::io::Error::new(
                    std::io::ErrorKind::AlreadyExists,
                    "a file is already there; choose another name",
                ),
            });
        }
        Some(path) => path.clone(),
        None => new_session_location(&session.title, session.date)?,
    };
    save(&path, &session)?;
    Ok(path)
}
