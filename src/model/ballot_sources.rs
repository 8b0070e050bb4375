//! Where a poll's ballots were cast: at the booth or on phones. Results count them together;
//! this says how many came from each, for the reports and the console.

use super::{Ballot, BallotSource, Poll};

/// How many of a poll's ballots came from the booth and how many from phones.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct BallotSources {
    /// Cast at the booth (the projector's, or the laptop handed round).
    pub booth: usize,
    /// Cast on phones over the room's network.
    pub phone: usize,
}

impl BallotSources {
    /// Counts `ballots` by where each was cast.
    pub fn of(ballots: &[Ballot]) -> Self {
        ballots
            .iter()
            .fold(BallotSources::default(), |mut sources, ballot| {
                match ballot.source {
                    BallotSource::Booth => sources.booth += 1,
                    BallotSource::Phone => sources.phone += 1,
                }
                sources
            })
    }

    /// Every ballot, wherever it was cast.
    pub fn total(self) -> usize {
        self.booth + self.phone
    }

    /// Whether any ballot came from a phone: only then do people need to be told where they
    /// came from.
    pub fn any_phone(self) -> bool {
        self.phone > 0
    }
}

impl Poll {
    /// How many of this poll's ballots came from the booth and how many from phones.
    pub fn sources(&self) -> BallotSources {
        BallotSources::of(&self.ballots)
    }
}
