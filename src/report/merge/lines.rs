//! What a merge tells: each difference between the sessions, and each ballot left out, kept as
//! data and put in words in any language. `Merged` holds the English lines too, for the screens
//! that read them as they are.

use crate::model::{BallotError, PollStatus};
use crate::tr;
use crate::words::Words;

/// The kind of thing a difference is about.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Thing {
    /// A note.
    Note,
    /// An action item.
    Action,
    /// A theme.
    Theme,
    /// A poll.
    Poll,
    /// A ballot.
    Ballot,
}

/// Something the sessions hold differently, and what the merge kept.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Conflict {
    /// The same id with different content: this version moved to a new id, the other kept it.
    Moved {
        /// What it is.
        thing: Thing,
        /// Its words, clipped: a note's text, a theme's title, a poll's question (for a ballot,
        /// its poll's question).
        text: String,
        /// The id both versions had.
        id: String,
        /// The id this version is kept under.
        new_id: String,
    },
    /// A poll's status differs between the sessions.
    Status {
        /// The poll's question, clipped.
        question: String,
        /// The poll's id.
        poll: String,
        /// Every status the sessions give it, in order.
        statuses: Vec<PollStatus>,
        /// The status kept.
        kept: PollStatus,
    },
    /// A hand count's count for an item differs between the sessions.
    Count {
        /// The poll's question, clipped.
        question: String,
        /// The poll's id.
        poll: String,
        /// The item counted.
        item: String,
        /// Every count the sessions give, in order.
        counts: Vec<u32>,
        /// The count kept; `None` when none is.
        kept: Option<u32>,
    },
    /// A note two sessions grouped in different themes stays in one.
    TwoThemes {
        /// The note's text, clipped.
        text: String,
        /// The note's id.
        note: String,
        /// The title (clipped) and id of the theme it stays in.
        kept: (String, String),
        /// The title (clipped) and id of the theme it was taken out of.
        out: (String, String),
        /// Whether that theme has no notes left.
        emptied: bool,
    },
}

/// A ballot left out of a merge, and why.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Refusal {
    /// Its poll is still a draft in the open session.
    Draft {
        /// The ballot's id.
        ballot: String,
        /// Its poll's question, clipped.
        question: String,
    },
    /// It breaks its poll's rules.
    Breaks {
        /// The ballot's id.
        ballot: String,
        /// Its poll's question, clipped.
        question: String,
        /// The rule it breaks.
        error: BallotError,
    },
}

impl Conflict {
    /// The difference as one line in `words`' language.
    pub fn words(&self, words: &Words) -> String {
        match self {
            Conflict::Moved {
                thing,
                text,
                id,
                new_id,
            } => {
                let key = match thing {
                    Thing::Note => "merge-moved-note",
                    Thing::Action => "merge-moved-action",
                    Thing::Theme => "merge-moved-theme",
                    Thing::Poll => "merge-moved-poll",
                    Thing::Ballot => "merge-moved-ballot",
                };
                words.with(
                    key,
                    &[
                        ("text", text.into()),
                        ("id", id.into()),
                        ("new", new_id.into()),
                    ],
                )
            }
            Conflict::Status {
                question,
                poll,
                statuses,
                kept,
            } => {
                let names: Vec<String> = statuses
                    .iter()
                    .map(|status| words.status_in_sentence(*status))
                    .collect();
                tr!(
                    words,
                    "merge-status",
                    question = question,
                    poll = poll,
                    statuses = in_sessions(&names, words),
                    kept = words.status_in_sentence(*kept)
                )
            }
            Conflict::Count {
                question,
                poll,
                item,
                counts,
                kept,
            } => {
                let given: Vec<String> = counts.iter().map(u32::to_string).collect();
                tr!(
                    words,
                    "merge-count",
                    question = question,
                    poll = poll,
                    item = item,
                    counts = in_sessions(&given, words),
                    kept = kept.map_or_else(|| words.get("merge-count-none"), |n| n.to_string())
                )
            }
            Conflict::TwoThemes {
                text,
                note,
                kept,
                out,
                emptied,
            } => {
                let line = tr!(
                    words,
                    "merge-two-themes",
                    text = text,
                    note = note,
                    kept = &kept.0,
                    kept_id = &kept.1,
                    out = &out.0,
                    out_id = &out.1
                );
                if *emptied {
                    tr!(words, "merge-two-themes-emptied", line = line)
                } else {
                    line
                }
            }
        }
    }
}

impl Refusal {
    /// Why the ballot was left out, as one line in `words`' language.
    pub fn words(&self, words: &Words) -> String {
        match self {
            Refusal::Draft { ballot, question } => tr!(
                words,
                "merge-refused-draft",
                ballot = ballot,
                question = question
            ),
            Refusal::Breaks {
                ballot,
                question,
                error,
            } => tr!(
                words,
                "merge-refused-breaks",
                ballot = ballot,
                question = question,
                reason = words.ballot_error(error)
            ),
        }
    }
}

/// "open in one session and closed in another", "1, 2 or 3 in different sessions".
fn in_sessions(values: &[String], words: &Words) -> String {
    match values {
        [one] => tr!(words, "merge-in-one", one = one),
        [a, b] => tr!(words, "merge-in-two", first = a, second = b),
        [rest @ .., last] => tr!(
            words,
            "merge-in-several",
            rest = rest.join(", "),
            last = last
        ),
        [] => words.get("merge-missing"),
    }
}
