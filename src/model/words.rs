//! Words as every screen and report writes them: counted nouns ("1 ballot", "3 ballots"),
//! ordinals ("2nd") and texts cut to a length at a word.

/// "1 note", "3 notes": a count with a noun that takes an "s" for more than one (or none).
pub fn plural(count: usize, word: &str) -> String {
    counted(count as u64, word, &format!("{word}s"))
}

/// "1 first choice", "2 first choices", "1 ballot cast", "4 ballots cast": a count with the
/// noun's two forms given, for nouns an "s" at the end does not make plural.
pub fn counted(count: u64, one: &str, many: &str) -> String {
    if count == 1 {
        format!("1 {one}")
    } else {
        format!("{count} {many}")
    }
}

/// "1st", "2nd", "3rd", "4th", … "11th", "21st".
pub fn ordinal(place: usize) -> String {
    let suffix = match (place % 10, place % 100) {
        (_, 11..=13) => "th",
        (1, _) => "st",
        (2, _) => "nd",
        (3, _) => "rd",
        _ => "th",
    };
    format!("{place}{suffix}")
}

/// `text` cut at a word boundary to at most `max` characters, with "…" when cut.
pub fn clip_words(text: &str, max: usize) -> String {
    if text.chars().count() <= max {
        return text.to_owned();
    }
    let cut: String = text.chars().take(max.saturating_sub(1)).collect();
    let cut = cut.rsplit_once(' ').map_or(cut.as_str(), |(head, _)| head);
    format!("{}…", cut.trim_end_matches([',', ' ', ';', ':']))
}

/// "19 November 2026": a day as people write it.
pub fn long_date(date: chrono::NaiveDate) -> String {
    date.format("%-d %B %Y").to_string()
}

/// A day as people type it: 2027-02-01, 1/2/2027 (day first), 1 February 2027, 1 Feb 2027,
/// February 1, 2027. `None` when it is none of these, or no real day.
pub fn read_date(text: &str) -> Option<chrono::NaiveDate> {
    let text = text.trim();
    [
        "%Y-%m-%d",
        "%d/%m/%Y",
        "%d %B %Y",
        "%d %b %Y",
        "%B %d, %Y",
        "%b %d, %Y",
    ]
    .into_iter()
    .find_map(|format| chrono::NaiveDate::parse_from_str(text, format).ok())
}

/// Puts text in curly quotes, shortened to keep a menu line readable.
pub fn quote(text: &str) -> String {
    const MAX: usize = 40;
    let text = text.trim();
    if text.chars().count() <= MAX {
        format!("“{text}”")
    } else {
        let short: String = text.chars().take(MAX - 1).collect();
        format!("“{}…”", short.trim_end())
    }
}
