//! Shared pieces of the test suite.

use std::path::{Path, PathBuf};

use egui_kittest::kittest::Queryable;
use plaza::model::Session;

/// The example session shipped with the program.
pub fn example_path() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("sessions/example-retreat.ron")
}

/// The example session, as read from its file in `sessions/`.
pub fn example() -> Session {
    plaza::store::load(&example_path())
        .expect("the example loads")
        .session
}

/// The example's previous year, for comparisons.
pub fn last_year_path() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("sessions/example-retreat-2025.ron")
}

/// A fresh temporary folder, removed when dropped.
pub fn temp_dir() -> tempfile::TempDir {
    tempfile::tempdir().expect("a temporary folder")
}

/// Writes `session` as a file `name` in `dir` with Plaza's own saver and returns its path.
pub fn write_session(dir: &Path, name: &str, session: &Session) -> PathBuf {
    let path = dir.join(name);
    plaza::store::save(&path, session).expect("the session saves");
    path
}

/// Runs one `#[ignore]`d test of this binary in a child process, as a separate program: for
/// tests that kill a process, limit its resources, or need a second holder of a lock.
pub fn child_command(test: &str, envs: &[(&str, &Path)]) -> std::process::Command {
    let mut command = std::process::Command::new(std::env::current_exe().expect("the test binary"));
    command.args([
        "--exact",
        test,
        "--ignored",
        "--nocapture",
        "--test-threads=1",
    ]);
    for (key, value) in envs {
        command.env(key, value);
    }
    command
}

/// The file a child process was asked to work on, or `None` when the test runs on its own.
pub fn child_file(var: &str) -> Option<PathBuf> {
    std::env::var_os(var).map(PathBuf::from)
}

/// A session on the built-in framework with one open ranking poll (ranking ballots have no
/// budget, so a child can cast as many as it likes).
pub fn session_with_open_ranking_poll() -> Session {
    use plaza::model::{Poll, PollMethod, PollStatus};
    let date = chrono::NaiveDate::from_ymd_opt(2026, 11, 26).expect("a date");
    let mut session = Session::new("Kill test", date, plaza::store::default_framework());
    let mut poll = Poll::draft(
        "poll".into(),
        "Rank the values".into(),
        session.framework.value_ids(),
        PollMethod::Ranking,
    );
    poll.status = PollStatus::Open;
    session.polls.push(poll);
    session
}

/// Byte-for-byte content of a file.
pub fn bytes(path: &Path) -> Vec<u8> {
    std::fs::read(path).expect("the file can be read")
}

/// Names of the files in `dir`, sorted.
pub fn file_names(dir: &Path) -> Vec<String> {
    let mut names: Vec<String> = std::fs::read_dir(dir)
        .expect("list the folder")
        .map(|entry| {
            entry
                .expect("an entry")
                .file_name()
                .to_string_lossy()
                .into_owned()
        })
        .collect();
    names.sort();
    names
}

/// Dot-vote marks from (item, dots) pairs.
pub fn dots(pairs: &[(&str, u32)]) -> plaza::model::Marks {
    plaza::model::Marks::Dots(
        pairs
            .iter()
            .map(|&(item, n)| (item.to_owned(), n))
            .collect(),
    )
}

/// The example session's text with the first `find` replaced: a file broken in one known way.
pub fn example_with(find: &str, replace: &str) -> String {
    let text = std::fs::read_to_string(example_path()).expect("the example");
    assert!(text.contains(find), "the example holds {find:?}");
    text.replacen(find, replace, 1)
}

/// The console on the session file at `path`, 1800 × 1100, drawn once. The saver thread asks
/// for a repaint when a save lands, which takes a few more frames than kittest's default.
pub fn console_on(path: PathBuf) -> egui_kittest::Harness<'static, plaza::gui::PlazaApp> {
    console_speaking(path, plaza::words::Words::of(plaza::words::Lang::English))
}

/// The console on the session file at `path`, as [`console_on`], speaking Spanish.
pub fn console_in_spanish(path: PathBuf) -> egui_kittest::Harness<'static, plaza::gui::PlazaApp> {
    console_speaking(path, plaza::words::Words::of(plaza::words::Lang::Spanish))
}

