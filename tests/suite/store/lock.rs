//! One writer per session: a second Plaza opens it read-only and says why.

use std::io::{BufRead, BufReader, Read};
use std::process::Stdio;

use plaza::model::{Edit, EditError, PollStatus};
use plaza::store::Document;

use crate::support::{
    bytes, child_command, child_file, session_with_open_ranking_poll, temp_dir, write_session,
};

const FILE_VAR: &str = "PLAZA_TEST_LOCK_FILE";

#[test]
fn a_second_opener_in_the_same_process_is_read_only() {
    let dir = temp_dir();
    let path = write_session(dir.path(), "retreat.ron", &session_with_open_ranking_poll());
    let first = Document::open(&path, || {}).expect("open");
    assert_eq!(first.read_only(), None);
    let mut second = Document::open(&path, || {}).expect("open again");
    let reason = second.read_only().expect("read-only").to_owned();
    assert!(
        reason.contains("retreat.ron")
            && reason.contains("another Plaza")
            && reason.contains("read-only"),
        "{reason}"
    );
    let edit = Edit::SetPollStatus {
        poll: "poll".into(),
        status: PollStatus::Closed,
    };
    assert_eq!(
        second.apply(edit.clone()).expect_err("refused"),
        EditError::ReadOnly
    );
    assert_eq!(second.save_status(), None);
    drop(second);
    drop(first);
    let mut third = Document::open(&path, || {}).expect("open after both closed");
    assert_eq!(third.read_only(), None);
    third.apply(edit).expect("writable again");
}

/// Child side: holds the session open until its standard input closes.
#[test]
#[ignore = "runs as a child process of another_process_holding_the_session_keeps_it_read_only"]
fn child_holding_the_session() {
    let Some(path) = child_file(FILE_VAR) else {
        return;
    };
    let document = Document::open(&path, || {}).expect("the child opens the session");
    assert!(document.read_only().is_none());
    println!("\nHOLDING");
    // Holds the lock until the parent closes our input (or the read fails, which ends it too).
    std::io::stdin()
        .read_to_end(&mut Vec::new())
        .expect("the parent's pipe");
}

#[test]
fn another_process_holding_the_session_keeps_it_read_only_until_it_dies() {
    let dir = temp_dir();
    let path = write_session(dir.path(), "retreat.ron", &session_with_open_ranking_poll());
    let before = bytes(&path);
    let mut child = child_command(
        "store::lock::child_holding_the_session",
        &[(FILE_VAR, &path)],
    )
    .stdin(Stdio::piped())
    .stdout(Stdio::piped())
    .spawn()
    .expect("start the child");
    let mut lines = BufReader::new(child.stdout.take().expect("stdout")).lines();
    assert!(
        lines.any(|line| line.is_ok_and(|line| line == "HOLDING")),
        "the child took the lock"
    );

    let mut second = Document::open(&path, || {}).expect("open while held");
    let reason = second.read_only().expect("read-only").to_owned();
    assert!(
        reason.contains(&format!("process {}", child.id())),
        "names the holder: {reason}"
    );
    assert!(
        second
            .apply(Edit::SetPollStatus {
                poll: "poll".into(),
                status: PollStatus::Closed
            })
            .is_err()
    );
    drop(second);
    assert_eq!(bytes(&path), before, "the read-only opener wrote nothing");

    // Killed without a chance to clean up, the holder leaves its lock file; the lock itself dies with it.
    child.kill().expect("kill");
    child.wait().expect("reap");
    let third = Document::open(&path, || {}).expect("open after the holder died");
    assert_eq!(third.read_only(), None);
}

#[test]
fn new_sessions_in_the_app_take_the_next_free_name_and_never_a_taken_one() {
    let dir = temp_dir();
    let session = plaza::store::new_session("Board retreat");
    let names: Vec<std::path::PathBuf> =
        plaza::store::new_session_paths(dir.path(), &session.title, session.date)
            .take(3)
            .collect();
    // The first name holds somebody's file; the second is being created by another Plaza,
    // which holds its lock.
    std::fs::write(&names[0], "not ours").expect("written");
    let held = plaza::store::SessionLock::acquire(&names[1]).expect("the other Plaza's lock");
    let document = Document::create_in(dir.path(), session.clone(), || {}).expect("created");
    assert_eq!(document.path(), names[2]);
    assert_eq!(
        std::fs::read_to_string(&names[0]).expect("read"),
        "not ours"
    );
    assert!(!names[1].exists());
    drop(held);
    let second = Document::create_in(dir.path(), session, || {}).expect("created");
    assert_eq!(second.path(), names[1], "a name let go is free again");
}
