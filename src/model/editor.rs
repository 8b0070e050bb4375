use std::sync::Arc;

use super::edit::{apply_unchecked, check_allowed};
use super::{Edit, EditError, Session, Urgency};

/// The one owner of a session being edited: applies edits, keeps undo and redo, and counts
/// revisions so storage knows what it has saved.
///
/// The session sits in an [`Arc`] so storage can save a snapshot on another thread without a
/// copy; the next edit copies it only if that save still holds it.
#[derive(Debug, Clone)]
pub struct Editor {
    session: Arc<Session>,
    undo: Vec<Step>,
    redo: Vec<Step>,
    revision: u64,
    describer: Describer,
}

/// How edits are worded for the undo history: the model knows no language, so whoever speaks
/// to people gives the words (English, [`Edit::describe`], until then).
#[derive(Clone)]
pub struct Describer(Arc<DescribeFn>);

/// Words one edit, given the session before it.
type DescribeFn = dyn Fn(&Edit, &Session) -> String + Send + Sync;

impl Describer {
    /// Words edits with `describe`, given each edit and the session before it.
    pub fn new(describe: impl Fn(&Edit, &Session) -> String + Send + Sync + 'static) -> Self {
        Describer(Arc::new(describe))
    }
}

impl Default for Describer {
    fn default() -> Self {
        Describer::new(Edit::describe)
    }
}

impl std::fmt::Debug for Describer {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("Describer")
    }
}

#[derive(Debug, Clone)]
struct Step {
    label: String,
    forward: Edit,
    inverse: Edit,
}

/// What an applied edit, undo or redo means for the rest of the program.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Applied {
    /// The session's revision after the change; storage confirms saves by revision.
    pub revision: u64,
    /// How soon the change must reach the disk.
    pub urgency: Urgency,
    /// What changed, for people ("delete note “…”").
    pub label: String,
}

/// How many steps undo remembers; older ones are forgotten.
const UNDO_DEPTH: usize = 500;

impl Editor {
    /// Starts editing a session, with empty history, at revision 0.
    pub fn new(session: Session) -> Self {
        Editor {
            session: Arc::new(session),
            undo: Vec::new(),
            redo: Vec::new(),
            revision: 0,
            describer: Describer::default(),
        }
    }

    /// Words the edits from now on with `describer` (the steps already in the history keep
    /// their words).
    pub fn set_describer(&mut self, describer: Describer) {
        self.describer = describer;
    }

    /// The session as it is now.
    pub fn session(&self) -> &Session {
        &self.session
    }

    /// A cheap shared snapshot of the session, for saving.
    pub fn snapshot(&self) -> Arc<Session> {
        Arc::clone(&self.session)
    }

    /// Counts every change; starts at 0.
    pub fn revision(&self) -> u64 {
        self.revision
    }

    /// Checks and applies an edit. A refused edit changes nothing and leaves history alone.
    pub fn apply(&mut self, edit: Edit) -> Result<Applied, EditError> {
        let forward = edit.clone();
        let (applied, inverse) = self.change(edit)?;
        self.undo.push(Step {
            label: applied.label.clone(),
            forward,
            inverse,
        });
        if self.undo.len() > UNDO_DEPTH {
            self.undo.remove(0);
        }
        self.redo.clear();
        Ok(applied)
    }

    /// Checks and applies an edit that is not the facilitator's to undo (a phone's ballot): it
    /// stays out of the undo history and leaves redo as it was. Undoing an earlier step still
    /// works, as each step reverts only its own change.
    pub fn apply_unrecorded(&mut self, edit: Edit) -> Result<Applied, EditError> {
        self.change(edit).map(|(applied, _)| applied)
    }

    /// Checks and applies an edit, counting a revision; returns what it means and the edit
    /// that reverts it.
    fn change(&mut self, edit: Edit) -> Result<(Applied, Edit), EditError> {
        check_allowed(&self.session, &edit)?;
        let label = (self.describer.0)(&edit, &self.session);
        let urgency = edit.urgency();
        let session = Arc::make_mut(&mut self.session);
        let inverse = apply_unchecked(session, edit)?;
        // What the session now uses decides the version its file is written in.
        session.format_version = session.needed_format_version();
        self.revision += 1;
        let applied = Applied {
            revision: self.revision,
            urgency,
            label,
        };
        Ok((applied, inverse))
    }

    /// What undo would revert, if anything.
    pub fn undo_label(&self) -> Option<&str> {
        self.undo.last().map(|step| step.label.as_str())
    }

    /// The change undo would revert, as it was made.
    pub fn undo_edit(&self) -> Option<&Edit> {
        self.undo.last().map(|step| &step.forward)
    }

    /// What redo would apply again, if anything.
    pub fn redo_label(&self) -> Option<&str> {
        self.redo.last().map(|step| step.label.as_str())
    }

    /// Reverts the last change.
    pub fn undo(&mut self) -> Option<Applied> {
        self.try_undo().ok().flatten()
    }

    /// Reverts the last change, unless ballots taken outside the history since (a phone's)
    /// stand in its way: a poll they were cast on does not go back to draft. Refused, the
    /// history stays as it was.
    pub fn try_undo(&mut self) -> Result<Option<Applied>, EditError> {
        let Some(step) = self.undo.last() else {
            return Ok(None);
        };
        if let Edit::SetPollStatus { poll, status } = &step.inverse
            && *status == super::PollStatus::Draft
            && self
                .session
                .poll(poll)
                .is_some_and(|poll| !poll.ballots.is_empty())
        {
            return Err(EditError::HasBallots);
        }
        let Some(step) = self.undo.pop() else {
            return Ok(None);
        };
        Ok(self.replay(step, true))
    }

    /// Applies the last undone change again.
    pub fn redo(&mut self) -> Option<Applied> {
        let step = self.redo.pop()?;
        self.replay(step, false)
    }

    fn replay(&mut self, step: Step, backwards: bool) -> Option<Applied> {
        let edit = if backwards {
            step.inverse.clone()
        } else {
            step.forward.clone()
        };
        let urgency = edit.urgency().max(step.forward.urgency());
        // The history only holds edits that applied cleanly to the state it returns to, so this
        // cannot fail; if it ever did, the history is dropped rather than the session corrupted.
        let session = Arc::make_mut(&mut self.session);
        match apply_unchecked(session, edit) {
            Ok(_) => {
                session.format_version = session.needed_format_version();
                let label = step.label.clone();
                if backwards {
                    self.redo.push(step)
                } else {
                    self.undo.push(step)
                }
                self.revision += 1;
                Some(Applied {
                    revision: self.revision,
                    urgency,
                    label,
                })
            }
            Err(_) => {
                self.undo.clear();
                self.redo.clear();
                None
            }
        }
    }
}
