//! The framework editor on a translation: a Spanish word typed into one field is one edit, and
//! a Spanish statement pasted in fills every field, or is refused with the counts.

use egui::accesskit::Role;
use egui_kittest::Harness;
use egui_kittest::kittest::{NodeT, Queryable};
use plaza::gui::PlazaApp;
use plaza::model::{Framework, SectionKind, Session};

use super::spanish_framework::with_spanish;
use crate::support::{at_console, click_label, example, open_session, temp_dir, write_session};

fn editor_in_spanish(session: &Session) -> (tempfile::TempDir, Harness<'static, PlazaApp>) {
    let dir = temp_dir();
    let path = write_session(dir.path(), "retreat.ron", session);
    let mut harness = Harness::builder()
        .with_size(egui::vec2(1280.0, 800.0))
        .with_max_steps(64)
        .build_eframe(move |_cc| at_console(plaza::store::Document::open(&path, || {})));
    harness.run();
    click_label(&mut harness, "Framework");
    click_label(&mut harness, "In Spanish");
    (dir, harness)
}

/// The framework's Spanish written out as an organisation would, bullets under each intro.
fn spanish_statement(framework: &Framework) -> String {
    let mut text = format!("{}\n\n", framework.title_in("es"));
    for kind in SectionKind::ALL {
        let section = framework.section(kind);
        text.push_str(section.intro_in("es"));
        text.push('\n');
        for item in section.items_in_use() {
            text.push_str(&format!("  • {}\n", item.full_text_in("es")));
        }
        text.push('\n');
    }
    text
}

fn paste(harness: &mut Harness<'static, PlazaApp>, statement: &str) {
    if harness
        .query_by_label("Import as the translation")
        .is_none()
    {
        click_label(harness, "Paste the statement in Spanish…");
    }
    // The paste box comes first, above the fields.
    harness
        .get_all_by_role(Role::MultilineTextInput)
        .next()
        .expect("the paste box")
        .focus();
    harness.run();
    // What was pasted before (and refused) is still there, to be put right or replaced.
    harness.key_press_modifiers(egui::Modifiers::COMMAND, egui::Key::A);
    harness
        .get_all_by_role(Role::MultilineTextInput)
        .next()
        .expect("the paste box")
        .type_text(statement);
    harness.run();
    click_label(harness, "Import as the translation");
}

#[test]
fn a_spanish_heading_typed_in_is_the_items_translation_and_the_own_words_stay() {
    let (_dir, mut harness) = editor_in_spanish(&example());
    // The values are open; the second value is COMPASSION, its own words the field's hint.
    let field = harness
        .get_all_by_role_and_label(Role::TextInput, "Heading")
        .nth(1)
        .expect("COMPASSION's heading field");
    assert_eq!(field.accesskit_node().placeholder(), Some("COMPASSION"));
    field.focus();
    harness.run();
    harness
        .get_all_by_role_and_label(Role::TextInput, "Heading")
        .find(|node| node.is_focused())
        .expect("the field has the keyboard")
        .type_text("COMPASIÓN");
    harness.run();
    harness.key_press(egui::Key::Enter);
    harness.run();
    let item = open_session(&harness)
        .framework
        .item("compassion")
        .cloned()
        .expect("compassion");
    assert_eq!(item.heading_in("es"), "COMPASIÓN");
    assert_eq!(item.heading, "COMPASSION");
    assert_eq!(
        harness.state().undo_label().as_deref(),
        Some("Undo: translate COMPASSION (es)")
    );
}

#[test]
fn a_spanish_statement_pasted_in_fills_every_field_and_one_undo_takes_it_back() {
    let mut translated = example();
    with_spanish(&mut translated);
    let statement = spanish_statement(&translated.framework);
    let (_dir, mut harness) = editor_in_spanish(&example());

    // One value short: refused, with the counts, and nothing changes.
    let short: String = statement
        .lines()
        .filter(|line| !line.starts_with("  • COMPASIÓN"))
        .map(|line| format!("{line}\n"))
        .collect();
    paste(&mut harness, &short);
    harness.get_by_label_contains("Not imported");
    harness.get_by_label_contains("Core values: 5 in the statement, 6 on the framework");
    assert!(!open_session(&harness).framework.is_translated_into("es"));

    paste(&mut harness, &statement);
    harness.get_by_label_contains("Translation imported");
    let framework = open_session(&harness).framework;
    assert_eq!(
        framework.title_in("es"),
        translated.framework.title_in("es")
    );
    for (kind, item) in translated.framework.items() {
        let got = framework.item(&item.id).expect("the same ids");
        assert_eq!(got.full_text_in("es"), item.full_text_in("es"), "{kind:?}");
        assert_eq!(got.heading, item.heading, "the own words stay");
    }
    // The fields now show the Spanish.
    harness
        .get_all_by_role_and_label(Role::TextInput, "Heading")
        .find(|node| node.accesskit_node().value().as_deref() == Some("COMPASIÓN"))
        .expect("COMPASIÓN in its field");

    harness.state_mut().update(plaza::gui::app::Msg::Undo);
    harness.run();
    assert!(!open_session(&harness).framework.is_translated_into("es"));
}
