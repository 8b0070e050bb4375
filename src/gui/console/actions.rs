//! Action items: what is to be done, by whom, by when (a real date, checked as typed), about
//! which item; ticked off when done, edited or deleted.

use chrono::NaiveDate;
use egui::{RichText, ScrollArea, TextEdit, Ui};

use crate::gui::app::Msg;
use crate::gui::console::about_picker::{about_name, about_picker_ui};
use crate::gui::theme::okabe_ito;
use crate::model::{About, Action, Edit, Session, new_id, now, read_date};
use crate::tr;
use crate::words::Words;

/// A form for one action item, new or being edited.
#[derive(Debug, Clone, Default)]
struct Draft {
    /// The action being edited, or `None` for a new one.
    id: Option<String>,
    text: String,
    owner: String,
    due: String,
    about: Option<About>,
    done: bool,
    created: Option<chrono::DateTime<chrono::Utc>>,
}

/// The action panel's own state.
#[derive(Debug, Default)]
pub struct ActionsPanel {
    new: Draft,
    editing: Option<Draft>,
    /// Why the new action was last refused, until it is added.
    error: Option<String>,
    /// The new action just sent, until the session holds it and the form can be cleared.
    awaiting: Option<String>,
    /// Why the edited action was last refused, until it is saved or let go.
    edit_error: Option<String>,
}

/// Reads a due date as typed: empty for none, else a real calendar date; why not, in `words`.
fn parse_due(words: &Words, text: &str) -> Result<Option<NaiveDate>, String> {
    let text = text.trim();
    if text.is_empty() {
        return Ok(None);
    }
    if let Some(date) = read_date(text) {
        return Ok(Some(date));
    }
    Err(tr!(words, "console-actions-due-not-a-date", typed = text))
}

impl Draft {
    fn action(&self, words: &Words, about: &About) -> Result<Action, String> {
        let text = self.text.trim();
        if text.is_empty() {
            return Err(tr!(words, "console-actions-what-missing"));
        }
        Ok(Action {
            id: self.id.clone().unwrap_or_else(new_id),
            about: self.about.clone().unwrap_or_else(|| about.clone()),
            text: text.to_owned(),
            owner: self.owner.trim().to_owned(),
            due: parse_due(words, &self.due)?,
            done: self.done,
            created: self.created.unwrap_or_else(now),
        })
    }

    fn from_action(action: &Action) -> Self {
        Draft {
            id: Some(action.id.clone()),
            text: action.text.clone(),
            owner: action.owner.clone(),
            due: action.due.map(|d| d.to_string()).unwrap_or_default(),
            about: Some(action.about.clone()),
            done: action.done,
            created: Some(action.created),
        }
    }
}

/// The form's fields; returns whether Enter was pressed in one of them, and whether a field
/// changed. `problem` is why the form was last refused, if it was.
fn draft_ui(
    ui: &mut Ui,
    id: &str,
    session: &Session,
    draft: &mut Draft,
    about: &About,
    problem: Option<&str>,
) -> (bool, bool) {
    let mut entered = false;
    let mut changed = false;
    let mut enter = |response: egui::Response, ui: &Ui| {
        changed |= response.changed();
        if response.lost_focus() && ui.input(|input| input.key_pressed(egui::Key::Enter)) {
            entered = true;
        }
    };
    let words = crate::gui::words(ui.ctx());
    let caption = ui.label(tr!(words, "console-actions-what"));
    let response = ui
        .add(
            TextEdit::singleline(&mut draft.text)
                .id_salt((id, "text"))
                .hint_text(tr!(words, "console-actions-what-hint"))
                .desired_width(f32::INFINITY),
        )
        .labelled_by(caption.id);
    enter(response, ui);
    ui.horizontal(|ui| {
        let caption = ui.label(tr!(words, "console-actions-owner"));
        let response = ui
            .add(
                TextEdit::singleline(&mut draft.owner)
                    .id_salt((id, "owner"))
                    .hint_text(tr!(words, "console-actions-owner-hint"))
                    .desired_width(120.0),
            )
            .labelled_by(caption.id);
        enter(response, ui);
        let caption = ui.label(tr!(words, "console-actions-due"));
        let response = ui
            .add(
                TextEdit::singleline(&mut draft.due)
                    .id_salt((id, "due"))
                    .hint_text("2027-02-01")
                    .desired_width(100.0),
            )
            .labelled_by(caption.id);
        enter(response, ui);
    });
    // One line that is always there: a date half typed must not push the button down.
    let due = parse_due(words, &draft.due).err();
    let (line, colour) = match problem.map(str::to_owned).or(due) {
        Some(problem) => (problem, okabe_ito::VERMILLION),
        None => (
            tr!(words, "console-actions-due-hint"),
            ui.visuals().weak_text_color(),
        ),
    };
    ui.add(egui::Label::new(RichText::new(&line).color(colour)).truncate())
        .on_hover_text(line);
    ui.horizontal(|ui| {
        let caption = ui.label(tr!(words, "console-actions-about"));
        let mut chosen = draft.about.clone().unwrap_or_else(|| about.clone());
        about_picker_ui(
            ui,
            &format!("{id}-about"),
            caption.id,
            session,
            &mut chosen,
            false,
        );
        if chosen != *about || draft.about.is_some() {
            draft.about = Some(chosen);
        }
    });
    (entered, changed)
}

impl ActionsPanel {
    /// Forgets the "about" chosen for the previous slide's new action.
    pub fn follow_slide(&mut self) {
        self.new.about = None;
    }

