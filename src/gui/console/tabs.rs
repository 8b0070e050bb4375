//! The console's work area beside the preview: notes, action items and polls, one tab each;
//! the tab follows the slide (a poll's slide opens the polls tab) and can be chosen freely.

use crate::gui::room::deck::Slide;
use crate::tr;
use crate::words::Words;

/// A tab of the work area.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Tab {
    /// Capturing notes.
    #[default]
    Notes,
    /// Action items.
    Actions,
    /// Polls and the booth.
    Polls,
    /// The organisation's statement, edited.
    Framework,
}

impl Tab {
    /// All tabs, in order.
    pub const ALL: [Tab; 4] = [Tab::Notes, Tab::Actions, Tab::Polls, Tab::Framework];

    /// The tab's name, in `words`.
    pub fn name(self, words: &Words) -> String {
        match self {
            Tab::Notes => tr!(words, "console-tab-notes"),
            Tab::Actions => tr!(words, "console-tab-actions"),
            Tab::Polls => tr!(words, "console-tab-polls"),
            Tab::Framework => tr!(words, "console-tab-framework"),
        }
    }
}

/// The tab a slide calls for, if it calls for one.
pub fn tab_for(slide: &Slide) -> Option<Tab> {
    match slide {
        Slide::PollBallot(_) | Slide::PollResults(_) => Some(Tab::Polls),
        Slide::Actions => Some(Tab::Actions),
        Slide::Commitment(_) | Slide::VisionGoal(_) | Slide::Value(_) | Slide::NotesWall => {
            Some(Tab::Notes)
        }
        _ => None,
    }
}
