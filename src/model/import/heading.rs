//! A bullet's heading and text: `INTEGRITY — We act` → `INTEGRITY` / `We act`.

/// The most words a heading before `: ` or ` — ` may have; longer, it is a sentence.
const MAX_PHRASE_WORDS: usize = 6;

/// The separators after a short leading phrase that make it a heading, the spaces included so
/// `10:30` and `well-being` are not split.
const PHRASE_SEPARATORS: [&str; 4] = [": ", " — ", " – ", " - "];

/// The bullet's heading (`""` when it has none) and its text, both trimmed.
pub(super) fn split_heading(bullet: &str) -> (String, String) {
    let bullet = bullet.trim();
    capitals_heading(bullet)
        .or_else(|| phrase_heading(bullet))
        .unwrap_or_else(|| (String::new(), bullet.to_owned()))
}

/// A leading run of words in capitals, with a `:` or dash right after it dropped.
fn capitals_heading(bullet: &str) -> Option<(String, String)> {
    let mut run_end = None;
    let mut has_long_word = false;
    for (start, word) in words(bullet) {
        if is_capitals(word) {
            run_end = Some(start + word.len());
            has_long_word |= word.chars().filter(|c| c.is_alphabetic()).count() >= 2;
        } else if !matches!(word, "&" | "/" | ",") {
            break;
        }
    }
    let end = run_end.filter(|_| has_long_word)?;
    let heading = bullet.get(..end)?;
    let rest = bullet.get(end..)?.trim_start();
    // A `:` or dash may touch the run ("RESPECT:") or stand after it ("INTEGRITY — We").
    let heading = heading.strip_suffix([':', ',']).unwrap_or(heading);
    let rest = match rest.strip_prefix([':', '-', '–', '—']) {
        Some(after) if after.is_empty() || after.starts_with(char::is_whitespace) => after,
        _ => rest,
    };
    Some((heading.trim().to_owned(), rest.trim().to_owned()))
}

/// A word of the heading: at least one letter and no lower-case letter, accents included.
fn is_capitals(word: &str) -> bool {
    word.chars().any(char::is_alphabetic) && !word.chars().any(char::is_lowercase)
}

/// A short phrase before `: `, ` — `, ` – ` or ` - `, the separator dropped.
fn phrase_heading(bullet: &str) -> Option<(String, String)> {
    let (at, separator) = PHRASE_SEPARATORS
        .iter()
        .filter_map(|separator| bullet.find(separator).map(|at| (at, *separator)))
        .min_by_key(|(at, _)| *at)?;
    let phrase = bullet.get(..at)?.trim();
    let count = phrase.split_whitespace().count();
    if count == 0 || count > MAX_PHRASE_WORDS {
        return None;
    }
    let rest = bullet.get(at + separator.len()..)?;
    Some((phrase.to_owned(), rest.trim().to_owned()))
}

/// The words between spaces, each with where it starts.
fn words(text: &str) -> impl Iterator<Item = (usize, &str)> {
    text.split_whitespace().map(move |word| {
        // Each word is a slice of `text`, so its distance from the start is its position.
        (word.as_ptr() as usize - text.as_ptr() as usize, word)
    })
}
