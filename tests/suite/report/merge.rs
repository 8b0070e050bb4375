//! Merging sessions from several laptops: idempotent, independent of the order of inputs,
//! conflicts kept and reported, ballots over their limits refused, inputs never changed.

use std::collections::BTreeSet;
use std::process::Command;

use plaza::model::{About, Ballot, Edit, Editor, Marks, Note, NoteKind, PollStatus, Session};
use plaza::report::merge;
use plaza::store::load;

use crate::support::{bytes, dots, example, temp_dir, write_session};

/// Everything a merge must keep, as sets: notes, actions and ballots with their content.
fn contents(session: &Session) -> (BTreeSet<String>, BTreeSet<String>, BTreeSet<String>) {
    let notes = session.notes.iter().map(|n| format!("{n:?}")).collect();
    let actions = session.actions.iter().map(|a| format!("{a:?}")).collect();
    let ballots = session
        .polls
        .iter()
        .flat_map(|poll| {
            poll.ballots
                .iter()
                .map(move |b| format!("{} {b:?}", poll.id))
        })
        .collect();
    (notes, actions, ballots)
}

fn note(id: &str, text: &str) -> Note {
    Note {
        id: id.into(),
        about: About::Item("compassion".into()),
        group: "Breakout B".into(),
        kind: NoteKind::Idea,
        text: text.into(),
        created: plaza::model::now(),
    }
}

#[test]
fn merging_a_session_into_itself_changes_nothing() {
    let a = example();
    let merged = merge(&[a.clone(), a.clone()]).expect("merges");
    assert_eq!(merged.session, a);
    assert!(merged.conflicts.is_empty());
    assert!(merged.refused.is_empty());
    assert_eq!(merged.added[0].notes, 0);
}

/// Two laptops started from the same file, each capturing in its own breakout room.
fn breakout() -> (Session, Session) {
    let start = example();
    let open_poll = start.polls[0].id.clone();
    let mut reopened = start.clone();
    reopened.polls[0].status = PollStatus::Open;
    let mut laptop_a = Editor::new(reopened.clone());
    let mut laptop_b = Editor::new(reopened);
    for (editor, room) in [(&mut laptop_a, "A"), (&mut laptop_b, "B")] {
        for n in 0..3 {
            editor
                .apply(Edit::AddNote(note(
                    &plaza::model::new_id(),
                    &format!("Room {room} idea {n}"),
                )))
                .expect("a note");
            editor
                .apply(Edit::CastBallot {
                    poll: open_poll.clone(),
                    ballot: Ballot {
                        id: plaza::model::new_id(),
                        cast: plaza::model::now(),
                        marks: dots(&[("compassion", 1), ("diversity", 2)]),
                        source: plaza::model::BallotSource::Booth,
                    },
                })
                .expect("a ballot");
        }
    }
    (laptop_a.session().clone(), laptop_b.session().clone())
}

#[test]
fn two_breakout_laptops_merge_back_into_one_session() {
    let (a, b) = breakout();
    let start = example();
    let merged = merge(&[a.clone(), b.clone()]).expect("merges");
    assert!(merged.conflicts.is_empty(), "{:?}", merged.conflicts);
    assert!(merged.refused.is_empty(), "{:?}", merged.refused);
    let session = &merged.session;
    assert_eq!(session.notes.len(), start.notes.len() + 6);
    assert_eq!(
        session.polls[0].ballots.len(),
        start.polls[0].ballots.len() + 6
    );
    assert_eq!(merged.added[0].notes, 3);
    assert_eq!(merged.added[0].ballots, 3);
    for room in ["A", "B"] {
        assert!(
            session
                .notes
                .iter()
                .any(|n| n.text == format!("Room {room} idea 2"))
        );
    }
    assert!(plaza::model::validate(session).is_empty());
}

