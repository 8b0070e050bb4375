//! Polls on the room's own ideas in a comparison. A poll whose choices include a note, theme or
//! action item is not a measure of the framework (this year's notes are not last year's), so it
//! never stands for its method item by item; it is listed with its ballots and its top choices
//! by their words. A poll both sessions hold (a merged copy, the same file a year on) is one
//! entry, and a choice both copies have, by id, is one choice with a rank on each side.

use std::collections::{HashMap, HashSet};

use serde::Serialize;

use super::{ComparedPoll, Measure, compared};
use crate::model::{ChoiceKind, Poll, PollResults, PollStatus, Score, Session, clip_words};
use crate::report::{score_words, score_words_in};
use crate::tr;
use crate::words::{Lang, Words};

/// The ids of a session's own ideas: its notes, action items and themes.
pub(super) fn idea_ids(session: &Session) -> HashSet<&str> {
    let notes = session.notes.iter().map(|note| note.id.as_str());
    let actions = session.actions.iter().map(|action| action.id.as_str());
    let themes = session.themes.iter().map(|theme| theme.id.as_str());
    notes.chain(actions).chain(themes).collect()
}

/// Whether `poll` offers none of the session's own ideas (`ideas`, from [`idea_ids`]): only
/// such a poll stands for its method in the item-by-item comparison.
pub(super) fn on_items(ideas: &HashSet<&str>, poll: &Poll) -> bool {
    !poll.items.iter().any(|id| ideas.contains(id.as_str()))
}

/// A poll on the room's ideas, in one session or both.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct IdeaPoll {
    /// The poll's id, the same in both sessions when both hold it.
    pub id: String,
    /// How people voted: `dots`, `rating`, `ranking` or `hand-count`.
    pub measure: Measure,
    /// The poll in each session: before, after; `None` where that session lacks it.
    pub polls: [Option<ComparedPoll>; 2],
    /// Every choice, the best first: by the later session's rank, then the earlier one's for
    /// choices only it has.
    pub choices: Vec<IdeaChoice>,
}

/// One choice of a poll on the room's ideas.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct IdeaChoice {
    /// The choice's id.
    pub id: String,
    /// `note`, `theme`, `action`, `item`, or `unknown` when nothing in the session has the id.
    pub kind: &'static str,
    /// Its words: a note's text, a theme's title, an action item's text, an item's label.
    pub words: String,
    /// Its rank in each session's poll (1 is the top; tied choices share one).
    pub rank: [Option<usize>; 2],
    /// What it scored in each, in English: "14 dots", "mean 3.40, 12 rated", "42 points",
    /// "9 counted".
    pub score: [Option<String>; 2],
    /// What it scored in each, to be put in words in any language.
    #[serde(skip)]
    pub scored: [Option<Score>; 2],
}

/// Why polls on the room's ideas are listed, not compared item by item, in English
/// (`ideas_meaning` says it in a language).
pub const IDEAS_MEANING: &str = "These polls' choices are the room's own notes, themes or \
    action items, which differ from year to year, so they are listed with their top choices, \
    not compared item by item. A choice both years' copies of a poll share (the same note, \
    theme or action item) shows before → after.";

/// Why polls on the room's ideas are listed, not compared item by item, in `words`' language.
pub fn ideas_meaning(words: &Words) -> String {
    words.get("compare-ideas-meaning")
}

/// How many choices of a poll on the room's ideas a comparison names.
pub const TOP_CHOICES: usize = 3;

/// "Dot vote: “Which ideas first?”": the method, and the later session's question (or the
/// earlier's, when only it has the poll), passed through `escape` and clipped to `clipped`
/// characters, in English.
pub fn idea_poll_name(poll: &IdeaPoll, clipped: usize, escape: fn(&str) -> String) -> String {
    idea_poll_name_in(poll, clipped, escape, Words::of(Lang::English))
}

/// The method and the question of a poll on the room's ideas, as [`idea_poll_name`], in
/// `words`' language.
pub fn idea_poll_name_in(
    poll: &IdeaPoll,
    clipped: usize,
    escape: fn(&str) -> String,
    words: &Words,
) -> String {
    let question = poll
        .polls
        .iter()
        .rev()
        .flatten()
        .next()
        .map_or("", |side| side.question.trim());
    format!(
        "{}: “{}”",
        poll.measure.name_in(words),
        escape(&clip_words(question, clipped))
    )
}

/// "1 note “Fewer double shifts” (8 dots → 14 dots)": the choice's rank (the later session's,
/// or the earlier's), kind and words (through `escape`, clipped to `clipped` characters), and
/// its score, before `arrow` after when the poll is in both sessions; in English.
pub fn idea_choice_line(
    poll: &IdeaPoll,
    choice: &IdeaChoice,
    arrow: &str,
    clipped: usize,
    escape: fn(&str) -> String,
) -> String {
    idea_choice_line_in(
        poll,
        choice,
        arrow,
        clipped,
        escape,
        Words::of(Lang::English),
    )
}

