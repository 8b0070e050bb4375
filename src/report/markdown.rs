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
    rating_figures, scale_line, session_line,
};
use super::note_order::{notes_by_place, plural_kind};
use super::safe_text::{is_unsafe, visible_escape};
use crate::model::{NoteKind, PollMethod, Score, Session, plural, poll_results};

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

/// The whole session as a Markdown document.
pub fn report_markdown(session: &Session) -> String {
    let mut out = String::new();
    // Writing to a String cannot fail; the results are ignored on purpose.
    let _ = writeln!(out, "# {}\n", md_escape(&session.title));
    let _ = writeln!(out, "{}\n", session_line(session, md_escape));
    let _ = writeln!(out, "{}.\n", contents(session).join(", "));
    // What leaders act on comes first, before the results and the notes that led to it.
    actions_md(session, &mut out);
    polls_md(session, &mut out);
    themes_md(session, &mut out);
    notes_md(session, &mut out);
    // Every section ends with a blank line; the file ends with one line break.
    out.truncate(out.trim_end().len());
    out.push('\n');
    out
}

fn polls_md(session: &Session, out: &mut String) {
    let _ = writeln!(out, "## Polls\n");
    if session.polls.is_empty() {
        let _ = writeln!(out, "No polls.\n");
    }
    for poll in &session.polls {
        let results = poll_results(poll);
        let _ = writeln!(out, "### {}\n", md_escape(&poll.question));
        let counted = ballots_line(poll, &results);
        let _ = writeln!(
            out,
            "*{} · {} · {counted}*\n",
            poll.method.name(),
            poll.status.name().to_lowercase()
        );
        let header = match &poll.method {
            PollMethod::Dots { .. } => "| Rank | Item | Dots |\n|---:|---|---:|".to_owned(),
            PollMethod::Tally => "| Rank | Item | Count |\n|---:|---|---:|".to_owned(),
            PollMethod::Ranking => {
                "| Rank | Item | Points | First choices |\n|---:|---|---:|---:|".to_owned()
            }
            PollMethod::Rating { .. } => {
                let mut head = String::from("| Rank | Item | Mean | Median | Ratings |");
                let mut rule = String::from("|---:|---|---:|---:|---:|");
                for value in &rating_columns(&poll.method) {
                    head.push_str(&format!(" {value} |"));
                    rule.push_str("---:|");
                }
                format!("{head}\n{rule}")
            }
        };
        let _ = writeln!(out, "{header}");
        for row in &results.rows {
            let rank = rank_text(&results.rows, row);
            let item = format!(
                "{}{}",
                md_escape(session.item_label(&row.item)),
                few_ratings_mark(&row.score)
            );
            let numbers = match &row.score {
                Score::Total(total) => total.to_string(),
                Score::Borda {
                    points,
                    first_choices,
                } => format!("{points} | {first_choices}"),
                Score::Rating { .. } => {
                    rating_figures(&row.score, &rating_columns(&poll.method)).join(" | ")
                }
            };
            let _ = writeln!(out, "| {rank} | {item} | {numbers} |");
        }
        if let Some(scale) = scale_line(&poll.method, md_escape) {
            let _ = writeln!(out, "\n{scale}");
        }
        if let Some(few) = few_ratings_line(&results) {
            let _ = writeln!(out, "\n{few}");
        }
        if results
            .rows
            .windows(2)
            .any(|pair| pair[0].rank == pair[1].rank)
        {
            let _ = writeln!(out, "\n= marks a tie.");
        }
        let _ = writeln!(out);
    }
}

/// The themes the room grouped its notes into, each with its notes; nothing when there are
/// none.
fn themes_md(session: &Session, out: &mut String) {
    if session.themes.is_empty() {
        return;
    }
    let _ = writeln!(out, "## Themes\n");
    for theme in &session.themes {
        let _ = writeln!(
            out,
            "### {} ({})\n",
            md_escape(&theme.title),
            plural(theme.notes.len(), "note")
        );
        for note in theme.notes.iter().filter_map(|id| session.note(id)) {
            let _ = writeln!(out, "- {}", md_escape(&note.text));
        }
        let _ = writeln!(out);
    }
}

fn notes_md(session: &Session, out: &mut String) {
    let _ = writeln!(out, "## Notes\n");
    if session.notes.is_empty() {
        let _ = writeln!(out, "No notes.\n");
    }
    for (about, here) in notes_by_place(session) {
        let _ = writeln!(out, "### {}\n", md_escape(about.name(session)));
        for kind in NoteKind::ALL {
            let of_kind: Vec<_> = here.iter().filter(|n| n.kind == kind).collect();
            if of_kind.is_empty() {
                continue;
            }
            let _ = writeln!(out, "**{}**\n", plural_kind(kind));
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

fn actions_md(session: &Session, out: &mut String) {
    let _ = writeln!(out, "## Action items\n");
    if session.actions.is_empty() {
        let _ = writeln!(out, "No action items.\n");
        return;
    }
    let _ = writeln!(
        out,
        "| Done | Action | Owner | Due | About |\n|---|---|---|---|---|"
    );
    for action in &session.actions {
        let _ = writeln!(
            out,
            "| {} | {} | {} | {} | {} |",
            if action.done { "yes" } else { "no" },
            md_escape(&action.text),
            md_escape(&action.owner),
            action.due.map(|due| due.to_string()).unwrap_or_default(),
            md_escape(action.about.name(session)),
        );
    }
    let _ = writeln!(out);
}
