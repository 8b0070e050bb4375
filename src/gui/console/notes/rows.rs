//! The notes listed, newest first: each a line with its kind, group, item and theme, chosen as
//! in a file list, and the actions on the one chosen.

use egui::{ScrollArea, Ui};

use super::{NotesPanel, Themed, kind_button_ui, name_group_ui};
use crate::gui::app::Msg;
use crate::gui::console::about_picker::{about_name, short};
use crate::gui::console::note_selection::click_modifiers;
use crate::gui::theme;
use crate::model::{Edit, Note, Session, Theme, clip_words};
use crate::tr;

impl NotesPanel {
    /// The notes, newest first.
    /// `themed` is each themed note's theme, by note id.
    pub(super) fn rows_ui(
        &mut self,
        ui: &mut Ui,
        (session, themed): (&Session, &Themed<'_>),
        shown: &[&Note],
        out: &mut Vec<Msg>,
    ) {
        let row_height = ui.spacing().interact_size.y + 4.0;
        let mut clicked = None;
        // One widget per note keeps a list of thousands quick; the chosen note (the one just
        // typed, or clicked) carries its actions.
        ScrollArea::vertical()
            .id_salt("notes-list")
            .auto_shrink([false, true])
            .show_rows(ui, row_height, shown.len(), |ui, rows| {
                for note in &shown[rows] {
                    let chosen = self.selection.current.as_deref() == Some(note.id.as_str());
                    let marked = self.selection.contains(&note.id);
                    let row = ui.horizontal(|ui| {
                        let theme = themed.get(note.id.as_str()).copied();
                        if !chosen {
                            return note_row_ui(
                                ui,
                                (session, theme),
                                note,
                                marked,
                                self.every_item,
                            );
                        }
                        ui.with_layout(egui::Layout::right_to_left(egui::Align::Center), |ui| {
                            self.row_actions_ui(ui, (session, theme), note, out);
                            note_row_ui(ui, (session, theme), note, true, self.every_item)
                        })
                        .inner
                    });
                    if row.inner.clicked() {
                        clicked = Some(note.id.clone());
                    }
                }
            });
        if let Some(id) = clicked {
            let modifiers = ui.input(click_modifiers);
            self.selection.click(&id, modifiers, shown);
        }
    }

    /// The chosen note's actions, right to left: delete, spotlight (and whether it names the
    /// group), take out of its theme, edit.
    pub(super) fn row_actions_ui(
        &mut self,
        ui: &mut Ui,
        (session, theme): (&Session, Option<&Theme>),
        note: &Note,
        out: &mut Vec<Msg>,
    ) {
        let words = crate::gui::words(ui.ctx());
        let delete = egui::Button::new(tr!(words, "console-delete")).small();
        if ui.add_enabled(self.writable, delete).clicked() {
            out.push(Msg::Apply(Edit::RemoveNote(note.id.clone())));
        }
        if ui
            .small_button(tr!(words, "console-notes-spotlight"))
            .on_hover_text(tr!(words, "console-notes-spotlight-hover"))
            .clicked()
        {
            out.push(Msg::Spotlight(Some(note.id.clone())));
        }
        let spotlit = self.spotlit.as_deref() == Some(&note.id);
        if !spotlit && !note.group.trim().is_empty() {
            name_group_ui(ui, self.names_group, out);
        }
        if theme.is_some() {
            let take_out = egui::Button::new(tr!(words, "console-notes-out-of-theme")).small();
            if ui
                .add_enabled(self.writable, take_out)
                .on_hover_text(tr!(words, "console-notes-out-of-theme-hover"))
                .clicked()
            {
                let edit =
                    crate::model::take_out_of_themes(session, std::slice::from_ref(&note.id));
                out.push(Msg::Apply(edit));
            }
        }
        let edit = egui::Button::new(tr!(words, "console-notes-edit")).small();
        if ui.add_enabled(self.writable, edit).clicked() {
            self.editing = Some(note.clone());
        }
    }
}

/// One note as a line of the list: kind (in its colour), group, item on the all-items list,
/// and the words, cut to the width with the whole note on hover.
fn note_row_ui(
    ui: &mut Ui,
    (session, theme): (&Session, Option<&Theme>),
    note: &Note,
    chosen: bool,
    with_item: bool,
) -> egui::Response {
    use egui::text::{LayoutJob, TextFormat};
    let style = ui.style();
    let font = egui::TextStyle::Body.resolve(style);
    let plain = TextFormat::simple(font.clone(), style.visuals.text_color());
    let weak = TextFormat::simple(font.clone(), style.visuals.weak_text_color());
    let kind = theme::kind_colour(note.kind, style.visuals.panel_fill);
    let mut job = LayoutJob::default();
    let words = crate::gui::words(ui.ctx());
    job.append(
        &words.note_kind_name(note.kind),
        0.0,
        TextFormat::simple(font, kind),
    );
    if !note.group.is_empty() {
        job.append(&note.group, 10.0, weak.clone());
    }
    if with_item {
        let about = about_name(words, session, &note.about);
        job.append(&short(&about), 10.0, weak.clone());
    }
    if let Some(theme) = theme {
        job.append(&format!("[{}]", clip_words(&theme.title, 24)), 10.0, weak);
    }
    job.append(&note.text, 10.0, plain);
    kind_button_ui(ui, chosen, job)
        .on_hover_text(&note.text)
        .on_hover_text(tr!(words, "console-notes-row-hover"))
}
