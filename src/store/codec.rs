//! Session ⇄ RON text, with the format version checked before anything else is trusted.

use ron::ser::PrettyConfig;
use serde::Deserialize;

use crate::model::{About, FORMAT_VERSION, Marks, PollMethod, Session};

/// Why a text is not a session this program can read.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum DecodeError {
    /// The text is not well-formed, or a value has the wrong type.
    #[error("{line}:{column}: {message}")]
    Syntax {
        /// 1-based line of the problem.
        line: usize,
        /// 1-based column of the problem.
        column: usize,
        /// What is wrong.
        message: String,
    },
    /// Written by a newer Plaza.
    #[error(
        "it was written by a newer version of Plaza (file format {found}; this program reads formats 1 to {FORMAT_VERSION}). \
         Open it with a newer Plaza. The file was not changed."
    )]
    NewerVersion {
        /// The version in the file.
        found: u32,
    },
    /// The file turns on RON extensions (`#![enable(…)]`), which no Plaza session uses.
    #[error(
        "it turns on RON extensions (#![enable(…)]), which Plaza session files never do: it is not a Plaza session"
    )]
    Extensions,
    /// A version number that never existed.
    #[error("file format version {found} does not exist; the first version is 1")]
    UnknownVersion {
        /// The version in the file.
        found: u32,
    },
    /// Nothing in the file but white space and comments.
    #[error("the file is empty")]
    Empty,
    /// The file holds something else: text, another program's data, another kind of RON.
    #[error(
        "it is not a Plaza session: it holds something else (Plaza's sessions are the .ron files it saves)"
    )]
    NotASession,
}

impl DecodeError {
    /// Whether the file looked like a session but could not be read as one: damaged, rather
    /// than something else altogether (or a session from a newer Plaza).
    pub fn is_damage(&self) -> bool {
        matches!(
            self,
            DecodeError::Syntax { .. } | DecodeError::Empty | DecodeError::UnknownVersion { .. }
        )
    }
}

/// Whether `text` starts as a session does: after a byte-order mark, white space and comments,
/// with `Session(`, or with `(` and naming a `format_version` (a session written without
/// struct names).
pub fn looks_like_session(text: &str) -> bool {
    let rest = skip_ron_trivia(text.trim_start_matches('\u{feff}'));
    if let Some(after) = rest.strip_prefix("Session") {
        return after.trim_start_matches(is_ron_whitespace).starts_with('(');
    }
    rest.starts_with('(') && rest.contains("format_version")
}

/// Just enough of a session to learn its format version, whatever else the file holds.
#[derive(Deserialize)]
#[serde(rename = "Session")]
struct VersionProbe {
    format_version: u32,
}

pub(crate) fn pretty() -> PrettyConfig {
    // Struct names make the file self-describing; "\n" keeps files identical across systems.
    PrettyConfig::new()
        .struct_names(true)
        .new_line("\n")
        .indentor("    ")
}

/// Writes a session as pretty RON, in the oldest format version that holds everything it
/// uses: version 1, byte for byte as before, unless it uses something of version 2.
pub fn encode(session: &Session) -> Result<String, ron::Error> {
    let needed = session.needed_format_version();
    if session.format_version != needed {
        // Rare: the session just began or stopped using a version-2 field.
        let mut written = session.clone();
        written.format_version = needed;
        return encode_as_is(&written);
    }
    encode_as_is(session)
}

/// Writes a session whose `format_version` is already the one it needs.
fn encode_as_is(session: &Session) -> Result<String, ron::Error> {
    // Room for the whole text up front: growing a 2 MB string by doubling copies it ten times.
    let guess = 16_384
        + 400 * session.notes.len()
        + 400 * session.actions.len()
        + session
            .polls
            .iter()
            .map(|poll| 1024 + 300 * poll.ballots.len())
            .sum::<usize>();
    let mut text = String::with_capacity(guess);
    // When no string needs an escape, RON's plain string writer gives the same text as its
    // escaping one, several times faster (it copies each string whole instead of char by char).
    let plain = strings(session).all(needs_no_escape);
    ron::Options::default().to_writer_pretty(
        &mut text,
        session,
        pretty().escape_strings(!plain),
    )?;
    text.push('\n');
    Ok(if plain {
        text
    } else {
        unescape_apostrophes(text)
    })
}

fn about_id(about: &About) -> &str {
    match about {
        About::Item(id) => id,
        About::General | About::ParkingLot => "",
    }
}

/// Whether a string reads the same written plainly between quotes: no quote, backslash,
/// control character, or character RON would write as an escape.
fn needs_no_escape(text: &str) -> bool {
    text.chars().all(|c| {
        if c.is_ascii() {
            matches!(c, ' '..='~') && c != '"' && c != '\\'
        } else {
            c.escape_debug().len() == 1
        }
    })
}

