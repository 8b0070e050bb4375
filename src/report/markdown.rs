//! The report as Markdown: after the summary, the action items, then tables of results and
//! the notes by item and kind. Everything typed by people is escaped, so a note can never
//! break a table or turn into a heading or a link.

#![expect(
    clippy::let_underscore_must_use,
    reason = "writing to a String cannot fail"
)]

use std::fmt::Write;

use super::facts::{
    ballots_line, contents, few_ratings_line, few_ratings_mark, rank_text, rating_columns,
    rating_figures, scale_line, session_line_in,
};
use super::note_order::notes_by_place;
use super::safe_text::{is_unsafe, visible_escape};
use crate::model::{NoteKind, PollMethod, Score, Session, poll_results};
use crate::tr;
use crate::words::Words;

/// Escapes text for Markdown so a renderer shows exactly what was typed: every character that
/// can make markup (`*`, `|`, `<`, …) is backslashed, and so are an `&` that could start an
/// entity (`&amp;`), a `#` that would make or end a heading, and the `.` or `)` of a leading
/// number, which would start a list. Line breaks and tabs become
/// spaces so a cell or a list item stays on its line; other control characters and
/// bidirectional overrides are written as visible escapes (`\u{1b}`).
pub fn md_escape(text: &str) -> String {
    let text = text.trim();
    let mut out = String::with_capacity(text.len() + 8);
    // The digits a line starts with: "1." or "1)" after them would make an ordered list. They
    // are ASCII, so their count is also the byte offset of what follows them.
    let leading_digits = text.chars().take_while(char::is_ascii_digit).count();
    // Where the run of `#`s that ends the text starts (a byte offset): a heading drops it.
    let closing_hashes = text.trim_end_matches('#').len();
    let mut chars = text.char_indices().peekable();
    while let Some((index, c)) = chars.next() {
        let next = chars.peek().map(|&(_, c)| c);
        match c {
            '\\' | '`' | '*' | '_' | '[' | ']' | '<' | '>' | '|' | '~' => {
                out.push('\\');
                out.push(c);
            }
            // `&amp;`, `&#38;`: only an `&` that could start an entity needs it.
            '&' if next.is_some_and(|n| n == '#' || n.is_alphanumeric()) => {
                out.push_str("\\&");
            }
            // A heading's closing `#`s would vanish, and a leading one makes a heading.
            '#' if index == 0 || index >= closing_hashes => {
                out.push_str("\\#");
            }
            '+' | '-' | '!' | '=' if index == 0 => {
                out.push('\\');
                out.push(c);
            }
            '.' | ')' if index == leading_digits && (1..=9).contains(&leading_digits) => {
                out.push('\\');
                out.push(c);
            }
            '\n' | '\r' | '\t' => out.push(' '),
            c if is_unsafe(c) => {
                out.push('\\');
                out.push_str(&visible_escape(c));
            }
            _ => out.push(c),
        }
    }
    out
}

/// The whole session as a Markdown document, in `words`' language.
pub fn report_markdown(session: &Session, words: &Words) -> String {
    let mut out = String::new();
    // Writing to a String cannot fail; the results are ignored on purpose.
    let _ = writeln!(out, "# {}\n", md_escape(&session.title));
    let _ = writeln!(out, "{}\n", session_line_in(session, md_escape, words));
    let _ = writeln!(out, "{}.\n", contents(session, words).join(", "));
    // What leaders act on comes first, before the results and the notes that led to it.
    actions_md(session, words, &mut out);
    polls_md(session, words, &mut out);
    themes_md(session, words, &mut out);
    notes_md(session, words, &mut out);
    // Every section ends with a blank line; the file ends with one line break.
    out.truncate(out.trim_end().len());
    out.push('\n');
    out
}

/// A table's heading row and its alignment rule, the numbers right-aligned.
fn table_head(words: &Words, keys: &[&str], rating_points: &[i32]) -> String {
    let mut head = String::from("|");
    let mut rule = String::from("|");
    for (at, key) in keys.iter().enumerate() {
        let _ = write!(head, " {} |", words.get(key));
        rule.push_str(if at == 1 { "---|" } else { "---:|" });
    }
    for value in rating_points {
        let _ = write!(head, " {value} |");
        rule.push_str("---:|");
    }
    format!("{head}\n{rule}")
}

