//! The voting booth's state: one person's ballot as it is being marked, and what happens after
//! "Cast my vote". The app casts the ballot through the session's edits and autosave like
//! every other change, and the booth says "recorded" only once the store confirms it is on
//! disk.

mod keys;
mod layout;
mod pager;
mod pages;
mod phones;
mod rows;
pub mod view;

pub use layout::PlacedRow;
pub use pages::PAGE_ITEMS;
pub use phones::PhonesPanel;

use crate::model::{
    Applied, Ballot, BallotError, Edit, EditError, Marks, Poll, PollMethod, PollStatus,
    check_ballot, new_id, now,
};
use crate::store::{SaveFailure, SaveStatus};
use crate::words::Words;

/// Something a voter does in the booth.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum BoothAction {
    /// Put one more dot on an item.
    AddDot(String),
    /// Take one dot off an item.
    RemoveDot(String),
    /// Give an item a score on the scale.
    Rate(String, i32),
    /// Take an item's score away.
    Unrate(String),
    /// Give this score to the first item without one, from the page in view on, as the ballot
    /// stands when it is done (a voter typing scores: `4 5 3` rates the first three items).
    RateNext(i32),
    /// Choose an item as the next preference.
    Pick(String),
    /// Take back the last preference chosen.
    UndoPick,
    /// Take back the last choice of any kind: the last dot placed, score given or item picked.
    TakeBack,
    /// Start the ballot over.
    Clear,
    /// Turn to the next page of choices.
    NextPage,
    /// Turn to the page before.
    PreviousPage,
    /// The screen shows at most this many choices to a page with their names whole: not a
    /// voter's doing but the booth's view, which measures the names on the screen in use.
    PageSize(usize),
    /// Cast the ballot.
    Cast,
    /// The next person steps up: a fresh, empty ballot.
    NextVoter,
}

/// Where the booth stands.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Phase {
    /// A person is marking a ballot.
    Voting,
    /// The ballot is in the session and on its way to the disk.
    Recording {
        /// The session revision that holds the ballot.
        revision: u64,
    },
    /// Writing the ballot failed; the store keeps trying.
    NotSaved {
        /// The session revision that holds the ballot.
        revision: u64,
        /// Why, worded when shown, in the room's language.
        error: SaveFailure,
    },
    /// The ballot is on disk. The screen shows nothing of it.
    ThankYou,
}

/// One booth: the poll it serves, the ballot being marked and the phase.
#[derive(Debug, Clone, PartialEq)]
pub struct Booth {
    poll: String,
    marks: Marks,
    phase: Phase,
    message: Option<Refusal>,
    /// The id of the ballot last cast here, kept so a caller can check it reached the disk.
    cast_id: Option<String>,
    /// Items in the order the voter chose them, so "take back" undoes the last choice.
    chosen: Vec<String>,
    /// The poll's items and method when the ballot was started; a change starts it over.
    setup: (Vec<String>, PollMethod),
    /// When the thank-you screen appeared (seconds on the screen's clock).
    thanked_at: Option<f64>,
    /// The page of choices in view, counted from 0.
    page: usize,
    /// The most choices on one page: as many as the screen shows with their names whole.
    page_size: usize,
}

/// How long the thank-you screen ignores taps and keys, so the voter's own double tap or held
/// Enter cannot skip it.
pub const THANKS_GUARD: f64 = 1.0;

fn empty_marks(method: &PollMethod) -> Marks {
    match method {
        PollMethod::Rating { .. } => Marks::Ratings(Default::default()),
        PollMethod::Ranking => Marks::Ranking(Vec::new()),
        PollMethod::Dots { .. } | PollMethod::Tally => Marks::Dots(Default::default()),
    }
}

impl Booth {
    /// A booth for `poll` with an empty ballot.
    pub fn new(poll: &Poll) -> Self {
        Booth {
            poll: poll.id.clone(),
            marks: empty_marks(&poll.method),
            phase: Phase::Voting,
            message: None,
            cast_id: None,
            chosen: Vec::new(),
            setup: (poll.items.clone(), poll.method.clone()),
            thanked_at: None,
            page: 0,
            page_size: PAGE_ITEMS,
        }
    }

    /// The poll's id.
    pub fn poll(&self) -> &str {
        &self.poll
    }

    /// The ballot as marked so far.
    pub fn marks(&self) -> &Marks {
        &self.marks
    }

    /// Where the booth stands.
    pub fn phase(&self) -> &Phase {
        &self.phase
    }

    /// A short word for the voter about the last thing refused ("At most 2 dots on one choice").
    pub fn message(&self, words: &Words) -> Option<String> {
        self.message.as_ref().map(|refusal| refusal.say(words))
    }

    /// The id of the last ballot cast in this booth, if any.
    pub fn last_cast(&self) -> Option<&str> {
        self.cast_id.as_deref()
    }

    /// Dots placed on `item`.
    pub fn dots_on(&self, item: &str) -> u32 {
        match &self.marks {
            Marks::Dots(dots) => dots.get(item).copied().unwrap_or(0),
            _ => 0,
        }
    }

