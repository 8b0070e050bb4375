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

/// Which version of a conflict keeps its id.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Keep {
    /// The version whose content sorts first: the result does not depend on the input order.
    SortedFirst,
    /// The first input's: the session open in the app stays exactly as it is.
    Ours,
}

/// The rule for conflicts and the list they are reported in.
struct Joiner {
    keep: Keep,
    conflicts: Vec<String>,
    refused: Vec<String>,
}

impl Joiner {
    /// `poll` with only the ballots that fit its limits; the others are refused with a reason,
    /// before they are counted as added.
    fn admit(&mut self, poll: &Poll) -> Poll {
        let mut admitted = poll.clone();
        admitted
            .ballots
            .retain(|ballot| match check_ballot(poll, &ballot.marks) {
                Ok(()) => true,
                Err(error) => {
                    self.refused.push(format!(
                        "ballot {} on “{}” was left out: {error}",
                        ballot.id, poll.question
                    ));
                    false
                }
            });
        admitted
    }

    /// Whether our version keeps the id when it conflicts with theirs.
    fn ours_wins(&self, ours: &str, theirs: &str) -> bool {
        self.keep == Keep::Ours || ours <= theirs
    }

    /// Joins one list into another by id, keeping both versions of a conflict.
    fn join<T: Clone>(
        &mut self,
        into: &mut Vec<T>,
        from: &[T],
        (id, set_id): (impl Fn(&T) -> &str, impl Fn(&mut T, String)),
        content: impl Fn(&T) -> String,
        what: &str,
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
                    let original = id(theirs).to_owned();
                    let (keep, copy) = if self.ours_wins(&our_content, &their_content) {
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
                    self.conflicts.push(format!(
                        "{what} {original} differs between sessions: both kept, the other as {new_id}"
                    ));
                }
            }
        }
        added
    }

    /// Joins the ballots and counts of `from` into `into`, a poll set up the same way. The
    /// later status wins and a count typed differently keeps the larger, unless our version is
    /// kept as it is. Returns how many ballots came in.
    fn join_poll(&mut self, into: &mut Poll, from: &Poll) -> usize {
        if into.status != from.status {
            if self.keep == Keep::Ours {
                self.conflicts.push(format!(
                    "poll “{}” is {} in the other session: it stays {} here",
                    into.question,
                    from.status.key(),
                    into.status.key()
                ));
            } else {
                into.status = into.status.max(from.status);
            }
        }
        for (item, count) in &from.tally {
            let keep_ours = self.keep == Keep::Ours;
            let mine = into.tally.entry(item.clone()).or_insert(*count);
            if *mine != *count {
                let kept = if keep_ours {
                    "this session's is kept"
                } else {
                    "the larger is kept"
                };
                self.conflicts.push(format!(
                    "poll “{}”: the count for {item} is {mine} in one session and {count} in another: {kept}",
                    into.question
                ));
                if !keep_ours {
                    *mine = (*mine).max(*count);
                }
            }
        }
        self.join(
            &mut into.ballots,
            &from.ballots,
            (|b: &Ballot| b.id.as_str(), |b: &mut Ballot, id| b.id = id),
            ballot_content,
            "ballot",
        )
    }

    /// Joins their polls into ours; returns how many polls and ballots came in.
    fn join_polls(&mut self, polls: &mut Vec<Poll>, from: &[Poll]) -> (usize, usize) {
        let (mut new_polls, mut new_ballots) = (0, 0);
        for theirs in from {
            let theirs = &self.admit(theirs);
            match polls.iter_mut().find(|ours| ours.id == theirs.id) {
                Some(ours) if poll_setup(ours) == poll_setup(theirs) => {
                    new_ballots += self.join_poll(ours, theirs);
                }
                Some(ours) => {
                    // Set up differently on two laptops: two polls. One keeps the id (see
                    // `Keep`); the other gets a new one, and so do its ballots.
                    let (keep, copy) = if self.ours_wins(&poll_setup(ours), &poll_setup(theirs)) {
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
                    if let Some(earlier) = polls.iter_mut().find(|poll| poll.id == new_id) {
                        new_ballots += self.join_poll(earlier, &copy);
                        continue;
                    }
                    self.conflicts.push(format!(
                        "poll “{}” was set up differently in two sessions: both kept, the other as {new_id}",
                        copy.question
                    ));
                    new_polls += 1;
                    new_ballots += copy.ballots.len();
                    polls.push(copy);
                }
                None => {
                    new_polls += 1;
                    new_ballots += theirs.ballots.len();
                    polls.push(theirs.clone());
                }
            }
        }
        (new_polls, new_ballots)
    }
}

/// Merges `sessions` into the first of them. Inputs are only read. A conflict's version whose
/// content sorts first keeps the id, so the order of the inputs does not change the result.
pub fn merge(sessions: &[Session]) -> Result<Merged, MergeError> {
    merge_keeping(sessions, Keep::SortedFirst)
}

/// What merging `other` (a breakout laptop's session) into `open`, the session being worked
/// on, gives. Everything `open` holds stays exactly as it is: ids, poll statuses, typed counts
/// and ballots, even ballots breaking a limit (`validate` reports those). Only new things come
/// in, and a conflicting version comes in under a new id.
pub fn merge_into(open: &Session, other: &Session) -> Result<Merged, MergeError> {
    merge_keeping(&[open.clone(), other.clone()], Keep::Ours)
}

fn merge_keeping(sessions: &[Session], keep: Keep) -> Result<Merged, MergeError> {
    let (first, others) = sessions.split_first().ok_or(MergeError::NoSessions)?;
    let mut session = first.clone();
    let mut joiner = Joiner {
        keep,
        conflicts: Vec::new(),
        refused: Vec::new(),
    };
    let mut added = Vec::new();
    // Merging a session with itself must change nothing, including conflicts it already holds.
    for other in others {
        if other.framework != first.framework {
            return Err(MergeError::OtherFramework {
                first: first.title.clone(),
                other: other.title.clone(),
            });
        }
        let notes = joiner.join(
            &mut session.notes,
            &other.notes,
            (|n: &Note| n.id.as_str(), |n: &mut Note, id| n.id = id),
            note_content,
            "note",
        );
        let actions = joiner.join(
            &mut session.actions,
            &other.actions,
            (|a: &Action| a.id.as_str(), |a: &mut Action, id| a.id = id),
            action_content,
            "action item",
        );
        let (polls, ballots) = joiner.join_polls(&mut session.polls, &other.polls);
        added.push(Added {
            notes,
            actions,
            polls,
            ballots,
        });
    }
    // The open session's own ballots are never taken out, whatever they break.
    let ours: std::collections::BTreeSet<(&str, &str)> = match keep {
        Keep::Ours => first
            .polls
            .iter()
            .flat_map(|poll| {
                poll.ballots
                    .iter()
                    .map(move |b| (poll.id.as_str(), b.id.as_str()))
            })
            .collect(),
        Keep::SortedFirst => Default::default(),
    };
    // The first input's own ballots must fit their poll too (unless it is the session open in
    // the app), and a ballot id may appear in one poll only.
    let mut refused = joiner.refused;
    let mut seen: BTreeMap<String, String> = BTreeMap::new();
    for poll in &mut session.polls {
        let question = poll.question.clone();
        let check = poll.clone();
        poll.ballots.retain(|ballot| {
            if ours.contains(&(check.id.as_str(), ballot.id.as_str())) {
                seen.insert(ballot.id.clone(), check.id.clone());
                return true;
            }
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
        conflicts: joiner.conflicts,
        refused,
    })
}
