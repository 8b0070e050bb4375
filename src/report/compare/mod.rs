//! Two sessions side by side (this year's retreat and last year's): which polls each ran and
//! how many voted in them, then per item how the notes, the share of the dots, the mean
//! rating, the Borda rank and the share of a hand count changed, and which items only one
//! session has.
//!
//! Each session's latest poll of a method that is past its draft and whose choices are all
//! framework items stands for that method: a retreat usually runs one dot vote, one rating, one
//! ranking and one hand count. Dots and counts are compared as shares of everything cast in
//! that year's poll, because raw totals grow with the number of voters and the dot budget.
//! Polls on the room's own notes, themes and action items are listed apart (`ideas`).

mod ideas;
mod markdown;
mod words;

use std::collections::{BTreeMap, HashMap, HashSet};

use serde::Serialize;

pub use ideas::{
    IDEAS_MEANING, IdeaChoice, IdeaPoll, TOP_CHOICES, idea_choice_line, idea_choice_line_in,
    idea_poll_name, idea_poll_name_in, ideas_meaning,
};
pub use markdown::{SHARES_MEANING, comparison_markdown, comparison_markdown_in, shares_meaning};
pub use words::{
    Cell, change_cell, change_cell_in, poll_facts, poll_facts_in, poll_question, poll_question_in,
    side_words, side_words_in,
};

use super::facts::review_order;
use crate::model::{
    About, Item, Poll, PollMethod, PollResults, PollStatus, Score, Session, poll_results,
};
use crate::words::{Lang, Words};

/// What a comparison looks at: the notes, and one poll per method.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum Measure {
    /// Notes about each item.
    Notes,
    /// The latest dot vote, as each item's share of the dots cast.
    Dots,
    /// The latest rating, as each item's mean.
    Rating,
    /// The latest ranking, as each item's rank by Borda points.
    Ranking,
    /// The latest hand count, as each item's share of everything counted.
    HandCount,
}

impl Measure {
    /// The measures that come from a poll, in the order a comparison lists them.
    pub const POLLS: [Measure; 4] = [
        Measure::Dots,
        Measure::Rating,
        Measure::Ranking,
        Measure::HandCount,
    ];

    /// The heading of the measure's column in English: "Share of dots", "Mean rating", …
    pub fn heading(self) -> String {
        self.heading_in(Words::of(Lang::English))
    }

    /// The heading of the measure's column in `words`' language.
    pub fn heading_in(self, words: &Words) -> String {
        words.get(match self {
            Measure::Notes => "compare-heading-notes",
            Measure::Dots => "compare-heading-dots",
            Measure::Rating => "compare-heading-rating",
            Measure::Ranking => "compare-heading-ranking",
            Measure::HandCount => "compare-heading-hand-count",
        })
    }

    /// The kind of poll it comes from, as a row of a table names it, in English ("Dot vote");
    /// "Notes" for notes.
    pub fn name(self) -> String {
        self.name_in(Words::of(Lang::English))
    }

    /// The kind of poll it comes from, as a row of a table names it, in `words`' language.
    pub fn name_in(self, words: &Words) -> String {
        words.get(match self {
            Measure::Notes => "compare-name-notes",
            Measure::Dots => "compare-name-dots",
            Measure::Rating => "compare-name-rating",
            Measure::Ranking => "compare-name-ranking",
            Measure::HandCount => "compare-name-hand-count",
        })
    }

    /// The kind of poll it comes from, as a sentence names it, in English ("dot vote"); "note"
    /// for notes.
    pub fn poll_name(self) -> String {
        self.poll_name_in(Words::of(Lang::English))
    }

    /// The kind of poll it comes from, as a sentence names it, in `words`' language.
    pub fn poll_name_in(self, words: &Words) -> String {
        words.get(match self {
            Measure::Notes => "compare-poll-notes",
            Measure::Dots => "compare-poll-dots",
            Measure::Rating => "compare-poll-rating",
            Measure::Ranking => "compare-poll-ranking",
            Measure::HandCount => "compare-poll-hand-count",
        })
    }

