//! The order notes are reported in: the framework's items, then general, then the parking lot;
//! within each, by kind.

use crate::model::{About, Note, NoteKind, Session};

/// Each place that has notes, in report order, with its notes as captured.
pub fn notes_by_place(session: &Session) -> Vec<(About, Vec<&Note>)> {
    let mut places: Vec<About> = session
        .framework
        .items()
        .map(|(_, item)| About::Item(item.id.clone()))
        .collect();
    places.extend([About::General, About::ParkingLot]);
    // Notes about items no longer in the framework still appear, after the rest.
    for note in &session.notes {
        if !places.contains(&note.about) {
            places.push(note.about.clone());
        }
    }
    places
        .into_iter()
        .filter_map(|about| {
            let here: Vec<&Note> = session.notes.iter().filter(|n| n.about == about).collect();
            (!here.is_empty()).then_some((about, here))
        })
        .collect()
}

/// "Strengths", "Concerns", "Ideas", "Questions", in English; `Words::note_kind_plural` is the
/// one for people.
pub fn plural_kind(kind: NoteKind) -> &'static str {
    match kind {
        NoteKind::Strength => "Strengths",
        NoteKind::Concern => "Concerns",
        NoteKind::Idea => "Ideas",
        NoteKind::Question => "Questions",
    }
}
