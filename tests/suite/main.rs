//! Plaza's test suite, one binary so it links once.

mod architecture;
mod autosave;
mod booth_state;
mod cli;
#[cfg(unix)]
mod cli_writes;
mod compare;
mod corpus;
mod example_file;
#[cfg(unix)]
mod failures;
mod framework_seed;
mod gui_booth;
mod gui_booth_layout;
mod gui_console;
mod gui_files;
mod gui_in_order;
mod gui_notes;
mod gui_projector;
mod gui_results_chart;
mod gui_review;
mod gui_theme;
mod gui_timer;
#[cfg(unix)]
mod kill_loop;
mod lock;
mod merge;
mod model_edits;
mod model_results;
mod report;
mod report_browser;
mod report_safety;
mod roundtrip;
#[cfg(feature = "snapshots")]
mod snapshots;
mod support;
