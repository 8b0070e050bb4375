//! The review's themes: each theme the room made, folded, with what it is about and its notes
//! in the order they were grouped.

use egui::{CollapsingHeader, Ui};

use super::dashboard::note_line_ui;
use crate::model::{About, Session, clip_words};
use crate::tr;

/// The themes of `session`, one folded entry each ("Protect time for care teams — 4 notes,
/// about COMPASSION").
pub fn themes_ui(ui: &mut Ui, session: &Session) {
    let words = crate::gui::words(ui.ctx());
    for theme in &session.themes {
        let (name, count) = (clip_words(&theme.title, 70), theme.notes.len());
        let title = match &theme.about {
            About::General => tr!(words, "desk-theme-title", title = name, count = count),
            about => tr!(
                words,
                "desk-theme-title-about",
                title = name,
                count = count,
                about = clip_words(&words.about_name(about, session), 40)
            ),
        };
        CollapsingHeader::new(title)
            .id_salt(("review-theme", &theme.id))
            .show(ui, |ui| {
                for note in theme.notes.iter().filter_map(|id| session.note(id)) {
                    note_line_ui(ui, note, true);
                }
            });
    }
}
