//! What the room sees: one slide, large and calm, fitted to the window. Every text is at least
//! 4% of the window's height (the back row at 12 m), wraps to fit, and is never clipped.

use egui::{Align, Color32, FontId, Rect, Sense, Ui, Vec2, vec2};

use crate::gui::room::deck::Slide;
use crate::gui::room::hands::hands_layout;
use crate::gui::room::languages::{RoomWords, room_words};
use crate::gui::room::names::{
    about_name, item_kicker, item_label, kind_name, method_name, section_name,
};
use crate::gui::room::text::{
    PlacedText, Role, galley_size, place_galley, placed_text_ui, size as text_size,
};
use crate::gui::theme::Palette;
use crate::model::{Note, Poll, PollStatus, Score, SectionKind, Session, poll_results};
use crate::words::{Arg, Words};

struct Block {
    text: String,
    role: Role,
    /// The second language's words of the block above, smaller and muted.
    under: bool,
}

fn block(role: Role, text: impl Into<String>) -> Block {
    Block {
        text: text.into(),
        role,
        under: false,
    }
}

/// A block in the room's first language, and its second language below when the projector
/// speaks two and the words differ.
fn both(out: &mut Vec<Block>, role: Role, (first, second): (String, Option<String>)) {
    out.push(block(role, first));
    if let Some(second) = second {
        out.push(Block {
            text: second,
            role,
            under: true,
        });
    }
}

/// The same with a room word of Plaza's own, by its key.
fn said(out: &mut Vec<Block>, words: &RoomWords, role: Role, say: impl Fn(&Words) -> String) {
    both(out, role, words.both(say));
}

/// The lines of text a slide shows, in order.
fn blocks(session: &Session, slide: &Slide, words: &RoomWords) -> Vec<Block> {
    match slide {
        Slide::Title => title_blocks(session, words),
        Slide::Mission => section_blocks(session, SectionKind::Mission, words),
        Slide::Vision => section_blocks(session, SectionKind::Vision, words),
        Slide::Commitment(id) => item_blocks(session, SectionKind::Mission, id, words),
        Slide::VisionGoal(id) => item_blocks(session, SectionKind::Vision, id, words),
        Slide::Value(id) => item_blocks(session, SectionKind::Values, id, words),
        Slide::PollBallot(id) | Slide::PollResults(id) => {
            let results = matches!(slide, Slide::PollResults(_));
            match session.poll(id) {
                Some(poll) => poll_blocks(session, poll, results, words),
                None => {
                    let mut out = Vec::new();
                    said(&mut out, words, Role::Title, |w| w.get("room-poll-removed"));
                    out
                }
            }
        }
        Slide::NotesWall => wall_blocks(session, words),
        Slide::Actions => action_blocks(session, words),
        Slide::Closing => {
            let mut out = Vec::new();
            said(&mut out, words, Role::Title, |w| w.get("room-slide-thanks"));
            out.push(block(Role::Muted, &session.title));
            out
        }
    }
}

/// The framework's title, the session's, and when and where.
fn title_blocks(session: &Session, words: &RoomWords) -> Vec<Block> {
    let place = [words.first.date_long(session.date), session.venue.clone()]
        .into_iter()
        .filter(|part| !part.is_empty())
        .collect::<Vec<_>>()
        .join(" · ");
    let framework = &session.framework;
    let mut out = Vec::new();
    both(
        &mut out,
        Role::Kicker,
        words.both_tags(|tag| framework.title_in(tag)),
    );
    out.push(block(Role::Title, &session.title));
    out.push(block(Role::Muted, place));
    out
}

/// A section's intro and all its items, as a list.
fn section_blocks(session: &Session, kind: SectionKind, words: &RoomWords) -> Vec<Block> {
    let section = session.framework.section(kind);
    let mut out = Vec::new();
    said(&mut out, words, Role::Kicker, |w| {
        section_name(session, kind, w).to_uppercase()
    });
    both(
        &mut out,
        Role::Body,
        words.both_tags(|tag| section.intro_in(tag)),
    );
    for item in &section.items {
        both(
            &mut out,
            Role::ListItem,
            words.both(|w| format!("•  {}", item.full_text_in(w.lang().tag()))),
        );
    }
    out
}

