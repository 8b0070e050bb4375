//! Sessions made by the program itself: the example retreat shipped in `sessions/`, and large
//! generated sessions for benchmarks and stress tests. Deterministic, so files stay identical.

mod example;
mod example_words;
mod large;
mod note_poll;
mod seeded;

pub use example::{example_retreat, last_year_retreat};
pub use large::{large_session, ranking_session, with_themes};
pub use note_poll::note_poll_session;
