//! Capturing what the room says: a quick-entry box (Enter adds the note and keeps the cursor for
//! the next one), the group and kind that stay as last chosen, and the notes so far, which can be
//! filtered, edited, moved, spotlighted and deleted.
//!
//! Keys while the entry box has the cursor: Ctrl+1 … Ctrl+4 choose strength, concern, idea or
//! question.

mod rows;

use egui::{Key, Modifiers, RichText, TextEdit, Ui};

use crate::gui::app::Msg;
use crate::gui::app::keys::take_keys;
use crate::gui::console::about_picker::{about_name, about_picker_ui, short};
use crate::gui::console::note_selection::NoteSelection;
use crate::gui::console::themes::{ListRequest, ThemesBar};
use crate::gui::console::wall_controls::wall_controls_ui;
use crate::gui::room::notes_wall::WallView;
use crate::gui::theme;
use crate::model::{About, Edit, Note, NoteKind, Session, Theme, clip_words, new_id, now};
use crate::tr;

/// Each themed note's theme, by the note's id.
pub type Themed<'a> = std::collections::HashMap<&'a str, &'a Theme>;

/// The notes panel's own state: what is being typed and how the list is filtered.
#[derive(Debug, Default)]
pub struct NotesPanel {
    entry: String,
    group: String,
    kind: Option<NoteKind>,
    /// What new notes are about when the facilitator chose it; `None` follows the slide.
    chosen_about: Option<About>,
    filter_text: String,
    filter_group: String,
    filter_kind: Option<NoteKind>,
    every_item: bool,
    editing: Option<Note>,
    keep_focus: bool,
    /// The note chosen, and the notes selected.
    selection: NoteSelection,
    /// Only this theme's notes are listed.
    in_theme: Option<String>,
    /// The note just sent, until the session holds it and the box can be cleared.
    awaiting: Option<String>,
    /// Whether the session can change: read-only, notes are read, filtered and projected.
    writable: bool,
    /// The note in the spotlight, whose group choice is beside "End spotlight" instead.
    spotlit: Option<String>,
    /// Whether the spotlight names a note's group, as the room has it.
    names_group: bool,
    /// Grouping the listed notes as themes.
    themes: ThemesBar,
}

/// The id of the quick-entry box, so the app (and tests) can give it the keyboard.
pub fn entry_id() -> egui::Id {
    egui::Id::unique("note-entry")
}

/// The most notes one poll offers: more would make a booth of many pages.
const MAX_NOTE_CHOICES: usize = 30;

const KIND_KEYS: [(Key, NoteKind); 4] = [
    (Key::Num1, NoteKind::Strength),
    (Key::Num2, NoteKind::Concern),
    (Key::Num3, NoteKind::Idea),
    (Key::Num4, NoteKind::Question),
];

impl NotesPanel {
    /// Forgets a choice of "about" made for the previous slide.
    pub fn follow_slide(&mut self) {
        self.chosen_about = None;
        self.editing = None;
    }

    /// Whether nothing is typed in the quick-entry box.
    pub fn entry_is_empty(&self) -> bool {
        self.entry.is_empty()
    }

    /// The kind new notes get.
    pub fn kind(&self) -> NoteKind {
        self.kind.unwrap_or(NoteKind::Strength)
    }

