//! The app itself: its state, the one message type, the one update, and the frame that ties
//! them together. Each frame collects messages (the projector window, keys, file dialogs,
//! dropped files), applies them in [`PlazaApp::update`], keeps the booth in step with the
//! store, then draws; what the person does on screen comes back as more messages, applied at
//! once. Views only read [`State`]; update is the only place that changes the session, sets a
//! notice, asks for a confirmation or touches a file.

pub mod cache;
pub mod chooser;
pub mod dialogs;
mod files;
mod frame;
pub mod keys;
pub mod landing;
mod menu;
pub mod message;
pub mod path_prompt;
pub mod phones;
mod settings;
pub mod startup;
mod update;

use std::path::PathBuf;

pub use landing::{FailureKind, Landing, OpenFailure, RecentSession};
pub use message::{Msg, Question, TimerMsg};
pub use settings::{SETTINGS_KEY, Settings};

use crate::gui::console::ConsoleViews;
use crate::gui::desk::ReviewDesk;
use crate::gui::landing::new_from::NewFromDraft;
use crate::gui::room::Room;
use crate::gui::room::booth::Booth;
use crate::gui::room::deck::Slide;
use crate::gui::room::languages::{ProjectorLanguage, RoomWords};
use crate::gui::room::notes_wall::WallView;
use crate::gui::room::timer::Timer;
use crate::gui::room::window::ProjectorLink;
use crate::model::Describer;
use crate::store::{Document, StoreError};
use crate::words::{Lang, Words};
use dialogs::FileDialogs;

/// The console window: the facilitator's view, driving the projector.
pub struct PlazaApp {
    state: State,
    views: Views,
    dialogs: FileDialogs,
    link: Option<ProjectorLink>,
    /// The egui context, once a frame has run: for repaints from the saver, and the projector
    /// window's commands.
    ctx: Option<egui::Context>,
    /// Where the list of recent sessions is kept between runs, if anywhere.
    recent_file: Option<PathBuf>,
    /// The folder of framework templates, if there is one.
    templates: Option<PathBuf>,
    /// Where new sessions go, when not Plaza's own sessions folder.
    sessions: Option<PathBuf>,
}

/// What the app knows, changed only by [`PlazaApp::update`]; views read it.
pub struct State {
    /// The session open, if any.
    pub document: Option<Document>,
    /// What shows while no session is open: the start screen, or why one did not open.
    pub landing: Landing,
    /// What the room sees.
    pub room: Room,
    /// The message line's notice: where a file went, why something was not done.
    pub notice: Option<String>,
    /// What the last undo or redo did ("Undone: add note “…”").
    pub history: Option<String>,
    /// The question waiting for the facilitator's answer, if any.
    pub question: Option<Question>,
    /// The console shows the review desk.
    pub reviewing: bool,
    /// The comparison or merge preview was asked for from the console: it returns there.
    back_to_console: bool,
    /// Sessions opened lately, newest first.
    pub recent: Vec<RecentSession>,
    /// The projector window's shape (width ÷ height), as last drawn.
    pub last_projector_shape: f32,
    /// A file dialog is showing: what would open a second one is greyed out.
    pub dialog_open: bool,
    /// The phones' voting server, while phones can vote.
    pub phones: Option<phones::Phones>,
    /// The console's words: English or Spanish.
    pub words: &'static Words,
    /// The language was chosen in View → Language (and is remembered), not the system's.
    pub language_chosen: bool,
    /// The address phones reach the laptop on, as chosen (`None`: all of them).
    pub phones_address: Option<std::net::IpAddr>,
    /// Where the slide up stands in the deck, so that when it goes (its item removed, its poll
    /// deleted) the room moves to the slide that took its place, not back to the title.
    slide_at: usize,
}

/// What only the screen needs: words being typed, choices of tab and filter, and the review
/// desk's screen. Views change these as they draw; everything else they ask for.
pub struct Views {
    /// The console's panels.
    pub console: ConsoleViews,
    /// The review desk.
    pub desk: ReviewDesk,
    /// "New session from…", while its window is open.
    pub new_from: Option<NewFromDraft>,
}

impl PlazaApp {
    /// The app on an opened session, or showing why it could not open.
    pub fn new(opened: Result<Document, StoreError>) -> Self {
        match opened {
            Ok(document) => {
                let mut app = PlazaApp::starting();
                app.switch_to(document);
                app
            }
            Err(error) => {
                let mut app = PlazaApp::starting();
                app.state.landing = Landing::NotOpened(OpenFailure::from_error(&error));
                app
            }
        }
    }

