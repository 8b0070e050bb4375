use std::collections::{BTreeMap, HashSet};

use chrono::NaiveDate;

use super::seeded::Seeded;
use crate::model::{
    About, Ballot, Marks, Note, NoteKind, Poll, PollMethod, PollStatus, Session, Theme,
};
use crate::store::default_framework;

const WORDS: &[&str] = &[
    "patients",
    "students",
    "clinic",
    "rural",
    "faculty",
    "research",
    "budget",
    "training",
    "community",
    "trust",
    "outreach",
    "equity",
    "nurses",
    "mentors",
    "funding",
    "telehealth",
    "quality",
    "families",
    "schedule",
    "policy",
];

/// A big session for benchmarks and stress tests: the built-in framework with its core values
/// repeated up to `values` of them, `notes` notes spread over every item, and `ballots` ballots
/// spread over one revealed dots, rating and ranking poll on all the values.
pub fn large_session(values: usize, notes: usize, ballots: usize) -> Session {
    let mut seeded = Seeded::at(7, 2026, 11, 26);
    let date = NaiveDate::from_ymd_opt(2026, 11, 26).unwrap_or_default();
    let mut framework = default_framework();
    let originals = framework.values.items.clone();
    for n in originals.len()..values {
        let mut extra = originals[n % originals.len()].clone();
        extra.id = format!("value-{}", n + 1);
        extra.heading = format!("{} {}", extra.heading, n / originals.len() + 1);
        framework.values.items.push(extra);
    }
    framework.values.items.truncate(values.max(1));
    let mut session = Session::new("Large generated retreat", date, framework);
    session.id = seeded.id();
    let items: Vec<String> = session
        .framework
        .items()
        .map(|(_, item)| item.id.clone())
        .collect();
    for n in 0..notes {
        let length = 6 + seeded.below(14);
        let words: Vec<&str> = (0..length)
            .map(|_| WORDS[seeded.below(WORDS.len())])
            .collect();
        let about = match seeded.below(20) {
            0 => About::ParkingLot,
            1 => About::General,
            _ => About::Item(items[seeded.below(items.len())].clone()),
        };
        session.notes.push(Note {
            id: seeded.id(),
            about,
            group: format!("Table {}", 1 + n % 10),
            kind: NoteKind::ALL[seeded.below(4)],
            text: words.join(" "),
            created: seeded.tick(1),
        });
    }

    let values = session.framework.value_ids();
    let methods = [
        PollMethod::default_dots(),
        PollMethod::default_rating(),
        PollMethod::Ranking,
    ];
    for (index, method) in methods.into_iter().enumerate() {
        let mut poll = Poll::draft(
            seeded.id(),
            format!("Generated poll {}", index + 1),
            values.clone(),
            method,
        );
        let count = ballots / 3 + usize::from(index < ballots % 3);
        for _ in 0..count {
            let marks = match poll.method {
                PollMethod::Dots { .. } => {
                    let mut dots = BTreeMap::new();
                    for _ in 0..3 {
                        let entry = dots
                            .entry(values[seeded.below(values.len())].clone())
                            .or_insert(0);
                        if *entry < 2 {
                            *entry += 1;
                        }
                    }
                    Marks::Dots(dots)
                }
                PollMethod::Rating { .. } => Marks::Ratings(
                    values
                        .iter()
                        .map(|item| (item.clone(), 1 + seeded.below(5) as i32))
                        .collect(),
                ),
                _ => {
                    let mut order = values.clone();
                    for i in (1..order.len()).rev() {
                        order.swap(i, seeded.below(i + 1));
                    }
                    order.truncate(1 + seeded.below(values.len()));
                    Marks::Ranking(order)
                }
            };
            poll.ballots.push(Ballot {
                id: seeded.id(),
                cast: seeded.tick(1),
                marks,
                source: crate::model::BallotSource::Booth,
            });
        }
        poll.status = PollStatus::Revealed;
        session.polls.push(poll);
    }
    session
}

/// A session with one revealed ranking poll on `items` core values, and `ballots` ballots that
/// each rank every item in a shuffled order: the worst case for counting a ranking.
pub fn ranking_session(items: usize, ballots: usize) -> Session {
    let mut session = large_session(1, 0, 0);
    // Short ids keep the file small: 100 full rankings of 1,000 items are 100,000 ids.
    session.framework.values.items = (1..=items)
        .map(|n| {
            crate::model::Item::new(
                format!("v{n}"),
                format!("VALUE {n}"),
                format!("the value numbered {n}"),
            )
        })
        .collect();
    let mut seeded = Seeded::at(11, 2026, 11, 26);
    let values = session.framework.value_ids();
    let mut poll = Poll::draft(
        "ranking-poll".into(),
        format!("Rank all {items} values"),
        values.clone(),
        PollMethod::Ranking,
    );
    for _ in 0..ballots {
        let mut order = values.clone();
        for i in (1..order.len()).rev() {
            order.swap(i, seeded.below(i + 1));
        }
        poll.ballots.push(Ballot {
            id: seeded.id(),
            cast: seeded.tick(1),
            marks: Marks::Ranking(order),
            source: crate::model::BallotSource::Booth,
        });
    }
    poll.status = PollStatus::Revealed;
    session.polls = vec![poll];
    session
}

const THEME_WORDS: &[&str] = &[
    "Time", "Care", "Voices", "Access", "Support", "Growth", "Pathways", "Teams",
];

/// `session` with its first notes grouped into `themes` themes of `per_theme` notes each, as a
/// room sorts a big wall (see [`large_session`]): each theme gathers notes about the same item,
/// and the notes left over stay in no theme. Themes the session had count towards `themes`
/// and keep their notes.
pub fn with_themes(mut session: Session, themes: usize, per_theme: usize) -> Session {
    let mut seeded = Seeded::at(13, 2026, 11, 26);
    let grouped: HashSet<String> = session
        .themes
        .iter()
        .flat_map(|theme| theme.notes.iter().cloned())
        .collect();
    // A theme still being filled for each subject the notes are about.
    let mut filling: Vec<Theme> = Vec::new();
    for note in session
        .notes
        .iter()
        .filter(|note| !grouped.contains(&note.id))
    {
        if session.themes.len() >= themes {
            break;
        }
        let at = match filling.iter().position(|theme| theme.about == note.about) {
            Some(at) => at,
            None => {
                let n = session.themes.len() + filling.len();
                filling.push(Theme {
                    id: seeded.id(),
                    title: format!(
                        "{} for {} {}",
                        THEME_WORDS[n % THEME_WORDS.len()],
                        WORDS[seeded.below(WORDS.len())],
                        n + 1
                    ),
                    about: note.about.clone(),
                    notes: Vec::with_capacity(per_theme),
                    created: seeded.tick(1),
                });
                filling.len() - 1
            }
        };
        filling[at].notes.push(note.id.clone());
        if filling[at].notes.len() >= per_theme {
            session.themes.push(filling.swap_remove(at));
        }
    }
    session
}
