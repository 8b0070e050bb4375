//! The two cases that once took seconds to minutes: a ranking of 1,000 items with 100 ballots
//! (counted in one pass over the ballots), and a file of 80,000 notes merged with itself
//! (joined with hash maps).

#![expect(
    missing_docs,
    reason = "criterion_group! defines an undocumented function"
)]

use criterion::{Criterion, criterion_group, criterion_main};
use plaza::report::{merge, report_json, report_markdown};
use plaza::sample::{large_session, ranking_session};

fn ranking_report(c: &mut Criterion) {
    let session = ranking_session(1_000, 100);
    let mut group = c.benchmark_group("ranking of 1,000 items, 100 ballots");
    group.sample_size(20);
    group.bench_function("count the poll", |b| {
        b.iter(|| plaza::model::poll_results(&session.polls[0]))
    });
    group.bench_function("markdown report", |b| {
        b.iter(|| {
            report_markdown(
                &session,
                plaza::words::Words::of(plaza::words::Lang::English),
            )
        })
    });
    group.bench_function("json report", |b| {
        b.iter(|| serde_json::to_string_pretty(&report_json(&session)).expect("JSON"))
    });
    group.finish();
}

fn merge_with_itself(c: &mut Criterion) {
    let session = large_session(6, 80_000, 0);
    let inputs = [session.clone(), session];
    let mut group = c.benchmark_group("merge 80,000 notes with themselves");
    group.sample_size(10);
    group.bench_function("merge", |b| b.iter(|| merge(&inputs).expect("merges")));
    group.finish();
}

criterion_group!(benches, ranking_report, merge_with_itself);
criterion_main!(benches);
