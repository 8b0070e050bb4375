use std::process::ExitCode;

use clap::Parser;
use plaza::cli::{Cli, Command, merge_files, new_session_file, report_file, validate_files};

fn main() -> ExitCode {
    let cli = Cli::parse();
    match cli.command {
        Some(Command::New(args)) => match new_session_file(&args) {
            Ok(path) => {
                println!("{}", path.display());
                ExitCode::SUCCESS
            }
            Err(error) => {
                eprintln!("plaza: {error}");
                ExitCode::FAILURE
            }
        },
        Some(Command::Validate(args)) => {
            match validate_files(&args.files, &mut std::io::stdout().lock()) {
                Ok(true) => ExitCode::SUCCESS,
                Ok(false) => ExitCode::FAILURE,
                Err(error) => {
                    eprintln!("plaza: {error}");
                    ExitCode::FAILURE
                }
            }
        }
        Some(Command::Report(args)) => match report_file(&args, &mut std::io::stdout().lock()) {
            Ok(()) => ExitCode::SUCCESS,
            Err(error) => {
                eprintln!("plaza: {error:#}");
                ExitCode::FAILURE
            }
        },
        Some(Command::Merge(args)) => match merge_files(&args, &mut std::io::stdout().lock()) {
            Ok(()) => ExitCode::SUCCESS,
            Err(error) => {
                eprintln!("plaza: {error:#}");
                ExitCode::FAILURE
            }
        },
        None => match plaza::gui::run(cli.file) {
            Ok(()) => ExitCode::SUCCESS,
            Err(error) => {
                eprintln!("plaza: {error}");
                ExitCode::FAILURE
            }
        },
    }
}
