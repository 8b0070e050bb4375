//! The rules a ballot must follow to count, and the rules a poll's settings must follow.

use std::collections::HashSet;

use super::{Marks, Poll, PollMethod};

/// Why a ballot cannot be counted. Messages name the rule, in words a facilitator understands,
/// in English; `Words::ballot_error` is the one for people.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum BallotError {
    /// The ballot's kind does not match the poll's method.
    #[error("this is a {poll} poll but the ballot holds {ballot}")]
    WrongMethod {
        /// The poll's method ("dots").
        poll: &'static str,
        /// What the ballot holds ("ratings").
        ballot: &'static str,
    },
    /// Tally polls are counted by the facilitator.
    #[error("a tally poll takes counts from the facilitator, not ballots")]
    TallyTakesNoBallots,
    /// Nothing was chosen.
    #[error("the ballot is empty")]
    Empty,
    /// The ballot names an item that is not on the poll.
    #[error("\"{0}\" is not on this poll")]
    NotOnPoll(String),
    /// More dots than one person has.
    #[error("{given} dots but the budget is {budget}")]
    OverBudget {
        /// Dots on the ballot.
        given: u64,
        /// Dots per person.
        budget: u32,
    },
    /// Too many dots stacked on one item.
    #[error("{given} dots on \"{item}\" but at most {cap} may go on one item")]
    OverCap {
        /// The item.
        item: String,
        /// Dots on it.
        given: u32,
        /// Dots allowed on one item.
        cap: u32,
    },
    /// A rating outside the scale.
    #[error("{score} for \"{item}\" is off the scale {min}–{max}")]
    OffScale {
        /// The item.
        item: String,
        /// The rating given.
        score: i32,
        /// Lowest score.
        min: i32,
        /// Highest score.
        max: i32,
    },
    /// The same item appears twice in a ranking.
    #[error("\"{0}\" is ranked twice")]
    RankedTwice(String),
}

/// Why a poll's settings make no sense. The messages are English; `Words::settings_error` is
/// the one for people.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum SettingsError {
    /// A poll about nothing.
    #[error("the poll has no items")]
    NoItems,
    /// An item listed twice.
    #[error("\"{0}\" is on the poll twice")]
    DuplicateItem(String),
    /// The dot budget or cap is out of order.
    #[error("the per-item cap ({cap}) must be between 1 and the dot budget ({budget})")]
    BadCap {
        /// Dots per person.
        budget: u32,
        /// Dots per item.
        cap: u32,
    },
    /// The rating scale runs the wrong way, has one point, or more than 101.
    #[error(
        "the rating scale {min}–{max} must run from a lower to a higher number, with at most 101 points"
    )]
    BadScale {
        /// Lowest score.
        min: i32,
        /// Highest score.
        max: i32,
    },
}

/// The widest rating scale allowed (0–100), so a scale can always be listed point by point.
pub const MAX_SCALE_SPAN: u32 = 100;

fn marks_kind(marks: &Marks) -> &'static str {
    match marks {
        Marks::Dots(_) => "dots",
        Marks::Ratings(_) => "ratings",
        Marks::Ranking(_) => "a ranking",
    }
}

/// Checks that a method's settings are usable: 1 ≤ cap ≤ budget, min < max.
pub fn check_method(method: &PollMethod) -> Result<(), SettingsError> {
    match *method {
        PollMethod::Dots {
            per_person,
            per_item,
        } if per_item < 1 || per_item > per_person => Err(SettingsError::BadCap {
            budget: per_person,
            cap: per_item,
        }),
        PollMethod::Rating { min, max, .. } if min >= max || max.abs_diff(min) > MAX_SCALE_SPAN => {
            Err(SettingsError::BadScale { min, max })
        }
        _ => Ok(()),
    }
}

/// Checks a poll's items and method settings.
pub fn check_settings(items: &[String], method: &PollMethod) -> Result<(), SettingsError> {
    if items.is_empty() {
        return Err(SettingsError::NoItems);
    }
    let mut seen = HashSet::with_capacity(items.len());
    if let Some(twice) = items.iter().find(|item| !seen.insert(item.as_str())) {
        return Err(SettingsError::DuplicateItem(twice.clone()));
    }
    check_method(method)
}

/// Checks that a ballot fits its poll: the right kind, only the poll's items, and within the
/// budget, cap or scale. To check many ballots of one poll, prepare [`BallotRules`] once.
pub fn check_ballot(poll: &Poll, marks: &Marks) -> Result<(), BallotError> {
    BallotRules::new(poll).check(marks)
}

/// A poll's rules made ready to check many ballots: the lookup of its items is built once, so
/// checking every ballot of a poll of a thousand items costs the ballots' length, not items².
pub struct BallotRules<'a> {
    poll: &'a Poll,
    /// The poll's items, hashed when there are enough that searching them would cost more.
    items: Option<HashSet<&'a str>>,
}

impl<'a> BallotRules<'a> {
    /// The rules of `poll`.
    pub fn new(poll: &'a Poll) -> Self {
        // A handful of items is searched faster than hashed.
        let items =
            (poll.items.len() > 16).then(|| poll.items.iter().map(String::as_str).collect());
        BallotRules { poll, items }
    }

    fn on_poll(&self, item: &String) -> Result<(), BallotError> {
        let found = match &self.items {
            Some(items) => items.contains(item.as_str()),
            None => self.poll.items.contains(item),
        };
        if found {
            Ok(())
        } else {
            Err(BallotError::NotOnPoll(item.clone()))
        }
    }

    /// Checks one ballot, as [`check_ballot`] does.
    pub fn check(&self, marks: &Marks) -> Result<(), BallotError> {
        let poll = self.poll;
        let on_poll = |item: &String| self.on_poll(item);
        match (&poll.method, marks) {
            (PollMethod::Tally, _) => Err(BallotError::TallyTakesNoBallots),
            (
                PollMethod::Dots {
                    per_person,
                    per_item,
                },
                Marks::Dots(dots),
            ) => {
                let mut given: u64 = 0;
                for (item, &count) in dots {
                    on_poll(item)?;
                    if count > *per_item {
                        return Err(BallotError::OverCap {
                            item: item.clone(),
                            given: count,
                            cap: *per_item,
                        });
                    }
                    given += u64::from(count);
                }
                if given == 0 {
                    Err(BallotError::Empty)
                } else if given > u64::from(*per_person) {
                    Err(BallotError::OverBudget {
                        given,
                        budget: *per_person,
                    })
                } else {
                    Ok(())
                }
            }
            (PollMethod::Rating { min, max, .. }, Marks::Ratings(ratings)) => {
                if ratings.is_empty() {
                    return Err(BallotError::Empty);
                }
                for (item, &score) in ratings {
                    on_poll(item)?;
                    if score < *min || score > *max {
                        return Err(BallotError::OffScale {
                            item: item.clone(),
                            score,
                            min: *min,
                            max: *max,
                        });
                    }
                }
                Ok(())
            }
            (PollMethod::Ranking, Marks::Ranking(order)) => {
                if order.is_empty() {
                    return Err(BallotError::Empty);
                }
                let mut seen = HashSet::with_capacity(order.len());
                for item in order {
                    on_poll(item)?;
                    if !seen.insert(item.as_str()) {
                        return Err(BallotError::RankedTwice(item.clone()));
                    }
                }
                Ok(())
            }
            (method, marks) => Err(BallotError::WrongMethod {
                poll: method.key(),
                ballot: marks_kind(marks),
            }),
        }
    }
}
