//! The session's details — title, day, venue, facilitators — shown under the title and edited
//! in a small window.

use egui::{RichText, Ui};

use crate::gui::app::Msg;
use crate::model::{Edit, Session, read_date};
use crate::tr;
use crate::words::Words;

/// The details as being typed, until they are saved or let go.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct DetailsDraft {
    title: String,
    date: String,
    venue: String,
    /// One name a line.
    facilitators: String,
    /// Why the last try to save was refused.
    error: Option<String>,
}

impl DetailsDraft {
    /// The session's details as they are, ready to change.
    pub fn of(session: &Session) -> DetailsDraft {
        DetailsDraft {
            title: session.title.clone(),
            date: session.date.format("%Y-%m-%d").to_string(),
            venue: session.venue.clone(),
            facilitators: session.facilitators.join("\n"),
            error: None,
        }
    }

    /// The change the draft asks for, or why it cannot be made.
    fn edit(&self, words: &Words) -> Result<Edit, String> {
        let title = self.title.trim();
        if title.is_empty() {
            return Err(tr!(words, "console-details-no-title"));
        }
        let Some(date) = read_date(&self.date) else {
            return Err(tr!(
                words,
                "console-details-not-a-date",
                typed = self.date.trim()
            ));
        };
        let facilitators = self
            .facilitators
            .lines()
            .map(str::trim)
            .filter(|name| !name.is_empty())
            .map(str::to_owned)
            .collect();
        Ok(Edit::SetDetails {
            title: title.to_owned(),
            date,
            venue: self.venue.trim().to_owned(),
            facilitators,
        })
    }
}

/// The window of the details, while `draft` is open. Saving sends the edit and closes it;
/// Cancel or Esc lets the draft go.
pub fn details_window_ui(ui: &mut Ui, draft: &mut Option<DetailsDraft>, asked: &mut Vec<Msg>) {
    let Some(open) = draft else {
        return;
    };
    let mut close = false;
    let mut names = None;
    let words = crate::gui::words(ui.ctx());
    let modal = egui::Modal::new(egui::Id::unique("session-details")).show(ui.ctx(), |ui| {
        ui.set_width(460.0);
        ui.heading(tr!(words, "console-details-heading"));
        ui.add_space(8.0);
        egui::Grid::new("details-form")
            .num_columns(2)
            .spacing(egui::vec2(12.0, 8.0))
            .show(ui, |ui| {
                let caption = ui.label(tr!(words, "console-details-title"));
                ui.add(egui::TextEdit::singleline(&mut open.title).desired_width(320.0))
                    .labelled_by(caption.id);
                ui.end_row();
                let caption = ui.label(tr!(words, "console-details-day"));
                ui.vertical(|ui| {
                    ui.add(
                        egui::TextEdit::singleline(&mut open.date)
                            .hint_text("2026-11-19")
                            .desired_width(160.0),
                    )
                    .labelled_by(caption.id);
                    // What the typed day is read as, so a slip shows before it is saved.
                    let reading = read_date(&open.date).map_or_else(
                        || tr!(words, "console-details-not-a-date-yet"),
                        |date| words.date_with_weekday(date),
                    );
                    ui.weak(reading);
                });
                ui.end_row();
                let caption = ui.label(tr!(words, "console-details-venue"));
                ui.add(
                    egui::TextEdit::singleline(&mut open.venue)
                        .hint_text(tr!(words, "console-details-venue-hint"))
                        .desired_width(320.0),
                )
                .labelled_by(caption.id);
                ui.end_row();
                let caption = ui.label(tr!(words, "console-details-facilitators"));
                names = Some(
                    ui.add(
                        egui::TextEdit::multiline(&mut open.facilitators)
                            .hint_text(tr!(words, "console-details-facilitators-hint"))
                            .desired_rows(2)
                            .desired_width(320.0),
                    )
                    .labelled_by(caption.id),
                );
                ui.end_row();
            });
        // Enter saves, as in any form, except in the list of names, where it starts a new one.
        let in_names = names.as_ref().is_some_and(egui::Response::has_focus);
        let enter = !in_names && ui.input(|input| input.key_pressed(egui::Key::Enter));
        // The line is always there, so the buttons do not move when it speaks.
        let (line, colour) = match &open.error {
            Some(error) => (error.clone(), crate::gui::theme::okabe_ito::ORANGE),
            None => (
                tr!(words, "console-details-rule"),
                ui.visuals().weak_text_color(),
            ),
        };
        ui.add(egui::Label::new(RichText::new(line).color(colour)).wrap());
        ui.add_space(8.0);
        ui.horizontal(|ui| {
            if ui.button(tr!(words, "console-save")).clicked() || enter {
                match open.edit(words) {
                    Ok(edit) => {
                        asked.push(Msg::Apply(edit));
                        close = true;
                    }
                    Err(why) => open.error = Some(why),
                }
            }
            if ui.button(tr!(words, "console-cancel")).clicked() {
                close = true;
            }
        });
    });
    if close || modal.should_close() {
        *draft = None;
    }
}
