//! The results charts: exact numbers, ties marked, text large enough for the back row.

use std::collections::BTreeMap;

use egui::accesskit::Role;
use egui::{Rect, UiBuilder, Vec2, vec2};
use egui_kittest::Harness;
use egui_kittest::kittest::{NodeT, Queryable};
use plaza::gui::room::results::{
    ChartLayout, results_chart_layout, results_chart_ui, results_detail_ui,
};
use plaza::gui::room::text::MIN_TEXT_SHARE;
use plaza::gui::theme::ThemeChoice;
use plaza::model::{
    Ballot, Marks, Poll, PollMethod, PollResults, PollStatus, Score, Session, poll_results,
};
use plaza::sample::{example_retreat, large_session};

const SIZES: [Vec2; 2] = [vec2(1280.0, 720.0), vec2(1920.0, 1080.0)];

pub(super) struct Screen {
    pub(super) session: Session,
    pub(super) poll: usize,
    pub(super) theme: ThemeChoice,
    /// The page asked for.
    pub(super) page: usize,
    pub(super) layout: ChartLayout,
}

pub(super) fn harness(session: Session, poll: usize, size: Vec2) -> Harness<'static, Screen> {
    let screen = Screen {
        session,
        poll,
        theme: ThemeChoice::Dark,
        page: 0,
        layout: ChartLayout::default(),
    };
    let mut harness = Harness::builder().with_size(size).build_ui_state(
        |ui, screen: &mut Screen| {
            // The whole window, as the projector's frameless panel gives it.
            let full = ui.ctx().content_rect();
            ui.scope_builder(UiBuilder::new().max_rect(full), |ui| {
                let palette = screen.theme.palette();
                let Some(poll) = screen.session.polls.get(screen.poll) else {
                    return;
                };
                let (session, page) = (&screen.session, screen.page);
                screen.layout = results_chart_layout(ui, session, poll, &palette, full, page);
                results_chart_ui(ui, session, poll, &palette, full, page);
            });
        },
        screen,
    );
    harness.run();
    harness
}

/// One projected label as the accessibility tree has it.
#[derive(Debug, Clone)]
pub(super) struct Seen {
    pub(super) text: String,
    pub(super) rect: Rect,
}

/// A label's words: AccessKit keeps a label's text as its value.
fn text_of(node: &egui_kittest::Node<'_>) -> String {
    node.value()
        .or_else(|| node.accesskit_node().label())
        .unwrap_or_default()
}

pub(super) fn labels(harness: &Harness<'_, Screen>) -> Vec<Seen> {
    harness
        .get_all_by_role(Role::Label)
        .map(|node| Seen {
            text: text_of(&node),
            rect: node.rect(),
        })
        .collect()
}

/// The labels on the same line as the item's name, left to right (the name itself included).
pub(super) fn row_of<'a>(seen: &'a [Seen], item: &str) -> Vec<&'a Seen> {
    let name = seen
        .iter()
        .find(|s| s.text == item)
        .unwrap_or_else(|| panic!("{item:?} is on the chart: {seen:#?}"));
    let mut row: Vec<&Seen> = seen
        .iter()
        .filter(|s| {
            let y = s.rect.center().y;
            y > name.rect.top() && y < name.rect.bottom()
        })
        .collect();
    row.sort_by(|a, b| a.rect.left().total_cmp(&b.rect.left()));
    row
}

pub(super) fn texts_of(row: &[&Seen]) -> Vec<String> {
    row.iter().map(|s| s.text.clone()).collect()
}

