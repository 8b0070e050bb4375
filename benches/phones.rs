//! Two hundred phones join and vote at once on loopback: the time until every one has its
//! `201` (each after its ballot is on disk), the 99th percentile of a phone's wait, and how many
//! saves the group cost. On a seed-sized session and on one of 5,000 notes.

#![expect(
    missing_docs,
    reason = "criterion_group! defines an undocumented function"
)]

#[path = "support/phones.rs"]
mod phones;

use std::time::Duration;

use criterion::{Criterion, SamplingMode, criterion_group, criterion_main};
use plaza::model::{Poll, PollMethod, PollStatus, Session};
use plaza::sample::{example_retreat, large_session};
use plaza::server::url_of;
use plaza::store::{Document, save};

/// Phones voting at once.
const PHONES: usize = 200;
/// The poll phones vote on.
const POLL: &str = "phones";

/// `session` with an open dot vote on its values.
fn with_open_dots(mut session: Session) -> Session {
    let mut poll = Poll::draft(
        POLL.into(),
        "Which values need the most attention?".into(),
        session.framework.value_ids(),
        PollMethod::default_dots(),
    );
    poll.status = PollStatus::Open;
    session.polls.push(poll);
    session
}

fn crowd(c: &mut Criterion) {
    let dir = tempfile::tempdir().expect("a temporary folder");
    let mut group = c.benchmark_group("200 phones vote at once");
    group
        .sample_size(10)
        .sampling_mode(SamplingMode::Flat)
        .warm_up_time(Duration::from_secs(1))
        .measurement_time(Duration::from_secs(10));
    let sessions = [
        ("example session", with_open_dots(example_retreat())),
        (
            "12 values, 5,000 notes, 300 ballots",
            with_open_dots(large_session(12, 5_000, 300)),
        ),
    ];
    for (name, session) in sessions {
        let path = dir.path().join(format!("{}.ron", name.len()));
        save(&path, &session).expect("save the session");
        let document = Document::open(&path, || {}).expect("open the session");
        let server = phones::serve(document.shared(), POLL);
        let base = url_of(server.address());
        let ballots = phones::marks_for(&session, PHONES);
        let mut p99 = Vec::new();
        let mut saves = Vec::new();
        group.bench_function(name, |b| {
            b.iter_custom(|rounds| {
                let mut total = Duration::ZERO;
                for _ in 0..rounds {
                    let before = document.save_status().map_or(0, |status| status.saves);
                    let crowd = phones::vote_together(&base, &ballots);
                    let after = document.save_status().map_or(0, |status| status.saves);
                    total += crowd.all;
                    p99.push(crowd.p99());
                    saves.push(after - before);
                }
                total
            })
        });
        server.stop();
        p99.sort();
        saves.sort_unstable();
        eprintln!(
            "{name}: {} rounds of {PHONES} phones; p99 to 201: median {:?}, worst {:?}; \
             saves per round: median {}, most {}",
            p99.len(),
            p99[p99.len() / 2],
            p99[p99.len() - 1],
            saves[saves.len() / 2],
            saves[saves.len() - 1],
        );
    }
    group.finish();
}

criterion_group!(benches, crowd);
criterion_main!(benches);
