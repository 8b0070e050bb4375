//! Session ⇄ RON text, with the format version checked before anything else is trusted.

use ron::ser::PrettyConfig;
use serde::Deserialize;

use crate::model::{FORMAT_VERSION, Session};

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
        "it was written by a newer version of Plaza (file format {found}; this program reads format {FORMAT_VERSION}). \
         Open it with a newer Plaza. The file was not changed."
    )]
    NewerVersion {
        /// The version in the file.
        found: u32,
    },
    /// A version number that never existed.
    #[error("file format version {found} does not exist; the first version is 1")]
    UnknownVersion {
        /// The version in the file.
        found: u32,
    },
}

/// Just enough of a session to learn its format version, whatever else the file holds.
#[derive(Deserialize)]
#[serde(rename = "Session")]
struct VersionProbe {
    format_version: u32,
}

fn pretty() -> PrettyConfig {
    // Struct names make the file self-describing; "\n" keeps files identical across systems.
    PrettyConfig::new()
        .struct_names(true)
        .new_line("\n")
        .indentor("    ")
}

/// Writes a session as pretty RON, in the current format version.
pub fn encode(session: &Session) -> Result<String, ron::Error> {
    let mut text = ron::Options::default().to_string_pretty(session, pretty())?;
    text.push('\n');
    Ok(text)
}

fn syntax(error: ron::error::SpannedError) -> DecodeError {
    let message = match error.code {
        ron::Error::Eof => "the file ends too early: it may have been cut off".to_owned(),
        code => code.to_string(),
    };
    DecodeError::Syntax {
        line: error.span.start.line,
        column: error.span.start.col,
        message,
    }
}

/// Reads a session from RON text. A file from a newer Plaza is reported as such, not as a pile
/// of fields this program does not know.
pub fn decode(text: &str) -> Result<Session, DecodeError> {
    let options = ron::Options::default();
    let check_version = |found: u32| match found {
        0 => Err(DecodeError::UnknownVersion { found }),
        found if found > FORMAT_VERSION => Err(DecodeError::NewerVersion { found }),
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
