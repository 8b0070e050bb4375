//! The framework editor on a translation: the same fields, each showing the organisation's own
//! words as its hint, and a statement in the other language pasted in to fill them all at once
//! (matched section by section and item by item, refused with the counts when they differ).

use egui::{RichText, TextEdit, Ui};

use super::{Field, FrameworkPanel};
use crate::gui::app::Msg;
use crate::gui::theme::okabe_ito;
use crate::model::{
    SectionKind, Session, TranslationError, import_translation, set_item_translation,
    set_section_translation, set_title_translation, set_translated_framework,
};
use crate::tr;
use crate::words::{Lang, Words};

/// A statement being pasted as a translation, and what came of the last try.
#[derive(Debug, Default)]
pub(super) struct Pasting {
    /// The statement's words.
    text: String,
    /// Why the last one was not taken in, or what was left out of it.
    said: Option<(bool, String)>,
}

impl FrameworkPanel {
    /// The editor on the framework's translation into `lang`.
    pub(super) fn translation_ui(
        &mut self,
        ui: &mut Ui,
        session: &Session,
        lang: Lang,
        out: &mut Vec<Msg>,
    ) {
        let words = crate::gui::words(ui.ctx());
        let tag = lang.tag();
        ui.label(
            RichText::new(tr!(
                words,
                "console-translation-intro",
                language = words.language_name(lang)
            ))
            .weak(),
        );
        self.paste_ui(ui, session, lang, out);
        let framework = &session.framework;
        let caption = tr!(words, "console-framework-title");
        let now = framework
            .translations
            .get(tag)
            .map_or("", |text| text.title.as_str());
        let field = Field::TitleIn(lang);
        if let Some(title) = self.line(ui, &caption, field, now, 1, &framework.title) {
            out.push(Msg::Apply(set_title_translation(session, tag, &title)));
        }
        for kind in SectionKind::ALL {
            let section = framework.section(kind);
            let header = tr!(
                words,
                "console-framework-section",
                section = words.section_name(section, kind),
                count = section.items_in_use().count()
            );
            egui::CollapsingHeader::new(header)
                .id_salt(("framework-translation", kind.default_label(), tag))
                .default_open(kind == SectionKind::Values)
                .show(ui, |ui| self.section_words_ui(ui, session, kind, lang, out));
        }
    }

    fn section_words_ui(
        &mut self,
        ui: &mut Ui,
        session: &Session,
        kind: SectionKind,
        lang: Lang,
        out: &mut Vec<Msg>,
    ) {
        let words = crate::gui::words(ui.ctx());
        let tag = lang.tag();
        let section = session.framework.section(kind);
        let theirs = section.translations.get(tag);
        let label = theirs.and_then(|text| text.label.as_deref()).unwrap_or("");
        let intro = theirs.map_or("", |text| text.intro.as_str());
        let own_label = words.section_name(section, kind);
        let caption = tr!(words, "console-framework-called");
        let field = Field::LabelIn(kind, lang);
        if let Some(label) = self.line(ui, &caption, field, label, 1, &own_label) {
            out.push(Msg::Apply(set_section_translation(
                session, kind, tag, &label, intro,
            )));
        }
        let caption = tr!(words, "console-framework-intro-caption");
        let field = Field::IntroIn(kind, lang);
        if let Some(intro) = self.line(ui, &caption, field, intro, 2, &section.intro) {
            out.push(Msg::Apply(set_section_translation(
                session, kind, tag, label, &intro,
            )));
        }
        for item in section.items_in_use() {
            ui.separator();
            let theirs = item.translations.get(tag);
            let heading = theirs.map_or("", |text| text.heading.as_str());
            let text = theirs.map_or("", |text| text.text.as_str());
            let caption = tr!(words, "console-framework-heading");
            let field = Field::HeadingIn(item.id.clone(), lang);
            let new_heading = self.line(ui, &caption, field, heading, 1, &item.heading);
            let caption = tr!(words, "console-framework-text");
            let field = Field::TextIn(item.id.clone(), lang);
            let new_text = self.line(ui, &caption, field, text, 2, &item.text);
            if new_heading.is_some() || new_text.is_some() {
                let heading = new_heading.unwrap_or_else(|| heading.to_owned());
                let text = new_text.unwrap_or_else(|| text.to_owned());
                let edit = set_item_translation(session, &item.id, tag, &heading, &text);
                out.extend(edit.map(Msg::Apply));
            }
        }
    }

    /// The box a statement in `lang` is pasted into, and its import.
    fn paste_ui(&mut self, ui: &mut Ui, session: &Session, lang: Lang, out: &mut Vec<Msg>) {
        let words = crate::gui::words(ui.ctx());
        let header = tr!(
            words,
            "console-translation-paste-header",
            language = words.language_name(lang)
        );
        egui::CollapsingHeader::new(header)
            .id_salt(("framework-translation-paste", lang.tag()))
            .show(ui, |ui| {
                ui.label(tr!(
                    words,
                    "console-translation-paste-hint",
                    language = words.language_name(lang)
                ));
                let pasting = &mut self.pasting;
                ui.add(
                    TextEdit::multiline(&mut pasting.text)
                        .desired_rows(6)
                        .desired_width(f32::INFINITY)
                        .hint_text(tr!(words, "console-translation-paste-placeholder")),
                );
                let ready = !pasting.text.trim().is_empty();
                let import = ui.add_enabled(
                    ready,
                    egui::Button::new(tr!(words, "console-translation-import")),
                );
                if import.clicked() {
                    match import_translation(&session.framework, &pasting.text, lang.tag()) {
                        Ok(translated) => {
                            let left = translated.unplaced.len();
                            out.push(Msg::Apply(set_translated_framework(
                                session,
                                lang.tag(),
                                translated.framework,
                            )));
                            pasting.text.clear();
                            let said = if left == 0 {
                                tr!(words, "console-translation-imported")
                            } else {
                                let lines: Vec<String> = translated
                                    .unplaced
                                    .iter()
                                    .map(|line| words.unplaced(line))
                                    .collect();
                                tr!(
                                    words,
                                    "console-translation-imported-left-out",
                                    count = left,
                                    lines = lines.join("; ")
                                )
                            };
                            pasting.said = Some((true, said));
                        }
                        Err(error) => pasting.said = Some((false, refusal(words, &error))),
                    }
                }
                if let Some((taken, said)) = &pasting.said {
                    let colour = if *taken {
                        ui.visuals().text_color()
                    } else {
                        okabe_ito::VERMILLION
                    };
                    ui.label(RichText::new(said).color(colour));
                }
            });
    }
}

/// Why a statement was not taken in as the translation, in plain words with the counts.
fn refusal(words: &Words, error: &TranslationError) -> String {
    match error {
        TranslationError::Import(error) => tr!(
            words,
            "console-translation-unreadable",
            why = words.import_error(error)
        ),
        TranslationError::Counts(mismatches) => {
            let sections: Vec<String> = mismatches
                .iter()
                .map(|mismatch| {
                    tr!(
                        words,
                        "console-translation-count",
                        section = words.default_section_label(mismatch.kind),
                        statement = mismatch.statement,
                        framework = mismatch.framework
                    )
                })
                .collect();
            tr!(
                words,
                "console-translation-counts-differ",
                sections = sections.join("; ")
            )
        }
    }
}
