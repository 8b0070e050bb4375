//! A drop-down for what a note or action item is about: any item of the framework, general, or
//! the parking lot.

use egui::{ComboBox, Response, Ui};

use crate::model::clip_words;
use crate::model::{About, Session};

/// Lets the user choose `about`; returns the combo box's response, labelled by `caption`.
pub fn about_picker_ui(
    ui: &mut Ui,
    id: &str,
    caption: egui::Id,
    session: &Session,
    about: &mut About,
    parking_lot: bool,
) -> Response {
    ComboBox::from_id_salt(id)
        .selected_text(short(about.name(session)))
        .width(220.0)
        .show_ui(ui, |ui| {
            ui.selectable_value(about, About::General, "General");
            if parking_lot {
                ui.selectable_value(about, About::ParkingLot, "Parking lot");
            }
            for (kind, item) in session.framework.items_in_use() {
                let text = format!(
                    "{} · {}",
                    session.framework.section_name(kind),
                    short(item.label())
                );
                ui.selectable_value(about, About::Item(item.id.clone()), text);
            }
        })
        .response
        .labelled_by(caption)
}

/// A long vision sentence cut to fit a menu line.
pub fn short(text: &str) -> String {
    clip_words(text, 48)
}
