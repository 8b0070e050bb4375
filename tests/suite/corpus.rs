//! Files that were once slow, order-dependent or dangerous, kept in `tests/corpus/` and replayed
//! on every run. `PLAZA_BLESS=1 cargo test --test suite corpus -- --include-ignored` writes
//! them again from the generators below (they are deterministic, so nothing changes unless a
//! generator does).

use std::collections::BTreeSet;
use std::path::{Path, PathBuf};

use plaza::model::{Ballot, Marks, Note, Poll, PollMethod, PollStatus, Session, validate};
use plaza::report::{merge, report_markdown};
use plaza::sample::{example_retreat, ranking_session};
use plaza::store::{DecodeError, StoreError, load, save};

use crate::support::temp_dir;

fn corpus(name: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/corpus")
        .join(name)
}

/// A small session of the example's framework with no notes, actions or polls.
fn bare(title: &str) -> Session {
    let mut session = example_retreat();
    session.title = title.into();
    session.notes.clear();
    session.actions.clear();
    session.polls.clear();
    session
}

fn dots_poll(id: &str, question: &str, ballots: Vec<Ballot>) -> Poll {
    let mut poll = Poll::draft(
        id.into(),
        question.into(),
        example_retreat().framework.value_ids(),
        PollMethod::default_dots(),
    );
    poll.status = PollStatus::Closed;
    poll.ballots = ballots;
    poll
}

fn ballot(id: &str, item: &str) -> Ballot {
    Ballot {
        id: id.into(),
        cast: "2026-11-19T20:18:17Z".parse().expect("a time"),
        marks: Marks::Dots([(item.to_owned(), 1)].into()),
        source: plaza::model::BallotSource::Booth,
    }
}

/// Two laptops, each with a valid session, where one ballot id sits in a different poll on
/// each: whichever came first used to keep it.
fn ballot_in_two_polls() -> [Session; 2] {
    let mut a = bare("Laptop A");
    a.polls = vec![
        dots_poll(
            "poll-1",
            "Which values need work?",
            vec![ballot("shared", "compassion")],
        ),
        dots_poll("poll-2", "Which values do we live?", vec![]),
    ];
    let mut b = a.clone();
    b.title = "Laptop B".into();
    b.polls[0].ballots.clear();
    b.polls[1].ballots = vec![ballot("shared", "integrity")];
    [a, b]
}

/// A merged session in which the copy of a conflicting note (under its derived id) was then
/// edited, and the original laptop's version of that note: the second merge used to drop a
/// version without a word.
fn note_edited_after_merge() -> [Session; 2] {
    let base = example_retreat();
    let mut a = bare("Laptop A");
    let mut b = bare("Laptop B");
    let mut note: Note = base.notes[0].clone();
    note.id = "shared-note".into();
    note.text = "Edited on laptop A".into();
    a.notes.push(note.clone());
    note.text = "Edited on laptop B".into();
    b.notes.push(note);
    let mut merged = merge(&[a, b.clone()]).expect("merges").session;
    for note in &mut merged.notes {
        if note.id.contains('~') {
            note.text.push_str(", then edited again after the merge");
        }
    }
    [merged, b]
}

/// Ids that would forge lines or drive a terminal if printed as they are.
fn hostile_ids() -> Session {
    let mut session = bare("Hostile ids");
    let mut note = example_retreat().notes[0].clone();
    for (n, id) in [
        "x\nfake.ron: ok",
        "\u{1b}[2J\u{1b}[31mred",
        "\u{1b}]0;retitled\u{7}",
        "\u{1b}]8;;https://example.com\u{1b}\\link\u{1b}]8;;\u{1b}\\",
        "right\u{202e}tfel",
    ]
    .into_iter()
    .enumerate()
    {
        note.id = id.into();
        note.text = format!("note {n}: {id}");
        // Every note twice: `validate` prints the id in its "used twice" line.
        session.notes.push(note.clone());
        session.notes.push(note.clone());
    }
    session
}

/// A file that turns on a RON extension, over 10,000 nested `Some(`: parsing it took seconds.
fn extensions_text() -> String {
    let depth = 10_000;
    format!(
        "#![enable(unwrap_variant_newtypes)]\nSession(format_version: 1, id: {}\"x\"{})\n",
        "Some(".repeat(depth),
        ")".repeat(depth)
    )
}

