//! Text from a session file made harmless to show. A file may hold any character: a newline in
//! an id could forge a `FILE: ok` line, an escape sequence could retitle or clear a terminal,
//! and a right-to-left override (U+202E) could make a line read backwards. Every output writes
//! such characters as visible escapes (`\u{1b}`), or for JSON as `\u` escapes that decode to
//! the same data.

use std::borrow::Cow;

/// Whether `c` changes the direction of the text around it: the embeddings, overrides and
/// isolates of Unicode's bidirectional algorithm (U+202A–U+202E, U+2066–U+2069).
pub fn is_bidi_control(c: char) -> bool {
    matches!(c, '\u{202a}'..='\u{202e}' | '\u{2066}'..='\u{2069}')
}

/// Whether `c` must never reach a reader as itself: a control character (C0, DEL, C1) or a
/// bidirectional control.
pub fn is_unsafe(c: char) -> bool {
    c.is_control() || is_bidi_control(c)
}

/// `c` as a visible escape: `\n`, `\t`, `\r`, or `\u{1b}`.
pub fn visible_escape(c: char) -> String {
    match c {
        '\n' => "\\n".to_owned(),
        '\t' => "\\t".to_owned(),
        '\r' => "\\r".to_owned(),
        other => format!("\\u{{{:x}}}", u32::from(other)),
    }
}

/// `text` with every unsafe character (see [`is_unsafe`]) written as a visible escape, for one
/// line of a terminal: a newline in it is shown as `\n`, never started.
pub fn terminal_safe(text: &str) -> Cow<'_, str> {
    if !text.chars().any(is_unsafe) {
        return Cow::Borrowed(text);
    }
    let mut out = String::with_capacity(text.len() + 8);
    for c in text.chars() {
        if is_unsafe(c) {
            out.push_str(&visible_escape(c));
        } else {
            out.push(c);
        }
    }
    Cow::Owned(out)
}

/// JSON text with DEL, the C1 controls and the bidirectional controls written as `\uXXXX`
/// escapes. JSON itself escapes only C0; these are the same data, and inert on a terminal.
/// They can only occur inside strings, so replacing them anywhere is safe.
pub fn json_safe(text: String) -> String {
    // C0 is JSON's own business: it escapes those in strings, and its layout is newlines.
    let unescaped = |c: char| c.is_control() && u32::from(c) >= 0x7f || is_bidi_control(c);
    if !text.chars().any(unescaped) {
        return text;
    }
    let mut out = String::with_capacity(text.len() + 16);
    for c in text.chars() {
        if unescaped(c) {
            out.push_str(&format!("\\u{:04x}", u32::from(c)));
        } else {
            out.push(c);
        }
    }
    out
}
