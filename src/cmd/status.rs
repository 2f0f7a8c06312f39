//! `diplocat status`: the catalog's path, schema version, migrations and row counts.

use std::io::Write;
use std::path::Path;

use rusqlite::Connection;

use crate::catalog::{self, TABLES};
use crate::cli::StatusArgs;
use crate::Error;

pub fn run(db: &Path, args: &StatusArgs) -> anyhow::Result<()> {
    let conn = catalog::open_read_only(db).map_err(Error::from)?;
    let mut out = std::io::stdout().lock();
    writeln!(out, "catalog: {}", db.display())?;
    let applied = catalog::applied_migrations(&conn).map_err(Error::from)?;
    let version = applied.last().map(|(v, _, _, _)| *v).unwrap_or(0);
    writeln!(out, "schema version: {version}")?;
    writeln!(out, "migrations applied:")?;
    for (v, name, _, _) in &applied {
        writeln!(out, "  V{v}__{name}")?;
    }
    let pending = catalog::pending_migrations(&conn, db).map_err(Error::from)?;
    if !pending.is_empty() {
        writeln!(out, "migrations pending (run `diplocat upgrade`):")?;
        for m in &pending {
            writeln!(out, "  {m}")?;
        }
    }
    print_counts(&mut out, &conn)?;
    if pending.is_empty() {
        let (older, all): (i64, i64) = conn
            .query_row(
                "SELECT count(*) FILTER (WHERE extracted_by IS NOT ?1), count(*) FROM articles",
                [crate::import::reextract::EXTRACTOR_VERSION.as_str()],
                |r| Ok((r.get(0)?, r.get(1)?)),
            )
            .map_err(Error::from)?;
        if older > 0 {
            writeln!(
                out,
                "extraction: {older} of {all} articles were read by another version of diplocat's extractor; `diplocat import --reextract` reads them again with this one, and may change what the catalog holds"
            )?;
        }
    }
    if args.check {
        out.flush()?;
        catalog::check_every_page(&conn, db).map_err(Error::from)?;
        writeln!(
            out,
            "check: ok, every page read and checked (PRAGMA quick_check)"
        )?;
    }
    Ok(())
}

/// Rows per table, as `status` and `import` print them.
pub(crate) fn print_counts(out: &mut impl Write, conn: &Connection) -> anyhow::Result<()> {
    writeln!(out, "rows per table:")?;
    for t in TABLES {
        // A catalog not yet upgraded lacks the newer tables.
        let exists: bool = conn
            .query_row(
                "SELECT count(*) > 0 FROM sqlite_master WHERE type = 'table' AND name = ?1",
                [t],
                |r| r.get(0),
            )
            .map_err(Error::from)?;
        if !exists {
            continue;
        }
        let n: i64 = conn
            .query_row(&format!("SELECT count(*) FROM {t}"), [], |r| r.get(0))
            .map_err(Error::from)?;
        writeln!(out, "  {t:<20} {n:>8}")?;
    }
    Ok(())
}
