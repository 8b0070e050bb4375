//! The booth's rules without a screen: what a voter may mark, when a ballot may be cast, and
//! that "thank you" waits for the store.

use plaza::gui::room::booth::{Booth, BoothAction, Phase};
use plaza::model::{Marks, Poll, PollMethod, PollStatus};
use plaza::store::SaveStatus;

fn open_poll(method: PollMethod) -> Poll {
    let mut poll = Poll::draft(
        "poll".into(),
        "Which values?".into(),
        ["a", "b", "c"].map(String::from).to_vec(),
        method,
    );
    poll.status = PollStatus::Open;
    poll
}

fn add(item: &str) -> BoothAction {
    BoothAction::AddDot(item.into())
}

#[test]
fn a_single_dot_used_is_spoken_of_in_the_singular() {
    let poll = open_poll(PollMethod::Dots {
        per_person: 1,
        per_item: 1,
    });
    let mut booth = Booth::new(&poll);
    booth.act(&poll, add("a"));
    booth.act(&poll, add("b"));
    assert_eq!(
        booth
            .message(plaza::words::Words::of(plaza::words::Lang::English))
            .as_deref(),
        Some("Your dot is used. Take it off to move it.")
    );
    assert_eq!(booth.dots_used(), 1);
}

#[test]
fn dots_stop_at_the_cap_and_the_budget_with_a_word_why() {
    let poll = open_poll(PollMethod::Dots {
        per_person: 3,
        per_item: 2,
    });
    let mut booth = Booth::new(&poll);
    assert!(!booth.is_valid(&poll), "an empty ballot cannot be cast");
    booth.act(&poll, add("a"));
    booth.act(&poll, add("a"));
    booth.act(&poll, add("a"));
    assert_eq!(booth.dots_on("a"), 2);
    assert_eq!(
        booth
            .message(plaza::words::Words::of(plaza::words::Lang::English))
            .as_deref(),
        Some("At most 2 dots on one choice.")
    );
    booth.act(&poll, add("b"));
    assert_eq!(
        booth
            .message(plaza::words::Words::of(plaza::words::Lang::English))
            .as_deref(),
        None,
        "the next good tap clears the word"
    );
    booth.act(&poll, add("c"));
    assert_eq!(booth.dots_used(), 3);
    assert_eq!(
        booth
            .message(plaza::words::Words::of(plaza::words::Lang::English))
            .as_deref(),
        Some("All 3 dots are used. Take one off to move it.")
    );
    booth.act(&poll, BoothAction::RemoveDot("a".into()));
    booth.act(&poll, add("c"));
    assert_eq!(
        booth.marks(),
        &Marks::Dots([("a".into(), 1), ("b".into(), 1), ("c".into(), 1)].into())
    );
    assert!(booth.is_valid(&poll));
    booth.act(&poll, add("not-on-the-poll"));
    assert_eq!(booth.dots_used(), 3);
    booth.act(&poll, BoothAction::Clear);
    assert_eq!(booth.dots_used(), 0);
}

#[test]
fn ratings_stay_on_the_scale_and_rankings_never_repeat() {
    let poll = open_poll(PollMethod::default_rating());
    let mut booth = Booth::new(&poll);
    booth.act(&poll, BoothAction::Rate("a".into(), 6));
    booth.act(&poll, BoothAction::Rate("b".into(), 0));
    assert_eq!(booth.rating_of("a"), None, "off the 1–5 scale");
    assert_eq!(booth.rating_of("b"), None);
    booth.act(&poll, BoothAction::Rate("a".into(), 5));
    booth.act(&poll, BoothAction::Rate("a".into(), 4));
    assert_eq!(booth.rating_of("a"), Some(4), "the last score given counts");
    booth.act(&poll, BoothAction::Unrate("a".into()));
    assert_eq!(booth.rating_of("a"), None);

    let poll = open_poll(PollMethod::Ranking);
    let mut booth = Booth::new(&poll);
    for item in ["b", "b", "a"] {
        booth.act(&poll, BoothAction::Pick(item.into()));
    }
    assert_eq!(booth.place_of("b"), Some(1));
    assert_eq!(booth.place_of("a"), Some(2));
    booth.act(&poll, BoothAction::UndoPick);
    assert_eq!(booth.place_of("a"), None);
    assert!(booth.is_valid(&poll), "a partial ranking counts");
}

