//! Names shared by every report: how an `about` is keyed and named, and how a rank reads.

use crate::model::{About, ResultRow, Session};

/// The machine key of an `about`: the item id, `general` or `parking-lot`.
pub fn about_key(about: &About) -> &str {
    match about {
        About::Item(id) => id,
        About::General => "general",
        About::ParkingLot => "parking-lot",
    }
}

/// What people call an `about`: the item's heading (or a vision goal's sentence), "General"
/// or "Parking lot".
pub fn about_name<'a>(session: &'a Session, about: &'a About) -> &'a str {
    match about {
        About::Item(id) => session.item_label(id),
        About::General => "General",
        About::ParkingLot => "Parking lot",
    }
}

/// "1", or "=2" when the rank is shared with another row.
pub fn rank_text(rows: &[ResultRow], row: &ResultRow) -> String {
    let shared = rows.iter().filter(|other| other.rank == row.rank).count() > 1;
    if shared {
        format!("={}", row.rank)
    } else {
        row.rank.to_string()
    }
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
