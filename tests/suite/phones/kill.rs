//! `plaza serve` killed at any moment while twenty phones vote: the file always loads, and every
//! ballot a phone was told is recorded (`201`) is in it.

use std::path::Path;
use std::sync::Arc;
use std::thread::JoinHandle;
use std::time::{Duration, Instant};

use plaza::model::{PollMethod, validate};
use plaza::store::load;

use super::serve_cli::serve;
use super::{Phone, session_open_on};
use crate::support::{temp_dir, write_session};

/// How many times the server is killed.
const ROUNDS: usize = 30;
/// Phones voting at once.
const PHONES: usize = 20;
/// The longest a server lives before it is killed, after it printed its address.
const LONGEST_LIFE_MS: u64 = 400;
/// The kill moments' seed; `PLAZA_KILL_SEED` replays another run's moments.
const SEED: u64 = 0x5EED_0F15_CA11_0001;

/// One phone's run against one server: it joins afresh for every ballot (a token votes once per
/// poll) until the server stops answering, and returns the ids of the ballots it was told are
/// recorded.
fn phone_voting_until_the_server_dies(url: String, code: String, choice: String) -> Vec<String> {
    let marks = format!(r#"{{"dots": {{"{choice}": 1}}}}"#);
    let mut recorded = Vec::new();
    loop {
        let mut phone = Phone::new(&url);
        let Ok(joined) = phone.try_join(&code) else {
            return recorded;
        };
        assert_eq!(joined.status, 200, "a live server lets a phone join");
        let Ok(answer) = phone.try_vote(&marks) else {
            return recorded;
        };
        // A live server answers every ballot of this test with 201: the rules hold, the token
        // is fresh, and the disk keeps up within the server's wait.
        assert_eq!(answer.status, 201, "{:?}", answer.body);
        let id = answer.body["ballot"]
            .as_str()
            .expect("a 201 names its ballot");
        recorded.push(id.to_owned());
    }
}

/// A step of a linear congruential generator: the same seed, the same kill moments.
fn next(seed: &mut u64) -> u64 {
    *seed = seed
        .wrapping_mul(6_364_136_223_846_793_005)
        .wrapping_add(1_442_695_040_888_963_407);
    *seed >> 33
}

/// The file at `path` loads, is valid, and holds every ballot of `recorded`.
fn assert_holds(path: &Path, recorded: &[String], round: usize, seed: u64) {
    let loaded = load(path).unwrap_or_else(|error| {
        panic!("round {round} (seed {seed:#x}): the file is damaged: {error}")
    });
    assert_eq!(
        validate(&loaded.session),
        vec![],
        "round {round} (seed {seed:#x}): the file is valid"
    );
    let on_disk: std::collections::HashSet<&str> = loaded.session.polls[0]
        .ballots
        .iter()
        .map(|ballot| ballot.id.as_str())
        .collect();
    for id in recorded {
        assert!(
            on_disk.contains(id.as_str()),
            "round {round} (seed {seed:#x}): ballot {id} got a 201 but is not on disk"
        );
    }
}

#[cfg(unix)]
#[test]
fn ballots_phones_were_told_are_recorded_survive_the_server_being_killed_at_random_moments() {
    let started = Instant::now();
    let seed = std::env::var("PLAZA_KILL_SEED")
        .ok()
        .and_then(|seed| u64::from_str_radix(seed.trim_start_matches("0x"), 16).ok())
        .unwrap_or(SEED);
    let mut state = seed;
    let dir = temp_dir();
    let session = session_open_on(PollMethod::default_dots());
    let choices: Arc<Vec<String>> = Arc::new(session.framework.value_ids());
    let path = write_session(dir.path(), "retreat.ron", &session);
    let mut recorded: Vec<String> = Vec::new();
    let mut rounds_with_ballots = 0;
    for round in 0..ROUNDS {
        // Anywhere from the first request to a few hundred ballots in.
        let life = Duration::from_millis(next(&mut state) % LONGEST_LIFE_MS);
        let mut serving = serve(&path, &[]);
        let phones: Vec<JoinHandle<Vec<String>>> = (0..PHONES)
            .map(|phone| {
                let (url, code) = (serving.url.clone(), serving.code.clone());
                let choice = choices[phone % choices.len()].clone();
                std::thread::spawn(move || phone_voting_until_the_server_dies(url, code, choice))
            })
            .collect();
        std::thread::sleep(life);
        serving.child.kill().expect("SIGKILL the server");
        serving.child.wait().expect("reap the server");
        let before = recorded.len();
        for phone in phones {
            recorded.extend(
                phone
                    .join()
                    .expect("the phone's thread ends with the server"),
            );
        }
        if recorded.len() > before {
            rounds_with_ballots += 1;
        }
        assert_holds(&path, &recorded, round, seed);
    }
    let on_disk = load(&path).expect("the file").session.polls[0]
        .ballots
        .len();
    eprintln!(
        "{ROUNDS} kills of plaza serve, {PHONES} phones: {} ballots recorded, {on_disk} on disk, \
         {rounds_with_ballots} rounds with ballots, {:.1} s (seed {seed:#x})",
        recorded.len(),
        started.elapsed().as_secs_f64()
    );
    assert!(
        rounds_with_ballots > ROUNDS / 2,
        "most servers lived long enough to record ballots: {rounds_with_ballots} of {ROUNDS}"
    );
}
