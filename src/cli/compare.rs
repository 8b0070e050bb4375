use std::io::Write;

use anyhow::Context;

use super::{CompareArgs, CompareFormat};
use crate::report::{compare, comparison_markdown, json_safe};
use crate::store::load;

/// Writes the comparison of two session files to `out`. Both files are only read.
pub fn compare_files(args: &CompareArgs, out: &mut impl Write) -> anyhow::Result<()> {
    let before = load(&args.before)?.session;
    let after = load(&args.after)?.session;
    let comparison = compare(&before, &after);
    let text = match args.format {
        CompareFormat::Md => comparison_markdown(&comparison),
        CompareFormat::Json => {
            let mut text = serde_json::to_string_pretty(&comparison)
                .context("the comparison could not be written as JSON")?;
            text.push('\n');
            json_safe(text)
        }
    };
    out.write_all(text.as_bytes())
        .context("could not write the comparison to standard output")
}
