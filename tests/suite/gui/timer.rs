//! The activity timer: counts down by the screen's clock, pauses, gains a minute, resets, and
//! shows on the projector.

use egui_kittest::Harness;
use egui_kittest::kittest::Queryable;
use plaza::gui::room::timer::{Timer, parse_minutes};
use plaza::sample::example_retreat;
use plaza::store::Document;

use crate::support::{at_console, temp_dir, write_session};

#[test]
fn counts_down_pauses_extends_and_resets() {
    let mut timer = Timer::default();
    assert!(!timer.is_set());
    timer.set_minutes(5.0);
    assert_eq!(timer.display(0.0), "5:00");
    timer.start(10.0);
    assert_eq!(
        timer.display(10.5),
        "5:00",
        "rounds up: a full second shows until it has passed"
    );
    assert_eq!(timer.display(11.0), "4:59");
    assert_eq!(
        timer.next_change_in(10.25),
        Some(0.75),
        "4:59 shows in 0.75 s"
    );
    timer.pause(70.0);
    assert_eq!(timer.display(100.0), "4:00", "paused time does not count");
    assert_eq!(
        timer.next_change_in(100.0),
        None,
        "no repaints while paused"
    );
    timer.add_minute();
    assert_eq!(timer.display(100.0), "5:00");
    timer.start(100.0);
    assert!(!timer.is_done(399.0));
    assert!(timer.is_done(400.0));
    assert_eq!(timer.display(460.0), "0:00", "never below zero");
    assert_eq!(timer.next_change_in(460.0), None, "no repaints once done");
    timer.reset();
    assert_eq!(timer.display(500.0), "6:00");
    assert!(!timer.is_running());
    timer.clear();
    assert!(!timer.is_set());
}

#[test]
fn custom_lengths_are_minutes_or_minutes_and_seconds() {
    assert_eq!(parse_minutes("7"), Some(7.0));
    assert_eq!(parse_minutes(" 2:30 "), Some(2.5));
    assert_eq!(parse_minutes("1.5"), Some(1.5));
    for bad in ["", "0", "-3", "abc", "2:75", "1:2:3", "999", "NaN", "inf"] {
        assert_eq!(parse_minutes(bad), None, "{bad:?} is refused");
    }
}

#[test]
fn the_timer_is_set_from_the_console_and_shows_on_the_projector() {
    let dir = temp_dir();
    let path = write_session(dir.path(), "retreat.ron", &example_retreat());
    let mut harness = Harness::builder()
        .with_size(egui::vec2(1800.0, 1100.0))
        .build_eframe(move |_cc| at_console(Document::open(&path, || {})));
    harness.run();
    harness.key_press(egui::Key::F5);
    harness.run();
    harness.get_by_label("2 min").click();
    harness.run();
    assert_eq!(
        harness.get_all_by_label("2:00").count(),
        3,
        "console, preview and projector show 2:00"
    );
    harness.get_by_label("Start").click();
    harness.run();
    assert!(harness.state().timer().is_running());
    harness.get_by_label("Pause").click();
    harness.run();
    assert!(!harness.state().timer().is_running());

    let before = harness.state().timer().clone();
    let custom = harness.get_by_role_and_label(egui::accesskit::Role::TextInput, "Custom");
    custom.focus();
    custom.type_text("ten");
    harness.run();
    harness.get_by_label("Set").click();
    harness.run();
    harness.get_by_label_contains("is not a length");
    assert_eq!(
        harness.state().timer(),
        &before,
        "a wrong length changes nothing"
    );
    harness.get_by_label("Hide timer").click();
    harness.run();
    assert!(
        harness.query_by_label("2:00").is_none(),
        "hidden from every screen"
    );
}
