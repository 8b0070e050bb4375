//! With no file chooser on the computer, every file dialog becomes a typed path in Plaza's own
//! window: it says why, lists the folder's matching files, completes with Tab, checks the
//! path, and never does nothing without a word.

use egui::Key;
use egui_kittest::Harness;
use egui_kittest::kittest::{NodeT, Queryable};
use plaza::gui::PlazaApp;
use plaza::gui::app::chooser::{Chooser, ChooserEnv, find_chooser};
use plaza::store::Document;

use crate::support::{example, temp_dir, write_session};

fn harness_of(app: impl FnOnce() -> PlazaApp + 'static) -> Harness<'static, PlazaApp> {
    let mut harness = Harness::builder()
        .with_size(egui::vec2(1280.0, 800.0))
        .with_max_steps(64)
        .build_eframe(move |_cc| app().with_file_chooser(Chooser::Missing));
    harness.run();
    harness
}

fn enter(harness: &mut Harness<'_, PlazaApp>) {
    harness.key_press(Key::Enter);
    harness.run();
}

#[test]
fn open_asks_for_a_typed_path_and_completes_names_with_tab() {
    let dir = temp_dir();
    let recent = write_session(dir.path(), "recent.ron", &example());
    let mut board = example();
    board.title = "Board retreat".into();
    let board_path = write_session(dir.path(), "board-2026.ron", &board);
    let mut harness = harness_of(move || PlazaApp::starting().with_recent(None, vec![recent]));

    harness.get_by_label("Open…").click();
    harness.run();
    harness.get_by_label_contains("This computer has no file chooser");
    // The folder of the latest session is where it starts, with its sessions listed.
    harness.get_by_label("board-2026.ron");
    harness.get_by_label("recent.ron");

    harness.get_by_label("Path").type_text("bo");
    harness.run();
    harness.key_press(Key::Tab);
    harness.run();
    enter(&mut harness);

    let open = harness
        .state()
        .document()
        .expect("the typed session opened");
    assert_eq!(open.path(), board_path);
    assert!(harness.query_by_label_contains("no file chooser").is_none());
}

#[test]
fn a_path_that_names_no_file_is_refused_in_words_and_the_window_stays() {
    let dir = temp_dir();
    let recent = write_session(dir.path(), "recent.ron", &example());
    let mut harness = harness_of(move || PlazaApp::starting().with_recent(None, vec![recent]));
    harness.get_by_label("Open…").click();
    harness.run();

    harness.get_by_label("Path").type_text("missing.ron");
    harness.run();
    enter(&mut harness);
    harness.get_by_label_contains("There is no file at");
    harness.get_by_label_contains("missing.ron”.");
    assert!(harness.state().document().is_none());

    harness.get_by_label("Cancel").click();
    harness.run();
    assert!(harness.query_by_label("Path").is_none(), "Cancel closes it");
    harness.get_by_label("Open…");
}

#[test]
fn export_takes_the_suggested_name_beside_the_session() {
    let dir = temp_dir();
    let path = write_session(dir.path(), "retreat.ron", &example());
    let opened = path.clone();
    let mut harness = harness_of(move || {
        let mut app = PlazaApp::new(Document::open(&opened, || {}));
        app.set_reviewing(true);
        app
    });

    harness.get_by_label("Export report…").click();
    harness.run();
    harness.get_by_label("Export a report");
    enter(&mut harness);

    let report = dir.path().join("retreat-report.html");
    let html = std::fs::read_to_string(&report).expect("the report was written");
    assert!(html.contains("Leadership retreat 2026"));
    assert!(
        html.contains("<html lang=\"en\""),
        "reports are English unless asked"
    );
}

#[test]
fn a_chooser_is_found_through_zenity_or_a_portal_that_declares_one() {
    let dir = temp_dir();
    let programs = dir.path().join("bin");
    let data = dir.path().join("share");
    let portals = data.join("xdg-desktop-portal").join("portals");
    std::fs::create_dir_all(&programs).expect("bin");
    std::fs::create_dir_all(&portals).expect("portals");
    let mut env = ChooserEnv {
        program_dirs: vec![programs.clone()],
        data_dirs: vec![data],
        session_bus: true,
    };
    assert_eq!(find_chooser(&env), Chooser::Missing, "nothing installed");

    std::fs::write(
        portals.join("wlr.portal"),
        "[portal]\nInterfaces=org.freedesktop.impl.portal.Screenshot;\n",
    )
    .expect("a portal without a file chooser");
    assert_eq!(find_chooser(&env), Chooser::Missing);

    std::fs::write(
        portals.join("gtk.portal"),
        "[portal]\nInterfaces=org.freedesktop.impl.portal.FileChooser;\n",
    )
    .expect("a portal with one");
    assert_eq!(find_chooser(&env), Chooser::Available);
    env.session_bus = false;
    assert_eq!(
        find_chooser(&env),
        Chooser::Missing,
        "no bus to reach the portal through"
    );

    std::fs::write(programs.join("zenity"), "#!/bin/sh\n").expect("zenity");
    assert_eq!(find_chooser(&env), Chooser::Available);
}

#[test]
fn ctrl_o_and_ctrl_e_ask_for_a_file_as_the_menu_says() {
    let dir = temp_dir();
    let path = write_session(dir.path(), "retreat.ron", &example());
    let mut harness = harness_of(move || crate::support::at_console(Document::open(&path, || {})));

    harness.key_press_modifiers(egui::Modifiers::COMMAND, Key::O);
    harness.run();
    harness.get_by_label("Open a session");
    harness.key_press(Key::Escape);
    harness.run();
    assert!(harness.query_by_label("Open a session").is_none());

    harness.key_press_modifiers(egui::Modifiers::COMMAND, Key::E);
    harness.run();
    harness.get_by_label("Export a report");
}

#[test]
fn save_as_suggests_a_copys_name_and_refuses_an_existing_file_in_the_window() {
    let dir = temp_dir();
    let path = write_session(dir.path(), "retreat.ron", &example());
    let mut harness = harness_of(move || crate::support::at_console(Document::open(&path, || {})));
    harness.key_press_modifiers(egui::Modifiers::COMMAND | egui::Modifiers::SHIFT, Key::S);
    harness.run();
    harness.get_by_label("Save a copy as");
    let field = harness.get_by_label("Path");
    let typed = field.accesskit_node().value().unwrap_or_default();
    assert!(typed.ends_with("retreat-copy.ron"), "{typed}");

    // Typing the open file's own name is refused in the window, which stays.
    for _ in 0.."-copy.ron".len() {
        harness.key_press(Key::Backspace);
    }
    harness.run();
    harness.get_by_label("Path").type_text(".ron");
    harness.run();
    enter(&mut harness);
    harness.get_by_label_contains("There is already a file at");
    harness.get_by_label("Save a copy as");

    harness.get_by_label("Cancel").click();
    harness.run();
    harness.key_press_modifiers(egui::Modifiers::COMMAND | egui::Modifiers::SHIFT, Key::S);
    harness.run();
    enter(&mut harness);
    assert!(
        dir.path().join("retreat-copy.ron").exists(),
        "the copy was saved"
    );
    let open = harness.state().document().expect("the copy is open");
    assert!(open.path().ends_with("retreat-copy.ron"));
}

#[test]
fn export_in_spanish_writes_the_report_in_spanish() {
    let dir = temp_dir();
    let path = write_session(dir.path(), "retreat.ron", &example());
    let opened = path.clone();
    let mut harness = harness_of(move || PlazaApp::new(Document::open(&opened, || {})));
    harness.get_by_label("Session").click();
    harness.run();
    // The menu's button reads "Export report in Spanish… " (with room for a shortcut).
    harness
        .get_by_role_and_label(egui::accesskit::Role::Button, "Export report in Spanish… ")
        .click();
    harness.run();
    harness.get_by_label("Export a report");
    enter(&mut harness);

    let report = dir.path().join("retreat-report.html");
    let html = std::fs::read_to_string(&report).expect("the report was written");
    assert!(html.contains("<html lang=\"es\""), "a Spanish page");
    assert!(html.contains("Acciones"), "Plaza's words in Spanish");
    assert!(
        html.contains("Leadership retreat 2026"),
        "the session's own words as they are"
    );
}
