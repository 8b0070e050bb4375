//! The console in Spanish: every tab's labels read in Spanish through AccessKit, a Spanish
//! button does its work, View → Language → Español turns an English console Spanish, and on a
//! laptop's 1280 × 800 no tab's words, longer in Spanish, are cut at an edge.

use egui::accesskit::Role;
use egui_kittest::Harness;
use egui_kittest::kittest::{NodeT, Queryable};
use plaza::gui::PlazaApp;
use plaza::gui::room::deck::Slide;
use plaza::model::PollStatus;

use crate::support::{
    click_button, click_label, console_in_spanish, console_on, fresh_session, open_session,
    temp_dir, write_session,
};

/// Whether a widget with exactly this label is on the screen.
fn shows(harness: &Harness<'_, PlazaApp>, label: &str) -> bool {
    harness.query_by_label(label).is_some()
}

#[test]
fn every_tab_of_the_console_reads_in_spanish() {
    let dir = temp_dir();
    let path = write_session(dir.path(), "retiro.ron", &fresh_session());
    let mut harness = console_in_spanish(path);
    click_label(&mut harness, "15. COMPASSION");
    assert_eq!(harness.state().slide(), &Slide::Value("compassion".into()));

    // The tabs, undo and redo, the projector's controls and the timer.
    for label in ["Notas", "Acciones", "Votaciones", "Marco"] {
        assert!(shows(&harness, label), "the tab {label:?}");
    }
    for button in [
        "Deshacer",
        "Rehacer",
        "Proyectar (F5)",
        "Detalles…",
        "Fijar",
    ] {
        harness.get_by_role_and_label(Role::Button, button);
    }
    assert!(shows(&harness, "Temporizador"));
    assert!(shows(&harness, "En el proyector:"));
    assert!(
        harness
            .query_by_label_contains("Diapositiva 15 de")
            .is_some(),
        "the slide list says where the room is"
    );

    // Notes: the entry box, its group, the filters and the wall button.
    harness.get_by_role_and_label(Role::TextInput, "Nueva nota");
    harness.get_by_role_and_label(Role::TextInput, "Grupo");
    harness.get_by_role_and_label(Role::TextInput, "Buscar");
    harness.get_by_role_and_label(Role::Button, "Mostrar en el muro");
    assert!(shows(&harness, "Todos los elementos"));
    assert!(shows(&harness, "0 notas"));
    for kind in ["Fortaleza", "Preocupación", "Idea", "Pregunta"] {
        harness.get_by_role_and_label(Role::Button, kind);
    }

    // Action items: the form and its button.
    click_label(&mut harness, "Acciones");
    assert!(shows(&harness, "Nueva acción"));
    harness.get_by_role_and_label(Role::TextInput, "Qué");
    harness.get_by_role_and_label(Role::TextInput, "Responsable");
    harness.get_by_role_and_label(Role::TextInput, "Fecha límite");
    harness.get_by_role_and_label(Role::Button, "Agregar acción");
    assert!(shows(&harness, "0 acciones, 0 pendientes"));

    // Polls: nothing yet, and the button that starts one.
    click_label(&mut harness, "Votaciones");
    harness.get_by_role_and_label(Role::Button, "Nueva votación");
    assert!(shows(&harness, "0 votaciones"));
    assert!(
        harness
            .query_by_label_contains("Aún no hay votaciones")
            .is_some()
    );

    // The framework editor: its headings and fields.
    click_label(&mut harness, "Marco");
    harness.get_by_role_and_label(Role::Button, "Guardar como plantilla");
    harness.get_by_role_and_label(Role::TextInput, "Título");
    assert!(
        !harness
            .query_all_by_role_and_label(Role::TextInput, "Encabezado")
            .collect::<Vec<_>>()
            .is_empty(),
        "the open section's items have a heading field each"
    );
    harness.get_by_role_and_label(Role::Button, "Agregar un elemento");
    assert!(shows(&harness, "Valores fundamentales (6 elementos)"));
    assert_eq!(
        harness.query_all_by_label_contains("elementos)").count(),
        3,
        "each section says how many items it has"
    );
}