/// One item: its heading large and its text below (a vision goal, which has no heading, its
/// sentence large).
fn item_blocks(session: &Session, kind: SectionKind, id: &str, words: &RoomWords) -> Vec<Block> {
    let mut out = Vec::new();
    said(&mut out, words, Role::Kicker, |w| {
        item_kicker(session, kind, w)
    });
    match session.framework.item(id) {
        Some(item) if item.heading.is_empty() => {
            both(
                &mut out,
                Role::Title,
                words.both_tags(|tag| item.text_in(tag)),
            );
        }
        Some(item) => {
            both(
                &mut out,
                Role::Title,
                words.both_tags(|tag| item.heading_in(tag)),
            );
            both(
                &mut out,
                Role::Body,
                words.both_tags(|tag| item.text_in(tag)),
            );
        }
        None => out.push(block(Role::Title, id)),
    }
    out
}

/// A poll's question and where it stands, or (`results`, once revealed) its results as a list.
fn poll_blocks(session: &Session, poll: &Poll, results: bool, words: &RoomWords) -> Vec<Block> {
    let first = words.first;
    let mut out = Vec::new();
    said(&mut out, words, Role::Kicker, |w| {
        method_name(&poll.method, w).to_uppercase()
    });
    out.push(block(Role::Title, &poll.question));
    if results && poll.status == PollStatus::Revealed {
        for row in poll_results(poll).rows {
            let score = match row.score {
                Score::Total(total) => format!("{total}"),
                Score::Rating {
                    mean: Some(mean),
                    count,
                    few,
                    ..
                } => {
                    let mean = Arg::decimal(mean, 1);
                    if few {
                        crate::tr!(first, "room-rating-score-few", mean = mean, count = count)
                    } else {
                        crate::tr!(first, "room-rating-score", mean = mean, count = count)
                    }
                }
                Score::Rating { mean: None, .. } => "–".into(),
                Score::Borda { points, .. } => crate::tr!(first, "room-points", count = points),
            };
            let label = item_label(session, &row.item, first);
            out.push(block(
                Role::ListItem,
                format!("{}.  {label}  —  {score}", row.rank),
            ));
        }
    } else {
        said(&mut out, words, Role::Body, |w| match poll.status {
            PollStatus::Draft => w.get("room-poll-draft"),
            PollStatus::Open => w.get("room-poll-open"),
            PollStatus::Closed => w.get("room-poll-closed"),
            PollStatus::Revealed => w.get("room-poll-revealed"),
        });
    }
    if poll.method.takes_ballots() {
        let cast = poll.ballots.len();
        out.push(block(
            Role::Muted,
            crate::tr!(first, "room-ballots-cast", count = cast),
        ));
    }
    out
}

/// The latest notes, for a wall that cannot be drawn as cards.
fn wall_blocks(session: &Session, words: &RoomWords) -> Vec<Block> {
    let mut out = Vec::new();
    said(&mut out, words, Role::Kicker, |w| {
        w.get("room-notes-kicker")
    });
    said(&mut out, words, Role::Title, |w| w.get("room-notes-title"));
    out.extend(session.notes.iter().rev().take(5).map(|note| {
        let group = if note.group.is_empty() {
            String::new()
        } else {
            format!("  ({})", note.group)
        };
        block(Role::ListItem, format!("•  {}{group}", note.text))
    }));
    let count = session.notes.len();
    out.push(block(
        Role::Muted,
        crate::tr!(words.first, "room-notes-count", count = count),
    ));
    out
}

