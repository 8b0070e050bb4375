//! The framework `plaza new --from FILE` starts from: an organisation's statement as text or
//! Markdown, a `Framework(…)` in RON, or another session whose framework is reused.

use std::io::Read;
use std::path::Path;

use anyhow::Context;

use crate::model::{
    Framework, MAX_STATEMENT_BYTES, Session, Unplaced, import_statement_bytes, validate,
};
use crate::store::{decode, default_framework, looks_like_session};
use crate::tr;

/// A framework read from a file, and the statement's lines that found no place in it.
#[derive(Debug)]
pub struct FrameworkFile {
    /// The framework.
    pub framework: Framework,
    /// Lines of a statement left out; always empty for RON.
    pub unplaced: Vec<Unplaced>,
}

impl FrameworkFile {
    /// The built-in framework, with nothing left out.
    pub fn built_in() -> Self {
        FrameworkFile {
            framework: default_framework(),
            unplaced: Vec::new(),
        }
    }
}

/// Reads the framework in `file`: a `.ron` file holds a `Framework(…)` or a session (only its
/// framework is taken: none of its notes, actions or polls); any other file is a statement
/// imported from text.
pub fn read_framework(file: &Path) -> anyhow::Result<FrameworkFile> {
    let bytes = read_at_most(file, MAX_STATEMENT_BYTES)?;
    let is_ron = file
        .extension()
        .is_some_and(|extension| extension.eq_ignore_ascii_case("ron"));
    if is_ron {
        let framework = ron_framework(&bytes).with_context(|| {
            tr!(
                super::system_words(),
                "cli-framework-of",
                file = file.display().to_string()
            )
        })?;
        return Ok(FrameworkFile {
            framework,
            unplaced: Vec::new(),
        });
    }
    let imported = import_statement_bytes(&bytes).with_context(|| {
        tr!(
            super::system_words(),
            "cli-cannot-import",
            file = file.display().to_string()
        )
    })?;
    Ok(FrameworkFile {
        framework: imported.framework,
        unplaced: imported.unplaced,
    })
}

/// The file's bytes, and one more than `limit` at most, so a huge file is refused as too
/// large without being read whole.
fn read_at_most(file: &Path, limit: usize) -> anyhow::Result<Vec<u8>> {
    let cannot_read = || {
        tr!(
            super::system_words(),
            "cli-cannot-read-file",
            file = file.display().to_string()
        )
    };
    let opened = std::fs::File::open(file).with_context(cannot_read)?;
    let mut bytes = Vec::new();
    let most = u64::try_from(limit).unwrap_or(u64::MAX).saturating_add(1);
    opened
        .take(most)
        .read_to_end(&mut bytes)
        .with_context(cannot_read)?;
    Ok(bytes)
}

/// The framework a RON file holds, as `Framework(…)` or as a whole session.
fn ron_framework(bytes: &[u8]) -> anyhow::Result<Framework> {
    let words = super::system_words();
    if bytes.len() > MAX_STATEMENT_BYTES {
        anyhow::bail!(words.get("cli-framework-too-large"));
    }
    let text = std::str::from_utf8(bytes)
        .map_err(|_| anyhow::anyhow!(words.get("cli-framework-not-utf8")))?;
    let framework = if looks_like_session(text) {
        decode(text)?.framework
    } else {
        ron::from_str::<Framework>(text.trim_start_matches('\u{feff}')).map_err(|error| {
            // The parser's own words stay as it gives them.
            anyhow::anyhow!(tr!(
                words,
                "cli-framework-expected",
                reason = error.to_string()
            ))
        })?
    };
    // Only what the framework itself must hold (unique, non-empty ids) can be wrong here.
    let session = Session::new("", chrono::NaiveDate::default(), framework);
    if let Some(problem) = validate(&session).first() {
        anyhow::bail!(words.problem(problem));
    }
    Ok(session.framework)
}

/// How a line of the statement that was left out is told on standard error:
/// `FILE:LINE: not imported: "text" (why)`.
pub fn unplaced_message(file: &Path, unplaced: &Unplaced) -> String {
    let words = super::system_words();
    crate::tr!(
        words,
        "cli-unplaced",
        file = file.display().to_string(),
        line = unplaced.line,
        text = &unplaced.text,
        reason = words.unplaced_reason(unplaced.reason)
    )
}
