/// The most a statement may weigh: 1 MiB. A mission, vision and values fit in a few kilobytes;
/// anything near this is another kind of file.
pub const MAX_STATEMENT_BYTES: usize = 1024 * 1024;

/// Why a statement could not be imported at all. Each message says what was found and what was
/// expected, so the person can fix the file and try again; nothing is written.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum ImportError {
    /// Nothing but blank lines.
    #[error(
        "the statement is empty: expected a title, then for each of the mission, vision and \
         values a line leading into its items, and the items as bullets (•, -, *, 1., a))"
    )]
    Empty,
    /// Text without a single bullet, so there are no items to place.
    #[error(
        "the statement has no bullets, so it has no items to import: expected each mission \
         commitment, vision goal and value on a line of its own starting with •, -, *, –, 1., \
         1) or a)"
    )]
    NoBullets,
    /// Bullets, but none with any words.
    #[error(
        "every bullet of the statement is empty: expected words after each •, -, *, –, 1., 1) \
         or a)"
    )]
    NothingPlaced,
    /// Bytes that are not UTF-8 text.
    #[error(
        "the statement is not UTF-8 text (line {line} is not): expected a plain-text .txt or \
         .md file saved as UTF-8"
    )]
    NotUtf8 {
        /// The first line that is not UTF-8, counted from 1.
        line: usize,
    },
    /// A NUL byte: a binary file (a word-processor document, an image), not text.
    #[error(
        "the statement holds binary data (line {line}), not text: expected a plain-text .txt or \
         .md file; save a word-processor document as plain text first"
    )]
    Binary {
        /// The line holding the first NUL byte, counted from 1.
        line: usize,
    },
    /// More than [`MAX_STATEMENT_BYTES`].
    #[error(
        "the statement is {bytes} bytes, more than the 1 MiB (1048576 bytes) a statement may \
         have: expected the organisation's mission, vision and values as plain text"
    )]
    TooLarge {
        /// How many bytes were offered.
        bytes: usize,
    },
}

/// The line number (from 1) of the byte at `offset`.
pub(super) fn line_of(bytes: &[u8], offset: usize) -> usize {
    let before = bytes.get(..offset).unwrap_or(bytes);
    before.iter().filter(|&&byte| byte == b'\n').count() + 1
}