/// Every text of a session that is written as a RON string. Missing one here is harmless: its
/// escapes would make the plain writer fall back to a raw string, still read back exactly.
fn strings(session: &Session) -> impl Iterator<Item = &str> {
    let framework = &session.framework;
    let sections = [&framework.mission, &framework.vision, &framework.values];
    [
        session.id.as_str(),
        &session.title,
        &session.venue,
        &framework.title,
    ]
    .into_iter()
    .chain(session.facilitators.iter().map(String::as_str))
    .chain(sections.into_iter().flat_map(|section| {
        std::iter::once(section.intro.as_str()).chain(
            section
                .items
                .iter()
                .flat_map(|item| [item.id.as_str(), &item.heading, &item.text]),
        )
    }))
    .chain(session.notes.iter().flat_map(|note| {
        [
            note.id.as_str(),
            about_id(&note.about),
            &note.group,
            &note.text,
        ]
    }))
    .chain(session.actions.iter().flat_map(|action| {
        [
            action.id.as_str(),
            about_id(&action.about),
            &action.text,
            &action.owner,
        ]
    }))
    .chain(session.polls.iter().flat_map(|poll| {
        let scale_labels = match &poll.method {
            PollMethod::Rating { low, high, .. } => [low.as_str(), high.as_str()],
            _ => ["", ""],
        };
        [poll.id.as_str(), &poll.question]
            .into_iter()
            .chain(scale_labels)
            .chain(poll.items.iter().map(String::as_str))
            .chain(poll.tally.keys().map(String::as_str))
            .chain(poll.ballots.iter().flat_map(|ballot| {
                let marked: Box<dyn Iterator<Item = &str>> = match &ballot.marks {
                    Marks::Dots(dots) => Box::new(dots.keys().map(String::as_str)),
                    Marks::Ratings(ratings) => Box::new(ratings.keys().map(String::as_str)),
                    Marks::Ranking(order) => Box::new(order.iter().map(String::as_str)),
                };
                std::iter::once(ballot.id.as_str()).chain(marked)
            }))
    }))
}

/// RON's writer escapes `'` inside strings as `\'`. Both read the same, but "New Mexico's" is
/// what people (and tools searching the file) expect to see.
fn unescape_apostrophes(text: String) -> String {
    if !text.contains("\\'") {
        return text;
    }
    let mut out = String::with_capacity(text.len());
    let mut rest = text.as_str();
    // Every backslash in the output starts an escape: keep it unless it escapes a `'`.
    while let Some(at) = rest.find('\\') {
        out.push_str(&rest[..at]);
        let escaped = &rest[at + 1..];
        match escaped.strip_prefix('\'') {
            Some(after) => {
                out.push('\'');
                rest = after;
            }
            None => {
                let width = escaped.chars().next().map_or(0, char::len_utf8);
                out.push_str(&rest[at..at + 1 + width]);
                rest = &escaped[width..];
            }
        }
    }
    out.push_str(rest);
    out
}

fn syntax(error: ron::error::SpannedError) -> DecodeError {
    let message = match error.code {
        ron::Error::Eof => "the file ends too early: it may have been cut off".to_owned(),
        ron::Error::ExceededRecursionLimit => {
            "values are nested too deeply here: no Plaza session nests this far".to_owned()
        }
        code => code.to_string(),
    };
    DecodeError::Syntax {
        line: error.span.start.line,
        column: error.span.start.col,
        message,
    }
}

/// White space as RON's parser counts it: Rust's, with the marks of direction that Unicode
/// calls pattern white space.
fn is_ron_whitespace(c: char) -> bool {
    c.is_whitespace() || matches!(c, '\u{200e}' | '\u{200f}')
}

/// `text` after the white space (as RON counts it, marks of direction included) and comments
/// (`//…`, nested `/* … */`) RON allows before a value.
pub fn skip_ron_trivia(text: &str) -> &str {
    let mut rest = text;
    loop {
        rest = rest.trim_start_matches(is_ron_whitespace);
        if let Some(after) = rest.strip_prefix("//") {
            rest = after.find('\n').map_or("", |at| &after[at..]);
        } else if rest.starts_with("/*") {
            let mut depth = 0_usize;
            let mut at = 0;
            let bytes = rest.as_bytes();
            while at + 1 < bytes.len() {
                match (bytes[at], bytes[at + 1]) {
                    (b'/', b'*') => {
                        depth += 1;
                        at += 2;
                    }
                    (b'*', b'/') => {
                        depth -= 1;
                        at += 2;
                        if depth == 0 {
                            break;
                        }
                    }
                    _ => at += 1,
                }
            }
            if depth > 0 {
                return "";
            }
            rest = &rest[at..];
        } else {
            return rest;
        }
    }
}

/// Reads a session from RON text. A file from a newer Plaza is reported as such, not as a pile
/// of fields this program does not know. A file that turns on RON's extensions (`#![enable]`,
/// however spaced) is refused before it is parsed: no session starts with `#`, and some
/// extensions make parsing slow.
pub fn decode(text: &str) -> Result<Session, DecodeError> {
    decode_as_version(text, FORMAT_VERSION)
}

/// Reads a session as a Plaza that knows the formats up to `newest` does: what an older Plaza
/// makes of a newer file (it refuses it, naming the version, rather than reading it and
/// dropping what it does not know).
pub fn decode_as_version(text: &str, newest: u32) -> Result<Session, DecodeError> {
    let start = skip_ron_trivia(text.trim_start_matches('\u{feff}'));
    if start.starts_with('#') {
        return Err(DecodeError::Extensions);
    }
    if start.is_empty() {
        return Err(DecodeError::Empty);
    }
    if !looks_like_session(text) {
        // "Expected struct Session but found Agenda" tells a facilitator nothing.
        return Err(DecodeError::NotASession);
    }
    let options = ron::Options::default();
    let check_version = |found: u32| match found {
        0 => Err(DecodeError::UnknownVersion { found }),
        found if found > newest => Err(DecodeError::NewerVersion { found }),
        _ => Ok(()),
    };
    match options.from_str::<Session>(text) {
        Ok(session) => check_version(session.format_version).map(|()| session),
        Err(error) => {
            // The full read failed; if only the version can be read, it may be why.
            if let Ok(probe) = options.from_str::<VersionProbe>(text) {
                check_version(probe.format_version)?;
            }
            Err(syntax(error))
        }
    }
}
