//! Setting up and running polls from the console: question, items, method and its settings;
//! Draft → Open → Closed → Revealed with the state always in view; counts typed for tally
//! polls; a mistaken ballot removed (after a confirmation, and undoable); the booth handed round
//! on this laptop.

use egui::{DragValue, RichText, ScrollArea, TextEdit, Ui};

use crate::gui::app::Msg;
use crate::gui::room::deck::Slide;
use crate::gui::theme::okabe_ito;
use crate::model::plural;
use crate::model::{
    Ballot, Edit, Marks, Poll, PollMethod, PollStatus, SectionKind, Session, new_id,
};

/// The polls panel's own state.
#[derive(Debug, Default)]
pub struct PollsPanel {
    /// The poll chosen here when the slide up is not a poll.
    chosen: Option<String>,
    /// Text being typed into a poll's question or scale labels: (poll id, field, text).
    typing: Option<(String, &'static str, String)>,
    /// The ballot whose removal waits for a confirmation.
    confirm_remove: Option<String>,
    /// The poll whose deletion waits for a confirmation.
    confirm_delete: Option<String>,
}

/// The question a new poll starts with.
pub const DEFAULT_QUESTION: &str = "Which values need the most attention next year?";

/// "DRAFT", "OPEN · voting", … with a colour; the word carries the meaning.
pub fn status_words(status: PollStatus) -> (&'static str, egui::Color32) {
    match status {
        PollStatus::Draft => ("DRAFT · being set up", egui::Color32::GRAY),
        PollStatus::Open => ("OPEN · voting now", okabe_ito::BLUISH_GREEN),
        PollStatus::Closed => ("CLOSED · results hidden", okabe_ito::ORANGE),
        PollStatus::Revealed => ("REVEALED · results shown", okabe_ito::SKY_BLUE),
    }
}

impl PollsPanel {
    /// Applies words still being typed into a poll's question or scale labels; called when the
    /// field goes out of sight (another tab or poll), where it would never lose focus.
    pub fn flush(&mut self, session: &Session) -> Vec<Msg> {
        let Some((id, field, text)) = self.typing.take() else {
            return Vec::new();
        };
        let Some(poll) = session.poll(&id) else {
            return Vec::new();
        };
        let text = text.trim().to_owned();
        let mut question = poll.question.clone();
        let mut method = poll.method.clone();
        match (field, &mut method) {
            ("question", _) if !text.is_empty() => question = text,
            ("low", PollMethod::Rating { low, .. }) => *low = text,
            ("high", PollMethod::Rating { high, .. }) => *high = text,
            _ => {}
        }
        if question == poll.question && method == poll.method {
            return Vec::new();
        }
        vec![Msg::Apply(Edit::UpdatePoll {
            id,
            question,
            items: poll.items.clone(),
            method,
        })]
    }

    /// Draws the panel. `on_slide` is the poll whose slide is up, if any.
    pub fn ui(
        &mut self,
        ui: &mut Ui,
        session: &Session,
        on_slide: Option<&str>,
        booth_here: bool,
    ) -> Vec<Msg> {
        let mut out = Vec::new();
        ui.horizontal(|ui| {
            if ui.button("New poll").clicked() {
                let poll = Poll::draft(
                    new_id(),
                    DEFAULT_QUESTION.into(),
                    session.framework.value_ids(),
                    PollMethod::default_dots(),
                );
                self.chosen = Some(poll.id.clone());
                let slide = Slide::PollBallot(poll.id.clone());
                out.push(Msg::Apply(Edit::AddPoll(poll)));
                out.push(Msg::Show(slide));
            }
            ui.label(RichText::new(format!("{} polls", session.polls.len())).weak());
        });
        let selected = on_slide
            .or(self.chosen.as_deref())
            .and_then(|id| session.poll(id))
            .or_else(|| session.polls.last());
        if session.polls.len() > 1 || on_slide.is_none() {
            for poll in &session.polls {
                let (words, colour) = status_words(poll.status);
                ui.horizontal(|ui| {
                    let chosen = selected.is_some_and(|s| s.id == poll.id);
                    if ui
                        .selectable_label(
                            chosen,
                            crate::gui::console::about_picker::short(&poll.question),
                        )
                        .clicked()
                    {
                        self.chosen = Some(poll.id.clone());
                        out.push(Msg::Show(Slide::PollBallot(poll.id.clone())));
                    }
                    ui.label(RichText::new(words.split(' ').next().unwrap_or(words)).color(colour));
                });
            }
        }
        ui.separator();
        let Some(poll) = selected else {
            ui.label("No polls yet. “New poll” starts one on the six core values.");
            return out;
        };
        if self
            .typing
            .as_ref()
            .is_some_and(|(id, _, _)| *id != poll.id)
        {
            out.extend(self.flush(session));
        }
        ScrollArea::vertical()
            .id_salt("poll-detail")
            .auto_shrink([false, true])
            .show(ui, |ui| {
                self.poll_ui(ui, session, poll, booth_here, &mut out)
            });
        out
    }

