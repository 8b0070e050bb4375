//! Themes on the notes panel: the notes listed grouped under a title, the themes listed with
//! their notes' count, dissolved, or put to the room as a vote.

use egui::{RichText, TextEdit, Ui};

use crate::gui::app::Msg;
use crate::model::{Session, dissolve_theme, group_as_theme, plural};

/// The themes bar's own state.
#[derive(Debug, Default)]
pub struct ThemesBar {
    /// The title being typed for a new theme, while the facilitator names one.
    naming: Option<String>,
}

impl ThemesBar {
    /// Draws the bar for the notes `listed` (by id); `writable` whether the session can change.
    pub fn ui(
        &mut self,
        ui: &mut Ui,
        session: &Session,
        listed: &[String],
        writable: bool,
        out: &mut Vec<Msg>,
    ) {
        ui.add_enabled_ui(writable, |ui| {
            ui.horizontal(|ui| self.group_ui(ui, session, listed, out));
            if !session.themes.is_empty() {
                themes_list_ui(ui, session, out);
            }
        });
    }

    /// "Group as theme…", then a title and the button that groups the listed notes under it.
    fn group_ui(&mut self, ui: &mut Ui, session: &Session, listed: &[String], out: &mut Vec<Msg>) {
        let Some(title) = &mut self.naming else {
            let group = ui
                .add_enabled(
                    !listed.is_empty(),
                    egui::Button::new(format!("Group as theme ({})", listed.len())),
                )
                .on_hover_text(
                    "Gather the notes listed under one title, as on a wall of sticky notes",
                )
                .on_disabled_hover_text("List the notes to group (filter by words, group or kind)");
            if group.clicked() {
                self.naming = Some(String::new());
            }
            return;
        };
        let caption = ui.label("Theme");
        let field = ui
            .add(
                TextEdit::singleline(title)
                    .hint_text("what these notes share")
                    .desired_width(220.0),
            )
            .labelled_by(caption.id);
        let entered = field.lost_focus() && ui.input(|input| input.key_pressed(egui::Key::Enter));
        let named = !title.trim().is_empty();
        let words = format!("Group {}", plural(listed.len(), "note"));
        if ui.add_enabled(named, egui::Button::new(words)).clicked() || entered && named {
            let (edit, _) = group_as_theme(session, title, listed);
            out.push(Msg::Apply(edit));
            self.naming = None;
        } else if ui.button("Cancel").clicked() {
            self.naming = None;
        }
    }
}

/// The themes, each with its notes' count and Dissolve; and a vote on them all.
fn themes_list_ui(ui: &mut Ui, session: &Session, out: &mut Vec<Msg>) {
    let header = format!("Themes ({})", session.themes.len());
    egui::CollapsingHeader::new(header)
        .id_salt("themes-list")
        .show(ui, |ui| {
            for theme in &session.themes {
                ui.horizontal(|ui| {
                    ui.label(RichText::new(&theme.title).strong());
                    ui.weak(plural(theme.notes.len(), "note"));
                    if ui.small_button("Dissolve").clicked() {
                        out.extend(dissolve_theme(session, &theme.id).map(Msg::Apply));
                    }
                });
            }
            if session.themes.len() >= 2 && ui.button("Vote on the themes").clicked() {
                out.push(Msg::VoteOn(
                    session
                        .themes
                        .iter()
                        .map(|theme| theme.id.clone())
                        .collect(),
                ));
            }
        });
}
