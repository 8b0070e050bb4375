//! Comparing two retreats: per item, notes, dots, mean rating and Borda rank before and after,
//! and the items only one of them has.

use plaza::model::{About, Ballot, Item, Note, NoteKind, Session};
use plaza::report::{compare, comparison_markdown};

use crate::support::{dots, example};

/// Next year's retreat: more notes on compassion, two more dot ballots, a new value, and one
/// value dropped.
fn next_year() -> Session {
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
        });
    }
    after.framework.values.items.push(Item {
        id: "stewardship".into(),
        heading: "STEWARDSHIP".into(),
        text: "of what the state entrusts to us".into(),
    });
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
        text.contains("| COMPASSION | 5 → 8 (+3) | 17 → 19 (+2) | 3.74 (19 rated) → 3.74 (19 rated) (no change) | 1 → 1 (no change) |"),
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
    assert!(String::from_utf8_lossy(&markdown.stdout).contains("| COMPASSION | 5 → 8 (+3)"));
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
