//! The command line: `plaza validate`, `plaza new`, `plaza compare` and what `plaza merge`
//! says, run as a user would.

use std::path::Path;

use plaza::model::{Ballot, Marks, PollMethod, PollStatus};
use plaza::store::load;

use super::{plaza, stdout};
use crate::support::{
    bytes, example, example_path, example_with, last_year_path, temp_dir, write_session,
};

fn write(dir: &Path, name: &str, text: &str) -> String {
    let path = dir.join(name);
    std::fs::write(&path, text).expect("write");
    path.display().to_string()
}

#[test]
fn validate_accepts_the_example() {
    let dir = temp_dir();
    let example = example_path().display().to_string();
    let output = plaza(&["validate", &example], dir.path());
    assert_eq!(stdout(&output), format!("{example}: ok\n"));
    assert_eq!(output.status.code(), Some(0));
}

#[test]
fn validate_explains_each_broken_file_and_changes_none() {
    let dir = temp_dir();
    let syntax = write(
        dir.path(),
        "syntax.ron",
        &example_with("    venue: \"Abiquiú\",\n", "    venue: \"Abiquiú\"\n"),
    );
    let types = write(
        dir.path(),
        "types.ron",
        &example_with("per_person: 3,", "per_person: \"three\","),
    );
    let dangling = write(
        dir.path(),
        "dangling.ron",
        &example_with("about: Item(\"compassion\")", "about: Item(\"kindness\")"),
    );
    let newer = write(
        dir.path(),
        "newer.ron",
        &example_with("format_version: 1,", "format_version: 7,"),
    );
    let mut session = load(&example_path()).expect("example").session;
    let dots = session
        .polls
        .iter_mut()
        .find(|poll| matches!(poll.method, PollMethod::Dots { .. }))
        .expect("a dots poll");
    dots.ballots[0] = Ballot {
        id: "over-budget".into(),
        cast: dots.ballots[0].cast,
        marks: Marks::Dots([("compassion".to_owned(), 2), ("diversity".to_owned(), 2)].into()),
        source: plaza::model::BallotSource::Booth,
    };
    dots.status = PollStatus::Revealed;
    let over_budget = dir.path().join("budget.ron");
    // Written as text directly: Plaza's own saver would write it, but the point is a file from elsewhere.
    std::fs::write(
        &over_budget,
        plaza::store::encode(&session).expect("encode"),
    )
    .expect("write");
    let over_budget = over_budget.display().to_string();
    let missing = dir.path().join("missing.ron").display().to_string();
    let example = example_path().display().to_string();

    let files = [
        &syntax,
        &types,
        &dangling,
        &newer,
        &over_budget,
        &missing,
        &example,
    ];
    let before: Vec<Option<Vec<u8>>> = files.iter().map(|f| std::fs::read(f).ok()).collect();
    let args: Vec<&str> = std::iter::once("validate")
        .chain(files.iter().map(|f| f.as_str()))
        .collect();
    let output = plaza(&args, dir.path());
    let text = stdout(&output);
    assert_eq!(output.status.code(), Some(1), "{text}");
    let line = |prefix: &str| {
        text.lines()
            .find(|line| line.starts_with(prefix))
            .unwrap_or_else(|| panic!("a line for {prefix} in:\n{text}"))
            .to_owned()
    };

    let syntax_line = line(&syntax);
    assert_eq!(
        syntax_line,
        format!("{syntax}:7:5: Expected comma"),
        "FILE:LINE:COL: message"
    );
    let types_line = line(&types);
    assert!(
        types_line.contains(':') && types_line.to_lowercase().contains("integer"),
        "{types_line}"
    );
    assert!(
        line(&dangling).contains("it is about \"kindness\", which is not an item of the framework"),
        "{}",
        line(&dangling)
    );
    assert!(
        line(&newer).contains("newer version of Plaza"),
        "{}",
        line(&newer)
    );
    assert_eq!(
        line(&over_budget),
        format!(
            "{over_budget}: poll \"Which values need the most attention next year?\": ballot over-budget: 4 dots but the budget is 3"
        )
    );
    assert!(
        line(&missing).starts_with(&format!("{missing}: cannot read:")),
        "{}",
        line(&missing)
    );
    assert_eq!(line(&example), format!("{example}: ok"));
    let after: Vec<Option<Vec<u8>>> = files.iter().map(|f| std::fs::read(f).ok()).collect();
    assert_eq!(before, after, "validate changes no file");
    assert!(!Path::new(&missing).exists());
    assert!(
        output.stderr.is_empty(),
        "{}",
        String::from_utf8_lossy(&output.stderr)
    );
}

