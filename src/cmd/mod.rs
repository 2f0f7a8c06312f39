//! One file per subcommand, each with one `run`, and where their rows go.

pub mod chart;
pub mod completions;
pub mod datasette;
pub mod evaluate;
pub mod export;
pub mod graph;
pub mod import;
pub mod man;
pub mod query;
pub mod report;
pub mod search;
pub mod status;
pub mod upgrade;

use std::io::{IsTerminal, Write};
use std::path::Path;

use anyhow::Context;

use crate::cli::OutputArgs;
use crate::output::{Format, Style};

/// Where rows go: stdout, or a temporary file renamed over FILE once everything is written.
/// `write` returns how many rows it wrote.
pub(crate) fn with_output(
    args: &OutputArgs,
    write: impl FnOnce(&mut dyn Write, Format, Style) -> anyhow::Result<u64>,
) -> anyhow::Result<()> {
    let style = Style { excel: args.excel };
    if args.excel && !matches!(args.format, None | Some(Format::Csv)) {
        return Err(crate::Error::usage(
            "--excel writes spreadsheet-safe CSV: use it with --format csv, or without --format",
        )
        .into());
    }
    let file = args.output.as_deref().filter(|p| p.as_os_str() != "-");
    let to_file = file.is_some();
    // `-o rows.xlsx` asks for a format diplocat does not write: no CSV under that name.
    if let (None, Some(ext)) = (args.format, file.and_then(other_formats_extension)) {
        return Err(crate::Error::usage(format!(
            "cannot write a .{ext} file: name it .csv (with --excel for Excel, which opens it), .tsv, .json or .ndjson, or give --format"
        ))
        .into());
    }
    // `-o rows.json` writes JSON: the file's name says the format when --format does not.
    let named = file
        .and_then(Format::from_extension)
        .filter(|_| !args.excel);
    // --format (or --excel's CSV) wins over the file's name: said, not done in silence.
    let said = args.format.or(args.excel.then_some(Format::Csv));
    if let (Some(f), Some(by_name), Some(path)) =
        (said, file.and_then(Format::from_extension), file)
    {
        if f != by_name {
            eprintln!(
                "diplocat: note: writing {} into {}, as {} says (its name says {})",
                format_name(f),
                crate::output::printable(&path.display().to_string()),
                if args.format.is_some() {
                    "--format"
                } else {
                    "--excel"
                },
                format_name(by_name)
            );
        }
    }
    let format = args.format.or(named).unwrap_or(if args.excel || to_file {
        Format::Csv
    } else if std::io::stdout().is_terminal() {
        Format::Table
    } else {
        Format::Csv
    });
    to_destination(
        args.output.as_deref(),
        |n| format!("{n} row(s)"),
        |out| write(out, format, style),
    )
}

/// A format's name as --format takes it.
fn format_name(f: Format) -> String {
    use clap::ValueEnum;
    f.to_possible_value()
        .map_or_else(|| format!("{f:?}"), |v| v.get_name().to_string())
}

/// The extension of a file name that asks for a format of another kind than diplocat's
/// (a workbook, a page, a database): "xlsx" for "rows.xlsx".
fn other_formats_extension(path: &std::path::Path) -> Option<String> {
    let ext = path.extension()?.to_str()?.to_ascii_lowercase();
    matches!(
        ext.as_str(),
        "xlsx"
            | "xls"
            | "xlsm"
            | "ods"
            | "numbers"
            | "parquet"
            | "html"
            | "htm"
            | "xml"
            | "db"
            | "sqlite"
            | "pdf"
    )
    .then_some(ext)
}

/// What a file is when it is a SQLite database (a catalog, perhaps the one being read) or
/// one of its -wal and -shm files: `-o` would destroy it.
fn a_database(path: &Path) -> Option<&'static str> {
    const SQLITE: &[u8; 16] = b"SQLite format 3\0";
    // (only a regular file is read: a pipe or a terminal would wait for input)
    let head = |p: &Path| -> Option<[u8; 16]> {
        if !std::fs::metadata(p).is_ok_and(|m| m.is_file()) {
            return None;
        }
        let mut buf = [0u8; 16];
        std::io::Read::read_exact(&mut std::fs::File::open(p).ok()?, &mut buf).ok()?;
        Some(buf)
    };
    if let Some(h) = head(path) {
        if &h == SQLITE {
            return Some("a SQLite database (a catalog?)");
        }
        // a write-ahead log's magic number, either byte order
        if h[..3] == [0x37, 0x7f, 0x06] && matches!(h[3], 0x82 | 0x83) {
            return Some("a SQLite database's write-ahead log");
        }
    }
    let name = path.file_name()?.to_str()?;
    let db = crate::catalog::SIDE_FILES
        .iter()
        .find_map(|suffix| name.strip_suffix(suffix))?;
    let db = path.with_file_name(db);
    head(&db)
        .filter(|h| h == SQLITE)
        .map(|_| "a file SQLite keeps beside a database")
}

