//! Everything the projector can show, in one place: the slide, or what stands in front of it
//! (black, a spotlighted note, the voting booth), plus the timer. The projector window and the
//! console's preview both draw through here, so the preview is exactly what the room sees.

use egui::{Color32, Sense, Ui};

use crate::gui::room::booth::view::booth_ui;
use crate::gui::room::booth::{Booth, BoothAction};
use crate::gui::room::deck::Slide;
use crate::gui::room::notes_wall::{WallView, notes_wall_ui};
use crate::gui::room::results::results_chart_ui;
use crate::gui::room::slides::{
    TimerFace, placed_text_ui, projector_ui, spotlight_layout, timer_ui,
};
use crate::gui::theme::Palette;
use crate::model::{PollStatus, Session};

/// What the projector shows this frame.
#[derive(Debug, Clone, Copy)]
pub struct Stage<'a> {
    /// The session.
    pub session: &'a Session,
    /// The slide up.
    pub slide: &'a Slide,
    /// Black screen.
    pub blanked: bool,
    /// The activity timer, if one is set.
    pub timer: Option<&'a TimerFace>,
    /// The booth, when the projector is where people vote.
    pub booth: Option<&'a Booth>,
    /// A note shown alone, large, in front of the slide (by id).
    pub spotlight: Option<&'a str>,
    /// Which notes the notes wall shows, and which page.
    pub wall: &'a WallView,
}

/// Draws the stage filling `ui` and returns what a voter did in the booth, if it is up.
/// `interactive` is false for the console's preview, which only pictures the booth.
pub fn stage_ui(
    ui: &mut Ui,
    stage: &Stage<'_>,
    palette: &Palette,
    interactive: bool,
) -> Vec<BoothAction> {
    let full = ui.max_rect();
    let session = stage.session;
    if stage.blanked {
        ui.painter().rect_filled(full, 0.0, Color32::BLACK);
        ui.allocate_rect(full, Sense::hover());
        return Vec::new();
    }
    let mut actions = Vec::new();
    if let Some(note) = stage.spotlight.and_then(|id| session.note(id)) {
        ui.painter().rect_filled(full, 0.0, palette.background);
        placed_text_ui(ui, spotlight_layout(ui, session, note, palette, full));
    } else {
        match stage.slide {
            Slide::PollBallot(id) => {
                let open = session
                    .poll(id)
                    .filter(|poll| poll.status == PollStatus::Open);
                match (open, stage.booth.filter(|booth| booth.poll() == id)) {
                    (Some(poll), Some(booth)) => {
                        ui.painter().rect_filled(full, 0.0, palette.background);
                        actions = booth_ui(ui, session, poll, booth, palette, full, interactive);
                    }
                    _ => projector_ui(ui, session, stage.slide, palette, false, None),
                }
            }
            Slide::PollResults(id) => {
                match session
                    .poll(id)
                    .filter(|poll| poll.status == PollStatus::Revealed)
                {
                    Some(poll) => {
                        ui.painter().rect_filled(full, 0.0, palette.background);
                        results_chart_ui(ui, session, poll, palette, full);
                    }
                    None => projector_ui(ui, session, stage.slide, palette, false, None),
                }
            }
            Slide::NotesWall => {
                ui.painter().rect_filled(full, 0.0, palette.background);
                notes_wall_ui(ui, session, stage.wall, palette, full);
            }
            slide => projector_ui(ui, session, slide, palette, false, None),
        }
    }
    if let Some(timer) = stage.timer {
        timer_ui(ui, timer, palette, full);
    }
    actions
}