fn polls_md(session: &Session, words: &Words, out: &mut String) {
    let _ = writeln!(out, "## {}\n", words.get("report-polls"));
    if session.polls.is_empty() {
        let _ = writeln!(out, "{}\n", words.get("report-no-polls"));
    }
    for poll in &session.polls {
        let results = poll_results(poll);
        let _ = writeln!(out, "### {}\n", md_escape(&poll.question));
        let counted = ballots_line(poll, &results, words);
        let _ = writeln!(
            out,
            "*{} · {} · {counted}*\n",
            words.method_name(&poll.method),
            words.status_name(poll.status).to_lowercase()
        );
        let header = match &poll.method {
            PollMethod::Dots { .. } => table_head(
                words,
                &["report-col-rank", "report-col-item", "report-col-dots"],
                &[],
            ),
            PollMethod::Tally => table_head(
                words,
                &["report-col-rank", "report-col-item", "report-col-count"],
                &[],
            ),
            PollMethod::Ranking => table_head(
                words,
                &[
                    "report-col-rank",
                    "report-col-item",
                    "report-col-points",
                    "report-col-first-choices",
                ],
                &[],
            ),
            PollMethod::Rating { .. } => table_head(
                words,
                &[
                    "report-col-rank",
                    "report-col-item",
                    "report-col-mean",
                    "report-col-median",
                    "report-col-ratings",
                ],
                &rating_columns(&poll.method),
            ),
        };
        let _ = writeln!(out, "{header}");
        for row in &results.rows {
            let rank = rank_text(&results.rows, row);
            let item = format!(
                "{}{}",
                md_escape(&words.item_label(session, &row.item)),
                few_ratings_mark(&row.score, words)
            );
            let numbers = match &row.score {
                Score::Total(total) => total.to_string(),
                Score::Borda {
                    points,
                    first_choices,
                } => format!("{points} | {first_choices}"),
                Score::Rating { .. } => {
                    rating_figures(&row.score, &rating_columns(&poll.method), words).join(" | ")
                }
            };
            let _ = writeln!(out, "| {rank} | {item} | {numbers} |");
        }
        if let Some(scale) = scale_line(&poll.method, md_escape, words) {
            let _ = writeln!(out, "\n{scale}");
        }
        if let Some(few) = few_ratings_line(&results, words) {
            let _ = writeln!(out, "\n{few}");
        }
        if results
            .rows
            .windows(2)
            .any(|pair| pair[0].rank == pair[1].rank)
        {
            let _ = writeln!(out, "\n{}", words.get("report-tie"));
        }
        let _ = writeln!(out);
    }
}

/// The themes the room grouped its notes into, each with its notes; nothing when there are
/// none.
fn themes_md(session: &Session, words: &Words, out: &mut String) {
    if session.themes.is_empty() {
        return;
    }
    let _ = writeln!(out, "## {}\n", words.get("report-themes"));
    for theme in &session.themes {
        let _ = writeln!(
            out,
            "### {} ({})\n",
            md_escape(&theme.title),
            tr!(words, "report-theme-notes", count = theme.notes.len())
        );
        for note in theme.notes.iter().filter_map(|id| session.note(id)) {
            let _ = writeln!(out, "- {}", md_escape(&note.text));
        }
        let _ = writeln!(out);
    }
}

fn notes_md(session: &Session, words: &Words, out: &mut String) {
    let _ = writeln!(out, "## {}\n", words.get("report-notes"));
    if session.notes.is_empty() {
        let _ = writeln!(out, "{}\n", words.get("report-no-notes"));
    }
    for (about, here) in notes_by_place(session) {
        let _ = writeln!(
            out,
            "### {}\n",
            md_escape(&words.about_name(&about, session))
        );
        for kind in NoteKind::ALL {
            let of_kind: Vec<_> = here.iter().filter(|n| n.kind == kind).collect();
            if of_kind.is_empty() {
                continue;
            }
            let _ = writeln!(out, "**{}**\n", words.note_kind_plural(kind));
            for note in of_kind {
                let group = if note.group.trim().is_empty() {
                    String::new()
                } else {
                    format!(" — {}", md_escape(&note.group))
                };
                let _ = writeln!(out, "- {}{group}", md_escape(&note.text));
            }
            let _ = writeln!(out);
        }
    }
}

fn actions_md(session: &Session, words: &Words, out: &mut String) {
    let _ = writeln!(out, "## {}\n", words.get("report-actions"));
    if session.actions.is_empty() {
        let _ = writeln!(out, "{}\n", words.get("report-no-actions"));
        return;
    }
    let columns = [
        "report-col-done",
        "report-col-action",
        "report-col-owner",
        "report-col-due",
        "report-col-about",
    ];
    let head: Vec<String> = columns.iter().map(|key| words.get(key)).collect();
    let _ = writeln!(out, "| {} |\n|---|---|---|---|---|", head.join(" | "));
    for action in &session.actions {
        let _ = writeln!(
            out,
            "| {} | {} | {} | {} | {} |",
            if action.done {
                words.get("report-yes")
            } else {
                words.get("report-no")
            },
            md_escape(&action.text),
            md_escape(&action.owner),
            action.due.map(|due| due.to_string()).unwrap_or_default(),
            md_escape(&words.about_name(&action.about, session)),
        );
    }
    let _ = writeln!(out);
}
