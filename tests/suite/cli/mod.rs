//! The `plaza` program, run as a user would.

use std::path::Path;
use std::process::{Command, Output};

mod commands;
mod new_from;
#[cfg(unix)]
mod writes;

/// Runs the real `plaza` program with `args`, its data folder and home in `data_home`.
pub(crate) fn plaza(args: &[&str], data_home: &Path) -> Output {
    Command::new(env!("CARGO_BIN_EXE_plaza"))
        .args(args)
        .env("XDG_DATA_HOME", data_home)
        .env("HOME", data_home)
        .output()
        .expect("run plaza")
}

/// What the program printed on standard output.
pub(crate) fn stdout(output: &Output) -> String {
    String::from_utf8_lossy(&output.stdout).into_owned()
}
