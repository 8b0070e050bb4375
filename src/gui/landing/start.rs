//! The start screen: a new session, a file to open, or one of the recent sessions.

use egui::{RichText, Ui};

use super::recent_list::recent_list_ui;
use super::{BODY, big_button};
use crate::gui::app::dialogs::Purpose;
use crate::gui::app::{Msg, State};
use crate::tr;

/// "Plaza", the ways to begin, and the sessions opened lately.
pub fn start_ui(ui: &mut Ui, state: &State, asked: &mut Vec<Msg>) {
    let words = state.words;
    ui.label(
        RichText::new(tr!(words, "landing-title"))
            .size(40.0)
            .strong(),
    );
    ui.label(RichText::new(tr!(words, "landing-tagline")).size(BODY));
    ui.add_space(20.0);
    ways_on_ui(ui, state, &tr!(words, "menu-session-open"), asked);
    ui.add_space(24.0);
    recent_list_ui(ui, state, asked);
}

/// New session and Open…, the ways on whatever happened: shared with the screen of a file that
/// did not open (where opening is "Open another…").
pub fn ways_on_ui(ui: &mut Ui, state: &State, open_words: &str, asked: &mut Vec<Msg>) {
    let words = state.words;
    egui::Grid::new("ways-on")
        .num_columns(2)
        .spacing(egui::vec2(16.0, 10.0))
        .show(ui, |ui| {
            if big_button(ui, &tr!(words, "landing-new-session"), true, true).clicked() {
                asked.push(Msg::NewSession);
            }
            ui.label(
                RichText::new(tr!(words, "landing-new-session-hint"))
                    .size(BODY)
                    .weak(),
            );
            ui.end_row();
            if big_button(ui, &tr!(words, "menu-session-new-from"), false, true).clicked() {
                asked.push(Msg::AskNewFrom);
            }
            ui.label(
                RichText::new(tr!(words, "menu-session-new-from-hover"))
                    .size(BODY)
                    .weak(),
            );
            ui.end_row();
            if big_button(ui, open_words, false, !state.dialog_open).clicked() {
                asked.push(Msg::Ask(Purpose::Open));
            }
            ui.label(
                RichText::new(tr!(words, "landing-open-hint"))
                    .size(BODY)
                    .weak(),
            );
            ui.end_row();
        });
}
