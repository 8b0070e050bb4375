//! `plaza serve` as a spare laptop runs it: the address and the code on its first two lines,
//! the poll it serves, and a stop on SIGTERM with every acknowledged ballot on disk.

use std::io::{BufRead, BufReader};
use std::path::Path;
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

use plaza::model::{Poll, PollMethod, PollStatus};
use plaza::store::load;

use super::{Phone, session_open_on};
use crate::cli::{plaza, stdout};
use crate::support::{fresh_session, temp_dir, write_session};

/// A running `plaza serve`, its two lines read.
pub struct Serving {
    /// The child process.
    pub child: Child,
    /// Its first line: the address phones open.
    pub url: String,
    /// The join code of its second line.
    pub code: String,
}

/// Starts `plaza serve FILE --bind 127.0.0.1 --port 0` with `extra` arguments and reads its two
/// lines.
pub fn serve(file: &Path, extra: &[&str]) -> Serving {
    let mut child = Command::new(env!("CARGO_BIN_EXE_plaza"))
        .arg("serve")
        .arg(file)
        .args(["--bind", "127.0.0.1", "--port", "0"])
        .args(extra)
        .env("XDG_DATA_HOME", file.parent().expect("a folder"))
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("plaza serve starts");
    let mut lines = BufReader::new(child.stdout.take().expect("its output")).lines();
    let url = lines.next().expect("a first line").expect("readable");
    let code = lines.next().expect("a second line").expect("readable");
    let code = code.strip_prefix("code: ").expect("code: NNNN").to_owned();
    Serving { child, url, code }
}

/// Sends SIGTERM and waits (at most 30 s) for the exit status.
#[cfg(unix)]
pub fn terminate(child: &mut Child) -> std::process::ExitStatus {
    let pid = libc::pid_t::try_from(child.id()).expect("a pid");
    // SAFETY: kill(2) with a pid of our own child and a valid signal number.
    let sent = unsafe { libc::kill(pid, libc::SIGTERM) };
    assert_eq!(sent, 0, "SIGTERM sent");
    let deadline = Instant::now() + Duration::from_secs(30);
    loop {
        if let Some(status) = child.try_wait().expect("waits") {
            return status;
        }
        assert!(Instant::now() < deadline, "plaza serve stops on SIGTERM");
        std::thread::sleep(Duration::from_millis(20));
    }
}

#[cfg(unix)]
#[test]
fn serve_prints_the_address_and_code_takes_ballots_and_stops_on_sigterm_with_them_on_disk() {
    let dir = temp_dir();
    let path = write_session(
        dir.path(),
        "retreat.ron",
        &session_open_on(PollMethod::default_dots()),
    );
    let mut serving = serve(&path, &[]);
    let port = serving
        .url
        .strip_prefix("http://127.0.0.1:")
        .and_then(|rest| rest.strip_suffix('/'))
        .and_then(|port| port.parse::<u16>().ok());
    assert!(port.is_some_and(|port| port > 0), "{}", serving.url);
    assert!(
        serving.code.len() == 4 && serving.code.chars().all(|c| c.is_ascii_digit()),
        "{}",
        serving.code
    );
    let mut phone = Phone::new(&serving.url);
    assert_eq!(phone.join(&serving.code).status, 200);
    assert_eq!(phone.vote(r#"{"dots": {"integrity": 2}}"#).status, 201);

    let status = terminate(&mut serving.child);
    assert_eq!(status.code(), Some(0), "exit 0 on SIGTERM");
    let session = load(&path).expect("loads").session;
    assert_eq!(session.polls[0].ballots.len(), 1);
    assert_eq!(session.polls[0].status, PollStatus::Open, "left open");
}

#[test]
fn serve_says_which_poll_when_none_or_several_are_open_and_opens_a_draft_it_is_named() {
    let dir = temp_dir();
    let none = write_session(dir.path(), "none.ron", &fresh_session());
    let output = plaza(
        &["serve", &none.display().to_string(), "--port", "0"],
        dir.path(),
    );
    assert_eq!(output.status.code(), Some(1));
    let said = String::from_utf8_lossy(&output.stderr);
    assert!(said.contains("no poll is open"), "{said}");
    assert!(stdout(&output).is_empty());

    let mut two = session_open_on(PollMethod::Ranking);
    let mut second = Poll::draft(
        "second".into(),
        "Rank again".into(),
        two.framework.value_ids(),
        PollMethod::Ranking,
    );
    second.status = PollStatus::Open;
    two.polls.push(second);
    let several = write_session(dir.path(), "several.ron", &two);
    let output = plaza(
        &["serve", &several.display().to_string(), "--port", "0"],
        dir.path(),
    );
    assert_eq!(output.status.code(), Some(1));
    let said = String::from_utf8_lossy(&output.stderr);
    assert!(
        said.contains("2 polls are open") && said.contains("second"),
        "{said}"
    );

    let mut draft = fresh_session();
    draft.polls.push(Poll::draft(
        "later".into(),
        "Which first?".into(),
        draft.framework.value_ids(),
        PollMethod::default_dots(),
    ));
    let drafted = write_session(dir.path(), "draft.ron", &draft);
    let mut serving = serve(&drafted, &["--poll", "later"]);
    let session = load(&drafted).expect("loads").session;
    assert_eq!(
        session.polls[0].status,
        PollStatus::Open,
        "a named draft is opened"
    );
    let mut phone = Phone::new(&serving.url);
    phone.join(&serving.code);
    assert_eq!(phone.get("api/poll").body["poll"], "later");
    serving.child.kill().expect("stopped");
    serving.child.wait().expect("gone");
}
