//! Poll results as charts: large on the projector, detailed on the console.
//!
//! The projector chart is laid out first (every text measured, every bar placed) and painted
//! second, so tests can check what the room sees without rendering, and painting reuses the
//! measured text instead of laying it out again.

use std::hash::{Hash, Hasher};
use std::sync::Arc;

use chrono::{DateTime, Local, Utc};
use egui::text::LayoutJob;
use egui::{
    Align, Color32, FontId, Galley, Label, Rect, RichText, Sense, TextStyle, Ui, pos2, vec2,
};

use crate::gui::room::slides::{MIN_TEXT_SHARE, PlacedText};
use crate::gui::theme::{Palette, contrast_ratio};
use crate::model::{Poll, PollMethod, PollResults, Score, Session, counted, plural, poll_results};
use crate::report::{FEW_RATINGS_MEANING, FEW_RATINGS_SHORT, has_few_ratings, rank_text};

/// Beyond this many scale values the projector shows the spread of ratings as a shape only:
/// more columns of counts than this would not stay readable from the back row.
const MAX_COUNT_COLUMNS: usize = 11;

/// Text sizes tried from the largest down; the last one puts every text at the minimum.
const SCALES: [f32; 6] = [1.0, 0.9, 0.8, 0.7, 0.6, 0.0];

/// What a text on the chart is for; sets its size and colour.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Role {
    /// "RESULTS · DOT VOTING".
    Kicker,
    /// The poll's question.
    Question,
    /// Ballot count and notes under the question, column heads, "… and N more".
    Small,
    /// A row's rank, item and numbers.
    Row,
}

impl Role {
    /// Preferred size as a share of the window height, before fitting shrinks it (never below
    /// [`MIN_TEXT_SHARE`]).
    fn share(self) -> f32 {
        match self {
            Role::Kicker => 0.042,
            Role::Question => 0.07,
            Role::Small => 0.042,
            Role::Row => 0.052,
        }
    }
}

/// A filled rectangle of the projector chart.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct ChartBar {
    /// Where it goes.
    pub rect: Rect,
    /// Its fill, opaque so the contrast of any text over it is known.
    pub color: Color32,
    /// Corner radius in points.
    pub corner: f32,
}

/// A poll's results placed on the projector: what [`results_chart_ui`] paints, open to tests.
#[derive(Debug, Clone, Default)]
pub struct ChartLayout {
    /// Every text, in reading order; when rows are left out the last one is "… and N more".
    pub texts: Vec<PlacedText>,
    /// Bars, scale tracks and count columns, to paint under the texts.
    pub bars: Vec<ChartBar>,
    /// How many result rows are shown.
    pub rows_shown: usize,
    /// How many result rows did not fit at the minimum text size.
    pub rows_hidden: usize,
    /// The measured text of `texts`, one each, so painting does not lay it out again.
    galleys: Vec<Arc<Galley>>,
}

/// One result row, as words and proportions, before anything is measured.
struct RowContent {
    rank: String,
    label: String,
    /// The headline number: total, mean or points.
    value: String,
    /// Ranking: "5 first choices"; rating: how many rated the item ("12", "2 · few").
    extra: Option<String>,
    /// Bar length as a share of the longest possible bar.
    fraction: f32,
    /// Rating only: how many gave each value of the scale, in scale order.
    counts: Vec<u32>,
}

/// How a method's rows are drawn.
enum Kind {
    /// Dots and tally: a bar with its count at the end.
    Bars,
    /// Borda points as a bar, first choices at the right.
    Ranking,
    /// The mean on the scale, and how many gave each value.
    Rating {
        values: Vec<i32>,
        low: String,
        high: String,
    },
}

/// Everything the chart says, before it is measured.
struct Content {
    kicker: String,
    question: String,
    /// Ballot count and what the numbers mean, under the question.
    notes: Vec<String>,
    /// Said under the question only when it does not fit over the scale's ends.
    scale_note: Option<String>,
    kind: Kind,
    rows: Vec<RowContent>,
}

/// "23 ballots", or for a tally "Counted by hand · 82 in all".
fn counted_line(poll: &Poll, results: &PollResults) -> String {
    if poll.method.takes_ballots() {
        return plural(results.ballots, "ballot");
    }
    let total: u64 = results
        .rows
        .iter()
        .map(|row| match row.score {
            Score::Total(total) => total,
            _ => 0,
        })
        .sum();
    format!("Counted by hand · {total} in all")
}

