//! Choosing which notes to group or vote on, as on a file list: a click chooses one note,
//! Ctrl-click adds or takes away one, Shift-click takes the run between; themes are then
//! grouped, added to, renamed, merged, listed alone and emptied, each one undoable step.

use egui::accesskit::Role;
use egui::{Key, Modifiers};
use egui_kittest::Harness;
use egui_kittest::kittest::{NodeT, Queryable};
use plaza::gui::PlazaApp;

use crate::support::{
    click_button, click_label, console_on, fresh_session, open_session, temp_dir, type_note,
    write_session,
};

const IDEAS: [&str; 5] = [
    "Fewer double shifts",
    "Quiet rooms for staff",
    "Protect huddle time",
    "Mentors for new nurses",
    "Ask patients what compassion means",
];

fn console_with_ideas() -> (tempfile::TempDir, Harness<'static, PlazaApp>) {
    let dir = temp_dir();
    let path = write_session(dir.path(), "retreat.ron", &fresh_session());
    let mut harness = console_on(path);
    for idea in IDEAS {
        type_note(&mut harness, idea);
    }
    (dir, harness)
}

/// Clicks the row of the note saying `words` with a real pointer, holding `modifiers`.
fn click_row(harness: &mut Harness<'static, PlazaApp>, words: &str, modifiers: Modifiers) {
    let row = harness
        .query_all_by_label_contains(words)
        .find(|node| node.accesskit_node().role() == Role::Button)
        .unwrap_or_else(|| panic!("a row says “{words}”"));
    row.click_modifiers(modifiers);
    harness.run();
}

/// The ids of the notes saying `words`, in the order they were taken down.
fn ids_of(harness: &Harness<'static, PlazaApp>, words: &[&str]) -> Vec<String> {
    open_session(harness)
        .notes
        .iter()
        .filter(|note| words.contains(&note.text.as_str()))
        .map(|note| note.id.clone())
        .collect()
}

#[test]
fn ctrl_click_and_shift_click_choose_the_notes_a_vote_takes() {
    let (_dir, mut harness) = console_with_ideas();
    harness.get_by_label("Vote on these (5)");

    click_row(&mut harness, IDEAS[0], Modifiers::NONE);
    click_row(&mut harness, IDEAS[2], Modifiers::COMMAND);
    click_row(&mut harness, IDEAS[3], Modifiers::COMMAND);
    harness.get_by_label("· 3 selected");
    // Ctrl-click again takes one away.
    click_row(&mut harness, IDEAS[2], Modifiers::COMMAND);
    harness.get_by_label("· 2 selected");
    click_row(&mut harness, IDEAS[2], Modifiers::COMMAND);

    click_button(&mut harness, "Vote on these (3)");
    let session = open_session(&harness);
    let poll = session.polls.last().expect("a poll was prepared");
    assert_eq!(
        poll.items,
        ids_of(&harness, &[IDEAS[0], IDEAS[2], IDEAS[3]]),
        "the notes selected, in the order they were taken down"
    );

    // Shift-click: the run of notes listed between the last one clicked and this one.
    click_label(&mut harness, "Notes");
    click_row(&mut harness, IDEAS[4], Modifiers::NONE);
    click_row(&mut harness, IDEAS[1], Modifiers::SHIFT);
    harness.get_by_label("· 4 selected");
    harness.get_by_label("Vote on these (4)");
    click_button(&mut harness, "Clear selection");
    harness.get_by_label("Vote on these (5)");
    assert!(harness.query_by_label("· 4 selected").is_none());
}

