//! A sidecar lock file (`NAME.ron.lock`) so two Plazas never write the same session. The data
//! file itself is not locked: every save replaces it by a rename.

use std::fs::{self, File, OpenOptions, TryLockError};
use std::io::{Read, Seek, Write};
use std::path::{Path, PathBuf};

use super::StoreError;
use super::paths::sibling;

/// Held while a session is open for writing; released (and the lock file removed) on drop.
#[derive(Debug)]
pub struct SessionLock {
    file: File,
    path: PathBuf,
}

fn same_file(a: &fs::Metadata, b: &fs::Metadata) -> bool {
    #[cfg(unix)]
    {
        use std::os::unix::fs::MetadataExt;
        a.dev() == b.dev() && a.ino() == b.ino()
    }
    #[cfg(not(unix))]
    {
        let _ = (a, b);
        true
    }
}

impl SessionLock {
    /// Takes the lock for the session at `session_path`, or says who holds it.
    pub fn acquire(session_path: &Path) -> Result<SessionLock, StoreError> {
        let path = sibling(session_path, ".lock");
        let io_error = |source| StoreError::Write {
            path: path.clone(),
            source,
        };
        // A holder that is closing removes the lock file after we opened it; then our lock is on
        // a file nobody else sees, so try again on the new one.
        for _ in 0..10 {
            let mut file = OpenOptions::new()
                .read(true)
                .write(true)
                .create(true)
                .truncate(false)
                .open(&path)
                .map_err(io_error)?;
            match file.try_lock() {
                Ok(()) => {}
                Err(TryLockError::WouldBlock) => {
                    let mut holder = String::new();
                    // Unreadable, the holder is "another program": the lock itself still holds.
                    #[expect(clippy::let_underscore_must_use, reason = "the name is a courtesy")]
                    let _ = file.read_to_string(&mut holder);
                    let holder = holder.trim();
                    let holder = if holder.is_empty() {
                        "another program".to_owned()
                    } else {
                        holder.to_owned()
                    };
                    return Err(StoreError::Locked {
                        path: session_path.to_owned(),
                        holder,
                    });
                }
                Err(TryLockError::Error(source)) => return Err(io_error(source)),
            }
            let still_there = match (fs::metadata(&path), file.metadata()) {
                (Ok(on_disk), Ok(ours)) => same_file(&on_disk, &ours),
                _ => false,
            };
            if !still_there {
                continue;
            }
            let since = chrono::Local::now().format("%H:%M");
            let holder = format!("process {} since {since}", std::process::id());
            file.set_len(0).map_err(io_error)?;
            file.rewind().map_err(io_error)?;
            file.write_all(holder.as_bytes()).map_err(io_error)?;
            return Ok(SessionLock { file, path });
        }
        Err(io_error(std::io::Error::other(
            "the lock file keeps changing",
        )))
    }

    /// The lock file.
    pub fn path(&self) -> &Path {
        &self.path
    }
}

impl Drop for SessionLock {
    fn drop(&mut self) {
        // Removed while still locked, so a newcomer either sees it locked or finds it gone.
        // A lock file left behind is taken over by the next opener; the lock ends with the
        // process in any case. A drop has nobody to tell.
        #[expect(clippy::let_underscore_must_use, reason = "a drop cannot report")]
        let _ = fs::remove_file(&self.path);
        #[expect(clippy::let_underscore_must_use, reason = "a drop cannot report")]
        let _ = self.file.unlock();
    }
}
