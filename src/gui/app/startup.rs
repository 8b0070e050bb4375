//! Which session the app opens on: the file named (created if it does not exist), else the
//! session the facilitator was working on last, else none (the start screen).

use std::path::{Path, PathBuf};

use crate::store::{DEFAULT_TITLE, Document, StoreError, new_session, new_sessions_folder};

/// Opens `file` (creating a new session there if it does not exist yet), or with no file a new
/// session in Plaza's sessions folder.
pub fn open_or_create(
    file: Option<&Path>,
    notify: impl Fn() + Send + Sync + 'static,
) -> Result<Document, StoreError> {
    match file {
        Some(path) if path.exists() => Document::open(path, notify),
        Some(path) => Document::create(path, new_session(DEFAULT_TITLE), notify),
        None => Document::create_in(&new_sessions_folder()?, new_session(DEFAULT_TITLE), notify),
    }
}

/// What the app opens on at launch: the file named; else the last session, as every document
/// program does, if its file is still there; else nothing, and the start screen shows.
pub fn resume(
    file: Option<&Path>,
    recent: &[PathBuf],
    notify: impl Fn() + Send + Sync + 'static,
) -> Option<Result<Document, StoreError>> {
    match file {
        Some(file) => Some(open_or_create(Some(file), notify)),
        None => {
            let last = recent.first().filter(|path| path.exists())?;
            Some(Document::open(last, notify))
        }
    }
}
