//! Measuring a results chart at one text size: every text laid out, every column placed.

use std::ops::Range;
use std::sync::Arc;

use egui::text::LayoutJob;
use egui::{Color32, Context, FontId, Galley, Rect};

use super::content::{Content, Kind};
use super::{MAX_COUNT_COLUMNS, Role};
use crate::gui::room::text;
use crate::gui::theme::Palette;

/// Lays text out at one scale, every size rounded up to whole pixels: egui snaps font sizes,
/// and the minimum must hold after that.
pub(super) struct Typesetter<'a> {
    pub(super) ctx: &'a Context,
    pub(super) height: f32,
    pub(super) scale: f32,
}

impl Typesetter<'_> {
    pub(super) fn size(&self, role: Role) -> f32 {
        text::size(role, self.scale, self.height)
    }

    /// The size of a second language's line under one of `role`: a step smaller, never below
    /// the room's minimum.
    pub(super) fn under_size(&self, role: Role) -> f32 {
        text::size(role, self.scale * UNDER_SHARE, self.height)
    }

    pub(super) fn line(&self, role: Role, text: &str, color: Color32) -> Arc<Galley> {
        self.line_at(self.size(role), text, color)
    }

    /// A line at a size of its own.
    pub(super) fn line_at(&self, size: f32, text: &str, color: Color32) -> Arc<Galley> {
        let job = LayoutJob::simple_singleline(text.to_owned(), FontId::proportional(size), color);
        self.ctx.fonts_mut(|fonts| fonts.layout_job(job))
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
        self.wrapped_at(self.size(role), text, color, width, max_rows)
    }

    /// [`Typesetter::wrapped`] at a size of its own.
    pub(super) fn wrapped_at(
        &self,
        size: f32,
        text: &str,
        color: Color32,
        width: f32,
        max_rows: usize,
    ) -> Arc<Galley> {
        let mut job = LayoutJob::simple(
            text.to_owned(),
            FontId::proportional(size),
            color,
            width.max(1.0),
        );
        job.wrap.max_rows = max_rows;
        self.ctx.fonts_mut(|fonts| fonts.layout_job(job))
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

/// A rating's "rated" head over its column, in the first language and the second.
pub(super) type RatedHeads = (Option<Arc<Galley>>, Option<Arc<Galley>>);

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
    /// The name in the second language, under the first.
    pub(super) label_under: Option<Arc<Galley>>,
    pub(super) height: f32,
}

/// The whole chart measured at one scale.
pub(super) struct Measured {
    /// Everything above the rows.
    pub(super) header: Header,
    /// Ratings: the scale values over the count columns.
    pub(super) heads: Vec<Arc<Galley>>,
    /// Ratings: "rated", over the column of how many rated each item.
    pub(super) rated_head: Option<Arc<Galley>>,
    /// Ratings: "rated" in the second language, under the first.
    pub(super) rated_under: Option<Arc<Galley>>,
    /// Every row, so that pages share one set of columns.
    pub(super) rows: Vec<MeasuredRow>,
    pub(super) columns: Columns,
    pub(super) row_size: f32,
    pub(super) small_height: f32,
}

/// What stands above the rows, measured.
pub(super) struct Header {
    pub(super) kicker: Arc<Galley>,
    /// The kicker in the second language, under the first.
    pub(super) kicker_under: Option<Arc<Galley>>,
    pub(super) question: Arc<Galley>,
    pub(super) notes: Arc<Galley>,
    /// What the notes say, as read out (the galley keeps each note on one line).
    pub(super) notes_text: String,
    /// The notes in the second language, measured and as read out.
    pub(super) notes_under: Option<(Arc<Galley>, String)>,
    /// Ratings: the scale's ends over the track, when they fit there.
    pub(super) ends: Option<(Arc<Galley>, Arc<Galley>)>,
}

/// Vertical gaps, as shares of the window height.
pub(super) const GAP_AFTER_KICKER: f32 = 0.012;
pub(super) const GAP_AFTER_QUESTION: f32 = 0.012;
pub(super) const GAP_BEFORE_ROWS: f32 = 0.045;
pub(super) const GAP_AFTER_HEADS: f32 = 0.008;
/// Between a line and its second language's line.
pub(super) const GAP_UNDER: f32 = 0.004;

/// How much smaller a second language's line is than its first.
const UNDER_SHARE: f32 = 0.72;

