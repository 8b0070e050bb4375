//! Results of polls whose choices are themes and notes, counted by hand for every method; and
//! the rules of a poll (dot budget and cap, rating scale, a ranking's places) refusing a note's
//! ballot in the same words as an item's.

use std::collections::BTreeMap;

use plaza::model::{
    About, Ballot, ChoiceKind, Edit, Editor, Marks, Note, NoteKind, Poll, PollMethod, PollStatus,
    ResultRow, Score, group_as_theme, now, poll_results,
};

use crate::support::{dots, fresh_session};

/// An editor with six ideas, the first four grouped in two themes.
fn ideas_in_themes() -> Editor {
    let mut editor = Editor::new(fresh_session());
    let ideas = [
        "Protect fifteen minutes a week for care teams to debrief",
        "Fewer double shifts for nurses on the night rota",
        "Pair first-generation students with faculty mentors from the first week",
        "Open the leadership academy to nurses, technicians and staff",
        "Publish a one-page scorecard each quarter that anyone can read",
        "Hold two town halls a year in rural clinics",
    ];
    for (n, text) in ideas.into_iter().enumerate() {
        editor
            .apply(Edit::AddNote(Note {
                id: format!("n{}", n + 1),
                about: About::Item("compassion".into()),
                group: "Table 2".into(),
                kind: NoteKind::Idea,
                text: text.into(),
                created: now(),
            }))
            .expect("an idea");
    }
    for (title, notes) in [
        ("Time to care", ["n1", "n2"]),
        ("Growing our own", ["n3", "n4"]),
    ] {
        let notes: Vec<String> = notes.iter().map(|id| id.to_string()).collect();
        let (edit, _) = group_as_theme(editor.session(), title, &notes);
        editor.apply(edit).expect("a theme");
    }
    editor
}

/// The choices: the two themes, then the two notes in no theme.
fn choices(editor: &Editor) -> Vec<String> {
    let session = editor.session();
    let mut ids: Vec<String> = session.themes.iter().map(|t| t.id.clone()).collect();
    ids.extend(["n5".to_string(), "n6".to_string()]);
    ids
}

/// Adds an open poll `id` of `method` on `items`.
fn open_poll(editor: &mut Editor, id: &str, items: Vec<String>, method: PollMethod) {
    let poll = Poll::draft(id.into(), "Which first?".into(), items, method);
    editor.apply(Edit::AddPoll(poll)).expect("a poll");
    editor
        .apply(Edit::SetPollStatus {
            poll: id.into(),
            status: PollStatus::Open,
        })
        .expect("open");
}

/// Casts `marks` on poll `poll`: `Err` holds the refusal in the words the facilitator reads.
fn cast(editor: &mut Editor, poll: &str, marks: Marks) -> Result<(), String> {
    editor
        .apply(Edit::CastBallot {
            poll: poll.into(),
            ballot: Ballot {
                id: plaza::model::new_id(),
                cast: now(),
                marks,
                source: plaza::model::BallotSource::Booth,
            },
        })
        .map(|_| ())
        .map_err(|error| error.to_string())
}

fn ratings(pairs: &[(&str, i32)]) -> Marks {
    Marks::Ratings(pairs.iter().map(|&(id, n)| (id.to_owned(), n)).collect())
}

fn ranking(order: &[&str]) -> Marks {
    Marks::Ranking(order.iter().map(|id| id.to_string()).collect())
}

/// (choice's words, rank) in result order.
fn placed<'a>(editor: &'a Editor, rows: &'a [ResultRow]) -> Vec<(&'a str, usize)> {
    rows.iter()
        .map(|row| (editor.session().item_label(&row.item), row.rank))
        .collect()
}

#[test]
fn dots_on_themes_and_notes_are_summed_with_ties_sharing_a_rank() {
    let mut editor = ideas_in_themes();
    let items = choices(&editor);
    let (care, growing) = (items[0].clone(), items[1].clone());
    let (care, growing) = (care.as_str(), growing.as_str());
    let method = PollMethod::Dots {
        per_person: 4,
        per_item: 3,
    };
    open_poll(&mut editor, "dots", items, method);
    for marks in [
        dots(&[(care, 3), ("n5", 1)]),
        dots(&[(growing, 2), ("n5", 2)]),
        dots(&[(care, 1), ("n6", 3)]),
    ] {
        cast(&mut editor, "dots", marks).expect("a ballot within the rules");
    }
    // By hand: Time to care 3 + 1 = 4; n5 1 + 2 = 3; n6 3; Growing our own 2.
    let results = poll_results(&editor.session().polls[0]);
    assert_eq!(results.ballots, 3);
    assert_eq!(
        placed(&editor, &results.rows),
        [
            ("Time to care", 1),
            (
                "Publish a one-page scorecard each quarter that anyone can read",
                2
            ),
            ("Hold two town halls a year in rural clinics", 2),
            ("Growing our own", 4),
        ]
    );
    let totals: Vec<&Score> = results.rows.iter().map(|row| &row.score).collect();
    assert_eq!(
        totals,
        [
            &Score::Total(4),
            &Score::Total(3),
            &Score::Total(3),
            &Score::Total(2)
        ]
    );
    assert_eq!(editor.session().choice_kind(care), Some(ChoiceKind::Theme));
}

