//! The voting booth as a voter sees it: the question and the poll's items as big touch targets
//! (each at least 8% of the window's height), "3 dots left" always in view, and "Cast my vote"
//! only when the ballot counts. After casting, a full screen that shows nothing of the ballot.
//! Keys: the digits choose item 1, 2, … (or give the next unrated item that score), Backspace
//! takes the last choice back, Enter casts, and on the thank-you screen Enter or Space starts
//! the next ballot.

use egui::{Align, Color32, FontId, Key, Rect, Ui, vec2};

use crate::gui::app::keys::take_keys;
use crate::gui::console::about_picker::clip_words;
use crate::gui::room::booth::{Booth, BoothAction, Phase};
use crate::gui::room::text::{centred_lines, middle_of, place, text_height};
use crate::gui::theme::Palette;
use crate::gui::widgets::big_button::{BigButton, Look, big_button};
use crate::model::plural;
use crate::model::{Marks, Poll, PollMethod, Session};

/// The smallest touch target, as a share of the window's height.
pub const MIN_TARGET_SHARE: f32 = 0.08;

/// The most characters of an item's name the booth shows.
const LABEL_CHARS: usize = 56;

/// The share of a rating row given to the item's name.
const RATING_NAME_SHARE: f32 = 0.44;

/// Scales wider than this get a − / + stepper instead of one button per point.
const MAX_SCORE_BUTTONS: i32 = 11;