/// Every text at least 4% of the height, inside the window, and on screen as one label each.
pub(super) fn check_sizes(harness: &Harness<'_, Screen>, size: Vec2, what: &str) {
    let layout = &harness.state().layout;
    let window = Rect::from_min_size(egui::Pos2::ZERO, size);
    let min = MIN_TEXT_SHARE * size.y;
    assert!(layout.texts.len() >= 3, "{what}: the chart shows something");
    for text in &layout.texts {
        assert!(
            text.size >= min,
            "{what} at {size:?}: {:?} is {:.1} px, under {min:.1}",
            text.text,
            text.size
        );
        assert!(
            window.contains_rect(text.rect),
            "{what} at {size:?}: {:?} leaves the window: {:?}",
            text.text,
            text.rect
        );
    }
    for bar in &layout.bars {
        assert!(
            window.contains_rect(bar.rect),
            "{what}: a bar leaves the window"
        );
    }
    let seen = labels(harness);
    assert_eq!(seen.len(), layout.texts.len(), "{what}: one label per text");
    for label in &seen {
        assert!(
            label.rect.height() >= min,
            "{what} at {size:?}: {label:?} is shorter than {min:.1}"
        );
        assert!(
            window.expand(0.5).contains_rect(label.rect),
            "{what} at {size:?}: {label:?} leaves the window"
        );
    }
    // Nothing overlaps: texts on one line sit side by side.
    for (i, a) in layout.texts.iter().enumerate() {
        for b in &layout.texts[i + 1..] {
            assert!(
                !a.rect.shrink(1.0).intersects(b.rect.shrink(1.0)),
                "{what} at {size:?}: {:?} overlaps {:?}",
                a.text,
                b.text
            );
        }
    }
}

fn rank_text(results: &PollResults, rank: usize) -> String {
    if results.rows.iter().filter(|r| r.rank == rank).count() > 1 {
        format!("={rank}")
    } else {
        rank.to_string()
    }
}

/// Each row of the page shown reads, left to right, rank, item, then the method's exact
/// numbers: ranks go on from the page before.
pub(super) fn check_numbers(harness: &Harness<'_, Screen>, what: &str) {
    let session = &harness.state().session;
    let poll = &session.polls[harness.state().poll];
    let results = poll_results(poll);
    let seen = labels(harness);
    let rows = harness.state().layout.rows.clone();
    assert!(!rows.is_empty(), "{what}: rows are shown");
    assert_eq!(harness.state().layout.rows_shown, rows.len());
    for row in &results.rows[rows.clone()] {
        let label = session.item_label(&row.item);
        let mut expected = vec![rank_text(&results, row.rank), label.to_owned()];
        match &row.score {
            Score::Total(total) => expected.push(total.to_string()),
            Score::Borda {
                points,
                first_choices,
            } => {
                expected.push(format!("{points} points"));
                expected.push(match first_choices {
                    1 => "1 first choice".to_owned(),
                    n => format!("{n} first choices"),
                });
            }
            Score::Rating {
                mean,
                distribution,
                count,
                few,
                ..
            } => {
                expected.push(mean.map_or("–".to_owned(), |m| format!("{m:.1}")));
                expected.extend(distribution.values().map(u32::to_string));
                // How many rated the item, marked when fewer than half of the ballots did.
                expected.push(if *few {
                    format!("{count} · few")
                } else {
                    count.to_string()
                });
            }
        }
        let mut shown = texts_of(&row_of(&seen, label));
        // A mean may carry a second decimal (see below); it must still be the exact mean.
        if let (Score::Rating { mean: Some(m), .. }, Some(text)) = (&row.score, shown.get_mut(2))
            && *text == format!("{m:.2}")
        {
            *text = format!("{m:.1}");
        }
        assert_eq!(shown, expected, "{what}: the row of {label}");
    }
    // Different ranks never look the same: means gain a decimal when one hides the difference.
    let mean_text = |item: &str| texts_of(&row_of(&seen, session.item_label(item)))[2].clone();
    for pair in results.rows[rows].windows(2) {
        if let (Score::Rating { mean: Some(a), .. }, Score::Rating { mean: Some(b), .. }) =
            (&pair[0].score, &pair[1].score)
            && pair[0].rank != pair[1].rank
            && format!("{a:.2}") != format!("{b:.2}")
        {
            assert_ne!(
                mean_text(&pair[0].item),
                mean_text(&pair[1].item),
                "{what}: ranks {} and {} show one number",
                pair[0].rank,
                pair[1].rank
            );
        }
    }
}

#[test]
fn every_method_of_the_example_reads_back_exactly_at_both_sizes() {
    let session = example_retreat();
    for size in SIZES {
        for (index, poll) in session.polls.iter().enumerate() {
            let what = poll.method.name();
            let harness = harness(session.clone(), index, size);
            check_sizes(&harness, size, what);
            check_numbers(&harness, what);
            assert_eq!(
                harness.state().layout.rows_hidden,
                0,
                "{what} at {size:?}: six values fit"
            );
            harness.get_by_label_contains("RESULTS");
            harness.get_by_label(&poll.question);
        }
    }
}

