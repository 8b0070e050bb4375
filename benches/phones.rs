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
use plaza::sample::{example_retreat, large_session};
use plaza::server::url_of;
use plaza::store::{Document, save};

/// Phones voting at once.
const PHONES: usize = 200;
/// The poll phones vote on.
const POLL: &str = "phones";

fn crowd(c: &mut Criterion) {
    let dir = tempfile::tempdir().expect("a temporary folder");
    let mut group = c.benchmark_group("200 phones vote at once");
    group
        .sample_size(10)
        .sampling_mode(SamplingMode::Flat)
        .warm_up_time(Duration::from_secs(1))
        .measurement_time(Duration::from_secs(10));
    let sessions = [
        (
            "example session",
            phones::with_open_dots(example_retreat(), POLL),
        ),
        (
            "12 values, 5,000 notes, 300 ballots",
            phones::with_open_dots(large_session(12, 5_000, 300), POLL),
        ),
    ];
    for (name, session) in sessions {
        let path = dir.path().join(format!("{}.ron", name.len()));
        let ballots = phones::marks_for(&session, PHONES);
        let mut rounds_seen = Vec::new();
        group.bench_function(name, |b| {
            b.iter_custom(|rounds| {
                let mut total = Duration::ZERO;
                for _ in 0..rounds {
                    // Each crowd meets the session as it was, not one grown by earlier crowds.
                    save(&path, &session).expect("save the session");
                    let document = Document::open(&path, || {}).expect("open the session");
                    let server = phones::serve(document.shared(), POLL);
                    let before = document.save_status().map_or(0, |status| status.saves);
                    let crowd = phones::vote_together(&url_of(server.address()), &ballots);
                    let after = document.save_status().map_or(0, |status| status.saves);
                    server.stop();
                    total += crowd.all;
                    rounds_seen.push((crowd.all, crowd.p99(), after - before));
                }
                total
            })
        });
        let median = |mut values: Vec<Duration>| {
            values.sort();
            (values[values.len() / 2], values[values.len() - 1])
        };
        let (all, slowest) = median(rounds_seen.iter().map(|round| round.0).collect());
        let (p99, worst_p99) = median(rounds_seen.iter().map(|round| round.1).collect());
        let mut saves: Vec<u64> = rounds_seen.iter().map(|round| round.2).collect();
        saves.sort_unstable();
        eprintln!(
            "{name}: {} crowds of {PHONES} phones; all 201s in: median {all:.0?}, slowest \
             {slowest:.0?}; p99 to 201: median {p99:.0?}, worst {worst_p99:.0?}; saves per crowd: \
             median {}, most {}",
            rounds_seen.len(),
            saves[saves.len() / 2],
            saves[saves.len() - 1],
        );
    }
    group.finish();
}

criterion_group!(benches, crowd);
criterion_main!(benches);
