//! The model's own things in words: what a section, a poll method, a poll's status, a kind of
//! note and a note's place are called, in the language of these words. The model keeps its
//! English names for files and tests; these are the ones for people.

use super::Words;
use crate::model::{About, NoteKind, PollMethod, PollStatus, Section, SectionKind, Session};

impl Words {
    /// What a section is called: the organisation's label in this language (or as written),
    /// else "Mission", "Vision", "Core values".
    pub fn section_name(&self, section: &Section, kind: SectionKind) -> String {
        match section.label_in(self.lang().tag()) {
            Some(label) => label.to_owned(),
            None => self.default_section_label(kind),
        }
    }

    /// A section's name when the organisation gave it none: "Mission", "Vision",
    /// "Core values".
    pub fn default_section_label(&self, kind: SectionKind) -> String {
        self.get(match kind {
            SectionKind::Mission => "model-section-mission",
            SectionKind::Vision => "model-section-vision",
            SectionKind::Values => "model-section-values",
        })
    }

    /// The plain name of a kind of section: "Mission", "Vision", "Values".
    pub fn section_kind_name(&self, kind: SectionKind) -> String {
        self.get(match kind {
            SectionKind::Mission => "model-kind-mission",
            SectionKind::Vision => "model-kind-vision",
            SectionKind::Values => "model-kind-values",
        })
    }

    /// "Dot voting", "Rating", "Ranking", "Hand count".
    pub fn method_name(&self, method: &PollMethod) -> String {
        self.get(match method {
            PollMethod::Dots { .. } => "model-method-dots",
            PollMethod::Rating { .. } => "model-method-rating",
            PollMethod::Ranking => "model-method-ranking",
            PollMethod::Tally => "model-method-tally",
        })
    }

    /// "Draft", "Open", "Closed", "Revealed".
    pub fn status_name(&self, status: PollStatus) -> String {
        self.get(match status {
            PollStatus::Draft => "model-status-draft",
            PollStatus::Open => "model-status-open",
            PollStatus::Closed => "model-status-closed",
            PollStatus::Revealed => "model-status-revealed",
        })
    }

    /// A poll's status inside a sentence: "draft", "open", "closed", "revealed".
    pub fn status_in_sentence(&self, status: PollStatus) -> String {
        self.get(match status {
            PollStatus::Draft => "model-state-draft",
            PollStatus::Open => "model-state-open",
            PollStatus::Closed => "model-state-closed",
            PollStatus::Revealed => "model-state-revealed",
        })
    }

    /// "Strength", "Concern", "Idea", "Question".
    pub fn note_kind_name(&self, kind: NoteKind) -> String {
        self.get(match kind {
            NoteKind::Strength => "model-note-strength",
            NoteKind::Concern => "model-note-concern",
            NoteKind::Idea => "model-note-idea",
            NoteKind::Question => "model-note-question",
        })
    }

    /// "Strengths", "Concerns", "Ideas", "Questions": a heading over notes of one kind.
    pub fn note_kind_plural(&self, kind: NoteKind) -> String {
        self.get(match kind {
            NoteKind::Strength => "model-notes-strength",
            NoteKind::Concern => "model-notes-concern",
            NoteKind::Idea => "model-notes-idea",
            NoteKind::Question => "model-notes-question",
        })
    }

    /// What a note or action item is about: the item's label in this language, "General" or
    /// "Parking lot".
    pub fn about_name(&self, about: &About, session: &Session) -> String {
        match about {
            About::Item(id) => self.item_label(session, id),
            About::General => self.get("model-about-general"),
            About::ParkingLot => self.get("model-about-parking-lot"),
        }
    }

    /// A poll choice's short name: a framework item's label in this language (or as written),
    /// else the note's, action item's or theme's own words, else the id.
    pub fn item_label(&self, session: &Session, id: &str) -> String {
        match session.framework.item(id) {
            Some(item) => item.label_in(self.lang().tag()).to_owned(),
            None => session.item_label(id).to_owned(),
        }
    }
}