#[test]
fn the_ballot_count_and_what_the_numbers_mean_are_said() {
    let session = example_retreat();
    let size = SIZES[0];
    let texts = |index: usize| {
        let harness = harness(session.clone(), index, size);
        labels(&harness)
            .into_iter()
            .map(|s| s.text)
            .collect::<Vec<_>>()
    };
    let said = |texts: &[String], words: &str| texts.iter().any(|t| t.contains(words));

    let dots = texts(0);
    assert!(said(&dots, "23 ballots"), "{dots:?}");
    let rating = texts(1);
    assert!(said(&rating, "19 ballots"), "{rating:?}");
    assert!(said(&rating, "Not at all"), "the scale's low end is named");
    assert!(said(&rating, "Fully"), "the scale's high end is named");
    for value in ["1", "2", "3", "4", "5"] {
        assert!(rating.iter().any(|t| t == value), "scale value {value}");
    }
    let ranking = texts(2);
    assert!(said(&ranking, "17 ballots"), "{ranking:?}");
    assert!(
        said(&ranking, "6 points for a first choice"),
        "the Borda rule is said: {ranking:?}"
    );
    let tally = texts(3);
    assert!(said(&tally, "Counted by hand"), "{tally:?}");
    assert!(said(&tally, "82 in all"), "the hands add up: {tally:?}");
    assert!(!said(&tally, "ballot"), "a tally has no ballots: {tally:?}");
}

fn dots_ballot(n: usize, marks: &[(&str, u32)]) -> Ballot {
    Ballot {
        id: format!("ballot-{n}"),
        cast: chrono::DateTime::from_timestamp(1_795_000_000 + 30 * n as i64, 0)
            .unwrap_or_default(),
        marks: Marks::Dots(
            marks
                .iter()
                .map(|(item, count)| (item.to_string(), *count))
                .collect(),
        ),
        source: plaza::model::BallotSource::Booth,
    }
}

#[test]
fn ties_are_marked_in_symbols_and_words_not_colour() {
    let mut session = example_retreat();
    let mut poll = Poll::draft(
        "tied".into(),
        "Which value first?".into(),
        vec![
            "compassion".into(),
            "diversity".into(),
            "integrity".into(),
            "creativity-innovation".into(),
        ],
        PollMethod::default_dots(),
    );
    // compassion 4, diversity 2, integrity 2, creativity 1.
    poll.ballots = vec![
        dots_ballot(0, &[("compassion", 2), ("diversity", 1)]),
        dots_ballot(1, &[("compassion", 2), ("integrity", 1)]),
        dots_ballot(
            2,
            &[
                ("diversity", 1),
                ("integrity", 1),
                ("creativity-innovation", 1),
            ],
        ),
    ];
    poll.status = PollStatus::Revealed;
    session.polls = vec![poll];
    for size in SIZES {
        let harness = harness(session.clone(), 0, size);
        check_sizes(&harness, size, "tie");
        check_numbers(&harness, "tie");
        let seen = labels(&harness);
        assert_eq!(texts_of(&row_of(&seen, "COMPASSION"))[0], "1");
        assert_eq!(texts_of(&row_of(&seen, "DIVERSITY"))[0], "=2");
        assert_eq!(
            texts_of(&row_of(
                &seen,
                "INTEGRITY, PROFESSIONALISM & ETHICAL BEHAVIOR"
            ))[0],
            "=2"
        );
        assert_eq!(texts_of(&row_of(&seen, "CREATIVITY & INNOVATION"))[0], "4");
        harness.get_by_label_contains("= marks a tie");
        // Tied rows draw equal bars.
        let bars = &harness.state().layout.bars;
        let label_of = |item: &str| {
            seen.iter()
                .find(|s| s.text == item)
                .map(|s| s.rect)
                .unwrap_or(Rect::NOTHING)
        };
        let bar_on = |rect: Rect| {
            bars.iter()
                .find(|bar| rect.y_range().contains(bar.rect.center().y))
                .map(|bar| bar.rect.width())
                .unwrap_or(0.0)
        };
        let diversity = bar_on(label_of("DIVERSITY"));
        let integrity = bar_on(label_of("INTEGRITY, PROFESSIONALISM & ETHICAL BEHAVIOR"));
        assert!(diversity > 0.0 && (diversity - integrity).abs() < 0.01);
        let compassion = bar_on(label_of("COMPASSION"));
        assert!(
            (compassion - 2.0 * diversity).abs() < 0.5,
            "bars are in proportion"
        );
    }
}

