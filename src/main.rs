//! The `plaza` program: the command line (clap) leads to the app or to a headless command.

use std::io::Write;
use std::process::ExitCode;

use clap::Parser;
use plaza::cli::{
    Cli, Command, compare_files, created_unsaid, error_message_in, exit_status, merge_files,
    new_session_file, report_file, serve_file, stdout_error, unplaced_message, validate_files,
};

/// Exit 0 on success; otherwise say what went wrong, once and in full, and exit 1 (2 for a
/// command line that asks for the impossible).
fn finish(result: anyhow::Result<ExitCode>) -> ExitCode {
    match result {
        Ok(code) => code,
        Err(error) => {
            let words = plaza::cli::system_words();
            // Standard error may be closed too: then there is nobody left to tell.
            #[expect(clippy::let_underscore_must_use, reason = "nobody is left to tell")]
            let _ = writeln!(
                std::io::stderr(),
                "plaza: {}",
                error_message_in(&error, words)
            );
            ExitCode::from(exit_status(&error))
        }
    }
}

/// Runs a command that writes to standard output, and makes sure what it wrote arrived: a
/// full disk or a closed pipe is an error, never a panic.
fn with_stdout(
    run: impl FnOnce(&mut std::io::StdoutLock<'static>) -> anyhow::Result<ExitCode>,
) -> anyhow::Result<ExitCode> {
    let mut stdout = std::io::stdout().lock();
    let code = run(&mut stdout)?;
    stdout.flush().map_err(|error| stdout_error(&error))?;
    Ok(code)
}

fn main() -> ExitCode {
    let cli = Cli::parse();
    let done = |()| ExitCode::SUCCESS;
    finish(match cli.command {
        Some(Command::New(args)) => {
            with_stdout(|out| {
                let created = new_session_file(&args)?;
                if let Some(from) = &args.from {
                    let mut stderr = std::io::stderr().lock();
                    for line in &created.unplaced {
                        let message = unplaced_message(from, line);
                        // The session is written; a closed standard error loses only the list.
                        #[expect(
                            clippy::let_underscore_must_use,
                            reason = "the session is written"
                        )]
                        let _ =
                            writeln!(stderr, "plaza: {}", plaza::report::terminal_safe(&message));
                    }
                }
                let path = created.path;
                writeln!(
                    out,
                    "{}",
                    plaza::report::terminal_safe(&path.display().to_string())
                )
                .map_err(|error| created_unsaid(&path, &error))?;
                Ok(ExitCode::SUCCESS)
            })
        }
        Some(Command::Validate(args)) => with_stdout(|out| {
            let valid = validate_files(&args.files, out).map_err(|error| stdout_error(&error))?;
            Ok(if valid {
                ExitCode::SUCCESS
            } else {
                ExitCode::FAILURE
            })
        }),
        Some(Command::Report(args)) => with_stdout(|out| report_file(&args, out).map(done)),
        Some(Command::Merge(args)) => with_stdout(|out| merge_files(&args, out).map(done)),
        Some(Command::Compare(args)) => with_stdout(|out| compare_files(&args, out).map(done)),
        Some(Command::Serve(args)) => with_stdout(|out| serve_file(&args, out).map(done)),
        None => {
            let start = plaza::gui::Start {
                file: cli.file,
                compare: cli.compare,
                merge_in: cli.merge_in,
            };
            plaza::gui::run(start).map(done)
        }
    })
}