#[test]
fn the_order_of_the_inputs_does_not_change_what_is_kept() {
    let (mut a, mut b) = breakout();
    // And a conflict: the same note edited differently on each laptop.
    let shared = a.notes[0].id.clone();
    a.notes[0].text = "Edited on laptop A".into();
    b.notes[0].text = "Edited on laptop B".into();
    let ab = merge(&[a.clone(), b.clone()]).expect("merges");
    let ba = merge(&[b, a]).expect("merges");
    assert_eq!(contents(&ab.session), contents(&ba.session));
    assert_eq!(ab.conflicts.len(), 1);
    assert_eq!(ba.conflicts.len(), 1);
    // Both versions are kept: one under the old id, the other under an id derived from it.
    let versions: Vec<&Note> = ab
        .session
        .notes
        .iter()
        .filter(|n| n.id.starts_with(&shared))
        .collect();
    assert_eq!(versions.len(), 2);
    let texts: BTreeSet<&str> = versions.iter().map(|n| n.text.as_str()).collect();
    assert_eq!(
        texts,
        BTreeSet::from(["Edited on laptop A", "Edited on laptop B"])
    );
    assert!(ab.conflicts[0].contains(&shared));
    // Merging the result again with either input adds nothing.
    let again = merge(&[ab.session.clone(), ba.session.clone()]).expect("merges");
    assert_eq!(contents(&again.session), contents(&ab.session));
}

#[test]
fn a_ballot_over_its_polls_limits_is_refused_with_a_reason() {
    let a = example();
    let mut b = a.clone();
    b.polls[0].ballots.push(Ballot {
        id: "too-many-dots".into(),
        cast: plaza::model::now(),
        marks: Marks::Dots([("compassion".to_owned(), 2), ("diversity".to_owned(), 2)].into()),
        source: plaza::model::BallotSource::Booth,
    });
    // `plaza merge` refuses a file that breaks the rules, whichever place it is given in.
    for inputs in [[a.clone(), b.clone()], [b.clone(), a.clone()]] {
        match merge(&inputs) {
            Err(plaza::report::MergeError::Invalid { problems, .. }) => assert!(
                problems[0]
                    .to_string()
                    .contains("4 dots but the budget is 3"),
                "{problems:?}"
            ),
            other => panic!("refused, not {other:?}"),
        }
    }
    // Merged into the open session, the rest of the laptop comes in and the ballot is listed.
    let merged = plaza::report::merge_into(&a, &b).expect("merges");
    assert_eq!(
        merged.session.polls[0].ballots.len(),
        a.polls[0].ballots.len()
    );
    assert_eq!(
        merged.added[0].ballots, 0,
        "a refused ballot is not counted as added"
    );
    assert_eq!(merged.refused.len(), 1);
    assert!(
        merged.refused[0].contains("too-many-dots")
            && merged.refused[0].contains("4 dots but the budget is 3"),
        "{}",
        merged.refused[0]
    );
}

#[test]
fn plaza_merge_writes_a_new_file_and_leaves_the_inputs_alone() {
    let dir = temp_dir();
    let (a, b) = breakout();
    let path_a = write_session(dir.path(), "room-a.ron", &a);
    let path_b = write_session(dir.path(), "room-b.ron", &b);
    let (before_a, before_b) = (bytes(&path_a), bytes(&path_b));
    let out = dir.path().join("merged.ron");
    let run = |args: &[&std::ffi::OsStr]| {
        Command::new(env!("CARGO_BIN_EXE_plaza"))
            .arg("merge")
            .args(args)
            .env("HOME", dir.path())
            .output()
            .expect("run plaza")
    };
    let output = run(&[
        path_a.as_os_str(),
        path_b.as_os_str(),
        "-o".as_ref(),
        out.as_os_str(),
    ]);
    assert_eq!(output.status.code(), Some(0), "{output:?}");
    let summary = String::from_utf8_lossy(&output.stdout);
    assert!(
        summary.contains("3 notes, 0 action items, 0 polls and 3 ballots added"),
        "{summary}"
    );
    let merged = load(&out).expect("the merged file loads").session;
    assert_eq!(merged.notes.len(), example().notes.len() + 6);
    assert_eq!((bytes(&path_a), bytes(&path_b)), (before_a, before_b));

    // An existing file is never overwritten.
    let again = run(&[
        path_a.as_os_str(),
        path_b.as_os_str(),
        "-o".as_ref(),
        out.as_os_str(),
    ]);
    assert_eq!(again.status.code(), Some(1));
    assert!(String::from_utf8_lossy(&again.stderr).contains("already exists"));

    // Another organisation's session does not merge.
    let mut other = example();
    other.framework.title = "Another organisation".into();
    other.title = "Their retreat".into();
    let path_other = write_session(dir.path(), "other.ron", &other);
    let refused = run(&[
        path_a.as_os_str(),
        path_other.as_os_str(),
        "-o".as_ref(),
        dir.path().join("nope.ron").as_os_str(),
    ]);
    assert_eq!(refused.status.code(), Some(1));
    assert!(String::from_utf8_lossy(&refused.stderr).contains("different framework"));
    assert!(!dir.path().join("nope.ron").exists());
}

