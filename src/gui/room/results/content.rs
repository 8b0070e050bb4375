//! What a results chart says, before anything is measured: the words of every row and the
//! proportions of its bars.

use crate::model::{Poll, PollMethod, PollResults, Score, Session};
use crate::report::{has_few_ratings, rank_text};
use crate::words::Words;

/// One result row, as words and proportions, before anything is measured.
pub(super) struct RowContent {
    pub(super) rank: String,
    pub(super) label: String,
    /// The headline number: total, mean or points.
    pub(super) value: String,
    /// Ranking: "5 first choices"; rating: how many rated the item ("12", "2 · few").
    pub(super) extra: Option<String>,
    /// Bar length as a share of the longest possible bar.
    pub(super) fraction: f32,
    /// Rating only: how many gave each value of the scale, in scale order.
    pub(super) counts: Vec<u32>,
}

/// How a method's rows are drawn.
pub(super) enum Kind {
    /// Dots and tally: a bar with its count at the end.
    Bars,
    /// Borda points as a bar, first choices at the right.
    Ranking,
    /// The mean on the scale, and how many gave each value.
    Rating {
        values: Vec<i32>,
        low: String,
        high: String,
    },
}

/// Everything the chart says, before it is measured.
pub(super) struct Content {
    pub(super) kicker: String,
    pub(super) question: String,
    /// Ballot count and what the numbers mean, under the question.
    pub(super) notes: Vec<String>,
    /// Said under the question only when it does not fit over the scale's ends.
    pub(super) scale_note: Option<String>,
    pub(super) kind: Kind,
    pub(super) rows: Vec<RowContent>,
}

/// "23 ballots", or for a tally "Counted by hand · 82 in all".
pub(super) fn counted_line(poll: &Poll, results: &PollResults, words: &Words) -> String {
    if poll.method.takes_ballots() {
        return crate::tr!(words, "room-results-ballots", count = results.ballots);
    }
    let total: u64 = results
        .rows
        .iter()
        .map(|row| match row.score {
            Score::Total(total) => total,
            _ => 0,
        })
        .sum();
    crate::tr!(words, "room-results-by-hand", total = total)
}

pub(super) fn content(
    session: &Session,
    poll: &Poll,
    results: &PollResults,
    words: &Words,
) -> Content {
    let (kind, notes, scale_note) = kind_and_notes(poll, results, words);
    let max_value = results
        .rows
        .iter()
        .map(|row| row.score.value())
        .fold(0.0_f64, f64::max);
    let decimals = mean_decimals(results);
    let rows = results
        .rows
        .iter()
        .map(|row| {
            let (value, extra, fraction, counts) = match &row.score {
                Score::Total(total) => (
                    total.to_string(),
                    None,
                    share(*total as f64, max_value),
                    Vec::new(),
                ),
                Score::Borda {
                    points,
                    first_choices,
                } => (
                    crate::tr!(words, "room-points", count = *points),
                    Some(crate::tr!(
                        words,
                        "room-results-first-choices",
                        count = *first_choices
                    )),
                    share(*points as f64, max_value),
                    Vec::new(),
                ),
                Score::Rating { .. } => {
                    rating_figures(&row.score, &poll.method, &kind, (decimals, words))
                }
            };
            RowContent {
                rank: rank_text(&results.rows, row),
                label: words.item_label(session, &row.item),
                value,
                extra,
                fraction,
                counts,
            }
        })
        .collect();
    Content {
        kicker: crate::tr!(
            words,
            "room-results-kicker",
            method = words.method_name(&poll.method).to_uppercase()
        ),
        question: poll.question.clone(),
        notes,
        scale_note,
        kind,
        rows,
    }
}

/// How the method's rows are drawn, the notes under the question (the ballot count, how
/// points are given, what "=" and "few" mean), and a rating's scale in words.
fn kind_and_notes(
    poll: &Poll,
    results: &PollResults,
    words: &Words,
) -> (Kind, Vec<String>, Option<String>) {
    let mut notes = vec![counted_line(poll, results, words)];
    let mut scale_note = None;
    let kind = match &poll.method {
        PollMethod::Dots { .. } | PollMethod::Tally => Kind::Bars,
        PollMethod::Ranking => {
            // The room trusts points it can recompute.
            match poll.items.len() {
                0 => {}
                1 => notes.push(words.get("room-results-points-one")),
                2 => notes.push(words.get("room-results-points-two")),
                n => notes.push(crate::tr!(
                    words,
                    "room-results-points-more",
                    top = n,
                    next = n - 1
                )),
            }
            Kind::Ranking
        }
        PollMethod::Rating {
            min,
            max,
            low,
            high,
        } => {
            scale_note = Some(format!("{min} = {low}, {max} = {high}"));
            Kind::Rating {
                values: poll.method.scale(),
                low: format!("{min} {low}"),
                high: format!("{high} {max}"),
            }
        }
    };
    let tied = |rank: usize| results.rows.iter().filter(|r| r.rank == rank).count() > 1;
    if results.rows.iter().any(|row| tied(row.rank)) {
        notes.push(words.get("room-results-tie"));
    }
    if has_few_ratings(results) {
        notes.push(words.get("room-results-few"));
    }
    (kind, notes, scale_note)
}

/// A rating row's mean (with `decimals`), how many rated it, where the mean sits on the scale,
/// and how many gave each value.
fn rating_figures(
    score: &Score,
    method: &PollMethod,
    kind: &Kind,
    (decimals, words): (usize, &Words),
) -> (String, Option<String>, f32, Vec<u32>) {
    let Score::Rating {
        mean,
        distribution,
        count,
        few,
        ..
    } = score
    else {
        return (String::new(), None, 0.0, Vec::new());
    };
    let (min, max) = match method {
        PollMethod::Rating { min, max, .. } => (f64::from(*min), f64::from(*max)),
        _ => (0.0, 0.0),
    };
    let fraction = match mean {
        Some(mean) if max > min => share(mean - min, max - min),
        _ => 0.0,
    };
    let counts = match kind {
        Kind::Rating { values, .. } => values
            .iter()
            .map(|v| distribution.get(v).copied().unwrap_or(0))
            .collect(),
        _ => Vec::new(),
    };
    let value = mean.map_or_else(|| "–".to_owned(), |mean| words.decimal(mean, decimals));
    // How many rated it, at the right: a mean of one rating says little.
    let rated = if *few {
        crate::tr!(words, "room-results-rated-few", count = *count)
    } else {
        count.to_string()
    };
    (value, Some(rated), fraction, counts)
}

/// Decimals for the means of a rating: one, or two when one would show rows of different rank
/// with the same number.
pub(super) fn mean_decimals(results: &PollResults) -> usize {
    let mean = |score: &Score| match score {
        Score::Rating { mean, .. } => *mean,
        _ => None,
    };
    let hidden_difference = results.rows.windows(2).any(|pair| {
        pair[0].rank != pair[1].rank
            && matches!(
                (mean(&pair[0].score), mean(&pair[1].score)),
                (Some(a), Some(b)) if format!("{a:.1}") == format!("{b:.1}")
            )
    });
    if hidden_difference { 2 } else { 1 }
}

/// `part / whole` within 0..=1, and 0 when there is nothing to compare with.
pub(super) fn share(part: f64, whole: f64) -> f32 {
    if whole > 0.0 && part.is_finite() {
        (part / whole).clamp(0.0, 1.0) as f32
    } else {
        0.0
    }
}
