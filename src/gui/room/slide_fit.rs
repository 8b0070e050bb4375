//! A slide's lines fitted to the window: all sizes shrink together down to the room's minimum;
//! a list too long even then is shortened to "… and N more"; any other slide too tall (a long
//! value in two languages) goes on pages the clicker turns, so no line is ever dropped unsaid.

use std::ops::Range;

use egui::{Align, Color32, Context, FontId, Galley, Rect, Vec2, pos2, vec2};

use crate::gui::room::languages::{RoomWords, room_words};
use crate::gui::room::text::{MIN_TEXT_SHARE, PlacedText, Role, galley_size, size as text_size};
use crate::gui::theme::Palette;
use crate::words::Words;

/// One line (or paragraph) of a slide.
pub(super) struct Block {
    text: String,
    role: Role,
    /// The second language's words of the block above, smaller and muted.
    under: bool,
}

/// A block in the room's first language.
pub(super) fn block(role: Role, text: impl Into<String>) -> Block {
    Block {
        text: text.into(),
        role,
        under: false,
    }
}

/// A block in the room's first language, and its second language below when the projector
/// speaks two and the words differ.
pub(super) fn both(out: &mut Vec<Block>, role: Role, (first, second): (String, Option<String>)) {
    out.push(block(role, first));
    if let Some(second) = second {
        out.push(Block {
            text: second,
            role,
            under: true,
        });
    }
}

/// The same with a room word of Plaza's own.
pub(super) fn said(
    out: &mut Vec<Block>,
    words: &RoomWords,
    role: Role,
    say: impl Fn(&Words) -> String,
) {
    both(out, role, words.both(say));
}

/// The scales the slide's sizes shrink by together, largest first; 0 is the room's minimum.
const SCALES: [f32; 7] = [1.0, 0.9, 0.8, 0.7, 0.6, 0.5, 0.0];

/// How much smaller a second language's line is than its first.
const UNDER_SHARE: f32 = 0.72;

/// The font size of `block` at `scale`: a second language's line a step smaller than its
/// first, never below the room's minimum.
fn block_size(block: &Block, scale: f32, height: f32) -> f32 {
    if block.under {
        text_size(block.role, scale * UNDER_SHARE, height)
    } else {
        text_size(block.role, scale, height)
    }
}

/// The colour of `block`: a second language's line muted, which still keeps the room's
/// contrast.
fn block_colour(block: &Block, palette: &Palette) -> Color32 {
    if block.under {
        palette.muted
    } else {
        color(block.role, palette)
    }
}

/// The space after block `index`: a little between a line and its second language, the role's
/// own after the pair.
fn gap_after(blocks: &[Block], index: usize, height: f32) -> f32 {
    if blocks.get(index + 1).is_some_and(|next| next.under) {
        0.006 * height
    } else {
        gap(blocks[index].role, height)
    }
}

fn color(role: Role, palette: &Palette) -> Color32 {
    match role {
        Role::Kicker => palette.heading,
        Role::Muted | Role::Small => palette.muted,
        Role::Title
        | Role::Body
        | Role::ListItem
        | Role::Spotlight
        | Role::Question
        | Role::Row => palette.text,
    }
}

fn gap(role: Role, height: f32) -> f32 {
    match role {
        Role::Kicker => 0.015 * height,
        Role::Title => 0.035 * height,
        _ => 0.02 * height,
    }
}

type Galleys = Vec<std::sync::Arc<Galley>>;

/// Lays out the blocks at `scale` and returns each galley, or `None` if they do not fit.
fn layout(
    ctx: &Context,
    blocks: &[Block],
    palette: &Palette,
    area: Vec2,
    height: f32,
    scale: f32,
) -> Option<Galleys> {
    let mut total = 0.0;
    let mut galleys = Vec::with_capacity(blocks.len());
    for (index, block) in blocks.iter().enumerate() {
        let size = block_size(block, scale, height);
        let galley = ctx.fonts_mut(|fonts| {
            fonts.layout(
                block.text.clone(),
                FontId::proportional(size),
                block_colour(block, palette),
                area.x,
            )
        });
        total += galley.size().y + gap_after(blocks, index, height);
        galleys.push(galley);
    }
    (total <= area.y).then_some(galleys)
}