fn console_speaking(
    path: PathBuf,
    words: &'static plaza::words::Words,
) -> egui_kittest::Harness<'static, plaza::gui::PlazaApp> {
    let builder = egui_kittest::Harness::builder()
        .with_size(egui::vec2(1800.0, 1100.0))
        .with_max_steps(64);
    let mut harness = builder.build_eframe(move |cc| {
        let ctx = cc.egui_ctx.clone();
        plaza::gui::PlazaApp::new(plaza::store::Document::open(&path, move || {
            ctx.request_repaint()
        }))
        .with_words(words)
    });
    harness.run();
    harness
}

/// The app on `opened`, at the console even for a finished session (which opens in review).
pub fn at_console(
    opened: Result<plaza::store::Document, plaza::store::StoreError>,
) -> plaza::gui::PlazaApp {
    let mut app = plaza::gui::PlazaApp::new(opened);
    app.set_reviewing(false);
    app
}

/// Casts the booth's ballot as the app does, through the document. Returns the revision that
/// holds the ballot.
pub fn cast_in_booth(
    booth: &mut plaza::gui::room::booth::Booth,
    document: &mut plaza::store::Document,
) -> u64 {
    booth
        .cast(|edit| document.apply(edit))
        .expect("the ballot is taken")
}

/// A session on the built-in framework with nothing in it yet.
pub fn fresh_session() -> Session {
    let date = chrono::NaiveDate::from_ymd_opt(2026, 11, 26).expect("a date");
    Session::new("Keys test", date, plaza::store::default_framework())
}

/// Clicks the widget labelled `label` through AccessKit, then lets the frame run.
pub fn click_label(harness: &mut egui_kittest::Harness<'_, plaza::gui::PlazaApp>, label: &str) {
    harness.get_by_label(label).click_accesskit();
    harness.run();
}

/// Clicks the button labelled `label` through AccessKit, then lets the frame run.
pub fn click_button(harness: &mut egui_kittest::Harness<'_, plaza::gui::PlazaApp>, label: &str) {
    harness
        .get_by_role_and_label(egui::accesskit::Role::Button, label)
        .click_accesskit();
    harness.run();
}

/// A real pointer press and release at `pos`, as a hand on a mouse gives.
pub fn click_at(harness: &mut egui_kittest::Harness<'_, plaza::gui::PlazaApp>, pos: egui::Pos2) {
    harness.event(egui::Event::PointerMoved(pos));
    for pressed in [true, false] {
        harness.event(egui::Event::PointerButton {
            pos,
            button: egui::PointerButton::Primary,
            pressed,
            modifiers: egui::Modifiers::NONE,
        });
    }
    harness.run();
}

/// Types `text` into the console's note box and presses Enter, as a facilitator takes a note.
pub fn type_note(harness: &mut egui_kittest::Harness<'_, plaza::gui::PlazaApp>, text: &str) {
    let entry = harness.get_by_role_and_label(egui::accesskit::Role::TextInput, "New note");
    entry.focus();
    entry.type_text(text);
    harness.run();
    harness.key_press(egui::Key::Enter);
    harness.run();
}

/// The session open in the app, as it stands.
pub fn open_session(harness: &egui_kittest::Harness<'_, plaza::gui::PlazaApp>) -> Session {
    harness
        .state()
        .document()
        .expect("a session")
        .session()
        .clone()
}

/// The example session with the first `phones` ballots of its dot vote (23 ballots) cast on
/// phones instead of at the booth.
pub fn example_with_phone_ballots(phones: usize) -> Session {
    let mut session = example();
    let dots = session
        .polls
        .iter_mut()
        .find(|poll| matches!(poll.method, plaza::model::PollMethod::Dots { .. }))
        .expect("the example's dot vote");
    for ballot in dots.ballots.iter_mut().take(phones) {
        ballot.source = plaza::model::BallotSource::Phone;
    }
    session
}

/// The browser's command; the browser tests run on request only, where Chromium is installed.
pub fn chromium() -> &'static str {
    ["chromium", "chromium-browser", "google-chrome"]
        .into_iter()
        .find(|name| {
            std::process::Command::new(name)
                .arg("--version")
                .output()
                .is_ok_and(|output| output.status.success())
        })
        .unwrap_or_else(|| {
            panic!("Chromium is not installed: install it (apt-get install chromium) to run this")
        })
}
