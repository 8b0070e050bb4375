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
    let write_error = |source: io::Error| StoreError::Write {
        path: path.to_owned(),
        source,
    };
    let text = session_text(path, session)?;
    std::thread::scope(|scope| {
        // Reading back takes as long as the disk does: do both at once, and rename only when
        // the text proved faithful.
        let verified = scope.spawn(|| reads_back(&text, session));
        let mut file = AtomicWriteFile::options().open(path).map_err(write_error)?;
        file.write_all(text.as_bytes()).map_err(write_error)?;
        file.sync_all().map_err(write_error)?;
        let verified = verified
            .join()
            .unwrap_or_else(|_| Err("reading the text back failed".into()));
        verified.map_err(|reason| encode_error(path, reason))?;
        if path.exists() {
            keep_backup(path).map_err(|source| StoreError::Write {
                path: backup_path(path),
                source,
            })?;
        }
        file.commit().map_err(write_error)
    })
}

fn encode_error(path: &Path, reason: String) -> StoreError {
    StoreError::Encode {
        path: path.to_owned(),
        reason,
    }
}

/// The session as the text of its file, not yet checked (see [`reads_back`]).
fn session_text(path: &Path, session: &Session) -> Result<String, StoreError> {
    encode(session).map_err(|error| {
        encode_error(
            path,
            format!("the session could not be written as text ({error})"),
        )
    })
}

/// Whether `text` reads back as exactly `session` (written in the version it needs); if not,
/// why, in words.
fn reads_back(text: &str, session: &Session) -> Result<(), String> {
    match decode(text) {
        Ok(mut back) if back.format_version == session.needed_format_version() => {
            back.format_version = session.format_version;
            if back == *session {
                Ok(())
            } else {
                Err("the text written did not read back as the same session".to_owned())
            }
        }
        Ok(_) => Err("the text written did not carry the format version it needs".to_owned()),
        Err(error) => Err(format!("the text written did not read back ({error})")),
    }
}

/// The text of `session` as [`save`] checks it, for writing to a new file at `path`.
fn checked_text(path: &Path, session: &Session) -> Result<String, StoreError> {
    let text = session_text(path, session)?;
    reads_back(&text, session).map_err(|reason| encode_error(path, reason))?;
    Ok(text)
}

/// Writes `session` to `path` only if no file is there yet ("create new"): a second Plaza, a
/// second `plaza new` or a name typed twice can never write over a file. The text is checked
/// as [`save`] does, then put in place by [`create_new_file`]. Fails with
/// [`StoreError::Exists`] when the name is taken.
pub fn save_new(path: &Path, session: &Session) -> Result<(), StoreError> {
    let text = checked_text(path, session)?;
    create_new_session_file(path, &text)
}

