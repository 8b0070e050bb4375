//! A report's format, chosen by the file's extension, and its text. The store writes it (whole
//! or not at all, never over a session: `store::write_report`).

use std::path::Path;

use super::safe_text::json_safe;
use super::{Table, csv_table, report_html, report_json, report_markdown};
use crate::model::Session;
use crate::words::{Lang, Words};

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
    /// The format a file's extension asks for ("html", "MD"), if Plaza writes it.
    pub fn from_extension(extension: &str) -> Option<Format> {
        match extension.to_lowercase().as_str() {
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

/// Why a report could not be made. Nothing was written.
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
    /// The report could not be put together.
    #[error("could not make the report: {0}")]
    Render(String),
}

/// Why a report could not be made, in `words`' language.
pub fn export_error(error: &ExportError, words: &Words) -> String {
    match error {
        ExportError::Extension { name } => crate::tr!(
            words,
            "report-export-extension",
            name = name,
            extensions = REPORT_EXTENSIONS
        ),
        ExportError::FormatMismatch { name, found, asked } => crate::tr!(
            words,
            "report-export-mismatch",
            name = name,
            found = *found,
            asked = *asked
        ),
        ExportError::Render(reason) => crate::tr!(words, "report-export-render", reason = reason),
    }
}

/// The report of `session` in `format` (CSV: `table`), as text, in English; `render_in`
/// takes the language's words.
pub fn render(session: &Session, format: Format, table: Table) -> Result<String, ExportError> {
    render_in(session, format, table, Words::of(Lang::English))
}

/// The report of `session` in `format` (CSV: `table`), as text in `words`' language. JSON is
/// for programs and the same in every language.
pub fn render_in(
    session: &Session,
    format: Format,
    table: Table,
    words: &Words,
) -> Result<String, ExportError> {
    Ok(match format {
        Format::Md => report_markdown(session, words),
        Format::Html => report_html(session, words),
        Format::Json => {
            let mut text = serde_json::to_string_pretty(&report_json(session))
                .map_err(|error| ExportError::Render(error.to_string()))?;
            text.push('\n');
            json_safe(text)
        }
        Format::Csv => csv_table(session, table, words)
            .map_err(|error| ExportError::Render(error.to_string()))?,
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
    let found = path
        .extension()
        .and_then(|extension| Format::from_extension(&extension.to_string_lossy()))
        .ok_or_else(|| ExportError::Extension { name: name() })?;
    match asked {
        Some(asked) if asked != found => Err(ExportError::FormatMismatch {
            name: name(),
            found: found.name(),
            asked: asked.name(),
        }),
        _ => Ok(found),
    }
}