#[test]
fn merging_in_is_one_edit_that_one_undo_reverts() {
    let (a, b) = breakout();
    let merged = merge(&[a.clone(), b]).expect("merges");
    let mut editor = Editor::new(a.clone());
    let edit = Edit::MergeIn {
        from: "laptop-b.ron".into(),
        notes: merged.session.notes.clone(),
        actions: merged.session.actions.clone(),
        themes: merged.session.themes.clone(),
        polls: merged.session.polls.clone(),
    };
    let applied = editor.apply(edit).expect("the merge applies");
    assert_eq!(applied.label, "merge in “laptop-b.ron”");
    assert_eq!(editor.session(), &merged.session);
    editor.undo().expect("undo");
    assert_eq!(
        editor.session(),
        &a,
        "one undo, and the session is as it was"
    );
    editor.redo().expect("redo");
    assert_eq!(editor.session(), &merged.session);
}

#[test]
fn a_merge_that_would_break_a_rule_is_refused() {
    let start = example();
    let mut notes = start.notes.clone();
    let mut stray = note("stray", "About an item nobody has");
    stray.about = About::Item("no-such-value".into());
    notes.push(stray);
    let mut editor = Editor::new(start.clone());
    let refused = editor.apply(Edit::MergeIn {
        from: "odd.ron".into(),
        notes,
        actions: start.actions.clone(),
        themes: start.themes.clone(),
        polls: start.polls.clone(),
    });
    let error = refused.expect_err("refused").to_string();
    assert!(error.contains("no-such-value"), "{error}");
    assert_eq!(editor.session(), &start);
    assert_eq!(editor.undo_label(), None);
}

#[test]
fn a_merge_preview_made_before_a_vote_is_worked_out_again_not_committed() {
    use plaza::gui::desk::merge::MergePlan;
    let (a, b) = breakout();
    let mut editor = Editor::new(a);
    let mut plan =
        MergePlan::new("b.ron".into(), b, editor.session(), editor.revision()).expect("a plan");
    // A vote arrives while the facilitator reads the preview.
    let poll = editor.session().polls[0].id.clone();
    editor
        .apply(Edit::CastBallot {
            poll: poll.clone(),
            ballot: Ballot {
                id: "late-vote".into(),
                cast: plaza::model::now(),
                marks: dots(&[("integrity", 1)]),
                source: plaza::model::BallotSource::Booth,
            },
        })
        .expect("the vote counts");
    assert_eq!(plan.commit(editor.session(), editor.revision()), None);
    assert!(plan.redone, "the preview says it was worked out again");
    let edit = plan
        .commit(editor.session(), editor.revision())
        .expect("the fresh plan commits");
    editor.apply(edit).expect("applies");
    let ballots = &editor.session().polls[0].ballots;
    assert!(
        ballots.iter().any(|ballot| ballot.id == "late-vote"),
        "the vote cast during the preview survives the merge"
    );
}

