use chrono::{DateTime, NaiveDate, Utc};
use serde::{Deserialize, Serialize};

use super::About;

/// Something somebody promised to do after the retreat.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Action {
    /// Unique id.
    pub id: String,
    /// The item it serves, or general.
    pub about: About,
    /// What is to be done.
    pub text: String,
    /// Who does it; may be empty until someone volunteers.
    #[serde(default)]
    pub owner: String,
    /// When it is due, if a date was agreed.
    #[serde(default)]
    pub due: Option<NaiveDate>,
    /// Whether it has been done.
    #[serde(default)]
    pub done: bool,
    /// When it was captured (UTC).
    pub created: DateTime<Utc>,
}
