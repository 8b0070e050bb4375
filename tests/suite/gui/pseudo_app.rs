//! The whole app in the pseudo-language: every console tab, window, menu, notice, the review
//! desk, "New session from…", a file that did not open and the booth handed round, on a session
//! whose own words are marked. Any letter outside the marks is a word someone wrote into the
//! code instead of the catalogue.

use std::path::{Path, PathBuf};

use egui::Vec2;
use egui::accesskit::Role;
use egui_kittest::Harness;
use egui_kittest::kittest::{NodeT, Queryable};
use plaza::gui::PlazaApp;
use plaza::model::{PollStatus, Session};
use plaza::store::Document;
use plaza::words::{Lang, PSEUDO_MARKS, Words};

use super::pseudo_language::{mark_session, marked_session, unmarked};
use crate::support::{last_year_path, temp_dir, write_session};

const SIZES: [Vec2; 2] = [egui::vec2(1280.0, 800.0), egui::vec2(1800.0, 1100.0)];

/// Text that may stand unmarked on a screen, as it is nobody's sentence to translate:
fn allowed() -> Vec<String> {
    let mut allowed: Vec<String> = [Lang::English, Lang::Spanish]
        .into_iter()
        // Each language is offered in its own name, whatever the app speaks.
        .map(|lang| lang.name().to_owned())
        .collect();
    // The built-in framework is an organisation's statement, as one's own would be, offered by
    // its title among the frameworks a new session may start from.
    allowed.push(plaza::store::default_framework().title);
    // egui's own name for the handle that resizes a panel, for screen readers.
    allowed.push("Resize panel".to_owned());
    // The statement as the person typed it, in its box.
    allowed.push(STATEMENT.to_owned());
    allowed
}

/// A keyboard shortcut as egui writes it beside a menu's entry: "Ctrl+Shift+S".
fn is_shortcut(word: &str) -> bool {
    let keys: Vec<&str> = word.split('+').collect();
    keys.len() > 1
        && keys[..keys.len() - 1]
            .iter()
            .all(|key| ["Ctrl", "Shift", "Alt", "Cmd"].contains(key))
}

/// Whether `text` has a letter neither marked, allowed, nor in a shortcut.
fn stray(text: &str, allowed: &[String]) -> bool {
    let mut rest = text.to_owned();
    for word in allowed {
        rest = rest.replace(word.as_str(), "");
    }
    let rest: Vec<&str> = rest.split(' ').filter(|word| !is_shortcut(word)).collect();
    unmarked_letters(&rest.join(" "))
}

fn unmarked_letters(text: &str) -> bool {
    let (open, close) = PSEUDO_MARKS;
    let mut depth = 0usize;
    text.chars().any(|c| {
        if c == open {
            depth += 1;
        } else if c == close {
            depth = depth.saturating_sub(1);
        }
        depth == 0 && c.is_alphabetic()
    })
}

/// What the walk found, screen by screen, said all at once at the end.
struct Walk {
    allowed: Vec<String>,
    found: std::collections::BTreeSet<String>,
}

impl Walk {
    fn new(files: &[&Path]) -> Walk {
        let mut allowed = allowed();
        // A file's name and folder are the computer's, not Plaza's.
        for file in files {
            allowed.push(file.display().to_string());
            if let Some(name) = file.file_name() {
                allowed.push(name.to_string_lossy().into_owned());
            }
            if let Some(folder) = file.parent() {
                allowed.push(folder.display().to_string());
            }
        }
        allowed.sort_by_key(|word| std::cmp::Reverse(word.len()));
        Walk {
            allowed,
            found: std::collections::BTreeSet::new(),
        }
    }

    /// Looks at the screen showing `sign` (so that the walk is where it thinks it is).
    fn look(&mut self, harness: &Harness<'_, PlazaApp>, screen: &str, sign: &str) {
        assert!(
            harness.query_all_by_label_contains(sign).next().is_some(),
            "{screen} shows {sign:?}"
        );
        for text in unmarked(harness) {
            if stray(&text, &self.allowed) {
                self.found.insert(format!("{screen}: {text:?}"));
            }
        }
    }

    fn assert_all_marked(self) {
        let found: Vec<String> = self.found.into_iter().collect();
        assert!(
            found.is_empty(),
            "words that did not come from the catalogue:\n{}",
            found.join("\n")
        );
    }
}

