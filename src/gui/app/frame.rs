//! One frame: collect what happened since the last one, update, keep the booth in step with
//! the store, draw, and act on what the person did on screen.

use egui::{Key, Modifiers};

use super::keys::{KeyScope, commands, history_commands};
use super::message::Msg;
use super::{PlazaApp, menu};
use crate::gui::console::console_ui;
use crate::gui::console::notes::entry_id;
use crate::gui::landing::new_from::{NewFromOutcome, new_from_ui};
use crate::gui::room::booth::view::booth_ui;
use crate::gui::room::deck::{Slide, deck};
use crate::gui::room::window::ProjectorLink;

impl PlazaApp {
    /// Draws one frame of the console (and the projector window, if open) and handles its keys.
    pub fn show(&mut self, ui: &mut egui::Ui) {
        let ctx = ui.ctx().clone();
        self.ctx = Some(ctx.clone());
        crate::gui::set_words(&ctx, self.state.words);
        if let Some(document) = &mut self.state.document {
            // Ballots the phones' server applied since the last frame.
            document.refresh();
        }
        let heard = self.collect(&ctx);
        for msg in heard {
            self.update(msg);
        }
        self.tend();
        let mut asked = self.view(ui);
        if !self.state.room.booth_here
            && let Some((purpose, path)) = self.dialogs.prompt_ui(ui)
        {
            asked.push(menu::chosen(purpose, path));
        }
        if !self.state.room.booth_here
            && let Some(draft) = &mut self.views.new_from
        {
            match new_from_ui(ui, draft) {
                NewFromOutcome::Open => {}
                NewFromOutcome::Closed => self.views.new_from = None,
                NewFromOutcome::Create(title, framework) => {
                    asked.push(Msg::NewSessionFrom {
                        title,
                        framework: *framework,
                    });
                }
            }
        }
        if !asked.is_empty() {
            for msg in asked {
                self.update(msg);
            }
            // What the person did shows in the next frame, now.
            ctx.request_repaint();
        }
        self.projector_window(&ctx);
    }

    /// Everything that happened since the last frame, in order: the projector window (a
    /// voter's taps, its keys), the console's keys, a file chosen, a file dropped.
    fn collect(&mut self, ctx: &egui::Context) -> Vec<Msg> {
        let mut heard = self
            .link
            .as_ref()
            .map(ProjectorLink::take_messages)
            .unwrap_or_default();
        heard.extend(self.keys(ctx));
        if self.state.room.booth_here {
            // The laptop is in a voter's hands: a dialog's answer waits for the facilitator,
            // and a file dropped on the window is not taken.
            return heard;
        }
        if let Some((purpose, path)) = self.dialogs.answer() {
            heard.push(menu::chosen(purpose, path));
        }
        let dropped = ctx.input(|input| {
            input
                .raw
                .dropped_files
                .iter()
                .map(|file| file.path().to_owned())
                .find(|path| path.extension().is_some_and(|ext| ext == "ron"))
        });
        heard.extend(dropped.map(Msg::Open));
        heard
    }

    /// The console's keys, as messages.
    fn keys(&mut self, ctx: &egui::Context) -> Vec<Msg> {
        let room = &self.state.room;
        if room.booth_here {
            // The laptop is in a voter's hands: no key moves the room's screen or the session,
            // not even those after Ctrl+Shift+F, which takes it back, in the same frame.
            let back = ctx.input_mut(|input| {
                input.consume_key(Modifiers::COMMAND | Modifiers::SHIFT, Key::F)
            });
            return if back {
                vec![Msg::BoothHere(false)]
            } else {
                Vec::new()
            };
        }
        if ctx.memory(|memory| memory.top_modal_layer().is_some()) {
            // A window asks something (a path, the session's details): its keys are its own,
            // and Esc closes it rather than the projector.
            return Vec::new();
        }
        let reviewing = self.state.reviewing;
        let typing = ctx.text_edit_focused();
        let scope = if typing || reviewing {
            // Reviewing, the slides are out of sight: keys that would move them stay still.
            KeyScope::Typing
        } else {
            KeyScope::All
        };
        let mut heard = Vec::new();
        if scope == KeyScope::Typing
            && !reviewing
            && room.spotlight.is_some()
            && ctx.input(|input| input.key_pressed(Key::Escape))
        {
            // Esc in a text field still ends the spotlight: the room should not wait for the
            // facilitator to click out of the box first.
            heard.push(Msg::Spotlight(None));
        }
        heard.extend(ctx.input_mut(|input| commands(input, scope)));
        let in_empty_entry = ctx.memory(|memory| memory.has_focus(entry_id()))
            && self.views.console.notes.entry_is_empty();
        if scope == KeyScope::Typing && (in_empty_entry || reviewing && !typing) {
            heard.extend(ctx.input_mut(history_commands));
        }
        heard
    }

