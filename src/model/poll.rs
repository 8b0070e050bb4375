use std::collections::BTreeMap;

use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};

/// A question put to the room about some items of the framework.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Poll {
    /// Unique id.
    pub id: String,
    /// The question as projected.
    pub question: String,
    /// The item ids voted on, in the order shown.
    pub items: Vec<String>,
    /// How people vote, with its settings.
    pub method: PollMethod,
    /// Where the poll is in its life.
    pub status: PollStatus,
    /// Ballots cast in the booth, in the order they were cast.
    #[serde(default)]
    pub ballots: Vec<Ballot>,
    /// Counts typed by the facilitator, for tally polls.
    #[serde(default)]
    pub tally: BTreeMap<String, u32>,
}

/// How people vote.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub enum PollMethod {
    /// Each person places up to `per_person` dots, at most `per_item` on one item.
    Dots {
        /// The dot budget of one person.
        per_person: u32,
        /// The most dots one person may stack on one item.
        per_item: u32,
    },
    /// Each item rated on the scale `min..=max`.
    Rating {
        /// Lowest score.
        min: i32,
        /// Highest score.
        max: i32,
        /// What the lowest score means ("Not at all").
        low: String,
        /// What the highest score means ("Fully").
        high: String,
    },
    /// Items put in order of preference; a ballot may rank only some.
    Ranking,
    /// The facilitator types a count per item (hands raised, paper dots).
    Tally,
}

/// Where a poll is in its life: Draft → Open → Closed → Revealed.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
pub enum PollStatus {
    /// Being set up; nobody votes yet.
    Draft,
    /// Taking ballots.
    Open,
    /// No more ballots; results still hidden.
    Closed,
    /// Results shown to the room.
    Revealed,
}

/// One person's vote.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Ballot {
    /// Unique id.
    pub id: String,
    /// When it was cast (UTC).
    pub cast: DateTime<Utc>,
    /// What the person chose.
    pub marks: Marks,
    /// Where it was cast. Format version 2 when a phone; left out of the file for the booth.
    #[serde(default, skip_serializing_if = "BallotSource::is_booth")]
    pub source: BallotSource,
}

/// Where a ballot was cast.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum BallotSource {
    /// At the booth on the projector or the laptop handed round.
    #[default]
    Booth,
    /// On a phone, over the room's own network.
    Phone,
}

impl BallotSource {
    /// Whether the ballot was cast at the booth (the default, left out of the file).
    pub fn is_booth(&self) -> bool {
        *self == BallotSource::Booth
    }

    /// The word programs read (report JSON): `booth` or `phone`.
    pub fn key(self) -> &'static str {
        match self {
            BallotSource::Booth => "booth",
            BallotSource::Phone => "phone",
        }
    }
}

/// What a ballot says; its variant matches the poll's method.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub enum Marks {
    /// Dots per item id.
    Dots(BTreeMap<String, u32>),
    /// Score per item id.
    Ratings(BTreeMap<String, i32>),
    /// Item ids, most preferred first.
    Ranking(Vec<String>),
}

impl PollMethod {
    /// Every point of a rating's scale, lowest first: what a rating's results count and show.
    /// Empty for the other methods, and for a scale the rules refuse (wider than 0–100, or
    /// running the wrong way), which no result can list point by point.
    pub fn scale(&self) -> Vec<i32> {
        match *self {
            PollMethod::Rating { min, max, .. }
                if min <= max && max.abs_diff(min) <= super::ballot_rules::MAX_SCALE_SPAN =>
            {
                (min..=max).collect()
            }
            _ => Vec::new(),
        }
    }

    /// Dots with the defaults of the design: three dots, at most two on one item.
    pub fn default_dots() -> Self {
        PollMethod::Dots {
            per_person: 3,
            per_item: 2,
        }
    }

    /// A 1–5 rating with plain end labels.
    pub fn default_rating() -> Self {
        PollMethod::Rating {
            min: 1,
            max: 5,
            low: "Not at all".into(),
            high: "Fully".into(),
        }
    }

    /// The name used in reports and files ("dots").
    pub fn key(&self) -> &'static str {
        match self {
            PollMethod::Dots { .. } => "dots",
            PollMethod::Rating { .. } => "rating",
            PollMethod::Ranking => "ranking",
            PollMethod::Tally => "tally",
        }
    }

    /// A plain name ("Dot voting"), in English. `Words::method_name` is the one for people.
    pub fn name(&self) -> &'static str {
        match self {
            PollMethod::Dots { .. } => "Dot voting",
            PollMethod::Rating { .. } => "Rating",
            PollMethod::Ranking => "Ranking",
            PollMethod::Tally => "Hand count",
        }
    }

    /// Whether people vote in the booth (true) or the facilitator types counts (false).
    pub fn takes_ballots(&self) -> bool {
        !matches!(self, PollMethod::Tally)
    }
}

impl PollStatus {
    /// The name used in reports ("revealed").
    pub fn key(self) -> &'static str {
        match self {
            PollStatus::Draft => "draft",
            PollStatus::Open => "open",
            PollStatus::Closed => "closed",
            PollStatus::Revealed => "revealed",
        }
    }

    /// A plain name ("Revealed"), in English. `Words::status_name` is the one for people.
    pub fn name(self) -> &'static str {
        match self {
            PollStatus::Draft => "Draft",
            PollStatus::Open => "Open",
            PollStatus::Closed => "Closed",
            PollStatus::Revealed => "Revealed",
        }
    }
}

impl Poll {
    /// A new draft poll.
    pub fn draft(id: String, question: String, items: Vec<String>, method: PollMethod) -> Self {
        Poll {
            id,
            question,
            items,
            method,
            status: PollStatus::Draft,
            ballots: Vec::new(),
            tally: BTreeMap::new(),
        }
    }

    /// Whether anything has been recorded, which freezes the poll's settings.
    pub fn has_votes(&self) -> bool {
        !self.ballots.is_empty() || self.tally.values().any(|&count| count > 0)
    }
}
