//! The review desk: a finished session opens on its dashboard, which changes nothing until the
//! facilitator chooses to edit; a comparison with last year; a breakout laptop merged in after a
//! preview, and taken back with one undo.

use chrono::Datelike;
use egui::accesskit::Role;
use egui::{Key, Modifiers};
use egui_kittest::Harness;
use egui_kittest::kittest::{NodeT, Queryable};
use plaza::gui::PlazaApp;
use plaza::gui::room::deck::Slide;
use plaza::model::{About, Ballot, Note, NoteKind, PollMethod, PollStatus, Session, now};
use plaza::sample::{example_retreat, last_year_retreat};
use plaza::store::load;

use crate::support::{console_on, dots, session_with_open_ranking_poll, temp_dir, write_session};

/// The session open in the app.
fn open_session<'a>(harness: &'a Harness<'_, PlazaApp>) -> &'a Session {
    harness
        .state()
        .document()
        .expect("a session is open")
        .session()
}

fn has_label(harness: &Harness<'_, PlazaApp>, text: &str) -> bool {
    harness.query_all_by_label(text).next().is_some()
}

#[test]
fn a_finished_session_opens_on_its_dashboard() {
    let dir = temp_dir();
    let mut session = example_retreat();
    // Far-off due dates, so none turns overdue as the calendar moves on.
    for action in &mut session.actions {
        action.due = action.due.and_then(|due| due.with_year(2099));
    }
    let path = write_session(dir.path(), "retreat.ron", &session);
    let mut harness = console_on(path);
    assert!(harness.state().reviewing(), "every poll is revealed");
    for heading in [
        "What the polls put first",
        "Open action items, by owner",
        "Item by item",
    ] {
        assert!(has_label(&harness, heading), "{heading}");
    }
    // The dot vote's leader and the action items, by owner and due date.
    assert!(has_label(&harness, "23 dots"));
    assert!(has_label(&harness, "Chief nursing officer"));
    assert!(has_label(&harness, "15 Mar 2099"));
    // The item table: compassion was second in the dots and first in the ranking.
    assert!(has_label(&harness, "2 · 17 dots"));
    assert!(has_label(&harness, "1 · 73 points"));
    // Read-only: no text field at all, and no slide key moves anything.
    assert_eq!(
        harness.query_all_by_role(Role::TextInput).count(),
        0,
        "the dashboard has nothing to type into"
    );
    harness.key_press(Key::ArrowRight);
    harness.key_press(Key::End);
    harness.run();
    assert_eq!(harness.state().slide(), &Slide::Title);

    harness.get_by_label("Edit session").click_accesskit();
    harness.run();
    assert!(!harness.state().reviewing());
    assert!(
        harness
            .query_by_role_and_label(Role::TextInput, "Session")
            .is_some(),
        "the console's title field is back"
    );
}

#[test]
fn a_session_still_running_opens_on_the_console_and_can_be_reviewed() {
    let dir = temp_dir();
    let path = write_session(dir.path(), "live.ron", &session_with_open_ranking_poll());
    let mut harness = console_on(path);
    assert!(!harness.state().reviewing(), "a poll is still open");
    harness.state_mut().set_reviewing(true);
    harness.run();
    assert!(has_label(&harness, "What the polls put first"));
    assert!(has_label(&harness, "No action items yet."));
}

#[test]
fn a_new_session_without_polls_opens_on_the_console() {
    let dir = temp_dir();
    let mut empty = session_with_open_ranking_poll();
    empty.polls.clear();
    let path = write_session(dir.path(), "new.ron", &empty);
    let harness = console_on(path);
    assert!(!harness.state().reviewing());
}

#[test]
fn overdue_action_items_say_so() {
    let dir = temp_dir();
    let mut session = example_retreat();
    session.actions[0].due = chrono::NaiveDate::from_ymd_opt(2020, 1, 31);
    let path = write_session(dir.path(), "late.ron", &session);
    let harness = console_on(path);
    assert!(has_label(&harness, "31 Jan 2020 · overdue"));
}

