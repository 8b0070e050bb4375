use super::ballot_rules::{BallotError, SettingsError};

/// Why an edit was refused. The session is unchanged when an edit is refused. The messages
/// are English; `Words::edit_error` is the one for people.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum EditError {
    /// No note has this id.
    #[error("there is no note with id {0}")]
    NoSuchNote(String),
    /// No action item has this id.
    #[error("there is no action item with id {0}")]
    NoSuchAction(String),
    /// No poll has this id.
    #[error("there is no poll with id {0}")]
    NoSuchPoll(String),
    /// The poll has no ballot with this id.
    #[error("the poll has no ballot with id {0}")]
    NoSuchBallot(String),
    /// A reference to an item the framework does not have.
    #[error("\"{0}\" is not an item of the framework")]
    NoSuchItem(String),
    /// An id that is already taken.
    #[error("the id {0} is already used")]
    DuplicateId(String),
    /// A new note, action, poll or ballot without an id.
    #[error("the id is empty")]
    EmptyId,
    /// A note or action without words.
    #[error("the text is empty")]
    EmptyText,
    /// A session without a title.
    #[error("the session needs a title")]
    EmptyTitle,
    /// A ballot cast on a poll that is not taking ballots.
    #[error("the poll is {status}: ballots are taken only while it is open")]
    PollNotOpen {
        /// The poll's status ("closed").
        status: &'static str,
    },
    /// A ballot that breaks the poll's rules.
    #[error("ballot refused: {0}")]
    Ballot(#[from] BallotError),
    /// Poll settings that make no sense.
    #[error("{0}")]
    Settings(#[from] SettingsError),
    /// A status change the lifecycle does not allow.
    #[error("a poll cannot go from {from} to {to}")]
    BadTransition {
        /// Current status.
        from: &'static str,
        /// Requested status.
        to: &'static str,
    },
    /// A poll that already has ballots cannot go back to draft.
    #[error("the poll has ballots, so it cannot go back to draft")]
    HasBallots,
    /// Settings change after votes are in.
    #[error(
        "the poll's items and method are fixed once votes are in; only the dot budget may be raised"
    )]
    SettingsLocked,
    /// A new poll must start empty, as a draft.
    #[error("a new poll starts as a draft with no votes")]
    PollNotFresh,
    /// Counts typed into a poll that is not a tally.
    #[error("only tally polls take typed counts")]
    NotTally,
    /// The session is open read-only, so nothing may change.
    #[error("this session is open read-only: another Plaza has it, or it could not be locked")]
    ReadOnly,
    /// A merge that would change or take away something the session holds.
    #[error("a merge only adds: it may not change or take away the session's {0}")]
    MergeRemoves(String),
    /// A note or action item a poll offers as a choice cannot be deleted while the poll is there.
    #[error("the poll \"{0}\" offers it as a choice; delete the poll first, or keep it")]
    OfferedByPoll(String),
    /// A note in a theme cannot be deleted until it is taken out of the theme.
    #[error("it is in the theme \"{0}\"; take it out of the theme first")]
    InTheme(String),
    /// A note may be in one theme at most.
    #[error("the note {0} would be in two themes; a note is in one theme at most")]
    InTwoThemes(String),
    /// A framework change that would drop or add notes or action items.
    #[error("a change to the framework keeps every note and action item")]
    FrameworkLoses,
    /// A merge that would leave the session breaking a rule.
    #[error("the merge would leave the session inconsistent ({0})")]
    MergeBreaks(String),
    /// Counts typed before the poll was opened.
    #[error("open the poll before typing counts")]
    TallyWhileDraft,
}
