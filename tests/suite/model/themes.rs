//! Themes: notes grouped under a title, regrouped, renamed, merged and dissolved, each one
//! undoable; a note is in one theme at most; a session with themes is format version 2 and
//! the rules are checked in plain words.

use plaza::model::{
    About, Edit, EditError, Editor, Note, NoteKind, Poll, PollMethod, Session, add_to_theme,
    dissolve_theme, group_as_theme, merge_themes, now, poll_results, rename_theme,
    take_out_of_themes, validate,
};
use plaza::store::{decode, encode};

use crate::support::fresh_session;

fn note(id: &str, about: &str, text: &str) -> Note {
    Note {
        id: id.into(),
        about: About::Item(about.into()),
        group: String::new(),
        kind: NoteKind::Idea,
        text: text.into(),
        created: now(),
    }
}

/// Five ideas: three about compassion, two about diversity.
fn editor() -> Editor {
    let mut editor = Editor::new(fresh_session());
    for (id, about, text) in [
        ("n1", "compassion", "Protect an hour for huddles"),
        ("n2", "compassion", "Fewer double shifts"),
        ("n3", "compassion", "Quiet rooms for staff"),
        ("n4", "diversity", "Mentors for first-generation students"),
        ("n5", "diversity", "Publish hiring data"),
    ] {
        editor
            .apply(Edit::AddNote(note(id, about, text)))
            .expect("a note");
    }
    editor
}

fn ids(list: &[&str]) -> Vec<String> {
    list.iter().map(|id| (*id).to_owned()).collect()
}

fn themes(editor: &Editor) -> Vec<(String, Vec<String>)> {
    editor
        .session()
        .themes
        .iter()
        .map(|theme| (theme.title.clone(), theme.notes.clone()))
        .collect()
}

#[test]
fn notes_are_grouped_regrouped_renamed_merged_and_dissolved_each_with_one_undo() {
    let mut editor = editor();
    let start = editor.session().clone();
    let (edit, time) = group_as_theme(
        editor.session(),
        "Protect time for care",
        &ids(&["n1", "n2"]),
    );
    let applied = editor.apply(edit).expect("grouped");
    assert_eq!(applied.label, "group 2 notes as “Protect time for care”");
    assert_eq!(
        editor.session().theme(&time).expect("there").about,
        About::Item("compassion".into()),
        "its notes agree on what they are about"
    );

    let (edit, hiring) = group_as_theme(editor.session(), "Hiring", &ids(&["n4", "n5", "n2"]));
    editor.apply(edit).expect("grouped again");
    assert_eq!(
        themes(&editor),
        [
            ("Protect time for care".to_owned(), ids(&["n1"])),
            ("Hiring".to_owned(), ids(&["n4", "n5", "n2"])),
        ],
        "n2 left its first theme: a note is in one theme at most"
    );
    assert_eq!(
        editor.session().theme(&hiring).expect("there").about,
        About::General
    );

    let edit = add_to_theme(editor.session(), &time, &ids(&["n2", "n3"])).expect("there");
    editor.apply(edit).expect("added");
    let edit = rename_theme(editor.session(), &time, "Time to care").expect("there");
    editor.apply(edit).expect("renamed");
    let edit = take_out_of_themes(editor.session(), &ids(&["n5"]));
    editor.apply(edit).expect("taken out");
    assert_eq!(
        themes(&editor),
        [
            ("Time to care".to_owned(), ids(&["n1", "n2", "n3"])),
            ("Hiring".to_owned(), ids(&["n4"])),
        ]
    );

    let edit = merge_themes(editor.session(), &time, &hiring).expect("both there");
    editor.apply(edit).expect("merged");
    assert_eq!(
        themes(&editor),
        [("Time to care".to_owned(), ids(&["n1", "n2", "n3", "n4"]))]
    );
    let edit = dissolve_theme(editor.session(), &time).expect("there");
    editor.apply(edit).expect("dissolved");
    assert!(editor.session().themes.is_empty());
    assert_eq!(
        editor.session().notes,
        start.notes,
        "no note was lost on the way"
    );

    // Each step undoes on its own, back to the start.
    for _ in 0..7 {
        editor.undo().expect("an undo");
    }
    assert_eq!(editor.session(), &start);
}

#[test]
fn a_theme_can_be_voted_on_and_its_notes_cannot_be_deleted_while_grouped() {
    let mut editor = editor();
    let (edit, theme) = group_as_theme(editor.session(), "Time to care", &ids(&["n1", "n2"]));
    editor.apply(edit).expect("grouped");
    assert_eq!(
        editor.apply(Edit::RemoveNote("n1".into())).map(|_| ()),
        Err(EditError::InTheme("Time to care".into()))
    );
    let poll = Poll::draft(
        "p".into(),
        "Which first?".into(),
        vec![theme.clone(), "n4".into()],
        PollMethod::Ranking,
    );
    editor
        .apply(Edit::AddPoll(poll))
        .expect("a poll on a theme and a note");
    assert_eq!(editor.session().item_label(&theme), "Time to care");
    let rows = poll_results(&editor.session().polls[0]).rows;
    assert!(rows.iter().any(|row| row.item == theme));
    let dissolve = dissolve_theme(editor.session(), &theme).expect("there");
    assert!(
        editor.apply(dissolve).is_err(),
        "a theme a poll offers stays while the poll does"
    );
}

#[test]
fn a_session_with_themes_is_version_2_and_round_trips_and_without_them_is_version_1() {
    let mut editor = editor();
    assert_eq!(editor.session().needed_format_version(), 1);
    let (edit, _) = group_as_theme(editor.session(), "Time to care", &ids(&["n1", "n2"]));
    editor.apply(edit).expect("grouped");
    let session: &Session = editor.session();
    assert_eq!(session.format_version, 2);
    let text = encode(session).expect("writes");
    assert!(text.contains("themes: [") && text.contains("format_version: 2,"));
    assert_eq!(&decode(&text).expect("reads"), session);

    editor.undo();
    let text = encode(editor.session()).expect("writes");
    assert!(text.contains("format_version: 1,") && !text.contains("themes"));
}

#[test]
fn broken_themes_are_named_in_plain_words() {
    let mut editor = editor();
    let (edit, _) = group_as_theme(editor.session(), "Time to care", &ids(&["n1", "n2"]));
    editor.apply(edit).expect("grouped");
    let mut session = editor.session().clone();
    let mut second = session.themes[0].clone();
    second.id = "other".into();
    second.title = "Again".into();
    second.notes = ids(&["n2", "ghost"]);
    session.themes.push(second);
    let problems: Vec<String> = validate(&session).iter().map(ToString::to_string).collect();
    assert!(
        problems
            .iter()
            .any(|p| p.contains("theme \"Again\"")
                && p.contains("its note n2 is in another theme too")),
        "{problems:?}"
    );
    assert!(
        problems
            .iter()
            .any(|p| p.contains("its note ghost does not exist")),
        "{problems:?}"
    );
    let (twice, _) = group_as_theme(editor.session(), "", &ids(&["n3"]));
    assert_eq!(editor.apply(twice).map(|_| ()), Err(EditError::EmptyText));
}
