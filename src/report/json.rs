//! The report as JSON, in the shape of "Report JSON" in the design: the session's facts and
//! every poll's computed results, whatever the poll's status. Documented in docs/REPORT-JSON.md.

use std::collections::BTreeMap;

use serde::Serialize;

use super::facts::about_key;
use crate::model::{ChoiceKind, Score, SectionKind, Session, poll_results};

/// The whole report.
#[derive(Debug, Serialize)]
pub struct ReportJson<'a> {
    /// The session file format the report was made from.
    pub format_version: u32,
    /// Title, date, venue.
    pub session: SessionFacts<'a>,
    /// The organisation's statement the session worked on.
    pub framework: FrameworkFacts<'a>,
    /// Every poll with its results, in the session's order.
    pub polls: Vec<PollFacts<'a>>,
    /// Every note, as captured.
    pub notes: Vec<NoteFacts<'a>>,
    /// Every action item.
    pub actions: Vec<ActionFacts<'a>>,
}

/// The session's own facts.
#[derive(Debug, Serialize)]
pub struct SessionFacts<'a> {
    /// The session's id.
    pub id: &'a str,
    /// Its title.
    pub title: &'a str,
    /// Its date, `YYYY-MM-DD`.
    pub date: String,
    /// Where it took place.
    pub venue: &'a str,
    /// Who facilitated.
    pub facilitators: &'a [String],
}

/// The framework: its title and its three sections.
#[derive(Debug, Serialize)]
pub struct FrameworkFacts<'a> {
    /// Its title.
    pub title: &'a str,
    /// Mission, vision and values, in that order.
    pub sections: Vec<SectionFacts<'a>>,
}

/// One section of the framework.
#[derive(Debug, Serialize)]
pub struct SectionFacts<'a> {
    /// `mission`, `vision` or `values`.
    pub name: &'static str,
    /// The organisation's own name for it; `null` when it has none (the default applies).
    pub label: Option<&'a str>,
    /// The sentence leading into its items.
    pub intro: &'a str,
    /// Its items, in order.
    pub items: Vec<ItemFacts<'a>>,
}

/// One item of the framework.
#[derive(Debug, Serialize)]
pub struct ItemFacts<'a> {
    /// Its id, as notes, actions and polls name it.
    pub id: &'a str,
    /// Its capitalised lead words; may be empty.
    pub heading: &'a str,
    /// The rest of its statement.
    pub text: &'a str,
    /// Present, and `true`, for an item taken off the framework after a poll used it.
    #[serde(skip_serializing_if = "std::ops::Not::not")]
    pub retired: bool,
}

/// The framework as report JSON shows it.
fn framework_facts(session: &Session) -> FrameworkFacts<'_> {
    let framework = &session.framework;
    let sections = SectionKind::ALL
        .into_iter()
        .map(|kind| {
            let section = framework.section(kind);
            SectionFacts {
                name: match kind {
                    SectionKind::Mission => "mission",
                    SectionKind::Vision => "vision",
                    SectionKind::Values => "values",
                },
                label: section.label.as_deref(),
                intro: &section.intro,
                items: section
                    .items
                    .iter()
                    .map(|item| ItemFacts {
                        id: &item.id,
                        heading: &item.heading,
                        text: &item.text,
                        retired: item.retired,
                    })
                    .collect(),
            }
        })
        .collect();
    FrameworkFacts {
        title: &framework.title,
        sections,
    }
}

/// One poll and its results.
#[derive(Debug, Serialize)]
pub struct PollFacts<'a> {
    /// The poll's id.
    pub id: &'a str,
    /// The question.
    pub question: &'a str,
    /// `dots`, `rating`, `ranking` or `tally`.
    pub method: &'static str,
    /// `draft`, `open`, `closed` or `revealed`.
    pub status: &'static str,
    /// Ballots cast (0 for tally polls).
    pub ballots: usize,
    /// Where those ballots were cast; the two add up to `ballots` (both 0 for tally polls).
    pub sources: SourceFacts,
    /// One entry per poll item, best first.
    pub results: Vec<ResultFacts<'a>>,
}

/// How many of a poll's ballots were cast at the booth and how many on phones. The keys are
/// `BallotSource::key`'s words, and never translated.
#[derive(Debug, Serialize)]
pub struct SourceFacts {
    /// Cast at the booth.
    pub booth: usize,
    /// Cast on phones.
    pub phone: usize,
}

/// One item's result.
#[derive(Debug, Serialize)]
pub struct ResultFacts<'a> {
    /// The item's id.
    pub item: String,
    /// What the choice is: `item`, `note`, `action` or `theme`; `null` when the session no
    /// longer has it.
    pub kind: Option<&'static str>,
    /// The item's heading ("COMPASSION"); empty for vision goals and for choices that are not
    /// framework items.
    pub heading: &'a str,
    /// The words shown for it: an item's heading (or a vision goal's sentence), a note's or
    /// an action item's text.
    pub label: String,
    /// Standard competition rank: ties share a rank (1, 1, 3).
    pub rank: usize,
    /// The method's numbers.
    #[serde(flatten)]
    pub score: ScoreFacts,
}

