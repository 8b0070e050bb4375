//! The projector as a second OS window. It draws the [`Room`] the console hands it, and passes
//! what happens in it (keys, a voter's taps, the window closing) back as messages.

use std::sync::{Arc, Mutex};

use egui::{Context, ViewportBuilder, ViewportId};

use super::Room;
use super::stage::stage_ui;
use crate::gui::app::keys::{KeyScope, commands};
use crate::gui::app::message::Msg;
use crate::model::Session;

/// The projector window's viewport id.
pub fn projector_id() -> ViewportId {
    ViewportId::from_hash_of("plaza-projector")
}

/// How the projector window opens: a 1280×720 window, or full screen on the chosen screen
/// (counted from 0 in the system's order).
fn projector_builder(title: &str, screen: Option<usize>) -> ViewportBuilder {
    let builder = ViewportBuilder::default()
        .with_title(title)
        .with_inner_size([1280.0, 720.0]);
    match screen {
        Some(index) => builder.with_monitor(index),
        None => builder,
    }
}

/// What the projector shows, shared with its window's callback: the room and the session as
/// of the last change.
#[derive(Debug, Clone)]
struct View {
    session: Arc<Session>,
    room: Room,
}

/// The shared state between the console and the projector window.
#[derive(Clone)]
pub struct ProjectorLink {
    view: Arc<Mutex<View>>,
    messages: Arc<Mutex<Vec<Msg>>>,
    shape: Arc<Mutex<f32>>,
}

fn locked<T>(mutex: &Mutex<T>) -> std::sync::MutexGuard<'_, T> {
    // A panic elsewhere while holding the lock leaves usable data; keep going.
    mutex
        .lock()
        .unwrap_or_else(|poisoned| poisoned.into_inner())
}

impl ProjectorLink {
    /// A link showing `room` with `session`.
    pub fn new(session: Arc<Session>, room: Room) -> Self {
        ProjectorLink {
            view: Arc::new(Mutex::new(View { session, room })),
            messages: Arc::default(),
            shape: Arc::new(Mutex::new(16.0 / 9.0)),
        }
    }

    /// Hands the projector the room as it is now; asks it to repaint only if something changed.
    pub fn update(&self, ctx: &Context, session: Arc<Session>, room: &Room) {
        let mut shown = locked(&self.view);
        if !Arc::ptr_eq(&shown.session, &session) || shown.room != *room {
            *shown = View {
                session,
                room: room.clone(),
            };
            ctx.request_repaint_of(projector_id());
        }
    }

    /// What happened in the projector window since the last call, in order.
    pub fn take_messages(&self) -> Vec<Msg> {
        std::mem::take(&mut *locked(&self.messages))
    }

    /// The projector window's shape (width ÷ height), as last drawn.
    pub fn shape(&self) -> f32 {
        *locked(&self.shape)
    }

    /// Shows the projector window for this frame.
    pub fn show(&self, ctx: &Context, title: &str) {
        let screen = locked(&self.view).room.screen;
        let builder = projector_builder(title, screen);
        let link = self.clone();
        ctx.show_viewport_deferred(projector_id(), builder, move |ui, _class| {
            let view = locked(&link.view).clone();
            let scope = if ui.ctx().text_edit_focused() {
                KeyScope::Typing
            } else {
                view.room.projector_keys()
            };
            let mut heard = ui.ctx().input_mut(|input| commands(input, scope));
            if ui.ctx().input(|input| input.viewport().close_requested()) {
                heard.push(Msg::CloseProjector);
            }
            let now = ui.ctx().input(|input| input.time);
            if let Some(wait) = view.room.timer.next_change_in(now) {
                // Once a second while the timer runs; nothing when it does not.
                ui.ctx()
                    .request_repaint_after(std::time::Duration::from_secs_f64(wait));
            }
            egui::CentralPanel::no_frame().show(ui, |ui| {
                let full = ui.max_rect();
                *locked(&link.shape) = full.width() / full.height().max(1.0);
                let palette = view.room.theme.palette();
                let votes = stage_ui(ui, &view.session, &view.room, now, &palette, true);
                if let Some(booth) = view.room.booth_on_screen() {
                    let poll = booth.poll().to_owned();
                    heard.extend(votes.into_iter().map(|action| Msg::Vote {
                        poll: poll.clone(),
                        action,
                    }));
                }
            });
            if !heard.is_empty() {
                locked(&link.messages).extend(heard);
                ui.ctx().request_repaint_of(ViewportId::ROOT);
            }
        });
    }
}

#[cfg(test)]
mod tests {
    use super::projector_builder;

    #[test]
    fn the_projector_fills_the_chosen_screen_or_opens_as_a_window() {
        let window = projector_builder("Plaza — Projector · Mission", None);
        assert_eq!(window.monitor, None);
        assert_eq!(window.inner_size, Some(egui::vec2(1280.0, 720.0)));
        assert_eq!(window.title.as_deref(), Some("Plaza — Projector · Mission"));
        assert_eq!(
            projector_builder("P", Some(1)).monitor,
            Some(1),
            "the second screen, full"
        );
    }
}
