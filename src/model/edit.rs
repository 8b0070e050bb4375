//! Every change to a session is an [`Edit`]: what each one holds, how people read it in the undo
//! menu and how soon it must be saved. Checking an edit is `edit_checks`'s and applying it
//! `edit_apply`'s, so this list of kinds reads on its own.

use chrono::NaiveDate;

use super::words::quote;
use super::{Action, Ballot, Framework, Note, Poll, PollMethod, PollStatus, Session, Theme};

// Re-exported so the editor finds how an edit is checked and applied where edits are defined,
// whichever file holds the code.
pub(crate) use super::edit_apply::apply_unchecked;
pub(crate) use super::edit_checks::check_allowed;

/// One change to a session.
///
/// The `Restore…` variants put back something removed, at its old place; undo uses them.
#[derive(Debug, Clone, PartialEq)]
pub enum Edit {
    /// Change the session's title, date, venue and facilitators.
    SetDetails {
        /// New title.
        title: String,
        /// New date.
        date: NaiveDate,
        /// New venue.
        venue: String,
        /// New facilitators.
        facilitators: Vec<String>,
    },
    /// Add a note at the end.
    AddNote(Note),
    /// Replace the note that has the same id (text, kind, group, or what it is about).
    UpdateNote(Note),
    /// Delete the note with this id.
    RemoveNote(String),
    /// Put a deleted note back at its old position.
    RestoreNote {
        /// Position in the notes list.
        at: usize,
        /// The note.
        note: Note,
    },
    /// Add an action item at the end.
    AddAction(Action),
    /// Replace the action item that has the same id.
    UpdateAction(Action),
    /// Delete the action item with this id.
    RemoveAction(String),
    /// Put a deleted action item back at its old position.
    RestoreAction {
        /// Position in the actions list.
        at: usize,
        /// The action item.
        action: Action,
    },
    /// Add a new draft poll at the end.
    AddPoll(Poll),
    /// Change a poll's question, items and method.
    UpdatePoll {
        /// The poll's id.
        id: String,
        /// New question.
        question: String,
        /// New items.
        items: Vec<String>,
        /// New method and settings.
        method: PollMethod,
    },
    /// Delete the poll with this id, with its ballots.
    RemovePoll(String),
    /// Put a deleted poll back at its old position.
    RestorePoll {
        /// Position in the polls list.
        at: usize,
        /// The poll.
        poll: Poll,
    },
    /// Move a poll through its life: open, close, reveal (or one step back).
    SetPollStatus {
        /// The poll's id.
        poll: String,
        /// The new status.
        status: PollStatus,
    },
    /// Record one person's vote.
    CastBallot {
        /// The poll's id.
        poll: String,
        /// The ballot.
        ballot: Ballot,
    },
    /// Remove a ballot cast by mistake.
    RemoveBallot {
        /// The poll's id.
        poll: String,
        /// The ballot's id.
        ballot: String,
    },
    /// Put a removed ballot back at its old position.
    RestoreBallot {
        /// The poll's id.
        poll: String,
        /// Position in the poll's ballots.
        at: usize,
        /// The ballot.
        ballot: Ballot,
    },
    /// Take in what another session captured (a breakout laptop): the notes, action items,
    /// themes and polls are replaced at once by their merged lists, so one undo takes the whole
    /// merge back.
    MergeIn {
        /// The other session, as people know it (its file name).
        from: String,
        /// Every note after the merge.
        notes: Vec<Note>,
        /// Every action item after the merge.
        actions: Vec<Action>,
        /// Every theme after the merge.
        themes: Vec<Theme>,
        /// Every poll, with its ballots, after the merge.
        polls: Vec<Poll>,
    },
    /// Change the framework: its title, a section's label or intro, an item's words, the
    /// items' order, an item added, removed or retired. The notes and action items come with
    /// it, since removing an item moves what was about it to the parking lot or general; one
    /// undo takes the whole change back.
    SetFramework {
        /// What changed, for the undo menu ("rename COMPASSION").
        what: String,
        /// The framework after the change.
        framework: Box<Framework>,
        /// Every note after the change (only their `about` may differ).
        notes: Vec<Note>,
        /// Every action item after the change (only their `about` may differ).
        actions: Vec<Action>,
    },
    /// Group, regroup, rename, merge or dissolve themes: the list of themes after the change,
    /// so one undo takes it back.
    SetThemes {
        /// What changed, for the undo menu ("group 3 notes as “Protect time”").
        what: String,
        /// Every theme after the change.
        themes: Vec<Theme>,
    },
    /// Set the typed count of one item of a tally poll.
    SetTally {
        /// The poll's id.
        poll: String,
        /// The item's id.
        item: String,
        /// The count; 0 removes the entry.
        count: u32,
    },
}

