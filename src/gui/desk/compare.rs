//! Comparing the open session with another (last year's retreat): which polls are compared
//! and how many voted in each, a chart of one measure at a time, before beside after, and a
//! table of every change; items only one session has are listed as such, and so are the polls
//! on the room's own ideas. Dots and hand counts are shares of what was cast that year, so a
//! bigger room does not look keener.

use std::path::PathBuf;

use egui::{Align2, Color32, FontId, Grid, RichText, Sense, Ui, vec2};

use crate::gui::app::cache::Version;
use crate::gui::app::keys::take_keys;
use crate::gui::theme::okabe_ito;
use crate::model::{Session, clip_words};
use crate::report::{
    Comparison, ItemChange, Labels, Measure, TOP_CHOICES, change_cell_in, compare,
    idea_choice_line_in, idea_poll_name_in, ideas_meaning, item_label_in, poll_facts_in,
    poll_question_in, shares_meaning, side_words_in,
};
use crate::tr;
use crate::words::Words;

/// What the chart can show, in the order of its buttons: every measure but the Borda rank,
/// whose bars would read backwards.
const CHARTED: [Measure; 4] = [
    Measure::Dots,
    Measure::Rating,
    Measure::HandCount,
    Measure::Notes,
];

/// The figure a bar stands for: a share as a percentage, a mean, a count of notes.
fn bar_values(measure: Measure, item: &ItemChange) -> [Option<f64>; 2] {
    let percent = |share: Option<f64>| share.map(|part| part * 100.0);
    match measure {
        Measure::Dots => item.dot_share.map(percent),
        Measure::HandCount => item.hand_share.map(percent),
        Measure::Rating => item.mean_rating,
        Measure::Ranking => [None, None],
        Measure::Notes => item.notes.map(|n| Some(n as f64)),
    }
}

/// The other session and the comparison with the open one.
#[derive(Debug, Clone)]
pub struct CompareView {
    /// The other session's file.
    pub path: PathBuf,
    other: Session,
    /// The comparison, earlier session first.
    pub comparison: Comparison,
    /// Whether the open session is the earlier one.
    open_is_before: bool,
    /// The open session's id and revision the comparison was made at.
    revision: Version,
    /// What the chart shows.
    pub measure: Measure,
}

/// Which of two sessions came first: by date, and the open one last when they share a day.
fn open_is_before(open: &Session, other: &Session) -> bool {
    open.date < other.date
}

impl CompareView {
    /// Compares `open` with `other`, read from `path`; the earlier by date is "before".
    pub fn new(path: PathBuf, other: Session, open: &Session, revision: u64) -> Self {
        let open_is_before = open_is_before(open, &other);
        let comparison = if open_is_before {
            compare(open, &other)
        } else {
            compare(&other, open)
        };
        // The first measure there is something to chart by: the dots when either ran a vote.
        let present = comparison.measures();
        let measure = CHARTED
            .into_iter()
            .find(|measure| present.contains(measure))
            .unwrap_or(Measure::Notes);
        CompareView {
            path,
            comparison,
            open_is_before,
            revision: Version::new(&open.id, revision),
            other,
            measure,
        }
    }

    /// Works the comparison out again if the open session changed since.
    pub fn refresh(&mut self, open: &Session, revision: u64) {
        if self.revision != Version::new(&open.id, revision) {
            let measure = self.measure;
            *self = CompareView::new(self.path.clone(), self.other.clone(), open, revision);
            self.measure = measure;
        }
    }
}

/// What the person asked for on the compare screen.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum CompareChoice {
    /// Back to the dashboard.
    Close,
}

/// Colours of the two sessions in the chart: a light and a dark blue, told apart without hue.
const BEFORE: Color32 = okabe_ito::SKY_BLUE;
const AFTER: Color32 = okabe_ito::BLUE;

