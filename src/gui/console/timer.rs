//! The console's timer controls: presets, a custom length, start / pause, one more minute,
//! reset and hide.

use egui::RichText;

use crate::gui::room::timer::{PRESETS, Timer, parse_minutes};
use crate::gui::theme::okabe_ito;

/// The size of the console's timer face.
const FACE_SIZE: f32 = 22.0;
/// Room for the widest face, "180:00", so setting or running the timer moves nothing.
const FACE_WIDTH: f32 = 96.0;
/// Room for the wider of "Start" and "Pause".
const TOGGLE_WIDTH: f32 = 56.0;

/// The timer and what the facilitator is typing into its custom length.
#[derive(Debug, Default)]
pub struct TimerPanel {
    /// The timer itself.
    pub timer: Timer,
    custom: String,
    error: Option<String>,
}

impl TimerPanel {
    /// Draws the timer's controls: presets, a custom length, start / pause, one more minute, reset.
    /// Nothing moves when the timer is set or started: the face has its own slot from the
    /// start, and Start and Pause share one, so a second click lands where the first did.
    pub fn ui(&mut self, ui: &mut egui::Ui, now: f64) {
        ui.horizontal(|ui| {
            ui.label(RichText::new("Timer").strong());
            let (text, strong) = if self.timer.is_set() {
                (self.timer.display(now), self.timer.is_done(now))
            } else {
                ("-:--".to_owned(), false)
            };
            let face = RichText::new(text).monospace().size(FACE_SIZE);
            let face = if strong { face.strong() } else { face };
            let face = if self.timer.is_set() {
                face
            } else {
                face.weak()
            };
            ui.add_sized(
                [FACE_WIDTH, FACE_SIZE + 6.0],
                egui::Label::new(face).truncate(),
            );
            for minutes in PRESETS {
                if ui.button(format!("{minutes} min")).clicked() {
                    self.timer.set_minutes(f64::from(minutes));
                    self.error = None;
                }
            }
            let caption = ui.label("Custom");
            let field = ui
                .add(
                    egui::TextEdit::singleline(&mut self.custom)
                        .hint_text("mm:ss")
                        .desired_width(56.0),
                )
                .labelled_by(caption.id);
            let entered =
                field.lost_focus() && ui.input(|input| input.key_pressed(egui::Key::Enter));
            if ui.button("Set").clicked() || entered {
                match parse_minutes(&self.custom) {
                    Some(minutes) => {
                        self.timer.set_minutes(minutes);
                        self.error = None;
                    }
                    None => {
                        self.error = Some(format!(
                            "“{}” is not a length: type minutes, like 7 or 2:30 (up to 3 hours)",
                            self.custom.trim()
                        ))
                    }
                }
            }
            if self.timer.is_set() {
                ui.separator();
                let running = self.timer.is_running();
                let toggle = egui::Button::new(if running { "Pause" } else { "Start" })
                    .min_size(egui::vec2(TOGGLE_WIDTH, 0.0));
                if ui.add(toggle).clicked() {
                    if running {
                        self.timer.pause(now);
                    } else {
                        self.timer.start(now);
                    }
                }
                if ui.button("+1 min").clicked() {
                    self.timer.add_minute();
                }
                if ui.button("Reset").clicked() {
                    self.timer.reset();
                }
                if ui.button("Hide timer").clicked() {
                    self.timer.clear();
                }
            }
            if let Some(error) = &self.error {
                ui.label(RichText::new(error).color(okabe_ito::VERMILLION));
            }
        });
    }
}
