//! Ids that moved in a conflict, per input: a note that lost its id to another laptop's version
//! is named by its new id in the themes and polls of the laptop it came from, so a theme keeps
//! its own notes and a vote stays on what its voters saw.

use std::borrow::Cow;
use std::collections::{BTreeMap, HashMap};

use super::resolve::Version;
use crate::model::{Marks, Poll, Theme};

/// For each input, its ids that moved: old id → new id.
#[derive(Debug, Clone, Default)]
pub(super) struct Renames(Vec<HashMap<String, String>>);

impl Renames {
    /// No moves yet, for `inputs` inputs.
    pub(super) fn new(inputs: usize) -> Self {
        Renames(vec![HashMap::new(); inputs])
    }

    /// Records where each input's things of one kind went. A thing is known by its id and
    /// content in its input (`lists`, `id`, `content`), and the settled version with that origin
    /// and content holds it now.
    pub(super) fn record<'a, T: 'a>(
        &mut self,
        settled: &[Version<T>],
        id: fn(&T) -> &str,
        lists: impl IntoIterator<Item = &'a [T]>,
        content: impl Fn(&T) -> String,
    ) {
        let moved: HashMap<(&str, &str), &str> = settled
            .iter()
            .filter(|version| id(&version.thing) != version.origin)
            .map(|version| {
                let key = (version.origin.as_str(), version.content.as_str());
                (key, id(&version.thing))
            })
            .collect();
        if moved.is_empty() {
            return;
        }
        let origins: std::collections::HashSet<&str> = moved.keys().map(|(id, _)| *id).collect();
        for (input, list) in lists.into_iter().enumerate() {
            // Only a thing whose id moved somewhere needs its content worked out again.
            for thing in list.iter().filter(|thing| origins.contains(id(thing))) {
                let content = content(thing);
                if let (Some(&to), Some(map)) = (
                    moved.get(&(id(thing), content.as_str())),
                    self.0.get_mut(input),
                ) {
                    map.insert(id(thing).to_owned(), to.to_owned());
                }
            }
        }
    }

    /// The moves of one input; `None` when nothing of it moved.
    fn of(&self, input: usize) -> Option<&HashMap<String, String>> {
        self.0.get(input).filter(|map| !map.is_empty())
    }

    /// An input's themes, naming its notes by their ids after the merge.
    pub(super) fn themes<'a>(&self, input: usize, themes: &'a [Theme]) -> Cow<'a, [Theme]> {
        let Some(map) = self.of(input) else {
            return Cow::Borrowed(themes);
        };
        Cow::Owned(
            themes
                .iter()
                .map(|theme| Theme {
                    notes: theme.notes.iter().map(|id| renamed(map, id)).collect(),
                    ..theme.clone()
                })
                .collect(),
        )
    }

    /// An input's polls, naming their choices (and the marks and counts on them) by their ids
    /// after the merge.
    pub(super) fn polls<'a>(&self, input: usize, polls: &'a [Poll]) -> Cow<'a, [Poll]> {
        let Some(map) = self.of(input) else {
            return Cow::Borrowed(polls);
        };
        Cow::Owned(polls.iter().map(|poll| renamed_poll(map, poll)).collect())
    }
}

fn renamed(map: &HashMap<String, String>, id: &str) -> String {
    map.get(id).map_or_else(|| id.to_owned(), Clone::clone)
}

fn renamed_keys<V: Copy>(
    map: &HashMap<String, String>,
    marks: &BTreeMap<String, V>,
) -> BTreeMap<String, V> {
    marks
        .iter()
        .map(|(id, value)| (renamed(map, id), *value))
        .collect()
}

fn renamed_poll(map: &HashMap<String, String>, poll: &Poll) -> Poll {
    let mut poll = poll.clone();
    for item in &mut poll.items {
        *item = renamed(map, item);
    }
    poll.tally = renamed_keys(map, &poll.tally);
    for ballot in &mut poll.ballots {
        ballot.marks = match &ballot.marks {
            Marks::Dots(dots) => Marks::Dots(renamed_keys(map, dots)),
            Marks::Ratings(scores) => Marks::Ratings(renamed_keys(map, scores)),
            Marks::Ranking(order) => {
                Marks::Ranking(order.iter().map(|id| renamed(map, id)).collect())
            }
        };
    }
    poll
}
