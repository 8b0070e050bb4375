//! What the room enters is what is recorded: keys typed faster than a frame act in the order
//! typed, and controls stay where they were when a message or a number appears, so a second
//! click lands on the control the first one did.

use std::path::Path;
use std::time::Duration;

use egui::accesskit::Role;
use egui::{Event, Key, Modifiers};
use egui_kittest::Harness;
use egui_kittest::kittest::{NodeT, Queryable};
use plaza::gui::PlazaApp;
use plaza::model::{Marks, PollMethod, PollStatus};
use plaza::store::load;

use crate::support::{
    click_at, click_button, click_label, console_on, fresh_session, temp_dir, write_session,
};

const THANKS: &str = "Thank you — your vote is recorded.";

/// A new poll on the six core values with `method`, opened, with the booth on the projector.
fn open_poll(harness: &mut Harness<'_, PlazaApp>, method: &str) {
    click_label(harness, "Polls");
    click_button(harness, "New poll");
    if method != "Dot voting" {
        harness.get_by_label("Method").click_accesskit();
        harness.run();
        click_label(harness, method);
    }
    click_button(harness, "Open voting");
    harness.key_press(Key::F5);
    harness.run();
    assert!(harness.state().projector_open());
}

/// Presses `keys` all in one frame, as a fast typist gives them. Straight into the next
/// frame's input: kittest's own `key_press` gives each key a frame of its own.
fn keys_in_one_frame(harness: &mut Harness<'_, PlazaApp>, keys: &[Key]) {
    for &key in keys {
        for pressed in [true, false] {
            harness.input_mut().events.push(Event::Key {
                key,
                physical_key: None,
                pressed,
                repeat: false,
                modifiers: Modifiers::NONE,
            });
        }
    }
    harness.step();
}

/// Presses `keys` in one frame, waits for the thank-you screen and returns the ballot as
/// written on disk.
fn type_in_one_frame_and_cast(
    harness: &mut Harness<'_, PlazaApp>,
    path: &Path,
    keys: &[Key],
) -> Marks {
    keys_in_one_frame(harness, keys);
    for _ in 0..500 {
        harness.step();
        if harness.query_all_by_label(THANKS).next().is_some() {
            let session = load(path).expect("the file reads").session;
            let ballot = session.polls.last().and_then(|poll| poll.ballots.last());
            return ballot.expect("the ballot is on disk").marks.clone();
        }
        std::thread::sleep(Duration::from_millis(10));
    }
    panic!("the booth never said the vote was recorded");
}

fn dots(pairs: &[(&str, u32)]) -> Marks {
    Marks::Dots(pairs.iter().map(|&(i, n)| (i.to_owned(), n)).collect())
}

#[test]
fn a_dot_typed_taken_back_and_retyped_in_one_frame_records_the_retyped_one() {
    let dir = temp_dir();
    let path = write_session(dir.path(), "retreat.ron", &fresh_session());
    let mut harness = console_on(path.clone());
    open_poll(&mut harness, "Dot voting");
    // Item 6 is CREATIVITY & INNOVATION, item 4 INTEGRITY: the voter changed their mind, one
    // way and then the other (digits taken in numeric order would get one of them wrong).
    let marks = type_in_one_frame_and_cast(
        &mut harness,
        &path,
        &[Key::Num6, Key::Backspace, Key::Num4, Key::Enter],
    );
    assert_eq!(marks, dots(&[("integrity", 1)]));
    harness.run_steps(5);
    click_button(&mut harness, "Start the next ballot");
    let marks = type_in_one_frame_and_cast(
        &mut harness,
        &path,
        &[Key::Num4, Key::Backspace, Key::Num6, Key::Enter],
    );
    assert_eq!(marks, dots(&[("creativity-innovation", 1)]));
}