#[test]
fn spanish_buttons_start_a_poll_and_add_an_action_item() {
    let dir = temp_dir();
    let path = write_session(dir.path(), "retiro.ron", &fresh_session());
    let mut harness = console_in_spanish(path);

    click_label(&mut harness, "Votaciones");
    click_button(&mut harness, "Nueva votación");
    let session = open_session(&harness);
    assert_eq!(session.polls.len(), 1, "the button started a poll");
    let poll = &session.polls[0];
    assert_eq!(poll.status, PollStatus::Draft);
    // A new poll's question is the facilitator's, in the facilitator's language.
    assert_eq!(
        poll.question,
        "¿Qué valores necesitan más atención el próximo año?"
    );
    assert!(shows(&harness, "1 votación"));
    assert!(shows(&harness, "BORRADOR · en preparación"));
    harness.get_by_role_and_label(Role::TextInput, "Pregunta");
    harness.get_by_role_and_label(Role::Button, "Abrir votación");
    harness.get_by_role_and_label(Role::Button, "Eliminar votación…");
    assert!(shows(&harness, "Puntos por persona"));
    click_button(&mut harness, "Abrir votación");
    assert_eq!(open_session(&harness).polls[0].status, PollStatus::Open);
    harness.get_by_role_and_label(Role::Button, "Cerrar votación");
    assert!(shows(&harness, "ABIERTA · votando ahora"));

    click_label(&mut harness, "Acciones");
    let what = harness.get_by_role_and_label(Role::TextInput, "Qué");
    what.focus();
    what.type_text("Traducir los folletos de alta");
    harness.run();
    click_button(&mut harness, "Agregar acción");
    let actions = open_session(&harness).actions;
    assert_eq!(actions.len(), 1, "the button added the action item");
    assert_eq!(actions[0].text, "Traducir los folletos de alta");
    assert!(shows(&harness, "1 acción, 1 pendiente"));
}

#[test]
fn a_wrong_due_date_is_refused_in_spanish() {
    let dir = temp_dir();
    let path = write_session(dir.path(), "retiro.ron", &fresh_session());
    let mut harness = console_in_spanish(path);
    click_label(&mut harness, "Acciones");
    let due = harness.get_by_role_and_label(Role::TextInput, "Fecha límite");
    due.focus();
    due.type_text("mañana");
    harness.run();
    assert!(
        harness
            .query_by_label_contains("“mañana” no es una fecha")
            .is_some(),
        "the problem is said in Spanish under the form"
    );
}

#[test]
fn choosing_espanol_in_the_view_menu_turns_the_console_spanish() {
    let dir = temp_dir();
    let path = write_session(dir.path(), "retreat.ron", &fresh_session());
    let mut harness = console_on(path);
    harness.get_by_role_and_label(Role::TextInput, "New note");
    assert!(shows(&harness, "Notes"));

    harness.get_by_label("View").click_accesskit();
    harness.run();
    harness.get_by_label("Language").click_accesskit();
    harness.run();
    harness.get_by_label("Español").click_accesskit();
    harness.run();

    assert_eq!(
        harness.state().state().words.lang(),
        plaza::words::Lang::Spanish
    );
    harness.get_by_role_and_label(Role::TextInput, "Nueva nota");
    for label in ["Notas", "Acciones", "Votaciones", "Marco"] {
        assert!(shows(&harness, label), "the tab {label:?} after the switch");
    }
    assert!(
        harness.query_by_label("New note").is_none(),
        "no English left where the Spanish now is"
    );
}

/// The console at the smallest size it is made for: a laptop's 1280 × 800.
const LAPTOP: egui::Vec2 = egui::vec2(1280.0, 800.0);

