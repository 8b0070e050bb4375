//! The app speaks the system's language from its first frame, remembers the one chosen in
//! View → Language over the system's, and its start screen, a file that did not open and the
//! review desk read in Spanish.

use chrono::Datelike;
use egui_kittest::Harness;
use egui_kittest::kittest::{By, NodeT, Queryable};
use plaza::gui::{PlazaApp, Settings};
use plaza::sample::example_retreat;
use plaza::store::Document;
use plaza::words::{Lang, PSEUDO_MARKS, Words};

use crate::support::{temp_dir, write_session};

fn harness_of(app: impl FnOnce() -> PlazaApp + 'static) -> Harness<'static, PlazaApp> {
    let mut harness = Harness::builder()
        .with_size(egui::vec2(1280.0, 800.0))
        .with_max_steps(64)
        .build_eframe(move |_cc| app());
    harness.run();
    harness
}

fn has_label(harness: &Harness<'_, PlazaApp>, text: &str) -> bool {
    harness.query_all_by_label(text).next().is_some()
}

/// The name the child test runs under, for `--exact`.
const SPANISH_CHILD: &str = "gui::app_language::child_starts_in_spanish_with_no_language_chosen";

#[test]
fn a_spanish_locale_starts_the_app_in_spanish() {
    let output = std::process::Command::new(std::env::current_exe().expect("the test binary"))
        .args(["--exact", SPANISH_CHILD, "--ignored", "--nocapture"])
        .env("LANG", "es_MX.UTF-8")
        .env_remove("LC_ALL")
        .env_remove("LC_MESSAGES")
        .output()
        .expect("the child test runs");
    let stdout = String::from_utf8_lossy(&output.stdout);
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert!(
        output.status.success(),
        "the child failed:\n{stdout}\n{stderr}"
    );
    // A name that matched nothing would pass with no test run at all.
    assert!(
        stdout.contains("running 1 test") && stdout.contains("1 passed"),
        "the child ran exactly one test:\n{stdout}"
    );
}

/// Run by [`a_spanish_locale_starts_the_app_in_spanish`] with `LANG=es_MX.UTF-8`.
#[test]
#[ignore = "run as a child process, with the locale set"]
fn child_starts_in_spanish_with_no_language_chosen() {
    assert_eq!(
        std::env::var("LANG").as_deref(),
        Ok("es_MX.UTF-8"),
        "run by a_spanish_locale_starts_the_app_in_spanish"
    );
    let harness = harness_of(|| PlazaApp::starting().with_settings(Settings::default()));
    harness.get_by_label("Nueva sesión");
    harness.get_by_label("Sesiones recientes");
    assert!(!has_label(&harness, "New session"));
    // Followed, not chosen: the next run follows the system again.
    assert_eq!(harness.state().settings().language, None);
}

#[test]
fn a_language_chosen_in_the_view_menu_is_remembered_over_the_system() {
    let mut harness = harness_of(|| PlazaApp::starting().with_words(Words::of(Lang::English)));
    harness.get_by_label("View").click();
    harness.run();
    harness.get_by_label("Language").click();
    harness.run();
    harness.get_by_label("Español").click();
    harness.run();
    assert!(
        has_label(&harness, "Nueva sesión"),
        "the screen speaks Spanish"
    );
    let remembered = harness.state().settings();
    assert_eq!(remembered.language, Some(Lang::Spanish));

    // The next run, whatever the system speaks (the settings decide before the locale is
    // read), starts in the language chosen.
    let next = harness_of(move || PlazaApp::starting().with_settings(remembered));
    next.get_by_label("Nueva sesión");
    next.get_by_label("Sesiones recientes");
    assert_eq!(next.state().settings().language, Some(Lang::Spanish));
}

#[test]
fn the_start_screen_reads_in_spanish() {
    let harness = harness_of(|| PlazaApp::starting().with_words(Words::of(Lang::Spanish)));
    for label in [
        "Sesión",
        "Ver",
        "Editar",
        "Plaza",
        "Nueva sesión",
        "Nueva sesión a partir de…",
        "Abrir…",
        "Sesiones recientes",
        "Con el marco incluido, guardada en la carpeta de sesiones de Plaza",
    ] {
        assert!(has_label(&harness, label), "{label}");
    }
    harness.get_by_label_contains("Presentar la misión, la visión y los valores");
}

#[test]
fn every_word_of_the_start_screen_comes_from_the_catalogue() {
    let harness = harness_of(|| PlazaApp::starting().with_words(Words::pseudo()));
    let (open, close) = PSEUDO_MARKS;
    harness.get_by_label(&format!("{open}New session{close}"));
    let stray: Vec<String> = harness
        .query_all(By::new().predicate(move |node| {
            node.label()
                .is_some_and(|label| !label.trim().is_empty() && !label.starts_with(open))
        }))
        .filter_map(|node| node.accesskit_node().label())
        .collect();
    assert!(stray.is_empty(), "not from the catalogue: {stray:?}");
}

#[test]
fn a_file_that_did_not_open_is_worded_in_the_language_chosen_after() {
    let dir = temp_dir();
    let notes = dir.path().join("notes.txt");
    std::fs::write(&notes, "Agenda(items: [\"coffee\"])\n").expect("write");
    // The failure is read before the app knows its language, as at startup.
    let app = PlazaApp::new(Document::open(&notes, || {}));
    let harness = harness_of(move || app.with_words(Words::of(Lang::Spanish)));
    harness.get_by_label("“notes.txt” no es una sesión de Plaza");
    harness.get_by_label_contains("Este archivo contiene otra cosa");
    harness.get_by_label("Abrir otro…");
}

#[test]
fn the_review_desk_reads_in_spanish() {
    let dir = temp_dir();
    let mut session = example_retreat();
    // Far-off due dates, so none turns overdue as the calendar moves on.
    for action in &mut session.actions {
        action.due = action.due.and_then(|due| due.with_year(2099));
    }
    let due = session
        .actions
        .iter()
        .filter(|action| !action.done)
        .find_map(|action| action.due)
        .expect("an open action item with a due date");
    let path = write_session(dir.path(), "retreat.ron", &session);
    let spanish = Words::of(Lang::Spanish);
    let mut harness = Harness::builder()
        .with_size(egui::vec2(1800.0, 1100.0))
        .with_max_steps(64)
        .build_eframe(move |cc| {
            let ctx = cc.egui_ctx.clone();
            PlazaApp::new(Document::open(&path, move || ctx.request_repaint())).with_words(spanish)
        });
    harness.run();
    assert!(harness.state().reviewing(), "every poll is revealed");
    for heading in [
        "Lo que las votaciones pusieron primero",
        "Acciones pendientes, por responsable",
        "Elemento por elemento",
        "Editar sesión",
        "Comparar con…",
        "Exportar informe en inglés…",
        "Exportar informe en español…",
        "En revisión: nada de aquí cambia la sesión.",
        "Responsable",
        "Fecha límite",
        "notas",
        "votaciones",
    ] {
        assert!(has_label(&harness, heading), "{heading}");
    }
    // Dates in Spanish's own form.
    assert!(has_label(&harness, &spanish.date_short(due)), "{due}");
    assert!(spanish.date_short(due).contains(" mar ") || due.month() != 3);

    harness.get_by_label("Editar sesión").click_accesskit();
    harness.run();
    assert!(!harness.state().reviewing());
}

#[test]
fn the_undo_menu_words_each_change_in_the_consoles_language() {
    use plaza::gui::app::Msg;
    use plaza::model::{About, Edit, Note, NoteKind, now};

    let dir = temp_dir();
    let path = write_session(dir.path(), "retreat.ron", &example_retreat());
    let mut app = PlazaApp::new(Document::open(&path, || {})).with_words(Words::of(Lang::Spanish));
    let note = |id: &str, text: &str| Note {
        id: id.into(),
        about: About::General,
        group: String::new(),
        kind: NoteKind::Idea,
        text: text.into(),
        created: now(),
    };
    app.update(Msg::Apply(Edit::AddNote(note("n-es", "Más tiempo"))));
    assert_eq!(
        app.undo_label().as_deref(),
        Some("Deshacer: agregar la nota “Más tiempo”")
    );
    // A switch of language words the changes made from then on in the new language.
    app.update(Msg::Language(Lang::English));
    app.update(Msg::Apply(Edit::AddNote(note("n-en", "More time"))));
    assert_eq!(
        app.undo_label().as_deref(),
        Some("Undo: add note “More time”")
    );
}

#[test]
fn a_damaged_file_is_said_to_be_damaged_in_spanish_whatever_its_gender() {
    let dir = temp_dir();
    let broken = dir.path().join("roto.ron");
    std::fs::write(&broken, "Session(format_version: 1, title: ").expect("write");
    let app = PlazaApp::new(Document::open(&broken, || {}));
    let harness = harness_of(move || app.with_words(Words::of(Lang::Spanish)));
    harness.get_by_label("“roto.ron” tiene daños");
    harness.get_by_label_contains("Plaza no pudo leerlo (1:34:");
}

#[test]
fn the_dashboards_figures_follow_the_language_chosen() {
    let dir = temp_dir();
    let path = write_session(dir.path(), "retreat.ron", &example_retreat());
    let mut harness = harness_of(move || {
        PlazaApp::new(Document::open(&path, || {})).with_words(Words::of(Lang::English))
    });
    assert!(harness.state().reviewing(), "every poll is revealed");
    assert!(has_label(&harness, "mean 3.74, 19 rated"));
    assert!(has_label(&harness, "Dot voting · revealed · 23 ballots"));
    harness.get_by_label("View").click();
    harness.run();
    harness.get_by_label("Language").click();
    harness.run();
    harness.get_by_label("Español").click();
    harness.run();
    // Worked out again in Spanish, not kept from the English.
    assert!(has_label(&harness, "media 3,74, 19 calificaciones"));
    assert!(has_label(
        &harness,
        "Votación con puntos · revelada · 23 votos"
    ));
    assert!(!has_label(&harness, "mean 3.74, 19 rated"));
}
