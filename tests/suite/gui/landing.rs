//! No session open: the start screen with the recent sessions, a file that is not a session
//! or is damaged (and its backup), and the recent list kept the moment a session opens.

use egui_kittest::Harness;
use egui_kittest::kittest::Queryable;
use plaza::gui::{PlazaApp, resume};
use plaza::store::{Document, backup_path, load, read_recent, save};

use crate::support::{example, last_year_path, temp_dir, write_session};

fn harness_of(app: impl FnOnce() -> PlazaApp + 'static) -> Harness<'static, PlazaApp> {
    let mut harness = Harness::builder()
        .with_size(egui::vec2(1280.0, 800.0))
        .with_max_steps(64)
        .build_eframe(move |_cc| app());
    harness.run();
    harness
}

#[test]
fn the_start_screen_lists_recent_sessions_by_title_day_and_venue() {
    let dir = temp_dir();
    let this_year = write_session(dir.path(), "this-year.ron", &example());
    let last_year = dir.path().join("last-year.ron");
    std::fs::copy(last_year_path(), &last_year).expect("copy");
    let gone = dir.path().join("gone.ron");
    let list = vec![this_year.clone(), gone, last_year];
    let mut harness = harness_of(move || PlazaApp::starting().with_recent(None, list));

    harness.get_by_label("New session");
    harness.get_by_label("Open…");
    harness.get_by_label_contains("Leadership retreat 2026\n19 November 2026 · Abiquiú");
    harness.get_by_label_contains("Leadership retreat 2025\n13 November 2025 · Ghost Ranch");
    harness.get_by_label_contains("gone.ron\nnot found");

    harness
        .get_by_label_contains("Leadership retreat 2026\n")
        .click();
    harness.run();
    let open = harness.state().document().expect("the session opened");
    assert_eq!(open.path(), this_year);
}

#[test]
fn a_file_that_is_not_a_session_says_so_and_offers_the_ways_on() {
    let dir = temp_dir();
    let notes = dir.path().join("notes.txt");
    std::fs::write(&notes, "Agenda(items: [\"coffee\"])\n").expect("write");
    let earlier = write_session(dir.path(), "earlier.ron", &example());
    let opened = notes.clone();
    let mut harness = harness_of(move || {
        PlazaApp::new(Document::open(&opened, || {})).with_recent(None, vec![earlier])
    });

    harness.get_by_label("“notes.txt” is not a Plaza session");
    assert!(harness.query_by_label_contains("Expected").is_none());
    harness.get_by_label("Open another…");
    harness.get_by_label("New session");
    harness
        .get_by_label_contains("Leadership retreat 2026\n")
        .click();
    harness.run();
    assert!(
        harness.state().document().is_some(),
        "a recent session opened"
    );
    assert_eq!(
        std::fs::read_to_string(&notes).expect("read"),
        "Agenda(items: [\"coffee\"])\n",
        "the file was not touched"
    );
}

/// A session saved twice (so it has a backup), then damaged.
fn damaged_with_backup(dir: &std::path::Path) -> std::path::PathBuf {
    let mut before = example();
    before.title = "Before the last save".into();
    let path = write_session(dir, "retreat.ron", &before);
    save(&path, &example()).expect("the last save");
    std::fs::write(&path, "Session(format_version: 1, title: \"cut").expect("damage it");
    path
}

#[test]
fn a_damaged_session_offers_a_copy_of_its_backup() {
    let dir = temp_dir();
    let path = damaged_with_backup(dir.path());
    let opened = path.clone();
    let mut harness = harness_of(move || PlazaApp::new(Document::open(&opened, || {})));

    harness.get_by_label("“retreat.ron” is damaged");
    harness.get_by_label_contains("“retreat.ron.bak”");
    harness.get_by_label("Open a copy of the backup").click();
    harness.run();
    let open = harness.state().document().expect("the copy opened");
    let copy = dir.path().join("retreat-recovered.ron");
    assert_eq!(open.path(), copy);
    assert_eq!(open.session().title, "Before the last save");
    assert!(
        harness
            .state()
            .notice()
            .is_some_and(|n| n.contains("copied to")),
        "{:?}",
        harness.state().notice()
    );
    assert_eq!(
        std::fs::read_to_string(&path).expect("read"),
        "Session(format_version: 1, title: \"cut",
        "the damaged file is left for whoever wants to look"
    );
    assert!(backup_path(&path).exists());
}

#[test]
fn a_damaged_session_chosen_from_the_console_offers_its_backup_on_the_message_line() {
    let dir = temp_dir();
    let path = damaged_with_backup(dir.path());
    let current = write_session(dir.path(), "current.ron", &example());
    let mut harness = harness_of(move || PlazaApp::new(Document::open(&current, || {})));
    let ctx = harness.ctx.clone();
    harness.state_mut().open_path(&ctx, &path);
    harness.run();
    harness.get_by_label_contains("“retreat.ron” is damaged");
    harness.get_by_label("Open a copy of the backup").click();
    harness.run();
    let open = harness.state().document().expect("open");
    assert_eq!(open.path(), dir.path().join("retreat-recovered.ron"));
}

#[test]
fn the_recent_list_is_written_the_moment_a_session_opens() {
    let dir = temp_dir();
    let first = write_session(dir.path(), "first.ron", &example());
    let second = write_session(dir.path(), "second.ron", &example());
    let list_file = dir.path().join("recent.ron");
    let file = list_file.clone();
    let opened = first.clone();
    let mut harness = harness_of(move || {
        PlazaApp::new(Document::open(&opened, || {})).with_recent(Some(file), Vec::new())
    });
    let canonical = |p: &std::path::Path| std::fs::canonicalize(p).expect("canonical");
    assert_eq!(read_recent(&list_file), [canonical(&first)]);

    let ctx = harness.ctx.clone();
    harness.state_mut().open_path(&ctx, &second);
    harness.run();
    // No eframe save has run: the list is on disk already.
    assert_eq!(
        read_recent(&list_file),
        [canonical(&second), canonical(&first)]
    );
    assert!(load(&list_file).is_err(), "the list is not a session");
}

#[test]
fn a_launch_resumes_the_last_session_if_it_is_still_there() {
    let dir = temp_dir();
    let last = write_session(dir.path(), "last.ron", &example());
    let older = write_session(dir.path(), "older.ron", &example());
    let resumed = resume(None, &[last.clone(), older.clone()], || {})
        .expect("a session to resume")
        .expect("it opens");
    assert_eq!(resumed.path(), last);
    drop(resumed);

    let gone = dir.path().join("gone.ron");
    assert!(
        resume(None, &[gone, older], || {}).is_none(),
        "the last one is gone: the start screen, not an older session by surprise"
    );
    assert!(resume(None, &[], || {}).is_none(), "a first launch");

    let named = dir.path().join("named.ron");
    let created = resume(Some(&named), &[last], || {})
        .expect("the file named")
        .expect("created, as it was not there");
    assert_eq!(created.path(), named);
    assert!(named.exists());
}
