//! The framework editor on the console: an item's words changed in place (the slides follow,
//! the id stays, Ctrl+Z takes it back), and an item with notes removed only after a yes.

use egui::accesskit::Role;
use egui::{Key, Modifiers};
use egui_kittest::Harness;
use egui_kittest::kittest::{NodeT, Queryable};
use plaza::gui::PlazaApp;
use plaza::model::{About, Session};

use crate::support::{
    at_console, click_button, click_label, example, open_session, temp_dir, write_session,
};

fn console(session: &Session) -> (tempfile::TempDir, Harness<'static, PlazaApp>) {
    let dir = temp_dir();
    let path = write_session(dir.path(), "retreat.ron", session);
    let mut harness = Harness::builder()
        .with_size(egui::vec2(1280.0, 800.0))
        .with_max_steps(64)
        .build_eframe(move |_cc| at_console(plaza::store::Document::open(&path, || {})));
    harness.run();
    click_label(&mut harness, "Framework");
    (dir, harness)
}

#[test]
fn an_items_heading_is_changed_in_place_and_undone() {
    let (_dir, mut harness) = console(&example());
    // COMPASSION's slide is up: the preview shows the room's screen.
    for _ in 0..14 {
        harness.key_press(Key::PageDown);
    }
    harness.run();
    assert_eq!(
        harness.state().slide(),
        &plaza::gui::room::deck::Slide::Value("compassion".into())
    );
    click_label(&mut harness, "Framework");
    harness.get_by_label("COMPASSION");
    let field = harness
        .get_all_by_role_and_label(Role::TextInput, "Heading")
        .find(|node| node.accesskit_node().value().as_deref() == Some("COMPASSION"))
        .expect("COMPASSION's heading field");
    field.focus();
    harness.run();
    harness.key_press_modifiers(Modifiers::COMMAND, Key::A);
    harness
        .get_all_by_role_and_label(Role::TextInput, "Heading")
        .find(|node| node.is_focused())
        .expect("the field has the keyboard")
        .type_text("CARE");
    harness.run();
    harness.key_press(Key::Enter);
    harness.run();

    let item = open_session(&harness)
        .framework
        .item("compassion")
        .cloned()
        .expect("the same id");
    assert_eq!(item.heading, "CARE");
    harness.get_by_label_contains(". CARE");
    harness.get_by_label("CARE");
    assert!(
        harness.query_by_label("COMPASSION").is_none(),
        "the room sees the new words"
    );
    assert_eq!(
        harness.state().undo_label().as_deref(),
        Some("Undo: edit “COMPASSION”")
    );

    harness.key_press_modifiers(Modifiers::COMMAND, Key::Z);
    harness.run();
    assert_eq!(
        open_session(&harness)
            .framework
            .item("compassion")
            .expect("there")
            .heading,
        "COMPASSION"
    );
}

#[test]
fn an_item_with_notes_is_removed_only_after_a_yes_and_its_notes_go_to_the_parking_lot() {
    let start = example();
    let notes_on_diversity = start
        .notes
        .iter()
        .filter(|note| note.about == About::Item("diversity".into()))
        .count();
    assert!(notes_on_diversity > 0);
    let (_dir, mut harness) = console(&start);
    let remove = harness
        .get_all_by_role_and_label(Role::Button, "Remove…")
        .nth(2)
        .expect("DIVERSITY's remove button");
    remove.click_accesskit();
    harness.run();
    harness.get_by_label_contains("DIVERSITY has ");
    assert!(
        open_session(&harness).framework.item("diversity").is_some(),
        "not yet"
    );

    click_button(&mut harness, "Remove it");
    let after = open_session(&harness);
    let item = after
        .framework
        .item("diversity")
        .expect("polls used it: retired");
    assert!(item.retired);
    let parked = after
        .notes
        .iter()
        .filter(|note| note.about == About::ParkingLot)
        .count();
    let parked_before = start
        .notes
        .iter()
        .filter(|note| note.about == About::ParkingLot)
        .count();
    assert_eq!(parked, parked_before + notes_on_diversity);
    harness.get_by_label_contains("DIVERSITY: retired");

    harness.key_press_modifiers(Modifiers::COMMAND, Key::Z);
    harness.run();
    let undone = open_session(&harness);
    assert_eq!(undone.framework, start.framework, "undo restores the item");
    assert_eq!(undone.notes, start.notes, "and every note where it was");
    assert_eq!(undone.actions, start.actions);
}

