//! Autosave: votes reach the disk before they are acknowledged, typing soon after, and a failed
//! save is reported and retried.

use std::time::Duration;

use plaza::model::{About, Ballot, Edit, Marks, Note, NoteKind, new_id, now};
use plaza::store::{Document, load};

use crate::support::{session_with_open_ranking_poll, temp_dir, write_session};

const PATIENCE: Duration = Duration::from_secs(20);

fn note(text: &str) -> Edit {
    Edit::AddNote(Note {
        id: new_id(),
        about: About::Item("integrity".into()),
        group: "Table 1".into(),
        kind: NoteKind::Idea,
        text: text.into(),
        created: now(),
    })
}

fn ballot(n: usize) -> Edit {
    Edit::CastBallot {
        poll: "poll".into(),
        ballot: Ballot {
            id: format!("b{n}"),
            cast: now(),
            marks: Marks::Ranking(vec!["compassion".into()]),
            source: plaza::model::BallotSource::Booth,
        },
    }
}

#[test]
fn a_ballot_is_on_disk_once_confirmed() {
    let dir = temp_dir();
    let path = write_session(dir.path(), "retreat.ron", &session_with_open_ranking_poll());
    let mut document = Document::open(&path, || {}).expect("open");
    let applied = document.apply(ballot(1)).expect("cast");
    document
        .wait_saved(applied.revision, PATIENCE)
        .expect("confirmed");
    assert_eq!(load(&path).expect("read").session.polls[0].ballots.len(), 1);
    let status = document.save_status().expect("writable");
    assert!(
        status.is_clean() && status.error.is_none() && status.saved_at.is_some(),
        "{status:?}"
    );
}

#[test]
fn typing_is_saved_after_a_pause_and_on_close() {
    let dir = temp_dir();
    let path = write_session(dir.path(), "retreat.ron", &session_with_open_ranking_poll());
    let mut document = Document::open(&path, || {}).expect("open");
    let applied = document.apply(note("Trust takes years")).expect("add");
    assert!(
        !document
            .save_status()
            .expect("writable")
            .is_saved(applied.revision),
        "not written at once"
    );
    // About a second of quiet, then written: well within five.
    document
        .wait_saved(applied.revision, Duration::from_secs(5))
        .expect("written after the pause");
    assert_eq!(load(&path).expect("read").session.notes.len(), 1);

    document.apply(note("A second thought")).expect("add");
    drop(document);
    assert_eq!(
        load(&path).expect("read").session.notes.len(),
        2,
        "closing writes what was pending"
    );
}

#[test]
fn an_urgent_save_carries_the_typing_before_it() {
    let dir = temp_dir();
    let path = write_session(dir.path(), "retreat.ron", &session_with_open_ranking_poll());
    let mut document = Document::open(&path, || {}).expect("open");
    document
        .apply(note("Typed just before the vote"))
        .expect("add");
    let applied = document.apply(ballot(1)).expect("cast");
    document
        .wait_saved(applied.revision, PATIENCE)
        .expect("confirmed");
    let session = load(&path).expect("read").session;
    assert_eq!(
        (session.notes.len(), session.polls[0].ballots.len()),
        (1, 1)
    );
}

#[test]
fn a_failed_save_is_reported_kept_and_retried() {
    let dir = temp_dir();
    let folder = dir.path().join("usb-stick");
    std::fs::create_dir(&folder).expect("folder");
    let path = write_session(&folder, "retreat.ron", &session_with_open_ranking_poll());
    let mut document = Document::open(&path, || {}).expect("open");
    // The stick is pulled out: the folder and everything in it disappear.
    std::fs::remove_dir_all(&folder).expect("remove");
    let applied = document.apply(ballot(1)).expect("cast in memory");
    let error = document
        .wait_saved(applied.revision, PATIENCE)
        .expect_err("refused");
    assert!(
        error.contains("cannot save") && error.contains("retreat.ron"),
        "{error}"
    );
    let status = document.save_status().expect("writable");
    assert_eq!(status.error.as_ref().map(ToString::to_string), Some(error));
    assert!(!status.is_saved(applied.revision));

    // The stick is back; Retry writes the ballot that was kept in memory.
    std::fs::create_dir(&folder).expect("folder again");
    document.save_now();
    document
        .wait_saved(applied.revision, PATIENCE)
        .expect("saved on retry");
    assert_eq!(document.save_status().expect("writable").error, None);
    assert_eq!(load(&path).expect("read").session.polls[0].ballots.len(), 1);
}
