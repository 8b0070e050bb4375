//! Opening sessions from the console: a broken file is reported and the current session stays;
//! a good one replaces it, lets the old one go, and joins the recent list.

use egui_kittest::Harness;
use egui_kittest::kittest::Queryable;
use plaza::gui::PlazaApp;
use plaza::sample::example_retreat;
use plaza::store::Document;

use crate::support::{at_console, session_with_open_ranking_poll, temp_dir, write_session};

#[test]
fn a_broken_file_is_reported_and_the_current_session_stays() {
    let dir = temp_dir();
    let first = write_session(dir.path(), "first.ron", &example_retreat());
    let broken = dir.path().join("broken.ron");
    std::fs::write(&broken, "Session(format_version: 1, title: ").expect("write");
    let opened = first.clone();
    let mut harness = Harness::builder()
        .with_size(egui::vec2(1600.0, 1000.0))
        .build_eframe(move |_cc| at_console(Document::open(&opened, || {})));
    harness.run();

    let ctx = harness.ctx.clone();
    harness.state_mut().open_path(&ctx, &broken);
    harness.run();
    let notice = harness.state().notice().expect("a notice").to_owned();
    assert!(
        notice.contains("“broken.ron” is damaged") && notice.contains("(1:"),
        "{notice}"
    );
    harness.get_by_label(&notice);
    assert!(
        harness
            .query_by_label("Open a copy of the backup")
            .is_none(),
        "it has no backup to offer"
    );
    assert_eq!(
        harness.state().document().expect("still open").path(),
        first
    );
    assert_eq!(
        std::fs::read_to_string(&broken).expect("read"),
        "Session(format_version: 1, title: "
    );

    let second = write_session(dir.path(), "second.ron", &session_with_open_ranking_poll());
    harness.state_mut().open_path(&ctx, &second);
    harness.run();
    assert_eq!(harness.state().notice(), None);
    assert_eq!(harness.state().document().expect("open").path(), second);
    let title = harness
        .get_by_role_and_label(egui::accesskit::Role::TextInput, "Session")
        .value();
    assert_eq!(
        title.as_deref(),
        Some("Kill test"),
        "the console shows the new session"
    );
    let recent: Vec<_> = harness
        .state()
        .state()
        .recent
        .iter()
        .map(|known| known.path.file_name().map(|n| n.to_owned()))
        .collect();
    assert_eq!(
        recent,
        [Some("second.ron".into()), Some("first.ron".into())]
    );
    let again = Document::open(&first, || {}).expect("open the first again");
    assert_eq!(
        again.read_only(),
        None,
        "the console let the first session go"
    );
}

/// Steps the console until `done` holds, for saves finishing on their own thread.
fn step_until(harness: &mut Harness<'_, PlazaApp>, done: impl Fn(&Harness<'_, PlazaApp>) -> bool) {
    for _ in 0..400 {
        harness.step();
        if done(harness) {
            return;
        }
        std::thread::sleep(std::time::Duration::from_millis(25));
    }
    panic!("the console never got there");
}

#[test]
fn a_failed_save_is_shown_in_red_words_with_retry() {
    let dir = temp_dir();
    let folder = dir.path().join("stick");
    std::fs::create_dir(&folder).expect("folder");
    let path = write_session(&folder, "retreat.ron", &example_retreat());
    let opened = path.clone();
    let mut harness = Harness::builder()
        .with_size(egui::vec2(1600.0, 1000.0))
        .build_eframe(move |_cc| at_console(Document::open(&opened, || {})));
    harness.run();
    std::fs::remove_dir_all(&folder).expect("the stick is pulled out");

    let title = harness.get_by_role_and_label(egui::accesskit::Role::TextInput, "Session");
    title.focus();
    title.type_text(" (day 2)");
    harness.run();
    harness.key_press(egui::Key::Enter);
    harness.run();
    step_until(&mut harness, |h| {
        h.query_by_label_contains("Not saved: cannot save")
            .is_some()
    });
    harness.get_by_label("Retry");

    std::fs::create_dir(&folder).expect("the stick is back");
    harness.get_by_label("Retry").click();
    step_until(&mut harness, |h| {
        h.query_by_label_contains("Saved ").is_some()
    });
    assert!(harness.query_by_label("Retry").is_none());
    let saved = plaza::store::load(&path).expect("saved").session;
    assert_eq!(saved.title, "Leadership retreat 2026 (day 2)");
}

#[test]
fn save_as_never_replaces_a_file_that_is_there() {
    let dir = temp_dir();
    let first = write_session(dir.path(), "first.ron", &example_retreat());
    let other = write_session(dir.path(), "other.ron", &session_with_open_ranking_poll());
    let other_before = std::fs::read(&other).expect("read");
    let opened = first.clone();
    let mut harness = Harness::builder()
        .with_size(egui::vec2(1600.0, 1000.0))
        .build_eframe(move |_cc| at_console(Document::open(&opened, || {})));
    harness.run();
    let ctx = harness.ctx.clone();
    harness.state_mut().save_copy_as(&ctx, &other);
    harness.run();
    let notice = harness.state().notice().expect("a notice").to_owned();
    assert!(notice.contains("already exists"), "{notice}");
    assert_eq!(std::fs::read(&other).expect("read"), other_before);
    assert_eq!(harness.state().document().expect("open").path(), first);

    let copy = dir.path().join("copy.ron");
    harness.state_mut().save_copy_as(&ctx, &copy);
    harness.run();
    assert_eq!(harness.state().document().expect("open").path(), copy);
    assert_eq!(
        plaza::store::load(&copy).expect("the copy").session,
        example_retreat()
    );
}
