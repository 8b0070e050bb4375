//! The review dashboard's figures: per item, the notes by kind, where each poll placed it and
//! its action items; each poll's leaders; and the open action items by owner and due date.

use chrono::NaiveDate;

use super::facts::{ballots_line, rank_text, review_order};
use crate::model::{
    About, Action, NoteKind, Poll, PollMethod, PollResults, PollStatus, Score, SectionKind,
    Session, poll_results,
};
use crate::tr;
use crate::words::{Lang, Words};

/// Everything the review dashboard shows, worked out once per change of the session.
#[derive(Debug, Clone, PartialEq)]
pub struct Summary {
    /// Every item of the framework (values first, then vision goals, then the mission), then
    /// General and the parking lot when they have notes or actions.
    pub places: Vec<PlaceSummary>,
    /// Each poll past its draft, with its leading items.
    pub polls: Vec<PollLeaders>,
    /// The action items not done yet, by owner; owners by name, "No owner yet" last.
    pub open_actions: Vec<OwnerActions>,
    /// How many action items are done.
    pub done_actions: usize,
}

/// One item (or General, or the parking lot) on the dashboard.
#[derive(Debug, Clone, PartialEq)]
pub struct PlaceSummary {
    /// What the place is.
    pub about: About,
    /// The framework section it belongs to (`None` for General and the parking lot).
    pub section: Option<SectionKind>,
    /// What people call it.
    pub label: String,
    /// Notes per kind, in [`NoteKind::ALL`] order.
    pub notes: [usize; 4],
    /// Where each poll that has the item on it placed it.
    pub placings: Vec<Placing>,
    /// Its action items, as captured.
    pub actions: Vec<ActionLine>,
}

/// An item's place in one poll.
#[derive(Debug, Clone, PartialEq)]
pub struct Placing {
    /// The poll's id.
    pub poll: String,
    /// The poll's question.
    pub question: String,
    /// "1", or "=2" for a tie.
    pub rank: String,
    /// How many items were on the poll.
    pub of: usize,
    /// What it scored: "12 dots", "mean 3.84", "42 points", "14 counted".
    pub score: String,
}

/// One poll and the items at its top.
#[derive(Debug, Clone, PartialEq)]
pub struct PollLeaders {
    /// The poll's id.
    pub id: String,
    /// The question.
    pub question: String,
    /// A one-word name for a table's column: the method, numbered when a session ran two
    /// polls of one method ("Dots", "Rating", "Dots 2").
    pub heading: String,
    /// "Dot voting · revealed · 23 ballots".
    pub facts: String,
    /// The items ranked 1 to 3 (more when tied for third), best first.
    pub leaders: Vec<Leader>,
}

/// One leading item of a poll.
#[derive(Debug, Clone, PartialEq)]
pub struct Leader {
    /// "1", or "=2" for a tie.
    pub rank: String,
    /// The item's name.
    pub label: String,
    /// What it scored.
    pub score: String,
}

/// One owner's open action items, soonest due first, undated last.
#[derive(Debug, Clone, PartialEq)]
pub struct OwnerActions {
    /// The owner as typed, or "No owner yet".
    pub owner: String,
    /// Their open items.
    pub actions: Vec<ActionLine>,
}

/// An action item as the dashboard lists it.
#[derive(Debug, Clone, PartialEq)]
pub struct ActionLine {
    /// The action item's id.
    pub id: String,
    /// What is to be done.
    pub text: String,
    /// Who does it ("" when nobody yet).
    pub owner: String,
    /// When it is due.
    pub due: Option<NaiveDate>,
    /// Whether it is done.
    pub done: bool,
    /// What it is about.
    pub about: String,
}

/// What the owner column says when nobody has taken an action item, in English (the words'
/// `report-no-owner` in a language).
pub const NO_OWNER: &str = "No owner yet";

/// How many places a poll's leaders list goes down to.
const LEADING_RANKS: usize = 3;

/// "12 dots", "mean 3.84, 19 rated", "42 points", "14 counted"; "not rated" for a rating nobody
/// gave, and "mean 5.00, 1 rated (few)" for one rated on fewer than half of the ballots. In
/// English; `score_words_in` takes the words.
pub fn score_words(score: &Score, tally: bool) -> String {
    score_words_in(score, tally, Words::of(Lang::English))
}

/// What an item scored, in `words`' language: "12 dots", "media 3,84, 19 calificaciones".
pub fn score_words_in(score: &Score, tally: bool, words: &Words) -> String {
    match score {
        Score::Total(total) if tally => tr!(words, "report-counted", count = *total),
        Score::Total(total) => tr!(words, "report-dots-count", count = *total),
        Score::Rating {
            mean: Some(m),
            count,
            few,
            ..
        } => {
            let shown = tr!(
                words,
                "report-mean-rated",
                mean = words.decimal(*m, 2),
                count = *count
            );
            if *few {
                format!("{shown} {}", words.get("report-few"))
            } else {
                shown
            }
        }
        Score::Rating { mean: None, .. } => words.get("report-not-rated"),
        Score::Borda { points, .. } => tr!(words, "report-points-count", count = *points),
    }
}

fn action_line(session: &Session, action: &Action, words: &Words) -> ActionLine {
    ActionLine {
        id: action.id.clone(),
        text: action.text.clone(),
        owner: action.owner.trim().to_owned(),
        due: action.due,
        done: action.done,
        about: words.about_name(&action.about, session),
    }
}

/// Works out the dashboard of `session`, in English; `summary_in` takes the words.
pub fn summary(session: &Session) -> Summary {
    summary_in(session, Words::of(Lang::English))
}

