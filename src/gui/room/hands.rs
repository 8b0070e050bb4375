//! A hand count on the projector while hands are up: the question and every choice, numbered,
//! so the room can read what the facilitator calls out. No count shows until the results are
//! revealed. The choices go in one column if they fit, else two or three; the names whole, else
//! cut after a word to two lines, then one, keeping a few words and breaking none; all sizes
//! shrinking together, never below the room's minimum. Choices that cannot all be told apart on
//! one slide (twenty sentences) go on pages, turned by the clicker, numbered throughout.

use std::hash::{DefaultHasher, Hash, Hasher};

use std::ops::Range;

use egui::{Align, Context, Id, Rect, Ui, Vec2, pos2, vec2};

use super::deck::Slide;
use super::languages::{RoomWords, room_words};
use super::memo::remembered;
use super::text::{MIN_TEXT_SHARE, PlacedText, Role, fit_lines, size, text_size, words_fit};
use crate::gui::theme::Palette;
use crate::model::{Poll, PollMethod, PollStatus, Session};

/// The scales the slide's sizes shrink by together, largest first; 0 is the room's minimum.
const SCALES: [f32; 7] = [1.0, 0.9, 0.8, 0.7, 0.6, 0.5, 0.0];

/// The slide of a hand count while hands are up, laid out in `full`, showing `page` (counted
/// from 0; one past the last shows the last); `None` for any other slide, which lays out as
/// usual.
pub fn hands_layout(
    ui: &Ui,
    session: &Session,
    slide: &Slide,
    palette: &Palette,
    full: Rect,
    page: usize,
) -> Option<Vec<PlacedText>> {
    let ctx = ui.ctx();
    let poll = hand_count(session, slide)?;
    let words = room_words(ctx);
    let texts = texts(session, poll, &words);
    let pages = pages(ctx, &texts, full.width() / full.height().max(1.0));
    let page = page.min(pages.len().saturating_sub(1));
    let range = pages.get(page).cloned().unwrap_or(0..texts.items.len());
    let paged = pages.len() > 1;
    let shown = Texts {
        header: texts.header.clone(),
        items: texts.items[range].to_vec(),
    };
    let body = if paged { above_footer(full) } else { full };
    let mut key = DefaultHasher::new();
    for (text, ..) in &shown.header {
        text.hash(&mut key);
    }
    shown.items.hash(&mut key);
    [body.width(), body.height(), full.height()]
        .map(f32::to_bits)
        .hash(&mut key);
    let choice = remembered(ctx, Id::unique("hands-up"), key.finish(), 4, || {
        shown.choose(ctx, body, full.height())
    });
    let mut placed = shown.place(ctx, choice, palette, body, full.height());
    if paged {
        let words = crate::tr!(
            words.first,
            "room-choices-page",
            count = texts.items.len(),
            page = page + 1,
            pages = pages.len()
        );
        let size = size(Role::Small, 0.0, full.height()).max(MIN_TEXT_SHARE * full.height());
        let area = inside(full);
        let tall = text_size(ctx, &words, size, area.width()).y;
        placed.push(PlacedText {
            text: words,
            rect: Rect::from_min_max(pos2(area.left(), area.bottom() - tall), area.max),
            size,
            color: palette.muted,
            align: Align::Max,
        });
    }
    Some(placed)
}

/// How many pages the hand count on `slide` takes on a projector of shape `aspect` (width over
/// height); `None` when the slide is not a hand count with hands up.
pub fn hands_pages(ctx: &Context, session: &Session, slide: &Slide, aspect: f32) -> Option<usize> {
    let poll = hand_count(session, slide)?;
    Some(pages(ctx, &texts(session, poll, &room_words(ctx)), aspect).len())
}

/// The open hand count `slide` asks for, if it is one.
fn hand_count<'a>(session: &'a Session, slide: &Slide) -> Option<&'a Poll> {
    let Slide::PollBallot(id) = slide else {
        return None;
    };
    session
        .poll(id)
        .filter(|poll| poll.method == PollMethod::Tally && poll.status == PollStatus::Open)
}

/// What the slide of `poll` says: its header (Plaza's words in both languages when the room
/// speaks two) and every choice, numbered.
fn texts(session: &Session, poll: &Poll, words: &RoomWords) -> Texts {
    let first = words.first;
    let mut header = Vec::new();
    let mut both = |(text, under): (String, Option<String>), role: Role| {
        header.push((text, role, false));
        header.extend(under.map(|under| (under, role, true)));
    };
    both(
        words.both(|w| w.method_name(&poll.method).to_uppercase()),
        Role::Kicker,
    );
    both((poll.question.clone(), None), Role::Title);
    both(words.both(|w| w.get("room-hands-open")), Role::Body);
    Texts {
        header,
        items: poll
            .items
            .iter()
            .enumerate()
            .map(|(index, item)| format!("{}.  {}", index + 1, first.item_label(session, item)))
            .collect(),
    }
}