#[test]
fn a_ranking_typed_in_one_frame_keeps_the_order_typed() {
    let dir = temp_dir();
    let path = write_session(dir.path(), "retreat.ron", &fresh_session());
    let mut harness = console_on(path.clone());
    open_poll(&mut harness, "Ranking");
    let marks =
        type_in_one_frame_and_cast(&mut harness, &path, &[Key::Num4, Key::Num2, Key::Enter]);
    assert_eq!(
        marks,
        Marks::Ranking(vec!["integrity".into(), "compassion".into()])
    );
}

#[test]
fn scores_typed_in_one_frame_rate_one_item_after_another() {
    let dir = temp_dir();
    let path = write_session(dir.path(), "retreat.ron", &fresh_session());
    let mut harness = console_on(path.clone());
    open_poll(&mut harness, "Rating");
    let marks = type_in_one_frame_and_cast(
        &mut harness,
        &path,
        &[Key::Num4, Key::Num5, Key::Num3, Key::Enter],
    );
    let expected = [
        ("excellence-accountability", 4),
        ("compassion", 5),
        ("diversity", 3),
    ];
    assert_eq!(
        marks,
        Marks::Ratings(expected.iter().map(|&(i, n)| (i.to_owned(), n)).collect())
    );
}

#[test]
fn a_hand_count_typed_twice_at_the_same_place_goes_to_the_same_item() {
    let dir = temp_dir();
    let path = write_session(dir.path(), "retreat.ron", &fresh_session());
    let mut harness = console_on(path);
    open_poll(&mut harness, "Hand count");
    // The room's screen stays out of the way of the console's count fields.
    harness.key_press(Key::Escape);
    harness.run();
    let first = "EXCELLENCE & ACCOUNTABILITY";
    let field = |harness: &Harness<'_, PlazaApp>| {
        harness
            .get_all_by_label(first)
            .find(|node| node.accesskit_node().role() == Role::SpinButton)
            .expect("the first count field")
            .rect()
    };
    let before = field(&harness);
    let tally = |harness: &Harness<'_, PlazaApp>| {
        let document = harness.state().document().expect("a session");
        document.session().polls[0].tally.clone()
    };
    for count in ["12", "7"] {
        click_at(&mut harness, before.center());
        harness.event(Event::Text(count.into()));
        harness.key_press(Key::Enter);
        harness.run();
        assert_eq!(field(&harness), before, "the field has not moved");
        let counts = tally(&harness);
        assert_eq!(
            counts.get("excellence-accountability").copied(),
            count.parse().ok(),
            "{count} went to the first item: {counts:?}"
        );
        assert_eq!(counts.len(), 1, "and to no other: {counts:?}");
    }
    let poll = &harness
        .state()
        .document()
        .expect("a session")
        .session()
        .polls[0];
    assert_eq!(poll.method, PollMethod::Tally);
    assert_eq!(poll.status, PollStatus::Open);
}

#[test]
fn a_timer_preset_clicked_twice_sets_that_preset() {
    let dir = temp_dir();
    let path = write_session(dir.path(), "retreat.ron", &fresh_session());
    let mut harness = console_on(path);
    let five = harness
        .get_by_role_and_label(Role::Button, "5 min")
        .rect()
        .center();
    for _ in 0..2 {
        click_at(&mut harness, five);
        assert_eq!(harness.state().timer().display(0.0), "5:00");
    }
    // Starting it swaps Start for Pause in the same place, and +1 min stays put.
    let start = harness.get_by_role_and_label(Role::Button, "Start").rect();
    let more = harness.get_by_role_and_label(Role::Button, "+1 min").rect();
    click_at(&mut harness, start.center());
    assert!(harness.state().timer().is_running());
    assert_eq!(
        harness.get_by_role_and_label(Role::Button, "Pause").rect(),
        start
    );
    assert_eq!(
        harness.get_by_role_and_label(Role::Button, "+1 min").rect(),
        more
    );
}