/// `text` as the pseudo-language says a message with no values.
fn said(text: &str) -> String {
    let (open, close) = PSEUDO_MARKS;
    format!("{open}{text}{close}")
}

fn app_harness(size: Vec2, app: impl FnOnce() -> PlazaApp + 'static) -> Harness<'static, PlazaApp> {
    let mut harness = Harness::builder()
        .with_size(size)
        .with_max_steps(64)
        .build_eframe(move |_cc| app().with_words(Words::pseudo()));
    harness.run();
    harness
}

fn pseudo_console(path: PathBuf, size: Vec2) -> Harness<'static, PlazaApp> {
    let recent = path.clone();
    let mut harness = app_harness(size, move || {
        PlazaApp::new(Document::open(&path, || {})).with_recent(None, vec![recent])
    });
    harness.state_mut().set_reviewing(false);
    harness.run();
    harness
}

/// Clicks the button (a tab, a menu, an entry) the pseudo-language words as `english`, a menu's
/// entry with its shortcut beside it: a menu and a field may share a word, and only the one a
/// person clicks is meant.
fn click(harness: &mut Harness<'_, PlazaApp>, english: &str) {
    let label = said(english);
    let clicked = harness
        .query_all_by_label_contains(&label)
        .find(|node| {
            let node = node.accesskit_node();
            let text = node.label().unwrap_or_default();
            !matches!(node.role(), Role::Label | Role::TextInput)
                && (text == label || text.starts_with(&format!("{label} ")))
        })
        .map(|node| node.click_accesskit());
    assert!(clicked.is_some(), "a button says {label}");
    harness.run();
}

fn press(harness: &mut Harness<'_, PlazaApp>, key: egui::Key) {
    harness.key_press(key);
    harness.run();
}

/// The marked example with a poll in each state: the dot vote revealed, a draft copy of it,
/// the rating open, the ranking closed, and the hand count revealed.
fn every_poll_state() -> Session {
    let mut session = marked_session();
    let mut draft = session.polls[0].clone();
    draft.id = "draft".into();
    draft.status = PollStatus::Draft;
    draft.ballots.clear();
    session.polls[1].status = PollStatus::Open;
    session.polls[2].status = PollStatus::Closed;
    session.polls.push(draft);
    session
}

/// Clicks the poll asking `question` in the polls tab's list.
fn choose_poll(harness: &mut Harness<'_, PlazaApp>, question: &str) {
    let start: String = question.chars().take(12).collect();
    harness
        .query_all_by_label_contains(&start)
        .find(|node| node.accesskit_node().role() == Role::Button)
        .unwrap_or_else(|| panic!("the poll {question:?} is listed"))
        .click_accesskit();
    harness.run();
}

fn walk_console(harness: &mut Harness<'static, PlazaApp>, session: &Session, walk: &mut Walk) {
    walk.look(harness, "console, notes", &said("New note"));
    // Every item's notes, each row naming its item, and one chosen: its row's buttons.
    click(harness, "All items");
    let note = &session.notes.last().expect("a note").text;
    walk.look(harness, "console, notes of every item", note);
    let row = harness
        .query_all_by_label_contains(note)
        .find(|node| node.accesskit_node().role() == Role::Button)
        .map(|row| row.click_accesskit());
    assert!(row.is_some(), "the note {note:?} is listed");
    harness.run();
    walk.look(harness, "console, notes, one chosen", &said("Edit note"));
    click(harness, "Action items");
    walk.look(harness, "console, action items", &said("New action item"));
    click(harness, "Polls");
    for poll in &session.polls {
        choose_poll(harness, &poll.question);
        let screen = format!("console, poll {} ({:?})", poll.id, poll.status);
        walk.look(harness, &screen, &said("Delete poll…"));
    }
    click(harness, "Framework");
    walk.look(harness, "console, framework", &said("Save as a template"));

    click(harness, "Details…");
    walk.look(harness, "the details window", &said("Session details"));
    press(harness, egui::Key::Escape);

    for (menu, sign) in [("Session", "Open…"), ("View", "Language"), ("Edit", "Undo")] {
        click(harness, menu);
        walk.look(harness, &format!("the {menu} menu"), &said(sign));
        match menu {
            "Session" => {
                click(harness, "Recent");
                walk.look(harness, "the Recent menu", &session.title);
            }
            "View" => {
                click(harness, "Language");
                walk.look(harness, "the Language menu", "Español");
                click(harness, "Projector language");
                walk.look(
                    harness,
                    "the Projector language menu",
                    &said("Same as the console"),
                );
            }
            _ => {}
        }
        press(harness, egui::Key::Escape);
    }

    // A change and its undoing: the notice says what was undone.
    click(harness, "Action items");
    let what_label = said("What");
    let what = harness.get_by_role_and_label(Role::TextInput, &what_label);
    what.focus();
    what.type_text(&said("Call the clinics"));
    harness.run();
    click(harness, "Add action");
    click(harness, "Undo");
    assert!(
        harness.state().history_message().is_some(),
        "the undo is said"
    );
    walk.look(harness, "a notice after undo", &said("Call the clinics"));
}

