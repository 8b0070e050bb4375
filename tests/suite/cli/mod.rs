//! The `plaza` program, run as a user would.

mod commands;
#[cfg(unix)]
mod writes;