#[test]
fn validate_survives_garbage() {
    let dir = temp_dir();
    let inputs = [
        "",
        "\u{0}\u{1}\u{2}",
        "Session(",
        "[1, 2, 3]",
        "Session(format_version: 1)",
        "(((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((",
    ];
    for (n, text) in inputs.iter().enumerate() {
        let file = write(dir.path(), &format!("garbage-{n}.ron"), text);
        let output = plaza(&["validate", &file], dir.path());
        assert_eq!(output.status.code(), Some(1), "{file}: {}", stdout(&output));
        assert!(stdout(&output).starts_with(&file), "{}", stdout(&output));
    }
    let invalid_utf8 = dir.path().join("binary.ron");
    std::fs::write(&invalid_utf8, [0xff, 0xfe, 0x00]).expect("write");
    let output = plaza(
        &["validate", &invalid_utf8.display().to_string()],
        dir.path(),
    );
    assert_eq!(output.status.code(), Some(1));
    assert!(stdout(&output).contains("not UTF-8"), "{}", stdout(&output));
}

#[test]
fn validate_without_files_is_a_usage_error() {
    let dir = temp_dir();
    let output = plaza(&["validate"], dir.path());
    assert_eq!(output.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&output.stderr).contains("Usage"));
}

#[test]
fn new_writes_a_valid_session_and_never_overwrites() {
    let dir = temp_dir();
    let target = dir.path().join("board.ron");
    let target_text = target.display().to_string();
    let output = plaza(
        &["new", "--title", "Board retreat", "-o", &target_text],
        dir.path(),
    );
    assert_eq!(
        output.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&output.stderr)
    );
    assert_eq!(stdout(&output), format!("{target_text}\n"));
    let loaded = load(&target).expect("a readable session");
    assert_eq!(loaded.session.title, "Board retreat");
    assert_eq!(loaded.problems, vec![]);
    assert_eq!(loaded.session.framework, plaza::store::default_framework());

    let before = bytes(&target);
    let again = plaza(&["new", "-o", &target_text], dir.path());
    assert_eq!(again.status.code(), Some(1));
    assert!(String::from_utf8_lossy(&again.stderr).contains("already exists"));
    assert_eq!(bytes(&target), before);
}

#[test]
fn new_without_a_path_goes_to_the_sessions_folder() {
    let dir = temp_dir();
    let first = plaza(&["new", "--title", "Board retreat"], dir.path());
    let second = plaza(&["new", "--title", "Board retreat"], dir.path());
    let (first, second) = (
        stdout(&first).trim().to_owned(),
        stdout(&second).trim().to_owned(),
    );
    let folder = dir.path().join("plaza").join("sessions");
    assert!(
        first.starts_with(&folder.display().to_string()) && first.ends_with("-board-retreat.ron"),
        "{first}"
    );
    assert!(second.ends_with("-board-retreat-2.ron"), "{second}");
    assert!(load(Path::new(&first)).is_ok() && load(Path::new(&second)).is_ok());
}

#[test]
fn every_command_has_help() {
    let dir = temp_dir();
    for args in [
        vec!["--help"],
        vec!["new", "--help"],
        vec!["validate", "--help"],
    ] {
        let output = plaza(&args, dir.path());
        assert_eq!(output.status.code(), Some(0));
        assert!(stdout(&output).contains("Usage: plaza"), "{args:?}");
    }
}