#[test]
#[ignore = "writes tests/corpus/ again; run with PLAZA_BLESS=1"]
fn bless_the_corpus() {
    if std::env::var_os("PLAZA_BLESS").is_none() {
        return;
    }
    std::fs::create_dir_all(corpus("")).expect("the corpus folder");
    let [a, b] = ballot_in_two_polls();
    save(&corpus("ballot-in-two-polls-a.ron"), &a).expect("saved");
    save(&corpus("ballot-in-two-polls-b.ron"), &b).expect("saved");
    let [merged, laptop] = note_edited_after_merge();
    save(&corpus("note-edited-after-merge-merged.ron"), &merged).expect("saved");
    save(&corpus("note-edited-after-merge-laptop.ron"), &laptop).expect("saved");
    save(&corpus("hostile-ids.ron"), &hostile_ids()).expect("saved");
    // Written without indentation, as another tool might: 100 rankings of 1,000 items.
    let compact = ron::ser::to_string_pretty(
        &ranking_session(1_000, 100),
        ron::ser::PrettyConfig::new()
            .compact_arrays(true)
            .struct_names(true),
    )
    .expect("RON");
    std::fs::write(corpus("ranking-1000-items-100-ballots.ron"), compact).expect("saved");
    std::fs::write(
        corpus("extensions-10000-nested-some.ron"),
        extensions_text(),
    )
    .expect("saved");
    for name in std::fs::read_dir(corpus("")).expect("the corpus") {
        let path = name.expect("an entry").path();
        if path.extension().is_some_and(|e| e == "bak") {
            std::fs::remove_file(path).expect("no backups in the corpus");
        }
    }
}

#[test]
fn the_corpus_is_what_its_generators_make() {
    let same = |name: &str, session: &Session| {
        assert_eq!(
            &load(&corpus(name)).expect("the corpus file loads").session,
            session,
            "{name} (PLAZA_BLESS=1 writes it again)"
        );
    };
    let [a, b] = ballot_in_two_polls();
    same("ballot-in-two-polls-a.ron", &a);
    same("ballot-in-two-polls-b.ron", &b);
    let [merged, laptop] = note_edited_after_merge();
    same("note-edited-after-merge-merged.ron", &merged);
    same("note-edited-after-merge-laptop.ron", &laptop);
    same("hostile-ids.ron", &hostile_ids());
    same(
        "ranking-1000-items-100-ballots.ron",
        &ranking_session(1_000, 100),
    );
    assert_eq!(
        std::fs::read_to_string(corpus("extensions-10000-nested-some.ron")).expect("the file"),
        extensions_text()
    );
}

/// Notes, actions and ballots (with their poll) as sets of their full content.
fn contents(session: &Session) -> [BTreeSet<String>; 3] {
    [
        session.notes.iter().map(|n| format!("{n:?}")).collect(),
        session.actions.iter().map(|a| format!("{a:?}")).collect(),
        session
            .polls
            .iter()
            .flat_map(|p| p.ballots.iter().map(move |b| format!("{} {b:?}", p.id)))
            .collect(),
    ]
}

fn merge_both_ways(first: &str, second: &str) -> [plaza::report::Merged; 2] {
    let a = load(&corpus(first)).expect("loads").session;
    let b = load(&corpus(second)).expect("loads").session;
    let ab = merge(&[a.clone(), b.clone()]).expect("merges");
    let ba = merge(&[b, a]).expect("merges");
    assert_eq!(
        contents(&ab.session),
        contents(&ba.session),
        "the same sets"
    );
    assert_eq!(ab.conflicts, ba.conflicts, "the same conflicts listed");
    assert_eq!(ab.refused, ba.refused);
    for merged in [&ab, &ba] {
        assert_eq!(validate(&merged.session), vec![], "a valid session");
    }
    [ab, ba]
}

#[test]
fn one_ballot_id_in_two_polls_keeps_both_votes_whatever_the_order() {
    let [ab, ba] = merge_both_ways("ballot-in-two-polls-a.ron", "ballot-in-two-polls-b.ron");
    for merged in [&ab, &ba] {
        let ballots: Vec<(&str, &Marks)> = merged
            .session
            .polls
            .iter()
            .flat_map(|p| p.ballots.iter().map(move |b| (p.id.as_str(), &b.marks)))
            .collect();
        assert_eq!(ballots.len(), 2, "both votes are kept: {ballots:?}");
        assert!(ballots.iter().any(|(poll, _)| *poll == "poll-1"));
        assert!(ballots.iter().any(|(poll, _)| *poll == "poll-2"));
        assert_eq!(merged.conflicts.len(), 1, "{:?}", merged.conflicts);
        assert!(
            merged.conflicts[0].contains("shared"),
            "{:?}",
            merged.conflicts
        );
    }
    // The summary counts what came in, and only that.
    assert_eq!(ab.added[0].ballots, 1);
    assert_eq!(ba.added[0].ballots, 1);
}

#[test]
fn a_note_edited_after_a_merge_and_its_original_are_both_kept_and_listed() {
    let [ab, ba] = merge_both_ways(
        "note-edited-after-merge-merged.ron",
        "note-edited-after-merge-laptop.ron",
    );
    for merged in [&ab, &ba] {
        let texts: BTreeSet<&str> = merged
            .session
            .notes
            .iter()
            .map(|n| n.text.as_str())
            .collect();
        assert_eq!(
            texts,
            BTreeSet::from([
                "Edited on laptop A",
                "Edited on laptop B",
                "Edited on laptop B, then edited again after the merge",
            ]),
            "no version is dropped"
        );
        assert!(
            merged
                .conflicts
                .iter()
                .any(|c| c.contains("Edited on laptop B")),
            "the version that moved is listed: {:?}",
            merged.conflicts
        );
    }
}

