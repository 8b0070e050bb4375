use std::collections::BTreeMap;

use chrono::NaiveDate;

use super::seeded::Seeded;
use crate::model::{
    About, Action, Ballot, Marks, Note, NoteKind, Poll, PollMethod, PollStatus, Session,
};
use crate::store::default_framework;

use NoteKind::{Concern, Idea, Question, Strength};

/// What the tables said, per item: (item id, or "" for the parking lot; table; kind; text).
const NOTES: &[(&str, &str, NoteKind, &str)] = &[
    (
        "excellence-accountability",
        "Table 1",
        Strength,
        "Quality dashboards are now reviewed monthly by every clinical department",
    ),
    (
        "excellence-accountability",
        "Table 4",
        Concern,
        "Accountability stops at the department level; nobody owns cross-department delays",
    ),
    (
        "excellence-accountability",
        "Table 2",
        Idea,
        "Publish a one-page scorecard each quarter that anyone on campus can read",
    ),
    (
        "excellence-accountability",
        "Table 5",
        Question,
        "Who decides which measures count as excellence for the research mission?",
    ),
    (
        "compassion",
        "Table 3",
        Strength,
        "Night-shift nurses stay past their shift for families",
    ),
    (
        "compassion",
        "Table 1",
        Strength,
        "Interpreters are available around the clock in the emergency department",
    ),
    (
        "compassion",
        "Table 6",
        Concern,
        "Residents say burnout leaves little room for compassion with patients",
    ),
    (
        "compassion",
        "Table 2",
        Idea,
        "Protect fifteen minutes a week for care teams to debrief hard cases",
    ),
    (
        "compassion",
        "Table 5",
        Concern,
        "Rural patients wait months for specialist appointments",
    ),
    (
        "diversity",
        "Table 2",
        Strength,
        "This year's medical school class is the most diverse in our history",
    ),
    (
        "diversity",
        "Table 4",
        Concern,
        "Faculty diversity lags far behind the student body",
    ),
    (
        "diversity",
        "Table 6",
        Idea,
        "Pair first-generation students with faculty mentors from their first week",
    ),
    (
        "diversity",
        "Table 1",
        Question,
        "Do our hiring panels reflect the communities we serve?",
    ),
    (
        "diversity",
        "Table 3",
        Idea,
        "Recruit from tribal colleges with a summer research program",
    ),
    (
        "integrity",
        "Table 5",
        Strength,
        "The ethics consult service answers within a day",
    ),
    (
        "integrity",
        "Table 3",
        Concern,
        "Staff are unsure how to report concerns without fear of retaliation",
    ),
    (
        "integrity",
        "Table 1",
        Idea,
        "Add civility and respectful communication to every annual review",
    ),
    (
        "integrity",
        "Table 6",
        Question,
        "How do we keep trust when budgets force hard choices?",
    ),
    (
        "social-responsibility",
        "Table 4",
        Strength,
        "Mobile clinics reached twelve frontier counties this year",
    ),
    (
        "social-responsibility",
        "Table 2",
        Concern,
        "Health literacy materials are mostly in English only",
    ),
    (
        "social-responsibility",
        "Table 6",
        Idea,
        "Partner with county extension offices on prevention programs",
    ),
    (
        "social-responsibility",
        "Table 5",
        Idea,
        "Track where our graduates practise, and report it every year",
    ),
    (
        "creativity-innovation",
        "Table 1",
        Strength,
        "Telehealth visits grew fourfold and patients rate them highly",
    ),
    (
        "creativity-innovation",
        "Table 3",
        Concern,
        "Good pilots die when their grant ends",
    ),
    (
        "creativity-innovation",
        "Table 4",
        Idea,
        "A small seed fund for ideas that come from front-line staff",
    ),
    (
        "creativity-innovation",
        "Table 6",
        Question,
        "How do we bring traditional healing knowledge into care respectfully?",
    ),
    (
        "vision-1",
        "Table 2",
        Strength,
        "Students now join the legislative session as health policy interns",
    ),
    (
        "vision-1",
        "Table 5",
        Idea,
        "Give every student a public health placement before graduation",
    ),
    (
        "vision-2",
        "Table 3",
        Concern,
        "Leadership training is offered only to managers",
    ),
    (
        "vision-2",
        "Table 1",
        Idea,
        "Open the leadership academy to nurses, technicians and staff",
    ),
    (
        "vision-3",
        "Table 4",
        Strength,
        "The community advisory board shapes which studies we take on",
    ),
    (
        "vision-4",
        "Table 6",
        Idea,
        "Invite community members to research planning from the start",
    ),
    (
        "vision-4",
        "Table 2",
        Question,
        "How quickly do our research results reach clinics outside Albuquerque?",
    ),
    (
        "vision-5",
        "Table 5",
        Concern,
        "Health outcomes still differ sharply between counties",
    ),
    (
        "vision-5",
        "Table 3",
        Idea,
        "Set one shared equity goal for all schools and the hospital",
    ),
    (
        "vision-6",
        "Table 1",
        Strength,
        "People speak of diversity as our strength, and mean it",
    ),
    (
        "vision-6",
        "Table 4",
        Question,
        "Do we measure whether diverse teams feel included?",
    ),
    (
        "",
        "Table 2",
        Question,
        "What is the budget timeline for next year?",
    ),
    (
        "",
        "Table 6",
        Question,
        "Will the new clinic building open on schedule?",
    ),
    (
        "",
        "Table 3",
        Idea,
        "Hold next year's retreat in Las Cruces",
    ),
];

