//! An organisation's statement, as plain text or Markdown, turned into a framework: the title,
//! each section's intro and its bullets as items with headings and ids. The rules are the
//! contract in docs: bullets, wrapped lines, sections by their words, headings in capitals or
//! before a colon or dash, ids as slugs. What cannot be placed is listed, never lost silently.

mod error;
mod heading;
mod lines;
mod sections;
mod slug;
mod translation;

use std::fmt;

pub use error::{ImportError, MAX_STATEMENT_BYTES};
pub use translation::{CountMismatch, Translated, TranslationError, import_translation};

use super::{Framework, Item, Section, SectionKind};
use lines::{Line, read_lines};
use slug::{Ids, heading_slug};

/// A statement turned into a framework, and the lines that found no place in it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Imported {
    /// The title, sections and items. A section the statement lacks is empty; the title is
    /// empty when the statement starts with a section (the session's title is used then).
    pub framework: Framework,
    /// The lines left out, in the statement's order.
    pub unplaced: Vec<Unplaced>,
}

/// A line of the statement that is not in the framework, and why.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Unplaced {
    /// Counted from 1, as an editor shows it.
    pub line: usize,
    /// The line's words (a bullet's without its marker, its wrapped lines joined).
    pub text: String,
    /// Why it was left out.
    pub reason: UnplacedReason,
}

/// Why a line was left out of the framework.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum UnplacedReason {
    /// It belongs to a second section of a kind already imported.
    SecondSection(SectionKind),
    /// It belongs to a section after the mission, vision and values were all taken.
    ExtraSection,
    /// It heads no bullets: it is at the end, with nothing under it.
    NoItems,
    /// A bullet without words.
    EmptyBullet,
}

/// English; `Words::unplaced_reason` is the one for people.
impl fmt::Display for UnplacedReason {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            UnplacedReason::SecondSection(kind) => write!(
                f,
                "a second {} section; only the first is imported",
                kind.name().to_lowercase()
            ),
            UnplacedReason::ExtraSection => f.write_str(
                "a section after the mission, vision and values; a framework has only those three",
            ),
            UnplacedReason::NoItems => {
                f.write_str("no bullets follow it, so it leads into no items")
            }
            UnplacedReason::EmptyBullet => f.write_str("a bullet with no words"),
        }
    }
}

/// English; `Words::unplaced` is the one for people.
impl fmt::Display for Unplaced {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "line {}: \"{}\": {}", self.line, self.text, self.reason)
    }
}

/// Imports a statement given as bytes (a `.txt` or `.md` file): UTF-8 with or without a
/// byte-order mark, LF or CRLF, at most [`MAX_STATEMENT_BYTES`].
pub fn import_statement_bytes(bytes: &[u8]) -> Result<Imported, ImportError> {
    if bytes.len() > MAX_STATEMENT_BYTES {
        return Err(ImportError::TooLarge { bytes: bytes.len() });
    }
    let text = std::str::from_utf8(bytes).map_err(|error| ImportError::NotUtf8 {
        line: error::line_of(bytes, error.valid_up_to()),
    })?;
    import_statement(text)
}

/// Imports a statement given as text (pasted, or read from a file).
pub fn import_statement(text: &str) -> Result<Imported, ImportError> {
    if text.len() > MAX_STATEMENT_BYTES {
        return Err(ImportError::TooLarge { bytes: text.len() });
    }
    if let Some(at) = text.find('\0') {
        return Err(ImportError::Binary {
            line: error::line_of(text.as_bytes(), at),
        });
    }
    let lines = read_lines(text);
    if lines.is_empty() {
        return Err(ImportError::Empty);
    }
    if !lines.iter().any(|line| line.bullet) {
        return Err(ImportError::NoBullets);
    }
    let (title, rest) = split_title(&lines);
    let mut builder = Builder::default();
    for group in groups(rest) {
        builder.place(group);
    }
    if builder.framework.items().next().is_none() {
        return Err(ImportError::NothingPlaced);
    }
    builder.framework.title = title;
    Ok(Imported {
        framework: builder.framework,
        unplaced: builder.unplaced,
    })
}

