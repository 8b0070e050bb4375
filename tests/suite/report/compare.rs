//! Comparing two retreats: how many voted in each year's polls; per item, notes, share of the
//! dots, mean rating, Borda rank and share of the hand count before and after; and the items
//! only one of them has.

use plaza::model::{About, Ballot, Item, Note, NoteKind, PollMethod, PollStatus, Session};
use plaza::report::{Measure, change_cell, compare, comparison_markdown, poll_facts};

use crate::support::{dots, example};

/// Next year's retreat: more notes on compassion, two more dot ballots, a new value, and one
/// value dropped.
pub(super) fn next_year() -> Session {
    let mut after = example();
    after.title = "Leadership retreat 2027".into();
    for n in 0..3 {
        after.notes.push(Note {
            id: format!("new-{n}"),
            about: About::Item("compassion".into()),
            group: String::new(),
            kind: NoteKind::Idea,
            text: format!("New idea {n}"),
            created: plaza::model::now(),
        });
    }
    for n in 0..2 {
        after.polls[0].ballots.push(Ballot {
            id: format!("next-{n}"),
            cast: plaza::model::now(),
            marks: dots(&[("creativity-innovation", 2), ("compassion", 1)]),
            source: plaza::model::BallotSource::Booth,
        });
    }
    after.framework.values.items.push(Item::new(
        "stewardship",
        "STEWARDSHIP",
        "of what the state entrusts to us",
    ));
    after
        .framework
        .values
        .items
        .retain(|item| item.id != "integrity");
    // Keep the session valid without the dropped value.
    after
        .notes
        .retain(|n| n.about != About::Item("integrity".into()));
    after
}

#[test]
fn each_item_shows_before_and_after() {
    let comparison = compare(&example(), &next_year());
    let compassion = comparison
        .items
        .iter()
        .find(|item| item.item == "compassion")
        .expect("compassion in both");
    assert_eq!(compassion.notes, [5, 8]);
    assert_eq!(compassion.dots, [Some(17), Some(19)]);
    // 17 of 69 dots, then 19 of 75: more dots, the same share.
    let [before, after] = compassion.dot_share.map(|share| share.expect("a share"));
    assert!((before - 17.0 / 69.0).abs() < 1e-9 && (after - 19.0 / 75.0).abs() < 1e-9);
    let creativity = comparison
        .items
        .iter()
        .find(|item| item.item == "creativity-innovation")
        .expect("creativity in both");
    assert_eq!(creativity.dots, [Some(2), Some(6)]);
    assert_eq!(creativity.borda_rank, [Some(5), Some(5)]);
    let mean = compassion.mean_rating[0].expect("rated");
    assert!((mean - 71.0 / 19.0).abs() < 1e-9);
    assert_eq!(
        comparison.only_before,
        vec!["INTEGRITY, PROFESSIONALISM & ETHICAL BEHAVIOR"]
    );
    assert_eq!(comparison.only_after, vec!["STEWARDSHIP"]);
}

#[test]
fn the_markdown_reads_before_arrow_after() {
    let text = comparison_markdown(&compare(&example(), &next_year()));
    assert!(text.starts_with("# Leadership retreat 2027 compared with Leadership retreat 2026\n"));
    assert!(
        text.contains("| COMPASSION | 5 → 8 (+3) | 25% → 25% (no change) · 17 → 19 dots | 3.74 → 3.74 (no change) · rated by 19 → 19 | 1 → 1 (no change) | 26% → 26% (no change) · 21 → 21 counted |"),
        "{text}"
    );
    assert!(text.contains(
        "**Only in Leadership retreat 2026:**\n\n- INTEGRITY, PROFESSIONALISM & ETHICAL BEHAVIOR"
    ));
    assert!(text.contains("**Only in Leadership retreat 2027:**\n\n- STEWARDSHIP"));
}

