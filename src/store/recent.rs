//! The sessions opened lately, in a small file of Plaza's own, written the moment a session
//! opens: a Plaza closed by a power cut, or after a minute's use, still knows where the
//! facilitator was.

use std::io::Write;
use std::path::{Path, PathBuf};

use atomic_write_file::AtomicWriteFile;
use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

use super::{StoreError, load, paths::data_dir};

/// How many sessions the list keeps.
pub const RECENT_COUNT: usize = 8;

/// What the file holds: paths, newest first.
#[derive(Serialize, Deserialize, Default)]
#[serde(rename = "RecentSessions")]
struct RecentText {
    sessions: Vec<PathBuf>,
}

/// Where the list lives: `recent.ron` in Plaza's data folder.
pub fn recent_file() -> Result<PathBuf, StoreError> {
    Ok(data_dir()?.join("recent.ron"))
}

/// The sessions listed in `file`, newest first. A missing or unreadable list is an empty one:
/// it only saves the facilitator a search.
pub fn read_recent(file: &Path) -> Vec<PathBuf> {
    std::fs::read_to_string(file)
        .ok()
        .and_then(|text| ron::from_str::<RecentText>(&text).ok())
        .map(|list| list.sessions)
        .unwrap_or_default()
}

/// Writes the list, whole or not at all.
pub fn write_recent(file: &Path, sessions: &[PathBuf]) -> Result<(), StoreError> {
    let write_error = |source: std::io::Error| StoreError::Write {
        path: file.to_owned(),
        source,
    };
    if let Some(folder) = file.parent() {
        std::fs::create_dir_all(folder).map_err(write_error)?;
    }
    let list = RecentText {
        // A path that is not Unicode cannot be written as RON text; it is left out.
        sessions: sessions
            .iter()
            .filter(|path| path.to_str().is_some())
            .cloned()
            .collect(),
    };
    let text =
        ron::ser::to_string_pretty(&list, ron::ser::PrettyConfig::new()).map_err(|error| {
            StoreError::Encode {
                path: file.to_owned(),
                reason: error.to_string(),
            }
        })?;
    let mut out = AtomicWriteFile::options().open(file).map_err(write_error)?;
    out.write_all(text.as_bytes()).map_err(write_error)?;
    out.commit().map_err(write_error)
}

/// What names a session in a list: its title, day and venue.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SessionSummary {
    /// The retreat's name.
    pub title: String,
    /// Its day.
    pub date: NaiveDate,
    /// Where it took place; may be empty.
    pub venue: String,
}

/// The title, day and venue of the session at `path`, or why it cannot be read.
pub fn session_summary(path: &Path) -> Result<SessionSummary, StoreError> {
    let session = load(path)?.session;
    Ok(SessionSummary {
        title: session.title,
        date: session.date,
        venue: session.venue,
    })
}
