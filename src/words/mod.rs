//! Words for people, in English and Spanish: every label, notice, slide, report line and
//! message comes from the catalogues in `locales/`, through [`Words`]. What programs read (the
//! session file, report JSON, `FILE: ok`, `serve`'s first lines) never passes through here.
//!
//! Project Fluent is the catalogue format: its messages choose their own plural and variant
//! forms (Spanish and English count differently, and a translator can change a sentence's shape
//! without a code change), and `fluent-bundle` is its reference Rust implementation.

mod catalogue;
mod dates;
mod edit_words;
mod import_words;
mod lang;
mod model_words;
mod phones_page;
mod problem_words;
mod store_words;

use std::borrow::Cow;
use std::sync::OnceLock;

use fluent_bundle::types::{FluentNumber, FluentNumberOptions};
use fluent_bundle::{FluentArgs, FluentValue};

pub use catalogue::PARTS;
pub use lang::Lang;
pub use phones_page::page_words;

/// One language's words: look a message up by its key, with its values filled in.
pub struct Words {
    lang: Lang,
    bundle: catalogue::Bundle,
    /// Every message comes back inside ‹ ›, so that a screen can be searched for words that did
    /// not come from the catalogue.
    pseudo: bool,
}

impl std::fmt::Debug for Words {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Words")
            .field("lang", &self.lang)
            .field("pseudo", &self.pseudo)
            .finish_non_exhaustive()
    }
}

/// Two sets of words are the same when they speak the same language the same way.
impl PartialEq for Words {
    fn eq(&self, other: &Words) -> bool {
        self.lang == other.lang && self.pseudo == other.pseudo
    }
}

/// The opening and closing marks of the pseudo-language.
pub const PSEUDO_MARKS: (char, char) = ('‹', '›');

/// A value given to a message: a word, a count, or a number with decimals.
#[derive(Debug, Clone)]
pub struct Arg(FluentValue<'static>);

impl Arg {
    /// A number shown with exactly `digits` decimals, in the language's form ("3.74", "3,74").
    pub fn decimal(value: f64, digits: usize) -> Arg {
        let options = FluentNumberOptions {
            minimum_fraction_digits: Some(digits),
            maximum_fraction_digits: Some(digits),
            ..FluentNumberOptions::default()
        };
        Arg(FluentValue::Number(FluentNumber::new(value, options)))
    }
}

impl From<&str> for Arg {
    fn from(text: &str) -> Arg {
        Arg(FluentValue::String(Cow::Owned(text.to_owned())))
    }
}

impl From<String> for Arg {
    fn from(text: String) -> Arg {
        Arg(FluentValue::String(Cow::Owned(text)))
    }
}

impl From<&String> for Arg {
    fn from(text: &String) -> Arg {
        Arg::from(text.as_str())
    }
}

macro_rules! counts {
    ($($kind:ty),*) => {$(
        impl From<$kind> for Arg {
            fn from(count: $kind) -> Arg {
                Arg(FluentValue::from(count))
            }
        }
    )*};
}
counts!(u8, u16, u32, u64, usize, i32, i64);

impl Words {
    /// The words of `lang`, built once for the whole program.
    pub fn of(lang: Lang) -> &'static Words {
        static ENGLISH: OnceLock<Words> = OnceLock::new();
        static SPANISH: OnceLock<Words> = OnceLock::new();
        let cell = match lang {
            Lang::English => &ENGLISH,
            Lang::Spanish => &SPANISH,
        };
        cell.get_or_init(|| Words::build(lang, false))
    }

    /// English with every message inside ‹ ›: a test's way to find words on a screen that did
    /// not come from the catalogue.
    pub fn pseudo() -> &'static Words {
        static PSEUDO: OnceLock<Words> = OnceLock::new();
        PSEUDO.get_or_init(|| Words::build(Lang::English, true))
    }

    fn build(lang: Lang, pseudo: bool) -> Words {
        Words {
            lang,
            bundle: catalogue::bundle(lang),
            pseudo,
        }
    }

    /// The language these words are in.
    pub fn lang(&self) -> Lang {
        self.lang
    }

    /// The message `key`, with no values.
    pub fn get(&self, key: &str) -> String {
        self.format(key, None)
    }

    /// The message `key` with its values filled in, each given by name.
    pub fn with(&self, key: &str, values: &[(&str, Arg)]) -> String {
        let mut args = FluentArgs::new();
        for (name, value) in values {
            args.set(*name, value.0.clone());
        }
        self.format(key, Some(&args))
    }

    /// `value` with `digits` decimals in this language's form: "3.74" or "3,74".
    pub fn decimal(&self, value: f64, digits: usize) -> String {
        let text = format!("{value:.digits$}");
        match self.lang {
            Lang::English => text,
            Lang::Spanish => text.replacen('.', ",", 1),
        }
    }

    fn format(&self, key: &str, args: Option<&FluentArgs>) -> String {
        let Some(pattern) = self
            .bundle
            .get_message(key)
            .and_then(|message| message.value())
        else {
            // A key with no message is caught by the catalogue test; showing the key keeps the
            // screen usable and the fault plain to see.
            return key.to_owned();
        };
        let mut errors = Vec::new();
        let text = self
            .bundle
            .format_pattern(pattern, args, &mut errors)
            .into_owned();
        if self.pseudo {
            let (open, close) = PSEUDO_MARKS;
            format!("{open}{text}{close}")
        } else {
            text
        }
    }
}

/// The message `key` of `words`, with values given by name:
/// `tr!(words, "ballots-count", count = 3)`.
#[macro_export]
macro_rules! tr {
    ($words:expr, $key:literal) => {
        $words.get($key)
    };
    ($words:expr, $key:literal, $($name:ident = $value:expr),+ $(,)?) => {
        $words.with($key, &[$((stringify!($name), $crate::words::Arg::from($value))),+])
    };
}
