//! The console's table of a poll's results, with the ballots cast over time.

use crate::gui::room::memo::remembered;
use std::sync::Arc;

use chrono::{DateTime, Local, Utc};
use egui::{Align, Color32, Label, Rect, RichText, Sense, TextStyle, Ui, pos2, vec2};

use super::MAX_COUNT_COLUMNS;
use super::content::{counted_line, share};
use super::layout::{MEMO_ENTRIES, memo_key};
use crate::model::{Poll, PollMethod, PollResults, Score, Session, poll_results};
use crate::report::{few_ratings_meaning, has_few_ratings, rank_text, with_sources_in};
use crate::words::Words;

/// The console's richer view of the same results, at normal console sizes: a table of every
/// item with all its numbers and, for booth polls, when the ballots came in. Fits a side panel
/// about 480 points wide, inside the caller's scroll area.
pub fn results_detail_ui(ui: &mut Ui, session: &Session, poll: &Poll) {
    let words = crate::gui::words(ui.ctx());
    let results = remembered_results(ui, session, poll);
    facts_ui(ui, poll, &results, words);
    if results.rows.is_empty() {
        ui.weak(words.get("room-detail-no-items"));
        return;
    }
    table_ui(ui, session, poll, &results, words);
    if has_few_ratings(&results) {
        let meaning = few_ratings_meaning(words);
        ui.label(RichText::new(crate::tr!(words, "room-detail-few", meaning = meaning)).weak());
    }
    if poll.method.takes_ballots() && !poll.ballots.is_empty() {
        ui.add_space(8.0);
        ballots_over_time_ui(ui, poll, words);
    }
}

/// "Rating · Revealed · 19 ballots" ("… 19 ballots (12 at the booth, 7 on phones)" once a
/// phone has voted), and what the numbers mean.
fn facts_ui(ui: &mut Ui, poll: &Poll, results: &PollResults, words: &Words) {
    // The projector's chart shares `counted_line` but not the split: the room needn't care
    // where the votes came from, the facilitator may.
    let summary = with_sources_in(counted_line(poll, results, words), results.sources, words);
    ui.label(crate::tr!(
        words,
        "room-detail-facts",
        method = words.method_name(&poll.method),
        status = words.status_name(poll.status),
        summary = summary
    ));
    match &poll.method {
        PollMethod::Rating {
            min,
            max,
            low,
            high,
        } => {
            ui.weak(crate::tr!(
                words,
                "room-detail-scale",
                min = *min,
                low = low.as_str(),
                max = *max,
                high = high.as_str()
            ));
        }
        PollMethod::Ranking => {
            let n = poll.items.len();
            ui.weak(crate::tr!(words, "room-detail-points", count = n));
        }
        _ => {}
    }
    let tied = |rank: usize| results.rows.iter().filter(|r| r.rank == rank).count() > 1;
    if results.rows.iter().any(|row| tied(row.rank)) {
        ui.weak(words.get("room-results-tie"));
    }
}

/// Every item with all its numbers, best first.
fn table_ui(ui: &mut Ui, session: &Session, poll: &Poll, results: &PollResults, words: &Words) {
    let head = |key: &str| words.get(key);
    let heads: Vec<String> = match &poll.method {
        PollMethod::Dots { .. } | PollMethod::Tally => vec![
            "#".into(),
            head("room-detail-choice"),
            head("room-detail-total"),
            String::new(),
        ],
        PollMethod::Ranking => vec![
            "#".into(),
            head("room-detail-choice"),
            head("room-detail-points-head"),
            head("room-detail-first"),
            String::new(),
        ],
        PollMethod::Rating { min, max, .. } => vec![
            "#".into(),
            head("room-detail-choice"),
            head("room-detail-mean"),
            head("room-detail-median"),
            head("room-detail-rated"),
            crate::tr!(words, "room-detail-given", min = *min, max = *max),
        ],
    };
    let figures = Figures {
        max_value: results
            .rows
            .iter()
            .map(|row| row.score.value())
            .fold(0.0_f64, f64::max),
        scale: poll.method.scale(),
        most_given: results
            .rows
            .iter()
            .filter_map(|row| match &row.score {
                Score::Rating { distribution, .. } => distribution.values().copied().max(),
                _ => None,
            })
            .max()
            .unwrap_or(0)
            .max(1),
        fill: ui.visuals().selection.bg_fill,
        words,
    };
    egui::Grid::new(("results-detail", &poll.id))
        .striped(true)
        // Long names (vision goals are sentences) wrap rather than widen the table.
        .max_col_width((ui.available_width() * 0.38).clamp(176.0, 240.0))
        .num_columns(heads.len())
        .spacing(vec2(10.0, 4.0))
        .show(ui, |ui| {
            for head in &heads {
                ui.label(RichText::new(head).strong());
            }
            ui.end_row();
            for row in &results.rows {
                ui.label(rank_text(&results.rows, row));
                ui.add(Label::new(words.item_label(session, &row.item)).wrap());
                figures.score_ui(ui, &row.score);
                ui.end_row();
            }
        });
}

