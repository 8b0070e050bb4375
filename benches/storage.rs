//! Load and durable save of a big session: 5,000 notes and 500 ballots.

#![expect(
    missing_docs,
    reason = "criterion_group! defines an undocumented function"
)]

use criterion::{Criterion, criterion_group, criterion_main};
use plaza::sample::large_session;
use plaza::store::{encode, load, save};

fn storage(c: &mut Criterion) {
    let session = large_session(6, 5_000, 500);
    let dir = tempfile::tempdir().expect("a temporary folder");
    let path = dir.path().join("large.ron");
    save(&path, &session).expect("first save");
    let size = std::fs::metadata(&path).map(|m| m.len()).unwrap_or(0);
    eprintln!("session file: {} KiB", size / 1024);

    let mut group = c.benchmark_group("storage (5,000 notes, 500 ballots)");
    group.sample_size(30);
    group.bench_function("load", |b| b.iter(|| load(&path).expect("load")));
    group.bench_function("durable save", |b| {
        b.iter(|| save(&path, &session).expect("save"))
    });
    group.bench_function("encode only", |b| {
        b.iter(|| encode(&session).expect("encode"))
    });
    group.finish();
}

criterion_group!(benches, storage);
criterion_main!(benches);
