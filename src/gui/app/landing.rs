//! What the console shows when no session is open: the start screen, or why a session did not
//! open and the ways on from there.

use std::io::ErrorKind;
use std::path::{Path, PathBuf};
use std::sync::Arc;

use crate::store::{DecodeError, SessionSummary, StoreError, readable_backup, session_summary};
use crate::tr;
use crate::words::Words;

/// The screen in place of the console while no session is open.
#[derive(Debug, Clone, PartialEq)]
pub enum Landing {
    /// Nothing was asked for: new session, open one, or a recent one.
    Start,
    /// A session was asked for and did not open.
    NotOpened(OpenFailure),
}

/// Why a file did not open, and what might help. It is worded when shown, in the language
/// of the moment: a failure at startup happens before the language is known.
#[derive(Debug, Clone, PartialEq)]
pub struct OpenFailure {
    /// The file, if the failure is about one.
    pub path: Option<PathBuf>,
    /// What kind of trouble it is.
    pub kind: FailureKind,
    /// What was found, for the words.
    cause: Cause,
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

/// What was found, with what the system or the reader said where that is the detail: kept
/// as found, and worded when shown.
#[derive(Debug, Clone)]
enum Cause {
    NotASession,
    NotText,
    Newer(DecodeError),
    Damaged(DecodeError),
    Missing,
    CouldNotRead(Arc<StoreError>),
    CouldNotOpen(Arc<StoreError>),
}

/// Two causes are the same when they say the same (a file's error is not comparable itself).
impl PartialEq for Cause {
    fn eq(&self, other: &Cause) -> bool {
        match (self, other) {
            (Cause::Newer(a), Cause::Newer(b)) | (Cause::Damaged(a), Cause::Damaged(b)) => a == b,
            (Cause::CouldNotRead(a), Cause::CouldNotRead(b))
            | (Cause::CouldNotOpen(a), Cause::CouldNotOpen(b)) => a.to_string() == b.to_string(),
            _ => std::mem::discriminant(self) == std::mem::discriminant(other),
        }
    }
}

impl OpenFailure {
    /// Reads `error` for what a facilitator would want said.
    pub fn from_error(error: &StoreError) -> OpenFailure {
        let path = error.path().map(Path::to_owned);
        let cause = match error {
            StoreError::Decode { source, .. } => match source {
                DecodeError::NotASession | DecodeError::Extensions => Cause::NotASession,
                DecodeError::NewerVersion { .. } => Cause::Newer(source.clone()),
                _ => Cause::Damaged(source.clone()),
            },
            StoreError::Read { source, .. } => match source.kind() {
                ErrorKind::NotFound => Cause::Missing,
                // Not text at all: a document, a picture, a spreadsheet.
                ErrorKind::InvalidData => Cause::NotText,
                _ => Cause::CouldNotRead(Arc::new(copy_of(error))),
            },
            other => Cause::CouldNotOpen(Arc::new(copy_of(other))),
        };
        let kind = match cause {
            Cause::NotASession | Cause::NotText => FailureKind::NotASession,
            Cause::Newer(_) => FailureKind::Newer,
            Cause::Damaged(_) => FailureKind::Damaged,
            Cause::Missing => FailureKind::Missing,
            Cause::CouldNotRead(_) | Cause::CouldNotOpen(_) => FailureKind::Unreadable,
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
            cause,
            backup,
        }
    }

    /// The one line that says it: "“notes.txt” is not a Plaza session".
    pub fn headline(&self, words: &Words) -> String {
        let name = self
            .path
            .as_deref()
            .map_or_else(|| tr!(words, "app-failure-the-session"), quoted_name);
        match &self.cause {
            Cause::NotASession | Cause::NotText => {
                tr!(words, "app-failure-not-a-session", name = name)
            }
            Cause::Newer(_) => tr!(words, "app-failure-newer", name = name),
            Cause::Damaged(_) => tr!(words, "app-failure-damaged", name = name),
            Cause::Missing => tr!(words, "app-failure-missing", name = name),
            Cause::CouldNotRead(_) => tr!(words, "app-failure-unreadable", name = name),
            Cause::CouldNotOpen(_) => tr!(words, "app-failure-unopened", name = name),
        }
    }

    /// What it means, and what the system or the reader said, for whoever wants the detail.
    pub fn detail(&self, words: &Words) -> String {
        match &self.cause {
            Cause::NotASession => tr!(words, "app-failure-not-a-session-detail"),
            Cause::NotText => tr!(words, "app-failure-not-text-detail"),
            Cause::Damaged(why) => {
                let why = words.decode_error(why);
                let why = why.trim_end_matches('.');
                tr!(words, "app-failure-damaged-detail", why = why)
            }
            Cause::Missing => tr!(words, "app-failure-missing-detail"),
            Cause::Newer(said) => words.decode_error(said),
            Cause::CouldNotRead(error) | Cause::CouldNotOpen(error) => words.store_error(error),
        }
    }

    /// The whole story on one line, for the message line of a console that stays open.
    pub fn sentence(&self, words: &Words) -> String {
        let said = tr!(
            words,
            "app-failure-sentence",
            headline = self.headline(words),
            detail = self.detail(words)
        );
        match &self.backup {
            Some(backup) => {
                let beside = tr!(
                    words,
                    "app-failure-backup-beside",
                    name = quoted_name(backup)
                );
                format!("{said} {beside}")
            }
            None => said,
        }
    }
}

/// A copy of `error` to word later, in the language of the moment: what the system said is
/// kept as it said it.
fn copy_of(error: &StoreError) -> StoreError {
    let said = |source: &std::io::Error| std::io::Error::new(source.kind(), source.to_string());
    match error {
        StoreError::Read { path, source } => StoreError::Read {
            path: path.clone(),
            source: said(source),
        },
        StoreError::Decode { path, source } => StoreError::Decode {
            path: path.clone(),
            source: source.clone(),
        },
        StoreError::Write { path, source } => StoreError::Write {
            path: path.clone(),
            source: said(source),
        },
        StoreError::Encode { path, reason } => StoreError::Encode {
            path: path.clone(),
            reason: reason.clone(),
        },
        StoreError::Locked { path, holder } => StoreError::Locked {
            path: path.clone(),
            holder: holder.clone(),
        },
        StoreError::Exists { path } => StoreError::Exists { path: path.clone() },
        StoreError::Report { path, source } => StoreError::Report {
            path: path.clone(),
            source: said(source),
        },
        StoreError::IsSession { path } => StoreError::IsSession { path: path.clone() },
        StoreError::NotAFramework { path, reason } => StoreError::NotAFramework {
            path: path.clone(),
            reason: reason.clone(),
        },
        StoreError::NoDataFolder { reason } => StoreError::NoDataFolder {
            reason: reason.clone(),
        },
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
