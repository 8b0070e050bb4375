//! Settling ids: every version of every thing, one per id. Knows nothing of notes or polls;
//! each kind of thing says through a [`Kind`] how it is named and re-identified.

use std::collections::{HashMap, HashSet};

use super::lines::{Conflict, Refusal, Thing};

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
pub(super) fn derived_id(id: &str, content: &str) -> String {
    format!("{id}~{:08x}", fnv(&[id, content]) & 0xffff_ffff)
}

/// Which version of a conflict keeps its id.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Keep {
    /// The version whose content sorts first: the result does not depend on the input order.
    SortedFirst,
    /// The first input's: the session open in the app stays exactly as it is.
    Ours,
}

/// One version of a thing, with where it came from.
#[derive(Debug, Clone)]
pub(super) struct Version<T> {
    pub(super) thing: T,
    /// The id it had in its input: what that input's other things name it by.
    pub(super) origin: String,
    /// Everything but the id, as compared.
    pub(super) content: String,
    /// The first input that holds this version.
    pub(super) source: usize,
    /// Part of the open session (with [`Keep::Ours`]): never moved, never dropped.
    pub(super) fixed: bool,
}

/// How a kind of thing is named, re-identified and described in a conflict line, and how two
/// versions with the same id and content become one.
pub(super) struct Kind<T> {
    pub(super) thing: Thing,
    pub(super) id: fn(&T) -> &str,
    pub(super) set_id: fn(&mut T, String),
    /// Its words in a conflict line, clipped: a note's text, a ballot's poll's question.
    pub(super) describe: fn(&T) -> String,
    /// Folds a second version with the same id and content into the first. Identical notes
    /// need nothing; two copies of a poll bring their ballots together.
    pub(super) combine: fn(&mut T, T),
}

/// How many rounds of moves settle conflicts the usual way. Each move makes an id longer, so
/// only a crafted file needs more; it then gets ids that nothing holds.
const MAX_ROUNDS: usize = 32;

/// The rule for conflicts and the lists they are reported in.
pub(super) struct Joiner {
    keep: Keep,
    pub(super) conflicts: Vec<Conflict>,
    pub(super) refused: Vec<Refusal>,
}

impl Joiner {
    /// A joiner with nothing listed yet.
    pub(super) fn new(keep: Keep) -> Self {
        Joiner {
            keep,
            conflicts: Vec::new(),
            refused: Vec::new(),
        }
    }

    /// Every version of every thing, one per id: identical versions become one, and of the
    /// versions sharing an id one keeps it (see [`Keep`]) while each other moves to an id
    /// derived from its content, and is listed. A moved copy that lands on a taken id is
    /// another conflict, settled the same way, so no version is ever dropped.
    pub(super) fn resolve<T: Clone>(
        &mut self,
        versions: Vec<Version<T>>,
        kind: &Kind<T>,
    ) -> Vec<Version<T>> {
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
            self.conflicts.push(Conflict::Moved {
                thing: kind.thing,
                text: (kind.describe)(&version.thing),
                id: original,
                new_id: new_id.clone(),
            });
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

/// Every input's things of one kind (`lists`, one per input, in input order), each with its
/// content as compared; with [`Keep::Ours`] the first input's are fixed.
pub(super) fn versions<'a, T: Clone + 'a>(
    lists: impl IntoIterator<Item = &'a [T]>,
    keep: Keep,
    id: impl Fn(&T) -> &str,
    content: impl Fn(&T) -> String,
) -> Vec<Version<T>> {
    lists
        .into_iter()
        .enumerate()
        .flat_map(|(source, list)| list.iter().map(move |thing| (source, thing)))
        .map(|(source, thing)| Version {
            origin: id(thing).to_owned(),
            content: content(thing),
            thing: thing.clone(),
            source,
            fixed: keep == Keep::Ours && source == 0,
        })
        .collect()
}
