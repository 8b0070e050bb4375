//! The notes wall's controls on the notes panel while the wall is up: which notes it shows
//! and its pages.

use egui::{RichText, Ui};

use crate::gui::app::Msg;
use crate::gui::console::about_picker::{about_name, short};
use crate::gui::room::notes_wall::{WallView, wall_pages};
use crate::model::{About, Session};
use crate::tr;

/// The notes wall's choice of notes and its pages, while the wall is up.
pub fn wall_controls_ui(
    ui: &mut Ui,
    session: &Session,
    wall: &WallView,
    shape: f32,
    out: &mut Vec<Msg>,
) {
    let words = crate::gui::words(ui.ctx());
    ui.label(RichText::new(tr!(words, "console-wall-heading")).strong());
    ui.horizontal(|ui| {
        let caption = ui.label(tr!(words, "console-wall-shows"));
        let mut about = wall.about.clone();
        let everything = if session.themes.is_empty() {
            tr!(words, "console-wall-all-by-item")
        } else {
            tr!(words, "console-wall-all-themes-first")
        };
        egui::ComboBox::from_id_salt("wall-about")
            .selected_text(match &about {
                None => everything.clone(),
                Some(about) => short(&about_name(words, session, about)),
            })
            .width(220.0)
            .show_ui(ui, |ui| {
                ui.selectable_value(&mut about, None, everything);
                let general = words.about_name(&About::General, session);
                ui.selectable_value(&mut about, Some(About::General), general);
                let parked = words.about_name(&About::ParkingLot, session);
                ui.selectable_value(&mut about, Some(About::ParkingLot), parked);
                for (kind, item) in session.framework.items() {
                    let section = words.section_name(session.framework.section(kind), kind);
                    let text = format!("{section} · {}", short(item.label()));
                    ui.selectable_value(&mut about, Some(About::Item(item.id.clone())), text);
                }
            })
            .response
            .labelled_by(caption.id);
        if about != wall.about {
            out.push(Msg::Wall(about));
        }
    });
    let pages = wall_pages(ui.ctx(), session, wall.revision, wall.about.as_ref(), shape).count();
    let page = wall.page.min(pages - 1);
    page_buttons_ui(ui, (page, pages), Msg::WallPage, out);
}

/// Which page of the projector's paged screen is up, buttons to turn them (each asking for
/// `turn_to` a page), and the reminder that the clicker turns them too.
pub fn page_buttons_ui(
    ui: &mut Ui,
    (page, pages): (usize, usize),
    turn_to: fn(usize) -> Msg,
    out: &mut Vec<Msg>,
) {
    let words = crate::gui::words(ui.ctx());
    ui.horizontal(|ui| {
        let previous = egui::Button::new(tr!(words, "console-previous-page"));
        if ui.add_enabled(page > 0, previous).clicked() {
            out.push(turn_to(page - 1));
        }
        ui.label(tr!(
            words,
            "console-page-of",
            page = page + 1,
            pages = pages
        ));
        let next = egui::Button::new(tr!(words, "console-next-page"));
        if ui.add_enabled(page + 1 < pages, next).clicked() {
            out.push(turn_to(page + 1));
        }
        ui.label(RichText::new(tr!(words, "console-clicker-turns-pages")).weak());
    });
}