#[test]
fn on_the_merge_preview_the_first_of_enter_and_esc_decides() {
    let dir = temp_dir();
    let mut base = plaza::sample::example_retreat();
    base.polls.clear();
    let path = write_session(dir.path(), "main.ron", &base);
    let mut laptop = base.clone();
    let mut extra = laptop.notes[0].clone();
    extra.id = "from-the-laptop".into();
    extra.text = "A note from the breakout room".into();
    laptop.notes.push(extra);
    let breakout = write_session(dir.path(), "breakout.ron", &laptop);
    let notes = |harness: &Harness<'_, PlazaApp>| {
        harness
            .state()
            .document()
            .expect("a session")
            .session()
            .notes
            .len()
    };
    let mut harness = console_on(path);
    let before = notes(&harness);

    harness.state_mut().merge_in(&breakout);
    harness.run();
    keys_in_one_frame(&mut harness, &[Key::Escape, Key::Enter]);
    harness.run();
    assert!(
        harness.state().merge_plan().is_none(),
        "Esc closed the preview"
    );
    assert_eq!(
        notes(&harness),
        before,
        "and the Enter after it merged nothing"
    );

    harness.state_mut().merge_in(&breakout);
    harness.run();
    keys_in_one_frame(&mut harness, &[Key::Enter, Key::Escape]);
    harness.run();
    assert_eq!(notes(&harness), before + 1, "Enter merged before Esc came");
}

#[test]
fn slide_keys_in_one_frame_move_in_the_order_pressed() {
    let dir = temp_dir();
    let path = write_session(dir.path(), "retreat.ron", &fresh_session());
    let mut harness = console_on(path);
    let slides =
        plaza::gui::room::deck::deck(harness.state().document().expect("a session").session());
    keys_in_one_frame(&mut harness, &[Key::End, Key::PageUp, Key::PageUp]);
    harness.run();
    assert_eq!(harness.state().slide(), &slides[slides.len() - 3]);
    keys_in_one_frame(&mut harness, &[Key::PageDown, Key::Home, Key::ArrowRight]);
    harness.run();
    assert_eq!(harness.state().slide(), &slides[1]);
}

#[test]
fn a_half_typed_due_date_never_moves_the_add_button() {
    let dir = temp_dir();
    let path = write_session(dir.path(), "retreat.ron", &fresh_session());
    let mut harness = console_on(path);
    click_label(&mut harness, "Action items");
    let button = |harness: &Harness<'_, PlazaApp>| {
        harness
            .get_by_role_and_label(Role::Button, "Add action")
            .rect()
    };
    let before = button(&harness);
    let due = harness.get_by_role_and_label(Role::TextInput, "Due");
    due.focus();
    due.type_text("2027-0");
    harness.run();
    harness.get_by_label_contains("is not a date");
    assert_eq!(
        button(&harness),
        before,
        "the warning took no room of its own"
    );
    // Refused for an empty "What": the reason shows in the same line, and nothing moves.
    click_at(&mut harness, before.center());
    harness.get_by_label_contains("Write what is to be done first");
    assert_eq!(button(&harness), before);
}

#[test]
fn a_notice_appearing_moves_nothing_on_the_console() {
    let dir = temp_dir();
    let path = write_session(dir.path(), "retreat.ron", &fresh_session());
    let mut harness = console_on(path);
    let places = |harness: &Harness<'_, PlazaApp>| {
        ["Undo", "Project (F5)", "5 min"]
            .map(|name| harness.get_by_role_and_label(Role::Button, name).rect())
    };
    let before = places(&harness);
    // A report to a folder that does not exist: a notice says why, in the message line.
    let nowhere = dir.path().join("no-such-folder").join("report.html");
    harness.state_mut().export_to(&nowhere);
    harness.run();
    harness.get_by_role_and_label(Role::Button, "Dismiss");
    assert_eq!(places(&harness), before, "nothing moved for the notice");
    click_button(&mut harness, "Dismiss");
    assert_eq!(harness.state().notice(), None);
    assert_eq!(places(&harness), before, "nor when it went");
}