/// Measures the chart at one scale, every row: the columns are set by all of them, so that
/// the pages of a long chart line up and compare. `None` when the rows cannot be laid out at
/// this scale (a name would break inside a word, a bar would be too short to compare).
pub(super) fn measure(
    ts: &Typesetter<'_>,
    content: &Content,
    palette: &Palette,
    area: Rect,
) -> Option<Measured> {
    let measurer = Measurer {
        ts,
        content,
        palette,
        area,
        row_size: ts.size(Role::Row),
    };
    let numbers = measurer.numbers();
    let (heads, cell_width) = measurer.count_heads(&numbers);
    let (columns, label_width, (rated_head, rated_under)) =
        measurer.columns(&numbers, cell_width)?;
    let rows = measurer.rows(numbers, label_width);
    Some(Measured {
        header: measurer.header(columns.bar_length),
        heads,
        rated_head,
        rated_under,
        rows,
        columns,
        row_size: measurer.row_size,
        small_height: ts.line(Role::Small, "0", palette.muted).size().y,
    })
}

/// The widest of some measured texts.
pub(super) fn widest<'a>(galleys: impl Iterator<Item = &'a Arc<Galley>>) -> f32 {
    galleys.map(|g| g.size().x).fold(0.0_f32, f32::max)
}

/// What a chart is measured with, at one scale.
pub(super) struct Measurer<'a> {
    pub(super) ts: &'a Typesetter<'a>,
    pub(super) content: &'a Content,
    pub(super) palette: &'a Palette,
    pub(super) area: Rect,
    pub(super) row_size: f32,
}

