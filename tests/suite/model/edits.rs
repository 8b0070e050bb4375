//! Every change goes through one place that checks the rules, and undo puts things back.

use std::collections::BTreeMap;

use crate::support::dots;
use chrono::NaiveDate;
use plaza::model::{
    About, Ballot, BallotError, Edit, EditError, Editor, Marks, Note, NoteKind, Poll, PollMethod,
    PollStatus, Session, SettingsError, Urgency, new_id, now,
};
use plaza::store::default_framework;

fn editor() -> Editor {
    let date = NaiveDate::from_ymd_opt(2026, 11, 26).expect("a date");
    Editor::new(Session::new("Retreat", date, default_framework()))
}

fn note(text: &str, about: &str) -> Note {
    Note {
        id: new_id(),
        about: About::Item(about.into()),
        group: "Table 3".into(),
        kind: NoteKind::Strength,
        text: text.into(),
        created: now(),
    }
}

fn values() -> Vec<String> {
    default_framework().value_ids()
}

/// An editor with one open poll of `method` on the six values; returns the poll's id.
fn open_poll(editor: &mut Editor, method: PollMethod) -> String {
    let poll = Poll::draft(new_id(), "Which values?".into(), values(), method);
    let id = poll.id.clone();
    editor.apply(Edit::AddPoll(poll)).expect("add poll");
    editor
        .apply(Edit::SetPollStatus {
            poll: id.clone(),
            status: PollStatus::Open,
        })
        .expect("open");
    id
}

fn cast(editor: &mut Editor, poll: &str, marks: Marks) -> Result<String, EditError> {
    let ballot = Ballot {
        id: new_id(),
        cast: now(),
        marks,
        source: plaza::model::BallotSource::Booth,
    };
    let id = ballot.id.clone();
    editor
        .apply(Edit::CastBallot {
            poll: poll.into(),
            ballot,
        })
        .map(|_| id)
}

#[test]
fn dot_ballots_respect_budget_and_cap() {
    let mut editor = editor();
    let poll = open_poll(
        &mut editor,
        PollMethod::Dots {
            per_person: 3,
            per_item: 2,
        },
    );
    cast(
        &mut editor,
        &poll,
        dots(&[("compassion", 2), ("diversity", 1)]),
    )
    .expect("3 dots within the cap");
    cast(&mut editor, &poll, dots(&[("integrity", 1)])).expect("fewer dots than the budget");

    let over_budget = cast(
        &mut editor,
        &poll,
        dots(&[("compassion", 2), ("diversity", 2)]),
    )
    .expect_err("refused");
    assert_eq!(
        over_budget,
        EditError::Ballot(BallotError::OverBudget {
            given: 4,
            budget: 3
        })
    );
    assert_eq!(
        over_budget.to_string(),
        "ballot refused: 4 dots but the budget is 3"
    );

    let over_cap = cast(&mut editor, &poll, dots(&[("compassion", 3)])).expect_err("refused");
    assert_eq!(
        over_cap.to_string(),
        "ballot refused: 3 dots on \"compassion\" but at most 2 may go on one item"
    );

    let not_on_poll = cast(&mut editor, &poll, dots(&[("vision-1", 1)])).expect_err("refused");
    assert_eq!(
        not_on_poll,
        EditError::Ballot(BallotError::NotOnPoll("vision-1".into()))
    );
    assert_eq!(
        cast(&mut editor, &poll, dots(&[])).expect_err("refused"),
        EditError::Ballot(BallotError::Empty)
    );
    assert_eq!(
        editor.session().polls[0].ballots.len(),
        2,
        "refused ballots are not recorded"
    );
}

