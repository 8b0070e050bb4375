//! The model: edits and their undo, results counted by hand.

mod edits;
mod import;
mod import_seed;
mod results;
