//! Writing reports of a big session: what `plaza report` spends once the file is read, and the
//! whole command's work (read, parse, write the HTML).

#![expect(
    missing_docs,
    reason = "criterion_group! defines an undocumented function"
)]

use criterion::{Criterion, criterion_group, criterion_main};
use plaza::report::{Table, csv_table, report_html, report_json, report_markdown};
use plaza::sample::large_session;
use plaza::store::{load, save};

fn report(c: &mut Criterion) {
    let session = large_session(12, 5_000, 300);
    let dir = tempfile::tempdir().expect("a temporary folder");
    let path = dir.path().join("large.ron");
    save(&path, &session).expect("save the session");
    let mut group = c.benchmark_group("report (5,000 notes, 300 ballots)");
    group.bench_function("html", |b| {
        b.iter(|| {
            report_html(
                &session,
                plaza::words::Words::of(plaza::words::Lang::English),
            )
        })
    });
    group.bench_function("markdown", |b| {
        b.iter(|| {
            report_markdown(
                &session,
                plaza::words::Words::of(plaza::words::Lang::English),
            )
        })
    });
    group.bench_function("json", |b| {
        b.iter(|| serde_json::to_string_pretty(&report_json(&session)).expect("JSON"))
    });
    group.bench_function("csv notes", |b| {
        b.iter(|| {
            csv_table(
                &session,
                Table::Notes,
                plaza::words::Words::of(plaza::words::Lang::English),
            )
            .expect("CSV")
        })
    });
    group.bench_function("read the file and write the html", |b| {
        b.iter(|| {
            report_html(
                &load(&path).expect("the file loads").session,
                plaza::words::Words::of(plaza::words::Lang::English),
            )
        })
    });
    group.finish();
}

criterion_group!(benches, report);
criterion_main!(benches);