#[test]
fn ratings_must_be_on_the_scale_and_rankings_must_not_repeat() {
    let mut editor = editor();
    let rating = open_poll(&mut editor, PollMethod::default_rating());
    let scores = |pairs: &[(&str, i32)]| {
        Marks::Ratings(pairs.iter().map(|&(i, n)| (i.to_owned(), n)).collect())
    };
    cast(
        &mut editor,
        &rating,
        scores(&[("compassion", 5), ("diversity", 1)]),
    )
    .expect("on the scale, partial");
    let off = cast(&mut editor, &rating, scores(&[("compassion", 6)])).expect_err("refused");
    assert_eq!(
        off.to_string(),
        "ballot refused: 6 for \"compassion\" is off the scale 1–5"
    );
    assert!(cast(&mut editor, &rating, scores(&[("compassion", 0)])).is_err());

    let ranking = open_poll(&mut editor, PollMethod::Ranking);
    let order = |items: &[&str]| Marks::Ranking(items.iter().map(|i| i.to_string()).collect());
    cast(&mut editor, &ranking, order(&["diversity", "compassion"])).expect("a partial ranking");
    let twice =
        cast(&mut editor, &ranking, order(&["diversity", "diversity"])).expect_err("refused");
    assert_eq!(
        twice,
        EditError::Ballot(BallotError::RankedTwice("diversity".into()))
    );
    let wrong = cast(&mut editor, &ranking, dots(&[("diversity", 1)])).expect_err("refused");
    assert_eq!(
        wrong.to_string(),
        "ballot refused: this is a ranking poll but the ballot holds dots"
    );
}

#[test]
fn tally_polls_take_typed_counts_not_ballots() {
    let mut editor = editor();
    let poll = Poll::draft(new_id(), "Hands up".into(), values(), PollMethod::Tally);
    let id = poll.id.clone();
    editor.apply(Edit::AddPoll(poll)).expect("add");
    let early = editor.apply(Edit::SetTally {
        poll: id.clone(),
        item: "compassion".into(),
        count: 12,
    });
    assert_eq!(early.expect_err("refused"), EditError::TallyWhileDraft);
    editor
        .apply(Edit::SetPollStatus {
            poll: id.clone(),
            status: PollStatus::Open,
        })
        .expect("open");
    editor
        .apply(Edit::SetTally {
            poll: id.clone(),
            item: "compassion".into(),
            count: 12,
        })
        .expect("count");
    editor
        .apply(Edit::SetTally {
            poll: id.clone(),
            item: "integrity".into(),
            count: 7,
        })
        .expect("count");
    assert!(
        editor
            .apply(Edit::SetTally {
                poll: id.clone(),
                item: "vision-2".into(),
                count: 1
            })
            .is_err()
    );
    assert_eq!(
        cast(&mut editor, &id, dots(&[("compassion", 1)])).expect_err("refused"),
        EditError::Ballot(BallotError::TallyTakesNoBallots)
    );
    editor
        .apply(Edit::SetTally {
            poll: id.clone(),
            item: "integrity".into(),
            count: 0,
        })
        .expect("clear");
    assert_eq!(
        editor.session().polls[0].tally,
        BTreeMap::from([("compassion".to_owned(), 12)])
    );
}

#[test]
fn polls_go_draft_open_closed_revealed_and_one_step_back() {
    let mut editor = editor();
    let poll = Poll::draft(new_id(), "Q".into(), values(), PollMethod::default_dots());
    let id = poll.id.clone();
    editor.apply(Edit::AddPoll(poll)).expect("add");
    let mut set = |status| {
        editor.apply(Edit::SetPollStatus {
            poll: id.clone(),
            status,
        })
    };
    assert_eq!(
        set(PollStatus::Closed).expect_err("refused").to_string(),
        "a poll cannot go from draft to closed"
    );
    assert!(set(PollStatus::Revealed).is_err());
    set(PollStatus::Open).expect("open");
    set(PollStatus::Draft).expect("back to draft while empty");
    set(PollStatus::Open).expect("open again");
    set(PollStatus::Closed).expect("close");
    set(PollStatus::Open).expect("reopen");
    set(PollStatus::Closed).expect("close");
    set(PollStatus::Revealed).expect("reveal");
    // Once the room has seen results, no way leads back to voting.
    for status in [PollStatus::Open, PollStatus::Closed, PollStatus::Draft] {
        assert_eq!(
            set(status).expect_err("refused"),
            EditError::BadTransition {
                from: "revealed",
                to: status.key()
            }
        );
    }
}

#[test]
fn ballots_only_while_open_and_an_open_poll_with_ballots_stays_out_of_draft() {
    let mut editor = editor();
    let poll = Poll::draft(new_id(), "Q".into(), values(), PollMethod::default_dots());
    let id = poll.id.clone();
    editor.apply(Edit::AddPoll(poll)).expect("add");
    assert_eq!(
        cast(&mut editor, &id, dots(&[("compassion", 1)])).expect_err("refused"),
        EditError::PollNotOpen { status: "draft" }
    );
    editor
        .apply(Edit::SetPollStatus {
            poll: id.clone(),
            status: PollStatus::Open,
        })
        .expect("open");
    cast(&mut editor, &id, dots(&[("compassion", 1)])).expect("cast");
    let back = editor.apply(Edit::SetPollStatus {
        poll: id.clone(),
        status: PollStatus::Draft,
    });
    assert_eq!(back.expect_err("refused"), EditError::HasBallots);
    editor
        .apply(Edit::SetPollStatus {
            poll: id.clone(),
            status: PollStatus::Closed,
        })
        .expect("close");
    assert_eq!(
        cast(&mut editor, &id, dots(&[("compassion", 1)])).expect_err("refused"),
        EditError::PollNotOpen { status: "closed" }
    );
}

