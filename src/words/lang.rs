//! The languages Plaza speaks, and which one a person's system asks for.

use serde::{Deserialize, Serialize};

/// A language every screen, report and message of Plaza is written in.
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Default, Serialize, Deserialize,
)]
pub enum Lang {
    /// English, the language of the file format and of `--help`.
    #[default]
    English,
    /// Spanish (español).
    Spanish,
}

impl Lang {
    /// Every language, in the order menus list them.
    pub const ALL: [Lang; 2] = [Lang::English, Lang::Spanish];

    /// The BCP 47 tag: the key of a framework's `translations` and of `--lang`.
    pub fn tag(self) -> &'static str {
        match self {
            Lang::English => "en",
            Lang::Spanish => "es",
        }
    }

    /// The language's name in itself, as a person looking for it would: "English", "Español".
    pub fn name(self) -> &'static str {
        match self {
            Lang::English => "English",
            Lang::Spanish => "Español",
        }
    }

    /// The language a tag or locale names ("es", "es-MX", "es_MX.UTF-8", "en_US"), if Plaza
    /// speaks it.
    pub fn from_tag(tag: &str) -> Option<Lang> {
        let primary: String = tag
            .trim()
            .chars()
            .take_while(|c| c.is_ascii_alphabetic())
            .collect::<String>()
            .to_ascii_lowercase();
        Lang::ALL.into_iter().find(|lang| lang.tag() == primary)
    }

    /// The language the system asks for, read as POSIX does: `LC_ALL`, then `LC_MESSAGES`,
    /// then `LANG`, the first one set and not empty deciding. `None` when that one names a
    /// language Plaza does not speak (or "C"), or none is set.
    pub fn from_locale_vars(vars: impl Fn(&str) -> Option<String>) -> Option<Lang> {
        ["LC_ALL", "LC_MESSAGES", "LANG"]
            .into_iter()
            .filter_map(vars)
            .find(|value| !value.trim().is_empty())
            .and_then(|value| Lang::from_tag(&value))
    }

    /// The system's language from this process's environment, English when it names none
    /// Plaza speaks.
    pub fn of_system() -> Lang {
        Lang::from_locale_vars(|name| std::env::var(name).ok()).unwrap_or_default()
    }

    /// The other language: the second line of a bilingual slide.
    pub fn other(self) -> Lang {
        match self {
            Lang::English => Lang::Spanish,
            Lang::Spanish => Lang::English,
        }
    }
}

impl std::str::FromStr for Lang {
    type Err = String;

    fn from_str(text: &str) -> Result<Self, Self::Err> {
        Lang::from_tag(text).ok_or_else(|| {
            let known: Vec<&str> = Lang::ALL.iter().map(|lang| lang.tag()).collect();
            format!("no language \"{text}\" (known: {})", known.join(", "))
        })
    }
}
