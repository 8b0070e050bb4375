//! "New session from…": the organisation's statement pasted, the slides it will make and what
//! was not placed shown before anything is created; a template or a recent session's framework
//! chosen from the list.

use egui::accesskit::Role;
use egui_kittest::Harness;
use egui_kittest::kittest::{NodeT, Queryable};
use plaza::gui::PlazaApp;
use plaza::store::{default_framework, save_template};

use crate::support::{click_button, click_label, temp_dir};

const STATEMENT: &str = "Acme Health\n\nOur mission is to serve:\n- LISTENING to every patient\n\
- SHARING what we learn\n\nOur vision\n- A county where care is near\n\nOur values\n\
- RESPECT: We treat everyone with dignity\n- COURAGE — We speak up\n\nFooter line\n";

fn start(dir: &std::path::Path) -> Harness<'static, PlazaApp> {
    let sessions = dir.join("sessions");
    std::fs::create_dir_all(&sessions).expect("folder");
    let templates = dir.join("frameworks");
    let mut harness = Harness::builder()
        .with_size(egui::vec2(1280.0, 800.0))
        .with_max_steps(64)
        .build_eframe(move |_cc| {
            PlazaApp::starting()
                .with_sessions_folder(sessions)
                .with_templates(Some(templates))
        });
    harness.run();
    harness
}

#[test]
fn a_pasted_statement_is_previewed_and_becomes_the_new_sessions_framework() {
    let dir = temp_dir();
    let mut harness = start(dir.path());
    click_button(&mut harness, "New session from…");
    click_label(&mut harness, "The organisation's statement, pasted");
    let field = harness.get_by_role_and_label(Role::MultilineTextInput, "Statement");
    field.focus();
    field.type_text(STATEMENT);
    harness.run();

    harness.get_by_label("Core values (2 items)");
    harness.get_by_label("•  RESPECT — We treat everyone with dignity");
    harness.get_by_label("•  A county where care is near");
    harness.get_by_label_contains("Not placed (1 line)");
    harness.get_by_label_contains("Footer line");
    assert!(harness.state().document().is_none(), "nothing created yet");

    let title = harness.get_by_role_and_label(Role::TextInput, "Session title");
    title.focus();
    title.type_text("Acme retreat 2027");
    harness.run();
    click_button(&mut harness, "Create session");

    let document = harness.state().document().expect("created and opened");
    let session = document.session();
    assert_eq!(session.title, "Acme retreat 2027");
    assert_eq!(session.framework.title, "Acme Health");
    let values: Vec<&str> = session
        .framework
        .values
        .items
        .iter()
        .map(|item| item.id.as_str())
        .collect();
    assert_eq!(values, ["respect", "courage"]);
    assert!(document.path().starts_with(dir.path().join("sessions")));
}

#[test]
fn a_statement_with_no_bullets_says_what_was_expected_and_creates_nothing() {
    let dir = temp_dir();
    let mut harness = start(dir.path());
    click_button(&mut harness, "New session from…");
    click_label(&mut harness, "The organisation's statement, pasted");
    let field = harness.get_by_role_and_label(Role::MultilineTextInput, "Statement");
    field.focus();
    field.type_text("We are a hospital.\nWe care.");
    harness.run();
    let create = harness.get_by_role_and_label(Role::Button, "Create session");
    assert!(create.accesskit_node().is_disabled());
    harness.get_by_label_contains("bullet");
}

#[test]
fn a_saved_template_is_offered_and_used() {
    let dir = temp_dir();
    let mut framework = default_framework();
    framework.title = "Board framework".into();
    framework.values.label = Some("Guiding principles".into());
    save_template(&dir.path().join("frameworks"), &framework).expect("saved");
    let mut harness = start(dir.path());
    click_button(&mut harness, "New session from…");
    harness.get_by_label_contains("template board-framework.ron");
    click_label(
        &mut harness,
        "Board framework\ntemplate board-framework.ron",
    );
    harness.get_by_label("Guiding principles (6 items)");
    click_button(&mut harness, "Create session");
    let session = harness
        .state()
        .document()
        .expect("created")
        .session()
        .clone();
    assert_eq!(session.framework, framework);
    assert_eq!(session.needed_format_version(), 2);
}
