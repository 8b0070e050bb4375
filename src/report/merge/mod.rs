//! Joining sessions captured on several laptops (breakout rooms) into one.
//!
//! Things are matched by id. The same id with the same content is one thing; the same id with
//! different content is a conflict: every version is kept and listed, one under the id and the
//! others under ids derived from their content. `merge` lets the version whose content sorts
//! first keep the id, so its result holds the same things whatever the order of its inputs,
//! and merging a session into itself changes nothing. `merge_into` keeps everything the open
//! session holds exactly as it is. A ballot that would break its poll's limits is refused and
//! listed, never counted as added. Each step is a pass with hash maps: merging a file of
//! 80,000 notes with itself takes time in proportion to its size.
//!
//! Settling ids works alike for every kind of thing (`resolve`). A note, action item or theme
//! that moves to a new id is followed by what its own input names it in: that input's themes,
//! poll choices, marks and counts (`renames`). Themes join their notes, and a note two laptops
//! grouped differently stays in one theme (`themes`); polls are joined with their statuses,
//! counts and ballots (`polls`).

mod lines;
mod polls;
mod renames;
mod resolve;
mod themes;

pub use lines::{Conflict, Refusal, Thing};

use crate::model::clip_words;
use crate::model::{Action, Note, Problem, Session, validate};
use crate::tr;
use crate::words::{Lang, Words};
use polls::join_polls;
use renames::Renames;
use resolve::{Joiner, Keep, Kind, versions};
use themes::{THEMES, one_theme_per_note, theme_content};

/// Why sessions cannot be merged. The messages are English; `merge_error` words them in a
/// language.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum MergeError {
    /// Nothing to merge.
    #[error("give at least one session to merge")]
    NoSessions,
    /// The sessions were not taken on the same framework.
    #[error(
        "“{other}” is on a different framework from “{first}”: only sessions of the same mission, vision and values can be merged"
    )]
    OtherFramework {
        /// The first session's title.
        first: String,
        /// The other session's title.
        other: String,
    },
    /// An input breaks the session rules (`plaza validate` lists them): its flaws would come in.
    #[error(
        "“{title}” breaks the session rules ({}), so it was not merged; `plaza validate` lists every problem",
        problems.first().map(ToString::to_string).unwrap_or_default()
    )]
    Invalid {
        /// Which input, counted from 0.
        input: usize,
        /// Its title.
        title: String,
        /// What is wrong with it.
        problems: Vec<Problem>,
    },
}

/// The merged session and what happened on the way.
#[derive(Debug, Clone, PartialEq)]
pub struct Merged {
    /// The joined session: the first input's details, everyone's notes, actions, themes and
    /// polls.
    pub session: Session,
    /// Notes, actions, themes, polls and ballots added to the first input, per later input.
    pub added: Vec<Added>,
    /// Things with the same id but different content (every version kept), differences in a
    /// poll's status or counts (one kept, as the line says), and notes grouped in two themes
    /// (kept in one, as the line says): `differences` in English, one line each.
    pub conflicts: Vec<String>,
    /// Ballots left out because they break their poll's limits: `left_out` in English.
    pub refused: Vec<String>,
    /// The differences, in the order of `conflicts`, to be put in words in any language.
    pub differences: Vec<Conflict>,
    /// The ballots left out, in the order of `refused`, to be put in words in any language.
    pub left_out: Vec<Refusal>,
}

impl Merged {
    /// The differences between the sessions, one line each in `words`' language.
    pub fn conflicts_in(&self, words: &Words) -> Vec<String> {
        self.differences
            .iter()
            .map(|conflict| conflict.words(words))
            .collect()
    }

    /// The ballots left out and why, one line each in `words`' language.
    pub fn refused_in(&self, words: &Words) -> Vec<String> {
        self.left_out
            .iter()
            .map(|refusal| refusal.words(words))
            .collect()
    }
}

