//! What the room sees: the slides, the booth, the results, the notes wall and the timer, drawn
//! for the projector window and, small, for the console's preview. [`Room`] is that state in
//! one value: both read it, and only the app's update changes it.

pub mod booth;
pub mod deck;
pub mod hands;
pub mod languages;
pub mod memo;
pub mod notes_wall;
pub mod results;
mod slide_fit;
pub mod slides;
pub mod stage;
pub mod text;
pub mod timer;
pub mod window;

use booth::{Booth, Phase};
use deck::Slide;
use notes_wall::WallView;
use slides::TimerFace;
use timer::Timer;

use crate::gui::app::keys::KeyScope;
use crate::gui::theme::ThemeChoice;
use crate::model::{PollStatus, Session};
use crate::store::{Document, SaveStatus};

/// Everything about what the room sees, in one place.
#[derive(Debug, Clone, PartialEq)]
pub struct Room {
    /// The slide up.
    pub slide: Slide,
    /// The projector is black.
    pub blanked: bool,
    /// A note shown alone, large, in front of the slide (by id).
    pub spotlight: Option<String>,
    /// The spotlight names the note's group ("— Table 1"). The facilitator may turn it off
    /// for a group that would rather not be named; it stays as chosen for later spotlights.
    pub spotlight_names_group: bool,
    /// Which notes the notes wall shows, and which page.
    pub wall: WallView,
    /// The page of a slide too long for one screen (a results chart, a hand count, a long
    /// value in two languages), counted from 0.
    pub slide_page: usize,
    /// The booth of the open poll on the slide, if any.
    pub booth: Option<Booth>,
    /// The laptop itself is the booth, handed round; the room's screen then shows no ballot.
    pub booth_here: bool,
    /// While phones can vote: the poll they vote on and what its booth screen tells them.
    pub phones: Option<(String, booth::PhonesPanel)>,
    /// The activity timer.
    pub timer: Timer,
    /// The projector window is open.
    pub projector_open: bool,
    /// The projector window fills its screen.
    pub fullscreen: bool,
    /// The projector's colours.
    pub theme: ThemeChoice,
    /// The screen the projector fills (counted from 0), or `None` for a movable window.
    pub screen: Option<usize>,
    /// The language (or two) the room's screen speaks.
    pub words: languages::RoomWords,
}

impl Default for Room {
    fn default() -> Self {
        Room {
            slide: Slide::Title,
            blanked: false,
            spotlight: None,
            spotlight_names_group: true,
            wall: WallView::default(),
            slide_page: 0,
            booth: None,
            booth_here: false,
            phones: None,
            timer: Timer::default(),
            projector_open: false,
            fullscreen: false,
            theme: ThemeChoice::default(),
            screen: None,
            words: languages::RoomWords::default(),
        }
    }
}

impl Room {
    /// The booth as the room's screen shows it: none while the laptop is handed round.
    pub fn booth_on_screen(&self) -> Option<&Booth> {
        self.booth.as_ref().filter(|_| !self.booth_here)
    }

    /// A clicker's next or previous on the booth: turns its page if it has one that way, as
    /// the clicker turns the notes wall's pages before it moves the slide. Returns whether it
    /// did.
    pub fn turn_booth_page(&mut self, forward: bool) -> bool {
        !self.booth_here && self.booth.as_mut().is_some_and(|booth| booth.turn(forward))
    }

    /// The timer as the room sees it at `now`, if one is set.
    pub fn timer_face(&self, now: f64) -> Option<TimerFace> {
        self.timer.is_set().then(|| TimerFace {
            text: self.timer.display(now),
            done: self.timer.is_done(now),
        })
    }

    /// Which keys the projector window obeys: none while the laptop is handed round, a voter's
    /// while a poll is open, else all.
    pub fn projector_keys(&self) -> KeyScope {
        if self.booth_here {
            KeyScope::Locked
        } else if self.booth.is_some() {
            KeyScope::Booth
        } else {
            KeyScope::All
        }
    }

    /// Puts `slide` up, ending any spotlight; `pages` counts the pages of the slide (the notes
    /// wall, a results chart), for arriving from the slide after it (`backwards`) on its last
    /// page. Returns whether the slide changed.
    pub fn go_to(&mut self, slide: Slide, backwards: bool, pages: impl FnOnce() -> usize) -> bool {
        if slide == self.slide {
            return false;
        }
        self.slide = slide;
        self.spotlight = None;
        let page = if backwards {
            pages().saturating_sub(1)
        } else {
            0
        };
        match self.slide {
            Slide::NotesWall => self.wall.page = page,
            _ => self.slide_page = page,
        }
        if !matches!(self.slide, Slide::PollBallot(_)) {
            self.booth_here = false;
        }
        true
    }

    /// Moves the booth between the laptop and the projector; a ballot being marked starts over,
    /// so nobody else sees it.
    pub fn place_booth(&mut self, here: bool, session: &Session) {
        if here == self.booth_here {
            return;
        }
        self.booth_here = here;
        if let Some(booth) = &mut self.booth
            && *booth.phase() == Phase::Voting
            && let Some(poll) = session.poll(booth.poll())
        {
            *booth = Booth::new(poll);
        }
    }

    /// Keeps the booth in step with the slide and the store: one booth for the poll on the
    /// slide while it is open (and the session can be written), moving to "thank you" once its
    /// ballot is on disk. Leaving the slide drops a half-marked ballot, so it never greets the
    /// next person; a ballot on its way to the disk keeps its booth until the store answers.
    pub fn tend_booth(&mut self, document: Option<&Document>, now: f64) {
        let Some(document) = document else {
            self.booth = None;
            return;
        };
        if let Some(booth) = &mut self.booth {
            let status: Option<SaveStatus> = document.save_status();
            booth.follow(status.as_ref(), now);
            if booth.is_pending() {
                return;
            }
        }
        let session = document.session();
        let writable = document.read_only().is_none();
        let open_poll = match &self.slide {
            Slide::PollBallot(id) => session.poll(id).filter(|poll| {
                poll.status == PollStatus::Open && poll.method.takes_ballots() && writable
            }),
            _ => None,
        };
        match (open_poll, &mut self.booth) {
            (Some(poll), Some(booth)) if booth.poll() == poll.id => booth.fit(poll),
            (Some(poll), _) => self.booth = Some(Booth::new(poll)),
            (None, _) => self.booth = None,
        }
        if open_poll.is_none() {
            self.booth_here = false;
        }
    }
}
