//! Small widgets the room and the console share.

pub mod big_button;
pub mod save_state;
