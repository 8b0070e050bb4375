//! Merging sessions that group notes into themes and vote on the room's own ideas: themes are
//! joined by id, a note two laptops grouped differently stays in one theme and the conflict is
//! listed, polls on notes keep their ballots and follow a note that moved, and the result keeps
//! the session rules whatever the order of the inputs.

use std::collections::{BTreeMap, BTreeSet};
use std::process::Command;

use plaza::model::{
    About, Ballot, Edit, Editor, Marks, Note, NoteKind, Poll, PollMethod, PollStatus, Session,
    Theme, add_to_theme, dissolve_theme, now, validate,
};
use plaza::report::{merge, merge_into};

use crate::support::{dots, fresh_session, temp_dir, write_session};

fn note(id: &str, text: &str) -> Note {
    Note {
        id: id.into(),
        about: About::Item("compassion".into()),
        group: "Table 1".into(),
        kind: NoteKind::Idea,
        text: text.into(),
        created: now(),
    }
}

fn theme(id: &str, title: &str, notes: &[&str]) -> Theme {
    Theme {
        id: id.into(),
        title: title.into(),
        about: About::Item("compassion".into()),
        notes: notes.iter().map(|note| (*note).to_owned()).collect(),
        created: now(),
    }
}

/// The file both laptops start from: four notes, none grouped yet.
fn start() -> Session {
    let mut session = fresh_session();
    session.notes = vec![
        note("n1", "Protect an hour a week for huddles"),
        note("n2", "Fewer double shifts"),
        note("n3", "Quiet rooms for staff"),
        note("n4", "Mentors for new nurses"),
    ];
    session
}

/// Each theme by id: its title and its notes, as a set (the order notes were grouped in may
/// follow the order of the inputs, which notes are in it may not).
fn themes_of(session: &Session) -> BTreeMap<String, (String, BTreeSet<String>)> {
    session
        .themes
        .iter()
        .map(|theme| {
            let notes = theme.notes.iter().cloned().collect();
            (theme.id.clone(), (theme.title.clone(), notes))
        })
        .collect()
}

/// How many themes hold each note.
fn holders(session: &Session) -> BTreeMap<String, usize> {
    let mut held = BTreeMap::new();
    for note in session.themes.iter().flat_map(|theme| &theme.notes) {
        *held.entry(note.clone()).or_insert(0) += 1;
    }
    held
}

#[test]
fn a_theme_both_laptops_hold_is_one_theme_with_the_notes_of_both() {
    let mut base = start();
    base.themes = vec![theme("t-care", "Time for care teams", &["n1"])];
    let mut a = base.clone();
    a.themes[0].notes.push("n2".into());
    let mut b = base.clone();
    b.themes[0].notes.push("n3".into());
    let merged = merge(&[a, b]).expect("merges");
    assert!(merged.conflicts.is_empty(), "{:?}", merged.conflicts);
    assert_eq!(merged.session.themes.len(), 1);
    let notes: BTreeSet<&str> = merged.session.themes[0]
        .notes
        .iter()
        .map(String::as_str)
        .collect();
    assert_eq!(notes, BTreeSet::from(["n1", "n2", "n3"]));
    assert_eq!(merged.added[0].themes, 0, "the theme was there already");
    assert_eq!(validate(&merged.session), vec![]);
    assert_eq!(merged.session.needed_format_version(), 2);
    assert_eq!(merged.session.format_version, 2);
}

