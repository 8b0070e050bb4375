//! Another thread (the phones' voting server) applies ballots through the open document: each
//! is on disk before the thread hears so, with no frame drawn, and the app sees it at its next
//! refresh, outside the facilitator's undo history.

use std::time::Duration;

use plaza::model::{Ballot, Edit, Marks, Note, NoteKind, now};
use plaza::store::{Document, load};

use crate::support::{session_with_open_ranking_poll, temp_dir, write_session};

fn ranking_ballot(session: &plaza::model::Session, id: &str) -> Edit {
    Edit::CastBallot {
        poll: "poll".into(),
        ballot: Ballot {
            id: id.into(),
            cast: now(),
            marks: Marks::Ranking(session.framework.value_ids()),
            source: plaza::model::BallotSource::Booth,
        },
    }
}

#[test]
fn ballots_from_another_thread_reach_the_disk_without_a_frame_and_stay_out_of_undo() {
    let dir = temp_dir();
    let path = write_session(dir.path(), "retreat.ron", &session_with_open_ranking_poll());
    let mut document = Document::open(&path, || {}).expect("opens");
    let note = Note {
        id: "n1".into(),
        about: plaza::model::About::General,
        group: String::new(),
        kind: NoteKind::Idea,
        text: "Quiet rooms".into(),
        created: now(),
    };
    document
        .apply(Edit::AddNote(note))
        .expect("the facilitator's note");
    let before = document.revision();

    let shared = document.shared();
    let session = document.snapshot();
    let file = path.clone();
    let thread = std::thread::spawn(move || {
        (0..5)
            .map(|n| {
                let applied = shared
                    .apply(ranking_ballot(&session, &format!("phone-{n}")))
                    .expect("a valid ballot is taken");
                shared
                    .wait_saved(applied.revision, Duration::from_secs(10))
                    .expect("on disk");
                // Durable before it is acknowledged: the file already holds it.
                let on_disk = load(&file).expect("loads").session;
                on_disk.polls[0].ballots.len()
            })
            .collect::<Vec<_>>()
    });
    let counts = thread.join().expect("the thread ends");
    assert_eq!(
        counts,
        [1, 2, 3, 4, 5],
        "each ballot on disk before the next"
    );

    assert_eq!(
        document.revision(),
        before,
        "the app's copy waits for its refresh"
    );
    assert!(document.refresh(), "the refresh takes the ballots in");
    assert_eq!(document.session().polls[0].ballots.len(), 5);
    assert_eq!(
        document.undo_label(),
        Some("add note “Quiet rooms”"),
        "a phone's ballot is not the facilitator's to undo"
    );
    document.undo().expect("undone");
    let session = document.session();
    assert!(
        session.notes.is_empty(),
        "undo reverts the facilitator's note"
    );
    assert_eq!(session.polls[0].ballots.len(), 5, "and keeps every ballot");
}

#[test]
fn ballots_arriving_while_a_save_is_written_go_into_the_next_save_together() {
    let dir = temp_dir();
    // A big file makes each save long enough for the rest to queue behind it.
    let mut session = plaza::sample::large_session(6, 5_000, 0);
    let open = session_with_open_ranking_poll().polls.remove(0);
    session.polls = vec![open];
    let path = write_session(dir.path(), "big.ron", &session);
    let document = Document::open(&path, || {}).expect("opens");
    let shared = document.shared();
    let ballots = 100;
    let threads: Vec<_> = (0..ballots)
        .map(|n| {
            let shared = shared.clone();
            let session = document.snapshot();
            std::thread::spawn(move || {
                let applied = shared
                    .apply(ranking_ballot(&session, &format!("phone-{n}")))
                    .expect("taken");
                shared
                    .wait_saved(applied.revision, Duration::from_secs(60))
                    .expect("on disk");
            })
        })
        .collect();
    for thread in threads {
        thread.join().expect("the thread ends");
    }
    let saves = shared.save_status().expect("writable").saves;
    assert!(
        (1..=10).contains(&saves),
        "{ballots} ballots took {saves} saves"
    );
    let on_disk = load(&path).expect("loads").session;
    assert_eq!(on_disk.polls[0].ballots.len(), ballots);
}

#[test]
fn undoing_open_voting_after_phones_voted_is_refused_and_keeps_their_ballots() {
    let dir = temp_dir();
    let mut session = session_with_open_ranking_poll();
    session.polls[0].status = plaza::model::PollStatus::Draft;
    let path = write_session(dir.path(), "retreat.ron", &session);
    let mut document = Document::open(&path, || {}).expect("opens");
    document
        .apply(Edit::SetPollStatus {
            poll: "poll".into(),
            status: plaza::model::PollStatus::Open,
        })
        .expect("voting opens");
    let snapshot = document.snapshot();
    document
        .shared()
        .apply(ranking_ballot(&snapshot, "phone-1"))
        .expect("a phone votes");
    document.refresh();
    let refused = document.undo();
    assert_eq!(refused, Err(plaza::model::EditError::HasBallots));
    let session = document.session();
    assert_eq!(session.polls[0].status, plaza::model::PollStatus::Open);
    assert_eq!(
        session.polls[0].ballots.len(),
        1,
        "the phone's ballot stays"
    );
    assert_eq!(document.undo_label(), Some("open poll “Rank the values”"));
}
