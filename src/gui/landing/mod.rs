//! What the console shows while no session is open: the start screen, or why a session did not
//! open, each with the ways on: a new session, another file, a recent one.

pub mod new_from;
mod not_opened;
pub mod recent_list;
mod start;

use egui::{Response, RichText, Ui};

use crate::gui::app::{Landing, Msg, State};

/// Body text on these screens: a size to read at arm's length, a little larger than the
/// console's, as they are read rather than worked in.
const BODY: f32 = 16.0;

/// The screen in place of the console; returns what the facilitator chose.
pub fn landing_ui(ui: &mut Ui, state: &State) -> Vec<Msg> {
    let mut asked = Vec::new();
    egui::CentralPanel::default().show(ui, |ui| {
        egui::ScrollArea::vertical().show(ui, |ui| {
            ui.add_space(32.0);
            // A column of readable width, centred: the window may be a projector's width.
            let width = ui.available_width().min(760.0);
            let margin = (ui.available_width() - width) / 2.0;
            ui.horizontal(|ui| {
                ui.add_space(margin);
                ui.vertical(|ui| {
                    ui.set_width(width);
                    match &state.landing {
                        Landing::Start => start::start_ui(ui, state, &mut asked),
                        Landing::NotOpened(failure) => {
                            not_opened::not_opened_ui(ui, state, failure, &mut asked);
                        }
                    }
                });
            });
            ui.add_space(32.0);
        });
    });
    asked
}

/// A button a first-time user finds: large words, the first choice filled in the accent.
fn big_button(ui: &mut Ui, words: &str, primary: bool, enabled: bool) -> Response {
    let text = RichText::new(words).size(18.0);
    let mut button = egui::Button::new(if primary { text.strong() } else { text })
        .min_size(egui::vec2(180.0, 40.0));
    if primary {
        button = button.fill(ui.visuals().selection.bg_fill);
    }
    ui.add_enabled(enabled, button)
}
