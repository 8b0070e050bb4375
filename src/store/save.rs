//! Durable, atomic saves: the file on disk is always either the old session or the new one.

use std::fs::{self, OpenOptions};
use std::io::{self, Write};
use std::path::{Path, PathBuf};

use atomic_write_file::AtomicWriteFile;

use super::paths::{backup_path, new_session_paths};
use super::{StoreError, decode, encode};
use crate::model::Session;

/// Saves a session to `path`: turns it into text and reads that back to be sure it is faithful,
/// writes the text to a temporary file in the same folder and syncs it, keeps the previous file
/// as `NAME.ron.bak`, then renames the temporary file over the old one and syncs the folder. If
/// anything fails, the file on disk is unchanged.
pub fn save(path: &Path, session: &Session) -> Result<(), StoreError> {
    let encode_error = |reason: String| StoreError::Encode {
        path: path.to_owned(),
        reason,
    };
    let write_error = |source: io::Error| StoreError::Write {
        path: path.to_owned(),
        source,
    };
    let text = encode(session).map_err(|error| {
        encode_error(format!(
            "the session could not be written as text ({error})"
        ))
    })?;
    std::thread::scope(|scope| {
        // Reading back takes as long as the disk does: do both at once, and rename only when
        // the text proved faithful.
        let verified = scope.spawn(|| match decode(&text) {
            Ok(back) if back == *session => Ok(()),
            Ok(_) => Err("the text written did not read back as the same session".to_owned()),
            Err(error) => Err(format!("the text written did not read back ({error})")),
        });
        let mut file = AtomicWriteFile::options().open(path).map_err(write_error)?;
        file.write_all(text.as_bytes()).map_err(write_error)?;
        file.sync_all().map_err(write_error)?;
        match verified.join() {
            Ok(Ok(())) => {}
            Ok(Err(reason)) => return Err(encode_error(reason)),
            Err(_) => return Err(encode_error("reading the text back failed".into())),
        }
        if path.exists() {
            keep_backup(path).map_err(|source| StoreError::Write {
                path: backup_path(path),
                source,
            })?;
        }
        file.commit().map_err(write_error)
    })
}

/// Writes `session` to `path` only if no file is there yet ("create new"): a second Plaza, a
/// second `plaza new` or a name typed twice can never write over a file. The text is checked
/// as [`save`] does, written to a temporary file and synced, then linked in under its name,
/// which fails if the name was taken meanwhile. Fails with [`StoreError::Exists`] when taken.
pub fn save_new(path: &Path, session: &Session) -> Result<(), StoreError> {
    let text = encode(session).map_err(|error| StoreError::Encode {
        path: path.to_owned(),
        reason: format!("the session could not be written as text ({error})"),
    })?;
    match decode(&text) {
        Ok(back) if back == *session => {}
        _ => {
            return Err(StoreError::Encode {
                path: path.to_owned(),
                reason: "the text written did not read back as the same session".into(),
            });
        }
    }
    create_new_file(path, text.as_bytes()).map_err(|source| {
        if source.kind() == io::ErrorKind::AlreadyExists {
            StoreError::Exists {
                path: path.to_owned(),
            }
        } else {
            StoreError::Write {
                path: path.to_owned(),
                source,
            }
        }
    })
}

/// How many names [`save_in_folder`] tries before giving up.
const NAMES_TRIED: usize = 10_000;

/// Writes `session` as a new file in `dir` under the first free name of
/// [`new_session_paths`], and returns it. Never writes over a file, even when several
/// Plazas create sessions in the same folder at the same moment.
pub fn save_in_folder(dir: &Path, session: &Session) -> Result<PathBuf, StoreError> {
    let mut taken = None;
    for path in new_session_paths(dir, &session.title, session.date).take(NAMES_TRIED) {
        match save_new(&path, session) {
            Ok(()) => return Ok(path),
            Err(StoreError::Exists { path }) => taken = Some(path),
            Err(error) => return Err(error),
        }
    }
    Err(StoreError::Exists {
        path: taken.unwrap_or_else(|| dir.to_owned()),
    })
}

