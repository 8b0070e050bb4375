//! The command line: what `plaza` accepts, and the headless commands behind it.

mod compare;
mod framework_file;
mod merge;
mod new;
mod report;
mod serve;
mod validate;

use std::path::PathBuf;

use clap::{Args, Parser, Subcommand};

use crate::words::{Lang, Words};

pub use compare::compare_files;
pub use framework_file::{FrameworkFile, read_framework, unplaced_message};
pub use merge::merge_files;
pub use new::{Created, new_session_file};
pub use report::report_file;
pub use serve::serve_file;
pub use validate::validate_files;

/// The words of this command line's messages: the system's language (`LC_ALL`,
/// `LC_MESSAGES`, `LANG`), English when it names none Plaza speaks.
pub fn system_words() -> &'static Words {
    Words::of(Lang::of_system())
}

/// Standard output could not take what a command wrote (a full disk, a closed pipe), in the
/// system's language.
pub fn stdout_error(error: &std::io::Error) -> anyhow::Error {
    anyhow::anyhow!(crate::tr!(
        system_words(),
        "cli-stdout",
        reason = error.to_string()
    ))
}

/// `plaza new` wrote the session at `path` but could not print its name, in the system's
/// language.
pub fn created_unsaid(path: &std::path::Path, error: &std::io::Error) -> anyhow::Error {
    anyhow::anyhow!(crate::tr!(
        system_words(),
        "cli-created-unsaid",
        path = path.display().to_string(),
        reason = error.to_string()
    ))
}

/// An error as one line for a person, in English; `error_message_in` words it in a language.
pub fn error_message(error: &anyhow::Error) -> String {
    error_message_in(error, Words::of(Lang::English))
}

/// One cause of an error in `words`' language, when Plaza knows its kind; else as it says it.
fn cause_words(cause: &(dyn std::error::Error + 'static), words: &Words) -> String {
    if let Some(error) = cause.downcast_ref::<crate::store::StoreError>() {
        words.store_error(error)
    } else if let Some(error) = cause.downcast_ref::<crate::store::DecodeError>() {
        words.decode_error(error)
    } else if let Some(error) = cause.downcast_ref::<crate::report::ExportError>() {
        crate::report::export_error(error, words)
    } else if let Some(error) = cause.downcast_ref::<crate::model::EditError>() {
        words.edit_error(error)
    } else if let Some(error) = cause.downcast_ref::<crate::report::MergeError>() {
        crate::report::merge_error(error, words)
    } else if let Some(error) = cause.downcast_ref::<crate::model::ImportError>() {
        words.import_error(error)
    } else {
        cause.to_string()
    }
}

/// An error as one line for a person in `words`' language: each cause added once (a message that already quotes its
/// cause is not followed by it again), with control characters and bidirectional overrides
/// from file names or file contents shown as escapes.
pub fn error_message_in(error: &anyhow::Error, words: &Words) -> String {
    let mut line = String::new();
    for cause in error.chain() {
        let text = cause_words(cause, words);
        if line.contains(&text) {
            continue;
        }
        if !line.is_empty() {
            line.push_str(": ");
        }
        line.push_str(&text);
    }
    crate::report::terminal_safe(&line).into_owned()
}

/// The exit status for an error: 2 when the command line asked for something impossible (a
/// report format its file name contradicts), 1 otherwise.
pub fn exit_status(error: &anyhow::Error) -> u8 {
    match error.downcast_ref::<crate::report::ExportError>() {
        Some(
            crate::report::ExportError::Extension { .. }
            | crate::report::ExportError::FormatMismatch { .. },
        ) => 2,
        _ => 1,
    }
}

/// Present an organisation's mission, vision and values at a retreat, capture what the room
/// says, and run votes on the shared screen. With no command, opens the app.
#[derive(Debug, Parser)]
#[command(name = "plaza", version, args_conflicts_with_subcommands = true)]
pub struct Cli {
    /// What to do; with none, the app opens.
    #[command(subcommand)]
    pub command: Option<Command>,
    /// A session file to open in the app (created if it does not exist). Without it, the app
    /// reopens the session worked on last, or shows the start screen (New session, Open…,
    /// recent sessions).
    pub file: Option<PathBuf>,
    /// Open the app comparing FILE with this session (last year's, say).
    #[arg(long, value_name = "OTHER", requires = "file")]
    pub compare: Option<PathBuf>,
    /// Open the app showing what merging this session (a breakout laptop's) into FILE would
    /// add; nothing changes until you choose Merge.
    #[arg(
        long,
        value_name = "OTHER",
        requires = "file",
        conflicts_with = "compare"
    )]
    pub merge_in: Option<PathBuf>,
}

