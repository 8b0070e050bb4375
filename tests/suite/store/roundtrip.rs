//! Any session survives being written and read back, and writing it again gives the same text.

use std::collections::BTreeMap;

use chrono::{DateTime, NaiveDate, Utc};
use plaza::model::{
    About, Action, Ballot, Framework, FrameworkText, Item, Marks, Note, NoteKind, Poll, PollMethod,
    PollStatus, Section, SectionText, Session, Translation,
};
use plaza::store::{decode, encode};
use proptest::collection::{btree_map, vec};
use proptest::prelude::*;

/// Any text at all: quotes, backslashes, newlines, control characters, emoji, `*/`.
fn text() -> impl Strategy<Value = String> {
    prop_oneof![
        any::<String>(),
        "[ -~]{0,20}",
        Just("\"\\\n\t\r*/ )],".to_owned()),
        Just("Table 3 — ¿qué? ’".to_owned()),
        Just("O'Keeffe \\' \\\\' \\".to_owned()),
    ]
}

fn date() -> impl Strategy<Value = NaiveDate> {
    (-1000i32..=9999, 1u32..=366).prop_map(|(year, day)| {
        NaiveDate::from_yo_opt(year, day)
            .or_else(|| NaiveDate::from_yo_opt(year, 365))
            .unwrap_or_default()
    })
}

fn time() -> impl Strategy<Value = DateTime<Utc>> {
    (
        0i64..4_102_444_800,
        prop_oneof![Just(0u32), 0u32..1_000_000_000],
    )
        .prop_map(|(secs, nanos)| DateTime::from_timestamp(secs, nanos).unwrap_or_default())
}

/// Words in other languages, or (as often as not) none.
fn translations<T: std::fmt::Debug>(
    words: impl Strategy<Value = T>,
) -> impl Strategy<Value = BTreeMap<String, T>> {
    btree_map(prop_oneof![Just("es".to_owned()), text()], words, 0..2)
}

fn item() -> impl Strategy<Value = Item> {
    (
        text(),
        text(),
        text(),
        prop::bool::weighted(0.2),
        translations((text(), text()).prop_map(|(heading, text)| Translation { heading, text })),
    )
        .prop_map(|(id, heading, text, retired, translations)| Item {
            id,
            heading,
            text,
            retired,
            translations,
        })
}

fn section() -> impl Strategy<Value = Section> {
    (
        prop::option::weighted(0.2, text()),
        text(),
        vec(item(), 0..4),
        translations(
            (prop::option::weighted(0.5, text()), text())
                .prop_map(|(label, intro)| SectionText { label, intro }),
        ),
    )
        .prop_map(|(label, intro, items, translations)| Section {
            label,
            intro,
            items,
            translations,
        })
}

fn about() -> impl Strategy<Value = About> {
    prop_oneof![
        text().prop_map(About::Item),
        Just(About::General),
        Just(About::ParkingLot)
    ]
}

fn note() -> impl Strategy<Value = Note> {
    (
        text(),
        about(),
        text(),
        prop::sample::select(NoteKind::ALL.to_vec()),
        text(),
        time(),
    )
        .prop_map(|(id, about, group, kind, text, created)| Note {
            id,
            about,
            group,
            kind,
            text,
            created,
        })
}

fn action() -> impl Strategy<Value = Action> {
    (
        text(),
        about(),
        text(),
        text(),
        prop::option::of(date()),
        any::<bool>(),
        time(),
    )
        .prop_map(|(id, about, text, owner, due, done, created)| Action {
            id,
            about,
            text,
            owner,
            due,
            done,
            created,
        })
}

fn method() -> impl Strategy<Value = PollMethod> {
    prop_oneof![
        (any::<u32>(), any::<u32>()).prop_map(|(per_person, per_item)| PollMethod::Dots {
            per_person,
            per_item
        }),
        (any::<i32>(), any::<i32>(), text(), text()).prop_map(|(min, max, low, high)| {
            PollMethod::Rating {
                min,
                max,
                low,
                high,
            }
        }),
        Just(PollMethod::Ranking),
        Just(PollMethod::Tally),
    ]
}

fn marks() -> impl Strategy<Value = Marks> {
    prop_oneof![
        btree_map(text(), any::<u32>(), 0..4).prop_map(Marks::Dots),
        btree_map(text(), any::<i32>(), 0..4).prop_map(Marks::Ratings),
        vec(text(), 0..4).prop_map(Marks::Ranking),
    ]
}