fn content(session: &Session, poll: &Poll, results: &PollResults) -> Content {
    let tied = |rank: usize| results.rows.iter().filter(|r| r.rank == rank).count() > 1;
    let any_tie = results.rows.iter().any(|row| tied(row.rank));
    let max_value = results
        .rows
        .iter()
        .map(|row| row.score.value())
        .fold(0.0_f64, f64::max);

    let mut notes = vec![counted_line(poll, results)];
    let n = poll.items.len() as u64;
    let mut scale_note = None;
    let kind = match &poll.method {
        PollMethod::Dots { .. } | PollMethod::Tally => Kind::Bars,
        PollMethod::Ranking => {
            // The room trusts points it can recompute.
            match n {
                0 => {}
                1 => notes.push("1 point for a first choice".to_owned()),
                2 => notes.push("2 points for a first choice, 1 for a second".to_owned()),
                n => notes.push(format!(
                    "{n} points for a first choice, {} for a second, and so on",
                    n - 1
                )),
            }
            Kind::Ranking
        }
        PollMethod::Rating {
            min,
            max,
            low,
            high,
        } => {
            scale_note = Some(format!("{min} = {low}, {max} = {high}"));
            let values = if min <= max && max.abs_diff(*min) <= crate::model::MAX_SCALE_SPAN {
                (*min..=*max).collect()
            } else {
                Vec::new()
            };
            Kind::Rating {
                values,
                low: format!("{min} {low}"),
                high: format!("{high} {max}"),
            }
        }
    };
    if any_tie {
        notes.push("= marks a tie".to_owned());
    }
    if has_few_ratings(results) {
        notes.push(format!("few = {FEW_RATINGS_SHORT}"));
    }

    let decimals = mean_decimals(results);
    let rows = results
        .rows
        .iter()
        .map(|row| {
            let rank = rank_text(&results.rows, row);
            let label = session.item_label(&row.item).to_owned();
            let (value, extra, fraction, counts) = match &row.score {
                Score::Total(total) => (
                    total.to_string(),
                    None,
                    share(*total as f64, max_value),
                    Vec::new(),
                ),
                Score::Borda {
                    points,
                    first_choices,
                } => (
                    counted(*points, "point", "points"),
                    Some(counted(
                        u64::from(*first_choices),
                        "first choice",
                        "first choices",
                    )),
                    share(*points as f64, max_value),
                    Vec::new(),
                ),
                Score::Rating {
                    mean,
                    distribution,
                    count,
                    few,
                    ..
                } => {
                    let (min, max) = match poll.method {
                        PollMethod::Rating { min, max, .. } => (min, max),
                        _ => (0, 0),
                    };
                    let fraction = match mean {
                        Some(mean) if max > min => {
                            share(mean - f64::from(min), f64::from(max) - f64::from(min))
                        }
                        _ => 0.0,
                    };
                    let counts = match &kind {
                        Kind::Rating { values, .. } => values
                            .iter()
                            .map(|v| distribution.get(v).copied().unwrap_or(0))
                            .collect(),
                        _ => Vec::new(),
                    };
                    let value =
                        mean.map_or_else(|| "–".to_owned(), |mean| format!("{mean:.decimals$}"));
                    // How many rated it, at the right: a mean of one rating says little.
                    let rated = if *few {
                        format!("{count} · few")
                    } else {
                        count.to_string()
                    };
                    (value, Some(rated), fraction, counts)
                }
            };
            RowContent {
                rank,
                label,
                value,
                extra,
                fraction,
                counts,
            }
        })
        .collect();

    Content {
        kicker: format!("RESULTS · {}", poll.method.name().to_uppercase()),
        question: poll.question.clone(),
        notes,
        scale_note,
        kind,
        rows,
    }
}

/// Decimals for the means of a rating: one, or two when one would show rows of different rank
/// with the same number.
fn mean_decimals(results: &PollResults) -> usize {
    let mean = |score: &Score| match score {
        Score::Rating { mean, .. } => *mean,
        _ => None,
    };
    let hidden_difference = results.rows.windows(2).any(|pair| {
        pair[0].rank != pair[1].rank
            && matches!(
                (mean(&pair[0].score), mean(&pair[1].score)),
                (Some(a), Some(b)) if format!("{a:.1}") == format!("{b:.1}")
            )
    });
    if hidden_difference { 2 } else { 1 }
}

/// `part / whole` within 0..=1, and 0 when there is nothing to compare with.
fn share(part: f64, whole: f64) -> f32 {
    if whole > 0.0 && part.is_finite() {
        (part / whole).clamp(0.0, 1.0) as f32
    } else {
        0.0
    }
}

/// Lays text out at one scale, every size rounded up to whole pixels: egui snaps font sizes,
/// and the minimum must hold after that.
struct Typesetter<'a> {
    ui: &'a Ui,
    height: f32,
    scale: f32,
}

impl Typesetter<'_> {
    fn size(&self, role: Role) -> f32 {
        ((role.share() * self.scale).max(MIN_TEXT_SHARE) * self.height).ceil()
    }

    fn line(&self, role: Role, text: &str, color: Color32) -> Arc<Galley> {
        let job = LayoutJob::simple_singleline(
            text.to_owned(),
            FontId::proportional(self.size(role)),
            color,
        );
        self.ui.ctx().fonts_mut(|fonts| fonts.layout_job(job))
    }

    /// Wraps to `width`, and past `max_rows` ends the last row with "…" rather than clip.
    fn wrapped(
        &self,
        role: Role,
        text: &str,
        color: Color32,
        width: f32,
        max_rows: usize,
    ) -> Arc<Galley> {
        let mut job = LayoutJob::simple(
            text.to_owned(),
            FontId::proportional(self.size(role)),
            color,
            width.max(1.0),
        );
        job.wrap.max_rows = max_rows;
        self.ui.ctx().fonts_mut(|fonts| fonts.layout_job(job))
    }
}

/// Where the columns of the rows sit, left to right.
struct Columns {
    rank_right: f32,
    label_left: f32,
    /// Where bars (or the rating scale's track) start.
    bar_left: f32,
    /// The longest bar, or the track's length.
    bar_length: f32,
    /// Space between a bar's end and its number.
    bar_gap: f32,
    /// Ratings: the right edge of the column of means.
    value_right: f32,
    /// Ratings: where the count columns start, and each one's width.
    cells_left: f32,
    cell_width: f32,
}

/// A row's rank and numbers, measured before the name's column width is known.
struct RowNumbers {
    rank: Arc<Galley>,
    value: Arc<Galley>,
    extra: Option<Arc<Galley>>,
    counts: Vec<Arc<Galley>>,
}

