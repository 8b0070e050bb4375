//! The report as CSV, one table at a time: notes, results or actions. A cell that a
//! spreadsheet would read as a formula (its first character that is not blank is `=`, `+`,
//! `-` or `@`, or it begins with a tab or a carriage return) is neutralised with a leading
//! apostrophe, as OWASP advises, so opening the file never runs a note.

use super::facts::about_key;
use super::safe_text::{is_unsafe, visible_escape};
use crate::model::{ChoiceKind, Score, Session, poll_results};
use crate::words::Words;

/// Which table to write.
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum Table {
    /// One row per note.
    Notes,
    /// One row per poll item, with its numbers.
    Results,
    /// One row per action item.
    Actions,
}

/// "yes" when the row's rank is shared.
fn tied(rows: &[crate::model::ResultRow], row: &crate::model::ResultRow) -> &'static str {
    if rows.iter().filter(|other| other.rank == row.rank).count() > 1 {
        "yes"
    } else {
        ""
    }
}

/// Characters a spreadsheet skips before it decides a cell is a formula: spaces, tabs, line
/// breaks, quotes, the byte-order mark, no-break and zero-width spaces.
fn is_blank_before_formula(c: char) -> bool {
    c.is_whitespace()
        || matches!(
            c,
            '"' | '\'' | '\u{feff}' | '\u{200b}' | '\u{200c}' | '\u{200d}' | '\u{2060}'
        )
}

/// `text` made safe for a spreadsheet cell: a cell whose first character that is not blank
/// (see [`is_blank_before_formula`]) is `=`, `+`, `-` or `@`, or that starts with a tab or
/// carriage return, gets a leading apostrophe. Control characters other than line breaks and
/// tabs, and bidirectional overrides, become visible escapes.
pub fn neutralise(text: &str) -> String {
    let shown_as_is = |c: char| matches!(c, '\n' | '\r' | '\t') || !is_unsafe(c);
    let text = if text.chars().all(shown_as_is) {
        text.to_owned()
    } else {
        let mut out = String::with_capacity(text.len() + 8);
        for c in text.chars() {
            if shown_as_is(c) {
                out.push(c);
            } else {
                out.push_str(&visible_escape(c));
            }
        }
        out
    };
    let first = text.chars().find(|&c| !is_blank_before_formula(c));
    let starts_blank = matches!(text.chars().next(), Some('\t' | '\r'));
    if starts_blank || matches!(first, Some('=' | '+' | '-' | '@')) {
        format!("'{text}")
    } else {
        text
    }
}

/// The table as CSV text (RFC 4180, with a header row). The header row and the names people
/// read (what a note is about, its kind, an item's name) are in `words`' language; ids, keys,
/// dates and numbers are as other programs read them.
pub fn csv_table(session: &Session, table: Table, words: &Words) -> Result<String, csv::Error> {
    let mut writer = csv::Writer::from_writer(Vec::new());
    match table {
        Table::Notes => write_notes(&mut writer, session, words)?,
        Table::Actions => write_actions(&mut writer, session, words)?,
        Table::Results => write_results(&mut writer, session, words)?,
    }
    let bytes = writer.into_inner().map_err(|error| error.into_error())?;
    Ok(String::from_utf8_lossy(&bytes).into_owned())
}

type Writer = csv::Writer<Vec<u8>>;

/// Every cell [`neutralise`]d: any of them may hold what someone typed.
fn safe(cells: Vec<String>) -> Vec<String> {
    cells.iter().map(|cell| neutralise(cell)).collect()
}

/// The header row: each column's name in `words`' language.
fn header(writer: &mut Writer, words: &Words, keys: &[&str]) -> Result<(), csv::Error> {
    writer.write_record(keys.iter().map(|key| words.get(key)))
}

