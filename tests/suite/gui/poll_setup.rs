//! Setting up a poll: the section buttons add to the items ticked, a poll with none ticked
//! says why it cannot open, and a dot budget or cap out of range is refused in words rather
//! than quietly pulled into range.

use egui::accesskit::Role;
use egui::{Event, Key};
use egui_kittest::Harness;
use egui_kittest::kittest::{NodeT, Queryable};
use plaza::gui::PlazaApp;
use plaza::model::{PollMethod, PollStatus, SectionKind, Session};

use crate::support::{
    click_at, click_button, click_label, console_on, fresh_session, open_session, temp_dir,
    write_session,
};

fn new_poll() -> (tempfile::TempDir, Harness<'static, PlazaApp>) {
    let dir = temp_dir();
    let path = write_session(dir.path(), "retreat.ron", &fresh_session());
    let mut harness = console_on(path);
    click_label(&mut harness, "Polls");
    click_button(&mut harness, "New poll");
    (dir, harness)
}

fn section_ids(session: &Session, kind: SectionKind) -> Vec<String> {
    session
        .framework
        .section(kind)
        .items
        .iter()
        .map(|item| item.id.clone())
        .collect()
}

/// Types `number` into the number field captioned `caption`, as a person does: a click, the
/// digits, Enter.
fn type_number(harness: &mut Harness<'_, PlazaApp>, caption: &str, number: &str) {
    let field = harness
        .get_all_by_label(caption)
        .find(|node| node.accesskit_node().role() == Role::SpinButton)
        .expect("the number field")
        .rect();
    click_at(harness, field.center());
    harness.event(Event::Text(number.into()));
    harness.key_press(Key::Enter);
    harness.run();
}

#[test]
fn the_section_buttons_add_to_the_items_ticked() {
    let (_dir, mut harness) = new_poll();
    let start = open_session(&harness);
    let values = section_ids(&start, SectionKind::Values);
    let vision = section_ids(&start, SectionKind::Vision);
    assert_eq!(
        start.polls[0].items, values,
        "a new poll is on the core values"
    );

    click_label(&mut harness, "Items on the poll (6)");
    click_button(&mut harness, "Vision goals");

    let items = &open_session(&harness).polls[0].items;
    let both: Vec<String> = vision.iter().chain(&values).cloned().collect();
    assert_eq!(
        *items, both,
        "the vision goals joined the values, in the slides' order"
    );
    harness.get_by_label(&format!("Items on the poll ({})", both.len()));
    assert!(
        harness
            .get_by_role_and_label(Role::Button, "Vision goals")
            .accesskit_node()
            .is_disabled(),
        "a section already on the poll has nothing to add"
    );
}

#[test]
fn a_poll_with_no_items_ticked_says_why_it_cannot_open() {
    let (_dir, mut harness) = new_poll();
    let values = section_ids(&open_session(&harness), SectionKind::Values);
    click_label(&mut harness, "Items on the poll (6)");
    click_button(&mut harness, "Clear");

    harness.get_by_label("No items ticked: a poll needs at least one before it opens.");
    harness.get_by_label("Items on the poll (0)");
    let open = harness.get_by_role_and_label(Role::Button, "Open voting");
    assert!(open.accesskit_node().is_disabled());
    let poll = &open_session(&harness).polls[0];
    assert_eq!(poll.status, PollStatus::Draft);
    assert_eq!(poll.items, values, "the file keeps a poll that is valid");

    click_button(&mut harness, "Mission");
    let mission = section_ids(&open_session(&harness), SectionKind::Mission);
    assert_eq!(
        open_session(&harness).polls[0].items,
        mission,
        "only what was added"
    );
    assert!(
        harness
            .query_by_label("No items ticked: a poll needs at least one before it opens.")
            .is_none()
    );
    click_button(&mut harness, "Open voting");
    assert_eq!(open_session(&harness).polls[0].status, PollStatus::Open);
}

fn dots(harness: &Harness<'_, PlazaApp>) -> (u32, u32) {
    match open_session(harness).polls[0].method {
        PollMethod::Dots {
            per_person,
            per_item,
        } => (per_person, per_item),
        ref other => panic!("not a dot poll: {other:?}"),
    }
}

#[test]
fn dot_numbers_out_of_range_are_refused_in_words() {
    let (_dir, mut harness) = new_poll();
    let before = dots(&harness);

    type_number(&mut harness, "Dots per person", "0");
    harness.get_by_label("Each person needs at least 1 dot: 0 was not taken.");
    assert_eq!(dots(&harness), before, "nothing changed");

    let over = before.0 + 4;
    type_number(&mut harness, "At most on one choice", &over.to_string());
    harness.get_by_label_contains(&format!("{over} was not taken."));
    assert_eq!(dots(&harness), before);

    type_number(&mut harness, "Dots per person", "1");
    assert_eq!(
        dots(&harness),
        (1, 1),
        "the cap follows a budget lowered below it"
    );
    harness.get_by_label("“At most on one choice” went down to 1, the new dots per person.");

    type_number(&mut harness, "Dots per person", "7");
    assert_eq!(dots(&harness), (7, 1));
    harness.get_by_label("The items and method can change until the first vote.");
}

#[test]
fn any_note_theme_or_action_item_can_be_added_to_a_poll() {
    let dir = temp_dir();
    let mut start = plaza::sample::example_retreat();
    start.polls.clear();
    let mut editor = plaza::model::Editor::new(start);
    let grouped: Vec<String> = editor.session().notes[..2]
        .iter()
        .map(|note| note.id.clone())
        .collect();
    let (edit, theme) =
        plaza::model::group_as_theme(editor.session(), "Own the measures", &grouped);
    editor.apply(edit).expect("grouped");
    let session = editor.session().clone();
    let path = write_session(dir.path(), "retreat.ron", &session);
    let mut harness = console_on(path);
    click_label(&mut harness, "Polls");
    click_button(&mut harness, "New poll");
    click_label(&mut harness, "Items on the poll (6)");

    let note = &session.notes[5];
    let action = &session.actions[0];
    for (words, id) in [
        ("Own the measures", &theme),
        (note.text.as_str(), &note.id),
        (action.text.as_str(), &action.id),
    ] {
        click_button(&mut harness, "Add a note, theme or action item…");
        let find = harness.get_by_role_and_label(Role::TextInput, "Find");
        find.focus();
        find.type_text(&words[..12]);
        harness.run();
        harness
            .get_all_by_role(Role::Button)
            .find(|node| {
                let label = node.accesskit_node().label().unwrap_or_default();
                label.contains(&words[..12]) && !label.starts_with("Item")
            })
            .expect("the choice is listed")
            .click_accesskit();
        harness.run();
        let poll = &open_session(&harness).polls[0];
        assert_eq!(poll.items.last(), Some(id), "“{words}” was added last");
    }
    let poll = &open_session(&harness).polls[0];
    assert_eq!(
        poll.items.len(),
        9,
        "six values and three of the room's words"
    );
    harness.get_by_label("Theme · Own the measures");
    harness.get_by_label(&format!("Action item · {}", action.text));
    assert_eq!(open_session(&harness).needed_format_version(), 2);
}
