//! `diplocat datasette-metadata [-o FILE]`: the metadata Datasette reads for this catalog.

use std::path::Path;

use crate::cli::DatasetteMetadataArgs;
use crate::datasette::{self, Doc};
use crate::query::ReadOnly;
use crate::{report, Error};

pub fn run(db: &Path, args: &DatasetteMetadataArgs) -> anyhow::Result<()> {
    // The same checks as a report: an older catalog lacks what the metadata describes.
    let catalog = ReadOnly::open(db)?;
    let docs = read_docs(catalog.connection()).map_err(Error::from)?;
    let reports = report::all().map_err(Error::from)?;
    // Datasette names a database after its file, less the extension.
    let database = db
        .file_stem()
        .map(|s| s.to_string_lossy().into_owned())
        .ok_or_else(|| {
            Error::usage(format!(
                "--db {}: give the catalog's file name, such as diplocat.db",
                db.display()
            ))
        })?;
    let metadata = datasette::metadata(&database, &docs, &reports);
    super::write_document(args.output.as_deref(), "metadata for Datasette", |out| {
        serde_json::to_writer_pretty(&mut *out, &metadata).map_err(crate::output::json_io)?;
        writeln!(out)?;
        Ok(())
    })
}

/// catalog_docs, for the tables and views the catalog has (and, of those, the columns it has).
fn read_docs(conn: &rusqlite::Connection) -> rusqlite::Result<Vec<Doc>> {
    let mut stmt = conn.prepare(
        "SELECT d.table_name, d.column_name, d.description
         FROM catalog_docs d JOIN sqlite_master m ON m.name = d.table_name AND m.type IN ('table', 'view')
         WHERE d.column_name = ''
            OR EXISTS (SELECT 1 FROM pragma_table_info(d.table_name) c WHERE c.name = d.column_name)
         ORDER BY d.table_name, d.column_name = '' DESC, d.rowid",
    )?;
    let rows = stmt.query_map([], |r| {
        Ok(Doc {
            table: r.get(0)?,
            column: r.get(1)?,
            description: r.get(2)?,
        })
    })?;
    rows.collect()
}
