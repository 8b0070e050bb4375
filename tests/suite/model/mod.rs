//! The model: edits and their undo, results counted by hand, importing a statement.

mod edits;
mod framework_edits;
mod import;
mod import_seed;
mod note_choices;
mod results;
mod theme_choice_results;
mod themes;
mod translation_edits;
