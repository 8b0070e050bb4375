//! The example sessions shipped in `sessions/`, made again by their generators.

mod example_file;
