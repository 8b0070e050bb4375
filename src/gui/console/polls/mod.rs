//! Setting up and running polls from the console: question, items, method and its settings;
//! Draft → Open → Closed → Revealed with the state always in view; counts typed for tally
//! polls; a mistaken ballot removed (after a confirmation, and undoable); the booth handed round
//! on this laptop.

mod ballots;
mod phones;
mod room_choices;
mod settings;

use egui::{RichText, ScrollArea, Ui};

use crate::gui::app::{Msg, Question};
use crate::gui::room::booth::PhonesPanel;
use crate::gui::theme::okabe_ito;
use crate::model::{About, Edit, Poll, PollMethod, PollStatus, Session, new_id};
use crate::tr;
use crate::words::Words;
use ballots::{ballots_ui, lifecycle_ui, tally_ui};

/// The polls panel's own state.
#[derive(Debug, Default)]
pub struct PollsPanel {
    /// The poll chosen here (a new one, or one picked from the list) until the slide moves.
    chosen: Option<String>,
    /// Text being typed into a poll's question or scale labels: (poll id, field, text).
    typing: Option<(String, &'static str, String)>,
    /// Why the last number typed into a poll's settings was not taken, or what else it changed:
    /// (poll id, words). Shown in place of the settings' rule line.
    settings_note: Option<(String, String)>,
    /// The draft poll whose items were all unticked: it keeps them in the session (a poll
    /// always has one) but shows none and cannot open until one is ticked.
    cleared: Option<String>,
}

/// "DRAFT", "OPEN", … with a colour; the word carries the meaning.
pub fn status_word(words: &Words, status: PollStatus) -> (String, egui::Color32) {
    match status {
        PollStatus::Draft => (tr!(words, "console-poll-draft"), egui::Color32::GRAY),
        PollStatus::Open => (tr!(words, "console-poll-open"), okabe_ito::BLUISH_GREEN),
        PollStatus::Closed => (tr!(words, "console-poll-closed"), okabe_ito::ORANGE),
        PollStatus::Revealed => (tr!(words, "console-poll-revealed"), okabe_ito::SKY_BLUE),
    }
}

/// "DRAFT · being set up", "OPEN · voting now", …: the state and what it means.
fn status_words(words: &Words, status: PollStatus) -> (String, egui::Color32) {
    let (word, colour) = status_word(words, status);
    let meaning = match status {
        PollStatus::Draft => tr!(words, "console-poll-draft-meaning"),
        PollStatus::Open => tr!(words, "console-poll-open-meaning"),
        PollStatus::Closed => tr!(words, "console-poll-closed-meaning"),
        PollStatus::Revealed => tr!(words, "console-poll-revealed-meaning"),
    };
    (format!("{word} · {meaning}"), colour)
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

    /// Whether `poll`'s items were all unticked here, so it cannot open.
    fn is_cleared(&self, poll: &Poll) -> bool {
        poll.status == PollStatus::Draft && self.cleared.as_deref() == Some(poll.id.as_str())
    }

    /// Shows this poll, until the slide moves.
    pub fn choose(&mut self, id: &str) {
        self.chosen = Some(id.to_owned());
    }

    /// The slide moved: the panel shows the poll on it, if any, rather than one chosen here.
    pub fn follow_slide(&mut self) {
        self.chosen = None;
    }

    /// Draws the panel. `on_slide` is the poll whose slide is up, if any; `slide_page` the
    /// page of its results chart and how many there are, while they are up; `phones` the
    /// phones' server, if one runs, and the address chosen for it.
    pub fn ui(
        &mut self,
        ui: &mut Ui,
        session: &Session,
        (on_slide, slide_page): (Option<&str>, Option<(usize, usize)>),
        (booth_here, writable): (bool, bool),
        (question, phones): (Option<&Question>, PhonesView<'_>),
    ) -> Vec<Msg> {
        let mut out = Vec::new();
        let words = crate::gui::words(ui.ctx());
        ui.horizontal(|ui| {
            let new = egui::Button::new(tr!(words, "console-polls-new"));
            if ui.add_enabled(writable, new).clicked() {
                let poll = Poll::draft(
                    new_id(),
                    tr!(words, "console-polls-default-question"),
                    session.framework.value_ids(),
                    PollMethod::default_dots(),
                );
                // Prepared here; the room sees it when the facilitator moves to it or shows it.
                self.chosen = Some(poll.id.clone());
                out.push(Msg::Apply(Edit::AddPoll(poll)));
            }
            let count = tr!(words, "console-polls-count", count = session.polls.len());
            ui.label(RichText::new(count).weak());
        });
        // The poll chosen here (a new one being prepared) until the slide moves; then the
        // poll on the slide.
        let selected = self
            .chosen
            .as_deref()
            .and_then(|id| session.poll(id))
            .or_else(|| on_slide.and_then(|id| session.poll(id)))
            .or_else(|| session.polls.last());
        if session.polls.len() > 1 || on_slide.is_none() {
            for poll in &session.polls {
                let (word, colour) = status_word(words, poll.status);
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
                    }
                    ui.label(RichText::new(word).color(colour));
                });
            }
        }
        ui.separator();
        let Some(poll) = selected else {
            ui.label(tr!(words, "console-polls-none"));
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
                let shown = on_slide == Some(poll.id.as_str());
                let context = PollContext {
                    booth_here,
                    shown,
                    writable,
                    question,
                    slide_page: slide_page.filter(|_| shown),
                    phones,
                };
                self.poll_ui(ui, session, poll, &context, &mut out);
            });
        out
    }

    fn poll_ui(
        &mut self,
        ui: &mut Ui,
        session: &Session,
        poll: &Poll,
        context: &PollContext<'_>,
        out: &mut Vec<Msg>,
    ) {
        let &PollContext {
            booth_here,
            shown,
            writable,
            question,
            slide_page,
            phones,
        } = context;
        let words = crate::gui::words(ui.ctx());
        let (state, colour) = status_words(words, poll.status);
        ui.horizontal(|ui| {
            ui.label(RichText::new(state).color(colour).strong().size(18.0));
            if poll.method.takes_ballots() {
                let sources = poll.sources();
                let cast = if sources.any_phone() {
                    tr!(
                        words,
                        "console-polls-ballots-cast-sources",
                        count = poll.ballots.len(),
                        booth = sources.booth,
                        phones = sources.phone
                    )
                } else {
                    tr!(
                        words,
                        "console-polls-ballots-cast",
                        count = poll.ballots.len()
                    )
                };
                ui.label(cast);
            }
        });
        let cleared = self.is_cleared(poll);
        ui.add_enabled_ui(writable, |ui| {
            lifecycle_ui(ui, poll, (booth_here, shown, cleared), out)
        });
        phones::phones_ui(ui, poll, phones, writable, out);
        ui.separator();
        ui.add_enabled_ui(writable, |ui| self.settings_ui(ui, session, poll, out));
        if poll.method == PollMethod::Tally && poll.status != PollStatus::Draft {
            ui.separator();
            if poll.status == PollStatus::Open
                && let Some((page, pages)) = slide_page.filter(|&(_, pages)| pages > 1)
            {
                // The choices the room reads while hands are up, a page at a time.
                results_pages_ui(ui, page, pages, out);
            }
            ui.add_enabled_ui(writable, |ui| tally_ui(ui, session, poll, out));
        }
        if poll.method.takes_ballots() && !poll.ballots.is_empty() {
            ui.separator();
            ui.add_enabled_ui(writable, |ui| ballots_ui(ui, session, poll, question, out));
        }
        if matches!(poll.status, PollStatus::Closed | PollStatus::Revealed) {
            ui.separator();
            if let Some((page, pages)) = slide_page.filter(|&(_, pages)| pages > 1) {
                results_pages_ui(ui, page, pages, out);
            }
            let header = if poll.status == PollStatus::Revealed {
                tr!(words, "console-polls-results")
            } else {
                tr!(words, "console-polls-results-hidden")
            };
            egui::CollapsingHeader::new(header)
                .default_open(poll.status == PollStatus::Revealed)
                .show(ui, |ui| {
                    crate::gui::room::results::results_detail_ui(ui, session, poll);
                });
            if poll.status == PollStatus::Revealed && writable {
                act_on_results_ui(ui, session, poll, out);
            }
        }
        ui.separator();
        if question == Some(&Question::DeletePoll(poll.id.clone())) {
            let cast = poll.ballots.len();
            ui.label(tr!(words, "console-polls-delete-ask", ballots = cast));
            ui.horizontal(|ui| {
                if ui.button(tr!(words, "console-polls-delete")).clicked() {
                    out.push(Msg::Apply(Edit::RemovePoll(poll.id.clone())));
                }
                if ui.button(tr!(words, "console-keep-it")).clicked() {
                    out.push(Msg::Question(None));
                }
            });
        } else if ui
            .add_enabled(
                writable,
                egui::Button::new(tr!(words, "console-polls-delete-ellipsis")),
            )
            .clicked()
        {
            out.push(Msg::Question(Some(Question::DeletePoll(poll.id.clone()))));
        }
    }
}

