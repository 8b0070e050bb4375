mod desk;
pub mod dialogs;
pub mod keys;
pub mod startup;

use egui::{Color32, Modifiers, RichText, ScrollArea, UiBuilder, ViewportCommand, vec2};

use crate::gui::app::keys::{Command, KeyScope, commands, history_commands};
use crate::gui::console::actions::ActionsPanel;
use crate::gui::console::notes::{NotesPanel, entry_id};
use crate::gui::console::polls::PollsPanel;
use crate::gui::console::request::Request;
use crate::gui::console::tabs::{Tab, tab_for};
use crate::gui::console::timer::TimerPanel;
use crate::gui::desk::{ReviewDesk, is_finished};
use crate::gui::room::booth::view::booth_ui;
use crate::gui::room::booth::{Booth, BoothAction, Phase};
use crate::gui::room::deck::{Slide, deck};
use crate::gui::room::notes_wall::{WallView, wall_pages};
use crate::gui::room::slides::TimerFace;
use crate::gui::room::stage::{Stage, stage_ui};
use crate::gui::room::timer::Timer;
use crate::gui::room::window::{ProjectorLink, ProjectorView, projector_id};
use crate::gui::theme::{ThemeChoice, okabe_ito};
use crate::model::{About, Edit, PollStatus};
use crate::report::export_report;
use crate::store::{Document, StoreError, save_new};

use crate::gui::app::dialogs::{FileDialogs, Purpose};
use crate::gui::app::startup::open_or_create;
use std::path::PathBuf;

/// The console window: the facilitator's view, driving the projector.
pub struct PlazaApp {
    document: Option<Document>,
    error: Option<String>,
    slide: Slide,
    theme: ThemeChoice,
    blanked: bool,
    projector_open: bool,
    fullscreen: bool,
    link: Option<ProjectorLink>,
    title_draft: Option<String>,
    timer: TimerPanel,
    dialogs: FileDialogs,
    recent: Vec<PathBuf>,
    notice: Option<String>,
    screen: Option<usize>,
    tab: Tab,
    notes: NotesPanel,
    actions: ActionsPanel,
    polls: PollsPanel,
    booth: Option<Booth>,
    booth_here: bool,
    spotlight: Option<String>,
    wall: WallView,
    history: Option<String>,
    note_counts: NoteCounts,
    confirm_undo_ballot: bool,
    reviewing: bool,
    review: ReviewDesk,
    /// The comparison or merge preview was asked for from the console: it returns there.
    back_to_console: bool,
}

/// Notes per item, for the slide list; counted again only when the session changes.
#[derive(Debug, Default)]
struct NoteCounts {
    revision: Option<(String, u64)>,
    counts: std::collections::HashMap<About, usize>,
}

/// What the console remembers between runs (window geometry is eframe's own).
#[derive(Debug, Clone, Default, serde::Serialize, serde::Deserialize)]
#[serde(default)]
pub struct Settings {
    /// The projector's colours.
    pub theme: ThemeChoice,
    /// Sessions opened lately, newest first.
    pub recent: Vec<PathBuf>,
    /// The screen the projector fills (counted from 0), or `None` for a movable window.
    pub screen: Option<usize>,
}

/// "A window", "Screen 2 (full)".
fn screen_name(screen: Option<usize>) -> String {
    match screen {
        None => "A window".into(),
        Some(index) => format!("Screen {} (full)", index + 1),
    }
}

/// How many recent sessions the menu lists.
const RECENT_COUNT: usize = 8;

impl PlazaApp {
    /// The app on an opened session, or showing why it could not open.
    pub fn new(opened: Result<Document, StoreError>) -> Self {
        let (document, error) = match opened {
            Ok(document) => (Some(document), None),
            Err(error) => (None, Some(error.to_string())),
        };
        let mut app = PlazaApp {
            document,
            error,
            slide: Slide::Title,
            theme: ThemeChoice::default(),
            blanked: false,
            projector_open: false,
            fullscreen: false,
            link: None,
            title_draft: None,
            timer: TimerPanel::default(),
            dialogs: FileDialogs::default(),
            recent: Vec::new(),
            notice: None,
            screen: None,
            tab: Tab::Notes,
            notes: NotesPanel::default(),
            actions: ActionsPanel::default(),
            polls: PollsPanel::default(),
            booth: None,
            booth_here: false,
            spotlight: None,
            wall: WallView::default(),
            history: None,
            note_counts: NoteCounts::default(),
            confirm_undo_ballot: false,
            reviewing: false,
            review: ReviewDesk::default(),
            back_to_console: false,
        };
        app.reviewing = app
            .document
            .as_ref()
            .is_some_and(|document| is_finished(document.session()));
        if let Some(path) = app
            .document
            .as_ref()
            .map(|document| document.path().to_owned())
        {
            app.remember(path);
        }
        app
    }

    /// The app with remembered settings applied.
    pub fn with_settings(mut self, settings: Settings) -> Self {
        self.theme = settings.theme;
        self.screen = settings.screen;
        let current = std::mem::replace(&mut self.recent, settings.recent);
        for path in current.into_iter().rev() {
            self.remember(path);
        }
        self
    }

