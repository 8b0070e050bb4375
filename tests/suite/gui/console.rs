//! The console driven from the keyboard, as a facilitator does: F5 projects, arrows and clicker
//! keys move the slides, B blanks, and keys typed into a text field stay there.

use egui::Key;
use egui::accesskit::Role;
use egui_kittest::Harness;
use egui_kittest::kittest::Queryable;
use plaza::gui::PlazaApp;
use plaza::gui::room::deck::Slide;
use plaza::sample::example_retreat;
use plaza::store::Document;

use crate::support::{at_console, temp_dir, write_session};

fn console(dir: &std::path::Path) -> Harness<'static, PlazaApp> {
    let path = write_session(dir, "retreat.ron", &example_retreat());
    let mut harness = Harness::builder()
        .with_size(egui::vec2(1800.0, 1100.0))
        .build_eframe(move |_cc| at_console(Document::open(&path, || {})));
    harness.run();
    harness
}

fn press(harness: &mut Harness<'_, PlazaApp>, key: Key) {
    harness.key_press(key);
    harness.run();
}

#[test]
fn f5_projects_and_the_keys_move_the_slides_from_the_console() {
    let dir = temp_dir();
    let mut harness = console(dir.path());
    assert!(!harness.state().projector_open());
    press(&mut harness, Key::F5);
    assert!(harness.state().projector_open());
    harness.get_by_label("Plaza — Projector · Leadership retreat 2026");

    press(&mut harness, Key::ArrowRight);
    assert_eq!(harness.state().slide(), &Slide::Mission);
    harness.get_by_label("Plaza — Projector · Mission");
    press(&mut harness, Key::PageDown);
    assert_eq!(
        harness.state().slide(),
        &Slide::Commitment("educating".into())
    );
    press(&mut harness, Key::Space);
    assert_eq!(
        harness.state().slide(),
        &Slide::Commitment("providing".into())
    );
    press(&mut harness, Key::ArrowLeft);
    press(&mut harness, Key::PageUp);
    assert_eq!(harness.state().slide(), &Slide::Mission);
    press(&mut harness, Key::End);
    assert_eq!(harness.state().slide(), &Slide::Closing);
    harness.get_by_label("Plaza — Projector · Thank you");
    press(&mut harness, Key::ArrowRight);
    assert_eq!(
        harness.state().slide(),
        &Slide::Closing,
        "the last slide stays"
    );
    press(&mut harness, Key::Home);
    assert_eq!(harness.state().slide(), &Slide::Title);

    press(&mut harness, Key::Escape);
    assert!(!harness.state().projector_open());
    assert!(
        harness
            .query_by_label_contains("Plaza — Projector")
            .is_none()
    );
}

#[test]
fn presses_between_two_frames_all_count() {
    let dir = temp_dir();
    let mut harness = console(dir.path());
    for _ in 0..3 {
        harness.key_press(Key::PageDown);
    }
    harness.run();
    assert_eq!(
        harness.state().slide(),
        &Slide::Commitment("providing".into())
    );
}

#[test]
fn clicking_a_slide_projects_it() {
    let dir = temp_dir();
    let mut harness = console(dir.path());
    // The example has five notes on compassion; the slide list counts them.
    harness.get_by_label("15. COMPASSION  · 5").click();
    harness.run();
    assert_eq!(harness.state().slide(), &Slide::Value("compassion".into()));
    harness.get_by_label_contains("Next: DIVERSITY");
}

#[test]
fn b_blanks_the_projector_but_not_while_typing() {
    let dir = temp_dir();
    let mut harness = console(dir.path());
    press(&mut harness, Key::F5);
    press(&mut harness, Key::B);
    assert!(harness.state().blanked());
    press(&mut harness, Key::B);
    assert!(!harness.state().blanked());

    harness
        .get_by_role_and_label(Role::TextInput, "Session")
        .focus();
    harness.run();
    harness
        .get_by_role_and_label(Role::TextInput, "Session")
        .type_text(" B");
    harness.run();
    press(&mut harness, Key::ArrowLeft);
    press(&mut harness, Key::B);
    assert!(!harness.state().blanked(), "B typed into the title is text");
    assert_eq!(
        harness.state().slide(),
        &Slide::Title,
        "arrows move the text cursor, not the slides"
    );
    assert_eq!(
        harness
            .get_by_role_and_label(Role::TextInput, "Session")
            .value()
            .as_deref(),
        Some("Leadership retreat 2026 B")
    );
}

#[test]
fn settings_survive_a_restart() {
    let dir = temp_dir();
    let mut harness = console(dir.path());
    harness.get_by_label("Projector theme").click();
    harness.run();
    harness.get_by_label("High contrast").click();
    harness.run();
    let settings = harness.state().settings();
    assert_eq!(settings.theme, plaza::gui::theme::ThemeChoice::HighContrast);
    let text = ron::to_string(&settings).expect("settings are plain data");
    let back: plaza::gui::Settings = ron::from_str(&text).expect("and read back");
    assert_eq!(back.theme, settings.theme);
    assert!(
        !text.contains("recent"),
        "the recent sessions have a file of their own: {text}"
    );
    // Settings from an older version, missing fields, still load.
    let old: plaza::gui::Settings = ron::from_str("(theme: Light)").expect("partial settings");
    assert_eq!(
        (old.theme, old.screen),
        (plaza::gui::theme::ThemeChoice::Light, None)
    );
    // The recent sessions kept there before are still read, to carry them over.
    let older: plaza::gui::Settings =
        ron::from_str("(recent: [\"/retreats/2025.ron\"])").expect("older settings");
    assert_eq!(
        older.recent,
        [std::path::PathBuf::from("/retreats/2025.ron")]
    );
}