#[test]
fn comparing_with_last_year_shows_a_table_and_a_chart() {
    let dir = temp_dir();
    let path = write_session(dir.path(), "2026.ron", &example_retreat());
    let before = write_session(dir.path(), "2025.ron", &last_year_retreat());
    let mut harness = console_on(path);
    harness.state_mut().compare_with(&before);
    harness.run();
    let view = harness.state().comparison().expect("the comparison shows");
    assert_eq!(view.comparison.before, "Leadership retreat 2025");
    assert_eq!(view.comparison.after, "Leadership retreat 2026");
    // 18 voters last year, 23 this year: each year's ballots, and dots as shares of that
    // year's. Excellence & accountability: 9 of 54 dots, then 13 of 69; integrity fell from
    // first to sixth in the ranking.
    for label in [
        "Polls compared",
        "18 ballots, 54 dots",
        "23 ballots, 69 dots",
        "counted by hand, 82 in all",
        "17% to 19% (+2 points)",
        "9 to 13 dots",
        "1 to 6 (down 5)",
    ] {
        assert!(has_label(&harness, label), "{label}");
    }
    // Each cell of the table keeps to one line, as tall as the "Item" heading beside it.
    let line = harness.get_by_label("Item").rect().height();
    let cells: Vec<_> = harness.query_all_by_label("0 to 0 (no change)").collect();
    assert!(
        !cells.is_empty(),
        "the mission's parts have no notes either year"
    );
    for cell in cells {
        assert!(cell.rect().height() < 1.5 * line, "{:?}", cell.rect());
    }
    let chart = |harness: &Harness<'_, PlazaApp>| {
        harness
            .get_by_role(Role::Image)
            .accesskit_node()
            .label()
            .expect("the chart is described")
    };
    assert!(chart(&harness).starts_with("Share of dots chart."));
    assert!(
        chart(&harness)
            .contains("DIVERSITY, before: 11% (6 dots); DIVERSITY, after: 33% (23 dots)"),
        "{}",
        chart(&harness)
    );
    harness
        .get_by_role_and_label(Role::Button, "Mean rating")
        .click_accesskit();
    harness.run();
    assert!(chart(&harness).starts_with("Mean rating chart."));
    harness.key_press(Key::Escape);
    harness.run();
    assert!(
        harness.state().comparison().is_none(),
        "Esc leaves the comparison"
    );
    assert!(
        harness.state().reviewing(),
        "back on the dashboard it came from"
    );
}

#[test]
fn a_poll_only_one_year_ran_is_named_and_the_chart_offers_what_there_is() {
    let dir = temp_dir();
    let path = write_session(dir.path(), "2026.ron", &example_retreat());
    // Last year ran no dot vote.
    let mut last_year = last_year_retreat();
    last_year
        .polls
        .retain(|poll| !matches!(poll.method, PollMethod::Dots { .. }));
    let before = write_session(dir.path(), "2025.ron", &last_year);
    let mut harness = console_on(path);
    harness.state_mut().compare_with(&before);
    harness.run();
    for label in [
        "no dot vote",
        "23 ballots, 69 dots",
        "– to 33%",
        "– to 23 dots",
    ] {
        assert!(has_label(&harness, label), "{label}");
    }

    // Neither year ran one: no share of dots to chart or tabulate, and the chart starts on
    // the ratings.
    let mut this_year = example_retreat();
    this_year
        .polls
        .retain(|poll| !matches!(poll.method, PollMethod::Dots { .. }));
    let path = write_session(dir.path(), "2026-no-dots.ron", &this_year);
    let mut harness = console_on(path);
    harness.state_mut().compare_with(&before);
    harness.run();
    assert!(!has_label(&harness, "Share of dots"));
    assert!(!has_label(&harness, "no dot vote"));
    let chart = harness.get_by_role(Role::Image).accesskit_node();
    let description = chart.label().expect("the chart is described");
    assert!(
        description.starts_with("Mean rating chart."),
        "{description}"
    );
}

