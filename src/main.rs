use std::process::ExitCode;

use clap::Parser;
use plaza::cli::{
    Cli, Command, compare_files, merge_files, new_session_file, report_file, validate_files,
};

/// Exit 0 on success; otherwise say what went wrong, in full, and exit 1.
fn finish<T>(result: anyhow::Result<T>, success: impl FnOnce(T) -> ExitCode) -> ExitCode {
    match result {
        Ok(value) => success(value),
        Err(error) => {
            eprintln!("plaza: {error:#}");
            ExitCode::FAILURE
        }
    }
}

fn main() -> ExitCode {
    let cli = Cli::parse();
    let done = |()| ExitCode::SUCCESS;
    // Locked only by the command that writes; the GUI's threads must never wait for it.
    let stdout = || std::io::stdout().lock();
    match cli.command {
        Some(Command::New(args)) => finish(new_session_file(&args).map_err(Into::into), |path| {
            println!("{}", path.display());
            ExitCode::SUCCESS
        }),
        Some(Command::Validate(args)) => finish(
            validate_files(&args.files, &mut stdout()).map_err(Into::into),
            |valid| {
                if valid {
                    ExitCode::SUCCESS
                } else {
                    ExitCode::FAILURE
                }
            },
        ),
        Some(Command::Report(args)) => finish(report_file(&args, &mut stdout()), done),
        Some(Command::Merge(args)) => finish(merge_files(&args, &mut stdout()), done),
        Some(Command::Compare(args)) => finish(compare_files(&args, &mut stdout()), done),
        None => {
            let start = plaza::gui::Start {
                file: cli.file,
                compare: cli.compare,
                merge_in: cli.merge_in,
            };
            finish(plaza::gui::run(start), done)
        }
    }
}
