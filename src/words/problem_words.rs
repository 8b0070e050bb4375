//! What is wrong with a session file, and the lines of a statement that found no place in a
//! framework, in words.

use super::Words;
use crate::model::{Place, Problem, ProblemKind, SectionKind, Unplaced, UnplacedReason};
use crate::tr;

impl Words {
    /// One thing wrong with a session, and where: `note 0194…: the id is used twice`.
    pub fn problem(&self, problem: &Problem) -> String {
        tr!(
            self,
            "model-problem",
            place = self.problem_place(&problem.place),
            problem = self.problem_kind(&problem.kind)
        )
    }

    /// Where in a session a problem is.
    pub fn problem_place(&self, place: &Place) -> String {
        match place {
            Place::Session => self.get("model-place-session"),
            Place::FrameworkItem { kind, label } => tr!(
                self,
                "model-place-item",
                kind = self.section_kind_name(*kind),
                label = label
            ),
            Place::Note(id) => tr!(self, "model-place-note", id = id),
            Place::Action(id) => tr!(self, "model-place-action", id = id),
            Place::Theme(title) => tr!(self, "model-place-theme", title = title),
            Place::Poll(question) => tr!(self, "model-place-poll", poll = question),
            Place::Ballot { poll, ballot } => {
                tr!(self, "model-place-ballot", poll = poll, ballot = ballot)
            }
        }
    }

    /// What is wrong.
    pub fn problem_kind(&self, kind: &ProblemKind) -> String {
        match kind {
            ProblemKind::EmptyId => self.get("model-problem-empty-id"),
            ProblemKind::DuplicateId(id) => tr!(self, "model-problem-duplicate-id", id = id),
            ProblemKind::AboutNoItem(id) => tr!(self, "model-problem-about-no-item", id = id),
            ProblemKind::NoTitle => self.get("model-problem-no-title"),
            ProblemKind::MissingNote(note) => {
                tr!(self, "model-problem-missing-note", note = note)
            }
            ProblemKind::NoteInTwoThemes(note) => {
                tr!(self, "model-problem-note-in-two-themes", note = note)
            }
            ProblemKind::NotAChoice(item) => tr!(self, "model-problem-not-a-choice", item = item),
            ProblemKind::Settings(error) => self.settings_error(error),
            ProblemKind::CountNotOnPoll(item) => {
                tr!(self, "model-problem-count-not-on-poll", item = item)
            }
            ProblemKind::CountsNotTally => self.get("model-problem-counts-not-tally"),
            ProblemKind::DraftHasBallots => self.get("model-problem-draft-has-ballots"),
            ProblemKind::Ballot(error) => self.ballot_error(error),
        }
    }

    /// A line left out of an imported framework: `line 12: "…": a bullet with no words`.
    pub fn unplaced(&self, unplaced: &Unplaced) -> String {
        tr!(
            self,
            "model-unplaced",
            line = unplaced.line,
            text = &unplaced.text,
            reason = self.unplaced_reason(unplaced.reason)
        )
    }

    /// Why a line was left out of an imported framework.
    pub fn unplaced_reason(&self, reason: UnplacedReason) -> String {
        self.get(match reason {
            UnplacedReason::SecondSection(SectionKind::Mission) => "model-unplaced-second-mission",
            UnplacedReason::SecondSection(SectionKind::Vision) => "model-unplaced-second-vision",
            UnplacedReason::SecondSection(SectionKind::Values) => "model-unplaced-second-values",
            UnplacedReason::ExtraSection => "model-unplaced-extra",
            UnplacedReason::NoItems => "model-unplaced-no-items",
            UnplacedReason::EmptyBullet => "model-unplaced-empty-bullet",
        })
    }
}