#[test]
fn poll_settings_are_checked_and_frozen_once_votes_are_in_except_a_budget_raise() {
    let mut editor = editor();
    let bad_cap = Poll::draft(
        new_id(),
        "Q".into(),
        values(),
        PollMethod::Dots {
            per_person: 2,
            per_item: 3,
        },
    );
    assert_eq!(
        editor.apply(Edit::AddPoll(bad_cap)).expect_err("refused"),
        EditError::Settings(SettingsError::BadCap { budget: 2, cap: 3 })
    );
    let zero_cap = Poll::draft(
        new_id(),
        "Q".into(),
        values(),
        PollMethod::Dots {
            per_person: 2,
            per_item: 0,
        },
    );
    assert!(editor.apply(Edit::AddPoll(zero_cap)).is_err());
    let bad_scale = Poll::draft(
        new_id(),
        "Q".into(),
        values(),
        PollMethod::Rating {
            min: 5,
            max: 1,
            low: String::new(),
            high: String::new(),
        },
    );
    assert!(editor.apply(Edit::AddPoll(bad_scale)).is_err());
    let unknown_item = Poll::draft(
        new_id(),
        "Q".into(),
        vec!["kindness".into()],
        PollMethod::Ranking,
    );
    assert_eq!(
        editor
            .apply(Edit::AddPoll(unknown_item))
            .expect_err("refused"),
        EditError::NoSuchItem("kindness".into())
    );
    let no_items = Poll::draft(new_id(), "Q".into(), vec![], PollMethod::Ranking);
    assert_eq!(
        editor.apply(Edit::AddPoll(no_items)).expect_err("refused"),
        EditError::Settings(SettingsError::NoItems)
    );

    let id = open_poll(
        &mut editor,
        PollMethod::Dots {
            per_person: 3,
            per_item: 2,
        },
    );
    let update = |items: Vec<String>, per_person, per_item| Edit::UpdatePoll {
        id: id.clone(),
        question: "Which values matter most?".into(),
        items,
        method: PollMethod::Dots {
            per_person,
            per_item,
        },
    };
    editor
        .apply(update(values()[..4].to_vec(), 3, 2))
        .expect("no votes yet: anything goes");
    editor
        .apply(update(values(), 3, 2))
        .expect("back to six items");
    cast(
        &mut editor,
        &id,
        dots(&[("compassion", 2), ("diversity", 1)]),
    )
    .expect("cast");
    assert_eq!(
        editor
            .apply(update(values()[..4].to_vec(), 3, 2))
            .expect_err("refused"),
        EditError::SettingsLocked
    );
    assert_eq!(
        editor.apply(update(values(), 2, 2)).expect_err("refused"),
        EditError::SettingsLocked,
        "lowering the budget"
    );
    assert_eq!(
        editor.apply(update(values(), 5, 3)).expect_err("refused"),
        EditError::SettingsLocked,
        "changing the cap"
    );
    editor
        .apply(update(values(), 5, 2))
        .expect("raising the budget");
    let poll = &editor.session().polls[0];
    assert_eq!(
        poll.method,
        PollMethod::Dots {
            per_person: 5,
            per_item: 2
        }
    );
    assert_eq!(poll.question, "Which values matter most?");
}