/// Draws the comparison; returns what the person chose.
pub fn compare_ui(ui: &mut Ui, view: &mut CompareView) -> Option<CompareChoice> {
    let mut choice = None;
    let comparison = &view.comparison;
    let words = crate::gui::words(ui.ctx());
    ui.horizontal(|ui| {
        let back = ui.button(tr!(words, "desk-compare-back")).clicked();
        let focus_free = ui.ctx().memory(|memory| memory.focused().is_none());
        let esc = focus_free
            && !ui
                .input_mut(|input| {
                    take_keys(input, |key, modifiers, _| {
                        (key == egui::Key::Escape && modifiers.is_none()).then_some(())
                    })
                })
                .is_empty();
        if back || esc {
            choice = Some(CompareChoice::Close);
        }
        let path = view.path.display().to_string();
        ui.label(RichText::new(tr!(words, "desk-compared-with", path = path)).weak());
    });
    let heading = tr!(
        words,
        "desk-compare-heading",
        after = &comparison.after,
        before = &comparison.before
    );
    ui.label(RichText::new(heading).heading());
    ui.label(if view.open_is_before {
        tr!(words, "desk-compare-open-before")
    } else {
        tr!(words, "desk-compare-open-after")
    });
    ui.add_space(8.0);
    polls_ui(ui, comparison, words);
    ui.add_space(12.0);
    let present = comparison.measures();
    ui.horizontal(|ui| {
        ui.label(tr!(words, "desk-compare-chart-of"));
        for measure in CHARTED.into_iter().filter(|m| present.contains(m)) {
            ui.selectable_value(&mut view.measure, measure, measure.heading_in(words));
        }
        ui.add_space(16.0);
        legend_ui(ui, BEFORE, &comparison.before);
        legend_ui(ui, AFTER, &comparison.after);
    });
    chart_ui(ui, comparison, view.measure, words);
    ui.add_space(12.0);
    ui.label(RichText::new(tr!(words, "desk-compare-every-change")).heading());
    ui.label(RichText::new(tr!(words, "desk-compare-every-change-hint")).weak());
    table_ui(ui, comparison, words);
    for (list, labels, title) in [
        (
            &comparison.only_before,
            &comparison.only_before_labels,
            &comparison.before,
        ),
        (
            &comparison.only_after,
            &comparison.only_after_labels,
            &comparison.after,
        ),
    ] {
        if !list.is_empty() {
            ui.add_space(8.0);
            ui.label(RichText::new(tr!(words, "desk-compare-only-in", title = title)).strong());
            let none = Labels::new();
            for (at, label) in list.iter().enumerate() {
                let translated = labels.get(at).unwrap_or(&none);
                ui.label(format!("• {}", item_label_in(label, translated, words)));
            }
        }
    }
    ideas_ui(ui, comparison, words);
    choice
}

/// The polls on the room's own ideas: each year's ballots and the top choices by their words.
fn ideas_ui(ui: &mut Ui, comparison: &Comparison, words: &Words) {
    if comparison.idea_polls.is_empty() {
        return;
    }
    ui.add_space(12.0);
    ui.label(RichText::new(tr!(words, "desk-compare-idea-polls")).heading());
    // Words, not an arrow: the console's font has no arrow glyph of its own.
    let to = tr!(words, "desk-compare-to");
    ui.label(RichText::new(ideas_meaning(words).replace('→', &to)).weak());
    let titles = [&comparison.before, &comparison.after];
    for poll in &comparison.idea_polls {
        ui.add_space(6.0);
        ui.label(RichText::new(idea_poll_name_in(poll, 80, str::to_owned, words)).strong());
        for (side, compared) in poll.polls.iter().enumerate() {
            let facts = match compared {
                Some(compared) => poll_facts_in(Some(compared), poll.measure, words),
                None => tr!(words, "desk-compare-no-such-poll"),
            };
            ui.label(format!("{}: {facts}", titles[side]));
        }
        for choice in poll.choices.iter().take(TOP_CHOICES) {
            let line = idea_choice_line_in(poll, choice, &to, 70, str::to_owned, words);
            ui.label(format!("• {line}")).on_hover_text(&choice.words);
        }
    }
}

/// Which poll of each method is compared, and how many took part in it each year: the
/// figures that say whether a change is the room's or only its size.
fn polls_ui(ui: &mut Ui, comparison: &Comparison, words: &Words) {
    ui.label(RichText::new(tr!(words, "desk-compare-polls")).heading());
    Grid::new("compare-polls")
        .num_columns(3)
        .striped(true)
        .spacing([16.0, 4.0])
        .show(ui, |ui| {
            ui.label("");
            let before = tr!(words, "desk-compare-before", title = &comparison.before);
            let after = tr!(words, "desk-compare-after", title = &comparison.after);
            ui.label(RichText::new(before).strong());
            ui.label(RichText::new(after).strong());
            ui.end_row();
            for pair in &comparison.polls {
                ui.label(RichText::new(pair.measure.name_in(words)).strong());
                for (side, poll) in pair.polls.iter().enumerate() {
                    ui.vertical(|ui| {
                        ui.label(poll_facts_in(poll.as_ref(), pair.measure, words));
                        let question = poll_question_in(pair, side, 56, words);
                        if let (Some(poll), Some(question)) = (poll, question) {
                            ui.label(RichText::new(question).small().weak())
                                .on_hover_text(&poll.question);
                        }
                    });
                }
                ui.end_row();
            }
            ui.label(RichText::new(Measure::Notes.name_in(words)).strong());
            for notes in comparison.notes {
                ui.label(tr!(words, "desk-count-notes", count = notes));
            }
            ui.end_row();
        });
    let shares = comparison
        .polls
        .iter()
        .any(|pair| matches!(pair.measure, Measure::Dots | Measure::HandCount));
    if shares {
        ui.label(RichText::new(shares_meaning(words)).weak());
    }
}

fn legend_ui(ui: &mut Ui, colour: Color32, title: &str) {
    let (rect, _) = ui.allocate_exact_size(vec2(14.0, 14.0), Sense::hover());
    ui.painter().rect_filled(rect, 2.0, colour);
    ui.label(title);
}