#[test]
fn thank_you_comes_only_when_the_store_has_the_ballot() {
    let dir = crate::support::temp_dir();
    let session = crate::support::session_with_open_ranking_poll();
    let path = crate::support::write_session(dir.path(), "booth.ron", &session);
    let mut document = plaza::store::Document::open(&path, || {}).expect("it opens");
    let poll = document.session().polls[0].clone();
    let mut booth = Booth::new(&poll);
    assert!(!booth.act(&poll, BoothAction::Cast), "nothing chosen yet");
    assert_eq!(
        booth
            .message(plaza::words::Words::of(plaza::words::Lang::English))
            .as_deref(),
        Some("Make at least one choice first.")
    );
    booth.act(&poll, BoothAction::Pick(poll.items[2].clone()));
    assert!(booth.act(&poll, BoothAction::Cast));
    let revision = crate::support::cast_in_booth(&mut booth, &mut document);
    assert_eq!(booth.phase(), &Phase::Recording { revision });

    // Not yet on disk: still recording. A failed write: not saved, with the reason.
    let mut status = SaveStatus {
        saved_revision: revision - 1,
        wanted_revision: revision,
        ..SaveStatus::default()
    };
    booth.follow(Some(&status), 10.0);
    assert_eq!(booth.phase(), &Phase::Recording { revision });
    status.error = Some("the disk is full".into());
    status.failed_revision = revision;
    booth.follow(Some(&status), 10.0);
    assert_eq!(
        booth.phase(),
        &Phase::NotSaved {
            revision,
            error: "the disk is full".into()
        }
    );
    // Nothing the voter does changes a ballot on its way to the disk.
    booth.act(&poll, BoothAction::NextVoter);
    booth.act(&poll, BoothAction::Clear);
    assert!(matches!(booth.phase(), Phase::NotSaved { .. }));
    status.error = None;
    status.saved_revision = revision;
    booth.follow(Some(&status), 10.0);
    assert_eq!(booth.phase(), &Phase::ThankYou);
    assert!(!booth.ready_for_next(10.5), "the thanks hold for a moment");
    assert!(booth.ready_for_next(11.0));
    booth.act(&poll, BoothAction::NextVoter);
    assert_eq!(booth.phase(), &Phase::Voting);
    assert_eq!(booth.place_of(&poll.items[2]), None, "a fresh ballot");
    document
        .wait_saved(revision, std::time::Duration::from_secs(10))
        .expect("the real store saves it");
}

#[test]
fn a_closed_poll_takes_no_marks() {
    let mut poll = open_poll(PollMethod::Ranking);
    let mut booth = Booth::new(&poll);
    poll.status = PollStatus::Closed;
    booth.act(&poll, BoothAction::Pick("a".into()));
    assert_eq!(booth.place_of("a"), None);
    assert!(!booth.act(&poll, BoothAction::Cast));
}

#[test]
fn take_back_undoes_the_last_choice_whatever_the_method() {
    let poll = open_poll(PollMethod::Dots {
        per_person: 3,
        per_item: 2,
    });
    let mut booth = Booth::new(&poll);
    for item in ["c", "a", "c"] {
        booth.act(&poll, add(item));
    }
    booth.act(&poll, BoothAction::TakeBack);
    assert_eq!(
        (booth.dots_on("a"), booth.dots_on("c")),
        (1, 1),
        "the last dot placed"
    );
    booth.act(&poll, BoothAction::TakeBack);
    assert_eq!((booth.dots_on("a"), booth.dots_on("c")), (0, 1));

    let poll = open_poll(PollMethod::default_rating());
    let mut booth = Booth::new(&poll);
    booth.act(&poll, BoothAction::Rate("c".into(), 2));
    booth.act(&poll, BoothAction::Rate("a".into(), 5));
    booth.act(&poll, BoothAction::TakeBack);
    assert_eq!(
        (booth.rating_of("a"), booth.rating_of("c")),
        (None, Some(2))
    );
}

#[test]
fn a_ballot_being_marked_starts_over_when_the_poll_changes_under_it() {
    let mut poll = open_poll(PollMethod::Dots {
        per_person: 3,
        per_item: 2,
    });
    let mut booth = Booth::new(&poll);
    booth.act(&poll, add("c"));
    poll.items.pop();
    booth.fit(&poll);
    assert_eq!(booth.dots_used(), 0, "no dot left on an item that is gone");
    booth.act(&poll, add("a"));
    poll.question = "Reworded".into();
    booth.fit(&poll);
    assert_eq!(booth.dots_used(), 1, "rewording keeps the marks");
}
