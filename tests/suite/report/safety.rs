//! Output that cannot be turned against its reader: Markdown shows exactly what was typed, a
//! spreadsheet never runs a cell, HTML stays inert and within the page, and rating results say
//! how many rated each item.

use plaza::model::{Ballot, Marks, PollMethod, PollStatus, Score, Session, poll_results};
use plaza::report::{Table, csv_table, md_escape, neutralise, report_html, report_markdown};
use plaza::sample::example_retreat;
use pulldown_cmark::{Event, Options, Parser, Tag};

/// What a reader should see of `text` in Markdown: trimmed, on one line.
fn shown_as(text: &str) -> String {
    text.trim()
        .chars()
        .map(|c| {
            if matches!(c, '\n' | '\r' | '\t') {
                ' '
            } else {
                c
            }
        })
        .collect()
}

/// The plain text a GitHub-flavoured Markdown renderer makes of `document`, or why it is not
/// plain text (markup, a link, raw HTML).
fn rendered_text(document: &str) -> Result<String, String> {
    let mut options = Options::empty();
    options.insert(Options::ENABLE_TABLES);
    options.insert(Options::ENABLE_STRIKETHROUGH);
    options.insert(Options::ENABLE_TASKLISTS);
    options.insert(Options::ENABLE_FOOTNOTES);
    let mut text = String::new();
    for event in Parser::new_ext(document, options) {
        match event {
            Event::Text(words) => text.push_str(&words),
            Event::Start(
                Tag::Paragraph
                | Tag::Item
                | Tag::Heading { .. }
                | Tag::Table(_)
                | Tag::TableHead
                | Tag::TableRow
                | Tag::TableCell,
            )
            | Event::End(_) => {}
            Event::Start(Tag::List(None)) => {}
            other => return Err(format!("{other:?}")),
        }
    }
    Ok(text)
}

fn check_markdown(typed: &str) -> Result<(), String> {
    let escaped = md_escape(typed);
    let expected = shown_as(typed);
    let table_expected = expected.clone();
    for (context, document, skip) in [
        ("paragraph", format!("{escaped}\n"), ""),
        ("list item", format!("- {escaped}\n"), ""),
        ("heading", format!("### {escaped}\n"), ""),
        ("table cell", format!("| a |\n|---|\n| {escaped} |\n"), "a"),
    ] {
        if expected.is_empty() {
            continue;
        }
        let seen =
            rendered_text(&document).map_err(|why| format!("{context}: {why} in {document:?}"))?;
        let seen = seen.strip_prefix(skip).unwrap_or(&seen);
        let want = if context == "table cell" {
            &table_expected
        } else {
            &expected
        };
        if seen != want {
            return Err(format!(
                "{context}: typed {typed:?}, written {escaped:?}, shown {seen:?}"
            ));
        }
    }
    Ok(())
}

#[test]
fn markdown_shows_what_was_typed() {
    for typed in [
        "AT&T and R&D",
        "&amp; is not an ampersand here",
        "&#38; and &copy;",
        "a | b | c",
        "<b>bold?</b> <script>alert(1)</script>",
        "1. not a list",
        "2) nor this",
        "# not a heading",
        "Retreat ###",
        "- not an item",
        "+ nor this",
        "> not a quote",
        "*not emphasis* and _neither_",
        "~~not struck~~",
        "[not a link](http://example.com)",
        "![not an image](x.png)",
        "`not code`",
        "trailing backslash \\",
        "- [ ] not a task",
        "[^1] not a footnote",
        "=== not a heading",
        "line one\n# line two",
        "  spaced   out  ",
    ] {
        check_markdown(typed).unwrap_or_else(|why| panic!("{why}"));
    }
}

proptest::proptest! {
    #![proptest_config(proptest::prelude::ProptestConfig { cases: 400, ..Default::default() })]

    /// Any mix of the characters that make Markdown, in any place, reads back as typed.
    #[test]
    fn markdown_shows_any_typed_text_as_typed(
        typed in "[a-z0-9 \\\\`*_\\[\\]<>|~&#+\\-!=.():;\"'/\n\t]{0,24}"
    ) {
        if let Err(why) = check_markdown(&typed) {
            proptest::prop_assert!(false, "{}", why);
        }
    }
}

#[test]
fn control_characters_and_overrides_are_shown_not_obeyed_in_every_format() {
    let mut session = example_retreat();
    session.notes[0].text = "evil \u{1b}[2J\u{1b}]0;title\u{7} and \u{202e}reversed".into();
    session.notes[1].text = "A note typed\non two lines".into();
    session.title = "Retreat \u{202e}2026".into();
    let html = report_html(
        &session,
        plaza::words::Words::of(plaza::words::Lang::English),
    );
    let markdown = report_markdown(
        &session,
        plaza::words::Words::of(plaza::words::Lang::English),
    );
    let csv = csv_table(
        &session,
        Table::Notes,
        plaza::words::Words::of(plaza::words::Lang::English),
    )
    .expect("CSV");
    for (format, text) in [("HTML", &html), ("Markdown", &markdown), ("CSV", &csv)] {
        assert!(
            !text
                .chars()
                .any(|c| c == '\u{1b}' || c == '\u{202e}' || c == '\u{7}'),
            "{format} holds a raw control character"
        );
        assert!(text.contains("\\u{202e}"), "{format} shows the override");
        assert!(
            !text.contains("\\n"),
            "{format} shows a typed line break as one"
        );
    }
    assert!(
        html.contains("A note typed\non two lines"),
        "HTML lays the break out as a space"
    );
    assert!(markdown.contains("A note typed on two lines"));
}