    /// What to remember for the next run.
    pub fn settings(&self) -> Settings {
        Settings {
            theme: self.theme,
            recent: self.recent.clone(),
            screen: self.screen,
        }
    }

    /// The message shown above the console (a file that would not open, where a file went).
    pub fn notice(&self) -> Option<&str> {
        self.notice.as_deref()
    }

    /// The session open, if any.
    pub fn document(&self) -> Option<&Document> {
        self.document.as_ref()
    }

    fn remember(&mut self, path: PathBuf) {
        let path = std::fs::canonicalize(&path).unwrap_or(path);
        self.recent.retain(|known| *known != path);
        self.recent.insert(0, path);
        self.recent.truncate(RECENT_COUNT);
    }

    /// Switches to another session; the one open is saved and let go first.
    fn switch_to(&mut self, opened: Result<Document, StoreError>) {
        match opened {
            Ok(document) => {
                let path = document.path().to_owned();
                self.document = Some(document);
                self.error = None;
                self.notice = None;
                self.slide = Slide::Title;
                self.title_draft = None;
                self.booth = None;
                self.booth_here = false;
                self.spotlight = None;
                self.wall = WallView::default();
                self.history = None;
                self.review = ReviewDesk::default();
                self.back_to_console = false;
                self.reviewing = self
                    .document
                    .as_ref()
                    .is_some_and(|document| is_finished(document.session()));
                self.remember(path);
            }
            // The session open stays open: a file that cannot be read changes nothing.
            Err(error) => self.notice = Some(format!("Could not open the session. {error}")),
        }
    }

    /// Opens the session file at `path`, keeping the current one if it cannot be read.
    pub fn open_path(&mut self, ctx: &egui::Context, path: &std::path::Path) {
        if self
            .document
            .as_ref()
            .is_some_and(|document| document.path() == path)
        {
            return;
        }
        let ctx = ctx.clone();
        let opened = Document::open(path, move || ctx.request_repaint());
        self.switch_to(opened);
    }

    fn new_session(&mut self, ctx: &egui::Context) {
        let ctx = ctx.clone();
        let opened = open_or_create(None, move || ctx.request_repaint());
        self.switch_to(opened);
    }

    /// Saves a copy of the session as a new file at `path` and opens it; a file already there
    /// is never replaced (the notice says so).
    pub fn save_copy_as(&mut self, ctx: &egui::Context, path: &std::path::Path) {
        let Some(document) = &self.document else {
            return;
        };
        // A copy is a new file: never written over another session, or anything else.
        if let Err(error) = save_new(path, document.session()) {
            self.notice = Some(format!("Could not save a copy. {error}"));
            return;
        }
        self.open_path(ctx, path);
    }

    fn menu_ui(&mut self, ui: &mut egui::Ui) {
        let ctx = ui.ctx().clone();
        egui::MenuBar::new().ui(ui, |ui| {
            ui.menu_button("Session", |ui| {
                if ui.button("New").clicked() {
                    self.new_session(&ctx);
                }
                if ui
                    .add_enabled(!self.dialogs.is_open(), egui::Button::new("Open…"))
                    .clicked()
                {
                    self.dialogs.ask(Purpose::Open, &ctx, "");
                }
                let name = self
                    .document
                    .as_ref()
                    .and_then(|d| d.path().file_name())
                    .map(|n| n.to_string_lossy().into_owned());
                let can_save = self.document.is_some() && !self.dialogs.is_open();
                if ui
                    .add_enabled(can_save, egui::Button::new("Save as…"))
                    .clicked()
                {
                    self.dialogs.ask(
                        Purpose::SaveAs,
                        &ctx,
                        name.as_deref().unwrap_or("session.ron"),
                    );
                }
                let can_export = self.document.is_some() && !self.dialogs.is_open();
                if ui
                    .add_enabled(can_export, egui::Button::new("Export report…"))
                    .on_hover_text("HTML, Markdown, CSV or JSON: the file's extension decides")
                    .clicked()
                {
                    let name = self.report_name();
                    self.dialogs.ask(Purpose::Export, &ctx, &name);
                }
                ui.separator();
                let can_read = self.document.is_some() && !self.dialogs.is_open();
                if ui
                    .add_enabled(can_read, egui::Button::new("Compare with…"))
                    .on_hover_text("Last year's retreat, say: what changed, item by item")
                    .clicked()
                {
                    self.dialogs.ask(Purpose::Compare, &ctx, "");
                }
                let can_merge = can_read
                    && self
                        .document
                        .as_ref()
                        .is_some_and(|d| d.read_only().is_none());
                if ui
                    .add_enabled(can_merge, egui::Button::new("Merge in…"))
                    .on_hover_text(
                        "Join the notes, actions and votes of a breakout laptop's session",
                    )
                    .clicked()
                {
                    self.dialogs.ask(Purpose::MergeIn, &ctx, "");
                }
                ui.separator();
                ui.menu_button("Recent", |ui| {
                    let current = self.document.as_ref().map(|d| d.path().to_owned());
                    let mut chosen = None;
                    for path in self
                        .recent
                        .iter()
                        .filter(|path| Some(*path) != current.as_ref())
                    {
                        if ui.button(path.display().to_string()).clicked() {
                            chosen = Some(path.clone());
                        }
                    }
                    if self.recent.len() <= usize::from(current.is_some()) {
                        ui.label("No other sessions yet");
                    }
                    if let Some(path) = chosen {
                        self.open_path(&ctx, &path);
                    }
                });
            });
            ui.menu_button("View", |ui| {
                if ui
                    .radio(!self.reviewing, "Console: run the session")
                    .clicked()
                {
                    self.set_reviewing(false);
                }
                if ui
                    .radio(self.reviewing, "Review: what was said and decided")
                    .clicked()
                {
                    self.set_reviewing(true);
                }
            });
            ui.menu_button("Edit", |ui| {
                // Each entry names the change it reverts or repeats.
                let undo = self.undo_label();
                let redo = self.redo_label();
                let undo_button =
                    egui::Button::new(undo.as_deref().unwrap_or("Undo")).shortcut_text("Ctrl+Z");
                if ui.add_enabled(undo.is_some(), undo_button).clicked() {
                    self.undo();
                }
                let redo_button = egui::Button::new(redo.as_deref().unwrap_or("Redo"))
                    .shortcut_text("Ctrl+Shift+Z");
                if ui.add_enabled(redo.is_some(), redo_button).clicked() {
                    self.redo();
                }
            });
        });
        if let Some((purpose, path)) = self.dialogs.answer() {
            match purpose {
                Purpose::Open => self.open_path(&ctx, &path),
                Purpose::SaveAs => self.save_copy_as(&ctx, &path),
                Purpose::Export => self.export_to(&path),
                Purpose::Compare => self.compare_with(&path),
                Purpose::MergeIn => self.merge_in(&path),
            }
        }
        let dropped: Vec<PathBuf> = ctx.input(|input| {
            input
                .raw
                .dropped_files
                .iter()
                .map(|file| file.path().to_owned())
                .collect()
        });
        if let Some(path) = dropped
            .into_iter()
            .find(|path| path.extension().is_some_and(|ext| ext == "ron"))
        {
            self.open_path(&ctx, &path);
        }
    }