/// A file that cannot be read, asked for a comparison: the notice says so, and why.
fn walk_failure_notice(harness: &mut Harness<'static, PlazaApp>, broken: &Path, walk: &mut Walk) {
    harness.state_mut().compare_with(broken);
    harness.run();
    assert!(harness.state().comparison().is_none());
    walk.look(
        harness,
        "a notice of a file not read",
        &said("Could not read that session"),
    );
}

/// A statement whose own words are marked, the lines leading into a section too.
const STATEMENT: &str = "‹Acme Health›\n\n‹Our mission is to serve:›\n- ‹LISTENING to every patient›\n\
    \n‹Our values›\n- ‹RESPECT›: ‹We treat everyone with dignity›\n\n‹Footer line›\n";

/// "New session from…": a recent session's framework previewed, then a pasted statement.
fn walk_new_from(harness: &mut Harness<'static, PlazaApp>, session: &Session, walk: &mut Walk) {
    // The first offered is the built-in framework, whose words are an organisation's: a
    // recent session's, marked, shows the window's own.
    let title = &session.framework.title;
    let recent = harness
        .query_all_by_label_contains(title)
        .find(|node| node.accesskit_node().role() == Role::Button)
        .map(|node| node.click_accesskit());
    assert!(
        recent.is_some(),
        "the recent session's framework is offered"
    );
    harness.run();
    walk.look(
        harness,
        "New session from…, a recent session's framework",
        &said("Create session"),
    );
    click(harness, "The organisation's statement, pasted");
    walk.look(
        harness,
        "New session from…, nothing pasted yet",
        &said("Statement"),
    );
    let label = said("Statement");
    let field = harness.get_by_role_and_label(Role::MultilineTextInput, &label);
    field.focus();
    field.type_text(STATEMENT);
    harness.run();
    walk.look(
        harness,
        "New session from…, a statement pasted",
        "‹Footer line›",
    );
}

#[test]
fn every_screen_of_the_app_speaks_only_the_catalogue() {
    for size in SIZES {
        let dir = temp_dir();
        let session = every_poll_state();
        let path = write_session(dir.path(), "retreat.ron", &session);
        let broken = dir.path().join("broken.ron");
        std::fs::write(&broken, "Session(format_version: 1, title: ").expect("write");
        let mut walk = Walk::new(&[&path, &broken]);
        let mut harness = pseudo_console(path, size);
        walk_console(&mut harness, &session, &mut walk);
        walk_failure_notice(&mut harness, &broken, &mut walk);

        // The laptop handed round: the open rating poll's booth.
        click(&mut harness, "Polls");
        choose_poll(&mut harness, &session.polls[1].question);
        click(&mut harness, "Booth on this laptop");
        assert!(harness.state().booth_here());
        walk.look(&harness, "the booth on the laptop", &said("Cast my vote"));
        harness.key_press_modifiers(
            egui::Modifiers::COMMAND | egui::Modifiers::SHIFT,
            egui::Key::F,
        );
        harness.run();

        harness.state_mut().set_reviewing(true);
        harness.run();
        walk.look(
            &harness,
            "the review desk",
            &said("What the polls put first"),
        );

        click(&mut harness, "Session");
        click(&mut harness, "New session from…");
        walk_new_from(&mut harness, &session, &mut walk);
        walk.assert_all_marked();
    }
}

