//! "Merge in…": what another session file (a breakout laptop) would add to the open session,
//! and its conflicts, shown before anything changes. Committing is one edit, so one undo takes
//! the whole merge back.

use std::path::PathBuf;

use egui::{RichText, Ui};

use crate::gui::app::cache::Version;
use crate::gui::app::keys::take_keys;
use crate::gui::theme::okabe_ito;
use crate::model::clip_words;
use crate::model::{Edit, Session};
use crate::report::{MergeError, Merged, merge_error, merge_into};
use crate::tr;
use crate::words::Words;

/// A merge worked out and waiting for the facilitator's yes.
#[derive(Debug, Clone)]
pub struct MergePlan {
    /// The other session's file.
    pub path: PathBuf,
    other: Session,
    /// The open session joined with the other.
    pub merged: Merged,
    /// The open session's id and revision the plan was made at: a vote cast since must not be
    /// lost by committing an older plan.
    revision: Version,
    /// Set when the plan had to be worked out again because the session changed.
    pub redone: bool,
    /// Why the merge can no longer be made, when the session changed under it; worded when shown.
    pub broken: Option<MergeError>,
    /// Whether the merge puts notes in themes the open session has, which no count shows.
    regroups: bool,
}

impl MergePlan {
    /// Works out what merging `other` (read from `path`) into `open` would do.
    pub fn new(
        path: PathBuf,
        other: Session,
        open: &Session,
        revision: u64,
    ) -> Result<Self, MergeError> {
        let merged = merge_into(open, &other)?;
        // The open session's themes lead the merged list; only their notes can have grown.
        let regroups = open
            .themes
            .iter()
            .zip(&merged.session.themes)
            .any(|(ours, joined)| ours.notes.len() != joined.notes.len());
        Ok(MergePlan {
            path,
            other,
            merged,
            revision: Version::new(&open.id, revision),
            redone: false,
            broken: None,
            regroups,
        })
    }

    /// The file's name, as the preview and the undo label call it.
    pub fn name(&self) -> String {
        self.path.file_name().map_or_else(
            || self.path.display().to_string(),
            |name| name.to_string_lossy().into_owned(),
        )
    }

    /// Whether the merge would change anything: something new, or notes the other session put
    /// in a theme this one has.
    pub fn adds_anything(&self) -> bool {
        let added = self.merged.added.first().copied().unwrap_or_default();
        added.notes + added.actions + added.themes + added.polls + added.ballots > 0
            || self.regroups
    }

    /// Works the plan out again if the open session changed since (a vote or a note came in),
    /// so the preview always shows what Merge would do now.
    pub fn refresh(&mut self, open: &Session, revision: u64) {
        if self.revision == Version::new(&open.id, revision) {
            return;
        }
        match MergePlan::new(self.path.clone(), self.other.clone(), open, revision) {
            Ok(again) => {
                *self = MergePlan {
                    redone: true,
                    ..again
                }
            }
            // The session changed so that the merge no longer applies (another framework):
            // say so, and let commit refuse the old plan.
            Err(error) => {
                self.revision = Version::new(&open.id, revision);
                self.redone = true;
                self.broken = Some(error);
            }
        }
    }

    /// The edit that commits the plan, if the open session is still as it was when the plan was
    /// made; otherwise the plan is worked out again for the person to look at once more.
    pub fn commit(&mut self, open: &Session, revision: u64) -> Option<Edit> {
        if self.revision != Version::new(&open.id, revision) {
            self.refresh(open, revision);
            return None;
        }
        if self.broken.is_some() {
            return None;
        }
        let session = &self.merged.session;
        Some(Edit::MergeIn {
            from: self.name(),
            notes: session.notes.clone(),
            actions: session.actions.clone(),
            themes: session.themes.clone(),
            polls: session.polls.clone(),
        })
    }

    /// "12 notes, 2 action items and 15 ballots", "notes put in themes", or "nothing", in
    /// `words`.
    pub fn added_words(&self, words: &Words) -> String {
        let added = self.merged.added.first().copied().unwrap_or_default();
        let mut parts: Vec<String> = [
            (
                added.notes,
                tr!(words, "desk-added-notes", count = added.notes),
            ),
            (
                added.actions,
                tr!(words, "desk-added-actions", count = added.actions),
            ),
            (
                added.themes,
                tr!(words, "desk-added-themes", count = added.themes),
            ),
            (
                added.polls,
                tr!(words, "desk-added-polls", count = added.polls),
            ),
            (
                added.ballots,
                tr!(words, "desk-added-ballots", count = added.ballots),
            ),
        ]
        .into_iter()
        .filter(|(n, _)| *n > 0)
        .map(|(_, said)| said)
        .collect();
        if self.regroups {
            parts.push(tr!(words, "desk-added-regrouped"));
        }
        match parts.as_slice() {
            [] => tr!(words, "desk-added-nothing"),
            [one] => one.clone(),
            [rest @ .., last] => tr!(words, "desk-list-and", rest = rest.join(", "), last = last),
        }
    }
}

/// What the person chose on the merge preview.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum MergeChoice {
    /// Merge as shown.
    Commit,
    /// Leave the session as it is.
    Cancel,
}

/// How many new notes the preview lists before it sums the rest up.
const LISTED: usize = 30;

