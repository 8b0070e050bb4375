//! The framework editor: the title, each section's label and intro, every item's heading and
//! text; items added, moved, removed; and the same words in another language (translation.rs).
//! Words are applied when a field is left (one edit, one undo, each change at once on the
//! projector); ids never change.

mod translation;

use egui::{RichText, ScrollArea, TextEdit, Ui};

use crate::gui::app::Msg;
use crate::gui::theme::okabe_ito;
use crate::model::{
    ItemUse, SectionKind, Session, add_item, item_use, move_item, remove_item, set_framework_title,
    set_item_translation, set_item_words, set_section_intro, set_section_label,
    set_section_translation, set_title_translation,
};
use crate::tr;
use crate::words::{Lang, Words};

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
    TitleIn(Lang),
    LabelIn(SectionKind, Lang),
    IntroIn(SectionKind, Lang),
    HeadingIn(String, Lang),
    TextIn(String, Lang),
}

/// The framework editor's own state.
#[derive(Debug, Default)]
pub struct FrameworkPanel {
    /// The field being typed in and its words, until it is left.
    typing: Option<(Field, String)>,
    /// The item whose removal waits for a yes, with what refers to it.
    removing: Option<(String, ItemUse)>,
    /// The language whose translation is being edited; `None`: the organisation's own words.
    translating: Option<Lang>,
    /// A statement being pasted as a translation.
    pasting: translation::Pasting,
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
            Field::TitleIn(lang) => {
                let now = framework
                    .translations
                    .get(lang.tag())
                    .map(|t| t.title.as_str());
                (text.trim() != now.unwrap_or("").trim())
                    .then(|| set_title_translation(session, lang.tag(), &text))
            }
            Field::LabelIn(kind, lang) | Field::IntroIn(kind, lang) => {
                let now = framework.section(*kind).translations.get(lang.tag());
                let label = now.and_then(|t| t.label.as_deref()).unwrap_or("");
                let intro = now.map_or("", |t| t.intro.as_str());
                let (new_label, new_intro) = match field {
                    Field::LabelIn(..) => (text.as_str(), intro),
                    _ => (label, text.as_str()),
                };
                (new_label.trim() != label.trim() || new_intro.trim() != intro.trim()).then(|| {
                    set_section_translation(session, *kind, lang.tag(), new_label, new_intro)
                })
            }
            Field::HeadingIn(id, lang) | Field::TextIn(id, lang) => {
                let now = framework
                    .item(id)
                    .and_then(|i| i.translations.get(lang.tag()));
                let heading = now.map_or("", |t| t.heading.as_str());
                let words = now.map_or("", |t| t.text.as_str());
                let (new_heading, new_words) = match field {
                    Field::HeadingIn(..) => (text.as_str(), words),
                    _ => (heading, text.as_str()),
                };
                (new_heading.trim() != heading.trim() || new_words.trim() != words.trim())
                    .then(|| set_item_translation(session, id, lang.tag(), new_heading, new_words))
                    .flatten()
            }
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
        let before = self.translating;
        ui.horizontal_wrapped(|ui| {
            ui.label(tr!(words, "console-framework-words"));
            ui.radio_value(
                &mut self.translating,
                None,
                tr!(words, "console-framework-words-own"),
            );
            for lang in Lang::ALL {
                let name = tr!(
                    words,
                    "console-framework-words-in",
                    language = words.language_name(lang)
                );
                ui.radio_value(&mut self.translating, Some(lang), name);
            }
        });
        if self.translating != before {
            // Words typed in the other view are applied, not lost.
            out.extend(self.flush(session));
        }
        ScrollArea::vertical()
            .id_salt("framework-editor")
            .auto_shrink([false, true])
            .show(ui, |ui| {
                ui.add_enabled_ui(writable, |ui| match self.translating {
                    Some(lang) => self.translation_ui(ui, session, lang, &mut out),
                    None => {
                        let field = Field::Title;
                        let caption = tr!(words, "console-framework-title");
                        let title = &session.framework.title;
                        if let Some(title) = self.line(ui, &caption, field, title, 1, "") {
                            out.push(Msg::Apply(set_framework_title(session, &title)));
                        }
                        for kind in SectionKind::ALL {
                            self.section_ui(ui, session, kind, &mut out);
                        }
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
                let default = words.default_section_label(kind);
                let hint = tr!(words, "console-framework-called-default", label = default);
                if let Some(label) = self.line(ui, &caption, Field::Label(kind), label, 1, &hint) {
                    out.push(Msg::Apply(set_section_label(session, kind, &label)));
                }
                let caption = tr!(words, "console-framework-intro-caption");
                let intro = &section.intro;
                if let Some(intro) = self.line(ui, &caption, Field::Intro(kind), intro, 2, "") {
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
            "",
        );
        let caption = tr!(words, "console-framework-text");
        let text = self.line(ui, &caption, Field::Text(id.to_owned()), &item.text, 2, "");
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

    /// A captioned text field showing `now` (or what is being typed into it), and `hint` while
    /// empty (the name an unnamed section goes by, the words a translation is of); the new
    /// words once the field is left changed.
    fn line(
        &mut self,
        ui: &mut Ui,
        caption: &str,
        field: Field,
        now: &str,
        rows: usize,
        hint: &str,
    ) -> Option<String> {
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
