use std::ffi::OsString;
use std::path::{Path, PathBuf};

use chrono::NaiveDate;
use directories::ProjectDirs;

use super::StoreError;

/// The folder where new sessions are kept: `sessions/` in the system's data folder for Plaza.
pub fn sessions_dir() -> Result<PathBuf, StoreError> {
    ProjectDirs::from("", "", "Plaza")
        .map(|dirs| dirs.data_dir().join("sessions"))
        .ok_or_else(|| StoreError::NoDataFolder {
            reason: "the system reports no home folder".into(),
        })
}

/// A free file in the sessions folder for a new session, creating the folder if needed.
pub fn new_session_location(title: &str, date: NaiveDate) -> Result<PathBuf, StoreError> {
    let dir = sessions_dir()?;
    std::fs::create_dir_all(&dir).map_err(|source| StoreError::Write {
        path: dir.clone(),
        source,
    })?;
    Ok(new_session_path(&dir, title, date))
}

/// A file name for a new session that does not exist yet: `2026-11-26-leadership-retreat.ron`,
/// then `…-2.ron`, `…-3.ron` if taken.
pub fn new_session_path(dir: &Path, title: &str, date: NaiveDate) -> PathBuf {
    let slug = slug(title);
    let stem = if slug.is_empty() {
        date.to_string()
    } else {
        format!("{date}-{slug}")
    };
    let mut path = dir.join(format!("{stem}.ron"));
    let mut n = 2;
    while path.exists() {
        path = dir.join(format!("{stem}-{n}.ron"));
        n += 1;
    }
    path
}

/// Lower-case letters and digits joined by single dashes, at most 48 characters.
fn slug(title: &str) -> String {
    let words: Vec<String> = title
        .split(|c: char| !c.is_alphanumeric())
        .filter(|word| !word.is_empty())
        .map(str::to_lowercase)
        .collect();
    let mut slug = String::new();
    for word in words {
        if slug.chars().count() + word.chars().count() + 1 > 48 {
            break;
        }
        if !slug.is_empty() {
            slug.push('-');
        }
        slug.push_str(&word);
    }
    slug
}

/// `NAME.ron` → `NAME.ron<suffix>`, beside it.
pub(crate) fn sibling(path: &Path, suffix: &str) -> PathBuf {
    let mut name: OsString = path.file_name().map(OsString::from).unwrap_or_default();
    name.push(suffix);
    path.with_file_name(name)
}

/// Where the previous version of a session file is kept: `NAME.ron.bak`.
pub fn backup_path(path: &Path) -> PathBuf {
    sibling(path, ".bak")
}