fn poll() -> impl Strategy<Value = Poll> {
    let status = prop::sample::select(vec![
        PollStatus::Draft,
        PollStatus::Open,
        PollStatus::Closed,
        PollStatus::Revealed,
    ]);
    let ballot = (text(), time(), marks()).prop_map(|(id, cast, marks)| Ballot {
        id,
        cast,
        marks,
        source: plaza::model::BallotSource::Booth,
    });
    (
        text(),
        text(),
        vec(text(), 0..4),
        method(),
        status,
        vec(ballot, 0..4),
        btree_map(text(), any::<u32>(), 0..3),
    )
        .prop_map(
            |(id, question, items, method, status, ballots, tally)| Poll {
                id,
                question,
                items,
                method,
                status,
                ballots,
                tally,
            },
        )
}

fn session() -> impl Strategy<Value = Session> {
    let framework = (
        text(),
        section(),
        section(),
        section(),
        translations(text().prop_map(|title| FrameworkText { title })),
    )
        .prop_map(|(title, mission, vision, values, translations)| Framework {
            title,
            mission,
            vision,
            values,
            translations,
        });
    let header = (text(), text(), date(), text(), vec(text(), 0..3));
    (
        header,
        framework,
        vec(note(), 0..5),
        vec(action(), 0..3),
        vec(poll(), 0..3),
    )
        .prop_map(
            |((id, title, date, venue, facilitators), framework, notes, actions, polls)| {
                let mut session = Session {
                    format_version: 1,
                    id,
                    title,
                    date,
                    venue,
                    facilitators,
                    framework,
                    notes,
                    actions,
                    polls,
                    themes: Vec::new(),
                };
                // As written: the oldest version that holds what it uses.
                session.format_version = session.needed_format_version();
                session
            },
        )
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 300, ..ProptestConfig::default() })]

    #[test]
    fn any_session_round_trips_and_its_text_is_stable(session in session()) {
        let text = encode(&session).expect("encodes");
        let back = decode(&text).expect("decodes what it encoded");
        prop_assert_eq!(&back, &session);
        prop_assert_eq!(encode(&back).expect("encodes again"), text);
    }
}

#[test]
fn the_documented_example_shape_reads() {
    // The poll of DESIGN.md's example, as another tool might write it by hand.
    let text = r#"Session(
        format_version: 1, id: "s", title: "T", date: "2026-11-26", venue: "Abiquiú", facilitators: ["A. Facilitator"],
        framework: Framework(title: "F",
            mission: Section(intro: "", items: []), vision: Section(intro: "", items: []),
            values: Section(intro: "", items: [Item(id: "compassion", heading: "COMPASSION", text: "in patient care")])),
        notes: [Note(id: "n", about: Item("compassion"), group: "Table 3", kind: Strength, text: "Night shift", created: "2026-11-26T10:02:11Z"),
                Note(id: "m", about: ParkingLot, group: "", kind: Question, text: "Budget timeline?", created: "2026-11-26T10:03:00Z")],
        actions: [Action(id: "a", about: Item("compassion"), text: "Do it", owner: "HR lead", due: Some("2027-02-01"), done: false, created: "2026-11-26T10:04:00Z")],
        polls: [Poll(id: "p", question: "Q", items: ["compassion"], method: Dots(per_person: 3, per_item: 2), status: Revealed,
                     ballots: [Ballot(id: "b", cast: "2026-11-26T10:41:07Z", marks: Dots({"compassion": 2}))], tally: {})],
    )"#;
    let session = decode(text).expect("the documented shape reads");
    assert_eq!(session.notes[1].about, About::ParkingLot);
    assert_eq!(session.actions[0].due, NaiveDate::from_ymd_opt(2027, 2, 1));
    assert_eq!(
        session.polls[0].ballots[0].marks,
        Marks::Dots(BTreeMap::from([("compassion".to_owned(), 2)]))
    );
    assert_eq!(plaza::model::validate(&session), vec![]);
}

#[test]
fn apostrophes_are_written_plainly() {
    let text = encode(&plaza::sample::example_retreat()).expect("encodes");
    assert!(
        text.contains("all New Mexico's people"),
        "no backslash before the apostrophe"
    );
    assert!(!text.contains("\\'"));
}
