//! The booth at the sizes rooms use, for every method and for long or many items: every touch
//! target at least 8% of the window's height, inside the window, none on top of another.

use egui::accesskit::Role;
use egui::{Rect, UiBuilder, Vec2};
use egui_kittest::Harness;
use egui_kittest::kittest::{NodeT, Queryable};
use plaza::gui::room::booth::Booth;
use plaza::gui::room::booth::view::{MIN_TARGET_SHARE, booth_ui};
use plaza::gui::room::text::MIN_TEXT_SHARE;
use plaza::gui::theme::ThemeChoice;
use plaza::model::{Poll, PollMethod, PollStatus, Session};
use plaza::sample::large_session;

struct Screen {
    session: Session,
    booth: Booth,
}

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

fn check(mut session: Session, poll: Poll, size: Vec2) {
    let what = format!(
        "{} on {} items at {size:?}",
        poll.method.name(),
        poll.items.len()
    );
    session.polls = vec![poll];
    let booth = Booth::new(&session.polls[0]);
    let mut harness = Harness::builder().with_size(size).build_ui_state(
        |ui, screen: &mut Screen| {
            let full = ui.ctx().content_rect();
            ui.scope_builder(UiBuilder::new().max_rect(full), |ui| {
                let palette = ThemeChoice::Dark.palette();
                let poll = &screen.session.polls[0];
                booth_ui(
                    ui,
                    &screen.session,
                    poll,
                    &screen.booth,
                    &palette,
                    full,
                    true,
                );
            });
        },
        Screen { session, booth },
    );
    harness.run();
    let window = Rect::from_min_size(egui::Pos2::ZERO, size);
    let buttons: Vec<(String, Rect)> = harness
        .query_all_by_role(Role::Button)
        .map(|node| {
            (
                node.accesskit_node().label().unwrap_or_default(),
                node.rect(),
            )
        })
        .collect();
    assert!(buttons.len() > 3, "{what}: the booth has its buttons");
    for (index, (name, rect)) in buttons.iter().enumerate() {
        assert!(
            window.contains_rect(*rect),
            "{what}: {name:?} leaves the window: {rect:?}"
        );
        assert!(
            rect.height() >= MIN_TARGET_SHARE * size.y - 0.5,
            "{what}: {name:?} is {} px high",
            rect.height()
        );
        for (other, other_rect) in &buttons[index + 1..] {
            let overlap = rect.intersect(*other_rect);
            assert!(
                overlap.width() <= 0.5 || overlap.height() <= 0.5,
                "{what}: {name:?} and {other:?} overlap"
            );
        }
    }
    for node in harness.query_all_by_role(Role::Label) {
        let text = node.accesskit_node().value().unwrap_or_default();
        let rect = node.rect();
        assert!(
            window.contains_rect(rect),
            "{what}: {text:?} leaves the window"
        );
        assert!(
            rect.height() >= MIN_TEXT_SHARE * size.y - 0.5,
            "{what}: {text:?} is {} px high",
            rect.height()
        );
    }
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
            check(session.clone(), open_poll(goals.clone(), method), size);
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
