//! Polls on what the room said: a poll's choices may be notes or action items as well as the
//! framework's items, with the same rules and results, shown by their own words; such a
//! session is format version 2, and validation names a choice that is gone.

use plaza::model::{
    About, Ballot, ChoiceKind, Edit, Editor, Marks, Note, NoteKind, Poll, PollMethod, PollStatus,
    Score, new_id, now, poll_results, validate,
};
use plaza::store::{decode, encode};

use crate::support::{dots, fresh_session};

fn idea(id: &str, text: &str) -> Note {
    Note {
        id: id.into(),
        about: About::Item("compassion".into()),
        group: "Table 2".into(),
        kind: NoteKind::Idea,
        text: text.into(),
        created: now(),
    }
}

/// An editor with three ideas and an open dot poll on them.
fn voting_on_ideas() -> Editor {
    let mut editor = Editor::new(fresh_session());
    for (id, text) in [
        ("idea-a", "Protect an hour a week for team huddles"),
        ("idea-b", "Pair new nurses with a mentor"),
        ("idea-c", "Ask patients what compassion looks like"),
    ] {
        editor
            .apply(Edit::AddNote(idea(id, text)))
            .expect("an idea");
    }
    let poll = Poll::draft(
        "ideas".into(),
        "Which ideas first?".into(),
        vec!["idea-a".into(), "idea-b".into(), "idea-c".into()],
        PollMethod::Dots {
            per_person: 3,
            per_item: 2,
        },
    );
    editor.apply(Edit::AddPoll(poll)).expect("a poll on notes");
    editor
        .apply(Edit::SetPollStatus {
            poll: "ideas".into(),
            status: PollStatus::Open,
        })
        .expect("open");
    editor
}

fn cast(editor: &mut Editor, marks: Marks) {
    editor
        .apply(Edit::CastBallot {
            poll: "ideas".into(),
            ballot: Ballot {
                id: new_id(),
                cast: now(),
                marks,
                source: plaza::model::BallotSource::Booth,
            },
        })
        .expect("a ballot");
}

#[test]
fn dots_on_notes_count_as_on_items_and_show_the_notes_words() {
    let mut editor = voting_on_ideas();
    cast(&mut editor, dots(&[("idea-b", 2), ("idea-a", 1)]));
    cast(&mut editor, dots(&[("idea-b", 1), ("idea-c", 2)]));
    // Hand-counted: b 3, c 2, a 1.
    let session = editor.session();
    let results = poll_results(&session.polls[0]);
    let rows: Vec<(&str, u64)> = results
        .rows
        .iter()
        .map(|row| match row.score {
            Score::Total(total) => (row.item.as_str(), total),
            ref other => panic!("dots give totals: {other:?}"),
        })
        .collect();
    assert_eq!(rows, [("idea-b", 3), ("idea-c", 2), ("idea-a", 1)]);
    assert_eq!(
        session.item_label("idea-b"),
        "Pair new nurses with a mentor"
    );
    assert_eq!(session.choice_kind("idea-b"), Some(ChoiceKind::Note));
    assert_eq!(session.choice_kind("compassion"), Some(ChoiceKind::Item));

    // The cap holds for notes as for items.
    let refused = editor.apply(Edit::CastBallot {
        poll: "ideas".into(),
        ballot: Ballot {
            id: new_id(),
            cast: now(),
            marks: dots(&[("idea-a", 3)]),
            source: plaza::model::BallotSource::Booth,
        },
    });
    assert!(refused.is_err());
}

#[test]
fn a_session_voting_on_notes_is_version_2_and_round_trips() {
    let editor = voting_on_ideas();
    let session = editor.session();
    assert_eq!(session.needed_format_version(), 2);
    let text = encode(session).expect("writes");
    assert!(
        text.starts_with("Session(\n    format_version: 2,"),
        "{text}"
    );
    let mut back = decode(&text).expect("reads");
    back.format_version = session.format_version;
    assert_eq!(&back, session);
}

#[test]
fn a_choice_that_is_nothing_in_the_session_is_refused_and_named_by_validation() {
    let mut editor = voting_on_ideas();
    let poll = Poll::draft(
        new_id(),
        "Which?".into(),
        vec!["no-such-note".into()],
        PollMethod::Ranking,
    );
    assert!(editor.apply(Edit::AddPoll(poll.clone())).is_err());

    let mut session = editor.session().clone();
    session.polls.push(poll);
    let problems: Vec<String> = validate(&session).iter().map(ToString::to_string).collect();
    assert!(
        problems.iter().any(|p| p.contains(
            "\"no-such-note\" is not an item of the framework, a note, an action item or a theme"
        )),
        "{problems:?}"
    );
}

#[test]
fn report_json_says_what_each_choice_is_and_its_words() {
    let mut editor = voting_on_ideas();
    cast(&mut editor, dots(&[("idea-b", 2)]));
    let json = serde_json::to_value(plaza::report::report_json(editor.session())).expect("json");
    let first = &json["polls"][0]["results"][0];
    assert_eq!(first["item"], "idea-b");
    assert_eq!(first["kind"], "note");
    assert_eq!(first["label"], "Pair new nurses with a mentor");
    assert_eq!(first["heading"], "");
    assert_eq!(json["format_version"], 2);
}

#[test]
fn the_results_csv_says_what_each_choice_is_and_its_words() {
    let mut editor = voting_on_ideas();
    cast(&mut editor, dots(&[("idea-b", 2)]));
    let text = plaza::report::csv_table(
        editor.session(),
        plaza::report::Table::Results,
        plaza::words::Words::of(plaza::words::Lang::English),
    )
    .expect("CSV");
    let mut reader = csv::Reader::from_reader(text.as_bytes());
    let headers = reader.headers().expect("headers").clone();
    assert_eq!(
        headers.iter().next_back(),
        Some("item_kind"),
        "the new column comes last"
    );
    let first = reader.records().next().expect("a row").expect("a record");
    let cell = |name: &str| {
        let at = headers.iter().position(|h| h == name).expect("a column");
        first.get(at).unwrap_or_default().to_owned()
    };
    assert_eq!(cell("item"), "idea-b");
    assert_eq!(cell("item_name"), "Pair new nurses with a mentor");
    assert_eq!(cell("item_kind"), "note");
    assert_eq!(cell("total"), "2");
}

#[test]
fn a_note_a_poll_offers_cannot_be_deleted_while_the_poll_is_there() {
    let mut editor = voting_on_ideas();
    let refused = editor.apply(Edit::RemoveNote("idea-a".into()));
    assert_eq!(
        refused.map(|_| ()),
        Err(plaza::model::EditError::OfferedByPoll(
            "Which ideas first?".into()
        ))
    );
    assert!(
        refused_words(&mut editor).contains("delete the poll first"),
        "the reason says what to do"
    );
    editor
        .apply(Edit::RemovePoll("ideas".into()))
        .expect("the poll goes");
    editor
        .apply(Edit::RemoveNote("idea-a".into()))
        .expect("then the note may go");
}

fn refused_words(editor: &mut Editor) -> String {
    editor
        .apply(Edit::RemoveNote("idea-a".into()))
        .err()
        .map(|error| error.to_string())
        .unwrap_or_default()
}
