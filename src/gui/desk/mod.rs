//! The review desk: the console's other face, for looking back at a session rather than
//! running it. It shows the dashboard, a comparison with another session, or a merge preview,
//! and changes nothing by itself: every change it leads to is asked of the app.

pub mod compare;
pub mod dashboard;
pub mod merge;

use egui::{RichText, ScrollArea, Ui};

use crate::gui::desk::compare::{CompareChoice, CompareView, compare_ui};
use crate::gui::desk::dashboard::dashboard_ui;
use crate::gui::desk::merge::{MergeChoice, MergePlan, merge_preview_ui};
use crate::model::{Edit, PollStatus, Session};
use crate::report::{Summary, summary};
use crate::store::Document;

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

/// What the person asked the app to do from the review desk.
#[derive(Debug, Clone, PartialEq)]
pub enum ReviewRequest {
    /// Leave the review for the console, to change the session.
    EditSession,
    /// Choose a session to compare with.
    CompareWith,
    /// Choose a session file to merge in.
    MergeIn,
    /// Choose where to export a report.
    Export,
    /// Commit a merge.
    Apply(Edit),
    /// Leave the comparison or the merge preview.
    CloseScreen,
}

/// The review desk's state.
#[derive(Debug, Default)]
pub struct ReviewDesk {
    /// What it shows.
    pub screen: Screen,
    /// The dashboard's figures and the session (id, revision) they are of.
    summary: Option<((String, u64), Summary)>,
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
    /// Draws the desk for `document`: its heading and buttons, then the screen.
    pub fn ui(
        &mut self,
        ui: &mut Ui,
        document: &Document,
        save_state: RichText,
        live: Option<&str>,
    ) -> Vec<ReviewRequest> {
        let mut requests = Vec::new();
        let session = document.session();
        let revision = document.editor().revision();
        egui::Panel::top("review-head").show(ui, |ui| {
            ui.add_space(4.0);
            ui.horizontal(|ui| {
                ui.label(RichText::new(&session.title).heading().strong());
                ui.label(save_state);
            });
            ui.label(crate::report::session_line(session, str::to_owned));
            ui.label(
                RichText::new(document.path().display().to_string())
                    .small()
                    .weak(),
            );
            if let Some(live) = live {
                // What the room sees goes on while the facilitator looks back: say so.
                ui.label(RichText::new(live).color(crate::gui::theme::okabe_ito::ORANGE));
            }
            ui.horizontal(|ui| {
                if !matches!(self.screen, Screen::Merge(_)) {
                    ui.label(RichText::new("Reviewing: nothing here changes the session.").weak());
                }
                let edit = ui
                    .button(RichText::new("Edit session").strong())
                    .on_hover_text("Back to the console: notes, actions, polls and the projector");
                if edit.clicked() {
                    requests.push(ReviewRequest::EditSession);
                }
                if ui.button("Compare with…").clicked() {
                    requests.push(ReviewRequest::CompareWith);
                }
                if ui
                    .add_enabled(
                        document.read_only().is_none(),
                        egui::Button::new("Merge in…"),
                    )
                    .on_hover_text(
                        "Join the notes, actions and votes of a breakout laptop's session",
                    )
                    .clicked()
                {
                    requests.push(ReviewRequest::MergeIn);
                }
                if ui.button("Export report…").clicked() {
                    requests.push(ReviewRequest::Export);
                }
            });
            ui.add_space(4.0);
        });
        egui::CentralPanel::default().show(ui, |ui| {
            ScrollArea::vertical()
                .auto_shrink([false, false])
                .show(ui, |ui| match &mut self.screen {
                    Screen::Dashboard => {
                        let key = (session.id.clone(), revision);
                        if self.summary.as_ref().is_none_or(|(at, _)| *at != key) {
                            self.summary = Some((key, summary(session)));
                        }
                        if let Some((_, figures)) = &self.summary {
                            let today = chrono::Local::now().date_naive();
                            dashboard_ui(ui, session, figures, today);
                        }
                    }
                    Screen::Compare(view) => {
                        view.refresh(session, revision);
                        if compare_ui(ui, view) == Some(CompareChoice::Close) {
                            requests.push(ReviewRequest::CloseScreen);
                        }
                    }
                    Screen::Merge(plan) => {
                        plan.refresh(session, revision);
                        let writable = document.read_only().is_none();
                        match merge_preview_ui(ui, plan, session, writable) {
                            Some(MergeChoice::Commit) => {
                                if let Some(edit) = plan.commit(session, revision) {
                                    requests.push(ReviewRequest::Apply(edit));
                                }
                            }
                            Some(MergeChoice::Cancel) => requests.push(ReviewRequest::CloseScreen),
                            None => {}
                        }
                    }
                });
        });
        requests
    }
}
