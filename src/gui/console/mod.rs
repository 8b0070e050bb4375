//! The facilitator's console: the session's title and save state, the projector's controls,
//! the slide list, the preview of what the room sees, and the work area beside it (notes,
//! action items, polls) with the timer below. It reads the app's state and returns what the
//! facilitator asked for.

pub mod about_picker;
pub mod actions;
pub mod details;
pub mod framework;
pub mod note_selection;
pub mod notes;
pub mod polls;
mod slide_list;
pub mod tabs;
pub mod themes;
pub mod timer;
mod wall_controls;

use egui::{RichText, UiBuilder, vec2};

use crate::gui::app::dialogs::Purpose;
use crate::gui::app::{Msg, State};
use crate::gui::room::deck::Slide;
use crate::gui::room::hands::hands_pages;
use crate::gui::room::results::results_pages;
use crate::gui::room::stage::stage_ui;
use crate::gui::theme::{ThemeChoice, okabe_ito};
use crate::gui::widgets::save_state::{read_only_short, read_only_ui, save_state};
use crate::model::{About, PollStatus, Session};
use crate::report::session_line_in;
use crate::store::Document;
use crate::tr;
use crate::words::Words;
use actions::ActionsPanel;
use details::{DetailsDraft, details_window_ui};
use framework::FrameworkPanel;
use notes::NotesPanel;
use polls::PollsPanel;
use slide_list::NoteCounts;
use tabs::{Tab, tab_for};
use timer::TimerPanel;

/// What the console's panels keep between frames: words being typed, the tab, filters.
#[derive(Debug, Default)]
pub struct ConsoleViews {
    /// The notes panel.
    pub notes: NotesPanel,
    /// The action items panel.
    pub actions: ActionsPanel,
    /// The polls panel.
    pub polls: PollsPanel,
    /// The framework editor.
    pub framework: FrameworkPanel,
    /// The timer's controls.
    pub timer: TimerPanel,
    /// The work area's tab.
    pub tab: Tab,
    /// The session title as being typed.
    pub title_draft: Option<String>,
    /// The session's details being edited, while their window is open.
    pub details: Option<details::DetailsDraft>,
    /// Notes per item, for the slide list.
    note_counts: NoteCounts,
}

impl ConsoleViews {
    /// The work area follows the slide now up: its tab, and the panels' choices made for the
    /// slide before.
    pub fn follow_slide(&mut self, slide: &Slide) {
        // The facilitator editing the framework stays in the editor while picking slides.
        if self.tab != Tab::Framework {
            self.tab = tab_for(slide).unwrap_or(self.tab);
        }
        self.notes.follow_slide();
        self.actions.follow_slide();
        self.polls.follow_slide();
    }

    /// The Action items tab, with a new action started from these words about this.
    pub fn act_on(&mut self, text: &str, about: About) {
        self.tab = Tab::Actions;
        self.actions.prefill(text, about);
    }

    /// The Polls tab, on this poll.
    pub fn show_poll(&mut self, id: &str) {
        self.tab = Tab::Polls;
        self.polls.choose(id);
    }

    /// Forgets what was typed for the session that was open.
    pub fn forget_session(&mut self) {
        self.title_draft = None;
        self.details = None;
        self.note_counts = NoteCounts::default();
    }
}

/// "A window", "Screen 2 (full)".
fn screen_name(words: &Words, screen: Option<usize>) -> String {
    match screen {
        None => tr!(words, "console-screen-window"),
        Some(index) => tr!(words, "console-screen-full", number = index + 1),
    }
}

/// The console, for the session open in `state`.
pub fn console_ui(ui: &mut egui::Ui, state: &State, views: &mut ConsoleViews) -> Vec<Msg> {
    let mut asked = Vec::new();
    let Some(document) = &state.document else {
        return asked;
    };
    egui::Panel::top("session").show(ui, |ui| {
        session_bar_ui(ui, state, document, views, &mut asked);
    });
    views.note_counts.refresh(document);
    egui::Panel::left("slides")
        .default_size(280.0)
        .show(ui, |ui| {
            slide_list::slide_list_ui(
                ui,
                document.session(),
                &state.room.slide,
                &views.note_counts,
                &mut asked,
            );
        });
    let now = ui.ctx().input(|input| input.time);
    egui::Panel::bottom("timer").show(ui, |ui| {
        ui.add_space(4.0);
        asked.extend(views.timer.ui(ui, &state.room.timer, now));
        ui.add_space(4.0);
    });
    if let Some(wait) = state.room.timer.next_change_in(now) {
        // Once a second while it runs; nothing at all when it does not.
        ui.ctx()
            .request_repaint_after(std::time::Duration::from_secs_f64(wait));
    }
    egui::Panel::right("work")
        .default_size(500.0)
        .min_size(360.0)
        .show(ui, |ui| {
            work_area_ui(ui, state, document, views, &mut asked)
        });
    egui::CentralPanel::default().show(ui, |ui| preview_ui(ui, state, document, now));
    asked
}

