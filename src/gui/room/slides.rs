//! What the room sees: one slide, large and calm, fitted to the window. Every text is at least
//! 4% of the window's height (the back row at 12 m), wraps to fit, and is never clipped.

use egui::{Align, Color32, FontId, Rect, Sense, Ui, Vec2, vec2};

use crate::gui::room::deck::Slide;
use crate::gui::room::hands::hands_layout;
use crate::gui::room::text::{
    PlacedText, Role, galley_size, place_galley, placed_text_ui, size as text_size,
};
use crate::gui::theme::Palette;
use crate::model::{
    Framework, Note, Poll, PollStatus, Score, SectionKind, Session, counted, long_date, plural,
    poll_results,
};

struct Block {
    text: String,
    role: Role,
}

fn block(role: Role, text: impl Into<String>) -> Block {
    Block {
        text: text.into(),
        role,
    }
}

/// The lines of text a slide shows, in order.
fn blocks(session: &Session, slide: &Slide) -> Vec<Block> {
    let framework = &session.framework;
    match slide {
        Slide::Title => title_blocks(session),
        Slide::Mission => section_blocks(framework, SectionKind::Mission),
        Slide::Vision => section_blocks(framework, SectionKind::Vision),
        Slide::Commitment(id) => item_blocks(session, SectionKind::Mission, id),
        Slide::VisionGoal(id) => item_blocks(session, SectionKind::Vision, id),
        Slide::Value(id) => item_blocks(session, SectionKind::Values, id),
        Slide::PollBallot(id) | Slide::PollResults(id) => {
            let results = matches!(slide, Slide::PollResults(_));
            match session.poll(id) {
                Some(poll) => poll_blocks(session, poll, results),
                None => vec![block(Role::Title, "This poll was removed")],
            }
        }
        Slide::NotesWall => wall_blocks(session),
        Slide::Actions => action_blocks(session),
        Slide::Closing => vec![
            block(Role::Title, "Thank you"),
            block(Role::Muted, &session.title),
        ],
    }
}

/// The framework's title, the session's, and when and where.
fn title_blocks(session: &Session) -> Vec<Block> {
    let place = [long_date(session.date), session.venue.clone()]
        .into_iter()
        .filter(|part| !part.is_empty())
        .collect::<Vec<_>>()
        .join(" · ");
    vec![
        block(Role::Kicker, &session.framework.title),
        block(Role::Title, &session.title),
        block(Role::Muted, place),
    ]
}

/// A section's intro and all its items, as a list.
fn section_blocks(framework: &Framework, kind: SectionKind) -> Vec<Block> {
    let section = framework.section(kind);
    let mut out = vec![
        block(Role::Kicker, section.name(kind).to_uppercase()),
        block(Role::Body, &section.intro),
    ];
    out.extend(
        section
            .items
            .iter()
            .map(|item| block(Role::ListItem, format!("•  {}", item.full_text()))),
    );
    out
}

/// One item: its heading large and its text below (a vision goal, which has no heading, its
/// sentence large).
fn item_blocks(session: &Session, kind: SectionKind, id: &str) -> Vec<Block> {
    let mut out = vec![block(Role::Kicker, session.framework.item_kicker(kind))];
    match session.framework.item(id) {
        Some(item) if item.heading.is_empty() => out.push(block(Role::Title, &item.text)),
        Some(item) => {
            out.push(block(Role::Title, &item.heading));
            out.push(block(Role::Body, &item.text));
        }
        None => out.push(block(Role::Title, id)),
    }
    out
}

