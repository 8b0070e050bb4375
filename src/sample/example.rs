//! The example retreats shipped in `sessions/`: this year's and the year before, made the same
//! way from what was said there (`example_words`) and a seeded random source, so the files stay
//! byte for byte what the program generates.

use std::collections::BTreeMap;

use chrono::NaiveDate;

use super::example_words::{ACTIONS, NOTES};
use super::seeded::Seeded;
use crate::model::{
    About, Action, Ballot, Marks, Note, NoteKind, Poll, PollMethod, PollStatus, Session,
};
use crate::store::default_framework;

fn about(id: &str) -> About {
    if id.is_empty() {
        About::ParkingLot
    } else {
        About::Item(id.to_owned())
    }
}

/// What makes one year's retreat differ from another's.
struct Edition {
    year: i32,
    day: u32,
    venue: &'static str,
    /// Every n-th of the notes was said that year.
    notes_every: usize,
    /// How strongly each value (in framework order) draws dots and first places.
    appeal: [u32; 6],
    /// Typical rating per value, out of 5.
    lived: [usize; 6],
    /// Ballots of the dot vote, the rating and the ranking.
    ballots: [usize; 3],
    /// Hands raised per value.
    hands: [u32; 6],
    /// How many of the action items were agreed that year.
    actions: usize,
}

/// A finished retreat on the built-in framework: notes from six tables, action items, and one
/// revealed poll of each method. The same every time it is made.
pub fn example_retreat() -> Session {
    retreat(&Edition {
        year: 2026,
        day: 19,
        venue: "Abiquiú",
        notes_every: 1,
        // Compassion and diversity draw the most support, integrity the least.
        appeal: [5, 9, 8, 3, 6, 4],
        lived: [4, 4, 3, 3, 3, 2],
        ballots: [23, 19, 17],
        hands: [14, 21, 12, 9, 15, 11],
        actions: ACTIONS.len(),
    })
}

/// The year before the example: a smaller room, fewer notes, and other priorities (excellence
/// and integrity led), so that comparing the two shows movement.
pub fn last_year_retreat() -> Session {
    retreat(&Edition {
        year: 2025,
        day: 13,
        venue: "Ghost Ranch",
        notes_every: 2,
        appeal: [8, 5, 4, 7, 5, 3],
        lived: [3, 4, 2, 4, 3, 2],
        ballots: [18, 16, 14],
        hands: [11, 15, 7, 12, 10, 6],
        actions: 3,
    })
}

/// Every draw from `seeded` happens in a fixed order (details, notes, the four polls, action
/// items): the shipped files hold exactly that sequence.
fn retreat(edition: &Edition) -> Session {
    let year = edition.year;
    let mut seeded = Seeded::at(year as u64, year, 11, edition.day);
    let date = NaiveDate::from_ymd_opt(year, 11, edition.day).unwrap_or_default();
    let framework = default_framework();
    let mut session = Session::new(format!("Leadership retreat {year}"), date, framework);
    session.id = seeded.id();
    session.venue = edition.venue.into();
    session.facilitators = vec!["A. Facilitator".into(), "R. Chavez".into()];
    session.notes = notes(&mut seeded, edition);

    let values = session.framework.value_ids();
    let dots = dot_poll(&mut seeded, edition, &values);
    let rating = rating_poll(&mut seeded, edition, &values);
    let ranking = ranking_poll(&mut seeded, edition, &values);
    let tally = tally_poll(&mut seeded, edition, &values);
    session.polls = vec![dots, rating, ranking, tally];

    session.actions = actions(&mut seeded, edition);
    session
}

fn notes(seeded: &mut Seeded, edition: &Edition) -> Vec<Note> {
    NOTES
        .iter()
        .step_by(edition.notes_every)
        .map(|&(item, group, kind, text)| {
            let created = seeded.pause(180, 400);
            let about = if item.is_empty() && kind == NoteKind::Idea {
                About::General
            } else {
                about(item)
            };
            Note {
                id: seeded.id(),
                about,
                group: group.into(),
                kind,
                text: text.into(),
                created,
            }
        })
        .collect()
}