#[test]
fn compare_gives_each_years_ballots_and_compares_shares_of_the_dots() {
    let dir = temp_dir();
    let (last_year, this_year) = (
        last_year_path().display().to_string(),
        example_path().display().to_string(),
    );
    let output = plaza(&["compare", &last_year, &this_year], dir.path());
    assert_eq!(output.status.code(), Some(0));
    let text = stdout(&output);
    // 18 voters last year, 23 this year: diversity's 6 and 23 dots are 11% and 33% of them.
    assert!(
        text.contains("| Dot vote | 18 ballots, 54 dots: “Which values need the most attention next year?” | 23 ballots, 69 dots: the same question |"),
        "{text}"
    );
    assert!(text.contains("| Ranking | 14 ballots: “Rank the values for next year's budget” | 17 ballots: the same question |"));
    assert!(
        text.contains("| DIVERSITY | 2 → 5 (+3) | 11% → 33% (+22 points) · 6 → 23 dots | 2.07 → 2.88 (+0.81) · rated by 14 → 16 | 5 → 2 (up 3) | 11% → 15% (+4 points) · 7 → 12 counted |"),
        "{text}"
    );
    // A change is worked out from the figures shown: 4.0833 → 3.7368 is 4.08 → 3.74, -0.34.
    assert!(
        text.contains("| 4.08 → 3.74 (-0.34) · rated by 12 → 19 |"),
        "{text}"
    );

    let output = plaza(
        &["compare", &last_year, &this_year, "--format", "json"],
        dir.path(),
    );
    let json: serde_json::Value = serde_json::from_slice(&output.stdout).expect("JSON");
    let dots = &json["polls"][0];
    assert_eq!(dots["measure"], "dots");
    assert_eq!(dots["polls"][0]["ballots"], 18);
    assert_eq!(dots["polls"][1]["total"], 69);
    let diversity = json["items"]
        .as_array()
        .expect("items")
        .iter()
        .find(|item| item["item"] == "diversity")
        .expect("diversity");
    assert_eq!(diversity["dots"], serde_json::json!([6, 23]));
    let share = diversity["dot_share"][1].as_f64().expect("a share");
    assert!((share - 23.0 / 69.0).abs() < 1e-9, "{share}");
}

#[test]
fn merge_counts_one_of_a_thing_in_the_singular() {
    let dir = temp_dir();
    let start = example();
    let mut laptop = start.clone();
    let mut note = start.notes[0].clone();
    note.id = "laptop-note".into();
    laptop.notes.push(note);
    let mut action = start.actions[0].clone();
    action.id = "laptop-action".into();
    laptop.actions.push(action);
    let mut poll = start.polls[0].clone();
    poll.id = "laptop-poll".into();
    poll.ballots.truncate(1);
    poll.ballots[0].id = "laptop-ballot".into();
    laptop.polls.push(poll);
    let a = write_session(dir.path(), "a.ron", &start);
    let b = write_session(dir.path(), "b.ron", &laptop);
    let out = dir.path().join("merged.ron");
    let [a, b, out] = [a, b, out].map(|path| path.display().to_string());
    let output = plaza(&["merge", &a, &b, "-o", &out], dir.path());
    assert_eq!(output.status.code(), Some(0), "{output:?}");
    assert!(
        stdout(&output).contains(&format!(
            "From {b}: 1 note, 1 action item, 1 poll and 1 ballot added."
        )),
        "{}",
        stdout(&output)
    );
}

#[test]
fn validate_names_broken_themes_and_poll_choices_in_plain_words() {
    let dir = temp_dir();
    let mut session = example();
    let (first, second) = (session.notes[0].id.clone(), session.notes[1].id.clone());
    let theme = |id: &str, title: &str, notes: Vec<String>| plaza::model::Theme {
        id: id.into(),
        title: title.into(),
        about: plaza::model::About::General,
        notes,
        created: plaza::model::now(),
    };
    session.themes = vec![
        theme("t1", "Own the measures", vec![first.clone(), second]),
        theme("t2", "Scorecards", vec![first, "gone-note".into()]),
    ];
    session.polls[0].items.push("gone-idea".into());
    session.format_version = 2;
    let path = dir.path().join("themes.ron");
    std::fs::write(&path, plaza::store::encode(&session).expect("encode")).expect("write");
    let file = path.display().to_string();

    let output = plaza(&["validate", &file], dir.path());
    let text = stdout(&output);
    assert_eq!(output.status.code(), Some(1), "{text}");
    for words in [
        "theme \"Scorecards\"",
        "is in another theme too; a note is in one theme at most",
        "its note gone-note does not exist",
        "\"gone-idea\" is not an item of the framework, a note, an action item or a theme",
    ] {
        assert!(text.contains(words), "“{words}” in:\n{text}");
    }
    assert!(text.lines().all(|line| line.starts_with(&file)), "{text}");
}