#[test]
fn a_dot_vote_nobody_voted_in_says_so_instead_of_drawing_empty_bars() {
    let dir = temp_dir();
    // Both years ran a dot vote, but nobody cast a dot in either.
    let no_dots = |mut session: Session| {
        for poll in &mut session.polls {
            if matches!(poll.method, PollMethod::Dots { .. }) {
                poll.ballots.clear();
            }
        }
        session
    };
    let path = write_session(dir.path(), "2026.ron", &no_dots(example_retreat()));
    let before = write_session(dir.path(), "2025.ron", &no_dots(last_year_retreat()));
    let mut harness = console_on(path);
    harness.state_mut().compare_with(&before);
    harness.run();
    assert_eq!(
        harness.state().comparison().map(|view| view.measure),
        Some(plaza::report::Measure::Dots),
        "the chart starts on the dots, as both years ran a dot vote"
    );
    for label in [
        "0 ballots, 0 dots",
        "Nothing was cast in either dot vote yet.",
        "no dots cast to no dots cast",
    ] {
        assert!(has_label(&harness, label), "{label}");
    }
    assert!(!has_label(
        &harness,
        "Neither session has a dot vote to compare."
    ));
}

#[test]
fn a_comparison_asked_for_from_the_console_returns_there() {
    let dir = temp_dir();
    let path = write_session(dir.path(), "live.ron", &session_with_open_ranking_poll());
    let other = write_session(dir.path(), "2025.ron", &last_year_retreat());
    let mut harness = console_on(path);
    harness.state_mut().compare_with(&other);
    harness.run();
    assert!(harness.state().reviewing());
    harness
        .get_by_label("Back to the dashboard (Esc)")
        .click_accesskit();
    harness.run();
    assert!(!harness.state().reviewing());
}

#[test]
fn a_file_that_cannot_be_read_is_reported_and_nothing_changes() {
    let dir = temp_dir();
    let path = write_session(dir.path(), "2026.ron", &example_retreat());
    let broken = dir.path().join("broken.ron");
    std::fs::write(&broken, "Session(format_version: 1, title: ").expect("write");
    let mut harness = console_on(path);
    harness.state_mut().compare_with(&broken);
    harness.run();
    let notice = harness.state().notice().expect("a message").to_owned();
    assert!(notice.contains("Could not read that session"), "{notice}");
    assert!(harness.state().comparison().is_none());
    harness.state_mut().merge_in(&broken);
    harness.run();
    assert!(harness.state().merge_plan().is_none());
}

/// The session as the facilitator's laptop had it when the breakout groups left: an open dot
/// poll and one note.
fn before_breakout() -> Session {
    let mut session = example_retreat();
    session.title = "Retreat with breakouts".into();
    session.notes.truncate(1);
    session.actions.clear();
    let mut poll = session.polls[0].clone();
    poll.ballots.clear();
    poll.status = PollStatus::Open;
    session.polls = vec![poll];
    session
}

fn note(id: &str, text: &str) -> Note {
    Note {
        id: id.into(),
        about: About::Item("diversity".into()),
        group: "Table 7".into(),
        kind: NoteKind::Idea,
        text: text.into(),
        created: now(),
    }
}

