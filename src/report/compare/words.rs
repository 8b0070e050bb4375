//! A comparison as people read it: each cell "before → after (change)" with the figures
//! behind it, and each poll compared in a line ("23 ballots, 69 dots").

use super::{ComparedPoll, ItemChange, Measure, PollPair};
use crate::model::{clip_words, counted, plural};

/// One cell of a comparison's table: the change, and the figures it comes from, which a
/// screen shows in smaller type and a text report after a "·".
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Cell {
    /// "18% → 24% (+6 points)", "3.21 → 3.64 (+0.43)", "4 → 1 (up 3)"; "–" when neither
    /// session has anything to show.
    pub text: String,
    /// "5 → 17 dots", "rated by 12 → 19"; empty when the text says it all.
    pub detail: String,
}

impl Cell {
    /// The cell on one line: "18% → 24% (+6 points) · 13 → 17 dots".
    pub fn joined(&self) -> String {
        if self.detail.is_empty() {
            self.text.clone()
        } else {
            format!("{} · {}", self.text, self.detail)
        }
    }
}

/// What stands for a side that has nothing to show: no such poll, or the item not on it.
const NONE: &str = "–";

/// "a → b (delta)", "a → b" when there is no delta to give, "–" when neither side has
/// anything.
fn pair(arrow: &str, sides: [Option<String>; 2], delta: Option<String>) -> String {
    match (sides, delta) {
        ([None, None], _) => NONE.to_owned(),
        ([a, b], delta) => {
            let [a, b] = [a, b].map(|side| side.unwrap_or_else(|| NONE.to_owned()));
            match delta {
                Some(delta) => format!("{a} {arrow} {b} ({delta})"),
                None => format!("{a} {arrow} {b}"),
            }
        }
    }
}

/// "+0.43", "-2", or "no change" when the change rounds to nothing at `decimals`.
fn signed(delta: f64, decimals: usize) -> String {
    if delta.abs() < 0.5 * 10f64.powi(-(decimals as i32)) {
        "no change".to_owned()
    } else {
        format!("{delta:+.decimals$}")
    }
}

/// `value` as it reads with `decimals` decimals.
fn as_shown(value: f64, decimals: usize) -> f64 {
    format!("{value:.decimals$}").parse().unwrap_or(value)
}

/// A share as a whole percentage, "<1%" for a share that is there but rounds to nothing.
fn percent(share: f64) -> (i64, String) {
    let whole = (share * 100.0).round() as i64;
    let text = if whole == 0 && share > 0.0 {
        "<1%".to_owned()
    } else {
        format!("{whole}%")
    };
    (whole, text)
}

/// One side of a cell: what it shows ("24%"), and the count behind it ("17 dots").
struct Side {
    shown: String,
    behind: Option<String>,
}

impl Side {
    fn bare(shown: String) -> Self {
        Side {
            shown,
            behind: None,
        }
    }
}

/// A share's side: its percentage; `empty` for a poll that had the item but nothing cast.
fn share_side(count: Option<u64>, share: Option<f64>, empty: &str, behind: String) -> Option<Side> {
    let shown = match share {
        Some(share) => percent(share).1,
        None => empty.to_owned(),
    };
    count.map(|_| Side {
        shown,
        behind: Some(behind),
    })
}

/// Each side of `item` under `measure`; `None` where a session has no such poll or its poll
/// did not have the item.
fn sides(item: &ItemChange, measure: Measure) -> [Option<Side>; 2] {
    [0, 1].map(|side| match measure {
        Measure::Notes => Some(Side::bare(item.notes[side].to_string())),
        Measure::Dots => {
            let count = item.dots[side];
            let behind = counted(count.unwrap_or(0), "dot", "dots");
            share_side(count, item.dot_share[side], "no dots cast", behind)
        }
        Measure::HandCount => {
            let count = item.hand_count[side];
            let behind = format!("{} counted", count.unwrap_or(0));
            share_side(count, item.hand_share[side], "nothing counted", behind)
        }
        Measure::Rating => {
            let rated = item.ratings[side]
                .map(|(count, few)| format!("rated by {count}{}", if few { ", few" } else { "" }));
            match item.mean_rating[side] {
                Some(mean) => Some(Side {
                    shown: format!("{mean:.2}"),
                    behind: rated,
                }),
                None => rated.map(|_| Side::bare("not rated".to_owned())),
            }
        }
        Measure::Ranking => item.borda_rank[side].map(|rank| Side::bare(rank.to_string())),
    })
}