    fn poll_ui(
        &mut self,
        ui: &mut Ui,
        session: &Session,
        poll: &Poll,
        booth_here: bool,
        out: &mut Vec<Msg>,
    ) {
        let (words, colour) = status_words(poll.status);
        ui.horizontal(|ui| {
            ui.label(RichText::new(words).color(colour).strong().size(18.0));
            if poll.method.takes_ballots() {
                let cast = poll.ballots.len();
                ui.label(format!("{} cast", plural(cast, "ballot")));
            }
        });
        lifecycle_ui(ui, poll, booth_here, out);
        ui.separator();
        self.settings_ui(ui, session, poll, out);
        if poll.method == PollMethod::Tally && poll.status != PollStatus::Draft {
            ui.separator();
            tally_ui(ui, session, poll, out);
        }
        if poll.method.takes_ballots() && !poll.ballots.is_empty() {
            ui.separator();
            self.ballots_ui(ui, session, poll, out);
        }
        if matches!(poll.status, PollStatus::Closed | PollStatus::Revealed) {
            ui.separator();
            let header = if poll.status == PollStatus::Revealed {
                "Results"
            } else {
                "Results (only on this screen until you reveal them)"
            };
            egui::CollapsingHeader::new(header)
                .default_open(poll.status == PollStatus::Revealed)
                .show(ui, |ui| {
                    crate::gui::room::results::results_detail_ui(ui, session, poll);
                });
        }
        ui.separator();
        if self.confirm_delete.as_deref() == Some(&poll.id) {
            ui.label(format!(
                "Delete this poll and its {}? Undo (Ctrl+Z) brings it back.",
                plural(poll.ballots.len(), "ballot")
            ));
            ui.horizontal(|ui| {
                if ui.button("Delete poll").clicked() {
                    out.push(Msg::Apply(Edit::RemovePoll(poll.id.clone())));
                    self.confirm_delete = None;
                }
                if ui.button("Keep it").clicked() {
                    self.confirm_delete = None;
                }
            });
        } else if ui.button("Delete poll…").clicked() {
            self.confirm_delete = Some(poll.id.clone());
        }
    }

    fn settings_ui(&mut self, ui: &mut Ui, session: &Session, poll: &Poll, out: &mut Vec<Msg>) {
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
                .show(ui, |ui| {
                    let mut items = poll.items.clone();
                    // Only a choice made here changes the poll; merely looking never reorders it.
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
                        let text = format!(
                            "{} · {}",
                            kind.name(),
                            crate::gui::console::about_picker::short(item.label())
                        );
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
                    if touched && items != poll.items {
                        if items.is_empty() {
                            ui.label(
                                RichText::new("A poll needs at least one item.")
                                    .color(okabe_ito::VERMILLION),
                            );
                        } else {
                            out.push(update(poll.question.clone(), items, poll.method.clone()));
                        }
                    }
                });
        });
    }

    fn method_settings_ui(&mut self, ui: &mut Ui, poll: &Poll, locked: bool, out: &mut Vec<Msg>) {
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

    fn ballots_ui(&mut self, ui: &mut Ui, session: &Session, poll: &Poll, out: &mut Vec<Msg>) {
        egui::CollapsingHeader::new(format!("Ballots ({})", poll.ballots.len()))
            .id_salt("poll-ballots")
            .show(ui, |ui| {
                ui.label(
                    RichText::new("Newest first. Remove one only if it was cast by mistake.")
                        .weak(),
                );
                let count = poll.ballots.len();
                for (index, ballot) in poll.ballots.iter().enumerate().rev() {
                    ui.horizontal(|ui| {
                        ui.label(format!(
                            "#{}  {}",
                            index + 1,
                            ballot.cast.with_timezone(&chrono::Local).format("%H:%M:%S")
                        ));
                        // While voting goes on, the laptop may be seen by the next voter: times
                        // only, so nobody can match a ballot to the person who just left.
                        if poll.status != PollStatus::Open {
                            ui.add(egui::Label::new(ballot_summary(session, ballot)).truncate());
                        }
                    });
                    if self.confirm_remove.as_deref() == Some(&ballot.id) {
                        ui.horizontal(|ui| {
                            ui.label(
                                RichText::new("Remove this ballot? It will no longer count.")
                                    .color(okabe_ito::ORANGE),
                            );
                            if ui.button("Remove ballot").clicked() {
                                out.push(Msg::Apply(Edit::RemoveBallot {
                                    poll: poll.id.clone(),
                                    ballot: ballot.id.clone(),
                                }));
                                self.confirm_remove = None;
                            }
                            if ui.button("Keep it").clicked() {
                                self.confirm_remove = None;
                            }
                        });
                    } else if ui
                        .small_button(format!("Remove ballot #{}…", index + 1))
                        .clicked()
                    {
                        self.confirm_remove = Some(ballot.id.clone());
                    }
                    let _ = count;
                }
            });
    }
}

