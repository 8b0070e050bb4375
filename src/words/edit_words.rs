//! Edits and the reasons an edit or a ballot is refused, in words: the undo menu's "delete note
//! “Budget timeline?”", "the ballot is empty".

use super::Words;
use crate::model::{BallotError, Edit, EditError, PollStatus, Session, SettingsError, quote};
use crate::tr;

impl Words {
    /// A short description of an edit, as in "Undo: delete note “Budget timeline?”".
    pub fn edit(&self, edit: &Edit, session: &Session) -> String {
        let poll = |id: &str| {
            session
                .poll(id)
                .map_or_else(|| id.to_owned(), |poll| quote(&poll.question))
        };
        match edit {
            Edit::SetDetails { .. } => self.get("model-edit-details"),
            Edit::AddNote(note) => tr!(self, "model-edit-add-note", text = quote(&note.text)),
            Edit::UpdateNote(note) => tr!(self, "model-edit-edit-note", text = quote(&note.text)),
            Edit::RemoveNote(id) => {
                let text = session
                    .note(id)
                    .map_or_else(|| id.clone(), |note| quote(&note.text));
                tr!(self, "model-edit-delete-note", text = text)
            }
            Edit::RestoreNote { note, .. } => {
                tr!(self, "model-edit-restore-note", text = quote(&note.text))
            }
            Edit::AddAction(action) => {
                tr!(self, "model-edit-add-action", text = quote(&action.text))
            }
            Edit::UpdateAction(action) => {
                tr!(self, "model-edit-edit-action", text = quote(&action.text))
            }
            Edit::RemoveAction(id) => {
                let text = session
                    .actions
                    .iter()
                    .find(|action| &action.id == id)
                    .map_or_else(|| id.clone(), |action| quote(&action.text));
                tr!(self, "model-edit-delete-action", text = text)
            }
            Edit::RestoreAction { action, .. } => {
                tr!(
                    self,
                    "model-edit-restore-action",
                    text = quote(&action.text)
                )
            }
            Edit::AddPoll(added) => tr!(self, "model-edit-add-poll", poll = quote(&added.question)),
            Edit::UpdatePoll { question, .. } => {
                tr!(self, "model-edit-change-poll", poll = quote(question))
            }
            Edit::RemovePoll(id) => tr!(self, "model-edit-delete-poll", poll = poll(id)),
            Edit::RestorePoll { poll: restored, .. } => {
                tr!(
                    self,
                    "model-edit-restore-poll",
                    poll = quote(&restored.question)
                )
            }
            Edit::SetPollStatus { poll: id, status } => match status {
                PollStatus::Draft => tr!(self, "model-edit-poll-draft", poll = poll(id)),
                PollStatus::Open => tr!(self, "model-edit-poll-open", poll = poll(id)),
                PollStatus::Closed => tr!(self, "model-edit-poll-close", poll = poll(id)),
                PollStatus::Revealed => tr!(self, "model-edit-poll-reveal", poll = poll(id)),
            },
            Edit::CastBallot { poll: id, .. } => tr!(self, "model-edit-ballot", poll = poll(id)),
            Edit::RemoveBallot { poll: id, .. } => {
                tr!(self, "model-edit-remove-ballot", poll = poll(id))
            }
            Edit::RestoreBallot { poll: id, .. } => {
                tr!(self, "model-edit-restore-ballot", poll = poll(id))
            }
            Edit::MergeIn { from, .. } => tr!(self, "model-edit-merge-in", from = quote(from)),
            // Worded by whoever made the change, when it was made.
            Edit::SetFramework { what, .. } | Edit::SetThemes { what, .. } => what.clone(),
            Edit::SetTally {
                poll: id,
                item,
                count,
            } => tr!(
                self,
                "model-edit-tally",
                count = *count,
                item = self.item_label(session, item),
                poll = poll(id)
            ),
        }
    }

