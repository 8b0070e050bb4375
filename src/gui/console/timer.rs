//! The console's timer controls: presets, a custom length, start / pause, one more minute,
//! reset and hide.

use egui::RichText;

use crate::gui::app::{Msg, TimerMsg};
use crate::gui::room::timer::{PRESETS, Timer, parse_minutes};
use crate::gui::theme::okabe_ito;
use crate::tr;

/// The size of the console's timer face.
const FACE_SIZE: f32 = 22.0;
/// Room for the widest face, "180:00", so setting or running the timer moves nothing.
const FACE_WIDTH: f32 = 96.0;
/// Room for the wider of "Start" and "Pause" ("Iniciar" and "Pausar").
const TOGGLE_WIDTH: f32 = 64.0;

/// What the facilitator is typing into the timer's custom length, and why it was refused.
#[derive(Debug, Default)]
pub struct TimerPanel {
    custom: String,
    error: Option<String>,
}

impl TimerPanel {
    /// Draws the timer's controls: presets, a custom length, start / pause, one more minute, reset.
    /// Nothing moves when the timer is set or started: the face has its own slot from the
    /// start, and Start and Pause share one, so a second click lands where the first did.
    pub fn ui(&mut self, ui: &mut egui::Ui, timer: &Timer, now: f64) -> Vec<Msg> {
        let mut asked = Vec::new();
        let mut ask = |change: TimerMsg| asked.push(Msg::Timer(change));
        let words = crate::gui::words(ui.ctx());
        ui.horizontal(|ui| {
            ui.label(RichText::new(tr!(words, "console-timer")).strong());
            face_ui(ui, timer, now);
            for minutes in PRESETS {
                if ui
                    .button(tr!(words, "console-timer-minutes", minutes = minutes))
                    .clicked()
                {
                    ask(TimerMsg::Set(f64::from(minutes)));
                    self.error = None;
                }
            }
            let caption = ui.label(tr!(words, "console-timer-custom"));
            let field = ui
                .add(
                    egui::TextEdit::singleline(&mut self.custom)
                        .hint_text(tr!(words, "console-timer-custom-hint"))
                        .desired_width(56.0),
                )
                .labelled_by(caption.id);
            let entered =
                field.lost_focus() && ui.input(|input| input.key_pressed(egui::Key::Enter));
            if ui.button(tr!(words, "console-timer-set")).clicked() || entered {
                match parse_minutes(&self.custom) {
                    Some(minutes) => {
                        ask(TimerMsg::Set(minutes));
                        self.error = None;
                    }
                    None => {
                        self.error = Some(tr!(
                            words,
                            "console-timer-not-a-length",
                            typed = self.custom.trim()
                        ))
                    }
                }
            }
            if timer.is_set() {
                ui.separator();
                let running = timer.is_running();
                let toggle = egui::Button::new(if running {
                    tr!(words, "console-timer-pause")
                } else {
                    tr!(words, "console-timer-start")
                })
                .min_size(egui::vec2(TOGGLE_WIDTH, 0.0));
                if ui.add(toggle).clicked() {
                    ask(if running {
                        TimerMsg::Pause
                    } else {
                        TimerMsg::Start
                    });
                }
                for (label, change) in [
                    (tr!(words, "console-timer-add-minute"), TimerMsg::AddMinute),
                    (tr!(words, "console-timer-reset"), TimerMsg::Reset),
                    (tr!(words, "console-timer-hide"), TimerMsg::Hide),
                ] {
                    if ui.button(label).clicked() {
                        ask(change);
                    }
                }
            }
            if let Some(error) = &self.error {
                ui.label(RichText::new(error).color(okabe_ito::VERMILLION));
            }
        });
        asked
    }
}

/// The time left, in a slot of its own that is there even with no timer set.
fn face_ui(ui: &mut egui::Ui, timer: &Timer, now: f64) {
    let face = if timer.is_set() {
        let face = RichText::new(timer.display(now))
            .monospace()
            .size(FACE_SIZE);
        if timer.is_done(now) {
            face.strong()
        } else {
            face
        }
    } else {
        RichText::new("-:--").monospace().size(FACE_SIZE).weak()
    };
    ui.add_sized(
        [FACE_WIDTH, FACE_SIZE + 6.0],
        egui::Label::new(face).truncate(),
    );
}
