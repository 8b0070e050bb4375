//! Which session the app opens on: the file named, created if it does not exist, or a new
//! session in Plaza's sessions folder.

use std::path::Path;

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
