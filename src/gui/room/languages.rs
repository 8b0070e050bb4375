//! Which language the projector speaks: the console's, one chosen, or two at once (the
//! second below the first, smaller).

use serde::{Deserialize, Serialize};

use crate::words::{Lang, Words};

/// The projector's language, as the facilitator chose it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize)]
pub enum ProjectorLanguage {
    /// Whatever language the console speaks.
    #[default]
    SameAsConsole,
    /// One language, whatever the console speaks.
    Only(Lang),
    /// Both languages, this one first.
    Both(Lang),
}

impl ProjectorLanguage {
    /// Every choice, in the order the menu lists them.
    pub const ALL: [ProjectorLanguage; 5] = [
        ProjectorLanguage::SameAsConsole,
        ProjectorLanguage::Only(Lang::English),
        ProjectorLanguage::Only(Lang::Spanish),
        ProjectorLanguage::Both(Lang::English),
        ProjectorLanguage::Both(Lang::Spanish),
    ];
}

/// The words the room's screen speaks, worked out from the console's words and the choice.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct RoomWords {
    /// The choice they come from.
    pub choice: ProjectorLanguage,
    /// The first (or only) language.
    pub first: &'static Words,
    /// The second language of a bilingual screen.
    pub second: Option<&'static Words>,
}

impl RoomWords {
    /// The room's words for `choice`, with the console speaking `console`.
    pub fn new(console: &'static Words, choice: ProjectorLanguage) -> RoomWords {
        let (first, second) = match choice {
            ProjectorLanguage::SameAsConsole => (console, None),
            ProjectorLanguage::Only(lang) => (Words::of(lang), None),
            ProjectorLanguage::Both(lang) => (Words::of(lang), Some(Words::of(lang.other()))),
        };
        RoomWords {
            choice,
            first,
            second,
        }
    }
}

impl Default for RoomWords {
    fn default() -> Self {
        RoomWords::new(Words::of(Lang::English), ProjectorLanguage::SameAsConsole)
    }
}