    /// The measure a poll of `method` gives.
    pub fn of(method: &PollMethod) -> Measure {
        match method {
            PollMethod::Dots { .. } => Measure::Dots,
            PollMethod::Rating { .. } => Measure::Rating,
            PollMethod::Ranking => Measure::Ranking,
            PollMethod::Tally => Measure::HandCount,
        }
    }

    fn fits(self, method: &PollMethod) -> bool {
        Measure::of(method) == self
    }
}

/// An item's label in each language its framework is translated into, by language tag.
pub type Labels = BTreeMap<String, String>;

/// `item`'s label in each language it is translated into.
fn labels(item: &Item) -> Labels {
    item.translations
        .keys()
        .map(|tag| (tag.clone(), item.label_in(tag).to_owned()))
        .collect()
}

/// The label of `label` in `words`' language, from `labels`; `label` itself where there is no
/// translation.
pub fn item_label_in<'a>(label: &'a str, labels: &'a Labels, words: &Words) -> &'a str {
    labels.get(words.lang().tag()).map_or(label, String::as_str)
}

/// The comparison of two sessions.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Comparison {
    /// The earlier session's title.
    pub before: String,
    /// The later session's title.
    pub after: String,
    /// Every note in each session: before, after.
    pub notes: [usize; 2],
    /// The polls compared: one entry per method either session ran, in [`Measure::POLLS`]
    /// order, with each session's poll that stands for it.
    pub polls: Vec<PollPair>,
    /// Items both sessions have: values, vision goals, then the mission, each in the later
    /// framework's order.
    pub items: Vec<ItemChange>,
    /// Items only the earlier session has (by label).
    pub only_before: Vec<String>,
    /// Items only the later session has (by label).
    pub only_after: Vec<String>,
    /// The labels of `only_before` in the languages the framework is translated into.
    #[serde(skip)]
    pub only_before_labels: Vec<Labels>,
    /// The labels of `only_after` in the languages the framework is translated into.
    #[serde(skip)]
    pub only_after_labels: Vec<Labels>,
    /// Polls on the room's own ideas (a choice that is a note, theme or action item), past
    /// their draft: the later session's in its order, then those only the earlier one has.
    /// They stand for no method above.
    pub idea_polls: Vec<IdeaPoll>,
}

/// The poll of one method in each session; `None` where a session ran no such poll.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct PollPair {
    /// Which method.
    pub measure: Measure,
    /// Before, after.
    pub polls: [Option<ComparedPoll>; 2],
}

/// A session's poll that stands for its method in a comparison.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct ComparedPoll {
    /// The poll's id.
    pub id: String,
    /// Its question.
    pub question: String,
    /// `open`, `closed` or `revealed`: an open poll may still change.
    pub status: &'static str,
    /// Ballots cast; 0 for a hand count, which the facilitator counts by hand.
    pub ballots: usize,
    /// For a dot vote every dot cast, for a hand count everything counted: the whole that
    /// each item's share is of. `None` for ratings and rankings.
    pub total: Option<u64>,
}

/// How one item fared in each session; `None` where a session has no such poll, or its
/// poll did not have the item.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct ItemChange {
    /// The item's id.
    pub item: String,
    /// Its id in the earlier session: the same, or another id with the same heading (the
    /// frameworks differ, and the item was matched by its heading).
    pub before_item: String,
    /// What people call it.
    pub label: String,
    /// What people call it in the languages the later framework is translated into.
    #[serde(skip)]
    pub labels: Labels,
    /// Notes about the item: before, after.
    pub notes: [usize; 2],
    /// Dots in the latest dot vote: before, after.
    pub dots: [Option<u64>; 2],
    /// The item's dots as a part (0 to 1) of all the dots cast in that dot vote; `None`
    /// also when nobody cast a dot.
    pub dot_share: [Option<f64>; 2],
    /// Mean in the latest rating: before, after.
    pub mean_rating: [Option<f64>; 2],
    /// How many rated the item in the latest rating, and whether that was fewer than half of
    /// the ballots ("few ratings"): before, after.
    pub ratings: [Option<(u32, bool)>; 2],
    /// Rank by Borda points in the latest ranking: before, after.
    pub borda_rank: [Option<usize>; 2],
    /// The count typed for the item in the latest hand count: before, after.
    pub hand_count: [Option<u64>; 2],
    /// The item's count as a part (0 to 1) of everything counted in that hand count; `None`
    /// also when nothing was counted.
    pub hand_share: [Option<f64>; 2],
}

