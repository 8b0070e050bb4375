//! Results with more rows than fit at the smallest text size: split into pages at that size,
//! every row on exactly one page, ranks going on, the bars on one scale, a line saying which
//! page is up; the clicker turns the pages before it leaves the slide, and the console's
//! preview shows the page the projector shows. A hand count of more choices than the room can
//! tell apart on one slide turns pages the same way.

use egui::{Key, Vec2, vec2};
use egui_kittest::Harness;
use egui_kittest::kittest::Queryable;
use plaza::gui::PlazaApp;
use plaza::gui::room::deck::Slide;
use plaza::gui::room::text::MIN_TEXT_SHARE;
use plaza::model::{
    About, Ballot, Note, NoteKind, Poll, PollMethod, PollStatus, Session, plural, poll_results,
};
use plaza::sample::large_session;

use super::booth::projector_texts;
use super::results_chart::{check_numbers, check_sizes, harness, labels, row_of, texts_of};
use crate::support::{at_console, click_button, dots, fresh_session, temp_dir, write_session};

/// The sizes of the rooms' projectors.
const ROOM_SIZES: [Vec2; 2] = [vec2(1024.0, 768.0), vec2(1280.0, 720.0)];

/// Ideas a room might vote on, each a sentence.
const IDEAS: [&str; 20] = [
    "Protect an hour a week for team huddles on every ward",
    "Pair each new nurse with a mentor for the first six months",
    "Ask patients what compassion looks like to them, every quarter",
    "Publish the quality dashboard where every department can see it",
    "Give every team a small budget for improvements they choose",
    "Hold the monthly town hall at two times so night staff can come",
    "Train every manager in giving feedback that people can act on",
    "Start a quiet room for staff on each floor of the main building",
    "Share one patient story at the start of every board meeting",
    "Make it easy to report a near miss without naming anyone",
    "Rotate junior doctors through the community clinics each year",
    "Translate the discharge leaflets into the five most spoken languages",
    "Let teams swap shifts through one shared calendar online",
    "Invite a patient representative to every improvement project",
    "Measure waiting times in the emergency department every hour",
    "Review the parking fees that patients and visitors complain about",
    "Thank a colleague in writing once a month, and mean it",
    "Open the research seminars to nurses, porters and cleaners",
    "Plan the new wing with the people who will work in it",
    "Write down what we stopped doing, so the work really stops",
];

/// A session whose notes are the ideas, and a revealed dot vote on all of them.
fn ideas_session() -> Session {
    let mut session = fresh_session();
    let created = chrono::DateTime::from_timestamp(1_795_000_000, 0).unwrap_or_default();
    for (n, text) in IDEAS.iter().enumerate() {
        session.notes.push(Note {
            id: format!("idea-{n:02}"),
            about: About::General,
            group: format!("Table {}", n % 5 + 1),
            kind: NoteKind::Idea,
            text: (*text).to_owned(),
            created,
        });
    }
    let ids: Vec<String> = session.notes.iter().map(|note| note.id.clone()).collect();
    let mut poll = Poll::draft(
        "ideas".into(),
        "Which ideas should we act on first?".into(),
        ids.clone(),
        PollMethod::Dots {
            per_person: 3,
            per_item: 2,
        },
    );
    poll.status = PollStatus::Revealed;
    // Twenty-four voters; the earlier ideas are liked more, so the totals fall down the list.
    for voter in 0..24 {
        let first = &ids[voter % 7];
        let second = &ids[(voter * 3) % ids.len()];
        let marks = if first == second {
            dots(&[(first.as_str(), 2), (ids[19 - voter % 4].as_str(), 1)])
        } else {
            dots(&[(first.as_str(), 2), (second.as_str(), 1)])
        };
        poll.ballots.push(Ballot {
            id: format!("ballot-{voter}"),
            cast: created,
            marks,
            source: plaza::model::BallotSource::Booth,
        });
    }
    session.polls.push(poll);
    session
}

