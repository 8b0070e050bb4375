//! The save state, as the console and the review desk both show it beside the title; for a
//! read-only session, why, and the way on.

use egui::{Color32, RichText};

use crate::gui::app::Msg;
use crate::gui::app::dialogs::Purpose;

use crate::gui::theme::okabe_ito;
use crate::store::Document;

/// The save state beside the title: "Saved 10:41:07", "Saving…", "Not saved: …", or why the
/// session is read-only.
pub fn save_state(document: &Document) -> (String, Color32) {
    if let Some(reason) = document.read_only() {
        return (format!("Read-only: {reason}"), okabe_ito::ORANGE);
    }
    match document.save_status() {
        Some(status) if status.error.is_some() => (
            format!("Not saved: {}", status.error.unwrap_or_default()),
            okabe_ito::VERMILLION,
        ),
        Some(status) if status.saving || !status.is_clean() => ("Saving…".into(), Color32::GRAY),
        Some(status) => match status.saved_at {
            Some(at) => (
                format!(
                    "Saved {}",
                    at.with_timezone(&chrono::Local).format("%H:%M:%S")
                ),
                Color32::GRAY,
            ),
            None => ("Saved".into(), Color32::GRAY),
        },
        None => (String::new(), Color32::GRAY),
    }
}

/// Why nothing can change here, in one line that fits, and the way on: a copy of one's own.
pub fn read_only_ui(ui: &mut egui::Ui, reason: &str, dialog_open: bool, asked: &mut Vec<Msg>) {
    ui.label(RichText::new("Read-only").strong().color(okabe_ito::ORANGE));
    let copy = egui::Button::new("Save a copy as…");
    if ui
        .add_enabled(!dialog_open, copy)
        .on_hover_text("A copy of this session in a new file, opened here to work on")
        .clicked()
    {
        asked.push(Msg::Ask(Purpose::SaveAs));
    }
    let words = format!("{reason}: nothing here can be changed. A copy can be.");
    ui.add(egui::Label::new(RichText::new(&words).color(okabe_ito::ORANGE)).truncate())
        .on_hover_text(&words);
}
