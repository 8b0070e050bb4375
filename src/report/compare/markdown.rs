//! The comparison as Markdown: the polls compared and how many took part in each, a table of
//! changes item by item, the items only one session has, then the polls on the room's ideas.

#![expect(
    clippy::let_underscore_must_use,
    reason = "writing to a String cannot fail"
)]

use std::fmt::Write;

use super::Comparison;
use super::ideas::{IDEAS_MEANING, TOP_CHOICES, idea_choice_line, idea_poll_name};
use super::words::{change_cell, poll_facts, poll_question};
use crate::model::plural;
use crate::report::markdown::md_escape;

/// Why dots and counts are compared as shares, not totals.
pub const SHARES_MEANING: &str = "Dots and hand counts are compared as each item's share \
    of everything cast in that year's poll, so a year with more voters or a bigger dot budget \
    does not look keener; a change of share is in percentage points.";

/// How to read a cell, and what "–" means.
const CELLS_MEANING: &str = "Each cell reads before → after, and the change. \
    Borda rank: 1 is the top; a smaller number is better. – means that year ran no such poll, \
    or its poll did not have the item.";

/// The comparison as a Markdown document.
pub fn comparison_markdown(comparison: &Comparison) -> String {
    let mut out = String::new();
    let [before, after] = [&comparison.before, &comparison.after].map(|title| md_escape(title));
    // Writing to a String cannot fail; the results are ignored on purpose.
    let _ = writeln!(out, "# {after} compared with {before}\n");
    let _ = writeln!(out, "## Polls compared\n");
    if comparison.polls.is_empty() {
        let _ = writeln!(out, "Neither session ran a poll: only the notes compare.\n");
    } else {
        let _ = writeln!(out, "{SHARES_MEANING}\n");
    }
    let _ = writeln!(
        out,
        "| | {before} (before) | {after} (after) |\n|---|---|---|"
    );
    for pair in &comparison.polls {
        let sides = [0, 1].map(|side| {
            let facts = poll_facts(pair.polls[side].as_ref(), pair.measure);
            match poll_question(pair, side, usize::MAX) {
                Some(question) => format!("{facts}: {}", md_escape(&question)),
                None => facts,
            }
        });
        let _ = writeln!(
            out,
            "| {} | {} | {} |",
            pair.measure.name(),
            sides[0],
            sides[1]
        );
    }
    let _ = writeln!(
        out,
        "| Notes | {} | {} |\n",
        plural(comparison.notes[0], "note"),
        plural(comparison.notes[1], "note")
    );
    items_md(comparison, &mut out);
    for (list, title) in [
        (&comparison.only_before, &before),
        (&comparison.only_after, &after),
    ] {
        if !list.is_empty() {
            let _ = writeln!(out, "\n**Only in {title}:**\n");
            for label in list {
                let _ = writeln!(out, "- {}", md_escape(label));
            }
        }
    }
    ideas_md(comparison, [&before, &after], &mut out);
    out
}

/// The polls on the room's ideas, one line each: each session's ballots, then the top choices.
fn ideas_md(comparison: &Comparison, titles: [&str; 2], out: &mut String) {
    if comparison.idea_polls.is_empty() {
        return;
    }
    let _ = writeln!(out, "\n## Polls on the room's ideas\n\n{IDEAS_MEANING}\n");
    for poll in &comparison.idea_polls {
        let sides = [0, 1].map(|side| match &poll.polls[side] {
            Some(compared) => format!(
                "{}: {}",
                titles[side],
                poll_facts(Some(compared), poll.measure)
            ),
            None => format!("{}: no such poll", titles[side]),
        });
        let top: Vec<String> = poll
            .choices
            .iter()
            .take(TOP_CHOICES)
            .map(|choice| idea_choice_line(poll, choice, "→", 80, md_escape))
            .collect();
        let _ = writeln!(
            out,
            "- **{}** · {} · {}. Top choices: {}.",
            idea_poll_name(poll, 120, md_escape),
            sides[0],
            sides[1],
            if top.is_empty() {
                "none".to_owned()
            } else {
                top.join("; ")
            }
        );
    }
}

fn items_md(comparison: &Comparison, out: &mut String) {
    let _ = writeln!(out, "## Item by item\n\n{CELLS_MEANING}\n");
    let measures = comparison.measures();
    let headings: Vec<&str> = measures.iter().map(|m| m.heading()).collect();
    let _ = writeln!(
        out,
        "| Item | {} |\n|---|{}",
        headings.join(" | "),
        "---|".repeat(measures.len())
    );
    for item in &comparison.items {
        let cells: Vec<String> = measures
            .iter()
            .map(|&measure| change_cell(item, measure, "→").joined())
            .collect();
        let _ = writeln!(
            out,
            "| {} | {} |",
            md_escape(&item.label),
            cells.join(" | ")
        );
    }
}
