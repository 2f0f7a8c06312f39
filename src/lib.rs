//! diplocat: a catalog of news articles about official meetings, in one SQLite file.
//!
//! Data flows one way: files -> import (parse, extract, validate) -> catalog -> report/query -> output.

pub mod catalog;
pub mod cli;
mod commands;
pub mod date;
pub mod extract;
pub mod import;
pub mod output;
pub mod progress;
pub mod query;
pub mod report;
mod status;
pub mod synth;

use std::io::Write;

use anyhow::Context;

use cli::{Cli, Command};

/// A mistake in how diplocat was called (exit status 2).
#[derive(Debug, thiserror::Error)]
#[error("{0}")]
pub struct UsageError(pub String);

/// Some input files were skipped; the rest was imported (exit status 1).
#[derive(Debug, thiserror::Error)]
#[error("{} file(s) skipped, the rest imported:\n{}", .0.len(), .0.iter().map(|p| format!("  {p}")).collect::<Vec<_>>().join("\n"))]
pub struct SkippedFiles(pub Vec<import::Problem>);

pub fn run(cli: Cli) -> anyhow::Result<()> {
    match cli.command {
        Command::Import {
            paths,
            dry_run,
            strict,
        } => cmd_import(&cli.db, &paths, import::ImportOptions { strict, dry_run }),
        Command::Status => status::run(&cli.db),
        Command::Report {
            name,
            params,
            output,
        } => commands::report(&cli.db, name.as_deref(), &params, &output),
        Command::Query {
            sql,
            file,
            params,
            timeout,
            output,
        } => commands::query(
            &cli.db,
            sql.as_deref(),
            file.as_deref(),
            &params,
            timeout,
            &output,
        ),
        Command::Export { dir, excel } => commands::export(&cli.db, &dir, excel),
        Command::Search {
            words,
            raw,
            limit,
            output,
        } => commands::search(&cli.db, &words, raw, limit, &output),
    }
}

fn cmd_import(
    db: &std::path::Path,
    paths: &[std::path::PathBuf],
    options: import::ImportOptions,
) -> anyhow::Result<()> {
    let mut problems = Vec::new();
    let folders: Vec<import::source::SeedFolder> = if paths.is_empty() {
        vec![import::source::bundled_seed()]
    } else {
        paths
            .iter()
            .map(|p| import::source::from_path(p, &mut problems))
            .collect()
    };
    if !problems.is_empty() {
        return Err(import::ImportError::Invalid(problems).into());
    }
    let mut conn = if options.dry_run && !db.exists() {
        catalog::open_in_memory()?
    } else {
        catalog::open_for_writing(db)?
    };
    let (summary, plan) = import::import(&mut conn, &folders, options, report::install_views)
        .with_context(|| format!("importing into {}", db.display()))?;
    let mut out = std::io::stdout().lock();
    status::print_summary(&mut out, db, &summary, options.dry_run)?;
    if !options.dry_run {
        status::print_counts(&mut out, &conn)?;
    }
    out.flush()?;
    if !plan.skipped.is_empty() {
        return Err(SkippedFiles(plan.skipped).into());
    }
    Ok(())
}

/// The error and its causes on one line.
pub fn error_chain(e: &anyhow::Error) -> String {
    let mut parts: Vec<String> = Vec::new();
    for cause in e.chain() {
        let s = cause.to_string();
        if !parts.iter().any(|p| p.contains(&s)) {
            parts.push(s);
        }
    }
    parts.join(": ")
}

pub fn exit_code(e: &anyhow::Error) -> u8 {
    if e.downcast_ref::<UsageError>().is_some()
        || e.downcast_ref::<report::ReportError>()
            .is_some_and(|r| r.is_usage())
        || matches!(
            e.downcast_ref::<query::QueryError>(),
            Some(query::QueryError::Empty)
        )
    {
        2
    } else {
        1
    }
}

/// A closed pipe (`diplocat ... | head`) is not an error.
pub fn is_broken_pipe(e: &anyhow::Error) -> bool {
    e.chain().any(|c| {
        c.downcast_ref::<std::io::Error>()
            .is_some_and(|io| io.kind() == std::io::ErrorKind::BrokenPipe)
    })
}
