//! How the wall's notes fill columns and pages: a heading always has its first card below it,
//! a group that fits one column is never split, and a longer one runs on, under
//! "(continued)" on a new page.

use egui::{Color32, Rect, vec2};

use super::{
    CARD_SHARE, Entry, HEADING_SHARE, Heading, REFERENCE_HEIGHT, WallPage, WallPages, card_job,
    card_padding, column_width, frame, wall_groups,
};
use crate::model::{About, Session};

/// One group of cards under its heading, measured: the height of each entry (with the gap
/// after it) at the reference height. `continued` heads the group's rest on a later page.
struct Group {
    heading: (Entry, f32),
    continued: (Entry, f32),
    cards: Vec<(Entry, f32)>,
}

/// Pages being filled, column by column.
struct Flow {
    pages: Vec<WallPage>,
    page: WallPage,
    column: Vec<Entry>,
    used: f32,
    column_height: f32,
    columns: usize,
}

impl Flow {
    fn push(&mut self, (entry, height): (Entry, f32)) {
        self.used += height;
        self.column.push(entry);
    }

    /// Ends the column; returns whether that also ended the page.
    fn next_column(&mut self) -> bool {
        self.page.columns.push(std::mem::take(&mut self.column));
        self.used = 0.0;
        let full = self.page.columns.len() == self.columns;
        if full {
            self.pages.push(std::mem::take(&mut self.page));
        }
        full
    }

    fn room_for(&self, height: f32) -> bool {
        self.used + height <= self.column_height
    }

    fn finish(mut self) -> Vec<WallPage> {
        if !self.column.is_empty() {
            self.page.columns.push(self.column);
        }
        if !self.page.columns.is_empty() {
            self.pages.push(self.page);
        }
        self.pages
    }
}

/// Fills columns and pages with the groups, as a reader of a wall expects. A heading is never
/// the last thing in a column: its first card is always below it. A group that fits in one
/// column is kept whole; when it does not fit in what is left of a column it starts the next.
/// Only a group longer than a column runs on: into the next column of the same page without
/// its heading again (the heading is in sight, and a second one would read as a second
/// group), and onto a new page under "… (continued)", since a page is seen alone.
fn flow(groups: Vec<Group>, column_height: f32, columns: usize) -> Vec<WallPage> {
    let mut flow = Flow {
        pages: Vec::new(),
        page: WallPage::default(),
        column: Vec::new(),
        used: 0.0,
        column_height,
        columns,
    };
    for group in groups {
        let first = group.cards.first().map_or(0.0, |(_, height)| *height);
        let whole = group.heading.1 + group.cards.iter().map(|(_, h)| h).sum::<f32>();
        if !flow.column.is_empty() && !flow.room_for(whole) {
            let fits_a_column = whole <= column_height;
            if fits_a_column || !flow.room_for(group.heading.1 + first) {
                flow.next_column();
            }
        }
        flow.push(group.heading);
        for card in group.cards {
            let after_heading = matches!(flow.column.last(), Some(Entry::Heading(_)));
            if !after_heading && !flow.room_for(card.1) && flow.next_column() {
                flow.push(group.continued.clone());
            }
            flow.push(card);
        }
    }
    flow.finish()
}

/// Splits the wall into pages for a window of the given shape (width ÷ height).
pub(super) fn paginate(
    ctx: &egui::Context,
    session: &Session,
    about: Option<&About>,
    aspect: f32,
) -> WallPages {
    let height = REFERENCE_HEIGHT;
    let full = Rect::from_min_size(egui::Pos2::ZERO, vec2(aspect * height, height));
    let room = crate::gui::room::languages::room_words(ctx);
    let frame = frame(full, room.second.is_some());
    let width = column_width(&frame);
    let padding = card_padding(height);
    let card_size = (CARD_SHARE * height).ceil();
    let heading_size = (HEADING_SHARE * height).ceil();
    let gap = 0.012 * height;
    // A little room held back: the real window's rounding may wrap a line differently.
    let column_height = frame.body.height() * 0.94;
    let palette = crate::gui::theme::ThemeChoice::Dark.palette();
    let words = room.first;
    let measure = |entry: &Entry| -> f32 {
        match entry {
            Entry::Heading(heading) => {
                let colours = (heading_size, Color32::WHITE, Color32::WHITE);
                let (job, _) = heading.job(session, &room, colours, (width, height));
                let galley = ctx.fonts_mut(|fonts| fonts.layout_job(job));
                galley.size().y + gap
            }
            Entry::Card(card) => {
                let job = card_job(
                    &session.notes[card.note],
                    card_size,
                    &palette,
                    width - 2.0 * padding.x,
                    (card.with_kind, words),
                    frame.body.height(),
                );
                let galley = ctx.fonts_mut(|fonts| fonts.layout_job(job));
                galley.size().y + 2.0 * padding.y + gap
            }
        }
    };
    let groups = wall_groups(session, about);
    let notes = groups.iter().map(|(_, cards)| cards.len()).sum();
    let measured = |entry: Entry| {
        let height = measure(&entry);
        (entry, height)
    };
    let groups = groups
        .into_iter()
        .map(|(heading, cards)| {
            let continued = Heading {
                continued: true,
                ..heading.clone()
            };
            Group {
                heading: measured(Entry::Heading(heading)),
                continued: measured(Entry::Heading(continued)),
                cards: cards.into_iter().map(measured).collect(),
            }
        })
        .collect();
    WallPages {
        pages: flow(groups, column_height, frame.columns),
        notes,
    }
}