/// What a row's numbers are drawn against.
struct Figures<'a> {
    /// The best score, for the length of the bars.
    max_value: f64,
    /// A rating's scale points.
    scale: Vec<i32>,
    /// The most any point of the scale was given, for the spread's columns.
    most_given: u32,
    fill: Color32,
    /// The console's words, for numbers and "few".
    words: &'a Words,
}

impl Figures<'_> {
    /// A row's numbers: a total, points and first choices, or a rating's mean, median, count
    /// and spread.
    fn score_ui(&self, ui: &mut Ui, score: &Score) {
        const BAR_WIDTH: f32 = 90.0;
        match score {
            Score::Total(total) => {
                ui.label(total.to_string());
                let fraction = share(*total as f64, self.max_value);
                inline_bar(ui, fraction, BAR_WIDTH, self.fill);
            }
            Score::Borda {
                points,
                first_choices,
            } => {
                ui.label(points.to_string());
                ui.label(first_choices.to_string());
                let fraction = share(*points as f64, self.max_value);
                inline_bar(ui, fraction, BAR_WIDTH, self.fill);
            }
            Score::Rating {
                mean,
                median,
                count,
                distribution,
                few,
            } => {
                let words = self.words;
                let number = |n: &Option<f64>, places: usize| {
                    n.map_or_else(|| "–".to_owned(), |n| words.decimal(n, places))
                };
                ui.label(number(mean, 2));
                ui.label(number(median, 1));
                if *few {
                    let few = crate::tr!(words, "room-results-rated-few", count = *count);
                    ui.label(RichText::new(few).strong())
                        .on_hover_text(few_ratings_meaning(words));
                } else {
                    ui.label(count.to_string());
                }
                let counts: Vec<(i32, u32)> = self
                    .scale
                    .iter()
                    .map(|v| (*v, distribution.get(v).copied().unwrap_or(0)))
                    .collect();
                spread_ui(ui, &counts, self.most_given, self.fill);
            }
        }
    }
}

/// The poll's results, counted again only when the poll changed: the console shows them every
/// frame, and counting hundreds of ballots each time would cost more than drawing them.
pub(super) fn remembered_results(ui: &Ui, session: &Session, poll: &Poll) -> Arc<PollResults> {
    let slot = egui::Id::unique("plaza-results-detail");
    let key = memo_key(session, poll, &Default::default(), &[]);
    remembered(ui.ctx(), slot, key, MEMO_ENTRIES, || {
        Arc::new(poll_results(poll))
    })
}

/// A small horizontal bar, `fraction` of `width` long.
pub(super) fn inline_bar(ui: &mut Ui, fraction: f32, width: f32, fill: Color32) {
    let height = ui.text_style_height(&TextStyle::Body) * 0.6;
    let (rect, _) = ui.allocate_exact_size(vec2(width, height), Sense::hover());
    if fraction > 0.0 {
        let bar = Rect::from_min_size(rect.min, vec2(width * fraction, height));
        ui.painter().rect_filled(bar, 2.0, fill);
    }
}

/// How many gave each value: a small column per value with its count under it (for long scales,
/// the columns alone). Painted in one piece, and read out whole to screen readers.
pub(super) fn spread_ui(ui: &mut Ui, counts: &[(i32, u32)], most: u32, fill: Color32) {
    let numbered = counts.len() <= MAX_COUNT_COLUMNS;
    // Within the table's column limit, even for a 0–10 scale.
    let column = match counts.len() {
        0..=7 => 18.0,
        _ if numbered => 16.0,
        n => (160.0 / n as f32).max(1.0),
    };
    let bars = 14.0;
    let font = TextStyle::Small.resolve(ui.style());
    let numbers = if numbered {
        ui.text_style_height(&TextStyle::Small)
    } else {
        0.0
    };
    let size = vec2(column * counts.len() as f32, bars + numbers);
    let (rect, response) = ui.allocate_exact_size(size, Sense::hover());
    let visuals = ui.visuals();
    let painter = ui.painter();
    for (i, &(_, count)) in counts.iter().enumerate() {
        let left = rect.left() + i as f32 * column;
        let tall = bars * count as f32 / most as f32;
        let inset = if numbered { 2.0 } else { 0.5 };
        painter.rect_filled(
            Rect::from_min_max(
                pos2(left + inset, rect.top() + bars - tall),
                pos2(left + column - inset, rect.top() + bars),
            ),
            0.0,
            fill,
        );
        if numbered {
            let color = if count == 0 {
                visuals.weak_text_color()
            } else {
                visuals.text_color()
            };
            painter.text(
                pos2(left + column / 2.0, rect.top() + bars),
                egui::Align2::CENTER_TOP,
                count.to_string(),
                font.clone(),
                color,
            );
        }
    }
    painter.hline(
        rect.x_range(),
        rect.top() + bars,
        visuals.widgets.noninteractive.bg_stroke,
    );
    let listing = counts
        .iter()
        .map(|(value, count)| format!("{value}: {count}"))
        .collect::<Vec<_>>()
        .join(", ");
    response.widget_info(|| egui::WidgetInfo::labeled(egui::Role::Label, true, &listing));
    response.on_hover_text(listing);
}

