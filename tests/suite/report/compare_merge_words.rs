//! What a comparison and a merge say, as golden files: the English word for word as it has
//! always read, and the Spanish as a whole, so a change to either is seen.

use plaza::model::{Action, Ballot, Marks, PollStatus, Session, Theme, now};
use plaza::report::{compare, comparison_markdown_in, merge, merge_error, merge_into};
use plaza::store::load;
use plaza::words::{Lang, Words};

use super::compare::next_year;
use super::compare_ideas::voted_on_ideas;
use crate::support::{dots, example, last_year_path};

fn last_year() -> Session {
    load(&last_year_path()).expect("last year loads").session
}

/// Comparisons that between them say everything a comparison can: last year and this, a year
/// with items added and dropped, polls on the room's ideas (one still open), and sessions with
/// no polls at all.
fn comparisons() -> Vec<(Session, Session)> {
    let mut ideas_open = voted_on_ideas(5);
    if let Some(poll) = ideas_open.polls.last_mut() {
        poll.status = PollStatus::Open;
    }
    let mut no_polls = example();
    no_polls.polls.clear();
    vec![
        (last_year(), example()),
        (example(), next_year()),
        (voted_on_ideas(3), ideas_open),
        (voted_on_ideas(2), example()),
        (example(), no_polls.clone()),
        (no_polls.clone(), no_polls),
    ]
}

fn comparisons_markdown(lang: Lang) -> String {
    comparisons()
        .iter()
        .map(|(before, after)| comparison_markdown_in(&compare(before, after), Words::of(lang)))
        .collect::<Vec<_>>()
        .join("\n----\n\n")
}

#[test]
fn comparisons_in_english() {
    insta::assert_snapshot!("comparisons_en", comparisons_markdown(Lang::English));
    assert_eq!(
        comparisons_markdown(Lang::English),
        comparisons()
            .iter()
            .map(|(before, after)| plaza::report::comparison_markdown(&compare(before, after)))
            .collect::<Vec<_>>()
            .join("\n----\n\n"),
        "the English wrapper is the English words"
    );
}

#[test]
fn comparisons_in_spanish() {
    insta::assert_snapshot!("comparisons_es", comparisons_markdown(Lang::Spanish));
}

fn ballot(id: &str, marks: Marks) -> Ballot {
    Ballot {
        id: id.into(),
        cast: now(),
        marks,
        source: plaza::model::BallotSource::Booth,
    }
}

/// A theme made at a fixed moment: a moved copy's id is derived from its content.
fn theme(id: &str, title: &str, notes: &[&str]) -> Theme {
    let created = example().notes[0].created;
    Theme {
        id: id.into(),
        title: title.into(),
        about: plaza::model::About::General,
        notes: notes.iter().map(|note| (*note).to_owned()).collect(),
        created,
    }
}

/// The open session and a laptop that differ in every way a merge reports: a note, an action
/// item, a theme and a ballot changed under the same id, a poll set up differently, a poll's
/// status and a hand count's counts, a note grouped in two themes, a ballot over its poll's
/// budget and ballots on a poll still a draft in the open session.
fn open_and_laptop() -> (Session, Session) {
    let mut open = example();
    open.polls[0].status = PollStatus::Open;
    open.themes = vec![theme("t-a", "Workload", &[&open.notes[1].id.clone()])];
    let mut laptop = open.clone();
    laptop.notes[0].text = "Edited on the laptop".into();
    laptop.actions[0] = Action {
        text: "Another owner's version".into(),
        ..laptop.actions[0].clone()
    };
    laptop.themes = vec![
        theme("t-a", "Staffing", &[]),
        theme("t-b", "Care teams", &[&open.notes[1].id.clone()]),
    ];
    laptop.polls[0].ballots[0].marks = dots(&[("compassion", 1)]);
    laptop.polls[0].ballots.push(ballot(
        "too-many",
        dots(&[("compassion", 2), ("diversity", 2)]),
    ));
    laptop.polls[1].question = "How well do we live each value, asked again?".into();
    laptop.polls[2].status = PollStatus::Closed;
    if let Some(count) = laptop.polls[3].tally.values_mut().next() {
        *count += 4;
    }
    open.polls.push(plaza::model::Poll::draft(
        "later".into(),
        "Which value next year?".into(),
        vec!["compassion".into(), "diversity".into()],
        plaza::model::PollMethod::default_dots(),
    ));
    let mut opened = open.polls[4].clone();
    opened.status = PollStatus::Open;
    opened
        .ballots
        .push(ballot("early", dots(&[("compassion", 1)])));
    laptop.polls.push(opened);
    (open, laptop)
}

fn merge_lines(lines: &[String]) -> String {
    lines.join("\n")
}

