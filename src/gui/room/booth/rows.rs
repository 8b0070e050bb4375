//! The booth's rows, one per item: laid out in one column if they fit at full size, else in
//! more columns, then with shorter names (names that wrap make rows taller, never their text
//! smaller); and drawn for the poll's method: dots to place, a score to give, a place to pick.

use egui::{Align, Color32, FontId, Rect, Ui, vec2};

use super::view::MIN_TARGET_SHARE;
use crate::gui::room::booth::{Booth, BoothAction};
use crate::gui::room::text::{centred_lines, middle_of, place, text_height};
use crate::gui::theme::Palette;
use crate::gui::widgets::big_button::{BigButton, Look, big_button};
use crate::model::clip_words;
use crate::model::{Poll, PollMethod, Session, ordinal};

/// The most characters of an item's name the booth shows.
const LABEL_CHARS: usize = 56;

/// The share of a rating row given to the item's name.
const RATING_NAME_SHARE: f32 = 0.44;

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

/// How the rows are laid out: columns, names on one line or wrapped, row height.
struct Plan {
    one_line: bool,
    column_width: f32,
    per_column: usize,
    row_height: f32,
    /// The height all rows take at the row height.
    needed: f32,
}

impl Rows<'_> {
    fn px(&self, share: f32) -> f32 {
        (share * self.height).ceil()
    }

    /// The smallest target, as tall as a touch needs.
    fn target(&self) -> f32 {
        self.px(MIN_TARGET_SHARE).max(self.px(0.09))
    }

    fn item_size(&self) -> f32 {
        self.px(0.045)
    }

    fn gap(&self) -> f32 {
        0.015 * self.height
    }

    fn column_gap(&self) -> f32 {
        0.03 * self.area.width()
    }

    /// "3. COMPASSION": the item's number (its key) and its name, cut to `clip` characters.
    fn label_of(&self, index: usize, item: &str, clip: usize) -> String {
        format!(
            "{}. {}",
            index + 1,
            clip_words(self.session.item_label(item), clip)
        )
    }

    /// The width of a column of `columns`, and of the names in it.
    fn widths(&self, columns: usize) -> (f32, f32) {
        let column_width =
            (self.area.width() - self.column_gap() * (columns as f32 - 1.0)) / columns as f32;
        let text =
            name_width(&self.poll.method, column_width, self.target()) - 0.6 * self.item_size();
        (column_width, text)
    }

    /// The rows in `columns` columns, the names on one line or wrapped.
    fn plan(&self, ui: &Ui, columns: usize, one_line: bool) -> Plan {
        let (column_width, text_width) = self.widths(columns);
        let size = self.item_size();
        let tallest = if one_line {
            text_height(ui, "Ag", size, f32::INFINITY)
        } else {
            self.poll
                .items
                .iter()
                .enumerate()
                .map(|(index, item)| {
                    text_height(
                        ui,
                        &self.label_of(index, item, LABEL_CHARS),
                        size,
                        text_width,
                    )
                })
                .fold(0.0_f32, f32::max)
        };
        let per_column = self.poll.items.len().max(1).div_ceil(columns);
        let row_height = self.target().max(tallest + 0.4 * size);
        let needed = per_column as f32 * (row_height + self.gap()) - self.gap();
        Plan {
            one_line,
            column_width,
            per_column,
            row_height,
            needed,
        }
    }

    /// Whole names in one or two columns; else each name cut to one line, in up to three.
    /// Spare height makes the targets bigger, up to a point; too little shares what there is.
    fn layout(&self, ui: &Ui) -> Plan {
        let candidates = [(1, false), (2, false), (1, true), (2, true), (3, true)];
        let mut plan = candidates
            .iter()
            .map(|&(columns, one_line)| self.plan(ui, columns, one_line))
            .find(|plan| plan.needed <= self.area.height())
            .unwrap_or_else(|| self.plan(ui, 3, true));
        let share = (self.area.height() + self.gap()) / plan.per_column as f32 - self.gap();
        plan.row_height = if plan.needed > self.area.height() {
            share
        } else {
            plan.row_height.max(share.min(1.6 * self.target()))
        };
        plan
    }

    /// Draws every row, and says what the voter did.
    pub(super) fn ui(&self, ui: &mut Ui, actions: &mut Vec<BoothAction>) {
        let plan = self.layout(ui);
        let text_width = name_width(&self.poll.method, plan.column_width, self.target())
            - 0.6 * self.item_size();
        for (index, item) in self.poll.items.iter().enumerate() {
            let (column, row) = (index / plan.per_column, index % plan.per_column);
            let rect = Rect::from_min_size(
                egui::pos2(
                    self.area.left() + column as f32 * (plan.column_width + self.column_gap()),
                    self.area.top() + row as f32 * (plan.row_height + self.gap()),
                ),
                vec2(plan.column_width, plan.row_height),
            );
            // Vision goals are whole sentences; the booth shows their opening words.
            let mut label = self.label_of(index, item, LABEL_CHARS);
            if plan.one_line {
                label = fit_one_line(ui, &label, self.item_size(), text_width);
            }
            let row = Row {
                rect,
                item,
                label: &label,
                name: self.session.item_label(item),
            };
            self.row_ui(ui, &row, actions);
        }
    }

    fn row_ui(&self, ui: &mut Ui, row: &Row<'_>, actions: &mut Vec<BoothAction>) {
        let name_rect = Rect::from_min_size(
            row.rect.min,
            vec2(
                name_width(&self.poll.method, row.rect.width(), self.target()),
                row.rect.height(),
            ),
        );
        match &self.poll.method {
            PollMethod::Dots { per_item, .. } => {
                self.dots_row_ui(ui, row, name_rect, *per_item, actions);
            }
            PollMethod::Rating { min, max, .. } => {
                let size = self.item_size();
                let spot = middle_of(ui, name_rect, row.label, size);
                place(ui, spot, row.label, size, self.palette.text, Align::Min);
                let scale = Rect::from_min_max(
                    egui::pos2(name_rect.right() + 0.02 * row.rect.width(), row.rect.top()),
                    row.rect.max,
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
        let (item, tall, unit) = (row.item, row.rect.height(), self.target());
        let placed = self.booth.dots_on(item);
        let add = BigButton {
            text: row.label,
            name: Some(row.name),
            key: item,
            size: self.item_size(),
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
            egui::pos2(name_rect.right() + 0.02 * row.rect.width(), row.rect.top()),
            vec2(dots_width(cap, unit), tall),
        );
        dots_picture(ui, dots_rect, placed, cap, self.palette);
        let spoken = format!("Take a dot off {}", row.name);
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
        };
        let remove_rect = Rect::from_min_size(
            egui::pos2(row.rect.right() - unit, row.rect.top()),
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
        let given = self.booth.rating_of(row.item);
        let points = (max - min + 1) as f32;
        let step_gap = 0.012 * scale.width();
        let width = ((scale.width() - step_gap * (points - 1.0)) / points).min(2.2 * self.target());
        let left = scale.right() - points * width - (points - 1.0) * step_gap;
        for (step, score) in self.poll.method.scale().into_iter().enumerate() {
            let cell = Rect::from_min_size(
                egui::pos2(left + step as f32 * (width + step_gap), row.rect.top()),
                vec2(width, row.rect.height()),
            );
            let (text, spoken) = (score.to_string(), format!("{}: {score}", row.name));
            let key = format!("{}/{score}", row.item);
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
            };
            if self.button(ui, cell, button) {
                actions.push(if given == Some(score) {
                    BoothAction::Unrate(row.item.to_owned())
                } else {
                    BoothAction::Rate(row.item.to_owned(), score)
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
        let (unit, tall) = (self.target(), row.rect.height());
        let given = self.booth.rating_of(row.item);
        let shown = given.map_or_else(|| "–".to_owned(), |score| score.to_string());
        let minus = Rect::from_min_size(scale.min, vec2(unit, tall));
        let plus = Rect::from_min_size(
            egui::pos2(scale.left() + 3.0 * unit, row.rect.top()),
            vec2(unit, tall),
        );
        let value = Rect::from_min_max(
            egui::pos2(minus.right(), row.rect.top()),
            egui::pos2(plus.left(), row.rect.bottom()),
        );
        let step = ((i64::from(max) - i64::from(min)) / 20).max(1);
        let middle = (i64::from(min) + i64::from(max)) / 2;
        for (cell, text, verb, direction) in
            [(minus, "−", "Lower", -1_i64), (plus, "+", "Higher", 1)]
        {
            let spoken = format!("{verb} {}", row.name);
            let key = format!("{}/{verb}", row.item);
            let button = BigButton {
                text,
                name: Some(&spoken),
                key: &key,
                size: (1.4 * self.item_size()).ceil(),
                look: Look::Plain,
            };
            if self.button(ui, cell, button) {
                let next = given.map_or(middle, |score| {
                    (i64::from(score) + direction * step).clamp(i64::from(min), i64::from(max))
                });
                if let Ok(next) = i32::try_from(next) {
                    actions.push(BoothAction::Rate(row.item.to_owned(), next));
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
        let place = self.booth.place_of(row.item);
        let badge = Rect::from_min_size(row.rect.min, vec2(1.6 * self.target(), row.rect.height()));
        if let Some(place) = place {
            let size = (1.1 * self.item_size()).ceil();
            centred_lines(ui, badge, &[(&ordinal(place), size, self.palette.heading)]);
        }
        let button_rect = Rect::from_min_max(
            egui::pos2(row.rect.right() - name_rect.width(), row.rect.top()),
            row.rect.max,
        );
        let button = BigButton {
            text: row.label,
            name: Some(row.name),
            key: row.item,
            size: self.item_size(),
            look: if place.is_some() {
                Look::Chosen
            } else {
                Look::Plain
            },
        };
        if self.button(ui, button_rect, button) {
            actions.push(BoothAction::Pick(row.item.to_owned()));
        }
    }
}

/// One item's row.
struct Row<'a> {
    rect: Rect,
    item: &'a str,
    /// What the row says: "3. COMPASSION", cut to fit.
    label: &'a str,
    /// The item's whole name, as screen readers say it.
    name: &'a str,
}

/// `text` cut with "…" to the longest start that fits one line of `width`.
fn fit_one_line(ui: &Ui, text: &str, size: f32, width: f32) -> String {
    let fits = |candidate: &str| {
        ui.ctx()
            .fonts_mut(|fonts| {
                fonts.layout_no_wrap(
                    candidate.to_owned(),
                    FontId::proportional(size),
                    Color32::WHITE,
                )
            })
            .size()
            .x
            <= width
    };
    if fits(text) {
        return text.to_owned();
    }
    let chars: Vec<char> = text.chars().collect();
    let (mut low, mut high) = (0, chars.len());
    while low < high {
        let middle = (low + high).div_ceil(2);
        let candidate: String = chars[..middle].iter().collect::<String>() + "…";
        if fits(&candidate) {
            low = middle;
        } else {
            high = middle - 1;
        }
    }
    chars[..low]
        .iter()
        .collect::<String>()
        .trim_end()
        .to_owned()
        + "…"
}

/// The width an item's name gets in a row of `column_width`, given the smallest target size.
fn name_width(method: &PollMethod, column_width: f32, target: f32) -> f32 {
    match method {
        PollMethod::Dots { per_item, .. } => {
            column_width - dots_width(*per_item, target) - target - 0.04 * column_width
        }
        PollMethod::Rating { min, max, .. } => rating_name_share(*min, *max) * column_width,
        PollMethod::Ranking | PollMethod::Tally => {
            column_width - 1.6 * target - 0.02 * column_width
        }
    }
}

/// The room the dots picture of an item takes.
fn dots_width(cap: u32, target: f32) -> f32 {
    (cap as f32).min(5.0) * 0.55 * target + 0.3 * target
}

/// Long scales give the name less room so each score stays a big target.
fn rating_name_share(min: i32, max: i32) -> f32 {
    if i64::from(max) - i64::from(min) >= 7 {
        0.32
    } else {
        RATING_NAME_SHARE
    }
}

/// The dots on one item as shapes: filled for placed, hollow for still allowed.
fn dots_picture(ui: &mut Ui, rect: Rect, placed: u32, cap: u32, palette: &Palette) {
    let shown = cap.min(5);
    let radius = 0.2 * rect.height();
    let painter = ui.painter_at(rect);
    for index in 0..shown {
        let centre = egui::pos2(
            rect.left() + 0.15 * rect.height() + radius + index as f32 * 0.55 * rect.height(),
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
        centred_lines(
            ui,
            rect,
            &[(&text, (0.45 * rect.height()).ceil(), palette.text)],
        );
    }
}
