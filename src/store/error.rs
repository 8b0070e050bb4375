use std::io;
use std::path::PathBuf;

use super::DecodeError;

/// Why a session could not be read, saved or locked. Each message says what happened and to
/// which file; the file named is never left damaged. The messages are English, for logs and
/// tests; `Words::store_error` is the one for people.
#[derive(Debug, thiserror::Error)]
pub enum StoreError {
    /// The file could not be read at all.
    #[error("cannot read {}: {source}", path.display())]
    Read {
        /// The file.
        path: PathBuf,
        /// What the system said.
        source: io::Error,
    },
    /// The file was read but is not a session this program understands.
    #[error("{}{}{source}", path.display(), if matches!(source, DecodeError::Syntax { .. }) { ":" } else { ": " })]
    Decode {
        /// The file.
        path: PathBuf,
        /// What is wrong with its text.
        source: DecodeError,
    },
    /// Writing failed; the file on disk is as it was before.
    #[error("cannot save {}: {source}. The file on disk was not changed.", path.display())]
    Write {
        /// The file.
        path: PathBuf,
        /// What the system said.
        source: io::Error,
    },
    /// The session could not be turned into text, or the text did not read back the same.
    #[error("cannot save {}: {reason}. The file on disk was not changed.", path.display())]
    Encode {
        /// The file.
        path: PathBuf,
        /// What went wrong.
        reason: String,
    },
    /// Another Plaza has the session open for writing.
    #[error("{} is open in another Plaza ({holder}), so it was opened read-only: changes here cannot be saved", path.display())]
    Locked {
        /// The session file.
        path: PathBuf,
        /// Who holds it, as written in the lock file.
        holder: String,
    },
    /// A new file was to be created, and something is already there; it was not touched.
    #[error("{} already exists, and Plaza never writes over a file it did not create: choose another name", path.display())]
    Exists {
        /// The name that is taken.
        path: PathBuf,
    },
    /// A report could not be written; the file there, if any, is as it was.
    #[error("could not write {}: {source}. Nothing was changed", path.display())]
    Report {
        /// Where the report was to go.
        path: PathBuf,
        /// What the system said.
        source: io::Error,
    },
    /// A report was to go where a Plaza session is (or a link to one): a report never replaces
    /// a session.
    #[error("{} is a Plaza session; a report never replaces a session: choose another file", path.display())]
    IsSession {
        /// The file.
        path: PathBuf,
    },
    /// A file that was to hold a framework (a template) does not.
    #[error("{} is not a framework Plaza can use: {reason}", path.display())]
    NotAFramework {
        /// The file.
        path: PathBuf,
        /// What is wrong, in words.
        reason: String,
    },
    /// There is no folder for new sessions.
    #[error("cannot find a folder for new sessions: {reason}")]
    NoDataFolder {
        /// Why.
        reason: String,
    },
}

impl StoreError {
    /// The file the error is about, if it is about one.
    pub fn path(&self) -> Option<&std::path::Path> {
        match self {
            StoreError::Read { path, .. }
            | StoreError::Decode { path, .. }
            | StoreError::Write { path, .. }
            | StoreError::Encode { path, .. }
            | StoreError::Locked { path, .. }
            | StoreError::Exists { path }
            | StoreError::Report { path, .. }
            | StoreError::IsSession { path }
            | StoreError::NotAFramework { path, .. } => Some(path),
            StoreError::NoDataFolder { .. } => None,
        }
    }
}