/// A number field that changes the session once per gesture: when a drag ends, or when a
/// typed number is entered, not at every frame of a drag (each change is saved and undoable).
/// Values outside `range` that came from a file are shown as they are, not pulled in.
fn number_ui<T: egui::emath::Numeric + Send + Sync>(
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

/// "COMPASSION 2 · DIVERSITY 1", "1st INTEGRITY · 2nd COMPASSION".
pub fn ballot_summary(session: &Session, ballot: &Ballot) -> String {
    match &ballot.marks {
        Marks::Dots(dots) => dots
            .iter()
            .map(|(item, n)| format!("{} {n}", session.item_label(item)))
            .collect::<Vec<_>>()
            .join(" · "),
        Marks::Ratings(ratings) => ratings
            .iter()
            .map(|(item, n)| format!("{} {n}", session.item_label(item)))
            .collect::<Vec<_>>()
            .join(" · "),
        Marks::Ranking(order) => order
            .iter()
            .enumerate()
            .map(|(place, item)| {
                format!(
                    "{} {}",
                    crate::model::ordinal(place + 1),
                    session.item_label(item)
                )
            })
            .collect::<Vec<_>>()
            .join(" · "),
    }
}

fn lifecycle_ui(ui: &mut Ui, poll: &Poll, booth_here: bool, out: &mut Vec<Msg>) {
    let status = |status: PollStatus| {
        Msg::Apply(Edit::SetPollStatus {
            poll: poll.id.clone(),
            status,
        })
    };
    ui.horizontal_wrapped(|ui| match poll.status {
        PollStatus::Draft => {
            if ui.button("Open voting").clicked() {
                out.push(status(PollStatus::Open));
                out.push(Msg::Show(Slide::PollBallot(poll.id.clone())));
            }
        }
        PollStatus::Open => {
            if ui.button("Close voting").clicked() {
                out.push(status(PollStatus::Closed));
                out.push(Msg::BoothHere(false));
            }
            if poll.method.takes_ballots() {
                let words = if booth_here {
                    "Leave the booth on this laptop"
                } else {
                    "Booth on this laptop"
                };
                if ui
                    .button(words)
                    .on_hover_text(
                        "Hand the laptop round: it shows only the ballot until you leave",
                    )
                    .clicked()
                {
                    out.push(Msg::Show(Slide::PollBallot(poll.id.clone())));
                    out.push(Msg::BoothHere(!booth_here));
                }
            }
            if !poll.has_votes() && ui.button("Back to draft").clicked() {
                out.push(status(PollStatus::Draft));
            }
        }
        PollStatus::Closed => {
            if ui.button("Reveal results").clicked() {
                out.push(status(PollStatus::Revealed));
                out.push(Msg::Show(Slide::PollResults(poll.id.clone())));
            }
            if ui.button("Reopen voting").clicked() {
                out.push(status(PollStatus::Open));
            }
        }
        PollStatus::Revealed => {
            if ui.button("Show results").clicked() {
                out.push(Msg::Show(Slide::PollResults(poll.id.clone())));
            }
        }
    });
}

/// What may still change in a poll's settings, in words for its method.
fn settings_rule(poll: &Poll, locked: bool) -> &'static str {
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

fn tally_ui(ui: &mut Ui, session: &Session, poll: &Poll, out: &mut Vec<Msg>) {
    ui.label(RichText::new("Counts").strong());
    egui::Grid::new("tally-counts")
        .num_columns(2)
        .show(ui, |ui| {
            for item in &poll.items {
                let caption = ui.label(crate::gui::console::about_picker::short(
                    session.item_label(item),
                ));
                let before = poll.tally.get(item).copied().unwrap_or(0);
                let salt = format!("tally-{item}");
                if let Some(count) = number_ui(ui, &salt, before, 0..=100_000, caption.id) {
                    out.push(Msg::Apply(Edit::SetTally {
                        poll: poll.id.clone(),
                        item: item.clone(),
                        count,
                    }));
                }
                ui.end_row();
            }
        });
}
