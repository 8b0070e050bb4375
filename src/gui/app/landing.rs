//! What the console shows when no session is open: the start screen, or why a session did not
//! open and the ways on from there.

use std::io::ErrorKind;
use std::path::{Path, PathBuf};

use crate::store::{DecodeError, SessionSummary, StoreError, readable_backup, session_summary};

/// The screen in place of the console while no session is open.
#[derive(Debug, Clone, PartialEq)]
pub enum Landing {
    /// Nothing was asked for: new session, open one, or a recent one.
    Start,
    /// A session was asked for and did not open.
    NotOpened(OpenFailure),
}

/// Why a file did not open, in the facilitator's words, and what might help.
#[derive(Debug, Clone, PartialEq)]
pub struct OpenFailure {
    /// The file, if the failure is about one.
    pub path: Option<PathBuf>,
    /// What kind of trouble it is.
    pub kind: FailureKind,
    /// The one line that says it: "notes.txt is not a Plaza session".
    pub headline: String,
    /// What the system or the reader said, for whoever wants the detail.
    pub detail: String,
    /// The session's backup beside it, when there is one that reads.
    pub backup: Option<PathBuf>,
}

/// The kinds of trouble a facilitator can do something about in different ways.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum FailureKind {
    /// The file holds something else.
    NotASession,
    /// A session that no longer reads: its backup may.
    Damaged,
    /// Saved by a newer Plaza.
    Newer,
    /// Not there.
    Missing,
    /// The system would not let Plaza read (or create) it.
    Unreadable,
}

impl OpenFailure {
    /// Reads `error` as a facilitator would want it said.
    pub fn from_error(error: &StoreError) -> OpenFailure {
        let path = error.path().map(Path::to_owned);
        let name = path
            .as_deref()
            .map_or_else(|| "The session".to_owned(), quoted_name);
        let (kind, headline, detail) = match error {
            StoreError::Decode { source, .. } => match source {
                DecodeError::NotASession | DecodeError::Extensions => (
                    FailureKind::NotASession,
                    format!("{name} is not a Plaza session"),
                    "Plaza opens the session files it saves (.ron). This file holds something \
                     else, so nothing in it was read or changed."
                        .to_owned(),
                ),
                DecodeError::NewerVersion { .. } => (
                    FailureKind::Newer,
                    format!("{name} was saved by a newer Plaza"),
                    source.to_string(),
                ),
                _ => (
                    FailureKind::Damaged,
                    format!("{name} is damaged"),
                    format!(
                        "Plaza could not read it ({}). The file was not changed.",
                        source.to_string().trim_end_matches('.')
                    ),
                ),
            },
            StoreError::Read { source, .. } => match source.kind() {
                ErrorKind::NotFound => (
                    FailureKind::Missing,
                    format!("{name} is not there"),
                    "It may have been moved, renamed or deleted, or be on a drive that is not \
                     plugged in."
                        .to_owned(),
                ),
                // Not text at all: a document, a picture, a spreadsheet.
                ErrorKind::InvalidData => (
                    FailureKind::NotASession,
                    format!("{name} is not a Plaza session"),
                    "Plaza opens the session files it saves (.ron). This file is not even text, \
                     so nothing in it was read or changed."
                        .to_owned(),
                ),
                _ => (
                    FailureKind::Unreadable,
                    format!("{name} could not be read"),
                    error.to_string(),
                ),
            },
            other => (
                FailureKind::Unreadable,
                format!("{name} could not be opened"),
                other.to_string(),
            ),
        };
        let backup = match kind {
            FailureKind::Damaged | FailureKind::Missing => {
                path.as_deref().and_then(readable_backup)
            }
            _ => None,
        };
        OpenFailure {
            path,
            kind,
            headline,
            detail,
            backup,
        }
    }

    /// The whole story on one line, for the message line of a console that stays open.
    pub fn sentence(&self) -> String {
        let backup = match &self.backup {
            Some(backup) => format!(" A backup is beside it: {}.", quoted_name(backup)),
            None => String::new(),
        };
        format!("{}. {}{backup}", self.headline, self.detail)
    }
}

/// “notes.txt”: a file's name as the facilitator knows it.
pub fn quoted_name(path: &Path) -> String {
    let name = path.file_name().map_or_else(
        || path.display().to_string(),
        |name| name.to_string_lossy().into_owned(),
    );
    format!("“{name}”")
}

/// A session the facilitator opened lately, named as a list shows it.
#[derive(Debug, Clone, PartialEq)]
pub struct RecentSession {
    /// Its file.
    pub path: PathBuf,
    /// Its title, day and venue, if it still reads.
    pub summary: Option<SessionSummary>,
    /// Whether its file was there when it was read.
    pub found: bool,
}

impl RecentSession {
    /// Reads the title, day and venue of the session at `path`.
    pub fn read(path: PathBuf) -> RecentSession {
        let summary = session_summary(&path).ok();
        let found = summary.is_some() || path.exists();
        RecentSession {
            path,
            summary,
            found,
        }
    }
}
