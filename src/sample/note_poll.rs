//! A vote on the room's own ideas: a poll whose choices are notes, each a sentence as tables
//! write them, for the booth's tests and benchmarks.

use chrono::NaiveDate;

use super::example_words::NOTES;
use super::seeded::Seeded;
use crate::model::{About, Note, NoteKind, Poll, PollMethod, PollStatus, Session};
use crate::store::default_framework;

/// Longer ideas than the example's, so a page mixes short and long sentences as a wall does.
const LONG_IDEAS: &[&str] = &[
    "Give every new nurse a named mentor for their whole first year, with time set aside on both rotas",
    "Publish what the board decided each quarter in plain words, on one page, for every clinic to read",
    "Let front-line staff propose small pilots and fund the best three each spring from a shared pot",
    "Hold two of next year's town halls in rural clinics so people there can ask their questions in person",
    "Bring patients and families onto the design team of every new service before the building is planned",
    "Measure how long referrals from frontier counties wait and report it next to our other quality numbers",
];

/// The example's notes of eight words or more, and the longer ideas between them, in turn.
fn sentences() -> impl Iterator<Item = &'static str> {
    let short = NOTES
        .iter()
        .map(|&(_, _, _, text)| text)
        .filter(|text| text.split_whitespace().count() >= 8);
    let mut long = LONG_IDEAS.iter().copied();
    short.enumerate().flat_map(move |(n, text)| {
        let extra = if n % 3 == 2 { long.next() } else { None };
        std::iter::once(text).chain(extra)
    })
}

/// A session on the built-in framework with `choices` ideas (at most the sentences there are,
/// 40 or so), each 8 to 20 words, and one open poll of `method` offering all of them.
pub fn note_poll_session(choices: usize, method: PollMethod) -> Session {
    let mut seeded = Seeded::at(17, 2026, 11, 26);
    let date = NaiveDate::from_ymd_opt(2026, 11, 26).unwrap_or_default();
    let mut session = Session::new("Voting on our ideas", date, default_framework());
    session.id = seeded.id();
    for (n, text) in sentences().take(choices).enumerate() {
        session.notes.push(Note {
            id: seeded.id(),
            about: About::General,
            group: format!("Table {}", 1 + n % 6),
            kind: NoteKind::Idea,
            text: text.into(),
            created: seeded.pause(60, 240),
        });
    }
    let mut poll = Poll::draft(
        seeded.id(),
        "Which of our ideas should we take on first?".into(),
        session.notes.iter().map(|note| note.id.clone()).collect(),
        method,
    );
    poll.status = PollStatus::Open;
    session.polls.push(poll);
    session
}