/// The change from before to after, when both sides have a figure.
fn delta(item: &ItemChange, measure: Measure) -> Option<String> {
    let share_points = |shares: [Option<f64>; 2]| {
        let [a, b] = shares;
        // From the percentages shown, so that "18% → 24%" reads "+6 points", never "+7".
        let points = percent(b?).0 - percent(a?).0;
        let size = counted(points.unsigned_abs(), "point", "points");
        Some(match points.signum() {
            0 => "no change".to_owned(),
            1 => format!("+{size}"),
            _ => format!("-{size}"),
        })
    };
    match measure {
        Measure::Notes => {
            let [a, b] = item.notes;
            Some(signed(b as f64 - a as f64, 0))
        }
        Measure::Dots => share_points(item.dot_share),
        Measure::HandCount => share_points(item.hand_share),
        Measure::Rating => {
            // From the means as shown, so that "4.08 → 3.74" reads "-0.34", never "-0.35".
            let [a, b] = item
                .mean_rating
                .map(|mean| mean.map(|mean| as_shown(mean, 2)));
            Some(signed(b? - a?, 2))
        }
        Measure::Ranking => {
            let [a, b] = item.borda_rank;
            let (a, b) = (a?, b?);
            Some(match b.cmp(&a) {
                std::cmp::Ordering::Less => format!("up {}", a - b),
                std::cmp::Ordering::Greater => format!("down {}", b - a),
                std::cmp::Ordering::Equal => "no change".to_owned(),
            })
        }
    }
}

/// The counts behind a cell, the noun after the last number: "5 → 17 dots", "5 → 1 dot",
/// "rated by 12 → 19 (few)"; empty where the figures say it all.
fn detail(item: &ItemChange, measure: Measure, arrow: &str) -> String {
    let numbers = |counts: [Option<u64>; 2], one: &str, many: &str| match counts {
        [None, None] => String::new(),
        [a, Some(b)] => format!(
            "{} {arrow} {}",
            a.map_or_else(|| NONE.to_owned(), |a| a.to_string()),
            counted(b, one, many)
        ),
        [Some(a), None] => format!("{} {arrow} {NONE}", counted(a, one, many)),
    };
    match measure {
        Measure::Dots => numbers(item.dots, "dot", "dots"),
        Measure::HandCount => numbers(item.hand_count, "counted", "counted"),
        Measure::Rating if item.ratings.iter().any(Option::is_some) => {
            let rated = item.ratings.map(|side| {
                // "0" already says nobody rated it; "(few)" beside it would only puzzle.
                side.map(|(count, few)| {
                    format!("{count}{}", if few && count > 0 { " (few)" } else { "" })
                })
            });
            format!("rated by {}", pair(arrow, rated, None))
        }
        Measure::Rating | Measure::Notes | Measure::Ranking => String::new(),
    }
}

/// The cell of `item` under `measure`, with `arrow` between before and after (a screen whose
/// font has no arrow passes "to").
pub fn change_cell(item: &ItemChange, measure: Measure, arrow: &str) -> Cell {
    let shown = sides(item, measure).map(|side| side.map(|side| side.shown));
    Cell {
        text: pair(arrow, shown, delta(item, measure)),
        detail: detail(item, measure, arrow),
    }
}

/// What one side (0 before, 1 after) of `item` shows under `measure`, with the count behind
/// it: "24% (17 dots)", "3.64 (rated by 14)", "5"; "none" where there is nothing.
pub fn side_words(item: &ItemChange, measure: Measure, side: usize) -> String {
    match sides(item, measure).into_iter().nth(side).flatten() {
        Some(Side {
            shown,
            behind: Some(behind),
        }) => format!("{shown} ({behind})"),
        Some(Side { shown, .. }) => shown,
        None => "none".to_owned(),
    }
}

/// How many took part in a compared poll: "23 ballots, 69 dots", "19 ballots", "counted by
/// hand, 82 in all", each with "so far, voting is open" while it is; "no dot vote" when the
/// session ran none.
pub fn poll_facts(poll: Option<&ComparedPoll>, measure: Measure) -> String {
    let Some(poll) = poll else {
        return format!("no {}", measure.poll_name());
    };
    let total = poll.total.unwrap_or(0);
    let facts = match measure {
        Measure::Dots => format!(
            "{}, {}",
            plural(poll.ballots, "ballot"),
            counted(total, "dot", "dots")
        ),
        Measure::HandCount => format!("counted by hand, {total} in all"),
        _ => plural(poll.ballots, "ballot"),
    };
    if poll.status == "open" {
        format!("{facts} so far, voting is open")
    } else {
        facts
    }
}

/// The question of one side's poll (0 before, 1 after) in quotes, `clipped` to so many
/// characters; "the same question" after when it is word for word the earlier one. `None`
/// when that session ran no such poll.
pub fn poll_question(pair: &PollPair, side: usize, clipped: usize) -> Option<String> {
    let poll = pair.polls.get(side)?.as_ref()?;
    let same = side == 1
        && pair.polls[0]
            .as_ref()
            .is_some_and(|before| before.question.trim() == poll.question.trim());
    Some(if same {
        "the same question".to_owned()
    } else {
        format!("“{}”", clip_words(poll.question.trim(), clipped))
    })
}
