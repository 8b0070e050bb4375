//! Counting a poll: dot totals, rating statistics, Borda points, tallies; best first, ties kept.
//! Every count is one pass over the ballots, so a poll of a thousand items counts as fast as
//! one of six.

use std::cmp::Ordering;
use std::collections::{BTreeMap, HashMap};

use super::{BallotSources, Marks, Poll, PollMethod};

/// The counted outcome of one poll.
#[derive(Debug, Clone, PartialEq)]
pub struct PollResults {
    /// How many ballots were cast (0 for tally polls).
    pub ballots: usize,
    /// How many of those ballots came from the booth and how many from phones; they count
    /// alike.
    pub sources: BallotSources,
    /// One row per poll item, best first.
    pub rows: Vec<ResultRow>,
}

/// One item's place in the results.
#[derive(Debug, Clone, PartialEq)]
pub struct ResultRow {
    /// The item id.
    pub item: String,
    /// Standard competition rank: tied items share a rank and the next rank is skipped (1, 1, 3).
    pub rank: usize,
    /// What the item scored.
    pub score: Score,
}

/// An item's score, by method.
#[derive(Debug, Clone, PartialEq)]
pub enum Score {
    /// Dots or tally: the total count.
    Total(u64),
    /// Rating statistics over the ballots that rated the item.
    Rating {
        /// Mean rating, if anyone rated the item.
        mean: Option<f64>,
        /// Median rating (the mean of the two middle ones for an even count).
        median: Option<f64>,
        /// How many ballots rated the item.
        count: u32,
        /// How many ballots gave each score of the scale.
        distribution: BTreeMap<i32, u32>,
        /// Rated, but on fewer than half of the ballots: its mean says little, so it is ranked
        /// after every item rated on at least half, and before the items nobody rated (see
        /// [`few_ratings`]).
        few: bool,
    },
    /// Ranking: Borda points and how many ballots put the item first.
    Borda {
        /// n − p + 1 points for position p (1-based) on a poll of n items; unranked items get 0.
        points: u64,
        /// Ballots that ranked the item first.
        first_choices: u32,
    },
}

impl Score {
    /// The headline number for charts: total, mean rating (0 when unrated) or Borda points.
    pub fn value(&self) -> f64 {
        match self {
            Score::Total(total) => *total as f64,
            Score::Rating { mean, .. } => mean.unwrap_or(0.0),
            Score::Borda { points, .. } => *points as f64,
        }
    }
}

/// Orders two scores, better first; `Equal` means a tie.
fn better_first(a: &Score, b: &Score) -> Ordering {
    match (a, b) {
        (Score::Total(a), Score::Total(b)) => b.cmp(a),
        (Score::Borda { points: a, .. }, Score::Borda { points: b, .. }) => b.cmp(a),
        (
            Score::Rating {
                count: ca,
                distribution: da,
                few: fa,
                ..
            },
            Score::Rating {
                count: cb,
                distribution: db,
                few: fb,
                ..
            },
        ) => {
            // Rated on at least half of the ballots, then rated on fewer, then not rated.
            let group = |count: u32, few: bool| match (count, few) {
                (0, _) => 2,
                (_, true) => 1,
                (_, false) => 0,
            };
            group(*ca, *fa)
                .cmp(&group(*cb, *fb))
                .then_with(|| match (*ca, *cb) {
                    (0, _) | (_, 0) => Ordering::Equal,
                    // Compare the means as exact fractions so equal means are ties, never
                    // float noise.
                    (ca, cb) => {
                        (rating_sum(db) * i128::from(ca)).cmp(&(rating_sum(da) * i128::from(cb)))
                    }
                })
        }
        _ => Ordering::Equal,
    }
}

fn rating_sum(distribution: &BTreeMap<i32, u32>) -> i128 {
    distribution
        .iter()
        .map(|(&score, &count)| i128::from(score) * i128::from(count))
        .sum()
}

/// Whether an item rated `count` times on a poll of `ballots` rating ballots was rated, but on
/// fewer than half of them. One enthusiast's 5 must not outrank an item everyone rated.
pub fn few_ratings(count: u32, ballots: usize) -> bool {
    count > 0 && (count as usize) * 2 < ballots
}