/// Draws the booth for `poll` filling `full` and returns what the voter did this frame.
/// `interactive` is false for the console's small preview: a picture, deaf to clicks and keys.
pub fn booth_ui(
    ui: &mut Ui,
    session: &Session,
    poll: &Poll,
    booth: &Booth,
    palette: &Palette,
    full: Rect,
    interactive: bool,
) -> Vec<BoothAction> {
    let mut actions = Vec::new();
    let height = full.height();
    let px = |share: f32| (share * height).ceil();
    let area = full.shrink2(vec2(0.05 * full.width(), 0.04 * height));
    match booth.phase() {
        Phase::ThankYou => {
            let response = big_button(
                ui,
                full,
                BigButton {
                    text: "",
                    name: Some("Start the next ballot"),
                    key: "next",
                    size: px(0.05),
                    look: Look::Plain,
                },
                &Palette {
                    // The whole screen is the button; it should look like a calm slide.
                    background: palette.background,
                    text: palette.background,
                    muted: palette.background,
                    ..*palette
                },
                interactive,
            );
            centred_lines(
                ui,
                area,
                &[
                    ("Thank you — your vote is recorded.", px(0.08), palette.text),
                    ("Next person: tap to start", px(0.05), palette.heading),
                ],
            );
            let key = interactive && pressed_any(ui, &[Key::Enter, Key::Space]);
            if response.clicked() || key {
                actions.push(BoothAction::NextVoter);
            }
            return actions;
        }
        Phase::Recording { .. } => {
            centred_lines(
                ui,
                area,
                &[("Recording your vote…", px(0.07), palette.text)],
            );
            return actions;
        }
        Phase::NotSaved { error, .. } => {
            centred_lines(
                ui,
                area,
                &[
                    ("Your vote is not saved yet", px(0.08), palette.heading),
                    (
                        "Please wait here: the facilitator can see what went wrong.",
                        px(0.05),
                        palette.text,
                    ),
                    (error, px(0.04), palette.muted),
                ],
            );
            return actions;
        }
        Phase::Voting => {}
    }

    // Header: the question, then what the voter has left to do.
    let mut top = area.top();
    place_label(ui, area, &mut top, &poll.question, px(0.065), palette.text);
    top += 0.01 * height;
    let mut hint = hint_line(poll, booth);
    if let Some(message) = booth.message() {
        hint = format!("{hint}   ·   {message}");
    }
    let hint_colour = if booth.message().is_some() {
        palette.heading
    } else {
        palette.muted
    };
    place_label(ui, area, &mut top, &hint, px(0.045), hint_colour);
    top += 0.02 * height;

    // Footer: Clear (and Undo last pick) on the left, the count in the middle, Cast on the right.
    let target = px(MIN_TARGET_SHARE).max(px(0.09));
    let footer = Rect::from_min_max(egui::pos2(area.left(), area.bottom() - target), area.max);
    let button_size = px(0.045);
    let valid = booth.is_valid(poll);
    let cast_width = 0.3 * footer.width();
    let cast = big_button(
        ui,
        Rect::from_min_size(
            egui::pos2(footer.right() - cast_width, footer.top()),
            vec2(cast_width, target),
        ),
        BigButton {
            text: "Cast my vote",
            name: None,
            key: "cast",
            size: px(0.05),
            look: if valid { Look::Primary } else { Look::Disabled },
        },
        palette,
        interactive,
    );
    if cast.clicked() {
        actions.push(BoothAction::Cast);
    }
    let side = 0.18 * footer.width();
    let clear = big_button(
        ui,
        Rect::from_min_size(footer.min, vec2(side, target)),
        BigButton {
            text: "Clear",
            name: Some("Clear my ballot"),
            key: "clear",
            size: button_size,
            look: Look::Plain,
        },
        palette,
        interactive,
    );
    if clear.clicked() {
        actions.push(BoothAction::Clear);
    }
    let mut count_left = footer.left() + side + 0.02 * footer.width();
    if poll.method == PollMethod::Ranking {
        let undo = big_button(
            ui,
            Rect::from_min_size(
                egui::pos2(count_left, footer.top()),
                vec2(1.4 * side, target),
            ),
            BigButton {
                text: "Undo last pick",
                name: None,
                key: "undo-pick",
                size: button_size,
                look: if matches!(booth.marks(), Marks::Ranking(order) if !order.is_empty()) {
                    Look::Plain
                } else {
                    Look::Disabled
                },
            },
            palette,
            interactive,
        );
        if undo.clicked() {
            actions.push(BoothAction::UndoPick);
        }
        count_left += 1.4 * side + 0.02 * footer.width();
    }
    let count_rect = Rect::from_min_max(
        egui::pos2(count_left, footer.top()),
        egui::pos2(
            footer.right() - cast_width - 0.02 * footer.width(),
            footer.bottom(),
        ),
    );
    let cast_count = plural(poll.ballots.len(), "ballot");
    centred_lines(
        ui,
        count_rect,
        &[(&format!("{cast_count} cast"), px(0.04), palette.muted)],
    );

    // The items: one column if they fit at full size, else more columns, then shorter names.
    // Names that wrap make rows taller, never their text smaller.
    let rows_area = Rect::from_min_max(
        egui::pos2(area.left(), top),
        egui::pos2(area.right(), footer.top() - 0.025 * height),
    );
    let gap = 0.015 * height;
    let column_gap = 0.03 * area.width();
    let item_size = px(0.045);
    let count = poll.items.len().max(1);
    let label_of = |index: usize, item: &str, clip: usize| {
        format!(
            "{}. {}",
            index + 1,
            clip_words(session.item_label(item), clip)
        )
    };
    let line = text_height(ui, "Ag", item_size, f32::INFINITY);
    let width_for = |columns: usize| {
        let column_width =
            (rows_area.width() - column_gap * (columns as f32 - 1.0)) / columns as f32;
        let text = name_width(&poll.method, column_width, target) - 0.6 * item_size;
        (column_width, text)
    };
    // Each plan: (columns, names on one line?) → (column width, names per column, row height).
    let plan = |columns: usize, one_line: bool| {
        let (column_width, text_width) = width_for(columns);
        let tallest = if one_line {
            line
        } else {
            poll.items
                .iter()
                .enumerate()
                .map(|(index, item)| {
                    let label = label_of(index, item, LABEL_CHARS);
                    text_height(ui, &label, item_size, text_width)
                })
                .fold(0.0_f32, f32::max)
        };
        let per_column = count.div_ceil(columns);
        let row_height = target.max(tallest + 0.4 * item_size);
        let needed = per_column as f32 * (row_height + gap) - gap;
        (
            columns,
            one_line,
            column_width,
            per_column,
            row_height,
            needed,
        )
    };
    // Whole names in one or two columns; else each name cut to one line, in up to three.
    let candidates = [(1, false), (2, false), (1, true), (2, true), (3, true)];
    let (_, one_line, column_width, per_column, mut row_height, needed) = candidates
        .iter()
        .map(|&(columns, one_line)| plan(columns, one_line))
        .find(|planned| planned.5 <= rows_area.height())
        .unwrap_or_else(|| plan(3, true));
    if needed > rows_area.height() {
        // More items than any layout holds at full size: the rows share what there is.
        row_height = (rows_area.height() + gap) / per_column as f32 - gap;
    } else {
        // Spare room makes the targets bigger, up to a point.
        let spare = (rows_area.height() + gap) / per_column as f32 - gap;
        row_height = row_height.max(spare.min(1.6 * target));
    }
    let text_width = name_width(&poll.method, column_width, target) - 0.6 * item_size;
    for (index, item) in poll.items.iter().enumerate() {
        let column = index / per_column;
        let row = index % per_column;
        let rect = Rect::from_min_size(
            egui::pos2(
                rows_area.left() + column as f32 * (column_width + column_gap),
                rows_area.top() + row as f32 * (row_height + gap),
            ),
            vec2(column_width, row_height),
        );
        // Vision goals are whole sentences; the booth shows their opening words.
        let mut label = label_of(index, item, LABEL_CHARS);
        if one_line {
            label = fit_one_line(ui, &label, item_size, text_width);
        }
        let name = session.item_label(item);
        item_row_ui(
            ui,
            ItemRow {
                rect,
                item,
                label: &label,
                name,
                size: item_size,
                unit: target,
            },
            poll,
            booth,
            palette,
            interactive,
            &mut actions,
        );
    }
    if interactive {
        keys(ui, poll, &mut actions);
    }
    actions
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

struct ItemRow<'a> {
    rect: Rect,
    item: &'a str,
    label: &'a str,
    name: &'a str,
    size: f32,
    /// The smallest target size: widths are worked out from it, so a taller row (a wrapped
    /// name) never narrows the room its name was measured for.
    unit: f32,
}