    /// The app with no session open, on the start screen.
    pub fn starting() -> Self {
        PlazaApp {
            state: State {
                document: None,
                landing: Landing::Start,
                room: Room::default(),
                notice: None,
                history: None,
                question: None,
                reviewing: false,
                back_to_console: false,
                recent: Vec::new(),
                last_projector_shape: 16.0 / 9.0,
                dialog_open: false,
                slide_at: 0,
                phones: None,
                phones_address: None,
                words: Words::of(Lang::English),
                language_chosen: false,
            },
            views: Views {
                console: ConsoleViews::default(),
                desk: ReviewDesk::default(),
                new_from: None,
            },
            dialogs: FileDialogs::default(),
            link: None,
            ctx: None,
            recent_file: None,
            templates: None,
            sessions: None,
        }
    }

    /// The app asking for files through `chooser`'s way: the system's dialog, or a typed path
    /// where there is none.
    pub fn with_file_chooser(mut self, chooser: chooser::Chooser) -> Self {
        self.dialogs = FileDialogs::with_chooser(chooser);
        self
    }

    /// The app keeping framework templates in `dir`.
    pub fn with_templates(mut self, dir: Option<PathBuf>) -> Self {
        self.templates = dir;
        self
    }

    /// The app creating new sessions in `dir` rather than Plaza's sessions folder.
    pub fn with_sessions_folder(mut self, dir: PathBuf) -> Self {
        self.sessions = Some(dir);
        self
    }

    /// The app with remembered settings applied; with no language chosen, it speaks the
    /// system's.
    pub fn with_settings(mut self, settings: Settings) -> Self {
        self.state.room.theme = settings.theme;
        self.state.room.screen = settings.screen;
        self.state.language_chosen = settings.language.is_some();
        let lang = settings.language.unwrap_or_else(Lang::of_system);
        self.speak(Words::of(lang), settings.projector_language);
        self
    }

    /// The app speaking `words` (a language, or a test's pseudo-language), the projector
    /// following it.
    pub fn with_words(mut self, words: &'static Words) -> Self {
        self.speak(words, ProjectorLanguage::SameAsConsole);
        self
    }

    /// Speaks `words` on the console and `projector` on the room's screen.
    fn speak(&mut self, words: &'static Words, projector: ProjectorLanguage) {
        self.state.words = words;
        self.state.room.words = RoomWords::new(words, projector);
        self.describe_edits();
    }

    /// Has the open session word its edits (the undo menu's "delete note “…”") in the
    /// console's language.
    fn describe_edits(&mut self) {
        let words = self.state.words;
        if let Some(document) = &mut self.state.document {
            document.describe_edits_with(Describer::new(move |edit, session| {
                words.edit(edit, session)
            }));
        }
    }

    /// The app keeping its recent sessions in `file` (read now, written whenever a session
    /// opens), starting from `earlier` (newest first) under whatever is open already.
    pub fn with_recent(mut self, file: Option<PathBuf>, earlier: Vec<PathBuf>) -> Self {
        let open_now = std::mem::take(&mut self.state.recent);
        self.state.recent = earlier.into_iter().map(RecentSession::read).collect();
        self.recent_file = file;
        for session in open_now.into_iter().rev() {
            self.remember(session);
        }
        self
    }

    /// What to remember for the next run.
    pub fn settings(&self) -> Settings {
        Settings {
            theme: self.state.room.theme,
            screen: self.state.room.screen,
            language: self.state.language_chosen.then(|| self.state.words.lang()),
            projector_language: self.state.room.words.choice,
            ..Settings::default()
        }
    }

    /// What the app knows.
    pub fn state(&self) -> &State {
        &self.state
    }

    /// The message shown above the console (a file that would not open, where a file went).
    pub fn notice(&self) -> Option<&str> {
        self.state.notice.as_deref()
    }

    /// The session open, if any.
    pub fn document(&self) -> Option<&Document> {
        self.state.document.as_ref()
    }

    /// What the room sees.
    pub fn room(&self) -> &Room {
        &self.state.room
    }

    /// The slide on the projector.
    pub fn slide(&self) -> &Slide {
        &self.state.room.slide
    }

    /// Whether the projector is blacked out.
    pub fn blanked(&self) -> bool {
        self.state.room.blanked
    }

