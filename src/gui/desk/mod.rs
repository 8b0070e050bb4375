//! The review desk: the console's other face, for looking back at a session rather than
//! running it. It shows the dashboard, a comparison with another session, or a merge preview,
//! and changes nothing by itself: every change it leads to is a message for the app.

pub mod compare;
pub mod dashboard;
pub mod merge;
pub mod themes;

use egui::{RichText, ScrollArea, Ui};

use crate::gui::app::cache::{Cached, Version};
use crate::gui::app::dialogs::Purpose;
use crate::gui::app::{Msg, State};
use crate::gui::theme::okabe_ito;
use crate::gui::widgets::save_state::{read_only_short, read_only_ui, save_state};
use crate::model::{PollStatus, Session};
use crate::report::{Summary, summary_in};
use crate::store::Document;
use crate::tr;
use crate::words::{Lang, Words};
use compare::{CompareChoice, CompareView, compare_ui};
use dashboard::dashboard_ui;
use merge::{MergeChoice, MergePlan, merge_preview_ui};

/// What the review desk shows.
#[derive(Debug, Clone, Default)]
pub enum Screen {
    /// The summary of the session.
    #[default]
    Dashboard,
    /// The session beside another.
    Compare(Box<CompareView>),
    /// What merging another session in would do.
    Merge(Box<MergePlan>),
}

/// The review desk's state.
#[derive(Debug, Default)]
pub struct ReviewDesk {
    /// What it shows.
    pub screen: Screen,
    /// The dashboard's figures.
    summary: Cached<Summary>,
    /// The words the dashboard's figures are in: another language works them out again.
    summary_words: Option<&'static Words>,
}

/// Whether a session looks finished: it ran polls and none is still a draft or open. Such a
/// session opens in review.
pub fn is_finished(session: &Session) -> bool {
    !session.polls.is_empty()
        && session
            .polls
            .iter()
            .all(|poll| matches!(poll.status, PollStatus::Closed | PollStatus::Revealed))
}

impl ReviewDesk {
    /// The comparison showing, if any.
    pub fn comparison(&self) -> Option<&CompareView> {
        match &self.screen {
            Screen::Compare(view) => Some(view),
            _ => None,
        }
    }

    /// The merge waiting for the facilitator's yes, if one is showing.
    pub fn merge_plan(&self) -> Option<&MergePlan> {
        match &self.screen {
            Screen::Merge(plan) => Some(plan),
            _ => None,
        }
    }

    /// Works the screen out again if the session changed since (a vote came in), or the
    /// console's language did (its figures are in `words`).
    pub fn refresh(&mut self, document: &Document, words: &'static Words) {
        let (session, revision) = (document.session(), document.revision());
        match &mut self.screen {
            Screen::Dashboard => {
                if self.summary_words != Some(words) {
                    self.summary = Cached::default();
                    self.summary_words = Some(words);
                }
                self.summary
                    .get(&Version::of(document), || summary_in(session, words));
            }
            Screen::Compare(view) => view.refresh(session, revision),
            Screen::Merge(plan) => plan.refresh(session, revision),
        }
    }

    /// Draws the desk for the session open in `state`: its heading and buttons, then the
    /// screen.
    pub fn ui(&mut self, ui: &mut Ui, state: &State) -> Vec<Msg> {
        let mut asked = Vec::new();
        let Some(document) = &state.document else {
            return asked;
        };
        let now = ui.ctx().input(|input| input.time);
        egui::Panel::top("review-head").show(ui, |ui| {
            self.head_ui(ui, state, live_line(state, now).as_deref(), &mut asked);
        });
        egui::CentralPanel::default().show(ui, |ui| {
            ScrollArea::vertical()
                .auto_shrink([false, false])
                .show(ui, |ui| self.screen_ui(ui, document, &mut asked));
        });
        asked
    }

