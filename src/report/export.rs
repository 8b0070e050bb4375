//! A report written to a file, its format chosen by the file's extension.

use std::path::Path;

use super::{Table, csv_table, report_html, report_json, report_markdown};
use crate::model::Session;

/// Why a report could not be written.
#[derive(Debug, thiserror::Error)]
pub enum ExportError {
    /// The file could not be written.
    #[error("could not write {path}: {source}")]
    Write {
        /// Where it was to go.
        path: String,
        /// What the system said.
        source: std::io::Error,
    },
    /// The report could not be put together.
    #[error("could not make the report: {0}")]
    Render(String),
}

/// Writes the report of `session` to `path`: Markdown for `.md`, CSV (the notes) for `.csv`,
/// JSON for `.json`, and HTML for anything else.
pub fn export_report(session: &Session, path: &Path) -> Result<(), ExportError> {
    let extension = path
        .extension()
        .map(|ext| ext.to_string_lossy().to_lowercase())
        .unwrap_or_default();
    let text = match extension.as_str() {
        "md" | "markdown" => report_markdown(session),
        "csv" => csv_table(session, Table::Notes)
            .map_err(|error| ExportError::Render(error.to_string()))?,
        "json" => serde_json::to_string_pretty(&report_json(session))
            .map_err(|error| ExportError::Render(error.to_string()))?,
        _ => report_html(session),
    };
    std::fs::write(path, text).map_err(|source| ExportError::Write {
        path: path.display().to_string(),
        source,
    })
}
