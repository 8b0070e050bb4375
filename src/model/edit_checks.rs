//! Whether an edit a person asks for may be applied: what a valid session needs and what the
//! retreat allows at this moment. Applying is `edit_apply`'s; undo skips these checks.

use std::collections::HashSet;

use super::ballot_rules::{check_ballot, check_settings};
use super::{
    About, Action, Ballot, BallotError, ChoiceKind, Edit, EditError, Framework, Note, Poll,
    PollMethod, PollStatus, Session, Theme, validate,
};

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
        } => check_poll_change(session, id, items, method),
        Edit::RemovePoll(id) => find_poll(session, id).map(|_| ()),
        Edit::RemoveNote(id) => {
            session
                .note(id)
                .ok_or_else(|| EditError::NoSuchNote(id.clone()))?;
            if let Some(theme) = session.theme_of(id) {
                return Err(EditError::InTheme(theme.title.clone()));
            }
            offered_by_no_poll(session, id)
        }
        Edit::RemoveAction(id) => {
            session
                .actions
                .iter()
                .any(|a| &a.id == id)
                .then_some(())
                .ok_or_else(|| EditError::NoSuchAction(id.clone()))?;
            offered_by_no_poll(session, id)
        }
        Edit::SetPollStatus { poll, status } => {
            check_transition(find_poll(session, poll)?, *status)
        }
        Edit::CastBallot { poll, ballot } | Edit::RestoreBallot { poll, ballot, .. } => {
            check_new_ballot(session, poll, ballot)
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
            themes,
            polls,
            ..
        } => check_merged(session, notes, actions, themes, polls),
        Edit::SetTally { poll, item, .. } => check_tally(find_poll(session, poll)?, item),
        Edit::SetFramework {
            framework,
            notes,
            actions,
            ..
        } => check_framework_change(session, framework, notes, actions),
        Edit::SetThemes { themes, .. } => check_themes(session, themes),
    }
}

/// A framework change keeps every note and action item (only what they are about may move),
/// gives every item a usable id of its own, and leaves nothing pointing at an item that is
/// gone: an item a poll names stays, retired.
fn check_framework_change(
    session: &Session,
    framework: &Framework,
    notes: &[Note],
    actions: &[Action],
) -> Result<(), EditError> {
    let same_ids = |ours: &mut dyn Iterator<Item = &String>,
                    theirs: &mut dyn Iterator<Item = &String>| {
        ours.eq(theirs)
    };
    if !same_ids(
        &mut session.notes.iter().map(|n| &n.id),
        &mut notes.iter().map(|n| &n.id),
    ) || !same_ids(
        &mut session.actions.iter().map(|a| &a.id),
        &mut actions.iter().map(|a| &a.id),
    ) {
        return Err(EditError::FrameworkLoses);
    }
    let mut seen = HashSet::new();
    for (_, item) in framework.items() {
        if item.id.trim().is_empty() {
            return Err(EditError::EmptyId);
        }
        if RESERVED_IDS.contains(&item.id.as_str()) || !seen.insert(item.id.as_str()) {
            return Err(EditError::DuplicateId(item.id.clone()));
        }
    }
    let exists = |about: &About| match about {
        About::Item(id) => seen.contains(id.as_str()),
        _ => true,
    };
    let used = session
        .polls
        .iter()
        .flat_map(|poll| &poll.items)
        .chain(notes.iter().filter_map(|n| about_item(&n.about)))
        .chain(actions.iter().filter_map(|a| about_item(&a.about)));
    for id in used {
        if !exists(&About::Item(id.clone())) {
            return Err(EditError::NoSuchItem(id.clone()));
        }
    }
    Ok(())
}