    fn head_ui(&self, ui: &mut Ui, state: &State, live: Option<&str>, asked: &mut Vec<Msg>) {
        let Some(document) = &state.document else {
            return;
        };
        let session = document.session();
        let words = state.words;
        ui.add_space(4.0);
        ui.horizontal(|ui| {
            ui.label(RichText::new(&session.title).heading().strong());
            if let Some(reason) = read_only_short(document, words) {
                read_only_ui(ui, &reason, state.dialog_open, asked);
            } else {
                let (said, colour) = save_state(document, words);
                ui.label(RichText::new(said).color(colour));
            }
        });
        ui.horizontal(|ui| {
            ui.label(crate::report::session_line_in(
                session,
                str::to_owned,
                words,
            ));
            // The file, in words one can read, as on the console.
            let path = document.path().display().to_string();
            ui.add(egui::Label::new(RichText::new(&path).weak()).truncate())
                .on_hover_text(&path);
        });
        if let Some(live) = live {
            // What the room sees goes on while the facilitator looks back: say so.
            ui.label(RichText::new(live).color(okabe_ito::ORANGE));
        }
        ui.horizontal(|ui| {
            if !matches!(self.screen, Screen::Merge(_)) {
                ui.label(RichText::new(tr!(words, "desk-reviewing")).weak());
            }
            let edit = ui
                .button(RichText::new(tr!(words, "desk-edit-session")).strong())
                .on_hover_text(tr!(words, "desk-edit-session-hover"));
            if edit.clicked() {
                asked.push(Msg::Review(false));
            }
            if ui.button(tr!(words, "menu-session-compare")).clicked() {
                asked.push(Msg::Ask(Purpose::Compare));
            }
            if ui
                .add_enabled(
                    document.read_only().is_none(),
                    egui::Button::new(tr!(words, "menu-session-merge")),
                )
                .on_hover_text(tr!(words, "menu-session-merge-hover"))
                .clicked()
            {
                asked.push(Msg::Ask(Purpose::MergeIn));
            }
            if ui.button(tr!(words, "menu-session-export")).clicked() {
                asked.push(Msg::Ask(Purpose::Export(Lang::English)));
            }
            // Reports are English unless asked for in another language.
            for lang in Lang::ALL.into_iter().filter(|lang| *lang != Lang::English) {
                let name = words.language_name(lang);
                if ui
                    .button(tr!(words, "menu-session-export-in", language = name))
                    .clicked()
                {
                    asked.push(Msg::Ask(Purpose::Export(lang)));
                }
            }
        });
        ui.add_space(4.0);
    }

    fn screen_ui(&mut self, ui: &mut Ui, document: &Document, asked: &mut Vec<Msg>) {
        let session = document.session();
        match &mut self.screen {
            Screen::Dashboard => {
                if let Some(figures) = self.summary.kept() {
                    let today = chrono::Local::now().date_naive();
                    dashboard_ui(ui, session, figures, today);
                }
            }
            Screen::Compare(view) => {
                if compare_ui(ui, view) == Some(CompareChoice::Close) {
                    asked.push(Msg::CloseDeskScreen);
                }
            }
            Screen::Merge(plan) => {
                let writable = document.read_only().is_none();
                match merge_preview_ui(ui, plan, session, writable) {
                    Some(MergeChoice::Commit) => {
                        if let Some(edit) = plan.commit(session, document.revision()) {
                            asked.push(Msg::CommitMerge(edit));
                        }
                    }
                    Some(MergeChoice::Cancel) => asked.push(Msg::CloseDeskScreen),
                    None => {}
                }
            }
        }
    }
}

/// What the room sees or does while the console shows the review desk: the projector's slide,
/// voting, a spotlight, the timer. `None` when nothing is going on.
fn live_line(state: &State, now: f64) -> Option<String> {
    let document = state.document.as_ref()?;
    let room = &state.room;
    let words = state.words;
    let mut parts = Vec::new();
    if room.projector_open {
        parts.push(if room.blanked {
            tr!(words, "desk-live-blanked")
        } else {
            let slide = room.slide.title(document.session(), words);
            tr!(words, "desk-live-slide", slide = slide)
        });
    }
    if let Some(booth) = &room.booth
        && let Some(poll) = document.session().poll(booth.poll())
    {
        parts.push(tr!(words, "desk-live-voting", count = poll.ballots.len()));
    }
    if room.spotlight.is_some() {
        parts.push(tr!(words, "desk-live-spotlight"));
    }
    if let Some(face) = room.timer_face(now) {
        parts.push(tr!(words, "desk-live-timer", time = face.text));
    }
    (!parts.is_empty()).then(|| tr!(words, "desk-live-line", parts = parts.join("; ")))
}
