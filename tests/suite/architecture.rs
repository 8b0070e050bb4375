//! Imports point one way: `model` knows nothing else of the crate; `store` knows only `model`,
//! and `report` only `model` and the words for people; only `gui` itself (and the program's
//! `main`) knows `gui`. The table below is the map; a new module gets a line here before it
//! gets code.

use std::collections::BTreeSet;
use std::path::{Path, PathBuf};

/// What each top-level module of `src` may import of the crate, itself aside.
const MAY_IMPORT: &[(&str, &[&str])] = &[
    ("model", &[]),
    ("store", &["model"]),
    // Reports speak through `words`.
    ("report", &["model", "words"]),
    // The example and generated sessions are built on the built-in framework.
    ("sample", &["model", "store"]),
    // Words for people, in every language Plaza speaks: for `report`, `cli`, `gui` and the
    // phones' page, from `model` (and the store's errors, worded from their variants).
    ("words", &["model", "store"]),
    // The phones' voting server: for `cli` and `gui`, on `model` and `store`; its page speaks
    // through `words`.
    ("server", &["model", "store", "words"]),
    (
        "cli",
        &["model", "store", "report", "sample", "words", "server"],
    ),
    (
        "gui",
        &["model", "store", "report", "sample", "words", "server"],
    ),
];

/// Macros a module exports sit at the crate's root (`crate::tr!`); they count as their module.
const ROOT_MACROS: &[(&str, &str)] = &[("tr", "words")];

fn rust_files(dir: &Path) -> Vec<PathBuf> {
    let mut files = Vec::new();
    for entry in std::fs::read_dir(dir).expect("a source folder") {
        let path = entry.expect("an entry").path();
        if path.is_dir() {
            files.extend(rust_files(&path));
        } else if path.extension().is_some_and(|ext| ext == "rs") {
            files.push(path);
        }
    }
    files
}

/// The top-level modules a file names with `crate::…`.
fn crate_imports(text: &str) -> BTreeSet<String> {
    text.match_indices("crate::")
        .filter(|(at, _)| {
            // Not a word that only ends in "crate" (`my_crate::`).
            !text[..*at].ends_with(|c: char| c.is_alphanumeric() || c == '_')
        })
        .filter_map(|(at, found)| {
            let rest = &text[at + found.len()..];
            let name: String = rest
                .chars()
                .take_while(|c| c.is_alphanumeric() || *c == '_')
                .collect();
            let module = ROOT_MACROS
                .iter()
                .find(|(mac, _)| *mac == name)
                .map_or(name, |(_, module)| (*module).to_owned());
            (!module.is_empty()).then_some(module)
        })
        .collect()
}

#[test]
fn imports_point_one_way() {
    let src = Path::new(env!("CARGO_MANIFEST_DIR")).join("src");
    let mut wrong = Vec::new();
    for (module, allowed) in MAY_IMPORT {
        let folder = src.join(module);
        let single = src.join(format!("{module}.rs"));
        let files = if folder.exists() {
            rust_files(&folder)
        } else if single.exists() {
            vec![single]
        } else {
            continue;
        };
        for file in files {
            let text = std::fs::read_to_string(&file).expect("a source file");
            for import in crate_imports(&text) {
                if import != *module && !allowed.contains(&import.as_str()) {
                    wrong.push(format!(
                        "{} imports {import}",
                        file.strip_prefix(&src).unwrap_or(&file).display()
                    ));
                }
            }
        }
    }
    assert!(
        wrong.is_empty(),
        "imports that point the wrong way:\n{}",
        wrong.join("\n")
    );
    // Every module of the crate is on the map, be it a folder or one file.
    for entry in std::fs::read_dir(&src).expect("src") {
        let path = entry.expect("an entry").path();
        let name = path
            .file_stem()
            .map(|n| n.to_string_lossy().into_owned())
            .unwrap_or_default();
        if name == "lib" || name == "main" {
            continue;
        }
        assert!(
            MAY_IMPORT.iter().any(|(module, _)| *module == name),
            "src/{name} is not on the map of imports"
        );
    }
}

#[test]
fn the_map_catches_a_wrong_import() {
    let imports = crate_imports("use crate::gui::theme;\nlet x = crate::model::plural(1, \"a\");");
    assert_eq!(
        imports,
        BTreeSet::from(["gui".to_owned(), "model".to_owned()])
    );
}
