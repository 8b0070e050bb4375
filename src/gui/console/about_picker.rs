//! A drop-down for what a note or action item is about: any item of the framework, general, or
//! the parking lot.

use egui::{ComboBox, Response, Ui};

use crate::model::clip_words;
use crate::model::{About, Session};
use crate::words::Words;

/// Lets the user choose `about`; returns the combo box's response, labelled by `caption`.
pub fn about_picker_ui(
    ui: &mut Ui,
    id: &str,
    caption: egui::Id,
    session: &Session,
    about: &mut About,
    parking_lot: bool,
) -> Response {
    let words = crate::gui::words(ui.ctx());
    ComboBox::from_id_salt(id)
        .selected_text(short(&about_name(words, session, about)))
        .width(220.0)
        .show_ui(ui, |ui| {
            let general = words.about_name(&About::General, session);
            ui.selectable_value(about, About::General, general);
            if parking_lot {
                let parked = words.about_name(&About::ParkingLot, session);
                ui.selectable_value(about, About::ParkingLot, parked);
            }
            for (kind, item) in session.framework.items_in_use() {
                let section = words.section_name(session.framework.section(kind), kind);
                let text = format!("{section} · {}", short(item.label()));
                ui.selectable_value(about, About::Item(item.id.clone()), text);
            }
        })
        .response
        .labelled_by(caption)
}

/// What a note or action item is about, in the console's language: the item's label,
/// "General" or "Parking lot".
pub fn about_name(words: &Words, session: &Session, about: &About) -> String {
    words.about_name(about, session)
}

/// A long vision sentence cut to fit a menu line.
pub fn short(text: &str) -> String {
    clip_words(text, 48)
}
