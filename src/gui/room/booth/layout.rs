//! Where the booth's rows go, worked out before anything is drawn, page by page. Each name is
//! shown whole if it can be, else a sentence (a vision goal) is cut after a word to three
//! lines, then two, then one, while a heading ("INTEGRITY, PROFESSIONALISM & ETHICAL
//! BEHAVIOR") stays whole, only cut when nothing else fits; in one column if the rows fit,
//! else two (three when rows are short); at 4.5% of the window's height, else smaller down to
//! the room's minimum of 4%. Wrapped names make rows taller, never their text smaller.

use std::hash::{DefaultHasher, Hash, Hasher};
use std::ops::Range;

use egui::{Align, Align2, Color32, Id, Rect, Ui, pos2, vec2};

use super::pages::{PAGE_ITEMS, page_count, page_range};
use super::view::MIN_TARGET_SHARE;
use crate::gui::room::memo::remembered;
use crate::gui::room::text::{MIN_TEXT_SHARE, PlacedText, fit_lines, text_size, words_fit};
use crate::model::{Poll, PollMethod, Session};

/// The names' sizes to try, as shares of the window's height, largest first.
const NAME_SHARES: [f32; 3] = [0.045, 0.0425, MIN_TEXT_SHARE];

/// How many lines a name may take, in the order tried: whole, then cut to three, two, one.
const LINES: [Option<usize>; 4] = [None, Some(3), Some(2), Some(1)];

/// Sizes on a booth screen, as shares of its window's height.
#[derive(Debug, Clone, Copy)]
pub(super) struct Measure {
    /// The window's height.
    pub(super) height: f32,
}

impl Measure {
    /// A share of the window's height, in whole points.
    pub(super) fn px(self, share: f32) -> f32 {
        (share * self.height).ceil()
    }

    /// The touch target rows aim for; they grow to 1.6 times it when there is room.
    pub(super) fn target(self) -> f32 {
        self.px(0.09)
    }

    /// The least a row may be: the smallest touch target.
    fn least_row(self) -> f32 {
        self.px(MIN_TARGET_SHARE)
    }

    /// Between two rows.
    pub(super) fn gap(self) -> f32 {
        0.01 * self.height
    }
}

/// One choice's row in the booth, as laid out.
#[derive(Debug, Clone, PartialEq)]
pub struct PlacedRow {
    /// The item's id.
    pub item: String,
    /// The whole row.
    pub rect: Rect,
    /// The part of the row that holds the name: the button that chooses the item, for dots
    /// and ranking.
    pub name_rect: Rect,
    /// The name as shown ("3. COMPASSION": its key on this page, then its name), where its
    /// text goes and at what size.
    pub name: PlacedText,
    /// In a bilingual room, the name in the second language ("COMPASIÓN") under the first,
    /// past its number, smaller; `None` when the organisation did not translate it.
    pub under: Option<PlacedText>,
    /// How far right of the name's start the second language's line starts: past "3. ".
    pub indent: f32,
}

/// The fewest words of a name a cut keeps (all of a shorter name): enough to tell one idea
/// from the next.
const WORDS_KEPT: usize = 3;

/// How the rows are laid out: the choice the search makes once for every page.
#[derive(Debug, Clone, Copy, PartialEq)]
struct Choice {
    columns: usize,
    /// The names' text size, in points.
    size: f32,
    /// At most this many lines to a sentence, or whole.
    lines: Option<usize>,
    /// Headings are cut to `lines` too: the last resort.
    cut_headings: bool,
    /// The share of a rating row its name gets; the scale has the rest.
    share: f32,
}

impl Choice {
    /// Whether every heading shows whole and every sentence whole or wrapped, cut only beyond
    /// two lines.
    fn keeps_names(self) -> bool {
        !self.cut_headings && self.lines.is_none_or(|lines| lines >= 2)
    }
}

/// An item's name, its second language's name when the room speaks two and the organisation
/// translated it, and whether it is a heading, to be shown whole.
#[derive(Hash)]
struct Name<'a> {
    text: &'a str,
    under: Option<&'a str>,
    heading: bool,
}

/// How much smaller a second language's name is than its first, never below the room's
/// minimum.
const UNDER_SHARE: f32 = 0.72;

/// The rows of the choices of `poll` in `page` (their places in the poll) laid out in `area`,
/// on a window `height` points tall.
pub(super) fn rows_layout(
    ui: &Ui,
    (session, poll): (&Session, &Poll),
    page: Range<usize>,
    area: Rect,
    height: f32,
) -> Vec<PlacedRow> {
    let rows = Rows::new(ui, session, poll, area, height);
    let mut key = DefaultHasher::new();
    (&rows.names[page.clone()], format!("{:?}", poll.method)).hash(&mut key);
    [area.width(), area.height(), height]
        .map(f32::to_bits)
        .hash(&mut key);
    let choice = remembered(ui.ctx(), Id::unique("booth-rows"), key.finish(), 8, || {
        rows.choose(page.clone())
    });
    rows.place(choice, page, &poll.items)
}

