//! "New session from…": start a session on another organisation's framework. The facilitator
//! picks the built-in framework, a template, a recent session's framework, or pastes the
//! organisation's statement, and sees the slides it will make (sections, headings, texts) and
//! what could not be placed before anything is created.

use std::path::Path;

use egui::{RichText, ScrollArea, TextEdit, Ui};

use crate::gui::theme::okabe_ito;
use crate::model::{Framework, ImportError, Imported, SectionKind, import_statement};
use crate::tr;
use crate::words::Words;

/// Where a new session's framework may come from.
#[derive(Debug, Clone, PartialEq)]
pub struct Origin {
    /// What the list calls it ("Plaza's built-in framework", a template's title).
    pub name: String,
    /// Where it was found, for the list's second line.
    pub from: String,
    /// The framework itself.
    pub framework: Framework,
}

/// The height of the preview, and of the list and paste box beside it.
const PREVIEW_HEIGHT: f32 = 420.0;

/// The window's state, while it is open.
#[derive(Debug, Clone)]
pub struct NewFromDraft {
    /// The frameworks to start from: built-in, templates, recent sessions'.
    origins: Vec<Origin>,
    /// Templates that could not be read, and why.
    unreadable: Vec<String>,
    /// Which origin is chosen; `None`: the pasted statement.
    chosen: Option<usize>,
    /// The statement pasted or typed.
    pasted: String,
    /// The statement read, for the text it was read from.
    read: Option<(String, Result<Imported, ImportError>)>,
    /// The new session's title.
    title: String,
}

impl NewFromDraft {
    /// The window on these origins (the first chosen), with the templates that could not be
    /// read listed.
    pub fn new(origins: Vec<Origin>, unreadable: Vec<String>) -> NewFromDraft {
        NewFromDraft {
            chosen: (!origins.is_empty()).then_some(0),
            origins,
            unreadable,
            pasted: String::new(),
            read: None,
            title: String::new(),
        }
    }

    /// The framework the session would start on, or why there is none yet.
    fn framework(&mut self, words: &Words) -> Result<(Framework, Vec<String>), String> {
        if let Some(index) = self.chosen {
            return self
                .origins
                .get(index)
                .map(|origin| (origin.framework.clone(), Vec::new()))
                .ok_or_else(|| tr!(words, "landing-new-from-choose"));
        }
        if self.pasted.trim().is_empty() {
            return Err(tr!(words, "landing-new-from-paste-first"));
        }
        let stale = self
            .read
            .as_ref()
            .is_none_or(|(text, _)| *text != self.pasted);
        if stale {
            self.read = Some((self.pasted.clone(), import_statement(&self.pasted)));
        }
        match &self.read {
            Some((_, Ok(imported))) => Ok((
                imported.framework.clone(),
                imported
                    .unplaced
                    .iter()
                    .map(|line| words.unplaced(line))
                    .collect(),
            )),
            Some((_, Err(error))) => Err(sentence(&words.import_error(error))),
            None => Err(String::new()),
        }
    }
}

/// `words` with a capital first letter and a full stop, to stand alone as a sentence.
fn sentence(words: &str) -> String {
    let mut chars = words.chars();
    let mut out: String = chars
        .next()
        .map(|c| c.to_uppercase().collect())
        .unwrap_or_default();
    out.push_str(chars.as_str());
    if !out.ends_with('.') {
        out.push('.');
    }
    out
}

/// What the person decided in the window this frame.
#[derive(Debug, Clone, PartialEq)]
pub enum NewFromOutcome {
    /// Still choosing.
    Open,
    /// Create a session with this title on this framework.
    Create(String, Box<Framework>),
    /// Cancelled.
    Closed,
}

/// Shows the window for `draft`.
pub fn new_from_ui(ui: &mut Ui, draft: &mut NewFromDraft) -> NewFromOutcome {
    let mut outcome = NewFromOutcome::Open;
    let words = crate::gui::words(ui.ctx());
    let modal = egui::Modal::new(egui::Id::unique("new-session-from")).show(ui.ctx(), |ui| {
        let width = (ui.ctx().content_rect().width() - 80.0).clamp(480.0, 1100.0);
        ui.set_width(width);
        ui.heading(tr!(words, "menu-session-new-from"));
        ui.add_space(6.0);
        ui.columns(2, |columns| {
            // Left-aligned, not justified: columns stretch their text across otherwise.
            let plain = egui::Layout::top_down(egui::Align::LEFT);
            columns[0].with_layout(plain, |ui| origins_ui(ui, draft));
            columns[1].with_layout(plain, |ui| preview_ui(ui, draft));
        });
        ui.separator();
        let framework = draft.framework(words);
        ui.horizontal(|ui| {
            let caption = ui.label(tr!(words, "landing-new-from-title"));
            ui.add(
                TextEdit::singleline(&mut draft.title)
                    .hint_text(tr!(words, "landing-new-from-title-example"))
                    .desired_width(320.0),
            )
            .labelled_by(caption.id);
            let create_words = tr!(words, "landing-new-from-create");
            let create = ui.add_enabled(framework.is_ok(), egui::Button::new(create_words));
            if create.clicked()
                && let Ok((framework, _)) = framework
            {
                outcome =
                    NewFromOutcome::Create(draft.title.trim().to_owned(), Box::new(framework));
            }
            if ui.button(tr!(words, "app-cancel")).clicked() {
                outcome = NewFromOutcome::Closed;
            }
        });
    });
    if outcome == NewFromOutcome::Open && modal.should_close() {
        outcome = NewFromOutcome::Closed;
    }
    outcome
}