#[test]
fn the_chart_follows_changes_to_the_poll_and_the_window() {
    let session = example_retreat();
    let mut harness = harness(session, 3, SIZES[0]);
    check_numbers(&harness, "tally");
    // A recount, a renamed value, a bigger window: each shows at once.
    harness.state_mut().session.polls[3]
        .tally
        .insert("integrity".into(), 30);
    harness.run();
    check_numbers(&harness, "recount");
    assert_eq!(
        texts_of(&row_of(
            &labels(&harness),
            "INTEGRITY, PROFESSIONALISM & ETHICAL BEHAVIOR"
        ))[..3],
        ["1", "INTEGRITY, PROFESSIONALISM & ETHICAL BEHAVIOR", "30"]
    );
    if let Some(item) = harness
        .state_mut()
        .session
        .framework
        .values
        .items
        .iter_mut()
        .find(|item| item.id == "compassion")
    {
        item.heading = "KINDNESS".into();
    }
    harness.run();
    check_numbers(&harness, "renamed");
    assert!(harness.query_by_label("COMPASSION").is_none());
    let before = harness.state().layout.texts[0].size;
    harness.set_size(SIZES[1]);
    harness.run();
    check_sizes(&harness, SIZES[1], "resized");
    assert!(
        harness.state().layout.texts[0].size > before,
        "the text grows"
    );
}

#[test]
fn without_ties_no_tie_is_claimed() {
    let session = example_retreat();
    let harness = harness(session, 0, SIZES[0]);
    assert!(harness.query_by_label_contains("tie").is_none());
    assert!(harness.query_by_label_contains("=").is_none());
}

#[test]
fn a_few_more_items_than_usual_still_fit_without_leaving_any_out() {
    let session = large_session(8, 0, 60);
    for (index, poll) in session.polls.iter().enumerate() {
        let harness = harness(session.clone(), index, SIZES[0]);
        check_sizes(&harness, SIZES[0], poll.method.name());
        assert_eq!(
            harness.state().layout.rows_hidden,
            0,
            "{}",
            poll.method.name()
        );
    }
}

#[test]
fn long_vision_goals_are_wrapped_or_shortened_never_clipped() {
    let mut session = example_retreat();
    let goals: Vec<String> = session
        .framework
        .vision
        .items
        .iter()
        .map(|item| item.id.clone())
        .collect();
    let mut tally = Poll::draft(
        "vision".into(),
        "Which goal is closest?".into(),
        goals.clone(),
        PollMethod::Tally,
    );
    for (n, goal) in goals.iter().enumerate() {
        tally.tally.insert(goal.clone(), 3 + n as u32);
    }
    tally.status = PollStatus::Revealed;
    session.polls = vec![tally];
    for size in SIZES {
        let harness = harness(session.clone(), 0, size);
        check_sizes(&harness, size, "vision goals");
        check_numbers(&harness, "vision goals");
        // The longest goal keeps its words in the accessibility tree and at most two lines.
        let layout = &harness.state().layout;
        let longest = session.item_label("vision-1");
        let placed = layout
            .texts
            .iter()
            .find(|t| t.text == longest)
            .expect("the first goal is shown");
        assert!(placed.rect.height() < 2.6 * placed.size, "{placed:?}");
    }
}

#[test]
fn a_rating_nobody_gave_shows_a_dash_and_zero_counts() {
    let mut session = example_retreat();
    let poll = &mut session.polls[1];
    for ballot in &mut poll.ballots {
        if let Marks::Ratings(ratings) = &mut ballot.marks {
            ratings.remove("integrity");
        }
    }
    let harness = harness(session, 1, SIZES[0]);
    check_sizes(&harness, SIZES[0], "unrated");
    check_numbers(&harness, "unrated");
    let seen = labels(&harness);
    let row = texts_of(&row_of(
        &seen,
        "INTEGRITY, PROFESSIONALISM & ETHICAL BEHAVIOR",
    ));
    // A dash for the mean, no ratings of any score, and nobody rated it.
    assert_eq!(&row[2..], ["–", "0", "0", "0", "0", "0", "0"]);
    // The unrated item comes last.
    assert_eq!(row[0], "6");
}

