//! The console's review desk as the app drives it: switching to it, reading another session to
//! compare with or merge in, committing a merge, and saying what the room still sees.

use egui::RichText;

use super::{PlazaApp, save_state};
use crate::gui::app::dialogs::Purpose;
use crate::gui::desk::compare::CompareView;
use crate::gui::desk::merge::MergePlan;
use crate::gui::desk::{ReviewRequest, Screen};
use crate::model::Edit;
use crate::store::load;

impl PlazaApp {
    /// Whether the console shows the review desk rather than the controls of the session.
    pub fn reviewing(&self) -> bool {
        self.reviewing
    }

    /// Switches between the review desk and the console. Leaving the review for the console
    /// is how the facilitator chooses to change the session.
    pub fn set_reviewing(&mut self, reviewing: bool) {
        self.reviewing = reviewing;
        if !reviewing {
            self.review.screen = Screen::Dashboard;
            self.back_to_console = false;
        }
    }

    /// The comparison on the review desk, if one is showing.
    pub fn comparison(&self) -> Option<&CompareView> {
        match &self.review.screen {
            Screen::Compare(view) => Some(view),
            _ => None,
        }
    }

    /// The merge waiting for the facilitator's yes, if one is showing.
    pub fn merge_plan(&self) -> Option<&MergePlan> {
        match &self.review.screen {
            Screen::Merge(plan) => Some(plan),
            _ => None,
        }
    }

    /// Reads another session for a comparison or a merge; a file that cannot be read leaves a
    /// message and changes nothing. So does, for a merge (`strict`), one that breaks the
    /// format's rules: its flaws would come into the open session. A comparison only reads.
    pub(super) fn read_other(
        &mut self,
        path: &std::path::Path,
        strict: bool,
    ) -> Option<crate::model::Session> {
        let canonical = |p: &std::path::Path| std::fs::canonicalize(p).unwrap_or(p.to_owned());
        if let Some(document) = &self.document
            && canonical(document.path()) == canonical(path)
        {
            // Its file can be a moment behind what is on screen; and it has nothing new.
            self.notice =
                Some("That is the session already open. Choose another session file.".to_owned());
            return None;
        }
        match load(path) {
            Ok(loaded) if loaded.problems.is_empty() || !strict => Some(loaded.session),
            Ok(loaded) => {
                let count = loaded.problems.len();
                let first = loaded
                    .problems
                    .first()
                    .map(ToString::to_string)
                    .unwrap_or_default();
                self.notice = Some(format!(
                    "{} has {} (the first: {first}). plaza validate lists them all; fix them first.",
                    path.display(),
                    crate::model::plural(count, "problem")
                ));
                None
            }
            Err(error) => {
                self.notice = Some(format!("Could not read that session. {error}"));
                None
            }
        }
    }

    /// Shows the open session beside the one at `path` on the review desk.
    pub fn compare_with(&mut self, path: &std::path::Path) {
        let Some(other) = self.read_other(path, false) else {
            return;
        };
        let Some(document) = &self.document else {
            return;
        };
        let view = CompareView::new(
            path.to_owned(),
            other,
            document.session(),
            document.editor().revision(),
        );
        self.show_on_desk(Screen::Compare(Box::new(view)));
    }

    /// Shows what merging the session at `path` in would do, for the facilitator to confirm.
    pub fn merge_in(&mut self, path: &std::path::Path) {
        let Some(other) = self.read_other(path, true) else {
            return;
        };
        let Some(document) = &self.document else {
            return;
        };
        let plan = MergePlan::new(
            path.to_owned(),
            other,
            document.session(),
            document.editor().revision(),
        );
        match plan {
            Ok(plan) => self.show_on_desk(Screen::Merge(Box::new(plan))),
            Err(error) => self.notice = Some(format!("Not merged: {error}.")),
        }
    }

