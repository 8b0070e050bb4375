//! No file Plaza writes destroys another: reports are written whole or not at all and never
//! over a session, new files never replace old ones (even with many commands at once), and
//! output that cannot be delivered is an error, never a panic.

use std::os::unix::process::CommandExt;
use std::path::Path;
use std::process::{Command, Output, Stdio};

use plaza::store::load;

use crate::support::{bytes, example, temp_dir, write_session};

fn plaza(args: &[&str], data_home: &Path) -> Output {
    command(args, data_home).output().expect("run plaza")
}

fn command(args: &[&str], data_home: &Path) -> Command {
    let mut command = Command::new(env!("CARGO_BIN_EXE_plaza"));
    command
        .args(args)
        .env("XDG_DATA_HOME", data_home)
        .env("HOME", data_home);
    command
}

fn stderr(output: &Output) -> String {
    String::from_utf8_lossy(&output.stderr).into_owned()
}

fn text(path: &Path) -> String {
    path.display().to_string()
}

/// The exit status, and that nothing panicked on the way.
fn status(output: &Output) -> Option<i32> {
    assert!(
        !stderr(output).contains("panicked"),
        "no panic: {}",
        stderr(output)
    );
    output.status.code()
}

#[test]
fn a_report_never_replaces_a_session_however_it_is_named() {
    let dir = temp_dir();
    let session = write_session(dir.path(), "retreat.ron", &example());
    let other = write_session(dir.path(), "last-year.ron", &example());
    let before = bytes(&session);
    let other_before = bytes(&other);

    // A hard link and a symbolic link to the session, dressed up as reports.
    let hard = dir.path().join("report.html");
    std::fs::hard_link(&session, &hard).expect("a hard link");
    let soft = dir.path().join("report.md");
    std::os::unix::fs::symlink(&session, &soft).expect("a symbolic link");
    // A session saved under a report's name.
    let disguised = write_session(dir.path(), "old-report.json", &example());
    let disguised_before = bytes(&disguised);
    for target in [&hard, &soft, &disguised] {
        let output = plaza(&["report", &text(&other), "-o", &text(target)], dir.path());
        assert_eq!(status(&output), Some(1), "{}", text(target));
        assert!(
            stderr(&output).contains("is a Plaza session"),
            "{}",
            stderr(&output)
        );
    }
    // Another session named directly, or its backup or lock: not a report's extension.
    for target in ["last-year.ron", "retreat.ron.bak", "retreat.ron.lock"] {
        let target = dir.path().join(target);
        let output = plaza(
            &["report", &text(&session), "-o", &text(&target)],
            dir.path(),
        );
        assert_eq!(status(&output), Some(2), "{}", stderr(&output));
        assert!(stderr(&output).contains(".html"), "{}", stderr(&output));
    }
    assert_eq!(bytes(&session), before, "the session is untouched");
    assert_eq!(bytes(&other), other_before);
    assert_eq!(bytes(&disguised), disguised_before);
    assert!(!dir.path().join("retreat.ron.bak").exists());
    assert!(
        std::fs::symlink_metadata(&soft)
            .expect("the link")
            .is_symlink()
    );
}

#[test]
fn the_extension_picks_the_format_and_a_format_that_disagrees_is_refused() {
    let dir = temp_dir();
    let session = text(&write_session(dir.path(), "retreat.ron", &example()));
    for (name, start) in [
        ("r.html", "<!DOCTYPE html>"),
        ("r.htm", "<!DOCTYPE html>"),
        ("r.md", "# Leadership retreat 2026"),
        ("r.markdown", "# Leadership retreat 2026"),
        ("r.csv", "id,about,about_name,group,kind,text,created"),
        ("r.json", "{"),
        ("R.HTML", "<!DOCTYPE html>"),
    ] {
        let path = dir.path().join(name);
        let output = plaza(&["report", &session, "-o", &text(&path)], dir.path());
        assert_eq!(status(&output), Some(0), "{name}: {}", stderr(&output));
        let written = std::fs::read_to_string(&path).expect("written");
        assert!(written.starts_with(start), "{name}: {}", &written[..30]);
    }
    let clash = dir.path().join("x.html");
    let output = plaza(
        &["report", &session, "--format", "md", "-o", &text(&clash)],
        dir.path(),
    );
    assert_eq!(status(&output), Some(2));
    assert!(stderr(&output).contains("HTML"), "{}", stderr(&output));
    assert!(!clash.exists(), "nothing written");
    let pdf = dir.path().join("handout.pdf");
    let output = plaza(&["report", &session, "-o", &text(&pdf)], dir.path());
    assert_eq!(status(&output), Some(2));
    assert!(
        stderr(&output).contains(".html, .htm, .md, .markdown, .csv or .json"),
        "{}",
        stderr(&output)
    );
    assert!(!pdf.exists());
    // The app's Export follows the same rule.
    let mut app = plaza::gui::PlazaApp::new(plaza::store::Document::open(
        std::path::Path::new(&session),
        || {},
    ));
    app.export_to(&pdf);
    let notice = app.notice().expect("the app says why");
    assert!(notice.contains(".json"), "{notice}");
    assert!(!pdf.exists());
}