struct MeasuredRow {
    numbers: RowNumbers,
    label: Arc<Galley>,
    height: f32,
}

/// The whole chart measured at one scale.
struct Measured {
    kicker: Arc<Galley>,
    question: Arc<Galley>,
    notes: Arc<Galley>,
    /// What the notes say, as read out (the galley keeps each note on one line).
    notes_text: String,
    /// Ratings: the scale's ends over the track, when they fit there.
    ends: Option<(Arc<Galley>, Arc<Galley>)>,
    /// Ratings: the scale values over the count columns.
    heads: Vec<Arc<Galley>>,
    /// Ratings: "rated", over the column of how many rated each item.
    rated_head: Option<Arc<Galley>>,
    /// The first rows, as many as could ever fit.
    rows: Vec<MeasuredRow>,
    /// How many rows the poll has.
    total: usize,
    columns: Columns,
    row_size: f32,
    small_height: f32,
}

/// Vertical gaps, as shares of the window height.
const GAP_AFTER_KICKER: f32 = 0.012;
const GAP_AFTER_QUESTION: f32 = 0.012;
const GAP_BEFORE_ROWS: f32 = 0.045;
const GAP_AFTER_HEADS: f32 = 0.008;

/// Measures the chart at one scale. Only the first `limit` rows are measured: more could not
/// fit in any case, and a poll may have many items.
fn measure(
    ts: &Typesetter<'_>,
    content: &Content,
    palette: &Palette,
    area: Rect,
    limit: usize,
) -> Option<Measured> {
    let width = area.width();
    let row_size = ts.size(Role::Row);
    let column_gap = 0.6 * row_size;
    let bar_gap = 0.3 * row_size;

    let mut rows: Vec<RowNumbers> = Vec::with_capacity(limit);
    for row in content.rows.iter().take(limit) {
        let rank = ts.line(Role::Row, &row.rank, palette.muted);
        let value = ts.line(Role::Row, &row.value, palette.text);
        let extra = row
            .extra
            .as_deref()
            .map(|extra| ts.line(Role::Small, extra, palette.muted));
        // Past the readable number of columns the counts are a shape only, with no numbers.
        let numbered = row.counts.len() <= MAX_COUNT_COLUMNS;
        let counts = row
            .counts
            .iter()
            .filter(|_| numbered)
            .map(|&count| {
                let color = if count == 0 {
                    palette.muted
                } else {
                    palette.text
                };
                ts.line(Role::Row, &count.to_string(), color)
            })
            .collect();
        rows.push(RowNumbers {
            rank,
            value,
            extra,
            counts,
        });
    }
    let widest = |galleys: &mut dyn Iterator<Item = &Arc<Galley>>| {
        galleys.map(|g| g.size().x).fold(0.0_f32, f32::max)
    };
    let rank_width = widest(&mut rows.iter().map(|r| &r.rank)).max(ts.size(Role::Row) * 0.6);
    let value_width = widest(&mut rows.iter().map(|r| &r.value));
    let extra_width = widest(&mut rows.iter().filter_map(|r| r.extra.as_ref()));

    let (heads, cell_width) = match &content.kind {
        Kind::Rating { values, .. } if values.len() <= MAX_COUNT_COLUMNS => {
            let heads: Vec<_> = values
                .iter()
                .map(|v| ts.line(Role::Small, &v.to_string(), palette.muted))
                .collect();
            // Long scales (0–10) pack their columns closer, so the names keep their room.
            let (padding, least) = if values.len() > 7 {
                (0.3, 1.1)
            } else {
                (0.7, 1.5)
            };
            let cell = widest(&mut rows.iter().flat_map(|r| r.counts.iter()))
                .max(widest(&mut heads.iter()))
                + padding * row_size;
            (heads, cell.max(least * row_size))
        }
        Kind::Rating { values, .. } if !values.is_empty() => {
            // Too many values for numbers: a shape only, its ends named.
            let first = values.first().map(|v| v.to_string()).unwrap_or_default();
            let last = values.last().map(|v| v.to_string()).unwrap_or_default();
            let heads = vec![
                ts.line(Role::Small, &first, palette.muted),
                ts.line(Role::Small, &last, palette.muted),
            ];
            let cell = (0.25 * width / values.len() as f32).max(1.0);
            (heads, cell)
        }
        _ => (Vec::new(), 0.0),
    };
    let cells_width = match &content.kind {
        Kind::Rating { values, .. } => cell_width * values.len() as f32,
        _ => 0.0,
    };
    // Ratings: the column of how many rated each item, headed, at the far right.
    let rated_head = matches!(content.kind, Kind::Rating { .. })
        .then(|| ts.line(Role::Small, "rated", palette.muted));
    let rated_width = match &rated_head {
        Some(head) => column_gap + extra_width.max(head.size().x),
        None => 0.0,
    };

    // Everything right of the bars, which keeps its natural width.
    let right = match content.kind {
        Kind::Bars => bar_gap + value_width,
        Kind::Ranking => bar_gap + value_width + column_gap + extra_width,
        // The counts stand apart from the mean, so the two are not read as one series.
        Kind::Rating { .. } => bar_gap + value_width + 2.0 * column_gap + cells_width + rated_width,
    };
    let label_natural = content
        .rows
        .iter()
        .take(limit)
        .map(|row| ts.line(Role::Row, &row.label, palette.text).size().x)
        .fold(0.0_f32, f32::max)
        + 1.0;
    // Names on one line keep the rows in an even rhythm; bars stay long enough to compare.
    let (label_cap, min_bar) = match content.kind {
        // The mean is printed beside its track, so the track can be short.
        Kind::Rating { .. } => (0.4 * width, 0.15 * width),
        _ => (0.5 * width, 0.22 * width),
    };
    let fixed = rank_width + column_gap + column_gap + right;
    let mut label_width = label_natural.min(label_cap);
    let mut bar_length = width - fixed - label_width;
    if bar_length < min_bar {
        label_width = (label_width - (min_bar - bar_length)).max(0.15 * width);
        bar_length = width - fixed - label_width;
    }
    if bar_length <= 0.0 || label_width <= 0.0 {
        return None;
    }
    // A name broken inside a word, or a bar too short to compare, is worth a smaller size;
    // at the smallest size it is the last resort.
    if ts.scale > 0.0 {
        let longest_word = content
            .rows
            .iter()
            .take(limit)
            .filter_map(|row| {
                row.label
                    .split_whitespace()
                    .max_by_key(|word| word.chars().count())
            })
            .map(|word| ts.line(Role::Row, word, palette.text).size().x)
            .fold(0.0_f32, f32::max);
        if bar_length < min_bar || label_width + 0.5 < longest_word.min(label_natural) {
            return None;
        }
    }
    let rank_right = area.left() + rank_width;
    let label_left = rank_right + column_gap;
    let bar_left = label_left + label_width + column_gap;
    let value_right = bar_left + bar_length + bar_gap + value_width;
    let columns = Columns {
        rank_right,
        label_left,
        bar_left,
        bar_length,
        bar_gap,
        value_right,
        cells_left: area.right() - rated_width - cells_width,
        cell_width,
    };

    let small_height = ts.line(Role::Small, "0", palette.muted).size().y;
    let measured_rows = rows
        .into_iter()
        .zip(&content.rows)
        .map(|(numbers, row)| {
            let label = ts.wrapped(Role::Row, &row.label, palette.text, label_width, 2);
            let height = label.size().y.max(numbers.value.size().y);
            MeasuredRow {
                numbers,
                label,
                height,
            }
        })
        .collect();

    let mut notes = content.notes.clone();
    let ends = match &content.kind {
        Kind::Rating { low, high, .. } => {
            let low = ts.line(Role::Small, low, palette.muted);
            let high = ts.line(Role::Small, high, palette.muted);
            if low.size().x + high.size().x + column_gap <= bar_length {
                Some((low, high))
            } else {
                notes.extend(content.scale_note.clone());
                None
            }
        }
        _ => None,
    };
    let kicker = ts.line(Role::Kicker, &content.kicker, palette.heading);
    let question = ts.wrapped(Role::Question, &content.question, palette.text, width, 3);
    // Lines break only between the notes, never inside one ("5 = Fully" stays whole).
    let unbroken: Vec<String> = notes
        .iter()
        .map(|note| note.replace(' ', "\u{a0}"))
        .collect();
    let notes_text = notes.join("  ·  ");
    let notes = ts.wrapped(
        Role::Small,
        &unbroken.join("  ·  "),
        palette.muted,
        width,
        2,
    );
    Some(Measured {
        kicker,
        question,
        notes,
        notes_text,
        ends,
        heads,
        rated_head,
        rows: measured_rows,
        total: content.rows.len(),
        columns,
        row_size,
        small_height,
    })
}

