//! Comparing sessions that voted on the room's own ideas: such a poll is listed with its ballots
//! and top choices by their words, matched by id when both sessions hold it, and never taken as
//! the year's poll on the framework's items.

use plaza::model::{
    About, Ballot, Note, NoteKind, Poll, PollMethod, PollStatus, Session, Theme, now,
};
use plaza::report::{compare, comparison_markdown};

use crate::support::{dots, example, temp_dir, write_session};

fn idea(id: &str, text: &str) -> Note {
    Note {
        id: id.into(),
        about: About::General,
        group: "Table 4".into(),
        kind: NoteKind::Idea,
        text: text.into(),
        created: now(),
    }
}

/// The example with three new ideas, a theme of two others, and a revealed dot vote on them
/// added last (so it is the latest dot vote): the ideas poll has `ballots` ballots, each with
/// two dots on the theme and one on the first idea.
pub(super) fn voted_on_ideas(ballots: usize) -> Session {
    let mut session = example();
    session.title = "Leadership retreat 2027".into();
    session.notes.extend([
        idea("i1", "Protect an hour a week for huddles"),
        idea("i2", "Pair new nurses with a mentor"),
        idea("i3", "Ask patients what compassion looks like"),
    ]);
    session.themes.push(Theme {
        id: "t1".into(),
        title: "Time for care teams".into(),
        about: About::General,
        notes: vec!["i2".into(), "i3".into()],
        created: now(),
    });
    let mut poll = Poll::draft(
        "ideas".into(),
        "Which ideas should we take on first?".into(),
        vec!["i1".into(), "t1".into()],
        PollMethod::Dots {
            per_person: 3,
            per_item: 2,
        },
    );
    poll.status = PollStatus::Revealed;
    for n in 0..ballots {
        poll.ballots.push(Ballot {
            id: format!("idea-ballot-{n}"),
            cast: now(),
            marks: dots(&[("t1", 2), ("i1", 1)]),
            source: plaza::model::BallotSource::Booth,
        });
    }
    session.polls.push(poll);
    session
}

#[test]
fn a_poll_on_the_rooms_ideas_in_one_session_only_is_listed_with_its_top_choices() {
    let comparison = compare(&example(), &voted_on_ideas(4));
    assert_eq!(comparison.idea_polls.len(), 1);
    let poll = &comparison.idea_polls[0];
    assert_eq!(poll.id, "ideas");
    assert!(poll.polls[0].is_none(), "last year had no such poll");
    let after = poll.polls[1].as_ref().expect("this year's");
    assert_eq!((after.ballots, after.total), (4, Some(12)));
    let top: Vec<(&str, &str, Option<String>)> = poll
        .choices
        .iter()
        .map(|c| (c.kind, c.words.as_str(), c.score[1].clone()))
        .collect();
    assert_eq!(
        top,
        vec![
            ("theme", "Time for care teams", Some("8 dots".to_owned())),
            (
                "note",
                "Protect an hour a week for huddles",
                Some("4 dots".to_owned())
            ),
        ]
    );
    let text = comparison_markdown(&comparison);
    assert!(
        text.contains(
            "## Polls on the room's ideas\n\n\
             These polls' choices are the room's own notes"
        ),
        "{text}"
    );
    assert!(
        text.contains(
            "- **Dot vote: “Which ideas should we take on first?”** · Leadership retreat 2026: \
             no such poll · Leadership retreat 2027: 4 ballots, 12 dots. Top choices: 1 theme \
             “Time for care teams” (8 dots); 2 note “Protect an hour a week for huddles” (4 dots)."
        ),
        "{text}"
    );
}