    /// Draws the panel. `slide_about` is what the slide up is about (an item, or general);
    /// `writable` whether notes can be added and changed; `spotlight` the note in the spotlight
    /// and whether the spotlight names its group.
    pub fn ui(
        &mut self,
        ui: &mut Ui,
        session: &Session,
        slide_about: About,
        wall: Option<(&WallView, f32)>,
        writable: bool,
        spotlight: (Option<&str>, bool),
    ) -> Vec<Msg> {
        let mut out = Vec::new();
        self.writable = writable;
        self.spotlit = spotlight.0.map(str::to_owned);
        self.names_group = spotlight.1;
        if let Some(id) = self.awaiting.take()
            && session.note(&id).is_some()
        {
            // Added: the box is ready for the next remark. Refused, the words stay in it.
            self.entry.clear();
        }
        if let Some((wall, shape)) = wall {
            wall_controls_ui(ui, session, wall, shape, &mut out);
            ui.separator();
        }
        let about = self.chosen_about.clone().unwrap_or(slide_about);
        let words = crate::gui::words(ui.ctx());
        ui.horizontal(|ui| {
            let caption = ui.label(tr!(words, "console-notes-about"));
            let mut chosen = about.clone();
            about_picker_ui(ui, "note-about", caption.id, session, &mut chosen, true);
            if chosen != about {
                self.chosen_about = Some(chosen);
            }
            if ui
                .button(tr!(words, "console-notes-show-wall"))
                .on_hover_text(tr!(words, "console-notes-show-wall-hover"))
                .clicked()
            {
                out.push(Msg::Wall(Some(about.clone())));
            }
        });
        let about = self.chosen_about.clone().unwrap_or(about);

        // Ctrl+1…4 choose the kind, even while typing; of several in one frame, the last wins.
        let chosen = ui.input_mut(|input| {
            take_keys(input, |key, modifiers, _| {
                let (_, kind) = KIND_KEYS.iter().find(|(k, _)| *k == key)?;
                modifiers.matches_exact(Modifiers::COMMAND).then_some(*kind)
            })
        });
        if let Some(kind) = chosen.last() {
            self.kind = Some(*kind);
        }
        let entry = ui.add_enabled_ui(writable, |ui| self.entry_ui(ui, session, &about, &mut out));
        if writable && entry.inner {
            // The next remark follows at once: the cursor stays in the box.
            self.keep_focus = true;
        }
        ui.separator();
        self.list_ui(ui, session, &about, &mut out);
        out
    }

    /// The group, the kind and the box a note is typed in; returns whether Enter was pressed
    /// in the box.
    fn entry_ui(
        &mut self,
        ui: &mut Ui,
        session: &Session,
        about: &About,
        out: &mut Vec<Msg>,
    ) -> bool {
        let words = crate::gui::words(ui.ctx());
        ui.horizontal(|ui| {
            let caption = ui.label(tr!(words, "console-notes-group"));
            ui.add(
                TextEdit::singleline(&mut self.group)
                    .hint_text(tr!(words, "console-notes-group-hint"))
                    .desired_width(110.0),
            )
            .labelled_by(caption.id);
            let kind = self.kind();
            for (index, option) in NoteKind::ALL.into_iter().enumerate() {
                if kind_choice_ui(ui, kind == option, option)
                    .on_hover_text(format!("Ctrl+{}", index + 1))
                    .clicked()
                {
                    self.kind = Some(option);
                }
            }
        });
        let hint = tr!(
            words,
            "console-notes-entry-hint",
            kind = kind_key(self.kind()),
            about = short(&about_name(words, session, about))
        );
        let entry = ui
            .horizontal(|ui| {
                let caption = ui.label(tr!(words, "console-notes-new"));
                ui.add(
                    TextEdit::singleline(&mut self.entry)
                        .id(entry_id())
                        .hint_text(hint)
                        .desired_width(f32::INFINITY),
                )
                .labelled_by(caption.id)
            })
            .inner;
        if self.keep_focus {
            entry.request_focus();
            self.keep_focus = false;
        }
        let entered = entry.lost_focus() && ui.input(|input| input.key_pressed(Key::Enter));
        let text = self.entry.trim();
        if entered && !text.is_empty() {
            let id = new_id();
            // The note just typed is the one to spotlight or fix next.
            self.selection.current = Some(id.clone());
            self.awaiting = Some(id.clone());
            out.push(Msg::Apply(Edit::AddNote(Note {
                id,
                about: about.clone(),
                group: self.group.trim().to_owned(),
                kind: self.kind(),
                text: text.to_owned(),
                created: now(),
            })));
        }
        entered
    }

