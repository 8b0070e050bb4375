//! The booth screen with the panel for the room's phones: the booth keeps every rule of its
//! layout in the rest of the screen, and the panel's address, join code and count are big
//! enough to read from the back, inside the window, and its QR code reads back as the address.

use egui::accesskit::Role;
use egui::{Rect, Vec2, vec2};
use egui_kittest::Harness;
use egui_kittest::kittest::{NodeT, Queryable};
use plaza::gui::room::booth::PhonesPanel;
use plaza::gui::room::text::MIN_TEXT_SHARE;
use plaza::model::{Poll, PollMethod, PollStatus};
use plaza::sample::large_session;

use super::booth_checks::{Names, Screen, check_pages};
use super::qr::decode_painted;

/// What the QR code holds: the address and the join code.
const URL: &str = "http://192.168.1.20:8080/#4821";

fn panel() -> PhonesPanel {
    PhonesPanel {
        url: "http://192.168.1.20:8080/".into(),
        code: "4821".into(),
        ballots: 23,
    }
}

/// The panel on this page: its words big and inside the window, right of every booth button,
/// and its QR code the address.
fn check_panel(harness: &Harness<'_, Screen>, what: &str, size: Vec2) {
    let window = Rect::from_min_size(egui::Pos2::ZERO, size);
    let qr = harness.get_by_label(&format!("QR code for {URL}")).rect();
    assert!(
        window.contains_rect(qr),
        "{what}: the QR code leaves the window"
    );
    assert!(
        qr.height() >= 0.25 * size.y,
        "{what}: the QR code is {qr:?}"
    );
    for words in ["192.168.1.20:8080", "Join code 4821", "23 ballots by phone"] {
        let node = harness.get_by_label(words);
        let rect = node.rect();
        assert!(
            window.contains_rect(rect),
            "{what}: {words:?} leaves the window"
        );
        assert!(
            rect.height() >= MIN_TEXT_SHARE * size.y - 0.5,
            "{what}: {words:?} is {} px high",
            rect.height()
        );
        assert!(
            rect.left() >= qr.left() - 0.2 * size.x,
            "{what}: {words:?} is in the panel"
        );
    }
    for button in harness.query_all_by_role(Role::Button) {
        assert!(
            button.rect().right() <= qr.left(),
            "{what}: {:?} reaches into the panel",
            button.accesskit_node().label()
        );
    }
    let texts = decode_painted(&harness.output().shapes, size);
    assert_eq!(
        texts,
        vec![URL.to_owned()],
        "{what}: the QR code reads back"
    );
}

fn dots_poll(items: Vec<String>) -> Poll {
    let mut poll = Poll::draft(
        "poll".into(),
        "Which matter most to us next year?".into(),
        items,
        PollMethod::default_dots(),
    );
    poll.status = PollStatus::Open;
    poll
}

#[test]
fn the_booth_keeps_its_rules_beside_the_phones_panel() {
    for values in [6, 16] {
        let session = large_session(values, 0, 0);
        for size in [vec2(1024.0, 768.0), vec2(1280.0, 720.0)] {
            let poll = dots_poll(session.framework.value_ids());
            check_pages(
                session.clone(),
                poll,
                size,
                Names::CutAfterAWord,
                Some(panel()),
                |harness, what| check_panel(harness, what, size),
            );
        }
    }
}

#[test]
fn the_panel_shows_the_address_as_typed() {
    assert_eq!(panel().address(), "192.168.1.20:8080");
    let bare = PhonesPanel {
        url: "http://10.0.0.7:8081/".into(),
        ..panel()
    };
    assert_eq!(bare.address(), "10.0.0.7:8081");
}
