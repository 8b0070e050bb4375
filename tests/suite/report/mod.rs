//! Reports, comparisons and merges, and what they show of people's words.

mod browser;
mod compare;
mod compare_ideas;
mod compare_merge_words;
mod formats;
mod merge;
mod merge_themes;
mod merge_translations;
mod safety;
mod sources;
mod spanish;
