//! The example session in `sessions/` is valid, current, and every cut-off copy of it is refused.

use std::collections::BTreeSet;

use plaza::model::{About, PollMethod, PollStatus, validate};
use plaza::sample::{example_retreat, last_year_retreat};
use plaza::store::{decode, encode};

use crate::support::{example_path, last_year_path};

/// The file in `sessions/` holds exactly what `make` generates; `PLAZA_BLESS=1` rewrites it.
fn assert_generated(path: &std::path::Path, make: fn() -> plaza::model::Session) {
    let generated = encode(&make()).expect("the example encodes");
    if std::env::var_os("PLAZA_BLESS").is_some() {
        std::fs::write(path, &generated).expect("write the example");
    }
    let on_disk = std::fs::read_to_string(path).expect("the example file exists");
    assert!(
        on_disk == generated,
        "{} is out of date: run `PLAZA_BLESS=1 cargo test example_file` to regenerate it",
        path.display()
    );
}

#[test]
fn example_file_is_what_the_program_generates() {
    assert_generated(&example_path(), example_retreat);
}

#[test]
fn last_years_example_file_is_what_the_program_generates() {
    assert_generated(&last_year_path(), last_year_retreat);
}

#[test]
fn last_year_is_a_smaller_valid_retreat_with_other_leaders() {
    let (before, after) = (last_year_retreat(), example_retreat());
    assert_eq!(validate(&before), vec![], "last year's example is valid");
    assert!(before.date < after.date);
    assert!(before.notes.len() < after.notes.len());
    assert!(before.actions.iter().all(|action| action.done));
    let leader = |session: &plaza::model::Session| {
        plaza::model::poll_results(&session.polls[0]).rows[0]
            .item
            .clone()
    };
    assert_ne!(
        leader(&before),
        leader(&after),
        "the dot vote's winner moved"
    );
}

#[test]
fn example_is_a_realistic_finished_retreat() {
    let session = example_retreat();
    assert_eq!(validate(&session), vec![], "the example is valid");
    assert!(
        (35..=45).contains(&session.notes.len()),
        "about 40 notes, got {}",
        session.notes.len()
    );
    let groups: BTreeSet<&str> = session
        .notes
        .iter()
        .map(|note| note.group.as_str())
        .collect();
    assert!(
        groups.len() >= 4,
        "notes come from several tables: {groups:?}"
    );
    let on_values = session.notes.iter().filter(|n| matches!(&n.about, About::Item(id) if session.framework.values.items.iter().any(|v| &v.id == id))).count();
    let on_vision = session
        .notes
        .iter()
        .filter(|n| matches!(&n.about, About::Item(id) if id.starts_with("vision-")))
        .count();
    assert!(
        on_values >= 20 && on_vision >= 5,
        "notes on values ({on_values}) and vision goals ({on_vision})"
    );
    assert_eq!(session.actions.len(), 6);
    let methods: Vec<&str> = session.polls.iter().map(|poll| poll.method.key()).collect();
    assert_eq!(methods, ["dots", "rating", "ranking", "tally"]);
    for poll in &session.polls {
        assert_eq!(
            poll.status,
            PollStatus::Revealed,
            "a finished retreat revealed {}",
            poll.question
        );
        if poll.method != PollMethod::Tally {
            assert!(
                (15..=25).contains(&poll.ballots.len()),
                "{}: {} ballots",
                poll.question,
                poll.ballots.len()
            );
        } else {
            assert!(poll.tally.values().sum::<u32>() > 0);
        }
    }
}

#[test]
fn example_generation_is_deterministic() {
    assert_eq!(example_retreat(), example_retreat());
}

#[test]
fn every_cut_off_copy_of_the_example_is_refused() {
    let text = std::fs::read_to_string(example_path()).expect("the example file");
    let complete = text.trim_end().len();
    let cuts: Vec<usize> = text
        .char_indices()
        .map(|(cut, _)| cut)
        .filter(|&cut| cut < complete)
        .collect();
    let workers = std::thread::available_parallelism().map_or(2, usize::from);
    // Each worker takes every n-th cut; a panic in decode fails the worker's join.
    let accepted: Vec<usize> = std::thread::scope(|scope| {
        let handles: Vec<_> = (0..workers)
            .map(|worker| {
                let (text, cuts) = (&text, &cuts);
                scope.spawn(move || {
                    cuts.iter()
                        .skip(worker)
                        .step_by(workers)
                        .copied()
                        .filter(|&cut| decode(&text[..cut]).is_ok())
                        .collect::<Vec<_>>()
                })
            })
            .collect();
        handles
            .into_iter()
            .flat_map(|handle| handle.join().expect("decoding a cut-off copy never panics"))
            .collect()
    });
    assert_eq!(
        accepted,
        Vec::<usize>::new(),
        "copies cut off after these byte counts were accepted"
    );
    assert!(cuts.len() > 10_000, "checked {} prefixes", cuts.len());
    // Cutting only the trailing newline leaves a whole session.
    assert_eq!(
        decode(&text[..complete]).expect("whole"),
        decode(&text).expect("whole")
    );
}
