//! Writing a report file: whole or not at all, through a link to the file it names, and never
//! over a Plaza session.

use std::io::{Read, Write};
use std::path::{Path, PathBuf};

use atomic_write_file::AtomicWriteFile;

use super::{StoreError, looks_like_session};

/// Writes `text` to `path` all or nothing: into a temporary file beside it, synced, then
/// renamed over the old report, so a full disk leaves the old report whole. A link is written
/// through to the file it names. A Plaza session there (or linked to) is refused.
pub fn write_report(path: &Path, text: &str) -> Result<(), StoreError> {
    let write_error = |source: std::io::Error| StoreError::Report {
        path: path.to_owned(),
        source,
    };
    let target = link_target(path);
    if let Ok(found) = std::fs::metadata(&target)
        && !found.is_file()
    {
        return Err(write_error(std::io::Error::other(
            "it is not a plain file (a folder or a device); choose a file name",
        )));
    }
    if target.exists() && std::fs::File::open(&target).is_err() {
        // What cannot be read cannot be told apart from a session: it stays as it is.
        return Err(write_error(std::io::Error::other(
            "the file there cannot be read, so it might be a session; choose another file",
        )));
    }
    if is_session_file(&target) {
        return Err(StoreError::IsSession {
            path: path.to_owned(),
        });
    }
    let mut file = AtomicWriteFile::options()
        .open(&target)
        .map_err(write_error)?;
    file.write_all(text.as_bytes()).map_err(write_error)?;
    file.commit().map_err(write_error)
}

/// The file a report at `path` goes to: through symbolic links (even one whose file does not
/// exist yet) to the file they name, so a link stays a link.
fn link_target(path: &Path) -> PathBuf {
    let mut target = path.to_owned();
    // A few hops at most: a loop of links is left to the write to report.
    for _ in 0..16 {
        match std::fs::read_link(&target) {
            Ok(next) => {
                target = match target.parent() {
                    Some(folder) => folder.join(next),
                    None => next,
                }
            }
            Err(_) => break,
        }
    }
    target
}

/// How much of a file is read to tell whether it is a session.
const SNIFF_BYTES: u64 = 64 * 1024;

/// Whether the plain file at `path` holds a Plaza session (or its backup): after a byte-order
/// mark, white space and comments, it opens with `Session(`, or with `(` and names a
/// `format_version`. Only the start of the file is read.
pub fn is_session_file(path: &Path) -> bool {
    if !std::fs::metadata(path).is_ok_and(|found| found.is_file()) {
        return false;
    }
    let Ok(file) = std::fs::File::open(path) else {
        return false;
    };
    let mut head = Vec::with_capacity(4096);
    if file.take(SNIFF_BYTES).read_to_end(&mut head).is_err() {
        return false;
    }
    looks_like_session(&String::from_utf8_lossy(&head))
}