#[test]
fn plaza_compare_writes_markdown_or_json() {
    let dir = crate::support::temp_dir();
    let before = crate::support::write_session(dir.path(), "2026.ron", &example());
    let after = crate::support::write_session(dir.path(), "2027.ron", &next_year());
    let run = |format: &str| {
        std::process::Command::new(env!("CARGO_BIN_EXE_plaza"))
            .args([
                "compare",
                &before.display().to_string(),
                &after.display().to_string(),
            ])
            .args(["--format", format])
            .env("HOME", dir.path())
            .output()
            .expect("run plaza")
    };
    let markdown = run("md");
    assert_eq!(markdown.status.code(), Some(0));
    assert!(String::from_utf8_lossy(&markdown.stdout).contains("| COMPASSION | 5 → 8 (+3) | 25%"));
    let json: serde_json::Value = serde_json::from_slice(&run("json").stdout).expect("JSON");
    let compassion = json["items"]
        .as_array()
        .expect("items")
        .iter()
        .find(|item| item["item"] == "compassion")
        .expect("compassion");
    assert_eq!(compassion["dots"], serde_json::json!([17, 19]));
    assert_eq!(json["only_after"], serde_json::json!(["STEWARDSHIP"]));
}

/// The example's dot vote (23 ballots, 69 dots) with eight more voters, 31 in all, who each put
/// two dots on creativity and one on compassion.
fn thirty_one_voters() -> Session {
    let mut after = example();
    after.title = "Leadership retreat 2027".into();
    for n in 0..8 {
        after.polls[0].ballots.push(Ballot {
            id: format!("late-{n}"),
            cast: plaza::model::now(),
            marks: dots(&[("creativity-innovation", 2), ("compassion", 1)]),
            source: plaza::model::BallotSource::Booth,
        });
    }
    after
}

#[test]
fn dots_compare_as_shares_of_each_years_dots_beside_each_years_ballots() {
    let comparison = compare(&example(), &thirty_one_voters());
    let [before, after] = comparison.polls_of(Measure::Dots);
    assert_eq!(
        [before, after].map(|poll| poll_facts(poll, Measure::Dots)),
        ["23 ballots, 69 dots", "31 ballots, 93 dots"]
    );
    let cell = |id: &str| {
        let item = comparison
            .items
            .iter()
            .find(|item| item.item == id)
            .expect("the item");
        change_cell(item, Measure::Dots, "→")
    };
    // Diversity kept its 23 dots, but had a third of them and now has a quarter.
    assert_eq!(cell("diversity").text, "33% → 25% (-8 points)");
    assert_eq!(cell("diversity").detail, "23 → 23 dots");
    assert_eq!(cell("creativity-innovation").text, "3% → 19% (+16 points)");
    let text = comparison_markdown(&comparison);
    assert!(
        text.contains("| Dot vote | 23 ballots, 69 dots: “Which values need the most attention next year?” | 31 ballots, 93 dots: the same question |"),
        "{text}"
    );
    assert!(text.contains("| Rating | 19 ballots: “How well do we live each value today?” | 19 ballots: the same question |"));
    assert!(text.contains("| Hand count | counted by hand, 82 in all: “Hands up:"));
    assert!(text.contains("| Notes | 40 notes | 40 notes |"));
    assert!(text.contains(
        "| Item | Notes | Share of dots | Mean rating | Borda rank | Share of hand count |"
    ));
    assert!(
        text.contains("| DIVERSITY | 5 → 5 (no change) | 33% → 25% (-8 points) · 23 → 23 dots |"),
        "{text}"
    );
}

