//! Capturing notes and action items from the console as a facilitator does: type, Enter, next;
//! kinds by keyboard; edit, move, delete and undo; filters; the spotlight; the notes wall.

use egui::accesskit::Role;
use egui::{Key, Modifiers, Rect};
use egui_kittest::Harness;
use egui_kittest::kittest::{NodeT, Queryable};
use plaza::gui::PlazaApp;
use plaza::gui::room::deck::Slide;
use plaza::gui::room::notes_wall::{WallView, notes_wall_ui, wall_pages};
use plaza::gui::room::text::MIN_TEXT_SHARE;
use plaza::gui::theme::ThemeChoice;
use plaza::model::{About, Note, NoteKind, Session};

use crate::support::{console_on, temp_dir, type_note, write_session};

fn fresh_session() -> Session {
    let date = chrono::NaiveDate::from_ymd_opt(2026, 11, 26).expect("a date");
    Session::new("Notes test", date, plaza::store::default_framework())
}

fn notes(harness: &Harness<'_, PlazaApp>) -> Vec<Note> {
    harness
        .state()
        .document()
        .expect("a session")
        .session()
        .notes
        .clone()
}

#[test]
fn notes_are_typed_one_after_another_with_group_and_kind_kept() {
    let dir = temp_dir();
    let path = write_session(dir.path(), "retreat.ron", &fresh_session());
    let mut harness = console_on(path);
    harness.get_by_label("15. COMPASSION").click_accesskit();
    harness.run();
    assert_eq!(harness.state().slide(), &Slide::Value("compassion".into()));

    let group = harness.get_by_role_and_label(Role::TextInput, "Group");
    group.focus();
    group.type_text("Table 3");
    harness.run();
    type_note(&mut harness, "Night-shift nurses stay past their shift");
    assert!(
        harness
            .get_by_role_and_label(Role::TextInput, "New note")
            .is_focused(),
        "the cursor stays in the box for the next note"
    );
    // Ctrl+2 makes the next note a concern, without leaving the box.
    harness.key_press_modifiers(Modifiers::COMMAND, Key::Num2);
    harness.run();
    harness
        .get_by_role_and_label(Role::TextInput, "New note")
        .type_text("Wait times in the ER");
    harness.run();
    harness.key_press(Key::Enter);
    harness.run();

    let captured = notes(&harness);
    assert_eq!(captured.len(), 2);
    for note in &captured {
        assert_eq!(note.about, About::Item("compassion".into()));
        assert_eq!(note.group, "Table 3", "the group stays as last typed");
    }
    assert_eq!(captured[0].kind, NoteKind::Strength);
    assert_eq!(captured[1].kind, NoteKind::Concern);
    assert_eq!(captured[1].text, "Wait times in the ER");
    // The slide list counts them.
    harness.get_by_label("15. COMPASSION  · 2");
    assert_eq!(
        harness.state().undo_label().as_deref(),
        Some("Undo: add note “Wait times in the ER”")
    );

    // Filter by words: one of two.
    let find = harness.get_by_role_and_label(Role::TextInput, "Find");
    find.focus();
    find.type_text("wait");
    harness.run();
    harness.get_by_label("1 of 2 notes");
}

