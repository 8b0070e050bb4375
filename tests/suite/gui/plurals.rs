//! Counts read as a person says them: "1 note", "1 action item", "1 poll", "1 ballot cast",
//! never "1 notes" or "1 polls"; and the plural from two on.

use egui::Key;
use egui::accesskit::Role;
use egui_kittest::Harness;
use egui_kittest::kittest::Queryable;
use plaza::gui::PlazaApp;

use crate::support::{
    click_button, click_label, console_on, fresh_session, temp_dir, write_session,
};

fn type_into(harness: &mut Harness<'_, PlazaApp>, field: &str, text: &str) {
    let input = harness.get_by_role_and_label(Role::TextInput, field);
    input.focus();
    input.type_text(text);
    harness.run();
}

#[test]
fn one_of_a_thing_is_counted_in_the_singular() {
    let dir = temp_dir();
    let path = write_session(dir.path(), "retreat.ron", &fresh_session());
    let mut harness = console_on(path);
    harness.get_by_label("0 notes");

    type_into(&mut harness, "New note", "Mentoring works");
    harness.key_press(Key::Enter);
    harness.run();
    harness.get_by_label("1 note");
    type_into(&mut harness, "New note", "Budget is thin");
    harness.key_press(Key::Enter);
    harness.run();
    harness.get_by_label("2 notes");

    click_label(&mut harness, "Action items");
    type_into(&mut harness, "What", "Publish the hiring dashboard");
    click_button(&mut harness, "Add action");
    harness.get_by_label("1 action item, 1 still to do");

    click_label(&mut harness, "Polls");
    click_button(&mut harness, "New poll");
    harness.get_by_label("1 poll");
    harness.get_by_label("0 ballots cast");
    assert!(harness.query_by_label_contains("1 polls").is_none());
}
