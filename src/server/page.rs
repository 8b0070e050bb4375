//! The one page phones load: self-contained (its styles, script and words in every language
//! inside), so it needs nothing but this server.

use std::sync::OnceLock;

/// Where the page's script takes its words.
const WORDS_SLOT: &str = "/*PLAZA-WORDS*/null";

/// The voting page, as served at `/`.
pub fn page() -> &'static str {
    static PAGE: OnceLock<String> = OnceLock::new();
    PAGE.get_or_init(|| {
        // "</" cannot end the script early: the words are JSON, and JSON may write "\/".
        let words = crate::words::page_words().to_string().replace("</", "<\\/");
        include_str!("../../assets/voting.html").replacen(WORDS_SLOT, &words, 1)
    })
}