/// The list of frameworks to start from, and the paste box.
fn origins_ui(ui: &mut Ui, draft: &mut NewFromDraft) {
    let words = crate::gui::words(ui.ctx());
    ui.label(RichText::new(tr!(words, "landing-new-from-start")).strong());
    ScrollArea::vertical()
        .id_salt("new-from-origins")
        .max_height(200.0)
        .show(ui, |ui| {
            for (index, origin) in draft.origins.iter().enumerate() {
                let lines = format!("{}\n{}", origin.name, origin.from);
                if ui
                    .selectable_label(draft.chosen == Some(index), lines)
                    .clicked()
                {
                    draft.chosen = Some(index);
                }
            }
            for why in &draft.unreadable {
                ui.label(RichText::new(why).weak());
            }
        });
    if ui
        .selectable_label(
            draft.chosen.is_none(),
            tr!(words, "landing-new-from-pasted"),
        )
        .clicked()
    {
        draft.chosen = None;
    }
    let caption = ui.label(tr!(words, "landing-new-from-statement"));
    let paste = ui
        .add(
            TextEdit::multiline(&mut draft.pasted)
                .hint_text(tr!(words, "landing-new-from-statement-example"))
                .desired_rows(10)
                .desired_width(f32::INFINITY),
        )
        .labelled_by(caption.id);
    if paste.changed() || paste.gained_focus() {
        draft.chosen = None;
    }
}

/// The slides the chosen framework makes, and what was left out.
fn preview_ui(ui: &mut Ui, draft: &mut NewFromDraft) {
    let words = crate::gui::words(ui.ctx());
    ui.label(RichText::new(tr!(words, "landing-new-from-slides")).strong());
    let chosen = draft.framework(words);
    // A fixed height: the window must not jump as the preview grows and shrinks.
    ScrollArea::vertical()
        .id_salt("new-from-preview")
        .min_scrolled_height(PREVIEW_HEIGHT)
        .max_height(PREVIEW_HEIGHT)
        .auto_shrink([false, false])
        .show(ui, |ui| match chosen {
            Err(why) => {
                ui.add(egui::Label::new(RichText::new(why).color(okabe_ito::ORANGE)).wrap());
            }
            Ok((framework, unplaced)) => {
                if !framework.title.is_empty() {
                    ui.label(RichText::new(&framework.title).size(18.0));
                }
                for kind in SectionKind::ALL {
                    section_preview_ui(ui, &framework, kind, words);
                }
                if !unplaced.is_empty() {
                    ui.add_space(6.0);
                    let header = tr!(words, "landing-new-from-unplaced", count = unplaced.len());
                    ui.label(RichText::new(header).color(okabe_ito::ORANGE).strong());
                    for line in unplaced {
                        ui.add(
                            egui::Label::new(RichText::new(line).color(okabe_ito::ORANGE)).wrap(),
                        );
                    }
                }
            }
        });
}

fn section_preview_ui(ui: &mut Ui, framework: &Framework, kind: SectionKind, words: &Words) {
    let section = framework.section(kind);
    ui.add_space(4.0);
    let count = section.items_in_use().count();
    if count == 0 {
        let said = tr!(
            words,
            "landing-new-from-section-empty",
            section = words.section_name(section, kind)
        );
        ui.label(RichText::new(said).weak());
        return;
    }
    let said = tr!(
        words,
        "landing-new-from-section",
        section = words.section_name(section, kind),
        count = count
    );
    ui.label(RichText::new(said).strong());
    if !section.intro.is_empty() {
        ui.add(egui::Label::new(RichText::new(&section.intro).italics()).wrap());
    }
    for item in section.items_in_use() {
        let line = if item.heading.is_empty() {
            format!("•  {}", item.text)
        } else {
            format!("•  {} — {}", item.heading, item.text)
        };
        ui.add(egui::Label::new(line).wrap()).on_hover_text(tr!(
            words,
            "landing-new-from-item-id",
            id = &item.id
        ));
    }
}

/// Where a recent session's framework came from, for the list.
pub fn recent_origin(title: &str, framework: Framework, words: &Words) -> Origin {
    Origin {
        name: if framework.title.is_empty() {
            title.to_owned()
        } else {
            framework.title.clone()
        },
        from: tr!(words, "app-origin-recent", title = title),
        framework,
    }
}

/// Where a template came from, for the list.
pub fn template_origin(path: &Path, framework: Framework, words: &Words) -> Origin {
    let file = path
        .file_name()
        .map_or_else(String::new, |name| name.to_string_lossy().into_owned());
    Origin {
        name: if framework.title.is_empty() {
            file.clone()
        } else {
            framework.title.clone()
        },
        from: tr!(words, "app-origin-template", file = &file),
        framework,
    }
}
