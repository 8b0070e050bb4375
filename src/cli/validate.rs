use std::io::{self, Write};
use std::path::PathBuf;

use crate::report::terminal_safe;
use crate::store::{StoreError, load};

/// Checks each file and writes one line per problem (or `FILE: ok`) to `out`. Returns whether
/// every file is valid. Never changes a file. What a file holds, and its name, are shown with
/// control characters escaped, so no file can forge a line of this output.
pub fn validate_files(files: &[PathBuf], out: &mut impl Write) -> io::Result<bool> {
    let mut all_valid = true;
    let mut say = |line: String| writeln!(out, "{}", terminal_safe(&line));
    for path in files {
        let name = path.display();
        match load(path) {
            Ok(loaded) if loaded.problems.is_empty() => say(format!("{name}: ok"))?,
            Ok(loaded) => {
                all_valid = false;
                for problem in &loaded.problems {
                    say(format!("{name}: {problem}"))?;
                }
            }
            Err(StoreError::Read { source, .. }) => {
                all_valid = false;
                say(format!("{name}: cannot read: {source}"))?;
            }
            Err(error) => {
                all_valid = false;
                say(error.to_string())?;
            }
        }
    }
    Ok(all_valid)
}
