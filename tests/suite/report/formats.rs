//! Reports of a session: golden files of the example's Markdown, CSV and JSON; what people
//! typed can never break a table or run as a spreadsheet formula; `plaza report` as a user
//! runs it.

use std::path::Path;
use std::process::{Command, Output};

use plaza::model::{About, Action, Marks, Note, NoteKind, PollMethod};
use plaza::report::{Table, csv_table, neutralise, report_html, report_json, report_markdown};

use crate::support::{bytes, example, temp_dir, write_session};

fn plaza(args: &[&str], home: &Path) -> Output {
    Command::new(env!("CARGO_BIN_EXE_plaza"))
        .args(args)
        .env("XDG_DATA_HOME", home)
        .env("HOME", home)
        .output()
        .expect("run plaza")
}

#[test]
fn the_example_in_markdown() {
    insta::assert_snapshot!(
        "example_markdown",
        report_markdown(
            &example(),
            plaza::words::Words::of(plaza::words::Lang::English)
        )
    );
}

#[test]
fn the_example_in_json() {
    let json = serde_json::to_string_pretty(&report_json(&example())).expect("JSON");
    insta::assert_snapshot!("example_json", json);
}

#[test]
fn the_example_in_csv() {
    let session = example();
    for (table, name) in [
        (Table::Notes, "example_notes_csv"),
        (Table::Results, "example_results_csv"),
        (Table::Actions, "example_actions_csv"),
    ] {
        insta::assert_snapshot!(
            name,
            csv_table(
                &session,
                table,
                plaza::words::Words::of(plaza::words::Lang::English)
            )
            .expect("CSV")
        );
    }
}

/// Where each text starts in `report`, which must hold them all, in order.
fn in_order(report: &str, texts: &[&str]) {
    let at: Vec<usize> = texts
        .iter()
        .map(|text| {
            report
                .find(text)
                .unwrap_or_else(|| panic!("{text} is missing"))
        })
        .collect();
    assert!(at.is_sorted(), "{texts:?} come at {at:?}");
}

#[test]
fn action_items_come_right_after_the_summary_before_the_results_and_the_notes() {
    let session = example();
    in_order(
        &report_markdown(
            &session,
            plaza::words::Words::of(plaza::words::Lang::English),
        ),
        &[
            "40 notes, 6 action items, 4 polls.\n\n## Action items\n",
            "| no | Publish the hiring dashboard |",
            "## Polls",
            "## Notes",
        ],
    );
    in_order(
        &report_html(
            &session,
            plaza::words::Words::of(plaza::words::Lang::English),
        ),
        &[
            "<p class=\"facts\">40 notes · 6 action items · 4 polls</p>\n</header>\n\
             <section>\n<h2>Action items</h2>",
            "Publish the hiring dashboard",
            "<h2>Polls</h2>",
            "<h2>Notes</h2>",
        ],
    );
}

#[test]
fn one_of_a_thing_is_counted_in_the_singular() {
    let mut session = example();
    session.notes.truncate(1);
    session.actions.truncate(1);
    session
        .polls
        .retain(|poll| poll.method == PollMethod::Ranking);
    // One ballot that ranks all six values: the last of them earns 1 point.
    let ranking = &mut session.polls[0];
    ranking.ballots.truncate(1);
    ranking.ballots[0].marks = Marks::Ranking(ranking.items.clone());
    let markdown = report_markdown(
        &session,
        plaza::words::Words::of(plaza::words::Lang::English),
    );
    assert!(
        markdown.contains("1 note, 1 action item, 1 poll.\n"),
        "{markdown}"
    );
    assert!(
        markdown.contains("*Ranking · revealed · 1 ballot*"),
        "{markdown}"
    );
    let html = report_html(
        &session,
        plaza::words::Words::of(plaza::words::Lang::English),
    );
    assert!(html.contains("<p class=\"facts\">1 note · 1 action item · 1 poll</p>"));
    assert!(html.contains(">1 point<"), "the chart's last bar");
    assert!(
        markdown.ends_with('\n') && !markdown.ends_with("\n\n"),
        "one line break at the end, after the notes"
    );
}