impl Measurer<'_> {
    pub(super) fn column_gap(&self) -> f32 {
        0.6 * self.row_size
    }

    pub(super) fn bar_gap(&self) -> f32 {
        0.3 * self.row_size
    }

    /// Each row's rank and numbers, which keep their natural width.
    pub(super) fn numbers(&self) -> Vec<RowNumbers> {
        let (ts, palette) = (self.ts, self.palette);
        let row_of = |row: &super::content::RowContent| {
            // Past the readable number of columns the counts are a shape only, with no numbers.
            let numbered = row.counts.len() <= MAX_COUNT_COLUMNS;
            let counts = row
                .counts
                .iter()
                .filter(|_| numbered)
                .map(|&count| {
                    let colour = if count == 0 {
                        palette.muted
                    } else {
                        palette.text
                    };
                    ts.line(Role::Row, &count.to_string(), colour)
                })
                .collect();
            RowNumbers {
                rank: ts.line(Role::Row, &row.rank, palette.muted),
                value: ts.line(Role::Row, &row.value, palette.text),
                extra: row
                    .extra
                    .as_deref()
                    .map(|extra| ts.line(Role::Small, extra, palette.muted)),
                counts,
            }
        };
        self.content.rows.iter().map(row_of).collect()
    }

    /// A rating's column heads over its counts, and each count column's width.
    pub(super) fn count_heads(&self, rows: &[RowNumbers]) -> (Vec<Arc<Galley>>, f32) {
        let (ts, palette, row_size) = (self.ts, self.palette, self.row_size);
        let head = |text: String| ts.line(Role::Small, &text, palette.muted);
        match &self.content.kind {
            Kind::Rating { values, .. } if values.len() <= MAX_COUNT_COLUMNS => {
                let heads: Vec<_> = values.iter().map(|v| head(v.to_string())).collect();
                // Long scales (0–10) pack their columns closer, so the names keep their room.
                let (padding, least) = if values.len() > 7 {
                    (0.3, 1.1)
                } else {
                    (0.7, 1.5)
                };
                let cell = widest(rows.iter().flat_map(|r| r.counts.iter()))
                    .max(widest(heads.iter()))
                    + padding * row_size;
                (heads, cell.max(least * row_size))
            }
            Kind::Rating { values, .. } if !values.is_empty() => {
                // Too many values for numbers: a shape only, its ends named.
                let first = values.first().map(|v| v.to_string()).unwrap_or_default();
                let last = values.last().map(|v| v.to_string()).unwrap_or_default();
                let cell = (0.25 * self.area.width() / values.len() as f32).max(1.0);
                (vec![head(first), head(last)], cell)
            }
            _ => (Vec::new(), 0.0),
        }
    }

    /// Where every column goes, the width left for names, and a rating's "rated" head; `None`
    /// when names and bars cannot both have room at this scale.
    pub(super) fn columns(
        &self,
        rows: &[RowNumbers],
        cell_width: f32,
    ) -> Option<(Columns, f32, RatedHeads)> {
        let (width, column_gap, bar_gap) = (self.area.width(), self.column_gap(), self.bar_gap());
        let rank_width = widest(rows.iter().map(|r| &r.rank)).max(self.row_size * 0.6);
        let value_width = widest(rows.iter().map(|r| &r.value));
        let extra_width = widest(rows.iter().filter_map(|r| r.extra.as_ref()));
        let cells_width = match &self.content.kind {
            Kind::Rating { values, .. } => cell_width * values.len() as f32,
            _ => 0.0,
        };
        // Ratings: the column of how many rated each item, headed, at the far right.
        let rating = matches!(self.content.kind, Kind::Rating { .. });
        let (rated, rated_under) = &self.content.rated;
        let rated_head = rating.then(|| self.ts.line(Role::Small, rated, self.palette.muted));
        let rated_under = rated_under.as_ref().filter(|_| rating).map(|under| {
            let size = self.ts.under_size(Role::Small);
            self.ts.line_at(size, under, self.palette.muted)
        });
        let head_width = widest(rated_head.iter().chain(rated_under.iter()));
        let rated_width = rated_head
            .as_ref()
            .map_or(0.0, |_| column_gap + extra_width.max(head_width));
        // Everything right of the bars, which keeps its natural width.
        let right = match self.content.kind {
            Kind::Bars => bar_gap + value_width,
            Kind::Ranking => bar_gap + value_width + column_gap + extra_width,
            // The counts stand apart from the mean, so the two are not read as one series.
            Kind::Rating { .. } => {
                bar_gap + value_width + 2.0 * column_gap + cells_width + rated_width
            }
        };
        let fixed = rank_width + column_gap + column_gap + right;
        let (label_width, bar_length) = self.label_and_bar(width - fixed)?;
        let rank_right = self.area.left() + rank_width;
        let label_left = rank_right + column_gap;
        let bar_left = label_left + label_width + column_gap;
        let columns = Columns {
            rank_right,
            label_left,
            bar_left,
            bar_length,
            bar_gap,
            value_right: bar_left + bar_length + bar_gap + value_width,
            cells_left: self.area.right() - rated_width - cells_width,
            cell_width,
        };
        Some((columns, label_width, (rated_head, rated_under)))
    }

    /// How `room` is shared between the names and the bars. Names on one line keep the rows in
    /// an even rhythm; bars stay long enough to compare. A name broken inside a word, or a bar
    /// too short to compare, is worth a smaller size; at the smallest size it is the last
    /// resort.
    pub(super) fn label_and_bar(&self, room: f32) -> Option<(f32, f32)> {
        let (ts, palette, width) = (self.ts, self.palette, self.area.width());
        let rows = || self.content.rows.iter();
        let under_size = ts.under_size(Role::Row);
        let label_natural = rows()
            .map(|row| {
                let under = row.label_under.as_deref().map_or(0.0, |under| {
                    ts.line_at(under_size, under, palette.text).size().x
                });
                ts.line(Role::Row, &row.label, palette.text)
                    .size()
                    .x
                    .max(under)
            })
            .fold(0.0_f32, f32::max)
            + 1.0;
        let (label_cap, min_bar) = match self.content.kind {
            // The mean is printed beside its track, so the track can be short.
            Kind::Rating { .. } => (0.4 * width, 0.15 * width),
            _ => (0.5 * width, 0.22 * width),
        };
        let mut label_width = label_natural.min(label_cap);
        let mut bar_length = room - label_width;
        if bar_length < min_bar {
            label_width = (label_width - (min_bar - bar_length)).max(0.15 * width);
            bar_length = room - label_width;
        }
        if bar_length <= 0.0 || label_width <= 0.0 {
            return None;
        }
        if ts.scale > 0.0 {
            let longest = |label: &str, size: f32| {
                label
                    .split_whitespace()
                    .map(|word| ts.line_at(size, word, palette.text).size().x)
                    .fold(0.0_f32, f32::max)
            };
            let longest_word = rows()
                .map(|row| {
                    let under = row
                        .label_under
                        .as_deref()
                        .map_or(0.0, |under| longest(under, under_size));
                    longest(&row.label, ts.size(Role::Row)).max(under)
                })
                .fold(0.0_f32, f32::max);
            if bar_length < min_bar || label_width + 0.5 < longest_word.min(label_natural) {
                return None;
            }
        }
        Some((label_width, bar_length))
    }

    /// Each row with its name wrapped to the names' column.
    pub(super) fn rows(&self, numbers: Vec<RowNumbers>, label_width: f32) -> Vec<MeasuredRow> {
        numbers
            .into_iter()
            .zip(&self.content.rows)
            .map(|(numbers, row)| {
                let label =
                    self.ts
                        .wrapped(Role::Row, &row.label, self.palette.text, label_width, 2);
                let size = self.ts.under_size(Role::Row);
                let label_under = row.label_under.as_deref().map(|under| {
                    self.ts
                        .wrapped_at(size, under, self.palette.muted, label_width, 2)
                });
                let name = label.size().y + label_under.as_ref().map_or(0.0, |g| g.size().y);
                let height = name.max(numbers.value.size().y);
                MeasuredRow {
                    numbers,
                    label,
                    label_under,
                    height,
                }
            })
            .collect()
    }

    /// The kicker, the question, the notes under it (as laid out and as read out), and a
    /// rating scale's ends over the track when they fit there (else they join the notes).
    pub(super) fn header(&self, bar_length: f32) -> Header {
        let (ts, palette, content, width) =
            (self.ts, self.palette, self.content, self.area.width());
        let mut notes = content.notes.clone();
        let ends = match &content.kind {
            Kind::Rating { low, high, .. } => {
                let low = ts.line(Role::Small, low, palette.muted);
                let high = ts.line(Role::Small, high, palette.muted);
                if low.size().x + high.size().x + self.column_gap() <= bar_length {
                    Some((low, high))
                } else {
                    notes.extend(content.scale_note.clone());
                    None
                }
            }
            _ => None,
        };
        let kicker = ts.line(Role::Small, &content.kicker, palette.heading);
        let under_size = ts.under_size(Role::Small);
        let kicker_under = content
            .kicker_under
            .as_deref()
            .map(|under| ts.line_at(under_size, under, palette.muted));
        let question = ts.wrapped(Role::Question, &content.question, palette.text, width, 3);
        // Lines break only between the notes, never inside one ("5 = Fully" stays whole).
        let joined = |notes: &[String], size: f32| {
            let unbroken: Vec<String> = notes
                .iter()
                .map(|note| note.replace(' ', "\u{a0}"))
                .collect();
            let galley = ts.wrapped_at(size, &unbroken.join("  ·  "), palette.muted, width, 2);
            (galley, notes.join("  ·  "))
        };
        let (notes, notes_text) = joined(&notes, ts.size(Role::Small));
        // The scale's own words are the poll's, in one language: said once, above.
        let notes_under =
            (!content.notes_under.is_empty()).then(|| joined(&content.notes_under, under_size));
        Header {
            kicker,
            kicker_under,
            question,
            notes,
            notes_text,
            notes_under,
            ends,
        }
    }
}