    fn list_ui(&mut self, ui: &mut Ui, session: &Session, about: &About, out: &mut Vec<Msg>) {
        self.filters_ui(ui, session);
        let words = self.filter_text.trim().to_lowercase();
        let group = self.filter_group.trim().to_lowercase();
        let theme = self.in_theme.as_deref().and_then(|id| session.theme(id));
        let shown: Vec<&Note> = session
            .notes
            .iter()
            .rev()
            .filter(|note| self.every_item || theme.is_some() || &note.about == about)
            .filter(|note| theme.is_none_or(|theme| theme.notes.contains(&note.id)))
            .filter(|note| self.filter_kind.is_none_or(|kind| note.kind == kind))
            .filter(|note| group.is_empty() || note.group.to_lowercase().contains(&group))
            .filter(|note| words.is_empty() || note.text.to_lowercase().contains(&words))
            .collect();
        let here = session
            .notes
            .iter()
            .filter(|note| self.every_item || theme.is_some() || &note.about == about)
            .filter(|note| theme.is_none_or(|theme| theme.notes.contains(&note.id)))
            .count();
        let chosen = self.selection.chosen(session, &shown);
        let words = crate::gui::words(ui.ctx());
        ui.horizontal(|ui| {
            ui.label(if shown.len() == here {
                tr!(words, "console-notes-count", count = here)
            } else {
                tr!(
                    words,
                    "console-notes-count-shown",
                    shown = shown.len(),
                    count = here
                )
            });
            if !self.selection.is_empty() {
                let selected = tr!(
                    words,
                    "console-notes-selected",
                    count = self.selection.len()
                );
                ui.label(RichText::new(selected).strong());
                if ui
                    .small_button(tr!(words, "console-notes-clear-selection"))
                    .clicked()
                {
                    self.selection.clear();
                }
            }
            // The room votes on its own ideas: the notes chosen become a poll's choices.
            let fits = (2..=MAX_NOTE_CHOICES).contains(&chosen.len());
            let vote = ui
                .add_enabled(
                    self.writable && fits,
                    egui::Button::new(tr!(words, "console-notes-vote", count = chosen.len())),
                )
                .on_hover_text(if self.selection.is_empty() {
                    tr!(words, "console-notes-vote-listed-hover")
                } else {
                    tr!(words, "console-notes-vote-selected-hover")
                })
                .on_disabled_hover_text(tr!(
                    words,
                    "console-notes-vote-disabled-hover",
                    most = MAX_NOTE_CHOICES
                ));
            if vote.clicked() {
                out.push(Msg::VoteOn(chosen.clone()));
            }
        });
        let themed = session.themes_by_note();
        let request = self
            .themes
            .ui(ui, (session, &themed), &chosen, self.writable, out);
        if let Some(ListRequest::Theme(id)) = request {
            self.in_theme = Some(id);
            self.selection.clear();
        }
        self.editing_ui(ui, session, out);
        self.rows_ui(ui, (session, &themed), &shown, out);
    }

    /// Find by words, group and kind; one item's notes or all; and the theme listed alone.
    fn filters_ui(&mut self, ui: &mut Ui, session: &Session) {
        let words = crate::gui::words(ui.ctx());
        if let Some(id) = &self.in_theme {
            match session.theme(id) {
                Some(theme) => {
                    ui.horizontal(|ui| {
                        ui.label(tr!(words, "console-notes-listing-theme"));
                        ui.label(RichText::new(clip_words(&theme.title, 50)).strong());
                        if ui
                            .small_button(tr!(words, "console-notes-list-all"))
                            .clicked()
                        {
                            self.in_theme = None;
                        }
                    });
                }
                None => self.in_theme = None,
            }
        }
        ui.horizontal(|ui| {
            let caption = ui.label(tr!(words, "console-notes-find"));
            ui.add(
                TextEdit::singleline(&mut self.filter_text)
                    .hint_text(tr!(words, "console-notes-find-hint"))
                    .desired_width(120.0),
            )
            .labelled_by(caption.id);
            let caption = ui.label(tr!(words, "console-notes-in-group"));
            ui.add(
                TextEdit::singleline(&mut self.filter_group)
                    .hint_text(tr!(words, "console-notes-in-group-hint"))
                    .desired_width(80.0),
            )
            .labelled_by(caption.id);
            let caption = ui.label(tr!(words, "console-notes-kind"));
            let any = tr!(words, "console-notes-kind-any");
            egui::ComboBox::from_id_salt("note-filter-kind")
                .selected_text(
                    self.filter_kind
                        .map_or(any.clone(), |kind| words.note_kind_name(kind)),
                )
                .show_ui(ui, |ui| {
                    ui.selectable_value(&mut self.filter_kind, None, any.as_str());
                    for kind in NoteKind::ALL {
                        let name = words.note_kind_name(kind);
                        ui.selectable_value(&mut self.filter_kind, Some(kind), name);
                    }
                })
                .response
                .labelled_by(caption.id);
            ui.checkbox(&mut self.every_item, tr!(words, "console-notes-all-items"));
        });
    }

