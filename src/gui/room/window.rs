//! The projector as a second OS window. It only draws what the console hands it, and passes the
//! keys pressed in it back to the console.

use std::sync::{Arc, Mutex};

use egui::{Context, ViewportBuilder, ViewportId};

use crate::gui::app::keys::{Command, KeyScope, commands};
use crate::gui::room::booth::{Booth, BoothAction};
use crate::gui::room::deck::Slide;
use crate::gui::room::notes_wall::WallView;
use crate::gui::room::slides::TimerFace;
use crate::gui::room::stage::{Stage, stage_ui};
use crate::gui::theme::ThemeChoice;
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
    /// The booth, when voters use the projector's screen.
    pub booth: Option<Booth>,
    /// Which keys the projector window obeys: a voter's only while a poll is open, none while
    /// the laptop is handed round.
    pub keys: KeyScope,
    /// The note in the spotlight, by id.
    pub spotlight: Option<String>,
    /// The notes wall's choice and page.
    pub wall: WallView,
}

impl ProjectorView {
    /// The view as a stage to draw.
    pub fn stage(&self) -> Stage<'_> {
        Stage {
            session: &self.session,
            slide: &self.slide,
            blanked: self.blanked,
            timer: self.timer.as_ref(),
            booth: self.booth.as_ref(),
            spotlight: self.spotlight.as_deref(),
            wall: &self.wall,
        }
    }
}

/// The shared state between the console and the projector window.
#[derive(Clone)]
pub struct ProjectorLink {
    view: Arc<Mutex<ProjectorView>>,
    keys: Arc<Mutex<Vec<Command>>>,
    votes: Arc<Mutex<Vec<(String, BoothAction)>>>,
    shape: Arc<Mutex<f32>>,
}

fn locked<T>(mutex: &Mutex<T>) -> std::sync::MutexGuard<'_, T> {
    // A panic elsewhere while holding the lock leaves usable data; keep going.
    mutex
        .lock()
        .unwrap_or_else(|poisoned| poisoned.into_inner())
}

impl ProjectorLink {
    /// A link showing `view`.
    pub fn new(view: ProjectorView) -> Self {
        ProjectorLink {
            view: Arc::new(Mutex::new(view)),
            keys: Arc::default(),
            votes: Arc::default(),
            shape: Arc::new(Mutex::new(16.0 / 9.0)),
        }
    }

    /// Hands the projector a new view; asks it to repaint only if something changed.
    pub fn update(&self, ctx: &Context, view: ProjectorView) {
        let mut shown = locked(&self.view);
        let changed = !Arc::ptr_eq(&shown.session, &view.session)
            || shown.slide != view.slide
            || shown.theme != view.theme
            || shown.blanked != view.blanked
            || shown.timer != view.timer
            || shown.booth != view.booth
            || shown.keys != view.keys
            || shown.spotlight != view.spotlight
            || shown.wall != view.wall;
        if changed {
            *shown = view;
            ctx.request_repaint_of(projector_id());
        }
    }

    /// Commands pressed in the projector window since the last call.
    pub fn take_commands(&self) -> Vec<Command> {
        std::mem::take(&mut *locked(&self.keys))
    }

    /// What voters did in the booth on the projector's screen since the last call, each with
    /// the poll it was meant for.
    pub fn take_votes(&self) -> Vec<(String, BoothAction)> {
        std::mem::take(&mut *locked(&self.votes))
    }

    /// The projector window's shape (width ÷ height), as last drawn.
    pub fn shape(&self) -> f32 {
        *locked(&self.shape)
    }

    /// Shows the projector window for this frame.
    pub fn show(&self, ctx: &Context, title: &str, screen: Option<usize>) {
        let builder = projector_builder(title, screen);
        let link = self.clone();
        ctx.show_viewport_deferred(projector_id(), builder, move |ui, _class| {
            let view = locked(&link.view).clone();
            let scope = if ui.ctx().text_edit_focused() {
                KeyScope::Typing
            } else {
                view.keys
            };
            let mut pressed = ui.ctx().input_mut(|input| commands(input, scope));
            if ui.ctx().input(|input| input.viewport().close_requested()) {
                pressed.push(Command::CloseProjector);
            }
            if !pressed.is_empty() {
                locked(&link.keys).extend(pressed);
                ui.ctx().request_repaint_of(ViewportId::ROOT);
            }
            egui::CentralPanel::no_frame().show(ui, |ui| {
                let full = ui.max_rect();
                *locked(&link.shape) = full.width() / full.height().max(1.0);
                let votes = stage_ui(ui, &view.stage(), &view.theme.palette(), true);
                if let (false, Some(booth)) = (votes.is_empty(), &view.booth) {
                    let poll = booth.poll().to_owned();
                    locked(&link.votes).extend(votes.into_iter().map(|vote| (poll.clone(), vote)));
                    ui.ctx().request_repaint_of(ViewportId::ROOT);
                }
            });
        });
    }
}