#[test]
fn a_refused_edit_changes_nothing() {
    let mut editor = editor();
    editor
        .apply(Edit::AddNote(note(
            "Night-shift nurses stay late",
            "compassion",
        )))
        .expect("add");
    let before = editor.session().clone();
    let revision = editor.revision();
    assert_eq!(
        editor
            .apply(Edit::AddNote(note("About nothing", "kindness")))
            .expect_err("refused"),
        EditError::NoSuchItem("kindness".into())
    );
    assert_eq!(
        editor
            .apply(Edit::AddNote(note("   ", "compassion")))
            .expect_err("refused"),
        EditError::EmptyText
    );
    assert_eq!(
        editor
            .apply(Edit::RemoveNote("nope".into()))
            .expect_err("refused"),
        EditError::NoSuchNote("nope".into())
    );
    let duplicate = editor.session().notes[0].clone();
    assert_eq!(
        editor
            .apply(Edit::AddNote(duplicate.clone()))
            .expect_err("refused"),
        EditError::DuplicateId(duplicate.id)
    );
    assert_eq!(editor.session(), &before);
    assert_eq!(editor.revision(), revision);
    assert_eq!(
        editor.undo_label(),
        Some("add note “Night-shift nurses stay late”")
    );
}

#[test]
fn undo_and_redo_put_notes_back_where_they_were() {
    let mut editor = editor();
    for text in ["first", "second", "third"] {
        editor
            .apply(Edit::AddNote(note(text, "diversity")))
            .expect("add");
    }
    let second = editor.session().notes[1].id.clone();
    let applied = editor
        .apply(Edit::RemoveNote(second.clone()))
        .expect("delete");
    assert_eq!(applied.label, "delete note “second”");
    assert_eq!(applied.urgency, Urgency::Now);
    assert_eq!(editor.undo_label(), Some("delete note “second”"));
    let texts = |editor: &Editor| {
        editor
            .session()
            .notes
            .iter()
            .map(|n| n.text.clone())
            .collect::<Vec<_>>()
    };
    assert_eq!(texts(&editor), ["first", "third"]);
    editor.undo().expect("undo");
    assert_eq!(texts(&editor), ["first", "second", "third"]);
    assert_eq!(editor.session().notes[1].id, second);
    assert_eq!(editor.redo_label(), Some("delete note “second”"));
    editor.redo().expect("redo");
    assert_eq!(texts(&editor), ["first", "third"]);

    let mut moved = editor.session().notes[0].clone();
    moved.about = About::ParkingLot;
    moved.text = "first, edited".into();
    editor.apply(Edit::UpdateNote(moved)).expect("edit");
    editor.undo().expect("undo the edit");
    assert_eq!(
        editor.session().notes[0].about,
        About::Item("diversity".into())
    );
    assert_eq!(editor.session().notes[0].text, "first");
    assert!(editor.redo_label().is_some());
    editor
        .apply(Edit::AddNote(note("fourth", "integrity")))
        .expect("add");
    assert_eq!(
        editor.redo_label(),
        None,
        "a new change forgets what was undone"
    );
}

#[test]
fn a_ballot_cast_by_mistake_can_be_undone_even_after_the_poll_closed() {
    let mut editor = editor();
    let id = open_poll(&mut editor, PollMethod::default_dots());
    cast(&mut editor, &id, dots(&[("compassion", 1)])).expect("cast");
    let mistake = cast(&mut editor, &id, dots(&[("integrity", 2)])).expect("cast");
    assert_eq!(editor.undo_label(), Some("ballot on “Which values?”"));
    editor.undo().expect("undo the ballot");
    assert_eq!(editor.session().polls[0].ballots.len(), 1);

    editor.redo().expect("redo");
    editor
        .apply(Edit::SetPollStatus {
            poll: id.clone(),
            status: PollStatus::Closed,
        })
        .expect("close");
    editor
        .apply(Edit::RemoveBallot {
            poll: id.clone(),
            ballot: mistake.clone(),
        })
        .expect("remove on a closed poll");
    assert_eq!(editor.session().polls[0].ballots.len(), 1);
    editor.undo().expect("undo the removal");
    assert_eq!(
        editor.session().polls[0].ballots[1].id,
        mistake,
        "back in its place"
    );
    editor.undo().expect("undo the close");
    assert_eq!(editor.session().polls[0].status, PollStatus::Open);
}

#[test]
fn votes_and_poll_states_are_saved_at_once_and_typing_soon() {
    let mut editor = editor();
    assert_eq!(
        editor
            .apply(Edit::AddNote(note("a note", "integrity")))
            .expect("add")
            .urgency,
        Urgency::Soon
    );
    let id = open_poll(&mut editor, PollMethod::default_dots());
    let applied = editor
        .apply(Edit::CastBallot {
            poll: id,
            ballot: Ballot {
                id: new_id(),
                cast: now(),
                marks: dots(&[("compassion", 1)]),
                source: plaza::model::BallotSource::Booth,
            },
        })
        .expect("cast");
    assert_eq!(applied.urgency, Urgency::Now);
    assert_eq!(
        editor.undo().expect("undo").urgency,
        Urgency::Now,
        "undoing a ballot is saved at once too"
    );
}

