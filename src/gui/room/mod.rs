//! What the room sees: the slides, the booth, the results, the notes wall and the timer, drawn
//! for the projector window and, small, for the console's preview.

pub mod booth;
pub mod deck;
pub mod notes_wall;
pub mod results;
pub mod slides;
pub mod stage;
pub mod timer;
pub mod window;
