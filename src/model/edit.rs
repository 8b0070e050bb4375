//! Every change to a session is an [`Edit`]. This is the one place that checks and applies them.

use chrono::NaiveDate;

use super::ballot_rules::{check_ballot, check_settings};
use super::{
    About, Action, Ballot, BallotError, EditError, Note, Poll, PollMethod, PollStatus, Session,
    validate,
};

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
    /// Take in what another session captured (a breakout laptop): the notes, action items and
    /// polls are replaced at once by their merged lists, so one undo takes the whole merge back.
    MergeIn {
        /// The other session, as people know it (its file name).
        from: String,
        /// Every note after the merge.
        notes: Vec<Note>,
        /// Every action item after the merge.
        actions: Vec<Action>,
        /// Every poll, with its ballots, after the merge.
        polls: Vec<Poll>,
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
            | Edit::AddNote(_)
            | Edit::UpdateNote(_)
            | Edit::AddAction(_)
            | Edit::UpdateAction(_) => Urgency::Soon,
            _ => Urgency::Now,
        }
    }

    /// A short description for people, as in "Undo: delete note “Budget timeline?”".
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

/// Puts text in curly quotes, shortened to keep a menu line readable.
fn quote(text: &str) -> String {
    const MAX: usize = 40;
    let text = text.trim();
    if text.chars().count() <= MAX {
        format!("“{text}”")
    } else {
        let short: String = text.chars().take(MAX - 1).collect();
        format!("“{}…”", short.trim_end())
    }
}

/// Checks an edit a person asks for: what a valid session needs (ids present and unused,
/// references that resolve, ballots that fit their poll, sensible settings) and what the
/// retreat allows now (the poll lifecycle, ballots only while open, settings frozen once votes
/// are in). Undo and redo skip these: they only return the session to a state it was in, even
/// one that was opened from a file breaking some rule.
pub(crate) fn check_allowed(session: &Session, edit: &Edit) -> Result<(), EditError> {
    match edit {
        Edit::SetDetails { title, .. } if title.trim().is_empty() => Err(EditError::EmptyTitle),
        Edit::SetDetails { .. } => Ok(()),
        Edit::AddNote(note) | Edit::RestoreNote { note, .. } => {
            check_note(session, note)?;
            check_new_id(&note.id, session.notes.iter().map(|n| &n.id))
        }
        Edit::UpdateNote(note) => check_note(session, note),
        Edit::AddAction(action) | Edit::RestoreAction { action, .. } => {
            check_action(session, action)?;
            check_new_id(&action.id, session.actions.iter().map(|a| &a.id))
        }
        Edit::UpdateAction(action) => check_action(session, action),
        Edit::AddPoll(poll) | Edit::RestorePoll { poll, .. } => {
            if poll.status != PollStatus::Draft || poll.has_votes() {
                return Err(EditError::PollNotFresh);
            }
            check_items(session, &poll.items)?;
            check_settings(&poll.items, &poll.method)?;
            check_new_id(&poll.id, session.polls.iter().map(|p| &p.id))
        }
        Edit::UpdatePoll {
            id, items, method, ..
        } => {
            let poll = find_poll(session, id)?;
            check_items(session, items)?;
            check_settings(items, method)?;
            let same_items = &poll.items == items;
            if !poll.has_votes()
                || (same_items && (&poll.method == method || is_budget_raise(&poll.method, method)))
            {
                Ok(())
            } else {
                Err(EditError::SettingsLocked)
            }
        }
        Edit::RemovePoll(id) => find_poll(session, id).map(|_| ()),
        Edit::RemoveNote(id) => session
            .note(id)
            .map(|_| ())
            .ok_or_else(|| EditError::NoSuchNote(id.clone())),
        Edit::RemoveAction(id) => session
            .actions
            .iter()
            .any(|a| &a.id == id)
            .then_some(())
            .ok_or_else(|| EditError::NoSuchAction(id.clone())),
        Edit::SetPollStatus { poll, status } => {
            check_transition(find_poll(session, poll)?, *status)
        }
        Edit::CastBallot { poll, ballot } | Edit::RestoreBallot { poll, ballot, .. } => {
            let poll = find_poll(session, poll)?;
            if poll.status != PollStatus::Open {
                return Err(EditError::PollNotOpen {
                    status: poll.status.key(),
                });
            }
            check_ballot(poll, &ballot.marks)?;
            check_new_id(
                &ballot.id,
                session.polls.iter().flat_map(|p| &p.ballots).map(|b| &b.id),
            )
        }
        Edit::RemoveBallot { poll, ballot } => {
            let poll = find_poll(session, poll)?;
            poll.ballots
                .iter()
                .any(|b| &b.id == ballot)
                .then_some(())
                .ok_or_else(|| EditError::NoSuchBallot(ballot.clone()))
        }
        Edit::MergeIn {
            notes,
            actions,
            polls,
            ..
        } => check_merged(session, notes, actions, polls),
        Edit::SetTally { poll, item, .. } => {
            let poll = find_poll(session, poll)?;
            if poll.method != PollMethod::Tally {
                Err(EditError::NotTally)
            } else if poll.status == PollStatus::Draft {
                Err(EditError::TallyWhileDraft)
            } else if !poll.items.contains(item) {
                Err(BallotError::NotOnPoll(item.clone()).into())
            } else {
                Ok(())
            }
        }
    }
}