/// Paired bars per item: before above after, each with its number.
fn chart_ui(ui: &mut Ui, comparison: &Comparison, measure: Measure, words: &Words) {
    let rows: Vec<(&ItemChange, [Option<f64>; 2])> = comparison
        .items
        .iter()
        .map(|item| (item, bar_values(measure, item)))
        .filter(|(_, values)| values.iter().any(Option::is_some))
        .collect();
    if rows.is_empty() {
        let ran = comparison.polls_of(measure).iter().any(Option::is_some);
        let poll = measure.poll_name_in(words);
        ui.label(if ran {
            tr!(words, "desk-compare-nothing-cast", poll = poll)
        } else {
            tr!(words, "desk-compare-neither-ran", poll = poll)
        });
        return;
    }
    let most = rows
        .iter()
        .flat_map(|(_, values)| values.iter().flatten())
        .fold(0.0_f64, |a, &b| a.max(b))
        .max(f64::EPSILON);
    let bar = 16.0;
    let gap = 10.0;
    let label_width = 260.0;
    let text = ui.visuals().text_color();
    let font = FontId::proportional(14.0);
    // Room after the longest bar for the widest figure, "33% (23 dots)", so none is cut off.
    let figures: Vec<[String; 2]> = rows
        .iter()
        .map(|(item, _)| [0, 1].map(|side| side_words_in(item, measure, side, words)))
        .collect();
    let number_width = 12.0
        + figures
            .iter()
            .flatten()
            .map(|figure| {
                ui.ctx().fonts_mut(|fonts| {
                    fonts
                        .layout_no_wrap(figure.clone(), font.clone(), text)
                        .size()
                        .x
                })
            })
            .fold(0.0_f32, f32::max);
    let width = ui.available_width().max(label_width + number_width + 120.0);
    let height = rows.len() as f32 * (2.0 * bar + gap);
    let (rect, response) = ui.allocate_exact_size(vec2(width, height), Sense::hover());
    let painter = ui.painter_at(rect);
    let span = width - label_width - number_width;
    let mut said = Vec::new();
    for (at, ((item, values), figures)) in rows.iter().zip(&figures).enumerate() {
        let top = rect.top() + at as f32 * (2.0 * bar + gap);
        let label = item_label_in(&item.label, &item.labels, words);
        painter.text(
            egui::pos2(rect.left(), top + bar),
            Align2::LEFT_CENTER,
            clip_words(label, 34),
            font.clone(),
            text,
        );
        for (side, ((value, colour), figure)) in
            values.iter().zip([BEFORE, AFTER]).zip(figures).enumerate()
        {
            let y = top + side as f32 * bar;
            let left = rect.left() + label_width;
            let length = value.map_or(0.0, |v| (v / most) as f32 * span);
            let bar_rect = egui::Rect::from_min_size(
                egui::pos2(left, y + 1.0),
                vec2(length.max(1.0), bar - 2.0),
            );
            painter.rect_filled(bar_rect, 2.0, colour);
            painter.text(
                egui::pos2(bar_rect.right() + 6.0, y + bar / 2.0),
                Align2::LEFT_CENTER,
                figure,
                font.clone(),
                text,
            );
            said.push(if side == 0 {
                tr!(words, "desk-chart-before", label = label, figure = figure)
            } else {
                tr!(words, "desk-chart-after", label = label, figure = figure)
            });
        }
    }
    // The bars are painted; people using a screen reader get the same figures as words.
    let description = tr!(
        words,
        "desk-chart-description",
        measure = measure.heading_in(words),
        figures = said.join("; ")
    );
    response
        .widget_info(|| egui::WidgetInfo::labeled(egui::Role::Image, true, description.clone()));
}

fn table_ui(ui: &mut Ui, comparison: &Comparison, words: &Words) {
    let measures = comparison.measures();
    Grid::new("compare-table")
        .num_columns(measures.len() + 1)
        .striped(true)
        .spacing([16.0, 4.0])
        .show(ui, |ui| {
            ui.label(RichText::new(tr!(words, "desk-item")).strong());
            for measure in &measures {
                ui.label(RichText::new(measure.heading_in(words)).strong());
            }
            ui.end_row();
            let to = tr!(words, "desk-compare-to");
            for item in &comparison.items {
                let label = item_label_in(&item.label, &item.labels, words);
                ui.label(clip_words(label, 44)).on_hover_text(label);
                for &measure in &measures {
                    // Words, not an arrow: the console's font has no arrow glyph of its own.
                    let cell = change_cell_in(item, measure, &to, words);
                    ui.vertical(|ui| {
                        // A column is as wide as its widest cell: wrapping in a column would
                        // narrow it frame by frame until "no change" broke mid-word.
                        ui.style_mut().wrap_mode = Some(egui::TextWrapMode::Extend);
                        ui.label(cell.text);
                        if !cell.detail.is_empty() {
                            ui.label(RichText::new(cell.detail).small().weak());
                        }
                    });
                }
                ui.end_row();
            }
        });
}
