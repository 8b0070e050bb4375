//! The eframe app: the facilitator's console, the projector window it drives, and their
//! themes, keys and timer.

pub mod app;
pub mod console;
pub mod desk;
pub mod landing;
pub mod room;
pub mod theme;
pub mod widgets;

use std::path::PathBuf;

use crate::store::{read_recent, recent_file, templates_dir};
use crate::words::{Lang, Words};
pub use app::startup::{open_or_create, resume};
pub use app::{PlazaApp, SETTINGS_KEY, Settings};

/// The console's words, as the app set them for this frame (English before it has).
pub fn words(ctx: &egui::Context) -> &'static Words {
    ctx.data(|data| data.get_temp(words_id()))
        .unwrap_or_else(|| Words::of(Lang::English))
}

/// Makes `words` the console's words from this frame on.
pub fn set_words(ctx: &egui::Context, words: &'static Words) {
    ctx.data_mut(|data| data.insert_temp(words_id(), words));
}

fn words_id() -> egui::Id {
    egui::Id::unique("plaza-console-words")
}

/// What the app opens on.
#[derive(Debug, Clone, Default)]
pub struct Start {
    /// The session file, or `None` for the session worked on last (or the start screen).
    pub file: Option<PathBuf>,
    /// Another session to compare it with, straight away.
    pub compare: Option<PathBuf>,
    /// Another session whose merge to preview, straight away.
    pub merge_in: Option<PathBuf>,
}

/// Opens the app as `start` says.
pub fn run(start: Start) -> anyhow::Result<()> {
    let options = eframe::NativeOptions {
        viewport: egui::ViewportBuilder::default()
            .with_title(Words::of(Lang::of_system()).get("app-window-title"))
            .with_inner_size([1280.0, 800.0]),
        ..Default::default()
    };
    eframe::run_native(
        "Plaza",
        options,
        Box::new(move |cc| {
            let ctx = cc.egui_ctx.clone();
            let settings: Settings = cc
                .storage
                .and_then(|storage| eframe::get_value(storage, SETTINGS_KEY))
                .unwrap_or_default();
            let recent_file = recent_file().ok();
            let mut recent = recent_file.as_deref().map(read_recent).unwrap_or_default();
            if recent.is_empty() {
                // Kept with the window's settings before the list had a file of its own.
                recent.clone_from(&settings.recent);
            }
            let opened = resume(start.file.as_deref(), &recent, move || {
                ctx.request_repaint()
            });
            let app = match opened {
                Some(opened) => PlazaApp::new(opened),
                None => PlazaApp::starting(),
            };
            let mut app = app
                .with_settings(settings)
                .with_recent(recent_file, recent)
                .with_templates(templates_dir().ok());
            if let Some(other) = &start.compare {
                app.compare_with(other);
            }
            if let Some(other) = &start.merge_in {
                app.merge_in(other);
            }
            Ok(Box::new(app))
        }),
    )
    .map_err(|error| anyhow::anyhow!("the window could not open: {error}"))
}
