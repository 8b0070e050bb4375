//! The notes wall's controls on the notes panel while the wall is up: which notes it shows
//! and its pages.

use egui::{RichText, Ui};

use crate::gui::app::Msg;
use crate::gui::console::about_picker::short;
use crate::gui::room::notes_wall::{WallView, wall_pages};
use crate::model::{About, Session};

/// The notes wall's choice of notes and its pages, while the wall is up.
pub fn wall_controls_ui(
    ui: &mut Ui,
    session: &Session,
    wall: &WallView,
    shape: f32,
    out: &mut Vec<Msg>,
) {
    ui.label(RichText::new("Notes wall").strong());
    ui.horizontal(|ui| {
        let caption = ui.label("The wall shows");
        let mut about = wall.about.clone();
        let everything = if session.themes.is_empty() {
            "All notes, by item"
        } else {
            "All notes: themes, then by item"
        };
        egui::ComboBox::from_id_salt("wall-about")
            .selected_text(match &about {
                None => everything.to_owned(),
                Some(about) => short(about.name(session)),
            })
            .width(220.0)
            .show_ui(ui, |ui| {
                ui.selectable_value(&mut about, None, everything);
                ui.selectable_value(&mut about, Some(About::General), "General");
                ui.selectable_value(&mut about, Some(About::ParkingLot), "Parking lot");
                for (kind, item) in session.framework.items() {
                    let text = format!(
                        "{} · {}",
                        session.framework.section_name(kind),
                        short(item.label())
                    );
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
    ui.horizontal(|ui| {
        let page = wall.page.min(pages - 1);
        if ui
            .add_enabled(page > 0, egui::Button::new("Previous page"))
            .clicked()
        {
            out.push(Msg::WallPage(page - 1));
        }
        ui.label(format!("Page {} of {pages}", page + 1));
        if ui
            .add_enabled(page + 1 < pages, egui::Button::new("Next page"))
            .clicked()
        {
            out.push(Msg::WallPage(page + 1));
        }
        ui.label(RichText::new("(the clicker turns pages too)").weak());
    });
}
