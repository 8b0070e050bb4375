use std::fs;
use std::path::Path;

use super::{StoreError, decode};
use crate::model::{Problem, Session, validate};

/// A session read from disk, with anything `validate` found wrong in it.
#[derive(Debug, Clone)]
pub struct Loaded {
    /// The session.
    pub session: Session,
    /// Rules the file breaks (dangling references, ballots over budget…); empty when valid.
    pub problems: Vec<Problem>,
}

/// Reads a session file. Never writes: an unreadable file stays exactly as it was.
pub fn load(path: &Path) -> Result<Loaded, StoreError> {
    let bytes = fs::read(path).map_err(|source| StoreError::Read {
        path: path.to_owned(),
        source,
    })?;
    let text = String::from_utf8(bytes).map_err(|error| StoreError::Read {
        path: path.to_owned(),
        source: std::io::Error::new(
            std::io::ErrorKind::InvalidData,
            format!(
                "it is not UTF-8 text (first bad byte at offset {})",
                error.utf8_error().valid_up_to()
            ),
        ),
    })?;
    let session = decode(&text).map_err(|source| StoreError::Decode {
        path: path.to_owned(),
        source,
    })?;
    let problems = validate(&session);
    Ok(Loaded { session, problems })
}