/// One choice of a poll on the room's ideas, as [`idea_choice_line`], in `words`' language.
pub fn idea_choice_line_in(
    poll: &IdeaPoll,
    choice: &IdeaChoice,
    arrow: &str,
    clipped: usize,
    escape: fn(&str) -> String,
    words: &Words,
) -> String {
    let kind = words.get(match choice.kind {
        "note" => "compare-kind-note",
        "theme" => "compare-kind-theme",
        "action" => "compare-kind-action",
        "item" => "compare-kind-item",
        _ => "compare-kind-choice",
    });
    let tally = poll.measure == Measure::HandCount;
    let score = choice
        .scored
        .clone()
        .map(|side| side.map(|score| score_words_in(&score, tally, words)));
    let rank = choice.rank[1]
        .or(choice.rank[0])
        .map_or_else(String::new, |rank| format!("{rank} "));
    let text = escape(&clip_words(choice.words.trim(), clipped));
    let in_both = poll.polls.iter().all(Option::is_some);
    let score = if in_both {
        let [a, b] = score.map(|side| side.unwrap_or_else(|| "–".to_owned()));
        format!("{a} {arrow} {b}")
    } else {
        score.into_iter().flatten().next().unwrap_or_default()
    };
    tr!(
        words,
        "compare-idea-choice",
        rank = rank,
        kind = kind,
        text = text,
        score = score
    )
}

/// Whether a poll goes in the list: past its draft, with a choice that is one of the session's
/// own ideas.
fn listed(ideas: &HashSet<&str>, poll: &Poll) -> bool {
    poll.status != PollStatus::Draft && !on_items(ideas, poll)
}

/// Every poll on the room's ideas in either session, paired by id: the later session's in its
/// order, then those only the earlier one has.
pub(super) fn idea_polls(
    [before, after]: [&Session; 2],
    [before_ideas, after_ideas]: &[HashSet<&str>; 2],
) -> Vec<IdeaPoll> {
    let earlier: HashMap<&str, &Poll> = before
        .polls
        .iter()
        .filter(|poll| listed(before_ideas, poll))
        .map(|poll| (poll.id.as_str(), poll))
        .collect();
    let later: Vec<&Poll> = after
        .polls
        .iter()
        .filter(|poll| listed(after_ideas, poll))
        .collect();
    let mut pairs: Vec<[Option<&Poll>; 2]> = later
        .iter()
        .map(|poll| [earlier.get(poll.id.as_str()).copied(), Some(*poll)])
        .collect();
    pairs.extend(
        before
            .polls
            .iter()
            .filter(|poll| listed(before_ideas, poll))
            .filter(|poll| !later.iter().any(|other| other.id == poll.id))
            .map(|poll| [Some(poll), None]),
    );
    let sessions = [before, after];
    pairs
        .into_iter()
        .filter_map(|pair| {
            let first = pair.iter().flatten().next()?;
            let measure = Measure::of(&first.method);
            let sides = pair.map(|poll| poll.map(compared));
            let choices = choices(sessions, &sides, measure == Measure::HandCount);
            Some(IdeaPoll {
                id: first.id.clone(),
                measure,
                polls: sides.map(|side| side.map(|(poll, _)| poll)),
                choices,
            })
        })
        .collect()
}

/// The choices of both sides' copies of one poll, matched by id, the best first; `tally` for a
/// hand count, whose totals are counts, not dots.
fn choices(
    sessions: [&Session; 2],
    sides: &[Option<(ComparedPoll, PollResults)>; 2],
    tally: bool,
) -> Vec<IdeaChoice> {
    let mut choices: Vec<IdeaChoice> = Vec::new();
    let mut at: HashMap<String, usize> = HashMap::new();
    // The later side first, so a choice's words and kind are this year's when both have it.
    for side in [1, 0] {
        let Some((_, results)) = &sides[side] else {
            continue;
        };
        let session = sessions[side];
        for row in &results.rows {
            let index = *at.entry(row.item.clone()).or_insert_with(|| {
                choices.push(IdeaChoice {
                    id: row.item.clone(),
                    kind: session
                        .choice_kind(&row.item)
                        .map_or("unknown", ChoiceKind::key),
                    words: session.item_label(&row.item).to_owned(),
                    rank: [None, None],
                    score: [None, None],
                    scored: [None, None],
                });
                choices.len() - 1
            });
            choices[index].rank[side] = Some(row.rank);
            choices[index].score[side] = Some(score_words(&row.score, tally));
            choices[index].scored[side] = Some(row.score.clone());
        }
    }
    choices.sort_by_key(|choice| (choice.rank[1].is_none(), choice.rank[1], choice.rank[0]));
    choices
}
