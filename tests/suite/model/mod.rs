//! The model: edits and their undo, results counted by hand.

mod edits;
mod framework_edits;
mod results;