/// The height the pages are worked out at, so the preview and the projector (of one shape)
/// break them in the same places and the clicker knows how many there are.
const REFERENCE_HEIGHT: f32 = 1080.0;

/// The band at the foot of a paged slide that says which page it is.
const FOOTER_SHARE: f32 = 0.07;

/// The slide above its footer.
fn above_footer(full: Rect) -> Rect {
    Rect::from_min_max(
        full.min,
        pos2(full.right(), full.bottom() - FOOTER_SHARE * full.height()),
    )
}

/// The choices of each page: all on one when they fit the strict way (every name told apart,
/// no word broken); else as many as fit so on each page in turn, worked out at the reference
/// height and kept between frames.
fn pages(ctx: &Context, texts: &Texts, aspect: f32) -> Vec<Range<usize>> {
    let aspect = (aspect * 100.0).round() / 100.0;
    let mut key = DefaultHasher::new();
    for (text, ..) in &texts.header {
        text.hash(&mut key);
    }
    texts.items.hash(&mut key);
    aspect.to_bits().hash(&mut key);
    let all = texts.items.len();
    remembered(ctx, Id::unique("hands-pages"), key.finish(), 4, || {
        let height = REFERENCE_HEIGHT;
        let full = Rect::from_min_size(egui::Pos2::ZERO, vec2(aspect.max(0.1) * height, height));
        let fits = |range: Range<usize>, body: Rect| {
            let part = Texts {
                header: texts.header.clone(),
                items: texts.items[range].to_vec(),
            };
            part.choose(ctx, body, height).strict
        };
        if all == 0 || fits(0..all, full) {
            return std::iter::once(0..all).collect();
        }
        let body = above_footer(full);
        let mut pages = Vec::new();
        let mut start = 0;
        while start < all {
            // At least one a page, whatever its length, so every choice is shown.
            let mut end = start + 1;
            while end < all && fits(start..end + 1, body) {
                end += 1;
            }
            pages.push(start..end);
            start = end;
        }
        pages
    })
}

/// What the slide says.
struct Texts {
    /// The kind of poll, the question, and that hands are up, each with its role and whether
    /// it is the second language's words of the line above.
    header: Vec<(String, Role, bool)>,
    /// Every choice, numbered.
    items: Vec<String>,
}

/// How the choices are laid out.
#[derive(Debug, Clone, Copy, PartialEq)]
struct Choice {
    columns: usize,
    scale: f32,
    /// At most this many lines to a name, or whole.
    lines: Option<usize>,
    /// No word may break and a cut name keeps a few words.
    strict: bool,
}

/// The space inside the slide's margins.
fn inside(full: Rect) -> Rect {
    full.shrink2(vec2(0.07 * full.width(), 0.08 * full.height()))
}

/// How much smaller a second language's line is than its first.
const UNDER_SHARE: f32 = 0.72;

/// The size of a header line at `scale`: a second language's a step smaller, never below the
/// room's minimum.
fn header_size(role: Role, under: bool, scale: f32, height: f32) -> f32 {
    size(
        role,
        if under { scale * UNDER_SHARE } else { scale },
        height,
    )
}

/// The space after header line `index`: a little between a line and its second language.
fn header_gap(header: &[(String, Role, bool)], index: usize, height: f32) -> f32 {
    if header.get(index + 1).is_some_and(|next| next.2) {
        0.006 * height
    } else {
        gap(header[index].1, height)
    }
}

fn gap(role: Role, height: f32) -> f32 {
    match role {
        Role::Kicker => 0.015 * height,
        Role::Title => 0.035 * height,
        _ => 0.02 * height,
    }
}

/// The fewest words of a choice a cut keeps (all of a shorter one): enough to tell one idea
/// from the next.
const WORDS_KEPT: usize = 3;

/// Whether `shown`, a cut of `item` ("12.  Let every team…"), breaks no word and keeps a few
/// of the choice's words after its number.
fn readable_cut(ctx: &Context, item: &str, shown: &str, (size, width): (f32, f32)) -> bool {
    let kept = shown.trim_end_matches('…').split_whitespace().count();
    let words = item.split_whitespace().count().saturating_sub(1);
    words_fit(ctx, shown, size, width) && kept > words.min(WORDS_KEPT)
}

impl Texts {
    /// The first way that fits: whole names before cut ones, fewer columns before more, larger
    /// sizes before smaller; the most compact if none does.
    fn choose(&self, ctx: &Context, full: Rect, height: f32) -> Choice {
        let mut last = None;
        // First so that no word breaks and every cut name keeps a few words; failing that,
        // so that it fits at all.
        for strict in [true, false] {
            for lines in [None, Some(2), Some(1)] {
                for columns in 1..=3 {
                    for scale in SCALES {
                        let choice = Choice {
                            columns,
                            scale,
                            lines,
                            strict,
                        };
                        if self.fits(ctx, choice, full, height) {
                            return choice;
                        }
                        last = Some(choice);
                    }
                }
            }
        }
        last.unwrap_or(Choice {
            columns: 3,
            scale: 0.0,
            lines: Some(1),
            strict: false,
        })
    }

