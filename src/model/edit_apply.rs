//! Applying an edit, and the edit that takes it back. Every rule an edit must keep is
//! `edit_checks`'s: here things are only found by id, so undo always puts back what was there.

use std::mem::replace;

use super::{Action, Ballot, Edit, EditError, Note, Poll, PollMethod, PollStatus, Session};

/// Applies an edit and returns the edit that undoes it. Only finds things by id: every other
/// rule is [`check_allowed`](super::edit::check_allowed)'s, so undoing never refuses to put
/// back what was there.
pub(crate) fn apply_unchecked(session: &mut Session, edit: Edit) -> Result<Edit, EditError> {
    match edit {
        Edit::SetDetails {
            title,
            date,
            venue,
            facilitators,
        } => Ok(Edit::SetDetails {
            title: replace(&mut session.title, title),
            date: replace(&mut session.date, date),
            venue: replace(&mut session.venue, venue),
            facilitators: replace(&mut session.facilitators, facilitators),
        }),
        // Adding is putting back at the end, so both undo alike.
        Edit::AddNote(note) => {
            let at = session.notes.len();
            Ok(restore_note(session, at, note))
        }
        Edit::RestoreNote { at, note } => Ok(restore_note(session, at, note)),
        Edit::UpdateNote(note) => update_note(session, note),
        Edit::RemoveNote(id) => remove_note(session, id),
        Edit::AddAction(action) => {
            let at = session.actions.len();
            Ok(restore_action(session, at, action))
        }
        Edit::RestoreAction { at, action } => Ok(restore_action(session, at, action)),
        Edit::UpdateAction(action) => update_action(session, action),
        Edit::RemoveAction(id) => remove_action(session, id),
        Edit::AddPoll(poll) => {
            let at = session.polls.len();
            Ok(restore_poll(session, at, poll))
        }
        Edit::RestorePoll { at, poll } => Ok(restore_poll(session, at, poll)),
        Edit::UpdatePoll {
            id,
            question,
            items,
            method,
        } => update_poll(session, id, question, items, method),
        Edit::RemovePoll(id) => remove_poll(session, id),
        Edit::SetPollStatus { poll, status } => set_poll_status(session, poll, status),
        Edit::CastBallot { poll, ballot } => {
            let at = poll_index(session, &poll).map(|index| session.polls[index].ballots.len())?;
            restore_ballot(session, poll, at, ballot)
        }
        Edit::RestoreBallot { poll, at, ballot } => restore_ballot(session, poll, at, ballot),
        Edit::RemoveBallot { poll, ballot } => remove_ballot(session, poll, ballot),
        Edit::MergeIn {
            from,
            notes,
            actions,
            themes,
            polls,
        } => Ok(Edit::MergeIn {
            from,
            notes: replace(&mut session.notes, notes),
            actions: replace(&mut session.actions, actions),
            themes: replace(&mut session.themes, themes),
            polls: replace(&mut session.polls, polls),
        }),
        Edit::SetTally { poll, item, count } => set_tally(session, poll, item, count),
        Edit::SetThemes { what, themes } => Ok(Edit::SetThemes {
            what,
            themes: replace(&mut session.themes, themes),
        }),
        Edit::SetFramework {
            what,
            framework,
            notes,
            actions,
        } => {
            let inverse = Edit::SetFramework {
                what,
                framework: Box::new(replace(&mut session.framework, *framework)),
                notes: replace(&mut session.notes, notes),
                actions: replace(&mut session.actions, actions),
            };
            Ok(inverse)
        }
    }
}

/// Puts `thing` at `at`, or at the end when `at` is past it: a restore asked for with a stale
/// position must not panic.
fn insert_at<T>(list: &mut Vec<T>, at: usize, thing: T) {
    list.insert(at.min(list.len()), thing);
}

fn restore_note(session: &mut Session, at: usize, note: Note) -> Edit {
    let id = note.id.clone();
    insert_at(&mut session.notes, at, note);
    Edit::RemoveNote(id)
}

fn update_note(session: &mut Session, note: Note) -> Result<Edit, EditError> {
    let slot = session
        .notes
        .iter_mut()
        .find(|n| n.id == note.id)
        .ok_or(EditError::NoSuchNote(note.id.clone()))?;
    Ok(Edit::UpdateNote(replace(slot, note)))
}

fn remove_note(session: &mut Session, id: String) -> Result<Edit, EditError> {
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

fn restore_action(session: &mut Session, at: usize, action: Action) -> Edit {
    let id = action.id.clone();
    insert_at(&mut session.actions, at, action);
    Edit::RemoveAction(id)
}

fn update_action(session: &mut Session, action: Action) -> Result<Edit, EditError> {
    let slot = session
        .actions
        .iter_mut()
        .find(|a| a.id == action.id)
        .ok_or(EditError::NoSuchAction(action.id.clone()))?;
    Ok(Edit::UpdateAction(replace(slot, action)))
}

fn remove_action(session: &mut Session, id: String) -> Result<Edit, EditError> {
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

fn restore_poll(session: &mut Session, at: usize, poll: Poll) -> Edit {
    let id = poll.id.clone();
    insert_at(&mut session.polls, at, poll);
    Edit::RemovePoll(id)
}

fn update_poll(
    session: &mut Session,
    id: String,
    question: String,
    items: Vec<String>,
    method: PollMethod,
) -> Result<Edit, EditError> {
    let index = poll_index(session, &id)?;
    let poll = &mut session.polls[index];
    Ok(Edit::UpdatePoll {
        id,
        question: replace(&mut poll.question, question),
        items: replace(&mut poll.items, items),
        method: replace(&mut poll.method, method),
    })
}

fn remove_poll(session: &mut Session, id: String) -> Result<Edit, EditError> {
    let at = poll_index(session, &id)?;
    Ok(Edit::RestorePoll {
        at,
        poll: session.polls.remove(at),
    })
}

fn set_poll_status(
    session: &mut Session,
    poll: String,
    status: PollStatus,
) -> Result<Edit, EditError> {
    let index = poll_index(session, &poll)?;
    let old = replace(&mut session.polls[index].status, status);
    Ok(Edit::SetPollStatus { poll, status: old })
}

fn restore_ballot(
    session: &mut Session,
    poll: String,
    at: usize,
    ballot: Ballot,
) -> Result<Edit, EditError> {
    let index = poll_index(session, &poll)?;
    let id = ballot.id.clone();
    insert_at(&mut session.polls[index].ballots, at, ballot);
    Ok(Edit::RemoveBallot { poll, ballot: id })
}

fn remove_ballot(session: &mut Session, poll: String, ballot: String) -> Result<Edit, EditError> {
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

/// A count of 0 is no entry, so undoing the first count of an item removes it again.
fn set_tally(
    session: &mut Session,
    poll: String,
    item: String,
    count: u32,
) -> Result<Edit, EditError> {
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

fn poll_index(session: &Session, id: &str) -> Result<usize, EditError> {
    session
        .polls
        .iter()
        .position(|poll| poll.id == id)
        .ok_or_else(|| EditError::NoSuchPoll(id.to_owned()))
}
