//! The save state, as the console and the review desk both show it beside the title; for a
//! read-only session, why, and the way on.

use egui::{Color32, RichText};

use crate::gui::app::Msg;
use crate::gui::app::dialogs::Purpose;

use crate::gui::theme::okabe_ito;
use crate::store::{Document, SaveStatus};
use crate::tr;
use crate::words::Words;

/// The save state beside the title: "Saved 10:41:07", "Saving…", "Not saved: …", or why the
/// session is read-only, in `words`.
pub fn save_state(document: &Document, words: &Words) -> (String, Color32) {
    if let Some(reason) = document.read_only() {
        let reason = document
            .read_only_cause()
            .map_or_else(|| reason.to_owned(), |cause| words.store_error(cause));
        let said = tr!(words, "app-state-read-only", reason = reason);
        return (said, okabe_ito::ORANGE);
    }
    match document.save_status() {
        Some(SaveStatus {
            error: Some(failure),
            ..
        }) => (
            tr!(
                words,
                "app-state-not-saved",
                why = words.save_failure(&failure)
            ),
            okabe_ito::VERMILLION,
        ),
        Some(status) if status.saving || !status.is_clean() => {
            (tr!(words, "app-state-saving"), Color32::GRAY)
        }
        Some(status) => match status.saved_at {
            Some(at) => {
                let time = at.with_timezone(&chrono::Local).format("%H:%M:%S");
                let said = tr!(words, "app-state-saved-at", time = time.to_string());
                (said, Color32::GRAY)
            }
            None => (tr!(words, "app-state-saved"), Color32::GRAY),
        },
        None => (String::new(), Color32::GRAY),
    }
}

/// Why the session is read-only, in a few words for one line, in `words`; `None` when it is
/// not.
pub fn read_only_short(document: &Document, words: &Words) -> Option<String> {
    let english = document.read_only_reason()?;
    Some(
        document
            .read_only_cause()
            .map_or_else(|| english.to_owned(), |cause| words.read_only_short(cause)),
    )
}

/// Why nothing can change here, in one line that fits, and the way on: a copy of one's own.
pub fn read_only_ui(ui: &mut egui::Ui, reason: &str, dialog_open: bool, asked: &mut Vec<Msg>) {
    let words = crate::gui::words(ui.ctx());
    let heading = tr!(words, "app-read-only");
    ui.label(RichText::new(heading).strong().color(okabe_ito::ORANGE));
    let copy = egui::Button::new(tr!(words, "app-save-copy-as"));
    if ui
        .add_enabled(!dialog_open, copy)
        .on_hover_text(tr!(words, "app-save-copy-as-hover"))
        .clicked()
    {
        asked.push(Msg::Ask(Purpose::SaveAs));
    }
    let said = tr!(words, "app-read-only-why", reason = reason);
    ui.add(egui::Label::new(RichText::new(&said).color(okabe_ito::ORANGE)).truncate())
        .on_hover_text(&said);
}
