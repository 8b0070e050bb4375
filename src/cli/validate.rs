use std::io::{self, Write};
use std::path::PathBuf;

use crate::store::{StoreError, load};

/// Checks each file and writes one line per problem (or `FILE: ok`) to `out`. Returns whether
/// every file is valid. Never changes a file.
pub fn validate_files(files: &[PathBuf], out: &mut impl Write) -> io::Result<bool> {
    let mut all_valid = true;
    for path in files {
        let name = path.display();
        match load(path) {
            Ok(loaded) if loaded.problems.is_empty() => writeln!(out, "{name}: ok")?,
            Ok(loaded) => {
                all_valid = false;
                for problem in &loaded.problems {
                    writeln!(out, "{name}: {problem}")?;
                }
            }
            Err(StoreError::Read { source, .. }) => {
                all_valid = false;
                writeln!(out, "{name}: cannot read: {source}")?;
            }
            Err(error) => {
                all_valid = false;
                writeln!(out, "{error}")?;
            }
        }
    }
    Ok(all_valid)
}
