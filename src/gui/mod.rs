//! The eframe app: the facilitator's console, the projector window it drives, and their
//! themes, keys and timer.

pub mod about_picker;
mod actions_panel;
mod app;
mod big_button;
pub mod booth;
pub mod booth_ui;
pub mod deck;
mod file_dialogs;
mod notes_panel;
pub mod notes_wall;
mod polls_panel;
pub mod projector;
pub mod projector_window;
mod request;
pub mod results_chart;
pub mod shortcuts;
pub mod stage;
mod startup;
pub mod theme;
pub mod timer;
mod timer_panel;
mod workspace;

use std::path::PathBuf;

pub use app::{PlazaApp, SETTINGS_KEY, Settings};
pub use startup::open_or_create;

/// Opens the app on `file`, or on a new session on the built-in framework.
pub fn run(file: Option<PathBuf>) -> anyhow::Result<()> {
    let options = eframe::NativeOptions {
        viewport: egui::ViewportBuilder::default()
            .with_title("Plaza")
            .with_inner_size([1280.0, 800.0]),
        ..Default::default()
    };
    eframe::run_native(
        "Plaza",
        options,
        Box::new(move |cc| {
            let ctx = cc.egui_ctx.clone();
            let opened = open_or_create(file.as_deref(), move || ctx.request_repaint());
            let settings: Settings = cc
                .storage
                .and_then(|storage| eframe::get_value(storage, SETTINGS_KEY))
                .unwrap_or_default();
            Ok(Box::new(PlazaApp::new(opened).with_settings(settings)))
        }),
    )
    .map_err(|error| anyhow::anyhow!("the window could not open: {error}"))
}
