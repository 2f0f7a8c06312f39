//! `diplocat upgrade`: applies this build's pending migrations and says which.

use std::io::Write;
use std::path::Path;

use crate::{catalog, Error};

pub fn run(db: &Path) -> anyhow::Result<()> {
    let applied = catalog::upgrade(db).map_err(Error::from)?;
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
