//! Placing a measured results chart, and painting it.

use std::ops::Range;
use std::sync::Arc;

use egui::{Align, Color32, Galley, Rect, Ui, pos2, vec2};

use super::content::RowContent;
use super::content::{Content, Kind};
use super::fit::MeasuredRow;
use super::fit::{
    GAP_AFTER_HEADS, GAP_AFTER_KICKER, GAP_AFTER_QUESTION, GAP_BEFORE_ROWS, GAP_UNDER, Measured,
    Typesetter,
};
use super::layout::results_chart_layout;
use super::{ChartBar, ChartLayout, MAX_COUNT_COLUMNS, Role};
use crate::gui::room::text::{PlacedText, galley_colour, galley_size, place_measured};
use crate::gui::theme::{Palette, contrast_ratio};
use crate::model::{Poll, Session};

/// Collects placed texts and bars.
pub(super) struct Builder {
    pub(super) out: ChartLayout,
}

impl Builder {
    pub(super) fn text(&mut self, text: &str, galley: &Arc<Galley>, min: egui::Pos2, align: Align) {
        self.out.texts.push(PlacedText {
            text: text.to_owned(),
            rect: Rect::from_min_size(min, galley.size()),
            size: galley_size(galley),
            color: galley_colour(galley),
            align,
        });
        self.out.galleys.push(galley.clone());
    }

    pub(super) fn bar(&mut self, rect: Rect, color: Color32, corner: f32) {
        if rect.width() > 0.0 && rect.height() > 0.0 {
            self.out.bars.push(ChartBar {
                rect,
                color,
                corner,
            });
        }
    }
}

/// Which rows a page shows, and which page of how many it is.
pub(super) struct Shown {
    pub(super) rows: Range<usize>,
    pub(super) page: usize,
    pub(super) pages: usize,
}

/// Places the rows of one page of a measured chart, and under them, when there are several
/// pages, how many choices there are and which page this is.
pub(super) fn place(
    ts: &Typesetter<'_>,
    m: &Measured,
    content: &Content,
    palette: &Palette,
    area: Rect,
    height: f32,
    shown: Shown,
) -> ChartLayout {
    let mut placer = Placer {
        m,
        content,
        palette,
        area,
        height,
        track: blend(palette.background, palette.muted, 0.18),
        count_fill: count_fill(palette),
        b: Builder {
            out: ChartLayout::default(),
        },
    };
    let paged = shown.pages > 1;
    let top = placer.header(area.top());
    let top = placer.heads(top);
    let below = placer.rows(top, shown.rows.clone(), paged);
    let total = content.rows.len();
    let mut b = placer.b;
    if paged {
        let words = crate::gui::room::languages::room_words(ts.ctx);
        // Both languages on the one line: it is small print, and must stay put.
        let text = match words.both(|w| {
            crate::tr!(
                w,
                "room-choices-page",
                count = total,
                page = shown.page + 1,
                pages = shown.pages
            )
        }) {
            (first, Some(second)) => format!("{first}  ·  {second}"),
            (first, None) => first,
        };
        let footer = ts.line(Role::Small, &text, palette.muted);
        // At the foot of the page, so it stays put as pages turn.
        let top = (area.bottom() - footer.size().y).max(below);
        let left = area.right() - footer.size().x;
        b.text(&text, &footer, pos2(left, top), Align::Max);
    }
    b.out.rows_shown = shown.rows.len();
    b.out.rows_hidden = total.saturating_sub(shown.rows.len());
    b.out.rows = shown.rows;
    b.out.page = shown.page;
    b.out.pages = shown.pages;
    b.out
}

/// What a chart is placed with.
pub(super) struct Placer<'a> {
    pub(super) m: &'a Measured,
    pub(super) content: &'a Content,
    pub(super) palette: &'a Palette,
    pub(super) area: Rect,
    pub(super) height: f32,
    /// The rating scale's track, behind the mean.
    pub(super) track: Color32,
    /// Behind rating counts; worked out once per chart, as it tries contrasts.
    pub(super) count_fill: Color32,
    pub(super) b: Builder,
}

