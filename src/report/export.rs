//! A report written to a file: its format chosen by the file's extension, written whole or not
//! at all, and never over a session.

use std::io::{Read, Write};
use std::path::{Path, PathBuf};

use atomic_write_file::AtomicWriteFile;

use super::safe_text::json_safe;
use super::{Table, csv_table, report_html, report_json, report_markdown};
use crate::model::Session;

/// The formats a report can be written in.
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum Format {
    /// Markdown.
    Md,
    /// One self-contained HTML file with charts, ready to print.
    Html,
    /// Comma-separated values, one table.
    Csv,
    /// JSON for other tools.
    Json,
}

/// The extensions a report file may have, as a person reads them.
pub const REPORT_EXTENSIONS: &str = ".html, .htm, .md, .markdown, .csv or .json";

impl Format {
    /// The format a file's extension asks for, if Plaza writes it.
    pub fn for_path(path: &Path) -> Option<Format> {
        let extension = path.extension()?.to_string_lossy().to_lowercase();
        match extension.as_str() {
            "md" | "markdown" => Some(Format::Md),
            "html" | "htm" => Some(Format::Html),
            "csv" => Some(Format::Csv),
            "json" => Some(Format::Json),
            _ => None,
        }
    }

    /// "HTML", "Markdown": the format's name for people.
    pub fn name(self) -> &'static str {
        match self {
            Format::Md => "Markdown",
            Format::Html => "HTML",
            Format::Csv => "CSV",
            Format::Json => "JSON",
        }
    }

    /// The usual extension, without the dot.
    pub fn extension(self) -> &'static str {
        match self {
            Format::Md => "md",
            Format::Html => "html",
            Format::Csv => "csv",
            Format::Json => "json",
        }
    }
}

/// Why a report could not be written. Whatever happened, no file was changed.
#[derive(Debug, thiserror::Error)]
pub enum ExportError {
    /// The file's extension names no format Plaza writes.
    #[error(
        "Plaza cannot write a report as {name}: choose a file ending in {REPORT_EXTENSIONS} (the extension picks the format)"
    )]
    Extension {
        /// The file's name.
        name: String,
    },
    /// `--format` says one thing and the extension another.
    #[error("{name} is a {found} file name, but the format asked for is {asked}: make them agree")]
    FormatMismatch {
        /// The file's name.
        name: String,
        /// The format the extension names.
        found: &'static str,
        /// The format asked for.
        asked: &'static str,
    },
    /// The file there is a Plaza session (or a link to one), which a report must never replace.
    #[error("{path} is a Plaza session; a report never replaces a session: choose another file", path = path.display())]
    IsSession {
        /// The file.
        path: PathBuf,
    },
    /// The file could not be written.
    #[error("could not write {path}: {source}. Nothing was changed", path = path.display())]
    Write {
        /// Where it was to go.
        path: PathBuf,
        /// What the system said.
        source: std::io::Error,
    },
    /// The report could not be put together.
    #[error("could not make the report: {0}")]
    Render(String),
}

/// The report of `session` in `format` (CSV: `table`), as text.
pub fn render(session: &Session, format: Format, table: Table) -> Result<String, ExportError> {
    Ok(match format {
        Format::Md => report_markdown(session),
        Format::Html => report_html(session),
        Format::Json => {
            let mut text = serde_json::to_string_pretty(&report_json(session))
                .map_err(|error| ExportError::Render(error.to_string()))?;
            text.push('\n');
            json_safe(text)
        }
        Format::Csv => {
            csv_table(session, table).map_err(|error| ExportError::Render(error.to_string()))?
        }
    })
}

/// The format for a report written to `path`: its extension's, which `asked` (a `--format`)
/// must agree with.
pub fn format_for(path: &Path, asked: Option<Format>) -> Result<Format, ExportError> {
    let name = || {
        path.file_name().map_or_else(
            || path.display().to_string(),
            |n| n.to_string_lossy().into(),
        )
    };
    let found = Format::for_path(path).ok_or_else(|| ExportError::Extension { name: name() })?;
    match asked {
        Some(asked) if asked != found => Err(ExportError::FormatMismatch {
            name: name(),
            found: found.name(),
            asked: asked.name(),
        }),
        _ => Ok(found),
    }
}

/// Writes the report of `session` to `path`, in the format its extension names (CSV: the
/// notes), and returns that format. See [`write_report`].
pub fn export_report(session: &Session, path: &Path) -> Result<Format, ExportError> {
    let format = format_for(path, None)?;
    let text = render(session, format, Table::Notes)?;
    write_report(path, &text)?;
    Ok(format)
}

/// Writes `text` to `path` all or nothing: into a temporary file beside it, synced, then
/// renamed over the old report, so a full disk leaves the old report whole. A link is written
/// through to the file it names. A Plaza session there (or linked to) is refused.
pub fn write_report(path: &Path, text: &str) -> Result<(), ExportError> {
    let write_error = |source: std::io::Error| ExportError::Write {
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
    if is_session_file(&target) {
        return Err(ExportError::IsSession {
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
    let text = String::from_utf8_lossy(&head);
    let rest = crate::store::skip_ron_trivia(text.trim_start_matches('\u{feff}'));
    if let Some(after) = rest.strip_prefix("Session") {
        return after.trim_start().starts_with('(');
    }
    rest.starts_with('(') && rest.contains("format_version")
}
