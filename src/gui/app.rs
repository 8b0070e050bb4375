use egui::{Color32, RichText, ScrollArea, UiBuilder, ViewportCommand, vec2};

use super::deck::{Slide, deck};
use super::projector::TimerFace;
use super::projector::projector_ui;
use super::projector_window::{ProjectorLink, ProjectorView, projector_id};
use super::shortcuts::{Command, commands};
use super::theme::{ThemeChoice, okabe_ito};
use super::timer::Timer;
use super::timer_panel::TimerPanel;
use crate::model::Edit;
use crate::store::{Document, StoreError, save};

use super::file_dialogs::{FileDialogs, Purpose};
use super::startup::open_or_create;
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
        };
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

    fn save_as(&mut self, ctx: &egui::Context, path: &std::path::Path) {
        let Some(document) = &self.document else {
            return;
        };
        if let Err(error) = save(path, document.session()) {
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
        });
        if let Some((purpose, path)) = self.dialogs.answer() {
            match purpose {
                Purpose::Open => self.open_path(&ctx, &path),
                Purpose::SaveAs => self.save_as(&ctx, &path),
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
        let target = match command {
            Command::Next => go((at + 1).min(slides.len().saturating_sub(1))),
            Command::Previous => go(at.saturating_sub(1)),
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
        };
        if let Some(slide) = target {
            self.slide = slide;
        }
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
        let typing = ctx.text_edit_focused();
        let mut pressed = ctx.input_mut(|input| commands(input, typing));
        if let Some(link) = &self.link {
            pressed.extend(link.take_commands());
        }
        for command in pressed {
            self.run(&ctx, command);
        }

        egui::Panel::top("menu").show(ui, |ui| self.menu_ui(ui));
        if let Some(notice) = self.notice.clone() {
            egui::Panel::top("notice").show(ui, |ui| {
                ui.horizontal_wrapped(|ui| {
                    ui.label(RichText::new(notice).color(okabe_ito::ORANGE));
                    if ui.button("Dismiss").clicked() {
                        self.notice = None;
                    }
                });
            });
        }
        let Some(document) = &self.document else {
            egui::CentralPanel::default().show(ui, |ui| {
                ui.heading("This session could not be opened");
                ui.label(self.error.as_deref().unwrap_or_default());
            });
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
        });
        egui::Panel::left("slides")
            .default_size(300.0)
            .show(ui, |ui| {
                ui.label(RichText::new(format!("Slide {} of {}", at + 1, slides.len())).strong());
                if let Some(next) = slides.get(at + 1) {
                    ui.label(format!("Next: {}", next.title(session)));
                }
                ui.separator();
                ScrollArea::vertical().show(ui, |ui| {
                    for (index, slide) in slides.iter().enumerate() {
                        let text = format!("{}. {}", index + 1, slide.title(session));
                        if ui.selectable_label(index == at, text).clicked() {
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
        let timer = &self.timer.timer;
        let timer_face = timer.is_set().then(|| TimerFace {
            text: timer.display(now),
            done: timer.is_done(now),
        });
        if let Some(wait) = timer.next_change_in(now) {
            // Once a second while it runs; nothing at all when it does not.
            ctx.request_repaint_after(std::time::Duration::from_secs_f64(wait));
        }
        egui::CentralPanel::default().show(ui, |ui| {
            ui.label("On the projector:");
            let room = ui.available_size();
            let size = if room.x * 9.0 / 16.0 <= room.y {
                vec2(room.x, room.x * 9.0 / 16.0)
            } else {
                vec2(room.y * 16.0 / 9.0, room.y)
            };
            let rect = egui::Rect::from_min_size(ui.cursor().min, size);
            ui.scope_builder(UiBuilder::new().max_rect(rect), |ui| {
                projector_ui(
                    ui,
                    session,
                    &self.slide,
                    &self.theme.palette(),
                    self.blanked,
                    timer_face.as_ref(),
                );
            });
        });

        if let Some(slide) = chosen {
            self.slide = slide;
        }
        if open_projector {
            self.projector_open = true;
        }
        if self.projector_open {
            let view = ProjectorView {
                session: document.editor().snapshot(),
                slide: self.slide.clone(),
                theme: self.theme,
                blanked: self.blanked,
                timer: timer_face,
            };
            let title = self.projector_title();
            let link = self
                .link
                .get_or_insert_with(|| ProjectorLink::new(view.clone()));
            link.update(&ctx, view);
            link.show(&ctx, &title, self.screen);
        }
        if let Some(title) = rename {
            self.rename(&title);
        }
    }
}
