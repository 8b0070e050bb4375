//! The projector at the sizes rooms use: every text at least 4% of the window's height, inside
//! the window, and no results before a poll is revealed.

use egui::{Vec2, vec2};
use egui_kittest::kittest::Queryable;
use plaza::gui::room::deck::{Slide, deck};
use plaza::model::{PollStatus, Session};
use plaza::sample::{example_retreat, large_session};

use super::slide_checks::{check_slide, harness};

fn check_every_slide(session: Session, size: Vec2) {
    let slides = deck(&session);
    let mut harness = harness(session, size);
    for slide in slides {
        check_slide(&mut harness, &slide, size);
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
