use std::io::Write;

use anyhow::{Context, bail};

use super::{MergeArgs, system_words};
use crate::report::{MergeError, merge, terminal_safe};
use crate::store::{load, save_new};
use crate::tr;

/// Merges the sessions named in `args` into a new file and writes what happened to `out`, in
/// the system's language. The inputs are only read, and each must pass `plaza validate`; the
/// output must be a new file, and is created only if no file is there (even one made while
/// the merge ran).
pub fn merge_files(args: &MergeArgs, out: &mut impl Write) -> anyhow::Result<()> {
    let words = system_words();
    if args.output.exists() {
        bail!(tr!(
            words,
            "cli-merge-exists",
            path = args.output.display().to_string()
        ));
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
            bail!(tr!(
                words,
                "cli-merge-invalid",
                path = path.unwrap_or_default(),
                problem = problems
                    .first()
                    .map(|problem| words.problem(problem))
                    .unwrap_or_default(),
                count = problems.len()
            ));
        }
        Err(error) => return Err(error.into()),
    };
    save_new(&args.output, &merged.session)?;
    let written = args.output.display().to_string();
    let unsaid = || tr!(words, "cli-merge-stdout", path = &written);
    let mut say = |line: String| writeln!(out, "{}", terminal_safe(&line)).with_context(unsaid);
    say(tr!(words, "cli-merge-done", path = &written))?;
    for (path, added) in args.files.iter().skip(1).zip(&merged.added) {
        let path = path.display().to_string();
        let notes = tr!(words, "report-notes-count", count = added.notes);
        let actions = tr!(words, "report-actions-count", count = added.actions);
        let polls = tr!(words, "report-polls-count", count = added.polls);
        let ballots = tr!(words, "report-ballots", count = added.ballots);
        // Themes are named only when some came: most sessions group none.
        say(if added.themes > 0 {
            let themes = tr!(words, "cli-merge-themes", count = added.themes);
            tr!(
                words,
                "cli-merge-added-themes",
                path = path,
                notes = notes,
                actions = actions,
                themes = themes,
                polls = polls,
                ballots = ballots
            )
        } else {
            tr!(
                words,
                "cli-merge-added",
                path = path,
                notes = notes,
                actions = actions,
                polls = polls,
                ballots = ballots
            )
        })?;
    }
    for conflict in merged.conflicts_in(words) {
        say(tr!(words, "cli-merge-conflict", line = conflict))?;
    }
    for refused in merged.refused_in(words) {
        say(tr!(words, "cli-merge-refused", line = refused))?;
    }
    out.flush().with_context(unsaid)
}
