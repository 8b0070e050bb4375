//! The framework editor: the title, each section's label and intro, every item's heading and
//! text; items added, moved, removed. Words are applied when a field is left (one edit, one
//! undo, each change at once on the projector); ids never change.

use egui::{RichText, ScrollArea, TextEdit, Ui};

use crate::gui::app::Msg;
use crate::gui::theme::okabe_ito;
use crate::model::{
    ItemUse, SectionKind, Session, add_item, counted, item_use, move_item, plural, remove_item,
    set_framework_title, set_item_words, set_section_intro, set_section_label,
};

/// Which words are being typed.
#[derive(Debug, Clone, PartialEq, Eq)]
enum Field {
    Title,
    Label(SectionKind),
    Intro(SectionKind),
    Heading(String),
    Text(String),
}

/// The framework editor's own state.
#[derive(Debug, Default)]
pub struct FrameworkPanel {
    /// The field being typed in and its words, until it is left.
    typing: Option<(Field, String)>,
    /// The item whose removal waits for a yes, with what refers to it.
    removing: Option<(String, ItemUse)>,
}

impl FrameworkPanel {
    /// Applies words still being typed; called when the editor goes out of sight (another
    /// tab), where its field would never lose focus and the words would be lost.
    pub fn flush(&mut self, session: &Session) -> Vec<Msg> {
        let Some((field, text)) = self.typing.take() else {
            return Vec::new();
        };
        let framework = &session.framework;
        let edit = match &field {
            Field::Title if text.trim() != framework.title.trim() => {
                Some(set_framework_title(session, &text))
            }
            Field::Label(kind) => {
                let now = framework.section(*kind).label.as_deref().unwrap_or("");
                (text.trim() != now.trim()).then(|| set_section_label(session, *kind, &text))
            }
            Field::Intro(kind) if text.trim() != framework.section(*kind).intro.trim() => {
                Some(set_section_intro(session, *kind, &text))
            }
            Field::Heading(id) => framework
                .item(id)
                .filter(|item| item.heading.trim() != text.trim())
                .and_then(|item| set_item_words(session, id, &text, &item.text)),
            Field::Text(id) => framework
                .item(id)
                .filter(|item| item.text.trim() != text.trim())
                .and_then(|item| set_item_words(session, id, &item.heading, &text)),
            _ => None,
        };
        edit.map(Msg::Apply).into_iter().collect()
    }

    /// Draws the editor; `writable` whether the session can change.
    pub fn ui(&mut self, ui: &mut Ui, session: &Session, writable: bool) -> Vec<Msg> {
        let mut out = Vec::new();
        ui.label(
            RichText::new(
                "The organisation's statement as the slides show it. A change goes to the projector \
                 when you leave the field (Enter or Tab) and Ctrl+Z takes it back; notes, actions \
                 and polls keep pointing at the same items.",
            )
            .weak(),
        );
        let keep = ui
            .button("Save as a template")
            .on_hover_text("Keep this framework to start another organisation's next retreat from");
        if keep.clicked() {
            out.push(Msg::SaveTemplate);
        }
        ScrollArea::vertical()
            .id_salt("framework-editor")
            .auto_shrink([false, true])
            .show(ui, |ui| {
                ui.add_enabled_ui(writable, |ui| {
                    let field = Field::Title;
                    if let Some(title) = self.line(ui, "Title", field, &session.framework.title, 1)
                    {
                        out.push(Msg::Apply(set_framework_title(session, &title)));
                    }
                    for kind in SectionKind::ALL {
                        self.section_ui(ui, session, kind, &mut out);
                    }
                });
            });
        out
    }

    fn section_ui(
        &mut self,
        ui: &mut Ui,
        session: &Session,
        kind: SectionKind,
        out: &mut Vec<Msg>,
    ) {
        let section = session.framework.section(kind);
        let header = format!(
            "{} ({})",
            section.name(kind),
            plural(section.items_in_use().count(), "item")
        );
        egui::CollapsingHeader::new(header)
            .id_salt(("framework-section", kind.default_label()))
            .default_open(kind == SectionKind::Values)
            .show(ui, |ui| {
                let label = section.label.as_deref().unwrap_or("");
                if let Some(label) = self.line(ui, "Called", Field::Label(kind), label, 1) {
                    out.push(Msg::Apply(set_section_label(session, kind, &label)));
                }
                if let Some(intro) = self.line(ui, "Intro", Field::Intro(kind), &section.intro, 2) {
                    out.push(Msg::Apply(set_section_intro(session, kind, &intro)));
                }
                for item in &section.items {
                    ui.separator();
                    if item.retired {
                        ui.label(
                            RichText::new(format!(
                                "{}: retired, kept for the results of the polls that offered it",
                                item.label()
                            ))
                            .weak(),
                        );
                        continue;
                    }
                    self.item_ui(ui, session, &item.id, out);
                }
                ui.separator();
                if ui.button("Add an item").clicked() {
                    let (edit, _) = add_item(session, kind);
                    out.push(Msg::Apply(edit));
                }
            });
    }

