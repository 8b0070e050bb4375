//! The statement as lines: bullets (with their wrapped lines joined by a space) and the plain
//! lines between them, stripped of Markdown and blank lines.

/// One line that says something, with where it was.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(super) struct Line {
    /// Counted from 1, as an editor shows it.
    pub number: usize,
    /// The words, no-break spaces made plain, trimmed.
    pub text: String,
    /// Whether it starts with a bullet (which is then not part of `text`).
    pub bullet: bool,
}

/// The lines of a statement that say something. A leading byte-order mark, CRLF line ends,
/// no-break spaces and Markdown's `#` and `**` / `__` do not reach the result.
pub(super) fn read_lines(text: &str) -> Vec<Line> {
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    let mut lines: Vec<Line> = Vec::new();
    // Whether the line before was a bullet (or its continuation), so an indented line wraps it.
    let mut after_bullet = false;
    for (index, raw) in text.split('\n').enumerate() {
        let raw = raw.strip_suffix('\r').unwrap_or(raw);
        let indented = raw.starts_with(char::is_whitespace);
        let trimmed = raw.trim();
        if trimmed.is_empty() {
            after_bullet = false;
            continue;
        }
        if let Some(rest) = bullet_text(trimmed) {
            lines.push(Line {
                number: index + 1,
                text: clean(rest),
                bullet: true,
            });
            after_bullet = true;
            continue;
        }
        let words = clean(trimmed.trim_start_matches('#'));
        match lines.last_mut() {
            Some(last) if after_bullet && indented => {
                if !words.is_empty() {
                    if !last.text.is_empty() {
                        last.text.push(' ');
                    }
                    last.text.push_str(&words);
                }
            }
            _ if words.is_empty() => after_bullet = false,
            _ => {
                lines.push(Line {
                    number: index + 1,
                    text: words,
                    bullet: false,
                });
                after_bullet = false;
            }
        }
    }
    lines
}

/// The words after a bullet (`•`, `-`, `*`, `–`, `1.`, `1)`, `a)`), or `None` when the line
/// has none. A marker needs a space after it, so `**Mission**` and `-5%` are not bullets; `•`
/// is never anything else, so it may touch its words.
fn bullet_text(line: &str) -> Option<&str> {
    if let Some(rest) = line.strip_prefix('•') {
        return Some(rest);
    }
    let marker_end = if line.starts_with(['-', '*', '–']) {
        line.chars().next().map(char::len_utf8)
    } else {
        numbered_marker(line)
    }?;
    let rest = line.get(marker_end..)?;
    (rest.is_empty() || rest.starts_with(char::is_whitespace)).then_some(rest)
}

/// The length of a list number (`12.`, `3)`) or letter (`a)`) at the start of the line.
fn numbered_marker(line: &str) -> Option<usize> {
    let digits = line.bytes().take_while(u8::is_ascii_digit).count();
    let after = line.as_bytes().get(digits).copied();
    if digits > 0 {
        return matches!(after, Some(b'.' | b')')).then_some(digits + 1);
    }
    let mut bytes = line.bytes();
    match (bytes.next(), bytes.next()) {
        (Some(letter), Some(b')')) if letter.is_ascii_alphabetic() => Some(2),
        _ => None,
    }
}

/// The line's words with Markdown's bold marks taken off and every no-break space a plain one,
/// trimmed; the spaces between words are kept as written.
fn clean(text: &str) -> String {
    let unmarked = strip_pairs(&strip_pairs(text, "**"), "__");
    unmarked
        .trim()
        .chars()
        .map(|c| if NO_BREAK_SPACES.contains(&c) { ' ' } else { c })
        .collect()
}

/// The no-break spaces (plain, figure, narrow) that word processors put between words.
const NO_BREAK_SPACES: [char; 3] = ['\u{a0}', '\u{2007}', '\u{202f}'];

/// The text without each pair of `mark`s (`**bold**` → `bold`); a mark without its pair stays.
fn strip_pairs(text: &str, mark: &str) -> String {
    let pieces: Vec<&str> = text.split(mark).collect();
    let pairs = (pieces.len() - 1) / 2;
    let mut out = String::with_capacity(text.len());
    for (index, piece) in pieces.iter().enumerate() {
        if index > 0 {
            // Marks 1..=2*pairs are removed; an odd last one is kept.
            if index > pairs * 2 {
                out.push_str(mark);
            }
        }
        out.push_str(piece);
    }
    out
}
