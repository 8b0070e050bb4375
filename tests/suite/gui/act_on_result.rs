//! From a revealed result to what the room will do: a choice starts an action item, its words
//! and what it is about filled in, for the facilitator to finish and add.

use egui::accesskit::Role;
use egui_kittest::Harness;
use egui_kittest::kittest::{NodeT, Queryable};
use plaza::gui::PlazaApp;
use plaza::model::About;

use crate::support::{
    at_console, click_button, click_label, example, open_session, temp_dir, write_session,
};

#[test]
fn the_winning_choice_of_a_revealed_poll_starts_an_action_item_about_it() {
    let dir = temp_dir();
    let path = write_session(dir.path(), "retreat.ron", &example());
    let mut harness: Harness<'static, PlazaApp> = Harness::builder()
        .with_size(egui::vec2(1280.0, 900.0))
        .with_max_steps(64)
        .build_eframe(move |_cc| at_console(plaza::store::Document::open(&path, || {})));
    harness.run();
    click_label(&mut harness, "Polls");
    click_label(
        &mut harness,
        "Which values need the most attention next year?",
    );
    assert_eq!(act_on_the_winner(&mut harness), "DIVERSITY");
    let before = open_session(&harness).actions.len();
    click_button(&mut harness, "Add action");
    let session = open_session(&harness);
    assert_eq!(session.actions.len(), before + 1);
    let made = session.actions.last().expect("the new action");
    assert_eq!(made.text, "DIVERSITY");
    assert_eq!(made.about, About::Item("diversity".into()));
}

/// Opens "Make an action item from a result" on the poll in view and starts one from its first
/// place; returns the words the action form's "What" was filled with.
pub(super) fn act_on_the_winner(harness: &mut Harness<'_, PlazaApp>) -> String {
    click_label(harness, "Make an action item from a result");
    harness
        .get_all_by_role_and_label(Role::Button, "Make an action item")
        .next()
        .expect("the first place's button")
        .click_accesskit();
    harness.run();
    let what = harness.get_by_role_and_label(Role::TextInput, "What");
    what.accesskit_node().value().unwrap_or_default()
}
