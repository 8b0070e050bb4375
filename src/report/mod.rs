//! What a session says, for people and other programs: reports in Markdown, CSV and JSON.
//! Everything here reads a session and writes text; nothing changes a session.

mod csv_tables;
mod facts;
mod json;
mod markdown;

pub use csv_tables::{Table, csv_table, neutralise};
pub use facts::{about_key, about_name, rank_text};
pub use json::{ReportJson, report_json};
pub use markdown::report_markdown;
