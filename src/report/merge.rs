//! Joining sessions captured on several laptops (breakout rooms) into one.
//!
//! Things are matched by id. The same id with the same content is one thing; the same id with
//! different content is a conflict: every version is kept and listed, one under the id and the
//! others under ids derived from their content. `merge` lets the version whose content sorts
//! first keep the id, so its result holds the same things whatever the order of its inputs,
//! and merging a session into itself changes nothing. `merge_into` keeps everything the open
//! session holds exactly as it is. A ballot that would break its poll's limits is refused and
//! listed, never counted as added. Each step is a pass with hash maps: merging a file of
//! 80,000 notes with itself takes time in proportion to its size.

use std::collections::{BTreeMap, BTreeSet, HashMap, HashSet};

use super::facts::clip_words;
use crate::model::{
    Action, Ballot, BallotRules, Note, Poll, PollStatus, Problem, Session, validate,
};

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
    /// An input breaks the session rules (`plaza validate` lists them): its flaws would come in.
    #[error(
        "“{title}” breaks the session rules ({}), so it was not merged; `plaza validate` lists every problem",
        problems.first().map(ToString::to_string).unwrap_or_default()
    )]
    Invalid {
        /// Which input, counted from 0.
        input: usize,
        /// Its title.
        title: String,
        /// What is wrong with it.
        problems: Vec<Problem>,
    },
}

/// The merged session and what happened on the way.
#[derive(Debug, Clone, PartialEq)]
pub struct Merged {
    /// The joined session: the first input's details, everyone's notes, actions and polls.
    pub session: Session,
    /// Notes, actions, polls and ballots added to the first input, per later input.
    pub added: Vec<Added>,
    /// Things with the same id but different content (every version kept), and differences in
    /// a poll's status or counts (one kept, as the line says).
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

/// One version of a thing, with where it came from.
#[derive(Debug, Clone)]
struct Version<T> {
    thing: T,
    /// Everything but the id, as compared.
    content: String,
    /// The first input that holds this version.
    source: usize,
    /// Part of the open session (with [`Keep::Ours`]): never moved, never dropped.
    fixed: bool,
}

/// How a kind of thing is named, re-identified and described in a conflict line, and how two
/// versions with the same id and content become one.
struct Kind<T> {
    what: &'static str,
    /// What a conflict is, in words: "differs between sessions".
    differs: &'static str,
    id: fn(&T) -> &str,
    set_id: fn(&mut T, String),
    describe: fn(&T) -> String,
    /// Folds a second version with the same id and content into the first. Identical notes
    /// need nothing; two copies of a poll bring their ballots together.
    combine: fn(&mut T, T),
}

/// How many rounds of moves settle conflicts the usual way. Each move makes an id longer, so
/// only a crafted file needs more; it then gets ids that nothing holds.
const MAX_ROUNDS: usize = 32;

/// The rule for conflicts and the lists they are reported in.
struct Joiner {
    keep: Keep,
    conflicts: Vec<String>,
    refused: Vec<String>,
}

impl Joiner {
    /// Every version of every thing, one per id: identical versions become one, and of the
    /// versions sharing an id one keeps it (see [`Keep`]) while each other moves to an id
    /// derived from its content, and is listed. A moved copy that lands on a taken id is
    /// another conflict, settled the same way, so no version is ever dropped.
    fn resolve<T: Clone>(&mut self, versions: Vec<Version<T>>, kind: &Kind<T>) -> Vec<Version<T>> {
        let mut list = dedupe(versions, kind);
        for _ in 0..MAX_ROUNDS {
            let moves = self.moves(&list, kind, derived_id);
            if moves.is_empty() {
                return list;
            }
            self.apply(&mut list, moves, kind);
            list = dedupe(list, kind);
        }
        // A chain of crafted ids can make one version lose round after round: each version
        // still sharing an id gets one that nothing holds.
        let mut taken: HashSet<String> = list
            .iter()
            .map(|version| (kind.id)(&version.thing).to_owned())
            .collect();
        let moves = self.moves(&list, kind, |id, content| {
            (0_u64..)
                .map(|n| derived_id(id, &format!("{content}\u{0}{n}")))
                .find(|candidate| taken.insert(candidate.clone()))
                .unwrap_or_default()
        });
        self.apply(&mut list, moves, kind);
        list
    }

