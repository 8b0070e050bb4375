//! The seed statement imports to the built-in framework exactly, ids included.

use plaza::model::{import_statement, import_statement_bytes};
use plaza::store::default_framework;

const SEED: &str = include_str!("../../fixtures/mission-vision-values.txt");

#[test]
fn the_seed_statement_imports_to_the_built_in_framework_exactly() {
    let imported = import_statement(SEED).expect("the seed imports");
    assert_eq!(
        imported.unplaced,
        [],
        "every line of the seed has its place"
    );
    let built_in = default_framework();
    assert_eq!(imported.framework.title, built_in.title);
    for kind in plaza::model::SectionKind::ALL {
        assert_eq!(
            imported.framework.section(kind),
            built_in.section(kind),
            "{}",
            kind.name()
        );
    }
    assert_eq!(imported.framework, built_in);
}

#[test]
fn the_seed_imports_the_same_from_a_windows_file_with_a_byte_order_mark() {
    let windows = format!("\u{feff}{}", SEED.replace('\n', "\r\n"));
    let imported = import_statement_bytes(windows.as_bytes()).expect("the seed imports");
    assert_eq!(imported.framework, default_framework());
    assert_eq!(imported.unplaced, []);
}

#[test]
fn the_seed_as_markdown_imports_the_same() {
    let markdown = SEED
        .replacen("Mission, Vision & Values", "# Mission, Vision & Values", 1)
        .replace("  • ", "- ")
        .replace("EDUCATING", "**EDUCATING**")
        .replace("Our vision is", "## Our vision is");
    let imported = import_statement(&markdown).expect("the markdown imports");
    assert_eq!(imported.framework, default_framework());
}
