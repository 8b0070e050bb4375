//! Themes: the room's notes grouped by what they share (affinity grouping), so the room can see
//! the wall as a few ideas and vote on them.

use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};

use super::About;

/// A group of notes under a title ("Protect time for care teams"). A note is in at most one
/// theme. Format version 2.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Theme {
    /// Unique id; a poll choice may name it.
    pub id: String,
    /// What the notes share, in the room's words.
    pub title: String,
    /// What the theme is about: the item its notes are about, or general.
    pub about: About,
    /// Its notes, by id, in the order they were grouped.
    pub notes: Vec<String>,
    /// When it was made.
    pub created: DateTime<Utc>,
}