impl Comparison {
    /// The measures there is something to compare by: the notes always, then each method
    /// either session ran a poll of.
    pub fn measures(&self) -> Vec<Measure> {
        std::iter::once(Measure::Notes)
            .chain(self.polls.iter().map(|pair| pair.measure))
            .collect()
    }

    /// The polls of `measure`, before and after; `[None, None]` when neither session ran one.
    pub fn polls_of(&self, measure: Measure) -> [Option<&ComparedPoll>; 2] {
        self.polls
            .iter()
            .find(|pair| pair.measure == measure)
            .map_or([None, None], |pair| {
                [pair.polls[0].as_ref(), pair.polls[1].as_ref()]
            })
    }
}

/// One session's latest poll of `measure` that is past its draft (a draft holds no votes) and
/// offers none of the session's own ideas (`ideas`), with its results: a dot vote on this
/// year's notes is no measure of the values.
fn latest(
    session: &Session,
    ideas: &HashSet<&str>,
    measure: Measure,
) -> Option<(ComparedPoll, PollResults)> {
    let poll = session.polls.iter().rev().find(|poll| {
        measure.fits(&poll.method)
            && poll.status != PollStatus::Draft
            && ideas::on_items(ideas, poll)
    })?;
    Some(compared(poll))
}

/// A poll as a comparison shows it, with its results.
fn compared(poll: &Poll) -> (ComparedPoll, PollResults) {
    let results = poll_results(poll);
    let measure = Measure::of(&poll.method);
    let total = matches!(measure, Measure::Dots | Measure::HandCount).then(|| {
        results
            .rows
            .iter()
            .map(|row| match row.score {
                Score::Total(total) => total,
                _ => 0,
            })
            .sum()
    });
    let compared = ComparedPoll {
        id: poll.id.clone(),
        question: poll.question.clone(),
        status: poll.status.key(),
        ballots: results.ballots,
        total,
    };
    (compared, results)
}

/// Both sessions' polls of one measure.
type Sides = [Option<(ComparedPoll, PollResults)>; 2];

fn row<'a>(side: &'a Option<(ComparedPoll, PollResults)>, item: &str) -> Option<&'a Score> {
    let (_, results) = side.as_ref()?;
    results
        .rows
        .iter()
        .find(|row| row.item == item)
        .map(|row| &row.score)
}

fn total_of(side: &Option<(ComparedPoll, PollResults)>, item: &str) -> Option<u64> {
    match row(side, item)? {
        Score::Total(total) => Some(*total),
        _ => None,
    }
}

/// The item's part of its poll's total; `None` when the poll lacks the item or is empty.
fn share_of(side: &Option<(ComparedPoll, PollResults)>, item: &str) -> Option<f64> {
    let count = total_of(side, item)?;
    let whole = side.as_ref()?.0.total.filter(|whole| *whole > 0)?;
    Some(count as f64 / whole as f64)
}

fn mean_of(side: &Option<(ComparedPoll, PollResults)>, item: &str) -> Option<f64> {
    match row(side, item)? {
        Score::Rating { mean, .. } => *mean,
        _ => None,
    }
}

fn rated_of(side: &Option<(ComparedPoll, PollResults)>, item: &str) -> Option<(u32, bool)> {
    match row(side, item)? {
        Score::Rating { count, few, .. } => Some((*count, *few)),
        _ => None,
    }
}

fn rank_of(side: &Option<(ComparedPoll, PollResults)>, item: &str) -> Option<usize> {
    let (_, results) = side.as_ref()?;
    Some(results.rows.iter().find(|row| row.item == item)?.rank)
}