#[test]
fn ratings_on_themes_and_notes_give_mean_median_and_count() {
    let mut editor = ideas_in_themes();
    let items = choices(&editor);
    let (care, growing) = (items[0].clone(), items[1].clone());
    let (care, growing) = (care.as_str(), growing.as_str());
    open_poll(&mut editor, "rating", items, PollMethod::default_rating());
    for marks in [
        ratings(&[(care, 5), (growing, 3), ("n5", 4)]),
        ratings(&[(care, 4), (growing, 3), ("n5", 2), ("n6", 5)]),
        ratings(&[(care, 3), (growing, 5), ("n6", 1)]),
    ] {
        cast(&mut editor, "rating", marks).expect("a ballot within the rules");
    }
    // By hand: care 5, 4, 3 (mean 4, median 4); growing 3, 3, 5 (mean 11/3, median 3);
    // n5 4, 2 and n6 5, 1 (both mean 3, median 3, two of three ballots): a tie for third.
    let results = poll_results(&editor.session().polls[0]);
    let rows: Vec<(usize, Option<f64>, Option<f64>, u32)> = results
        .rows
        .iter()
        .map(|row| match &row.score {
            Score::Rating {
                mean,
                median,
                count,
                few,
                ..
            } => {
                assert!(!few, "every choice was rated on at least half the ballots");
                (
                    row.rank,
                    mean.map(|m| (m * 1e9).round() / 1e9),
                    *median,
                    *count,
                )
            }
            other => panic!("a rating poll gives ratings: {other:?}"),
        })
        .collect();
    let third = (11.0_f64 / 3.0 * 1e9).round() / 1e9;
    assert_eq!(
        rows,
        [
            (1, Some(4.0), Some(4.0), 3),
            (2, Some(third), Some(3.0), 3),
            (3, Some(3.0), Some(3.0), 2),
            (3, Some(3.0), Some(3.0), 2),
        ]
    );
    let order: Vec<&str> = results.rows.iter().map(|row| row.item.as_str()).collect();
    assert_eq!(order, [care, growing, "n5", "n6"]);
    let Score::Rating { distribution, .. } = &results.rows[1].score else {
        panic!("a rating")
    };
    assert_eq!(
        distribution,
        &BTreeMap::from([(1, 0), (2, 0), (3, 2), (4, 0), (5, 1)])
    );
}

#[test]
fn a_ranking_of_themes_and_notes_counts_borda_points_and_first_choices() {
    let mut editor = ideas_in_themes();
    let items = choices(&editor);
    let (care, growing) = (items[0].clone(), items[1].clone());
    let (care, growing) = (care.as_str(), growing.as_str());
    open_poll(&mut editor, "ranking", items, PollMethod::Ranking);
    for marks in [
        ranking(&["n6", care, growing, "n5"]),
        ranking(&[care, "n6"]),
        ranking(&[care, growing, "n5"]),
    ] {
        cast(&mut editor, "ranking", marks).expect("a ballot, whole or partial");
    }
    // Four choices: 4, 3, 2, 1 points by place, nothing when unranked. Time to care
    // 3 + 4 + 4 = 11 (first twice); n6 4 + 3 = 7 (first once); Growing our own 2 + 3 = 5;
    // n5 1 + 2 = 3.
    let results = poll_results(&editor.session().polls[0]);
    let rows: Vec<(&str, usize, u64, u32)> = results
        .rows
        .iter()
        .map(|row| match row.score {
            Score::Borda {
                points,
                first_choices,
            } => (row.item.as_str(), row.rank, points, first_choices),
            ref other => panic!("a ranking gives Borda points: {other:?}"),
        })
        .collect();
    assert_eq!(
        rows,
        [
            (care, 1, 11, 2),
            ("n6", 2, 7, 1),
            (growing, 3, 5, 0),
            ("n5", 4, 3, 0),
        ]
    );
}

#[test]
fn a_hand_count_on_themes_and_notes_ranks_the_typed_counts() {
    let mut editor = ideas_in_themes();
    let items = choices(&editor);
    let (care, growing) = (items[0].clone(), items[1].clone());
    let (care, growing) = (care.as_str(), growing.as_str());
    open_poll(&mut editor, "hands", items, PollMethod::Tally);
    for (item, count) in [(care, 12), (growing, 7), ("n5", 7)] {
        editor
            .apply(Edit::SetTally {
                poll: "hands".into(),
                item: item.into(),
                count,
            })
            .expect("a count");
    }
    assert_eq!(
        cast(&mut editor, "hands", dots(&[("n5", 1)])),
        Err("ballot refused: a tally poll takes counts from the facilitator, not ballots".into())
    );
    let results = poll_results(&editor.session().polls[0]);
    assert_eq!(results.ballots, 0);
    let rows: Vec<(&str, usize, &Score)> = results
        .rows
        .iter()
        .map(|row| (row.item.as_str(), row.rank, &row.score))
        .collect();
    assert_eq!(
        rows,
        [
            (care, 1, &Score::Total(12)),
            (growing, 2, &Score::Total(7)),
            ("n5", 2, &Score::Total(7)),
            ("n6", 4, &Score::Total(0)),
        ]
    );
}

