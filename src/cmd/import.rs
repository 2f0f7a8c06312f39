//! `diplocat import [PATH ...]`: articles and curated CSV files (or the bundled seed) into the
//! catalog, in one transaction, and a summary of what changed.

use std::io::Write;
use std::path::Path;

use crate::cli::ImportArgs;
use crate::import::{self, ImportOptions, Summary};
use crate::output::printable;
use crate::source;
use crate::{catalog, Error};

pub fn run(db: &Path, args: &ImportArgs) -> anyhow::Result<()> {
    if args.by.as_deref().is_some_and(|b| b.trim().is_empty()) {
        return Err(Error::Usage(
            "--by needs a name (who made the decisions); leave it out to use your login name"
                .into(),
        )
        .into());
    }
    let options = ImportOptions {
        strict: args.strict,
        dry_run: args.dry_run,
        author: args.by.clone().unwrap_or_else(login_name),
        reextract: args.reextract,
    };
    // `--reextract` alone reads the catalog's own articles again: there must be a catalog.
    if args.reextract && args.paths.is_empty() && !db.exists() {
        return Err(Error::from(catalog::CatalogError::Missing {
            path: db.display().to_string(),
        })
        .into());
    }
    let mut problems = Vec::new();
    let folders: Vec<source::SeedFolder> = if args.paths.is_empty() && args.reextract {
        // Only the articles already in the catalog are read again.
        Vec::new()
    } else if args.paths.is_empty() {
        vec![source::bundled_seed()]
    } else {
        let own = source::catalog_files(db);
        args.paths
            .iter()
            .map(|p| source::from_path(p, &own, &mut problems))
            .collect()
    };
    // (`--strict`'s refusals are the plan's problems, listed with the others.)
    if !problems.is_empty() {
        return Err(Error::from(import::ImportError::Invalid(problems)).into());
    }
    // Entries of the folders that are neither articles nor curated files: named, not imported
    // (with `--strict` the files among them are problems, named with the others).
    for f in &folders {
        for note in &f.skipped {
            let refused = |p: &crate::source::Problem| note.starts_with(&format!("{}: ", p.file));
            if !(options.strict && f.refused.iter().any(refused)) {
                crate::output::note(&format!("diplocat: {}", printable(note)));
            }
        }
    }
    // A catalog this import creates is removed again when the import fails: the user is left
    // with no file, as before, not an empty catalog. An empty file (0 bytes) is made a
    // catalog as sqlite3 would, and is left empty again when the import fails.
    let created = !db.exists();
    let empty_file = catalog::is_empty_file(db);
    // A dry run writes nothing: on a catalog this process may only read (a shared one), it
    // works on a copy in memory.
    let mut conn = if options.dry_run && (created || empty_file) {
        catalog::open_in_memory()
    } else if options.dry_run && !catalog::writable(db) {
        catalog::copy_in_memory(db)
    } else {
        catalog::open_for_writing(db)
    }
    .map_err(Error::from)?;
    let dry_run = options.dry_run;
    // Ctrl-C before the import commits: one line says the catalog is as it was.
    crate::interrupt::arm(
        db,
        ((created || empty_file) && !dry_run).then_some(empty_file),
    );
    let imported = import::import(&mut conn, folders, options);
    crate::interrupt::disarm();
    let (summary, plan) = match imported {
        Ok(done) => done,
        Err(e) => {
            if (created || empty_file) && !dry_run {
                drop(conn);
                undo_catalog(db, empty_file);
            }
            return Err(anyhow::Error::from(Error::from(e))
                .context(format!("importing into {}", shown(db))));
        }
    };
    // Every file given was skipped: a catalog made for them would hold nothing, and a catalog
    // that was there is as it was; the error alone says so (no "already up to date" first).
    let nothing_given = plan.articles.is_empty() && plan.curated.files.is_empty();
    if nothing_given && !plan.skipped.is_empty() {
        if (created || empty_file) && !dry_run {
            drop(conn);
            undo_catalog(db, empty_file);
        }
        return Err(Error::Skipped {
            problems: plan.skipped,
            dry_run,
            others: 0,
        }
        .into());
    }
    if empty_file && !dry_run {
        crate::output::note(&format!(
            "diplocat: {} was an empty file: a new catalog was made in it",
            shown(db)
        ));
    }
    for n in &summary.notices {
        crate::output::note(&format!("diplocat: {}", printable(n)));
    }
    let mut out = std::io::stdout().lock();
    let printed = print_summary(&mut out, db, &summary, dry_run).and_then(|()| {
        if !dry_run && !summary.is_unchanged() {
            super::status::print_counts(&mut out, &conn)?;
        }
        Ok(out.flush()?)
    });
    // A reader that closed the pipe early (`| head -1`) does not hide the files skipped: the
    // import is written, and the skipped files still go to stderr with exit status 1.
    match printed {
        Err(e) if crate::error::is_broken_pipe(&e) && !plan.skipped.is_empty() => {}
        other => other?,
    }
    if !plan.skipped.is_empty() {
        return Err(Error::Skipped {
            problems: plan.skipped,
            dry_run,
            others: plan.articles.len() + plan.curated.files.len(),
        }
        .into());
    }
    Ok(())
}

