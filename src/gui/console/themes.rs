//! Themes on the notes panel: the notes chosen (selected, or else listed) grouped under a
//! title, added to a theme or taken out; the themes listed with their notes' count, renamed,
//! merged, listed alone, dissolved, or put to the room as a vote.

use egui::{RichText, TextEdit, Ui};

use crate::gui::app::Msg;
use crate::gui::console::notes::Themed;
use crate::model::{
    Session, Theme, add_to_theme, clip_words, dissolve_theme, group_as_theme, merge_themes, plural,
    rename_theme, take_out_of_themes,
};

/// The themes bar's own state.
#[derive(Debug, Default)]
pub struct ThemesBar {
    /// The title being typed for a new theme, while the facilitator names one.
    naming: Option<String>,
    /// The theme being renamed (its id) and the title typed so far.
    renaming: Option<(String, String)>,
}

/// What the themes bar asks of the notes panel.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ListRequest {
    /// List only the notes of this theme.
    Theme(String),
}

/// The widest a theme's title shows in a menu or a row.
const TITLE_CHARS: usize = 40;

impl ThemesBar {
    /// Draws the bar for the notes `chosen` (by id, selected or listed); `writable` whether the
    /// session can change. Returns what the notes list should show, when asked.
    pub fn ui(
        &mut self,
        ui: &mut Ui,
        (session, themed): (&Session, &Themed<'_>),
        chosen: &[String],
        writable: bool,
        out: &mut Vec<Msg>,
    ) -> Option<ListRequest> {
        ui.add_enabled_ui(writable, |ui| {
            ui.horizontal(|ui| {
                self.group_ui(ui, session, chosen, out);
                if self.naming.is_none() {
                    add_to_theme_ui(ui, (session, themed), chosen, out);
                }
            });
            if session.themes.is_empty() {
                None
            } else {
                self.themes_list_ui(ui, session, out)
            }
        })
        .inner
    }

    /// "Group as theme…", then a title and the button that groups the chosen notes under it.
    fn group_ui(&mut self, ui: &mut Ui, session: &Session, chosen: &[String], out: &mut Vec<Msg>) {
        let Some(title) = &mut self.naming else {
            let group = ui
                .add_enabled(
                    !chosen.is_empty(),
                    egui::Button::new(format!("Group as theme ({})", chosen.len())),
                )
                .on_hover_text(
                    "Gather these notes under one title, as on a wall of sticky notes",
                )
                .on_disabled_hover_text(
                    "Select notes (Ctrl-click, Shift-click) or list them (filter by words, group or kind)",
                );
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
        let words = format!("Group {}", plural(chosen.len(), "note"));
        if ui.add_enabled(named, egui::Button::new(words)).clicked() || entered && named {
            let (edit, _) = group_as_theme(session, title, chosen);
            out.push(Msg::Apply(edit));
            self.naming = None;
        } else if ui.button("Cancel").clicked() {
            self.naming = None;
        }
    }

    /// The themes, each with its notes' count, and what can be done with each; and a vote on
    /// them all.
    fn themes_list_ui(
        &mut self,
        ui: &mut Ui,
        session: &Session,
        out: &mut Vec<Msg>,
    ) -> Option<ListRequest> {
        let mut request = None;
        let header = format!("Themes ({})", session.themes.len());
        egui::CollapsingHeader::new(header)
            .id_salt("themes-list")
            .show(ui, |ui| {
                // A grid, so each theme's buttons line up under the one above.
                egui::Grid::new("themes-grid")
                    .num_columns(3)
                    .spacing([12.0, 4.0])
                    .show(ui, |ui| {
                        for theme in &session.themes {
                            if let Some(asked) = self.theme_row_ui(ui, session, theme, out) {
                                request = Some(asked);
                            }
                            ui.end_row();
                        }
                    });
                if session.themes.len() >= 2
                    && ui
                        .button(format!("Vote on the themes ({})", session.themes.len()))
                        .on_hover_text(
                            "A poll whose choices are the themes, prepared on the Polls tab",
                        )
                        .clicked()
                {
                    out.push(Msg::VoteOn(
                        session
                            .themes
                            .iter()
                            .map(|theme| theme.id.clone())
                            .collect(),
                    ));
                }
            });
        request
    }
}

impl ThemesBar {
    /// One theme's row: its title and notes' count, then List, Rename, Merge into… and
    /// Dissolve; while renamed, the title being typed with Save title and Cancel.
    fn theme_row_ui(
        &mut self,
        ui: &mut Ui,
        session: &Session,
        theme: &Theme,
        out: &mut Vec<Msg>,
    ) -> Option<ListRequest> {
        if let Some((id, title)) = &mut self.renaming
            && *id == theme.id
        {
            let field = ui
                .horizontal(|ui| {
                    let caption = ui.label("New title");
                    ui.add(TextEdit::singleline(title).desired_width(220.0))
                        .labelled_by(caption.id)
                })
                .inner;
            ui.label("");
            let entered =
                field.lost_focus() && ui.input(|input| input.key_pressed(egui::Key::Enter));
            let named = !title.trim().is_empty();
            let (save, cancel) = ui
                .horizontal(|ui| {
                    let save = ui.add_enabled(named, egui::Button::new("Save title"));
                    (save.clicked(), ui.button("Cancel").clicked())
                })
                .inner;
            if named && (save || entered) {
                out.extend(rename_theme(session, id, title).map(Msg::Apply));
                self.renaming = None;
            } else if cancel {
                self.renaming = None;
            }
            return None;
        }
        ui.label(RichText::new(clip_words(&theme.title, TITLE_CHARS)).strong())
            .on_hover_text(&theme.title);
        ui.weak(plural(theme.notes.len(), "note"));
        ui.horizontal(|ui| {
            let mut request = None;
            if ui
                .small_button("List")
                .on_hover_text("List only this theme's notes")
                .clicked()
            {
                request = Some(ListRequest::Theme(theme.id.clone()));
            }
            if ui.small_button("Rename").clicked() {
                self.renaming = Some((theme.id.clone(), theme.title.clone()));
            }
            if session.themes.len() >= 2 {
                merge_into_ui(ui, session, &theme.id, out);
            }
            if ui
                .small_button("Dissolve")
                .on_hover_text("Its notes stay, in no theme")
                .clicked()
            {
                out.extend(dissolve_theme(session, &theme.id).map(Msg::Apply));
            }
            request
        })
        .inner
    }
}

/// "Add to theme" with the themes to choose from, and "Take out of theme" when a chosen note
/// is in one.
fn add_to_theme_ui(
    ui: &mut Ui,
    (session, themed): (&Session, &Themed<'_>),
    chosen: &[String],
    out: &mut Vec<Msg>,
) {
    if chosen.is_empty() {
        return;
    }
    if !session.themes.is_empty() {
        ui.menu_button(format!("Add to theme ({})", chosen.len()), |ui| {
            for theme in &session.themes {
                if ui.button(clip_words(&theme.title, TITLE_CHARS)).clicked() {
                    out.extend(add_to_theme(session, &theme.id, chosen).map(Msg::Apply));
                    ui.close();
                }
            }
        });
    }
    let themed = chosen
        .iter()
        .filter(|id| themed.contains_key(id.as_str()))
        .count();
    if themed > 0
        && ui
            .button(format!("Take out of theme ({themed})"))
            .on_hover_text("The notes stay, in no theme")
            .clicked()
    {
        out.push(Msg::Apply(take_out_of_themes(session, chosen)));
    }
}

/// "Merge into…": the other themes, one of which takes this theme's notes.
fn merge_into_ui(ui: &mut Ui, session: &Session, from: &str, out: &mut Vec<Msg>) {
    ui.menu_button("Merge into…", |ui| {
        for other in session.themes.iter().filter(|other| other.id != from) {
            if ui.button(clip_words(&other.title, TITLE_CHARS)).clicked() {
                out.extend(merge_themes(session, &other.id, from).map(Msg::Apply));
                ui.close();
            }
        }
    })
    .response
    .on_hover_text("Join this theme's notes to another theme; this one goes");
}
