//! Editing the framework: words change and ids stay; an item removed takes nothing with it
//! (its notes go to the parking lot, its actions to general); one a poll used is retired; every
//! change is one undo.

use plaza::model::{
    About, Action, Edit, EditError, Editor, Note, NoteKind, Poll, PollMethod, SectionKind,
    add_item, item_use, move_item, new_id, now, poll_results, remove_item, set_item_words,
    set_section_label,
};

use crate::support::fresh_session;

fn editor_with_a_note_and_an_action_on(id: &str) -> Editor {
    let mut editor = Editor::new(fresh_session());
    let about = About::Item(id.into());
    editor
        .apply(Edit::AddNote(Note {
            id: "n1".into(),
            about: about.clone(),
            group: "Table 3".into(),
            kind: NoteKind::Concern,
            text: "Burnout".into(),
            created: now(),
        }))
        .expect("a note");
    editor
        .apply(Edit::AddAction(Action {
            id: "a1".into(),
            about,
            text: "Hire two nurses".into(),
            owner: String::new(),
            due: None,
            done: false,
            created: now(),
        }))
        .expect("an action");
    editor
}

#[test]
fn words_change_and_the_id_stays_and_undo_puts_them_back() {
    let mut editor = editor_with_a_note_and_an_action_on("compassion");
    let edit = set_item_words(editor.session(), "compassion", "CARE", "for every patient")
        .expect("the item is there");
    let applied = editor.apply(edit).expect("applied");
    assert_eq!(applied.label, "edit “COMPASSION”");
    let item = editor
        .session()
        .framework
        .item("compassion")
        .expect("same id");
    assert_eq!(
        (item.heading.as_str(), item.text.as_str()),
        ("CARE", "for every patient")
    );
    assert_eq!(
        editor.session().notes[0].about,
        About::Item("compassion".into())
    );
    editor.undo();
    assert_eq!(
        editor
            .session()
            .framework
            .item("compassion")
            .expect("back")
            .heading,
        "COMPASSION"
    );
}

#[test]
fn a_removed_item_sends_its_notes_to_the_parking_lot_and_undo_brings_all_back() {
    let mut editor = editor_with_a_note_and_an_action_on("diversity");
    let before = editor.session().clone();
    assert_eq!(item_use(&before, "diversity").notes, 1);
    let edit = remove_item(&before, "diversity").expect("there");
    editor.apply(edit).expect("applied");
    let session = editor.session();
    assert!(
        session.framework.item("diversity").is_none(),
        "no poll used it: gone"
    );
    assert_eq!(session.notes[0].about, About::ParkingLot);
    assert_eq!(session.actions[0].about, About::General);
    editor.undo();
    assert_eq!(editor.session(), &before, "one undo, everything back");
}

#[test]
fn an_item_a_poll_used_is_retired_and_its_results_still_name_it() {
    let mut editor = Editor::new(fresh_session());
    let values = editor.session().framework.value_ids();
    editor
        .apply(Edit::AddPoll(Poll::draft(
            new_id(),
            "Which values?".into(),
            values,
            PollMethod::Ranking,
        )))
        .expect("a poll");
    let edit = remove_item(editor.session(), "diversity").expect("there");
    let applied = editor.apply(edit).expect("applied");
    assert_eq!(applied.label, "retire “DIVERSITY”");
    let session = editor.session();
    let item = session.framework.item("diversity").expect("still there");
    assert!(item.retired);
    assert!(
        !session
            .framework
            .value_ids()
            .contains(&"diversity".to_owned())
    );
    assert_eq!(session.needed_format_version(), 2);
    let results = poll_results(&session.polls[0]);
    assert!(results.rows.iter().any(|row| row.item == "diversity"));
    assert_eq!(session.item_label("diversity"), "DIVERSITY");
}

#[test]
fn items_are_added_with_ids_of_their_own_and_moved_within_their_section() {
    let mut editor = Editor::new(fresh_session());
    let (edit, first) = add_item(editor.session(), SectionKind::Values);
    editor.apply(edit).expect("added");
    let (edit, second) = add_item(editor.session(), SectionKind::Values);
    editor.apply(edit).expect("added");
    assert_ne!(first, second);
    let values = editor.session().framework.value_ids();
    assert_eq!(values[values.len() - 2..], [first.clone(), second.clone()]);

    let edit = move_item(editor.session(), &second, -1).expect("can move up");
    editor.apply(edit).expect("moved");
    let values = editor.session().framework.value_ids();
    assert_eq!(values[values.len() - 2..], [second.clone(), first.clone()]);
    assert!(
        move_item(editor.session(), &first, 1).is_none(),
        "already last"
    );
    let top = &editor.session().framework.values.items[0].id.clone();
    assert!(
        move_item(editor.session(), top, -1).is_none(),
        "already first"
    );
}

#[test]
fn a_label_makes_the_framework_speak_the_organisations_words() {
    let mut editor = Editor::new(fresh_session());
    let edit = set_section_label(editor.session(), SectionKind::Values, "Guiding principles");
    editor.apply(edit).expect("labelled");
    assert_eq!(
        editor.session().framework.section_name(SectionKind::Values),
        "Guiding principles"
    );
    let edit = set_section_label(editor.session(), SectionKind::Values, "  ");
    editor.apply(edit).expect("unlabelled");
    assert_eq!(editor.session().framework.values.label, None);
    assert_eq!(editor.session().needed_format_version(), 1);
}

#[test]
fn a_framework_change_cannot_lose_a_note_or_take_a_reserved_or_doubled_id() {
    let mut editor = editor_with_a_note_and_an_action_on("compassion");
    let session = editor.session().clone();
    let mut framework = session.framework.clone();
    framework.values.items[0].id = "general".into();
    let reserved = Edit::SetFramework {
        what: "x".into(),
        framework: Box::new(framework),
        notes: session.notes.clone(),
        actions: session.actions.clone(),
    };
    assert_eq!(
        editor.apply(reserved),
        Err(EditError::DuplicateId("general".into()))
    );
    let dropped = Edit::SetFramework {
        what: "x".into(),
        framework: Box::new(session.framework.clone()),
        notes: Vec::new(),
        actions: session.actions.clone(),
    };
    assert_eq!(editor.apply(dropped), Err(EditError::FrameworkLoses));
    let mut framework = session.framework.clone();
    framework
        .values
        .items
        .retain(|item| item.id != "compassion");
    let dangling = Edit::SetFramework {
        what: "x".into(),
        framework: Box::new(framework),
        notes: session.notes.clone(),
        actions: session.actions.clone(),
    };
    assert_eq!(
        editor.apply(dangling),
        Err(EditError::NoSuchItem("compassion".into()))
    );
    assert_eq!(editor.session(), &session);
}