#[test]
fn a_theme_retitled_on_one_laptop_is_a_conflict_and_both_titles_are_kept() {
    let mut base = start();
    base.themes = vec![theme("t-care", "Time for care teams", &["n1", "n2"])];
    let a = base.clone();
    let mut b = base.clone();
    b.themes[0].title = "Workload".into();
    let merged = merge(&[a, b]).expect("merges");
    let titles: BTreeSet<&str> = merged
        .session
        .themes
        .iter()
        .map(|theme| theme.title.as_str())
        .collect();
    assert_eq!(titles, BTreeSet::from(["Time for care teams", "Workload"]));
    assert_eq!(merged.added[0].themes, 1);
    assert!(
        merged
            .conflicts
            .iter()
            .any(|line| line.starts_with("theme “Workload” (t-care) differs between sessions")),
        "{:?}",
        merged.conflicts
    );
    // Both copies held the same notes: they stay in the theme whose title sorts first, and the
    // other, left with none, is kept and said to be so.
    let care = merged
        .session
        .themes
        .iter()
        .find(|theme| theme.title == "Time for care teams")
        .expect("kept");
    assert_eq!(care.notes, vec!["n1", "n2"]);
    assert!(
        merged.conflicts.iter().any(|line| line.contains(
            "it stays in “Time for care teams” and was taken out of “Workload”, which has no notes left"
        )),
        "{:?}",
        merged.conflicts
    );
    assert!(holders(&merged.session).values().all(|&n| n == 1));
    assert_eq!(validate(&merged.session), vec![]);
}

/// Two laptops grouped the same note under different themes.
fn grouped_differently() -> (Session, Session) {
    let mut a = start();
    a.themes = vec![theme("t-a", "Workload", &["n1", "n2"])];
    let mut b = start();
    b.themes = vec![theme("t-b", "Care teams", &["n3", "n1"])];
    // As written to a file: themes make a session version 2.
    a.format_version = 2;
    b.format_version = 2;
    (a, b)
}

#[test]
fn a_note_two_laptops_grouped_differently_stays_in_one_theme_and_the_conflict_says_which() {
    let (a, b) = grouped_differently();
    let merged = merge(&[a.clone(), b.clone()]).expect("merges");
    let session = &merged.session;
    assert_eq!(validate(session), vec![]);
    assert_eq!(session.notes.len(), 4, "no note is lost");
    assert_eq!(session.themes.len(), 2, "no theme is lost");
    assert_eq!(holders(session).get("n1"), Some(&1));
    // "Care teams" sorts before "Workload": the note stays there.
    assert_eq!(session.theme_of("n1").map(|t| t.id.as_str()), Some("t-b"));
    assert_eq!(
        merged.conflicts,
        vec![
            "note “Protect an hour a week for huddles” (n1) was grouped in two themes, \
             “Care teams” (t-b) and “Workload” (t-a): it stays in “Care teams” and was taken \
             out of “Workload”"
        ]
    );
    assert_eq!(merged.added[0].themes, 1);

    // Merged into the open session, the open session's grouping wins.
    let into = merge_into(&a, &b).expect("merges");
    assert_eq!(validate(&into.session), vec![]);
    assert_eq!(
        into.session.theme_of("n1").map(|t| t.id.as_str()),
        Some("t-a")
    );
    assert!(
        into.conflicts[0].contains("it stays in “Workload” and was taken out of “Care teams”"),
        "{:?}",
        into.conflicts
    );
}

#[test]
fn themes_merge_the_same_whatever_the_order_of_the_inputs() {
    let (mut a, mut b) = grouped_differently();
    // And a conflict on top: the same theme id, titled differently on each laptop.
    a.themes.push(theme("t-shared", "Staffing", &["n4"]));
    b.themes.push(theme("t-shared", "Rotas", &["n4"]));
    b.themes[1].created = a.themes[1].created;
    let ab = merge(&[a.clone(), b.clone()]).expect("merges");
    let ba = merge(&[b, a]).expect("merges");
    assert_eq!(themes_of(&ab.session), themes_of(&ba.session));
    assert_eq!(ab.conflicts, ba.conflicts);
    for merged in [&ab, &ba] {
        assert_eq!(validate(&merged.session), vec![]);
        assert!(holders(&merged.session).values().all(|&n| n == 1));
    }
    // Merged again with its own result, nothing changes.
    let again = merge(&[ab.session.clone(), ba.session.clone()]).expect("merges");
    assert_eq!(themes_of(&again.session), themes_of(&ab.session));
}

