//! Polls run from the console and voted on in the booth, end to end, by clicking and typing as
//! people in the room would, and reading what the projector shows through AccessKit.

use std::path::Path;
use std::time::Duration;

use egui::accesskit::Role;
use egui::{Key, Modifiers};
use egui_kittest::Harness;
use egui_kittest::kittest::{NodeT, Queryable};
use plaza::gui::PlazaApp;
use plaza::gui::room::booth::Phase;
use plaza::gui::room::booth::view::MIN_TARGET_SHARE;
use plaza::gui::room::deck::Slide;
use plaza::model::{Marks, PollMethod, PollStatus, Session};
use plaza::store::{Document, load};

// Clicks go through AccessKit, as a screen reader would press them: the embedded projector
// window floats over the console in a test, and a pointer click could land on it instead.
use crate::support::{click_button, click_label as click, console_on, temp_dir, write_session};

const THANKS: &str = "Thank you — your vote is recorded.";

fn fresh_session() -> Session {
    let date = chrono::NaiveDate::from_ymd_opt(2026, 11, 26).expect("a date");
    Session::new("Booth test", date, plaza::store::default_framework())
}

/// Steps frames until `done` holds, letting the saver thread work in between.
pub(super) fn wait_until(
    harness: &mut Harness<'_, PlazaApp>,
    what: &str,
    done: impl Fn(&Harness<'_, PlazaApp>) -> bool,
) {
    for _ in 0..500 {
        harness.step();
        if done(harness) {
            harness.run();
            return;
        }
        std::thread::sleep(Duration::from_millis(10));
    }
    panic!("timed out waiting for {what}");
}

/// Whether some node has this label: the preview pictures the projector, so texts may be there
/// twice.
pub(super) fn shown(harness: &Harness<'_, PlazaApp>, label: &str) -> bool {
    harness.query_all_by_label(label).next().is_some()
}

fn assert_shown(harness: &Harness<'_, PlazaApp>, label: &str) {
    assert!(shown(harness, label), "{label:?} is on screen");
}

fn ballots_on_disk(path: &Path) -> usize {
    load(path)
        .expect("the session file reads")
        .session
        .polls
        .iter()
        .map(|poll| poll.ballots.len())
        .sum()
}

/// Casts the ballot as marked and waits for the thank-you screen, checking at every frame that
/// it never shows before the file on disk holds the ballot.
pub(super) fn cast_and_wait_for_thanks(
    harness: &mut Harness<'_, PlazaApp>,
    path: &Path,
    expected: usize,
) {
    click_button(harness, "Cast my vote");
    for _ in 0..500 {
        harness.step();
        if shown(harness, THANKS) {
            assert_eq!(
                ballots_on_disk(path),
                expected,
                "the booth says recorded only once the ballot is on disk"
            );
            // Nothing of the last ballot is left to see.
            for hidden in ["Cast my vote", "COMPASSION", "Clear my ballot"] {
                assert!(
                    !shown(harness, hidden),
                    "the thank-you screen shows no {hidden:?}"
                );
            }
            assert!(
                harness
                    .query_all_by_label_contains("dots left")
                    .next()
                    .is_none()
            );
            // The thank-you screen holds for a second (on the test's clock, four frames), so a
            // double tap cannot skip it; booth_state tests the hold itself.
            harness.run_steps(5);
            click_button(harness, "Start the next ballot");
            return;
        }
        std::thread::sleep(Duration::from_millis(10));
    }
    panic!("the thank-you screen never came");
}

pub(super) fn poll_of(harness: &Harness<'_, PlazaApp>) -> plaza::model::Poll {
    let document = harness.state().document().expect("a session is open");
    document.session().polls.last().expect("a poll").clone()
}

fn new_poll_open_on_projector(harness: &mut Harness<'_, PlazaApp>) {
    click(harness, "Polls");
    let before = harness.state().slide().clone();
    click_button(harness, "New poll");
    assert_eq!(
        harness.state().slide(),
        &before,
        "a new poll is prepared on the console; the room's screen stays"
    );
    click_button(harness, "Show on the projector");
    assert!(matches!(harness.state().slide(), Slide::PollBallot(_)));
}

pub(super) fn open_and_project(harness: &mut Harness<'_, PlazaApp>) {
    click_button(harness, "Open voting");
    assert_eq!(poll_of(harness).status, PollStatus::Open);
    harness.key_press(Key::F5);
    harness.run();
    assert!(harness.state().projector_open());
}

pub(super) fn close_and_reveal(harness: &mut Harness<'_, PlazaApp>) {
    click_button(harness, "Close voting");
    assert_eq!(poll_of(harness).status, PollStatus::Closed);
    click_button(harness, "Reveal results");
    assert_eq!(poll_of(harness).status, PollStatus::Revealed);
    assert!(matches!(harness.state().slide(), Slide::PollResults(_)));
}

#[test]
fn a_dots_poll_from_creation_to_revealed_totals() {
    let dir = temp_dir();
    let path = write_session(dir.path(), "retreat.ron", &fresh_session());
    let mut harness = console_on(path.clone());
    new_poll_open_on_projector(&mut harness);
    harness.get_by_label("1 poll");
    let poll = poll_of(&harness);
    assert_eq!(poll.method, PollMethod::default_dots());
    assert_eq!(poll.items.len(), 6, "the six core values by default");
    // Until it opens, the room sees only that voting opens soon.
    harness.get_by_label("DRAFT · being set up");
    open_and_project(&mut harness);
    assert_shown(&harness, "3 dots left  ·  at most 2 on one choice");

    // Every target is big enough to hit from a touch screen.
    for name in [
        "COMPASSION",
        "Take a dot off COMPASSION",
        "Cast my vote",
        "Clear my ballot",
    ] {
        let rect = harness.get_by_role_and_label(Role::Button, name).rect();
        let window = harness
            .get_by_label_contains("Plaza — Projector")
            .rect()
            .height();
        assert!(
            rect.height() >= MIN_TARGET_SHARE * window * 0.95,
            "{name}: {} px high in a {window} px window",
            rect.height()
        );
    }

    let ballots: [&[&str]; 5] = [
        &["COMPASSION", "COMPASSION", "DIVERSITY"],
        &["DIVERSITY", "DIVERSITY", "DIVERSITY"], // the third is refused: at most 2 on one item
        &[
            "COMPASSION",
            "INTEGRITY, PROFESSIONALISM & ETHICAL BEHAVIOR",
        ],
        &[
            "COMPASSION",
            "SOCIAL RESPONSIBILITY",
            "CREATIVITY & INNOVATION",
        ],
        &["DIVERSITY"],
    ];
    for (index, taps) in ballots.iter().enumerate() {
        for tap in *taps {
            click_button(&mut harness, tap);
        }
        if index == 1 {
            assert!(
                harness
                    .query_all_by_label_contains("At most 2 dots on one choice.")
                    .next()
                    .is_some()
            );
            let booth = harness.state().booth().expect("the booth is up");
            assert_eq!(booth.dots_on("diversity"), 2, "the cap holds");
            assert_shown(
                &harness,
                "1 dot left  ·  at most 2 on one choice   ·   At most 2 dots on one choice.",
            );
        }
        cast_and_wait_for_thanks(&mut harness, &path, index + 1);
        assert_shown(&harness, "3 dots left  ·  at most 2 on one choice");
        assert_eq!(harness.state().booth().map(|b| b.dots_used()), Some(0));
    }
    // Until revealed, the room sees only how many voted.
    assert_shown(&harness, "5 ballots cast");

    close_and_reveal(&mut harness);
    // compassion 2+1+1 = 4, diversity 1+2+1 = 4 (a tie for first), three values 1 each, and
    // excellence none.
    assert_rows(
        &harness,
        &[
            &["=1", "COMPASSION", "4"],
            &["=1", "DIVERSITY", "4"],
            &["=3", "SOCIAL RESPONSIBILITY", "1"],
            &["=3", "INTEGRITY, PROFESSIONALISM & ETHICAL BEHAVIOR", "1"],
            &["6", "EXCELLENCE & ACCOUNTABILITY", "0"],
        ],
    );
    assert!(
        projector_texts(&harness)
            .iter()
            .any(|t| t.starts_with("5 ballots"))
    );
}

/// The projector window's texts, in reading order (the console's preview comes first in the
/// tree, the projector window after its title).
pub(super) fn projector_texts(harness: &Harness<'_, PlazaApp>) -> Vec<String> {
    let texts: Vec<String> = harness
        .query_all(egui_kittest::kittest::By::new())
        .filter_map(|node| {
            let node = node.accesskit_node();
            node.value().or(node.label())
        })
        .collect();
    let start = texts
        .iter()
        .position(|text| text.starts_with("Plaza — Projector"))
        .expect("the projector window is open");
    texts[start..].to_vec()
}

/// Asserts each results row on the projector reads exactly as given: rank, item, numbers.
pub(super) fn assert_rows(harness: &Harness<'_, PlazaApp>, rows: &[&[&str]]) {
    let texts = projector_texts(harness);
    for row in rows {
        let found = texts
            .windows(row.len())
            .any(|window| window.iter().zip(row.iter()).all(|(a, b)| a == b));
        assert!(found, "the projector shows {row:?}: {texts:?}");
    }
}

#[test]
fn a_rating_poll_on_the_laptop_handed_round() {
    let dir = temp_dir();
    let path = write_session(dir.path(), "retreat.ron", &fresh_session());
    let mut harness = console_on(path.clone());
    new_poll_open_on_projector(&mut harness);
    harness.get_by_label("Method").click_accesskit();
    harness.run();
    click(&mut harness, "Rating");
    assert!(matches!(
        poll_of(&harness).method,
        PollMethod::Rating { .. }
    ));
    open_and_project(&mut harness);
    click_button(&mut harness, "Booth on this laptop");
    assert!(harness.state().booth_here());
    // The room's screen does not show the ballot being marked at the laptop.
    harness.get_by_label("Voting is open");

    let ballots: [&[(&str, i32)]; 3] = [
        &[("COMPASSION", 5), ("DIVERSITY", 3)],
        &[
            ("COMPASSION", 4),
            ("DIVERSITY", 2),
            ("CREATIVITY & INNOVATION", 1),
        ],
        &[("COMPASSION", 3)],
    ];
    for (index, ratings) in ballots.iter().enumerate() {
        for (item, score) in *ratings {
            click_button(&mut harness, &format!("{item}: {score}"));
        }
        assert_eq!(
            harness
                .state()
                .booth()
                .and_then(|b| b.rating_of("compassion")),
            Some(ratings[0].1)
        );
        cast_and_wait_for_thanks(&mut harness, &path, index + 1);
    }
    // Keys work too: 2 rates the first item, Enter casts.
    harness.key_press(Key::Num2);
    harness.run();
    assert_eq!(
        harness
            .state()
            .booth()
            .and_then(|b| b.rating_of("excellence-accountability")),
        Some(2)
    );
    harness.key_press(Key::Enter);
    wait_until(&mut harness, "the fourth ballot", |h| shown(h, THANKS));
    // No key a voter presses moves the room's screen or touches the session.
    for key in [Key::PageDown, Key::ArrowRight, Key::Escape, Key::B] {
        harness.key_press(key);
        harness.run();
    }
    harness.key_press_modifiers(Modifiers::COMMAND, Key::Z);
    harness.run();
    assert!(matches!(harness.state().slide(), Slide::PollBallot(_)));
    assert!(!harness.state().blanked());
    assert!(harness.state().projector_open());
    assert_eq!(poll_of(&harness).ballots.len(), 4, "no undo from the booth");
    harness.run_steps(5);
    harness.key_press(Key::Enter);
    harness.run();
    assert_eq!(
        harness.state().booth().map(|b| b.phase().clone()),
        Some(Phase::Voting)
    );

    // The facilitator takes the laptop back with Ctrl+Shift+F.
    harness.key_press_modifiers(Modifiers::COMMAND | Modifiers::SHIFT, Key::F);
    harness.run();
    assert!(!harness.state().booth_here());
    close_and_reveal(&mut harness);
    // Compassion 5, 4, 3: mean 4.0, one each of 3, 4 and 5. Diversity 3, 2: 2.5. Excellence 2
    // (by key): 2.0. Creativity 1: 1.0.
    assert_rows(
        &harness,
        &[
            &["1", "COMPASSION", "4.0", "0", "0", "1", "1", "1"],
            &["2", "DIVERSITY", "2.5", "0", "1", "1", "0", "0"],
            &[
                "3",
                "EXCELLENCE & ACCOUNTABILITY",
                "2.0",
                "0",
                "1",
                "0",
                "0",
                "0",
            ],
            &[
                "4",
                "CREATIVITY & INNOVATION",
                "1.0",
                "1",
                "0",
                "0",
                "0",
                "0",
            ],
        ],
    );
}

#[test]
fn a_ranking_poll_by_taps_and_keys_with_undo_last_pick() {
    let dir = temp_dir();
    let path = write_session(dir.path(), "retreat.ron", &fresh_session());
    let mut harness = console_on(path.clone());
    new_poll_open_on_projector(&mut harness);
    harness.get_by_label("Method").click_accesskit();
    harness.run();
    click(&mut harness, "Ranking");
    open_and_project(&mut harness);

    click_button(&mut harness, "DIVERSITY");
    click_button(
        &mut harness,
        "INTEGRITY, PROFESSIONALISM & ETHICAL BEHAVIOR",
    );
    assert_shown(&harness, "2nd");
    click_button(&mut harness, "Undo last pick");
    click_button(&mut harness, "COMPASSION");
    assert_eq!(
        harness.state().booth().map(|b| b.marks().clone()),
        Some(Marks::Ranking(vec![
            "diversity".into(),
            "compassion".into()
        ]))
    );
    cast_and_wait_for_thanks(&mut harness, &path, 1);

    // By keys: 2 then 3 then Enter (items are numbered on screen).
    for key in [Key::Num2, Key::Num3] {
        harness.key_press(key);
        harness.run();
    }
    harness.key_press(Key::Enter);
    wait_until(&mut harness, "the second ballot", |h| shown(h, THANKS));
    harness.run_steps(5);
    click_button(&mut harness, "Start the next ballot");

    close_and_reveal(&mut harness);
    // 6 items: 1st = 6 points, 2nd = 5. Ballots [diversity, compassion] and (keys 2, 3)
    // [compassion, diversity]: 11 points each, a tie, one first choice each.
    assert_rows(
        &harness,
        &[
            &["=1", "COMPASSION", "11 points", "1 first choice"],
            &["=1", "DIVERSITY", "11 points", "1 first choice"],
            &[
                "=3",
                "INTEGRITY, PROFESSIONALISM & ETHICAL BEHAVIOR",
                "0 points",
                "0 first choices",
            ],
        ],
    );
}

#[test]
fn a_ballot_cast_by_mistake_is_removed_after_confirmation_and_undo_brings_it_back() {
    let dir = temp_dir();
    let path = write_session(dir.path(), "retreat.ron", &fresh_session());
    let mut harness = console_on(path.clone());
    new_poll_open_on_projector(&mut harness);
    open_and_project(&mut harness);
    for cast in 1..=2 {
        click_button(&mut harness, "COMPASSION");
        cast_and_wait_for_thanks(&mut harness, &path, cast);
    }
    assert_eq!(poll_of(&harness).ballots.len(), 2);

    click(&mut harness, "Ballots (2)");
    click_button(&mut harness, "Remove ballot #2…");
    harness.get_by_label("Remove this ballot? It will no longer count.");
    assert_eq!(
        poll_of(&harness).ballots.len(),
        2,
        "nothing removed before confirming"
    );
    click_button(&mut harness, "Remove ballot");
    assert_eq!(poll_of(&harness).ballots.len(), 1);
    assert_eq!(
        harness.state().undo_label().as_deref(),
        Some("Undo: remove a ballot from “Which values need the most attention ne…”")
    );

    harness.key_press_modifiers(Modifiers::COMMAND, Key::Z);
    harness.run();
    assert_eq!(
        poll_of(&harness).ballots.len(),
        2,
        "undo puts the ballot back"
    );
    assert_eq!(
        harness.state().history_message(),
        Some("Undone: remove a ballot from “Which values need the most attention ne…”")
    );
    harness.key_press_modifiers(Modifiers::COMMAND | Modifiers::SHIFT, Key::Z);
    harness.run();
    assert_eq!(poll_of(&harness).ballots.len(), 1, "redo removes it again");
    // Ctrl+Y is redo too.
    harness.key_press_modifiers(Modifiers::COMMAND, Key::Z);
    harness.run();
    assert_eq!(poll_of(&harness).ballots.len(), 2);
    harness.key_press_modifiers(Modifiers::COMMAND, Key::Y);
    harness.run();
    assert_eq!(poll_of(&harness).ballots.len(), 1);
    wait_until(&mut harness, "the change on disk", |h| {
        h.state()
            .document()
            .and_then(Document::save_status)
            .is_some_and(|status| status.is_clean())
    });
    assert_eq!(ballots_on_disk(&path), 1);
}

#[test]
fn a_failed_write_shows_in_the_booth_and_thanks_come_only_once_it_is_saved() {
    let dir = temp_dir();
    let folder = dir.path().join("sessions");
    std::fs::create_dir(&folder).expect("make the folder");
    let path = write_session(&folder, "retreat.ron", &fresh_session());
    let mut harness = console_on(path.clone());
    new_poll_open_on_projector(&mut harness);
    open_and_project(&mut harness);
    wait_until(&mut harness, "the poll saved", |h| {
        h.state()
            .document()
            .and_then(Document::save_status)
            .is_some_and(|status| status.is_clean() && !status.saving)
    });

    // The disk goes away (a USB stick pulled out).
    let aside = dir.path().join("aside");
    std::fs::rename(&folder, &aside).expect("move the folder away");
    click_button(&mut harness, "COMPASSION");
    click_button(&mut harness, "Cast my vote");
    wait_until(&mut harness, "the error in the booth", |h| {
        shown(h, "Your vote is not saved yet")
    });
    assert!(!shown(&harness, THANKS));
    assert!(matches!(
        harness.state().booth().map(|b| b.phase().clone()),
        Some(Phase::NotSaved { .. })
    ));
    harness.get_by_label_contains("Not saved:");

    // Back in place, the facilitator retries and the voter gets the thank-you.
    std::fs::rename(&aside, &folder).expect("put the folder back");
    // Well before the saver's own retry (5 s later): it is the button that saves.
    let asked = std::time::Instant::now();
    click_button(&mut harness, "Retry");
    wait_until(&mut harness, "the thank-you", |h| shown(h, THANKS));
    assert!(
        asked.elapsed() < Duration::from_secs(3),
        "Retry saved at once: {:?}",
        asked.elapsed()
    );
    assert_eq!(ballots_on_disk(&path), 1);
}

#[test]
fn undoing_a_ballot_from_the_booth_asks_first() {
    let dir = temp_dir();
    let path = write_session(dir.path(), "retreat.ron", &fresh_session());
    let mut harness = console_on(path.clone());
    new_poll_open_on_projector(&mut harness);
    open_and_project(&mut harness);
    click_button(&mut harness, "DIVERSITY");
    cast_and_wait_for_thanks(&mut harness, &path, 1);

    harness.key_press_modifiers(Modifiers::COMMAND, Key::Z);
    harness.run();
    assert_eq!(poll_of(&harness).ballots.len(), 1, "not without a yes");
    harness.get_by_label_contains("The last change is a ballot cast in the booth");
    click_button(&mut harness, "Keep it");
    assert_eq!(poll_of(&harness).ballots.len(), 1);

    harness.key_press_modifiers(Modifiers::COMMAND, Key::Z);
    harness.run();
    click_button(&mut harness, "Undo the ballot");
    assert_eq!(poll_of(&harness).ballots.len(), 0);
}

#[test]
fn a_half_marked_ballot_is_dropped_when_the_slide_moves_on() {
    let dir = temp_dir();
    let path = write_session(dir.path(), "retreat.ron", &fresh_session());
    let mut harness = console_on(path);
    new_poll_open_on_projector(&mut harness);
    open_and_project(&mut harness);
    click_button(&mut harness, "COMPASSION");
    assert_eq!(harness.state().booth().map(|b| b.dots_used()), Some(1));
    harness.key_press(Key::PageDown);
    harness.run();
    harness.key_press(Key::PageUp);
    harness.run();
    assert!(matches!(harness.state().slide(), Slide::PollBallot(_)));
    assert_eq!(
        harness.state().booth().map(|b| b.dots_used()),
        Some(0),
        "the next person starts on an empty ballot"
    );
    // Moving the booth to the laptop starts the ballot over too.
    click_button(&mut harness, "COMPASSION");
    click_button(&mut harness, "Booth on this laptop");
    assert_eq!(harness.state().booth().map(|b| b.dots_used()), Some(0));
}

#[test]
fn on_the_review_desk_a_booth_ballot_is_undone_only_after_the_same_question() {
    let dir = temp_dir();
    let path = write_session(dir.path(), "retreat.ron", &fresh_session());
    let mut harness = console_on(path.clone());
    new_poll_open_on_projector(&mut harness);
    open_and_project(&mut harness);
    click_button(&mut harness, "COMPASSION");
    cast_and_wait_for_thanks(&mut harness, &path, 1);

    harness.state_mut().set_reviewing(true);
    harness.run();
    // The desk says the room is still voting.
    assert!(
        harness
            .query_all_by_label_contains("voting is open (1 ballot so far)")
            .next()
            .is_some()
    );
    harness.key_press_modifiers(Modifiers::COMMAND, Key::Z);
    harness.run();
    assert_eq!(
        poll_of(&harness).ballots.len(),
        1,
        "not on the first Ctrl+Z"
    );
    assert_shown(
        &harness,
        "The last change is a ballot cast in the booth, and the voter was told it is recorded. Undo it?",
    );
    click_button(&mut harness, "Undo the ballot");
    assert_eq!(poll_of(&harness).ballots.len(), 0);
    assert!(harness.state().reviewing());
}
