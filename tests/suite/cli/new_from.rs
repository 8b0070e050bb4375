//! `plaza new --from FILE`: a session on an organisation's own statement, what was left out
//! on standard error, and refusals that write nothing.

use std::path::Path;
use std::process::Output;

use plaza::store::{default_framework, load};

use super::{plaza, stdout};
use crate::support::{example, file_names, temp_dir, write_session};

const SEED: &[u8] = include_bytes!("../../fixtures/mission-vision-values.txt");

fn stderr(output: &Output) -> String {
    String::from_utf8_lossy(&output.stderr).into_owned()
}

fn text(path: &Path) -> String {
    path.display().to_string()
}

#[test]
fn new_from_the_seed_statement_is_a_session_on_the_built_in_framework() {
    let dir = temp_dir();
    let statement = dir.path().join("statement.txt");
    std::fs::write(&statement, SEED).expect("write");
    let target = dir.path().join("retreat.ron");
    let output = plaza(
        &[
            "new",
            "--from",
            &text(&statement),
            "-o",
            &text(&target),
            "--title",
            "Board retreat",
        ],
        dir.path(),
    );
    assert_eq!(output.status.code(), Some(0), "{}", stderr(&output));
    assert_eq!(stdout(&output), format!("{}\n", text(&target)));
    assert_eq!(stderr(&output), "", "every line found its place");
    let loaded = load(&target).expect("a readable session");
    assert_eq!(loaded.problems, vec![]);
    assert_eq!(loaded.session.title, "Board retreat");
    assert_eq!(loaded.session.framework, default_framework());
}

#[test]
fn new_from_markdown_imports_its_sections_and_lists_what_was_left_out() {
    let dir = temp_dir();
    let statement = dir.path().join("acme.md");
    let markdown = "# Acme Cooperative\n\n## Our mission\n\nWe serve our members by:\n\n\
                    - **LISTENING** to every voice\n- SHARING: what we earn\n\n\
                    ## Our values\n\n1. Respect: we treat all fairly\n2. Thrift — we waste nothing\n\n\
                    ## Our values, again\n\n- Duplicate\n";
    std::fs::write(&statement, markdown).expect("write");
    let target = dir.path().join("acme.ron");
    let output = plaza(
        &["new", "--from", &text(&statement), "-o", &text(&target)],
        dir.path(),
    );
    assert_eq!(output.status.code(), Some(0), "{}", stderr(&output));
    let errors = stderr(&output);
    let lines: Vec<_> = errors.lines().collect();
    assert_eq!(lines.len(), 2, "{errors}");
    assert!(
        lines[0].contains("acme.md:15: not imported: \"Our values, again\"")
            && lines[0].contains("a second values section"),
        "{errors}"
    );
    assert!(
        lines[1].contains("acme.md:17: not imported: \"Duplicate\""),
        "{errors}"
    );
    let session = load(&target).expect("a readable session").session;
    let framework = session.framework;
    assert_eq!(framework.title, "Acme Cooperative");
    assert_eq!(framework.mission.intro, "We serve our members by:");
    let ids: Vec<_> = framework
        .items()
        .map(|(_, item)| item.id.as_str())
        .collect();
    assert_eq!(ids, ["listening", "sharing", "respect", "thrift"]);
    assert_eq!(framework.vision.items, []);
    assert_eq!(session.notes, []);
}

#[test]
fn a_statement_that_cannot_be_imported_exits_1_and_writes_nothing() {
    let dir = temp_dir();
    let big = vec![b'a'; 1024 * 1024 + 1];
    for (name, bytes, says) in [
        ("empty.txt", &b"\n \n"[..], "is empty"),
        (
            "prose.txt",
            &b"Our statement\nWe do good.\n"[..],
            "no bullets",
        ),
        ("latin1.txt", &b"Title\n- Educaci\xf3n\n"[..], "not UTF-8"),
        ("big.md", &big[..], "1 MiB"),
    ] {
        let statement = dir.path().join(name);
        std::fs::write(&statement, bytes).expect("write");
        let target = dir.path().join("out.ron");
        let output = plaza(
            &["new", "--from", &text(&statement), "-o", &text(&target)],
            dir.path(),
        );
        assert_eq!(output.status.code(), Some(1), "{name}: {}", stderr(&output));
        let errors = stderr(&output);
        assert!(
            errors.starts_with(&format!("plaza: cannot import {}: ", text(&statement)))
                && errors.contains(says)
                && errors.contains("expected"),
            "{name}: {errors}"
        );
        assert_eq!(stdout(&output), "");
        assert!(!target.exists(), "{name}: nothing written");
    }
    let missing = dir.path().join("missing.txt");
    let output = plaza(&["new", "--from", &text(&missing)], dir.path());
    assert_eq!(output.status.code(), Some(1));
    assert!(
        stderr(&output).contains("cannot read"),
        "{}",
        stderr(&output)
    );
    assert!(
        !dir.path().join("plaza").join("sessions").exists()
            || file_names(&dir.path().join("plaza").join("sessions")).is_empty(),
        "nothing written in the sessions folder"
    );
}

#[test]
fn new_from_a_session_reuses_its_framework_without_its_notes_actions_or_polls() {
    let dir = temp_dir();
    let mut old = example();
    old.framework.title = "Last year's statement".to_owned();
    old.framework.vision.items.truncate(2);
    let source = write_session(dir.path(), "last-year.ron", &old);
    let target = dir.path().join("this-year.ron");
    let output = plaza(
        &[
            "new",
            "--from",
            &text(&source),
            "-o",
            &text(&target),
            "-t",
            "This year",
        ],
        dir.path(),
    );
    assert_eq!(output.status.code(), Some(0), "{}", stderr(&output));
    let session = load(&target).expect("a readable session").session;
    assert_eq!(session.framework, old.framework);
    assert_eq!(session.title, "This year");
    assert!(session.notes.is_empty() && session.actions.is_empty() && session.polls.is_empty());
    assert_ne!(session.id, old.id);
}

#[test]
fn new_from_a_framework_file_uses_it_and_refuses_a_broken_one() {
    let dir = temp_dir();
    let framework = dir.path().join("framework.ron");
    std::fs::write(&framework, plaza::store::DEFAULT_FRAMEWORK_RON).expect("write");
    let target = dir.path().join("new.ron");
    let output = plaza(
        &["new", "--from", &text(&framework), "-o", &text(&target)],
        dir.path(),
    );
    assert_eq!(output.status.code(), Some(0), "{}", stderr(&output));
    assert_eq!(
        load(&target).expect("readable").session.framework,
        default_framework()
    );

    let twice = plaza::store::DEFAULT_FRAMEWORK_RON.replace("\"providing\"", "\"educating\"");
    let broken = dir.path().join("twice.ron");
    std::fs::write(&broken, twice).expect("write");
    let refused = dir.path().join("refused.ron");
    let output = plaza(
        &["new", "--from", &text(&broken), "-o", &text(&refused)],
        dir.path(),
    );
    assert_eq!(output.status.code(), Some(1));
    assert!(
        stderr(&output).contains("educating is used twice"),
        "{}",
        stderr(&output)
    );
    assert!(!refused.exists());
}