    /// Dots placed in all.
    pub fn dots_used(&self) -> u32 {
        match &self.marks {
            Marks::Dots(dots) => dots.values().sum(),
            _ => 0,
        }
    }

    /// The score given to `item`, if any.
    pub fn rating_of(&self, item: &str) -> Option<i32> {
        match &self.marks {
            Marks::Ratings(ratings) => ratings.get(item).copied(),
            _ => None,
        }
    }

    /// The 1-based preference given to `item`, if picked.
    pub fn place_of(&self, item: &str) -> Option<usize> {
        match &self.marks {
            Marks::Ranking(order) => order.iter().position(|i| i == item).map(|p| p + 1),
            _ => None,
        }
    }

    /// Whether the ballot may be cast as it stands.
    pub fn is_valid(&self, poll: &Poll) -> bool {
        self.phase == Phase::Voting && check_ballot(poll, &self.marks).is_ok()
    }

    /// Does what the voter asked, within the poll's rules. Returns `true` when the voter asked
    /// to cast a valid ballot: the caller then records it with [`Booth::cast`].
    pub fn act(&mut self, poll: &Poll, action: BoothAction) -> bool {
        if poll.id != self.poll || poll.status != PollStatus::Open {
            return false;
        }
        if let BoothAction::PageSize(most) = action {
            self.set_page_size(most);
            return false;
        }
        if action == BoothAction::NextVoter {
            if self.phase == Phase::ThankYou {
                let (cast_id, page_size) = (self.cast_id.take(), self.page_size);
                *self = Booth::new(poll);
                self.cast_id = cast_id;
                self.page_size = page_size;
            }
            return false;
        }
        if self.phase != Phase::Voting {
            return false;
        }
        self.message = None;
        if matches!(action, BoothAction::NextPage | BoothAction::PreviousPage) {
            self.turn(action == BoothAction::NextPage);
            return false;
        }
        // A choice taken back, or a score typed, on a page out of view turns to it, so the
        // voter sees what changed.
        let paging = (self.page, self.page_size);
        let show = |item: &str| pages::page_showing(&poll.items, item, paging);
        let first_in_view = self.page_items().start;
        match (action, &mut self.marks, &poll.method) {
            (BoothAction::Clear, marks, method) => {
                *marks = empty_marks(method);
                self.chosen.clear();
                self.page = 0;
            }
            (
                BoothAction::AddDot(item),
                Marks::Dots(dots),
                PollMethod::Dots {
                    per_person,
                    per_item,
                },
            ) if poll.items.contains(&item) => {
                let used: u32 = dots.values().sum();
                let on_item = dots.get(&item).copied().unwrap_or(0);
                if used >= *per_person {
                    self.message = Some(Refusal::DotsUsed(*per_person));
                } else if on_item >= *per_item {
                    self.message = Some(Refusal::MostOnOne(*per_item));
                } else {
                    dots.insert(item.clone(), on_item + 1);
                    self.chosen.push(item);
                }
            }
            (BoothAction::RemoveDot(item), Marks::Dots(dots), _) => {
                if let Some(count) = dots.get_mut(&item) {
                    self.page = show(&item);
                    *count = count.saturating_sub(1);
                    if *count == 0 {
                        dots.remove(&item);
                    }
                    if let Some(at) = self.chosen.iter().rposition(|i| *i == item) {
                        self.chosen.remove(at);
                    }
                }
            }
            (
                BoothAction::Rate(item, score),
                Marks::Ratings(ratings),
                PollMethod::Rating { min, max, .. },
            ) if poll.items.contains(&item) && (*min..=*max).contains(&score) => {
                ratings.insert(item.clone(), score);
                self.page = show(&item);
                self.chosen.retain(|i| *i != item);
                self.chosen.push(item);
            }
            (BoothAction::RateNext(score), Marks::Ratings(ratings), _) => {
                let count = poll.items.len();
                let from = first_in_view;
                let unrated = (0..count)
                    .map(|step| &poll.items[(from + step) % count])
                    .find(|item| !ratings.contains_key(*item));
                match unrated {
                    Some(item) => return self.act(poll, BoothAction::Rate(item.clone(), score)),
                    None => self.message = Some(Refusal::AllRated),
                }
            }
            (BoothAction::Unrate(item), Marks::Ratings(ratings), _) => {
                ratings.remove(&item);
                self.page = show(&item);
                self.chosen.retain(|i| *i != item);
            }
            (BoothAction::Pick(item), Marks::Ranking(order), PollMethod::Ranking)
                if poll.items.contains(&item) && !order.contains(&item) =>
            {
                order.push(item);
            }
            (BoothAction::UndoPick, Marks::Ranking(order), _) => {
                if let Some(item) = order.pop() {
                    self.page = show(&item);
                }
            }
            (BoothAction::TakeBack, marks, _) => {
                let last = match marks {
                    Marks::Ranking(order) => order.last().cloned(),
                    _ => self.chosen.last().cloned(),
                };
                if let Some(item) = last {
                    let undo = match marks {
                        Marks::Dots(_) => BoothAction::RemoveDot(item),
                        Marks::Ratings(_) => BoothAction::Unrate(item),
                        Marks::Ranking(_) => BoothAction::UndoPick,
                    };
                    return self.act(poll, undo);
                }
            }
            (BoothAction::Cast, marks, _) => match check_ballot(poll, marks) {
                Ok(()) => return true,
                Err(error) => self.message = Some(Refusal::Ballot(error)),
            },
            _ => {}
        }
        false
    }