/// An item's numbers, by method.
#[derive(Debug, Serialize)]
#[serde(untagged)]
pub enum ScoreFacts {
    /// Dots and tally.
    Total {
        /// Dots placed, or the count typed.
        total: u64,
    },
    /// Rating.
    Rating {
        /// Mean rating; null when nobody rated the item.
        mean: Option<f64>,
        /// Median rating; null when nobody rated the item.
        median: Option<f64>,
        /// How many ballots rated the item.
        count: u32,
        /// How many gave each scale value (keys are the values, as strings).
        distribution: BTreeMap<String, u32>,
        /// Rated on fewer than half of the poll's ballots, and so ranked after every item rated
        /// on at least half.
        few_ratings: bool,
    },
    /// Ranking.
    Borda {
        /// Borda points: n − p + 1 for place p on a poll of n items.
        points: u64,
        /// Ballots that put the item first.
        first_choices: u32,
    },
}

/// One note.
#[derive(Debug, Serialize)]
pub struct NoteFacts<'a> {
    /// The note's id.
    pub id: &'a str,
    /// An item id, `general` or `parking-lot`.
    pub about: &'a str,
    /// Who said it ("Table 3"); may be empty.
    pub group: &'a str,
    /// `strength`, `concern`, `idea` or `question`.
    pub kind: String,
    /// What was said.
    pub text: &'a str,
    /// When it was captured, RFC 3339 UTC.
    pub created: String,
}

/// One action item.
#[derive(Debug, Serialize)]
pub struct ActionFacts<'a> {
    /// The action's id.
    pub id: &'a str,
    /// An item id, `general` or `parking-lot`.
    pub about: &'a str,
    /// What is to be done.
    pub text: &'a str,
    /// Who does it; may be empty.
    pub owner: &'a str,
    /// When it is due, `YYYY-MM-DD`, or null.
    pub due: Option<String>,
    /// Whether it is done.
    pub done: bool,
}

/// The report of `session` as a JSON value tree, ready to serialise.
pub fn report_json(session: &Session) -> ReportJson<'_> {
    let polls = session
        .polls
        .iter()
        .map(|poll| {
            let results = poll_results(poll);
            PollFacts {
                id: &poll.id,
                question: &poll.question,
                method: poll.method.key(),
                status: poll.status.key(),
                ballots: results.ballots,
                sources: SourceFacts {
                    booth: results.sources.booth,
                    phone: results.sources.phone,
                },
                results: results
                    .rows
                    .into_iter()
                    .map(|row| {
                        let item = session.framework.item(&row.item);
                        ResultFacts {
                            kind: session.choice_kind(&row.item).map(ChoiceKind::key),
                            heading: item.map_or("", |item| item.heading.as_str()),
                            label: session.item_label(&row.item).to_owned(),
                            rank: row.rank,
                            score: score_facts(&row.score),
                            item: row.item,
                        }
                    })
                    .collect(),
            }
        })
        .collect();
    ReportJson {
        // The version of the session file the report describes.
        format_version: session.needed_format_version(),
        session: SessionFacts {
            id: &session.id,
            title: &session.title,
            date: session.date.to_string(),
            venue: &session.venue,
            facilitators: &session.facilitators,
        },
        framework: framework_facts(session),
        polls,
        notes: session
            .notes
            .iter()
            .map(|note| NoteFacts {
                id: &note.id,
                about: about_key(&note.about),
                group: &note.group,
                kind: note.kind.name().to_lowercase(),
                text: &note.text,
                created: note
                    .created
                    .to_rfc3339_opts(chrono::SecondsFormat::Secs, true),
            })
            .collect(),
        actions: session
            .actions
            .iter()
            .map(|action| ActionFacts {
                id: &action.id,
                about: about_key(&action.about),
                text: &action.text,
                owner: &action.owner,
                due: action.due.map(|due| due.to_string()),
                done: action.done,
            })
            .collect(),
    }
}

fn score_facts(score: &Score) -> ScoreFacts {
    match score {
        Score::Total(total) => ScoreFacts::Total { total: *total },
        Score::Rating {
            mean,
            median,
            count,
            distribution,
            few,
        } => ScoreFacts::Rating {
            mean: *mean,
            median: *median,
            count: *count,
            distribution: distribution
                .iter()
                .map(|(value, count)| (value.to_string(), *count))
                .collect(),
            few_ratings: *few,
        },
        Score::Borda {
            points,
            first_choices,
        } => ScoreFacts::Borda {
            points: *points,
            first_choices: *first_choices,
        },
    }
}
