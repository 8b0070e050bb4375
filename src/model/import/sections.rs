//! Which section a run of heading lines opens: the first whole word that names one.

use unicode_normalization::UnicodeNormalization;

use crate::model::SectionKind;

/// The kind a heading names by its first whole word that is a section's name, in English or
/// Spanish and in any case ("provision" is not a vision); `None` when it names none.
pub(super) fn named_kind<'a>(lines: impl IntoIterator<Item = &'a str>) -> Option<SectionKind> {
    lines.into_iter().find_map(|line| {
        // Composed, so a decomposed "misión" is one word, as it looks.
        let line: String = line.nfc().collect();
        line.split(|c: char| !c.is_alphanumeric())
            .find_map(|word| kind_of_word(&word.to_lowercase()))
    })
}

fn kind_of_word(word: &str) -> Option<SectionKind> {
    match word {
        "mission" | "misión" => Some(SectionKind::Mission),
        "vision" | "visión" => Some(SectionKind::Vision),
        "value" | "values" | "valores" | "principles" | "principios" => Some(SectionKind::Values),
        _ => None,
    }
}

/// The word for a kind in ids of items without a heading (`vision-3`).
pub(super) fn id_word(kind: SectionKind) -> &'static str {
    match kind {
        SectionKind::Mission => "mission",
        SectionKind::Vision => "vision",
        SectionKind::Values => "values",
    }
}