/// The same refusal for a note and for a framework item: `refuse` gives the refusal when
/// `choice` is on the poll; the note's is the item's with the one id in place of the other.
fn same_refusal(mut refuse: impl FnMut(&mut Editor, &str) -> Result<(), String>) -> String {
    let (note, item) = ("n5", "compassion");
    let mut on_notes = ideas_in_themes();
    let mut on_items = ideas_in_themes();
    let for_note = refuse(&mut on_notes, note).expect_err("refused on a note");
    let for_item = refuse(&mut on_items, item).expect_err("refused on an item");
    assert_eq!(
        for_note,
        for_item.replace(item, note),
        "a note is refused in the words an item is"
    );
    for_note
}

/// An open poll of `method` on `choice` and one other choice of the same kind.
fn poll_with(editor: &mut Editor, choice: &str, method: PollMethod) -> Result<(), String> {
    let other = if choice == "n5" { "n6" } else { "diversity" };
    let poll = Poll::draft(
        "p".into(),
        "Q".into(),
        vec![choice.into(), other.into()],
        method,
    );
    editor
        .apply(Edit::AddPoll(poll))
        .map_err(|error| error.to_string())?;
    editor
        .apply(Edit::SetPollStatus {
            poll: "p".into(),
            status: PollStatus::Open,
        })
        .map(|_| ())
        .map_err(|error| error.to_string())
}

#[test]
fn the_dot_budget_and_cap_refuse_a_note_as_they_refuse_an_item() {
    let method = PollMethod::Dots {
        per_person: 3,
        per_item: 2,
    };
    let over_cap = same_refusal(|editor, choice| {
        poll_with(editor, choice, method.clone())?;
        cast(editor, "p", dots(&[(choice, 3)]))
    });
    assert_eq!(
        over_cap,
        "ballot refused: 3 dots on \"n5\" but at most 2 may go on one item"
    );
    let over_budget = same_refusal(|editor, choice| {
        poll_with(editor, choice, method.clone())?;
        let other = if choice == "n5" { "n6" } else { "diversity" };
        cast(editor, "p", dots(&[(choice, 2), (other, 2)]))
    });
    assert_eq!(over_budget, "ballot refused: 4 dots but the budget is 3");
    let bad_cap = same_refusal(|editor, choice| {
        let method = PollMethod::Dots {
            per_person: 2,
            per_item: 3,
        };
        poll_with(editor, choice, method)
    });
    assert_eq!(
        bad_cap,
        "the per-item cap (3) must be between 1 and the dot budget (2)"
    );
}

#[test]
fn the_rating_scale_refuses_a_note_as_it_refuses_an_item() {
    let off_scale = same_refusal(|editor, choice| {
        poll_with(editor, choice, PollMethod::default_rating())?;
        cast(editor, "p", ratings(&[(choice, 6)]))
    });
    assert_eq!(
        off_scale,
        "ballot refused: 6 for \"n5\" is off the scale 1–5"
    );
    let backwards = same_refusal(|editor, choice| {
        let method = PollMethod::Rating {
            min: 5,
            max: 1,
            low: "Not at all".into(),
            high: "Fully".into(),
        };
        poll_with(editor, choice, method)
    });
    assert!(
        backwards.starts_with("the rating scale 5–1 must run"),
        "{backwards}"
    );
}

#[test]
fn a_ranking_of_notes_may_be_partial_but_not_empty_nor_repeat_a_choice() {
    let mut partial = ideas_in_themes();
    poll_with(&mut partial, "n5", PollMethod::Ranking).expect("a poll on notes");
    cast(&mut partial, "p", ranking(&["n6"])).expect("ranking only some choices counts");

    let empty = same_refusal(|editor, choice| {
        poll_with(editor, choice, PollMethod::Ranking)?;
        cast(editor, "p", ranking(&[]))
    });
    assert_eq!(empty, "ballot refused: the ballot is empty");
    let twice = same_refusal(|editor, choice| {
        poll_with(editor, choice, PollMethod::Ranking)?;
        cast(editor, "p", ranking(&[choice, choice]))
    });
    assert_eq!(twice, "ballot refused: \"n5\" is ranked twice");
    let wrong_kind = same_refusal(|editor, choice| {
        poll_with(editor, choice, PollMethod::Ranking)?;
        cast(editor, "p", ratings(&[(choice, 3)]))
    });
    assert_eq!(
        wrong_kind,
        "ballot refused: this is a ranking poll but the ballot holds ratings"
    );
}