#[test]
fn the_json_has_the_shape_other_tools_rely_on() {
    let json: serde_json::Value =
        serde_json::to_value(report_json(&example())).expect("a JSON value");
    assert_eq!(json["format_version"], 1);
    assert_eq!(json["session"]["title"], "Leadership retreat 2026");
    let polls = json["polls"].as_array().expect("polls");
    let by_method = |method: &str| {
        polls
            .iter()
            .find(|poll| poll["method"] == method)
            .unwrap_or_else(|| panic!("a {method} poll"))
    };
    let dots = &by_method("dots")["results"][0];
    assert_eq!(
        (dots["item"].as_str(), dots["rank"].as_u64()),
        (Some("diversity"), Some(1))
    );
    assert_eq!(dots["total"], 23);
    let rating = &by_method("rating")["results"][0];
    assert_eq!(rating["item"], "compassion");
    assert_eq!(rating["count"], 19);
    assert_eq!(rating["median"], 4.0);
    assert_eq!(rating["distribution"]["4"], 12);
    let mean = rating["mean"].as_f64().expect("a mean");
    assert!((mean - 71.0 / 19.0).abs() < 1e-9, "mean {mean}");
    let ranking = &by_method("ranking")["results"][0];
    assert_eq!(ranking["points"], 73);
    assert_eq!(ranking["first_choices"], 6);
    assert_eq!(by_method("tally")["ballots"], 0);
    let note = &json["notes"][0];
    for key in ["id", "about", "group", "kind", "text"] {
        assert!(note.get(key).is_some(), "notes have {key}");
    }
    assert!(
        json["notes"]
            .as_array()
            .expect("notes")
            .iter()
            .any(|note| note["about"] == "parking-lot")
    );
    let action = &json["actions"][0];
    for key in ["id", "about", "text", "owner", "due", "done"] {
        assert!(action.get(key).is_some(), "actions have {key}");
    }
}

fn session_with_notes(texts: &[&str]) -> plaza::model::Session {
    let mut session = example();
    session.notes.clear();
    for (index, text) in texts.iter().enumerate() {
        session.notes.push(Note {
            id: format!("note-{index}"),
            about: About::Item("compassion".into()),
            group: "=cmd|' /C calc'!A0".into(),
            kind: NoteKind::Idea,
            text: (*text).into(),
            created: plaza::model::now(),
        });
    }
    session
}

#[test]
fn csv_cells_never_run_as_formulas() {
    let dangerous = [
        "=HYPERLINK(\"http://evil.example\",\"click\")",
        "+1",
        "-2",
        "@SUM(A1:A9)",
        "\tTabbed",
        "\rReturned",
    ];
    let session = session_with_notes(&dangerous);
    let text = csv_table(
        &session,
        Table::Notes,
        plaza::words::Words::of(plaza::words::Lang::English),
    )
    .expect("CSV");
    let mut reader = csv::Reader::from_reader(text.as_bytes());
    let rows: Vec<csv::StringRecord> = reader.records().map(|r| r.expect("a row")).collect();
    assert_eq!(rows.len(), dangerous.len());
    for (row, typed) in rows.iter().zip(dangerous) {
        assert_eq!(
            &row[5],
            format!("'{typed}"),
            "the text keeps every character"
        );
        assert_eq!(&row[3], "'=cmd|' /C calc'!A0", "groups are neutralised too");
        for cell in row.iter() {
            assert!(
                !cell.starts_with(['=', '+', '-', '@', '\t', '\r']),
                "{cell:?} would run in a spreadsheet"
            );
        }
    }
    assert_eq!(neutralise("Plain words, = inside"), "Plain words, = inside");
}