    /// Why an edit was refused.
    pub fn edit_error(&self, error: &EditError) -> String {
        match error {
            EditError::NoSuchNote(id) => tr!(self, "model-error-no-note", id = id),
            EditError::NoSuchAction(id) => tr!(self, "model-error-no-action", id = id),
            EditError::NoSuchPoll(id) => tr!(self, "model-error-no-poll", id = id),
            EditError::NoSuchBallot(id) => tr!(self, "model-error-no-ballot", id = id),
            EditError::NoSuchItem(item) => tr!(self, "model-error-no-item", item = item),
            EditError::DuplicateId(id) => tr!(self, "model-error-id-used", id = id),
            EditError::EmptyId => self.get("model-error-empty-id"),
            EditError::EmptyText => self.get("model-error-empty-text"),
            EditError::EmptyTitle => self.get("model-error-empty-title"),
            EditError::PollNotOpen { status } => tr!(
                self,
                "model-error-poll-not-open",
                status = self.status_key_in_sentence(status)
            ),
            EditError::Ballot(error) => {
                tr!(
                    self,
                    "model-error-ballot",
                    reason = self.ballot_error(error)
                )
            }
            EditError::Settings(error) => self.settings_error(error),
            EditError::BadTransition { from, to } => tr!(
                self,
                "model-error-bad-transition",
                from = self.status_key_in_sentence(from),
                to = self.status_key_in_sentence(to)
            ),
            EditError::HasBallots => self.get("model-error-has-ballots"),
            EditError::SettingsLocked => self.get("model-error-settings-locked"),
            EditError::PollNotFresh => self.get("model-error-poll-not-fresh"),
            EditError::NotTally => self.get("model-error-not-tally"),
            EditError::ReadOnly => self.get("model-error-read-only"),
            EditError::MergeRemoves(what) => tr!(self, "model-error-merge-removes", what = what),
            EditError::OfferedByPoll(poll) => {
                tr!(self, "model-error-offered-by-poll", poll = poll)
            }
            EditError::InTheme(theme) => tr!(self, "model-error-in-theme", theme = theme),
            EditError::InTwoThemes(note) => tr!(self, "model-error-in-two-themes", note = note),
            EditError::FrameworkLoses => self.get("model-error-framework-loses"),
            EditError::MergeBreaks(reason) => {
                tr!(self, "model-error-merge-breaks", reason = reason)
            }
            EditError::TallyWhileDraft => self.get("model-error-tally-while-draft"),
        }
    }

    /// Why a ballot cannot be counted.
    pub fn ballot_error(&self, error: &BallotError) -> String {
        match error {
            BallotError::WrongMethod { poll, ballot } => {
                let poll = match *poll {
                    "dots" => self.get("model-ballot-method-dots"),
                    "rating" => self.get("model-ballot-method-rating"),
                    "ranking" => self.get("model-ballot-method-ranking"),
                    "tally" => self.get("model-ballot-method-tally"),
                    other => other.to_owned(),
                };
                let ballot = match *ballot {
                    "dots" => self.get("model-ballot-holds-dots"),
                    "ratings" => self.get("model-ballot-holds-ratings"),
                    "a ranking" => self.get("model-ballot-holds-ranking"),
                    other => other.to_owned(),
                };
                tr!(
                    self,
                    "model-ballot-wrong-method",
                    poll = poll,
                    ballot = ballot
                )
            }
            BallotError::TallyTakesNoBallots => self.get("model-ballot-tally"),
            BallotError::Empty => self.get("model-ballot-empty"),
            BallotError::NotOnPoll(item) => tr!(self, "model-ballot-not-on-poll", item = item),
            BallotError::OverBudget { given, budget } => tr!(
                self,
                "model-ballot-over-budget",
                given = *given,
                budget = *budget
            ),
            BallotError::OverCap { item, given, cap } => tr!(
                self,
                "model-ballot-over-cap",
                given = *given,
                item = item,
                cap = *cap
            ),
            BallotError::OffScale {
                item,
                score,
                min,
                max,
            } => tr!(
                self,
                "model-ballot-off-scale",
                score = *score,
                item = item,
                min = *min,
                max = *max
            ),
            BallotError::RankedTwice(item) => tr!(self, "model-ballot-ranked-twice", item = item),
        }
    }

    /// Why a poll's settings make no sense.
    pub fn settings_error(&self, error: &SettingsError) -> String {
        match error {
            SettingsError::NoItems => self.get("model-settings-no-items"),
            SettingsError::DuplicateItem(item) => {
                tr!(self, "model-settings-duplicate", item = item)
            }
            SettingsError::BadCap { budget, cap } => {
                tr!(self, "model-settings-bad-cap", cap = *cap, budget = *budget)
            }
            SettingsError::BadScale { min, max } => {
                tr!(self, "model-settings-bad-scale", min = *min, max = *max)
            }
        }
    }

    /// A status the model names by its key ("closed"), inside a sentence.
    fn status_key_in_sentence(&self, key: &str) -> String {
        match [
            PollStatus::Draft,
            PollStatus::Open,
            PollStatus::Closed,
            PollStatus::Revealed,
        ]
        .into_iter()
        .find(|status| status.key() == key)
        {
            Some(status) => self.status_in_sentence(status),
            None => key.to_owned(),
        }
    }
}
