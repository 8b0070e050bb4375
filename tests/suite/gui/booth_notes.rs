//! The room votes on its own sentences: twenty ideas of 8 to 20 words in the booth of a
//! 1024 × 768 projector, paged and readable for every method; and the whole way from ideas
//! typed on the console to an action item made from the winning one.

use egui::accesskit::Role;
use egui::{Vec2, vec2};
use egui_kittest::kittest::Queryable;
use plaza::gui::room::deck::Slide;
use plaza::gui::room::hands::hands_pages;
use plaza::gui::room::text::PlacedText;
use plaza::model::{PollMethod, Score, Session, poll_results};
use plaza::sample::note_poll_session;

use super::act_on_result::act_on_the_winner;
use super::booth::{
    assert_rows, cast_and_wait_for_thanks, close_and_reveal, open_and_project, poll_of,
};
use super::booth_checks::{Names, assert_whole_or_cut_after_a_word, check_names};
use super::slide_checks::{check_slide, harness};
use crate::support::{
    click_button, console_on, fresh_session, open_session, temp_dir, type_note, write_session,
};

/// An old projector's window, the smallest rooms use, and a common one.
const ROOMS: [Vec2; 2] = [vec2(1024.0, 768.0), vec2(1280.0, 720.0)];

/// The booth of twenty ideas for dots, rating and ranking, every page checked (see
/// `booth_checks`): "Page n of N", each choice once over the pages, texts and targets big
/// enough and inside the window, names cut only after a word, as `names` says.
fn booth_of_twenty_ideas(names: Names) {
    let methods = [
        PollMethod::default_dots(),
        PollMethod::default_rating(),
        PollMethod::Ranking,
    ];
    for method in methods {
        let session = note_poll_session(20, method);
        let poll = session.polls[0].clone();
        for size in ROOMS {
            check_names(session.clone(), poll.clone(), size, names);
        }
    }
}

/// The hand count's slide of twenty ideas, every page: every text big enough and inside the
/// window, "page k of n" when there are several, and each idea on one page once, whole or cut
/// after a word keeping more than `least` bytes.
fn hand_count_of_twenty_ideas(least: usize) {
    let session = note_poll_session(20, PollMethod::Tally);
    let poll = session.polls[0].clone();
    let slide = Slide::PollBallot(poll.id.clone());
    for size in ROOMS {
        let mut projector = harness(session.clone(), size);
        let pages = hands_pages(&projector.ctx, &session, &slide, size.x / size.y)
            .expect("a hand count's slide");
        let mut placed = Vec::new();
        for page in 0..pages {
            projector.state_mut().page = page;
            let on_page = check_slide(&mut projector, &slide, size);
            if pages > 1 {
                let footer = format!("20 choices  ·  page {} of {pages}", page + 1);
                assert!(
                    on_page.iter().any(|text| text.text == footer),
                    "{size:?}: “{footer}” on the page"
                );
            }
            placed.extend(on_page);
        }
        hand_count_names(&session, &placed, least);
    }
}

/// Each idea of the poll on the hand count's slide once, whole or cut after a word keeping
/// more than `least` bytes.
fn hand_count_names(session: &Session, placed: &[PlacedText], least: usize) {
    for (index, id) in session.polls[0].items.iter().enumerate() {
        let number = format!("{}.  ", index + 1);
        let whole = format!("{number}{}", session.item_label(id));
        let shown: Vec<&str> = placed
            .iter()
            .map(|text| text.text.as_str())
            .filter(|text| text.starts_with(&number))
            .collect();
        assert_eq!(shown.len(), 1, "idea {} is on the slide once", index + 1);
        assert_whole_or_cut_after_a_word(false, shown[0], &whole, least, "a hand count");
    }
}

#[test]
fn twenty_sentence_long_ideas_are_paged_with_big_targets_and_text_for_every_method() {
    booth_of_twenty_ideas(Names::CutShort);
    hand_count_of_twenty_ideas(0);
}

/// What the room needs to tell twenty ideas apart: more of each than its first word, and no
/// word broken in two ("Accountabi / lity"). The booth pages to keep them so.
#[test]
fn twenty_sentence_long_ideas_keep_enough_words_to_tell_apart_in_the_booth() {
    booth_of_twenty_ideas(Names::Readable);
}

/// The hand count's slide pages twenty sentences rather than cut them to a word ("12.  Let…").
#[test]
fn twenty_sentence_long_ideas_keep_enough_words_to_tell_apart_on_the_hand_count() {
    hand_count_of_twenty_ideas(8);
}

/// What the console's notes panel filters by, and the four ideas typed: three share it.
const FIND: &str = "time";
const IDEAS: [&str; 4] = [
    "Protect time each week for care teams to debrief",
    "Give nurses time to learn the new records system",
    "Publish a one-page scorecard every quarter",
    "Make time for families at the bedside",
];

#[test]
fn ideas_typed_on_the_console_are_voted_on_and_the_winner_becomes_an_action_item() {
    let dir = temp_dir();
    let path = write_session(dir.path(), "retreat.ron", &fresh_session());
    let mut harness = console_on(path.clone());
    for idea in IDEAS {
        type_note(&mut harness, idea);
    }
    let find = harness.get_by_role_and_label(Role::TextInput, "Find");
    find.focus();
    find.type_text(FIND);
    harness.run();
    click_button(&mut harness, "Vote on these (3)");

    let session = open_session(&harness);
    let listed = [IDEAS[0], IDEAS[1], IDEAS[3]];
    let poll = poll_of(&harness);
    let words: Vec<&str> = poll.items.iter().map(|id| session.item_label(id)).collect();
    assert_eq!(words, listed, "the notes the filter listed, in order");
    assert_eq!(poll.method, PollMethod::default_dots());
    let [care, nurses, families] = [0, 1, 2].map(|n| poll.items[n].clone());

    open_and_project(&mut harness);
    // Three dots each, at most two on one idea. By hand: care 2 + 1 = 3, families 2,
    // nurses 1.
    let ballots: [&[&str]; 2] = [
        &[listed[0], listed[0], listed[1]],
        &[listed[0], listed[2], listed[2]],
    ];
    for (index, taps) in ballots.iter().enumerate() {
        for tap in *taps {
            click_button(&mut harness, tap);
        }
        cast_and_wait_for_thanks(&mut harness, &path, index + 1);
    }
    close_and_reveal(&mut harness);
    let results = poll_results(&poll_of(&harness));
    let totals: Vec<(&str, usize, &Score)> = results
        .rows
        .iter()
        .map(|row| (row.item.as_str(), row.rank, &row.score))
        .collect();
    assert_eq!(
        totals,
        [
            (care.as_str(), 1, &Score::Total(3)),
            (families.as_str(), 2, &Score::Total(2)),
            (nurses.as_str(), 3, &Score::Total(1)),
        ]
    );
    assert_rows(
        &harness,
        &[
            &["1", listed[0], "3"],
            &["2", listed[2], "2"],
            &["3", listed[1], "1"],
        ],
    );

    assert_eq!(act_on_the_winner(&mut harness), listed[0]);
    click_button(&mut harness, "Add action");
    let session = open_session(&harness);
    let made = session.actions.last().expect("the new action item");
    assert_eq!(made.text, listed[0], "the winning idea's words");
    let winner = session.note(&care).expect("the winning note");
    assert_eq!(
        made.about, winner.about,
        "about what the winning idea is about"
    );
}
