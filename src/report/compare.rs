//! Two sessions side by side (this year's retreat and last year's): per item, how the notes,
//! the dots, the mean rating and the Borda rank changed, and which items only one session has.
//!
//! Each session's latest poll of a method stands for that method: a retreat usually runs one
//! dot vote, one rating and one ranking.

#![expect(
    clippy::let_underscore_must_use,
    reason = "writing to a String cannot fail"
)]

use std::fmt::Write;

use serde::Serialize;

use super::facts::review_order;
use super::markdown::md_escape;
use crate::model::{PollMethod, PollResults, Score, Session, poll_results};

/// The comparison of two sessions.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Comparison {
    /// The earlier session's title.
    pub before: String,
    /// The later session's title.
    pub after: String,
    /// Items both sessions have: values, vision goals, then the mission, each in the later
    /// framework's order.
    pub items: Vec<ItemChange>,
    /// Items only the earlier session has (by label).
    pub only_before: Vec<String>,
    /// Items only the later session has (by label).
    pub only_after: Vec<String>,
}

/// How one item fared in each session; `None` where a session has no such poll.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct ItemChange {
    /// The item's id.
    pub item: String,
    /// What people call it.
    pub label: String,
    /// Notes about the item: before, after.
    pub notes: [usize; 2],
    /// Dots in the latest dot vote: before, after.
    pub dots: [Option<u64>; 2],
    /// Mean in the latest rating: before, after.
    pub mean_rating: [Option<f64>; 2],
    /// How many rated the item in the latest rating, and whether that was fewer than half of
    /// the ballots ("few ratings"): before, after.
    pub ratings: [Option<(u32, bool)>; 2],
    /// Rank by Borda points in the latest ranking: before, after.
    pub borda_rank: [Option<usize>; 2],
}

fn latest(session: &Session, method: fn(&PollMethod) -> bool) -> Option<PollResults> {
    session
        .polls
        .iter()
        .rev()
        .find(|poll| method(&poll.method))
        .map(poll_results)
}

fn dots_of(results: &Option<PollResults>, item: &str) -> Option<u64> {
    let row = results.as_ref()?.rows.iter().find(|row| row.item == item)?;
    match row.score {
        Score::Total(total) => Some(total),
        _ => None,
    }
}

fn mean_of(results: &Option<PollResults>, item: &str) -> Option<f64> {
    let row = results.as_ref()?.rows.iter().find(|row| row.item == item)?;
    match row.score {
        Score::Rating { mean, .. } => mean,
        _ => None,
    }
}

fn ratings_of(results: &Option<PollResults>, item: &str) -> Option<(u32, bool)> {
    let row = results.as_ref()?.rows.iter().find(|row| row.item == item)?;
    match row.score {
        Score::Rating { count, few, .. } => Some((count, few)),
        _ => None,
    }
}

fn rank_of(results: &Option<PollResults>, item: &str) -> Option<usize> {
    let row = results.as_ref()?.rows.iter().find(|row| row.item == item)?;
    Some(row.rank)
}

/// Compares `before` with `after`.
pub fn compare(before: &Session, after: &Session) -> Comparison {
    let polls = |session: &Session| {
        (
            latest(session, |m| matches!(m, PollMethod::Dots { .. })),
            latest(session, |m| matches!(m, PollMethod::Rating { .. })),
            latest(session, |m| matches!(m, PollMethod::Ranking)),
        )
    };
    let (dots_before, rating_before, ranking_before) = polls(before);
    let (dots_after, rating_after, ranking_after) = polls(after);
    let notes = |session: &Session, item: &str| {
        session
            .notes
            .iter()
            .filter(|note| matches!(&note.about, crate::model::About::Item(id) if id == item))
            .count()
    };
    let mut in_both: Vec<_> = after.framework.items().collect();
    in_both.sort_by_key(|(kind, _)| review_order(*kind));
    let items = in_both
        .into_iter()
        .filter(|(_, item)| before.framework.item(&item.id).is_some())
        .map(|(_, item)| {
            let id = item.id.as_str();
            ItemChange {
                item: item.id.clone(),
                label: item.label().to_owned(),
                notes: [notes(before, id), notes(after, id)],
                dots: [dots_of(&dots_before, id), dots_of(&dots_after, id)],
                mean_rating: [mean_of(&rating_before, id), mean_of(&rating_after, id)],
                ratings: [
                    ratings_of(&rating_before, id),
                    ratings_of(&rating_after, id),
                ],
                borda_rank: [rank_of(&ranking_before, id), rank_of(&ranking_after, id)],
            }
        })
        .collect();
    let only = |of: &Session, other: &Session| {
        of.framework
            .items()
            .filter(|(_, item)| other.framework.item(&item.id).is_none())
            .map(|(_, item)| item.label().to_owned())
            .collect()
    };
    Comparison {
        before: before.title.clone(),
        after: after.title.clone(),
        items,
        only_before: only(before, after),
        only_after: only(after, before),
    }
}