#[test]
fn odd_polls_never_panic_and_keep_the_minimum_size() {
    let mut session = example_retreat();
    let mut wide = Poll::draft(
        "wide".into(),
        "How many out of a hundred?".into(),
        vec!["compassion".into(), "no-such-item".into()],
        PollMethod::Rating {
            min: 0,
            max: 100,
            low: "None".into(),
            high: "All".into(),
        },
    );
    wide.ballots.push(Ballot {
        id: "b".into(),
        cast: chrono::DateTime::from_timestamp(1_795_000_000, 0).unwrap_or_default(),
        marks: Marks::Ratings(BTreeMap::from([
            ("compassion".to_owned(), 70),
            ("no-such-item".to_owned(), 250),
        ])),
        source: plaza::model::BallotSource::Booth,
    });
    let backwards = Poll::draft(
        "backwards".into(),
        "A scale the wrong way round".into(),
        vec!["compassion".into()],
        PollMethod::Rating {
            min: 5,
            max: 1,
            low: String::new(),
            high: String::new(),
        },
    );
    let empty = Poll::draft(
        "empty".into(),
        "Nothing to vote on".into(),
        Vec::new(),
        PollMethod::Ranking,
    );
    let long_question = Poll::draft(
        "long".into(),
        "Which of these values, considering everything we have heard today from every table \
         and from the leadership team, and bearing in mind the budget, should come first?"
            .into(),
        vec!["compassion".into(), "diversity".into()],
        PollMethod::default_dots(),
    );
    session.polls = vec![wide, backwards, empty, long_question];
    for size in SIZES {
        for index in 0..session.polls.len() {
            let harness = harness(session.clone(), index, size);
            check_sizes(&harness, size, &session.polls[index].id);
        }
    }
}

#[test]
fn every_theme_uses_its_own_colours() {
    let session = example_retreat();
    for theme in ThemeChoice::ALL {
        let palette = theme.palette();
        let mut harness = harness(session.clone(), 1, SIZES[0]);
        harness.state_mut().theme = theme;
        harness.run();
        let layout = &harness.state().layout;
        for text in &layout.texts {
            assert!(
                [palette.text, palette.muted, palette.heading].contains(&text.color),
                "{theme:?}: {:?} has a colour of its own",
                text.text
            );
            // Counts sit on coloured columns: they must still read at 7:1.
            for bar in layout.bars.iter().filter(|b| b.rect.intersects(text.rect)) {
                let contrast = plaza::gui::theme::contrast_ratio(text.color, bar.color);
                assert!(
                    contrast >= 7.0,
                    "{theme:?}: {:?} on a bar at {contrast:.1}:1",
                    text.text
                );
            }
        }
        assert!(
            layout.bars.iter().any(|b| b.color == palette.accents[0]),
            "{theme:?}: bars use the theme's accent"
        );
    }
}

struct Detail {
    session: Session,
    poll: usize,
}

fn detail(session: Session, poll: usize) -> Harness<'static, Detail> {
    let mut harness = Harness::builder()
        .with_size(vec2(480.0, 900.0))
        .build_ui_state(
            |ui, detail: &mut Detail| {
                egui::ScrollArea::vertical().show(ui, |ui| {
                    if let Some(poll) = detail.session.polls.get(detail.poll) {
                        results_detail_ui(ui, &detail.session, poll);
                    }
                });
            },
            Detail { session, poll },
        );
    harness.run();
    harness
}