/// A dot vote on notes, open on both laptops.
fn on_notes(items: &[&str]) -> Poll {
    let mut poll = Poll::draft(
        "ideas".into(),
        "Which ideas first?".into(),
        items.iter().map(|item| (*item).to_owned()).collect(),
        PollMethod::Dots {
            per_person: 3,
            per_item: 2,
        },
    );
    poll.status = PollStatus::Open;
    poll
}

fn ballot(id: &str, marks: Marks) -> Ballot {
    Ballot {
        id: id.into(),
        cast: now(),
        marks,
        source: plaza::model::BallotSource::Booth,
    }
}

#[test]
fn ballots_on_notes_from_every_laptop_are_kept() {
    let mut base = start();
    base.themes = vec![theme("t-care", "Time for care teams", &["n3", "n4"])];
    base.polls = vec![on_notes(&["n1", "n2", "t-care"])];
    let mut a = base.clone();
    a.polls[0]
        .ballots
        .push(ballot("a-1", dots(&[("n1", 2), ("t-care", 1)])));
    let mut b = base.clone();
    b.polls[0].ballots.push(ballot("b-1", dots(&[("n2", 1)])));
    let merged = merge(&[a, b]).expect("merges");
    assert!(merged.conflicts.is_empty(), "{:?}", merged.conflicts);
    assert_eq!(merged.session.polls.len(), 1);
    let poll = &merged.session.polls[0];
    assert_eq!(poll.items, vec!["n1", "n2", "t-care"]);
    let ids: BTreeSet<&str> = poll.ballots.iter().map(|b| b.id.as_str()).collect();
    assert_eq!(ids, BTreeSet::from(["a-1", "b-1"]));
    assert_eq!(merged.added[0].ballots, 1);
    assert_eq!(validate(&merged.session), vec![]);
    assert_eq!(merged.session.needed_format_version(), 2);
}

#[test]
fn a_poll_on_a_note_reworded_on_one_laptop_follows_that_laptops_words() {
    let mut base = start();
    base.themes = vec![theme("t-care", "Time for care teams", &["n1", "n3"])];
    base.polls = vec![on_notes(&["n1", "n2"])];
    let mut a = base.clone();
    a.polls[0].ballots.push(ballot("a-1", dots(&[("n1", 2)])));
    // Laptop B reworded the note, then its room voted on it: the longer words sort after A's,
    // so B's version is the one that moves to a new id.
    let mut b = base.clone();
    b.notes[0].text = "Protect an hour a week for huddles, every ward".into();
    b.polls[0].ballots.push(ballot("b-1", dots(&[("n1", 1)])));
    let merged = merge(&[a, b]).expect("merges");
    let session = &merged.session;
    assert_eq!(validate(session), vec![]);
    let reworded = session
        .notes
        .iter()
        .find(|note| note.text.ends_with("every ward"))
        .expect("B's words are kept");
    assert_ne!(reworded.id, "n1");
    // Each laptop's copy of the poll names the note its voters saw, with their ballots.
    assert_eq!(session.polls.len(), 2, "{:?}", merged.conflicts);
    for poll in &session.polls {
        let named = &poll.items[0];
        let words = session.item_label(named);
        for ballot in &poll.ballots {
            let Marks::Dots(marks) = &ballot.marks else {
                panic!("dots")
            };
            assert!(marks.contains_key(named), "{ballot:?} is on {named}");
            let expected = if ballot.id.starts_with("b-") {
                "Protect an hour a week for huddles, every ward"
            } else {
                "Protect an hour a week for huddles"
            };
            assert_eq!(words, expected);
        }
    }
    let ballots: usize = session.polls.iter().map(|poll| poll.ballots.len()).sum();
    assert_eq!(ballots, 2, "no ballot is lost");
    // The theme on B followed the note too: each version of the note is in one theme at most.
    assert!(holders(session).values().all(|&n| n == 1));
    assert!(
        session.theme_of("n1").is_some() || session.theme_of(&reworded.id).is_some(),
        "the theme keeps a version of the note"
    );
}