/// Reads every page of poll `poll` at `size`, checking each: every text at the smallest size
/// and inside the window, ranks and numbers exact, the line of pages under the rows. Returns
/// the names on each page.
fn read_every_page(session: Session, poll: usize, size: Vec2, what: &str) -> Vec<Vec<String>> {
    let results = poll_results(&session.polls[poll]);
    let total = results.rows.len();
    let names: Vec<String> = results
        .rows
        .iter()
        .map(|row| session.item_label(&row.item).to_owned())
        .collect();
    let mut harness = harness(session, poll, size);
    let pages = harness.state().layout.pages;
    assert!(pages >= 2, "{what} at {size:?}: {total} rows take pages");
    let min = (MIN_TEXT_SHARE * size.y).ceil();
    let mut read = Vec::new();
    let mut next_row = 0;
    for page in 0..pages {
        let what = format!("{what} at {size:?}, page {} of {pages}", page + 1);
        harness.state_mut().page = page;
        harness.run();
        check_sizes(&harness, size, &what);
        check_numbers(&harness, &what);
        let layout = harness.state().layout.clone();
        assert_eq!((layout.page, layout.pages), (page, pages), "{what}");
        assert_eq!(layout.rows.start, next_row, "{what}: the rows go on");
        next_row = layout.rows.end;
        assert_eq!(layout.rows_hidden, total - layout.rows_shown, "{what}");
        assert!(
            layout.texts.iter().all(|text| text.size == min),
            "{what}: every page at the smallest size"
        );
        let footer = layout.texts.last().expect("texts");
        assert_eq!(
            footer.text,
            format!(
                "{}  ·  page {} of {pages}",
                plural(total, "choice"),
                page + 1
            ),
            "{what}"
        );
        harness.get_by_label(&footer.text);
        let seen = labels(&harness);
        read.push(
            names
                .iter()
                .filter(|name| seen.iter().any(|label| label.text == **name))
                .cloned()
                .collect(),
        );
    }
    assert_eq!(
        next_row, total,
        "{what} at {size:?}: the last page ends the list"
    );
    // A page past the last (the poll changed under it) shows the last.
    harness.state_mut().page = pages + 3;
    harness.run();
    assert_eq!(harness.state().layout.page, pages - 1);
    read
}

/// Every name on exactly one page, in the order of the results.
fn assert_each_once(read: &[Vec<String>], names: &[String], what: &str) {
    let all: Vec<String> = read.iter().flatten().cloned().collect();
    assert_eq!(all, names, "{what}: every row once, best first");
}

#[test]
fn sixteen_items_page_at_the_smallest_size_and_every_row_shows_once() {
    let session = large_session(16, 0, 90);
    for size in ROOM_SIZES {
        for (index, poll) in session.polls.iter().enumerate() {
            let what = format!("{} with 16 items", poll.method.name());
            let names: Vec<String> = poll_results(poll)
                .rows
                .iter()
                .map(|row| session.item_label(&row.item).to_owned())
                .collect();
            let read = read_every_page(session.clone(), index, size, &what);
            assert_each_once(&read, &names, &what);
        }
    }
}

#[test]
fn twenty_ideas_page_and_their_bars_share_one_scale() {
    let session = ideas_session();
    let names: Vec<String> = poll_results(&session.polls[0])
        .rows
        .iter()
        .map(|row| session.item_label(&row.item).to_owned())
        .collect();
    assert_eq!(names.len(), 20);
    for size in ROOM_SIZES {
        let what = format!("twenty ideas at {size:?}");
        let read = read_every_page(session.clone(), 0, size, &what);
        assert_each_once(&read, &names, &what);
        // The bars of every page are drawn to the same scale: length over total is one number,
        // and they start at one edge.
        let mut harness = harness(session.clone(), 0, size);
        let mut scales = Vec::new();
        let mut lefts = Vec::new();
        for (page, names) in read.iter().enumerate() {
            harness.state_mut().page = page;
            harness.run();
            let seen = labels(&harness);
            for name in names {
                let row = texts_of(&row_of(&seen, name));
                let total: f32 = row[2].parse().expect("a total");
                let name_rect = seen.iter().find(|s| s.text == *name).expect("name").rect;
                let bar = harness
                    .state()
                    .layout
                    .bars
                    .iter()
                    .find(|bar| name_rect.y_range().contains(bar.rect.center().y))
                    .map(|bar| bar.rect);
                if let Some(bar) = bar {
                    scales.push(bar.width() / total);
                    lefts.push(bar.left());
                }
            }
        }
        assert!(
            scales.len() > read[0].len(),
            "{what}: bars on several pages"
        );
        let (low, high) = scales
            .iter()
            .fold((f32::MAX, f32::MIN), |(l, h), &s| (l.min(s), h.max(s)));
        assert!(high - low < 0.01, "{what}: one scale, not {low}..{high}");
        assert!(
            lefts.iter().all(|&left| (left - lefts[0]).abs() < 0.01),
            "{what}"
        );
    }
}

/// How many times `text` is shown: on the projector, in the console's preview, in the
/// console's table.
fn times_shown(harness: &Harness<'_, PlazaApp>, text: &str) -> usize {
    harness.query_all_by_label(text).count()
}

fn press(harness: &mut Harness<'_, PlazaApp>, key: Key) {
    harness.key_press(key);
    harness.run();
}

