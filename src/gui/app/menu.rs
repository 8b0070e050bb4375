//! On top of both faces of the console: the menu bar, and the message line that is always
//! there (a notice, what undo did, or the question before a booth ballot is undone).

use std::path::PathBuf;

use egui::{Color32, RichText, Ui};

use super::State;
use super::dialogs::Purpose;
use super::message::{Msg, Question};
use crate::gui::landing::landing_ui;
use crate::gui::landing::recent_list::{recent_facts, recent_title};
use crate::gui::room::languages::ProjectorLanguage;
use crate::gui::theme::okabe_ito;
use crate::tr;
use crate::words::Lang;

/// The height of the console's message line, which is there even when empty.
const MESSAGE_LINE_HEIGHT: f32 = 28.0;

/// The message for a file the person chose in a dialog.
pub fn chosen(purpose: Purpose, path: PathBuf) -> Msg {
    match purpose {
        Purpose::Open => Msg::Open(path),
        Purpose::SaveAs => Msg::SaveCopyAs(path),
        Purpose::Export(lang) => Msg::Export(path, lang),
        Purpose::Compare => Msg::CompareWith(path),
        Purpose::MergeIn => Msg::MergeIn(path),
    }
}

/// The menu and the message line; when no session is open, the start screen or why one did
/// not open.
pub fn top_ui(ui: &mut Ui, state: &State) -> Vec<Msg> {
    let mut asked = Vec::new();
    egui::Panel::top("menu").show(ui, |ui| {
        egui::MenuBar::new().ui(ui, |ui| {
            session_menu_ui(ui, state, &mut asked);
            view_menu_ui(ui, state, &mut asked);
            edit_menu_ui(ui, state, &mut asked);
        });
    });
    // One line, always there and always the same height, even when it has nothing to say:
    // a message appearing must never push down the controls a person is about to click.
    egui::Panel::top("messages")
        .exact_size(MESSAGE_LINE_HEIGHT)
        .resizable(false)
        .show(ui, |ui| {
            ui.horizontal_centered(|ui| message_line_ui(ui, state, &mut asked));
        });
    if state.document.is_none() {
        asked.extend(landing_ui(ui, state));
    }
    asked
}

fn session_menu_ui(ui: &mut Ui, state: &State, asked: &mut Vec<Msg>) {
    // What would open a second file dialog is greyed out while one shows.
    let dialog_open = state.dialog_open;
    let words = state.words;
    ui.menu_button(tr!(words, "menu-session"), |ui| {
        let open = state.document.is_some();
        let writable = state
            .document
            .as_ref()
            .is_some_and(|d| d.read_only().is_none());
        let mut item =
            |ui: &mut Ui, enabled: bool, name: String, hover: Option<String>, msg: Msg| {
                let keys = shortcut(&msg);
                let response = ui.add_enabled(enabled, egui::Button::new(name).shortcut_text(keys));
                let response = match hover {
                    Some(hover) => response.on_hover_text(hover),
                    None => response,
                };
                if response.clicked() {
                    asked.push(msg);
                }
            };
        item(
            ui,
            true,
            tr!(words, "menu-session-new"),
            None,
            Msg::NewSession,
        );
        item(
            ui,
            true,
            tr!(words, "menu-session-new-from"),
            Some(tr!(words, "menu-session-new-from-hover")),
            Msg::AskNewFrom,
        );
        let open_words = tr!(words, "menu-session-open");
        item(ui, !dialog_open, open_words, None, Msg::Ask(Purpose::Open));
        let can = open && !dialog_open;
        let save_as = tr!(words, "menu-session-save-as");
        item(ui, can, save_as, None, Msg::Ask(Purpose::SaveAs));
        item(
            ui,
            can,
            tr!(words, "menu-session-export"),
            Some(tr!(words, "menu-session-export-hover")),
            Msg::Ask(Purpose::Export(Lang::English)),
        );
        // Reports are English unless asked for in another language.
        for lang in Lang::ALL.into_iter().filter(|lang| *lang != Lang::English) {
            item(
                ui,
                can,
                tr!(
                    words,
                    "menu-session-export-in",
                    language = words.language_name(lang)
                ),
                Some(tr!(
                    words,
                    "menu-session-export-in-hover",
                    language = words.language_name(lang)
                )),
                Msg::Ask(Purpose::Export(lang)),
            );
        }
        ui.separator();
        item(
            ui,
            can,
            tr!(words, "menu-session-compare"),
            Some(tr!(words, "menu-session-compare-hover")),
            Msg::Ask(Purpose::Compare),
        );
        item(
            ui,
            can && writable,
            tr!(words, "menu-session-merge"),
            Some(tr!(words, "menu-session-merge-hover")),
            Msg::Ask(Purpose::MergeIn),
        );
        ui.separator();
        ui.menu_button(tr!(words, "menu-session-recent"), |ui| {
            recent_ui(ui, state, asked);
        });
    });
}

/// The keys that do what `msg` does, as the menu shows them.
fn shortcut(msg: &Msg) -> &'static str {
    match msg {
        Msg::NewSession => "Ctrl+N",
        Msg::Ask(Purpose::Open) => "Ctrl+O",
        Msg::Ask(Purpose::SaveAs) => "Ctrl+Shift+S",
        Msg::Ask(Purpose::Export(Lang::English)) => "Ctrl+E",
        _ => "",
    }
}