#[test]
fn a_poll_on_the_rooms_ideas_never_stands_for_the_years_dot_vote_on_the_values() {
    let with_ideas = voted_on_ideas(4);
    let mut plain = with_ideas.clone();
    plain.polls.retain(|poll| poll.id != "ideas");
    let without = compare(&example(), &plain);
    let with = compare(&example(), &with_ideas);
    // The ideas poll is the latest dot vote, yet the values are compared on the values' poll.
    assert_eq!(with.polls, without.polls);
    assert_eq!(with.items, without.items);
    let dots = with.polls_of(plaza::report::Measure::Dots);
    assert_eq!(
        dots[1].map(|poll| poll.id.as_str()),
        Some(example().polls[0].id.as_str())
    );
    // The Markdown is the same but for the list of polls on the room's ideas, at its end.
    let text = comparison_markdown(&with);
    let plain_text = comparison_markdown(&without);
    let (head, _) = text
        .split_once("\n## Polls on the room's ideas")
        .expect("the list");
    assert_eq!(head, plain_text);
    assert!(!plain_text.contains("room's ideas"));
}

#[test]
fn the_same_poll_in_both_sessions_is_one_entry_with_its_choices_matched_by_id() {
    let mut before = voted_on_ideas(2);
    before.title = "Morning".into();
    // A copy of the same session later in the day: more ballots, one of them all on the note.
    let mut after = voted_on_ideas(3);
    after.title = "Afternoon".into();
    let at = after.polls.len() - 1;
    for n in 0..3 {
        after.polls[at].ballots.push(Ballot {
            id: format!("late-{n}"),
            cast: now(),
            marks: dots(&[("i1", 2)]),
            source: plaza::model::BallotSource::Booth,
        });
    }
    let comparison = compare(&before, &after);
    assert_eq!(comparison.idea_polls.len(), 1, "paired by the poll's id");
    let poll = &comparison.idea_polls[0];
    assert!(poll.polls.iter().all(Option::is_some));
    let note = poll
        .choices
        .iter()
        .find(|choice| choice.id == "i1")
        .expect("the note");
    assert_eq!(note.rank, [Some(2), Some(1)]);
    assert_eq!(
        note.score,
        [Some("2 dots".to_owned()), Some("9 dots".to_owned())]
    );
    assert_eq!(poll.choices[0].id, "i1", "this year's top choice first");
    let text = comparison_markdown(&comparison);
    assert!(
        text.contains(
            "Top choices: 1 note “Protect an hour a week for huddles” (2 dots → 9 dots); 2 theme \
             “Time for care teams” (4 dots → 6 dots)."
        ),
        "{text}"
    );
}

#[test]
fn plaza_compare_lists_polls_on_the_rooms_ideas_in_markdown_and_json() {
    let dir = temp_dir();
    let before = write_session(dir.path(), "2026.ron", &example());
    let after = write_session(dir.path(), "2027.ron", &voted_on_ideas(4));
    let run = |format: &str| {
        let output = std::process::Command::new(env!("CARGO_BIN_EXE_plaza"))
            .arg("compare")
            .args([before.as_os_str(), after.as_os_str()])
            .args(["--format", format])
            .env("HOME", dir.path())
            .output()
            .expect("run plaza");
        assert_eq!(output.status.code(), Some(0), "{output:?}");
        output.stdout
    };
    let markdown = String::from_utf8(run("md")).expect("UTF-8");
    assert!(
        markdown.contains("Top choices: 1 theme “Time for care teams” (8 dots)"),
        "{markdown}"
    );
    let json: serde_json::Value = serde_json::from_slice(&run("json")).expect("JSON");
    let poll = &json["idea_polls"][0];
    assert_eq!(poll["id"], "ideas");
    assert_eq!(poll["measure"], "dots");
    assert_eq!(poll["polls"][0], serde_json::Value::Null);
    assert_eq!(poll["polls"][1]["ballots"], 4);
    assert_eq!(
        poll["choices"][0],
        serde_json::json!({
            "id": "t1",
            "kind": "theme",
            "words": "Time for care teams",
            "rank": [null, 1],
            "score": [null, "8 dots"],
        })
    );
    // The existing keys keep their meaning: the values' dot vote is still the one compared.
    let dots_pair = json["polls"]
        .as_array()
        .expect("polls")
        .iter()
        .find(|pair| pair["measure"] == "dots")
        .expect("a dot vote");
    assert_eq!(dots_pair["polls"][1]["id"], example().polls[0].id.as_str());
}