/// Writes to stdout, or atomically to `path` (then says on stderr what `said` makes of the
/// number `write` returns). `-o -` is stdout, as for most tools.
pub(crate) fn to_destination(
    path: Option<&Path>,
    said: impl FnOnce(u64) -> String,
    write: impl FnOnce(&mut dyn Write) -> anyhow::Result<u64>,
) -> anyhow::Result<()> {
    match path.filter(|p| p.as_os_str() != "-") {
        None => {
            let stdout = std::io::stdout();
            let mut out = std::io::BufWriter::new(stdout.lock());
            write(&mut out)?;
            out.flush()?;
        }
        Some(path) => {
            let n = write_atomically(path, write)?;
            crate::output::note(&format!("{} written to {}", said(n), path.display()));
        }
    }
    Ok(())
}

/// What keeps an export from replacing a file of its folder: a folder, a device or pipe, or a
/// database of that name (None: it is missing or a regular file).
pub(crate) fn not_replaceable(path: &Path) -> Option<&'static str> {
    if let Some(what) = a_database(path) {
        return Some(
            if what.starts_with("a SQLite database's") || what.starts_with("a file") {
                "is a file of a SQLite database"
            } else {
                "is a SQLite database"
            },
        );
    }
    let meta = std::fs::metadata(path).ok()?;
    if meta.is_dir() {
        Some("is a folder")
    } else if !meta.is_file() {
        Some("is not a regular file (a device or a pipe)")
    } else {
        None
    }
}

/// Writes what `write` gives into a partial file beside `path`, not yet renamed over it (see
/// `persist`); returns the partial file and what `write` returned.
pub(crate) fn write_partial(
    path: &Path,
    write: impl FnOnce(&mut dyn Write) -> anyhow::Result<u64>,
) -> anyhow::Result<(tempfile::TempPath, u64)> {
    let path = final_path(path)?;
    let dir = path
        .parent()
        .filter(|p| !p.as_os_str().is_empty())
        .unwrap_or(Path::new("."));
    remove_stale_partials(dir);
    let mut tmp = partial_file(dir).with_context(|| {
        format!(
            "cannot write {}: cannot create a file in {}",
            path.display(),
            dir.display()
        )
    })?;
    let cannot_write = || {
        format!(
            "cannot write {} (in {}); nothing was written there",
            path.display(),
            dir.display()
        )
    };
    let n = {
        let mut out = std::io::BufWriter::new(tmp.as_file_mut());
        let n = write(&mut out).map_err(|e| {
            if is_io(&e) {
                e.context(cannot_write())
            } else {
                e
            }
        })?;
        out.flush().with_context(cannot_write)?;
        n
    };
    Ok((tmp.into_temp_path(), n))
}

/// Renames a partial file of `write_partial` over its target.
pub(crate) fn persist(partial: tempfile::TempPath, path: &Path) -> anyhow::Result<()> {
    let path = final_path(path)?;
    partial
        .persist(&path)
        .map_err(|e| e.error)
        .with_context(|| format!("cannot write {}", path.display()))?;
    Ok(())
}

/// The file a path names: a symbolic link's target (it keeps pointing there, at the new file).
fn final_path(path: &Path) -> std::io::Result<std::path::PathBuf> {
    match std::fs::symlink_metadata(path) {
        Ok(meta) if meta.file_type().is_symlink() => std::fs::canonicalize(path).or_else(|_| {
            std::fs::read_link(path).map(|target| match path.parent() {
                Some(parent) if target.is_relative() => parent.join(target),
                _ => target,
            })
        }),
        _ => Ok(path.to_path_buf()),
    }
}