/// Why sessions cannot be merged, in `words`' language.
pub fn merge_error(error: &MergeError, words: &Words) -> String {
    match error {
        MergeError::NoSessions => words.get("merge-error-none"),
        MergeError::OtherFramework { first, other } => {
            tr!(words, "merge-error-framework", first = first, other = other)
        }
        MergeError::Invalid {
            title, problems, ..
        } => tr!(
            words,
            "merge-error-invalid",
            title = title,
            problem = problems
                .first()
                .map(|problem| words.problem(problem))
                .unwrap_or_default()
        ),
    }
}

/// How `merge` orders its lines, so that they do not depend on the order of its inputs.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Order {
    /// As found (`merge_into`: the open session's order).
    AsFound,
    /// Sorted by their English.
    Sorted,
    /// Sorted by their English, each line once.
    SortedOnce,
}

/// Each line in English beside what it says, in `order`.
fn english_lines<T>(
    things: Vec<T>,
    words: impl Fn(&T, &Words) -> String,
    order: Order,
) -> (Vec<String>, Vec<T>) {
    let english = Words::of(Lang::English);
    let mut pairs: Vec<(String, T)> = things
        .into_iter()
        .map(|thing| (words(&thing, english), thing))
        .collect();
    if order != Order::AsFound {
        pairs.sort_by(|a, b| a.0.cmp(&b.0));
    }
    if order == Order::SortedOnce {
        pairs.dedup_by(|a, b| a.0 == b.0);
    }
    pairs.into_iter().unzip()
}

/// What one input added.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Added {
    /// New notes.
    pub notes: usize,
    /// New action items.
    pub actions: usize,
    /// New themes (notes put in a theme that was there already are not counted).
    pub themes: usize,
    /// New polls.
    pub polls: usize,
    /// New ballots (in new or existing polls).
    pub ballots: usize,
}

fn note_content(note: &Note) -> String {
    format!(
        "{:?}",
        (
            &note.about,
            &note.group,
            note.kind,
            &note.text,
            note.created
        )
    )
}

fn action_content(action: &Action) -> String {
    format!(
        "{:?}",
        (
            &action.about,
            &action.text,
            &action.owner,
            action.due,
            action.done,
            action.created
        )
    )
}

fn clip(text: &str) -> String {
    clip_words(text, 48)
}

const NOTES: Kind<Note> = Kind {
    thing: Thing::Note,
    id: |note| &note.id,
    set_id: |note, id| note.id = id,
    describe: |note| clip(&note.text),
    combine: |_, _| {},
};

const ACTIONS: Kind<Action> = Kind {
    thing: Thing::Action,
    id: |action| &action.id,
    set_id: |action, id| action.id = id,
    describe: |action| clip(&action.text),
    combine: |_, _| {},
};

/// Merges `sessions` into the first of them. Inputs are only read, and each must follow the
/// session rules (`validate`). A conflict's version whose content sorts first keeps the id, so
/// the order of the inputs changes neither what is kept nor what is listed.
pub fn merge(sessions: &[Session]) -> Result<Merged, MergeError> {
    for (input, session) in sessions.iter().enumerate() {
        let problems = validate(session);
        if !problems.is_empty() {
            return Err(MergeError::Invalid {
                input,
                title: session.title.clone(),
                problems,
            });
        }
    }
    merge_keeping(sessions, Keep::SortedFirst)
}

/// What merging `other` (a breakout laptop's session) into `open`, the session being worked
/// on, gives. Everything `open` holds stays exactly as it is: ids, poll statuses, typed counts
/// and ballots, even ballots breaking a limit (`validate` reports those). Only new things come
/// in, and a conflicting version comes in under a new id.
pub fn merge_into(open: &Session, other: &Session) -> Result<Merged, MergeError> {
    merge_keeping(&[open.clone(), other.clone()], Keep::Ours)
}