    /// The versions that must move, each with its new id from `new_id(id, content)`: of the
    /// versions sharing an id, all but the one that keeps it. Groups are taken in order of id,
    /// so the new ids do not depend on the order of the inputs.
    fn moves<T>(
        &self,
        list: &[Version<T>],
        kind: &Kind<T>,
        mut new_id: impl FnMut(&str, &str) -> String,
    ) -> Vec<(usize, String)> {
        let mut by_id: HashMap<&str, Vec<usize>> = HashMap::new();
        for (at, version) in list.iter().enumerate() {
            by_id.entry((kind.id)(&version.thing)).or_default().push(at);
        }
        let mut groups: Vec<(&str, Vec<usize>)> = by_id
            .into_iter()
            .filter(|(_, members)| members.len() > 1)
            .collect();
        groups.sort_by_key(|(id, _)| *id);
        let mut moves = Vec::new();
        for (id, members) in groups {
            let keeper = self.keeper(list, &members);
            for &at in &members {
                if Some(at) != keeper && !list[at].fixed {
                    moves.push((at, new_id(id, &list[at].content)));
                }
            }
        }
        moves.sort();
        moves
    }

    /// Gives each moving version its new id, and lists it.
    fn apply<T>(&mut self, list: &mut [Version<T>], moves: Vec<(usize, String)>, kind: &Kind<T>) {
        for (at, new_id) in moves {
            let version = &mut list[at];
            let original = (kind.id)(&version.thing).to_owned();
            self.conflicts.push(format!(
                "{} {} ({original}) {}: this version is kept as {new_id}, the other keeps {original}",
                kind.what,
                (kind.describe)(&version.thing),
                kind.differs,
            ));
            (kind.set_id)(&mut version.thing, new_id);
        }
    }

    /// Of versions sharing an id, the one that keeps it; `None` when the open session's own
    /// versions keep it (they never move).
    fn keeper<T>(&self, list: &[Version<T>], members: &[usize]) -> Option<usize> {
        if self.keep == Keep::Ours && members.iter().any(|&at| list[at].fixed) {
            return None;
        }
        members
            .iter()
            .copied()
            .min_by(|&a, &b| list[a].content.cmp(&list[b].content))
    }

