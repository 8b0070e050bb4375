use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

use super::{Action, Framework, Note, Poll, Theme, new_id};

/// The newest session file format this program reads and writes. A session is written in the
/// oldest version that holds everything it uses ([`Session::needed_format_version`]), so a
/// session that uses nothing new stays version 1, byte for byte.
pub const FORMAT_VERSION: u32 = 2;

/// The first format version, which every session that uses nothing newer is written in.
pub const FIRST_FORMAT_VERSION: u32 = 1;

/// What a poll choice is: the room votes on the framework's items, and on its own ideas.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ChoiceKind {
    /// A mission commitment, vision goal or core value.
    Item,
    /// A note the room captured.
    Note,
    /// An action item.
    Action,
    /// A theme: notes grouped under a title.
    Theme,
}

impl ChoiceKind {
    /// The word programs read (report JSON's `kind`): `item`, `note`, `action` or `theme`.
    pub fn key(self) -> &'static str {
        match self {
            ChoiceKind::Item => "item",
            ChoiceKind::Note => "note",
            ChoiceKind::Action => "action",
            ChoiceKind::Theme => "theme",
        }
    }

    /// The word people read before a choice's words ("Note · Pair new nurses with a mentor").
    pub fn name(self) -> &'static str {
        match self {
            ChoiceKind::Item => "Item",
            ChoiceKind::Note => "Note",
            ChoiceKind::Action => "Action item",
            ChoiceKind::Theme => "Theme",
        }
    }
}

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
    /// Notes grouped under titles. Format version 2; left out of the file when there are none.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub themes: Vec<Theme>,
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
            themes: Vec::new(),
        }
    }

    /// The format version the session must be written in: 2 while it uses anything of version
    /// 2 (a section label, a retired item, a translation, a theme, a poll choice that is not a framework
    /// item, a phone's ballot), else 1.
    pub fn needed_format_version(&self) -> u32 {
        let framework = &self.framework;
        let uses_2 = [&framework.mission, &framework.vision, &framework.values]
            .iter()
            .any(|section| section.uses_version_2())
            || !framework.translations.is_empty()
            // A poll on the room's own words (notes, action items) is version 2.
            || !self.themes.is_empty()
            || self
                .polls
                .iter()
                .flat_map(|poll| &poll.items)
                .any(|id| framework.item(id).is_none())
            || self
                .polls
                .iter()
                .flat_map(|poll| &poll.ballots)
                .any(|ballot| !ballot.source.is_booth());
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
        if let Some(item) = self.framework.item(id) {
            return item.label();
        }
        match self.choice_kind(id) {
            Some(ChoiceKind::Note) => self.note(id).map_or(id, |note| note.text.as_str()),
            Some(ChoiceKind::Action) => self
                .actions
                .iter()
                .find(|action| action.id == id)
                .map_or(id, |action| action.text.as_str()),
            Some(ChoiceKind::Theme) => self.theme(id).map_or(id, |theme| theme.title.as_str()),
            _ => id,
        }
    }

    /// The theme with this id.
    pub fn theme(&self, id: &str) -> Option<&Theme> {
        self.themes.iter().find(|theme| theme.id == id)
    }

    /// Each note in a theme, by id, with its theme: for screens that ask of many notes at once
    /// (a search of every theme per note would take time in the product of the two).
    pub fn themes_by_note(&self) -> std::collections::HashMap<&str, &Theme> {
        self.themes
            .iter()
            .flat_map(|theme| theme.notes.iter().map(move |note| (note.as_str(), theme)))
            .collect()
    }

    /// The theme a note is in, if any.
    pub fn theme_of(&self, note: &str) -> Option<&Theme> {
        self.themes
            .iter()
            .find(|theme| theme.notes.iter().any(|id| id == note))
    }

    /// What a poll choice names: a framework item, a note, an action item or a theme; `None` when
    /// nothing in the session has the id.
    pub fn choice_kind(&self, id: &str) -> Option<ChoiceKind> {
        if self.framework.item(id).is_some() {
            Some(ChoiceKind::Item)
        } else if self.notes.iter().any(|note| note.id == id) {
            Some(ChoiceKind::Note)
        } else if self.actions.iter().any(|action| action.id == id) {
            Some(ChoiceKind::Action)
        } else if self.theme(id).is_some() {
            Some(ChoiceKind::Theme)
        } else {
            None
        }
    }
}
