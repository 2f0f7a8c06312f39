//! `diplocat upgrade`: applies this build's pending migrations and says which.

use std::io::Write;
use std::path::Path;

use crate::{catalog, import, Error};

pub fn run(db: &Path) -> anyhow::Result<()> {
    let applied = catalog::upgrade(db).map_err(Error::from)?;
    // The report views as this build has them (`report_meetings` with its newer columns,
    // reports added since); an import still locates the places it meets on the map.
    let views = if applied.is_empty() {
        false
    } else {
        let mut conn = catalog::open_for_writing(db).map_err(Error::from)?;
        import::refresh_views(&mut conn).map_err(Error::from)?
    };
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
        if views {
            writeln!(
                out,
                "and wrote the report views (report_NAME) of this version"
            )?;
        }
    }
    Ok(())
}
