//! A session another Plaza holds opens read-only: the console says so in one line, greys out
//! what cannot change, keeps presenting, and offers a copy to work on.

use egui::accesskit::Role;
use egui_kittest::Harness;
use egui_kittest::kittest::{NodeT, Queryable};
use plaza::gui::PlazaApp;
use plaza::store::Document;

use crate::support::{at_console, example, temp_dir, write_session};

fn disabled(harness: &Harness<'_, PlazaApp>, role: Role, label: &str) -> bool {
    harness
        .get_by_role_and_label(role, label)
        .accesskit_node()
        .is_disabled()
}

#[test]
fn a_read_only_console_says_why_greys_out_changes_and_still_presents() {
    let dir = temp_dir();
    let path = write_session(dir.path(), "retreat.ron", &example());
    let holder = Document::open(&path, || {}).expect("another Plaza holds it");
    let opened = path.clone();
    let mut harness = Harness::builder()
        .with_size(egui::vec2(1280.0, 800.0))
        .build_eframe(move |_cc| at_console(Document::open(&opened, || {})));
    harness.run();

    harness.get_by_label("Read-only");
    harness.get_by_label_contains("another Plaza has it open (process");
    assert!(!disabled(&harness, Role::Button, "Save a copy as…"));
    assert!(disabled(&harness, Role::TextInput, "Session"), "the title");
    assert!(disabled(&harness, Role::Button, "Details…"));
    assert!(disabled(&harness, Role::TextInput, "New note"));
    assert!(
        !disabled(&harness, Role::TextInput, "Find"),
        "notes can still be looked through"
    );

    harness.get_by_label("Action items").click();
    harness.run();
    assert!(disabled(&harness, Role::Button, "Add action"));
    harness.get_by_label("Polls").click();
    harness.run();
    assert!(disabled(&harness, Role::Button, "New poll"));

    // Presenting changes nothing in the file: it goes on.
    harness.key_press(egui::Key::PageDown);
    harness.run();
    assert_ne!(
        harness.state().slide(),
        &plaza::gui::room::deck::Slide::Title
    );
    drop(holder);
}
