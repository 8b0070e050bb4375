//! A poll's settings on the console: question, method and its settings, items; fixed once
//! votes are in (but for a larger dot budget).

use egui::{DragValue, RichText, TextEdit, Ui};

use super::PollsPanel;
use super::room_choices::{choice_kind_name, room_choices_ui};
use crate::gui::app::Msg;
use crate::gui::console::about_picker::short;
use crate::gui::theme::okabe_ito;
use crate::model::{
    ChoiceKind, Edit, MAX_SCALE_SPAN, Poll, PollMethod, SectionKind, Session, check_method,
};
use crate::tr;
use crate::words::Words;

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
        let words = crate::gui::words(ui.ctx());
        let caption = ui.label(tr!(words, "console-poll-question"));
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
        let (rule, colour) = match &self.settings_note {
            Some((id, note)) if *id == poll.id => (note.clone(), okabe_ito::ORANGE),
            _ if self.is_cleared(poll) => (tr!(words, "console-poll-no-items"), okabe_ito::ORANGE),
            _ => (
                settings_rule(words, poll, locked),
                ui.visuals().weak_text_color(),
            ),
        };
        ui.add(egui::Label::new(RichText::new(&rule).color(colour)).truncate())
            .on_hover_text(rule);
        ui.add_enabled_ui(!locked, |ui| {
            ui.horizontal(|ui| {
                let caption = ui.label(tr!(words, "console-poll-method"));
                let mut method = poll.method.clone();
                egui::ComboBox::from_id_salt("poll-method")
                    .selected_text(words.method_name(&method))
                    .show_ui(ui, |ui| {
                        for option in [
                            PollMethod::default_dots(),
                            PollMethod::default_rating(),
                            PollMethod::Ranking,
                            PollMethod::Tally,
                        ] {
                            let same = option.key() == method.key();
                            let name = words.method_name(&option);
                            if ui.selectable_label(same, name).clicked() && !same {
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
        let cleared = self.is_cleared(poll);
        let count = if cleared { 0 } else { poll.items.len() };
        let mut clear = None;
        ui.add_enabled_ui(!locked, |ui| {
            egui::CollapsingHeader::new(tr!(words, "console-poll-items", count = count))
                .id_salt("poll-items")
                .default_open(cleared)
                .show(ui, |ui| clear = items_ui(ui, session, poll, cleared, out));
        });
        match clear {
            Some(true) => self.cleared = Some(poll.id.clone()),
            Some(false) => self.cleared = None,
            None => {}
        }
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
        let words = crate::gui::words(ui.ctx());
        match &poll.method {
            PollMethod::Dots {
                per_person,
                per_item,
            } => {
                let now = (*per_person, *per_item);
                let mut asked = now;
                ui.horizontal(|ui| {
                    // Any number can be typed: one out of range is refused in words, never
                    // quietly pulled into range.
                    let caption = ui.label(tr!(words, "console-poll-dots-per-person"));
                    if let Some(value) =
                        number_ui(ui, "dots-budget", now.0, 0..=u32::MAX, caption.id)
                    {
                        asked.0 = value;
                    }
                    let caption = ui.label(tr!(words, "console-poll-dots-cap"));
                    ui.add_enabled_ui(!locked, |ui| {
                        if let Some(value) =
                            number_ui(ui, "dots-cap", now.1, 0..=u32::MAX, caption.id)
                        {
                            asked.1 = value;
                        }
                    });
                });
                if asked != now {
                    match dots_change(words, now, asked, locked) {
                        Ok((method, note)) => {
                            out.push(update(method));
                            self.settings_note = note.map(|note| (poll.id.clone(), note));
                        }
                        Err(why) => self.settings_note = Some((poll.id.clone(), why)),
                    }
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
                        let caption = ui.label(tr!(words, "console-poll-scale-from"));
                        let any = i32::MIN..=i32::MAX;
                        let asked_low = number_ui(ui, "scale-min", lowest, any.clone(), caption.id);
                        let caption = ui.label(tr!(words, "console-poll-scale-to"));
                        let asked_high = number_ui(ui, "scale-max", highest, any, caption.id);
                        let asked = (asked_low.unwrap_or(lowest), asked_high.unwrap_or(highest));
                        if asked != (lowest, highest) {
                            match scale_change(words, asked) {
                                Ok(()) => {
                                    (lowest, highest) = asked;
                                    self.settings_note = None;
                                }
                                Err(why) => self.settings_note = Some((poll.id.clone(), why)),
                            }
                        }
                    });
                    let mut said = [low.clone(), high.clone()];
                    ui.horizontal(|ui| {
                        let ends = [
                            ("low", tr!(words, "console-poll-scale-low-hint")),
                            ("high", tr!(words, "console-poll-scale-high-hint")),
                        ];
                        for (index, (field, hint)) in ends.into_iter().enumerate() {
                            let caption = ui.label(if index == 0 {
                                tr!(words, "console-poll-scale-low")
                            } else {
                                tr!(words, "console-poll-scale-high")
                            });
                            let mut text = match &self.typing {
                                Some((id, f, text)) if *id == poll.id && *f == field => {
                                    text.clone()
                                }
                                _ => said[index].clone(),
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
                                said[index] = text.trim().to_owned();
                            }
                        }
                    });
                    let method = PollMethod::Rating {
                        min: lowest,
                        max: highest,
                        low: said[0].clone(),
                        high: said[1].clone(),
                    };
                    if method != poll.method {
                        out.push(update(method));
                    }
                });
            }
            PollMethod::Ranking => {
                ui.label(RichText::new(tr!(words, "console-poll-ranking-rule")).weak());
            }
            PollMethod::Tally => {
                ui.label(RichText::new(tr!(words, "console-poll-tally-rule")).weak());
            }
        }
    }
}

/// The dot settings asked for, checked: the method to apply and, when the cap had to follow
/// a lowered budget, a word saying so; or why the numbers cannot be taken.
pub fn dots_change(
    words: &Words,
    (budget, cap): (u32, u32),
    (asked_budget, asked_cap): (u32, u32),
    locked: bool,
) -> Result<(PollMethod, Option<String>), String> {
    if asked_budget != budget {
        if asked_budget == 0 {
            return Err(tr!(words, "console-poll-dots-none"));
        }
        if asked_budget > MAX_DOTS {
            return Err(tr!(
                words,
                "console-poll-dots-too-many",
                most = MAX_DOTS,
                asked = asked_budget
            ));
        }
        if locked && asked_budget < budget {
            return Err(tr!(
                words,
                "console-poll-dots-only-up",
                budget = budget,
                asked = asked_budget
            ));
        }
        let method = PollMethod::Dots {
            per_person: asked_budget,
            per_item: cap.min(asked_budget),
        };
        let note = (cap > asked_budget).then(|| {
            tr!(
                words,
                "console-poll-dots-cap-followed",
                asked = asked_budget
            )
        });
        return Ok((method, note));
    }
    if asked_cap == 0 {
        return Err(tr!(words, "console-poll-dots-cap-none"));
    }
    if asked_cap > budget {
        return Err(tr!(
            words,
            "console-poll-dots-cap-too-many",
            budget = budget,
            asked = asked_cap
        ));
    }
    let method = PollMethod::Dots {
        per_person: budget,
        per_item: asked_cap,
    };
    Ok((method, None))
}

/// The most dots one person may have: more could not be placed one by one at the booth.
pub const MAX_DOTS: u32 = 999;

/// Whether a rating scale from `low` to `high` can be used, or why not, in words.
pub fn scale_change(words: &Words, (low, high): (i32, i32)) -> Result<(), String> {
    match check_method(&PollMethod::Rating {
        min: low,
        max: high,
        low: String::new(),
        high: String::new(),
    }) {
        Ok(()) => Ok(()),
        Err(_) if low >= high => Err(tr!(
            words,
            "console-poll-scale-upside-down",
            low = low,
            high = high
        )),
        Err(_) => Err(tr!(
            words,
            "console-poll-scale-too-long",
            most = MAX_SCALE_SPAN + 1,
            low = low,
            high = high
        )),
    }
}

/// What may still change in a poll's settings, in words for its method.
pub(super) fn settings_rule(words: &Words, poll: &Poll, locked: bool) -> String {
    match (&poll.method, locked) {
        (PollMethod::Tally, false) => tr!(words, "console-poll-rule-tally-open"),
        (_, false) => tr!(words, "console-poll-rule-open"),
        (PollMethod::Tally, true) => tr!(words, "console-poll-rule-tally-fixed"),
        (PollMethod::Dots { .. }, true) => tr!(words, "console-poll-rule-dots-fixed"),
        (_, true) => tr!(words, "console-poll-rule-fixed"),
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

/// The poll's items: a section at a time (added to those ticked), or one by one. Only a choice
/// made here changes the poll; merely looking never reorders it. A poll cannot be saved with no
/// items, so clearing them all is kept on the panel (`cleared`) until one is ticked again.
/// Returns whether the list is now cleared, when that changed.
fn items_ui(
    ui: &mut Ui,
    session: &Session,
    poll: &Poll,
    cleared: bool,
    out: &mut Vec<Msg>,
) -> Option<bool> {
    let mut items = if cleared {
        Vec::new()
    } else {
        poll.items.clone()
    };
    let mut touched = false;
    let words = crate::gui::words(ui.ctx());
    ui.horizontal_wrapped(|ui| {
        ui.label(tr!(words, "console-poll-items-add"));
        for (kind, default) in [
            (SectionKind::Values, tr!(words, "console-poll-items-values")),
            (SectionKind::Vision, tr!(words, "console-poll-items-vision")),
            (
                SectionKind::Mission,
                tr!(words, "console-poll-items-mission"),
            ),
        ] {
            let section = session.framework.section(kind);
            let name = section.label.clone().unwrap_or(default);
            let missing: Vec<String> = section
                .items_in_use()
                .map(|item| item.id.clone())
                .filter(|id| !items.contains(id))
                .collect();
            let button = ui
                .add_enabled(!missing.is_empty(), egui::Button::new(name))
                .on_hover_text(tr!(words, "console-poll-items-add-hover"))
                .on_disabled_hover_text(tr!(words, "console-poll-items-add-disabled-hover"));
            if button.clicked() {
                touched = true;
                items.extend(missing);
            }
        }
        if ui
            .add_enabled(
                !items.is_empty(),
                egui::Button::new(tr!(words, "console-poll-items-clear")),
            )
            .clicked()
        {
            touched = true;
            items.clear();
        }
    });
    for (kind, item) in session.framework.items_in_use() {
        let mut on = items.contains(&item.id);
        let section = words.section_name(session.framework.section(kind), kind);
        let text = format!("{section} · {}", short(item.label()));
        if ui.checkbox(&mut on, text).changed() {
            touched = true;
            if on {
                items.push(item.id.clone());
            } else {
                items.retain(|id| *id != item.id);
            }
        }
    }
    // The room's own words on the poll (notes, themes, action items), after the framework's
    // items, and a way to add more.
    let theirs: Vec<String> = poll
        .items
        .iter()
        .filter(|id| session.framework.item(id).is_none())
        .cloned()
        .collect();
    for id in &theirs {
        let mut on = items.contains(id);
        let kind = choice_kind_name(words, session.choice_kind(id).unwrap_or(ChoiceKind::Note));
        let text = format!("{kind} · {}", short(session.item_label(id)));
        if ui.checkbox(&mut on, text).changed() {
            touched = true;
            if on {
                items.push(id.clone());
            } else {
                items.retain(|other| other != id);
            }
        }
    }
    if let Some(added) = room_choices_ui(ui, session, &items) {
        touched = true;
        items.push(added);
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
    if !touched {
        return None;
    }
    if items.is_empty() {
        return Some(true);
    }
    if items != poll.items {
        out.push(Msg::Apply(Edit::UpdatePoll {
            id: poll.id.clone(),
            question: poll.question.clone(),
            items,
            method: poll.method.clone(),
        }));
    }
    Some(false)
}