/// A poll's question and where it stands, or (`results`, once revealed) its results as a list.
fn poll_blocks(session: &Session, poll: &Poll, results: bool) -> Vec<Block> {
    let cast = counted(poll.ballots.len() as u64, "ballot cast", "ballots cast");
    let mut out = vec![
        block(Role::Kicker, poll.method.name().to_uppercase()),
        block(Role::Title, &poll.question),
    ];
    if results && poll.status == PollStatus::Revealed {
        for row in poll_results(poll).rows {
            let score = match row.score {
                Score::Total(total) => format!("{total}"),
                Score::Rating {
                    mean: Some(mean),
                    count,
                    few,
                    ..
                } => format!(
                    "{mean:.1} ({count} rated{})",
                    if few { ", few" } else { "" }
                ),
                Score::Rating { mean: None, .. } => "–".into(),
                Score::Borda { points, .. } => counted(points, "point", "points"),
            };
            let label = session.item_label(&row.item);
            out.push(block(
                Role::ListItem,
                format!("{}.  {label}  —  {score}", row.rank),
            ));
        }
    } else {
        let state = match poll.status {
            PollStatus::Draft => "Voting opens soon",
            PollStatus::Open => "Voting is open",
            PollStatus::Closed => "Voting is closed · results soon",
            PollStatus::Revealed => "Results are in",
        };
        out.push(block(Role::Body, state));
    }
    if poll.method.takes_ballots() {
        out.push(block(Role::Muted, cast));
    }
    out
}

/// The latest notes, for a wall that cannot be drawn as cards.
fn wall_blocks(session: &Session) -> Vec<Block> {
    let mut out = vec![
        block(Role::Kicker, "NOTES"),
        block(Role::Title, "What we heard"),
    ];
    out.extend(session.notes.iter().rev().take(5).map(|note| {
        let group = if note.group.is_empty() {
            String::new()
        } else {
            format!("  ({})", note.group)
        };
        block(Role::ListItem, format!("•  {}{group}", note.text))
    }));
    out.push(block(Role::Muted, plural(session.notes.len(), "note")));
    out
}

/// Every action item: what, who, by when.
fn action_blocks(session: &Session) -> Vec<Block> {
    let mut out = vec![
        block(Role::Kicker, "NEXT STEPS"),
        block(Role::Title, "Action items"),
    ];
    out.extend(session.actions.iter().map(|action| {
        let mut line = format!("•  {}", action.text);
        if !action.owner.is_empty() {
            line.push_str(&format!(" — {}", action.owner));
        }
        if let Some(due) = action.due {
            line.push_str(&format!(", by {}", due.format("%-d %b")));
        }
        block(Role::ListItem, line)
    }));
    if session.actions.is_empty() {
        out.push(block(Role::Body, "None yet"));
    }
    out
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
    for block in blocks {
        let size = text_size(block.role, scale, height);
        let galley = ui.ctx().fonts_mut(|fonts| {
            fonts.layout(
                block.text.clone(),
                FontId::proportional(size),
                color(block.role, palette),
                area.x,
            )
        });
        total += galley.size().y + gap(block.role, height);
        galleys.push(galley);
    }
    (total <= area.y).then_some(galleys)
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
    fit_blocks(ui, blocks(session, slide), palette, full)
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
    let about = note.about.name(session);
    let mut out = vec![
        block(Role::Kicker, format!("{about}  ·  {}", note.kind.name())),
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
    let height = full.height();
    let margin = vec2(full.width() * 0.07, height * 0.08);
    let area = full.shrink2(margin);
    let galleys = loop {
        let fitted = [1.0, 0.9, 0.8, 0.7, 0.6, 0.5, 0.0]
            .into_iter()
            .find_map(|scale| layout(ui, &blocks, palette, area.size(), height, scale));
        if let Some(galleys) = fitted {
            break galleys;
        }
        let Some(last_item) = blocks.iter().rposition(|b| b.role == Role::ListItem) else {
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
        let hidden = 1 + blocks
            .iter()
            .filter(|b| b.text.starts_with("… and "))
            .count();
        blocks.remove(last_item);
        blocks.retain(|b| !b.text.starts_with("… and "));
        blocks.insert(
            last_item,
            block(Role::Muted, format!("… and {hidden} more")),
        );
    };
    let content: f32 = galleys
        .iter()
        .zip(&blocks)
        .map(|(g, b)| g.size().y + gap(b.role, height))
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
    galleys
        .into_iter()
        .zip(blocks)
        .map(|(galley, block)| {
            let (left, width, align) = if block.role == Role::ListItem {
                (area.center().x - list_width / 2.0, list_width, Align::Min)
            } else {
                (area.left(), area.width(), Align::Center)
            };
            let rect = Rect::from_min_size(egui::pos2(left, top), vec2(width, galley.size().y));
            top += galley.size().y + gap(block.role, height);
            PlacedText {
                size: galley_size(&galley),
                color: color(block.role, palette),
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
