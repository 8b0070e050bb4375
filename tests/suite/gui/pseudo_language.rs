//! Every word on every screen comes from the catalogue: with the app speaking the
//! pseudo-language (each message inside ‹ ›) on a session whose own words are marked the same
//! way, any letter outside the marks is a word someone wrote into the code.

use egui::Vec2;
use egui::accesskit::Role;
use egui_kittest::Harness;
use egui_kittest::kittest::NodeT;
use plaza::gui::room::deck::deck;
use plaza::gui::room::languages::{ProjectorLanguage, RoomWords, set_room_words};
use plaza::model::{PollMethod, PollStatus, Session};
use plaza::sample::example_retreat;
use plaza::words::{PSEUDO_MARKS, Words};

use super::booth_checks::{Names, check_pages_in};
use super::{results_chart, slide_checks};

const SIZE: Vec2 = egui::vec2(1920.0, 1080.0);

/// `text` inside the pseudo-language's marks, as the catalogue's words come.
fn marked(text: &str) -> String {
    let (open, close) = PSEUDO_MARKS;
    if text.is_empty() {
        String::new()
    } else {
        format!("{open}{text}{close}")
    }
}

fn mark(text: &mut String) {
    *text = marked(text);
}

/// The example retreat with every word of its own (the organisation's, the room's, the
/// facilitator's) marked, so that only Plaza's own words could be unmarked.
pub(super) fn marked_session() -> Session {
    let mut session = example_retreat();
    mark_session(&mut session);
    session
}

/// Marks every word of `session`'s own, as [`marked_session`] does for the example.
pub(super) fn mark_session(session: &mut Session) {
    mark(&mut session.title);
    mark(&mut session.venue);
    session.facilitators.iter_mut().for_each(mark);
    let framework = &mut session.framework;
    mark(&mut framework.title);
    for section in [
        &mut framework.mission,
        &mut framework.vision,
        &mut framework.values,
    ] {
        mark(&mut section.intro);
        if let Some(label) = &mut section.label {
            mark(label);
        }
        for item in &mut section.items {
            mark(&mut item.heading);
            mark(&mut item.text);
        }
    }
    for note in &mut session.notes {
        mark(&mut note.text);
        mark(&mut note.group);
    }
    for action in &mut session.actions {
        mark(&mut action.text);
        mark(&mut action.owner);
    }
    for theme in &mut session.themes {
        mark(&mut theme.title);
    }
    for poll in &mut session.polls {
        mark(&mut poll.question);
        if let PollMethod::Rating { low, high, .. } = &mut poll.method {
            mark(low);
            mark(high);
        }
    }
}

/// What is left of `text` outside every pair of marks (marks may nest: a message holding a
/// note's words).
fn outside_marks(text: &str) -> String {
    let (open, close) = PSEUDO_MARKS;
    let mut depth = 0usize;
    let mut outside = String::new();
    for c in text.chars() {
        if c == open {
            depth += 1;
        } else if c == close {
            depth = depth.saturating_sub(1);
        } else if depth == 0 {
            outside.push(c);
        }
    }
    outside
}

/// Every text on the screen with a letter outside the marks: labels, values and descriptions
/// of every node AccessKit has. A wrapped label's lines are left to the label, which holds
/// them whole: a line alone may hold a message's end without its start.
pub(super) fn unmarked<State>(harness: &Harness<'_, State>) -> Vec<String> {
    let mut found = Vec::new();
    let root = harness.root();
    for node in std::iter::once(root).chain(root.children_recursive()) {
        let node = node.accesskit_node();
        if node.role() == Role::TextRun {
            continue;
        }
        for text in [node.label(), node.value(), node.description()]
            .into_iter()
            .flatten()
        {
            if outside_marks(&text).chars().any(char::is_alphabetic) {
                found.push(text);
            }
        }
    }
    found.sort();
    found.dedup();
    found
}

pub(super) fn assert_all_marked<State>(harness: &Harness<'_, State>, what: &str) {
    let found = unmarked(harness);
    assert!(
        found.is_empty(),
        "{what}: words that did not come from the catalogue:\n{}",
        found.join("\n")
    );
}

fn pseudo_room() -> RoomWords {
    RoomWords::new(Words::pseudo(), ProjectorLanguage::SameAsConsole)
}

#[test]
fn the_marks_are_read_as_the_pseudo_language_writes_them() {
    assert_eq!(outside_marks("‹Undone: ‹Budget›› 3"), " 3");
    assert_eq!(outside_marks("Votes ‹x›"), "Votes ");
    assert_eq!(Words::pseudo().get("month-may"), marked("May"));
}

#[test]
fn the_check_finds_words_the_room_speaks_outside_the_pseudo_language() {
    // The same slides in plain English: the check must see Plaza's own words unmarked, or it
    // checks nothing.
    let session = marked_session();
    let mut harness = slide_checks::harness(session.clone(), SIZE);
    set_room_words(&harness.ctx, RoomWords::default());
    let slide = deck(&session).into_iter().nth(1).expect("a second slide");
    slide_checks::check_slide(&mut harness, &slide, SIZE);
    let found = unmarked(&harness);
    assert!(
        !found.is_empty(),
        "{slide:?} in English shows its heading unmarked"
    );
    // The session's own words are all marked: what is found is Plaza's.
    assert!(
        found.iter().all(|text| !text.contains(PSEUDO_MARKS.0)),
        "{found:?}"
    );
}

#[test]
fn every_slide_speaks_only_the_catalogue() {
    let session = marked_session();
    let mut harness = slide_checks::harness(session.clone(), SIZE);
    set_room_words(&harness.ctx, pseudo_room());
    for slide in deck(&session) {
        slide_checks::check_slide(&mut harness, &slide, SIZE);
        assert_all_marked(&harness, &format!("{slide:?}"));
    }
}

#[test]
fn every_results_chart_speaks_only_the_catalogue() {
    let session = marked_session();
    for poll in 0..session.polls.len() {
        let harness = results_chart::harness(session.clone(), poll, SIZE);
        set_room_words(&harness.ctx, pseudo_room());
        let mut harness = harness;
        harness.run();
        assert_all_marked(&harness, &format!("results of poll {poll}"));
    }
}

#[test]
fn the_booth_of_every_method_speaks_only_the_catalogue() {
    let session = marked_session();
    for method in [
        PollMethod::default_dots(),
        PollMethod::default_rating(),
        PollMethod::Ranking,
    ] {
        let mut poll = session.polls[0].clone();
        poll.method = method;
        poll.status = PollStatus::Open;
        poll.ballots.clear();
        check_pages_in(
            pseudo_room(),
            (session.clone(), poll),
            SIZE,
            Names::CutShort,
            None,
            assert_all_marked,
        );
    }
}
