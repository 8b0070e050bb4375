//! A note the session refuses stays in the box, word for word; only a note that arrived in the
//! session clears it for the next one.

use egui::Key;
use egui::accesskit::Role;
use egui_kittest::Harness;
use egui_kittest::kittest::Queryable;
use plaza::gui::app::Msg;
use plaza::gui::console::notes::NotesPanel;
use plaza::model::{About, Edit, Session};

use crate::support::fresh_session;

/// The notes panel on `session`. What it asks for is taken at once, as the app's update does,
/// while `accept` holds; otherwise it is refused and only counted.
struct Panel {
    notes: NotesPanel,
    session: Session,
    accept: bool,
    refused: Vec<String>,
}

fn harness() -> Harness<'static, Panel> {
    let panel = Panel {
        notes: NotesPanel::default(),
        session: fresh_session(),
        accept: false,
        refused: Vec::new(),
    };
    Harness::builder()
        .with_size(egui::vec2(900.0, 600.0))
        .build_ui_state(
            |ui, panel: &mut Panel| {
                let asked =
                    panel
                        .notes
                        .ui(ui, &panel.session, About::General, None, true, (None, true));
                for msg in asked {
                    if let Msg::Apply(Edit::AddNote(note)) = msg {
                        if panel.accept {
                            panel.session.notes.push(note);
                        } else {
                            panel.refused.push(note.text);
                        }
                    }
                }
            },
            panel,
        )
}

#[test]
fn a_refused_note_stays_in_the_box_and_an_added_one_clears_it() {
    let mut harness = harness();
    let entry = harness.get_by_role_and_label(Role::TextInput, "New note");
    entry.focus();
    entry.type_text("Mentoring works");
    harness.run();
    harness.key_press(Key::Enter);
    harness.run();

    assert_eq!(harness.state().refused, ["Mentoring works"]);
    assert!(harness.state().session.notes.is_empty());
    assert!(
        !harness.state().notes.entry_is_empty(),
        "the refused words are kept to try again"
    );

    harness.state_mut().accept = true;
    harness
        .get_by_role_and_label(Role::TextInput, "New note")
        .focus();
    harness.run();
    harness.key_press(Key::Enter);
    harness.run();
    let texts: Vec<&str> = harness
        .state()
        .session
        .notes
        .iter()
        .map(|note| note.text.as_str())
        .collect();
    assert_eq!(texts, ["Mentoring works"], "the same words, once");
    assert!(
        harness.state().notes.entry_is_empty(),
        "once the note is in the session the box is ready for the next"
    );
}
