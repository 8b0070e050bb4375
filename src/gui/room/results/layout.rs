//! Fitting a results chart to the projector: the largest text size at which every row fits,
//! remembered between frames, or the smallest size and one page of rows.

use std::hash::{Hash, Hasher};

use crate::gui::room::memo::{recall, remember};

use egui::{Rect, Ui, vec2};

use super::content::Content;
use super::fit::{Measured, Typesetter, measure};
use super::pages::chart_paging;
use super::paint::{Shown, place};
use super::{ChartLayout, Role, SCALES};
use crate::gui::room::languages::{RoomWords, room_words};
use crate::gui::theme::Palette;
use crate::model::{Poll, PollMethod, Session};

/// Lays out page `page` of a poll's results for the projector inside `full` (the whole
/// projector window rect). Returns every text placed and the bars to paint.
///
/// Sizes shrink together until every row fits, never below [`MIN_TEXT_SHARE`] of the height;
/// if even that does not fit, the rows are split into pages at that size, each page saying
/// which it is, rather than any row be left out or clipped. A page past the last shows the
/// last.
///
/// [`MIN_TEXT_SHARE`]: crate::gui::room::text::MIN_TEXT_SHARE
pub fn results_chart_layout(
    ui: &Ui,
    session: &Session,
    poll: &Poll,
    palette: &Palette,
    full: Rect,
    page: usize,
) -> ChartLayout {
    let height = full.height();
    let area = chart_area(full);
    let ctx = ui.ctx();
    let paging = chart_paging(ctx, session, poll, full.width() / height.max(1.0));
    let content = &paging.content;
    let pages = paging.pages.len();
    let page = page.min(pages.saturating_sub(1));
    let Some(rows) = paging.pages.get(page).cloned() else {
        return ChartLayout::default();
    };
    let fitted = if pages > 1 {
        let ts = Typesetter {
            ctx,
            height,
            scale: 0.0,
        };
        measure(&ts, content, palette, area).map(|measured| (measured, 0.0))
    } else {
        let key = memo_key(
            session,
            poll,
            &room_words(ctx),
            &[full.width(), full.height(), ctx.pixels_per_point()],
        );
        one_page(ctx, content, palette, area, height, key)
    };
    let Some((measured, scale)) = fitted else {
        return ChartLayout::default();
    };
    let ts = Typesetter { ctx, height, scale };
    let shown = Shown { rows, page, pages };
    place(&ts, &measured, content, palette, area, height, shown)
}

/// Where the chart goes inside the whole window: a margin all round.
pub(super) fn chart_area(full: Rect) -> Rect {
    full.shrink2(vec2(0.07 * full.width(), 0.07 * full.height()))
}

/// Every row on one page: measured at the largest size at which they fit (the smallest if
/// none, when the pages were worked out on a window of another size), and that size.
fn one_page(
    ctx: &egui::Context,
    content: &Content,
    palette: &Palette,
    area: Rect,
    height: f32,
    key: u64,
) -> Option<(Measured, f32)> {
    let all = 0..content.rows.len();
    // What an earlier frame chose still fits unless the fonts changed: lay it out once.
    if let Some(scale) = recall::<f32>(ctx, memo_id(), key) {
        let ts = Typesetter { ctx, height, scale };
        if let Some(measured) = measure(&ts, content, palette, area)
            && measured.fits(all.clone(), false, area, height)
        {
            return Some((measured, scale));
        }
    }
    let limit = row_limit(ctx, palette, area, height);
    let mut chosen = None;
    for scale in SCALES {
        // Rows that cannot all fit at the smallest size fit no better at a larger one.
        if scale > 0.0 && limit < all.end {
            continue;
        }
        let ts = Typesetter { ctx, height, scale };
        let Some(measured) = measure(&ts, content, palette, area) else {
            continue;
        };
        if measured.fits(all.clone(), false, area, height) || scale == 0.0 {
            chosen = Some((measured, scale));
            break;
        }
    }
    if let Some((_, scale)) = &chosen {
        remember(ctx, memo_id(), key, *scale, MEMO_ENTRIES);
    }
    chosen
}

/// The most rows that could fit in `area`, each one line at the smallest size.
fn row_limit(ctx: &egui::Context, palette: &Palette, area: Rect, height: f32) -> usize {
    let ts = Typesetter {
        ctx,
        height,
        scale: 0.0,
    };
    let line = ts.line(Role::Row, "0", palette.text).size().y.max(1.0);
    let gap = 0.3 * ts.size(Role::Row);
    ((area.height() + gap) / (line + gap)).floor().max(0.0) as usize
}

/// How many charts' fits are kept.
pub(super) const MEMO_ENTRIES: usize = 6;

pub(super) fn memo_id() -> egui::Id {
    egui::Id::unique("plaza-results-chart")
}

/// Everything the chart's words and fit depend on. Ballots are never changed in place, only
/// cast or removed whole, so their ids stand for their marks.
pub(super) fn memo_key(session: &Session, poll: &Poll, words: &RoomWords, numbers: &[f32]) -> u64 {
    let mut hasher = std::collections::hash_map::DefaultHasher::new();
    words.fingerprint().hash(&mut hasher);
    session.id.hash(&mut hasher);
    poll.id.hash(&mut hasher);
    poll.question.hash(&mut hasher);
    for item in &poll.items {
        item.hash(&mut hasher);
        words.first.item_label(session, item).hash(&mut hasher);
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