/// The most choices of `poll` one page can hold (at most [`PAGE_ITEMS`]) so that every page
/// shows every heading whole and every sentence whole or wrapped, cut only beyond two lines;
/// failing that, so that every page fits at all. `area(paged)` is where the rows go, with
/// (`true`) or without the pager under them.
pub(super) fn page_size(
    ui: &Ui,
    (session, poll): (&Session, &Poll),
    area: impl Fn(bool) -> Rect,
    height: f32,
) -> usize {
    let count = poll.items.len();
    let rows = |paged| Rows::new(ui, session, poll, area(paged), height);
    let mut key = DefaultHasher::new();
    (&rows(false).names, format!("{:?}", poll.method)).hash(&mut key);
    for rect in [area(false), area(true)] {
        [rect.width(), rect.height()]
            .map(f32::to_bits)
            .hash(&mut key);
    }
    height.to_bits().hash(&mut key);
    remembered(
        ui.ctx(),
        Id::unique("booth-page-size"),
        key.finish(),
        4,
        || {
            for strict in [true, false] {
                let mut tried = None;
                for most in (1..=PAGE_ITEMS).rev() {
                    // Sizes that share the choices the same way need trying once.
                    let pages = page_count(count, most);
                    if tried.replace(pages) == Some(pages) {
                        continue;
                    }
                    let rows = rows(pages > 1);
                    let fits = (0..pages).all(|page| {
                        rows.first_fit(page_range(count, page, most))
                            .is_some_and(|choice| !strict || choice.keeps_names())
                    });
                    if fits {
                        return most;
                    }
                }
            }
            PAGE_ITEMS
        },
    )
}

/// The names and the room they have, measured.
struct Rows<'a> {
    ui: &'a Ui,
    names: Vec<Name<'a>>,
    method: &'a PollMethod,
    area: Rect,
    measure: Measure,
}

impl<'a> Rows<'a> {
    fn new(ui: &'a Ui, session: &'a Session, poll: &'a Poll, area: Rect, height: f32) -> Self {
        let words = crate::gui::room::languages::room_words(ui.ctx());
        let (tag, second) = (words.tag(), words.second.map(|w| w.lang().tag()));
        let names = poll
            .items
            .iter()
            .map(|item| {
                let framework_item = session.framework.item(item);
                // An item of the framework in the room's language, its own words untranslated.
                let text = match framework_item {
                    Some(framework_item) => framework_item.label_in(tag),
                    None => session.item_label(item),
                };
                let under = framework_item
                    .zip(second)
                    .map(|(item, tag)| item.label_in(tag))
                    .filter(|under| !under.trim().is_empty() && under.trim() != text.trim());
                Name {
                    text,
                    under,
                    heading: framework_item.is_some_and(|item| !item.heading.trim().is_empty()),
                }
            })
            .collect();
        Rows {
            ui,
            names,
            method: &poll.method,
            area,
            measure: Measure { height },
        }
    }

    /// The first way of laying out the rows of `page` that fits, in the order of the module's
    /// comment; the most compact if none does.
    fn choose(&self, page: Range<usize>) -> Choice {
        self.first_fit(page).unwrap_or(Choice {
            columns: 1,
            size: self.measure.px(MIN_TEXT_SHARE),
            lines: Some(1),
            cut_headings: true,
            share: name_shares(self.method).last().copied().unwrap_or(0.5),
        })
    }

    /// The first way of laying out the rows of `page` that fits, if one does.
    fn first_fit(&self, page: Range<usize>) -> Option<Choice> {
        let most_columns = if matches!(self.method, PollMethod::Rating { .. }) {
            2
        } else {
            3
        };
        let cuts = LINES
            .map(|lines| (lines, false))
            .into_iter()
            .chain([(Some(2), true), (Some(1), true)]);
        let sizes = NAME_SHARES.map(|share| self.measure.px(share));
        cuts.flat_map(|(lines, cut_headings)| {
            (1..=most_columns).flat_map(move |columns| {
                sizes.into_iter().flat_map(move |size| {
                    name_shares(self.method).iter().map(move |&share| Choice {
                        columns,
                        size,
                        lines,
                        cut_headings,
                        share,
                    })
                })
            })
        })
        .find(|&choice| self.fits(choice, page.clone()))
    }

    fn fits(&self, choice: Choice, page: Range<usize>) -> bool {
        self.text_width(choice) >= 3.0 * choice.size
            && self
                .heights(choice, page)
                .is_some_and(|heights| total(&heights, self.measure.gap()) <= self.area.height())
    }

