//! `diplocat report [NAME] [-p KEY=VALUE ...]`: list the canned reports, or run one.

use std::io::Write;
use std::path::Path;
use std::time::Duration;

use crate::cli::ReportArgs;
use crate::query::{ReadOnly, Statement};
use crate::report;

pub fn run(db: &Path, args: &ReportArgs) -> anyhow::Result<()> {
    // `--list` comes without a name (clap sees to it): the list, as with no name.
    let Some(name) = args.name.as_ref().filter(|_| !args.list) else {
        return list();
    };
    let r = report::find(name).map_err(crate::Error::from)?;
    let mut catalog = ReadOnly::open(db)?;
    let binds = r
        .bind(catalog.connection(), &args.params)
        .map_err(crate::Error::from)?;
    super::with_output(&args.output, |out, format, style| {
        let statement = Statement {
            sql: &r.sql,
            params: &binds,
            timeout: Duration::from_secs(300),
            format,
            style,
            every_param_used: false,
        };
        Ok(catalog.run(&statement, out).map_err(crate::Error::from)?)
    })?;
    // A meeting whose date or year is unknown may have happened in any period: from/to leave
    // it out, and say so rather than in silence.
    let by_date = args.params.iter().any(|p| p.key == "from" || p.key == "to");
    if by_date && (r.sql.contains(":from") || r.sql.contains(":to")) {
        let undated: i64 = catalog
            .connection()
            .query_row(
                "SELECT count(*) FROM meetings WHERE date_earliest IS NULL",
                [],
                |row| row.get(0),
            )
            .map_err(|e| anyhow::anyhow!("catalog {}: {e}", db.display()))?;
        if undated > 0 {
            eprintln!(
                "diplocat: note: from/to leave out the {undated} meeting(s) of the catalog whose date or year is unknown; run without from/to to see them"
            );
        }
    }
    Ok(())
}

/// Every report with its parameters, as `diplocat report` prints them.
fn list() -> anyhow::Result<()> {
    let mut out = std::io::stdout().lock();
    let reports = report::all().map_err(crate::Error::from)?;
    // The descriptions in one column, past the longest name.
    let width = reports.values().map(|r| r.name.len()).max().unwrap_or(0) + 2;
    for r in reports.values() {
        writeln!(out, "{:<width$} {}", r.name, r.description)?;
        for p in &r.params {
            let d = match &p.default {
                None => "required".to_string(),
                Some(None) => "optional".to_string(),
                Some(Some(v)) => format!("default {v}"),
            };
            let shape = match (&p.allowed[..], p.range) {
                ([], None) => p.kind.name().to_string(),
                ([], Some((lo, hi))) => format!("{} {lo}..{hi}", p.kind.name()),
                (words, _) => words.join("|"),
            };
            writeln!(out, "    -p {}=<{shape}>  ({d}) {}", p.name, p.description)?;
        }
    }
    Ok(())
}
