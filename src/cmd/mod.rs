//! One file per subcommand, each with one `run`, and where their rows go.

pub mod evaluate;
pub mod export;
pub mod import;
pub mod query;
pub mod report;
pub mod search;
pub mod status;
pub mod upgrade;

use std::io::{IsTerminal, Write};
use std::path::Path;

use anyhow::Context;

use crate::cli::OutputArgs;
use crate::output::{Format, Style};

/// Where rows go: stdout, or a temporary file renamed over FILE once everything is written.
/// `write` returns how many rows it wrote.
pub(crate) fn with_output(
    args: &OutputArgs,
    write: impl FnOnce(&mut dyn Write, Format, Style) -> anyhow::Result<u64>,
) -> anyhow::Result<()> {
    let style = Style { excel: args.excel };
    if args.excel && !matches!(args.format, None | Some(Format::Csv)) {
        return Err(crate::Error::usage(
            "--excel writes spreadsheet-safe CSV: use it with --format csv, or without --format",
        )
        .into());
    }
    match &args.output {
        None => {
            let format = args.format.unwrap_or(if args.excel {
                Format::Csv
            } else if std::io::stdout().is_terminal() {
                Format::Table
            } else {
                Format::Csv
            });
            let stdout = std::io::stdout();
            let mut out = std::io::BufWriter::new(stdout.lock());
            write(&mut out, format, style)?;
            out.flush()?;
        }
        Some(path) => {
            let format = args.format.unwrap_or(Format::Csv);
            let dir = path
                .parent()
                .filter(|p| !p.as_os_str().is_empty())
                .unwrap_or(Path::new("."));
            let mut tmp = tempfile::NamedTempFile::new_in(dir)
                .with_context(|| format!("cannot create a file in {}", dir.display()))?;
            let n = {
                let mut out = std::io::BufWriter::new(tmp.as_file_mut());
                let n = write(&mut out, format, style)?;
                out.flush()?;
                n
            };
            tmp.persist(path)
                .with_context(|| format!("cannot write {}", path.display()))?;
            eprintln!("{n} row(s) written to {}", path.display());
        }
    }
    Ok(())
}