    fn column_width(&self, columns: usize) -> f32 {
        let gap = 0.03 * self.area.width();
        (self.area.width() - gap * (columns as f32 - 1.0)) / columns as f32
    }

    /// The width a name's lines may take.
    fn text_width(&self, choice: Choice) -> f32 {
        let row = Rect::from_min_size(
            Default::default(),
            vec2(self.column_width(choice.columns), 1.0),
        );
        let name = name_rect(self.method, row, self.measure.target(), choice.share);
        name.width() - 0.6 * choice.size
    }

    /// The name of the item at `index` as shown, the `on_page`-th of its page.
    fn label(&self, choice: Choice, index: usize, on_page: usize) -> String {
        let name = &self.names[index];
        let whole = format!("{}. {}", on_page + 1, name.text);
        match choice.lines {
            Some(lines) if choice.cut_headings || !name.heading => fit_lines(
                self.ui.ctx(),
                &whole,
                choice.size,
                self.text_width(choice),
                lines,
            ),
            _ => whole,
        }
    }

    /// The size of the second language's names at `choice`.
    fn under_size(&self, choice: Choice) -> f32 {
        (UNDER_SHARE * choice.size)
            .ceil()
            .max(self.measure.px(MIN_TEXT_SHARE))
    }

    /// How far in the second language's name starts: past "3. ", the first's number.
    fn indent(&self, choice: Choice, on_page: usize) -> f32 {
        let number = format!("{}.", on_page + 1);
        text_size(self.ui.ctx(), &number, choice.size, f32::INFINITY).x + 0.25 * choice.size
    }

    /// The second language's name of the item at `index`, cut as its first is, if it has one.
    fn under(&self, choice: Choice, index: usize, on_page: usize) -> Option<String> {
        let name = &self.names[index];
        let under = name.under?;
        let width = self.text_width(choice) - self.indent(choice, on_page);
        Some(match choice.lines {
            Some(lines) if choice.cut_headings || !name.heading => {
                fit_lines(self.ui.ctx(), under, self.under_size(choice), width, lines)
            }
            _ => under.to_owned(),
        })
    }

    /// How tall each line of rows on the page is (a row of columns is as tall as its tallest
    /// name), or `None` when a name cannot be shown whole without breaking a word, or a cut
    /// one keeps not even its first word.
    fn heights(&self, choice: Choice, page: Range<usize>) -> Option<Vec<f32>> {
        let per_column = page.len().max(1).div_ceil(choice.columns);
        let width = self.text_width(choice);
        let mut heights = vec![self.measure.least_row(); per_column.min(page.len())];
        for (on_page, index) in page.enumerate() {
            let label = self.label(choice, index, on_page);
            // A word wider than its place is painted broken in two ("Accountabi / lity"),
            // whether the name is whole or cut.
            if !words_fit(self.ui.ctx(), &label, choice.size, width) {
                return None;
            }
            // A name cut to its number and a word or two ("7. Pair…") does not tell ideas
            // apart: the columns are too narrow.
            let kept = label.trim_end_matches('…').split_whitespace().count();
            let words = self.names[index].text.split_whitespace().count();
            if kept < 1 + words.min(WORDS_KEPT) {
                return None;
            }
            let mut text = text_size(self.ui.ctx(), &label, choice.size, width).y;
            if let Some(under) = self.under(choice, index, on_page) {
                let (size, indent) = (self.under_size(choice), self.indent(choice, on_page));
                if !words_fit(self.ui.ctx(), &under, size, width - indent) {
                    return None;
                }
                text += text_size(self.ui.ctx(), &under, size, width - indent).y;
            }
            let row = &mut heights[on_page % per_column];
            *row = row.max(text + 0.4 * choice.size);
        }
        Some(heights)
    }

