//! Splitting a results chart into pages when its rows do not all fit at the smallest text
//! size, as the booth and the notes wall do, rather than leave rows out.
//!
//! The split is worked out once for the projector's shape at a reference height, not for each
//! window: the console's preview and the projector then show the same rows on the same page,
//! and the clicker knows how many pages there are without drawing anything.

use std::ops::Range;
use std::sync::Arc;

use egui::{Context, Rect, vec2};

use super::content::{Content, content};
use super::fit::{Typesetter, measure};
use super::layout::{MEMO_ENTRIES, chart_area, memo_key};
use crate::gui::room::memo::remembered;
use crate::gui::theme::ThemeChoice;
use crate::model::{Poll, Session, poll_results};

/// The height the pages are worked out at; the real window scales from it.
const REFERENCE_HEIGHT: f32 = 1080.0;

/// Share of the chart's height held back when splitting into pages: the real window rounds
/// text sizes to whole pixels and may wrap a name differently, and a page must still fit there
/// (where it does not, its rows close up: see `Placer::rows`).
const HELD_BACK: f32 = 0.02;

/// How far the rows of a chart that nearly fits may close up, as a share of their usual gap,
/// to stay on one page: one screen read whole is better than a second page of a row or two.
const CLOSE_UP: f32 = 0.5;

/// A chart's words and which rows each of its pages shows.
pub(super) struct Paging {
    pub(super) content: Arc<Content>,
    /// The rows of each page, best first; one page with every row when they all fit.
    pub(super) pages: Vec<Range<usize>>,
}

/// How many pages the results of `poll` take on a projector of shape `aspect` (width over
/// height); one when every row fits.
pub fn results_pages(ctx: &Context, session: &Session, poll: &Poll, aspect: f32) -> usize {
    chart_paging(ctx, session, poll, aspect).pages.len()
}

/// The chart's words and pages at the shape `aspect`, kept between frames.
pub(super) fn chart_paging(
    ctx: &Context,
    session: &Session,
    poll: &Poll,
    aspect: f32,
) -> Arc<Paging> {
    // Rounded, so the preview (sized from the shape) and the projector agree.
    let aspect = (aspect * 100.0).round() / 100.0;
    let words = crate::gui::room::languages::room_words(ctx);
    let key = memo_key(session, poll, &words, &[aspect]);
    let slot = egui::Id::unique("plaza-results-pages");
    remembered(ctx, slot, key, MEMO_ENTRIES, || {
        let content = Arc::new(content(session, poll, &poll_results(poll), &words));
        let pages = split(ctx, &content, aspect);
        Arc::new(Paging { content, pages })
    })
}

/// Every row on one page if they fit at the smallest size; else pages filled in turn, each
/// with as many rows as fit under the header and above the line of pages.
fn split(ctx: &Context, content: &Content, aspect: f32) -> Vec<Range<usize>> {
    let all = content.rows.len();
    let one_page = std::iter::once(0..all).collect();
    let height = REFERENCE_HEIGHT;
    let full = Rect::from_min_size(egui::Pos2::ZERO, vec2(aspect.max(0.1) * height, height));
    let area = chart_area(full);
    let ts = Typesetter {
        ctx,
        height,
        scale: 0.0,
    };
    // Colours do not change sizes: any theme measures the same.
    let palette = ThemeChoice::Dark.palette();
    let Some(measured) = measure(&ts, content, &palette, area) else {
        return one_page;
    };
    let header = measured.header_height(height);
    let closed_up = CLOSE_UP * measured.min_row_gap() * all.saturating_sub(1) as f32;
    if header + measured.rows_height(0..all, false) - closed_up <= area.height() {
        return one_page;
    }
    let room = area.height() * (1.0 - HELD_BACK);
    let mut pages = Vec::new();
    let mut start = 0;
    while start < all {
        // A page holds at least one row: a name is at most two lines, which always fit.
        let mut end = start + 1;
        while end < all && header + measured.rows_height(start..end + 1, true) <= room {
            end += 1;
        }
        pages.push(start..end);
        start = end;
    }
    pages
}
