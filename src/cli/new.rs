use std::path::PathBuf;

use super::NewArgs;
use crate::store::{StoreError, new_session, new_sessions_folder, save_in_folder, save_new};

/// Writes a new session on the built-in framework, dated today, and returns where it went.
/// Never overwrites an existing file, even with other `plaza new` running at the same moment.
pub fn new_session_file(args: &NewArgs) -> Result<PathBuf, StoreError> {
    let session = new_session(&args.title);
    match &args.output {
        Some(path) => save_new(path, &session).map(|()| path.clone()),
        None => save_in_folder(&new_sessions_folder()?, &session),
    }
}