/// [`create_new_file`], its errors said for a session file.
fn create_new_session_file(path: &Path, text: &str) -> Result<(), StoreError> {
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

/// How many names a new session in a folder may try before giving up.
const NAMES_TRIED: usize = 1_000;

/// Creates a new session file in `dir` under the first free name of [`new_session_paths`]
/// and returns it, with whatever `claim` gave for it. `claim` runs before each name is tried
/// (to lock it, say); `Ok(None)` from it passes the name over. Never writes over a file, even
/// when several Plazas create sessions in the same folder at the same moment.
pub fn create_in_folder<T>(
    dir: &Path,
    session: &Session,
    mut claim: impl FnMut(&Path) -> Result<Option<T>, StoreError>,
) -> Result<(PathBuf, T), StoreError> {
    let mut taken = None;
    let mut text = None;
    for path in new_session_paths(dir, &session.title, session.date).take(NAMES_TRIED) {
        let Some(claimed) = claim(&path)? else {
            taken = Some(path);
            continue;
        };
        let text = match &text {
            Some(text) => text,
            None => text.insert(checked_text(&path, session)?),
        };
        match create_new_session_file(&path, text) {
            Ok(()) => return Ok((path, claimed)),
            Err(StoreError::Exists { path }) => taken = Some(path),
            Err(error) => return Err(error),
        }
    }
    Err(StoreError::Exists {
        path: taken.unwrap_or_else(|| dir.to_owned()),
    })
}

/// Writes `session` as a new file in `dir` under the first free name, and returns it (see
/// [`create_in_folder`]).
pub fn save_in_folder(dir: &Path, session: &Session) -> Result<PathBuf, StoreError> {
    create_in_folder(dir, session, |_| Ok(Some(()))).map(|(path, ())| path)
}

/// Puts `bytes` at `path`, which must not exist: all of them or nothing, durably. The bytes go
/// to a temporary file beside it, synced, which is then linked in under the name: the link
/// fails if anything took the name meanwhile. Fails with [`io::ErrorKind::AlreadyExists`] if
/// something is there, and then changes nothing.
pub fn create_new_file(path: &Path, bytes: &[u8]) -> io::Result<()> {
    if fs::symlink_metadata(path).is_ok() {
        return Err(io::ErrorKind::AlreadyExists.into());
    }
    let (temp, mut file) = new_temp_file(path)?;
    let written = file.write_all(bytes).and_then(|()| file.sync_all());
    drop(file);
    let linked = written.map(|()| fs::hard_link(&temp, path));
    // The temporary name goes whatever happened; if it cannot, the next open cleans it up.
    #[expect(clippy::let_underscore_must_use, reason = "the next open cleans it up")]
    let _ = fs::remove_file(&temp);
    match linked? {
        Ok(()) => sync_folder(path),
        Err(error) if error.kind() == io::ErrorKind::AlreadyExists => Err(error),
        // Some file systems (FAT on a USB stick) have no hard links: create the file itself,
        // exclusively. If that fails part way, the short file is ours and goes.
        Err(error) if no_hard_links(&error) => {
            let mut file = OpenOptions::new().write(true).create_new(true).open(path)?;
            let written = file.write_all(bytes).and_then(|()| file.sync_all());
            if let Err(error) = written {
                drop(file);
                return match fs::remove_file(path) {
                    Ok(()) => Err(error),
                    Err(left) => Err(io::Error::new(
                        error.kind(),
                        format!(
                            "{error}; the part written stays as {} ({left}): delete it",
                            path.display()
                        ),
                    )),
                };
            }
            sync_folder(path)
        }
        Err(error) => Err(error),
    }
}

/// Whether `error` from a hard link means the file system has none (Linux says EPERM).
fn no_hard_links(error: &io::Error) -> bool {
    matches!(
        error.kind(),
        io::ErrorKind::Unsupported | io::ErrorKind::PermissionDenied
    )
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

/// Makes a new name in `path`'s folder durable. File systems that cannot sync a folder (some
/// network shares say "invalid argument") have nothing more to do.
fn sync_folder(path: &Path) -> io::Result<()> {
    #[cfg(unix)]
    {
        let dir = match path.parent() {
            Some(dir) if !dir.as_os_str().is_empty() => dir,
            _ => Path::new("."),
        };
        match fs::File::open(dir)?.sync_all() {
            Err(error)
                if matches!(
                    error.kind(),
                    io::ErrorKind::InvalidInput | io::ErrorKind::Unsupported
                ) =>
            {
                Ok(())
            }
            other => other,
        }
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
    // One left by a crash; if it cannot go, the link below fails and the copy is made instead.
    #[expect(
        clippy::let_underscore_must_use,
        reason = "the copy below is the way round it"
    )]
    let _ = fs::remove_file(&temp);
    match fs::hard_link(path, &temp) {
        Ok(()) => {
            fs::rename(&temp, &backup)?;
            // If the backup already was this very file (a save failed after backing up), the
            // rename changed nothing and left the temporary name behind; the next open cleans
            // up what this cannot.
            #[expect(clippy::let_underscore_must_use, reason = "the next open cleans it up")]
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
