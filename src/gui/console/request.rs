//! What the console's panels ask the app to do. Panels only read the session; the app carries
//! out their requests, so every change still goes through one `Edit` at a time.

use crate::gui::room::deck::Slide;
use crate::model::{About, Edit};

/// One thing a panel asks for.
#[derive(Debug, Clone, PartialEq)]
pub enum Request {
    /// Change the session.
    Apply(Edit),
    /// Show a note alone on the projector, or (`None`) stop.
    Spotlight(Option<String>),
    /// Put a slide up.
    Show(Slide),
    /// Choose the notes the wall shows (`None`: all, item by item) and go to the wall.
    Wall(Option<About>),
    /// Turn to a page of the notes wall.
    WallPage(usize),
    /// Revert the last change.
    Undo,
    /// Apply the last undone change again.
    Redo,
    /// Hand the laptop round as the booth (`true`), or take it back.
    BoothHere(bool),
}
