//! A damaged session's way back: its backup (the version before the last save), copied to a
//! new file beside it. The damaged file is left as it is, for whoever wants to look at it.

use std::path::{Path, PathBuf};

use super::{StoreError, backup_path, load, save_new};

/// The backup beside `path`, if there is one and it reads as a session.
pub fn readable_backup(path: &Path) -> Option<PathBuf> {
    let backup = backup_path(path);
    load(&backup).is_ok().then_some(backup)
}

/// Copies the backup of the session at `path` to a new file beside it
/// (`NAME-recovered.ron`, or `NAME-recovered-2.ron` when that is taken) and returns its path.
pub fn recover_backup(path: &Path) -> Result<PathBuf, StoreError> {
    let session = load(&backup_path(path))?.session;
    let stem = path
        .file_stem()
        .map_or_else(|| "session".into(), |stem| stem.to_string_lossy());
    let folder = path.parent().unwrap_or(Path::new("."));
    let mut last = None;
    for n in 1..=99 {
        let name = match n {
            1 => format!("{stem}-recovered.ron"),
            n => format!("{stem}-recovered-{n}.ron"),
        };
        let copy = folder.join(name);
        match save_new(&copy, &session) {
            Ok(()) => return Ok(copy),
            Err(StoreError::Exists { path }) => last = Some(path),
            Err(error) => return Err(error),
        }
    }
    Err(StoreError::Exists {
        path: last.unwrap_or_else(|| folder.join(format!("{stem}-recovered.ron"))),
    })
}
