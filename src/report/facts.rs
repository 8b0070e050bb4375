//! Names shared by every report: how an `about` is keyed and named, and how a rank reads.

use crate::model::{
    About, BallotSources, Poll, PollMethod, PollResults, ResultRow, Score, SectionKind, Session,
    counted, long_date, plural,
};

/// The machine key of an `about`: the item id, `general` or `parking-lot`.
pub fn about_key(about: &About) -> &str {
    match about {
        About::Item(id) => id,
        About::General => "general",
        About::ParkingLot => "parking-lot",
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

/// "19 November 2026 · Abiquiú · facilitated by A. Facilitator", each typed part passed through
/// `escape` for the report's format.
pub fn session_line(session: &Session, escape: fn(&str) -> String) -> String {
    let mut facts = vec![long_date(session.date)];
    if !session.venue.trim().is_empty() {
        facts.push(escape(&session.venue));
    }
    if !session.facilitators.is_empty() {
        let names: Vec<String> = session.facilitators.iter().map(|n| escape(n)).collect();
        facts.push(format!("facilitated by {}", names.join(", ")));
    }
    facts.join(" · ")
}

/// What a session holds, for a report's summary: "40 notes", "1 action item", "4 polls".
pub fn contents(session: &Session) -> [String; 3] {
    [
        plural(session.notes.len(), "note"),
        plural(session.actions.len(), "action item"),
        plural(session.polls.len(), "poll"),
    ]
}

/// "23 ballots", "1 ballot", "23 ballots (15 at the booth, 8 on phones)" once a phone has
/// voted, or "82 hands counted" for a hand count.
pub fn ballots_line(poll: &Poll, results: &PollResults) -> String {
    if !poll.method.takes_ballots() {
        let hands: u64 = poll.tally.values().map(|&count| u64::from(count)).sum();
        return counted(hands, "hand counted", "hands counted");
    }
    with_sources(plural(results.ballots, "ballot"), results.sources)
}

/// "15 at the booth, 8 on phones", "0 at the booth, 1 on a phone": where a poll's ballots were
/// cast. `None` while every ballot is the booth's, so a session without phones reads as it
/// always did.
pub fn sources_words(sources: BallotSources) -> Option<String> {
    sources.any_phone().then(|| {
        format!(
            "{} at the booth, {}",
            sources.booth,
            on_phones(sources.phone)
        )
    })
}

/// `line` ("14 ballots cast") followed by where they were cast, in brackets, once a phone has
/// voted: "14 ballots cast (10 at the booth, 4 on phones)".
pub fn with_sources(line: String, sources: BallotSources) -> String {
    match sources_words(sources) {
        Some(split) => format!("{line} ({split})"),
        None => line,
    }
}

/// "1 on a phone", "8 on phones".
pub fn on_phones(count: usize) -> String {
    if count == 1 {
        "1 on a phone".to_owned()
    } else {
        format!("{count} on phones")
    }
}

/// Where a section's items come when a session is looked back on: the values a retreat votes
/// on first, then the vision goals, then the mission.
pub fn review_order(kind: SectionKind) -> u8 {
    match kind {
        SectionKind::Values => 0,
        SectionKind::Vision => 1,
        SectionKind::Mission => 2,
    }
}

/// The scale points a rating table gives a column each: every point of a scale of 11 or fewer,
/// none of a longer one (the mean, median and count still say what matters).
pub fn rating_columns(method: &PollMethod) -> Vec<i32> {
    let scale = method.scale();
    if scale.len() <= REPORT_SCALE_COLUMNS {
        scale
    } else {
        Vec::new()
    }
}

/// The most points of a scale a report's table gives a column each.
const REPORT_SCALE_COLUMNS: usize = 11;

/// A rating row's figures as text: mean, median (two decimals, "–" when nobody rated the
/// item), how many rated it, then how many gave each point of `columns`.
pub fn rating_figures(score: &Score, columns: &[i32]) -> Vec<String> {
    let Score::Rating {
        mean,
        median,
        count,
        distribution,
        ..
    } = score
    else {
        return Vec::new();
    };
    let number = |value: &Option<f64>| value.map_or_else(|| "–".to_owned(), |v| format!("{v:.2}"));
    let mut figures = vec![number(mean), number(median), count.to_string()];
    figures.extend(
        columns
            .iter()
            .map(|point| distribution.get(point).copied().unwrap_or(0).to_string()),
    );
    figures
}

/// "Scale 1 (Not at all) to 5 (Fully).", the end labels passed through `escape` for the
/// report's format; `None` for a poll that is not a rating.
pub fn scale_line(method: &PollMethod, escape: fn(&str) -> String) -> Option<String> {
    match method {
        PollMethod::Rating {
            min,
            max,
            low,
            high,
        } => Some(format!(
            "Scale {min} ({}) to {max} ({}).",
            escape(low),
            escape(high)
        )),
        _ => None,
    }
}

/// " (few ratings)" after the name of an item rated on fewer than half of the ballots, which
/// is ranked after every item rated on at least half; "" otherwise.
pub fn few_ratings_mark(score: &Score) -> &'static str {
    match score {
        Score::Rating { few: true, .. } => " (few ratings)",
        _ => "",
    }
}

/// What "few ratings" means, for a reader with time.
pub const FEW_RATINGS_MEANING: &str =
    "rated on fewer than half of the ballots, so ranked after the items rated on at least half";

/// The same, short enough for the projector's line under the question.
pub const FEW_RATINGS_SHORT: &str = "rated by fewer than half, so ranked after the rest";

/// Whether a row of `results` is marked "few ratings".
pub fn has_few_ratings(results: &PollResults) -> bool {
    results
        .rows
        .iter()
        .any(|row| matches!(row.score, Score::Rating { few: true, .. }))
}

/// The line under a rating's results that explains "few ratings", when a row has the mark.
pub fn few_ratings_line(results: &PollResults) -> Option<String> {
    has_few_ratings(results).then(|| {
        format!(
            "Few ratings: {FEW_RATINGS_MEANING} ({} in all).",
            plural(results.ballots, "ballot")
        )
    })
}
