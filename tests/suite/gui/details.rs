//! The session's details — title, day, venue, facilitators — edited from the console.

use egui::accesskit::Role;
use egui_kittest::Harness;
use egui_kittest::kittest::Queryable;
use plaza::gui::PlazaApp;

use crate::support::{console_on, example, temp_dir, write_session};

/// Replaces what the field labelled `label` holds with `text`, as a person would: select all,
/// type.
fn retype(harness: &mut Harness<'_, PlazaApp>, label: &str, text: &str) {
    harness
        .get_by_role_and_label(Role::TextInput, label)
        .focus();
    harness.run();
    harness.key_press_modifiers(egui::Modifiers::COMMAND, egui::Key::A);
    harness.run();
    harness
        .get_by_role_and_label(Role::TextInput, label)
        .type_text(text);
    harness.run();
}

#[test]
fn the_details_are_edited_in_their_window_and_a_wrong_day_is_said_not_saved() {
    let dir = temp_dir();
    let path = write_session(dir.path(), "retreat.ron", &example());
    let mut harness = console_on(path);
    harness.state_mut().set_reviewing(false);
    harness.run();
    harness.get_by_label("19 November 2026 · Abiquiú · facilitated by A. Facilitator, R. Chavez");
    harness.get_by_label("Details…").click();
    harness.run();

    retype(&mut harness, "Day", "the 20th or so");
    harness.get_by_label("not a date yet");
    harness.get_by_label("Save").click();
    harness.run();
    harness.get_by_label_contains("is not a date. Write it like 2026-11-19");
    let unchanged = harness.state().document().expect("open").session().date;
    assert_eq!(unchanged.to_string(), "2026-11-19", "nothing was saved");

    retype(&mut harness, "Day", "20 November 2026");
    harness.get_by_label("Friday 20 November 2026");
    retype(&mut harness, "Venue", "Santa Fe");
    harness.get_by_label("Save").click();
    harness.run();

    let session = harness.state().document().expect("open").session().clone();
    assert_eq!(session.date.to_string(), "2026-11-20");
    assert_eq!(session.venue, "Santa Fe");
    assert_eq!(session.facilitators, ["A. Facilitator", "R. Chavez"]);
    assert!(
        harness.query_by_label("Session details").is_none(),
        "the window closed"
    );
    harness.get_by_label("20 November 2026 · Santa Fe · facilitated by A. Facilitator, R. Chavez");
    assert!(
        harness.state().undo_label().is_some(),
        "the change can be undone"
    );
}

#[test]
fn enter_saves_the_details_and_an_empty_title_is_refused() {
    let dir = temp_dir();
    let path = write_session(dir.path(), "retreat.ron", &example());
    let mut harness = console_on(path);
    harness.state_mut().set_reviewing(false);
    harness.run();
    harness.get_by_label("Details…").click();
    harness.run();
    retype(&mut harness, "Title", " ");
    harness.key_press(egui::Key::Enter);
    harness.run();
    harness.get_by_label_contains("Give the session a title");
    retype(&mut harness, "Title", "Board retreat");
    harness.key_press(egui::Key::Enter);
    harness.run();
    let session = harness.state().document().expect("open").session().clone();
    assert_eq!(session.title, "Board retreat");
    assert!(harness.query_by_label("Session details").is_none());
    let shown = harness
        .get_by_role_and_label(Role::TextInput, "Session")
        .value();
    assert_eq!(
        shown.as_deref(),
        Some("Board retreat"),
        "the title field follows"
    );
    harness.key_press_modifiers(egui::Modifiers::COMMAND, egui::Key::Z);
    harness.run();
    let shown = harness
        .get_by_role_and_label(Role::TextInput, "Session")
        .value();
    assert_eq!(
        shown.as_deref(),
        Some("Leadership retreat 2026"),
        "and undo too"
    );
}