#[test]
fn the_console_detail_lists_every_number() {
    let session = example_retreat();
    for (index, poll) in session.polls.iter().enumerate() {
        let harness = detail(session.clone(), index);
        let results = poll_results(poll);
        let seen: Vec<String> = harness
            .get_all_by_role(Role::Label)
            .map(|node| text_of(&node))
            .collect();
        let has = |text: &str| seen.iter().any(|s| s == text);
        for row in &results.rows {
            let label = session.item_label(&row.item);
            assert!(has(label), "{}: {label} is listed", poll.method.name());
            match &row.score {
                Score::Total(total) => assert!(has(&total.to_string())),
                Score::Borda {
                    points,
                    first_choices,
                } => {
                    assert!(has(&points.to_string()));
                    assert!(has(&first_choices.to_string()));
                }
                Score::Rating {
                    mean,
                    median,
                    count,
                    distribution,
                    ..
                } => {
                    assert!(has(&format!("{:.2}", mean.unwrap_or_default())));
                    assert!(has(&format!("{:.1}", median.unwrap_or_default())));
                    assert!(has(&count.to_string()));
                    let listing = distribution
                        .iter()
                        .map(|(value, given)| format!("{value}: {given}"))
                        .collect::<Vec<_>>()
                        .join(", ");
                    assert!(has(&listing), "{label}: the spread reads {listing}");
                }
            }
        }
        // The panel's width is respected: nothing runs off to the right.
        for node in harness.get_all_by_role(Role::Label) {
            assert!(node.rect().right() <= 480.5, "{:?}", node.rect());
        }
        let over_time = harness.query_by_label("Ballots cast over time");
        assert_eq!(
            over_time.is_some(),
            poll.method.takes_ballots(),
            "{}: ballots over time only for ballot polls",
            poll.method.name()
        );
        if poll.method.takes_ballots() {
            harness.get_by_label_contains(&format!("{} ballots in all", poll.ballots.len()));
        }
    }
}

#[test]
fn the_console_detail_copes_with_odd_polls() {
    let mut session = example_retreat();
    let mut odd = Poll::draft(
        "odd".into(),
        "Odd".into(),
        vec!["compassion".into()],
        PollMethod::Rating {
            min: 3,
            max: 1,
            low: String::new(),
            high: String::new(),
        },
    );
    // Ballots a day apart, out of order.
    for (n, at) in [1_795_090_000_i64, 1_795_000_000].into_iter().enumerate() {
        odd.ballots.push(Ballot {
            id: format!("b{n}"),
            cast: chrono::DateTime::from_timestamp(at, 0).unwrap_or_default(),
            marks: Marks::Ratings(BTreeMap::new()),
            source: plaza::model::BallotSource::Booth,
        });
    }
    let empty = Poll::draft(
        "empty".into(),
        "Empty".into(),
        Vec::new(),
        PollMethod::default_dots(),
    );
    session.polls = vec![odd, empty];
    let harness = detail(session.clone(), 0);
    harness.get_by_label("COMPASSION");
    harness.get_by_label("Ballots cast over time");
    harness.get_by_label_contains("2 ballots in all");
    let harness = detail(session, 1);
    harness.get_by_label_contains("no items");
}

/// Pictures of the charts, compared with the approved ones in `tests/snapshots/` (run with
/// `UPDATE_SNAPSHOTS=1` to approve a change): each method once, in the dark and light themes.
#[cfg(feature = "snapshots")]
mod snapshots {
    use egui::{UiBuilder, vec2};
    use egui_kittest::Harness;
    use plaza::gui::room::results::results_chart_ui;
    use plaza::gui::theme::ThemeChoice;
    use plaza::sample::example_retreat;

    fn chart(poll: usize, theme: ThemeChoice, name: &str) {
        let session = example_retreat();
        let mut harness = Harness::builder()
            .with_size(vec2(1280.0, 720.0))
            .wgpu()
            .build_ui(move |ui| {
                let full = ui.ctx().content_rect();
                let palette = theme.palette();
                // The caller paints the background, as the projector does.
                ui.painter().rect_filled(full, 0.0, palette.background);
                ui.scope_builder(UiBuilder::new().max_rect(full), |ui| {
                    if let Some(poll) = session.polls.get(poll) {
                        results_chart_ui(ui, &session, poll, &palette, full, 0);
                    }
                });
            });
        harness.run();
        harness.snapshot(name);
    }

    #[test]
    fn dots_dark() {
        chart(0, ThemeChoice::Dark, "results_dots_dark");
    }

    #[test]
    fn rating_dark() {
        chart(1, ThemeChoice::Dark, "results_rating_dark");
    }

    #[test]
    fn rating_light() {
        chart(1, ThemeChoice::Light, "results_rating_light");
    }

    #[test]
    fn ranking_light() {
        chart(2, ThemeChoice::Light, "results_ranking_light");
    }

    #[test]
    fn tally_dark() {
        chart(3, ThemeChoice::Dark, "results_tally_dark");
    }
}
