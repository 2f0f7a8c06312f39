//! `diplocat status` and the import summary: what the catalog holds.

use std::io::Write;
use std::path::Path;

use rusqlite::Connection;

use crate::catalog::{self, TABLES};
use crate::import::Summary;

pub fn run(db: &Path) -> anyhow::Result<()> {
    let conn = catalog::open_read_only(db)?;
    let mut out = std::io::stdout().lock();
    writeln!(out, "catalog: {}", db.display())?;
    let applied = catalog::applied_migrations(&conn)?;
    let version = applied.last().map(|(v, _, _, _)| *v).unwrap_or(0);
    writeln!(out, "schema version: {version}")?;
    writeln!(out, "migrations applied:")?;
    for (v, name, _, _) in &applied {
        writeln!(out, "  V{v}__{name}")?;
    }
    let pending = catalog::pending_migrations(&conn, db)?;
    if !pending.is_empty() {
        writeln!(out, "migrations pending (run `diplocat upgrade`):")?;
        for m in &pending {
            writeln!(out, "  {m}")?;
        }
    }
    print_counts(&mut out, &conn)?;
    Ok(())
}

/// `diplocat upgrade`: applies this build's pending migrations and says which.
pub fn upgrade(db: &Path) -> anyhow::Result<()> {
    let applied = catalog::upgrade(db)?;
    let mut out = std::io::stdout().lock();
    if applied.is_empty() {
        writeln!(
            out,
            "{}: already up to date, nothing to upgrade",
            db.display()
        )?;
    } else {
        writeln!(out, "upgraded {}: applied", db.display())?;
        for m in &applied {
            writeln!(out, "  {m}")?;
        }
    }
    Ok(())
}

pub fn print_counts(out: &mut impl Write, conn: &Connection) -> anyhow::Result<()> {
    writeln!(out, "rows per table:")?;
    for t in TABLES {
        let n: i64 = conn.query_row(&format!("SELECT count(*) FROM {t}"), [], |r| r.get(0))?;
        writeln!(out, "  {t:<20} {n:>8}")?;
    }
    Ok(())
}

pub fn print_summary(
    out: &mut impl Write,
    db: &Path,
    s: &Summary,
    dry_run: bool,
) -> anyhow::Result<()> {
    if dry_run {
        writeln!(
            out,
            "dry run: nothing was written to {}; the import would give:",
            db.display()
        )?;
    } else if s.is_unchanged() {
        writeln!(
            out,
            "{}: already up to date, nothing new and nothing updated",
            db.display()
        )?;
    } else {
        writeln!(out, "imported into {}:", db.display())?;
    }
    writeln!(
        out,
        "  {:<20} {:>8} {:>8} {:>10} {:>8}",
        "table", "new", "updated", "unchanged", "removed"
    )?;
    for t in TABLES {
        let c = s.tables.get(t).copied().unwrap_or_default();
        writeln!(
            out,
            "  {t:<20} {:>8} {:>8} {:>10} {:>8}",
            c.new, c.updated, c.unchanged, c.removed
        )?;
    }
    if dry_run && !s.findings.is_empty() {
        writeln!(out, "found in the articles:")?;
        for f in &s.findings {
            writeln!(out, "  {f}")?;
        }
    }
    Ok(())
}