    /// Casts the ballot as marked: one [`Edit::CastBallot`] handed to `apply` (the app's one
    /// way to change a session), then the booth waits for the store's word (see
    /// [`Booth::follow`]). Returns the revision that holds the ballot, or `None` when the
    /// session refused it, which the booth says to the voter.
    pub fn cast(&mut self, apply: impl FnOnce(Edit) -> Result<Applied, EditError>) -> Option<u64> {
        let ballot = self.ballot();
        let id = ballot.id.clone();
        let poll = self.poll.clone();
        match apply(Edit::CastBallot { poll, ballot }) {
            Ok(applied) => {
                self.recording(id, applied.revision);
                Some(applied.revision)
            }
            Err(error) => {
                self.refused(&error);
                None
            }
        }
    }

    /// The ballot as marked, ready to be cast: a fresh id, cast now.
    fn ballot(&self) -> Ballot {
        Ballot {
            id: new_id(),
            cast: now(),
            marks: self.marks.clone(),
            source: crate::model::BallotSource::Booth,
        }
    }

    /// The ballot `id` is in the session at `revision`, on its way to the disk.
    fn recording(&mut self, id: String, revision: u64) {
        self.phase = Phase::Recording { revision };
        self.message = None;
        self.cast_id = Some(id);
    }

    /// The session would not take the ballot: the voter is told, and may try again.
    fn refused(&mut self, error: &EditError) {
        self.message = Some(Refusal::NotTaken(error.clone()));
    }

    /// Moves on once the store has written the ballot, or shows why it has not. `now` is the
    /// screen's clock, in seconds.
    pub fn follow(&mut self, status: Option<&SaveStatus>, now: f64) {
        let revision = match &self.phase {
            Phase::Recording { revision } | Phase::NotSaved { revision, .. } => *revision,
            _ => return,
        };
        let Some(status) = status else {
            return;
        };
        if status.is_saved(revision) {
            self.phase = Phase::ThankYou;
            self.thanked_at = Some(now);
        } else if let Some(error) = status
            .error
            .as_ref()
            .filter(|_| status.failed_revision >= revision)
        {
            self.phase = Phase::NotSaved {
                revision,
                error: error.clone(),
            };
        }
    }

    /// Starts the ballot over if the poll's items or method changed under it (an edit or an
    /// undo of the settings): marks made for other rules would be invisible or unremovable.
    pub fn fit(&mut self, poll: &Poll) {
        let changed = self.setup.0 != poll.items || self.setup.1 != poll.method;
        if changed && self.phase == Phase::Voting {
            let page_size = self.page_size;
            *self = Booth::new(poll);
            self.set_page_size(page_size);
        } else if changed {
            self.setup = (poll.items.clone(), poll.method.clone());
            self.page = self.page.min(self.pages() - 1);
        }
    }

    /// Whether the thank-you screen takes a tap now (`now` on the screen's clock).
    pub fn ready_for_next(&self, now: f64) -> bool {
        self.phase == Phase::ThankYou
            && self
                .thanked_at
                .is_none_or(|at| now - at >= THANKS_GUARD || now < at)
    }

    /// Whether a ballot is on its way to the disk (recording, or waiting after a failed write).
    pub fn is_pending(&self) -> bool {
        matches!(self.phase, Phase::Recording { .. } | Phase::NotSaved { .. })
    }
}

/// What the booth refused last, told to the voter in the room's words when it is drawn.
#[derive(Debug, Clone, PartialEq)]
enum Refusal {
    /// Every dot is placed (this many in all).
    DotsUsed(u32),
    /// A choice holds the most dots it may (this many).
    MostOnOne(u32),
    /// Every item has a score, so a score key has nothing to rate.
    AllRated,
    /// The ballot breaks the poll's rules.
    Ballot(BallotError),
    /// The session would not take the ballot, and why.
    NotTaken(EditError),
}

impl Refusal {
    fn say(&self, words: &Words) -> String {
        match self {
            Refusal::DotsUsed(1) => words.get("room-booth-dot-used"),
            Refusal::DotsUsed(count) => crate::tr!(words, "room-booth-dots-used", count = *count),
            Refusal::MostOnOne(count) => {
                crate::tr!(words, "room-booth-most-on-one", count = *count)
            }
            Refusal::AllRated => words.get("room-booth-all-rated"),
            Refusal::Ballot(BallotError::Empty) => words.get("room-booth-choose-first"),
            Refusal::Ballot(other) => {
                crate::tr!(
                    words,
                    "room-booth-cannot-cast",
                    error = words.ballot_error(other)
                )
            }
            Refusal::NotTaken(error) => {
                let error = words.edit_error(error);
                crate::tr!(words, "room-booth-not-taken", error = error)
            }
        }
    }
}