    /// Writes a report of the session to `path` (the format by its extension) and says where
    /// it went, or why it could not.
    pub fn export_to(&mut self, path: &std::path::Path) {
        let Some(document) = &self.document else {
            return;
        };
        self.notice = Some(match export_report(document.session(), path) {
            Ok(format) => format!("{} report saved to {}", format.name(), path.display()),
            Err(error) => format!("The report was not saved: {error}."),
        });
    }

    /// The slide on the projector.
    pub fn slide(&self) -> &Slide {
        &self.slide
    }

    /// Whether the projector is blacked out.
    pub fn blanked(&self) -> bool {
        self.blanked
    }

    /// The activity timer.
    pub fn timer(&self) -> &Timer {
        &self.timer.timer
    }

    /// Whether the projector window is open.
    pub fn projector_open(&self) -> bool {
        self.projector_open
    }

    fn run(&mut self, ctx: &egui::Context, command: Command) {
        let Some(document) = &self.document else {
            return;
        };
        let slides = deck(document.session());
        let at = slides
            .iter()
            .position(|slide| *slide == self.slide)
            .unwrap_or(0);
        let go = |index: usize| slides.get(index).cloned();
        let wall_pages = (self.slide == Slide::NotesWall).then(|| self.wall_page_count(ctx));
        if let Some(pages) = wall_pages {
            // Fewer notes (a deletion, another choice) can mean fewer pages than before.
            self.wall.page = self.wall.page.min(pages - 1);
        }
        let target = match command {
            Command::Next => match wall_pages {
                // The clicker turns the wall's pages before it leaves the wall.
                Some(pages) if self.wall.page + 1 < pages => {
                    self.wall.page += 1;
                    None
                }
                _ => go((at + 1).min(slides.len().saturating_sub(1))),
            },
            Command::Previous => match wall_pages {
                Some(_) if self.wall.page > 0 => {
                    self.wall.page -= 1;
                    None
                }
                _ => go(at.saturating_sub(1)),
            },
            Command::First => go(0),
            Command::Last => go(slides.len().saturating_sub(1)),
            Command::ToggleBlank => {
                self.blanked = !self.blanked;
                None
            }
            Command::OpenProjector => {
                self.projector_open = true;
                None
            }
            Command::CloseProjector if self.spotlight.is_some() => {
                // Esc first ends the spotlight; a second Esc closes the projector.
                self.spotlight = None;
                None
            }
            Command::CloseProjector => {
                self.projector_open = false;
                self.fullscreen = false;
                None
            }
            Command::ToggleFullscreen => {
                self.fullscreen = !self.fullscreen;
                ctx.send_viewport_cmd_to(
                    projector_id(),
                    ViewportCommand::Fullscreen(self.fullscreen),
                );
                None
            }
            Command::Undo => {
                self.undo();
                None
            }
            Command::Redo => {
                self.redo();
                None
            }
        };
        if let Some(slide) = target {
            let backwards = matches!(command, Command::Previous);
            self.go_to(ctx, slide, backwards);
        }
    }

