//! A process killed at any moment while saving never leaves a damaged file, nor one older than
//! what it had confirmed.

use std::io::{BufRead, BufReader, Write};
use std::process::Stdio;
use std::sync::mpsc;
use std::time::{Duration, Instant};

use plaza::model::{Ballot, Edit, Marks, validate};
use plaza::store::{Document, backup_path, load};

use crate::support::{
    child_command, child_file, session_with_open_ranking_poll, temp_dir, write_session,
};

const FILE_VAR: &str = "PLAZA_TEST_KILL_FILE";

/// Child side: casts ballots through the app's own edit-and-autosave path, and prints
/// `ACK n` once ballot n is confirmed on disk.
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
    let mut next = document.session().polls[0].ballots.len() + 1;
    let values = document.session().framework.value_ids();
    let mut stdout = std::io::stdout();
    // libtest has written "test … " without a newline; start the protocol on a line of its own.
    writeln!(stdout).expect("the parent listens");
    loop {
        let order = vec![
            values[next % values.len()].clone(),
            values[(next + 1) % values.len()].clone(),
        ];
        let ballot = Ballot {
            id: format!("ballot-{next}"),
            cast: plaza::model::now(),
            marks: Marks::Ranking(order),
        };
        let applied = document
            .apply(Edit::CastBallot {
                poll: "poll".into(),
                ballot,
            })
            .expect("the ballot is valid");
        document
            .wait_saved(applied.revision, Duration::from_secs(30))
            .expect("the ballot is saved");
        writeln!(stdout, "ACK {next}")
            .and_then(|()| stdout.flush())
            .expect("the parent listens");
        next += 1;
    }
}

#[test]
fn saves_survive_being_killed_at_random_moments() {
    let dir = temp_dir();
    let path = write_session(dir.path(), "retreat.ron", &session_with_open_ranking_poll());
    let mut confirmed = 0usize;
    let mut seed = u64::from(std::process::id()) ^ 0x5DEE_CE66;
    let rounds = 60;
    for round in 0..rounds {
        seed = seed
            .wrapping_mul(6_364_136_223_846_793_005)
            .wrapping_add(1_442_695_040_888_963_407);
        // Kill anywhere from before the first save to well into a run of saves.
        let life = Duration::from_millis(5 + (seed >> 33) % 120);
        let mut child = child_command(
            "kill_loop::child_casting_ballots_until_killed",
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
                if let Some(n) = line
                    .strip_prefix("ACK ")
                    .and_then(|n| n.parse::<usize>().ok())
                {
                    let _ = lines.send(n);
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
        confirmed = acks.try_iter().fold(confirmed, usize::max);

        let loaded = load(&path)
            .unwrap_or_else(|error| panic!("round {round}: the file is damaged: {error}"));
        assert_eq!(
            validate(&loaded.session),
            vec![],
            "round {round}: the file is valid"
        );
        let ballots = &loaded.session.polls[0].ballots;
        assert!(
            ballots.len() >= confirmed,
            "round {round}: {} ballots on disk but {confirmed} were confirmed",
            ballots.len()
        );
        for (index, ballot) in ballots.iter().enumerate() {
            assert_eq!(
                ballot.id,
                format!("ballot-{}", index + 1),
                "round {round}: ballots in order, none lost"
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
        // Whatever is on disk now is what the next child continues from.
        confirmed = ballots.len();
    }
    assert!(
        confirmed > rounds / 2,
        "the children got some saves done: {confirmed}"
    );
}