impl Measured {
    /// Height of everything above the rows.
    pub(super) fn header_height(&self, height: f32) -> f32 {
        let heads =
            if self.heads.is_empty() && self.header.ends.is_none() && self.rated_head.is_none() {
                0.0
            } else {
                self.heads_height() + GAP_AFTER_HEADS * height
            };
        let under = |galley: Option<&Arc<Galley>>| {
            galley.map_or(0.0, |galley| GAP_UNDER * height + galley.size().y)
        };
        self.header.kicker.size().y
            + under(self.header.kicker_under.as_ref())
            + GAP_AFTER_KICKER * height
            + self.header.question.size().y
            + GAP_AFTER_QUESTION * height
            + self.header.notes.size().y
            + under(self.header.notes_under.as_ref().map(|(galley, _)| galley))
            + GAP_BEFORE_ROWS * height
            + heads
    }

    /// Height of the column heads' line: two lines when "rated" is said in two languages.
    pub(super) fn heads_height(&self) -> f32 {
        self.small_height
            + self
                .rated_under
                .as_ref()
                .map_or(0.0, |galley| galley.size().y)
    }

    pub(super) fn min_row_gap(&self) -> f32 {
        0.3 * self.row_size
    }

    /// Height of the rows `rows`, with the line of pages under them when there are several.
    pub(super) fn rows_height(&self, rows: Range<usize>, paged: bool) -> f32 {
        let count = rows.len();
        let heights: f32 = self
            .rows
            .get(rows)
            .map_or(0.0, |rows| rows.iter().map(|row| row.height).sum());
        let gaps = count.saturating_sub(1) as f32 * self.min_row_gap();
        let footer = if paged {
            self.min_row_gap() + self.small_height
        } else {
            0.0
        };
        heights + gaps + footer
    }

    /// Whether the header and the rows `rows` fit in `area`.
    pub(super) fn fits(&self, rows: Range<usize>, paged: bool, area: Rect, height: f32) -> bool {
        rows.end <= self.rows.len()
            && self.header_height(height) + self.rows_height(rows, paged) <= area.height()
    }
}