/// Every action item: what, who, by when.
fn action_blocks(session: &Session, words: &RoomWords) -> Vec<Block> {
    let mut out = Vec::new();
    said(&mut out, words, Role::Kicker, |w| {
        w.get("room-actions-kicker")
    });
    said(&mut out, words, Role::Title, |w| {
        w.get("room-slide-actions")
    });
    out.extend(session.actions.iter().map(|action| {
        let mut line = format!("•  {}", action.text);
        if !action.owner.is_empty() {
            line.push_str(&format!(" — {}", action.owner));
        }
        if let Some(due) = action.due {
            let date = words.first.date_day_month(due);
            line.push_str(&format!(
                ", {}",
                crate::tr!(words.first, "room-action-due", date = date)
            ));
        }
        block(Role::ListItem, line)
    }));
    if session.actions.is_empty() {
        said(&mut out, words, Role::Body, |w| w.get("room-actions-none"));
    }
    out
}

/// The font size of `block` at `scale`: a second language's line a step smaller than its
/// first, never below the room's minimum.
fn block_size(block: &Block, scale: f32, height: f32) -> f32 {
    if block.under {
        text_size(block.role, scale * UNDER_SHARE, height)
    } else {
        text_size(block.role, scale, height)
    }
}

/// How much smaller a second language's line is than its first.
const UNDER_SHARE: f32 = 0.72;

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