#[test]
fn undoing_everything_returns_the_session_exactly_and_redoing_everything_returns_the_end() {
    let mut editor = editor();
    let start = editor.session().clone();
    let date = NaiveDate::from_ymd_opt(2027, 1, 15).expect("a date");
    let details = Edit::SetDetails {
        title: "Board retreat".into(),
        date,
        venue: "Taos".into(),
        facilitators: vec!["R. Chavez".into()],
    };
    editor.apply(details).expect("details");
    editor
        .apply(Edit::AddNote(note("kept", "compassion")))
        .expect("note");
    let gone = note("deleted", "vision-3");
    editor.apply(Edit::AddNote(gone.clone())).expect("note");
    editor.apply(Edit::RemoveNote(gone.id)).expect("delete");
    let action = plaza::model::Action {
        id: new_id(),
        about: About::General,
        text: "Share the report".into(),
        owner: String::new(),
        due: None,
        done: false,
        created: now(),
    };
    editor
        .apply(Edit::AddAction(action.clone()))
        .expect("action");
    let done = plaza::model::Action {
        done: true,
        owner: "Facilitator".into(),
        ..action.clone()
    };
    editor.apply(Edit::UpdateAction(done)).expect("done");
    let dots_poll = open_poll(&mut editor, PollMethod::default_dots());
    cast(&mut editor, &dots_poll, dots(&[("compassion", 2)])).expect("cast");
    let raise = Edit::UpdatePoll {
        id: dots_poll.clone(),
        question: "Raised".into(),
        items: values(),
        method: PollMethod::Dots {
            per_person: 5,
            per_item: 2,
        },
    };
    editor.apply(raise).expect("raise");
    let tally = Poll::draft(new_id(), "Hands".into(), values(), PollMethod::Tally);
    let tally_id = tally.id.clone();
    editor.apply(Edit::AddPoll(tally)).expect("tally");
    editor
        .apply(Edit::SetPollStatus {
            poll: tally_id.clone(),
            status: PollStatus::Open,
        })
        .expect("open");
    editor
        .apply(Edit::SetTally {
            poll: tally_id.clone(),
            item: "diversity".into(),
            count: 9,
        })
        .expect("count");
    editor
        .apply(Edit::RemovePoll(dots_poll))
        .expect("remove poll");
    editor
        .apply(Edit::RemoveAction(action.id))
        .expect("remove action");
    let end = editor.session().clone();

    let mut undone = 0;
    while editor.undo().is_some() {
        undone += 1;
    }
    assert_eq!(editor.session(), &start, "every change undone");
    assert_eq!(undone, 15);
    while editor.redo().is_some() {}
    assert_eq!(editor.session(), &end, "every change redone");
}

#[test]
fn undo_puts_back_what_a_broken_file_held() {
    // A file from elsewhere: a note about an item this framework lacks, and a poll whose ballot
    // breaks its budget. Deleting them is allowed; undo must bring them back as they were.
    let mut session = editor().session().clone();
    let mut stray = note("About an old value", "compassion");
    stray.about = About::Item("kindness".into());
    session.notes.push(stray.clone());
    let mut poll = Poll::draft(
        "old-poll".into(),
        "Old".into(),
        values(),
        PollMethod::default_dots(),
    );
    poll.status = PollStatus::Closed;
    poll.ballots.push(Ballot {
        id: "b".into(),
        cast: now(),
        marks: dots(&[("compassion", 2), ("diversity", 2)]),
        source: plaza::model::BallotSource::Booth,
    });
    session.polls.push(poll);
    let before = session.clone();
    let mut editor = Editor::new(session);
    editor
        .apply(Edit::RemoveNote(stray.id))
        .expect("delete the stray note");
    editor
        .apply(Edit::RemovePoll("old-poll".into()))
        .expect("delete the old poll");
    editor.undo().expect("undo the poll");
    editor.undo().expect("undo the note");
    assert_eq!(editor.session(), &before);
}

#[test]
fn new_things_need_an_id() {
    let mut editor = editor();
    let mut unnamed = note("text", "integrity");
    unnamed.id = " ".into();
    assert_eq!(
        editor.apply(Edit::AddNote(unnamed)).expect_err("refused"),
        EditError::EmptyId
    );
}
