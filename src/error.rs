//! The library's one error type. Each variant keeps what went wrong as its source (rusqlite's
//! error and its code included); the exit status and the advice printed under the message are
//! chosen by variant and by SQLite error code, never by reading the message.

use rusqlite::ErrorCode;

use crate::catalog::CatalogError;
use crate::import::ImportError;
use crate::query::QueryError;
use crate::report::ReportError;
use crate::source::Problem;

pub type Result<T, E = Error> = std::result::Result<T, E>;

#[derive(Debug, thiserror::Error)]
pub enum Error {
    /// A mistake in how diplocat was called: exit status 2.
    #[error("{0}")]
    Usage(String),
    #[error(transparent)]
    Catalog(#[from] CatalogError),
    #[error(transparent)]
    Report(#[from] ReportError),
    #[error(transparent)]
    Query(#[from] QueryError),
    #[error(transparent)]
    Import(#[from] ImportError),
    /// Some input files were skipped and the rest imported (checked, with --dry-run): exit
    /// status 1.
    #[error("{}", skipped_message(.problems, *.dry_run, *.others))]
    Skipped {
        problems: Vec<Problem>,
        dry_run: bool,
        /// How many other files (articles and curated files) were read.
        others: usize,
    },
    #[error(transparent)]
    Sqlite(#[from] rusqlite::Error),
    #[error("{context}")]
    Io {
        context: String,
        #[source]
        source: std::io::Error,
    },
}

/// "2 file(s) skipped; the other files given were imported:" and each problem on a line.
fn skipped_message(problems: &[Problem], dry_run: bool, others: usize) -> String {
    let rest = match (others, dry_run) {
        (0, _) => "no other file was given".to_string(),
        (_, true) => {
            "the other files given were checked (--dry-run: nothing was written)".to_string()
        }
        (_, false) => "the other files given were imported".to_string(),
    };
    let lines: Vec<String> = problems.iter().map(|p| format!("  {p}")).collect();
    format!(
        "{} file(s) skipped; {rest}:\n{}",
        problems.len(),
        lines.join("\n")
    )
}

impl Error {
    pub fn usage(message: impl Into<String>) -> Error {
        Error::Usage(message.into())
    }

    /// An I/O error that names the file or folder it happened on.
    pub fn io(context: impl Into<String>) -> impl FnOnce(std::io::Error) -> Error {
        let context = context.into();
        move |source| Error::Io { context, source }
    }

    /// 2 for a mistake in how diplocat was called, 1 for everything else.
    pub fn exit_code(&self) -> u8 {
        let usage = match self {
            Error::Usage(_) => true,
            Error::Report(r) => r.is_usage(),
            Error::Query(q) => q.is_usage(),
            _ => false,
        };
        if usage {
            2
        } else {
            1
        }
    }

    /// The SQLite error code behind this error, if SQLite raised it.
    pub fn sqlite_code(&self) -> Option<ErrorCode> {
        match self {
            Error::Sqlite(e) => e.sqlite_error_code(),
            Error::Catalog(c) => c.sqlite_code(),
            Error::Query(QueryError::Sql(e)) => e.sqlite_error_code(),
            Error::Query(QueryError::NoSuchTable(t)) => t.source.sqlite_error_code(),
            Error::Import(ImportError::Database(e)) => e.sqlite_error_code(),
            _ => None,
        }
    }

    /// What to do about a damaged, foreign, read-only, full or unreachable catalog. The catalog is
    /// never changed on these errors: each command commits a whole transaction or nothing.
    pub fn advice(&self) -> Option<&'static str> {
        if let Error::Catalog(CatalogError::Damaged { .. }) = self {
            return Some(DAMAGED);
        }
        Some(match self.sqlite_code()? {
            ErrorCode::NotADatabase => NOT_A_DATABASE,
            ErrorCode::DatabaseCorrupt => DAMAGED,
            ErrorCode::ReadOnly => READ_ONLY,
            ErrorCode::DiskFull => DISK_FULL,
            ErrorCode::CannotOpen => CANNOT_OPEN,
            _ => return None,
        })
    }
}

const NOT_A_DATABASE: &str = "This file is not a diplocat catalog (not an SQLite database); it was left as it is. Give the catalog's path with --db, or move this file away and run `diplocat import` to make a new catalog.";
const DAMAGED: &str = "The catalog is damaged (truncated or overwritten); diplocat changed nothing. Restore it from a backup, or salvage what is left with `sqlite3 OLD.db .recover | sqlite3 NEW.db`, or rebuild it with `diplocat --db NEW.db import` and your files.";
const READ_ONLY: &str = "The catalog cannot be written: the file, its folder, or the -wal and -shm files beside it are read-only (SQLite makes those two with the catalog's permissions, so a report run while the catalog was read-only leaves them read-only). Make them all writable, or copy the catalog somewhere writable; reports and queries still work on a read-only catalog.";
const DISK_FULL: &str = "The disk is full; the import was rolled back and the catalog is as it was. Free some space (the import needs about twice the size of its articles while it runs) and import again.";
const CANNOT_OPEN: &str = "The catalog cannot be opened or created: check that its folder exists and is writable, and that --db names a file, not a folder.";

/// The error and its causes on one line, each cause once. SQLite's own code under rusqlite's
/// error ("Error code 26: file is not a database") is left out when its words were said.
pub fn chain(e: &anyhow::Error) -> String {
    let mut parts: Vec<String> = Vec::new();
    for cause in e.chain() {
        let said = |words: &str| parts.iter().any(|p| p.contains(words));
        if let Some(code) = cause.downcast_ref::<rusqlite::ffi::Error>() {
            if said(rusqlite::ffi::code_to_str(code.extended_code)) {
                continue;
            }
        }
        let s = cause.to_string();
        if !said(&s) {
            parts.push(s);
        }
    }
    parts.join(": ")
}

/// The library error inside a command's error, whatever context was added around it.
pub fn find(e: &anyhow::Error) -> Option<&Error> {
    e.chain().find_map(|c| c.downcast_ref::<Error>())
}

/// A command's exit status: the library error's, or 1.
pub fn exit_code(e: &anyhow::Error) -> u8 {
    find(e).map_or(1, Error::exit_code)
}

pub fn advice(e: &anyhow::Error) -> Option<&'static str> {
    find(e).and_then(Error::advice)
}

/// A closed pipe (`diplocat ... | head`) is not an error. The I/O error is a source in the
/// chain wherever it was wrapped (Error::Io, QueryError::Io, or plain).
pub fn is_broken_pipe(e: &anyhow::Error) -> bool {
    e.chain().any(|c| {
        c.downcast_ref::<std::io::Error>()
            .is_some_and(|io| io.kind() == std::io::ErrorKind::BrokenPipe)
    })
}