#[test]
fn a_spreadsheet_never_reads_a_cell_as_a_formula() {
    for typed in [
        "=1+1",
        " =1+1",
        "\t=1+1",
        "\r=1",
        "  +SUM(A1)",
        "\"=HYPERLINK(\"x\")",
        "'=1",
        "\u{feff}@SUM(1)",
        "\u{a0}-2+3",
        "\u{200b}=cmd|' /C calc'!A0",
        "\u{2060} \u{200d}=1",
    ] {
        let cell = neutralise(typed);
        assert!(cell.starts_with('\''), "{typed:?} became {cell:?}");
    }
    for plain in ["1-2", "a = b", "Table 3", "", "-"] {
        let cell = neutralise(plain);
        if plain == "-" {
            assert_eq!(cell, "'-");
        } else {
            assert_eq!(cell, plain, "{plain:?} is left alone");
        }
    }
}

#[test]
fn html_breaks_a_very_long_word_and_keeps_dates_whole() {
    let mut session = example_retreat();
    session.notes[0].text = "x".repeat(20_000);
    let html = report_html(
        &session,
        plaza::words::Words::of(plaza::words::Lang::English),
    );
    assert!(html.contains("overflow-wrap: anywhere"), "long words break");
    assert!(html.contains(".date, .state { white-space: nowrap; }"));
    assert!(html.contains("<span class=\"date\">19 November 2026</span>"));
    assert!(html.contains("<td class=\"date\">2027-02-01</td>"));
    // An action item's state stays whole too: "open", never "ope" over "n".
    assert!(html.contains("<th class=\"state\">Done</th>"));
    assert!(html.contains("<td class=\"state\">open</td>"));
}

/// A rating poll of `ballots` ballots, each rating the items given.
fn rating_session(ballots: &[&[(&str, i32)]]) -> Session {
    let mut session = example_retreat();
    let mut poll = session.polls[1].clone();
    assert!(matches!(poll.method, PollMethod::Rating { .. }));
    poll.status = PollStatus::Revealed;
    poll.ballots = ballots
        .iter()
        .enumerate()
        .map(|(n, pairs)| Ballot {
            id: format!("b{n}"),
            cast: "2026-11-19T20:00:00Z".parse().expect("a time"),
            marks: Marks::Ratings(pairs.iter().map(|&(i, s)| (i.to_owned(), s)).collect()),
            source: plaza::model::BallotSource::Booth,
        })
        .collect();
    session.polls = vec![poll];
    session
}

#[test]
fn an_item_rated_once_at_five_ranks_after_items_everyone_rated() {
    // Four ballots. Compassion: 4, 4, 3, 3 (mean 3.5, rated on all four). Diversity: 5 once
    // (mean 5, one of four: few). Integrity: 2, 2 (mean 2, two of four: half is enough).
    // Creativity: 1 once (few). The others: nobody.
    let session = rating_session(&[
        &[("compassion", 4), ("diversity", 5), ("integrity", 2)],
        &[("compassion", 4), ("integrity", 2)],
        &[("compassion", 3), ("creativity-innovation", 1)],
        &[("compassion", 3)],
    ]);
    let results = poll_results(&session.polls[0]);
    let order: Vec<(&str, usize, bool, u32)> = results
        .rows
        .iter()
        .map(|row| match &row.score {
            Score::Rating { few, count, .. } => (row.item.as_str(), row.rank, *few, *count),
            other => panic!("a rating, not {other:?}"),
        })
        .collect();
    assert_eq!(
        &order[..4],
        [
            ("compassion", 1, false, 4),
            ("integrity", 2, false, 2),
            ("diversity", 3, true, 1),
            ("creativity-innovation", 4, true, 1),
        ]
    );
    // Nobody rated the last two: they share the last rank.
    assert!(
        order[4..]
            .iter()
            .all(|&(_, rank, few, count)| rank == 5 && !few && count == 0)
    );

    let markdown = report_markdown(
        &session,
        plaza::words::Words::of(plaza::words::Lang::English),
    );
    assert!(
        markdown.contains("| 3 | DIVERSITY (few ratings) | 5.00 | 5.00 | 1 |"),
        "{markdown}"
    );
    assert!(markdown.contains(
        "Few ratings: rated on fewer than half of the ballots, so ranked after the items rated on at least half (4 ballots in all)."
    ));
    let json = plaza::report::report_json(&session);
    let json = serde_json::to_value(&json).expect("JSON");
    let rows = &json["polls"][0]["results"];
    assert_eq!(rows[2]["item"], "diversity");
    assert_eq!(rows[2]["rank"], 3);
    assert_eq!(rows[2]["few_ratings"], true);
    assert_eq!(rows[2]["count"], 1);
    assert_eq!(rows[0]["few_ratings"], false);
    let csv = csv_table(
        &session,
        Table::Results,
        plaza::words::Words::of(plaza::words::Lang::English),
    )
    .expect("CSV");
    assert!(
        csv.lines()
            .next()
            .is_some_and(|head| head.ends_with(",few_ratings,item_kind"))
    );
    assert!(
        csv.lines()
            .any(|line| line.contains(",diversity,DIVERSITY,") && line.ends_with(",yes,item"))
    );
    let html = report_html(
        &session,
        plaza::words::Words::of(plaza::words::Lang::English),
    );
    assert!(html.contains("DIVERSITY (few ratings)"));
    assert!(html.contains("5.00 · 1 rating (few)"));
    let summary = plaza::report::summary(&session);
    let words: Vec<&str> = summary.polls[0]
        .leaders
        .iter()
        .map(|leader| leader.score.as_str())
        .collect();
    assert_eq!(words[0], "mean 3.50, 4 rated");
    assert!(words.contains(&"mean 5.00, 1 rated (few)"), "{words:?}");
}
