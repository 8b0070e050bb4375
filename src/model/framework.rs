use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};

/// The organisation's statement: a mission with its commitments, vision goals and core values.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Framework {
    /// Shown on the title slide, e.g. "Mission, Vision & Values".
    pub title: String,
    /// The mission and its commitments ("EDUCATING …").
    pub mission: Section,
    /// The vision goals.
    pub vision: Section,
    /// The core values.
    pub values: Section,
    /// The title in other languages, by language tag ("es"). Format version 2; left out of the
    /// file when empty.
    #[serde(default, skip_serializing_if = "BTreeMap::is_empty")]
    pub translations: BTreeMap<String, FrameworkText>,
}

/// The framework's title in another language.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
pub struct FrameworkText {
    /// The title, as on the title slide.
    #[serde(default)]
    pub title: String,
}

/// A section's words in another language.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
pub struct SectionText {
    /// The organisation's name for the section in that language, if it has one.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub label: Option<String>,
    /// The leading sentence in that language.
    #[serde(default)]
    pub intro: String,
}

/// An item's words in another language.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
pub struct Translation {
    /// The lead words ("COMPASIÓN"); empty where the item has none.
    #[serde(default)]
    pub heading: String,
    /// The rest of the statement.
    #[serde(default)]
    pub text: String,
}

/// One part of the framework: an introductory sentence and its items.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Section {
    /// The organisation's own name for the section ("Guiding principles"), used wherever the
    /// section is named; none means the default ("Mission", "Vision", "Core values"). Format
    /// version 2; left out of the file when absent.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub label: Option<String>,
    /// The sentence that leads into the items ("We advance the health of all New Mexicans by:").
    pub intro: String,
    /// The items in the order the organisation lists them.
    pub items: Vec<Item>,
    /// The label and intro in other languages, by language tag ("es"). Format version 2; left
    /// out of the file when empty.
    #[serde(default, skip_serializing_if = "BTreeMap::is_empty")]
    pub translations: BTreeMap<String, SectionText>,
}

/// A mission commitment, vision goal or core value.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Item {
    /// Stable identifier that notes, actions and polls refer to.
    pub id: String,
    /// The capitalised lead words ("COMPASSION"); empty for vision goals.
    pub heading: String,
    /// The rest of the statement after the heading.
    pub text: String,
    /// Taken off the framework after a poll used it: off the slides and out of new polls, still
    /// named in the old poll's results. Format version 2; left out of the file when false.
    #[serde(default, skip_serializing_if = "is_false")]
    pub retired: bool,
    /// The heading and text in other languages, by language tag ("es"). Format version 2; left
    /// out of the file when empty.
    #[serde(default, skip_serializing_if = "BTreeMap::is_empty")]
    pub translations: BTreeMap<String, Translation>,
}

#[expect(
    clippy::trivially_copy_pass_by_ref,
    reason = "serde's skip_serializing_if passes a reference"
)]
fn is_false(value: &bool) -> bool {
    !*value
}

/// Which section of the framework an item belongs to.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum SectionKind {
    /// Mission commitments.
    Mission,
    /// Vision goals.
    Vision,
    /// Core values.
    Values,
}

impl Section {
    /// What the section is called: its label, or the default name of its kind, in English.
    /// `Words::section_name` is the one for people.
    pub fn name(&self, kind: SectionKind) -> &str {
        match &self.label {
            Some(label) if !label.trim().is_empty() => label,
            _ => kind.default_label(),
        }
    }

    /// The items still on the framework (not retired), in order.
    pub fn items_in_use(&self) -> impl Iterator<Item = &Item> {
        self.items.iter().filter(|item| !item.retired)
    }

    /// Whether the section uses anything of format version 2.
    pub fn uses_version_2(&self) -> bool {
        self.label.is_some()
            || !self.translations.is_empty()
            || self
                .items
                .iter()
                .any(|item| item.retired || !item.translations.is_empty())
    }
}

