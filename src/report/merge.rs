//! Joining sessions captured on several laptops (breakout rooms) into one.
//!
//! Things are matched by id. The same id with the same content is one thing; the same id with
//! different content is a conflict: both versions are kept, and the one whose content sorts
//! second gets a new id derived from its content, so the result does not depend on the order
//! of the inputs and merging a session into itself changes nothing. A ballot that would break
//! its poll's limits is refused and reported.

use std::collections::BTreeMap;

use crate::model::{Action, Ballot, Note, Poll, Session, check_ballot};

/// Why sessions cannot be merged.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum MergeError {
    /// Nothing to merge.
    #[error("give at least one session to merge")]
    NoSessions,
    /// The sessions were not taken on the same framework.
    #[error(
        "“{other}” is on a different framework from “{first}”: only sessions of the same mission, vision and values can be merged"
    )]
    OtherFramework {
        /// The first session's title.
        first: String,
        /// The other session's title.
        other: String,
    },
}

/// The merged session and what happened on the way.
#[derive(Debug, Clone, PartialEq)]
pub struct Merged {
    /// The joined session: the first input's details, everyone's notes, actions and polls.
    pub session: Session,
    /// Notes, actions, polls and ballots added to the first input, per later input.
    pub added: Vec<Added>,
    /// Things with the same id but different content; both versions were kept.
    pub conflicts: Vec<String>,
    /// Ballots left out because they break their poll's limits.
    pub refused: Vec<String>,
}

/// What one input added.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Added {
    /// New notes.
    pub notes: usize,
    /// New action items.
    pub actions: usize,
    /// New polls.
    pub polls: usize,
    /// New ballots (in new or existing polls).
    pub ballots: usize,
}

/// A stable 64-bit FNV-1a hash: ids derived from it are the same on every machine and run.
fn fnv(parts: &[&str]) -> u64 {
    let mut hash: u64 = 0xcbf2_9ce4_8422_2325;
    for part in parts {
        for byte in part.bytes().chain([0xff]) {
            hash ^= u64::from(byte);
            hash = hash.wrapping_mul(0x0100_0000_01b3);
        }
    }
    hash
}

/// The id a conflicting copy gets: the original id and a fingerprint of its content.
fn derived_id(id: &str, content: &str) -> String {
    format!("{id}~{:08x}", fnv(&[id, content]) & 0xffff_ffff)
}

fn note_content(note: &Note) -> String {
    format!(
        "{:?}",
        (
            &note.about,
            &note.group,
            note.kind,
            &note.text,
            note.created
        )
    )
}

fn action_content(action: &Action) -> String {
    format!(
        "{:?}",
        (
            &action.about,
            &action.text,
            &action.owner,
            action.due,
            action.done,
            action.created
        )
    )
}

fn ballot_content(ballot: &Ballot) -> String {
    format!("{:?}", (ballot.cast, &ballot.marks))
}

fn poll_setup(poll: &Poll) -> String {
    format!("{:?}", (&poll.question, &poll.items, &poll.method))
}

/// Joins one list into another by id, keeping both versions of a conflict.
fn join<T: Clone>(
    into: &mut Vec<T>,
    from: &[T],
    id: impl Fn(&T) -> &str,
    set_id: impl Fn(&mut T, String),
    content: impl Fn(&T) -> String,
    what: &str,
    conflicts: &mut Vec<String>,
) -> usize {
    let mut added = 0;
    for theirs in from {
        let their_content = content(theirs);
        match into.iter().position(|ours| id(ours) == id(theirs)) {
            None => {
                into.push(theirs.clone());
                added += 1;
            }
            Some(at) => {
                let our_content = content(&into[at]);
                if our_content == their_content {
                    continue;
                }
                // The version whose content sorts first keeps the id, whatever the input order.
                let original = id(theirs).to_owned();
                let (keep, copy) = if our_content <= their_content {
                    (into[at].clone(), theirs.clone())
                } else {
                    (theirs.clone(), into[at].clone())
                };
                let copy_content = content(&copy);
                let new_id = derived_id(&original, &copy_content);
                into[at] = keep;
                if into.iter().any(|other| id(other) == new_id) {
                    continue;
                }
                let mut copy = copy;
                set_id(&mut copy, new_id.clone());
                into.push(copy);
                added += 1;
                conflicts.push(format!(
                    "{what} {original} differs between sessions: both kept, the other as {new_id}"
                ));
            }
        }
    }
    added
}

