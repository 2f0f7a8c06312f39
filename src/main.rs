use std::process::ExitCode;

use clap::Parser;

fn main() -> ExitCode {
    let cli = match diplocat::cli::Cli::try_parse() {
        Ok(cli) => cli,
        Err(e) => {
            let _ = e.print();
            return ExitCode::from(if e.use_stderr() { 2 } else { 0 });
        }
    };
    match diplocat::run(cli) {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) if diplocat::is_broken_pipe(&e) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("diplocat: {}", diplocat::error_chain(&e));
            if let Some(advice) = diplocat::advice(&e) {
                eprintln!("{advice}");
            }
            ExitCode::from(diplocat::exit_code(&e))
        }
    }
}