#[test]
fn a_note_is_edited_moved_to_the_parking_lot_deleted_and_brought_back() {
    let dir = temp_dir();
    let path = write_session(dir.path(), "retreat.ron", &fresh_session());
    let mut harness = console_on(path);
    harness.get_by_label("15. COMPASSION").click_accesskit();
    harness.run();
    type_note(&mut harness, "Budget timeline?");
    type_note(&mut harness, "Chaplains on every ward");

    // Newest first: the first Edit button is the chaplains note.
    harness
        .query_all_by_label("Edit note")
        .next()
        .expect("an Edit note button")
        .click_accesskit();
    harness.run();
    harness.get_by_label("About").click_accesskit();
    harness.run();
    harness
        .query_all_by_label("Parking lot")
        .last()
        .expect("the parking lot in the list")
        .click_accesskit();
    harness.run();
    harness.get_by_label("Save").click_accesskit();
    harness.run();
    let moved = notes(&harness);
    assert_eq!(moved[1].text, "Chaplains on every ward");
    assert_eq!(
        moved[1].about,
        About::ParkingLot,
        "moved to the parking lot"
    );
    harness.get_by_label("15. COMPASSION  · 1");

    // Clicking a note shows its actions.
    harness
        .query_all_by_label_contains("Budget timeline?")
        .find(|node| node.accesskit_node().role() == Role::Button)
        .expect("the note in the list")
        .click_accesskit();
    harness.run();
    harness.get_by_label("Delete").click_accesskit();
    harness.run();
    assert_eq!(notes(&harness).len(), 1);
    assert_eq!(
        harness.state().undo_label().as_deref(),
        Some("Undo: delete note “Budget timeline?”")
    );
    // The quick-entry box has the cursor but nothing typed: Ctrl+Z undoes the deletion.
    harness
        .get_by_role_and_label(Role::TextInput, "New note")
        .focus();
    harness.run();
    harness.key_press_modifiers(Modifiers::COMMAND, Key::Z);
    harness.run();
    assert_eq!(notes(&harness).len(), 2);
    assert_eq!(
        notes(&harness)[0].text,
        "Budget timeline?",
        "back in its place"
    );
    assert_eq!(
        harness.state().history_message(),
        Some("Undone: delete note “Budget timeline?”")
    );
}

#[test]
fn a_spotlighted_note_fills_the_projector_until_esc() {
    let dir = temp_dir();
    let path = write_session(dir.path(), "retreat.ron", &fresh_session());
    let mut harness = console_on(path);
    harness.get_by_label("15. COMPASSION").click_accesskit();
    harness.run();
    type_note(&mut harness, "Chaplains on every ward");
    harness.key_press(Key::F5);
    harness.run();
    harness.get_by_label("Spotlight").click_accesskit();
    harness.run();
    let id = notes(&harness)[0].id.clone();
    assert_eq!(harness.state().spotlight(), Some(id.as_str()));
    // The projector and its preview show the note, large, with what it is about.
    assert!(
        harness
            .query_all_by_label("Chaplains on every ward")
            .count()
            >= 2
    );
    assert!(
        harness
            .query_all_by_label("COMPASSION  ·  Strength")
            .next()
            .is_some()
    );
    // Esc ends the spotlight, even with the cursor still in the note box; the projector stays.
    assert!(
        harness
            .get_by_role_and_label(Role::TextInput, "New note")
            .is_focused()
    );
    harness.key_press(Key::Escape);
    harness.run();
    assert_eq!(harness.state().spotlight(), None);
    assert!(harness.state().projector_open());
}

/// How many labels on the console, its preview and the projector name the group as the
/// spotlight does.
fn named(harness: &Harness<'_, PlazaApp>, group: &str) -> usize {
    harness.query_all_by_label(&format!("— {group}")).count()
}

#[test]
fn a_spotlight_can_leave_out_who_said_it() {
    let dir = temp_dir();
    let path = write_session(dir.path(), "retreat.ron", &fresh_session());
    let mut harness = console_on(path);
    harness.get_by_label("15. COMPASSION").click_accesskit();
    harness.run();
    let group = harness.get_by_role_and_label(Role::TextInput, "Group");
    group.focus();
    group.type_text("Table 3");
    harness.run();
    type_note(&mut harness, "We never hear back about complaints");
    harness.key_press(Key::F5);
    harness.run();

    // Chosen before the note goes up, so the group's name never flashes on the screen.
    harness
        .get_by_role_and_label(Role::CheckBox, "Name the group")
        .click_accesskit();
    harness.run();
    harness.get_by_label("Spotlight").click_accesskit();
    harness.run();
    assert!(
        harness
            .query_all_by_label("We never hear back about complaints")
            .count()
            >= 2,
        "the projector and its preview show the note"
    );
    assert_eq!(
        named(&harness, "Table 3"),
        0,
        "nor the projector nor the preview names the group"
    );

    // Beside "End spotlight", the choice changes what the room sees at once.
    let name = harness.get_by_role_and_label(Role::CheckBox, "Name the group");
    assert_eq!(
        name.accesskit_node().toggled(),
        Some(egui::accesskit::Toggled::False)
    );
    name.click_accesskit();
    harness.run();
    assert!(
        named(&harness, "Table 3") >= 2,
        "the projector and its preview name the group"
    );
    assert_eq!(
        harness
            .query_all_by_label("We never hear back about complaints")
            .count(),
        harness.query_all_by_label("— Table 3").count(),
        "the group under each spotlighted note"
    );

    // Hidden again, it stays so for the next spotlight.
    harness
        .get_by_role_and_label(Role::CheckBox, "Name the group")
        .click_accesskit();
    harness.key_press(Key::Escape);
    harness.run();
    assert_eq!(harness.state().spotlight(), None);
    harness.get_by_label("Spotlight").click_accesskit();
    harness.run();
    assert!(harness.state().spotlight().is_some());
    assert_eq!(named(&harness, "Table 3"), 0);
}