fn write_notes(writer: &mut Writer, session: &Session, words: &Words) -> Result<(), csv::Error> {
    header(
        writer,
        words,
        &[
            "report-csv-id",
            "report-csv-about",
            "report-csv-about-name",
            "report-csv-group",
            "report-csv-kind",
            "report-csv-text",
            "report-csv-created",
        ],
    )?;
    for note in &session.notes {
        writer.write_record(safe(vec![
            note.id.clone(),
            about_key(&note.about).to_owned(),
            words.about_name(&note.about, session),
            note.group.clone(),
            words.note_kind_name(note.kind).to_lowercase(),
            note.text.clone(),
            note.created
                .to_rfc3339_opts(chrono::SecondsFormat::Secs, true),
        ]))?;
    }
    Ok(())
}

fn write_actions(writer: &mut Writer, session: &Session, words: &Words) -> Result<(), csv::Error> {
    header(
        writer,
        words,
        &[
            "report-csv-id",
            "report-csv-about",
            "report-csv-about-name",
            "report-csv-text",
            "report-csv-owner",
            "report-csv-due",
            "report-csv-done",
        ],
    )?;
    for action in &session.actions {
        writer.write_record(safe(vec![
            action.id.clone(),
            about_key(&action.about).to_owned(),
            words.about_name(&action.about, session),
            action.text.clone(),
            action.owner.clone(),
            action.due.map(|due| due.to_string()).unwrap_or_default(),
            action.done.to_string(),
        ]))?;
    }
    Ok(())
}

fn write_results(writer: &mut Writer, session: &Session, words: &Words) -> Result<(), csv::Error> {
    header(
        writer,
        words,
        &[
            "report-csv-poll",
            "report-csv-question",
            "report-csv-method",
            "report-csv-status",
            "report-csv-ballots",
            "report-csv-rank",
            "report-csv-tied",
            "report-csv-item",
            "report-csv-item-name",
            "report-csv-total",
            "report-csv-mean",
            "report-csv-median",
            "report-csv-ratings",
            "report-csv-points",
            "report-csv-first-choices",
            "report-csv-few-ratings",
            "report-csv-item-kind",
        ],
    )?;
    for poll in &session.polls {
        let results = poll_results(poll);
        for row in &results.rows {
            let mut record = safe(vec![
                poll.id.clone(),
                poll.question.clone(),
                poll.method.key().to_owned(),
                poll.status.key().to_owned(),
                results.ballots.to_string(),
                row.rank.to_string(),
                tied(&results.rows, row).to_owned(),
                row.item.clone(),
                words.item_label(session, &row.item),
            ]);
            // The numbers are Plaza's own and stay numbers (a mean may be negative).
            record.extend(score_cells(&row.score));
            // Last, so readers of the columns before it are not moved: what the choice is.
            let kind = session.choice_kind(&row.item).unwrap_or(ChoiceKind::Item);
            record.push(kind.key().to_owned());
            writer.write_record(record)?;
        }
    }
    Ok(())
}

/// The cells total, mean, median, ratings, points, first_choices and few_ratings: each
/// method fills its own and leaves the others blank.
fn score_cells(score: &Score) -> [String; 7] {
    let blank = String::new;
    let [total, mean, median, ratings, points, first] = match score {
        Score::Total(total) => [
            total.to_string(),
            blank(),
            blank(),
            blank(),
            blank(),
            blank(),
        ],
        Score::Rating {
            mean,
            median,
            count,
            ..
        } => [
            blank(),
            mean.map(|m| format!("{m:.4}")).unwrap_or_default(),
            median.map(|m| format!("{m:.4}")).unwrap_or_default(),
            count.to_string(),
            blank(),
            blank(),
        ],
        Score::Borda {
            points,
            first_choices,
        } => [
            blank(),
            blank(),
            blank(),
            blank(),
            points.to_string(),
            first_choices.to_string(),
        ],
    };
    let few = match score {
        Score::Rating { few: true, .. } => "yes",
        _ => "",
    };
    [total, mean, median, ratings, points, first, few.to_owned()]
}
