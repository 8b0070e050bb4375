use std::path::PathBuf;

use chrono::Local;

use super::NewArgs;
use crate::model::Session;
use crate::store::{StoreError, default_framework, new_session_path, save, sessions_dir};

/// Writes a new session on the built-in framework, dated today, and returns where it went.
/// Never overwrites an existing file.
pub fn new_session(args: &NewArgs) -> Result<PathBuf, StoreError> {
    let title = args.title.trim();
    let title = if title.is_empty() {
        "Strategic planning retreat"
    } else {
        title
    };
    let session = Session::new(title, Local::now().date_naive(), default_framework());
    let path = match &args.output {
        Some(path) => {
            if path.exists() {
                return Err(StoreError::Write {
                    path: path.clone(),
                    source: std::io::Error::new(
                        std::io::ErrorKind::AlreadyExists,
                        "a file is already there; choose another name",
                    ),
                });
            }
            path.clone()
        }
        None => {
            let dir = sessions_dir()?;
            std::fs::create_dir_all(&dir).map_err(|source| StoreError::Write {
                path: dir.clone(),
                source,
            })?;
            new_session_path(&dir, title, session.date)
        }
    };
    save(&path, &session)?;
    Ok(path)
}
