//! A statement in another language read as the translation of a framework: section by section
//! and item by item, in order. Counts that differ are refused, with the counts, because a
//! translation matched one line off would put each value's words under its neighbour.

use std::collections::BTreeMap;

use super::{ImportError, Unplaced, import_statement};
use crate::model::{Framework, FrameworkText, SectionKind, SectionText, Translation};

/// Why a statement cannot be the framework's translation.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum TranslationError {
    /// The statement itself could not be read.
    Import(ImportError),
    /// The statement's sections do not have as many items as the framework's.
    Counts(Vec<CountMismatch>),
}

/// One section whose item counts differ between the framework and the statement.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct CountMismatch {
    /// The section.
    pub kind: SectionKind,
    /// Items on the framework (in use).
    pub framework: usize,
    /// Items in the statement.
    pub statement: usize,
}

/// A framework with a translation read in, and the statement's lines that found no place.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Translated {
    /// The framework as it was, with the translation into the language added (or replaced).
    pub framework: Framework,
    /// The statement's lines that are in no section or item.
    pub unplaced: Vec<Unplaced>,
}

/// Reads `statement` as `framework`'s words in the language tagged `lang`: the title, each
/// section's intro and each item in use, in order. Items taken off the framework (retired)
/// are not on the slides and take no translation; a translation already there is replaced.
pub fn import_translation(
    framework: &Framework,
    statement: &str,
    lang: &str,
) -> Result<Translated, TranslationError> {
    let imported = import_statement(statement).map_err(TranslationError::Import)?;
    let mismatches: Vec<CountMismatch> = SectionKind::ALL
        .into_iter()
        .filter_map(|kind| {
            let on_framework = framework.section(kind).items_in_use().count();
            let in_statement = imported.framework.section(kind).items.len();
            (on_framework != in_statement).then_some(CountMismatch {
                kind,
                framework: on_framework,
                statement: in_statement,
            })
        })
        .collect();
    if !mismatches.is_empty() {
        return Err(TranslationError::Counts(mismatches));
    }
    let mut translated = framework.clone();
    set(
        &mut translated.translations,
        lang,
        (!imported.framework.title.trim().is_empty()).then(|| FrameworkText {
            title: imported.framework.title.clone(),
        }),
    );
    for kind in SectionKind::ALL {
        let words = imported.framework.section(kind);
        let section = translated.section_mut(kind);
        let intro = SectionText {
            label: None,
            intro: words.intro.clone(),
        };
        set(
            &mut section.translations,
            lang,
            (!intro.intro.trim().is_empty()).then_some(intro),
        );
        let in_use = section.items.iter_mut().filter(|item| !item.retired);
        for (item, words) in in_use.zip(&words.items) {
            item.translations.insert(
                lang.to_owned(),
                Translation {
                    heading: words.heading.clone(),
                    text: words.text.clone(),
                },
            );
        }
    }
    Ok(Translated {
        framework: translated,
        unplaced: imported.unplaced,
    })
}

/// Puts `value` under `lang`, or takes the language out when there is nothing to put.
fn set<T>(translations: &mut BTreeMap<String, T>, lang: &str, value: Option<T>) {
    match value {
        Some(value) => {
            translations.insert(lang.to_owned(), value);
        }
        None => {
            translations.remove(lang);
        }
    }
}