#[test]
fn markdown_escapes_what_people_typed() {
    let mut session = session_with_notes(&["# not a heading | *not bold* [not](a link)"]);
    session.title = "Retreat <b>2026</b>".into();
    session.actions = vec![Action {
        id: "a".into(),
        about: About::General,
        text: "Fix the | pipe\nand the line".into(),
        owner: "_me_".into(),
        due: None,
        done: false,
        created: plaza::model::now(),
    }];
    let text = report_markdown(
        &session,
        plaza::words::Words::of(plaza::words::Lang::English),
    );
    assert!(text.starts_with("# Retreat \\<b\\>2026\\</b\\>\n"));
    assert!(text.contains("- \\# not a heading \\| \\*not bold\\* \\[not\\](a link)"));
    assert!(text.contains("| no | Fix the \\| pipe and the line | \\_me\\_ |  | General |"));
}

#[test]
fn plaza_report_writes_each_format_and_never_touches_the_session() {
    let dir = temp_dir();
    let path = write_session(dir.path(), "retreat.ron", &example());
    let before = bytes(&path);
    let file = path.display().to_string();

    let output = plaza(&["report", &file], dir.path());
    assert_eq!(output.status.code(), Some(0));
    assert_eq!(
        String::from_utf8_lossy(&output.stdout),
        report_markdown(
            &example(),
            plaza::words::Words::of(plaza::words::Lang::English)
        ),
        "Markdown to standard output by default"
    );

    let out = dir.path().join("notes.csv").display().to_string();
    let output = plaza(
        &["report", &file, "--format", "csv", "-o", &out],
        dir.path(),
    );
    assert_eq!(output.status.code(), Some(0));
    assert!(
        std::fs::read_to_string(&out)
            .expect("the CSV")
            .starts_with("id,about,about_name,group,kind,text,created\n")
    );
    let output = plaza(
        &["report", &file, "-f", "csv", "--table", "actions"],
        dir.path(),
    );
    assert!(String::from_utf8_lossy(&output.stdout).starts_with("id,about,about_name,text,"));
    let output = plaza(&["report", &file, "-f", "html"], dir.path());
    assert!(String::from_utf8_lossy(&output.stdout).starts_with("<!DOCTYPE html>"));
    let output = plaza(&["report", &file, "-f", "json"], dir.path());
    let json: serde_json::Value = serde_json::from_slice(&output.stdout).expect("valid JSON");
    assert_eq!(json["session"]["title"], "Leadership retreat 2026");

    // The report never replaces the session it reads.
    let output = plaza(&["report", &file, "-o", &file], dir.path());
    assert_eq!(output.status.code(), Some(1));
    assert!(String::from_utf8_lossy(&output.stderr).contains("is the session itself"));
    assert_eq!(bytes(&path), before, "the session is unchanged");

    let missing = dir.path().join("missing.ron").display().to_string();
    let output = plaza(&["report", &missing], dir.path());
    assert_eq!(output.status.code(), Some(1));
    assert!(String::from_utf8_lossy(&output.stderr).starts_with("plaza: "));
}

#[test]
fn html_shows_what_people_typed_as_text_never_as_markup() {
    let mut session = session_with_notes(&["<script>alert(1)</script>", "Tom & Jerry's \"plan\""]);
    session.title = "R&D \"Retreat\" <2026>".into();
    session.venue = "<img src=x onerror=alert(2)>".into();
    let html = report_html(
        &session,
        plaza::words::Words::of(plaza::words::Lang::English),
    );
    assert!(!html.contains("<script>"), "no script from a note");
    assert!(!html.contains("<img"), "no element from the venue");
    assert!(html.contains("&lt;script&gt;alert(1)&lt;/script&gt;"));
    assert!(html.contains("Tom &amp; Jerry&#39;s &quot;plan&quot;"));
    assert!(html.contains("<title>R&amp;D &quot;Retreat&quot; &lt;2026&gt;</title>"));
    assert!(html.contains("<h1>R&amp;D &quot;Retreat&quot; &lt;2026&gt;</h1>"));
}

