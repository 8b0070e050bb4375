//! The booth's rows, one per item on the page in view, drawn for the poll's method where the
//! layout put them: dots to place, a score to give, a place to pick.

use egui::{Align, Rect, Ui, vec2};

use super::layout::{Measure, PlacedRow, dots_width, rows_layout};
use crate::gui::room::booth::{Booth, BoothAction};
use crate::gui::room::languages::room_words;
use crate::gui::room::text::{MIN_TEXT_SHARE, centred_lines, place};
use crate::gui::theme::Palette;
use crate::gui::widgets::big_button::{BigButton, Look, Under, big_button};
use crate::model::{Poll, PollMethod, Session};

/// Scales wider than this get a − / + stepper instead of one button per point.
const MAX_SCORE_BUTTONS: i32 = 11;

/// What the rows are drawn with.
pub(super) struct Rows<'a> {
    pub(super) session: &'a Session,
    pub(super) poll: &'a Poll,
    pub(super) booth: &'a Booth,
    pub(super) palette: &'a Palette,
    /// Where the rows go.
    pub(super) area: Rect,
    /// The window's height, that sizes are shares of.
    pub(super) height: f32,
    /// A picture in the console's preview, deaf to clicks.
    pub(super) interactive: bool,
}

impl Rows<'_> {
    fn measure(&self) -> Measure {
        Measure {
            height: self.height,
        }
    }

    /// The smallest target, as tall as a touch needs.
    fn target(&self) -> f32 {
        self.measure().target()
    }

    /// The size of the words on the rows' buttons: scores, − and +, places.
    fn item_size(&self) -> f32 {
        self.measure().px(0.045)
    }

    /// The rows of the page in view, laid out.
    pub(super) fn layout(&self, ui: &Ui) -> Vec<PlacedRow> {
        rows_layout(
            ui,
            (self.session, self.poll),
            self.booth.page_items(),
            self.area,
            self.height,
        )
    }

    /// Draws every row of the page in view, and says what the voter did.
    pub(super) fn ui(&self, ui: &mut Ui, actions: &mut Vec<BoothAction>) {
        for row in self.layout(ui) {
            let row = Row {
                name: self.session.item_label(&row.item),
                placed: &row,
            };
            self.row_ui(ui, &row, actions);
        }
    }

    fn row_ui(&self, ui: &mut Ui, row: &Row<'_>, actions: &mut Vec<BoothAction>) {
        let name_rect = row.placed.name_rect;
        match &self.poll.method {
            PollMethod::Dots { per_item, .. } => {
                self.dots_row_ui(ui, row, name_rect, *per_item, actions);
            }
            PollMethod::Rating { min, max, .. } => {
                let text = &row.placed.name;
                place(
                    ui,
                    text.rect,
                    &text.text,
                    text.size,
                    self.palette.text,
                    Align::Min,
                );
                if let Some(under) = &row.placed.under {
                    let colour = self.palette.muted;
                    place(ui, under.rect, &under.text, under.size, colour, Align::Min);
                }
                let scale = Rect::from_min_max(
                    egui::pos2(
                        name_rect.right() + 0.02 * row.rect().width(),
                        row.rect().top(),
                    ),
                    row.rect().max,
                );
                if i64::from(*max) - i64::from(*min) < i64::from(MAX_SCORE_BUTTONS) {
                    self.score_buttons_ui(ui, row, scale, (*min, *max), actions);
                } else {
                    self.score_stepper_ui(ui, row, scale, (*min, *max), actions);
                }
            }
            PollMethod::Ranking => self.ranking_row_ui(ui, row, name_rect, actions),
            PollMethod::Tally => {}
        }
    }

    fn button(&self, ui: &mut Ui, rect: Rect, button: BigButton<'_>) -> bool {
        big_button(ui, rect, button, self.palette, self.interactive).clicked()
    }

    /// The item's name as the button that adds a dot, the dots placed, and "−" to take one off.
    fn dots_row_ui(
        &self,
        ui: &mut Ui,
        row: &Row<'_>,
        name_rect: Rect,
        cap: u32,
        actions: &mut Vec<BoothAction>,
    ) {
        let (item, tall, unit) = (row.item(), row.rect().height(), self.target());
        let placed = self.booth.dots_on(item);
        let add = BigButton {
            text: &row.placed.name.text,
            name: Some(row.name),
            key: item,
            size: row.placed.name.size,
            align: Align::Min,
            under: row.under(),
            look: if placed > 0 {
                Look::Chosen
            } else {
                Look::Plain
            },
        };
        if self.button(ui, name_rect, add) {
            actions.push(BoothAction::AddDot(item.to_owned()));
        }
        let dots_rect = Rect::from_min_size(
            egui::pos2(
                name_rect.right() + 0.02 * row.rect().width(),
                row.rect().top(),
            ),
            vec2(dots_width(cap, unit), tall),
        );
        let least = self.measure().px(MIN_TEXT_SHARE);
        dots_picture(ui, dots_rect, (placed, cap), least, self.palette);
        let spoken = crate::tr!(
            room_words(ui.ctx()).first,
            "room-booth-take-dot",
            name = row.name
        );
        let key = format!("{item}/remove");
        let remove = BigButton {
            text: "−",
            name: Some(&spoken),
            key: &key,
            size: (1.4 * self.item_size()).ceil(),
            look: if placed > 0 {
                Look::Plain
            } else {
                Look::Disabled
            },
            align: Align::Center,
            under: None,
        };
        let remove_rect = Rect::from_min_size(
            egui::pos2(row.rect().right() - unit, row.rect().top()),
            vec2(unit, tall),
        );
        if self.button(ui, remove_rect, remove) {
            actions.push(BoothAction::RemoveDot(item.to_owned()));
        }
    }

    /// One button per point of the scale, flush right so every row's scale lines up.
    fn score_buttons_ui(
        &self,
        ui: &mut Ui,
        row: &Row<'_>,
        scale: Rect,
        (min, max): (i32, i32),
        actions: &mut Vec<BoothAction>,
    ) {
        let given = self.booth.rating_of(row.item());
        let points = (max - min + 1) as f32;
        let step_gap = 0.012 * scale.width();
        let width = ((scale.width() - step_gap * (points - 1.0)) / points).min(2.2 * self.target());
        let left = scale.right() - points * width - (points - 1.0) * step_gap;
        for (step, score) in self.poll.method.scale().into_iter().enumerate() {
            let cell = Rect::from_min_size(
                egui::pos2(left + step as f32 * (width + step_gap), row.rect().top()),
                vec2(width, row.rect().height()),
            );
            let (text, spoken) = (score.to_string(), format!("{}: {score}", row.name));
            let key = format!("{}/{score}", row.item());
            let button = BigButton {
                text: &text,
                name: Some(&spoken),
                key: &key,
                size: (1.2 * self.item_size()).ceil(),
                look: if given == Some(score) {
                    Look::Chosen
                } else {
                    Look::Plain
                },
                align: Align::Center,
                under: None,
            };
            if self.button(ui, cell, button) {
                actions.push(if given == Some(score) {
                    BoothAction::Unrate(row.item().to_owned())
                } else {
                    BoothAction::Rate(row.item().to_owned(), score)
                });
            }
        }
    }

    /// A wide scale (0–100): step through it with − and + rather than show 101 buttons.
    fn score_stepper_ui(
        &self,
        ui: &mut Ui,
        row: &Row<'_>,
        scale: Rect,
        (min, max): (i32, i32),
        actions: &mut Vec<BoothAction>,
    ) {
        let (unit, tall) = (self.target(), row.rect().height());
        let given = self.booth.rating_of(row.item());
        let shown = given.map_or_else(|| "–".to_owned(), |score| score.to_string());
        let minus = Rect::from_min_size(scale.min, vec2(unit, tall));
        let plus = Rect::from_min_size(
            egui::pos2(scale.left() + 3.0 * unit, row.rect().top()),
            vec2(unit, tall),
        );
        let value = Rect::from_min_max(
            egui::pos2(minus.right(), row.rect().top()),
            egui::pos2(plus.left(), row.rect().bottom()),
        );
        let step = ((i64::from(max) - i64::from(min)) / 20).max(1);
        let middle = (i64::from(min) + i64::from(max)) / 2;
        let first = room_words(ui.ctx()).first;
        for (cell, text, verb, direction) in
            [(minus, "−", "Lower", -1_i64), (plus, "+", "Higher", 1)]
        {
            // The key keeps its English verb: it names the button, and is never read.
            let spoken = match direction {
                -1 => crate::tr!(first, "room-booth-lower", name = row.name),
                _ => crate::tr!(first, "room-booth-higher", name = row.name),
            };
            let key = format!("{}/{verb}", row.item());
            let button = BigButton {
                text,
                name: Some(&spoken),
                key: &key,
                size: (1.4 * self.item_size()).ceil(),
                look: Look::Plain,
                align: Align::Center,
                under: None,
            };
            if self.button(ui, cell, button) {
                let next = given.map_or(middle, |score| {
                    (i64::from(score) + direction * step).clamp(i64::from(min), i64::from(max))
                });
                if let Ok(next) = i32::try_from(next) {
                    actions.push(BoothAction::Rate(row.item().to_owned(), next));
                }
            }
        }
        let size = (1.2 * self.item_size()).ceil();
        centred_lines(ui, value, &[(&shown, size, self.palette.text)]);
    }

    /// The place given ("1st") beside the item's name, the button that picks it next.
    fn ranking_row_ui(
        &self,
        ui: &mut Ui,
        row: &Row<'_>,
        name_rect: Rect,
        actions: &mut Vec<BoothAction>,
    ) {
        let place = self.booth.place_of(row.item());
        let badge = Rect::from_min_size(
            row.rect().min,
            vec2(1.6 * self.target(), row.rect().height()),
        );
        if let Some(place) = place {
            let size = (1.1 * self.item_size()).ceil();
            let place = crate::tr!(room_words(ui.ctx()).first, "room-ordinal", place = place);
            centred_lines(ui, badge, &[(&place, size, self.palette.heading)]);
        }
        let button_rect = Rect::from_min_max(
            egui::pos2(row.rect().right() - name_rect.width(), row.rect().top()),
            row.rect().max,
        );
        let button = BigButton {
            text: &row.placed.name.text,
            name: Some(row.name),
            key: row.item(),
            size: row.placed.name.size,
            align: Align::Min,
            under: row.under(),
            look: if place.is_some() {
                Look::Chosen
            } else {
                Look::Plain
            },
        };
        if self.button(ui, button_rect, button) {
            actions.push(BoothAction::Pick(row.item().to_owned()));
        }
    }
}

