//! Everything the projector can show, in one place: the slide, or what stands in front of it
//! (black, a spotlighted note, the voting booth), plus the timer. The projector window and the
//! console's preview both draw the [`Room`] through here, so the preview is exactly what the
//! room sees.

use egui::{Color32, Sense, Ui};

use super::Room;
use super::booth::BoothAction;
use super::booth::view::booth_ui;
use super::deck::Slide;
use super::hands::hands_layout;
use super::languages::set_room_words;
use super::notes_wall::notes_wall_ui;
use super::results::results_chart_ui;
use super::slides::{projector_ui, spotlight_layout, timer_ui};
use super::text::placed_text_ui;
use crate::gui::theme::Palette;
use crate::model::{PollStatus, Session};

/// Draws the room filling `ui` at `now` (the screen's clock) and returns what a voter did in
/// the booth, if it is up. `interactive` is false for the console's preview, which only
/// pictures the booth.
pub fn stage_ui(
    ui: &mut Ui,
    session: &Session,
    room: &Room,
    now: f64,
    palette: &Palette,
    interactive: bool,
) -> Vec<BoothAction> {
    let full = ui.max_rect();
    set_room_words(ui.ctx(), room.words);
    if room.blanked {
        ui.painter().rect_filled(full, 0.0, Color32::BLACK);
        ui.allocate_rect(full, Sense::hover());
        return Vec::new();
    }
    let mut actions = Vec::new();
    if let Some(note) = room.spotlight.as_deref().and_then(|id| session.note(id)) {
        ui.painter().rect_filled(full, 0.0, palette.background);
        let name_group = room.spotlight_names_group;
        placed_text_ui(
            ui,
            spotlight_layout(ui, session, note, palette, full, name_group),
        );
    } else {
        match &room.slide {
            Slide::PollBallot(id) => {
                let open = session
                    .poll(id)
                    .filter(|poll| poll.status == PollStatus::Open);
                let booth = room.booth_on_screen().filter(|booth| booth.poll() == id);
                match (open, booth) {
                    (Some(poll), Some(booth)) => {
                        ui.painter().rect_filled(full, 0.0, palette.background);
                        let phones = room
                            .phones
                            .as_ref()
                            .filter(|(id, _)| *id == poll.id)
                            .map(|(_, panel)| panel);
                        actions = booth_ui(
                            ui,
                            (session, poll),
                            booth,
                            palette,
                            full,
                            interactive,
                            phones,
                        );
                    }
                    _ => {
                        let page = room.slide_page;
                        match hands_layout(ui, session, &room.slide, palette, full, page) {
                            Some(placed) => {
                                ui.painter().rect_filled(full, 0.0, palette.background);
                                placed_text_ui(ui, placed);
                            }
                            None => projector_ui(
                                ui,
                                session,
                                (&room.slide, room.slide_page),
                                palette,
                                false,
                                None,
                            ),
                        }
                    }
                }
            }
            Slide::PollResults(id) => {
                match session
                    .poll(id)
                    .filter(|poll| poll.status == PollStatus::Revealed)
                {
                    Some(poll) => {
                        ui.painter().rect_filled(full, 0.0, palette.background);
                        results_chart_ui(ui, session, poll, palette, full, room.slide_page);
                    }
                    None => projector_ui(
                        ui,
                        session,
                        (&room.slide, room.slide_page),
                        palette,
                        false,
                        None,
                    ),
                }
            }
            Slide::NotesWall => {
                ui.painter().rect_filled(full, 0.0, palette.background);
                notes_wall_ui(ui, session, &room.wall, palette, full);
            }
            slide => projector_ui(ui, session, (slide, room.slide_page), palette, false, None),
        }
    }
    if let Some(timer) = room.timer_face(now) {
        timer_ui(ui, &timer, palette, full);
    }
    actions
}