/// A merge only adds: everything the session holds stays as it is, in its place, with the new
/// things after it. And it may not make the session break a rule it kept: whatever `validate`
/// finds in the merged session must already have been there (a file opened with a problem
/// keeps it).
fn check_merged(
    session: &Session,
    notes: &[Note],
    actions: &[Action],
    polls: &[Poll],
) -> Result<(), EditError> {
    let kept = |what: &str, same: bool| {
        if same {
            Ok(())
        } else {
            Err(EditError::MergeRemoves(what.to_owned()))
        }
    };
    kept("notes", notes.starts_with(&session.notes))?;
    kept("action items", actions.starts_with(&session.actions))?;
    kept("polls", polls.len() >= session.polls.len())?;
    for (ours, merged) in session.polls.iter().zip(polls) {
        let same_poll = ours.id == merged.id
            && ours.question == merged.question
            && ours.items == merged.items
            && ours.method == merged.method
            && ours.status == merged.status
            && ours.tally == merged.tally;
        kept("polls", same_poll)?;
        kept("ballots", merged.ballots.starts_with(&ours.ballots))?;
    }
    let mut merged = session.clone();
    merged.notes = notes.to_vec();
    merged.actions = actions.to_vec();
    merged.polls = polls.to_vec();
    let before: Vec<String> = validate(session).iter().map(ToString::to_string).collect();
    match validate(&merged)
        .into_iter()
        .map(|problem| problem.to_string())
        .find(|problem| !before.contains(problem))
    {
        Some(problem) => Err(EditError::MergeBreaks(problem)),
        None => Ok(()),
    }
}

fn check_note(session: &Session, note: &Note) -> Result<(), EditError> {
    if note.text.trim().is_empty() {
        return Err(EditError::EmptyText);
    }
    check_about(session, &note.about)
}

fn check_action(session: &Session, action: &Action) -> Result<(), EditError> {
    if action.text.trim().is_empty() {
        return Err(EditError::EmptyText);
    }
    check_about(session, &action.about)
}

/// A new id must be non-empty and not used by another thing of its kind.
fn check_new_id<'a>(
    id: &str,
    taken: impl IntoIterator<Item = &'a String>,
) -> Result<(), EditError> {
    if id.trim().is_empty() {
        Err(EditError::EmptyId)
    } else if taken.into_iter().any(|other| other == id) {
        Err(EditError::DuplicateId(id.to_owned()))
    } else {
        Ok(())
    }
}

/// Raising the dot budget (keeping the cap) is the one change allowed after ballots are in:
/// every ballot cast stays valid.
fn is_budget_raise(old: &PollMethod, new: &PollMethod) -> bool {
    matches!(
        (old, new),
        (PollMethod::Dots { per_person: a, per_item: cap_a }, PollMethod::Dots { per_person: b, per_item: cap_b })
            if b >= a && cap_a == cap_b
    )
}

/// Draft → Open → Closed → Revealed, and two steps back: reopen a closed poll that nobody has
/// seen results of, or return an open poll without votes to draft. Revealed is final: once the
/// room has seen results, more votes would be swayed by them.
fn check_transition(poll: &Poll, to: PollStatus) -> Result<(), EditError> {
    use PollStatus::*;
    let from = poll.status;
    match (from, to) {
        (Draft, Open) | (Open, Closed) | (Closed, Revealed) | (Closed, Open) => Ok(()),
        (Open, Draft) if !poll.has_votes() => Ok(()),
        (Open, Draft) => Err(EditError::HasBallots),
        _ => Err(EditError::BadTransition {
            from: from.key(),
            to: to.key(),
        }),
    }
}

fn find_poll<'a>(session: &'a Session, id: &str) -> Result<&'a Poll, EditError> {
    session
        .poll(id)
        .ok_or_else(|| EditError::NoSuchPoll(id.to_owned()))
}

fn poll_index(session: &Session, id: &str) -> Result<usize, EditError> {
    session
        .polls
        .iter()
        .position(|poll| poll.id == id)
        .ok_or_else(|| EditError::NoSuchPoll(id.to_owned()))
}

fn check_about(session: &Session, about: &About) -> Result<(), EditError> {
    match about {
        About::Item(id) if session.framework.item(id).is_none() => {
            Err(EditError::NoSuchItem(id.clone()))
        }
        _ => Ok(()),
    }
}

fn check_items(session: &Session, items: &[String]) -> Result<(), EditError> {
    match items.iter().find(|id| session.framework.item(id).is_none()) {
        Some(id) => Err(EditError::NoSuchItem(id.clone())),
        None => Ok(()),
    }
}