fn item_row_ui(
    ui: &mut Ui,
    row: ItemRow<'_>,
    poll: &Poll,
    booth: &Booth,
    palette: &Palette,
    interactive: bool,
    actions: &mut Vec<BoothAction>,
) {
    let ItemRow {
        rect,
        item,
        label,
        name,
        size,
        unit,
    } = row;
    let tall = rect.height();
    let name_rect = Rect::from_min_size(
        rect.min,
        vec2(name_width(&poll.method, rect.width(), unit), tall),
    );
    match &poll.method {
        PollMethod::Dots { per_item, .. } => {
            let placed = booth.dots_on(item);
            let add = big_button(
                ui,
                name_rect,
                BigButton {
                    text: label,
                    name: Some(name),
                    key: item,
                    size,
                    look: if placed > 0 {
                        Look::Chosen
                    } else {
                        Look::Plain
                    },
                },
                palette,
                interactive,
            );
            if add.clicked() {
                actions.push(BoothAction::AddDot(item.to_owned()));
            }
            let dots_rect = Rect::from_min_size(
                egui::pos2(name_rect.right() + 0.02 * rect.width(), rect.top()),
                vec2(dots_width(*per_item, unit), tall),
            );
            dots_picture(ui, dots_rect, placed, *per_item, palette);
            let spoken = format!("Take a dot off {name}");
            let key = format!("{item}/remove");
            let remove = big_button(
                ui,
                Rect::from_min_size(
                    egui::pos2(rect.right() - unit, rect.top()),
                    vec2(unit, tall),
                ),
                BigButton {
                    text: "−",
                    name: Some(&spoken),
                    key: &key,
                    size: (1.4 * size).ceil(),
                    look: if placed > 0 {
                        Look::Plain
                    } else {
                        Look::Disabled
                    },
                },
                palette,
                interactive,
            );
            if remove.clicked() {
                actions.push(BoothAction::RemoveDot(item.to_owned()));
            }
        }
        PollMethod::Rating { min, max, .. } => {
            place(
                ui,
                middle_of(ui, name_rect, label, size),
                label,
                size,
                palette.text,
                Align::Min,
            );
            let scale = Rect::from_min_max(
                egui::pos2(name_rect.right() + 0.02 * rect.width(), rect.top()),
                rect.max,
            );
            let given = booth.rating_of(item);
            if i64::from(*max) - i64::from(*min) < i64::from(MAX_SCORE_BUTTONS) {
                let points = (max - min + 1) as f32;
                let step_gap = 0.012 * scale.width();
                let width = ((scale.width() - step_gap * (points - 1.0)) / points).min(2.2 * unit);
                // Flush right, so every row's scale lines up under the one above.
                let left = scale.right() - points * width - (points - 1.0) * step_gap;
                for (step, score) in (*min..=*max).enumerate() {
                    let cell = Rect::from_min_size(
                        egui::pos2(left + step as f32 * (width + step_gap), rect.top()),
                        vec2(width, tall),
                    );
                    let text = score.to_string();
                    let spoken = format!("{name}: {score}");
                    let key = format!("{item}/{score}");
                    let clicked = big_button(
                        ui,
                        cell,
                        BigButton {
                            text: &text,
                            name: Some(&spoken),
                            key: &key,
                            size: (1.2 * size).ceil(),
                            look: if given == Some(score) {
                                Look::Chosen
                            } else {
                                Look::Plain
                            },
                        },
                        palette,
                        interactive,
                    )
                    .clicked();
                    if clicked {
                        actions.push(if given == Some(score) {
                            BoothAction::Unrate(item.to_owned())
                        } else {
                            BoothAction::Rate(item.to_owned(), score)
                        });
                    }
                }
            } else {
                // A wide scale (0–100): step through it rather than show 101 buttons.
                let shown = given.map_or_else(|| "–".to_owned(), |score| score.to_string());
                let minus = Rect::from_min_size(scale.min, vec2(unit, tall));
                let plus = Rect::from_min_size(
                    egui::pos2(scale.left() + 3.0 * unit, rect.top()),
                    vec2(unit, tall),
                );
                let value = Rect::from_min_max(
                    egui::pos2(minus.right(), rect.top()),
                    egui::pos2(plus.left(), rect.bottom()),
                );
                let step = ((i64::from(*max) - i64::from(*min)) / 20).max(1);
                let middle = (i64::from(*min) + i64::from(*max)) / 2;
                for (cell, text, verb, direction) in
                    [(minus, "−", "Lower", -1_i64), (plus, "+", "Higher", 1)]
                {
                    let spoken = format!("{verb} {name}");
                    let key = format!("{item}/{verb}");
                    let clicked = big_button(
                        ui,
                        cell,
                        BigButton {
                            text,
                            name: Some(&spoken),
                            key: &key,
                            size: (1.4 * size).ceil(),
                            look: Look::Plain,
                        },
                        palette,
                        interactive,
                    )
                    .clicked();
                    if clicked {
                        let next = given.map_or(middle, |score| {
                            (i64::from(score) + direction * step)
                                .clamp(i64::from(*min), i64::from(*max))
                        });
                        if let Ok(next) = i32::try_from(next) {
                            actions.push(BoothAction::Rate(item.to_owned(), next));
                        }
                    }
                }
                centred_lines(ui, value, &[(&shown, (1.2 * size).ceil(), palette.text)]);
            }
        }
        PollMethod::Ranking => {
            let place = booth.place_of(item);
            let badge = Rect::from_min_size(rect.min, vec2(1.6 * unit, tall));
            if let Some(place) = place {
                centred_lines(
                    ui,
                    badge,
                    &[(&ordinal(place), (1.1 * size).ceil(), palette.heading)],
                );
            }
            let button = Rect::from_min_max(
                egui::pos2(rect.right() - name_rect.width(), rect.top()),
                rect.max,
            );
            let clicked = big_button(
                ui,
                button,
                BigButton {
                    text: label,
                    name: Some(name),
                    key: item,
                    size,
                    look: if place.is_some() {
                        Look::Chosen
                    } else {
                        Look::Plain
                    },
                },
                palette,
                interactive,
            )
            .clicked();
            if clicked {
                actions.push(BoothAction::Pick(item.to_owned()));
            }
        }
        PollMethod::Tally => {}
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

/// "1st", "2nd", "3rd", "4th", … "11th", "21st".
pub fn ordinal(place: usize) -> String {
    let suffix = match (place % 10, place % 100) {
        (_, 11..=13) => "th",
        (1, _) => "st",
        (2, _) => "nd",
        (3, _) => "rd",
        _ => "th",
    };
    format!("{place}{suffix}")
}

/// What the voter has left to do, always in view.
fn hint_line(poll: &Poll, booth: &Booth) -> String {
    match &poll.method {
        PollMethod::Dots {
            per_person,
            per_item,
        } => {
            let left = per_person.saturating_sub(booth.dots_used());
            format!(
                "{} left  ·  at most {per_item} on one item",
                plural(left as usize, "dot")
            )
        }
        PollMethod::Rating {
            min,
            max,
            low,
            high,
        } => {
            let ends = [(min, low), (max, high)]
                .into_iter()
                .map(|(score, words)| {
                    if words.trim().is_empty() {
                        score.to_string()
                    } else {
                        format!("{score} = {words}")
                    }
                })
                .collect::<Vec<_>>()
                .join("   …   ");
            format!("Rate the items you want to:  {ends}")
        }
        PollMethod::Ranking => match &booth.marks() {
            Marks::Ranking(order) if !order.is_empty() => {
                format!(
                    "Tap your {} choice next, or cast your vote",
                    ordinal(order.len() + 1)
                )
            }
            _ => "Tap the items in order of preference, most important first".into(),
        },
        PollMethod::Tally => String::new(),
    }
}

/// Keys for voters without a touch screen, taken in the order pressed: `6 Backspace 4 Enter`
/// typed faster than a frame casts 4, and `4 5 3` on a rating rates three items, each key
/// acting on the ballot as the keys before it left it.
fn keys(ui: &Ui, poll: &Poll, actions: &mut Vec<BoothAction>) {
    if ui.ctx().text_edit_focused() {
        return;
    }
    // With a button focused (Tab), Enter presses that button, and must not also cast.
    let focused = ui.ctx().memory(|memory| memory.focused().is_some());
    let method = &poll.method;
    let taken = ui.input_mut(|input| {
        take_keys(input, |key, modifiers, repeat| {
            if !modifiers.is_none() {
                return None;
            }
            match key {
                // A held key deletes one choice after another, as it does in a text.
                Key::Backspace => Some(BoothAction::TakeBack),
                _ if repeat => None,
                Key::Enter if !focused => Some(BoothAction::Cast),
                _ => {
                    let digit = digit_of(key)?;
                    let item = || poll.items.get(digit - 1).cloned();
                    match method {
                        PollMethod::Dots { .. } => item().map(BoothAction::AddDot),
                        PollMethod::Ranking => item().map(BoothAction::Pick),
                        PollMethod::Rating { .. } => {
                            Some(BoothAction::RateNext(i32::try_from(digit).ok()?))
                        }
                        PollMethod::Tally => None,
                    }
                }
            }
        })
    });
    actions.extend(taken);
}

/// 1 for the 1 key, … 9 for the 9 key.
fn digit_of(key: Key) -> Option<usize> {
    let digits = [
        Key::Num1,
        Key::Num2,
        Key::Num3,
        Key::Num4,
        Key::Num5,
        Key::Num6,
        Key::Num7,
        Key::Num8,
        Key::Num9,
    ];
    digits.iter().position(|&d| d == key).map(|at| at + 1)
}

/// Whether one of `keys` was pressed this frame (held keys repeating do not count: a voter's
/// held Enter must not start the next ballot).
fn pressed_any(ui: &Ui, keys: &[Key]) -> bool {
    let pressed = ui.input_mut(|input| {
        take_keys(input, |key, modifiers, repeat| {
            (keys.contains(&key) && modifiers.is_none() && !repeat).then_some(())
        })
    });
    !pressed.is_empty()
}

/// A centred, wrapped label at `top`, moving `top` below it.
fn place_label(ui: &mut Ui, area: Rect, top: &mut f32, text: &str, size: f32, colour: Color32) {
    let height = text_height(ui, text, size, area.width());
    let rect = Rect::from_min_size(egui::pos2(area.left(), *top), vec2(area.width(), height));
    place(ui, rect, text, size, colour, Align::Center);
    *top += height;
}