    /// The activity timer.
    pub fn timer(&self) -> &Timer {
        &self.state.room.timer
    }

    /// Whether the projector window is open.
    pub fn projector_open(&self) -> bool {
        self.state.room.projector_open
    }

    /// The booth as it stands, if a poll is open on the slide.
    pub fn booth(&self) -> Option<&Booth> {
        self.state.room.booth.as_ref()
    }

    /// Whether the console itself is the booth (the laptop handed round).
    pub fn booth_here(&self) -> bool {
        self.state.room.booth_here
    }

    /// The note in the spotlight, by id.
    pub fn spotlight(&self) -> Option<&str> {
        self.state.room.spotlight.as_deref()
    }

    /// The notes wall's choice of notes and page.
    pub fn wall(&self) -> &WallView {
        &self.state.room.wall
    }

    /// Whether the console shows the review desk rather than the controls of the session.
    pub fn reviewing(&self) -> bool {
        self.state.reviewing
    }

    /// What the last undo or redo did, as the console says it ("Undone: add note “…”").
    pub fn history_message(&self) -> Option<&str> {
        self.state.history.as_deref()
    }

    /// The undo and redo labels, for the Edit menu and tests ("Undo: delete note “…”").
    pub fn undo_label(&self) -> Option<String> {
        self.state.undo_label()
    }

    /// What redo would do ("Redo: delete note “…”").
    pub fn redo_label(&self) -> Option<String> {
        self.state.redo_label()
    }

    /// Switches between the review desk and the console.
    pub fn set_reviewing(&mut self, reviewing: bool) {
        self.update(Msg::Review(reviewing));
    }

    /// Opens the session file at `path`, keeping the current one if it cannot be read.
    pub fn open_path(&mut self, ctx: &egui::Context, path: &std::path::Path) {
        self.ctx = Some(ctx.clone());
        self.update(Msg::Open(path.to_owned()));
    }

    /// Saves a copy of the session as a new file at `path` and opens it; a file already there
    /// is never replaced (the notice says so).
    pub fn save_copy_as(&mut self, ctx: &egui::Context, path: &std::path::Path) {
        self.ctx = Some(ctx.clone());
        self.update(Msg::SaveCopyAs(path.to_owned()));
    }

    /// Writes a report of the session to `path` (the format by its extension) and says where
    /// it went, or why it could not.
    pub fn export_to(&mut self, path: &std::path::Path) {
        self.update(Msg::Export(path.to_owned(), Lang::English));
    }

    /// Shows the open session beside the one at `path` on the review desk.
    pub fn compare_with(&mut self, path: &std::path::Path) {
        self.update(Msg::CompareWith(path.to_owned()));
    }

    /// Shows what merging the session at `path` in would do, for the facilitator to confirm.
    pub fn merge_in(&mut self, path: &std::path::Path) {
        self.update(Msg::MergeIn(path.to_owned()));
    }

    /// The comparison on the review desk, if one is showing.
    pub fn comparison(&self) -> Option<&crate::gui::desk::compare::CompareView> {
        self.views.desk.comparison()
    }

    /// The merge waiting for the facilitator's yes, if one is showing.
    pub fn merge_plan(&self) -> Option<&crate::gui::desk::merge::MergePlan> {
        self.views.desk.merge_plan()
    }
}

/// The title, day and venue of a session in memory, as the recent list shows them.
fn summary_of(session: &crate::model::Session) -> crate::store::SessionSummary {
    crate::store::SessionSummary {
        title: session.title.clone(),
        date: session.date,
        venue: session.venue.clone(),
    }
}

impl State {
    /// "Undo: delete note “…”", when there is something to undo.
    pub fn undo_label(&self) -> Option<String> {
        let label = self.document.as_ref()?.undo_label()?;
        Some(crate::tr!(self.words, "app-undo-label", change = label))
    }

    /// "Redo: delete note “…”", when there is something to redo.
    pub fn redo_label(&self) -> Option<String> {
        let label = self.document.as_ref()?.redo_label()?;
        Some(crate::tr!(self.words, "app-redo-label", change = label))
    }
}

impl eframe::App for PlazaApp {
    fn ui(&mut self, ui: &mut egui::Ui, _frame: &mut eframe::Frame) {
        self.show(ui);
    }

    fn save(&mut self, storage: &mut dyn eframe::Storage) {
        eframe::set_value(storage, SETTINGS_KEY, &self.settings());
    }
}