impl Measured {
    /// Height of everything above the rows.
    fn header_height(&self, height: f32) -> f32 {
        let heads = if self.heads.is_empty() && self.ends.is_none() && self.rated_head.is_none() {
            0.0
        } else {
            self.small_height + GAP_AFTER_HEADS * height
        };
        self.kicker.size().y
            + GAP_AFTER_KICKER * height
            + self.question.size().y
            + GAP_AFTER_QUESTION * height
            + self.notes.size().y
            + GAP_BEFORE_ROWS * height
            + heads
    }

    fn min_row_gap(&self) -> f32 {
        0.3 * self.row_size
    }

    /// Height of the first `shown` rows, with "… and N more" after them if any are left out.
    fn rows_height(&self, shown: usize) -> f32 {
        let rows: f32 = self.rows.iter().take(shown).map(|row| row.height).sum();
        let gaps = shown.saturating_sub(1) as f32 * self.min_row_gap();
        let more = if shown < self.total {
            self.min_row_gap() + self.small_height
        } else {
            0.0
        };
        rows + gaps + more
    }

    /// Whether the header and the first `shown` rows fit in `area`.
    fn fits(&self, shown: usize, area: Rect, height: f32) -> bool {
        shown <= self.rows.len()
            && self.header_height(height) + self.rows_height(shown) <= area.height()
    }
}