/// Action items: (item id, or "" for general; text; owner; due).
/// A due date as (year, month, day).
type Due = Option<(i32, u32, u32)>;

const ACTIONS: &[(&str, &str, &str, Due)] = &[
    (
        "diversity",
        "Publish the hiring dashboard",
        "HR lead",
        Some((2027, 2, 1)),
    ),
    (
        "compassion",
        "Pilot a weekly care-team debrief on two wards",
        "Chief nursing officer",
        Some((2027, 3, 15)),
    ),
    (
        "excellence-accountability",
        "Draft the quarterly one-page scorecard",
        "Quality office",
        Some((2027, 1, 31)),
    ),
    (
        "social-responsibility",
        "Translate the top ten patient handouts into Spanish and Navajo",
        "Patient education",
        Some((2027, 4, 30)),
    ),
    (
        "creativity-innovation",
        "Propose terms for a front-line seed fund",
        "Research office",
        None,
    ),
    (
        "",
        "Share the retreat report with all departments",
        "Facilitator",
        Some((2026, 12, 10)),
    ),
];

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

fn retreat(edition: &Edition) -> Session {
    let year = edition.year;
    let mut seeded = Seeded::at(year as u64, year, 11, edition.day);
    let date = NaiveDate::from_ymd_opt(year, 11, edition.day).unwrap_or_default();
    let framework = default_framework();
    let mut session = Session::new(format!("Leadership retreat {year}"), date, framework);
    session.id = seeded.id();
    session.venue = edition.venue.into();
    session.facilitators = vec!["A. Facilitator".into(), "R. Chavez".into()];

    for &(item, group, kind, text) in NOTES.iter().step_by(edition.notes_every) {
        let created = seeded.pause(180, 400);
        let about = if item.is_empty() && kind == Idea {
            About::General
        } else {
            about(item)
        };
        session.notes.push(Note {
            id: seeded.id(),
            about,
            group: group.into(),
            kind,
            text: text.into(),
            created,
        });
    }

    let values = session.framework.value_ids();
    let appeal = edition.appeal;

    seeded.tick(600);
    let mut dots = Poll::draft(
        seeded.id(),
        "Which values need the most attention next year?".into(),
        values.clone(),
        PollMethod::default_dots(),
    );
    for _ in 0..edition.ballots[0] {
        let mut marks: BTreeMap<String, u32> = BTreeMap::new();
        let mut left = 3;
        while left > 0 {
            let item = &values[seeded.weighted(&appeal)];
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
        });
    }
    dots.status = PollStatus::Revealed;

    seeded.tick(900);
    let mut rating = Poll::draft(
        seeded.id(),
        "How well do we live each value today?".into(),
        values.clone(),
        PollMethod::default_rating(),
    );
    let lived = edition.lived;
    for _ in 0..edition.ballots[1] {
        let mut marks = BTreeMap::new();
        for (item, &typical) in values.iter().zip(&lived) {
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
        });
    }
    rating.status = PollStatus::Revealed;

    seeded.tick(1200);
    let mut ranking = Poll::draft(
        seeded.id(),
        "Rank the values for next year's budget".into(),
        values.clone(),
        PollMethod::Ranking,
    );
    for _ in 0..edition.ballots[2] {
        let mut weights = appeal;
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
        });
    }
    ranking.status = PollStatus::Revealed;

    seeded.tick(900);
    let mut tally = Poll::draft(
        seeded.id(),
        "Hands up: which value did you see lived this month?".into(),
        values.clone(),
        PollMethod::Tally,
    );
    for (item, count) in values.iter().zip(edition.hands) {
        tally.tally.insert(item.clone(), count);
    }
    tally.status = PollStatus::Revealed;
    session.polls = vec![dots, rating, ranking, tally];

    for &(item, text, owner, due) in ACTIONS.iter().take(edition.actions) {
        let created = seeded.tick(240);
        // The dates are written for 2026; another year's items fall due that many years apart.
        let due = due.and_then(|(y, m, d)| NaiveDate::from_ymd_opt(y + year - 2026, m, d));
        let about = if item.is_empty() {
            About::General
        } else {
            about(item)
        };
        session.actions.push(Action {
            id: seeded.id(),
            about,
            text: text.into(),
            owner: owner.into(),
            due,
            // A year on, last year's items have been seen through.
            done: year < 2026,
            created,
        });
    }
    session
}