#[test]
fn a_laptop_merged_twice_keeps_the_ballots_of_its_differently_set_up_poll() {
    let mut a = example();
    a.polls.truncate(1);
    a.polls[0].status = PollStatus::Open;
    a.polls[0].ballots.clear();
    let mut b = a.clone();
    // The same poll, reworded on the breakout laptop before anyone voted: a conflict. The
    // reworded setup sorts second, so it is the copy that gets a new id.
    b.polls[0].question = "Which values need work?".into();
    let vote = |id: &str| Ballot {
        id: id.into(),
        cast: plaza::model::now(),
        marks: dots(&[("compassion", 1)]),
        source: plaza::model::BallotSource::Booth,
    };
    b.polls[0].ballots.push(vote("b-1"));
    let once = merge(&[a.clone(), b.clone()]).expect("merges").session;
    assert_eq!(once.polls.len(), 2, "{:?}", once.polls);

    // The breakout room goes on voting; the laptop is merged in again.
    b.polls[0].ballots.push(vote("b-2"));
    let twice = merge(&[once, b]).expect("merges again");
    let reworded = twice
        .session
        .polls
        .iter()
        .find(|poll| poll.question == "Which values need work?")
        .expect("the breakout poll is kept");
    assert_eq!(
        reworded.ballots.len(),
        2,
        "the ballot cast after the first merge comes in too"
    );
    assert_eq!(twice.added[0].ballots, 1);
    assert_eq!(twice.session.polls.len(), 2);
}

#[test]
fn a_merge_in_that_takes_anything_away_is_refused() {
    let start = example();
    let mut editor = Editor::new(start.clone());
    let mut fewer = start.notes.clone();
    fewer.pop();
    let refused = editor.apply(Edit::MergeIn {
        from: "empty.ron".into(),
        notes: fewer,
        actions: start.actions.clone(),
        themes: start.themes.clone(),
        polls: start.polls.clone(),
    });
    let error = refused.expect_err("refused").to_string();
    assert!(error.contains("only adds"), "{error}");
    let mut polls = start.polls.clone();
    polls[0].ballots.remove(0);
    let refused = editor.apply(Edit::MergeIn {
        from: "odd.ron".into(),
        notes: start.notes.clone(),
        actions: start.actions.clone(),
        themes: start.themes.clone(),
        polls,
    });
    assert!(refused.is_err(), "a ballot may not go");
    assert_eq!(editor.session(), &start);
}

/// One thing a breakout laptop might do to its copy of the session.
#[derive(Debug, Clone)]
enum LaptopChange {
    AddNote(u8),
    RewordNote(u8),
    Vote(u8, u8, u8),
    RewordPoll(u8),
    SetStatus(u8, u8),
    CountHands(u8, u8),
    AddAction(u8),
    ReassignAction(u8),
}

fn laptop_change() -> impl proptest::strategy::Strategy<Value = LaptopChange> {
    use proptest::prelude::*;
    prop_oneof![
        any::<u8>().prop_map(LaptopChange::AddNote),
        any::<u8>().prop_map(LaptopChange::RewordNote),
        (any::<u8>(), any::<u8>(), 0u8..4).prop_map(|(a, b, n)| LaptopChange::Vote(a, b, n)),
        any::<u8>().prop_map(LaptopChange::RewordPoll),
        (any::<u8>(), any::<u8>()).prop_map(|(p, s)| LaptopChange::SetStatus(p, s)),
        (any::<u8>(), any::<u8>()).prop_map(|(i, n)| LaptopChange::CountHands(i, n)),
        any::<u8>().prop_map(LaptopChange::AddAction),
        any::<u8>().prop_map(LaptopChange::ReassignAction),
    ]
}

