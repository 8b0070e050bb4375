//! The `plaza` program, run as a user would.

use std::path::Path;
use std::process::{Command, Output};

mod commands;
mod language_errors;
mod languages;
mod new_from;
#[cfg(unix)]
mod writes;

/// Runs the real `plaza` program with `args`, its data folder and home in `data_home`, in an
/// English locale whatever the machine running the tests speaks.
pub(crate) fn plaza(args: &[&str], data_home: &Path) -> Output {
    plaza_in_locale(args, data_home, "en_US.UTF-8")
}

/// Runs the real `plaza` program as [`plaza`] does, with `LANG` set to `locale` (and nothing
/// overriding it).
pub(crate) fn plaza_in_locale(args: &[&str], data_home: &Path, locale: &str) -> Output {
    Command::new(env!("CARGO_BIN_EXE_plaza"))
        .args(args)
        .env("XDG_DATA_HOME", data_home)
        .env("HOME", data_home)
        .env_remove("LC_ALL")
        .env_remove("LC_MESSAGES")
        .env("LANG", locale)
        .output()
        .expect("run plaza")
}

/// What the program printed on standard output.
pub(crate) fn stdout(output: &Output) -> String {
    String::from_utf8_lossy(&output.stdout).into_owned()
}
