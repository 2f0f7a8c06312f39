//! diplocat: a catalog of news articles about official meetings, in one SQLite file.
//!
//! Data flows one way: files -> import (parse, extract, validate) -> catalog -> report/query -> output.

pub mod catalog;
pub mod cli;
mod cmd;
mod commands;
pub mod date;
pub mod evaluate;
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
    let db = cli.db.clone();
    run_command(cli).map_err(|e| {
        // Database errors name the catalog they happened in.
        let named = error_chain(&e).contains(&db.display().to_string());
        let from_sqlite = e
            .chain()
            .any(|c| c.downcast_ref::<rusqlite::Error>().is_some());
        if !named && (from_sqlite || advice(&e).is_some()) {
            e.context(format!("catalog {}", db.display()))
        } else {
            e
        }
    })
}

fn run_command(cli: Cli) -> anyhow::Result<()> {
    match cli.command {
        Command::Import {
            paths,
            dry_run,
            strict,
        } => cmd_import(&cli.db, &paths, import::ImportOptions { strict, dry_run }),
        Command::Status => status::run(&cli.db),
        Command::Upgrade => status::upgrade(&cli.db),
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
        Command::Evaluate {
            gold,
            entities,
            files_prefix,
            output,
        } => cmd::evaluate::run(
            &cmd::evaluate::Settings {
                db: &cli.db,
                gold: &gold,
                entities: &entities,
                files_prefix,
            },
            &output,
        ),
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
    for n in &summary.notices {
        eprintln!("diplocat: {n}");
    }
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

/// What to do about a damaged, foreign, read-only or full catalog, from SQLite's error code
/// anywhere in the chain. The catalog is never changed on these errors: each command either
/// commits a whole transaction or nothing.
pub fn advice(e: &anyhow::Error) -> Option<&'static str> {
    use rusqlite::ErrorCode as C;
    let text = error_chain(e);
    let code = e
        .chain()
        .find_map(|c| c.downcast_ref::<rusqlite::Error>())
        .and_then(rusqlite::Error::sqlite_error_code);
    let has = |s: &str| text.contains(s);
    let advice = match code {
        Some(C::NotADatabase) => NOT_A_DATABASE,
        Some(C::DatabaseCorrupt) => DAMAGED,
        Some(C::ReadOnly) => READ_ONLY,
        Some(C::DiskFull) => DISK_FULL,
        Some(C::CannotOpen) => CANNOT_OPEN,
        _ if has("file is not a database") => NOT_A_DATABASE,
        _ if has("malformed") || has("is damaged") => DAMAGED,
        _ if has("readonly database") || has("read-only") => READ_ONLY,
        _ if has("database or disk is full") => DISK_FULL,
        _ if has("unable to open database file") => CANNOT_OPEN,
        _ => return None,
    };
    Some(advice)
}

const NOT_A_DATABASE: &str = "This file is not a diplocat catalog (not an SQLite database); it was left as it is. Give the catalog's path with --db, or move this file away and run `diplocat import` to make a new catalog.";
const DAMAGED: &str = "The catalog is damaged (truncated or overwritten); diplocat changed nothing. Restore it from a backup, or salvage what is left with `sqlite3 OLD.db .recover | sqlite3 NEW.db`, or rebuild it with `diplocat --db NEW.db import` and your files.";
const READ_ONLY: &str = "The catalog cannot be written: the file or its folder is read-only (SQLite also needs to create the -wal and -shm files beside it). Make both writable, or copy the catalog somewhere writable; reports and queries still work on a read-only catalog.";
const DISK_FULL: &str = "The disk is full; the import was rolled back and the catalog is as it was. Free some space (the import needs about twice the size of its articles while it runs) and import again.";
const CANNOT_OPEN: &str = "The catalog cannot be opened or created: check that its folder exists and is writable, and that --db names a file, not a folder.";

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