fn recent_ui(ui: &mut Ui, state: &State, asked: &mut Vec<Msg>) {
    // The session open is always the first: it was remembered when it opened.
    let others = usize::from(state.document.is_some());
    for session in state.recent.iter().skip(others) {
        let name = format!(
            "{} — {}",
            recent_title(session),
            recent_facts(session, state.words)
        );
        let button = ui
            .add_enabled(session.summary.is_some(), egui::Button::new(name))
            .on_hover_text(session.path.display().to_string())
            .on_disabled_hover_text(session.path.display().to_string());
        if button.clicked() {
            asked.push(Msg::Open(session.path.clone()));
        }
    }
    if state.recent.len() <= others {
        ui.label(tr!(state.words, "menu-recent-none"));
    }
}

fn view_menu_ui(ui: &mut Ui, state: &State, asked: &mut Vec<Msg>) {
    let words = state.words;
    ui.menu_button(tr!(words, "menu-view"), |ui| {
        if ui
            .radio(!state.reviewing, tr!(words, "menu-view-console"))
            .clicked()
        {
            asked.push(Msg::Review(false));
        }
        if ui
            .radio(state.reviewing, tr!(words, "menu-view-review"))
            .clicked()
        {
            asked.push(Msg::Review(true));
        }
        ui.separator();
        ui.menu_button(tr!(words, "menu-view-language"), |ui| {
            for lang in Lang::ALL {
                if ui.radio(words.lang() == lang, lang.name()).clicked() {
                    asked.push(Msg::Language(lang));
                }
            }
        });
        ui.menu_button(crate::tr!(words, "menu-view-projector-language"), |ui| {
            for choice in ProjectorLanguage::ALL {
                let name = match choice {
                    ProjectorLanguage::SameAsConsole => {
                        crate::tr!(words, "projector-language-same")
                    }
                    ProjectorLanguage::Only(lang) => lang.name().to_owned(),
                    ProjectorLanguage::Both(first) => crate::tr!(
                        words,
                        "projector-language-both",
                        first = first.name(),
                        second = first.other().name()
                    ),
                };
                if ui.radio(state.room.words.choice == choice, name).clicked() {
                    asked.push(Msg::ProjectorLanguage(choice));
                }
            }
        });
    });
}

fn edit_menu_ui(ui: &mut Ui, state: &State, asked: &mut Vec<Msg>) {
    let words = state.words;
    ui.menu_button(tr!(words, "menu-edit"), |ui| {
        // Each entry names the change it reverts or repeats.
        let undo = state.undo_label();
        let redo = state.redo_label();
        let (can_undo, can_redo) = (undo.is_some(), redo.is_some());
        let undo_button = egui::Button::new(undo.unwrap_or_else(|| tr!(words, "menu-edit-undo")))
            .shortcut_text("Ctrl+Z");
        if ui.add_enabled(can_undo, undo_button).clicked() {
            asked.push(Msg::Undo);
        }
        let redo_button = egui::Button::new(redo.unwrap_or_else(|| tr!(words, "menu-edit-redo")))
            .shortcut_text("Ctrl+Shift+Z");
        if ui.add_enabled(can_redo, redo_button).clicked() {
            asked.push(Msg::Redo);
        }
    });
}

/// The question asked before a booth ballot is undone, else the last notice, else what the
/// last undo or redo did. Long words are cut to the line; the whole shows on hover.
fn message_line_ui(ui: &mut Ui, state: &State, asked: &mut Vec<Msg>) {
    let words = state.words;
    if state.question == Some(Question::UndoBallot) {
        // The safe answer comes first, where Dismiss is: a click meant for a notice must
        // never undo a vote.
        if ui.button(tr!(words, "app-question-keep")).clicked() {
            asked.push(Msg::Question(None));
        }
        if ui.button(tr!(words, "app-question-undo-ballot")).clicked() {
            asked.push(Msg::Undo);
        }
        one_line(
            ui,
            &tr!(words, "app-question-undo-ballot-why"),
            okabe_ito::ORANGE,
        );
    } else if let (Some(Question::OpenBackup(path)), Some(notice)) =
        (&state.question, &state.notice)
    {
        if ui.button(tr!(words, "app-open-backup-copy")).clicked() {
            asked.push(Msg::OpenBackup(path.clone()));
        }
        if ui.button(tr!(words, "app-dismiss")).clicked() {
            asked.push(Msg::DismissNotice);
        }
        one_line(ui, notice, okabe_ito::ORANGE);
    } else if let Some(notice) = &state.notice {
        if ui.button(tr!(words, "app-dismiss")).clicked() {
            asked.push(Msg::DismissNotice);
        }
        one_line(ui, notice, okabe_ito::ORANGE);
    } else if let Some(message) = &state.history {
        let colour = ui.visuals().weak_text_color();
        one_line(ui, message, colour);
    }
}

/// A label cut to one line, with the whole text on hover.
pub fn one_line(ui: &mut Ui, text: &str, colour: Color32) {
    ui.add(egui::Label::new(RichText::new(text).color(colour)).truncate())
        .on_hover_text(text);
}