/// Lays out a poll's results for the projector inside `full` (the whole projector window rect).
/// Returns every text placed and the bars to paint.
///
/// Sizes shrink together until every row fits, never below [`MIN_TEXT_SHARE`] of the height;
/// if even that does not fit, the last rows give way to "… and N more" rather than be clipped.
pub fn results_chart_layout(
    ui: &Ui,
    session: &Session,
    poll: &Poll,
    palette: &Palette,
    full: Rect,
) -> ChartLayout {
    let height = full.height();
    let area = full.shrink2(vec2(0.07 * full.width(), 0.07 * height));
    let ctx = ui.ctx();
    let key = memo_key(
        session,
        poll,
        &[full.width(), full.height(), ctx.pixels_per_point()],
    );
    let remembered = ctx.data_mut(|data| {
        data.get_temp_mut_or_default::<Memo>(memo_id())
            .entries
            .iter()
            .find(|entry| entry.key == key)
            .cloned()
    });
    let content = match &remembered {
        Some(fitted) => fitted.content.clone(),
        None => Arc::new(content(session, poll, &poll_results(poll))),
    };
    let limit = row_limit(ui, &content, palette, area, height);

    // What an earlier frame chose still fits unless the fonts changed: lay it out once.
    if let Some(fitted) = &remembered {
        let ts = Typesetter {
            ui,
            height,
            scale: fitted.scale,
        };
        if let Some(measured) = measure(&ts, &content, palette, area, limit)
            && measured.fits(fitted.shown, area, height)
        {
            return place(
                &ts,
                &measured,
                &content,
                palette,
                area,
                height,
                fitted.shown,
            );
        }
    }

    let all = content.rows.len();
    let mut chosen = None;
    for scale in SCALES {
        let ts = Typesetter { ui, height, scale };
        // Rows that cannot all fit at the smallest size fit no better at a larger one.
        if scale > 0.0 && limit < all {
            continue;
        }
        let Some(measured) = measure(&ts, &content, palette, area, limit) else {
            continue;
        };
        if measured.fits(all, area, height) {
            chosen = Some((measured, all, scale));
            break;
        }
        if scale == 0.0 {
            // The smallest text still does not fit: show the rows that do.
            let shown = (0..all.min(limit + 1))
                .rev()
                .find(|&shown| measured.fits(shown, area, height))
                .unwrap_or(0);
            chosen = Some((measured, shown, scale));
        }
    }
    let Some((measured, shown, scale)) = chosen else {
        return ChartLayout::default();
    };
    ctx.data_mut(|data| {
        let memo = data.get_temp_mut_or_default::<Memo>(memo_id());
        memo.entries.retain(|entry| entry.key != key);
        memo.entries.insert(
            0,
            Fitted {
                key,
                content: content.clone(),
                scale,
                shown,
            },
        );
        memo.entries.truncate(MEMO_ENTRIES);
    });
    let ts = Typesetter { ui, height, scale };
    place(&ts, &measured, &content, palette, area, height, shown)
}

/// The most rows that could fit in `area`, each one line at the smallest size.
fn row_limit(ui: &Ui, content: &Content, palette: &Palette, area: Rect, height: f32) -> usize {
    let ts = Typesetter {
        ui,
        height,
        scale: 0.0,
    };
    let line = ts.line(Role::Row, "0", palette.text).size().y.max(1.0);
    let gap = 0.3 * ts.size(Role::Row);
    let most = ((area.height() + gap) / (line + gap)).floor().max(0.0) as usize;
    content.rows.len().min(most)
}

/// What earlier frames worked out, so that a frame computes the results and searches for the
/// text size only when something changed. A few entries, because the console's preview and
/// the projector show the same chart at different sizes.
#[derive(Clone, Default)]
struct Memo {
    entries: Vec<Fitted>,
}

#[derive(Clone)]
struct Fitted {
    key: u64,
    content: Arc<Content>,
    scale: f32,
    shown: usize,
}

const MEMO_ENTRIES: usize = 6;

fn memo_id() -> egui::Id {
    egui::Id::unique("plaza-results-chart")
}

/// Everything the chart's words and fit depend on. Ballots are never changed in place, only
/// cast or removed whole, so their ids stand for their marks.
fn memo_key(session: &Session, poll: &Poll, numbers: &[f32]) -> u64 {
    let mut hasher = std::collections::hash_map::DefaultHasher::new();
    session.id.hash(&mut hasher);
    poll.id.hash(&mut hasher);
    poll.question.hash(&mut hasher);
    for item in &poll.items {
        item.hash(&mut hasher);
        session.item_label(item).hash(&mut hasher);
    }
    match &poll.method {
        PollMethod::Dots {
            per_person,
            per_item,
        } => (0u8, per_person, per_item).hash(&mut hasher),
        PollMethod::Rating {
            min,
            max,
            low,
            high,
        } => (1u8, min, max, low, high).hash(&mut hasher),
        PollMethod::Ranking => 2u8.hash(&mut hasher),
        PollMethod::Tally => 3u8.hash(&mut hasher),
    }
    poll.ballots.len().hash(&mut hasher);
    for ballot in &poll.ballots {
        ballot.id.hash(&mut hasher);
    }
    poll.tally.hash(&mut hasher);
    for number in numbers {
        number.to_bits().hash(&mut hasher);
    }
    hasher.finish()
}

/// Collects placed texts and bars.
struct Builder {
    out: ChartLayout,
}

impl Builder {
    fn text(&mut self, text: &str, galley: &Arc<Galley>, min: egui::Pos2, align: Align) {
        self.out.texts.push(PlacedText {
            text: text.to_owned(),
            rect: Rect::from_min_size(min, galley.size()),
            size: font_size(galley),
            color: galley_color(galley),
            align,
        });
        self.out.galleys.push(galley.clone());
    }

    fn bar(&mut self, rect: Rect, color: Color32, corner: f32) {
        if rect.width() > 0.0 && rect.height() > 0.0 {
            self.out.bars.push(ChartBar {
                rect,
                color,
                corner,
            });
        }
    }
}

