//! The notes wall: the notes of one item as cards grouped under their kind, or all notes item
//! by item (each card then starts with its kind), in pages. The room's themes come first, each
//! a group under its title. Text never shrinks below the room's minimum; more notes make more
//! pages.
//!
//! Pages are worked out once per set of notes at a reference height with the projector's shape,
//! so the console's preview and the projector break pages in the same places, and the
//! facilitator's "next page" means the same thing on both.

use std::collections::HashMap;
use std::sync::Arc;

use egui::text::{LayoutJob, TextFormat};
use egui::{Align, Color32, CornerRadius, FontId, Rect, Ui, vec2};

use crate::gui::room::languages::{RoomWords, room_words};
use crate::gui::room::memo::remembered;
use crate::gui::room::text::{MIN_TEXT_SHARE, PlacedText, place, place_measured};
use crate::gui::theme::Palette;
use crate::model::clip_words;
use crate::model::{About, Note, NoteKind, Session};
use crate::words::Words;
use flow::paginate;

mod flow;

/// Which notes the wall shows and which page of them.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct WallView {
    /// The session revision the notes are from; pages are worked out again when it changes.
    pub revision: u64,
    /// One item's notes (or general, or the parking lot); `None` shows all, item by item.
    pub about: Option<About>,
    /// The page shown, counted from 0.
    pub page: usize,
}

/// One thing placed on a page.
#[derive(Debug, Clone, PartialEq)]
enum Entry {
    /// A group heading: a theme, an item or a kind.
    Heading(Heading),
    /// A note, by its index in the session's notes.
    Card(Card),
}

/// A note on the wall.
#[derive(Debug, Clone, Copy, PartialEq)]
struct Card {
    /// Its index in the session's notes.
    note: usize,
    /// Whether the card starts with its kind: when its heading does not already say it.
    with_kind: bool,
}

/// What a group of cards shares.
#[derive(Debug, Clone, PartialEq)]
enum Grouped {
    /// A theme, by its index in the session's themes.
    Theme(usize),
    /// What the notes are about (the whole wall).
    About(About),
    /// The kind of note (one item's wall).
    Kind(NoteKind),
}

/// The heading over a group of cards.
#[derive(Debug, Clone, PartialEq)]
struct Heading {
    by: Grouped,
    /// The notes in the group.
    count: usize,
    /// Heads the rest of a group begun on an earlier page.
    continued: bool,
}

/// The longest theme title a heading shows: a wall heading is read at a glance.
const THEME_TITLE_CHARS: usize = 60;

impl Heading {
    /// Its words: a theme's title, the kind on one item's wall ("Strengths (4)"), the item on
    /// the whole wall ("COMPASSION (9)"); over the rest of a group, "(continued)" instead of
    /// the count.
    fn text(&self, session: &Session, words: &Words) -> String {
        let name = match &self.by {
            Grouped::Theme(index) => session
                .themes
                .get(*index)
                .map(|theme| clip_words(&theme.title, THEME_TITLE_CHARS))
                .unwrap_or_default(),
            Grouped::About(about) => clip_words(&words.about_name(about, session), 34),
            Grouped::Kind(kind) => words.note_kind_plural(*kind),
        };
        if self.continued {
            crate::tr!(words, "room-wall-continued", name = name)
        } else {
            format!("{name} ({})", self.count)
        }
    }

    /// Its words laid out at `size` in `colour`, and in a room that speaks two languages its
    /// second language's below, at the room's minimum size, muted; with what it reads out.
    fn job(
        &self,
        session: &Session,
        words: &RoomWords,
        (size, colour, muted): (f32, Color32, Color32),
        (width, height): (f32, f32),
    ) -> (LayoutJob, String) {
        let (first, second) = words.both(|w| self.text(session, w));
        let mut job = LayoutJob::default();
        job.wrap.max_width = width;
        job.append(
            &first,
            0.0,
            TextFormat::simple(FontId::proportional(size), colour),
        );
        let mut said = first.clone();
        if let Some(second) = second {
            let small = (MIN_TEXT_SHARE * height).ceil();
            job.append(
                &format!("\n{second}"),
                0.0,
                TextFormat::simple(FontId::proportional(small), muted),
            );
            said = format!("{first}\n{second}");
        }
        (job, said)
    }

    /// Whether it heads a theme, which the wall marks with a rule under the title.
    fn is_theme(&self) -> bool {
        matches!(self.by, Grouped::Theme(_))
    }
}

/// One page: its columns, top to bottom.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct WallPage {
    columns: Vec<Vec<Entry>>,
}