#[test]
fn a_file_that_did_not_open_speaks_only_the_catalogue() {
    let dir = temp_dir();
    let broken = dir.path().join("broken.ron");
    std::fs::write(&broken, "Session(format_version: 1, title: ").expect("write");
    let notes = dir.path().join("notes.txt");
    std::fs::write(&notes, "Agenda(items: [\"coffee\"])\n").expect("write");
    let mut walk = Walk::new(&[&broken, &notes]);
    for file in [broken.clone(), notes.clone()] {
        for size in SIZES {
            let file = file.clone();
            let harness = app_harness(size, move || PlazaApp::new(Document::open(&file, || {})));
            walk.look(&harness, "a file that did not open", &said("Open another…"));
        }
    }
    walk.assert_all_marked();
}

/// The marked example, compared with last year's, marked the same way.
#[test]
fn comparing_speaks_only_the_catalogue() {
    let dir = temp_dir();
    let path = write_session(dir.path(), "retreat.ron", &marked_session());
    let mut before = plaza::store::load(&last_year_path())
        .expect("last year loads")
        .session;
    mark_session(&mut before);
    let before_title = before.title.clone();
    let before = write_session(dir.path(), "2025.ron", &before);
    let mut walk = Walk::new(&[&path, &before]);
    for size in SIZES {
        let mut harness = pseudo_console(path.clone(), size);
        harness.state_mut().compare_with(&before);
        harness.run();
        assert!(harness.state().comparison().is_some());
        walk.look(&harness, "the comparison", &before_title);
    }
    walk.assert_all_marked();
}

/// The marked example with a laptop's copy merged in: the preview, with a note more, a note
/// changed on both and a hand count counted differently.
#[test]
fn a_merge_preview_speaks_only_the_catalogue() {
    let dir = temp_dir();
    let session = marked_session();
    let path = write_session(dir.path(), "retreat.ron", &session);
    let mut laptop = session.clone();
    let mut extra = laptop.notes[0].clone();
    extra.id = "from-the-laptop".into();
    extra.text = said("Fewer double shifts");
    laptop.notes.push(extra);
    laptop.notes[1].text = said("Changed on the laptop");
    let tally = laptop
        .polls
        .iter_mut()
        .find(|poll| !poll.method.takes_ballots())
        .expect("the example's hand count");
    if let Some(count) = tally.tally.values_mut().next() {
        *count += 1;
    }
    let laptop = write_session(dir.path(), "laptop.ron", &laptop);
    let mut walk = Walk::new(&[&path, &laptop]);
    for size in SIZES {
        let mut harness = pseudo_console(path.clone(), size);
        harness.state_mut().merge_in(&laptop);
        harness.run();
        assert!(harness.state().merge_plan().is_some());
        walk.look(&harness, "the merge preview", "‹Fewer double shifts›");
        walk.look(&harness, "the merge preview", "‹Changed on the laptop›");
        walk.look(
            &harness,
            "the merge preview",
            "differences between the two sessions",
        );
    }
    walk.assert_all_marked();
}

#[test]
fn the_rarer_screens_speak_only_the_catalogue() {
    let dir = temp_dir();
    let session = every_poll_state();
    let path = write_session(dir.path(), "retreat.ron", &session);
    let mut walk = Walk::new(&[&path]);

    // The notes wall's controls, once the notes are on the wall.
    let mut harness = pseudo_console(path.clone(), SIZES[0]);
    click(&mut harness, "Show on the wall");
    walk.look(&harness, "the notes wall's controls", &said("Notes wall"));

    // A read-only console: the file is held by the Plaza above.
    let held = path.clone();
    let mut second = app_harness(SIZES[0], move || {
        PlazaApp::new(Document::open(&held, || {}))
    });
    second.state_mut().set_reviewing(false);
    second.run();
    assert!(
        second
            .state()
            .document()
            .is_some_and(|d| d.read_only().is_some()),
        "the second Plaza has the file read-only"
    );
    walk.look(&second, "a read-only console", &said("Read-only"));
    drop(second);

    // A typed path where the computer has no file chooser.
    let recent = path.clone();
    let mut typed = Harness::builder()
        .with_size(SIZES[0])
        .with_max_steps(64)
        .build_eframe(move |_cc| {
            PlazaApp::starting()
                .with_recent(None, vec![recent])
                .with_words(Words::pseudo())
                .with_file_chooser(plaza::gui::app::chooser::Chooser::Missing)
        });
    typed.run();
    click(&mut typed, "Open…");
    walk.look(&typed, "a typed path", &said("Open a session"));
    walk.assert_all_marked();
}