/// Puts `bytes` at `path`, which must not exist: all of them or nothing, durably. Fails with
/// [`io::ErrorKind::AlreadyExists`] if something is there, and then changes nothing.
pub fn create_new_file(path: &Path, bytes: &[u8]) -> io::Result<()> {
    if fs::symlink_metadata(path).is_ok() {
        return Err(io::ErrorKind::AlreadyExists.into());
    }
    let (temp, mut file) = new_temp_file(path)?;
    let written = file
        .write_all(bytes)
        .and_then(|()| file.sync_all())
        .and_then(|()| {
            drop(file);
            fs::hard_link(&temp, path)
        });
    let _ = fs::remove_file(&temp);
    match written {
        Ok(()) => sync_folder(path),
        Err(error) if error.kind() == io::ErrorKind::AlreadyExists => Err(error),
        // Some file systems (FAT on a USB stick) have no hard links: create the file itself
        // exclusively. A crash in the middle can leave it short, never a file overwritten.
        Err(_) => {
            let mut file = OpenOptions::new().write(true).create_new(true).open(path)?;
            file.write_all(bytes)?;
            file.sync_all()?;
            sync_folder(path)
        }
    }
}

/// A temporary file beside `path`, named as [`clean_stale_temp_files`] recognises them.
fn new_temp_file(path: &Path) -> io::Result<(PathBuf, fs::File)> {
    let name = path
        .file_name()
        .map(|name| name.to_string_lossy().into_owned())
        .unwrap_or_default();
    let mut last_error = io::Error::from(io::ErrorKind::AlreadyExists);
    for _ in 0..16 {
        // The tail of a v7 UUID is random.
        let random = uuid::Uuid::now_v7().simple().to_string();
        let suffix = &random[random.len() - 6..];
        let temp = path.with_file_name(format!(".{name}.{suffix}"));
        match OpenOptions::new().write(true).create_new(true).open(&temp) {
            Ok(file) => return Ok((temp, file)),
            Err(error) => last_error = error,
        }
    }
    Err(last_error)
}

/// Makes a new name in `path`'s folder durable.
fn sync_folder(path: &Path) -> io::Result<()> {
    #[cfg(unix)]
    {
        let dir = match path.parent() {
            Some(dir) if !dir.as_os_str().is_empty() => dir,
            _ => Path::new("."),
        };
        fs::File::open(dir)?.sync_all()
    }
    #[cfg(not(unix))]
    {
        let _ = path;
        Ok(())
    }
}

fn backup_temp_path(path: &Path) -> PathBuf {
    let name = path
        .file_name()
        .map(|name| name.to_string_lossy().into_owned())
        .unwrap_or_default();
    path.with_file_name(format!(".{name}.bak~"))
}

/// Makes `NAME.ron.bak` the current `NAME.ron`. A hard link costs no copy and no space, and the
/// rename makes the swap atomic; where links are not supported (some USB sticks), a durable copy.
fn keep_backup(path: &Path) -> io::Result<()> {
    let backup = backup_path(path);
    let temp = backup_temp_path(path);
    let _ = fs::remove_file(&temp);
    match fs::hard_link(path, &temp) {
        Ok(()) => {
            fs::rename(&temp, &backup)?;
            // If the backup already was this very file (a save failed after backing up), the
            // rename changed nothing and left the temporary name behind.
            let _ = fs::remove_file(&temp);
            Ok(())
        }
        Err(_) => {
            let bytes = fs::read(path)?;
            let mut file = AtomicWriteFile::options().open(&backup)?;
            file.write_all(&bytes)?;
            file.commit()
        }
    }
}

/// Removes temporary files a crashed save left beside `path` (`.NAME.ron.XXXXXX` and
/// `.NAME.ron.bak~`). Call it only while holding the session's lock, so no save is under way.
pub fn clean_stale_temp_files(path: &Path) -> io::Result<usize> {
    let Some(name) = path
        .file_name()
        .map(|name| name.to_string_lossy().into_owned())
    else {
        return Ok(0);
    };
    let dir = match path.parent() {
        Some(dir) if !dir.as_os_str().is_empty() => dir,
        _ => Path::new("."),
    };
    let prefix = format!(".{name}.");
    let mut removed = 0;
    for entry in fs::read_dir(dir)? {
        let entry = entry?;
        let entry_name = entry.file_name().to_string_lossy().into_owned();
        let Some(rest) = entry_name.strip_prefix(&prefix) else {
            continue;
        };
        let is_temp =
            rest == "bak~" || (rest.len() == 6 && rest.chars().all(|c| c.is_ascii_alphanumeric()));
        if is_temp && entry.file_type()?.is_file() {
            fs::remove_file(entry.path())?;
            removed += 1;
        }
    }
    Ok(removed)
}
