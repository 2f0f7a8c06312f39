//! Integration tests: the real binary on a temporary directory.

mod articles_csv;
mod bad_input;
#[path = "../../fuzz/check_article.rs"]
mod check_article;
mod datasette;
mod decided;
mod decisions;
mod defects;
mod evaluation;
mod extraction;
mod extraction_people;
mod generator;
mod hardening;
mod import;
mod pictures;
mod properties;
mod read;
mod second_trial;
mod shell;
#[path = "../../benches/support/synth.rs"]
mod synth;
mod trial;
mod withdrawals;

use std::path::{Path, PathBuf};

use assert_cmd::Command;
use tempfile::TempDir;

pub type TestResult = Result<(), Box<dyn std::error::Error>>;

/// A temporary directory holding a catalog path.
pub struct Workspace {
    pub dir: TempDir,
}

impl Workspace {
    pub fn new() -> Result<Workspace, std::io::Error> {
        Ok(Workspace {
            dir: TempDir::new()?,
        })
    }

    pub fn db(&self) -> PathBuf {
        self.dir.path().join("catalog.db")
    }

    /// `diplocat --db <temp>/catalog.db ARGS...`, run in the temporary directory.
    pub fn cmd(&self, args: &[&str]) -> Result<Command, Box<dyn std::error::Error>> {
        let mut cmd = Command::cargo_bin("diplocat")?;
        cmd.current_dir(self.dir.path())
            .env_remove("DIPLOCAT_DB")
            .arg("--db")
            .arg(self.db())
            .args(args);
        Ok(cmd)
    }

    pub fn seeded() -> Result<Workspace, Box<dyn std::error::Error>> {
        let ws = Workspace::new()?;
        ws.cmd(&["import"])?.assert().success();
        Ok(ws)
    }

    pub fn open(&self) -> rusqlite::Result<rusqlite::Connection> {
        rusqlite::Connection::open(self.db())
    }
}

/// Every subcommand, as the command line declares it (help aside).
pub fn subcommands() -> Vec<String> {
    use clap::CommandFactory;
    diplocat::cli::Cli::command()
        .get_subcommands()
        .map(|c| c.get_name().to_string())
        .filter(|n| n != "help")
        .collect()
}

pub fn fixture(name: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/fixtures")
        .join(name)
}

pub fn repo_path(name: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join(name)
}

/// Every table's rows, as text, for before/after comparisons.
pub fn dump(conn: &rusqlite::Connection) -> rusqlite::Result<Vec<String>> {
    let mut out = Vec::new();
    let tables: Vec<String> = {
        let mut stmt = conn.prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' AND name NOT LIKE '%fts%' AND name <> 'refinery_schema_history' ORDER BY name")?;
        let rows = stmt.query_map([], |r| r.get(0))?;
        rows.collect::<rusqlite::Result<_>>()?
    };
    for t in tables {
        let mut stmt = conn.prepare(&format!("SELECT * FROM \"{t}\" ORDER BY 1"))?;
        let n = stmt.column_count();
        let mut rows = stmt.query([])?;
        while let Some(r) = rows.next()? {
            let mut line = format!("{t}:");
            for i in 0..n {
                let v: rusqlite::types::Value = r.get(i)?;
                if t == "articles" && stmt_column_is(r, i, "imported_at") {
                    continue;
                }
                line.push_str(&format!("{v:?}|"));
            }
            out.push(line);
        }
    }
    Ok(out)
}

fn stmt_column_is(r: &rusqlite::Row, i: usize, name: &str) -> bool {
    r.as_ref()
        .column_name(i)
        .map(|n| n == name)
        .unwrap_or(false)
}