fn apply_change(session: &mut Session, change: &LaptopChange, n: usize) {
    let values = session.framework.value_ids();
    let pick = |list_len: usize, i: u8| usize::from(i) % list_len.max(1);
    match *change {
        LaptopChange::AddNote(i) => session
            .notes
            .push(note(&format!("laptop-note-{n}"), &format!("Idea {i}"))),
        LaptopChange::RewordNote(i) => {
            let at = pick(session.notes.len(), i);
            if let Some(note) = session.notes.get_mut(at) {
                note.text.push_str(" (reworded)");
            }
        }
        LaptopChange::Vote(..) if session.polls[0].status == PollStatus::Draft => {}
        LaptopChange::Vote(a, b, extra) => {
            let first = values[pick(values.len(), a)].clone();
            let second = values[pick(values.len(), b)].clone();
            let mut marks = std::collections::BTreeMap::new();
            *marks.entry(first).or_insert(0) += 1;
            // Sometimes more dots than the budget or the cap allow: such a ballot is refused.
            *marks.entry(second).or_insert(0) += 1 + u32::from(extra);
            session.polls[0].ballots.push(Ballot {
                id: format!("laptop-ballot-{n}"),
                cast: plaza::model::now(),
                marks: Marks::Dots(marks),
                source: plaza::model::BallotSource::Booth,
            });
        }
        LaptopChange::RewordPoll(p) => {
            let at = pick(session.polls.len(), p);
            session.polls[at].question.push_str(" (breakout)");
        }
        LaptopChange::SetStatus(p, s) => {
            let at = pick(session.polls.len(), p);
            let poll = &mut session.polls[at];
            // A poll with votes never goes back to draft (a file saying so does not open).
            let lowest = usize::from(poll.has_votes());
            let statuses = [
                PollStatus::Draft,
                PollStatus::Open,
                PollStatus::Closed,
                PollStatus::Revealed,
            ];
            poll.status = statuses[lowest + pick(4 - lowest, s)];
        }
        LaptopChange::CountHands(i, count) => {
            if let Some(tally) = session
                .polls
                .iter_mut()
                .find(|poll| poll.method == plaza::model::PollMethod::Tally)
            {
                let item = values[pick(values.len(), i)].clone();
                tally.tally.insert(item, u32::from(count));
            }
        }
        LaptopChange::AddAction(i) => {
            let mut action = session.actions[0].clone();
            action.id = format!("laptop-action-{n}");
            action.text = format!("Follow up {i}");
            session.actions.push(action);
        }
        LaptopChange::ReassignAction(i) => {
            let at = pick(session.actions.len(), i);
            session.actions[at].owner = format!("Owner {i}");
        }
    }
}

proptest::proptest! {
    #![proptest_config(proptest::prelude::ProptestConfig { cases: 200, ..Default::default() })]

    /// Whatever a laptop did, merging it into the open session only adds, the edit is taken,
    /// no valid vote of the laptop is lost, and merging it again adds nothing.
    #[test]
    fn merging_a_laptop_in_only_adds_and_loses_no_valid_vote(
        changes in proptest::collection::vec(laptop_change(), 0..12)
    ) {
        let mut open = example();
        open.polls[0].status = PollStatus::Open;
        let mut laptop = open.clone();
        for (n, change) in changes.iter().enumerate() {
            apply_change(&mut laptop, change, n);
        }
        let merged = plaza::report::merge_into(&open, &laptop).expect("same framework");
        let mut editor = Editor::new(open.clone());
        let edit = Edit::MergeIn {
            from: "laptop.ron".into(),
            notes: merged.session.notes.clone(),
            actions: merged.session.actions.clone(),
            themes: merged.session.themes.clone(),
            polls: merged.session.polls.clone(),
        };
        let applied = editor.apply(edit);
        proptest::prop_assert!(applied.is_ok(), "{:?}", applied);
        for poll in &laptop.polls {
            for ballot in &poll.ballots {
                if plaza::model::check_ballot(poll, &ballot.marks).is_err() {
                    continue;
                }
                let kept = merged.session.polls.iter().flat_map(|p| &p.ballots)
                    .any(|b| b.cast == ballot.cast && b.marks == ballot.marks);
                proptest::prop_assert!(kept, "ballot {} was lost", ballot.id);
            }
        }
        let again = plaza::report::merge_into(&merged.session, &laptop).expect("merges");
        proptest::prop_assert_eq!(again.added[0], plaza::report::Added::default());
        proptest::prop_assert_eq!(&again.session, &merged.session);
    }
}