#[test]
fn the_clicker_turns_the_results_pages_then_moves_on() {
    let session = ideas_session();
    let results = poll_results(&session.polls[0]);
    let names: Vec<String> = results
        .rows
        .iter()
        .map(|row| session.item_label(&row.item).to_owned())
        .collect();
    let dir = temp_dir();
    let path = write_session(dir.path(), "retreat.ron", &session);
    // At the console, though the session's day is past.
    let mut harness: Harness<'static, PlazaApp> = Harness::builder()
        .with_size(vec2(1800.0, 1100.0))
        .with_max_steps(64)
        .build_eframe(move |_cc| at_console(plaza::store::Document::open(&path, || {})));
    harness.run();
    harness
        .get_by_label_contains("Results: Which ideas should we act on first?")
        .click_accesskit();
    harness.run();
    press(&mut harness, Key::F5);
    assert!(harness.state().projector_open());
    assert!(matches!(harness.state().slide(), Slide::PollResults(_)));

    let footer = |harness: &Harness<'_, PlazaApp>| {
        projector_texts(harness)
            .into_iter()
            .find(|text| text.starts_with("20 choices  ·  page "))
            .expect("the projector says which page is up")
    };
    let first_footer = footer(&harness);
    let pages: usize = first_footer
        .rsplit(' ')
        .next()
        .and_then(|n| n.parse().ok())
        .expect("a page count");
    assert!(pages >= 2, "{first_footer}");
    assert_eq!(first_footer, format!("20 choices  ·  page 1 of {pages}"));
    harness.get_by_label(&format!("Page 1 of {pages}"));
    let on_projector = |harness: &Harness<'_, PlazaApp>, name: &str| {
        projector_texts(harness).iter().any(|text| text == name)
    };
    let top = &names[0];
    let later = names
        .iter()
        .find(|name| !on_projector(&harness, name))
        .expect("a row on a later page")
        .clone();
    assert!(on_projector(&harness, top));
    let (top_before, later_before) = (times_shown(&harness, top), times_shown(&harness, &later));

    // PageDown turns the results' page, on the projector and in the preview alike.
    press(&mut harness, Key::PageDown);
    assert!(matches!(harness.state().slide(), Slide::PollResults(_)));
    assert_eq!(
        footer(&harness),
        format!("20 choices  ·  page 2 of {pages}")
    );
    assert!(on_projector(&harness, &later), "{later:?} is on page 2");
    assert!(!on_projector(&harness, top), "page 1 is out of view");
    assert_eq!(times_shown(&harness, &later), later_before + 2);
    assert_eq!(times_shown(&harness, top), top_before - 2);
    harness.get_by_label(&format!("Page 2 of {pages}"));

    // At the last page, the clicker moves on to the next slide; back again, the last page.
    for _ in 2..pages {
        press(&mut harness, Key::PageDown);
    }
    assert_eq!(
        footer(&harness),
        format!("20 choices  ·  page {pages} of {pages}")
    );
    press(&mut harness, Key::PageDown);
    assert_eq!(harness.state().slide(), &Slide::NotesWall);
    press(&mut harness, Key::PageUp);
    assert!(matches!(harness.state().slide(), Slide::PollResults(_)));
    assert_eq!(
        footer(&harness),
        format!("20 choices  ·  page {pages} of {pages}")
    );

    // The console's buttons turn them too.
    click_button(&mut harness, "Previous page");
    assert_eq!(
        footer(&harness),
        format!("20 choices  ·  page {} of {pages}", pages - 1)
    );
    harness.get_by_label(&format!("Page {} of {pages}", pages - 1));
}

#[test]
fn the_clicker_turns_the_hand_counts_pages_then_moves_on() {
    let session = plaza::sample::note_poll_session(20, PollMethod::Tally);
    let question = session.polls[0].question.clone();
    let dir = temp_dir();
    let path = write_session(dir.path(), "retreat.ron", &session);
    let mut harness = crate::support::console_on(path);
    harness
        .get_by_label_contains(&format!("Vote: {question}"))
        .click_accesskit();
    harness.run();
    press(&mut harness, Key::F5);
    assert!(matches!(harness.state().slide(), Slide::PollBallot(_)));
    let footer = |harness: &Harness<'_, PlazaApp>| {
        projector_texts(harness)
            .into_iter()
            .find(|text| text.starts_with("20 choices  ·  page "))
            .expect("the projector says which page is up")
    };
    let first = footer(&harness);
    let pages: usize = first
        .rsplit(' ')
        .next()
        .and_then(|n| n.parse().ok())
        .expect("a page count");
    assert!(pages >= 2, "{first}");
    harness.get_by_label(&format!("Page 1 of {pages}"));
    let numbered = |harness: &Harness<'_, PlazaApp>, n: usize| {
        projector_texts(harness)
            .iter()
            .any(|text| text.starts_with(&format!("{n}.  ")))
    };
    assert!(numbered(&harness, 1) && !numbered(&harness, 20));

    press(&mut harness, Key::PageDown);
    assert!(matches!(harness.state().slide(), Slide::PollBallot(_)));
    assert_eq!(
        footer(&harness),
        format!("20 choices  ·  page 2 of {pages}")
    );
    assert!(!numbered(&harness, 1), "page 1 is out of view");
    harness.get_by_label(&format!("Page 2 of {pages}"));
    for _ in 2..pages {
        press(&mut harness, Key::PageDown);
    }
    assert!(
        numbered(&harness, 20),
        "the last choice is on the last page"
    );
    press(&mut harness, Key::PageDown);
    assert!(
        !matches!(harness.state().slide(), Slide::PollBallot(_)),
        "past the last page the clicker moves on"
    );
    press(&mut harness, Key::PageUp);
    assert_eq!(
        footer(&harness),
        format!("20 choices  ·  page {pages} of {pages}")
    );
}