/// Themes as a change would leave them: each with an id of its own that names nothing else, a
/// title, notes that exist, each note in one theme at most; a theme a poll offers stays.
fn check_themes(session: &Session, themes: &[Theme]) -> Result<(), EditError> {
    let mut ids = HashSet::new();
    let mut grouped = HashSet::new();
    for theme in themes {
        if theme.id.trim().is_empty() {
            return Err(EditError::EmptyId);
        }
        let taken = session
            .choice_kind(&theme.id)
            .is_some_and(|kind| kind != ChoiceKind::Theme);
        if taken || !ids.insert(theme.id.as_str()) {
            return Err(EditError::DuplicateId(theme.id.clone()));
        }
        if theme.title.trim().is_empty() {
            return Err(EditError::EmptyText);
        }
        for note in &theme.notes {
            session
                .note(note)
                .ok_or_else(|| EditError::NoSuchNote(note.clone()))?;
            if !grouped.insert(note.as_str()) {
                return Err(EditError::InTwoThemes(note.clone()));
            }
        }
        if let About::Item(id) = &theme.about
            && session.framework.item(id).is_none()
        {
            return Err(EditError::NoSuchItem(id.clone()));
        }
    }
    for old in &session.themes {
        if !ids.contains(old.id.as_str()) {
            offered_by_no_poll(session, &old.id)?;
        }
    }
    Ok(())
}

/// A note or action item a poll offers stays while the poll does: its results name it.
fn offered_by_no_poll(session: &Session, id: &str) -> Result<(), EditError> {
    match session
        .polls
        .iter()
        .find(|poll| poll.items.iter().any(|item| item == id))
    {
        Some(poll) => Err(EditError::OfferedByPoll(poll.question.clone())),
        None => Ok(()),
    }
}

/// Ids that name places notes can be about, never an item.
const RESERVED_IDS: [&str; 2] = ["general", "parking-lot"];

fn about_item(about: &About) -> Option<&String> {
    match about {
        About::Item(id) => Some(id),
        _ => None,
    }
}

/// A poll's question may always change; its items and method only while nobody has voted, so
/// no ballot cast stops fitting (a raised dot budget is the one safe exception).
fn check_poll_change(
    session: &Session,
    id: &str,
    items: &[String],
    method: &PollMethod,
) -> Result<(), EditError> {
    let poll = find_poll(session, id)?;
    check_items(session, items)?;
    check_settings(items, method)?;
    let same_items = poll.items == items;
    if !poll.has_votes()
        || (same_items && (&poll.method == method || is_budget_raise(&poll.method, method)))
    {
        Ok(())
    } else {
        Err(EditError::SettingsLocked)
    }
}

/// A ballot comes in only while its poll is open and must fit the poll's limits; its id must be
/// new across all polls, as `validate` asks of a session.
fn check_new_ballot(session: &Session, poll: &str, ballot: &Ballot) -> Result<(), EditError> {
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

/// Typed counts go on a tally poll's own items, once the poll is out of draft.
fn check_tally(poll: &Poll, item: &String) -> Result<(), EditError> {
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

/// A merge only adds: everything the session holds stays as it is, in its place, with the new
/// things after it. And it may not make the session break a rule it kept: whatever `validate`
/// finds in the merged session must already have been there (a file opened with a problem
/// keeps it).
fn check_merged(
    session: &Session,
    notes: &[Note],
    actions: &[Action],
    themes: &[Theme],
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
    kept("themes", themes.len() >= session.themes.len())?;
    for (ours, merged) in session.themes.iter().zip(themes) {
        // A theme may gain notes from the other session, never lose one.
        let same_theme = ours.id == merged.id
            && ours.title == merged.title
            && ours.about == merged.about
            && ours.created == merged.created;
        kept(
            "themes",
            same_theme && merged.notes.starts_with(&ours.notes),
        )?;
    }
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
    merged.themes = themes.to_vec();
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

fn check_about(session: &Session, about: &About) -> Result<(), EditError> {
    match about {
        About::Item(id) if session.framework.item(id).is_none() => {
            Err(EditError::NoSuchItem(id.clone()))
        }
        _ => Ok(()),
    }
}

fn check_items(session: &Session, items: &[String]) -> Result<(), EditError> {
    // A choice may be a framework item, a note or an action item.
    match items.iter().find(|id| session.choice_kind(id).is_none()) {
        Some(id) => Err(EditError::NoSuchItem(id.clone())),
        None => Ok(()),
    }
}