    /// Starts a new action item with these words, about this, for the facilitator to finish
    /// (an owner, a date) and add.
    pub fn prefill(&mut self, text: &str, about: About) {
        self.new.text = text.to_owned();
        self.new.about = Some(about);
        self.error = None;
    }

    /// Draws the panel; `slide_about` is what new actions are about unless chosen otherwise.
    pub fn ui(
        &mut self,
        ui: &mut Ui,
        session: &Session,
        slide_about: About,
        writable: bool,
    ) -> Vec<Msg> {
        let mut out = Vec::new();
        if let Some(id) = self.awaiting.take()
            && session.actions.iter().any(|action| action.id == id)
        {
            // Added: the form is ready for the next one, about the same thing.
            let about = self.new.about.take();
            self.new = Draft {
                about,
                ..Draft::default()
            };
        }
        ui.add_enabled_ui(writable, |ui| {
            self.new_action_ui(ui, session, &slide_about, &mut out)
        });
        ui.separator();
        let words = crate::gui::words(ui.ctx());
        if let Some(draft) = &mut self.editing {
            let mut done = false;
            ui.group(|ui| {
                ui.label(RichText::new(tr!(words, "console-actions-editing")).strong());
                let about = draft.about.clone().unwrap_or(About::General);
                let (entered, changed) = draft_ui(
                    ui,
                    "edit-action",
                    session,
                    draft,
                    &about,
                    self.edit_error.as_deref(),
                );
                if changed {
                    self.edit_error = None;
                }
                ui.horizontal(|ui| {
                    if ui.button(tr!(words, "console-save")).clicked() || entered {
                        match draft.action(words, &about) {
                            Ok(action) => {
                                out.push(Msg::Apply(Edit::UpdateAction(action)));
                                done = true;
                            }
                            Err(problem) => self.edit_error = Some(problem),
                        }
                    }
                    if ui.button(tr!(words, "console-cancel")).clicked() {
                        done = true;
                    }
                });
            });
            if done {
                self.editing = None;
                self.edit_error = None;
            }
        }
        let open = session.actions.iter().filter(|a| !a.done).count();
        ui.label(tr!(
            words,
            "console-actions-count",
            count = session.actions.len(),
            open = open
        ));
        ScrollArea::vertical()
            .id_salt("actions-list")
            .auto_shrink([false, true])
            .show(ui, |ui| {
                for action in &session.actions {
                    if action_row_ui(ui, session, action, writable, &mut out) {
                        self.editing = Some(Draft::from_action(action));
                    }
                }
            });
        out
    }

    /// The form of a new action item. What was typed stays until the session holds the action:
    /// words refused are there to be put right.
    fn new_action_ui(&mut self, ui: &mut Ui, session: &Session, about: &About, out: &mut Vec<Msg>) {
        let words = crate::gui::words(ui.ctx());
        ui.label(RichText::new(tr!(words, "console-actions-new")).strong());
        let (entered, changed) = draft_ui(
            ui,
            "new-action",
            session,
            &mut self.new,
            about,
            self.error.as_deref(),
        );
        if changed {
            // What was refused is being put right: the reason no longer holds.
            self.error = None;
        }
        if ui.button(tr!(words, "console-actions-add")).clicked() || entered {
            match self.new.action(words, about) {
                Ok(action) => {
                    self.awaiting = Some(action.id.clone());
                    out.push(Msg::Apply(Edit::AddAction(action)));
                    self.error = None;
                }
                Err(problem) => self.error = Some(problem),
            }
        }
    }
}

/// One action item as a line: done, its words (cut to the width, whole on hover), and who and
/// by when, never cut. Returns whether the facilitator asked to edit it.
fn action_row_ui(
    ui: &mut Ui,
    session: &Session,
    action: &Action,
    writable: bool,
    out: &mut Vec<Msg>,
) -> bool {
    let mut edit = false;
    let words = crate::gui::words(ui.ctx());
    ui.horizontal(|ui| {
        let mut done = action.done;
        let tick = ui.add_enabled(writable, egui::Checkbox::without_text(&mut done));
        if tick
            .on_hover_text(tr!(words, "console-actions-done"))
            .changed()
        {
            out.push(Msg::Apply(Edit::UpdateAction(Action {
                done,
                ..action.clone()
            })));
        }
        ui.with_layout(egui::Layout::right_to_left(egui::Align::Center), |ui| {
            let delete = egui::Button::new(tr!(words, "console-delete")).small();
            if ui.add_enabled(writable, delete).clicked() {
                out.push(Msg::Apply(Edit::RemoveAction(action.id.clone())));
            }
            let change = egui::Button::new(tr!(words, "console-actions-edit")).small();
            edit = ui.add_enabled(writable, change).clicked();
            let mut who_when = Vec::new();
            if !action.owner.is_empty() {
                who_when.push(action.owner.clone());
            }
            if let Some(due) = action.due {
                let date = words.date_short(due);
                who_when.push(tr!(words, "console-actions-due-on", date = date));
            }
            if !who_when.is_empty() {
                ui.label(RichText::new(who_when.join(" · ")).strong());
            }
            let about = about_name(words, session, &action.about);
            let mut text = RichText::new(format!("{}  ({about})", action.text));
            if action.done {
                text = text.strikethrough().weak();
            }
            ui.add(egui::Label::new(text).truncate())
                .on_hover_text(&action.text);
        });
    });
    edit
}