/// Bucket lengths in minutes, shortest first: the first that keeps the chart to a few dozen
/// columns is used.
pub(super) const BUCKET_MINUTES: [u64; 10] = [1, 2, 5, 10, 15, 30, 60, 120, 360, 1440];

/// The most columns the ballots-over-time chart draws.
pub(super) const MAX_BUCKETS: u64 = 40;

/// When the ballots came in: a column per minute (or longer, for long polls), so the
/// facilitator sees whether the queue has dried up.
pub(super) fn ballots_over_time_ui(ui: &mut Ui, poll: &Poll, words: &Words) {
    let Some(first) = poll.ballots.iter().map(|b| b.cast).min() else {
        return;
    };
    let last = poll.ballots.iter().map(|b| b.cast).max().unwrap_or(first);
    // Columns start on a whole minute, so they line up with the clock.
    let start = first.timestamp().div_euclid(60) * 60;
    let span = ((last.timestamp() - start).max(0) / 60 + 1).unsigned_abs();
    let bucket = BUCKET_MINUTES
        .into_iter()
        .find(|minutes| span.div_ceil(*minutes) <= MAX_BUCKETS)
        .unwrap_or_else(|| span.div_ceil(MAX_BUCKETS).max(1));
    let columns = span.div_ceil(bucket).clamp(1, MAX_BUCKETS) as usize;
    let mut counts = vec![0u32; columns];
    for ballot in &poll.ballots {
        let minutes = ((ballot.cast.timestamp() - start).max(0) / 60).unsigned_abs();
        let index = ((minutes / bucket) as usize).min(columns - 1);
        if let Some(count) = counts.get_mut(index) {
            *count += 1;
        }
    }
    let peak = counts.iter().copied().max().unwrap_or(0).max(1);
    let per = match bucket {
        minutes if minutes % 1440 == 0 => {
            crate::tr!(words, "room-detail-per-days", count = minutes / 1440)
        }
        minutes if minutes % 60 == 0 => {
            crate::tr!(words, "room-detail-per-hours", count = minutes / 60)
        }
        minutes => crate::tr!(words, "room-detail-per-minutes", count = minutes),
    };

    ui.label(RichText::new(words.get("room-detail-over-time")).strong());
    let width = ui.available_width().min(440.0);
    let (rect, _) = ui.allocate_exact_size(vec2(width, 56.0), Sense::hover());
    let visuals = ui.visuals();
    let fill = visuals.selection.bg_fill;
    let painter = ui.painter();
    let step = rect.width() / columns as f32;
    for (i, &count) in counts.iter().enumerate() {
        let tall = rect.height() * count as f32 / peak as f32;
        let left = rect.left() + i as f32 * step;
        let bar = Rect::from_min_max(
            pos2(left + step * 0.12, rect.bottom() - tall),
            pos2(left + step * 0.88, rect.bottom()),
        );
        painter.rect_filled(bar, 1.0, fill);
    }
    painter.hline(
        rect.x_range(),
        rect.bottom(),
        visuals.widgets.noninteractive.fg_stroke,
    );
    let same_day =
        first.with_timezone(&Local).date_naive() == last.with_timezone(&Local).date_naive();
    let clock = |at: DateTime<Utc>| {
        let at = at.with_timezone(&Local);
        let time = at.format("%H:%M").to_string();
        if same_day {
            time
        } else {
            // The day in the language's own form: "19 Nov", "19 nov".
            format!("{} {time}", words.date_day_month(at.date_naive()))
        }
    };
    ui.horizontal(|ui| {
        ui.set_width(width);
        ui.small(clock(first));
        ui.with_layout(egui::Layout::right_to_left(Align::Center), |ui| {
            ui.small(clock(last));
        });
    });
    ui.weak(crate::tr!(
        words,
        "room-detail-over-time-line",
        count = poll.ballots.len(),
        per = per,
        peak = u64::from(peak)
    ));
}
