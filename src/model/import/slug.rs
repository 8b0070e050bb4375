//! Item ids: `EXCELLENCE & ACCOUNTABILITY` → `excellence-accountability`, unique in the framework.

use std::collections::HashSet;

use unicode_normalization::{UnicodeNormalization, char::is_combining_mark};

/// Ids that name something else in a session (notes about everything, the parking lot), so no
/// item may take them.
const RESERVED: [&str; 2] = ["general", "parking-lot"];

/// The lowercase ASCII slug of a heading up to its first comma: accents stripped, `&` and the
/// words "and" / "y" dropped, every other run of non-letters-or-digits one `-`. Empty when
/// nothing of it is ASCII.
pub(super) fn heading_slug(heading: &str) -> String {
    let before_comma = heading.split(',').next().unwrap_or_default();
    let plain: String = before_comma
        .nfd()
        .filter(|c| !is_combining_mark(*c))
        .collect::<String>()
        .to_ascii_lowercase();
    plain
        .split(|c: char| !c.is_ascii_alphanumeric())
        .filter(|word| !word.is_empty() && !matches!(*word, "and" | "y"))
        .collect::<Vec<_>>()
        .join("-")
}

/// Hands out ids unique within one framework, `-2`, `-3` on a clash.
#[derive(Debug, Default)]
pub(super) struct Ids {
    taken: HashSet<String>,
}

impl Ids {
    /// `wanted`, or `wanted-2`, `wanted-3`… if it is taken or reserved.
    pub fn unique(&mut self, wanted: &str) -> String {
        let free =
            |id: &str, taken: &HashSet<String>| !taken.contains(id) && !RESERVED.contains(&id);
        let mut id = wanted.to_owned();
        let mut suffix = 2;
        while !free(&id, &self.taken) {
            id = format!("{wanted}-{suffix}");
            suffix += 1;
        }
        self.taken.insert(id.clone());
        id
    }
}
