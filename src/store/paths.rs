use std::ffi::OsString;
use std::path::{Path, PathBuf};

use chrono::NaiveDate;
use directories::ProjectDirs;

use super::StoreError;

/// The system's data folder for Plaza (`~/.local/share/plaza` on Linux).
pub fn data_dir() -> Result<PathBuf, StoreError> {
    ProjectDirs::from("", "", "Plaza")
        .map(|dirs| dirs.data_dir().to_owned())
        .ok_or_else(|| StoreError::NoDataFolder {
            reason: "the system reports no home folder".into(),
        })
}

/// The folder where new sessions are kept: `sessions/` in the system's data folder for Plaza.
pub fn sessions_dir() -> Result<PathBuf, StoreError> {
    Ok(data_dir()?.join("sessions"))
}

/// The folder of the user's framework templates: `frameworks/` in Plaza's data folder.
pub fn templates_dir() -> Result<PathBuf, StoreError> {
    Ok(data_dir()?.join("frameworks"))
}

/// The sessions folder, created if needed.
pub fn new_sessions_folder() -> Result<PathBuf, StoreError> {
    let dir = sessions_dir()?;
    std::fs::create_dir_all(&dir).map_err(|source| StoreError::Write {
        path: dir.clone(),
        source,
    })?;
    Ok(dir)
}

/// The names a new session may take in `dir`, in the order they are tried:
/// `2026-11-26-leadership-retreat.ron`, then `…-2.ron`, `…-3.ron`. Whether one is free is
/// only known by creating it (see `save_new`): two Plazas may ask at the same moment.
pub fn new_session_paths(
    dir: &Path,
    title: &str,
    date: NaiveDate,
) -> impl Iterator<Item = PathBuf> + use<> {
    let slug = slug(title);
    let stem = if slug.is_empty() {
        date.to_string()
    } else {
        format!("{date}-{slug}")
    };
    let dir = dir.to_owned();
    (1_u32..).map(move |n| match n {
        1 => dir.join(format!("{stem}.ron")),
        n => dir.join(format!("{stem}-{n}.ron")),
    })
}

/// Lower-case letters and digits joined by single dashes, at most 48 characters.
pub(crate) fn slug(title: &str) -> String {
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