    /// Puts `slide` up; the workspace follows it. Arriving at the notes wall from the slide
    /// after it starts on its last page.
    fn go_to(&mut self, ctx: &egui::Context, slide: Slide, backwards: bool) {
        if slide == self.slide {
            return;
        }
        self.slide = slide;
        self.tab = tab_for(&self.slide).unwrap_or(self.tab);
        self.notes.follow_slide();
        self.actions.follow_slide();
        self.spotlight = None;
        if self.slide == Slide::NotesWall {
            self.wall.page = if backwards {
                self.wall_page_count(ctx) - 1
            } else {
                0
            };
        }
        if !matches!(self.slide, Slide::PollBallot(_)) {
            self.booth_here = false;
        }
    }

    fn wall_page_count(&self, ctx: &egui::Context) -> usize {
        let Some(document) = &self.document else {
            return 1;
        };
        wall_pages(
            ctx,
            document.session(),
            document.editor().revision(),
            self.wall.about.as_ref(),
            self.projector_shape(),
        )
        .count()
    }

    /// The projector's shape (width ÷ height): the window's own once it has been drawn.
    fn projector_shape(&self) -> f32 {
        self.link
            .as_ref()
            .filter(|_| self.projector_open)
            .map_or(16.0 / 9.0, ProjectorLink::shape)
    }

    /// The undo and redo labels, for the Edit menu and tests ("Undo: delete note “…”").
    pub fn undo_label(&self) -> Option<String> {
        let label = self.document.as_ref()?.editor().undo_label()?;
        Some(format!("Undo: {label}"))
    }

    /// What redo would do ("Redo: delete note “…”").
    pub fn redo_label(&self) -> Option<String> {
        let label = self.document.as_ref()?.editor().redo_label()?;
        Some(format!("Redo: {label}"))
    }

    /// What the last undo or redo did, as the console says it ("Undone: add note “…”").
    pub fn history_message(&self) -> Option<&str> {
        self.history.as_deref()
    }

    /// Undoes the last change; a ballot cast in the booth is only taken back after the
    /// facilitator confirms, since the voter was told it is recorded.
    fn undo(&mut self) {
        let Some(document) = &mut self.document else {
            return;
        };
        let ballot = matches!(document.editor().undo_edit(), Some(Edit::CastBallot { .. }));
        if ballot && !self.confirm_undo_ballot {
            self.confirm_undo_ballot = true;
            return;
        }
        self.confirm_undo_ballot = false;
        if let Some(applied) = document.undo() {
            // A message about what was just done (a merge, say) no longer holds.
            self.notice = None;
            self.history = Some(format!("Undone: {}", applied.label));
        }
    }

    fn redo(&mut self) {
        let Some(document) = &mut self.document else {
            return;
        };
        if let Some(applied) = document.redo() {
            self.notice = None;
            self.history = Some(format!("Redone: {}", applied.label));
        }
    }

    /// Carries out what a panel asked for.
    fn fulfil(&mut self, ctx: &egui::Context, request: Request) {
        match request {
            Request::Apply(edit) => {
                let Some(document) = &mut self.document else {
                    return;
                };
                self.confirm_undo_ballot = false;
                match document.apply(edit) {
                    Ok(_) => self.history = None,
                    Err(error) => self.notice = Some(format!("That change was not made: {error}.")),
                }
            }
            Request::Spotlight(note) => self.spotlight = note,
            Request::Show(slide) => self.go_to(ctx, slide, false),
            Request::Wall(about) => {
                self.wall.about = about;
                self.wall.page = 0;
                self.go_to(ctx, Slide::NotesWall, false);
            }
            Request::WallPage(page) => self.wall.page = page,
            Request::BoothHere(here) => self.place_booth(here),
            Request::Undo => self.undo(),
            Request::Redo => self.redo(),
        }
    }

    /// A voter's action in the booth of poll `poll`: marks change in the booth; a cast goes
    /// through the session's edits and autosave like any other change. An action meant for
    /// another poll's booth (a tap that arrived after the slide changed) is dropped.
    fn vote(&mut self, poll: &str, action: BoothAction, now: f64) {
        let (Some(document), Some(booth)) = (&mut self.document, &mut self.booth) else {
            return;
        };
        if booth.poll() != poll {
            return;
        }
        if action == BoothAction::NextVoter && !booth.ready_for_next(now) {
            return;
        }
        let Some(poll) = document.session().poll(booth.poll()).cloned() else {
            return;
        };
        if booth.act(&poll, action) {
            // A refused ballot leaves its reason in the booth's message.
            let _ = booth.cast(document);
        }
    }