fn place(
    ts: &Typesetter<'_>,
    m: &Measured,
    content: &Content,
    palette: &Palette,
    area: Rect,
    height: f32,
    shown: usize,
) -> ChartLayout {
    let mut b = Builder {
        out: ChartLayout::default(),
    };
    let c = &m.columns;
    let mut top = area.top();
    b.text(
        &content.kicker,
        &m.kicker,
        pos2(area.left(), top),
        Align::Min,
    );
    top += m.kicker.size().y + GAP_AFTER_KICKER * height;
    b.text(
        &content.question,
        &m.question,
        pos2(area.left(), top),
        Align::Min,
    );
    top += m.question.size().y + GAP_AFTER_QUESTION * height;
    b.text(&m.notes_text, &m.notes, pos2(area.left(), top), Align::Min);
    top += m.notes.size().y + GAP_BEFORE_ROWS * height;

    let accent = palette.accents[0];
    let track = blend(palette.background, palette.muted, 0.18);
    let count_fill = count_fill(palette);
    let (values, numbered) = match &content.kind {
        Kind::Rating { values, .. } => (values.len(), values.len() <= MAX_COUNT_COLUMNS),
        _ => (0, false),
    };

    // Column heads: the scale's ends over the track, its values over the counts.
    if m.ends.is_some() || !m.heads.is_empty() || m.rated_head.is_some() {
        if let Some((low, high)) = &m.ends {
            b.text(low.text(), low, pos2(c.bar_left, top), Align::Min);
            let right = c.bar_left + c.bar_length - high.size().x;
            b.text(high.text(), high, pos2(right, top), Align::Max);
        }
        if numbered {
            for (i, head) in m.heads.iter().enumerate() {
                let centre = c.cells_left + (i as f32 + 0.5) * c.cell_width;
                let left = centre - head.size().x / 2.0;
                b.text(head.text(), head, pos2(left, top), Align::Center);
            }
        } else if let [first, last] = m.heads.as_slice() {
            let right = c.cells_left + c.cell_width * values as f32;
            b.text(first.text(), first, pos2(c.cells_left, top), Align::Min);
            let left = right - last.size().x;
            b.text(last.text(), last, pos2(left, top), Align::Max);
        }
        if let Some(head) = &m.rated_head {
            let left = area.right() - head.size().x;
            b.text(head.text(), head, pos2(left, top), Align::Max);
        }
        top += m.small_height + GAP_AFTER_HEADS * height;
    }

    // Spare height opens the rows up a little, never so much that they drift apart.
    let spare = area.bottom() - top - m.rows_height(shown);
    let row_gap = if shown > 1 {
        m.min_row_gap() + (spare / (shown - 1) as f32).clamp(0.0, 0.5 * m.row_size)
    } else {
        m.min_row_gap()
    };
    let max_count = content
        .rows
        .iter()
        .take(shown)
        .flat_map(|row| row.counts.iter().copied())
        .max()
        .unwrap_or(0)
        .max(1);

    for (row, measured) in content.rows.iter().zip(&m.rows).take(shown) {
        let centre = top + measured.height / 2.0;
        let at_centre = |galley: &Arc<Galley>| centre - galley.size().y / 2.0;
        let rank = &measured.numbers.rank;
        b.text(
            &row.rank,
            rank,
            pos2(c.rank_right - rank.size().x, at_centre(rank)),
            Align::Max,
        );
        let label = &measured.label;
        b.text(
            &row.label,
            label,
            pos2(c.label_left, at_centre(label)),
            Align::Min,
        );
        let thickness = 0.62 * m.row_size;
        let bar_top = centre - thickness / 2.0;
        let corner = 0.12 * thickness;
        let value = &measured.numbers.value;
        match &content.kind {
            Kind::Bars | Kind::Ranking => {
                let length = row.fraction * c.bar_length;
                b.bar(
                    Rect::from_min_size(pos2(c.bar_left, bar_top), vec2(length, thickness)),
                    accent,
                    corner,
                );
                let left = c.bar_left + length + c.bar_gap;
                b.text(&row.value, value, pos2(left, at_centre(value)), Align::Min);
                if let Some(extra) = &measured.numbers.extra {
                    let left = area.right() - extra.size().x;
                    let text = row.extra.as_deref().unwrap_or_default();
                    b.text(text, extra, pos2(left, at_centre(extra)), Align::Max);
                }
            }
            Kind::Rating { .. } => {
                b.bar(
                    Rect::from_min_size(pos2(c.bar_left, bar_top), vec2(c.bar_length, thickness)),
                    track,
                    corner,
                );
                b.bar(
                    Rect::from_min_size(
                        pos2(c.bar_left, bar_top),
                        vec2(row.fraction * c.bar_length, thickness),
                    ),
                    accent,
                    corner,
                );
                let left = c.value_right - value.size().x;
                b.text(&row.value, value, pos2(left, at_centre(value)), Align::Max);
                // Each count stands on a column as tall as its share.
                let band = value.size().y;
                let band_bottom = centre + band / 2.0;
                // A shared floor makes the columns read as a small histogram, not underlines.
                let floor = (0.06 * m.row_size).max(1.0);
                b.bar(
                    Rect::from_min_max(
                        pos2(c.cells_left, band_bottom - floor),
                        pos2(c.cells_left + c.cell_width * values as f32, band_bottom),
                    ),
                    track,
                    0.0,
                );
                for (i, &count) in row.counts.iter().enumerate() {
                    let cell_left = c.cells_left + i as f32 * c.cell_width;
                    let inset = if numbered { 0.12 } else { 0.1 } * c.cell_width;
                    let column = band * count as f32 / max_count as f32;
                    b.bar(
                        Rect::from_min_max(
                            pos2(cell_left + inset, band_bottom - column),
                            pos2(cell_left + c.cell_width - inset, band_bottom),
                        ),
                        if numbered { count_fill } else { accent },
                        0.0,
                    );
                    if let Some(galley) = measured.numbers.counts.get(i) {
                        let left = cell_left + (c.cell_width - galley.size().x) / 2.0;
                        b.text(
                            galley.text(),
                            galley,
                            pos2(left, at_centre(galley)),
                            Align::Center,
                        );
                    }
                }
                if let Some(rated) = &measured.numbers.extra {
                    let left = area.right() - rated.size().x;
                    let text = row.extra.as_deref().unwrap_or_default();
                    b.text(text, rated, pos2(left, at_centre(rated)), Align::Max);
                }
            }
        }
        top += measured.height + row_gap;
    }
    let hidden = content.rows.len().saturating_sub(shown);
    if hidden > 0 {
        let text = format!("… and {hidden} more");
        let more = ts.line(Role::Small, &text, palette.muted);
        let top = top - row_gap + m.min_row_gap();
        b.text(&text, &more, pos2(c.label_left, top), Align::Min);
    }
    b.out.rows_shown = shown;
    b.out.rows_hidden = hidden;
    b.out
}