/// Three dots each, at most two on one value, drawn by the values' appeal.
fn dot_poll(seeded: &mut Seeded, edition: &Edition, values: &[String]) -> Poll {
    seeded.tick(600);
    let mut dots = Poll::draft(
        seeded.id(),
        "Which values need the most attention next year?".into(),
        values.to_vec(),
        PollMethod::default_dots(),
    );
    for _ in 0..edition.ballots[0] {
        let mut marks: BTreeMap<String, u32> = BTreeMap::new();
        let mut left = 3;
        while left > 0 {
            let item = &values[seeded.weighted(&edition.appeal)];
            let on_item = marks.entry(item.clone()).or_default();
            if *on_item < 2 {
                *on_item += 1;
                left -= 1;
            }
        }
        dots.ballots.push(Ballot {
            id: seeded.id(),
            cast: seeded.pause(20, 40),
            marks: Marks::Dots(marks),
            source: crate::model::BallotSource::Booth,
        });
    }
    dots.status = PollStatus::Revealed;
    dots
}

fn rating_poll(seeded: &mut Seeded, edition: &Edition, values: &[String]) -> Poll {
    seeded.tick(900);
    let mut rating = Poll::draft(
        seeded.id(),
        "How well do we live each value today?".into(),
        values.to_vec(),
        PollMethod::default_rating(),
    );
    for _ in 0..edition.ballots[1] {
        let mut marks = BTreeMap::new();
        for (item, &typical) in values.iter().zip(&edition.lived) {
            // Most people rate near the typical score; a few skip an item they cannot judge.
            if seeded.below(12) == 0 {
                continue;
            }
            let score = (typical + seeded.weighted(&[1, 3, 1])).clamp(2, 6) - 1;
            marks.insert(item.clone(), score as i32);
        }
        rating.ballots.push(Ballot {
            id: seeded.id(),
            cast: seeded.pause(25, 50),
            marks: Marks::Ratings(marks),
            source: crate::model::BallotSource::Booth,
        });
    }
    rating.status = PollStatus::Revealed;
    rating
}

/// Each ballot draws values by appeal without putting one back, so favourites lead.
fn ranking_poll(seeded: &mut Seeded, edition: &Edition, values: &[String]) -> Poll {
    seeded.tick(1200);
    let mut ranking = Poll::draft(
        seeded.id(),
        "Rank the values for next year's budget".into(),
        values.to_vec(),
        PollMethod::Ranking,
    );
    for _ in 0..edition.ballots[2] {
        let mut weights = edition.appeal;
        let mut order = Vec::new();
        // Most rank three values; some rank them all.
        let length = if seeded.below(4) == 0 {
            values.len()
        } else {
            3
        };
        while order.len() < length {
            let pick = seeded.weighted(&weights);
            weights[pick] = 0;
            order.push(values[pick].clone());
        }
        ranking.ballots.push(Ballot {
            id: seeded.id(),
            cast: seeded.pause(30, 60),
            marks: Marks::Ranking(order),
            source: crate::model::BallotSource::Booth,
        });
    }
    ranking.status = PollStatus::Revealed;
    ranking
}

fn tally_poll(seeded: &mut Seeded, edition: &Edition, values: &[String]) -> Poll {
    seeded.tick(900);
    let mut tally = Poll::draft(
        seeded.id(),
        "Hands up: which value did you see lived this month?".into(),
        values.to_vec(),
        PollMethod::Tally,
    );
    for (item, count) in values.iter().zip(edition.hands) {
        tally.tally.insert(item.clone(), count);
    }
    tally.status = PollStatus::Revealed;
    tally
}

fn actions(seeded: &mut Seeded, edition: &Edition) -> Vec<Action> {
    let year = edition.year;
    ACTIONS
        .iter()
        .take(edition.actions)
        .map(|&(item, text, owner, due)| {
            let created = seeded.tick(240);
            // The dates are written for 2026; another year's items fall due that many years apart.
            let due = due.and_then(|(y, m, d)| NaiveDate::from_ymd_opt(y + year - 2026, m, d));
            let about = if item.is_empty() {
                About::General
            } else {
                about(item)
            };
            Action {
                id: seeded.id(),
                about,
                text: text.into(),
                owner: owner.into(),
                due,
                // A year on, last year's items have been seen through.
                done: year < 2026,
                created,
            }
        })
        .collect()
}
