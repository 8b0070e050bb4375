use std::io::Write;

use anyhow::Context;

use super::{CompareArgs, CompareFormat, system_words};
use crate::report::{compare, comparison_markdown_in, json_safe};
use crate::store::load;
use crate::words::Words;

/// Writes the comparison of two session files to `out`, in the language `--lang` asks for
/// (English unless asked, as a report). Both files are only read.
pub fn compare_files(args: &CompareArgs, out: &mut impl Write) -> anyhow::Result<()> {
    let before = load(&args.before)?.session;
    let after = load(&args.after)?.session;
    let comparison = compare(&before, &after);
    let text = match args.format {
        CompareFormat::Md => {
            comparison_markdown_in(&comparison, Words::of(args.lang.unwrap_or_default()))
        }
        CompareFormat::Json => {
            let mut text = serde_json::to_string_pretty(&comparison)
                .context(system_words().get("cli-compare-json"))?;
            text.push('\n');
            json_safe(text)
        }
    };
    out.write_all(text.as_bytes())
        .context(system_words().get("cli-compare-stdout"))
}