/// Applies an edit and returns the edit that undoes it. Only finds things by id: every other
/// rule is [`check_allowed`]'s, so undoing never refuses to put back what was there.
pub(crate) fn apply_unchecked(session: &mut Session, edit: Edit) -> Result<Edit, EditError> {
    match edit {
        Edit::SetDetails {
            title,
            date,
            venue,
            facilitators,
        } => Ok(Edit::SetDetails {
            title: std::mem::replace(&mut session.title, title),
            date: std::mem::replace(&mut session.date, date),
            venue: std::mem::replace(&mut session.venue, venue),
            facilitators: std::mem::replace(&mut session.facilitators, facilitators),
        }),
        Edit::AddNote(note) => {
            let at = session.notes.len();
            apply_unchecked(session, Edit::RestoreNote { at, note })
        }
        Edit::RestoreNote { at, note } => {
            let id = note.id.clone();
            session.notes.insert(at.min(session.notes.len()), note);
            Ok(Edit::RemoveNote(id))
        }
        Edit::UpdateNote(note) => {
            let slot = session
                .notes
                .iter_mut()
                .find(|n| n.id == note.id)
                .ok_or(EditError::NoSuchNote(note.id.clone()))?;
            Ok(Edit::UpdateNote(std::mem::replace(slot, note)))
        }
        Edit::RemoveNote(id) => {
            let at = session
                .notes
                .iter()
                .position(|n| n.id == id)
                .ok_or(EditError::NoSuchNote(id))?;
            Ok(Edit::RestoreNote {
                at,
                note: session.notes.remove(at),
            })
        }
        Edit::AddAction(action) => {
            let at = session.actions.len();
            apply_unchecked(session, Edit::RestoreAction { at, action })
        }
        Edit::RestoreAction { at, action } => {
            let id = action.id.clone();
            session
                .actions
                .insert(at.min(session.actions.len()), action);
            Ok(Edit::RemoveAction(id))
        }
        Edit::UpdateAction(action) => {
            let slot = session
                .actions
                .iter_mut()
                .find(|a| a.id == action.id)
                .ok_or(EditError::NoSuchAction(action.id.clone()))?;
            Ok(Edit::UpdateAction(std::mem::replace(slot, action)))
        }
        Edit::RemoveAction(id) => {
            let at = session
                .actions
                .iter()
                .position(|a| a.id == id)
                .ok_or(EditError::NoSuchAction(id))?;
            Ok(Edit::RestoreAction {
                at,
                action: session.actions.remove(at),
            })
        }
        Edit::AddPoll(poll) => {
            let at = session.polls.len();
            apply_unchecked(session, Edit::RestorePoll { at, poll })
        }
        Edit::RestorePoll { at, poll } => {
            let id = poll.id.clone();
            session.polls.insert(at.min(session.polls.len()), poll);
            Ok(Edit::RemovePoll(id))
        }
        Edit::UpdatePoll {
            id,
            question,
            items,
            method,
        } => {
            let index = poll_index(session, &id)?;
            let poll = &mut session.polls[index];
            Ok(Edit::UpdatePoll {
                id,
                question: std::mem::replace(&mut poll.question, question),
                items: std::mem::replace(&mut poll.items, items),
                method: std::mem::replace(&mut poll.method, method),
            })
        }
        Edit::RemovePoll(id) => {
            let at = poll_index(session, &id)?;
            Ok(Edit::RestorePoll {
                at,
                poll: session.polls.remove(at),
            })
        }
        Edit::SetPollStatus { poll, status } => {
            let index = poll_index(session, &poll)?;
            let old = std::mem::replace(&mut session.polls[index].status, status);
            Ok(Edit::SetPollStatus { poll, status: old })
        }
        Edit::CastBallot { poll, ballot } => {
            let at = poll_index(session, &poll).map(|index| session.polls[index].ballots.len())?;
            apply_unchecked(session, Edit::RestoreBallot { poll, at, ballot })
        }
        Edit::RestoreBallot { poll, at, ballot } => {
            let index = poll_index(session, &poll)?;
            let ballots = &mut session.polls[index].ballots;
            let id = ballot.id.clone();
            ballots.insert(at.min(ballots.len()), ballot);
            Ok(Edit::RemoveBallot { poll, ballot: id })
        }
        Edit::RemoveBallot { poll, ballot } => {
            let index = poll_index(session, &poll)?;
            let ballots = &mut session.polls[index].ballots;
            let at = ballots
                .iter()
                .position(|b| b.id == ballot)
                .ok_or(EditError::NoSuchBallot(ballot))?;
            Ok(Edit::RestoreBallot {
                poll,
                at,
                ballot: ballots.remove(at),
            })
        }
        Edit::MergeIn {
            from,
            notes,
            actions,
            polls,
        } => Ok(Edit::MergeIn {
            from,
            notes: std::mem::replace(&mut session.notes, notes),
            actions: std::mem::replace(&mut session.actions, actions),
            polls: std::mem::replace(&mut session.polls, polls),
        }),
        Edit::SetTally { poll, item, count } => {
            let index = poll_index(session, &poll)?;
            let tally = &mut session.polls[index].tally;
            let old = if count == 0 {
                tally.remove(&item)
            } else {
                tally.insert(item.clone(), count)
            };
            Ok(Edit::SetTally {
                poll,
                item,
                count: old.unwrap_or(0),
            })
        }
    }
}
