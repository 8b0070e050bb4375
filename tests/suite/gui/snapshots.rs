//! Pictures of what the room and the facilitator see, compared with the approved ones in
//! `tests/snapshots/` (run with `UPDATE_SNAPSHOTS=1` to approve a change). Rendered by wgpu on
//! whatever adapter the machine has; in CI, Mesa's software renderer.

use chrono::Datelike;
use egui::{UiBuilder, vec2};
use egui_kittest::Harness;
use egui_kittest::kittest::Queryable;
use plaza::gui::room::deck::Slide;
use plaza::gui::room::languages::{ProjectorLanguage, RoomWords, set_room_words};
use plaza::gui::room::slides::projector_ui;
use plaza::gui::theme::ThemeChoice;
use plaza::sample::example_retreat;
use plaza::store::Document;
use plaza::words::{Lang, Words};

use super::spanish_framework::with_spanish;

use crate::support::{at_console, temp_dir, write_session};

fn projector(slide: Slide, theme: ThemeChoice, name: &str) {
    projector_speaking(example_retreat(), RoomWords::default(), slide, theme, name);
}

fn projector_speaking(
    session: plaza::model::Session,
    words: RoomWords,
    slide: Slide,
    theme: ThemeChoice,
    name: &str,
) {
    let mut harness = Harness::builder()
        .with_size(vec2(1280.0, 720.0))
        .wgpu()
        .build_ui(move |ui| {
            set_room_words(ui.ctx(), words);
            let full = ui.ctx().content_rect();
            ui.scope_builder(UiBuilder::new().max_rect(full), |ui| {
                projector_ui(ui, &session, (&slide, 0), &theme.palette(), false, None);
            });
        });
    harness.run();
    harness.snapshot(name);
}

#[test]
fn a_value_slide_dark() {
    projector(
        Slide::Value("compassion".into()),
        ThemeChoice::Dark,
        "projector-value-dark",
    );
}

#[test]
fn a_value_slide_light() {
    projector(
        Slide::Value("compassion".into()),
        ThemeChoice::Light,
        "projector-value-light",
    );
}

#[test]
fn a_value_slide_high_contrast() {
    projector(
        Slide::Value("compassion".into()),
        ThemeChoice::HighContrast,
        "projector-value-high-contrast",
    );
}

#[test]
fn a_value_slide_in_english_with_spanish_below() {
    let mut session = example_retreat();
    with_spanish(&mut session);
    let english = Words::of(Lang::English);
    projector_speaking(
        session,
        RoomWords::new(english, ProjectorLanguage::Both(Lang::English)),
        Slide::Value("compassion".into()),
        ThemeChoice::Dark,
        "projector-value-bilingual",
    );
}

#[test]
fn the_mission_slide_in_spanish() {
    let mut session = example_retreat();
    with_spanish(&mut session);
    projector_speaking(
        session,
        RoomWords::new(Words::of(Lang::Spanish), ProjectorLanguage::SameAsConsole),
        Slide::Mission,
        ThemeChoice::Dark,
        "projector-mission-spanish",
    );
}

#[test]
fn the_mission_slide() {
    projector(Slide::Mission, ThemeChoice::Dark, "projector-mission");
}

#[test]
fn the_console() {
    let dir = temp_dir();
    let path = write_session(dir.path(), "retreat.ron", &example_retreat());
    let shown = path.display().to_string();
    let mut harness = Harness::builder()
        .with_size(vec2(1280.0, 800.0))
        .wgpu()
        .build_eframe(move |_cc| at_console(Document::open(&path, || {})));
    harness.run();
    mask_path(&mut harness, &shown);
    harness.snapshot("console");
}

#[test]
fn the_console_in_spanish() {
    let dir = temp_dir();
    let mut session = example_retreat();
    with_spanish(&mut session);
    let path = write_session(dir.path(), "retreat.ron", &session);
    let shown = path.display().to_string();
    let mut harness = Harness::builder()
        .with_size(vec2(1280.0, 800.0))
        .wgpu()
        .build_eframe(move |_cc| {
            at_console(Document::open(&path, || {})).with_words(Words::of(Lang::Spanish))
        });
    harness.run();
    mask_path(&mut harness, &shown);
    harness.snapshot("console-spanish");
}

#[test]
fn the_review_dashboard() {
    let dir = temp_dir();
    let mut session = example_retreat();
    // Far-off due dates, so no item turns overdue as the calendar moves on.
    for action in &mut session.actions {
        action.due = action.due.and_then(|due| due.with_year(2099));
    }
    let path = write_session(dir.path(), "retreat.ron", &session);
    let shown = path.display().to_string();
    let mut harness = Harness::builder()
        .with_size(vec2(1280.0, 2000.0))
        .wgpu()
        .build_eframe(move |_cc| plaza::gui::PlazaApp::new(Document::open(&path, || {})));
    harness.run();
    mask_path(&mut harness, &shown);
    harness.snapshot("review-dashboard");
}

/// Covers the session file's path, which differs each run, wherever the layout puts it.
fn mask_path<State>(harness: &mut Harness<'_, State>, path: &str) {
    let rect = harness.get_by_label(path).rect();
    harness.mask(egui::Rect::from_min_size(
        rect.min,
        vec2(640.0, rect.height()),
    ));
}