    /// Keeps the booth in step with the slide and the store: one booth for the poll on the
    /// slide while it is open (and the session can be written), moving to "thank you" once its
    /// ballot is on disk. Leaving the slide drops a half-marked ballot, so it never greets the
    /// next person; a ballot on its way to the disk keeps its booth until the store answers.
    fn tend_booth(&mut self, now: f64) {
        let Some(document) = &self.document else {
            self.booth = None;
            return;
        };
        if let Some(booth) = &mut self.booth {
            booth.follow(document.save_status().as_ref(), now);
            if booth.is_pending() {
                return;
            }
        }
        let session = document.session();
        let writable = document.read_only().is_none();
        let open_poll = match &self.slide {
            Slide::PollBallot(id) => session.poll(id).filter(|poll| {
                poll.status == PollStatus::Open && poll.method.takes_ballots() && writable
            }),
            _ => None,
        };
        match (open_poll, &mut self.booth) {
            (Some(poll), Some(booth)) if booth.poll() == poll.id => booth.fit(poll),
            (Some(poll), _) => self.booth = Some(Booth::new(poll)),
            (None, _) => self.booth = None,
        }
        if open_poll.is_none() {
            self.booth_here = false;
        }
    }

    /// Moves the booth between the laptop and the projector; a ballot being marked starts over,
    /// so nobody else sees it.
    fn place_booth(&mut self, here: bool) {
        if here == self.booth_here {
            return;
        }
        self.booth_here = here;
        let Some(document) = &self.document else {
            return;
        };
        if let Some(booth) = &mut self.booth
            && *booth.phase() == Phase::Voting
            && let Some(poll) = document.session().poll(booth.poll())
        {
            *booth = Booth::new(poll);
        }
    }

    /// The booth as it stands, if a poll is open on the slide.
    pub fn booth(&self) -> Option<&Booth> {
        self.booth.as_ref()
    }

    /// Whether the console itself is the booth (the laptop handed round).
    pub fn booth_here(&self) -> bool {
        self.booth_here
    }

    /// The note in the spotlight, by id.
    pub fn spotlight(&self) -> Option<&str> {
        self.spotlight.as_deref()
    }

    /// The notes wall's choice of notes and page.
    pub fn wall(&self) -> &WallView {
        &self.wall
    }

    /// Applies a new session title typed in the console; a blank one is put back as it was.
    fn rename(&mut self, title: &str) {
        let Some(document) = &mut self.document else {
            return;
        };
        let session = document.session();
        let title = title.trim();
        if title != session.title && !title.is_empty() {
            let edit = Edit::SetDetails {
                title: title.to_owned(),
                date: session.date,
                venue: session.venue.clone(),
                facilitators: session.facilitators.clone(),
            };
            if let Err(error) = document.apply(edit) {
                self.error = Some(error.to_string());
            }
        }
        self.title_draft = None;
    }

    fn projector_title(&self) -> String {
        let title = self
            .document
            .as_ref()
            .map_or_else(String::new, |document| self.slide.title(document.session()));
        format!("Plaza — Projector · {title}")
    }
}