#[test]
fn ballots_for_a_poll_still_a_draft_here_are_listed_and_the_rest_comes_in() {
    let mut open = example();
    open.polls.truncate(1);
    open.polls[0].status = PollStatus::Draft;
    open.polls[0].ballots.clear();
    // The breakout laptop opened its copy of the poll and voted, and took a note.
    let mut laptop = open.clone();
    laptop.polls[0].status = PollStatus::Open;
    laptop.polls[0].ballots.push(Ballot {
        id: "laptop-vote".into(),
        cast: plaza::model::now(),
        marks: dots(&[("compassion", 1)]),
        source: plaza::model::BallotSource::Booth,
    });
    laptop
        .notes
        .push(note("laptop-note", "From the breakout room"));
    let merged = plaza::report::merge_into(&open, &laptop).expect("merges");
    assert_eq!(merged.added[0].ballots, 0);
    assert_eq!(merged.added[0].notes, 1);
    assert!(
        merged.refused.iter().any(|r| r.contains("still a draft")),
        "{:?}",
        merged.refused
    );
    let mut editor = Editor::new(open);
    editor
        .apply(Edit::MergeIn {
            from: "laptop.ron".into(),
            notes: merged.session.notes.clone(),
            actions: merged.session.actions.clone(),
            themes: merged.session.themes.clone(),
            polls: merged.session.polls.clone(),
        })
        .expect("the merge is taken");
}

/// The id `plaza merge` gives a conflicting copy, worked out here as the format's readers
/// would: 64-bit FNV-1a over the id and the content, each ended by a 0xff byte, cut to 32 bits.
fn derived(id: &str, content: &str) -> String {
    let mut hash: u64 = 0xcbf2_9ce4_8422_2325;
    for part in [id, content] {
        for byte in part.bytes().chain([0xff]) {
            hash ^= u64::from(byte);
            hash = hash.wrapping_mul(0x0000_0100_0000_01b3);
        }
    }
    format!("{id}~{:08x}", hash & 0xffff_ffff)
}

fn note_content(note: &Note) -> String {
    format!(
        "{:?}",
        (
            &note.about,
            &note.group,
            note.kind,
            &note.text,
            note.created
        )
    )
}

#[test]
fn a_crafted_chain_of_ids_ends_in_distinct_ids_whatever_the_order() {
    // One laptop's note loses the id "n" to an earlier version, then every id it is moved to
    // is already held by a version that sorts before it: forty moves in a row.
    let mut a = example();
    a.notes.clear();
    let mut b = a.clone();
    let mut loser = note("n", "zzz: the version that keeps losing");
    b.notes.push(loser.clone());
    let mut first = note("n", "aaa: keeps the id");
    first.created = loser.created;
    a.notes.push(first);
    let mut id = "n".to_owned();
    for round in 0..40 {
        id = derived(&id, &note_content(&loser));
        let mut holder = note(&id, &format!("bbb: holds the id of move {round}"));
        holder.created = loser.created;
        a.notes.push(holder);
        loser.id = id.clone();
        loser.id = "n".into();
    }
    let ab = merge(&[a.clone(), b.clone()]).expect("merges");
    let ba = merge(&[b, a]).expect("merges");
    assert_eq!(contents(&ab.session), contents(&ba.session));
    for merged in [&ab, &ba] {
        assert_eq!(
            plaza::model::validate(&merged.session),
            vec![],
            "ids are distinct"
        );
        assert_eq!(merged.session.notes.len(), 42, "no version is lost");
        assert!(merged.conflicts.len() > 32, "every move is listed");
    }
}