/// Joins the ballots and counts of `from` into `into`, a poll set up the same way: the later
/// status wins, a count typed differently keeps the larger. Returns how many ballots came in.
fn join_poll(into: &mut Poll, from: &Poll, conflicts: &mut Vec<String>) -> usize {
    into.status = into.status.max(from.status);
    for (item, count) in &from.tally {
        let mine = into.tally.entry(item.clone()).or_insert(*count);
        if *mine != *count {
            conflicts.push(format!(
                "poll “{}”: the count for {item} is {mine} in one session and {count} in another: the larger is kept",
                into.question
            ));
            *mine = (*mine).max(*count);
        }
    }
    join(
        &mut into.ballots,
        &from.ballots,
        |b| &b.id,
        |b, id| b.id = id,
        ballot_content,
        "ballot",
        conflicts,
    )
}

/// Merges `sessions` into the first of them. Inputs are only read.
pub fn merge(sessions: &[Session]) -> Result<Merged, MergeError> {
    let (first, others) = sessions.split_first().ok_or(MergeError::NoSessions)?;
    let mut session = first.clone();
    let mut conflicts = Vec::new();
    let mut refused = Vec::new();
    let mut added = Vec::new();
    // Merging a session with itself must change nothing, including conflicts it already holds.
    for other in others {
        if other.framework != first.framework {
            return Err(MergeError::OtherFramework {
                first: first.title.clone(),
                other: other.title.clone(),
            });
        }
        let mut counts = Added {
            notes: join(
                &mut session.notes,
                &other.notes,
                |n| &n.id,
                |n, id| n.id = id,
                note_content,
                "note",
                &mut conflicts,
            ),
            actions: join(
                &mut session.actions,
                &other.actions,
                |a| &a.id,
                |a, id| a.id = id,
                action_content,
                "action item",
                &mut conflicts,
            ),
            ..Added::default()
        };
        for theirs in &other.polls {
            match session.polls.iter_mut().find(|ours| ours.id == theirs.id) {
                Some(ours) if poll_setup(ours) == poll_setup(theirs) => {
                    counts.ballots += join_poll(ours, theirs, &mut conflicts);
                }
                Some(ours) => {
                    // Set up differently on two laptops: two polls. The one whose setup sorts
                    // first keeps the id, whatever the input order; the other gets a new one,
                    // and so do its ballots.
                    let (keep, copy) = if poll_setup(ours) <= poll_setup(theirs) {
                        (ours.clone(), theirs.clone())
                    } else {
                        (theirs.clone(), ours.clone())
                    };
                    let new_id = derived_id(&copy.id, &poll_setup(&copy));
                    *ours = keep;
                    let mut copy = copy;
                    for ballot in &mut copy.ballots {
                        ballot.id = derived_id(&ballot.id, &new_id);
                    }
                    copy.id = new_id.clone();
                    // Merged before (a laptop merged twice, or a third input with the same
                    // setup): the copy is already here, and only its new ballots come in.
                    if let Some(earlier) = session.polls.iter_mut().find(|poll| poll.id == new_id) {
                        counts.ballots += join_poll(earlier, &copy, &mut conflicts);
                        continue;
                    }
                    conflicts.push(format!(
                        "poll “{}” was set up differently in two sessions: both kept, the other as {new_id}",
                        copy.question
                    ));
                    counts.polls += 1;
                    counts.ballots += copy.ballots.len();
                    session.polls.push(copy);
                }
                None => {
                    counts.polls += 1;
                    counts.ballots += theirs.ballots.len();
                    session.polls.push(theirs.clone());
                }
            }
        }
        added.push(counts);
    }
    // Ballots must still fit their poll, and a ballot id may appear in one poll only.
    let mut seen: BTreeMap<String, String> = BTreeMap::new();
    for poll in &mut session.polls {
        let question = poll.question.clone();
        let check = poll.clone();
        poll.ballots.retain(|ballot| {
            if let Err(error) = check_ballot(&check, &ballot.marks) {
                refused.push(format!(
                    "ballot {} on “{question}” was left out: {error}",
                    ballot.id
                ));
                return false;
            }
            if let Some(other) = seen.insert(ballot.id.clone(), check.id.clone())
                && other != check.id
            {
                refused.push(format!(
                    "ballot {} on “{question}” was left out: the same ballot is on another poll",
                    ballot.id
                ));
                return false;
            }
            true
        });
    }
    Ok(Merged {
        session,
        added,
        conflicts,
        refused,
    })
}