/// Works out the dashboard of `session`, its names and figures in `words`' language.
pub fn summary_in(session: &Session, words: &Words) -> Summary {
    let counted: Vec<_> = session
        .polls
        .iter()
        .filter(|poll| poll.status != PollStatus::Draft)
        .map(|poll| (poll, poll_results(poll)))
        .collect();
    Summary {
        places: places(session, &counted, words),
        polls: poll_leaders(session, &counted, words),
        open_actions: open_actions(session, words),
        done_actions: session.actions.iter().filter(|a| a.done).count(),
    }
}

/// Every framework item in review order, then General and the parking lot if anything is
/// about them: an empty item is worth seeing, an empty catch-all is not.
fn places(session: &Session, counted: &[(&Poll, PollResults)], words: &Words) -> Vec<PlaceSummary> {
    let mut framework_places: Vec<(Option<SectionKind>, About)> = session
        .framework
        .items()
        .map(|(kind, item)| (Some(kind), About::Item(item.id.clone())))
        .collect();
    framework_places.sort_by_key(|(kind, _)| kind.map(review_order));
    let mut places: Vec<PlaceSummary> = framework_places
        .into_iter()
        .chain([(None, About::General), (None, About::ParkingLot)])
        .map(|(section, about)| place_summary(session, counted, section, about, words))
        .collect();
    places.retain(|place| {
        place.section.is_some()
            || place.notes.iter().sum::<usize>() > 0
            || !place.actions.is_empty()
    });
    places
}

fn place_summary(
    session: &Session,
    counted: &[(&Poll, PollResults)],
    section: Option<SectionKind>,
    about: About,
    words: &Words,
) -> PlaceSummary {
    let mut notes = [0; 4];
    for note in session.notes.iter().filter(|note| note.about == about) {
        if let Some(at) = NoteKind::ALL.iter().position(|kind| *kind == note.kind) {
            notes[at] += 1;
        }
    }
    let placings = match &about {
        About::Item(id) => placings(counted, id, words),
        _ => Vec::new(),
    };
    let actions = session
        .actions
        .iter()
        .filter(|action| action.about == about)
        .map(|action| action_line(session, action, words))
        .collect();
    PlaceSummary {
        label: words.about_name(&about, session),
        about,
        section,
        notes,
        placings,
        actions,
    }
}

/// Where each counted poll that has item `id` on it placed it.
fn placings(counted: &[(&Poll, PollResults)], id: &str, words: &Words) -> Vec<Placing> {
    counted
        .iter()
        .filter_map(|(poll, results)| {
            let row = results.rows.iter().find(|row| row.item == id)?;
            Some(Placing {
                poll: poll.id.clone(),
                question: poll.question.clone(),
                rank: rank_text(&results.rows, row),
                of: results.rows.len(),
                score: score_words_in(&row.score, !poll.method.takes_ballots(), words),
            })
        })
        .collect()
}

fn poll_leaders(
    session: &Session,
    counted: &[(&Poll, PollResults)],
    words: &Words,
) -> Vec<PollLeaders> {
    let mut seen: Vec<&str> = Vec::new();
    counted
        .iter()
        .map(|(poll, results)| PollLeaders {
            id: poll.id.clone(),
            question: poll.question.clone(),
            heading: heading(&poll.method, &mut seen, words),
            facts: format!(
                "{} · {} · {}",
                words.method_name(&poll.method),
                words.status_name(poll.status).to_lowercase(),
                ballots_line(poll, results, words)
            ),
            leaders: results
                .rows
                .iter()
                .filter(|row| row.rank <= LEADING_RANKS)
                .map(|row| Leader {
                    rank: rank_text(&results.rows, row),
                    label: words.item_label(session, &row.item),
                    score: score_words_in(&row.score, !poll.method.takes_ballots(), words),
                })
                .collect(),
        })
        .collect()
}

/// The method's word, numbered from the second poll of a method on (`seen` holds the words
/// given so far), so that table columns stay apart.
fn heading(method: &PollMethod, seen: &mut Vec<&'static str>, words: &Words) -> String {
    let key = match method {
        PollMethod::Dots { .. } => "report-heading-dots",
        PollMethod::Rating { .. } => "report-heading-rating",
        PollMethod::Ranking => "report-heading-ranking",
        PollMethod::Tally => "report-heading-tally",
    };
    seen.push(key);
    let word = words.get(key);
    match seen.iter().filter(|k| **k == key).count() {
        1 => word,
        n => tr!(words, "report-heading-numbered", heading = word, number = n),
    }
}

/// The open action items grouped by owner, as [`Summary::open_actions`] lists them.
fn open_actions(session: &Session, words: &Words) -> Vec<OwnerActions> {
    let mut open: Vec<ActionLine> = session
        .actions
        .iter()
        .filter(|action| !action.done)
        .map(|action| action_line(session, action, words))
        .collect();
    // By owner (case-blind, nobody last), then soonest due, undated last, then as captured.
    open.sort_by(|a, b| {
        (
            a.owner.is_empty(),
            a.owner.to_lowercase(),
            a.due.is_none(),
            a.due,
        )
            .cmp(&(
                b.owner.is_empty(),
                b.owner.to_lowercase(),
                b.due.is_none(),
                b.due,
            ))
    });
    let mut open_actions: Vec<OwnerActions> = Vec::new();
    for line in open {
        let owner = if line.owner.is_empty() {
            words.get("report-no-owner")
        } else {
            line.owner.clone()
        };
        match open_actions.last_mut() {
            Some(last) if last.owner.to_lowercase() == owner.to_lowercase() => {
                last.actions.push(line)
            }
            _ => open_actions.push(OwnerActions {
                owner,
                actions: vec![line],
            }),
        }
    }
    open_actions
}
