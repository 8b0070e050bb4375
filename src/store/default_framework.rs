use chrono::Local;

use crate::model::{Framework, Session};

/// The built-in framework (the organisation's mission, vision and values), embedded so the
/// program runs with no files around it.
pub const DEFAULT_FRAMEWORK_RON: &str =
    include_str!("../../assets/frameworks/mission-vision-values.ron");

/// The built-in framework.
pub fn default_framework() -> Framework {
    // Not user data: the embedded text is fixed at build time and checked by the test suite.
    ron::from_str(DEFAULT_FRAMEWORK_RON).expect("the built-in framework is valid RON")
}

/// A new session on the built-in framework, dated today. A blank title becomes a plain one.
pub fn new_session(title: &str) -> Session {
    new_session_on(title, default_framework())
}

/// A new session on an organisation's own framework, dated today, with no notes, actions or
/// polls. A blank title becomes a plain one.
pub fn new_session_on(title: &str, framework: Framework) -> Session {
    let title = title.trim();
    let title = if title.is_empty() {
        DEFAULT_TITLE
    } else {
        title
    };
    Session::new(title, Local::now().date_naive(), framework)
}

/// The title of a session nobody has named yet.
pub const DEFAULT_TITLE: &str = "Strategic planning retreat";