#[test]
fn a_report_cut_short_by_a_full_disk_leaves_the_old_report_whole() {
    let dir = temp_dir();
    let session = text(&write_session(dir.path(), "retreat.ron", &example()));
    let report = dir.path().join("report.html");
    std::fs::write(&report, "the old report, kept whole").expect("an old report");
    // The new report is far larger than what this process may write: the write fails part
    // way, as it does on a full disk.
    let limit: u64 = 4096;
    let mut child = command(&["report", &session, "-o", &text(&report)], dir.path());
    // SAFETY: only async-signal-safe calls between fork and exec.
    unsafe {
        child.pre_exec(move || {
            let rlimit = libc::rlimit {
                rlim_cur: limit,
                rlim_max: limit,
            };
            if libc::setrlimit(libc::RLIMIT_FSIZE, &rlimit) != 0 {
                return Err(std::io::Error::last_os_error());
            }
            libc::signal(libc::SIGXFSZ, libc::SIG_IGN);
            Ok(())
        });
    }
    let output = child.output().expect("run plaza");
    assert_eq!(status(&output), Some(1));
    assert!(
        stderr(&output).contains("could not write") && stderr(&output).contains("report.html"),
        "{}",
        stderr(&output)
    );
    assert_eq!(
        std::fs::read_to_string(&report).expect("the old report"),
        "the old report, kept whole"
    );
    let names = crate::support::file_names(dir.path());
    assert_eq!(
        names,
        ["report.html", "retreat.ron"],
        "no temporary file left"
    );
}

#[test]
fn thirty_new_sessions_at_once_are_thirty_files() {
    let dir = temp_dir();
    let children: Vec<_> = (0..30)
        .map(|_| {
            command(&["new", "--title", "Board retreat"], dir.path())
                .stdout(Stdio::piped())
                .stderr(Stdio::piped())
                .spawn()
                .expect("start plaza")
        })
        .collect();
    let mut paths = std::collections::BTreeSet::new();
    for child in children {
        let output = child.wait_with_output().expect("plaza ends");
        assert_eq!(status(&output), Some(0), "{}", stderr(&output));
        paths.insert(String::from_utf8_lossy(&output.stdout).trim().to_owned());
    }
    assert_eq!(paths.len(), 30, "thirty different names");
    let folder = dir.path().join("plaza").join("sessions");
    let files: Vec<String> = crate::support::file_names(&folder);
    assert_eq!(files.len(), 30, "{files:?}");
    for path in &paths {
        assert!(load(Path::new(path)).is_ok(), "{path} is a whole session");
    }

    // Thirty at once on one name: one wins, and nobody writes over it.
    let target = text(&dir.path().join("one.ron"));
    let children: Vec<_> = (0..30)
        .map(|n| {
            command(
                &["new", "--title", &format!("Retreat {n}"), "-o", &target],
                dir.path(),
            )
            .stdout(Stdio::piped())
            .stderr(Stdio::piped())
            .spawn()
            .expect("start plaza")
        })
        .collect();
    let outputs: Vec<Output> = children
        .into_iter()
        .map(|child| child.wait_with_output().expect("plaza ends"))
        .collect();
    let winners: Vec<&Output> = outputs.iter().filter(|o| status(o) == Some(0)).collect();
    assert_eq!(winners.len(), 1);
    for loser in outputs.iter().filter(|o| status(o) != Some(0)) {
        assert!(
            stderr(loser).contains("already exists"),
            "{}",
            stderr(loser)
        );
    }
    let kept = load(Path::new(&target)).expect("a whole session").session;
    assert!(kept.title.starts_with("Retreat "));
}

#[test]
fn ten_merges_into_one_file_at_once_write_it_once() {
    let dir = temp_dir();
    let a = text(&write_session(dir.path(), "a.ron", &example()));
    let mut laptop = example();
    laptop.notes.truncate(3);
    let b = text(&write_session(dir.path(), "b.ron", &laptop));
    let out = text(&dir.path().join("merged.ron"));
    let children: Vec<_> = (0..10)
        .map(|_| {
            command(&["merge", &a, &b, "-o", &out], dir.path())
                .stdout(Stdio::piped())
                .stderr(Stdio::piped())
                .spawn()
                .expect("start plaza")
        })
        .collect();
    let outputs: Vec<Output> = children
        .into_iter()
        .map(|child| child.wait_with_output().expect("plaza ends"))
        .collect();
    let merged = outputs
        .iter()
        .filter(|o| String::from_utf8_lossy(&o.stdout).starts_with("Merged into"))
        .count();
    assert_eq!(merged, 1, "one says Merged");
    assert_eq!(
        outputs.iter().filter(|o| status(o) == Some(0)).count(),
        1,
        "and only it succeeds"
    );
    assert!(load(Path::new(&out)).is_ok());
}

