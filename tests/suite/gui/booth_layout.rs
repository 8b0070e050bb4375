//! The booth at the sizes rooms use, for every method and for long or many items, on every
//! page: every touch target at least 8% of the window's height, inside the window, none on top
//! of another; every text at least 4% of the height and inside the window; every heading
//! shown whole, and a long sentence cut only after a word.

use egui::Vec2;
use plaza::gui::room::booth::PAGE_ITEMS;
use plaza::model::{Poll, PollMethod, PollStatus, Session};
use plaza::sample::large_session;

use super::booth_checks::{Names, check, check_names};

fn open_poll(items: Vec<String>, method: PollMethod) -> Poll {
    let mut poll = Poll::draft(
        "poll".into(),
        "Which matter most to us next year?".into(),
        items,
        method,
    );
    poll.status = PollStatus::Open;
    poll
}

const SIZES: [Vec2; 3] = [
    egui::vec2(1280.0, 720.0),
    egui::vec2(1024.0, 768.0),
    egui::vec2(1920.0, 1080.0),
];

fn methods() -> [PollMethod; 4] {
    [
        PollMethod::default_dots(),
        PollMethod::Dots {
            per_person: 10,
            per_item: 5,
        },
        PollMethod::default_rating(),
        PollMethod::Ranking,
    ]
}

#[test]
fn the_six_values_fit_for_every_method() {
    let session = large_session(6, 0, 0);
    for size in SIZES {
        for method in methods() {
            let items = session.framework.value_ids();
            check(session.clone(), open_poll(items, method), size);
        }
    }
}

#[test]
fn the_six_vision_sentences_fit() {
    vision_sentences(Names::CutAfterAWord);
}

/// A cut sentence's words whole too: at 1024 × 768 a dot vote on the vision goals cuts "1.
/// Students become leaders…" to "1. Students…" in a place narrower than "Students…", and
/// paints the word broken in two.
#[test]
fn the_six_vision_sentences_break_no_word() {
    vision_sentences(Names::Readable);
}

fn vision_sentences(names: Names) {
    let session = large_session(6, 0, 0);
    let goals: Vec<String> = session
        .framework
        .vision
        .items
        .iter()
        .map(|item| item.id.clone())
        .collect();
    for size in SIZES {
        for method in methods() {
            check_names(
                session.clone(),
                open_poll(goals.clone(), method),
                size,
                names,
            );
        }
    }
}

#[test]
fn twelve_or_sixteen_items_fit() {
    for values in [12, 16] {
        let session = large_session(values, 0, 0);
        for size in SIZES {
            for method in methods() {
                let items = session.framework.value_ids();
                check(session.clone(), open_poll(items, method), size);
            }
        }
    }
}

#[test]
fn a_zero_to_ten_scale_keeps_big_targets() {
    let session = large_session(6, 0, 0);
    let method = PollMethod::Rating {
        min: 0,
        max: 10,
        low: "Not at all".into(),
        high: "Completely".into(),
    };
    for size in SIZES {
        check(
            session.clone(),
            open_poll(session.framework.value_ids(), method.clone()),
            size,
        );
    }
}

/// The built-in framework's own items, as a facilitator picks them: the core values, the
/// vision goals (long sentences), the mission, values with goals or mission with goals, and
/// every item at once (more than nine: pages).
fn seed_polls(session: &Session) -> Vec<Vec<String>> {
    let ids = |items: &[plaza::model::Item]| -> Vec<String> {
        items.iter().map(|item| item.id.clone()).collect()
    };
    let framework = &session.framework;
    let (values, vision, mission) = (
        ids(&framework.values.items),
        ids(&framework.vision.items),
        ids(&framework.mission.items),
    );
    vec![
        values.clone(),
        vision.clone(),
        mission.clone(),
        [values.clone(), vision.clone()].concat(),
        [mission.clone(), vision.clone()].concat(),
        [mission, vision, values].concat(),
    ]
}

#[test]
fn the_seeds_items_show_whole_names_for_every_method() {
    let date = chrono::NaiveDate::from_ymd_opt(2026, 11, 26).expect("a date");
    let session = Session::new("Retreat", date, plaza::store::default_framework());
    for size in [egui::vec2(1024.0, 768.0), egui::vec2(1280.0, 720.0)] {
        for items in seed_polls(&session) {
            for method in methods() {
                let poll = open_poll(items.clone(), method);
                check_names(session.clone(), poll, size, Names::Whole);
            }
        }
    }
}

#[test]
fn every_item_of_the_seed_at_once_takes_pages() {
    let date = chrono::NaiveDate::from_ymd_opt(2026, 11, 26).expect("a date");
    let session = Session::new("Retreat", date, plaza::store::default_framework());
    let every: Vec<String> = session
        .framework
        .items()
        .map(|(_, item)| item.id.clone())
        .collect();
    assert!(
        every.len() > PAGE_ITEMS,
        "the seed has more items than a page holds"
    );
    for size in SIZES {
        for method in methods() {
            check(session.clone(), open_poll(every.clone(), method), size);
        }
    }
}
