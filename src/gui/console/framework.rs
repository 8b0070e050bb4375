//! The framework editor: the title, each section's label and intro, every item's heading and
//! text; items added, moved, removed. Words are applied when a field is left (one edit, one
//! undo, each change at once on the projector); ids never change.

use egui::{RichText, ScrollArea, TextEdit, Ui};

use crate::gui::app::Msg;
use crate::gui::theme::okabe_ito;
use crate::model::{
    ItemUse, SectionKind, Session, add_item, item_use, move_item, remove_item, set_framework_title,
    set_item_words, set_section_intro, set_section_label,
};
use crate::tr;
use crate::words::Words;

/// Room for the widest caption beside a field, "Intro" or "Introducción".
const CAPTION_WIDTH: f32 = 96.0;

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
        let words = crate::gui::words(ui.ctx());
        ui.label(RichText::new(tr!(words, "console-framework-intro")).weak());
        let keep = ui
            .button(tr!(words, "console-framework-save-template"))
            .on_hover_text(tr!(words, "console-framework-save-template-hover"));
        if keep.clicked() {
            out.push(Msg::SaveTemplate);
        }
        ScrollArea::vertical()
            .id_salt("framework-editor")
            .auto_shrink([false, true])
            .show(ui, |ui| {
                ui.add_enabled_ui(writable, |ui| {
                    let field = Field::Title;
                    let caption = tr!(words, "console-framework-title");
                    let title = &session.framework.title;
                    if let Some(title) = self.line(ui, &caption, field, title, 1) {
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
        let words = crate::gui::words(ui.ctx());
        let header = tr!(
            words,
            "console-framework-section",
            section = words.section_name(section, kind),
            count = section.items_in_use().count()
        );
        egui::CollapsingHeader::new(header)
            .id_salt(("framework-section", kind.default_label()))
            .default_open(kind == SectionKind::Values)
            .show(ui, |ui| {
                let label = section.label.as_deref().unwrap_or("");
                let caption = tr!(words, "console-framework-called");
                if let Some(label) = self.line(ui, &caption, Field::Label(kind), label, 1) {
                    out.push(Msg::Apply(set_section_label(session, kind, &label)));
                }
                let caption = tr!(words, "console-framework-intro-caption");
                let intro = &section.intro;
                if let Some(intro) = self.line(ui, &caption, Field::Intro(kind), intro, 2) {
                    out.push(Msg::Apply(set_section_intro(session, kind, &intro)));
                }
                for item in &section.items {
                    ui.separator();
                    if item.retired {
                        let retired = tr!(words, "console-framework-retired", item = item.label());
                        ui.label(RichText::new(retired).weak());
                        continue;
                    }
                    self.item_ui(ui, session, &item.id, out);
                }
                ui.separator();
                if ui
                    .button(tr!(words, "console-framework-add-item"))
                    .clicked()
                {
                    let (edit, _) = add_item(session, kind);
                    out.push(Msg::Apply(edit));
                }
            });
    }

    fn item_ui(&mut self, ui: &mut Ui, session: &Session, id: &str, out: &mut Vec<Msg>) {
        let Some(item) = session.framework.item(id) else {
            return;
        };
        let words = crate::gui::words(ui.ctx());
        let caption = tr!(words, "console-framework-heading");
        let heading = self.line(
            ui,
            &caption,
            Field::Heading(id.to_owned()),
            &item.heading,
            1,
        );
        let caption = tr!(words, "console-framework-text");
        let text = self.line(ui, &caption, Field::Text(id.to_owned()), &item.text, 2);
        if heading.is_some() || text.is_some() {
            let heading = heading.unwrap_or_else(|| item.heading.clone());
            let text = text.unwrap_or_else(|| item.text.clone());
            out.extend(set_item_words(session, id, &heading, &text).map(Msg::Apply));
        }
        let asking = self.removing.as_ref().filter(|(asked, _)| asked == id);
        if let Some((_, used)) = asking {
            let used = *used;
            let question = removal_question(words, item.label(), used);
            ui.label(RichText::new(question).color(okabe_ito::ORANGE));
            ui.horizontal(|ui| {
                if ui
                    .button(tr!(words, "console-framework-remove-it"))
                    .clicked()
                {
                    out.extend(remove_item(session, id).map(Msg::Apply));
                    self.removing = None;
                }
                if ui.button(tr!(words, "console-keep-it")).clicked() {
                    self.removing = None;
                }
            });
            return;
        }
        ui.horizontal(|ui| {
            let moves = [
                (tr!(words, "console-framework-move-up"), -1),
                (tr!(words, "console-framework-move-down"), 1),
            ];
            for (label, by) in moves {
                let edit = move_item(session, id, by);
                if ui
                    .add_enabled(edit.is_some(), egui::Button::new(label))
                    .clicked()
                {
                    out.extend(edit.map(Msg::Apply));
                }
            }
            if ui.button(tr!(words, "console-framework-remove")).clicked() {
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
            Field::Label(kind) => tr!(
                crate::gui::words(ui.ctx()),
                "console-framework-called-default",
                label = crate::gui::words(ui.ctx()).default_section_label(*kind)
            ),
            _ => String::new(),
        };
        let mut text = match &self.typing {
            Some((typing, text)) if *typing == field => text.clone(),
            _ => now.to_owned(),
        };
        let (response, label) = ui
            .horizontal(|ui| {
                let label = ui.add_sized([CAPTION_WIDTH, 18.0], egui::Label::new(caption));
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
fn removal_question(words: &Words, label: &str, used: ItemUse) -> String {
    let has = match (used.notes, used.actions) {
        (0, 0) => None,
        (notes, 0) => Some(tr!(words, "console-framework-uses-notes", count = notes)),
        (0, actions) => Some(tr!(
            words,
            "console-framework-uses-actions",
            count = actions
        )),
        (notes, actions) => Some(tr!(
            words,
            "console-framework-uses-both",
            notes = tr!(words, "console-framework-uses-notes", count = notes),
            actions = tr!(words, "console-framework-uses-actions", count = actions)
        )),
    };
    let polls = used.polls;
    let uses = match has {
        None => tr!(
            words,
            "console-framework-on-polls",
            item = label,
            polls = polls
        ),
        Some(has) if polls == 0 => tr!(words, "console-framework-has", item = label, has = has),
        Some(has) => tr!(
            words,
            "console-framework-has-and-on-polls",
            item = label,
            has = has,
            polls = polls
        ),
    };
    if polls > 0 {
        tr!(words, "console-framework-remove-ask-polls", uses = uses)
    } else {
        tr!(words, "console-framework-remove-ask", uses = uses)
    }
}