#[test]
fn themes_are_grouped_added_to_renamed_merged_and_listed_from_the_console() {
    let (_dir, mut harness) = console_with_ideas();
    click_row(&mut harness, IDEAS[0], Modifiers::NONE);
    click_row(&mut harness, IDEAS[1], Modifiers::COMMAND);
    click_button(&mut harness, "Group as theme (2)");
    let title = harness.get_by_role_and_label(Role::TextInput, "Theme");
    title.focus();
    title.type_text("Rest");
    harness.run();
    click_button(&mut harness, "Group 2 notes");
    let session = open_session(&harness);
    assert_eq!(session.themes.len(), 1);
    assert_eq!(session.themes[0].notes, ids_of(&harness, &IDEAS[..2]));

    // Another note joins it through "Add to theme".
    click_row(&mut harness, IDEAS[2], Modifiers::NONE);
    click_row(&mut harness, IDEAS[2], Modifiers::COMMAND);
    harness.get_by_label("· 1 selected");
    click_button(&mut harness, "Add to theme (1)");
    click_button(&mut harness, "Rest");
    let session = open_session(&harness);
    assert_eq!(session.themes[0].notes, ids_of(&harness, &IDEAS[..3]));

    // A second theme, merged into the first.
    click_button(&mut harness, "Clear selection");
    click_row(&mut harness, IDEAS[3], Modifiers::NONE);
    click_row(&mut harness, IDEAS[4], Modifiers::COMMAND);
    click_button(&mut harness, "Group as theme (2)");
    let title = harness.get_by_role_and_label(Role::TextInput, "Theme");
    title.focus();
    title.type_text("Learning");
    harness.run();
    harness.key_press(Key::Enter);
    harness.run();
    assert_eq!(open_session(&harness).themes.len(), 2);

    click_label(&mut harness, "Themes (2)");
    let renames = harness.query_all_by_label("Rename").count();
    assert_eq!(renames, 2, "each theme can be renamed");
    harness
        .query_all_by_label("Rename")
        .next()
        .expect("a Rename button")
        .click_accesskit();
    harness.run();
    let field = harness.get_by_role_and_label(Role::TextInput, "New title");
    field.focus();
    harness.key_press_modifiers(Modifiers::COMMAND, Key::A);
    harness.run();
    let field = harness.get_by_role_and_label(Role::TextInput, "New title");
    field.type_text("Time to rest");
    harness.run();
    click_button(&mut harness, "Save title");
    assert_eq!(open_session(&harness).themes[0].title, "Time to rest");

    // "Learning" merged into "Time to rest": one theme of all five notes.
    harness
        .query_all_by_label("Merge into…")
        .last()
        .expect("a Merge into… button")
        .click_accesskit();
    harness.run();
    click_button(&mut harness, "Time to rest");
    let session = open_session(&harness);
    assert_eq!(session.themes.len(), 1);
    assert_eq!(session.themes[0].notes.len(), 5);
    assert!(
        session.themes[0]
            .notes
            .iter()
            .all(|id| session.note(id).is_some())
    );

    // Each step undoes alone: the merge first.
    harness.key_press_modifiers(Modifiers::COMMAND, Key::Z);
    harness.run();
    let session = open_session(&harness);
    assert_eq!(session.themes.len(), 2, "undo brings the merged theme back");
    assert_eq!(session.themes[1].title, "Learning");

    // Listing one theme alone; a note taken out of it stays a note.
    harness
        .query_all_by_label("List")
        .last()
        .expect("a List button")
        .click_accesskit();
    harness.run();
    harness.get_by_label("Listing theme");
    let listed = |harness: &Harness<'static, PlazaApp>, words: &str| {
        harness
            .query_all_by_label_contains(words)
            .any(|node| node.accesskit_node().role() == Role::Button)
    };
    assert!(listed(&harness, IDEAS[3]) && listed(&harness, IDEAS[4]));
    assert!(
        !listed(&harness, IDEAS[0]),
        "only the theme's notes are listed"
    );
    click_row(&mut harness, IDEAS[4], Modifiers::NONE);
    click_button(&mut harness, "Out of theme");
    let session = open_session(&harness);
    assert_eq!(session.themes[1].notes, ids_of(&harness, &[IDEAS[3]]));
    assert_eq!(session.notes.len(), 5, "no note is lost");
    click_button(&mut harness, "List all notes");
    assert!(listed(&harness, IDEAS[0]));
}