/// The pages of the results chart or the hand count on the projector: which is up, and
/// buttons to turn them.
fn results_pages_ui(ui: &mut Ui, page: usize, pages: usize, out: &mut Vec<Msg>) {
    crate::gui::console::wall_controls::page_buttons_ui(ui, (page, pages), Msg::SlidePage, out);
}

/// From a revealed result to what the room will do: each choice, best first, can start an
/// action item about it.
fn act_on_results_ui(ui: &mut Ui, session: &Session, poll: &Poll, out: &mut Vec<Msg>) {
    let words = crate::gui::words(ui.ctx());
    egui::CollapsingHeader::new(tr!(words, "console-polls-act-on-header"))
        .id_salt(("act-on", &poll.id))
        .show(ui, |ui| {
            for row in crate::model::poll_results(poll).rows {
                let choice = session.item_label(&row.item).to_owned();
                ui.horizontal(|ui| {
                    if ui.button(tr!(words, "console-polls-act-on")).clicked() {
                        out.push(Msg::ActOn {
                            text: choice.clone(),
                            about: choice_about(session, &row.item),
                        });
                    }
                    ui.add(
                        egui::Label::new(format!(
                            "{}. {}",
                            row.rank,
                            crate::gui::console::about_picker::short(&choice)
                        ))
                        .truncate(),
                    );
                });
            }
        });
}

/// What an action item made from a choice is about: the item itself, or what the note or
/// action item it names was about.
fn choice_about(session: &Session, id: &str) -> About {
    if session.framework.item(id).is_some() {
        return About::Item(id.to_owned());
    }
    if let Some(note) = session.note(id) {
        return note.about.clone();
    }
    session
        .actions
        .iter()
        .find(|action| action.id == id)
        .map_or(About::General, |action| action.about.clone())
}

/// What the detail of one poll is drawn with, besides the poll.
struct PollContext<'a> {
    /// The laptop is the booth.
    booth_here: bool,
    /// The poll's slide is up.
    shown: bool,
    /// The session can change.
    writable: bool,
    /// The question waiting for an answer, if it is about this poll.
    question: Option<&'a Question>,
    /// The page of its results chart up, and how many there are, while they are up.
    slide_page: Option<(usize, usize)>,
    /// The phones' server, if one runs, and the address chosen for it.
    phones: PhonesView<'a>,
}

/// The phones' server as the panel shows it: what it serves, if it runs, and the address
/// chosen for it (`None`: every network).
pub type PhonesView<'a> = (Option<&'a (String, PhonesPanel)>, Option<std::net::IpAddr>);
