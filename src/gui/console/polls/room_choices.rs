//! Adding the room's own words to a poll: any theme, action item or note, found by its words.

use egui::{TextEdit, Ui};

use crate::gui::console::about_picker::short;
use crate::model::{ChoiceKind, Session};
use crate::tr;
use crate::words::Words;

/// The most of each kind the menu lists at once: the words typed narrow the rest down.
const LISTED: usize = 40;

/// "Add a note, theme or action item…": a menu with a box for words and the matching themes,
/// action items and notes not yet on the poll (`on_poll`). Returns the id chosen, if any.
pub fn room_choices_ui(ui: &mut Ui, session: &Session, on_poll: &[String]) -> Option<String> {
    let any = !session.notes.is_empty() || !session.actions.is_empty();
    if !any {
        return None;
    }
    let mut chosen = None;
    let said = crate::gui::words(ui.ctx());
    ui.menu_button(tr!(said, "console-room-choices"), |ui| {
        let words_id = ui.make_persistent_id("room-choice-words");
        let mut words: String = ui.data(|data| data.get_temp(words_id).unwrap_or_default());
        let caption = ui.label(tr!(said, "console-notes-find"));
        ui.add(
            TextEdit::singleline(&mut words)
                .hint_text(tr!(said, "console-notes-find-hint"))
                .desired_width(260.0),
        )
        .labelled_by(caption.id);
        ui.data_mut(|data| data.insert_temp(words_id, words.clone()));
        let wanted = words.trim().to_lowercase();
        let matches = |text: &str| wanted.is_empty() || text.to_lowercase().contains(&wanted);
        let free = |id: &String| !on_poll.contains(id);
        let themes = session
            .themes
            .iter()
            .filter(|theme| free(&theme.id) && matches(&theme.title))
            .map(|theme| (&theme.id, ChoiceKind::Theme, theme.title.as_str()));
        let actions = session
            .actions
            .iter()
            .filter(|action| free(&action.id) && matches(&action.text))
            .map(|action| (&action.id, ChoiceKind::Action, action.text.as_str()));
        let notes = session
            .notes
            .iter()
            .filter(|note| free(&note.id) && matches(&note.text))
            .map(|note| (&note.id, ChoiceKind::Note, note.text.as_str()));
        egui::ScrollArea::vertical()
            .max_height(320.0)
            .show(ui, |ui| {
                for list in [
                    themes.collect::<Vec<_>>(),
                    actions.collect(),
                    notes.collect(),
                ] {
                    for (id, kind, text) in list.iter().take(LISTED) {
                        let name = choice_kind_name(said, *kind);
                        let button = ui.button(format!("{name} · {}", short(text)));
                        if button.on_hover_text(*text).clicked() {
                            chosen = Some((*id).clone());
                            // The next search starts afresh.
                            ui.data_mut(|data| data.remove::<String>(words_id));
                            ui.close();
                        }
                    }
                    if let Some((_, kind, _)) = list.get(LISTED) {
                        let more = list.len() - LISTED;
                        ui.weak(more_words(said, *kind, more));
                    }
                }
            });
    })
    .response
    .on_hover_text(tr!(said, "console-room-choices-hover"));
    chosen
}

/// "Note", "Theme", "Action item": what a choice of the room's own words is.
pub fn choice_kind_name(words: &Words, kind: ChoiceKind) -> String {
    match kind {
        ChoiceKind::Item => tr!(words, "console-choice-item"),
        ChoiceKind::Note => tr!(words, "console-choice-note"),
        ChoiceKind::Action => tr!(words, "console-choice-action"),
        ChoiceKind::Theme => tr!(words, "console-choice-theme"),
    }
}

/// "12 more notes: type words to find them".
fn more_words(words: &Words, kind: ChoiceKind, more: usize) -> String {
    match kind {
        ChoiceKind::Theme => tr!(words, "console-room-choices-more-themes", count = more),
        ChoiceKind::Action => tr!(words, "console-room-choices-more-actions", count = more),
        _ => tr!(words, "console-room-choices-more-notes", count = more),
    }
}