/// The title, and the lines after it. The first line is the title unless a bullet follows it
/// directly: then it leads into that bullet and there is no title.
fn split_title(lines: &[Line]) -> (String, &[Line]) {
    match lines {
        [first, next, ..] if !first.bullet && !next.bullet => (first.text.clone(), &lines[1..]),
        _ => (String::new(), lines),
    }
}

/// A run of heading lines and the bullets under it.
struct Group<'a> {
    headings: &'a [Line],
    bullets: &'a [Line],
}

/// The lines in runs: each run of non-bullet lines with the bullets that follow it. Bullets at
/// the very start form a run with no heading lines.
fn groups(lines: &[Line]) -> Vec<Group<'_>> {
    let mut groups = Vec::new();
    let mut rest = lines;
    while !rest.is_empty() {
        let headings = rest.iter().take_while(|line| !line.bullet).count();
        let bullets = rest[headings..]
            .iter()
            .take_while(|line| line.bullet)
            .count();
        let (group, after) = rest.split_at(headings + bullets);
        let (headings, bullets) = group.split_at(headings);
        groups.push(Group { headings, bullets });
        rest = after;
    }
    groups
}

/// The framework as it is filled, section by section in the statement's order.
struct Builder {
    framework: Framework,
    used: Vec<SectionKind>,
    ids: Ids,
    unplaced: Vec<Unplaced>,
}

impl Default for Builder {
    fn default() -> Self {
        let empty = || Section {
            label: None,
            intro: String::new(),
            items: Vec::new(),
            translations: Default::default(),
        };
        Builder {
            framework: Framework {
                title: String::new(),
                mission: empty(),
                vision: empty(),
                values: empty(),
                translations: Default::default(),
            },
            used: Vec::new(),
            ids: Ids::default(),
            unplaced: Vec::new(),
        }
    }
}

impl Builder {
    /// Places one run as the section its heading names, or the first one not yet used; lists
    /// its lines when there is no place for it.
    fn place(&mut self, group: Group<'_>) {
        let kind = sections::named_kind(group.headings.iter().map(|line| line.text.as_str()));
        let placed = match kind {
            _ if group.bullets.is_empty() => Err(UnplacedReason::NoItems),
            Some(kind) if self.used.contains(&kind) => Err(UnplacedReason::SecondSection(kind)),
            Some(kind) => Ok(kind),
            None => SectionKind::ALL
                .into_iter()
                .find(|kind| !self.used.contains(kind))
                .ok_or(UnplacedReason::ExtraSection),
        };
        let kind = match placed {
            Ok(kind) => kind,
            Err(reason) => {
                let all = group.headings.iter().chain(group.bullets);
                self.unplaced.extend(all.map(|line| Unplaced {
                    line: line.number,
                    text: line.text.clone(),
                    reason,
                }));
                return;
            }
        };
        self.used.push(kind);
        let intro = group.headings.last().map(|line| line.text.clone());
        let mut items = Vec::new();
        for bullet in group.bullets {
            if bullet.text.is_empty() {
                self.unplaced.push(Unplaced {
                    line: bullet.number,
                    text: String::new(),
                    reason: UnplacedReason::EmptyBullet,
                });
                continue;
            }
            let (heading, text) = heading::split_heading(&bullet.text);
            let slug = heading_slug(&heading);
            let wanted = if slug.is_empty() {
                format!("{}-{}", sections::id_word(kind), items.len() + 1)
            } else {
                slug
            };
            items.push(Item {
                id: self.ids.unique(&wanted),
                heading,
                text,
                retired: false,
                translations: Default::default(),
            });
        }
        let section = match kind {
            SectionKind::Mission => &mut self.framework.mission,
            SectionKind::Vision => &mut self.framework.vision,
            SectionKind::Values => &mut self.framework.values,
        };
        // Import never sets a label: the organisation's words stay in the intro.
        *section = Section {
            label: None,
            intro: intro.unwrap_or_default(),
            items,
            translations: Default::default(),
        };
    }
}