/// The open session merged with its laptop, and the two merged as equals (without what
/// `merge` refuses outright): what each says.
fn merged_both() -> (plaza::report::Merged, plaza::report::Merged) {
    let (open, laptop) = open_and_laptop();
    let into = merge_into(&open, &laptop).expect("merges");
    let mut laptop_valid = laptop.clone();
    laptop_valid.polls[0].ballots.retain(|b| b.id != "too-many");
    laptop_valid.polls.truncate(4);
    let mut open_valid = open.clone();
    open_valid.polls.truncate(4);
    let both = merge(&[open_valid, laptop_valid]).expect("merges");
    (into, both)
}

#[test]
fn merge_lines_in_english() {
    let (into, both) = merged_both();
    insta::assert_snapshot!(
        "merge_lines_en",
        format!(
            "merge_into conflicts:\n{}\n\nmerge_into refused:\n{}\n\nmerge conflicts:\n{}\n",
            merge_lines(&into.conflicts),
            merge_lines(&into.refused),
            merge_lines(&both.conflicts)
        )
    );
    let english = Words::of(Lang::English);
    assert_eq!(into.conflicts_in(english), into.conflicts);
    assert_eq!(into.refused_in(english), into.refused);
    assert_eq!(both.conflicts_in(english), both.conflicts);
}

#[test]
fn merge_lines_in_spanish() {
    let (into, both) = merged_both();
    let spanish = Words::of(Lang::Spanish);
    insta::assert_snapshot!(
        "merge_lines_es",
        format!(
            "merge_into conflicts:\n{}\n\nmerge_into refused:\n{}\n\nmerge conflicts:\n{}\n",
            merge_lines(&into.conflicts_in(spanish)),
            merge_lines(&into.refused_in(spanish)),
            merge_lines(&both.conflicts_in(spanish))
        )
    );
}

#[test]
fn why_sessions_cannot_be_merged_reads_as_it_did_in_english_and_in_spanish() {
    let mut other = example();
    other.framework.title = "Another organisation".into();
    other.title = "Their retreat".into();
    let mut broken = example();
    broken.polls[0].status = PollStatus::Draft;
    let errors = [
        merge(&[]).expect_err("nothing to merge"),
        merge(&[example(), other]).expect_err("another framework"),
        merge(&[example(), broken]).expect_err("breaks the rules"),
    ];
    let english = Words::of(Lang::English);
    let spanish = Words::of(Lang::Spanish);
    for error in &errors {
        assert_eq!(merge_error(error, english), error.to_string());
    }
    assert_eq!(
        merge_error(&errors[1], spanish),
        "“Their retreat” tiene un marco distinto de “Leadership retreat 2026”: solo se pueden \
         combinar sesiones con la misma misión, visión y valores"
    );
    assert!(
        merge_error(&errors[2], spanish).contains("una votación en borrador tiene votos"),
        "{}",
        merge_error(&errors[2], spanish)
    );
}

#[test]
fn why_a_statement_cannot_be_imported_reads_as_it_did_in_english_and_in_spanish() {
    use plaza::model::ImportError;
    let errors = [
        ImportError::Empty,
        ImportError::NoBullets,
        ImportError::NothingPlaced,
        ImportError::NotUtf8 { line: 3 },
        ImportError::Binary { line: 7 },
        ImportError::TooLarge { bytes: 2_000_000 },
    ];
    let english = Words::of(Lang::English);
    let spanish = Words::of(Lang::Spanish);
    for error in &errors {
        assert_eq!(english.import_error(error), error.to_string());
        let words = spanish.import_error(error);
        assert!(words.contains("la declaración"), "{words}");
    }
    assert!(spanish.import_error(&errors[5]).contains("2000000 bytes"));
}

#[test]
fn a_spanish_comparison_names_items_in_the_frameworks_spanish() {
    let mut after = next_year();
    for item in after.framework.values.items.iter_mut() {
        let heading = match item.id.as_str() {
            "compassion" => "COMPASIÓN",
            "stewardship" => "ADMINISTRACIÓN RESPONSABLE",
            _ => continue,
        };
        item.translations.insert(
            "es".into(),
            plaza::model::Translation {
                heading: heading.into(),
                text: item.text.clone(),
            },
        );
    }
    let comparison = compare(&example(), &after);
    let spanish = comparison_markdown_in(&comparison, Words::of(Lang::Spanish));
    assert!(spanish.contains("| COMPASIÓN | 5 → 8 (+3) |"), "{spanish}");
    assert!(
        spanish.contains("- ADMINISTRACIÓN RESPONSABLE"),
        "{spanish}"
    );
    let english = comparison_markdown_in(&comparison, Words::of(Lang::English));
    assert!(english.contains("| COMPASSION | 5 → 8 (+3) |"), "{english}");
    assert!(english.contains("- STEWARDSHIP"), "{english}");
}