/// The headless commands.
#[derive(Debug, Subcommand)]
pub enum Command {
    /// Write a new session file on the built-in framework, or on an organisation's own
    /// (`--from`), and print its path.
    New(NewArgs),
    /// Check session files and list every problem; changes nothing.
    ///
    /// Prints `FILE: ok` for each valid file, or one line per problem. Exits 0 when all files are
    /// valid, 1 when any is not, 2 when the command line is wrong.
    Validate(ValidateArgs),
    /// Write a report of a session: Markdown (the default), HTML, CSV or JSON.
    ///
    /// Markdown has the action items, the results, and the notes by item and kind. HTML has
    /// the same with bar charts, in one file that prints cleanly on A4 or Letter. CSV writes
    /// one table (`--table`, notes by default). JSON is the session's facts and computed
    /// results for other tools (see docs/REPORT-JSON.md). The session file is only read.
    Report(ReportArgs),
    /// Merge sessions captured on several laptops into a new session file.
    ///
    /// Notes, action items, polls and ballots are joined by id. The same id with different
    /// content is a conflict: both versions are kept and reported. A ballot that breaks its
    /// poll's limits is left out and reported. The input files are never changed.
    Merge(MergeArgs),
    /// Compare two sessions (last year's and this year's): the polls compared and how many
    /// voted in each, then per item the notes, share of the dots, mean rating, Borda rank and
    /// share of the hand count before and after, and the items only one of them has.
    ///
    /// Dots and hand counts are compared as shares of everything cast in that year's poll, so
    /// a year with more voters does not look keener. Each session's latest poll of a method
    /// stands for it.
    Compare(CompareArgs),
    /// Let phones vote on a session's poll over this computer's network, with no window open.
    ///
    /// Serves the voting page and its API (docs/VOTING.md) for the poll named by --poll (a
    /// draft is opened) or else the one open poll. The first two lines on standard output are
    /// the address phones open, `http://ADDR:PORT/`, and `code: NNNN`, the join code. Ctrl+C or
    /// SIGTERM stops it once every acknowledged ballot is on disk, leaving the poll open.
    Serve(ServeArgs),
}

/// Arguments of `plaza serve`.
#[derive(Debug, Args)]
pub struct ServeArgs {
    /// The session file.
    pub file: PathBuf,
    /// The poll phones vote on, by id; by default the one open poll.
    #[arg(long)]
    pub poll: Option<String>,
    /// The address to listen on: one of this computer's, or 0.0.0.0 (the default) for all,
    /// in which case the address printed is the first on the network.
    #[arg(long, default_value = "0.0.0.0")]
    pub bind: std::net::IpAddr,
    /// The port; by default 8080, or the next free one after it. 0 takes any free port.
    #[arg(long)]
    pub port: Option<u16>,
}

/// Formats of `plaza compare`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum CompareFormat {
    /// Markdown.
    Md,
    /// JSON for other tools.
    Json,
}

/// Arguments of `plaza compare`.
#[derive(Debug, Args)]
pub struct CompareArgs {
    /// The earlier session.
    pub before: PathBuf,
    /// The later session.
    pub after: PathBuf,
    /// The comparison's format.
    #[arg(long, short, value_enum, default_value = "md")]
    pub format: CompareFormat,
    /// The comparison's language: en (the default) or es. JSON is the same in every language.
    #[arg(long, value_name = "LANG")]
    pub lang: Option<Lang>,
}

/// Arguments of `plaza merge`.
#[derive(Debug, Args)]
pub struct MergeArgs {
    /// The sessions to merge; the first gives the merged session its title and details.
    #[arg(required = true, num_args = 2..)]
    pub files: Vec<PathBuf>,
    /// The new file to write the merged session to.
    #[arg(long, short, required = true)]
    pub output: PathBuf,
}

/// Arguments of `plaza report`.
#[derive(Debug, Args)]
pub struct ReportArgs {
    /// The session file.
    pub file: PathBuf,
    /// The report's format. With `--output`, the file's extension decides it (.md, .markdown,
    /// .html, .htm, .csv, .json), and a format given here must agree; without, Markdown.
    #[arg(long, short, value_enum)]
    pub format: Option<crate::report::Format>,
    /// The table a CSV report holds.
    #[arg(long, value_enum)]
    pub table: Option<crate::report::Table>,
    /// Where to write it; by default, standard output. Written whole or not at all; never over
    /// a session.
    #[arg(long, short)]
    pub output: Option<PathBuf>,
    /// The report's language: en (the default) or es. JSON is the same in every language.
    #[arg(long, value_name = "LANG")]
    pub lang: Option<Lang>,
}

/// Arguments of `plaza new`.
#[derive(Debug, Args)]
pub struct NewArgs {
    /// The session's title.
    #[arg(long, short, default_value = crate::store::DEFAULT_TITLE)]
    pub title: String,
    /// Where to write it; by default a new file in Plaza's sessions folder.
    #[arg(long, short)]
    pub output: Option<PathBuf>,
    /// The organisation's statement to start from: a .txt or .md file (a title, then each
    /// section's lead-in line with its items as bullets), or a .ron file holding a Framework(…)
    /// or a session whose framework is reused without its notes, actions or polls. Lines that
    /// find no place are listed on standard error; a file that cannot be imported writes
    /// nothing.
    #[arg(long, value_name = "FILE")]
    pub from: Option<PathBuf>,
}

/// Arguments of `plaza validate`.
#[derive(Debug, Args)]
pub struct ValidateArgs {
    /// The session files to check.
    #[arg(required = true)]
    pub files: Vec<PathBuf>,
}