/// Which earlier item each later item is, when the frameworks differ: by id first, then by
/// heading (the same words, any case) among the items left on both sides. Later id → earlier id.
fn match_items<'a>(before: &'a Session, after: &'a Session) -> HashMap<&'a str, &'a str> {
    let mut matched: HashMap<&str, &str> = after
        .framework
        .items()
        .filter_map(|(_, item)| {
            let earlier = before.framework.item(&item.id)?;
            Some((item.id.as_str(), earlier.id.as_str()))
        })
        .collect();
    let heading = |text: &str| text.trim().to_lowercase();
    let mut taken: HashSet<&str> = matched.values().copied().collect();
    for (_, item) in after.framework.items() {
        if matched.contains_key(item.id.as_str()) || item.heading.trim().is_empty() {
            continue;
        }
        let wanted = heading(&item.heading);
        let earlier = before
            .framework
            .items()
            .map(|(_, earlier)| earlier)
            .find(|earlier| {
                !taken.contains(earlier.id.as_str())
                    && after.framework.item(&earlier.id).is_none()
                    && heading(&earlier.heading) == wanted
            });
        if let Some(earlier) = earlier {
            taken.insert(earlier.id.as_str());
            matched.insert(item.id.as_str(), earlier.id.as_str());
        }
    }
    matched
}

/// Compares `before` with `after`.
pub fn compare(before: &Session, after: &Session) -> Comparison {
    let ideas = [ideas::idea_ids(before), ideas::idea_ids(after)];
    let sides = |measure: Measure| -> Sides {
        [
            latest(before, &ideas[0], measure),
            latest(after, &ideas[1], measure),
        ]
    };
    let [dots, rating, ranking, hands] = Measure::POLLS.map(sides);
    let notes = |session: &Session, item: &str| {
        session
            .notes
            .iter()
            .filter(|note| matches!(&note.about, About::Item(id) if id == item))
            .count()
    };
    let matched = match_items(before, after);
    let mut in_both: Vec<_> = after
        .framework
        .items()
        .filter_map(|(kind, item)| Some((kind, item, matched.get(item.id.as_str())?)))
        .collect();
    in_both.sort_by_key(|(kind, _, _)| review_order(*kind));
    let items = in_both
        .into_iter()
        .map(|(_, item, &earlier)| {
            let id = item.id.as_str();
            ItemChange {
                item: item.id.clone(),
                before_item: earlier.to_owned(),
                label: item.label().to_owned(),
                labels: labels(item),
                notes: [notes(before, earlier), notes(after, id)],
                dots: [total_of(&dots[0], earlier), total_of(&dots[1], id)],
                dot_share: [share_of(&dots[0], earlier), share_of(&dots[1], id)],
                mean_rating: [mean_of(&rating[0], earlier), mean_of(&rating[1], id)],
                ratings: [rated_of(&rating[0], earlier), rated_of(&rating[1], id)],
                borda_rank: [rank_of(&ranking[0], earlier), rank_of(&ranking[1], id)],
                hand_count: [total_of(&hands[0], earlier), total_of(&hands[1], id)],
                hand_share: [share_of(&hands[0], earlier), share_of(&hands[1], id)],
            }
        })
        .collect();
    let polls = Measure::POLLS
        .into_iter()
        .zip([dots, rating, ranking, hands])
        .filter(|(_, sides)| sides.iter().any(Option::is_some))
        .map(|(measure, [a, b])| PollPair {
            measure,
            polls: [a.map(|(poll, _)| poll), b.map(|(poll, _)| poll)],
        })
        .collect();
    let only_after: Vec<&Item> = after
        .framework
        .items()
        .filter(|(_, item)| !matched.contains_key(item.id.as_str()))
        .map(|(_, item)| item)
        .collect();
    let only_before: Vec<&Item> = before
        .framework
        .items()
        .filter(|(_, item)| !matched.values().any(|earlier| *earlier == item.id))
        .map(|(_, item)| item)
        .collect();
    let named = |items: &[&Item]| -> Vec<String> {
        items.iter().map(|item| item.label().to_owned()).collect()
    };
    let translated =
        |items: &[&Item]| -> Vec<Labels> { items.iter().map(|item| labels(item)).collect() };
    Comparison {
        before: before.title.clone(),
        after: after.title.clone(),
        notes: [before.notes.len(), after.notes.len()],
        polls,
        items,
        only_before: named(&only_before),
        only_after: named(&only_after),
        only_before_labels: translated(&only_before),
        only_after_labels: translated(&only_after),
        idea_polls: ideas::idea_polls([before, after], &ideas),
    }
}
