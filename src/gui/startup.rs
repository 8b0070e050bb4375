use std::path::Path;

use chrono::Local;

use crate::model::Session;
use crate::store::{Document, StoreError, default_framework, new_session_path, sessions_dir};

/// Opens `file` (creating a new session there if it does not exist yet), or with no file a new
/// session in Plaza's sessions folder.
pub fn open_or_create(
    file: Option<&Path>,
    notify: impl Fn() + Send + Sync + 'static,
) -> Result<Document, StoreError> {
    let new_session = || {
        Session::new(
            "Strategic planning retreat",
            Local::now().date_naive(),
            default_framework(),
        )
    };
    match file {
        Some(path) if path.exists() => Document::open(path, notify),
        Some(path) => Document::create(path, new_session(), notify),
        None => {
            let dir = sessions_dir()?;
            std::fs::create_dir_all(&dir).map_err(|source| StoreError::Write {
                path: dir.clone(),
                source,
            })?;
            let session = new_session();
            let path = new_session_path(&dir, &session.title, session.date);
            Document::create(&path, session, notify)
        }
    }
}