/// One item's row, as placed.
struct Row<'a> {
    placed: &'a PlacedRow,
    /// The item's whole name, as screen readers say it.
    name: &'a str,
}

impl Row<'_> {
    fn rect(&self) -> Rect {
        self.placed.rect
    }

    fn item(&self) -> &str {
        &self.placed.item
    }

    /// The name in the room's second language, for the button that holds the first.
    fn under(&self) -> Option<Under<'_>> {
        self.placed.under.as_ref().map(|under| Under {
            text: &under.text,
            size: under.size,
            indent: self.placed.indent,
        })
    }
}

/// The dots on one item as shapes: filled for placed, hollow for still allowed. They keep their
/// size in a row grown taller than a target, so they stay inside `rect`; past five, a count
/// says how many, in text no smaller than `least`.
fn dots_picture(ui: &mut Ui, rect: Rect, (placed, cap): (u32, u32), least: f32, palette: &Palette) {
    let shown = cap.min(5);
    let unit = rect
        .height()
        .min(rect.width() / (shown as f32 * 0.55 + 0.3));
    let radius = 0.2 * unit;
    let painter = ui.painter_at(rect);
    for index in 0..shown {
        let centre = egui::pos2(
            rect.left() + 0.15 * unit + radius + index as f32 * 0.55 * unit,
            rect.center().y,
        );
        if index < placed {
            painter.circle_filled(centre, radius, palette.heading);
        } else {
            painter.circle_stroke(centre, radius * 0.9, egui::Stroke::new(2.0, palette.muted));
        }
    }
    if cap > 5 {
        let text = format!("{placed}");
        let size = (0.45 * unit).ceil().max(least);
        centred_lines(ui, rect, &[(&text, size, palette.text)]);
    }
}
