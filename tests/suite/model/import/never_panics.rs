//! Whatever the text, import answers without panicking, and its ids are unique slugs.

use std::collections::HashSet;

use plaza::model::{import_statement, import_statement_bytes};
use proptest::prelude::*;

/// Statements built from the pieces the rules care about, so the interesting paths are hit.
fn statement() -> impl Strategy<Value = String> {
    let piece = prop_oneof![
        Just("\n".to_owned()),
        Just("\r\n".to_owned()),
        Just("  ".to_owned()),
        Just("\u{a0}".to_owned()),
        Just("• ".to_owned()),
        Just("- ".to_owned()),
        Just("* ".to_owned()),
        Just("1) ".to_owned()),
        Just("a) ".to_owned()),
        Just("# ".to_owned()),
        Just("**".to_owned()),
        Just(": ".to_owned()),
        Just(" — ".to_owned()),
        Just("&".to_owned()),
        Just(",".to_owned()),
        Just("Mission".to_owned()),
        Just("visión".to_owned()),
        Just("VALUES".to_owned()),
        Just("GENERAL".to_owned()),
        Just("parking lot".to_owned()),
        Just("ÉTICA Y".to_owned()),
        "[A-Za-zÀ-ÿ0-9 ]{0,8}",
        any::<char>().prop_map(String::from),
    ];
    proptest::collection::vec(piece, 0..60).prop_map(|pieces| pieces.concat())
}

fn check_ids(text: &str) {
    if let Ok(imported) = import_statement(text) {
        let mut seen = HashSet::new();
        for (_, item) in imported.framework.items() {
            let id = item.id.as_str();
            assert!(seen.insert(id.to_owned()), "{id} is used twice in {text:?}");
            assert!(!id.is_empty(), "an empty id in {text:?}");
            assert!(
                id.bytes()
                    .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-'),
                "{id} is a lowercase ASCII slug"
            );
            assert!(
                !id.starts_with('-') && !id.ends_with('-') && !id.contains("--"),
                "{id}"
            );
            assert!(id != "general" && id != "parking-lot", "{id}");
            assert_eq!(item.text, item.text.trim(), "text is trimmed");
            assert_eq!(item.heading, item.heading.trim(), "heading is trimmed");
        }
    }
}

proptest! {
    #[test]
    fn import_never_panics_and_ids_are_unique_slugs(text in statement()) {
        check_ids(&text);
    }

    #[test]
    fn import_of_any_bytes_never_panics(bytes in proptest::collection::vec(any::<u8>(), 0..400)) {
        let _ignored = import_statement_bytes(&bytes);
    }

    #[test]
    fn import_of_any_text_never_panics(text in "\\PC{0,300}") {
        check_ids(&text);
    }
}
