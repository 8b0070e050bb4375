use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};

/// What a note or action item is about.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
pub enum About {
    /// An item of the framework, by id.
    Item(String),
    /// The session as a whole.
    General,
    /// Set aside to come back to later.
    ParkingLot,
}

impl About {
    /// What people call it: the item's heading (or a vision goal's sentence), "General" or
    /// "Parking lot", in English. `Words::about_name` is the one for people.
    pub fn name<'a>(&'a self, session: &'a super::Session) -> &'a str {
        match self {
            About::Item(id) => session.item_label(id),
            About::General => "General",
            About::ParkingLot => "Parking lot",
        }
    }
}

/// What kind of remark a note is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
pub enum NoteKind {
    /// Something the organisation does well.
    Strength,
    /// Something that worries the group.
    Concern,
    /// A proposal.
    Idea,
    /// Something to find out.
    Question,
}

impl NoteKind {
    /// All kinds in display order.
    pub const ALL: [NoteKind; 4] = [
        NoteKind::Strength,
        NoteKind::Concern,
        NoteKind::Idea,
        NoteKind::Question,
    ];

    /// A plain name ("Strength"), in English. `Words::note_kind_name` is the one for people.
    pub fn name(self) -> &'static str {
        match self {
            NoteKind::Strength => "Strength",
            NoteKind::Concern => "Concern",
            NoteKind::Idea => "Idea",
            NoteKind::Question => "Question",
        }
    }
}

/// A remark captured from the room.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Note {
    /// Unique id.
    pub id: String,
    /// The item it is about, or general / parking lot.
    pub about: About,
    /// Who said it, e.g. "Table 3"; may be empty.
    #[serde(default)]
    pub group: String,
    /// Strength, concern, idea or question.
    pub kind: NoteKind,
    /// What was said.
    pub text: String,
    /// When it was captured (UTC).
    pub created: DateTime<Utc>,
}