/// The largest scale at which `blocks` fit in `area`, with their galleys.
fn shrink(
    ctx: &Context,
    blocks: &[Block],
    palette: &Palette,
    area: Vec2,
    height: f32,
) -> Option<Galleys> {
    SCALES
        .into_iter()
        .find_map(|scale| layout(ctx, blocks, palette, area, height, scale))
}

/// The space inside the slide's margins.
fn inside(full: Rect) -> Rect {
    full.shrink2(vec2(full.width() * 0.07, full.height() * 0.08))
}

/// The band at the foot of a paged slide that says which page it is.
const FOOTER_SHARE: f32 = 0.07;

/// The slide above its footer.
fn above_footer(full: Rect) -> Rect {
    Rect::from_min_max(
        full.min,
        pos2(full.right(), full.bottom() - FOOTER_SHARE * full.height()),
    )
}

/// The height pages are worked out at, so the preview and the projector (of one shape) break
/// a slide in the same places and the clicker knows how many pages there are.
const REFERENCE_HEIGHT: f32 = 1080.0;

/// The blocks of each page: all on one when they fit at some size or hold a list (which is
/// shortened instead); else, at the room's minimum size, as many as fit on each page in turn,
/// a line kept with its second language where the page has room for both.
fn split(ctx: &Context, blocks: &[Block], palette: &Palette, aspect: f32) -> Vec<Range<usize>> {
    let all = 0..blocks.len();
    let height = REFERENCE_HEIGHT;
    let full = Rect::from_min_size(egui::Pos2::ZERO, vec2(aspect.max(0.1) * height, height));
    let has_list = blocks.iter().any(|b| b.role == Role::ListItem);
    if blocks.is_empty()
        || has_list
        || shrink(ctx, blocks, palette, inside(full).size(), height).is_some()
    {
        return vec![all];
    }
    let area = inside(above_footer(full)).size();
    let fits =
        |range: Range<usize>| layout(ctx, &blocks[range], palette, area, height, 0.0).is_some();
    let mut pages = Vec::new();
    let mut start = 0;
    while start < blocks.len() {
        // At least one line a page, however long, so every line is shown.
        let mut end = start + 1;
        while end < blocks.len() && fits(start..end + 1) {
            end += 1;
        }
        // A first language's line moves on with its second when both fit on the next page.
        if end < blocks.len() && blocks[end].under && end - 1 > start && !blocks[end - 1].under {
            let pair_end = (end..blocks.len())
                .find(|&at| !blocks[at].under)
                .unwrap_or(blocks.len());
            if fits(end - 1..pair_end) {
                end -= 1;
            }
        }
        pages.push(start..end);
        start = end;
    }
    pages
}

/// How many pages the slide of `blocks` takes on a projector of shape `aspect`.
pub(super) fn page_count(ctx: &Context, blocks: &[Block], palette: &Palette, aspect: f32) -> usize {
    split(ctx, blocks, palette, aspect).len()
}

/// Fits `blocks` into `full`, showing `page` (counted from 0; one past the last shows the
/// last): sizes shrink together until everything fits, never below [`MIN_TEXT_SHARE`] of the
/// height; if even that does not fit, a list's entries are dropped from the end and replaced
/// by "… and N more", and a slide without a list goes on pages, rather than clip or drop words.
pub(super) fn fit_blocks(
    ctx: &Context,
    blocks: Vec<Block>,
    palette: &Palette,
    full: Rect,
    page: usize,
) -> Vec<PlacedText> {
    let words = room_words(ctx);
    let pages = split(ctx, &blocks, palette, full.width() / full.height().max(1.0));
    if pages.len() <= 1 {
        return fit_one(ctx, blocks, palette, full, &words);
    }
    let page = page.min(pages.len() - 1);
    let range = pages[page].clone();
    let shown: Vec<Block> = blocks
        .into_iter()
        .skip(range.start)
        .take(range.len())
        .collect();
    let body = above_footer(full);
    let height = full.height();
    let area = inside(body);
    let galleys = shrink(ctx, &shown, palette, area.size(), height).unwrap_or_else(|| {
        let tall = vec2(area.width(), f32::INFINITY);
        layout(ctx, &shown, palette, tall, height, 0.0).unwrap_or_default()
    });
    let mut placed = place(&shown, galleys, palette, area, height);
    let footer =
        words.both(|w| crate::tr!(w, "room-booth-page", page = page + 1, pages = pages.len()));
    let footer = match footer {
        (first, Some(second)) => format!("{first}  ·  {second}"),
        (first, None) => first,
    };
    let size = text_size(Role::Small, 0.0, height).max(MIN_TEXT_SHARE * height);
    let margin = inside(full);
    let tall = crate::gui::room::text::text_size(ctx, &footer, size, margin.width()).y;
    placed.push(PlacedText {
        text: footer,
        rect: Rect::from_min_max(pos2(margin.left(), margin.bottom() - tall), margin.max),
        size,
        color: palette.muted,
        align: Align::Max,
    });
    placed
}