    pub(super) fn show_on_desk(&mut self, screen: Screen) {
        if !self.reviewing {
            self.back_to_console = true;
            self.reviewing = true;
        }
        self.review.screen = screen;
    }

    /// Leaves a comparison or merge preview: back to the dashboard, or the console it came from.
    pub(super) fn close_desk_screen(&mut self) {
        self.review.screen = Screen::Dashboard;
        if std::mem::take(&mut self.back_to_console) {
            self.reviewing = false;
        }
    }

    /// The review desk: the dashboard, a comparison or a merge preview.
    pub(super) fn review_ui(&mut self, ui: &mut egui::Ui) {
        if !self.top_ui(ui) {
            return;
        }
        let ctx = ui.ctx().clone();
        let live = self.live_line(ctx.input(|input| input.time));
        let Some(document) = &self.document else {
            return;
        };
        let (state, colour) = save_state(document);
        let requests = self.review.ui(
            ui,
            document,
            RichText::new(state).color(colour),
            live.as_deref(),
        );
        for request in requests {
            match request {
                ReviewRequest::EditSession => self.set_reviewing(false),
                ReviewRequest::CompareWith => self.dialogs.ask(Purpose::Compare, &ctx, ""),
                ReviewRequest::MergeIn => self.dialogs.ask(Purpose::MergeIn, &ctx, ""),
                ReviewRequest::Export => {
                    let name = self.report_name();
                    self.dialogs.ask(Purpose::Export, &ctx, &name);
                }
                ReviewRequest::CloseScreen => self.close_desk_screen(),
                ReviewRequest::Apply(edit) => self.commit_merge(edit),
            }
        }
    }

    /// What the room sees or does while the console shows the review desk: the projector's
    /// slide, voting, a spotlight, the timer. `None` when nothing is going on.
    pub(super) fn live_line(&self, now: f64) -> Option<String> {
        let document = self.document.as_ref()?;
        let mut parts = Vec::new();
        if self.projector_open {
            parts.push(if self.blanked {
                "The projector is blanked".to_owned()
            } else {
                format!(
                    "The projector shows “{}”",
                    self.slide.title(document.session())
                )
            });
        }
        if let Some(booth) = &self.booth
            && let Some(poll) = document.session().poll(booth.poll())
        {
            parts.push(format!(
                "voting is open ({} so far)",
                crate::model::plural(poll.ballots.len(), "ballot")
            ));
        }
        if self.spotlight.is_some() {
            parts.push("a note is in the spotlight".to_owned());
        }
        if let Some(face) = self.timer_face(now) {
            parts.push(format!("the timer shows {}", face.text));
        }
        (!parts.is_empty()).then(|| format!("{}. Edit session to run it.", parts.join("; ")))
    }

    /// Applies a merge the facilitator confirmed, and says what it did and how to take it back.
    pub(super) fn commit_merge(&mut self, edit: Edit) {
        let added = self
            .merge_plan()
            .map(MergePlan::added_words)
            .unwrap_or_default();
        let Some(document) = &mut self.document else {
            return;
        };
        let name = match &edit {
            Edit::MergeIn { from, .. } => from.clone(),
            _ => String::new(),
        };
        self.confirm_undo_ballot = false;
        match document.apply(edit) {
            Ok(_) => {
                self.history = None;
                self.notice = Some(format!(
                    "Merged in {name}: {added} added. Undo (Ctrl+Z) takes the merge back."
                ));
                self.close_desk_screen();
            }
            Err(error) => self.notice = Some(format!("The merge was not made: {error}.")),
        }
    }

    /// "retreat-report.html": the report's suggested name, after the session's file.
    pub(super) fn report_name(&self) -> String {
        let stem = self
            .document
            .as_ref()
            .and_then(|d| d.path().file_stem())
            .map_or_else(
                || "session".to_owned(),
                |n| n.to_string_lossy().into_owned(),
            );
        format!("{stem}-report.html")
    }
}
