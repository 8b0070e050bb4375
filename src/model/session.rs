use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

use super::{Action, Framework, Note, Poll, new_id};

/// The newest session file format this program reads and writes. A session is written in the
/// oldest version that holds everything it uses ([`Session::needed_format_version`]), so a
/// session that uses nothing new stays version 1, byte for byte.
pub const FORMAT_VERSION: u32 = 2;

/// The first format version, which every session that uses nothing newer is written in.
pub const FIRST_FORMAT_VERSION: u32 = 1;

/// Everything about one retreat: its framework, what was said, decided and voted.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Session {
    /// The file format version the session was written in.
    pub format_version: u32,
    /// Unique id, kept when the session is copied to other laptops so they can be merged.
    pub id: String,
    /// The retreat's name ("Leadership retreat 2026").
    pub title: String,
    /// The day of the retreat.
    pub date: NaiveDate,
    /// Where it takes place; may be empty.
    #[serde(default)]
    pub venue: String,
    /// Who runs it.
    #[serde(default)]
    pub facilitators: Vec<String>,
    /// The statement the retreat works on.
    pub framework: Framework,
    /// Remarks captured from the room.
    #[serde(default)]
    pub notes: Vec<Note>,
    /// Action items agreed.
    #[serde(default)]
    pub actions: Vec<Action>,
    /// Votes taken.
    #[serde(default)]
    pub polls: Vec<Poll>,
}

impl Session {
    /// A new, empty session on the given framework.
    pub fn new(title: impl Into<String>, date: NaiveDate, framework: Framework) -> Self {
        Session {
            format_version: FIRST_FORMAT_VERSION,
            id: new_id(),
            title: title.into(),
            date,
            venue: String::new(),
            facilitators: Vec::new(),
            framework,
            notes: Vec::new(),
            actions: Vec::new(),
            polls: Vec::new(),
        }
    }

    /// The format version the session must be written in: 2 while it uses anything of version
    /// 2 (a section label, a retired item), else 1.
    pub fn needed_format_version(&self) -> u32 {
        let framework = &self.framework;
        let uses_2 = [&framework.mission, &framework.vision, &framework.values]
            .iter()
            .any(|section| section.uses_version_2());
        if uses_2 { 2 } else { FIRST_FORMAT_VERSION }
    }

    /// The poll with this id.
    pub fn poll(&self, id: &str) -> Option<&Poll> {
        self.polls.iter().find(|poll| poll.id == id)
    }

    /// The note with this id.
    pub fn note(&self, id: &str) -> Option<&crate::model::Note> {
        self.notes.iter().find(|note| note.id == id)
    }

    /// A short name for an item id: its label in the framework, or the id itself when unknown.
    pub fn item_label<'a>(&'a self, id: &'a str) -> &'a str {
        self.framework.item(id).map_or(id, |item| item.label())
    }
}
