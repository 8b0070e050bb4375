//! Fitting a results chart to the projector: the largest text size at which every row fits,
//! remembered between frames.

use std::hash::{Hash, Hasher};

use crate::gui::room::memo::{recall, remember};
use std::sync::Arc;

use egui::{Rect, Ui, vec2};

use super::content::{Content, content};
use super::fit::{Typesetter, measure};
use super::paint::place;
use super::{ChartLayout, Role, SCALES};
use crate::gui::theme::Palette;
use crate::model::{Poll, PollMethod, Session, poll_results};

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
    let remembered: Option<Fitted> = recall(ctx, memo_id(), key);
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
    let fitted = Fitted {
        content: content.clone(),
        scale,
        shown,
    };
    remember(ctx, memo_id(), key, fitted, MEMO_ENTRIES);
    let ts = Typesetter { ui, height, scale };
    place(&ts, &measured, &content, palette, area, height, shown)
}

/// The most rows that could fit in `area`, each one line at the smallest size.
pub(super) fn row_limit(
    ui: &Ui,
    content: &Content,
    palette: &Palette,
    area: Rect,
    height: f32,
) -> usize {
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

/// What an earlier frame worked out for a chart: its words, and the text size and number of
/// rows that fit. A few are kept, because the console's preview and the projector show the
/// same chart at different sizes.
#[derive(Clone)]
pub(super) struct Fitted {
    pub(super) content: Arc<Content>,
    pub(super) scale: f32,
    pub(super) shown: usize,
}

/// How many charts' fits are kept.
pub(super) const MEMO_ENTRIES: usize = 6;

pub(super) fn memo_id() -> egui::Id {
    egui::Id::unique("plaza-results-chart")
}

/// Everything the chart's words and fit depend on. Ballots are never changed in place, only
/// cast or removed whole, so their ids stand for their marks.
pub(super) fn memo_key(session: &Session, poll: &Poll, numbers: &[f32]) -> u64 {
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
