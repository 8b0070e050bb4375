//! Booth and phone ballots count alike; every report that says how many ballots a poll has
//! also says how many came from each, once a phone has voted, and a session without phones
//! reads as it always did.

use plaza::model::{BallotSource, BallotSources, poll_results};
use plaza::report::{Table, csv_table, report_html, report_json, report_markdown, summary};

use crate::support::{example, example_with_phone_ballots};

const DOTS_LINE: &str = "Dot voting · revealed · 23 ballots (15 at the booth, 8 on phones)";

#[test]
fn ballots_are_counted_by_where_they_were_cast() {
    let session = example_with_phone_ballots(8);
    let dots = &session.polls[0];
    assert_eq!(
        BallotSources::of(&dots.ballots),
        BallotSources {
            booth: 15,
            phone: 8
        }
    );
    let results = poll_results(dots);
    assert_eq!(results.sources, dots.sources());
    assert_eq!(results.sources.total(), results.ballots);
    // Where a ballot was cast changes nothing of what it counts for.
    assert_eq!(results.rows, poll_results(&example().polls[0]).rows);
}

#[test]
fn report_json_gives_every_poll_its_sources() {
    let json = serde_json::to_value(report_json(&example_with_phone_ballots(8))).expect("JSON");
    let polls = json["polls"].as_array().expect("polls");
    let sources: Vec<(&str, &serde_json::Value, &serde_json::Value)> = polls
        .iter()
        .map(|poll| {
            (
                poll["method"].as_str().unwrap_or_default(),
                &poll["ballots"],
                &poll["sources"],
            )
        })
        .collect();
    assert_eq!(
        sources,
        [
            (
                "dots",
                &23.into(),
                &serde_json::json!({"booth": 15, "phone": 8})
            ),
            (
                "rating",
                &19.into(),
                &serde_json::json!({"booth": 19, "phone": 0})
            ),
            (
                "ranking",
                &17.into(),
                &serde_json::json!({"booth": 17, "phone": 0})
            ),
            // A hand count takes no ballots: both keys stay, at 0, like its "ballots".
            (
                "tally",
                &0.into(),
                &serde_json::json!({"booth": 0, "phone": 0})
            ),
        ]
    );
    // The keys are the words `BallotSource::key` gives, never translated.
    let keys: Vec<&String> = polls[0]["sources"]
        .as_object()
        .expect("an object")
        .keys()
        .collect();
    assert_eq!(keys, [BallotSource::Booth.key(), BallotSource::Phone.key()]);
}

#[test]
fn markdown_and_html_say_where_the_ballots_were_cast() {
    let session = example_with_phone_ballots(8);
    let markdown = report_markdown(
        &session,
        plaza::words::Words::of(plaza::words::Lang::English),
    );
    assert!(markdown.contains(&format!("*{DOTS_LINE}*\n")), "{markdown}");
    // The polls phones never voted in read as before.
    assert!(markdown.contains("*Rating · revealed · 19 ballots*\n"));
    assert_eq!(markdown.matches("at the booth").count(), 1);
    let html = report_html(
        &session,
        plaza::words::Words::of(plaza::words::Lang::English),
    );
    assert!(html.contains(&format!("<p class=\"meta\">{DOTS_LINE}</p>")));
    assert_eq!(html.matches("at the booth").count(), 1);
}

#[test]
fn one_phone_ballot_and_all_on_phones_read_right() {
    let one = report_markdown(
        &example_with_phone_ballots(1),
        plaza::words::Words::of(plaza::words::Lang::English),
    );
    assert!(
        one.contains("23 ballots (22 at the booth, 1 on a phone)*"),
        "{one}"
    );
    let all = report_markdown(
        &example_with_phone_ballots(23),
        plaza::words::Words::of(plaza::words::Lang::English),
    );
    assert!(
        all.contains("23 ballots (0 at the booth, 23 on phones)*"),
        "{all}"
    );
}

#[test]
fn the_review_summary_says_where_the_ballots_were_cast() {
    let session = example_with_phone_ballots(8);
    let leaders = summary(&session).polls;
    assert_eq!(leaders[0].facts, DOTS_LINE);
    assert_eq!(leaders[1].facts, "Rating · revealed · 19 ballots");
}

#[test]
fn a_session_without_phones_reads_as_it_always_did() {
    let session = example();
    for report in [
        report_markdown(
            &session,
            plaza::words::Words::of(plaza::words::Lang::English),
        ),
        report_html(
            &session,
            plaza::words::Words::of(plaza::words::Lang::English),
        ),
    ] {
        assert!(!report.contains("booth") && !report.contains("phone"));
        assert!(report.contains("Dot voting · revealed · 23 ballots"));
    }
}

#[test]
fn the_results_csv_counts_phone_ballots_like_the_booths() {
    // The CSV's "ballots" column counts both; its columns stay as scripts know them.
    assert_eq!(
        csv_table(
            &example_with_phone_ballots(8),
            Table::Results,
            plaza::words::Words::of(plaza::words::Lang::English)
        )
        .expect("CSV"),
        csv_table(
            &example(),
            Table::Results,
            plaza::words::Words::of(plaza::words::Lang::English)
        )
        .expect("CSV")
    );
}