/// Removes a catalog file this import made (or empties again the empty file it was made in)
/// and the journal files SQLite keeps beside it.
fn undo_catalog(db: &Path, was_empty_file: bool) {
    if was_empty_file {
        let _ = std::fs::OpenOptions::new()
            .write(true)
            .open(db)
            .and_then(|f| f.set_len(0));
    } else {
        let _ = std::fs::remove_file(db);
    }
    for suffix in catalog::SIDE_FILES {
        let mut side = db.as_os_str().to_owned();
        side.push(suffix);
        let _ = std::fs::remove_file(side);
    }
}

/// The user's login name, the author of their decisions unless `--by` names another: from the
/// environment, else the account the process runs as (as `id -un` says).
fn login_name() -> String {
    ["USER", "LOGNAME", "USERNAME"]
        .iter()
        .find_map(|v| std::env::var(v).ok().filter(|n| !n.trim().is_empty()))
        .or_else(account_name)
        .unwrap_or_else(|| "unknown".to_string())
}

/// The name of the effective user's account (the passwd entry of its uid).
#[cfg(unix)]
fn account_name() -> Option<String> {
    let mut buf = vec![0 as libc::c_char; 16 * 1024];
    // SAFETY: `pwd` and `result` are written by getpwuid_r, which keeps every string it
    // returns inside `buf`; both outlive the reads below, and the name is copied out of them.
    unsafe {
        let mut pwd: libc::passwd = std::mem::zeroed();
        let mut result: *mut libc::passwd = std::ptr::null_mut();
        let rc = libc::getpwuid_r(
            libc::geteuid(),
            &mut pwd,
            buf.as_mut_ptr(),
            buf.len(),
            &mut result,
        );
        if rc != 0 || result.is_null() || pwd.pw_name.is_null() {
            return None;
        }
        let name = std::ffi::CStr::from_ptr(pwd.pw_name).to_str().ok()?;
        (!name.trim().is_empty()).then(|| name.to_string())
    }
}

#[cfg(not(unix))]
fn account_name() -> Option<String> {
    None
}

/// What the import changed (or would change), table by table.
fn print_summary(
    out: &mut impl Write,
    db: &Path,
    s: &Summary,
    dry_run: bool,
) -> anyhow::Result<()> {
    if dry_run {
        writeln!(
            out,
            "dry run: nothing was written to {}; the import would give:",
            shown(db)
        )?;
    } else if s.is_unchanged() {
        writeln!(
            out,
            "{}: already up to date, nothing new and nothing updated",
            shown(db)
        )?;
        return Ok(());
    } else {
        writeln!(out, "imported into {}:", shown(db))?;
    }
    writeln!(
        out,
        "  {:<20} {:>8} {:>8} {:>10} {:>8}",
        "table", "new", "updated", "unchanged", "removed"
    )?;
    for t in catalog::TABLES {
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

/// The catalog's path as the terminal shows it.
fn shown(db: &Path) -> String {
    printable(&db.display().to_string()).into_owned()
}
