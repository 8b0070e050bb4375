//! What cannot be imported is refused with a message saying what was expected.

use plaza::model::{ImportError, MAX_STATEMENT_BYTES, import_statement, import_statement_bytes};

fn refusal(bytes: &[u8]) -> ImportError {
    match import_statement_bytes(bytes) {
        Ok(imported) => panic!("{bytes:?} is refused, not imported as {imported:?}"),
        Err(error) => error,
    }
}

#[test]
fn an_empty_statement_is_refused() {
    for text in ["", "\n\n", "  \r\n\t\n", "\u{feff}", "\u{a0}\n"] {
        assert_eq!(refusal(text.as_bytes()), ImportError::Empty, "{text:?}");
    }
    let message = ImportError::Empty.to_string();
    assert!(message.contains("empty"), "{message}");
    assert!(message.contains("expected a title"), "{message}");
}

#[test]
fn a_statement_without_bullets_is_refused() {
    let text = "Mission, Vision & Values\nWe advance health.\nOur vision is good.\n";
    assert_eq!(refusal(text.as_bytes()), ImportError::NoBullets);
    let message = ImportError::NoBullets.to_string();
    assert!(message.contains("no bullets"), "{message}");
    assert!(message.contains("starting with •, -, *"), "{message}");
}

#[test]
fn a_statement_of_empty_bullets_is_refused() {
    assert_eq!(refusal(b"Title\n-\n*\n"), ImportError::NothingPlaced);
}

#[test]
fn text_that_is_not_utf8_is_refused_with_its_line() {
    let latin1 = b"Title\nOur mission\n- Educaci\xf3n\n";
    assert_eq!(refusal(latin1), ImportError::NotUtf8 { line: 3 });
    let message = ImportError::NotUtf8 { line: 3 }.to_string();
    assert!(message.contains("not UTF-8"), "{message}");
    assert!(message.contains("line 3"), "{message}");
    assert!(
        message.contains("expected a plain-text .txt or .md file"),
        "{message}"
    );
}

#[test]
fn a_binary_file_is_refused() {
    let zip = b"PK\x03\x04\x14\x00\x06\x00\x08\x00\x00\x00!\x00";
    assert!(matches!(refusal(zip), ImportError::Binary { line: 1 }));
    let with_nul = "Title\n- one\n- two\0\n";
    assert_eq!(
        import_statement(with_nul),
        Err(ImportError::Binary { line: 3 })
    );
    assert!(
        ImportError::Binary { line: 1 }
            .to_string()
            .contains("binary")
    );
}

#[test]
fn a_statement_over_one_mebibyte_is_refused_and_one_at_the_limit_is_not() {
    let head = "Title\nOur mission\n- ";
    let at_limit = format!("{head}{}", "a".repeat(MAX_STATEMENT_BYTES - head.len()));
    assert_eq!(at_limit.len(), 1024 * 1024);
    assert!(import_statement_bytes(at_limit.as_bytes()).is_ok());
    let over = format!("{at_limit}a");
    assert_eq!(
        refusal(over.as_bytes()),
        ImportError::TooLarge {
            bytes: 1024 * 1024 + 1
        }
    );
    assert_eq!(
        import_statement(&over),
        Err(ImportError::TooLarge {
            bytes: 1024 * 1024 + 1
        })
    );
    let message = ImportError::TooLarge {
        bytes: 1024 * 1024 + 1,
    }
    .to_string();
    assert!(message.contains("1 MiB"), "{message}");
}
