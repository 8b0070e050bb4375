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

impl RoomWords {
    /// The first language's tag, the key of a framework's translations.
    pub fn tag(&self) -> &'static str {
        self.first.lang().tag()
    }

    /// `say` in the first language, and in the second below it when there is one and it reads
    /// differently (an untranslated line shows once).
    pub fn both(&self, say: impl Fn(&'static Words) -> String) -> (String, Option<String>) {
        let first = say(self.first);
        let second = self
            .second
            .map(&say)
            .filter(|second| second.trim() != first.trim() && !second.trim().is_empty());
        (first, second)
    }

    /// The same for the framework's words, read in each language by its tag.
    pub fn both_tags<'a>(&self, say: impl Fn(&'static str) -> &'a str) -> (String, Option<String>) {
        self.both(|words| say(words.lang().tag()).to_owned())
    }

    /// Which words these are, for the fingerprint of a layout kept between frames: each set
    /// of words is built once for the whole program, so where it lives names it.
    pub fn fingerprint(&self) -> (usize, usize) {
        let at = |words: &'static Words| std::ptr::from_ref(words) as usize;
        (at(self.first), self.second.map_or(0, at))
    }
}

/// The words the room's screen speaks this frame: set by whatever draws the room (the stage,
/// the laptop's booth) from [`crate::gui::room::Room::words`], English until then.
pub fn room_words(ctx: &egui::Context) -> RoomWords {
    ctx.data(|data| data.get_temp(room_words_id()))
        .unwrap_or_default()
}

/// Makes `words` the room's words from now on; the room's layouts read them through
/// [`room_words`] so that the projector may speak another language than the console.
pub fn set_room_words(ctx: &egui::Context, words: RoomWords) {
    ctx.data_mut(|data| data.insert_temp(room_words_id(), words));
}

fn room_words_id() -> egui::Id {
    egui::Id::unique("plaza-room-words")
}
