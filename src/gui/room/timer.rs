//! The activity timer: a countdown the room sees in a corner of the projector. Times are the
//! screen's clock in seconds (egui's `input.time`), so tests can drive it.

/// A countdown that can be paused, extended and reset.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Timer {
    /// The length set, in seconds; 0 when no timer is set.
    length: f64,
    /// Seconds already run before the current start.
    run_before: f64,
    /// When it was last started, if running.
    started: Option<f64>,
}

/// The presets offered, in minutes.
pub const PRESETS: [u32; 4] = [2, 5, 10, 15];

impl Timer {
    /// Sets a new length in minutes, stopped and full.
    pub fn set_minutes(&mut self, minutes: f64) {
        *self = Timer {
            length: (minutes * 60.0).max(0.0),
            ..Timer::default()
        };
    }

    /// Whether a length is set.
    pub fn is_set(&self) -> bool {
        self.length > 0.0
    }

    /// Whether it is counting down.
    pub fn is_running(&self) -> bool {
        self.started.is_some()
    }

    /// Starts or resumes counting at `now`.
    pub fn start(&mut self, now: f64) {
        if self.is_set() && self.started.is_none() {
            self.started = Some(now);
        }
    }

    /// Pauses at `now`.
    pub fn pause(&mut self, now: f64) {
        if let Some(started) = self.started.take() {
            self.run_before += (now - started).max(0.0);
        }
    }

    /// Gives one more minute.
    pub fn add_minute(&mut self) {
        self.length += 60.0;
    }

    /// Back to the full length, stopped.
    pub fn reset(&mut self) {
        self.run_before = 0.0;
        self.started = None;
    }

    /// Takes the timer off the projector.
    pub fn clear(&mut self) {
        *self = Timer::default();
    }

    /// Seconds left at `now`, never below zero.
    pub fn remaining(&self, now: f64) -> f64 {
        let run = self.run_before + self.started.map_or(0.0, |started| (now - started).max(0.0));
        (self.length - run).max(0.0)
    }

    /// Whether time is up at `now`.
    pub fn is_done(&self, now: f64) -> bool {
        self.is_set() && self.remaining(now) <= 0.0
    }

    /// "4:59", rounding up so the display reaches 0:00 exactly when time is up.
    pub fn display(&self, now: f64) -> String {
        let seconds = self.remaining(now).ceil() as u64;
        format!("{}:{:02}", seconds / 60, seconds % 60)
    }

    /// Seconds until the display changes, while running; the screen repaints then, not every
    /// frame.
    pub fn next_change_in(&self, now: f64) -> Option<f64> {
        if !self.is_running() || self.is_done(now) {
            return None;
        }
        let remaining = self.remaining(now);
        let fraction = remaining - remaining.floor();
        Some(if fraction > 0.0 { fraction } else { 1.0 })
    }
}

/// "7" → 7 minutes, "2:30" → 2.5; anything else, zero, or over three hours is refused.
pub fn parse_minutes(text: &str) -> Option<f64> {
    let text = text.trim();
    let minutes = match text.split_once(':') {
        Some((m, s)) => {
            let seconds: u32 = s.trim().parse().ok().filter(|&s| s < 60)?;
            f64::from(m.trim().parse::<u32>().ok()?) + f64::from(seconds) / 60.0
        }
        None => text.parse::<f64>().ok().filter(|m| m.is_finite())?,
    };
    (minutes > 0.0 && minutes <= 180.0).then_some(minutes)
}