/// Draws the preview; `writable` is false for a session open read-only.
pub fn merge_preview_ui(
    ui: &mut Ui,
    plan: &MergePlan,
    open: &Session,
    writable: bool,
) -> Option<MergeChoice> {
    let words = crate::gui::words(ui.ctx());
    ui.label(RichText::new(tr!(words, "desk-merge-heading", name = plan.name())).heading());
    ui.label(RichText::new(plan.path.display().to_string()).weak());
    if plan.redone {
        ui.label(RichText::new(tr!(words, "desk-merge-redone")).color(okabe_ito::ORANGE));
    }
    if let Some(why) = &plan.broken {
        let said = tr!(words, "desk-merge-broken", why = merge_error(why, words));
        ui.label(RichText::new(said).color(okabe_ito::VERMILLION));
    }
    ui.add_space(6.0);
    let adds = tr!(words, "desk-merge-adds", added = plan.added_words(words));
    ui.label(RichText::new(adds).size(18.0));
    let merged = &plan.merged;
    let differences = tr!(
        words,
        "desk-merge-differences",
        count = merged.conflicts.len()
    );
    listed_ui(
        ui,
        &differences,
        &merged.conflicts_in(words),
        okabe_ito::ORANGE,
    );
    let left_out = tr!(words, "desk-merge-left-out", count = merged.refused.len());
    listed_ui(
        ui,
        &left_out,
        &merged.refused_in(words),
        okabe_ito::VERMILLION,
    );
    new_things_ui(ui, merged, open, words);
    ui.add_space(10.0);
    let mut choice = buttons_ui(ui, plan, writable, words);
    // The keys do what the buttons say, so the choice can be made without the mouse. Not while
    // a button has the keyboard focus: there Enter presses that button, and only that one.
    let focus_free = ui.ctx().memory(|memory| memory.focused().is_none());
    if choice.is_none() && focus_free {
        // The first of the two keys pressed decides; the screen is gone after it.
        let can_commit = writable && plan.adds_anything() && plan.broken.is_none();
        choice = ui
            .input_mut(|input| {
                take_keys(input, |key, modifiers, repeat| match key {
                    _ if !modifiers.is_none() || repeat => None,
                    egui::Key::Escape => Some(MergeChoice::Cancel),
                    egui::Key::Enter if can_commit => Some(MergeChoice::Commit),
                    _ => None,
                })
            })
            .into_iter()
            .next();
    }
    choice
}

/// A heading and its lines, when there are any.
fn listed_ui(ui: &mut Ui, heading: &str, lines: &[String], colour: egui::Color32) {
    if lines.is_empty() {
        return;
    }
    ui.add_space(6.0);
    ui.label(RichText::new(heading).strong().color(colour));
    for line in lines {
        ui.label(format!("• {line}"));
    }
}

/// The notes and themes (the first few dozen of each) and action items the merge adds. A merge into the open
/// session keeps its lists as they were and appends the new things (`merge_into`), so what is
/// new is the tail: no search of one list in the other, which at thousands of notes would cost
/// every frame the preview is up.
fn new_things_ui(ui: &mut Ui, merged: &Merged, open: &Session, words: &Words) {
    let new_notes = merged
        .session
        .notes
        .get(open.notes.len()..)
        .unwrap_or_default();
    if !new_notes.is_empty() {
        ui.add_space(6.0);
        ui.label(RichText::new(tr!(words, "desk-merge-new-notes")).strong());
        for note in new_notes.iter().take(LISTED) {
            ui.label(format!(
                "• {} — {}: {}",
                clip_words(&words.about_name(&note.about, &merged.session), 30),
                words.note_kind_name(note.kind),
                note.text
            ));
        }
        if new_notes.len() > LISTED {
            ui.label(tr!(
                words,
                "desk-merge-more",
                count = new_notes.len() - LISTED
            ));
        }
    }
    let new_themes = merged
        .session
        .themes
        .get(open.themes.len()..)
        .unwrap_or_default();
    if !new_themes.is_empty() {
        ui.add_space(6.0);
        ui.label(RichText::new(tr!(words, "desk-merge-new-themes")).strong());
        for theme in new_themes.iter().take(LISTED) {
            let notes = tr!(words, "desk-count-notes", count = theme.notes.len());
            ui.label(format!("• {} ({notes})", theme.title));
        }
        if new_themes.len() > LISTED {
            ui.label(tr!(
                words,
                "desk-merge-more",
                count = new_themes.len() - LISTED
            ));
        }
    }
    let new_actions = merged
        .session
        .actions
        .get(open.actions.len()..)
        .unwrap_or_default();
    if !new_actions.is_empty() {
        ui.add_space(6.0);
        ui.label(RichText::new(tr!(words, "desk-merge-new-actions")).strong());
        for action in new_actions {
            ui.label(format!("• {}", action.text));
        }
    }
}

/// Merge (when it would add something and the session can be written) and Cancel.
fn buttons_ui(ui: &mut Ui, plan: &MergePlan, writable: bool, words: &Words) -> Option<MergeChoice> {
    let mut choice = None;
    ui.horizontal(|ui| {
        let can = writable && plan.adds_anything() && plan.broken.is_none();
        let merge_button = ui
            .add_enabled(
                can,
                egui::Button::new(RichText::new(tr!(words, "desk-merge-commit")).strong())
                    .min_size(egui::vec2(120.0, 28.0)),
            )
            .on_disabled_hover_text(if writable {
                tr!(words, "desk-merge-all-here")
            } else {
                tr!(words, "desk-merge-read-only")
            });
        if merge_button.clicked() {
            choice = Some(MergeChoice::Commit);
        }
        if ui
            .add(
                egui::Button::new(tr!(words, "desk-merge-cancel"))
                    .min_size(egui::vec2(100.0, 28.0)),
            )
            .clicked()
        {
            choice = Some(MergeChoice::Cancel);
        }
        if !plan.adds_anything() {
            ui.label(tr!(words, "desk-merge-nothing"));
        } else if writable {
            ui.label(RichText::new(tr!(words, "desk-merge-undo")).weak());
        }
    });
    choice
}
