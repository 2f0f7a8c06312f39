use std::process::ExitCode;

use clap::Parser;

use diplocat::error;

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
        Err(e) if error::is_broken_pipe(&e) => ExitCode::SUCCESS,
        Err(e) => {
            // Messages name files and values from the input: no control character of theirs
            // reaches the terminal (a list's own line breaks stay).
            let message: String = error::chain(&e)
                .split('\n')
                .map(|line| diplocat::output::printable(line).into_owned())
                .collect::<Vec<_>>()
                .join("\n");
            diplocat::output::note(&format!("diplocat: {message}"));
            if let Some(advice) = error::advice(&e) {
                diplocat::output::note(advice);
            }
            ExitCode::from(error::exit_code(&e))
        }
    }
}
