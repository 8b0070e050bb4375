//! The start screen: a new session, a file to open, or one of the recent sessions.

use egui::{RichText, Ui};

use super::recent_list::recent_list_ui;
use super::{BODY, big_button};
use crate::gui::app::dialogs::Purpose;
use crate::gui::app::{Msg, State};

/// "Plaza", the ways to begin, and the sessions opened lately.
pub fn start_ui(ui: &mut Ui, state: &State, asked: &mut Vec<Msg>) {
    ui.label(RichText::new("Plaza").size(40.0).strong());
    ui.label(
        RichText::new(
            "Present the organisation's mission, vision and values; capture what the room says; \
             vote on the shared screen.",
        )
        .size(BODY),
    );
    ui.add_space(20.0);
    ways_on_ui(ui, state, "Open…", asked);
    ui.add_space(24.0);
    recent_list_ui(ui, state, asked);
}

/// New session and Open…, the ways on whatever happened: shared with the screen of a file that
/// did not open (where opening is "Open another…").
pub fn ways_on_ui(ui: &mut Ui, state: &State, open_words: &str, asked: &mut Vec<Msg>) {
    egui::Grid::new("ways-on")
        .num_columns(2)
        .spacing(egui::vec2(16.0, 10.0))
        .show(ui, |ui| {
            if big_button(ui, "New session", true, true).clicked() {
                asked.push(Msg::NewSession);
            }
            ui.label(
                RichText::new("On the built-in framework, saved in Plaza's sessions folder")
                    .size(BODY)
                    .weak(),
            );
            ui.end_row();
            if big_button(ui, "New session from…", false, true).clicked() {
                asked.push(Msg::AskNewFrom);
            }
            ui.label(
                RichText::new(
                    "An organisation's own statement, a template, or a recent session's framework",
                )
                .size(BODY)
                .weak(),
            );
            ui.end_row();
            if big_button(ui, open_words, false, !state.dialog_open).clicked() {
                asked.push(Msg::Ask(Purpose::Open));
            }
            ui.label(
                RichText::new("A session file (.ron) Plaza saved")
                    .size(BODY)
                    .weak(),
            );
            ui.end_row();
        });
}
