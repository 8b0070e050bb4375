//! The review desk with themes and polls on the room's ideas: a laptop's themes merged in after
//! a preview that names the note grouped twice, and a comparison that lists a vote on notes.

use egui::Key;
use egui_kittest::Harness;
use egui_kittest::kittest::Queryable;
use plaza::gui::PlazaApp;
use plaza::model::{About, Ballot, Poll, PollMethod, PollStatus, Session, Theme, now, validate};
use plaza::sample::{example_retreat, last_year_retreat};

use crate::support::{console_on, dots, open_session, temp_dir, write_session};

fn has_label(harness: &Harness<'_, PlazaApp>, text: &str) -> bool {
    harness.query_all_by_label(text).next().is_some()
}

fn has_label_containing(harness: &Harness<'_, PlazaApp>, text: &str) -> bool {
    harness.query_all_by_label_contains(text).next().is_some()
}

fn theme(id: &str, title: &str, notes: &[&str]) -> Theme {
    Theme {
        id: id.into(),
        title: title.into(),
        about: About::General,
        notes: notes.iter().map(|note| (*note).to_owned()).collect(),
        created: now(),
    }
}

/// The example, still running, with its notes' first three grouped as "Workload".
fn grouped_here() -> Session {
    let mut session = example_retreat();
    session.polls[0].status = PollStatus::Open;
    let ids: Vec<String> = session.notes.iter().take(3).map(|n| n.id.clone()).collect();
    session.themes = vec![Theme {
        notes: ids,
        ..theme("t-here", "Workload", &[])
    }];
    session
}

#[test]
fn a_laptops_themes_are_merged_in_and_the_preview_names_the_note_grouped_twice() {
    let dir = temp_dir();
    let base = grouped_here();
    let path = write_session(dir.path(), "main.ron", &base);
    // The breakout laptop grouped the first note, and the fourth, as "Care teams".
    let mut laptop = base.clone();
    laptop.themes = vec![theme(
        "t-laptop",
        "Care teams",
        &[&base.notes[0].id, &base.notes[3].id],
    )];
    let breakout = write_session(dir.path(), "breakout.ron", &laptop);
    let mut harness = console_on(path);
    harness.state_mut().merge_in(&breakout);
    harness.run();
    assert!(has_label(&harness, "It adds 1 theme."));
    assert!(has_label(&harness, "New themes"));
    assert!(has_label(&harness, "• Care teams (1 note)"));
    assert!(
        has_label_containing(
            &harness,
            "was grouped in two themes, “Workload” (t-here) and “Care teams” (t-laptop): it stays \
             in “Workload” and was taken out of “Care teams”"
        ),
        "the open session's grouping is kept, and the preview says so"
    );
    harness.key_press(Key::Enter);
    harness.run();
    let session = open_session(&harness);
    assert_eq!(session.themes.len(), 2);
    assert_eq!(
        session.themes[0], base.themes[0],
        "the open theme is untouched"
    );
    assert_eq!(session.themes[1].notes, vec![base.notes[3].id.clone()]);
    assert_eq!(validate(&session), vec![]);
}

#[test]
fn a_comparison_lists_a_vote_on_notes_by_the_notes_words() {
    let dir = temp_dir();
    let mut after = example_retreat();
    let first = after.notes[0].clone();
    let mut poll = Poll::draft(
        "ideas".into(),
        "Which idea first?".into(),
        vec![first.id.clone(), after.notes[1].id.clone()],
        PollMethod::Dots {
            per_person: 2,
            per_item: 2,
        },
    );
    poll.status = PollStatus::Closed;
    poll.ballots.push(Ballot {
        id: "idea-vote".into(),
        cast: now(),
        marks: dots(&[(first.id.as_str(), 2)]),
        source: plaza::model::BallotSource::Booth,
    });
    after.polls.push(poll);
    let path = write_session(dir.path(), "2026.ron", &after);
    let before = write_session(dir.path(), "2025.ron", &last_year_retreat());
    let mut harness = console_on(path);
    harness.state_mut().compare_with(&before);
    harness.run();
    assert!(has_label(&harness, "Polls on the room's ideas"));
    assert!(has_label(&harness, "Dot vote: “Which idea first?”"));
    assert!(has_label(&harness, "Leadership retreat 2025: no such poll"));
    assert!(has_label(
        &harness,
        "Leadership retreat 2026: 1 ballot, 2 dots"
    ));
    let words = plaza::model::clip_words(&first.text, 70);
    assert!(
        has_label(&harness, &format!("• 1 note “{words}” (2 dots)")),
        "the top choice by its words"
    );
    // The values' dot vote is still this year's dot vote: 23 ballots, 69 dots.
    assert!(has_label(&harness, "23 ballots, 69 dots"));
}