    fn item_ui(&mut self, ui: &mut Ui, session: &Session, id: &str, out: &mut Vec<Msg>) {
        let Some(item) = session.framework.item(id) else {
            return;
        };
        let heading = self.line(
            ui,
            "Heading",
            Field::Heading(id.to_owned()),
            &item.heading,
            1,
        );
        let text = self.line(ui, "Text", Field::Text(id.to_owned()), &item.text, 2);
        if heading.is_some() || text.is_some() {
            let heading = heading.unwrap_or_else(|| item.heading.clone());
            let text = text.unwrap_or_else(|| item.text.clone());
            out.extend(set_item_words(session, id, &heading, &text).map(Msg::Apply));
        }
        let asking = self.removing.as_ref().filter(|(asked, _)| asked == id);
        if let Some((_, used)) = asking {
            let used = *used;
            ui.label(RichText::new(removal_question(item.label(), used)).color(okabe_ito::ORANGE));
            ui.horizontal(|ui| {
                if ui.button("Remove it").clicked() {
                    out.extend(remove_item(session, id).map(Msg::Apply));
                    self.removing = None;
                }
                if ui.button("Keep it").clicked() {
                    self.removing = None;
                }
            });
            return;
        }
        ui.horizontal(|ui| {
            let moves = [("Move up", -1), ("Move down", 1)];
            for (words, by) in moves {
                let edit = move_item(session, id, by);
                if ui
                    .add_enabled(edit.is_some(), egui::Button::new(words))
                    .clicked()
                {
                    out.extend(edit.map(Msg::Apply));
                }
            }
            if ui.button("Remove…").clicked() {
                let used = item_use(session, id);
                if used.is_unused() {
                    out.extend(remove_item(session, id).map(Msg::Apply));
                } else {
                    self.removing = Some((id.to_owned(), used));
                }
            }
        });
    }

    /// A captioned text field showing `now` (or what is being typed into it); the new words
    /// once the field is left changed.
    fn line(
        &mut self,
        ui: &mut Ui,
        caption: &str,
        field: Field,
        now: &str,
        rows: usize,
    ) -> Option<String> {
        // An unnamed section shows the name it goes by.
        let hint = match &field {
            Field::Label(kind) => format!("{} (the default)", kind.default_label()),
            _ => String::new(),
        };
        let mut text = match &self.typing {
            Some((typing, text)) if *typing == field => text.clone(),
            _ => now.to_owned(),
        };
        let (response, label) = ui
            .horizontal(|ui| {
                let label = ui.add_sized([64.0, 18.0], egui::Label::new(caption));
                let edit = if rows > 1 {
                    TextEdit::multiline(&mut text).desired_rows(rows)
                } else {
                    TextEdit::singleline(&mut text)
                };
                let response = ui.add(
                    edit.hint_text(hint)
                        .desired_width(f32::INFINITY)
                        .id_salt(format!("{field:?}")),
                );
                (response, label)
            })
            .inner;
        let response = response.labelled_by(label.id);
        if response.changed() {
            self.typing = Some((field.clone(), text.clone()));
        }
        if response.lost_focus() {
            self.typing = None;
            if text.trim() != now.trim() {
                return Some(text);
            }
        }
        None
    }
}

/// "COMPASSION has 3 notes and 1 action item and is on 1 poll. …"
fn removal_question(label: &str, used: ItemUse) -> String {
    let mut has = Vec::new();
    if used.notes > 0 {
        has.push(plural(used.notes, "note"));
    }
    if used.actions > 0 {
        has.push(plural(used.actions, "action item"));
    }
    let mut words = format!("{label} has {}", has.join(" and "));
    if has.is_empty() {
        words = format!(
            "{label} is on {}",
            counted(used.polls as u64, "poll", "polls")
        );
    } else if used.polls > 0 {
        words.push_str(&format!(
            " and is on {}",
            counted(used.polls as u64, "poll", "polls")
        ));
    }
    words.push_str(". Remove it? Its notes go to the parking lot and its action items to general");
    if used.polls > 0 {
        words.push_str("; the polls keep their results (the item is retired)");
    }
    words.push_str(". Ctrl+Z brings it all back.");
    words
}
