//! The comparison as Markdown: the polls compared and how many took part in each, a table of
//! changes item by item, the items only one session has, then the polls on the room's ideas.

#![expect(
    clippy::let_underscore_must_use,
    reason = "writing to a String cannot fail"
)]

use std::fmt::Write;

use super::ideas::{TOP_CHOICES, idea_choice_line_in, idea_poll_name_in, ideas_meaning};
use super::words::{change_cell_in, poll_facts_in, poll_question_in};
use super::{Comparison, Labels, item_label_in};
use crate::report::markdown::md_escape;
use crate::tr;
use crate::words::{Lang, Words};

/// Why dots and counts are compared as shares, not totals, in English (`shares_meaning` says
/// it in a language).
pub const SHARES_MEANING: &str = "Dots and hand counts are compared as each item's share \
    of everything cast in that year's poll, so a year with more voters or a bigger dot budget \
    does not look keener; a change of share is in percentage points.";

/// Why dots and counts are compared as shares, not totals, in `words`' language.
pub fn shares_meaning(words: &Words) -> String {
    words.get("compare-shares-meaning")
}

/// The comparison as a Markdown document, in English.
pub fn comparison_markdown(comparison: &Comparison) -> String {
    comparison_markdown_in(comparison, Words::of(Lang::English))
}

/// The comparison as a Markdown document in `words`' language.
pub fn comparison_markdown_in(comparison: &Comparison, words: &Words) -> String {
    let mut out = String::new();
    let [before, after] = [&comparison.before, &comparison.after].map(|title| md_escape(title));
    // Writing to a String cannot fail; the results are ignored on purpose.
    let title = tr!(words, "compare-title", before = &before, after = &after);
    let _ = writeln!(out, "# {title}\n");
    let _ = writeln!(out, "## {}\n", words.get("compare-polls-compared"));
    if comparison.polls.is_empty() {
        let _ = writeln!(out, "{}\n", words.get("compare-no-polls"));
    } else {
        let _ = writeln!(out, "{}\n", shares_meaning(words));
    }
    let _ = writeln!(
        out,
        "| | {} | {} |\n|---|---|---|",
        tr!(words, "compare-before", title = &before),
        tr!(words, "compare-after", title = &after)
    );
    for pair in &comparison.polls {
        let sides = [0, 1].map(|side| {
            let facts = poll_facts_in(pair.polls[side].as_ref(), pair.measure, words);
            match poll_question_in(pair, side, usize::MAX, words) {
                Some(question) => format!("{facts}: {}", md_escape(&question)),
                None => facts,
            }
        });
        let _ = writeln!(
            out,
            "| {} | {} | {} |",
            pair.measure.name_in(words),
            sides[0],
            sides[1]
        );
    }
    let _ = writeln!(
        out,
        "| {} | {} | {} |\n",
        super::Measure::Notes.name_in(words),
        tr!(words, "report-notes-count", count = comparison.notes[0]),
        tr!(words, "report-notes-count", count = comparison.notes[1])
    );
    items_md(comparison, words, &mut out);
    for (list, labels, title) in [
        (
            &comparison.only_before,
            &comparison.only_before_labels,
            &before,
        ),
        (
            &comparison.only_after,
            &comparison.only_after_labels,
            &after,
        ),
    ] {
        if !list.is_empty() {
            let _ = writeln!(
                out,
                "\n**{}**\n",
                tr!(words, "compare-only-in", title = title.as_str())
            );
            let none = Labels::new();
            for (at, label) in list.iter().enumerate() {
                let translated = labels.get(at).unwrap_or(&none);
                let _ = writeln!(
                    out,
                    "- {}",
                    md_escape(item_label_in(label, translated, words))
                );
            }
        }
    }
    ideas_md(comparison, [&before, &after], words, &mut out);
    out
}

/// The polls on the room's ideas, one line each: each session's ballots, then the top choices.
fn ideas_md(comparison: &Comparison, titles: [&str; 2], words: &Words, out: &mut String) {
    if comparison.idea_polls.is_empty() {
        return;
    }
    let _ = writeln!(
        out,
        "\n## {}\n\n{}\n",
        words.get("compare-ideas"),
        ideas_meaning(words)
    );
    for poll in &comparison.idea_polls {
        let sides = [0, 1].map(|side| match &poll.polls[side] {
            Some(compared) => format!(
                "{}: {}",
                titles[side],
                poll_facts_in(Some(compared), poll.measure, words)
            ),
            None => tr!(words, "compare-no-such-poll", title = titles[side]),
        });
        let top: Vec<String> = poll
            .choices
            .iter()
            .take(TOP_CHOICES)
            .map(|choice| idea_choice_line_in(poll, choice, "→", 80, md_escape, words))
            .collect();
        let choices = if top.is_empty() {
            words.get("compare-no-choices")
        } else {
            top.join("; ")
        };
        let _ = writeln!(
            out,
            "- **{}** · {} · {}. {}",
            idea_poll_name_in(poll, 120, md_escape, words),
            sides[0],
            sides[1],
            tr!(words, "compare-top-choices", choices = choices)
        );
    }
}

fn items_md(comparison: &Comparison, words: &Words, out: &mut String) {
    let _ = writeln!(
        out,
        "## {}\n\n{}\n",
        words.get("compare-item-by-item"),
        words.get("compare-cells-meaning")
    );
    let measures = comparison.measures();
    let headings: Vec<String> = measures.iter().map(|m| m.heading_in(words)).collect();
    let _ = writeln!(
        out,
        "| {} | {} |\n|---|{}",
        words.get("report-col-item"),
        headings.join(" | "),
        "---|".repeat(measures.len())
    );
    for item in &comparison.items {
        let cells: Vec<String> = measures
            .iter()
            .map(|&measure| change_cell_in(item, measure, "→", words).joined())
            .collect();
        let _ = writeln!(
            out,
            "| {} | {} |",
            md_escape(item_label_in(&item.label, &item.labels, words)),
            cells.join(" | ")
        );
    }
}
