//! The report as one self-contained HTML file: no external resources (styles inline, charts as
//! inline SVG), print styles so a browser's "Print → PDF" gives a clean A4 or Letter handout,
//! and everything people typed escaped, so a note can never become markup or script.

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
use crate::model::{
    NoteKind, Poll, PollMethod, PollResults, Score, Session, clip_words, poll_results,
};
use crate::tr;
use crate::words::Words;

/// Escapes text for HTML content and attribute values; control characters and bidirectional
/// overrides become visible escapes (`\u{202e}`), so what is shown is what was typed.
pub fn html_escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            // White space in HTML: a line break typed in a note reads as a space.
            '\n' | '\r' | '\t' => out.push(c),
            c if is_unsafe(c) => out.push_str(&visible_escape(c)),
            _ => out.push(c),
        }
    }
    out
}

const STYLE: &str = r#"
:root { --ink: #17171a; --muted: #55565c; --rule: #d9d9de; --bar: #0072b2; --track: #eceff3; }
* { box-sizing: border-box; }
body { font: 11pt/1.45 -apple-system, "Segoe UI", Ubuntu, "Helvetica Neue", Arial, sans-serif;
       color: var(--ink); max-width: 52rem; margin: 2rem auto; padding: 0 1.25rem;
       overflow-wrap: anywhere; word-break: break-word; }
/* The body breaks any long word anywhere; a date or "open" must stay whole even so. */
.date, .state { white-space: nowrap; }
h1 { font-size: 22pt; margin: 0 0 .25rem; }
h2 { font-size: 15pt; margin: 2rem 0 .5rem; border-bottom: 2px solid var(--ink); padding-bottom: .2rem; }
h3 { font-size: 12.5pt; margin: 1.4rem 0 .3rem; }
h4 { font-size: 10.5pt; margin: .8rem 0 .2rem; color: var(--muted); text-transform: uppercase;
     letter-spacing: .04em; }
.facts, .meta { color: var(--muted); margin: 0 0 .6rem; }
table { border-collapse: collapse; width: 100%; margin: .4rem 0 .8rem; font-size: 10pt; }
th, td { text-align: left; padding: .25rem .5rem; border-bottom: 1px solid var(--rule); vertical-align: top; }
th { font-weight: 600; }
td.n, th.n { text-align: right; font-variant-numeric: tabular-nums; }
ul { margin: .2rem 0 .6rem; padding-left: 1.2rem; }
li { margin: .15rem 0; }
.group { color: var(--muted); }
figure { margin: .4rem 0 .6rem; }
svg { display: block; width: 100%; height: auto; }
svg text { font: 12px -apple-system, "Segoe UI", Ubuntu, "Helvetica Neue", Arial, sans-serif; fill: var(--ink); }
svg .value { font-weight: 600; }
.poll, .place, table, figure { break-inside: avoid; page-break-inside: avoid; }
h2, h3, h4 { break-after: avoid; page-break-after: avoid; }
@page { margin: 16mm 14mm; }
@media print {
  body { margin: 0; max-width: none; padding: 0; font-size: 10pt; }
  h2 { margin-top: 1.2rem; }
  a { color: inherit; text-decoration: none; }
}
"#;

/// The whole session as a self-contained HTML document, in `words`' language.
pub fn report_html(session: &Session, words: &Words) -> String {
    let mut out = String::with_capacity(64 * 1024 + session.notes.len() * 160);
    let title = html_escape(&session.title);
    // Writing to a String cannot fail; the results are ignored on purpose.
    let _ = write!(
        out,
        "<!DOCTYPE html>\n<html lang=\"{lang}\">\n<head>\n<meta charset=\"utf-8\">\n\
         <meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n\
         <title>{title}</title>\n<style>{STYLE}</style>\n</head>\n<body>\n<header>\n<h1>{title}</h1>\n",
        lang = words.lang().tag()
    );
    // The line starts with the date, which must never break across lines in print.
    let facts = session_line_in(session, html_escape, words);
    let date = words.date_long(session.date);
    let facts = match facts.strip_prefix(&date) {
        Some(rest) => format!("<span class=\"date\">{date}</span>{rest}"),
        None => facts,
    };
    let _ = writeln!(out, "<p class=\"facts\">{facts}</p>");
    let _ = writeln!(
        out,
        "<p class=\"facts\">{}</p>\n</header>",
        contents(session, words).join(" · ")
    );
    // What leaders act on comes first, before the results and the notes that led to it.
    actions_html(session, words, &mut out);
    polls_html(session, words, &mut out);
    themes_html(session, words, &mut out);
    notes_html(session, words, &mut out);
    out.push_str("</body>\n</html>\n");
    out
}

fn polls_html(session: &Session, words: &Words, out: &mut String) {
    let _ = writeln!(out, "<section>\n<h2>{}</h2>", words.get("report-polls"));
    if session.polls.is_empty() {
        let _ = writeln!(out, "<p>{}</p>", words.get("report-no-polls"));
    }
    for poll in &session.polls {
        let results = poll_results(poll);
        let counted = ballots_line(poll, &results, words);
        let _ = writeln!(
            out,
            "<div class=\"poll\">\n<h3>{}</h3>\n<p class=\"meta\">{} · {} · {counted}</p>",
            html_escape(&poll.question),
            words.method_name(&poll.method),
            words.status_name(poll.status).to_lowercase()
        );
        chart_svg(session, poll, &results, words, out);
        results_table(session, poll, &results, words, out);
        if results
            .rows
            .windows(2)
            .any(|pair| pair[0].rank == pair[1].rank)
        {
            let _ = writeln!(out, "<p class=\"meta\">{}</p>", words.get("report-tie"));
        }
        out.push_str("</div>\n");
    }
    out.push_str("</section>\n");
}

/// A horizontal bar chart: the item, its bar, and the exact number at the bar's end.
fn chart_svg(
    session: &Session,
    poll: &Poll,
    results: &PollResults,
    words: &Words,
    out: &mut String,
) {
    const WIDTH: f64 = 720.0;
    const LABEL: f64 = 300.0;
    const BAR: f64 = 250.0;
    const ROW: f64 = 26.0;
    let (low, high) = match &poll.method {
        PollMethod::Rating { min, max, .. } => (f64::from(*min), f64::from(*max)),
        _ => (
            0.0,
            results
                .rows
                .iter()
                .map(|row| row.score.value())
                .fold(0.0, f64::max),
        ),
    };
    let span = (high - low).max(f64::EPSILON);
    let height = ROW * results.rows.len() as f64 + 6.0;
    let _ = writeln!(
        out,
        "<figure><svg viewBox=\"0 0 {WIDTH} {height}\" role=\"img\" aria-label=\"{}\">",
        html_escape(&tr!(words, "report-chart-label", question = &poll.question))
    );
    for (index, row) in results.rows.iter().enumerate() {
        let top = ROW * index as f64 + 3.0;
        let label = clip_words(&words.item_label(session, &row.item), 44);
        let value = row.score.value();
        let shown = match &row.score {
            Score::Total(total) => total.to_string(),
            Score::Rating {
                mean: Some(mean),
                count,
                few,
                ..
            } => {
                let shown = tr!(
                    words,
                    "report-chart-rating",
                    mean = words.decimal(*mean, 2),
                    ratings = tr!(words, "report-ratings-count", count = *count)
                );
                if *few {
                    format!("{shown} {}", words.get("report-few"))
                } else {
                    shown
                }
            }
            Score::Rating { mean: None, .. } => "–".to_owned(),
            Score::Borda { points, .. } => tr!(words, "report-points-count", count = *points),
        };
        let length = if value > low {
            ((value - low) / span * BAR).max(2.0)
        } else {
            0.0
        };
        let _ = writeln!(
            out,
            "<text x=\"0\" y=\"{:.1}\">{} {}</text>\
             <rect x=\"{LABEL}\" y=\"{:.1}\" width=\"{BAR}\" height=\"16\" rx=\"3\" fill=\"#eceff3\"/>\
             <rect x=\"{LABEL}\" y=\"{:.1}\" width=\"{length:.1}\" height=\"16\" rx=\"3\" fill=\"#0072b2\"/>\
             <text class=\"value\" x=\"{:.1}\" y=\"{:.1}\">{}</text>",
            top + 13.0,
            html_escape(&rank_text(&results.rows, row)),
            html_escape(&label),
            top + 1.0,
            top + 1.0,
            LABEL + BAR + 8.0,
            top + 13.0,
            html_escape(&shown),
        );
    }
    out.push_str("</svg></figure>\n");
}

fn results_table(
    session: &Session,
    poll: &Poll,
    results: &PollResults,
    words: &Words,
    out: &mut String,
) {
    let scale = rating_columns(&poll.method);
    let number = |out: &mut String, key: &str| {
        let _ = write!(out, "<th class=\"n\">{}</th>", words.get(key));
    };
    out.push_str("<table>\n<thead><tr>");
    number(out, "report-col-rank");
    let _ = write!(out, "<th>{}</th>", words.get("report-col-item"));
    match &poll.method {
        PollMethod::Dots { .. } => number(out, "report-col-dots"),
        PollMethod::Tally => number(out, "report-col-count"),
        PollMethod::Ranking => {
            number(out, "report-col-points");
            number(out, "report-col-first-choices");
        }
        PollMethod::Rating { .. } => {
            number(out, "report-col-mean");
            number(out, "report-col-median");
            number(out, "report-col-ratings");
            for value in &scale {
                let _ = write!(out, "<th class=\"n\">{value}</th>");
            }
        }
    }
    out.push_str("</tr></thead>\n<tbody>\n");
    for row in &results.rows {
        let _ = write!(
            out,
            "<tr><td class=\"n\">{}</td><td>{}{}</td>",
            rank_text(&results.rows, row),
            html_escape(&words.item_label(session, &row.item)),
            few_ratings_mark(&row.score, words)
        );
        match &row.score {
            Score::Total(total) => {
                let _ = write!(out, "<td class=\"n\">{total}</td>");
            }
            Score::Borda {
                points,
                first_choices,
            } => {
                let _ = write!(
                    out,
                    "<td class=\"n\">{points}</td><td class=\"n\">{first_choices}</td>"
                );
            }
            Score::Rating { .. } => {
                for figure in rating_figures(&row.score, &scale, words) {
                    let _ = write!(out, "<td class=\"n\">{figure}</td>");
                }
            }
        }
        out.push_str("</tr>\n");
    }
    out.push_str("</tbody>\n</table>\n");
    if let Some(scale) = scale_line(&poll.method, html_escape, words) {
        let _ = writeln!(out, "<p class=\"meta\">{scale}</p>");
    }
    if let Some(few) = few_ratings_line(results, words) {
        let _ = writeln!(out, "<p class=\"meta\">{few}</p>");
    }
}

/// The themes the room grouped its notes into, each with its notes; nothing when there are
/// none.
fn themes_html(session: &Session, words: &Words, out: &mut String) {
    if session.themes.is_empty() {
        return;
    }
    let _ = writeln!(out, "<section>\n<h2>{}</h2>", words.get("report-themes"));
    for theme in &session.themes {
        let _ = writeln!(
            out,
            "<div class=\"place\">\n<h3>{} <span class=\"meta\">{}</span></h3>\n<ul>",
            html_escape(theme.title.trim()),
            tr!(words, "report-theme-notes", count = theme.notes.len())
        );
        for note in theme.notes.iter().filter_map(|id| session.note(id)) {
            let _ = writeln!(out, "<li>{}</li>", html_escape(note.text.trim()));
        }
        out.push_str("</ul>\n</div>\n");
    }
    out.push_str("</section>\n");
}

fn notes_html(session: &Session, words: &Words, out: &mut String) {
    let _ = writeln!(out, "<section>\n<h2>{}</h2>", words.get("report-notes"));
    if session.notes.is_empty() {
        let _ = writeln!(out, "<p>{}</p>", words.get("report-no-notes"));
    }
    for (about, notes) in notes_by_place(session) {
        let _ = writeln!(
            out,
            "<div class=\"place\">\n<h3>{}</h3>",
            html_escape(&words.about_name(&about, session))
        );
        for kind in NoteKind::ALL {
            let of_kind: Vec<_> = notes.iter().filter(|note| note.kind == kind).collect();
            if of_kind.is_empty() {
                continue;
            }
            let _ = writeln!(out, "<h4>{}</h4>\n<ul>", words.note_kind_plural(kind));
            for note in of_kind {
                let group = if note.group.trim().is_empty() {
                    String::new()
                } else {
                    format!(
                        " <span class=\"group\">— {}</span>",
                        html_escape(note.group.trim())
                    )
                };
                let _ = writeln!(out, "<li>{}{group}</li>", html_escape(note.text.trim()));
            }
            out.push_str("</ul>\n");
        }
        out.push_str("</div>\n");
    }
    out.push_str("</section>\n");
}

fn actions_html(session: &Session, words: &Words, out: &mut String) {
    let _ = writeln!(out, "<section>\n<h2>{}</h2>", words.get("report-actions"));
    if session.actions.is_empty() {
        let _ = writeln!(out, "<p>{}</p>\n</section>", words.get("report-no-actions"));
        return;
    }
    let _ = writeln!(
        out,
        "<table>\n<thead><tr><th class=\"state\">{}</th><th>{}</th><th>{}</th><th>{}</th><th>{}</th></tr></thead>\n<tbody>",
        words.get("report-col-done"),
        words.get("report-col-action"),
        words.get("report-col-owner"),
        words.get("report-col-due"),
        words.get("report-col-about"),
    );
    for action in &session.actions {
        let _ = writeln!(
            out,
            "<tr><td class=\"state\">{}</td><td>{}</td><td>{}</td><td class=\"date\">{}</td><td>{}</td></tr>",
            if action.done {
                words.get("report-action-done")
            } else {
                words.get("report-action-open")
            },
            html_escape(&action.text),
            html_escape(&action.owner),
            action.due.map(|due| due.to_string()).unwrap_or_default(),
            html_escape(&words.about_name(&action.about, session)),
        );
    }
    out.push_str("</tbody>\n</table>\n</section>\n");
}
