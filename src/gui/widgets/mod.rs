//! Small widgets the room and the console share.

pub mod big_button;
pub mod qr;
pub mod save_state;