impl Placer<'_> {
    /// The kicker, the question and the notes under it; returns where the rest starts.
    pub(super) fn header(&mut self, mut top: f32) -> f32 {
        let (header, left, height) = (&self.m.header, self.area.left(), self.height);
        let kicker = &self.content.kicker;
        self.b
            .text(kicker, &header.kicker, pos2(left, top), Align::Min);
        top += header.kicker.size().y;
        if let (Some(galley), Some(text)) = (&header.kicker_under, &self.content.kicker_under) {
            top += GAP_UNDER * height;
            self.b.text(text, galley, pos2(left, top), Align::Min);
            top += galley.size().y;
        }
        top += GAP_AFTER_KICKER * height;
        let question = &self.content.question;
        self.b
            .text(question, &header.question, pos2(left, top), Align::Min);
        top += header.question.size().y + GAP_AFTER_QUESTION * height;
        self.b.text(
            &header.notes_text,
            &header.notes,
            pos2(left, top),
            Align::Min,
        );
        top += header.notes.size().y;
        if let Some((galley, text)) = &header.notes_under {
            top += GAP_UNDER * height;
            self.b.text(text, galley, pos2(left, top), Align::Min);
            top += galley.size().y;
        }
        top + GAP_BEFORE_ROWS * height
    }

    /// How many scale values a rating has, and whether their counts are written as numbers.
    pub(super) fn scale(&self) -> (usize, bool) {
        match &self.content.kind {
            Kind::Rating { values, .. } => (values.len(), values.len() <= MAX_COUNT_COLUMNS),
            _ => (0, false),
        }
    }

    /// Column heads: the scale's ends over the track, its values over the counts, "rated" at
    /// the right; returns where the rows start.
    pub(super) fn heads(&mut self, top: f32) -> f32 {
        let (m, c) = (self.m, &self.m.columns);
        if m.header.ends.is_none() && m.heads.is_empty() && m.rated_head.is_none() {
            return top;
        }
        let (values, numbered) = self.scale();
        let b = &mut self.b;
        if let Some((low, high)) = &m.header.ends {
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
            let left = self.area.right() - head.size().x;
            b.text(head.text(), head, pos2(left, top), Align::Max);
            if let Some(under) = &m.rated_under {
                let left = self.area.right() - under.size().x;
                let at = pos2(left, top + head.size().y);
                b.text(under.text(), under, at, Align::Max);
            }
        }
        top + m.heads_height() + GAP_AFTER_HEADS * self.height
    }

    /// The rows `rows`; returns where the line of pages may start. Spare height opens the
    /// rows up a little, never so much that they drift apart; on a window that rounds sizes
    /// up more than the one the pages were worked out on, they close up instead, so that none
    /// is cut.
    pub(super) fn rows(&mut self, mut top: f32, rows: Range<usize>, paged: bool) -> f32 {
        let m = self.m;
        let count = rows.len();
        let spare = self.area.bottom() - top - m.rows_height(rows.clone(), paged);
        let row_gap = if count > 1 {
            m.min_row_gap() + (spare / (count - 1) as f32).clamp(-m.min_row_gap(), 0.5 * m.row_size)
        } else {
            m.min_row_gap()
        };
        // Count columns compare across pages: the tallest is the most given on any row.
        let most = self
            .content
            .rows
            .iter()
            .flat_map(|row| row.counts.iter().copied())
            .max()
            .unwrap_or(0)
            .max(1);
        let content = self.content;
        let placed = content.rows.get(rows.clone()).into_iter().flatten();
        for (row, measured) in placed.zip(m.rows.get(rows).into_iter().flatten()) {
            self.row(row, measured, top + measured.height / 2.0, most);
            top += measured.height + row_gap;
        }
        top - row_gap + m.min_row_gap()
    }

    /// One row, centred on `centre`: rank, name, then the method's bars and numbers.
    pub(super) fn row(&mut self, row: &RowContent, measured: &MeasuredRow, centre: f32, most: u32) {
        let c = &self.m.columns;
        let at_centre = |galley: &Arc<Galley>| centre - galley.size().y / 2.0;
        let rank = &measured.numbers.rank;
        let rank_at = pos2(c.rank_right - rank.size().x, at_centre(rank));
        self.b.text(&row.rank, rank, rank_at, Align::Max);
        let label = &measured.label;
        let under = measured.label_under.as_ref();
        // The name and its second language's name, as one block centred on the row.
        let block = label.size().y + under.map_or(0.0, |galley| galley.size().y);
        let label_at = pos2(c.label_left, centre - block / 2.0);
        self.b.text(&row.label, label, label_at, Align::Min);
        if let (Some(galley), Some(text)) = (under, &row.label_under) {
            let at = pos2(c.label_left, label_at.y + label.size().y);
            self.b.text(text, galley, at, Align::Min);
        }
        let thickness = 0.62 * self.m.row_size;
        let bar = Rect::from_min_size(
            pos2(c.bar_left, centre - thickness / 2.0),
            vec2(c.bar_length, thickness),
        );
        let accent = self.palette.accents[0];
        let value = &measured.numbers.value;
        if matches!(self.content.kind, Kind::Rating { .. }) {
            self.rating_row(row, measured, bar, centre, most);
        } else {
            let length = row.fraction * c.bar_length;
            let filled = Rect::from_min_size(bar.min, vec2(length, thickness));
            self.b.bar(filled, accent, 0.12 * thickness);
            let value_at = pos2(c.bar_left + length + c.bar_gap, at_centre(value));
            self.b.text(&row.value, value, value_at, Align::Min);
            self.extra(row, measured, centre);
        }
    }

    /// The number at the right edge: first choices, or how many rated the item.
    pub(super) fn extra(&mut self, row: &RowContent, measured: &MeasuredRow, centre: f32) {
        if let Some(extra) = &measured.numbers.extra {
            let at = pos2(
                self.area.right() - extra.size().x,
                centre - extra.size().y / 2.0,
            );
            let text = row.extra.as_deref().unwrap_or_default();
            self.b.text(text, extra, at, Align::Max);
        }
    }

    /// A rating's row: the mean on its track, and how many gave each value of the scale, each
    /// count on a column as tall as its share.
    pub(super) fn rating_row(
        &mut self,
        row: &RowContent,
        measured: &MeasuredRow,
        bar: Rect,
        centre: f32,
        most: u32,
    ) {
        let c = &self.m.columns;
        let (accent, track) = (self.palette.accents[0], self.track);
        let corner = 0.12 * bar.height();
        self.b.bar(bar, track, corner);
        let mean = Rect::from_min_size(bar.min, vec2(row.fraction * c.bar_length, bar.height()));
        self.b.bar(mean, accent, corner);
        let value = &measured.numbers.value;
        let value_at = pos2(
            c.value_right - value.size().x,
            centre - value.size().y / 2.0,
        );
        self.b.text(&row.value, value, value_at, Align::Max);
        let band = value.size().y;
        let band_bottom = centre + band / 2.0;
        let (values, numbered) = self.scale();
        // A shared floor makes the columns read as a small histogram, not underlines.
        let floor = (0.06 * self.m.row_size).max(1.0);
        let floor_rect = Rect::from_min_max(
            pos2(c.cells_left, band_bottom - floor),
            pos2(c.cells_left + c.cell_width * values as f32, band_bottom),
        );
        self.b.bar(floor_rect, track, 0.0);
        let fill = if numbered { self.count_fill } else { accent };
        for (i, &count) in row.counts.iter().enumerate() {
            let cell_left = c.cells_left + i as f32 * c.cell_width;
            let inset = if numbered { 0.12 } else { 0.1 } * c.cell_width;
            let column = band * count as f32 / most as f32;
            let rect = Rect::from_min_max(
                pos2(cell_left + inset, band_bottom - column),
                pos2(cell_left + c.cell_width - inset, band_bottom),
            );
            self.b.bar(rect, fill, 0.0);
            if let Some(galley) = measured.numbers.counts.get(i) {
                let at = pos2(
                    cell_left + (c.cell_width - galley.size().x) / 2.0,
                    centre - galley.size().y / 2.0,
                );
                self.b.text(galley.text(), galley, at, Align::Center);
            }
        }
        self.extra(row, measured, centre);
    }
}