#[test]
fn merging_a_laptop_in_brings_its_themes_in_one_edit_that_one_undo_reverts() {
    let (a, b) = grouped_differently();
    let merged = merge_into(&a, &b).expect("merges");
    let mut editor = Editor::new(a.clone());
    editor
        .apply(Edit::MergeIn {
            from: "laptop-b.ron".into(),
            notes: merged.session.notes.clone(),
            actions: merged.session.actions.clone(),
            themes: merged.session.themes.clone(),
            polls: merged.session.polls.clone(),
        })
        .expect("the merge applies");
    assert_eq!(editor.session().themes, merged.session.themes);
    editor.undo().expect("undo");
    assert_eq!(editor.session(), &a);

    // A merge may not take a note out of a theme the session has.
    let mut fewer = merged.session.themes.clone();
    fewer[0].notes.retain(|note| note != "n2");
    let refused = editor.apply(Edit::MergeIn {
        from: "odd.ron".into(),
        notes: merged.session.notes.clone(),
        actions: merged.session.actions.clone(),
        themes: fewer,
        polls: merged.session.polls.clone(),
    });
    let error = refused.expect_err("refused").to_string();
    assert!(error.contains("themes"), "{error}");
}

#[test]
fn a_theme_a_merge_left_empty_stays_through_other_edits_until_dissolved() {
    let mut base = start();
    base.themes = vec![theme("t-care", "Time for care teams", &["n1"])];
    let a = base.clone();
    let mut b = base;
    b.themes[0].title = "Workload".into();
    let merged = merge(&[a, b]).expect("merges").session;
    let empty = merged
        .themes
        .iter()
        .find(|theme| theme.notes.is_empty())
        .expect("one theme is left with no notes")
        .id
        .clone();
    let mut editor = Editor::new(merged);
    let kept = editor
        .session()
        .themes
        .iter()
        .find(|theme| !theme.notes.is_empty())
        .expect("the other")
        .id
        .clone();
    let edit = add_to_theme(editor.session(), &kept, &["n2".to_owned()]).expect("a theme");
    editor.apply(edit).expect("grouped");
    assert!(
        editor.session().theme(&empty).is_some(),
        "another theme's edit leaves it"
    );
    let edit = dissolve_theme(editor.session(), &empty).expect("a theme");
    editor.apply(edit).expect("dissolved");
    assert!(editor.session().theme(&empty).is_none());
}

#[test]
fn plaza_merge_prints_the_theme_conflict_and_writes_a_valid_file() {
    let dir = temp_dir();
    let (a, b) = grouped_differently();
    let path_a = write_session(dir.path(), "room-a.ron", &a);
    let path_b = write_session(dir.path(), "room-b.ron", &b);
    let out = dir.path().join("merged.ron");
    let output = Command::new(env!("CARGO_BIN_EXE_plaza"))
        .arg("merge")
        .args([path_a.as_os_str(), path_b.as_os_str()])
        .args(["-o".as_ref(), out.as_os_str()])
        .env("HOME", dir.path())
        .output()
        .expect("run plaza");
    assert_eq!(output.status.code(), Some(0), "{output:?}");
    let summary = String::from_utf8_lossy(&output.stdout);
    assert!(
        summary.contains("0 notes, 0 action items, 1 theme, 0 polls and 0 ballots added."),
        "{summary}"
    );
    assert!(
        summary.contains(
            "Conflict: note “Protect an hour a week for huddles” (n1) was grouped in two themes, \
             “Care teams” (t-b) and “Workload” (t-a): it stays in “Care teams” and was taken out \
             of “Workload”"
        ),
        "{summary}"
    );
    let merged = plaza::store::load(&out).expect("loads").session;
    assert_eq!(merged.format_version, 2);
    assert_eq!(validate(&merged), vec![]);
    assert_eq!(merged.themes.len(), 2);
}