impl SectionKind {
    /// The section's name when the organisation gave it none, in English.
    /// `Words::default_section_label` is the one for people.
    pub fn default_label(self) -> &'static str {
        match self {
            SectionKind::Mission => "Mission",
            SectionKind::Vision => "Vision",
            SectionKind::Values => "Core values",
        }
    }

    /// All sections in presentation order.
    pub const ALL: [SectionKind; 3] = [
        SectionKind::Mission,
        SectionKind::Vision,
        SectionKind::Values,
    ];

    /// A plain name ("Mission"), in English. `Words::section_kind_name` is the one for people.
    pub fn name(self) -> &'static str {
        match self {
            SectionKind::Mission => "Mission",
            SectionKind::Vision => "Vision",
            SectionKind::Values => "Values",
        }
    }
}

impl Item {
    /// An item in use (not retired).
    pub fn new(id: impl Into<String>, heading: impl Into<String>, text: impl Into<String>) -> Item {
        Item {
            id: id.into(),
            heading: heading.into(),
            text: text.into(),
            retired: false,
            translations: BTreeMap::new(),
        }
    }

    /// A short name for lists and charts: the heading, or the whole text when there is none.
    pub fn label(&self) -> &str {
        if self.heading.trim().is_empty() {
            &self.text
        } else {
            &self.heading
        }
    }

    /// The statement as the organisation wrote it: heading and text joined by a space.
    pub fn full_text(&self) -> String {
        match (self.heading.is_empty(), self.text.is_empty()) {
            (true, _) => self.text.clone(),
            (false, true) => self.heading.clone(),
            (false, false) => format!("{} {}", self.heading, self.text),
        }
    }
}

impl Framework {
    /// What the section of this kind is called: its label, or "Mission", "Vision",
    /// "Core values".
    pub fn section_name(&self, kind: SectionKind) -> &str {
        self.section(kind).name(kind)
    }

    /// The small line above one item's slide: the section's own label in capitals, else
    /// "MISSION", "VISION" or "CORE VALUE".
    pub fn item_kicker(&self, kind: SectionKind) -> String {
        match &self.section(kind).label {
            Some(label) if !label.trim().is_empty() => label.to_uppercase(),
            _ => match kind {
                SectionKind::Mission => "MISSION".into(),
                SectionKind::Vision => "VISION".into(),
                SectionKind::Values => "CORE VALUE".into(),
            },
        }
    }

    /// The section of this kind.
    pub fn section(&self, kind: SectionKind) -> &Section {
        match kind {
            SectionKind::Mission => &self.mission,
            SectionKind::Vision => &self.vision,
            SectionKind::Values => &self.values,
        }
    }

    /// The section of this kind, to change.
    pub fn section_mut(&mut self, kind: SectionKind) -> &mut Section {
        match kind {
            SectionKind::Mission => &mut self.mission,
            SectionKind::Vision => &mut self.vision,
            SectionKind::Values => &mut self.values,
        }
    }

    /// Every item with its section, in presentation order.
    pub fn items(&self) -> impl Iterator<Item = (SectionKind, &Item)> {
        SectionKind::ALL.into_iter().flat_map(move |kind| {
            self.section(kind)
                .items
                .iter()
                .map(move |item| (kind, item))
        })
    }

    /// Every item still on the framework (not retired), with its section, in presentation
    /// order: what the slides show and new polls offer.
    pub fn items_in_use(&self) -> impl Iterator<Item = (SectionKind, &Item)> {
        self.items().filter(|(_, item)| !item.retired)
    }

    /// The item with this id, wherever it is.
    pub fn item(&self, id: &str) -> Option<&Item> {
        self.items()
            .map(|(_, item)| item)
            .find(|item| item.id == id)
    }

    /// The ids of the core values, the default choice for a new poll.
    pub fn value_ids(&self) -> Vec<String> {
        self.values
            .items_in_use()
            .map(|item| item.id.clone())
            .collect()
    }
}
