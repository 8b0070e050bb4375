//! A comparison as people read it: each cell "before → after (change)" with the figures
//! behind it, and each poll compared in a line ("23 ballots, 69 dots"), in a language's words.
//! The functions without `_in` speak English.

use super::{ComparedPoll, ItemChange, Measure, PollPair};
use crate::model::clip_words;
use crate::tr;
use crate::words::{Lang, Words};

fn english() -> &'static Words {
    Words::of(Lang::English)
}

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
fn signed(delta: f64, decimals: usize, words: &Words) -> String {
    if delta.abs() < 0.5 * 10f64.powi(-(decimals as i32)) {
        words.get("compare-no-change")
    } else {
        let sign = if delta > 0.0 { '+' } else { '-' };
        format!("{sign}{}", words.decimal(delta.abs(), decimals))
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
fn sides(item: &ItemChange, measure: Measure, words: &Words) -> [Option<Side>; 2] {
    [0, 1].map(|side| match measure {
        Measure::Notes => Some(Side::bare(item.notes[side].to_string())),
        Measure::Dots => {
            let count = item.dots[side];
            let behind = tr!(words, "report-dots-count", count = count.unwrap_or(0));
            let empty = words.get("compare-no-dots-cast");
            share_side(count, item.dot_share[side], &empty, behind)
        }
        Measure::HandCount => {
            let count = item.hand_count[side];
            let behind = tr!(words, "report-counted", count = count.unwrap_or(0));
            let empty = words.get("compare-nothing-counted");
            share_side(count, item.hand_share[side], &empty, behind)
        }
        Measure::Rating => {
            let rated = item.ratings[side].map(|(count, few)| {
                if few {
                    tr!(words, "compare-rated-by-few", count = count)
                } else {
                    tr!(words, "compare-rated-by", count = count)
                }
            });
            match item.mean_rating[side] {
                Some(mean) => Some(Side {
                    shown: words.decimal(mean, 2),
                    behind: rated,
                }),
                None => rated.map(|_| Side::bare(words.get("report-not-rated"))),
            }
        }
        Measure::Ranking => item.borda_rank[side].map(|rank| Side::bare(rank.to_string())),
    })
}

/// The change from before to after, when both sides have a figure.
fn delta(item: &ItemChange, measure: Measure, words: &Words) -> Option<String> {
    let share_points = |shares: [Option<f64>; 2]| {
        let [a, b] = shares;
        // From the percentages shown, so that "18% → 24%" reads "+6 points", never "+7".
        let points = percent(b?).0 - percent(a?).0;
        let size = tr!(words, "compare-share-points", count = points.unsigned_abs());
        Some(match points.signum() {
            0 => words.get("compare-no-change"),
            1 => format!("+{size}"),
            _ => format!("-{size}"),
        })
    };
    match measure {
        Measure::Notes => {
            let [a, b] = item.notes;
            Some(signed(b as f64 - a as f64, 0, words))
        }
        Measure::Dots => share_points(item.dot_share),
        Measure::HandCount => share_points(item.hand_share),
        Measure::Rating => {
            // From the means as shown, so that "4.08 → 3.74" reads "-0.34", never "-0.35".
            let [a, b] = item
                .mean_rating
                .map(|mean| mean.map(|mean| as_shown(mean, 2)));
            Some(signed(b? - a?, 2, words))
        }
        Measure::Ranking => {
            let [a, b] = item.borda_rank;
            let (a, b) = (a?, b?);
            Some(match b.cmp(&a) {
                std::cmp::Ordering::Less => tr!(words, "compare-up", count = a - b),
                std::cmp::Ordering::Greater => tr!(words, "compare-down", count = b - a),
                std::cmp::Ordering::Equal => words.get("compare-no-change"),
            })
        }
    }
}

/// The counts behind a cell, the noun after the last number: "5 → 17 dots", "5 → 1 dot",
/// "rated by 12 → 19 (few)"; empty where the figures say it all.
fn detail(item: &ItemChange, measure: Measure, arrow: &str, words: &Words) -> String {
    let numbers = |counts: [Option<u64>; 2], noun: fn(u64, &Words) -> String| match counts {
        [None, None] => String::new(),
        [a, Some(b)] => format!(
            "{} {arrow} {}",
            a.map_or_else(|| NONE.to_owned(), |a| a.to_string()),
            noun(b, words)
        ),
        [Some(a), None] => format!("{} {arrow} {NONE}", noun(a, words)),
    };
    match measure {
        Measure::Dots => numbers(item.dots, |count, words| {
            tr!(words, "report-dots-count", count = count)
        }),
        Measure::HandCount => numbers(item.hand_count, |count, words| {
            tr!(words, "report-counted", count = count)
        }),
        Measure::Rating if item.ratings.iter().any(Option::is_some) => {
            let rated = item.ratings.map(|side| {
                // "0" already says nobody rated it; "(few)" beside it would only puzzle.
                side.map(|(count, few)| {
                    if few && count > 0 {
                        format!("{count} {}", words.get("report-few"))
                    } else {
                        count.to_string()
                    }
                })
            });
            tr!(words, "compare-rated-by", count = pair(arrow, rated, None))
        }
        Measure::Rating | Measure::Notes | Measure::Ranking => String::new(),
    }
}

/// The cell of `item` under `measure`, with `arrow` between before and after (a screen whose
/// font has no arrow passes "to"), in English.
pub fn change_cell(item: &ItemChange, measure: Measure, arrow: &str) -> Cell {
    change_cell_in(item, measure, arrow, english())
}

/// The cell of `item` under `measure` in `words`' language, with `arrow` between before and
/// after.
pub fn change_cell_in(item: &ItemChange, measure: Measure, arrow: &str, words: &Words) -> Cell {
    let shown = sides(item, measure, words).map(|side| side.map(|side| side.shown));
    Cell {
        text: pair(arrow, shown, delta(item, measure, words)),
        detail: detail(item, measure, arrow, words),
    }
}

/// What one side (0 before, 1 after) of `item` shows under `measure`, with the count behind
/// it, in English: "24% (17 dots)", "3.64 (rated by 14)", "5"; "none" where there is nothing.
pub fn side_words(item: &ItemChange, measure: Measure, side: usize) -> String {
    side_words_in(item, measure, side, english())
}

/// What one side of `item` shows under `measure`, in `words`' language.
pub fn side_words_in(item: &ItemChange, measure: Measure, side: usize, words: &Words) -> String {
    match sides(item, measure, words).into_iter().nth(side).flatten() {
        Some(Side {
            shown,
            behind: Some(behind),
        }) => format!("{shown} ({behind})"),
        Some(Side { shown, .. }) => shown,
        None => words.get("compare-none"),
    }
}

/// How many took part in a compared poll, in English: "23 ballots, 69 dots", "19 ballots",
/// "counted by hand, 82 in all", each with "so far, voting is open" while it is; "no dot vote"
/// when the session ran none.
pub fn poll_facts(poll: Option<&ComparedPoll>, measure: Measure) -> String {
    poll_facts_in(poll, measure, english())
}

/// How many took part in a compared poll, in `words`' language.
pub fn poll_facts_in(poll: Option<&ComparedPoll>, measure: Measure, words: &Words) -> String {
    let Some(poll) = poll else {
        return tr!(words, "compare-missing", poll = measure.poll_name_in(words));
    };
    let total = poll.total.unwrap_or(0);
    let ballots = tr!(words, "report-ballots", count = poll.ballots);
    let facts = match measure {
        Measure::Dots => format!(
            "{ballots}, {}",
            tr!(words, "report-dots-count", count = total)
        ),
        Measure::HandCount => tr!(words, "compare-counted-by-hand", count = total),
        _ => ballots,
    };
    if poll.status == "open" {
        tr!(words, "compare-so-far", facts = facts)
    } else {
        facts
    }
}

/// The question of one side's poll (0 before, 1 after) in quotes, `clipped` to so many
/// characters; "the same question" after when it is word for word the earlier one. `None`
/// when that session ran no such poll. In English.
pub fn poll_question(pair: &PollPair, side: usize, clipped: usize) -> Option<String> {
    poll_question_in(pair, side, clipped, english())
}

/// The question of one side's poll, as [`poll_question`], in `words`' language.
pub fn poll_question_in(
    pair: &PollPair,
    side: usize,
    clipped: usize,
    words: &Words,
) -> Option<String> {
    let poll = pair.polls.get(side)?.as_ref()?;
    let same = side == 1
        && pair.polls[0]
            .as_ref()
            .is_some_and(|before| before.question.trim() == poll.question.trim());
    Some(if same {
        words.get("compare-same-question")
    } else {
        format!("“{}”", clip_words(poll.question.trim(), clipped))
    })
}
