//! Placing a measured results chart, and painting it.

use std::sync::Arc;

use egui::{Align, Color32, Galley, Rect, Sense, Ui, pos2, vec2};

use super::content::{Content, Kind};
use super::fit::{
    GAP_AFTER_HEADS, GAP_AFTER_KICKER, GAP_AFTER_QUESTION, GAP_BEFORE_ROWS, Measured, Typesetter,
};
use super::layout::results_chart_layout;
use super::{ChartBar, ChartLayout, MAX_COUNT_COLUMNS, Role};
use crate::gui::room::text::{PlacedText, galley_colour, galley_size};
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

pub(super) fn place(
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
