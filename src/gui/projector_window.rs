//! The projector as a second OS window. It only draws what the console hands it, and passes the
//! keys pressed in it back to the console.

use std::sync::{Arc, Mutex};

use egui::{Context, ViewportBuilder, ViewportId};

use super::deck::Slide;
use super::projector::{TimerFace, projector_ui};
use super::shortcuts::{Command, commands};
use super::theme::ThemeChoice;
use crate::model::Session;

/// The projector window's viewport id.
pub fn projector_id() -> ViewportId {
    ViewportId::from_hash_of("plaza-projector")
}

/// How the projector window opens: a 1280×720 window, or full screen on the chosen screen
/// (counted from 0 in the system's order).
pub fn projector_builder(title: &str, screen: Option<usize>) -> ViewportBuilder {
    let builder = ViewportBuilder::default()
        .with_title(title)
        .with_inner_size([1280.0, 720.0]);
    match screen {
        Some(index) => builder.with_monitor(index),
        None => builder,
    }
}

/// What the projector shows, shared with its window's callback.
#[derive(Debug, Clone)]
pub struct ProjectorView {
    /// The session, as of the last change.
    pub session: Arc<Session>,
    /// The slide up.
    pub slide: Slide,
    /// The colours.
    pub theme: ThemeChoice,
    /// Black screen.
    pub blanked: bool,
    /// The activity timer, if one is set.
    pub timer: Option<TimerFace>,
}

/// The shared state between the console and the projector window.
#[derive(Clone)]
pub struct ProjectorLink {
    view: Arc<Mutex<ProjectorView>>,
    keys: Arc<Mutex<Vec<Command>>>,
}

impl ProjectorLink {
    /// A link showing `view`.
    pub fn new(view: ProjectorView) -> Self {
        ProjectorLink {
            view: Arc::new(Mutex::new(view)),
            keys: Arc::default(),
        }
    }

    /// Hands the projector a new view; asks it to repaint only if something changed.
    pub fn update(&self, ctx: &Context, view: ProjectorView) {
        let mut shown = self
            .view
            .lock()
            .unwrap_or_else(|poisoned| poisoned.into_inner());
        let changed = !Arc::ptr_eq(&shown.session, &view.session)
            || shown.slide != view.slide
            || shown.theme != view.theme
            || shown.blanked != view.blanked
            || shown.timer != view.timer;
        if changed {
            *shown = view;
            ctx.request_repaint_of(projector_id());
        }
    }

    /// Commands pressed in the projector window since the last call.
    pub fn take_commands(&self) -> Vec<Command> {
        std::mem::take(
            &mut *self
                .keys
                .lock()
                .unwrap_or_else(|poisoned| poisoned.into_inner()),
        )
    }

    /// Shows the projector window for this frame.
    pub fn show(&self, ctx: &Context, title: &str, screen: Option<usize>) {
        let builder = projector_builder(title, screen);
        let link = self.clone();
        ctx.show_viewport_deferred(projector_id(), builder, move |ui, _class| {
            let typing = ui.ctx().text_edit_focused();
            let pressed = ui.ctx().input_mut(|input| commands(input, typing));
            if !pressed.is_empty() {
                link.keys
                    .lock()
                    .unwrap_or_else(|poisoned| poisoned.into_inner())
                    .extend(pressed);
                ui.ctx().request_repaint_of(ViewportId::ROOT);
            }
            if ui.ctx().input(|input| input.viewport().close_requested()) {
                link.keys
                    .lock()
                    .unwrap_or_else(|poisoned| poisoned.into_inner())
                    .push(Command::CloseProjector);
                ui.ctx().request_repaint_of(ViewportId::ROOT);
            }
            let view = link
                .view
                .lock()
                .unwrap_or_else(|poisoned| poisoned.into_inner())
                .clone();
            egui::CentralPanel::no_frame().show(ui, |ui| {
                projector_ui(
                    ui,
                    &view.session,
                    &view.slide,
                    &view.theme.palette(),
                    view.blanked,
                    view.timer.as_ref(),
                );
            });
        });
    }
}