    /// The note being edited, if any: its words, group, kind and what it is about.
    fn editing_ui(&mut self, ui: &mut Ui, session: &Session, out: &mut Vec<Msg>) {
        if let Some(draft) = &mut self.editing {
            let mut done = false;
            let words = crate::gui::words(ui.ctx());
            ui.group(|ui| {
                ui.label(RichText::new(tr!(words, "console-notes-editing")).strong());
                let caption = ui.label(tr!(words, "console-notes-text"));
                ui.add(TextEdit::multiline(&mut draft.text).desired_rows(2))
                    .labelled_by(caption.id);
                ui.horizontal(|ui| {
                    let caption = ui.label(tr!(words, "console-notes-group"));
                    ui.add(TextEdit::singleline(&mut draft.group).desired_width(90.0))
                        .labelled_by(caption.id);
                    for kind in NoteKind::ALL {
                        if kind_choice_ui(ui, draft.kind == kind, kind).clicked() {
                            draft.kind = kind;
                        }
                    }
                });
                ui.horizontal(|ui| {
                    let caption = ui.label(tr!(words, "console-notes-edit-about"));
                    about_picker_ui(
                        ui,
                        "edit-note-about",
                        caption.id,
                        session,
                        &mut draft.about,
                        true,
                    );
                });
                ui.horizontal(|ui| {
                    if ui.button(tr!(words, "console-save")).clicked() {
                        let mut note = draft.clone();
                        note.text = note.text.trim().to_owned();
                        note.group = note.group.trim().to_owned();
                        if session.note(&note.id) != Some(&note) {
                            out.push(Msg::Apply(Edit::UpdateNote(note)));
                        }
                        done = true;
                    }
                    if ui.button(tr!(words, "console-cancel")).clicked() {
                        done = true;
                    }
                });
            });
            if done {
                self.editing = None;
            }
        }
    }
}

/// The kind as the entry hint's message selects it.
fn kind_key(kind: NoteKind) -> &'static str {
    match kind {
        NoteKind::Strength => "strength",
        NoteKind::Concern => "concern",
        NoteKind::Idea => "idea",
        NoteKind::Question => "question",
    }
}

/// One kind to choose, its name in its colour.
fn kind_choice_ui(ui: &mut Ui, chosen: bool, kind: NoteKind) -> egui::Response {
    let colour = theme::kind_colour(kind, ui.visuals().panel_fill);
    let name = crate::gui::words(ui.ctx()).note_kind_name(kind);
    kind_button_ui(ui, chosen, RichText::new(name).color(colour))
}

/// A selectable row or choice that carries a kind's colour: marked, when chosen, by a quiet
/// tint and an outline, on which the colour keeps its contrast (see [`theme::kind_rows`]).
fn kind_button_ui(ui: &mut Ui, chosen: bool, text: impl Into<egui::WidgetText>) -> egui::Response {
    ui.scope(|ui| {
        theme::kind_rows(ui.visuals_mut());
        let mut button = egui::Button::selectable(chosen, text.into()).truncate();
        if chosen {
            button = button.stroke(ui.visuals().selection.stroke);
        }
        ui.add(button)
    })
    .inner
}

/// Whether the spotlight names the note's group, beside the spotlight button: a group may
/// not want its name on the room's screen. The projector follows at once.
pub fn name_group_ui(ui: &mut Ui, names_group: bool, out: &mut Vec<Msg>) {
    let mut name = names_group;
    let words = crate::gui::words(ui.ctx());
    if ui
        .checkbox(&mut name, tr!(words, "console-notes-name-group"))
        .on_hover_text(tr!(words, "console-notes-name-group-hover"))
        .changed()
    {
        out.push(Msg::SpotlightNamesGroup(name));
    }
}
