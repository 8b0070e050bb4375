//! The framework editor on the console: an item's words changed in place (the slides follow,
//! the id stays, Ctrl+Z takes it back), and an item with notes removed only after a yes.

use egui::accesskit::Role;
use egui::{Key, Modifiers};
use egui_kittest::Harness;
use egui_kittest::kittest::{NodeT, Queryable};
use plaza::gui::PlazaApp;
use plaza::model::{About, Session};

use crate::support::{at_console, click_button, click_label, example, temp_dir, write_session};

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

fn session(harness: &Harness<'_, PlazaApp>) -> Session {
    harness
        .state()
        .document()
        .expect("a session")
        .session()
        .clone()
}

#[test]
fn an_items_heading_is_changed_in_place_and_undone() {
    let (_dir, mut harness) = console(&example());
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

    let item = session(&harness)
        .framework
        .item("compassion")
        .cloned()
        .expect("the same id");
    assert_eq!(item.heading, "CARE");
    harness.get_by_label_contains(". CARE");
    assert_eq!(
        harness.state().undo_label().as_deref(),
        Some("Undo: edit “COMPASSION”")
    );

    harness.key_press_modifiers(Modifiers::COMMAND, Key::Z);
    harness.run();
    assert_eq!(
        session(&harness)
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
        session(&harness).framework.item("diversity").is_some(),
        "not yet"
    );

    click_button(&mut harness, "Remove it");
    let after = session(&harness);
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
}
