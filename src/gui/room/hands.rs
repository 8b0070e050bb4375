//! A hand count on the projector while hands are up: the question and every choice, numbered,
//! so the room can read what the facilitator calls out. No count shows until the results are
//! revealed. Every choice is on the slide (none is left for "… and N more": a hand count needs
//! them all), in one column if they fit, else two or three; the names whole, else cut after a
//! word to two lines, then one; all sizes shrinking together, never below the room's minimum.

use std::hash::{DefaultHasher, Hash, Hasher};

use egui::{Align, Id, Rect, Ui, Vec2, pos2, vec2};

use super::deck::Slide;
use super::memo::remembered;
use super::text::{PlacedText, Role, fit_lines, size, text_size, words_fit};
use crate::gui::theme::Palette;
use crate::model::{PollMethod, PollStatus, Session};

/// The scales the slide's sizes shrink by together, largest first; 0 is the room's minimum.
const SCALES: [f32; 7] = [1.0, 0.9, 0.8, 0.7, 0.6, 0.5, 0.0];

/// The slide of a hand count while hands are up, laid out in `full`; `None` for any other
/// slide, which lays out as usual.
pub fn hands_layout(
    ui: &Ui,
    session: &Session,
    slide: &Slide,
    palette: &Palette,
    full: Rect,
) -> Option<Vec<PlacedText>> {
    let Slide::PollBallot(id) = slide else {
        return None;
    };
    let poll = session
        .poll(id)
        .filter(|poll| poll.method == PollMethod::Tally && poll.status == PollStatus::Open)?;
    let texts = Texts {
        header: [
            (poll.method.name().to_uppercase(), Role::Kicker),
            (poll.question.clone(), Role::Title),
            (
                "Voting is open: hands up as each is read".into(),
                Role::Body,
            ),
        ],
        items: poll
            .items
            .iter()
            .enumerate()
            .map(|(index, item)| format!("{}.  {}", index + 1, session.item_label(item)))
            .collect(),
    };
    let mut key = DefaultHasher::new();
    for (text, _) in &texts.header {
        text.hash(&mut key);
    }
    texts.items.hash(&mut key);
    [full.width(), full.height()]
        .map(f32::to_bits)
        .hash(&mut key);
    let choice = remembered(ui.ctx(), Id::unique("hands-up"), key.finish(), 4, || {
        texts.choose(ui, full)
    });
    Some(texts.place(ui, choice, palette, full))
}

/// What the slide says.
struct Texts {
    /// The kind of poll, the question, and that hands are up, each with its role.
    header: [(String, Role); 3],
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
fn readable_cut(ui: &Ui, item: &str, shown: &str, (size, width): (f32, f32)) -> bool {
    let kept = shown.trim_end_matches('…').split_whitespace().count();
    let words = item.split_whitespace().count().saturating_sub(1);
    words_fit(ui, shown, size, width) && kept > words.min(WORDS_KEPT)
}

impl Texts {
    /// The first way that fits: whole names before cut ones, fewer columns before more, larger
    /// sizes before smaller; the most compact if none does.
    fn choose(&self, ui: &Ui, full: Rect) -> Choice {
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
                        if self.fits(ui, choice, full) {
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

    fn fits(&self, ui: &Ui, choice: Choice, full: Rect) -> bool {
        let area = inside(full);
        self.items_size(ui, choice, full)
            .is_some_and(|items| self.header_height(ui, choice, full) + items.y <= area.height())
    }

    fn header_height(&self, ui: &Ui, choice: Choice, full: Rect) -> f32 {
        let (width, height) = (inside(full).width(), full.height());
        self.header
            .iter()
            .map(|(text, role)| {
                let size = size(*role, choice.scale, height);
                text_size(ui, text, size, width).y + gap(*role, height)
            })
            .sum()
    }

    fn column_gap(full: Rect) -> f32 {
        0.04 * full.width()
    }

    /// Each choice as shown and its size, with `choice`'s columns; `None` when a name that
    /// should be whole would break a word.
    fn items_shown(&self, ui: &Ui, choice: Choice, full: Rect) -> Option<Vec<(String, Vec2)>> {
        let gap = Self::column_gap(full);
        let columns = choice.columns as f32;
        let width = (inside(full).width() - gap * (columns - 1.0)) / columns;
        let size = size(Role::ListItem, choice.scale, full.height());
        self.items
            .iter()
            .map(|item| {
                let shown = match choice.lines {
                    None if !words_fit(ui, item, size, width) => return None,
                    None => item.clone(),
                    Some(lines) => fit_lines(ui, item, size, width, lines),
                };
                if choice.strict && !readable_cut(ui, item, &shown, (size, width)) {
                    return None;
                }
                let measured = text_size(ui, &shown, size, width);
                Some((shown, measured))
            })
            .collect()
    }

    /// How many choices a column holds with `choice`'s columns.
    fn per_column(&self, choice: Choice) -> usize {
        self.items.len().max(1).div_ceil(choice.columns)
    }

    /// The width and height the choices take together.
    fn items_size(&self, ui: &Ui, choice: Choice, full: Rect) -> Option<Vec2> {
        let shown = self.items_shown(ui, choice, full)?;
        let per_column = self.per_column(choice);
        let gap = gap(Role::ListItem, full.height());
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
    fn place(&self, ui: &Ui, choice: Choice, palette: &Palette, full: Rect) -> Vec<PlacedText> {
        let area = inside(full);
        let height = full.height();
        let shown = self
            .items_shown(ui, choice, full)
            .or_else(|| {
                let cut = Choice {
                    lines: Some(1),
                    ..choice
                };
                self.items_shown(ui, cut, full)
            })
            .unwrap_or_default();
        let items = self.items_size(ui, choice, full).unwrap_or_default();
        let content = self.header_height(ui, choice, full) + items.y;
        let mut top = area.top() + ((area.height() - content) / 2.0).max(0.0);
        let mut placed = Vec::new();
        for (text, role) in &self.header {
            let size = size(*role, choice.scale, height);
            let colour = if *role == Role::Kicker {
                palette.heading
            } else {
                palette.text
            };
            let tall = text_size(ui, text, size, area.width()).y;
            placed.push(PlacedText {
                text: text.clone(),
                rect: Rect::from_min_size(pos2(area.left(), top), vec2(area.width(), tall)),
                size,
                color: colour,
                align: Align::Center,
            });
            top += tall + gap(*role, height);
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
