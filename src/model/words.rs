//! Counted nouns, as every screen and report writes them: "1 ballot", "3 ballots".

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