    fn fits(&self, ctx: &Context, choice: Choice, full: Rect, height: f32) -> bool {
        let area = inside(full);
        self.items_size(ctx, choice, full, height)
            .is_some_and(|items| {
                self.header_height(ctx, choice, full, height) + items.y <= area.height()
            })
    }

    fn header_height(&self, ctx: &Context, choice: Choice, full: Rect, height: f32) -> f32 {
        let width = inside(full).width();
        self.header
            .iter()
            .enumerate()
            .map(|(index, (text, role, under))| {
                let size = header_size(*role, *under, choice.scale, height);
                text_size(ctx, text, size, width).y + header_gap(&self.header, index, height)
            })
            .sum()
    }

    fn column_gap(full: Rect) -> f32 {
        0.04 * full.width()
    }

    /// Each choice as shown and its size, with `choice`'s columns; `None` when a name that
    /// should be whole would break a word.
    fn items_shown(
        &self,
        ctx: &Context,
        choice: Choice,
        full: Rect,
        height: f32,
    ) -> Option<Vec<(String, Vec2)>> {
        let gap = Self::column_gap(full);
        let columns = choice.columns as f32;
        let width = (inside(full).width() - gap * (columns - 1.0)) / columns;
        let size = size(Role::ListItem, choice.scale, height);
        self.items
            .iter()
            .map(|item| {
                let shown = match choice.lines {
                    None if !words_fit(ctx, item, size, width) => return None,
                    None => item.clone(),
                    Some(lines) => fit_lines(ctx, item, size, width, lines),
                };
                if choice.strict && !readable_cut(ctx, item, &shown, (size, width)) {
                    return None;
                }
                let measured = text_size(ctx, &shown, size, width);
                Some((shown, measured))
            })
            .collect()
    }

    /// How many choices a column holds with `choice`'s columns.
    fn per_column(&self, choice: Choice) -> usize {
        self.items.len().max(1).div_ceil(choice.columns)
    }

    /// The width and height the choices take together.
    fn items_size(&self, ctx: &Context, choice: Choice, full: Rect, height: f32) -> Option<Vec2> {
        let shown = self.items_shown(ctx, choice, full, height)?;
        let per_column = self.per_column(choice);
        let gap = gap(Role::ListItem, height);
        let columns: Vec<Vec2> = shown
            .chunks(per_column)
            .map(|column| {
                let width = column.iter().map(|(_, size)| size.x).fold(0.0, f32::max);
                let height: f32 = column.iter().map(|(_, size)| size.y + gap).sum();
                vec2(width + 1.0, height)
            })
            .collect();
        let width = columns.iter().map(|column| column.x).sum::<f32>()
            + Self::column_gap(full) * columns.len().saturating_sub(1) as f32;
        let height = columns.iter().map(|column| column.y).fold(0.0, f32::max);
        Some(vec2(width, height))
    }

    /// Places the header centred across the slide and the choices below it, in columns read
    /// top to bottom, the whole block centred on the slide.
    fn place(
        &self,
        ctx: &Context,
        choice: Choice,
        palette: &Palette,
        full: Rect,
        height: f32,
    ) -> Vec<PlacedText> {
        let area = inside(full);
        let shown = self
            .items_shown(ctx, choice, full, height)
            .or_else(|| {
                let cut = Choice {
                    lines: Some(1),
                    ..choice
                };
                self.items_shown(ctx, cut, full, height)
            })
            .unwrap_or_default();
        let items = self
            .items_size(ctx, choice, full, height)
            .unwrap_or_default();
        let content = self.header_height(ctx, choice, full, height) + items.y;
        let mut top = area.top() + ((area.height() - content) / 2.0).max(0.0);
        let mut placed = Vec::new();
        for (index, (text, role, under)) in self.header.iter().enumerate() {
            let size = header_size(*role, *under, choice.scale, height);
            let colour = if *under {
                palette.muted
            } else if *role == Role::Kicker {
                palette.heading
            } else {
                palette.text
            };
            let tall = text_size(ctx, text, size, area.width()).y;
            placed.push(PlacedText {
                text: text.clone(),
                rect: Rect::from_min_size(pos2(area.left(), top), vec2(area.width(), tall)),
                size,
                color: colour,
                align: Align::Center,
            });
            top += tall + header_gap(&self.header, index, height);
        }
        let size = size(Role::ListItem, choice.scale, height);
        let mut left = area.center().x - items.x / 2.0;
        for column in shown.chunks(self.per_column(choice)) {
            let width = column.iter().map(|(_, size)| size.x).fold(0.0, f32::max) + 1.0;
            let mut y = top;
            for (text, measured) in column {
                placed.push(PlacedText {
                    text: text.clone(),
                    rect: Rect::from_min_size(pos2(left, y), vec2(width, measured.y)),
                    size,
                    color: palette.text,
                    align: Align::Min,
                });
                y += measured.y + gap(Role::ListItem, height);
            }
            left += width + Self::column_gap(full);
        }
        placed
    }
}
