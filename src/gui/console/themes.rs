//! Themes on the notes panel: the notes chosen (selected, or else listed) grouped under a
//! title, added to a theme or taken out; the themes listed with their notes' count, renamed,
//! merged, listed alone, dissolved, or put to the room as a vote.

use egui::{RichText, TextEdit, Ui};

use crate::gui::app::Msg;
use crate::gui::console::notes::Themed;
use crate::model::{
    Session, Theme, add_to_theme, clip_words, dissolve_theme, group_as_theme, merge_themes,
    rename_theme, take_out_of_themes,
};
use crate::tr;

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
        let words = crate::gui::words(ui.ctx());
        let Some(title) = &mut self.naming else {
            let button =
                egui::Button::new(tr!(words, "console-themes-group", count = chosen.len()));
            let group = ui
                .add_enabled(!chosen.is_empty(), button)
                .on_hover_text(tr!(words, "console-themes-group-hover"))
                .on_disabled_hover_text(tr!(words, "console-themes-group-disabled-hover"));
            if group.clicked() {
                self.naming = Some(String::new());
            }
            return;
        };
        let caption = ui.label(tr!(words, "console-themes-theme"));
        let field = ui
            .add(
                TextEdit::singleline(title)
                    .hint_text(tr!(words, "console-themes-theme-hint"))
                    .desired_width(220.0),
            )
            .labelled_by(caption.id);
        let entered = field.lost_focus() && ui.input(|input| input.key_pressed(egui::Key::Enter));
        let named = !title.trim().is_empty();
        let label = tr!(words, "console-themes-group-notes", count = chosen.len());
        if ui.add_enabled(named, egui::Button::new(label)).clicked() || entered && named {
            let (edit, _) = group_as_theme(session, title, chosen);
            out.push(Msg::Apply(edit));
            self.naming = None;
        } else if ui.button(tr!(words, "console-cancel")).clicked() {
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
        let words = crate::gui::words(ui.ctx());
        let header = tr!(words, "console-themes-header", count = session.themes.len());
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
                        .button(tr!(
                            words,
                            "console-themes-vote",
                            count = session.themes.len()
                        ))
                        .on_hover_text(tr!(words, "console-themes-vote-hover"))
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
        let words = crate::gui::words(ui.ctx());
        if let Some((id, title)) = &mut self.renaming
            && *id == theme.id
        {
            let field = ui
                .horizontal(|ui| {
                    let caption = ui.label(tr!(words, "console-themes-new-title"));
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
                    let save_title = egui::Button::new(tr!(words, "console-themes-save-title"));
                    let save = ui.add_enabled(named, save_title);
                    (
                        save.clicked(),
                        ui.button(tr!(words, "console-cancel")).clicked(),
                    )
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
        ui.weak(tr!(words, "console-notes-count", count = theme.notes.len()));
        ui.horizontal(|ui| {
            let mut request = None;
            if ui
                .small_button(tr!(words, "console-themes-list"))
                .on_hover_text(tr!(words, "console-themes-list-hover"))
                .clicked()
            {
                request = Some(ListRequest::Theme(theme.id.clone()));
            }
            if ui
                .small_button(tr!(words, "console-themes-rename"))
                .clicked()
            {
                self.renaming = Some((theme.id.clone(), theme.title.clone()));
            }
            if session.themes.len() >= 2 {
                merge_into_ui(ui, session, &theme.id, out);
            }
            if ui
                .small_button(tr!(words, "console-themes-dissolve"))
                .on_hover_text(tr!(words, "console-themes-dissolve-hover"))
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
    let words = crate::gui::words(ui.ctx());
    if !session.themes.is_empty() {
        let label = tr!(words, "console-themes-add-to", count = chosen.len());
        ui.menu_button(label, |ui| {
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
            .button(tr!(words, "console-themes-take-out", count = themed))
            .on_hover_text(tr!(words, "console-themes-take-out-hover"))
            .clicked()
    {
        out.push(Msg::Apply(take_out_of_themes(session, chosen)));
    }
}

/// "Merge into…": the other themes, one of which takes this theme's notes.
fn merge_into_ui(ui: &mut Ui, session: &Session, from: &str, out: &mut Vec<Msg>) {
    let words = crate::gui::words(ui.ctx());
    ui.menu_button(tr!(words, "console-themes-merge-into"), |ui| {
        for other in session.themes.iter().filter(|other| other.id != from) {
            if ui.button(clip_words(&other.title, TITLE_CHARS)).clicked() {
                out.extend(merge_themes(session, &other.id, from).map(Msg::Apply));
                ui.close();
            }
        }
    })
    .response
    .on_hover_text(tr!(words, "console-themes-merge-into-hover"));
}