#[test]
fn the_framework_is_kept_as_a_template_and_the_message_says_where() {
    let dir = temp_dir();
    let path = write_session(dir.path(), "retreat.ron", &example());
    let templates = dir.path().join("frameworks");
    let kept = templates.clone();
    let mut harness = Harness::builder()
        .with_size(egui::vec2(1280.0, 800.0))
        .build_eframe(move |_cc| {
            at_console(plaza::store::Document::open(&path, || {})).with_templates(Some(kept))
        });
    harness.run();
    click_label(&mut harness, "Framework");
    click_button(&mut harness, "Save as a template");

    let listed = plaza::store::list_templates(&templates);
    assert_eq!(listed.len(), 1);
    let template = listed[0].as_ref().expect("readable");
    assert_eq!(template.framework, example().framework);
    harness.get_by_label_contains("The framework was saved as a template:");
}

#[test]
fn an_item_moved_down_changes_the_order_of_the_slides() {
    let (_dir, mut harness) = console(&example());
    let first = open_session(&harness).framework.values.items[0].id.clone();
    harness
        .get_all_by_role_and_label(Role::Button, "Move down")
        .find(|node| !node.accesskit_node().is_disabled())
        .expect("the first value's Move down")
        .click_accesskit();
    harness.run();
    let after = open_session(&harness);
    let values: Vec<&str> = after
        .framework
        .values
        .items
        .iter()
        .map(|i| i.id.as_str())
        .collect();
    assert_eq!(values[1], first, "{values:?}");
    let slides = plaza::gui::room::deck::deck(&after);
    let at = |id: &str| {
        slides
            .iter()
            .position(|slide| *slide == plaza::gui::room::deck::Slide::Value(id.into()))
    };
    assert!(at(values[0]) < at(values[1]));
}

#[test]
fn words_typed_then_left_for_another_tab_are_kept() {
    let (_dir, mut harness) = console(&example());
    let field = harness
        .get_all_by_role_and_label(Role::MultilineTextInput, "Text")
        .find(|node| {
            node.accesskit_node().value().as_deref()
                == Some(
                    "in patient care and for the lives and conditions of all New Mexico's people",
                )
        })
        .expect("COMPASSION's text field");
    field.focus();
    harness.run();
    harness.key_press(Key::End);
    harness
        .get_all_by_role_and_label(Role::MultilineTextInput, "Text")
        .find(|node| node.is_focused())
        .expect("focused")
        .type_text(", every day");
    harness.run();
    click_label(&mut harness, "Notes");
    let item = open_session(&harness)
        .framework
        .item("compassion")
        .cloned()
        .expect("there");
    assert!(item.text.ends_with("people, every day"), "{}", item.text);
}

#[test]
fn removing_the_item_on_screen_moves_the_room_to_the_next_slide_not_the_title() {
    let (_dir, mut harness) = console(&example());
    for _ in 0..14 {
        harness.key_press(Key::PageDown);
    }
    harness.run();
    let on_screen = plaza::gui::room::deck::Slide::Value("compassion".into());
    assert_eq!(harness.state().slide(), &on_screen);
    // The editor stays open while the slides move.
    harness.get_by_label("Save as a template");
    harness
        .get_all_by_role_and_label(Role::Button, "Remove…")
        .nth(1)
        .expect("COMPASSION's remove button")
        .click_accesskit();
    harness.run();
    click_button(&mut harness, "Remove it");
    assert_eq!(
        harness.state().slide(),
        &plaza::gui::room::deck::Slide::Value("diversity".into()),
        "the slide that took its place"
    );
}

#[test]
fn a_section_with_no_items_has_no_slide() {
    let mut session = example();
    session.framework.vision.items.clear();
    let slides = plaza::gui::room::deck::deck(&session);
    assert!(!slides.contains(&plaza::gui::room::deck::Slide::Vision));
    assert!(slides.contains(&plaza::gui::room::deck::Slide::Mission));
}