/// The session's title and save state, its details and file, and the projector's controls
/// with what stands in front of the slide (black, a spotlight): three rows that never grow, so
/// nothing below moves when something is said.
fn session_bar_ui(
    ui: &mut egui::Ui,
    state: &State,
    document: &Document,
    views: &mut ConsoleViews,
    asked: &mut Vec<Msg>,
) {
    let session = document.session();
    let writable = document.read_only().is_none();
    let words = crate::gui::words(ui.ctx());
    ui.horizontal(|ui| {
        title_ui(ui, session, writable, views, asked);
        if let Some(reason) = read_only_short(document, words) {
            read_only_ui(ui, &reason, state.dialog_open, asked);
        } else {
            save_state_ui(ui, state, document, asked);
        }
    });
    ui.horizontal(|ui| {
        ui.label(session_line_in(session, str::to_owned, words));
        let details = egui::Button::new(tr!(words, "console-details-button"));
        if ui
            .add_enabled(writable, details)
            .on_hover_text(tr!(words, "console-details-button-hover"))
            .clicked()
        {
            views.details = Some(DetailsDraft::of(session));
        }
        // The file, in words one can read: the folder is often what the facilitator needs.
        let path = document.path().display().to_string();
        ui.add(egui::Label::new(RichText::new(&path).weak()).truncate())
            .on_hover_text(&path);
    });
    details_window_ui(ui, &mut views.details, asked);
    ui.horizontal(|ui| {
        projector_controls_ui(ui, state, asked);
        if let Some(id) = &state.room.spotlight {
            let note = session.note(id);
            let text = note.map_or("", |note| note.text.as_str());
            if ui.button(tr!(words, "console-spotlight-end")).clicked() {
                asked.push(Msg::Spotlight(None));
            }
            if note.is_some_and(|note| !note.group.trim().is_empty()) {
                notes::name_group_ui(ui, state.room.spotlight_names_group, asked);
            }
            let line = tr!(words, "console-spotlight-on", note = text);
            ui.add(
                egui::Label::new(RichText::new(&line).color(okabe_ito::ORANGE).strong()).truncate(),
            )
            .on_hover_text(&line);
        }
    });
}

/// The title, typed in place; it changes when the field is left.
fn title_ui(
    ui: &mut egui::Ui,
    session: &Session,
    writable: bool,
    views: &mut ConsoleViews,
    asked: &mut Vec<Msg>,
) {
    let words = crate::gui::words(ui.ctx());
    let caption = ui.label(tr!(words, "console-session-caption"));
    let id = egui::Id::unique("session-title");
    let draft = views
        .title_draft
        .get_or_insert_with(|| session.title.clone());
    if !ui.memory(|memory| memory.has_focus(id)) && *draft != session.title {
        // Out of the field, it shows the title as it is: changed in the details, or undone.
        draft.clone_from(&session.title);
    }
    let field = ui
        .add_enabled(
            writable,
            egui::TextEdit::singleline(draft)
                .id(id)
                .font(egui::TextStyle::Heading)
                .hint_text(tr!(words, "console-session-title-hint"))
                .desired_width(420.0),
        )
        .labelled_by(caption.id);
    if field.lost_focus() {
        asked.push(Msg::Rename(draft.clone()));
    }
}

/// "Saved 10:41:07", or a failed save in red with Retry and Save as….
fn save_state_ui(ui: &mut egui::Ui, state: &State, document: &Document, asked: &mut Vec<Msg>) {
    let (said, colour) = save_state(document, state.words);
    ui.label(RichText::new(said).color(colour));
    if document
        .save_status()
        .is_some_and(|status| status.error.is_some())
    {
        let words = crate::gui::words(ui.ctx());
        if ui.button(tr!(words, "console-save-retry")).clicked() {
            asked.push(Msg::RetrySave);
        }
        let save_as = egui::Button::new(tr!(words, "console-save-as"));
        if ui.add_enabled(!state.dialog_open, save_as).clicked() {
            asked.push(Msg::Ask(Purpose::SaveAs));
        }
    }
}

/// Open the projector, choose its screen and colours; whether it is blanked.
fn projector_controls_ui(ui: &mut egui::Ui, state: &State, asked: &mut Vec<Msg>) {
    let room = &state.room;
    let words = crate::gui::words(ui.ctx());
    let label = if room.projector_open {
        tr!(words, "console-projector-is-open")
    } else {
        tr!(words, "console-projector-open")
    };
    if ui.button(label).clicked() {
        asked.push(Msg::OpenProjector);
    }
    let caption = ui.label(tr!(words, "console-projector-screen"));
    let mut screen = room.screen;
    egui::ComboBox::from_id_salt("screen")
        .selected_text(screen_name(words, screen))
        .show_ui(ui, |ui| {
            for option in [None, Some(0), Some(1), Some(2), Some(3)] {
                ui.selectable_value(&mut screen, option, screen_name(words, option));
            }
        })
        .response
        .labelled_by(caption.id);
    if screen != room.screen {
        asked.push(Msg::Screen(screen));
    }
    let caption_theme = ui.label(tr!(words, "console-projector-theme"));
    let mut theme = room.theme;
    egui::ComboBox::from_id_salt("theme")
        .selected_text(theme.name(state.words))
        .show_ui(ui, |ui| {
            for option in ThemeChoice::ALL {
                ui.selectable_value(&mut theme, option, option.name(state.words));
            }
        })
        .response
        .labelled_by(caption_theme.id);
    if theme != room.theme {
        asked.push(Msg::Theme(theme));
    }
    if room.blanked {
        ui.label(RichText::new(tr!(words, "console-projector-blanked")).strong());
    }
}

