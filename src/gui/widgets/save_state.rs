//! The save state, as the console and the review desk both show it beside the title.

use egui::Color32;

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