/// Fits a slide that takes one page: shrinking, then shortening its list.
fn fit_one(
    ctx: &Context,
    mut blocks: Vec<Block>,
    palette: &Palette,
    full: Rect,
    words: &RoomWords,
) -> Vec<PlacedText> {
    let height = full.height();
    let area = inside(full);
    // Entries dropped so far, and where their "… and N more" stands.
    let mut hidden: Option<(usize, usize)> = None;
    let galleys = loop {
        if let Some(galleys) = shrink(ctx, &blocks, palette, area.size(), height) {
            break galleys;
        }
        let last_item = blocks
            .iter()
            .rposition(|b| b.role == Role::ListItem && !b.under);
        let Some(last_item) = last_item else {
            // Taller than the window even alone at the smallest size: shown whole, from the
            // top, rather than cut.
            let tall = vec2(area.width(), f32::INFINITY);
            break layout(ctx, &blocks, palette, tall, height, 0.0).unwrap_or_default();
        };
        // The entry goes with its second language's line, and any earlier "… and N more".
        let mut end = last_item + 1;
        while blocks.get(end).is_some_and(|b| b.under) {
            end += 1;
        }
        let count = match hidden {
            Some((count, at)) => {
                blocks.remove(at);
                count + 1
            }
            None => 1,
        };
        blocks.drain(last_item..end.min(blocks.len()));
        blocks.insert(
            last_item,
            block(
                Role::Muted,
                crate::tr!(words.first, "room-more", count = count),
            ),
        );
        hidden = Some((count, last_item));
    };
    place(&blocks, galleys, palette, area, height)
}

/// Places laid-out blocks as one column centred in `area`, lists left-aligned.
fn place(
    blocks: &[Block],
    galleys: Galleys,
    palette: &Palette,
    area: Rect,
    height: f32,
) -> Vec<PlacedText> {
    let gaps: Vec<f32> = (0..blocks.len())
        .map(|index| gap_after(blocks, index, height))
        .collect();
    let content: f32 = galleys
        .iter()
        .zip(&gaps)
        .map(|(galley, gap)| galley.size().y + gap)
        .sum();
    let mut top = area.top() + ((area.height() - content) / 2.0).max(0.0);
    // Lists read best left-aligned, as one block centred on the slide.
    let list_width = galleys
        .iter()
        .zip(blocks)
        .filter(|(_, block)| block.role == Role::ListItem)
        .map(|(galley, _)| galley.size().x + 1.0)
        .fold(0.0_f32, f32::max)
        .min(area.width());
    galleys
        .into_iter()
        .zip(blocks)
        .zip(gaps)
        .map(|((galley, block), gap)| {
            let (left, width, align) = if block.role == Role::ListItem {
                (area.center().x - list_width / 2.0, list_width, Align::Min)
            } else {
                (area.left(), area.width(), Align::Center)
            };
            let rect = Rect::from_min_size(pos2(left, top), vec2(width, galley.size().y));
            top += galley.size().y + gap;
            PlacedText {
                size: galley_size(&galley),
                color: block_colour(block, palette),
                text: block.text.clone(),
                rect,
                align,
            }
        })
        .collect()
}