fn rating_score(distribution: BTreeMap<i32, u32>, ballots: usize) -> Score {
    let count: u32 = distribution.values().sum();
    let few = few_ratings(count, ballots);
    if count == 0 {
        return Score::Rating {
            mean: None,
            median: None,
            count,
            distribution,
            few,
        };
    }
    let mean = rating_sum(&distribution) as f64 / f64::from(count);
    // The k-th smallest rating (0-based), read off the distribution.
    let nth = |k: u32| {
        let mut seen = 0;
        for (&score, &n) in &distribution {
            seen += n;
            if seen > k {
                return f64::from(score);
            }
        }
        unreachable!("k is below the total count")
    };
    let median = if count % 2 == 1 {
        nth(count / 2)
    } else {
        (nth(count / 2 - 1) + nth(count / 2)) / 2.0
    };
    Score::Rating {
        mean: Some(mean),
        median: Some(median),
        count,
        distribution,
        few,
    }
}

/// Counts a poll, whatever its status. Marks naming items that are not on the poll, and ballots
/// of the wrong kind, are left out (`validate` reports them).
pub fn poll_results(poll: &Poll) -> PollResults {
    let index: HashMap<&str, usize> = poll
        .items
        .iter()
        .enumerate()
        .map(|(at, item)| (item.as_str(), at))
        .collect();
    let scores: Vec<Score> = match &poll.method {
        PollMethod::Tally => poll
            .items
            .iter()
            .map(|item| Score::Total(u64::from(poll.tally.get(item).copied().unwrap_or(0))))
            .collect(),
        PollMethod::Dots { .. } => {
            let mut totals = vec![0_u64; poll.items.len()];
            for ballot in &poll.ballots {
                if let Marks::Dots(dots) = &ballot.marks {
                    for (item, &n) in dots {
                        if let Some(&at) = index.get(item.as_str()) {
                            totals[at] += u64::from(n);
                        }
                    }
                }
            }
            totals.into_iter().map(Score::Total).collect()
        }
        PollMethod::Rating { .. } => rating_scores(poll, &index),
        PollMethod::Ranking => borda_scores(poll, &index),
    };
    let mut rows: Vec<(String, Score)> = poll.items.iter().cloned().zip(scores).collect();
    // A stable sort keeps tied items in the poll's own order.
    rows.sort_by(|a, b| better_first(&a.1, &b.1));
    let mut ranked = Vec::with_capacity(rows.len());
    for (index, (item, score)) in rows.into_iter().enumerate() {
        let rank = match ranked.last() {
            Some(ResultRow {
                rank,
                score: previous,
                ..
            }) if better_first(previous, &score) == Ordering::Equal => *rank,
            _ => index + 1,
        };
        ranked.push(ResultRow { item, rank, score });
    }
    PollResults {
        ballots: poll.ballots.len(),
        sources: poll.sources(),
        rows: ranked,
    }
}

fn rating_scores(poll: &Poll, index: &HashMap<&str, usize>) -> Vec<Score> {
    // Every point of the scale counts, the ones nobody gave too.
    let empty: BTreeMap<i32, u32> = poll.method.scale().into_iter().map(|v| (v, 0)).collect();
    let mut distributions = vec![empty; poll.items.len()];
    let mut ballots = 0;
    for ballot in &poll.ballots {
        if let Marks::Ratings(ratings) = &ballot.marks {
            ballots += 1;
            for (item, &score) in ratings {
                if let Some(&at) = index.get(item.as_str()) {
                    *distributions[at].entry(score).or_default() += 1;
                }
            }
        }
    }
    distributions
        .into_iter()
        .map(|distribution| rating_score(distribution, ballots))
        .collect()
}

/// Borda points in one pass over the ballots: position p (1-based, counting only the poll's
/// items) of n gives n − p + 1 points. An item ranked twice (an invalid ballot) counts once,
/// at its first place.
fn borda_scores(poll: &Poll, index: &HashMap<&str, usize>) -> Vec<Score> {
    let n = poll.items.len() as u64;
    let mut points = vec![0_u64; poll.items.len()];
    let mut first_choices = vec![0_u32; poll.items.len()];
    // The ballot that last ranked each item, so a repeat on one ballot is seen in O(1).
    let mut ranked_on: Vec<Option<usize>> = vec![None; poll.items.len()];
    for (number, ballot) in poll.ballots.iter().enumerate() {
        let Marks::Ranking(order) = &ballot.marks else {
            continue;
        };
        let positions = order
            .iter()
            .filter_map(|item| index.get(item.as_str()).copied());
        for (position, at) in positions.enumerate() {
            if ranked_on[at] == Some(number) {
                continue;
            }
            ranked_on[at] = Some(number);
            points[at] += n.saturating_sub(position as u64);
            if position == 0 {
                first_choices[at] += 1;
            }
        }
    }
    points
        .into_iter()
        .zip(first_choices)
        .map(|(points, first_choices)| Score::Borda {
            points,
            first_choices,
        })
        .collect()
}