/// The pages of the wall, worked out once per set of notes and shape.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct WallPages {
    pages: Vec<WallPage>,
    /// How many notes the wall holds in all.
    pub notes: usize,
}

impl WallPages {
    /// How many pages; at least one (an empty wall says so).
    pub fn count(&self) -> usize {
        self.pages.len().max(1)
    }
}

/// The height pages are worked out at.
const REFERENCE_HEIGHT: f32 = 1080.0;
/// Card text, as a share of the height.
const CARD_SHARE: f32 = 0.045;
/// Heading text, as a share of the height.
const HEADING_SHARE: f32 = 0.042;

/// Where the notes go, as shares of the full slide: margins, title band, footer band.
struct Frame {
    body: Rect,
    title: Rect,
    footer: Rect,
    columns: usize,
    gap: f32,
}

/// The wall's frame in `full`; the title band is taller when the title is in `two` languages.
fn frame(full: Rect, two: bool) -> Frame {
    let height = full.height();
    let area = full.shrink2(vec2(0.05 * full.width(), 0.04 * height));
    let band = if two { 0.15 } else { 0.1 };
    let title = Rect::from_min_size(area.min, vec2(area.width(), band * height));
    let footer = Rect::from_min_max(
        egui::pos2(area.left(), area.bottom() - 0.06 * height),
        area.max,
    );
    let body = Rect::from_min_max(
        egui::pos2(area.left(), title.bottom() + 0.01 * height),
        egui::pos2(area.right(), footer.top() - 0.01 * height),
    );
    let columns = if full.width() >= 1.2 * height { 2 } else { 1 };
    Frame {
        body,
        title,
        footer,
        columns,
        gap: 0.03 * full.width(),
    }
}

fn column_width(frame: &Frame) -> f32 {
    (frame.body.width() - frame.gap * (frame.columns as f32 - 1.0)) / frame.columns as f32
}

/// The wall's groups in order, each a heading and its cards: the themes first, in the order
/// they were made, each with its notes as grouped; then the notes in no theme by item in
/// framework order (general, then the parking lot, last), split by item on the whole wall and
/// by kind on one item's wall, as captured. `about` chooses one item's notes; a theme then
/// shows its notes about that item.
fn wall_groups(session: &Session, about: Option<&About>) -> Vec<(Heading, Vec<Entry>)> {
    let shown = |note: &Note| about.is_none_or(|about| &note.about == about);
    let index_of: HashMap<&str, usize> = session
        .notes
        .iter()
        .enumerate()
        .map(|(index, note)| (note.id.as_str(), index))
        .collect();
    let mut themed = vec![false; session.notes.len()];
    let mut groups = Vec::new();
    for (theme_index, theme) in session.themes.iter().enumerate() {
        let mut cards = Vec::new();
        for id in &theme.notes {
            let Some(&index) = index_of.get(id.as_str()) else {
                continue;
            };
            // A note in two themes (a damaged file) shows once, under the first.
            if !themed[index] && shown(&session.notes[index]) {
                themed[index] = true;
                cards.push(Entry::Card(Card {
                    note: index,
                    with_kind: true,
                }));
            }
        }
        if !cards.is_empty() {
            let heading = Heading {
                by: Grouped::Theme(theme_index),
                count: cards.len(),
                continued: false,
            };
            groups.push((heading, cards));
        }
    }
    let order = |about: &About| -> usize {
        match about {
            About::Item(id) => session
                .framework
                .items()
                .position(|(_, item)| &item.id == id)
                .unwrap_or(usize::MAX - 2),
            About::General => usize::MAX - 1,
            About::ParkingLot => usize::MAX,
        }
    };
    let mut rest: Vec<usize> = (0..session.notes.len())
        .filter(|&index| !themed[index] && shown(&session.notes[index]))
        .collect();
    rest.sort_by_key(|&index| {
        let note = &session.notes[index];
        (order(&note.about), note.kind, index)
    });
    let all = about.is_none();
    for run in rest.chunk_by(|&a, &b| {
        let (a, b) = (&session.notes[a], &session.notes[b]);
        a.about == b.about && (all || a.kind == b.kind)
    }) {
        let first = &session.notes[run[0]];
        let heading = Heading {
            by: if all {
                Grouped::About(first.about.clone())
            } else {
                Grouped::Kind(first.kind)
            },
            count: run.len(),
            continued: false,
        };
        let cards = run.iter().map(|&note| {
            Entry::Card(Card {
                note,
                with_kind: all,
            })
        });
        groups.push((heading, cards.collect()));
    }
    groups
}