#[test]
fn action_items_need_a_real_due_date_and_can_be_ticked_off() {
    let dir = temp_dir();
    let path = write_session(dir.path(), "retreat.ron", &fresh_session());
    let mut harness = console_on(path);
    harness.get_by_label("Action items").click_accesskit();
    harness.run();
    for (field, text) in [
        ("What", "Publish the hiring dashboard"),
        ("Owner", "HR lead"),
        ("Due", "2027-02-30"),
    ] {
        let input = harness.get_by_role_and_label(Role::TextInput, field);
        input.focus();
        input.type_text(text);
        harness.run();
    }
    harness.get_by_label_contains("“2027-02-30” is not a date.");
    harness.get_by_label("Add action").click_accesskit();
    harness.run();
    let actions = |harness: &Harness<'_, PlazaApp>| {
        harness
            .state()
            .document()
            .expect("a session")
            .session()
            .actions
            .clone()
    };
    assert!(
        actions(&harness).is_empty(),
        "no action with an impossible date"
    );

    let due = harness.get_by_role_and_label(Role::TextInput, "Due");
    due.focus();
    for _ in 0..2 {
        harness.key_press(Key::Backspace);
    }
    harness
        .get_by_role_and_label(Role::TextInput, "Due")
        .type_text("01");
    harness.run();
    harness.key_press(Key::Enter);
    harness.run();
    let added = actions(&harness);
    assert_eq!(added.len(), 1);
    assert_eq!(added[0].text, "Publish the hiring dashboard");
    assert_eq!(added[0].owner, "HR lead");
    assert_eq!(added[0].due, chrono::NaiveDate::from_ymd_opt(2027, 2, 1));
    assert_eq!(added[0].about, About::General);

    harness.get_by_label("Done").click_accesskit();
    harness.run();
    assert!(actions(&harness)[0].done);
}

fn many_notes(count: usize) -> Session {
    let mut session = fresh_session();
    let values = session.framework.value_ids();
    for index in 0..count {
        session.notes.push(Note {
            id: format!("note-{index}"),
            about: About::Item(values[index % 2].clone()),
            group: format!("Table {}", index % 7 + 1),
            kind: NoteKind::ALL[index % 4],
            text: if index == 5 {
                // Longer than a whole column: it must end in "…", not run off the slide.
                format!(
                    "Note {index}: {}",
                    "a remark that goes on and on, ".repeat(30)
                )
            } else {
                format!("Note {index}: what the table said about this value, in a sentence or two")
            },
            created: plaza::model::now(),
        });
    }
    session
}

struct Wall {
    session: Session,
    view: WallView,
}

#[test]
fn the_wall_pages_every_note_once_and_never_shrinks_the_text() {
    for size in [egui::vec2(1280.0, 720.0), egui::vec2(1024.0, 768.0)] {
        let wall = Wall {
            session: many_notes(70),
            view: WallView::default(),
        };
        let mut harness = Harness::builder().with_size(size).build_ui_state(
            |ui, wall: &mut Wall| {
                let full = ui.ctx().content_rect();
                ui.scope_builder(egui::UiBuilder::new().max_rect(full), |ui| {
                    let palette = ThemeChoice::Dark.palette();
                    notes_wall_ui(ui, &wall.session, &wall.view, &palette, full);
                });
            },
            wall,
        );
        harness.run();
        let pages = wall_pages(
            &harness.ctx,
            &harness.state().session,
            0,
            None,
            size.x / size.y,
        );
        assert!(pages.count() > 2, "70 notes need several pages");
        let window = Rect::from_min_size(egui::Pos2::ZERO, size);
        let mut seen = Vec::new();
        for page in 0..pages.count() {
            harness.state_mut().view.page = page;
            harness.run();
            for node in harness.query_all_by_role(Role::Label) {
                let text = node.accesskit_node().value().unwrap_or_default();
                let rect = node.rect();
                assert!(
                    window.contains_rect(rect),
                    "page {page} at {size:?}: {text:?} leaves the window: {rect:?}"
                );
                assert!(
                    rect.height() >= MIN_TEXT_SHARE * size.y,
                    "page {page} at {size:?}: {text:?} is {} px high",
                    rect.height()
                );
                // On the whole wall a card starts with its kind: "IDEA  Note 12: …".
                if let Some((_, number)) = text.split_once("Note ") {
                    seen.push(number.split(':').next().unwrap_or_default().to_owned());
                }
            }
            harness.get_by_label(&format!(
                "70 notes  ·  page {} of {}",
                page + 1,
                pages.count()
            ));
        }
        seen.sort();
        let mut expected: Vec<String> = (0..70).map(|n| n.to_string()).collect();
        expected.sort();
        assert_eq!(seen, expected, "every note on exactly one page at {size:?}");
    }
}