#[test]
fn html_is_one_self_contained_printable_file() {
    let html = report_html(
        &example(),
        plaza::words::Words::of(plaza::words::Lang::English),
    );
    assert!(html.starts_with("<!DOCTYPE html>"));
    assert!(html.trim_end().ends_with("</html>"));
    for outside in ["src=", "href=", "<link", "@import", "url(", "<script"] {
        assert!(
            !html.contains(outside),
            "nothing loaded from outside: {outside}"
        );
    }
    assert!(html.contains("@media print"), "print styles");
    assert!(html.contains("@page"), "page margins for A4 and Letter");
    // One chart per poll, with the exact numbers on the bars.
    assert_eq!(html.matches("<svg").count(), 4);
    for number in [">23<", ">3.74<", ">73 points<", ">21<"] {
        assert!(html.contains(number), "the chart shows {number}");
    }
    // Every note is there, escaped.
    for note in &example().notes {
        let text = plaza::report::html_escape(note.text.trim());
        assert!(html.contains(&text), "{text}");
    }
}

#[test]
fn export_picks_the_format_by_the_files_extension() {
    let dir = temp_dir();
    let file = write_session(dir.path(), "retreat.ron", &example());
    let mut app = plaza::gui::PlazaApp::new(plaza::store::Document::open(&file, || {}));
    for (name, start) in [
        ("r.md", "# Leadership retreat 2026"),
        ("r.csv", "id,about,about_name,group,kind,text,created"),
        ("r.json", "{"),
        ("r.html", "<!DOCTYPE html>"),
        ("r.htm", "<!DOCTYPE html>"),
        ("r.markdown", "# Leadership retreat 2026"),
    ] {
        let path = dir.path().join(name);
        app.export_to(&path);
        let notice = app.notice().expect("the app says where it went");
        assert!(notice.contains("report saved to"), "{notice}");
        let text = std::fs::read_to_string(&path).expect("the report");
        assert!(
            text.starts_with(start),
            "{name}: {}",
            &text[..40.min(text.len())]
        );
    }
}

#[test]
fn the_console_says_where_the_report_went_or_why_not() {
    let dir = temp_dir();
    let path = write_session(dir.path(), "retreat.ron", &example());
    let mut app = plaza::gui::PlazaApp::new(plaza::store::Document::open(&path, || {}));
    let report = dir.path().join("retreat-report.html");
    app.export_to(&report);
    assert_eq!(
        app.notice(),
        Some(format!("HTML report saved to {}", report.display()).as_str())
    );
    assert!(
        std::fs::read_to_string(&report)
            .expect("written")
            .contains("<h1>")
    );
    app.export_to(&dir.path().join("no-such-folder").join("r.html"));
    let notice = app.notice().expect("a notice");
    assert!(
        notice.starts_with("The report was not saved: could not write"),
        "{notice}"
    );
}

#[test]
fn the_review_summary_puts_values_first_and_open_actions_by_owner() {
    let mut session = plaza::sample::example_retreat();
    session.actions[1].owner = "HR lead".into();
    session.actions[4].owner = String::new();
    session.actions[5].done = true;
    let summary = plaza::report::summary(&session);
    let sections: Vec<_> = summary.places.iter().map(|p| p.section).collect();
    let first_non_value = sections
        .iter()
        .position(|s| *s != Some(plaza::model::SectionKind::Values))
        .expect("more than values");
    assert_eq!(first_non_value, 6, "the six values lead");
    let owners: Vec<&str> = summary
        .open_actions
        .iter()
        .map(|owner| owner.owner.as_str())
        .collect();
    assert_eq!(
        owners,
        [
            "HR lead",
            "Patient education",
            "Quality office",
            plaza::report::NO_OWNER
        ]
    );
    let hr: Vec<_> = summary.open_actions[0]
        .actions
        .iter()
        .map(|a| a.due.map(|d| d.to_string()))
        .collect();
    assert_eq!(
        hr,
        [Some("2027-02-01".into()), Some("2027-03-15".into())],
        "soonest due first"
    );
    assert_eq!(summary.done_actions, 1);
    let dots = &summary.polls[0];
    assert_eq!(dots.heading, "Dots");
    assert_eq!(
        dots.leaders
            .first()
            .map(|l| (l.rank.as_str(), l.label.as_str(), l.score.as_str())),
        Some(("1", "DIVERSITY", "23 dots"))
    );
    let compassion = summary
        .places
        .iter()
        .find(|p| p.label == "COMPASSION")
        .expect("compassion");
    assert_eq!(compassion.notes, [2, 2, 1, 0]);
    assert_eq!(compassion.placings.len(), 4, "one placing per poll");
}