    /// The page's rows, placed: spare height makes them taller, up to a point; too little
    /// (only when nothing fits) shares what there is.
    fn place(&self, choice: Choice, page: Range<usize>, items: &[String]) -> Vec<PlacedRow> {
        let mut heights = self
            .heights(choice, page.clone())
            .or_else(|| {
                let cut = Choice {
                    lines: Some(1),
                    cut_headings: true,
                    ..choice
                };
                self.heights(cut, page.clone())
            })
            // Only a name too long for any column gets here: one line each, cut.
            .unwrap_or_else(|| {
                let per_column = page.len().max(1).div_ceil(choice.columns);
                vec![self.measure.least_row(); per_column.min(page.len())]
            });
        let gap = self.measure.gap();
        let count = heights.len().max(1) as f32;
        let spare = self.area.height() - total(&heights, gap);
        if spare >= 0.0 {
            let grow_to = 1.6 * self.measure.target();
            for height in &mut heights {
                *height += (spare / count).min((grow_to - *height).max(0.0));
            }
        } else {
            let room = (self.area.height() - gap * (count - 1.0)).max(0.0);
            let needed: f32 = heights.iter().sum();
            for height in &mut heights {
                *height *= room / needed.max(1.0);
            }
        }
        let column_width = self.column_width(choice.columns);
        let column_gap = 0.03 * self.area.width();
        let per_column = heights.len().max(1);
        let width = self.text_width(choice);
        page.clone()
            .enumerate()
            .map(|(on_page, index)| {
                let (column, line) = (on_page / per_column, on_page % per_column);
                let top = self.area.top()
                    + heights[..line]
                        .iter()
                        .map(|height| height + gap)
                        .sum::<f32>();
                let rect = Rect::from_min_size(
                    pos2(
                        self.area.left() + column as f32 * (column_width + column_gap),
                        top,
                    ),
                    vec2(column_width, heights[line]),
                );
                let name_rect = name_rect(self.method, rect, self.measure.target(), choice.share);
                let text = self.label(choice, index, on_page);
                let size = text_size(self.ui.ctx(), &text, choice.size, width);
                let indent = self.indent(choice, on_page);
                let under = self.under(choice, index, on_page).map(|under| {
                    let under_size = self.under_size(choice);
                    let measured = text_size(self.ui.ctx(), &under, under_size, width - indent);
                    (under, under_size, measured)
                });
                let block = vec2(
                    size.x.max(
                        under
                            .as_ref()
                            .map_or(0.0, |(.., measured)| indent + measured.x),
                    ),
                    size.y + under.as_ref().map_or(0.0, |(.., measured)| measured.y),
                );
                let block_rect = if matches!(self.method, PollMethod::Rating { .. }) {
                    Align2::LEFT_CENTER.align_size_within_rect(vec2(width, block.y), name_rect)
                } else {
                    Align2::CENTER_CENTER.align_size_within_rect(block, name_rect)
                };
                let text_rect =
                    Rect::from_min_size(block_rect.min, vec2(block_rect.width(), size.y));
                PlacedRow {
                    item: items[index].clone(),
                    rect,
                    name_rect,
                    name: PlacedText {
                        text,
                        rect: text_rect,
                        size: choice.size,
                        color: Color32::PLACEHOLDER,
                        align: Align::Min,
                    },
                    under: under.map(|(text, size, measured)| PlacedText {
                        text,
                        // A rating's name is placed as a label: the whole width, so it wraps
                        // where it was measured.
                        rect: Rect::from_min_size(
                            pos2(text_rect.left() + indent, text_rect.bottom()),
                            match self.method {
                                PollMethod::Rating { .. } => vec2(width - indent, measured.y),
                                _ => measured,
                            },
                        ),
                        size,
                        color: Color32::PLACEHOLDER,
                        align: Align::Min,
                    }),
                    indent,
                }
            })
            .collect()
    }
}

/// Rows of `heights` with `gap` between them, from the top of the first to the bottom of the
/// last.
fn total(heights: &[f32], gap: f32) -> f32 {
    heights.iter().sum::<f32>() + gap * heights.len().saturating_sub(1) as f32
}

/// The names' shares of a rating row to try, the scale's buttons widest first; long scales
/// give names less, so each score stays a big target.
fn name_shares(method: &PollMethod) -> &'static [f32] {
    match method {
        PollMethod::Rating { min, max, .. } if i64::from(*max) - i64::from(*min) >= 7 => {
            &[0.32, 0.38, 0.45]
        }
        PollMethod::Rating { .. } => &[0.44, 0.52, 0.6],
        _ => &[0.5],
    }
}

/// The part of a `row` that holds the item's name, given the smallest target size.
pub(super) fn name_rect(method: &PollMethod, row: Rect, target: f32, share: f32) -> Rect {
    let width = row.width();
    match method {
        PollMethod::Dots { per_item, .. } => Rect::from_min_size(
            row.min,
            vec2(
                width - dots_width(*per_item, target) - target - 0.04 * width,
                row.height(),
            ),
        ),
        PollMethod::Rating { .. } => {
            Rect::from_min_size(row.min, vec2(share * width, row.height()))
        }
        PollMethod::Ranking | PollMethod::Tally => {
            let name = width - 1.6 * target - 0.02 * width;
            Rect::from_min_max(pos2(row.right() - name, row.top()), row.max)
        }
    }
}

/// The room the dots picture of an item takes.
pub(super) fn dots_width(cap: u32, target: f32) -> f32 {
    (cap as f32).min(5.0) * 0.55 * target + 0.3 * target
}