/// Lays out the blocks at `scale` and returns each galley, or `None` if they do not fit.
fn layout(
    ui: &Ui,
    blocks: &[Block],
    palette: &Palette,
    area: Vec2,
    height: f32,
    scale: f32,
) -> Option<Vec<std::sync::Arc<egui::Galley>>> {
    let mut total = 0.0;
    let mut galleys = Vec::with_capacity(blocks.len());
    for (index, block) in blocks.iter().enumerate() {
        let size = block_size(block, scale, height);
        let galley = ui.ctx().fonts_mut(|fonts| {
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

/// Fits the slide's text into `full`: sizes shrink together until everything fits, never below
/// [`MIN_TEXT_SHARE`] of the height; if even that does not fit, list entries are dropped from
/// the end and replaced by "… and N more", rather than clipped.
pub fn slide_layout(
    ui: &Ui,
    session: &Session,
    slide: &Slide,
    palette: &Palette,
    full: Rect,
) -> Vec<PlacedText> {
    if let Some(placed) = hands_layout(ui, session, slide, palette, full, 0) {
        return placed;
    }
    let words = room_words(ui.ctx());
    fit_blocks(ui, blocks(session, slide, &words), palette, full)
}

/// Fits one note, alone and large, as the spotlight shows it: what it is about and its kind
/// (in the kind's colour), the words, and who said it unless `name_group` is false (a group
/// may not want to be named).
pub fn spotlight_layout(
    ui: &Ui,
    session: &Session,
    note: &Note,
    palette: &Palette,
    full: Rect,
    name_group: bool,
) -> Vec<PlacedText> {
    let words = room_words(ui.ctx()).first;
    let about = about_name(&note.about, session, words);
    let kind = kind_name(note.kind, words);
    let mut out = vec![
        block(Role::Kicker, format!("{about}  ·  {kind}")),
        block(Role::Spotlight, note.text.trim()),
    ];
    if name_group && !note.group.trim().is_empty() {
        out.push(block(Role::Muted, format!("— {}", note.group.trim())));
    }
    let mut placed = fit_blocks(ui, out, palette, full);
    if let Some(kicker) = placed.first_mut() {
        kicker.color = palette.kind(note.kind);
    }
    placed
}

fn fit_blocks(ui: &Ui, mut blocks: Vec<Block>, palette: &Palette, full: Rect) -> Vec<PlacedText> {
    let words = room_words(ui.ctx());
    let height = full.height();
    let margin = vec2(full.width() * 0.07, height * 0.08);
    let area = full.shrink2(margin);
    // Entries dropped so far, and where their "… and N more" stands.
    let mut hidden: Option<(usize, usize)> = None;
    let galleys = loop {
        let fitted = [1.0, 0.9, 0.8, 0.7, 0.6, 0.5, 0.0]
            .into_iter()
            .find_map(|scale| layout(ui, &blocks, palette, area.size(), height, scale));
        if let Some(galleys) = fitted {
            break galleys;
        }
        let last_item = blocks
            .iter()
            .rposition(|b| b.role == Role::ListItem && !b.under);
        // With no list to shorten, a second language's longest line goes first: the slide
        // keeps the first language whole rather than clip either.
        if last_item.is_none()
            && let Some(longest) = (0..blocks.len())
                .filter(|&index| blocks[index].under)
                .max_by_key(|&index| blocks[index].text.len())
        {
            blocks.remove(longest);
            continue;
        }
        let Some(last_item) = last_item else {
            break layout(
                ui,
                &blocks,
                palette,
                vec2(area.width(), f32::INFINITY),
                height,
                0.0,
            )
            .unwrap_or_default();
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
    let content: f32 = galleys
        .iter()
        .enumerate()
        .map(|(index, g)| g.size().y + gap_after(&blocks, index, height))
        .sum();
    let mut top = area.top() + ((area.height() - content) / 2.0).max(0.0);
    // Lists read best left-aligned, as one block centred on the slide.
    let list_width = galleys
        .iter()
        .zip(&blocks)
        .filter(|(_, block)| block.role == Role::ListItem)
        .map(|(galley, _)| galley.size().x + 1.0)
        .fold(0.0_f32, f32::max)
        .min(area.width());
    let gaps: Vec<f32> = (0..blocks.len())
        .map(|index| gap_after(&blocks, index, height))
        .collect();
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
            let rect = Rect::from_min_size(egui::pos2(left, top), vec2(width, galley.size().y));
            top += galley.size().y + gap;
            PlacedText {
                size: galley_size(&galley),
                color: block_colour(&block, palette),
                text: block.text,
                rect,
                align,
            }
        })
        .collect()
}

/// The activity timer as the room sees it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct TimerFace {
    /// Time left, "4:59".
    pub text: String,
    /// Time is up.
    pub done: bool,
}

/// Draws the timer in the top-right corner, in the margin the slide leaves free.
pub fn timer_ui(ui: &mut Ui, timer: &TimerFace, palette: &Palette, full: Rect) {
    let size = (0.07 * full.height()).ceil();
    let colour = if timer.done {
        palette.heading
    } else {
        palette.muted
    };
    let galley = ui.ctx().fonts_mut(|fonts| {
        fonts.layout_no_wrap(timer.text.clone(), FontId::monospace(size), colour)
    });
    let pad = vec2(0.4 * size, 0.15 * size);
    let rect = Rect::from_min_size(
        egui::pos2(
            full.right() - 0.03 * full.width() - galley.size().x - 2.0 * pad.x,
            full.top() + 0.02 * full.height(),
        ),
        galley.size() + 2.0 * pad,
    );
    if timer.done {
        // A calm frame, no flashing: the room notices without being startled.
        ui.painter().rect_stroke(
            rect,
            0.2 * size,
            egui::Stroke::new(0.06 * size, palette.heading),
            egui::StrokeKind::Inside,
        );
    }
    place_galley(ui, rect.shrink2(pad), galley);
}

/// Draws `slide` filling `ui`'s whole area, with the timer if one is set, or black when
/// `blanked`.
pub fn projector_ui(
    ui: &mut Ui,
    session: &Session,
    slide: &Slide,
    palette: &Palette,
    blanked: bool,
    timer: Option<&TimerFace>,
) {
    let full = ui.max_rect();
    if blanked {
        ui.painter().rect_filled(full, 0.0, Color32::BLACK);
        ui.allocate_rect(full, Sense::hover());
        return;
    }
    ui.painter().rect_filled(full, 0.0, palette.background);
    placed_text_ui(ui, slide_layout(ui, session, slide, palette, full));
    if let Some(timer) = timer {
        timer_ui(ui, timer, palette, full);
    }
}