/// The most lines a card may take: a note longer than a whole column ends in "…" (the
/// spotlight shows it in full) rather than running off the slide.
fn card_rows(body_height: f32, size: f32) -> usize {
    let padding = card_padding(body_height / 0.74);
    (((0.94 * body_height - 2.0 * padding.y) / (1.3 * size)).floor() as usize).max(1)
}

fn card_job(
    note: &Note,
    size: f32,
    palette: &Palette,
    width: f32,
    (with_kind, words): (bool, &Words),
    body_height: f32,
) -> LayoutJob {
    let font = FontId::proportional(size);
    let mut job = LayoutJob::default();
    if with_kind {
        // Under an item's or a theme's heading, the card names its kind.
        job.append(
            &format!("{}  ", words.note_kind_name(note.kind).to_uppercase()),
            0.0,
            TextFormat::simple(font.clone(), palette.kind(note.kind)),
        );
    }
    job.append(
        note.text.trim(),
        0.0,
        TextFormat::simple(font.clone(), palette.text),
    );
    if let Some(group) = group_words(note) {
        // No-break spaces inside: "— Table 1" stays whole, on the text's last line when there
        // is room, else together at the start of the next. Of the two spaces before it only
        // the second may break, so a wrapped group starts flush with the words above it.
        job.append(
            &format!("\u{a0} {}", group.replace(' ', "\u{a0}")),
            0.0,
            TextFormat::simple(font, palette.muted),
        );
    }
    job.wrap.max_width = width;
    job.wrap.max_rows = card_rows(body_height, size);
    job
}

/// Who said it, as the wall writes it under the words: "— Table 1".
fn group_words(note: &Note) -> Option<String> {
    let group = note.group.trim();
    (!group.is_empty()).then(|| format!("— {group}"))
}

/// A card's words as read aloud: the galley's own text, but with plain spaces.
fn card_words(note: &Note, with_kind: bool, words: &Words) -> String {
    let kind = if with_kind {
        format!("{}  ", words.note_kind_name(note.kind).to_uppercase())
    } else {
        String::new()
    };
    match group_words(note) {
        Some(group) => format!("{kind}{}  {group}", note.text.trim()),
        None => format!("{kind}{}", note.text.trim()),
    }
}

fn card_padding(height: f32) -> egui::Vec2 {
    vec2(0.02 * height, 0.012 * height)
}

/// The wall's pages for a window of the given shape, remembered between frames: worked out
/// again when the session's `revision` (see [`crate::model::Editor::revision`]), its notes
/// count, the choice of notes or the shape change.
pub fn wall_pages(
    ctx: &egui::Context,
    session: &Session,
    revision: u64,
    about: Option<&About>,
    aspect: f32,
) -> Arc<WallPages> {
    use std::hash::{Hash, Hasher};
    let aspect = (aspect * 100.0).round() / 100.0;
    let mut hasher = std::collections::hash_map::DefaultHasher::new();
    (&session.id, revision, about, aspect.to_bits()).hash(&mut hasher);
    // Headings ("… (continued)") are in the room's words, so a page breaks where they wrap.
    room_words(ctx).fingerprint().hash(&mut hasher);
    // A cheap fingerprint of the notes, so a session reopened at the same revision (a copy
    // saved under a new name) never shows another's pages.
    let fingerprint = session.notes.iter().fold(session.notes.len(), |sum, note| {
        sum.wrapping_mul(31)
            .wrapping_add(note.text.len() * 7 + note.group.len() * 3 + note.kind as usize)
    });
    fingerprint.hash(&mut hasher);
    for theme in &session.themes {
        (&theme.title, theme.notes.len()).hash(&mut hasher);
    }
    let key = hasher.finish();
    // A few recent layouts (the projector's shape, the console's choice); older ones go.
    let slot = egui::Id::unique("notes-wall-pages");
    remembered(ctx, slot, key, 4, || {
        Arc::new(paginate(ctx, session, about, aspect))
    })
}