fn font_size(galley: &Galley) -> f32 {
    galley
        .job
        .sections
        .first()
        .map_or(0.0, |section| section.format.font_id.size)
}

fn galley_color(galley: &Galley) -> Color32 {
    galley
        .job
        .sections
        .first()
        .map_or(Color32::PLACEHOLDER, |section| section.format.color)
}

/// `over` laid on `under` at `amount` (0..=1), as one opaque colour.
fn blend(under: Color32, over: Color32, amount: f32) -> Color32 {
    let mix = |a: u8, b: u8| (f32::from(a) + (f32::from(b) - f32::from(a)) * amount).round() as u8;
    Color32::from_rgb(
        mix(under.r(), over.r()),
        mix(under.g(), over.g()),
        mix(under.b(), over.b()),
    )
}

/// The fill behind rating counts: as strong as it can be while the count over it keeps the
/// theme's 7:1 contrast.
fn count_fill(palette: &Palette) -> Color32 {
    [0.5, 0.42, 0.35, 0.28, 0.22, 0.16, 0.1]
        .into_iter()
        .map(|amount| blend(palette.background, palette.accents[0], amount))
        .find(|&fill| contrast_ratio(palette.text, fill) >= 7.0)
        .unwrap_or(palette.background)
}

/// Paints the layout: bars with the painter, every text as a label node, so that it is in the
/// accessibility tree where tests and screen readers find it.
pub fn results_chart_ui(
    ui: &mut Ui,
    session: &Session,
    poll: &Poll,
    palette: &Palette,
    full: Rect,
) {
    let layout = results_chart_layout(ui, session, poll, palette, full);
    let painter = ui.painter();
    for bar in &layout.bars {
        painter.rect_filled(bar.rect, bar.corner, bar.color);
    }
    for (placed, galley) in layout.texts.iter().zip(&layout.galleys) {
        // What a `Label` does for a ready galley, without a child `Ui` per text (that halves the
        // cost of a frame): the same accessible node, the measured text painted as it is.
        let response = ui.allocate_rect(placed.rect, Sense::hover());
        // The words as written: the galley may hold no-break spaces where it must not wrap.
        response.widget_info(|| egui::WidgetInfo::labeled(egui::Role::Label, true, &placed.text));
        ui.painter()
            .galley(placed.rect.min, galley.clone(), placed.color);
    }
}

