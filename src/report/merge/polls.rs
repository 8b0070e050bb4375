//! Polls in a merge: copies of one poll joined into one (status, typed counts), and the
//! ballots of every copy admitted or refused, then seated in their poll.

use std::borrow::Cow;
use std::collections::{BTreeMap, BTreeSet};

use super::clip;
use super::lines::{Conflict, Refusal, Thing};
use super::resolve::{Joiner, Keep, Kind, Version, derived_id, versions};
use crate::model::{Ballot, BallotRules, Poll, PollStatus};

/// Every input's copy of one poll with one setup, each with where it came from. Copies are
/// joined (status, counts, ballots) once their ids are settled.
#[derive(Debug, Clone)]
struct PollCopies(Vec<Version<Poll>>);

impl PollCopies {
    fn first(&self) -> &Poll {
        &self.0[0].thing
    }
}

fn poll_setup(poll: &Poll) -> String {
    format!("{:?}", (&poll.question, &poll.items, &poll.method))
}

/// A poll copy moved to a new id takes its ballots along, under ids derived from it.
const POLLS: Kind<PollCopies> = Kind {
    thing: Thing::Poll,
    id: |copies| &copies.first().id,
    set_id: |copies, id| {
        for copy in &mut copies.0 {
            for ballot in &mut copy.thing.ballots {
                ballot.id = derived_id(&ballot.id, &id);
            }
            copy.thing.id = id.clone();
        }
    },
    describe: |copies| clip(&copies.first().question),
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
    thing: Thing::Ballot,
    id: |cast| &cast.ballot.id,
    set_id: |cast, id| cast.ballot.id = id,
    describe: |cast| clip(&cast.question),
    combine: |_, _| {},
};

/// One poll of the merged session, with its ballots.
pub(super) struct JoinedPoll {
    pub(super) poll: Poll,
    /// The first input that holds the poll.
    pub(super) source: usize,
    /// For each of its ballots, in order, the first input that holds it.
    pub(super) ballot_sources: Vec<usize>,
}

/// Every input's polls (`lists`, one per input), one per id with their ballots, in the order
/// [`Joiner::resolve`] gives.
pub(super) fn join_polls(
    joiner: &mut Joiner,
    lists: &[Cow<'_, [Poll]>],
    keep: Keep,
) -> Vec<JoinedPoll> {
    let lists = lists.iter().map(|list| list.as_ref());
    let copies = versions(lists, keep, |poll| &poll.id, poll_setup)
        .into_iter()
        .map(|version| Version {
            thing: PollCopies(vec![version.clone()]),
            origin: version.origin,
            content: version.content,
            source: version.source,
            fixed: version.fixed,
        })
        .collect();
    // Copies of a poll now share an id exactly when they share a setup, and are one entry.
    let entries = joiner.resolve(copies, &POLLS);
    let mut joined: Vec<(Poll, usize)> = Vec::with_capacity(entries.len());
    let mut casts: Vec<Version<Cast>> = Vec::new();
    for entry in entries {
        let mut copies = entry.thing.0;
        // The open session's copy (or the first input's) leads, so its ballots come first.
        copies.sort_by_key(|copy| (!copy.fixed, copy.source));
        let poll = joiner.join_poll(&copies);
        casts.extend(joiner.admit_ballots(&poll, &copies));
        joined.push((poll, entry.source));
    }
    let casts = joiner.resolve(casts, &BALLOTS);
    seat_ballots(joined, casts)
}

/// Puts each settled ballot in its poll, keeping the order the ballots were settled in.
fn seat_ballots(joined: Vec<(Poll, usize)>, casts: Vec<Version<Cast>>) -> Vec<JoinedPoll> {
    let mut polls: Vec<JoinedPoll> = joined
        .into_iter()
        .map(|(poll, source)| JoinedPoll {
            poll,
            source,
            ballot_sources: Vec::new(),
        })
        .collect();
    let at_poll: BTreeMap<String, usize> = polls
        .iter()
        .enumerate()
        .map(|(at, joined)| (joined.poll.id.clone(), at))
        .collect();
    for cast in casts {
        if let Some(&at) = at_poll.get(cast.thing.poll.as_str()) {
            polls[at].ballot_sources.push(cast.source);
            polls[at].poll.ballots.push(cast.thing.ballot);
        }
    }
    polls
}

impl Joiner {
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
            self.conflicts.push(Conflict::Status {
                question: clip(&poll.question),
                poll: poll.id.clone(),
                statuses: statuses.iter().copied().collect(),
                kept,
            });
            poll.status = kept;
        }
        self.join_counts(&mut poll, versions, ours);
        poll
    }

    /// Sets the joined poll's typed counts: the open session's, or else the larger count of
    /// each item.
    fn join_counts(&mut self, poll: &mut Poll, versions: &[Version<Poll>], ours: Option<&Poll>) {
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
            let given: Vec<u32> = counts.iter().flatten().copied().collect();
            if given.len() > 1 || kept.is_none() {
                self.conflicts.push(Conflict::Count {
                    question: clip(&poll.question),
                    poll: poll.id.clone(),
                    item: item.clone(),
                    counts: given,
                    kept,
                });
            }
            match kept {
                Some(kept) => poll.tally.insert(item.clone(), kept),
                None => poll.tally.remove(item),
            };
        }
    }

    /// The ballots of every copy of `poll` that may come in, in the copies' order; the others
    /// are listed as refused.
    fn admit_ballots(&mut self, poll: &Poll, copies: &[Version<Poll>]) -> Vec<Version<Cast>> {
        let rules = BallotRules::new(poll);
        let mut casts = Vec::new();
        for copy in copies {
            for ballot in &copy.thing.ballots {
                let own = copy.fixed;
                // A poll still being set up here takes no ballots: the laptop opened its own
                // copy. Opening it here and merging again brings them in.
                if !own && poll.status == PollStatus::Draft {
                    self.refused.push(Refusal::Draft {
                        ballot: ballot.id.clone(),
                        question: clip(&poll.question),
                    });
                    continue;
                }
                // The open session's own ballots stay whatever they break; others must fit.
                if !own && let Err(error) = rules.check(&ballot.marks) {
                    self.refused.push(Refusal::Breaks {
                        ballot: ballot.id.clone(),
                        question: clip(&poll.question),
                        error,
                    });
                    continue;
                }
                casts.push(Version {
                    origin: ballot.id.clone(),
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
        casts
    }
}