/// Draws page `view.page` of the wall filling `full`.
pub fn notes_wall_ui(
    ui: &mut Ui,
    session: &Session,
    view: &WallView,
    palette: &Palette,
    full: Rect,
) {
    let height = full.height();
    let aspect = full.width() / height.max(1.0);
    let pages = wall_pages(
        ui.ctx(),
        session,
        view.revision,
        view.about.as_ref(),
        aspect,
    );
    let room = room_words(ui.ctx());
    let frame = frame(full, room.second.is_some());
    let page_index = view.page.min(pages.count() - 1);
    let words = room.first;
    let (title, second_title) = room.both(|w| match &view.about {
        None => w.get("room-notes-title"),
        Some(about) => w.about_name(about, session),
    });
    let title_size = (0.07 * height).ceil();
    place(
        ui,
        frame.title,
        &title,
        title_size,
        palette.text,
        Align::Min,
    );
    if let Some(second) = second_title {
        let under = Rect::from_min_max(
            egui::pos2(frame.title.left(), frame.title.top() + 1.25 * title_size),
            frame.title.max,
        );
        let size = (MIN_TEXT_SHARE * height).ceil();
        place(ui, under, &second, size, palette.muted, Align::Min);
    }
    let footer = room.both(|w| {
        if pages.notes == 0 {
            w.get("room-wall-empty")
        } else if pages.count() > 1 {
            crate::tr!(
                w,
                "room-wall-notes-page",
                count = pages.notes,
                page = page_index + 1,
                pages = pages.count()
            )
        } else {
            crate::tr!(w, "room-notes-count", count = pages.notes)
        }
    });
    // One line at the foot: both languages side by side, as small as text on the wall goes.
    let footer = match footer {
        (first, Some(second)) => format!("{first}  ·  {second}"),
        (first, None) => first,
    };
    place(
        ui,
        frame.footer,
        &footer,
        (MIN_TEXT_SHARE * height).ceil(),
        palette.muted,
        Align::Max,
    );
    let Some(page) = pages.pages.get(page_index) else {
        return;
    };
    let width = column_width(&frame);
    let padding = card_padding(height);
    let card_size = (CARD_SHARE * height).ceil();
    let heading_size = (HEADING_SHARE * height).ceil();
    let gap = 0.012 * height;
    let rounding = CornerRadius::same((0.012 * height).round().clamp(2.0, 24.0) as u8);
    for (column_index, column) in page.columns.iter().enumerate() {
        let left = frame.body.left() + column_index as f32 * (width + frame.gap);
        let mut top = frame.body.top();
        for entry in column {
            match entry {
                Entry::Heading(heading) => {
                    // A kind's heading wears the kind's colour.
                    let colour = match heading.by {
                        Grouped::Kind(kind) => palette.kind(kind),
                        _ => palette.heading,
                    };
                    let (job, text) = heading.job(
                        session,
                        &room,
                        (heading_size, colour, palette.muted),
                        (width, height),
                    );
                    let galley = ui.ctx().fonts_mut(|fonts| fonts.layout_job(job));
                    let rect =
                        Rect::from_min_size(egui::pos2(left, top), vec2(width, galley.size().y));
                    let placed = PlacedText {
                        text,
                        rect,
                        size: heading_size,
                        color: colour,
                        align: Align::Min,
                    };
                    place_measured(ui, &placed, galley.clone());
                    if heading.is_theme() {
                        // A theme is the room's own grouping: a rule under its title sets it
                        // apart from the item and kind headings.
                        let y = rect.bottom() + 0.25 * gap;
                        let rule = egui::Stroke::new((0.003 * height).max(1.0), colour);
                        ui.painter().hline(rect.x_range(), y, rule);
                    }
                    top += galley.size().y + gap;
                }
                Entry::Card(entry) => {
                    let Some(note) = session.notes.get(entry.note) else {
                        continue;
                    };
                    let job = card_job(
                        note,
                        card_size,
                        palette,
                        width - 2.0 * padding.x,
                        (entry.with_kind, words),
                        frame.body.height(),
                    );
                    let galley = ui.ctx().fonts_mut(|fonts| fonts.layout_job(job));
                    let card = Rect::from_min_size(
                        egui::pos2(left, top),
                        vec2(width, galley.size().y + 2.0 * padding.y),
                    )
                    .intersect(frame.body);
                    ui.painter().rect_filled(card, rounding, palette.card());
                    let stripe = Rect::from_min_size(card.min, vec2(0.006 * height, card.height()));
                    ui.painter()
                        .rect_filled(stripe, rounding, palette.kind(note.kind));
                    let placed = PlacedText {
                        text: card_words(note, entry.with_kind, words),
                        rect: Rect::from_min_size(card.min + padding, galley.size()),
                        size: card_size,
                        color: palette.text,
                        align: Align::Min,
                    };
                    place_measured(ui, &placed, galley.clone());
                    top += card.height() + gap;
                }
            }
        }
    }
}
