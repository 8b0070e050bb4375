//! Plaza's test suite, one binary so it links once.

mod autosave;
mod cli;
mod example_file;
#[cfg(unix)]
mod failures;
mod framework_seed;
#[cfg(unix)]
mod kill_loop;
mod lock;
mod model_edits;
mod model_results;
mod roundtrip;
mod support;
