//! Everything that can happen to the app, as one type. Keys, the console's panels, the review
//! desk, the projector window, file dialogs and dropped files all say what they want as a
//! [`Msg`]; [`PlazaApp::update`](super::PlazaApp::update) is the one place that acts on them.

use std::path::PathBuf;

use crate::gui::app::dialogs::Purpose;
use crate::gui::room::booth::BoothAction;
use crate::gui::room::deck::Slide;
use crate::gui::theme::ThemeChoice;
use crate::model::Framework;
use crate::model::{About, Edit};

/// One thing asked of the app.
#[derive(Debug, Clone, PartialEq)]
pub enum Msg {
    // The session.
    /// Change the session.
    Apply(Edit),
    /// Revert the last change (asking first when it is a ballot cast in the booth).
    Undo,
    /// Apply the last undone change again.
    Redo,
    /// Ask the facilitator a question before a change that cannot be taken lightly; `None`
    /// puts the question away ("Keep it").
    Question(Option<Question>),
    /// A new title typed for the session; blank keeps the old one.
    Rename(String),
    /// Write what is pending now, after a failed save.
    RetrySave,

    // The room.
    /// The next slide (on the notes wall or a long results chart, its next page first).
    Next,
    /// The previous slide (on the notes wall or a long results chart, its previous page first).
    Previous,
    /// The first slide.
    First,
    /// The last slide.
    Last,
    /// Put a slide up.
    Show(Slide),
    /// Black the projector out, or bring it back.
    ToggleBlank,
    /// Open the projector window.
    OpenProjector,
    /// End the spotlight, or else close the projector window (Esc).
    CloseProjector,
    /// The projector full screen, or back to a window.
    ToggleFullscreen,
    /// Show a note alone on the projector, or (`None`) stop.
    Spotlight(Option<String>),
    /// Whether the spotlight names the note's group.
    SpotlightNamesGroup(bool),
    /// Choose the notes the wall shows (`None`: all, item by item) and go to the wall.
    Wall(Option<About>),
    /// Turn to a page of the notes wall.
    WallPage(usize),
    /// Turn to a page of the results chart or the hand count on the projector.
    SlidePage(usize),
    /// Hand the laptop round as the booth (`true`), or take it back.
    BoothHere(bool),
    /// Let phones vote on this open poll over the room's network (`Some`), or stop (`None`).
    Phones(Option<String>),
    /// The address phones reach the laptop on (`None`: all of them); a server running moves.
    PhonesAddress(Option<std::net::IpAddr>),
    /// A voter's action in the booth of poll `poll`.
    Vote {
        /// The poll whose booth it was meant for.
        poll: String,
        /// What the voter did.
        action: BoothAction,
    },
    /// Something done to the activity timer.
    Timer(TimerMsg),
    /// The projector's colours.
    Theme(ThemeChoice),
    /// The console's language (remembered).
    Language(crate::words::Lang),
    /// The projector's language.
    ProjectorLanguage(crate::gui::room::languages::ProjectorLanguage),
    /// The screen the projector fills (`None`: a window).
    Screen(Option<usize>),

    // Files.
    /// Prepare a poll (a draft, on the console) whose choices are these notes or themes.
    VoteOn(Vec<String>),
    /// Start an action item from a poll's result: the Action items tab, its words and what it
    /// is about filled in.
    ActOn {
        /// The action's words to start from.
        text: String,
        /// What it is about.
        about: About,
    },
    /// Start a new session in Plaza's sessions folder.
    NewSession,
    /// Show the frameworks a new session may start from (built-in, templates, recent
    /// sessions') and the paste box.
    AskNewFrom,
    /// Start a new session in Plaza's sessions folder on this framework.
    NewSessionFrom {
        /// Its title (empty: the default).
        title: String,
        /// Its framework.
        framework: Framework,
    },
    /// Ask the person for a file, for `Purpose`.
    Ask(Purpose),
    /// Copy the backup of the damaged session at this path to a new file, and open that.
    OpenBackup(PathBuf),
    /// Open the session file at this path.
    Open(PathBuf),
    /// Save a copy of the session as a new file and open it.
    SaveCopyAs(PathBuf),
    /// Write a report there in that language, the format by the extension.
    Export(PathBuf, crate::words::Lang),
    /// Show the session beside the one in that file.
    CompareWith(PathBuf),
    /// Show what merging the session in that file would do.
    MergeIn(PathBuf),
    /// Keep the session's framework as a template for later sessions.
    SaveTemplate,

    // The review desk.
    /// The review desk (`true`) or the console.
    Review(bool),
    /// Commit the merge the facilitator confirmed.
    CommitMerge(Edit),
    /// Leave the comparison or the merge preview.
    CloseDeskScreen,

    /// Put the message line's notice away.
    DismissNotice,
}

/// A question the app asks before a change that cannot be taken lightly.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Question {
    /// The last change is a ballot cast in the booth, and the voter was told it is recorded:
    /// undo it?
    UndoBallot,
    /// Remove this ballot (cast by mistake)? It will no longer count.
    RemoveBallot {
        /// The poll.
        poll: String,
        /// The ballot.
        ballot: String,
    },
    /// Delete this poll and its ballots?
    DeletePoll(String),
    /// The session at this path did not open, but its backup reads: open a copy of that?
    OpenBackup(PathBuf),
}

/// What can be done to the activity timer.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum TimerMsg {
    /// Set a new length, in minutes, stopped and full.
    Set(f64),
    /// Start or resume counting.
    Start,
    /// Stop counting, keeping what is left.
    Pause,
    /// One more minute.
    AddMinute,
    /// Back to the full length, stopped.
    Reset,
    /// No timer at all.
    Hide,
}
