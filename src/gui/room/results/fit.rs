//! Measuring a results chart at one text size: every text laid out, every column placed.

use std::sync::Arc;

use egui::text::LayoutJob;
use egui::{Color32, FontId, Galley, Rect, Ui};

use super::content::{Content, Kind};
use super::{MAX_COUNT_COLUMNS, Role};
use crate::gui::room::text::MIN_TEXT_SHARE;
use crate::gui::theme::Palette;

/// Lays text out at one scale, every size rounded up to whole pixels: egui snaps font sizes,
/// and the minimum must hold after that.
pub(super) struct Typesetter<'a> {
    pub(super) ui: &'a Ui,
    pub(super) height: f32,
    pub(super) scale: f32,
}

impl Typesetter<'_> {
    pub(super) fn size(&self, role: Role) -> f32 {
        ((role.share() * self.scale).max(MIN_TEXT_SHARE) * self.height).ceil()
    }

    pub(super) fn line(&self, role: Role, text: &str, color: Color32) -> Arc<Galley> {
        let job = LayoutJob::simple_singleline(
            text.to_owned(),
            FontId::proportional(self.size(role)),
            color,
        );
        self.ui.ctx().fonts_mut(|fonts| fonts.layout_job(job))
    }

    /// Wraps to `width`, and past `max_rows` ends the last row with "…" rather than clip.
    pub(super) fn wrapped(
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
pub(super) struct Columns {
    pub(super) rank_right: f32,
    pub(super) label_left: f32,
    /// Where bars (or the rating scale's track) start.
    pub(super) bar_left: f32,
    /// The longest bar, or the track's length.
    pub(super) bar_length: f32,
    /// Space between a bar's end and its number.
    pub(super) bar_gap: f32,
    /// Ratings: the right edge of the column of means.
    pub(super) value_right: f32,
    /// Ratings: where the count columns start, and each one's width.
    pub(super) cells_left: f32,
    pub(super) cell_width: f32,
}

/// A row's rank and numbers, measured before the name's column width is known.
pub(super) struct RowNumbers {
    pub(super) rank: Arc<Galley>,
    pub(super) value: Arc<Galley>,
    pub(super) extra: Option<Arc<Galley>>,
    pub(super) counts: Vec<Arc<Galley>>,
}

pub(super) struct MeasuredRow {
    pub(super) numbers: RowNumbers,
    pub(super) label: Arc<Galley>,
    pub(super) height: f32,
}

/// The whole chart measured at one scale.
pub(super) struct Measured {
    pub(super) kicker: Arc<Galley>,
    pub(super) question: Arc<Galley>,
    pub(super) notes: Arc<Galley>,
    /// What the notes say, as read out (the galley keeps each note on one line).
    pub(super) notes_text: String,
    /// Ratings: the scale's ends over the track, when they fit there.
    pub(super) ends: Option<(Arc<Galley>, Arc<Galley>)>,
    /// Ratings: the scale values over the count columns.
    pub(super) heads: Vec<Arc<Galley>>,
    /// Ratings: "rated", over the column of how many rated each item.
    pub(super) rated_head: Option<Arc<Galley>>,
    /// The first rows, as many as could ever fit.
    pub(super) rows: Vec<MeasuredRow>,
    /// How many rows the poll has.
    pub(super) total: usize,
    pub(super) columns: Columns,
    pub(super) row_size: f32,
    pub(super) small_height: f32,
}

/// Vertical gaps, as shares of the window height.
pub(super) const GAP_AFTER_KICKER: f32 = 0.012;
pub(super) const GAP_AFTER_QUESTION: f32 = 0.012;
pub(super) const GAP_BEFORE_ROWS: f32 = 0.045;
pub(super) const GAP_AFTER_HEADS: f32 = 0.008;

/// Measures the chart at one scale. Only the first `limit` rows are measured: more could not
/// fit in any case, and a poll may have many items.
pub(super) fn measure(
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
    let kicker = ts.line(Role::Small, &content.kicker, palette.heading);
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
    pub(super) fn header_height(&self, height: f32) -> f32 {
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

    pub(super) fn min_row_gap(&self) -> f32 {
        0.3 * self.row_size
    }

    /// Height of the first `shown` rows, with "… and N more" after them if any are left out.
    pub(super) fn rows_height(&self, shown: usize) -> f32 {
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
    pub(super) fn fits(&self, shown: usize, area: Rect, height: f32) -> bool {
        shown <= self.rows.len()
            && self.header_height(height) + self.rows_height(shown) <= area.height()
    }
}
