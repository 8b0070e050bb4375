//! What the room sees: one slide, large and calm, fitted to the window. Every text is at least
//! 4% of the window's height (the back row at 12 m), wraps to fit, and is never clipped.

use egui::{Color32, Context, FontId, Rect, Sense, Ui, vec2};

use crate::gui::room::deck::Slide;
use crate::gui::room::hands::hands_layout;
use crate::gui::room::languages::{RoomWords, room_words};
use crate::gui::room::slide_fit::{Block, block, both, fit_blocks, page_count, said};
use crate::gui::room::text::{PlacedText, Role, place_galley, placed_text_ui};
use crate::gui::theme::Palette;
use crate::model::{Note, Poll, PollStatus, Score, SectionKind, Session, poll_results};
use crate::words::{Arg, Words};

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
    // The date in each language; the venue, a name, once beside the first.
    let (date, second_date) = words.both(|w| w.date_long(session.date));
    let place = [date, session.venue.clone()]
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
    both(&mut out, Role::Muted, (place, second_date));
    out
}

/// A section's intro and all its items, as a list.
fn section_blocks(session: &Session, kind: SectionKind, words: &RoomWords) -> Vec<Block> {
    let section = session.framework.section(kind);
    let mut out = Vec::new();
    said(&mut out, words, Role::Kicker, |w| {
        w.section_name(session.framework.section(kind), kind)
            .to_uppercase()
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

/// The small line above one item's slide: the organisation's label in capitals, else
/// "MISSION", "VISION" or "CORE VALUE".
fn item_kicker(session: &Session, kind: SectionKind, words: &Words) -> String {
    match session.framework.section(kind).label_in(words.lang().tag()) {
        Some(label) => label.to_uppercase(),
        None => words.get(match kind {
            SectionKind::Mission => "room-kicker-mission",
            SectionKind::Vision => "room-kicker-vision",
            SectionKind::Values => "room-kicker-value",
        }),
    }
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
        w.method_name(&poll.method).to_uppercase()
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
            let label = first.item_label(session, &row.item);
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

/// Fits the slide's text into `full`, showing `page` of a slide too tall for one (counted from
/// 0): sizes shrink together until everything fits, never below the room's minimum; if even
/// that does not fit, a list's entries are dropped from the end and replaced by
/// "… and N more", and any other slide goes on pages, rather than clip or drop a line.
pub fn slide_layout(
    ui: &Ui,
    session: &Session,
    (slide, page): (&Slide, usize),
    palette: &Palette,
    full: Rect,
) -> Vec<PlacedText> {
    if let Some(placed) = hands_layout(ui, session, slide, palette, full, page) {
        return placed;
    }
    let words = room_words(ui.ctx());
    fit_blocks(
        ui.ctx(),
        blocks(session, slide, &words),
        palette,
        full,
        page,
    )
}

/// How many pages `slide` takes on a projector of shape `aspect` (width over height): one
/// unless it is too tall for the screen even at the room's smallest size and has no list to
/// shorten.
pub fn slide_pages(ctx: &Context, session: &Session, slide: &Slide, aspect: f32) -> usize {
    let words = room_words(ctx);
    // The palette's colours do not change where lines wrap.
    let palette = crate::gui::theme::ThemeChoice::Dark.palette();
    page_count(ctx, &blocks(session, slide, &words), &palette, aspect)
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
    let about = words.about_name(&note.about, session);
    let kind = words.note_kind_name(note.kind);
    let mut out = vec![
        block(Role::Kicker, format!("{about}  ·  {kind}")),
        block(Role::Spotlight, note.text.trim()),
    ];
    if name_group && !note.group.trim().is_empty() {
        out.push(block(Role::Muted, format!("— {}", note.group.trim())));
    }
    let mut placed = fit_blocks(ui.ctx(), out, palette, full, 0);
    if let Some(kicker) = placed.first_mut() {
        kicker.color = palette.kind(note.kind);
    }
    placed
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

/// Draws `slide` (at `page`, for a slide too tall for one) filling `ui`'s whole area, with
/// the timer if one is set, or black when `blanked`.
pub fn projector_ui(
    ui: &mut Ui,
    session: &Session,
    (slide, page): (&Slide, usize),
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
    placed_text_ui(ui, slide_layout(ui, session, (slide, page), palette, full));
    if let Some(timer) = timer {
        timer_ui(ui, timer, palette, full);
    }
}