    /// Keeps what is worked out from the session in step with it: the slide still exists, the
    /// booth follows the slide and the store, the notes wall knows the revision, the desk's
    /// screen is worked out again.
    fn tend(&mut self) {
        let now = self.now();
        let state = &mut self.state;
        if let Some(document) = &state.document {
            let slides = deck(document.session());
            match slides.iter().position(|slide| *slide == state.room.slide) {
                Some(at) => state.slide_at = at,
                None => {
                    // Its item was removed or its poll deleted: the slide now in its place.
                    let at = state.slide_at.min(slides.len().saturating_sub(1));
                    state.room.slide = slides.get(at).cloned().unwrap_or(Slide::Title);
                }
            }
        }
        state.room.tend_booth(state.document.as_ref(), now);
        if state
            .phones
            .as_ref()
            .is_some_and(|phones| !phones.still_wanted(state.document.as_ref()))
        {
            // The poll closed (or the session did): the server lets go of the network.
            state.phones = None;
        }
        state.room.phones = state
            .phones
            .as_ref()
            .zip(state.document.as_ref())
            .map(|(phones, document)| (phones.poll.clone(), phones.panel(document.session())));
        if let Some(document) = &state.document {
            state.room.wall.revision = document.revision();
            self.views.desk.refresh(document, state.words);
        }
        if let Some(link) = &self.link {
            state.last_projector_shape = link.shape();
        }
        state.dialog_open = self.dialogs.is_open();
    }

    /// Draws the console as it stands and returns what the person asked for.
    fn view(&mut self, ui: &mut egui::Ui) -> Vec<Msg> {
        let state = &self.state;
        if state.room.booth_here {
            return booth_console_ui(ui, state);
        }
        let mut asked = menu::top_ui(ui, state);
        if state.document.is_none() {
            return asked;
        }
        if state.reviewing {
            asked.extend(self.views.desk.ui(ui, state));
        } else {
            asked.extend(console_ui(ui, state, &mut self.views.console));
        }
        asked
    }

    /// Hands the projector window the room as it is, and shows it while it is open.
    fn projector_window(&mut self, ctx: &egui::Context) {
        let Some(document) = &self.state.document else {
            return;
        };
        if !self.state.room.projector_open {
            return;
        }
        let session = document.snapshot();
        let room = &self.state.room;
        let title = crate::tr!(
            room.words.first,
            "projector-window-title",
            slide = room.slide.title(document.session(), room.words.first)
        );
        let link = self
            .link
            .get_or_insert_with(|| ProjectorLink::new(session.clone(), room.clone()));
        link.update(ctx, session, room);
        link.show(ctx, &title);
    }
}

/// The laptop handed round as the booth: nothing but the ballot, until the facilitator takes
/// it back.
fn booth_console_ui(ui: &mut egui::Ui, state: &super::State) -> Vec<Msg> {
    let mut votes = Vec::new();
    egui::CentralPanel::no_frame().show(ui, |ui| {
        let full = ui.max_rect();
        let palette = state.room.theme.palette();
        crate::gui::room::languages::set_room_words(ui.ctx(), state.room.words);
        ui.painter().rect_filled(full, 0.0, palette.background);
        if let (Some(document), Some(booth)) = (&state.document, &state.room.booth)
            && let Some(poll) = document.session().poll(booth.poll())
        {
            let session = document.session();
            let actions = booth_ui(ui, (session, poll), booth, &palette, full, true, None);
            votes.extend(actions.into_iter().map(|action| Msg::Vote {
                poll: poll.id.clone(),
                action,
            }));
        }
    });
    votes
}