#[test]
fn a_full_or_closed_standard_output_is_an_error_never_a_panic() {
    let dir = temp_dir();
    let target = dir.path().join("new.ron");
    let full = std::fs::OpenOptions::new()
        .write(true)
        .open("/dev/full")
        .expect("/dev/full");
    let output = command(&["new", "-o", &text(&target)], dir.path())
        .stdout(full)
        .output()
        .expect("run plaza");
    assert_eq!(status(&output), Some(1));
    assert!(
        stderr(&output).contains("standard output"),
        "{}",
        stderr(&output)
    );
    assert!(load(&target).is_ok(), "the file itself was written");

    // A reader that goes away (`| head -c 0`): the report is far bigger than a pipe holds.
    let big = write_session(
        dir.path(),
        "big.ron",
        &plaza::sample::large_session(6, 3_000, 30),
    );
    let mut child = command(&["report", &text(&big), "-f", "html"], dir.path())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("start plaza");
    drop(child.stdout.take());
    let output = child.wait_with_output().expect("plaza ends");
    assert_eq!(status(&output), Some(1), "{}", stderr(&output));
    assert!(
        stderr(&output).contains("standard output"),
        "{}",
        stderr(&output)
    );
}

#[test]
fn errors_say_their_place_once_and_in_plain_words() {
    let dir = temp_dir();
    let broken = dir.path().join("broken.ron");
    std::fs::write(&broken, "Session(format_version: 1, id: 5)").expect("written");
    let output = plaza(&["report", &text(&broken)], dir.path());
    assert_eq!(status(&output), Some(1));
    let message = stderr(&output);
    assert_eq!(message.matches("1:31").count(), 1, "{message}");
    assert_eq!(message.lines().count(), 1, "{message}");

    let deep = dir.path().join("deep.ron");
    let nested = format!(
        "Session(format_version: 1, extra: {}{})",
        "[".repeat(300),
        "]".repeat(300)
    );
    std::fs::write(&deep, nested).expect("written");
    for args in [
        vec!["validate", &*text(&deep)],
        vec!["report", &*text(&deep)],
    ] {
        let output = plaza(&args, dir.path());
        let said = format!(
            "{}{}",
            String::from_utf8_lossy(&output.stdout),
            stderr(&output)
        );
        assert!(!said.contains("recursion_limit"), "{said}");
        assert!(said.contains("nested too deeply"), "{said}");
    }

    let missing = dir.path().join("missing.ron");
    let output = plaza(&["report", &text(&missing)], dir.path());
    let message = stderr(&output);
    assert_eq!(message.matches("No such file").count(), 1, "{message}");
}

/// `plaza ARGS` run with at most `limit` bytes per file it may write.
fn with_file_limit(args: &[&str], data_home: &Path, limit: u64) -> Output {
    let mut child = command(args, data_home);
    // SAFETY: only async-signal-safe calls between fork and exec.
    unsafe {
        child.pre_exec(move || {
            let rlimit = libc::rlimit {
                rlim_cur: limit,
                rlim_max: limit,
            };
            if libc::setrlimit(libc::RLIMIT_FSIZE, &rlimit) != 0 {
                return Err(std::io::Error::last_os_error());
            }
            libc::signal(libc::SIGXFSZ, libc::SIG_IGN);
            Ok(())
        });
    }
    child.output().expect("run plaza")
}

#[test]
fn a_new_session_cut_short_by_a_full_disk_leaves_nothing_behind() {
    let dir = temp_dir();
    let target = dir.path().join("new.ron");
    let output = with_file_limit(&["new", "-o", &text(&target)], dir.path(), 2048);
    assert_eq!(status(&output), Some(1));
    assert!(
        stderr(&output).contains("cannot save"),
        "{}",
        stderr(&output)
    );
    assert!(!target.exists(), "no short file under the name");
    assert_eq!(crate::support::file_names(dir.path()), Vec::<String>::new());
    // The name is still free for the next try.
    let output = plaza(&["new", "-o", &text(&target)], dir.path());
    assert_eq!(status(&output), Some(0), "{}", stderr(&output));
}

#[test]
fn a_report_through_a_link_replaces_the_report_it_names_and_keeps_the_link() {
    let dir = temp_dir();
    let session = text(&write_session(dir.path(), "retreat.ron", &example()));
    let reports = dir.path().join("reports");
    std::fs::create_dir(&reports).expect("a folder");
    let old = reports.join("2026.html");
    std::fs::write(&old, "an old report").expect("written");
    let latest = dir.path().join("latest.html");
    std::os::unix::fs::symlink(&old, &latest).expect("a link");
    // And a link to a report not written yet.
    let ahead = dir.path().join("next.md");
    std::os::unix::fs::symlink(reports.join("2027.md"), &ahead).expect("a link");
    for link in [&latest, &ahead] {
        let output = plaza(&["report", &session, "-o", &text(link)], dir.path());
        assert_eq!(status(&output), Some(0), "{}", stderr(&output));
        assert!(
            std::fs::symlink_metadata(link)
                .expect("the link")
                .is_symlink()
        );
    }
    assert!(
        std::fs::read_to_string(&old)
            .expect("read")
            .starts_with("<!DOCTYPE html>")
    );
    assert!(
        std::fs::read_to_string(reports.join("2027.md"))
            .expect("written through the link")
            .starts_with("# Leadership retreat 2026")
    );
}
