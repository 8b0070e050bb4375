use std::io::Write;

use anyhow::{Context, bail};

use super::MergeArgs;
use crate::model::plural;
use crate::report::{MergeError, merge, terminal_safe};
use crate::store::{load, save_new};

/// Merges the sessions named in `args` into a new file and writes what happened to `out`.
/// The inputs are only read, and each must pass `plaza validate`; the output must be a new
/// file, and is created only if no file is there (even one made while the merge ran).
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
    let merged = match merge(&sessions) {
        Ok(merged) => merged,
        Err(MergeError::Invalid {
            input, problems, ..
        }) => {
            let path = args.files.get(input).map(|p| p.display().to_string());
            bail!(
                "{} breaks the session rules, so nothing was merged: {} ({} in all; `plaza validate` lists every one)",
                path.unwrap_or_default(),
                problems
                    .first()
                    .map(ToString::to_string)
                    .unwrap_or_default(),
                plural(problems.len(), "problem"),
            );
        }
        Err(error) => return Err(error.into()),
    };
    save_new(&args.output, &merged.session)?;
    let written = args.output.display();
    let mut say = |line: String| {
        writeln!(out, "{}", terminal_safe(&line)).with_context(|| {
            format!("{written} was written, but its summary could not go to standard output")
        })
    };
    say(format!("Merged into {}", args.output.display()))?;
    for (path, added) in args.files.iter().skip(1).zip(&merged.added) {
        // Themes are named only when some came: most sessions group none.
        let themes = if added.themes > 0 {
            format!("{}, ", plural(added.themes, "theme"))
        } else {
            String::new()
        };
        say(format!(
            "From {}: {}, {}, {themes}{} and {} added.",
            path.display(),
            plural(added.notes, "note"),
            plural(added.actions, "action item"),
            plural(added.polls, "poll"),
            plural(added.ballots, "ballot")
        ))?;
    }
    for conflict in &merged.conflicts {
        say(format!("Conflict: {conflict}"))?;
    }
    for refused in &merged.refused {
        say(format!("Refused: {refused}"))?;
    }
    out.flush().with_context(|| {
        format!("{written} was written, but its summary could not go to standard output")
    })
}
