//! A process killed at any moment while voting never leaves a damaged file, nor loses a ballot
//! the booth had confirmed.

use std::io::{BufRead, BufReader, Write};
use std::process::Stdio;
use std::sync::mpsc;
use std::time::{Duration, Instant};

use plaza::gui::room::booth::{Booth, BoothAction, Phase};
use plaza::model::validate;
use plaza::store::{Document, backup_path, load};

use crate::support::{
    child_command, child_file, session_with_open_ranking_poll, temp_dir, write_session,
};

const FILE_VAR: &str = "PLAZA_TEST_KILL_FILE";

/// Child side: votes in the booth exactly as the GUI does (picks, Cast, the session's edit and
/// autosave), and prints `ACK <ballot id>` once the booth has moved to its thank-you screen,
/// which it does only when the store confirms the ballot is on disk.
#[test]
#[ignore = "runs as a child process of saves_survive_being_killed_at_random_moments"]
fn child_casting_ballots_until_killed() {
    let Some(path) = child_file(FILE_VAR) else {
        return;
    };
    let mut document = Document::open(&path, || {}).expect("the child opens the session");
    assert!(
        document.read_only().is_none(),
        "the child gets the lock: {:?}",
        document.read_only()
    );
    let poll = document.session().polls[0].clone();
    let values = poll.items.clone();
    let mut booth = Booth::new(&poll);
    let mut stdout = std::io::stdout();
    // libtest has written "test … " without a newline; start the protocol on a line of its own.
    writeln!(stdout).expect("the parent listens");
    for next in 0.. {
        for offset in [0, 1] {
            booth.act(
                &poll,
                BoothAction::Pick(values[(next + offset) % values.len()].clone()),
            );
        }
        assert!(booth.act(&poll, BoothAction::Cast), "the ballot is valid");
        crate::support::cast_in_booth(&mut booth, &mut document);
        let started = Instant::now();
        while *booth.phase() != Phase::ThankYou {
            assert!(
                started.elapsed() < Duration::from_secs(30),
                "the ballot is saved"
            );
            std::thread::sleep(Duration::from_millis(1));
            booth.follow(document.save_status().as_ref(), 0.0);
        }
        let id = booth.last_cast().expect("a ballot was cast").to_owned();
        writeln!(stdout, "ACK {id}")
            .and_then(|()| stdout.flush())
            .expect("the parent listens");
        booth.act(&poll, BoothAction::NextVoter);
    }
}

#[test]
fn saves_survive_being_killed_at_random_moments() {
    let dir = temp_dir();
    let path = write_session(dir.path(), "retreat.ron", &session_with_open_ranking_poll());
    let mut confirmed: Vec<String> = Vec::new();
    let mut seed = u64::from(std::process::id()) ^ 0x5DEE_CE66;
    let rounds = 60;
    for round in 0..rounds {
        seed = seed
            .wrapping_mul(6_364_136_223_846_793_005)
            .wrapping_add(1_442_695_040_888_963_407);
        // Kill anywhere from before the first save to well into a run of saves.
        let life = Duration::from_millis(5 + (seed >> 33) % 120);
        let mut child = child_command(
            "store::kill_loop::child_casting_ballots_until_killed",
            &[(FILE_VAR, &path)],
        )
        .stdout(Stdio::piped())
        .stderr(Stdio::null())
        .spawn()
        .expect("start the child");
        let stdout = child.stdout.take().expect("the child's output");
        let (lines, acks) = mpsc::channel();
        let reader = std::thread::spawn(move || {
            for line in BufReader::new(stdout).lines().map_while(Result::ok) {
                if let Some(id) = line.strip_prefix("ACK ")
                    && lines.send(id.trim().to_owned()).is_err()
                {
                    // The test has stopped listening: nothing more to pass on.
                    break;
                }
            }
        });
        let started = Instant::now();
        while started.elapsed() < life {
            std::thread::sleep(Duration::from_millis(1));
        }
        child.kill().expect("SIGKILL the child");
        child.wait().expect("reap the child");
        reader.join().expect("the reader ends with the child");
        confirmed.extend(acks.try_iter());

        let loaded = load(&path)
            .unwrap_or_else(|error| panic!("round {round}: the file is damaged: {error}"));
        assert_eq!(
            validate(&loaded.session),
            vec![],
            "round {round}: the file is valid"
        );
        let ballots = &loaded.session.polls[0].ballots;
        for id in &confirmed {
            assert!(
                ballots.iter().any(|ballot| &ballot.id == id),
                "round {round}: ballot {id} was confirmed but is not on disk"
            );
        }
        let backup = backup_path(&path);
        if backup.exists() {
            let older = load(&backup)
                .unwrap_or_else(|error| panic!("round {round}: the backup is damaged: {error}"));
            assert!(
                older.session.polls[0].ballots.len() <= ballots.len(),
                "round {round}: the backup is the older file"
            );
        }
    }
    let on_disk = load(&path).expect("the file").session.polls[0]
        .ballots
        .len();
    eprintln!(
        "{rounds} kills: {} ballots confirmed, {on_disk} on disk",
        confirmed.len()
    );
    assert!(
        confirmed.len() > rounds / 2 && on_disk >= confirmed.len(),
        "the children got some saves done: {} confirmed, {on_disk} on disk",
        confirmed.len()
    );
}