#[test]
fn a_file_that_turns_on_ron_extensions_is_refused_before_it_is_parsed() {
    let error = load(&corpus("extensions-10000-nested-some.ron")).expect_err("refused");
    assert!(
        matches!(
            error,
            StoreError::Decode {
                source: DecodeError::Extensions,
                ..
            }
        ),
        "{error}"
    );
    assert!(error.to_string().contains("not a Plaza session"), "{error}");
    // Comments, marks of direction and spaces inside the attribute change nothing.
    let body = "enable(unwrap_variant_newtypes)]\nSession(format_version: 1)";
    for text in [
        format!("// a comment\n/* and /* nested */ */ {}", extensions_text()),
        format!("# ![{body}"),
        format!("#/**/![{body}"),
        format!("\u{200e}#![{body}"),
    ] {
        assert_eq!(
            plaza::store::decode(&text).expect_err("refused"),
            DecodeError::Extensions,
            "{text:?}"
        );
    }
}

#[test]
fn a_thousand_item_ranking_counts_every_point() {
    let session = load(&corpus("ranking-1000-items-100-ballots.ron"))
        .expect("loads")
        .session;
    let results = plaza::model::poll_results(&session.polls[0]);
    assert_eq!(results.rows.len(), 1_000);
    // Every ballot ranks all n items: n + (n − 1) + … + 1 points each.
    let n = 1_000_u64;
    let (mut points, mut firsts) = (0, 0);
    for row in &results.rows {
        if let plaza::model::Score::Borda {
            points: p,
            first_choices: f,
        } = row.score
        {
            points += p;
            firsts += f;
        }
    }
    assert_eq!(points, 100 * n * (n + 1) / 2);
    assert_eq!(firsts, 100);
    // The item first on the first ballot has at least its n points from it.
    let Marks::Ranking(order) = &session.polls[0].ballots[0].marks else {
        panic!("a ranking");
    };
    let top = results
        .rows
        .iter()
        .find(|row| row.item == order[0])
        .expect("ranked");
    assert!(
        matches!(top.score, plaza::model::Score::Borda { points, first_choices } if points >= n && first_choices >= 1)
    );
    assert!(
        report_markdown(
            &session,
            plaza::words::Words::of(plaza::words::Lang::English)
        )
        .contains("| Rank | Item | Points | First choices |")
    );
}

/// What `plaza` printed for these arguments, with its exit status.
fn plaza(args: &[&str]) -> std::process::Output {
    std::process::Command::new(env!("CARGO_BIN_EXE_plaza"))
        .args(args)
        .output()
        .expect("plaza runs")
}

/// No byte of `out` is a control character other than a newline, and no bidirectional
/// override reaches the reader.
fn assert_inert(out: &[u8], what: &str) {
    let text = String::from_utf8_lossy(out);
    for c in text.chars() {
        assert!(
            c == '\n' || !plaza::report::is_unsafe(c),
            "{what} holds {c:?}: {text}"
        );
    }
}

#[test]
fn ids_with_newlines_and_escapes_cannot_forge_lines_or_drive_the_terminal() {
    let path = corpus("hostile-ids.ron");
    let file = path.display().to_string();
    let output = plaza(&["validate", &file]);
    assert_eq!(output.status.code(), Some(1));
    assert_inert(&output.stdout, "validate");
    let text = String::from_utf8_lossy(&output.stdout);
    let problems = load(&path).expect("loads").problems;
    assert_eq!(
        text.lines().count(),
        problems.len(),
        "one line per problem: {text}"
    );
    assert!(
        text.lines()
            .all(|line| line.starts_with(&format!("{file}: "))),
        "every line names the file: {text}"
    );
    assert!(!text.lines().any(|line| line == "fake.ron: ok"));
    assert!(
        text.contains("x\\nfake.ron: ok"),
        "the newline is shown as \\n: {text}"
    );
    assert!(
        text.contains("\\u{1b}[2J"),
        "ESC is shown as an escape: {text}"
    );
    assert!(text.contains("\\u{202e}"), "the override is shown: {text}");

    for format in ["md", "html", "csv", "json"] {
        let output = plaza(&["report", &file, "-f", format]);
        assert_eq!(output.status.code(), Some(0), "{format}");
        assert_inert(&output.stdout, format);
    }
    let json: serde_json::Value =
        serde_json::from_slice(&plaza(&["report", &file, "-f", "json"]).stdout)
            .expect("valid JSON");
    assert_eq!(
        json["notes"][8]["id"], "right\u{202e}tfel",
        "JSON escapes keep the data exactly"
    );
    let output = plaza(&["compare", &file, &file]);
    assert_inert(&output.stdout, "compare");
    let dir = temp_dir();
    let out = dir.path().join("merged.ron").display().to_string();
    let output = plaza(&["merge", &file, &file, "-o", &out]);
    assert_inert(&output.stdout, "merge");
    assert_inert(&output.stderr, "merge's message");
}
