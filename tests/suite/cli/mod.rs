//! The `plaza` program, run as a user would.

mod commands;
mod new_from;
#[cfg(unix)]
mod writes;
