//! What a session says, for people and other programs: reports in Markdown, HTML, CSV and
//! JSON; and sessions from several laptops merged into one.
//! Everything here reads a session and writes text; nothing changes a session.

mod compare;
mod csv_tables;
mod export;
mod facts;
mod html;
mod json;
mod markdown;
mod merge;
mod note_order;
mod safe_text;
mod summary;

pub use compare::{
    Cell, ComparedPoll, Comparison, IDEAS_MEANING, IdeaChoice, IdeaPoll, ItemChange, Labels,
    Measure, PollPair, SHARES_MEANING, TOP_CHOICES, change_cell, change_cell_in, compare,
    comparison_markdown, comparison_markdown_in, idea_choice_line, idea_choice_line_in,
    idea_poll_name, idea_poll_name_in, ideas_meaning, item_label_in, poll_facts, poll_facts_in,
    poll_question, poll_question_in, shares_meaning, side_words, side_words_in,
};
pub use csv_tables::{Table, csv_table, neutralise};
pub use export::{
    ExportError, Format, REPORT_EXTENSIONS, export_error, format_for, render, render_in,
};
pub use facts::{
    FEW_RATINGS_MEANING, FEW_RATINGS_SHORT, about_key, few_ratings_meaning, few_ratings_short,
    has_few_ratings, on_phones, on_phones_in, rank_text, session_line, session_line_in,
    with_sources, with_sources_in,
};
pub use html::{html_escape, report_html};
pub use json::{ReportJson, report_json};
pub use markdown::{md_escape, report_markdown};
pub use merge::{
    Added, Conflict, MergeError, Merged, Refusal, Thing, merge, merge_error, merge_into,
};
pub use note_order::{notes_by_place, plural_kind};
pub use safe_text::{is_bidi_control, is_unsafe, json_safe, terminal_safe, visible_escape};
pub use summary::{
    ActionLine, Leader, NO_OWNER, OwnerActions, PlaceSummary, Placing, PollLeaders, Summary,
    score_words, score_words_in, summary, summary_in,
};