    /// Joins the versions of one poll (same id, same setup) into one, without ballots: the open
    /// session's status and counts, or else the latest status and the larger count. Every
    /// difference is listed, in words that do not depend on the order of the inputs.
    fn join_poll(&mut self, versions: &[Version<Poll>]) -> Poll {
        let mut poll = versions[0].thing.clone();
        poll.ballots.clear();
        let ours = versions
            .iter()
            .find(|version| version.fixed)
            .map(|version| &version.thing);
        let statuses: BTreeSet<PollStatus> = versions.iter().map(|v| v.thing.status).collect();
        if statuses.len() > 1 {
            let kept = ours.map_or_else(
                || statuses.iter().copied().max().unwrap_or(poll.status),
                |ours| ours.status,
            );
            let names: Vec<&str> = statuses.iter().map(|status| status.key()).collect();
            self.conflicts.push(format!(
                "poll “{}” ({}) is {}: it is {} here",
                clip(&poll.question),
                poll.id,
                in_sessions(&names),
                kept.key()
            ));
            poll.status = kept;
        }
        let items: BTreeSet<&String> = versions.iter().flat_map(|v| v.thing.tally.keys()).collect();
        for item in items {
            let counts: BTreeSet<Option<u32>> = versions
                .iter()
                .map(|v| v.thing.tally.get(item).copied())
                .collect();
            let kept = match ours {
                Some(ours) => ours.tally.get(item).copied(),
                None => counts.iter().flatten().copied().max(),
            };
            // A count only one laptop typed is news, not a conflict, unless it cannot come in.
            let given: Vec<String> = counts.iter().flatten().map(u32::to_string).collect();
            if given.len() > 1 || kept.is_none() {
                self.conflicts.push(format!(
                    "poll “{}” ({}): the count for {item} is {}: {} is kept",
                    clip(&poll.question),
                    poll.id,
                    in_sessions(&given.iter().map(String::as_str).collect::<Vec<_>>()),
                    kept.map_or_else(|| "none".to_owned(), |n| n.to_string()),
                ));
            }
            match kept {
                Some(kept) => poll.tally.insert(item.clone(), kept),
                None => poll.tally.remove(item),
            };
        }
        poll
    }
}

/// "open in one session and closed in another", "1, 2 or 3 in different sessions".
fn in_sessions(values: &[&str]) -> String {
    match values {
        [one] => format!("{one} in one session"),
        [a, b] => format!("{a} in one session and {b} in another"),
        [rest @ .., last] => format!("{} or {last} in different sessions", rest.join(", ")),
        [] => "missing".to_owned(),
    }
}

/// One version per (id, content), in first-seen order, copies folded in with the kind's
/// `combine`; a copy of an open session's version stays fixed.
fn dedupe<T>(versions: Vec<Version<T>>, kind: &Kind<T>) -> Vec<Version<T>> {
    let mut seen: HashMap<(String, String), usize> = HashMap::with_capacity(versions.len());
    let mut out: Vec<Version<T>> = Vec::with_capacity(versions.len());
    for version in versions {
        let key = (
            (kind.id)(&version.thing).to_owned(),
            version.content.clone(),
        );
        match seen.get(&key) {
            // The open session keeps everything it holds, even a thing written twice.
            Some(&at) if out[at].fixed && version.fixed => out.push(version),
            Some(&at) => {
                let kept = &mut out[at];
                kept.source = kept.source.min(version.source);
                kept.fixed |= version.fixed;
                (kind.combine)(&mut kept.thing, version.thing);
            }
            None => {
                seen.insert(key, out.len());
                out.push(version);
            }
        }
    }
    out
}

fn clip(text: &str) -> String {
    clip_words(text, 48)
}

const NOTES: Kind<Note> = Kind {
    what: "note",
    differs: "differs between sessions",
    id: |note| &note.id,
    set_id: |note, id| note.id = id,
    describe: |note| format!("“{}”", clip(&note.text)),
    combine: |_, _| {},
};

const ACTIONS: Kind<Action> = Kind {
    what: "action item",
    differs: "differs between sessions",
    id: |action| &action.id,
    set_id: |action, id| action.id = id,
    describe: |action| format!("“{}”", clip(&action.text)),
    combine: |_, _| {},
};

/// Every input's copy of one poll with one setup, each with where it came from. Copies are
/// joined (status, counts, ballots) once their ids are settled.
#[derive(Debug, Clone)]
struct PollCopies(Vec<Version<Poll>>);

impl PollCopies {
    fn first(&self) -> &Poll {
        &self.0[0].thing
    }
}

/// A poll copy moved to a new id takes its ballots along, under ids derived from it.
const POLLS: Kind<PollCopies> = Kind {
    what: "poll",
    differs: "was set up differently in two sessions",
    id: |copies| &copies.first().id,
    set_id: |copies, id| {
        for copy in &mut copies.0 {
            for ballot in &mut copy.thing.ballots {
                ballot.id = derived_id(&ballot.id, &id);
            }
            copy.thing.id = id.clone();
        }
    },
    describe: |copies| format!("“{}”", clip(&copies.first().question)),
    combine: |copies, more| copies.0.extend(more.0),
};

/// A ballot with the poll it is in: ballot ids are unique across the session's polls.
#[derive(Debug, Clone)]
struct Cast {
    poll: String,
    question: String,
    ballot: Ballot,
}

const BALLOTS: Kind<Cast> = Kind {
    what: "ballot",
    differs: "differs between sessions",
    id: |cast| &cast.ballot.id,
    set_id: |cast, id| cast.ballot.id = id,
    describe: |cast| format!("on “{}”", clip(&cast.question)),
    combine: |_, _| {},
};

fn versions<T: Clone>(
    sessions: &[Session],
    keep: Keep,
    list: impl Fn(&Session) -> &[T],
    content: impl Fn(&T) -> String,
) -> Vec<Version<T>> {
    sessions
        .iter()
        .enumerate()
        .flat_map(|(source, session)| list(session).iter().map(move |thing| (source, thing)))
        .map(|(source, thing)| Version {
            content: content(thing),
            thing: thing.clone(),
            source,
            fixed: keep == Keep::Ours && source == 0,
        })
        .collect()
}

/// Merges `sessions` into the first of them. Inputs are only read, and each must follow the
/// session rules (`validate`). A conflict's version whose content sorts first keeps the id, so
/// the order of the inputs changes neither what is kept nor what is listed.
pub fn merge(sessions: &[Session]) -> Result<Merged, MergeError> {
    for (input, session) in sessions.iter().enumerate() {
        let problems = validate(session);
        if !problems.is_empty() {
            return Err(MergeError::Invalid {
                input,
                title: session.title.clone(),
                problems,
            });
        }
    }
    let mut merged = merge_keeping(sessions, Keep::SortedFirst)?;
    merged.conflicts.sort();
    merged.conflicts.dedup();
    merged.refused.sort();
    Ok(merged)
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
    if let Some(other) = others
        .iter()
        .find(|other| other.framework != first.framework)
    {
        return Err(MergeError::OtherFramework {
            first: first.title.clone(),
            other: other.title.clone(),
        });
    }
    let mut joiner = Joiner {
        keep,
        conflicts: Vec::new(),
        refused: Vec::new(),
    };
    let notes = joiner.resolve(versions(sessions, keep, |s| &s.notes, note_content), &NOTES);
    let actions = joiner.resolve(
        versions(sessions, keep, |s| &s.actions, action_content),
        &ACTIONS,
    );
    let polls = versions(sessions, keep, |s| &s.polls, poll_setup)
        .into_iter()
        .map(|version| Version {
            thing: PollCopies(vec![version.clone()]),
            content: version.content,
            source: version.source,
            fixed: version.fixed,
        })
        .collect();
    // Copies of a poll now share an id exactly when they share a setup, and are one entry.
    let polls = joiner.resolve(polls, &POLLS);
    let mut joined: Vec<(Poll, usize)> = Vec::with_capacity(polls.len());
    let mut casts: Vec<Version<Cast>> = Vec::new();
    for entry in polls {
        let mut copies = entry.thing.0;
        // The open session's copy (or the first input's) leads, so its ballots come first.
        copies.sort_by_key(|copy| (!copy.fixed, copy.source));
        let poll = joiner.join_poll(&copies);
        let rules = BallotRules::new(&poll);
        for copy in &copies {
            for ballot in &copy.thing.ballots {
                let own = copy.fixed;
                // A poll still being set up here takes no ballots: the laptop opened its own
                // copy. Opening it here and merging again brings them in.
                if !own && poll.status == PollStatus::Draft {
                    joiner.refused.push(format!(
                        "ballot {} on “{}” was left out: the poll is still a draft in this session; open it and merge again",
                        ballot.id,
                        clip(&poll.question)
                    ));
                    continue;
                }
                // The open session's own ballots stay whatever they break; others must fit.
                if !own && let Err(error) = rules.check(&ballot.marks) {
                    joiner.refused.push(format!(
                        "ballot {} on “{}” was left out: {error}",
                        ballot.id,
                        clip(&poll.question)
                    ));
                    continue;
                }
                casts.push(Version {
                    content: format!("{:?}", (&poll.id, ballot.cast, &ballot.marks)),
                    thing: Cast {
                        poll: poll.id.clone(),
                        question: poll.question.clone(),
                        ballot: ballot.clone(),
                    },
                    source: copy.source,
                    fixed: own,
                });
            }
        }
        joined.push((poll, entry.source));
    }
    let casts = joiner.resolve(casts, &BALLOTS);

    let mut added = vec![Added::default(); others.len()];
    let mut count = |source: usize, field: fn(&mut Added) -> &mut usize| {
        if let Some(added) = source.checked_sub(1).and_then(|at| added.get_mut(at)) {
            *field(added) += 1;
        }
    };
    let mut at_poll: BTreeMap<&str, usize> = BTreeMap::new();
    for (at, (poll, source)) in joined.iter().enumerate() {
        at_poll.insert(poll.id.as_str(), at);
        count(*source, |a| &mut a.polls);
    }
    let mut ballots: Vec<Vec<Ballot>> = vec![Vec::new(); joined.len()];
    for cast in casts {
        if let Some(&at) = at_poll.get(cast.thing.poll.as_str()) {
            count(cast.source, |a| &mut a.ballots);
            ballots[at].push(cast.thing.ballot);
        }
    }
    for version in &notes {
        count(version.source, |a| &mut a.notes);
    }
    for version in &actions {
        count(version.source, |a| &mut a.actions);
    }

    let mut session = first.clone();
    session.notes = notes.into_iter().map(|v| v.thing).collect();
    session.actions = actions.into_iter().map(|v| v.thing).collect();
    session.polls = joined
        .into_iter()
        .zip(ballots)
        .map(|((mut poll, _), ballots)| {
            poll.ballots = ballots;
            poll
        })
        .collect();
    Ok(Merged {
        session,
        added,
        conflicts: joiner.conflicts,
        refused: joiner.refused,
    })
}
