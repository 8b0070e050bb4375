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

pub use compare::{Comparison, ItemChange, compare, comparison_markdown};
pub use csv_tables::{Table, csv_table, neutralise};
pub use export::{ExportError, export_report};
pub use facts::{about_key, about_name, clip_words, rank_text};
pub use html::{html_escape, report_html};
pub use json::{ReportJson, report_json};
pub use markdown::{md_escape, report_markdown};
pub use merge::{Added, MergeError, Merged, merge};