fn save_state(document: &Document) -> (String, Color32) {
    if let Some(reason) = document.read_only() {
        return (format!("Read-only: {reason}"), okabe_ito::ORANGE);
    }
    match document.save_status() {
        Some(status) if status.error.is_some() => (
            format!("Not saved: {}", status.error.unwrap_or_default()),
            okabe_ito::VERMILLION,
        ),
        Some(status) if status.saving || !status.is_clean() => ("Saving…".into(), Color32::GRAY),
        Some(status) => match status.saved_at {
            Some(at) => (
                format!(
                    "Saved {}",
                    at.with_timezone(&chrono::Local).format("%H:%M:%S")
                ),
                Color32::GRAY,
            ),
            None => ("Saved".into(), Color32::GRAY),
        },
        None => (String::new(), Color32::GRAY),
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

/// Where the settings live in eframe's storage.
pub const SETTINGS_KEY: &str = "plaza-settings";

impl PlazaApp {
    /// Draws one frame of the console (and the projector window, if open) and handles its keys.
    pub fn show(&mut self, ui: &mut egui::Ui) {
        let ctx = ui.ctx().clone();
        let now = ctx.input(|input| input.time);
        let votes = self.link.as_ref().map(ProjectorLink::take_votes);
        for (poll, action) in votes.unwrap_or_default() {
            self.vote(&poll, action, now);
        }
        self.tend_booth(now);
        // Keys pressed while the laptop was in a voter's hands stay without effect, even those
        // after Ctrl+Shift+F in the same frame.
        let locked = self.booth_here;
        if self.booth_here
            && ctx.input_mut(|input| {
                input.consume_key(Modifiers::COMMAND | Modifiers::SHIFT, egui::Key::F)
            })
        {
            self.place_booth(false);
        }
        let scope = if locked {
            // The laptop is in a voter's hands: no key moves the room's screen or the session.
            KeyScope::Locked
        } else if ctx.text_edit_focused() || self.reviewing {
            // Reviewing, the slides are out of sight: keys that would move them stay still.
            KeyScope::Typing
        } else {
            KeyScope::All
        };
        if scope == KeyScope::Typing
            && !self.reviewing
            && self.spotlight.is_some()
            && ctx.input(|input| input.key_pressed(egui::Key::Escape))
        {
            // Esc in a text field still ends the spotlight: the room should not wait for the
            // facilitator to click out of the box first.
            self.spotlight = None;
        }
        let mut pressed = ctx.input_mut(|input| commands(input, scope));
        let in_empty_entry =
            ctx.memory(|memory| memory.has_focus(entry_id())) && self.notes.entry_is_empty();
        if scope == KeyScope::Typing
            && (in_empty_entry || self.reviewing && !ctx.text_edit_focused())
        {
            pressed.extend(ctx.input_mut(history_commands));
        }
        if let Some(link) = &self.link {
            pressed.extend(link.take_commands());
        }
        for command in pressed {
            self.run(&ctx, command);
        }
        self.tend_booth(now);
        if let Some(document) = &self.document {
            self.wall.revision = document.editor().revision();
        }
        if self.booth_here {
            self.booth_console_ui(ui);
        } else if self.reviewing {
            self.review_ui(ui);
        } else {
            self.console_ui(ui);
        }
        self.projector_window(&ctx);
    }

    /// The laptop handed round as the booth: nothing but the ballot, until the facilitator
    /// takes it back.
    fn booth_console_ui(&mut self, ui: &mut egui::Ui) {
        let mut votes = Vec::new();
        let now = ui.ctx().input(|input| input.time);
        egui::CentralPanel::no_frame().show(ui, |ui| {
            let full = ui.max_rect();
            let palette = self.theme.palette();
            ui.painter().rect_filled(full, 0.0, palette.background);
            if let (Some(document), Some(booth)) = (&self.document, &self.booth)
                && let Some(poll) = document.session().poll(booth.poll())
            {
                votes = booth_ui(ui, document.session(), poll, booth, &palette, full, true);
            }
        });
        let poll = self.booth.as_ref().map(|booth| booth.poll().to_owned());
        for action in votes {
            if let Some(poll) = &poll {
                self.vote(poll, action, now);
            }
        }
    }

    fn projector_window(&mut self, ctx: &egui::Context) {
        let Some(document) = &self.document else {
            return;
        };
        if !self.projector_open {
            return;
        }
        let now = ctx.input(|input| input.time);
        let view = ProjectorView {
            session: document.editor().snapshot(),
            slide: self.slide.clone(),
            theme: self.theme,
            blanked: self.blanked,
            timer: self.timer_face(now),
            // With the laptop handed round, the room's screen shows only how many have voted.
            booth: self.booth.clone().filter(|_| !self.booth_here),
            keys: if self.booth_here {
                KeyScope::Locked
            } else if self.booth.is_some() {
                KeyScope::Booth
            } else {
                KeyScope::All
            },
            spotlight: self.spotlight.clone(),
            wall: self.wall.clone(),
        };
        let title = self.projector_title();
        let link = self
            .link
            .get_or_insert_with(|| ProjectorLink::new(view.clone()));
        link.update(ctx, view);
        link.show(ctx, &title, self.screen);
    }

    fn timer_face(&self, now: f64) -> Option<TimerFace> {
        let timer = &self.timer.timer;
        timer.is_set().then(|| TimerFace {
            text: timer.display(now),
            done: timer.is_done(now),
        })
    }

    /// The menu and the message line, on top of both faces of the console; `false` when no
    /// session is open (the reason is then shown instead of anything else).
    fn top_ui(&mut self, ui: &mut egui::Ui) -> bool {
        egui::Panel::top("menu").show(ui, |ui| self.menu_ui(ui));
        // One line, always there and always the same height, even when it has nothing to say:
        // a message appearing must never push down the controls a person is about to click.
        egui::Panel::top("messages")
            .exact_size(MESSAGE_LINE_HEIGHT)
            .resizable(false)
            .show(ui, |ui| {
                ui.horizontal_centered(|ui| self.message_line_ui(ui));
            });
        if self.document.is_none() {
            egui::CentralPanel::default().show(ui, |ui| {
                ui.heading("This session could not be opened");
                ui.label(self.error.as_deref().unwrap_or_default());
            });
            return false;
        }
        true
    }

    /// The question asked before a booth ballot is undone, else the last notice, else what the
    /// last undo or redo did. Long words are cut to the line; the whole shows on hover.
    fn message_line_ui(&mut self, ui: &mut egui::Ui) {
        if self.confirm_undo_ballot {
            // The safe answer comes first, where Dismiss is: a click meant for a notice must
            // never undo a vote.
            if ui.button("Keep it").clicked() {
                self.confirm_undo_ballot = false;
            }
            if ui.button("Undo the ballot").clicked() {
                self.undo();
            }
            one_line(
                ui,
                "The last change is a ballot cast in the booth, and the voter was told it is \
                 recorded. Undo it?",
                okabe_ito::ORANGE,
            );
        } else if let Some(notice) = self.notice.clone() {
            if ui.button("Dismiss").clicked() {
                self.notice = None;
            }
            one_line(ui, &notice, okabe_ito::ORANGE);
        } else if let Some(message) = &self.history {
            let colour = ui.visuals().weak_text_color();
            one_line(ui, message, colour);
        }
    }

    fn console_ui(&mut self, ui: &mut egui::Ui) {
        let ctx = ui.ctx().clone();
        if !self.top_ui(ui) {
            return;
        }
        let Some(document) = &self.document else {
            return;
        };
        let session = document.session();
        let slides = deck(session);
        if !slides.contains(&self.slide) {
            self.slide = Slide::Title;
        }
        let at = slides
            .iter()
            .position(|slide| *slide == self.slide)
            .unwrap_or(0);
        let mut chosen = None;
        let mut open_projector = false;
        let mut rename: Option<String> = None;
        let mut requests = Vec::new();

        egui::Panel::top("session").show(ui, |ui| {
            ui.horizontal(|ui| {
                let caption = ui.label("Session");
                let draft = self
                    .title_draft
                    .get_or_insert_with(|| session.title.clone());
                let field = ui
                    .add(
                        egui::TextEdit::singleline(draft)
                            .font(egui::TextStyle::Heading)
                            .hint_text("Session title")
                            .desired_width(420.0),
                    )
                    .labelled_by(caption.id);
                if field.lost_focus() {
                    rename = Some(draft.clone());
                }
                let (state, colour) = save_state(document);
                ui.label(RichText::new(state).color(colour));
                if document
                    .save_status()
                    .is_some_and(|status| status.error.is_some())
                {
                    if ui.button("Retry").clicked() {
                        document.save_now();
                    }
                    if ui
                        .add_enabled(!self.dialogs.is_open(), egui::Button::new("Save as…"))
                        .clicked()
                    {
                        let name = document
                            .path()
                            .file_name()
                            .map(|n| n.to_string_lossy().into_owned());
                        self.dialogs.ask(
                            Purpose::SaveAs,
                            &ctx,
                            name.as_deref().unwrap_or("session.ron"),
                        );
                    }
                }
            });
            ui.label(RichText::new(document.path().display().to_string()).small());
            ui.horizontal(|ui| {
                let label = if self.projector_open {
                    "Projector is open"
                } else {
                    "Project (F5)"
                };
                if ui.button(label).clicked() {
                    open_projector = true;
                }
                let caption = ui.label("Projector on");
                egui::ComboBox::from_id_salt("screen")
                    .selected_text(screen_name(self.screen))
                    .show_ui(ui, |ui| {
                        for screen in [None, Some(0), Some(1), Some(2), Some(3)] {
                            ui.selectable_value(&mut self.screen, screen, screen_name(screen));
                        }
                    })
                    .response
                    .labelled_by(caption.id);
                let caption_theme = ui.label("Theme");
                egui::ComboBox::from_id_salt("theme")
                    .selected_text(self.theme.name())
                    .show_ui(ui, |ui| {
                        for theme in ThemeChoice::ALL {
                            ui.selectable_value(&mut self.theme, theme, theme.name());
                        }
                    })
                    .response
                    .labelled_by(caption_theme.id);
                if self.blanked {
                    ui.label(RichText::new("Projector blanked (B)").strong());
                }
            });
            if let Some(id) = &self.spotlight {
                let text = session.note(id).map_or("", |note| note.text.as_str());
                ui.horizontal(|ui| {
                    ui.label(
                        RichText::new(format!(
                            "Spotlight on: “{}”",
                            crate::gui::console::about_picker::short(text)
                        ))
                        .color(okabe_ito::ORANGE)
                        .strong(),
                    );
                    if ui.button("End spotlight (Esc)").clicked() {
                        requests.push(Request::Spotlight(None));
                    }
                });
            }
        });
        self.note_counts.refresh(document);
        egui::Panel::left("slides")
            .default_size(280.0)
            .show(ui, |ui| {
                ui.label(RichText::new(format!("Slide {} of {}", at + 1, slides.len())).strong());
                if let Some(next) = slides.get(at + 1) {
                    ui.label(format!("Next: {}", next.title(session)));
                }
                ui.separator();
                ScrollArea::vertical().show(ui, |ui| {
                    for (index, slide) in slides.iter().enumerate() {
                        let mut text = format!("{}. {}", index + 1, slide.title(session));
                        let count = self.note_counts.of_slide(slide);
                        if count > 0 {
                            text.push_str(&format!("  · {count}"));
                        }
                        // A poll's state, wherever the facilitator is working.
                        if let Slide::PollBallot(id) = slide
                            && let Some(poll) = session.poll(id)
                        {
                            text.push_str(&format!("  · {}", poll.status.name().to_lowercase()));
                        }
                        let response = slide_entry_ui(ui, index == at, text);
                        if count > 0 {
                            response.clone().on_hover_text(format!("{count} notes"));
                        }
                        if response.clicked() {
                            chosen = Some(slide.clone());
                        }
                    }
                });
            });
        let now = ctx.input(|input| input.time);
        egui::Panel::bottom("timer").show(ui, |ui| {
            ui.add_space(4.0);
            self.timer.ui(ui, now);
            ui.add_space(4.0);
        });
        let timer_face = self.timer_face(now);
        if let Some(wait) = self.timer.timer.next_change_in(now) {
            // Once a second while it runs; nothing at all when it does not.
            ctx.request_repaint_after(std::time::Duration::from_secs_f64(wait));
        }
        let slide_about = match &self.slide {
            Slide::Commitment(id) | Slide::VisionGoal(id) | Slide::Value(id) => {
                About::Item(id.clone())
            }
            _ => About::General,
        };
        let on_poll = match &self.slide {
            Slide::PollBallot(id) | Slide::PollResults(id) => Some(id.as_str()),
            _ => None,
        };
        let shape = self.projector_shape();
        egui::Panel::right("work")
            .default_size(500.0)
            .min_size(360.0)
            .show(ui, |ui| {
                ui.horizontal(|ui| {
                    for tab in Tab::ALL {
                        ui.selectable_value(&mut self.tab, tab, tab.name());
                    }
                    ui.with_layout(egui::Layout::right_to_left(egui::Align::Center), |ui| {
                        let redo = document.editor().redo_label().map(|l| format!("Redo: {l}"));
                        let undo = document.editor().undo_label().map(|l| format!("Undo: {l}"));
                        if ui
                            .add_enabled(redo.is_some(), egui::Button::new("Redo"))
                            .on_hover_text(redo.unwrap_or_else(|| "Nothing to redo".into()))
                            .clicked()
                        {
                            requests.push(Request::Redo);
                        }
                        if ui
                            .add_enabled(undo.is_some(), egui::Button::new("Undo"))
                            .on_hover_text(undo.unwrap_or_else(|| "Nothing to undo".into()))
                            .clicked()
                        {
                            requests.push(Request::Undo);
                        }
                    });
                });
                ui.separator();
                let wall = (self.slide == Slide::NotesWall).then_some((&self.wall, shape));
                let asked = match self.tab {
                    Tab::Notes => self.notes.ui(ui, session, slide_about.clone(), wall),
                    Tab::Actions => self.actions.ui(ui, session, slide_about.clone()),
                    Tab::Polls => self.polls.ui(ui, session, on_poll, self.booth_here),
                };
                requests.extend(asked);
                if self.tab != Tab::Polls {
                    requests.extend(self.polls.flush(session));
                }
            });
        egui::CentralPanel::default().show(ui, |ui| {
            ui.label("On the projector:");
            let room = ui.available_size();
            let size = if room.x / shape <= room.y {
                vec2(room.x, room.x / shape)
            } else {
                vec2(room.y * shape, room.y)
            };
            let rect = egui::Rect::from_min_size(ui.cursor().min, size);
            let stage = Stage {
                session,
                slide: &self.slide,
                blanked: self.blanked,
                timer: timer_face.as_ref(),
                booth: self.booth.as_ref().filter(|_| !self.booth_here),
                spotlight: self.spotlight.as_deref(),
                wall: &self.wall,
            };
            ui.scope_builder(UiBuilder::new().max_rect(rect), |ui| {
                // The preview only pictures the booth: votes are cast on the projector.
                stage_ui(ui, &stage, &self.theme.palette(), false);
            });
        });

        if let Some(slide) = chosen {
            self.go_to(&ctx, slide, false);
        }
        if open_projector {
            self.projector_open = true;
        }
        if let Some(title) = rename {
            self.rename(&title);
        }
        for request in requests {
            self.fulfil(&ctx, request);
        }
    }
}

/// The height of the console's message line, which is there even when empty.
const MESSAGE_LINE_HEIGHT: f32 = 28.0;

/// A label cut to one line, with the whole text on hover.
fn one_line(ui: &mut egui::Ui, text: &str, colour: Color32) {
    ui.add(egui::Label::new(RichText::new(text).color(colour)).truncate())
        .on_hover_text(text);
}

/// One entry of the slide list: a clickable label, highlighted when it is the slide up. A
/// label, not a button: the list is redrawn every frame and labels cost a fraction as much.
fn slide_entry_ui(ui: &mut egui::Ui, current: bool, text: String) -> egui::Response {
    let visuals = ui.visuals();
    let (fill, colour) = if current {
        (visuals.selection.bg_fill, visuals.selection.stroke.color)
    } else {
        (Color32::TRANSPARENT, visuals.text_color())
    };
    // The highlight goes under the text: keep its place in the paint order first.
    let backdrop = ui.painter().add(egui::Shape::Noop);
    let response = ui.add(
        egui::Label::new(RichText::new(text).color(colour))
            .sense(egui::Sense::click())
            .selectable(false),
    );
    let highlight = if response.hovered() && !current {
        ui.visuals().widgets.hovered.weak_bg_fill
    } else {
        fill
    };
    if highlight != Color32::TRANSPARENT {
        ui.painter().set(
            backdrop,
            egui::Shape::rect_filled(response.rect.expand(2.0), 3.0, highlight),
        );
    }
    response
}

impl NoteCounts {
    fn refresh(&mut self, document: &Document) {
        let key = (document.session().id.clone(), document.editor().revision());
        if self.revision.as_ref() == Some(&key) {
            return;
        }
        self.counts.clear();
        for note in &document.session().notes {
            *self.counts.entry(note.about.clone()).or_default() += 1;
        }
        self.revision = Some(key);
    }

    fn of_slide(&self, slide: &Slide) -> usize {
        match slide {
            Slide::Commitment(id) | Slide::VisionGoal(id) | Slide::Value(id) => self
                .counts
                .get(&About::Item(id.clone()))
                .copied()
                .unwrap_or(0),
            _ => 0,
        }
    }
}