#[test]
fn a_breakout_laptop_is_merged_in_after_a_preview_and_one_undo_takes_it_back() {
    let dir = temp_dir();
    let base = before_breakout();
    let path = write_session(dir.path(), "main.ron", &base);
    let mut laptop = base.clone();
    laptop
        .notes
        .push(note("b1", "Mentor first-generation students"));
    laptop
        .notes
        .push(note("b2", "Hire from the communities we serve"));
    laptop.polls[0].ballots.push(Ballot {
        id: "laptop-ballot".into(),
        cast: now(),
        marks: dots(&[("diversity", 2), ("compassion", 1)]),
        source: plaza::model::BallotSource::Booth,
    });
    let breakout = write_session(dir.path(), "breakout.ron", &laptop);
    let breakout_bytes = std::fs::read(&breakout).expect("read");

    let mut harness = console_on(path.clone());
    assert!(!harness.state().reviewing());
    harness.state_mut().merge_in(&breakout);
    harness.run();
    assert!(has_label(&harness, "Merge in “breakout.ron”?"));
    assert!(has_label(&harness, "It adds 2 notes and 1 ballot."));
    assert!(
        harness
            .query_all_by_label_contains("Mentor first-generation")
            .next()
            .is_some()
    );
    assert_eq!(
        open_session(&harness).notes.len(),
        1,
        "nothing changes before the facilitator says so"
    );

    harness.get_by_label("Merge (Enter)").click_accesskit();
    harness.run();
    let session = open_session(&harness).clone();
    assert_eq!(session.notes.len(), 3);
    assert_eq!(session.polls[0].ballots.len(), 1);
    assert!(
        !harness.state().reviewing(),
        "back to the console it came from"
    );
    let notice = harness.state().notice().expect("a message").to_owned();
    assert!(
        notice.starts_with("Merged in breakout.ron: 2 notes and 1 ballot added."),
        "{notice}"
    );
    assert_eq!(
        harness.state().undo_label().as_deref(),
        Some("Undo: merge in “breakout.ron”")
    );
    let document = harness.state().document().expect("open");
    document
        .wait_saved(document.revision(), std::time::Duration::from_secs(10))
        .expect("the merge is saved");
    assert_eq!(load(&path).expect("reads").session.notes.len(), 3);
    assert_eq!(
        std::fs::read(&breakout).expect("read"),
        breakout_bytes,
        "the laptop's file is only read"
    );

    harness.key_press_modifiers(Modifiers::COMMAND, Key::Z);
    harness.run();
    let session = open_session(&harness).clone();
    assert_eq!(session, base, "one undo takes the whole merge back");
}

#[test]
fn merging_a_file_with_nothing_new_offers_nothing_to_do() {
    let dir = temp_dir();
    let path = write_session(dir.path(), "main.ron", &before_breakout());
    let same = write_session(dir.path(), "copy.ron", &before_breakout());
    let mut harness = console_on(path);
    harness.state_mut().merge_in(&same);
    harness.run();
    assert!(has_label(&harness, "It adds nothing."));
    let merge = harness.get_by_label("Merge (Enter)");
    assert!(merge.accesskit_node().is_disabled());
    harness.key_press(Key::Enter);
    harness.run();
    assert!(
        harness.state().merge_plan().is_some(),
        "Enter merges only when there is something to merge"
    );
    harness.get_by_label("Cancel (Esc)").click_accesskit();
    harness.run();
    assert!(harness.state().merge_plan().is_none());
    assert!(!harness.state().reviewing());
}

#[test]
fn a_session_of_another_framework_is_not_merged() {
    let dir = temp_dir();
    let path = write_session(dir.path(), "main.ron", &before_breakout());
    let mut other = before_breakout();
    other.framework.values.items.pop();
    other.polls.clear();
    other
        .notes
        .retain(|n| matches!(&n.about, About::Item(id) if other.framework.item(id).is_some()));
    let other_path = write_session(dir.path(), "other.ron", &other);
    let mut harness = console_on(path);
    harness.state_mut().merge_in(&other_path);
    harness.run();
    assert!(harness.state().merge_plan().is_none());
    let notice = harness.state().notice().expect("a message");
    assert!(
        notice.starts_with("Not merged:") && notice.contains("different framework"),
        "{notice}"
    );
}

#[test]
fn enter_merges_and_a_focused_cancel_button_cancels() {
    let dir = temp_dir();
    let base = before_breakout();
    let path = write_session(dir.path(), "main.ron", &base);
    let mut laptop = base.clone();
    laptop
        .notes
        .push(note("b1", "Mentor first-generation students"));
    let breakout = write_session(dir.path(), "breakout.ron", &laptop);
    let mut harness = console_on(path);

    // Tab to Cancel, then Enter: Enter presses the focused button, and only that one.
    harness.state_mut().merge_in(&breakout);
    harness.run();
    harness.get_by_label("Cancel (Esc)").focus();
    harness.run();
    harness.key_press(Key::Enter);
    harness.run();
    assert!(harness.state().merge_plan().is_none());
    assert_eq!(
        open_session(&harness).notes.len(),
        1,
        "cancelled, not merged"
    );

    harness.state_mut().merge_in(&breakout);
    harness.run();
    harness.key_press(Key::Enter);
    harness.run();
    assert_eq!(open_session(&harness).notes.len(), 2, "Enter merged");
}