/// The console's richer view of the same results, at normal console sizes: a table of every
/// item with all its numbers and, for booth polls, when the ballots came in. Fits a side panel
/// about 480 points wide, inside the caller's scroll area.
pub fn results_detail_ui(ui: &mut Ui, session: &Session, poll: &Poll) {
    let results = remembered_results(ui, session, poll);
    let tied = |rank: usize| results.rows.iter().filter(|r| r.rank == rank).count() > 1;
    let summary = counted_line(poll, &results);
    ui.label(format!(
        "{} · {} · {summary}",
        poll.method.name(),
        poll.status.name()
    ));
    match &poll.method {
        PollMethod::Rating {
            min,
            max,
            low,
            high,
        } => {
            ui.weak(format!("Scale {min} ({low}) to {max} ({high})"));
        }
        PollMethod::Ranking => {
            let n = poll.items.len();
            ui.weak(format!(
                "Points: {n} for a first choice, one less for each place below; 0 if unranked"
            ));
        }
        _ => {}
    }
    if results.rows.iter().any(|row| tied(row.rank)) {
        ui.weak("= marks a tie");
    }
    if results.rows.is_empty() {
        ui.weak("This poll has no items.");
        return;
    }

    let max_value = results
        .rows
        .iter()
        .map(|row| row.score.value())
        .fold(0.0_f64, f64::max);
    let item_width = (ui.available_width() * 0.38).clamp(176.0, 240.0);
    let bar_width = 90.0;
    let bar_fill = ui.visuals().selection.bg_fill;
    let spread = match &poll.method {
        PollMethod::Rating { min, max, .. } => format!("Given {min}…{max}"),
        _ => String::new(),
    };
    let heads: &[&str] = match poll.method {
        PollMethod::Dots { .. } | PollMethod::Tally => &["#", "Item", "Total", ""],
        PollMethod::Ranking => &["#", "Item", "Points", "First", ""],
        PollMethod::Rating { .. } => &["#", "Item", "Mean", "Median", "Rated", &spread],
    };
    let scale: Vec<i32> = match poll.method {
        PollMethod::Rating { min, max, .. }
            if min <= max && max.abs_diff(min) <= crate::model::MAX_SCALE_SPAN =>
        {
            (min..=max).collect()
        }
        _ => Vec::new(),
    };
    let most_given = results
        .rows
        .iter()
        .filter_map(|row| match &row.score {
            Score::Rating { distribution, .. } => distribution.values().copied().max(),
            _ => None,
        })
        .max()
        .unwrap_or(0)
        .max(1);

    egui::Grid::new(("results-detail", &poll.id))
        .striped(true)
        // Long names (vision goals are sentences) wrap rather than widen the table.
        .max_col_width(item_width)
        .num_columns(heads.len())
        .spacing(vec2(10.0, 4.0))
        .show(ui, |ui| {
            for head in heads {
                ui.label(RichText::new(*head).strong());
            }
            ui.end_row();
            for row in &results.rows {
                ui.label(rank_text(&results.rows, row));
                ui.add(Label::new(session.item_label(&row.item)).wrap());
                match &row.score {
                    Score::Total(total) => {
                        ui.label(total.to_string());
                        inline_bar(ui, share(*total as f64, max_value), bar_width, bar_fill);
                    }
                    Score::Borda {
                        points,
                        first_choices,
                    } => {
                        ui.label(points.to_string());
                        ui.label(first_choices.to_string());
                        inline_bar(ui, share(*points as f64, max_value), bar_width, bar_fill);
                    }
                    Score::Rating {
                        mean,
                        median,
                        count,
                        distribution,
                        few,
                    } => {
                        let number = |n: &Option<f64>, places: usize| {
                            n.map_or_else(|| "–".to_owned(), |n| format!("{n:.places$}"))
                        };
                        ui.label(number(mean, 2));
                        ui.label(number(median, 1));
                        if *few {
                            ui.label(RichText::new(format!("{count} · few")).strong())
                                .on_hover_text(FEW_RATINGS_MEANING);
                        } else {
                            ui.label(count.to_string());
                        }
                        let counts: Vec<(i32, u32)> = scale
                            .iter()
                            .map(|v| (*v, distribution.get(v).copied().unwrap_or(0)))
                            .collect();
                        spread_ui(ui, &counts, most_given, bar_fill);
                    }
                }
                ui.end_row();
            }
        });

    if has_few_ratings(&results) {
        ui.label(RichText::new(format!("few: {FEW_RATINGS_MEANING}")).weak());
    }
    if poll.method.takes_ballots() && !poll.ballots.is_empty() {
        ui.add_space(8.0);
        ballots_over_time_ui(ui, poll);
    }
}

/// The poll's results, counted again only when the poll changed: the console shows them every
/// frame, and counting hundreds of ballots each time would cost more than drawing them.
fn remembered_results(ui: &Ui, session: &Session, poll: &Poll) -> Arc<PollResults> {
    #[derive(Clone, Default)]
    struct Counted {
        entries: Vec<(u64, Arc<PollResults>)>,
    }
    let id = egui::Id::unique("plaza-results-detail");
    let key = memo_key(session, poll, &[]);
    let found = ui.ctx().data_mut(|data| {
        data.get_temp_mut_or_default::<Counted>(id)
            .entries
            .iter()
            .find(|(k, _)| *k == key)
            .map(|(_, results)| results.clone())
    });
    if let Some(results) = found {
        return results;
    }
    let results = Arc::new(poll_results(poll));
    ui.ctx().data_mut(|data| {
        let counted = data.get_temp_mut_or_default::<Counted>(id);
        counted.entries.insert(0, (key, results.clone()));
        counted.entries.truncate(MEMO_ENTRIES);
    });
    results
}

/// A small horizontal bar, `fraction` of `width` long.
fn inline_bar(ui: &mut Ui, fraction: f32, width: f32, fill: Color32) {
    let height = ui.text_style_height(&TextStyle::Body) * 0.6;
    let (rect, _) = ui.allocate_exact_size(vec2(width, height), Sense::hover());
    if fraction > 0.0 {
        let bar = Rect::from_min_size(rect.min, vec2(width * fraction, height));
        ui.painter().rect_filled(bar, 2.0, fill);
    }
}

/// How many gave each value: a small column per value with its count under it (for long scales,
/// the columns alone). Painted in one piece, and read out whole to screen readers.
fn spread_ui(ui: &mut Ui, counts: &[(i32, u32)], most: u32, fill: Color32) {
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
const BUCKET_MINUTES: [u64; 10] = [1, 2, 5, 10, 15, 30, 60, 120, 360, 1440];

/// The most columns the ballots-over-time chart draws.
const MAX_BUCKETS: u64 = 40;

/// When the ballots came in: a column per minute (or longer, for long polls), so the
/// facilitator sees whether the queue has dried up.
fn ballots_over_time_ui(ui: &mut Ui, poll: &Poll) {
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
        1 => "a minute".to_owned(),
        60 => "an hour".to_owned(),
        1440 => "a day".to_owned(),
        minutes if minutes % 60 == 0 => format!("{} hours", minutes / 60),
        minutes => format!("{minutes} minutes"),
    };

    ui.label(RichText::new("Ballots cast over time").strong());
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
        let format = if same_day { "%H:%M" } else { "%-d %b %H:%M" };
        at.with_timezone(&Local).format(format).to_string()
    };
    ui.horizontal(|ui| {
        ui.set_width(width);
        ui.small(clock(first));
        ui.with_layout(egui::Layout::right_to_left(Align::Center), |ui| {
            ui.small(clock(last));
        });
    });
    ui.weak(format!(
        "{} in all; each column is {per}, the busiest had {}",
        plural(poll.ballots.len(), "ballot"),
        counted(u64::from(peak), "ballot", "ballots"),
    ));
}