#[test]
fn tied_leaders_share_their_rank_and_drafts_are_left_out() {
    let mut session = plaza::sample::example_retreat();
    let mut draft = session.polls[0].clone();
    draft.id = "draft".into();
    draft.ballots.clear();
    draft.status = plaza::model::PollStatus::Draft;
    session.polls.push(draft);
    let tally = session
        .polls
        .iter_mut()
        .find(|p| p.method == plaza::model::PollMethod::Tally)
        .expect("tally");
    for count in tally.tally.values_mut() {
        *count = 5;
    }
    let summary = plaza::report::summary(&session);
    assert_eq!(summary.polls.len(), 4, "the draft has no results to show");
    let tally = &summary.polls[3];
    assert_eq!(
        tally.leaders.len(),
        6,
        "six items tied for first are all leaders"
    );
    assert!(
        tally
            .leaders
            .iter()
            .all(|l| l.rank == "=1" && l.score == "5 counted")
    );
}

#[test]
fn report_json_carries_the_framework_with_its_labels_and_retired_items() {
    let mut session = crate::support::example();
    session.framework.values.label = Some("Guiding principles".into());
    session.framework.values.items[2].retired = true;
    let json = serde_json::to_value(plaza::report::report_json(&session)).expect("json");
    assert_eq!(json["format_version"], 2);
    let sections = json["framework"]["sections"].as_array().expect("sections");
    let names: Vec<&str> = sections.iter().filter_map(|s| s["name"].as_str()).collect();
    assert_eq!(names, ["mission", "vision", "values"]);
    assert!(sections[0]["label"].is_null());
    assert_eq!(sections[2]["label"], "Guiding principles");
    assert_eq!(sections[2]["items"][1]["id"], "compassion");
    assert_eq!(sections[2]["items"][2]["retired"], true);
    assert!(sections[2]["items"][1].get("retired").is_none());
}

#[test]
fn reports_list_the_themes_with_their_notes_before_the_notes() {
    let mut session = example();
    let notes: Vec<String> = session.notes.iter().take(2).map(|n| n.id.clone()).collect();
    let (edit, _) = plaza::model::group_as_theme(&session, "Time <to> care", &notes);
    let mut editor = plaza::model::Editor::new(session.clone());
    editor.apply(edit).expect("grouped");
    session = editor.session().clone();

    let markdown = report_markdown(
        &session,
        plaza::words::Words::of(plaza::words::Lang::English),
    );
    let themes = markdown.find("## Themes").expect("a themes section");
    let all_notes = markdown.find("## Notes").expect("the notes");
    assert!(themes < all_notes, "themes come before the notes");
    assert!(markdown.contains("(2 notes)"));
    let first = &session.notes[0].text;
    assert!(markdown[themes..all_notes].contains(first.as_str()));

    let html = report_html(
        &session,
        plaza::words::Words::of(plaza::words::Lang::English),
    );
    assert!(html.contains("<h2>Themes</h2>"));
    assert!(html.contains("Time &lt;to&gt; care"), "titles are escaped");
    assert!(
        !report_markdown(
            &example(),
            plaza::words::Words::of(plaza::words::Lang::English)
        )
        .contains("## Themes"),
        "none, no section"
    );
}
