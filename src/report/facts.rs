//! Names shared by every report: how an `about` is keyed and named, and how a rank reads.

use crate::model::{
    About, BallotSources, Poll, PollMethod, PollResults, ResultRow, Score, SectionKind, Session,
};
use crate::tr;
use crate::words::{Lang, Words};

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
/// `escape` for the report's format; in English (`session_line_in` takes the words).
pub fn session_line(session: &Session, escape: fn(&str) -> String) -> String {
    session_line_in(session, escape, Words::of(Lang::English))
}

/// "19 November 2026 · Abiquiú · facilitated by A. Facilitator" in `words`' language, each
/// typed part passed through `escape` for the report's format.
pub fn session_line_in(session: &Session, escape: fn(&str) -> String, words: &Words) -> String {
    let mut facts = vec![words.date_long(session.date)];
    if !session.venue.trim().is_empty() {
        facts.push(escape(&session.venue));
    }
    if !session.facilitators.is_empty() {
        let names: Vec<String> = session.facilitators.iter().map(|n| escape(n)).collect();
        facts.push(tr!(
            words,
            "report-facilitated-by",
            names = names.join(", ")
        ));
    }
    facts.join(" · ")
}

/// What a session holds, for a report's summary: "40 notes", "1 action item", "4 polls".
pub fn contents(session: &Session, words: &Words) -> [String; 3] {
    [
        tr!(words, "report-notes-count", count = session.notes.len()),
        tr!(words, "report-actions-count", count = session.actions.len()),
        tr!(words, "report-polls-count", count = session.polls.len()),
    ]
}

/// "23 ballots", "1 ballot", "23 ballots (15 at the booth, 8 on phones)" once a phone has
/// voted, or "82 hands counted" for a hand count.
pub fn ballots_line(poll: &Poll, results: &PollResults, words: &Words) -> String {
    if !poll.method.takes_ballots() {
        let hands: u64 = poll.tally.values().map(|&count| u64::from(count)).sum();
        return tr!(words, "report-hands-counted", count = hands);
    }
    with_sources_in(
        tr!(words, "report-ballots", count = results.ballots),
        results.sources,
        words,
    )
}

/// "15 at the booth, 8 on phones", "0 at the booth, 1 on a phone": where a poll's ballots were
/// cast. `None` while every ballot is the booth's, so a session without phones reads as it
/// always did.
pub fn sources_words(sources: BallotSources, words: &Words) -> Option<String> {
    sources.any_phone().then(|| {
        tr!(
            words,
            "report-sources",
            booth = sources.booth,
            phones = on_phones_in(sources.phone, words)
        )
    })
}

/// `line` ("14 ballots cast") followed by where they were cast, in brackets, once a phone has
/// voted: "14 ballots cast (10 at the booth, 4 on phones)". In English (`with_sources_in`
/// takes the words).
pub fn with_sources(line: String, sources: BallotSources) -> String {
    with_sources_in(line, sources, Words::of(Lang::English))
}

/// `line` followed by where its ballots were cast, in `words`' language.
pub fn with_sources_in(line: String, sources: BallotSources, words: &Words) -> String {
    match sources_words(sources, words) {
        Some(split) => format!("{line} ({split})"),
        None => line,
    }
}

/// "1 on a phone", "8 on phones", in English (`on_phones_in` takes the words).
pub fn on_phones(count: usize) -> String {
    on_phones_in(count, Words::of(Lang::English))
}

/// "1 on a phone", "8 on phones", in `words`' language.
pub fn on_phones_in(count: usize, words: &Words) -> String {
    tr!(words, "report-on-phones", count = count)
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
pub fn rating_figures(score: &Score, columns: &[i32], words: &Words) -> Vec<String> {
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
    let number =
        |value: &Option<f64>| value.map_or_else(|| "–".to_owned(), |v| words.decimal(v, 2));
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
pub fn scale_line(
    method: &PollMethod,
    escape: fn(&str) -> String,
    words: &Words,
) -> Option<String> {
    match method {
        PollMethod::Rating {
            min,
            max,
            low,
            high,
        } => Some(tr!(
            words,
            "report-scale",
            min = *min,
            low = escape(low),
            max = *max,
            high = escape(high)
        )),
        _ => None,
    }
}

/// " (few ratings)" after the name of an item rated on fewer than half of the ballots, which
/// is ranked after every item rated on at least half; "" otherwise.
pub fn few_ratings_mark(score: &Score, words: &Words) -> String {
    match score {
        Score::Rating { few: true, .. } => format!(" {}", words.get("report-few-ratings-mark")),
        _ => String::new(),
    }
}

/// What "few ratings" means, for a reader with time, in English; `few_ratings_meaning` gives
/// it in a language.
pub const FEW_RATINGS_MEANING: &str =
    "rated on fewer than half of the ballots, so ranked after the items rated on at least half";

/// The same, short enough for the projector's line under the question, in English;
/// `few_ratings_short` gives it in a language.
pub const FEW_RATINGS_SHORT: &str = "rated by fewer than half, so ranked after the rest";

/// What "few ratings" means, for a reader with time.
pub fn few_ratings_meaning(words: &Words) -> String {
    words.get("report-few-ratings-meaning")
}

/// What "few ratings" means, short enough for the projector's line under the question.
pub fn few_ratings_short(words: &Words) -> String {
    words.get("report-few-ratings-short")
}

/// Whether a row of `results` is marked "few ratings".
pub fn has_few_ratings(results: &PollResults) -> bool {
    results
        .rows
        .iter()
        .any(|row| matches!(row.score, Score::Rating { few: true, .. }))
}

/// The line under a rating's results that explains "few ratings", when a row has the mark.
pub fn few_ratings_line(results: &PollResults, words: &Words) -> Option<String> {
    has_few_ratings(results).then(|| {
        tr!(
            words,
            "report-few-ratings-line",
            meaning = few_ratings_meaning(words),
            ballots = tr!(words, "report-ballots", count = results.ballots)
        )
    })
}