#[test]
fn a_poll_one_year_lacks_or_where_nothing_was_cast_is_said_in_words() {
    // Last year: no dot vote yet (only a draft), a rating nobody rated diversity in, and a
    // hand count with nothing typed.
    let mut before = example();
    before.title = "Leadership retreat 2025".into();
    before.polls[0].ballots.clear();
    before.polls[0].status = PollStatus::Draft;
    for ballot in &mut before.polls[1].ballots {
        if let plaza::model::Marks::Ratings(ratings) = &mut ballot.marks {
            ratings.remove("diversity");
        }
    }
    before.polls[3].tally.clear();
    // This year: the dot vote is open, nobody has voted yet, and no ranking was run.
    let mut after = example();
    after.polls[0].ballots.clear();
    after.polls[0].status = PollStatus::Open;
    after
        .polls
        .retain(|poll| poll.method != PollMethod::Ranking);
    let comparison = compare(&before, &after);
    let facts = |measure| {
        comparison
            .polls_of(measure)
            .map(|poll| poll_facts(poll, measure))
    };
    assert_eq!(
        facts(Measure::Dots),
        ["no dot vote", "0 ballots, 0 dots so far, voting is open"]
    );
    assert_eq!(facts(Measure::Ranking), ["17 ballots", "no ranking"]);
    assert_eq!(
        facts(Measure::HandCount),
        ["counted by hand, 0 in all", "counted by hand, 82 in all"]
    );
    let diversity = comparison
        .items
        .iter()
        .find(|item| item.item == "diversity")
        .expect("diversity");
    let cell = |measure| change_cell(diversity, measure, "→");
    assert_eq!(cell(Measure::Dots).text, "– → no dots cast");
    assert_eq!(cell(Measure::Rating).text, "not rated → 2.88");
    assert_eq!(cell(Measure::Rating).detail, "rated by 0 → 16");
    assert_eq!(cell(Measure::Ranking).text, "2 → –");
    assert_eq!(cell(Measure::HandCount).text, "nothing counted → 15%");
    assert_eq!(cell(Measure::HandCount).detail, "0 → 12 counted");
}

#[test]
fn sessions_without_polls_compare_their_notes_only() {
    let mut before = example();
    before.polls.clear();
    let mut after = example();
    after.polls.clear();
    after.notes.truncate(1);
    let comparison = compare(&before, &after);
    assert_eq!(comparison.measures(), [Measure::Notes]);
    let text = comparison_markdown(&comparison);
    assert!(text.contains("Neither session ran a poll: only the notes compare."));
    assert!(text.contains("| Notes | 40 notes | 1 note |"), "{text}");
    assert!(text.contains("| Item | Notes |\n|---|---|\n"), "{text}");
}

/// Two organisations' frameworks, or one rewritten: items are matched by id, then by heading;
/// the rest are listed as only in one.
#[test]
fn items_of_differing_frameworks_are_matched_by_id_then_by_heading() {
    let before = example();
    let mut after = example();
    after.title = "Leadership retreat 2027".into();
    // The same value under a new id (imported from a new statement), its notes with it.
    let compassion = after
        .framework
        .values
        .items
        .iter_mut()
        .find(|item| item.id == "compassion")
        .expect("compassion");
    compassion.id = "compassion-2".into();
    compassion.heading = "Compassion".into();
    for note in &mut after.notes {
        if note.about == About::Item("compassion".into()) {
            note.about = About::Item("compassion-2".into());
        }
    }
    after
        .framework
        .values
        .items
        .retain(|item| item.id != "diversity");
    after.framework.values.items.push(Item::new(
        "stewardship",
        "STEWARDSHIP",
        "of what we are given",
    ));

    let comparison = compare(&before, &after);
    let matched = comparison
        .items
        .iter()
        .find(|change| change.item == "compassion-2")
        .expect("matched by heading");
    assert_eq!(matched.before_item, "compassion");
    let notes_before = before
        .notes
        .iter()
        .filter(|note| note.about == About::Item("compassion".into()))
        .count();
    assert_eq!(matched.notes, [notes_before, notes_before]);
    assert!(
        matched.dots[0].is_some(),
        "last year's dots follow the heading"
    );
    assert_eq!(comparison.only_before, ["DIVERSITY"]);
    assert_eq!(comparison.only_after, ["STEWARDSHIP"]);
    let same = comparison
        .items
        .iter()
        .find(|change| change.item == "integrity")
        .expect("matched by id");
    assert_eq!(same.before_item, "integrity");
}