/// `over` laid on `under` at `amount` (0..=1), as one opaque colour.
pub(super) fn blend(under: Color32, over: Color32, amount: f32) -> Color32 {
    let mix = |a: u8, b: u8| (f32::from(a) + (f32::from(b) - f32::from(a)) * amount).round() as u8;
    Color32::from_rgb(
        mix(under.r(), over.r()),
        mix(under.g(), over.g()),
        mix(under.b(), over.b()),
    )
}

/// The fill behind rating counts: as strong as it can be while the count over it keeps the
/// theme's 7:1 contrast.
pub(super) fn count_fill(palette: &Palette) -> Color32 {
    [0.5, 0.42, 0.35, 0.28, 0.22, 0.16, 0.1]
        .into_iter()
        .map(|amount| blend(palette.background, palette.accents[0], amount))
        .find(|&fill| contrast_ratio(palette.text, fill) >= 7.0)
        .unwrap_or(palette.background)
}

/// Paints page `page` of the layout: bars with the painter, every text as a label node, so
/// that it is in the accessibility tree where tests and screen readers find it.
pub fn results_chart_ui(
    ui: &mut Ui,
    session: &Session,
    poll: &Poll,
    palette: &Palette,
    full: Rect,
    page: usize,
) {
    let layout = results_chart_layout(ui, session, poll, palette, full, page);
    let painter = ui.painter();
    for bar in &layout.bars {
        painter.rect_filled(bar.rect, bar.corner, bar.color);
    }
    for (placed, galley) in layout.texts.iter().zip(&layout.galleys) {
        place_measured(ui, placed, galley.clone());
    }
}
