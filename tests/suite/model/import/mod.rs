//! Importing an organisation's statement from text: the seed imports to the built-in framework
//! exactly, and each rule of the import holds on its own.

mod bullets;
mod examples;
mod headings;
mod ids;
mod never_panics;
mod refusals;
mod round_trip;
mod sections;
mod translation;

use plaza::model::{Framework, Imported, SectionKind, import_statement};

/// Imports a statement that must import.
pub fn import(text: &str) -> Imported {
    match import_statement(text) {
        Ok(imported) => imported,
        Err(error) => panic!("{text:?} imports: {error}"),
    }
}

/// Imports a statement that must import, with nothing left out.
pub fn framework(text: &str) -> Framework {
    let imported = import(text);
    assert!(
        imported.unplaced.is_empty(),
        "nothing left out of {text:?}: {:?}",
        imported.unplaced
    );
    imported.framework
}

/// Each item of a section as (id, heading, text).
pub fn items(framework: &Framework, kind: SectionKind) -> Vec<(String, String, String)> {
    framework
        .section(kind)
        .items
        .iter()
        .map(|item| (item.id.clone(), item.heading.clone(), item.text.clone()))
        .collect()
}

/// Owned (id, heading, text) triples, to compare with [`items`].
pub fn triples(expected: &[(&str, &str, &str)]) -> Vec<(String, String, String)> {
    expected
        .iter()
        .map(|(id, heading, text)| ((*id).to_owned(), (*heading).to_owned(), (*text).to_owned()))
        .collect()
}
