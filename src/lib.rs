//! diplocat: a catalog of news articles about official meetings, in one SQLite file.
//!
//! Data flows one way: files -> source -> extract (pure) -> plan (pure) -> the one writer ->
//! catalog -> report/query -> output.

pub mod catalog;
pub mod chart;
pub mod cli;
mod cmd;
pub mod datasette;
pub mod error;
pub mod evaluate;
pub mod extract;
pub mod graph;
pub mod import;
pub mod interrupt;
pub mod model;
pub mod output;
pub mod progress;
pub mod query;
pub mod report;
pub mod source;

pub use error::{Error, Result};

use cli::{Cli, Command};

/// Runs one command. Errors from the catalog name the catalog they happened in.
pub fn run(cli: Cli) -> anyhow::Result<()> {
    let db = cli.db;
    // Commands that only read the catalog leave no -wal or -shm file they made.
    let reads = !matches!(
        cli.command,
        Command::Import(_) | Command::Upgrade | Command::Completions(_) | Command::Man(_)
    );
    let had_wal_files = reads && catalog::has_wal_files(&db);
    let result = match &cli.command {
        Command::Import(args) => cmd::import::run(&db, args),
        Command::Status(args) => cmd::status::run(&db, args),
        Command::Upgrade => cmd::upgrade::run(&db),
        Command::Report(args) => cmd::report::run(&db, args),
        Command::Query(args) => cmd::query::run(&db, args),
        Command::Export(args) => cmd::export::run(&db, args),
        Command::Search(args) => cmd::search::run(&db, args),
        Command::Evaluate(args) => cmd::evaluate::run(&db, args),
        Command::Graph(args) => cmd::graph::run(&db, args),
        Command::Chart(args) => cmd::chart::run(&db, args),
        Command::DatasetteMetadata(args) => cmd::datasette::run(&db, args),
        Command::Completions(args) => cmd::completions::run(args),
        Command::Man(args) => cmd::man::run(args),
    };
    if reads {
        catalog::tidy_after_reading(&db, had_wal_files);
    }
    result.map_err(|e| {
        let named = error::chain(&e).contains(&db.display().to_string());
        let from_sqlite = error::find(&e).is_some_and(|l| l.sqlite_code().is_some());
        if !named && (from_sqlite || error::advice(&e).is_some()) {
            e.context(format!("catalog {}", db.display()))
        } else {
            e
        }
    })
}