#[test]
fn the_clicker_turns_the_wall_pages_before_leaving_the_wall() {
    let dir = temp_dir();
    let path = write_session(dir.path(), "retreat.ron", &many_notes(70));
    let mut harness = console_on(path);
    harness
        .get_by_label_contains("Notes wall")
        .click_accesskit();
    harness.run();
    assert_eq!(harness.state().slide(), &Slide::NotesWall);
    let pages = {
        let document = harness.state().document().expect("a session");
        wall_pages(
            &harness.ctx,
            document.session(),
            document.revision(),
            None,
            16.0 / 9.0,
        )
        .count()
    };
    assert!(pages > 2);
    for page in 1..pages {
        harness.key_press(Key::PageDown);
        harness.run();
        assert_eq!(harness.state().wall().page, page);
        assert_eq!(harness.state().slide(), &Slide::NotesWall);
    }
    harness.key_press(Key::PageDown);
    harness.run();
    assert_eq!(
        harness.state().slide(),
        &Slide::Actions,
        "past the last page"
    );
    harness.key_press(Key::PageUp);
    harness.run();
    assert_eq!(harness.state().slide(), &Slide::NotesWall);
    assert_eq!(
        harness.state().wall().page,
        pages - 1,
        "back on the last page"
    );
}

#[test]
fn esc_outside_a_text_field_ends_the_spotlight_before_closing_the_projector() {
    let dir = temp_dir();
    let path = write_session(dir.path(), "retreat.ron", &many_notes(3));
    let mut harness = console_on(path);
    harness.key_press(Key::F5);
    harness.run();
    harness
        .get_by_label("14. EXCELLENCE & ACCOUNTABILITY  · 2")
        .click_accesskit();
    harness.run();
    harness
        .query_all_by_label_contains("Note 0:")
        .find(|node| node.accesskit_node().role() == Role::Button)
        .expect("the note in the list")
        .click_accesskit();
    harness.run();
    harness.get_by_label("Spotlight").click_accesskit();
    harness.run();
    assert!(harness.state().spotlight().is_some());
    harness.key_press(Key::Escape);
    harness.run();
    assert_eq!(harness.state().spotlight(), None);
    assert!(harness.state().projector_open());
    harness.key_press(Key::Escape);
    harness.run();
    assert!(!harness.state().projector_open());
}

#[test]
fn the_edit_menu_names_what_undo_and_redo_will_do() {
    let dir = temp_dir();
    let path = write_session(dir.path(), "retreat.ron", &fresh_session());
    let mut harness = console_on(path);
    harness.get_by_label("15. COMPASSION").click_accesskit();
    harness.run();
    type_note(&mut harness, "Chaplains on every ward");
    harness.get_by_label("Edit").click_accesskit();
    harness.run();
    harness
        .get_by_label_contains("Undo: add note “Chaplains on every ward”")
        .click_accesskit();
    harness.run();
    assert!(notes(&harness).is_empty());
    // The menu may still be open after the first choice; open it if not.
    if harness.query_by_label_contains("Redo: add note").is_none() {
        harness.get_by_label("Edit").click_accesskit();
        harness.run();
    }
    harness
        .get_by_label_contains("Redo: add note “Chaplains on every ward”")
        .click_accesskit();
    harness.run();
    assert_eq!(notes(&harness).len(), 1);
}
