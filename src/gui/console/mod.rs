//! The facilitator's console: the panels beside the preview (notes, action items, polls), the
//! timer's controls, and the pickers they share.

pub mod about_picker;
pub mod actions;
pub mod notes;
pub mod polls;
pub mod request;
pub mod tabs;
pub mod timer;
