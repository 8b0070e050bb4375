//! The sessions the program makes: the examples shipped in `sessions/`, made again by their
//! generators, and the generated ones benchmarks and tests use.

mod example_file;
mod generated;
