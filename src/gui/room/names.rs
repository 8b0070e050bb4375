//! The names the room gives the session's things in its own language: a section (the
//! organisation's own label when it has one, in the language if translated), a poll's method, a
//! note's kind and what it is about, and a framework item in the room's language.

use crate::model::{About, NoteKind, PollMethod, SectionKind, Session};
use crate::words::Words;

/// The section's name: the organisation's label in `words`' language, else the room's word.
pub fn section_name(session: &Session, kind: SectionKind, words: &Words) -> String {
    let section = session.framework.section(kind);
    match section.label_in(words.lang().tag()) {
        Some(label) => label.to_owned(),
        None => match kind {
            SectionKind::Mission => words.get("room-section-mission"),
            SectionKind::Vision => words.get("room-section-vision"),
            SectionKind::Values => words.get("room-section-values"),
        },
    }
}

/// The small line above one item's slide: the organisation's label in capitals, else
/// "MISSION", "VISION" or "CORE VALUE".
pub fn item_kicker(session: &Session, kind: SectionKind, words: &Words) -> String {
    let section = session.framework.section(kind);
    match section.label_in(words.lang().tag()) {
        Some(label) => label.to_uppercase(),
        None => match kind {
            SectionKind::Mission => words.get("room-kicker-mission"),
            SectionKind::Vision => words.get("room-kicker-vision"),
            SectionKind::Values => words.get("room-kicker-value"),
        },
    }
}

/// A poll method's name: "Dot voting", "Votación con puntos".
pub fn method_name(method: &PollMethod, words: &Words) -> String {
    match method {
        PollMethod::Dots { .. } => words.get("room-method-dots"),
        PollMethod::Rating { .. } => words.get("room-method-rating"),
        PollMethod::Ranking => words.get("room-method-ranking"),
        PollMethod::Tally => words.get("room-method-tally"),
    }
}

/// A note kind's name: "Strength", "Fortaleza".
pub fn kind_name(kind: NoteKind, words: &Words) -> String {
    match kind {
        NoteKind::Strength => words.get("room-kind-strength"),
        NoteKind::Concern => words.get("room-kind-concern"),
        NoteKind::Idea => words.get("room-kind-idea"),
        NoteKind::Question => words.get("room-kind-question"),
    }
}

/// What a note is about: an item's name in `words`' language, "General", "Parking lot".
pub fn about_name(about: &About, session: &Session, words: &Words) -> String {
    match about {
        About::Item(id) => item_label(session, id, words),
        About::General => words.get("room-about-general"),
        About::ParkingLot => words.get("room-about-parking-lot"),
    }
}

/// An item's short name in `words`' language (its own where untranslated), or `id` when the
/// framework has no such item.
pub fn item_label(session: &Session, id: &str, words: &Words) -> String {
    match session.framework.item(id) {
        Some(item) => item.label_in(words.lang().tag()).to_owned(),
        None => session.item_label(id).to_owned(),
    }
}

/// A note kind's name for a group of notes: "Strengths", "Fortalezas".
pub fn kinds_name(kind: NoteKind, words: &Words) -> String {
    match kind {
        NoteKind::Strength => words.get("room-kinds-strength"),
        NoteKind::Concern => words.get("room-kinds-concern"),
        NoteKind::Idea => words.get("room-kinds-idea"),
        NoteKind::Question => words.get("room-kinds-question"),
    }
}
