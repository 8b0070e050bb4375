//! Poll results as charts: large on the projector, detailed on the console.
//!
//! The projector chart is laid out first (every text measured, every bar placed) and painted
//! second, so tests can check what the room sees without rendering, and painting reuses the
//! measured text instead of laying it out again: `content` says what the chart says, `fit`
//! measures it at the largest size that fits, `pages` splits rows that do not fit at the
//! smallest size into pages, `layout` remembers the fit between frames, `paint` places and
//! draws it; `detail` is the console's table.

mod content;
mod detail;
mod fit;
mod layout;
mod pages;
mod paint;

use std::ops::Range;
use std::sync::Arc;

use egui::{Color32, Galley, Rect};

pub use detail::results_detail_ui;
pub use layout::results_chart_layout;
pub use pages::results_pages;
pub use paint::results_chart_ui;

use crate::gui::room::text::{PlacedText, Role};

/// Beyond this many scale values the projector shows the spread of ratings as a shape only:
/// more columns of counts than this would not stay readable from the back row.
const MAX_COUNT_COLUMNS: usize = 11;

/// Text sizes tried from the largest down; the last one puts every text at the minimum.
const SCALES: [f32; 6] = [1.0, 0.9, 0.8, 0.7, 0.6, 0.0];

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
    /// Every text, in reading order; on a chart of several pages the last one says which page
    /// it is ("16 choices  ·  page 1 of 2").
    pub texts: Vec<PlacedText>,
    /// Bars, scale tracks and count columns, to paint under the texts.
    pub bars: Vec<ChartBar>,
    /// Which result rows this page shows, best first (indices into the poll's results).
    pub rows: Range<usize>,
    /// How many result rows this page shows.
    pub rows_shown: usize,
    /// How many result rows are on the other pages.
    pub rows_hidden: usize,
    /// The page shown, counted from 0.
    pub page: usize,
    /// How many pages the chart takes: 1 when every row fits at once.
    pub pages: usize,
    /// The measured text of `texts`, one each, so painting does not lay it out again.
    galleys: Vec<Arc<Galley>>,
}
