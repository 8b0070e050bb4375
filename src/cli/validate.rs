use std::io::{self, Write};
use std::path::PathBuf;

use super::system_words;
use crate::report::terminal_safe;
use crate::store::{StoreError, load};
use crate::tr;

/// Checks each file and writes one line per problem (or `FILE: ok`) to `out`. Returns whether
/// every file is valid. Never changes a file. What a file holds, and its name, are shown with
/// control characters escaped, so no file can forge a line of this output. Problems are told
/// in the system's language; `FILE: ok`, which scripts read, is the same in every language.
pub fn validate_files(files: &[PathBuf], out: &mut impl Write) -> io::Result<bool> {
    let words = system_words();
    let mut all_valid = true;
    let mut say = |line: String| writeln!(out, "{}", terminal_safe(&line));
    for path in files {
        let name = path.display();
        match load(path) {
            Ok(loaded) if loaded.problems.is_empty() => say(format!("{name}: ok"))?,
            Ok(loaded) => {
                all_valid = false;
                for problem in &loaded.problems {
                    say(format!("{name}: {}", words.problem(problem)))?;
                }
            }
            Err(StoreError::Read { source, .. }) => {
                all_valid = false;
                say(tr!(
                    words,
                    "cli-cannot-read",
                    file = name.to_string(),
                    reason = source.to_string()
                ))?;
            }
            Err(error) => {
                all_valid = false;
                say(words.store_error(&error))?;
            }
        }
    }
    Ok(all_valid)
}