/// How soon an applied edit must reach the disk.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum Urgency {
    /// Text being typed: saved after a short quiet spell.
    Soon,
    /// Votes and poll states: saved before the screen acknowledges them.
    Now,
}

impl Edit {
    /// How soon this edit must be saved.
    pub fn urgency(&self) -> Urgency {
        match self {
            Edit::SetDetails { .. }
            | Edit::SetFramework { .. }
            | Edit::SetThemes { .. }
            | Edit::AddNote(_)
            | Edit::UpdateNote(_)
            | Edit::AddAction(_)
            | Edit::UpdateAction(_) => Urgency::Soon,
            _ => Urgency::Now,
        }
    }

    /// A short description in English, as in "Undo: delete note “Budget timeline?”".
    /// `Words::edit` is the one for people.
    pub fn describe(&self, session: &Session) -> String {
        let poll_question = |id: &str| {
            session
                .poll(id)
                .map_or_else(|| id.to_owned(), |poll| quote(&poll.question))
        };
        match self {
            Edit::SetDetails { .. } => "change session details".into(),
            Edit::AddNote(note) => format!("add note {}", quote(&note.text)),
            Edit::UpdateNote(note) => format!("edit note {}", quote(&note.text)),
            Edit::RemoveNote(id) => {
                format!(
                    "delete note {}",
                    session
                        .note(id)
                        .map_or_else(|| id.clone(), |note| quote(&note.text))
                )
            }
            Edit::RestoreNote { note, .. } => format!("restore note {}", quote(&note.text)),
            Edit::AddAction(action) => format!("add action {}", quote(&action.text)),
            Edit::UpdateAction(action) => format!("edit action {}", quote(&action.text)),
            Edit::RemoveAction(id) => format!(
                "delete action {}",
                session
                    .actions
                    .iter()
                    .find(|a| &a.id == id)
                    .map_or_else(|| id.clone(), |a| quote(&a.text))
            ),
            Edit::RestoreAction { action, .. } => format!("restore action {}", quote(&action.text)),
            Edit::AddPoll(poll) => format!("add poll {}", quote(&poll.question)),
            Edit::UpdatePoll { question, .. } => format!("change poll {}", quote(question)),
            Edit::RemovePoll(id) => format!("delete poll {}", poll_question(id)),
            Edit::RestorePoll { poll, .. } => format!("restore poll {}", quote(&poll.question)),
            Edit::SetPollStatus { poll, status } => {
                let verb = match status {
                    PollStatus::Draft => "back to draft",
                    PollStatus::Open => "open",
                    PollStatus::Closed => "close",
                    PollStatus::Revealed => "reveal",
                };
                format!("{verb} poll {}", poll_question(poll))
            }
            Edit::CastBallot { poll, .. } => format!("ballot on {}", poll_question(poll)),
            Edit::RemoveBallot { poll, .. } => {
                format!("remove a ballot from {}", poll_question(poll))
            }
            Edit::RestoreBallot { poll, .. } => {
                format!("restore a ballot on {}", poll_question(poll))
            }
            Edit::MergeIn { from, .. } => format!("merge in {}", quote(from)),
            Edit::SetFramework { what, .. } | Edit::SetThemes { what, .. } => what.clone(),
            Edit::SetTally { poll, item, count } => {
                format!(
                    "count {count} for {} on {}",
                    session.item_label(item),
                    poll_question(poll)
                )
            }
        }
    }
}
