//! A poll's settings on the console: question, method and its settings, items; fixed once
//! votes are in (but for a larger dot budget).

use egui::{DragValue, RichText, TextEdit, Ui};

use super::PollsPanel;
use crate::gui::app::Msg;
use crate::gui::console::about_picker::short;
use crate::gui::theme::okabe_ito;
use crate::model::{Edit, Poll, PollMethod, SectionKind, Session};

impl PollsPanel {
    pub(super) fn settings_ui(
        &mut self,
        ui: &mut Ui,
        session: &Session,
        poll: &Poll,
        out: &mut Vec<Msg>,
    ) {
        let locked = poll.has_votes();
        let update = |question: String, items: Vec<String>, method: PollMethod| {
            Msg::Apply(Edit::UpdatePoll {
                id: poll.id.clone(),
                question,
                items,
                method,
            })
        };
        // Question: applied when the field is left, so one edit (and one undo) per change.
        let caption = ui.label("Question");
        let mut question = match &self.typing {
            Some((id, "question", text)) if *id == poll.id => text.clone(),
            _ => poll.question.clone(),
        };
        let field = ui
            .add(TextEdit::singleline(&mut question).desired_width(f32::INFINITY))
            .labelled_by(caption.id);
        if field.changed() {
            self.typing = Some((poll.id.clone(), "question", question.clone()));
        }
        if field.lost_focus() {
            self.typing = None;
            let question = question.trim().to_owned();
            if !question.is_empty() && question != poll.question {
                out.push(update(question, poll.items.clone(), poll.method.clone()));
            }
        }
        // Always one line, whatever it says: a line appearing with the first vote or count
        // would push the controls below it under the pointer.
        let rule = settings_rule(poll, locked);
        ui.add(egui::Label::new(RichText::new(rule).weak()).truncate())
            .on_hover_text(rule);
        ui.add_enabled_ui(!locked, |ui| {
            ui.horizontal(|ui| {
                let caption = ui.label("Method");
                let mut method = poll.method.clone();
                egui::ComboBox::from_id_salt("poll-method")
                    .selected_text(method.name())
                    .show_ui(ui, |ui| {
                        for option in [
                            PollMethod::default_dots(),
                            PollMethod::default_rating(),
                            PollMethod::Ranking,
                            PollMethod::Tally,
                        ] {
                            let same = option.key() == method.key();
                            if ui.selectable_label(same, option.name()).clicked() && !same {
                                method = option;
                            }
                        }
                    })
                    .response
                    .labelled_by(caption.id);
                if method != poll.method {
                    out.push(update(poll.question.clone(), poll.items.clone(), method));
                }
            });
        });
        self.method_settings_ui(ui, poll, locked, out);
        ui.add_enabled_ui(!locked, |ui| {
            egui::CollapsingHeader::new(format!("Items on the poll ({})", poll.items.len()))
                .id_salt("poll-items")
                .show(ui, |ui| items_ui(ui, session, poll, out));
        });
    }

    pub(super) fn method_settings_ui(
        &mut self,
        ui: &mut Ui,
        poll: &Poll,
        locked: bool,
        out: &mut Vec<Msg>,
    ) {
        let update = |method: PollMethod| {
            Msg::Apply(Edit::UpdatePoll {
                id: poll.id.clone(),
                question: poll.question.clone(),
                items: poll.items.clone(),
                method,
            })
        };
        match &poll.method {
            PollMethod::Dots {
                per_person,
                per_item,
            } => {
                let (mut budget, mut cap) = (*per_person, *per_item);
                ui.horizontal(|ui| {
                    let caption = ui.label("Dots per person");
                    // Only ever up once votes are in: nobody's ballot stops counting.
                    let lowest = if locked { *per_person } else { 1 };
                    if let Some(value) =
                        number_ui(ui, "dots-budget", budget, lowest..=999, caption.id)
                    {
                        budget = value;
                    }
                    let caption = ui.label("At most on one item");
                    ui.add_enabled_ui(!locked, |ui| {
                        if let Some(value) =
                            number_ui(ui, "dots-cap", cap, 1..=budget.max(1), caption.id)
                        {
                            cap = value;
                        }
                    });
                });
                if (budget, cap) != (*per_person, *per_item) {
                    // The cap follows a budget lowered below it.
                    out.push(update(PollMethod::Dots {
                        per_person: budget,
                        per_item: cap.min(budget).max(1),
                    }));
                }
            }
            PollMethod::Rating {
                min,
                max,
                low,
                high,
            } => {
                let (mut lowest, mut highest) = (*min, *max);
                ui.add_enabled_ui(!locked, |ui| {
                    ui.horizontal(|ui| {
                        let caption = ui.label("Scale from");
                        let range = -100..=highest.saturating_sub(1);
                        if let Some(value) = number_ui(ui, "scale-min", lowest, range, caption.id) {
                            lowest = value;
                        }
                        let caption = ui.label("to");
                        let range = lowest.saturating_add(1)..=lowest.saturating_add(100);
                        if let Some(value) = number_ui(ui, "scale-max", highest, range, caption.id)
                        {
                            highest = value;
                        }
                    });
                    let mut words = [low.clone(), high.clone()];
                    ui.horizontal(|ui| {
                        for (index, (field, hint)) in [("low", "Not at all"), ("high", "Fully")]
                            .into_iter()
                            .enumerate()
                        {
                            let caption = ui.label(if index == 0 {
                                "Lowest means"
                            } else {
                                "Highest means"
                            });
                            let mut text = match &self.typing {
                                Some((id, f, text)) if *id == poll.id && *f == field => {
                                    text.clone()
                                }
                                _ => words[index].clone(),
                            };
                            let response = ui
                                .add(
                                    TextEdit::singleline(&mut text)
                                        .hint_text(hint)
                                        .desired_width(110.0),
                                )
                                .labelled_by(caption.id);
                            if response.changed() {
                                self.typing = Some((poll.id.clone(), field, text.clone()));
                            }
                            if response.lost_focus() {
                                self.typing = None;
                                words[index] = text.trim().to_owned();
                            }
                        }
                    });
                    let method = PollMethod::Rating {
                        min: lowest,
                        max: highest,
                        low: words[0].clone(),
                        high: words[1].clone(),
                    };
                    if method != poll.method {
                        out.push(update(method));
                    }
                });
            }
            PollMethod::Ranking => {
                ui.label(RichText::new("Each person puts items in order; they may rank only some. Points: n − place + 1.").weak());
            }
            PollMethod::Tally => {
                ui.label(
                    RichText::new("You type a count per item (hands raised, paper dots).").weak(),
                );
            }
        }
    }
}

