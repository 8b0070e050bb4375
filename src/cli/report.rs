use std::io::Write;
use std::path::Path;

use anyhow::{Context, bail};

use super::{ReportArgs, ReportFormat};
use crate::report::{Table, csv_table, report_html, report_json, report_markdown};
use crate::store::load;

/// Writes the report of `args.file` in the chosen format to `args.output`, or to `out` when
/// there is none. The session file is only read.
pub fn report_file(args: &ReportArgs, out: &mut impl Write) -> anyhow::Result<()> {
    let loaded = load(&args.file)?;
    let session = &loaded.session;
    let text = match args.format {
        ReportFormat::Md => report_markdown(session),
        ReportFormat::Html => report_html(session),
        ReportFormat::Json => {
            let mut text = serde_json::to_string_pretty(&report_json(session))
                .context("the report could not be written as JSON")?;
            text.push('\n');
            text
        }
        ReportFormat::Csv => csv_table(session, args.table.unwrap_or(Table::Notes))
            .context("the report could not be written as CSV")?,
    };
    match &args.output {
        Some(path) => {
            if same_file(path, &args.file) {
                bail!(
                    "{} is the session itself; choose another file for the report",
                    path.display()
                );
            }
            std::fs::write(path, text)
                .with_context(|| format!("could not write the report to {}", path.display()))
        }
        None => out
            .write_all(text.as_bytes())
            .context("could not write the report"),
    }
}

fn same_file(a: &Path, b: &Path) -> bool {
    match (std::fs::canonicalize(a), std::fs::canonicalize(b)) {
        (Ok(a), Ok(b)) => a == b,
        _ => a == b,
    }
}
