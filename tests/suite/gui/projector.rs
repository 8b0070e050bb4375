//! The projector at the sizes rooms use: every text at least 4% of the window's height, inside
//! the window, and no results before a poll is revealed.

use egui::accesskit::Role;
use egui::{Rect, UiBuilder, Vec2, vec2};
use egui_kittest::Harness;
use egui_kittest::kittest::Queryable;
use plaza::gui::room::deck::{Slide, deck};
use plaza::gui::room::slides::{projector_ui, slide_layout};
use plaza::gui::room::text::{MIN_TEXT_SHARE, PlacedText};
use plaza::gui::theme::ThemeChoice;
use plaza::model::{PollStatus, Session};
use plaza::sample::{example_retreat, large_session};

struct Screen {
    session: Session,
    slide: Slide,
    placed: Vec<PlacedText>,
}

fn harness(session: Session, size: Vec2) -> Harness<'static, Screen> {
    let screen = Screen {
        session,
        slide: Slide::Title,
        placed: Vec::new(),
    };
    Harness::builder().with_size(size).build_ui_state(
        |ui, screen: &mut Screen| {
            // The whole window, as the projector's frameless panel gives it.
            let full = ui.ctx().content_rect();
            ui.scope_builder(UiBuilder::new().max_rect(full), |ui| {
                let palette = ThemeChoice::Dark.palette();
                screen.placed = slide_layout(ui, &screen.session, &screen.slide, &palette, full);
                projector_ui(ui, &screen.session, &screen.slide, &palette, false, None);
            });
        },
        screen,
    )
}

fn check_every_slide(session: Session, size: Vec2) {
    let slides = deck(&session);
    let mut harness = harness(session, size);
    let window = Rect::from_min_size(egui::Pos2::ZERO, size);
    let min = MIN_TEXT_SHARE * size.y;
    for slide in slides {
        harness.state_mut().slide = slide.clone();
        harness.run();
        let placed = harness.state().placed.clone();
        assert!(!placed.is_empty(), "{slide:?} shows something");
        for text in &placed {
            assert!(
                text.size >= min - 0.01,
                "{slide:?} at {size:?}: {:?} is {:.1} px, under {min:.1}",
                text.text,
                text.size
            );
            assert!(
                window.contains_rect(text.rect),
                "{slide:?} at {size:?}: {:?} leaves the window: {:?}",
                text.text,
                text.rect
            );
        }
        // What is on screen is what was laid out: each text is a label of at least one full row.
        let labels = harness
            .get_all_by_role(Role::Label)
            .map(|node| node.rect())
            .collect::<Vec<_>>();
        assert_eq!(labels.len(), placed.len(), "{slide:?}: one label per text");
        for rect in labels {
            assert!(
                rect.height() >= min,
                "{slide:?} at {size:?}: a label {rect:?} is shorter than {min:.1}"
            );
            assert!(
                window.expand(0.5).contains_rect(rect),
                "{slide:?} at {size:?}: {rect:?} leaves the window"
            );
        }
    }
}

#[test]
fn every_slide_of_the_example_fits_at_1280_by_720() {
    check_every_slide(example_retreat(), vec2(1280.0, 720.0));
}

#[test]
fn every_slide_of_the_example_fits_at_1024_by_768() {
    check_every_slide(example_retreat(), vec2(1024.0, 768.0));
}

/// A session on one of the example statements shipped in `assets/frameworks/`, imported.
fn imported_session(name: &str) -> Session {
    let path = std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("assets/frameworks")
        .join(name);
    let text = std::fs::read_to_string(path).expect("the example statement");
    let framework = plaza::model::import_statement(&text)
        .expect("imports")
        .framework;
    plaza::store::new_session_on("Imported", framework)
}

#[test]
fn every_slide_of_an_imported_framework_fits_at_both_room_sizes() {
    for name in ["riverbend-library.md", "clinica-del-valle.txt"] {
        for size in [vec2(1280.0, 720.0), vec2(1024.0, 768.0)] {
            check_every_slide(imported_session(name), size);
        }
    }
}

#[test]
fn every_slide_fits_at_1920_by_1080_with_a_crowded_session() {
    let mut session = large_session(12, 300, 30);
    session.actions = (0..5).flat_map(|_| example_retreat().actions).collect();
    for (n, action) in session.actions.iter_mut().enumerate() {
        action.id = format!("action-{n}");
    }
    check_every_slide(session, vec2(1920.0, 1080.0));
}

#[test]
fn a_long_list_says_how_many_are_not_shown_instead_of_shrinking() {
    let mut session = example_retreat();
    session.actions = (0..4).flat_map(|_| example_retreat().actions).collect();
    let mut harness = harness(session, vec2(1024.0, 768.0));
    harness.state_mut().slide = Slide::Actions;
    harness.run();
    let last = harness.state().placed.last().cloned().expect("texts");
    assert!(
        last.text.starts_with("… and ") && last.text.ends_with(" more"),
        "{last:?}"
    );
    harness.get_by_label(&last.text);
}

#[test]
fn results_stay_hidden_until_the_poll_is_revealed() {
    let mut session = example_retreat();
    session.polls[0].status = PollStatus::Closed;
    let poll = session.polls[0].id.clone();
    let mut harness = harness(session, vec2(1280.0, 720.0));
    harness.state_mut().slide = Slide::PollResults(poll.clone());
    harness.run();
    harness.get_by_label("23 ballots cast");
    assert!(
        harness.query_by_label_contains("COMPASSION").is_none(),
        "no item is named before the reveal"
    );

    harness.state_mut().session.polls[0].status = PollStatus::Revealed;
    harness.run();
    let first = harness.get_by_label_contains("1.  ");
    assert!(first.rect().height() > 0.0);
    assert!(
        harness.query_by_label_contains("COMPASSION").is_some(),
        "the results name the items"
    );
}
