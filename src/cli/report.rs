use std::io::Write;
use std::path::Path;

use anyhow::{Context, bail};

use super::system_words;
use crate::tr;
use crate::words::Words;

use super::ReportArgs;
use crate::report::{Format, Table, format_for, render_in};
use crate::store::{load, write_report};

/// Writes the report of `args.file` to `args.output`, in the format its extension names, or
/// to `out` (Markdown unless `--format` says otherwise) when there is none. The session file
/// is only read; the report file is written whole or not at all, and never over a session.
pub fn report_file(args: &ReportArgs, out: &mut impl Write) -> anyhow::Result<()> {
    // The command line is checked before the session is read: a wrong extension is news at once.
    if let Some(path) = &args.output
        && same_file(path, &args.file)
    {
        bail!(tr!(
            system_words(),
            "cli-report-is-session",
            path = path.display().to_string()
        ));
    }
    let format = match &args.output {
        Some(path) => format_for(path, args.format)?,
        None => args.format.unwrap_or(Format::Md),
    };
    let loaded = load(&args.file)?;
    // Reports are English unless asked: a report is often read by others than who ran it.
    let words = Words::of(args.lang.unwrap_or_default());
    let text = render_in(
        &loaded.session,
        format,
        args.table.unwrap_or(Table::Notes),
        words,
    )?;
    match &args.output {
        Some(path) => Ok(write_report(path, &text)?),
        None => out
            .write_all(text.as_bytes())
            .context(system_words().get("cli-report-stdout")),
    }
}

fn same_file(a: &Path, b: &Path) -> bool {
    match (std::fs::canonicalize(a), std::fs::canonicalize(b)) {
        (Ok(a), Ok(b)) => a == b,
        _ => a == b,
    }
}
