//! The room votes on its own ideas: the notes listed become a poll's choices, prepared on the
//! Polls tab, and the booth shows each note's words.

use egui::Key;
use egui::accesskit::Role;
use egui_kittest::kittest::Queryable;

use crate::support::{
    click_button, click_label, console_on, fresh_session, open_session, temp_dir, type_note,
    write_session,
};

#[test]
fn the_notes_listed_become_a_poll_that_shows_their_words() {
    let dir = temp_dir();
    let path = write_session(dir.path(), "retreat.ron", &fresh_session());
    let mut harness = console_on(path);
    let ideas = [
        "Protect an hour a week for huddles",
        "Pair new nurses with a mentor",
        "Ask patients what compassion looks like",
    ];
    for idea in ideas {
        type_note(&mut harness, idea);
    }
    click_button(&mut harness, "Vote on these (3)");

    let session = open_session(&harness);
    let poll = session.polls.last().expect("a poll was prepared");
    let words: Vec<&str> = poll.items.iter().map(|id| session.item_label(id)).collect();
    assert_eq!(words, ideas, "the notes, in the order they were taken down");
    assert_eq!(session.needed_format_version(), 2);
    harness.get_by_label("Items on the poll (3)");
    click_label(&mut harness, "Items on the poll (3)");
    harness.get_by_label("Note · Pair new nurses with a mentor");

    click_button(&mut harness, "Open voting");
    harness.key_press(Key::F5);
    harness.run();
    assert!(
        harness
            .query_all_by_label_contains("Pair new nurses with a mentor")
            .count()
            >= 2,
        "the booth shows the note's words"
    );
}

#[test]
fn the_notes_listed_are_grouped_as_a_theme_and_dissolved_again() {
    let dir = temp_dir();
    let path = write_session(dir.path(), "retreat.ron", &fresh_session());
    let mut harness = console_on(path);
    for idea in [
        "Fewer double shifts",
        "Quiet rooms for staff",
        "Protect huddle time",
    ] {
        type_note(&mut harness, idea);
    }
    click_button(&mut harness, "Group as theme (3)");
    let title = harness.get_by_role_and_label(Role::TextInput, "Theme");
    title.focus();
    title.type_text("Time to care");
    harness.run();
    click_button(&mut harness, "Group 3 notes");

    let session = open_session(&harness);
    assert_eq!(session.themes.len(), 1);
    let theme = &session.themes[0];
    assert_eq!(theme.title, "Time to care");
    assert_eq!(
        theme.notes,
        session
            .notes
            .iter()
            .map(|n| n.id.clone())
            .collect::<Vec<_>>()
    );
    click_label(&mut harness, "Themes (1)");
    harness.get_by_label("Time to care");
    click_button(&mut harness, "Dissolve");
    let session = open_session(&harness);
    assert!(session.themes.is_empty());
    assert_eq!(session.notes.len(), 3, "the notes stay");
}
