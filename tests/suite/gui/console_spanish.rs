//! The console in Spanish: every tab's labels read in Spanish through AccessKit, a Spanish
//! button does its work, and View → Language → Español turns an English console Spanish.

use egui::accesskit::Role;
use egui_kittest::Harness;
use egui_kittest::kittest::Queryable;
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
