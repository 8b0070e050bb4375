use std::io::Write;

use anyhow::{Context, bail};

use super::MergeArgs;
use crate::report::merge;
use crate::store::{load, save};

/// Merges the sessions named in `args` into a new file and writes what happened to `out`.
/// The inputs are only read; the output must be a new file.
pub fn merge_files(args: &MergeArgs, out: &mut impl Write) -> anyhow::Result<()> {
    if args.output.exists() {
        bail!(
            "{} already exists; choose a new file for the merged session",
            args.output.display()
        );
    }
    let mut sessions = Vec::with_capacity(args.files.len());
    for path in &args.files {
        sessions.push(load(path)?.session);
    }
    let merged = merge(&sessions)?;
    save(&args.output, &merged.session)?;
    writeln!(out, "Merged into {}", args.output.display())?;
    for (path, added) in args.files.iter().skip(1).zip(&merged.added) {
        writeln!(
            out,
            "From {}: {} notes, {} action items, {} polls and {} ballots added.",
            path.display(),
            added.notes,
            added.actions,
            added.polls,
            added.ballots
        )?;
    }
    for conflict in &merged.conflicts {
        writeln!(out, "Conflict: {conflict}")?;
    }
    for refused in &merged.refused {
        writeln!(out, "Refused: {refused}")?;
    }
    out.flush().context("could not write the summary")
}