/// What may still change in a poll's settings, in words for its method.
pub(super) fn settings_rule(poll: &Poll, locked: bool) -> &'static str {
    match (&poll.method, locked) {
        (PollMethod::Tally, false) => "The items and method can change until the first count.",
        (_, false) => "The items and method can change until the first vote.",
        (PollMethod::Tally, true) => "Counts are in: the items and method are fixed.",
        (PollMethod::Dots { .. }, true) => {
            "Votes are in: the items and method are fixed; the dot budget may still go up."
        }
        (_, true) => "Votes are in: the items and method are fixed.",
    }
}

/// A number field that changes the session once per gesture: when a drag ends, or when a
/// typed number is entered, not at every frame of a drag (each change is saved and undoable).
/// Values outside `range` that came from a file are shown as they are, not pulled in.
pub(super) fn number_ui<T: egui::emath::Numeric + Send + Sync>(
    ui: &mut Ui,
    salt: &str,
    value: T,
    range: std::ops::RangeInclusive<T>,
    caption: egui::Id,
) -> Option<T> {
    let id = ui.make_persistent_id(salt);
    let mut shown = ui.data(|data| data.get_temp::<T>(id)).unwrap_or(value);
    let response = ui
        .add(
            DragValue::new(&mut shown)
                .range(range)
                .clamp_existing_to_range(false)
                .update_while_editing(false),
        )
        .labelled_by(caption);
    if response.dragged() {
        ui.data_mut(|data| data.insert_temp(id, shown));
        return None;
    }
    ui.data_mut(|data| data.remove::<T>(id));
    (shown != value).then_some(shown)
}

/// The poll's items: a section at a time, or one by one. Only a choice made here changes the
/// poll; merely looking never reorders it.
fn items_ui(ui: &mut Ui, session: &Session, poll: &Poll, out: &mut Vec<Msg>) {
    let mut items = poll.items.clone();
    let mut touched = false;
    ui.horizontal(|ui| {
        for (kind, words) in [
            (SectionKind::Values, "Core values"),
            (SectionKind::Vision, "Vision goals"),
            (SectionKind::Mission, "Mission"),
        ] {
            if ui.button(words).clicked() {
                touched = true;
                items = session
                    .framework
                    .section(kind)
                    .items
                    .iter()
                    .map(|item| item.id.clone())
                    .collect();
            }
        }
    });
    for (kind, item) in session.framework.items() {
        let mut on = items.contains(&item.id);
        let text = format!("{} · {}", kind.name(), short(item.label()));
        if ui.checkbox(&mut on, text).changed() {
            touched = true;
            if on {
                items.push(item.id.clone());
            } else {
                items.retain(|id| *id != item.id);
            }
        }
    }
    // Keep the framework's order, so the booth lists items as the slides do.
    let order: Vec<String> = session
        .framework
        .items()
        .map(|(_, item)| item.id.clone())
        .filter(|id| items.contains(id))
        .collect();
    let extra = items.iter().filter(|id| !order.contains(id)).cloned();
    let items: Vec<String> = order.iter().cloned().chain(extra).collect();
    if !touched || items == poll.items {
        return;
    }
    if items.is_empty() {
        ui.label(RichText::new("A poll needs at least one item.").color(okabe_ito::VERMILLION));
    } else {
        out.push(Msg::Apply(Edit::UpdatePoll {
            id: poll.id.clone(),
            question: poll.question.clone(),
            items,
            method: poll.method.clone(),
        }));
    }
}
