use chrono::{DateTime, SubsecRound, Utc};
use uuid::Uuid;

/// A fresh unique id: UUID v7 text, so ids sort roughly by creation time.
pub fn new_id() -> String {
    Uuid::now_v7().to_string()
}

/// The current time to whole seconds: files stay short and readable, and a second is precise
/// enough for anything said in a room.
pub fn now() -> DateTime<Utc> {
    Utc::now().trunc_subsecs(0)
}