/// The tabs beside the preview, with undo and redo, and the panel of the tab chosen.
fn work_area_ui(
    ui: &mut egui::Ui,
    state: &State,
    document: &Document,
    views: &mut ConsoleViews,
    asked: &mut Vec<Msg>,
) {
    let session = document.session();
    let words = crate::gui::words(ui.ctx());
    ui.horizontal(|ui| {
        for tab in Tab::ALL {
            ui.selectable_value(&mut views.tab, tab, tab.name(words));
        }
        ui.with_layout(egui::Layout::right_to_left(egui::Align::Center), |ui| {
            let redo = state.redo_label();
            let undo = state.undo_label();
            if ui
                .add_enabled(
                    redo.is_some(),
                    egui::Button::new(tr!(words, "console-redo")),
                )
                .on_hover_text(redo.unwrap_or_else(|| tr!(words, "console-redo-nothing")))
                .clicked()
            {
                asked.push(Msg::Redo);
            }
            if ui
                .add_enabled(
                    undo.is_some(),
                    egui::Button::new(tr!(words, "console-undo")),
                )
                .on_hover_text(undo.unwrap_or_else(|| tr!(words, "console-undo-nothing")))
                .clicked()
            {
                asked.push(Msg::Undo);
            }
        });
    });
    ui.separator();
    let room = &state.room;
    let slide_about = match &room.slide {
        Slide::Commitment(id) | Slide::VisionGoal(id) | Slide::Value(id) => About::Item(id.clone()),
        _ => About::General,
    };
    let on_poll = match &room.slide {
        Slide::PollBallot(id) | Slide::PollResults(id) => Some(id.as_str()),
        _ => None,
    };
    let wall = (room.slide == Slide::NotesWall).then_some((&room.wall, state.projector_shape()));
    let writable = document.read_only().is_none();
    let panel = match views.tab {
        Tab::Notes => {
            let spotlight = (room.spotlight.as_deref(), room.spotlight_names_group);
            views
                .notes
                .ui(ui, session, slide_about, wall, writable, spotlight)
        }
        Tab::Actions => views.actions.ui(ui, session, slide_about, writable),
        Tab::Framework => views.framework.ui(ui, session, writable),
        Tab::Polls => {
            let question = state.question.as_ref();
            let up = (on_poll, slide_page(ui.ctx(), state, session));
            let phones = (room.phones.as_ref(), state.phones_address);
            views.polls.ui(
                ui,
                session,
                up,
                (room.booth_here, writable),
                (question, phones),
            )
        }
    };
    asked.extend(panel);
    if views.tab != Tab::Polls {
        asked.extend(views.polls.flush(session));
    }
    if views.tab != Tab::Framework {
        asked.extend(views.framework.flush(session));
    }
}

/// The page up and how many there are, while a revealed poll's results or a hand count with
/// hands up are on the projector.
fn slide_page(ctx: &egui::Context, state: &State, session: &Session) -> Option<(usize, usize)> {
    let shape = state.projector_shape();
    let pages = match &state.room.slide {
        Slide::PollResults(id) => {
            let poll = session
                .poll(id)
                .filter(|poll| poll.status == PollStatus::Revealed)?;
            results_pages(ctx, session, poll, shape)
        }
        slide @ Slide::PollBallot(_) => hands_pages(ctx, session, slide, shape)?,
        _ => return None,
    };
    Some((state.room.slide_page.min(pages.saturating_sub(1)), pages))
}

/// What the room sees, small: the preview only pictures the booth; votes are cast on the
/// projector.
fn preview_ui(ui: &mut egui::Ui, state: &State, document: &Document, now: f64) {
    ui.label(tr!(crate::gui::words(ui.ctx()), "console-preview-caption"));
    let shape = state.projector_shape();
    let room = ui.available_size();
    let size = if room.x / shape <= room.y {
        vec2(room.x, room.x / shape)
    } else {
        vec2(room.y * shape, room.y)
    };
    let rect = egui::Rect::from_min_size(ui.cursor().min, size);
    ui.scope_builder(UiBuilder::new().max_rect(rect), |ui| {
        let palette = state.room.theme.palette();
        stage_ui(ui, document.session(), &state.room, now, &palette, false);
    });
}
