//! Command-line interface: every clap type; the doc comments are the --help text.

use std::path::PathBuf;

use clap::{Parser, Subcommand};

/// diplocat: a catalog of news articles about official meetings (who met whom, when, where,
/// in which role, reported by which article and sentence) in one SQLite file.
#[derive(Debug, Parser)]
#[command(name = "diplocat", version, about, long_about = None)]
pub struct Cli {
    /// The catalog file (created by `import` if missing).
    #[arg(
        long,
        global = true,
        env = "DIPLOCAT_DB",
        default_value = "diplocat.db"
    )]
    pub db: PathBuf,

    #[command(subcommand)]
    pub command: Command,
}

#[derive(Debug, Subcommand)]
pub enum Command {
    /// Import articles and curated CSV files; with no PATH, the seed bundled in the binary.
    Import {
        /// Seed-style folders (articles/ plus curated CSV files), folders of .txt articles, or .txt files.
        paths: Vec<PathBuf>,
        /// Check and count everything, then write nothing.
        #[arg(long)]
        dry_run: bool,
        /// Abort the whole import, writing nothing, when a file is not text (default: skip it).
        #[arg(long)]
        strict: bool,
    },
    /// Show the catalog's path, schema version, migrations and row counts.
    Status,
}