/// "4 → 7 (+3)", "3.20 → 3.75 (+0.55)", "–" where a side has nothing; `arrow` stands between.
fn change<T: Copy>(
    arrow: &str,
    pair: [Option<T>; 2],
    show: impl Fn(T) -> String,
    delta: impl Fn(T, T) -> String,
) -> String {
    match pair {
        [Some(a), Some(b)] => format!("{} {arrow} {} ({})", show(a), show(b), delta(a, b)),
        [Some(a), None] => format!("{} {arrow} –", show(a)),
        [None, Some(b)] => format!("– {arrow} {}", show(b)),
        [None, None] => "–".to_owned(),
    }
}

fn signed(delta: f64, decimals: usize) -> String {
    if delta.abs() < 0.5 * 10f64.powi(-(decimals as i32)) {
        "no change".to_owned()
    } else {
        format!("{delta:+.decimals$}")
    }
}

/// One item's changes as people read them: notes, dots, mean rating and Borda rank, each
/// "before → after (change)", e.g. "3 → 1 (up 2)" for a rank, with `arrow` between (a screen
/// whose font has no arrow passes "to").
pub fn change_cells(item: &ItemChange, arrow: &str) -> [String; 4] {
    let count_delta = |a: u64, b: u64| signed(b as f64 - a as f64, 0);
    let notes = change(
        arrow,
        [Some(item.notes[0] as u64), Some(item.notes[1] as u64)],
        |n| n.to_string(),
        count_delta,
    );
    let dots = change(arrow, item.dots, |n| n.to_string(), count_delta);
    // A mean says how many it comes from: "3.20 (12 rated)", "5.00 (1 rated, few)".
    let with_count = |side: usize| {
        item.mean_rating[side].map(|mean| (mean, item.ratings[side].unwrap_or((0, false))))
    };
    let mean = change(
        arrow,
        [with_count(0), with_count(1)],
        |(mean, (count, few))| {
            format!(
                "{mean:.2} ({count} rated{})",
                if few { ", few" } else { "" }
            )
        },
        |(a, _), (b, _)| signed(b - a, 2),
    );
    let rank = change(
        arrow,
        item.borda_rank,
        |r| r.to_string(),
        |a, b| match b.cmp(&a) {
            std::cmp::Ordering::Less => format!("up {}", a - b),
            std::cmp::Ordering::Greater => format!("down {}", b - a),
            std::cmp::Ordering::Equal => "no change".to_owned(),
        },
    );
    [notes, dots, mean, rank]
}

/// The comparison as Markdown: a table of changes, then items only one session has.
pub fn comparison_markdown(comparison: &Comparison) -> String {
    let mut out = String::new();
    // Writing to a String cannot fail; the results are ignored on purpose.
    let _ = writeln!(
        out,
        "# {} compared with {}\n",
        md_escape(&comparison.after),
        md_escape(&comparison.before)
    );
    let _ = writeln!(
        out,
        "Each cell reads before → after. Borda rank: 1 is the top; a smaller number is better.\n"
    );
    let _ = writeln!(
        out,
        "| Item | Notes | Dots | Mean rating | Borda rank |\n|---|---|---|---|---|"
    );
    for item in &comparison.items {
        let [notes, dots, mean, rank] = change_cells(item, "→");
        let _ = writeln!(
            out,
            "| {} | {notes} | {dots} | {mean} | {rank} |",
            md_escape(&item.label)
        );
    }
    for (list, title) in [
        (&comparison.only_before, &comparison.before),
        (&comparison.only_after, &comparison.after),
    ] {
        if !list.is_empty() {
            let _ = writeln!(out, "\n**Only in {}:**\n", md_escape(title));
            for label in list {
                let _ = writeln!(out, "- {}", md_escape(label));
            }
        }
    }
    out
}
