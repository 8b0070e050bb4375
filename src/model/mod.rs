//! Pure data and rules of a retreat session: the framework, notes, action items, polls and
//! ballots, their results, and the edits that change them. Knows no files and no screen.

mod action;
mod ballot_rules;
mod ballot_sources;
mod edit;
mod edit_apply;
mod edit_checks;
mod editor;
mod error;
mod framework;
mod framework_edits;
mod ids;
mod import;
mod note;
mod poll;
mod results;
mod session;
mod theme;
mod themes;
mod translation_edits;
mod translations;
mod validate;
mod words;

pub use action::Action;
pub use ballot_rules::{
    BallotError, BallotRules, MAX_SCALE_SPAN, SettingsError, check_ballot, check_method,
    check_settings,
};
pub use ballot_sources::BallotSources;
pub use edit::{Edit, Urgency};
pub use editor::{Applied, Describer, Editor};
pub use error::EditError;
pub use framework::{
    Framework, FrameworkText, Item, Section, SectionKind, SectionText, Translation,
};
pub use framework_edits::{
    ItemUse, add_item, item_use, move_item, remove_item, set_framework_title, set_item_words,
    set_section_intro, set_section_label,
};
pub use ids::{new_id, now};
pub use import::{
    CountMismatch, ImportError, Imported, MAX_STATEMENT_BYTES, Translated, TranslationError,
    Unplaced, UnplacedReason, import_statement, import_statement_bytes, import_translation,
};
pub use note::{About, Note, NoteKind};
pub use poll::{Ballot, BallotSource, Marks, Poll, PollMethod, PollStatus};
pub use results::{PollResults, ResultRow, Score, few_ratings, poll_results};
pub use session::{ChoiceKind, FIRST_FORMAT_VERSION, FORMAT_VERSION, Session};
pub use theme::Theme;
pub use themes::{
    add_to_theme, dissolve_theme, group_as_theme, merge_themes, rename_theme, take_out_of_themes,
};
pub use translation_edits::{
    set_item_translation, set_section_translation, set_title_translation, set_translated_framework,
};
pub use validate::{Place, Problem, ProblemKind, validate};
pub use words::{clip_words, counted, long_date, ordinal, plural, quote, read_date};
