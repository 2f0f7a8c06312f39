//! `diplocat export DIR`: every table and every parameterless report as DIR/NAME.csv.

use std::path::Path;
use std::time::Duration;

use anyhow::Context;

use crate::cli::ExportArgs;
use crate::output::printable;
use crate::output::{Format, Style};
use crate::query::{ReadOnly, Statement};
use crate::{catalog, report, Error};

pub fn run(db: &Path, args: &ExportArgs) -> anyhow::Result<()> {
    let mut catalog = ReadOnly::open(db)?;
    // The folder, or one it would be made in, is a file: say so rather than the system's error.
    if let Some(file) = args
        .dir
        .ancestors()
        .find(|a| !a.as_os_str().is_empty() && a.exists() && !a.is_dir())
    {
        return Err(Error::usage(format!(
            "{} is a file; export writes one CSV file per table into a folder: give a folder (new or existing)",
            printable(&file.display().to_string())
        ))
        .into());
    }
    let mut jobs: Vec<(String, String)> = catalog::TABLES
        .iter()
        .chain(["catalog_docs"].iter())
        .map(|t| (t.to_string(), format!("SELECT * FROM {t} ORDER BY 1")))
        .collect();
    for r in report::all().map_err(Error::from)?.values() {
        if r.needs_no_parameter() {
            jobs.push((format!("report_{}", r.name), r.view_sql()));
        }
    }
    // A folder of curated files ("people.csv", "meetings.csv") is no place to export into:
    // its files would be replaced by tables of the same names. An earlier export (its
    // catalog_docs.csv) is replaced as a whole.
    let replaced: Vec<String> = jobs
        .iter()
        .map(|(name, _)| format!("{name}.csv"))
        .filter(|f| args.dir.join(f).exists())
        .collect();
    let earlier_export = args.dir.join("catalog_docs.csv").is_file();
    if !replaced.is_empty() && !earlier_export && !args.force {
        return Err(Error::usage(format!(
            "{} holds {} that export would replace ({}), and no earlier export (no catalog_docs.csv): give a new or empty folder, or --force to replace them",
            printable(&args.dir.display().to_string()),
            if replaced.len() == 1 { "a file" } else { "files" },
            replaced.join(", ")
        ))
        .into());
    }
    // A folder of articles neither: `import` of it would then read the tables as curated
    // files and refuse them.
    if let Some(article) = args
        .dir
        .is_dir()
        .then(|| crate::source::first_article(&args.dir))
        .flatten()
        .filter(|_| !args.force)
    {
        return Err(Error::usage(format!(
            "{} holds articles ({}); export would write its {} tables beside them, and importing the folder would then refuse them as curated files: choose an empty folder, or --force to write there anyway",
            printable(&args.dir.display().to_string()),
            printable(&article.display().to_string()),
            jobs.len()
        ))
        .into());
    }
    // Every target is checked before any is written: a name that is a folder, a device or a
    // database stops the export with the folder as it was (trial 29).
    let targets: Vec<std::path::PathBuf> = jobs
        .iter()
        .map(|(name, _)| args.dir.join(format!("{name}.csv")))
        .collect();
    let blocked: Vec<String> = targets
        .iter()
        .filter_map(|t| {
            super::not_replaceable(t)
                .map(|what| format!("  {}: {what}", printable(&t.display().to_string())))
        })
        .collect();
    if !blocked.is_empty() {
        anyhow::bail!(
            "cannot export into {}: {} of the files it writes cannot be replaced, so nothing was written; move or rename what is there, or export into a new folder:\n{}",
            printable(&args.dir.display().to_string()),
            blocked.len(),
            blocked.join("\n")
        );
    }
    std::fs::create_dir_all(&args.dir)
        .with_context(|| format!("cannot create the folder {}", args.dir.display()))?;
    // Every table is written to a partial file first; only when all are written are they
    // renamed over their targets, so a failed export (a full disk) leaves the folder as it was.
    let mut written = Vec::new();
    for ((_, sql), target) in jobs.iter().zip(&targets) {
        let (partial, n) = super::write_partial(target, |out| {
            let statement = Statement {
                sql,
                params: &[],
                timeout: Duration::from_secs(3600),
                format: Format::Csv,
                style: Style { excel: args.excel },
                every_param_used: false,
            };
            Ok(catalog.run(&statement, out).map_err(Error::from)?)
        })?;
        written.push((partial, target, n));
    }
    for (partial, target, n) in written {
        super::persist(partial, target)?;
        crate::output::note(&format!("{n} row(s) written to {}", target.display()));
    }
    Ok(())
}