/// Every label, button and field cut short: its box reaching past the window's sides, or
/// across the edge of its panel (a panel's resize handle), where the panel cuts it. (A box
/// starting below the window is in a list one scrolls down to.)
fn cut_short(harness: &Harness<'_, PlazaApp>) -> Vec<String> {
    let root = harness.root();
    let nodes: Vec<_> = root.children_recursive().collect();
    let edges: Vec<egui::Rect> = nodes
        .iter()
        .filter(|node| node.accesskit_node().role() == Role::Splitter)
        .map(|node| node.rect())
        .collect();
    let crosses_an_edge = |rect: egui::Rect| {
        edges.iter().any(|edge| {
            let x = edge.center().x;
            rect.left() + 1.0 < x
                && x < rect.right() - 1.0
                && edge.y_range().intersects(rect.y_range())
        })
    };
    nodes
        .iter()
        .filter(|node| {
            matches!(
                node.accesskit_node().role(),
                Role::Label | Role::Button | Role::TextInput | Role::CheckBox | Role::ComboBox
            )
        })
        .filter(|node| {
            let rect = node.rect();
            rect.top() < LAPTOP.y
                && (rect.left() < -0.5 || rect.right() > LAPTOP.x + 0.5 || crosses_an_edge(rect))
        })
        .map(|node| {
            let node_info = node.accesskit_node();
            let text = node_info.label().or(node_info.value()).unwrap_or_default();
            format!("{:?} {text:?} at {:?}", node_info.role(), node.rect())
        })
        .collect()
}

#[test]
fn no_tab_of_the_spanish_console_runs_past_a_laptops_window() {
    let dir = temp_dir();
    let session = crate::support::example();
    let path = write_session(dir.path(), "retiro.ron", &session);
    let mut harness = Harness::builder()
        .with_size(LAPTOP)
        .with_max_steps(64)
        .build_eframe(move |_cc| {
            let mut app = PlazaApp::new(plaza::store::Document::open(&path, || {}))
                .with_words(plaza::words::Words::of(plaza::words::Lang::Spanish));
            app.set_reviewing(false);
            app
        });
    harness.run();
    assert!(
        harness.query_all_by_role(Role::Splitter).next().is_some(),
        "the panels' edges are there to be checked"
    );
    let mut found = Vec::new();
    let mut look = |harness: &Harness<'_, PlazaApp>, screen: &str| {
        found.extend(
            cut_short(harness)
                .into_iter()
                .map(|cut| format!("{screen}: {cut}")),
        );
    };
    // Notes: every item's, and one chosen with its buttons.
    click_label(&mut harness, "Notas");
    click_label(&mut harness, "Todos los elementos");
    look(&harness, "Notas");
    let note = &session.notes.last().expect("a note").text;
    let row = harness
        .query_all_by_label_contains(note)
        .find(|node| node.accesskit_node().role() == Role::Button)
        .map(|row| row.click_accesskit());
    assert!(row.is_some(), "the note is listed");
    harness.run();
    harness.get_by_role_and_label(Role::Button, "Editar nota");
    look(&harness, "Notas, una elegida");
    click_label(&mut harness, "Acciones");
    look(&harness, "Acciones");
    click_label(&mut harness, "Votaciones");
    for poll in &session.polls {
        let start: String = poll.question.chars().take(12).collect();
        let chosen = harness
            .query_all_by_label_contains(&start)
            .find(|node| node.accesskit_node().role() == Role::Button)
            .map(|node| node.click_accesskit());
        assert!(chosen.is_some(), "the poll {start:?} is listed");
        harness.run();
        look(&harness, &format!("Votaciones, {start}"));
    }
    click_label(&mut harness, "Marco");
    look(&harness, "Marco");
    assert!(
        found.is_empty(),
        "cut short at the window's or a panel's edge:\n{}",
        found.join("\n")
    );
}
