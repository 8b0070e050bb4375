//! The console's timer controls: presets, a custom length, start / pause, one more minute,
//! reset and hide.

use egui::RichText;

use super::theme::okabe_ito;
use super::timer::{PRESETS, Timer, parse_minutes};

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
    pub fn ui(&mut self, ui: &mut egui::Ui, now: f64) {
        ui.horizontal(|ui| {
            ui.label(RichText::new("Timer").strong());
            if self.timer.is_set() {
                let face = RichText::new(self.timer.display(now))
                    .monospace()
                    .size(22.0);
                ui.label(if self.timer.is_done(now) {
                    face.strong()
                } else {
                    face
                });
            }
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
                if self.timer.is_running() {
                    if ui.button("Pause").clicked() {
                        self.timer.pause(now);
                    }
                } else if ui.button("Start").clicked() {
                    self.timer.start(now);
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