/// Whether an error is the system's (a full disk), to be told with the file it happened on.
fn is_io(e: &anyhow::Error) -> bool {
    crate::error::find(e).is_some_and(|l| {
        matches!(
            l,
            crate::Error::Query(crate::query::QueryError::Io(_)) | crate::Error::Io { .. }
        )
    }) || e.downcast_ref::<std::io::Error>().is_some()
}

/// Writes `path` through a temporary file beside it, renamed over it once `write` has written
/// everything: a failed run leaves no partial file. Returns what `write` returned. A path that
/// is no regular file (a device such as /dev/null, a named pipe) is written to as it is, for
/// there is nothing to replace; a symbolic link keeps pointing where it did, at the new file.
pub(crate) fn write_atomically(
    path: &Path,
    write: impl FnOnce(&mut dyn Write) -> anyhow::Result<u64>,
) -> anyhow::Result<u64> {
    if let Some(what) = a_database(path) {
        return Err(crate::Error::usage(format!(
            "{} is {what}: diplocat never writes over it; give -o another file name",
            path.display()
        ))
        .into());
    }
    if let Ok(meta) = std::fs::metadata(path) {
        if meta.is_dir() {
            return Err(crate::Error::usage(format!(
                "{} is a folder: give a file name for the output",
                path.display()
            ))
            .into());
        }
        if !meta.is_file() {
            let file = std::fs::OpenOptions::new()
                .write(true)
                .open(path)
                .with_context(|| format!("cannot write {}", path.display()))?;
            let mut out = std::io::BufWriter::new(file);
            let n = write(&mut out)?;
            out.flush()
                .with_context(|| format!("cannot write {}", path.display()))?;
            return Ok(n);
        }
    }
    let path = final_path(path)?;
    let dir = path
        .parent()
        .filter(|p| !p.as_os_str().is_empty())
        .unwrap_or(Path::new("."));
    if !dir.is_dir() {
        anyhow::bail!(
            "cannot write {}: the folder {} does not exist; create it first",
            path.display(),
            dir.display()
        );
    }
    let (partial, n) = write_partial(&path, write)?;
    persist(partial, &path)?;
    Ok(n)
}

/// Rows are written to `.diplocat-PID-XXXXXX.partial` beside the target and renamed over it
/// when complete. The file is created with mode 0666, so that the umask decides (as for any
/// tool's output) and the finished file is not private by accident.
fn partial_file(dir: &Path) -> std::io::Result<tempfile::NamedTempFile> {
    let prefix = format!(".diplocat-{}-", std::process::id());
    // Opened here rather than by `Builder::tempfile_in`, whose errors carry the partial file's
    // name: the user named the output, not a file of diplocat's own.
    tempfile::Builder::new()
        .prefix(&prefix)
        .suffix(".partial")
        .make_in(dir, |path| {
            let mut options = std::fs::OpenOptions::new();
            options.read(true).write(true).create_new(true);
            #[cfg(unix)]
            {
                use std::os::unix::fs::OpenOptionsExt;
                options.mode(0o666);
            }
            options.open(path)
        })
}

/// Removes the partial files that a killed diplocat left in `dir`: those whose process is gone
/// (where the system says which processes run), or older than a day.
fn remove_stale_partials(dir: &Path) {
    let Ok(entries) = std::fs::read_dir(dir) else {
        return;
    };
    for entry in entries.flatten() {
        let name = entry.file_name();
        let Some(name) = name.to_str() else { continue };
        let Some(pid) = name
            .strip_prefix(".diplocat-")
            .filter(|_| name.ends_with(".partial"))
            .and_then(|rest| rest.split('-').next())
            .and_then(|pid| pid.parse::<u32>().ok())
        else {
            continue;
        };
        let gone = if Path::new("/proc/self").exists() {
            pid != std::process::id() && !Path::new(&format!("/proc/{pid}")).exists()
        } else {
            entry
                .metadata()
                .and_then(|m| m.modified())
                .ok()
                .and_then(|t| t.elapsed().ok())
                .is_some_and(|age| age.as_secs() > 86_400)
        };
        if gone {
            let _ = std::fs::remove_file(entry.path());
        }
    }
}

/// A whole document (not rows) to standard output, or atomically to `output`; `what` names it
/// in the line said on stderr once the file is written.
pub(crate) fn write_document(
    output: Option<&Path>,
    what: &str,
    write: impl FnOnce(&mut dyn Write) -> anyhow::Result<()>,
) -> anyhow::Result<()> {
    to_destination(output, |_| what.to_string(), |out| write(out).map(|()| 0))
}