/// Joins `sessions` into the first one's details, settling conflicts by `keep`.
fn merge_keeping(sessions: &[Session], keep: Keep) -> Result<Merged, MergeError> {
    let (first, others) = split_same_framework(sessions)?;
    let mut joiner = Joiner::new(keep);
    let mut renames = Renames::new(sessions.len());
    let note_lists = || sessions.iter().map(|s| s.notes.as_slice());
    let notes = joiner.resolve(versions(note_lists(), keep, NOTES.id, note_content), &NOTES);
    renames.record(&notes, NOTES.id, note_lists(), note_content);
    let action_lists = || sessions.iter().map(|s| s.actions.as_slice());
    let actions = joiner.resolve(
        versions(action_lists(), keep, ACTIONS.id, action_content),
        &ACTIONS,
    );
    renames.record(&actions, ACTIONS.id, action_lists(), action_content);
    // Themes name notes, so they follow the notes' moves before they are compared.
    let theme_lists: Vec<_> = (0..sessions.len())
        .map(|at| renames.themes(at, &sessions[at].themes))
        .collect();
    let theme_slices = || theme_lists.iter().map(|list| list.as_ref());
    let themes = joiner.resolve(
        versions(theme_slices(), keep, THEMES.id, theme_content),
        &THEMES,
    );
    renames.record(&themes, THEMES.id, theme_slices(), theme_content);
    // Polls name notes, action items and themes: they follow every move.
    let poll_lists: Vec<_> = (0..sessions.len())
        .map(|at| renames.polls(at, &sessions[at].polls))
        .collect();
    let polls = join_polls(&mut joiner, &poll_lists, keep);

    let mut added = vec![Added::default(); others.len()];
    count_added(&mut added, notes.iter().map(|v| v.source), |a| &mut a.notes);
    let action_sources = actions.iter().map(|v| v.source);
    count_added(&mut added, action_sources, |a| &mut a.actions);
    count_added(&mut added, themes.iter().map(|v| v.source), |a| {
        &mut a.themes
    });
    count_added(&mut added, polls.iter().map(|p| p.source), |a| &mut a.polls);
    let ballot_sources = polls.iter().flat_map(|p| p.ballot_sources.iter().copied());
    count_added(&mut added, ballot_sources, |a| &mut a.ballots);

    let mut session = first.clone();
    for other in others {
        session.framework.add_missing_translations(&other.framework);
    }
    session.notes = notes.into_iter().map(|v| v.thing).collect();
    session.actions = actions.into_iter().map(|v| v.thing).collect();
    session.themes = themes.into_iter().map(|v| v.thing).collect();
    let ours = (keep == Keep::Ours).then_some(first);
    one_theme_per_note(
        &mut session.themes,
        &session.notes,
        ours,
        &mut joiner.conflicts,
    );
    session.polls = polls.into_iter().map(|p| p.poll).collect();
    session.format_version = session.needed_format_version();
    let [conflicts_order, refused_order] = match keep {
        Keep::SortedFirst => [Order::SortedOnce, Order::Sorted],
        Keep::Ours => [Order::AsFound, Order::AsFound],
    };
    let (conflicts, differences) =
        english_lines(joiner.conflicts, Conflict::words, conflicts_order);
    let (refused, left_out) = english_lines(joiner.refused, Refusal::words, refused_order);
    Ok(Merged {
        session,
        added,
        conflicts,
        refused,
        differences,
        left_out,
    })
}

/// The first session and the others, if all are on the first one's framework: things are
/// matched by id, and items' ids only mean the same thing within one framework. A translation
/// added on one laptop changes no id's meaning, so it does not make another framework.
fn split_same_framework(sessions: &[Session]) -> Result<(&Session, &[Session]), MergeError> {
    let (first, others) = sessions.split_first().ok_or(MergeError::NoSessions)?;
    match others.iter().find(|other| {
        !other
            .framework
            .same_apart_from_translations(&first.framework)
    }) {
        Some(other) => Err(MergeError::OtherFramework {
            first: first.title.clone(),
            other: other.title.clone(),
        }),
        None => Ok((first, others)),
    }
}

/// Counts each thing under the later input it first came from: the first input's things are
/// not added, they were there.
fn count_added(
    added: &mut [Added],
    sources: impl IntoIterator<Item = usize>,
    field: fn(&mut Added) -> &mut usize,
) {
    for source in sources {
        if let Some(added) = source.checked_sub(1).and_then(|at| added.get_mut(at)) {
            *field(added) += 1;
        }
    }
}