#[test]
fn the_open_session_itself_is_neither_merged_in_nor_compared() {
    let dir = temp_dir();
    let path = write_session(dir.path(), "main.ron", &before_breakout());
    let mut harness = console_on(path.clone());
    harness.state_mut().merge_in(&path);
    harness.run();
    assert!(harness.state().merge_plan().is_none());
    let notice = harness.state().notice().expect("a message").to_owned();
    assert!(notice.contains("already open"), "{notice}");
    harness.state_mut().compare_with(&path);
    harness.run();
    assert!(harness.state().comparison().is_none());
}

#[test]
fn a_merge_in_keeps_the_open_sessions_poll_and_only_adds() {
    let dir = temp_dir();
    let base = before_breakout();
    let path = write_session(dir.path(), "main.ron", &base);
    // The laptop reworded the poll (its version sorts first) and closed it.
    let mut laptop = base.clone();
    laptop.polls[0].question = "A reworded question".into();
    laptop.polls[0].status = PollStatus::Closed;
    laptop.polls[0].ballots.push(Ballot {
        id: "laptop-ballot".into(),
        cast: now(),
        marks: dots(&[("diversity", 1)]),
        source: plaza::model::BallotSource::Booth,
    });
    let breakout = write_session(dir.path(), "breakout.ron", &laptop);
    let mut harness = console_on(path);
    harness.state_mut().merge_in(&breakout);
    harness.run();
    assert!(
        harness
            .query_all_by_label_contains("set up differently")
            .next()
            .is_some(),
        "the conflict is in the preview"
    );
    harness.key_press(Key::Enter);
    harness.run();
    let session = open_session(&harness).clone();
    assert_eq!(
        session.polls[0], base.polls[0],
        "the open poll is untouched"
    );
    assert_eq!(session.polls[0].status, PollStatus::Open);
    assert_eq!(session.polls.len(), 2);
    assert_eq!(session.polls[1].question, "A reworded question");
    assert_eq!(session.polls[1].ballots.len(), 1);
}

#[test]
fn a_session_with_problems_is_compared_but_not_merged_in() {
    let dir = temp_dir();
    let path = write_session(dir.path(), "2026.ron", &example_retreat());
    let mut flawed = last_year_retreat();
    // A note about an item the framework does not have: `plaza validate` reports it.
    flawed.notes[0].about = About::Item("no-such-value".into());
    let other = write_session(dir.path(), "flawed.ron", &flawed);
    let mut harness = console_on(path);
    harness.state_mut().merge_in(&other);
    harness.run();
    assert!(harness.state().merge_plan().is_none());
    let notice = harness.state().notice().expect("a message").to_owned();
    assert!(notice.contains("has 1 problem"), "{notice}");
    harness.state_mut().compare_with(&other);
    harness.run();
    assert!(
        harness.state().comparison().is_some(),
        "a comparison only reads"
    );
}

#[test]
fn the_dashboard_lists_the_themes_with_their_notes() {
    let dir = temp_dir();
    let mut editor = plaza::model::Editor::new(example_retreat());
    let compassion: Vec<String> = editor
        .session()
        .notes
        .iter()
        .filter(|note| note.about == About::Item("compassion".into()))
        .take(3)
        .map(|note| note.id.clone())
        .collect();
    let (edit, _) = plaza::model::group_as_theme(editor.session(), "Time to care", &compassion);
    editor.apply(edit).expect("grouped");
    let session = editor.session().clone();
    let path = write_session(dir.path(), "retreat.ron", &session);
    let mut harness = console_on(path);
    assert!(harness.state().reviewing());
    assert!(has_label(&harness, "Themes"));
    let entry = "Time to care — 3 notes, about COMPASSION";
    harness.get_by_label(entry).click_accesskit();
    harness.run();
    for id in &compassion {
        let words = &session.note(id).expect("a note").text;
        assert!(
            harness
                .query_all_by_label_contains(words)
                .any(|node| node.accesskit_node().role() == Role::Label),
            "“{words}” is under its theme"
        );
    }
}
