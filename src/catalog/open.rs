//! Opening the catalog: create it if missing, apply migrations, refuse a catalog from another
//! build, and open read-only for reports and queries.

use std::path::Path;

use rusqlite::{Connection, OpenFlags};

mod embedded {
    refinery::embed_migrations!("migrations");
}

/// The files SQLite keeps beside a catalog, by the suffix of its name.
pub const SIDE_FILES: [&str; 3] = ["-wal", "-shm", "-journal"];

/// Tables a user will look at, in the order `status` lists them.
pub const TABLES: &[&str] = &[
    "articles",
    "outlets",
    "people",
    "person_names",
    "organizations",
    "organization_names",
    "places",
    "place_names",
    "positions",
    "memberships",
    "meetings",
    "participants",
    "evidence",
    "mentions",
    "decisions",
];

#[derive(Debug, thiserror::Error)]
pub enum CatalogError {
    #[error("{path}: this catalog was written by a newer diplocat (it has migration V{version} '{name}', which this build does not know); use a newer diplocat, or import into a new catalog with --db")]
    Newer {
        path: String,
        version: i64,
        name: String,
    },
    #[error("{path}: migration V{version} applied to this catalog differs from this build's ('{applied}' vs '{ours}'); it was written by a different diplocat build; import into a new catalog with --db")]
    Divergent {
        path: String,
        version: i64,
        applied: String,
        ours: String,
    },
    #[error("{path}: this catalog was made by an older diplocat and lacks {pending}; run `{}` to add what is missing (every row is kept), then run this again", on_catalog(.path, "upgrade"))]
    Older { path: String, pending: String },
    #[error(
        "{path}: is a folder; --db names the catalog file itself (for example {path}/diplocat.db)"
    )]
    Folder { path: String },
    #[error("{path} is an SQLite database but not a diplocat catalog (it has {tables} table(s) of its own and no diplocat history); it was left as it is. Give a catalog with --db, or a new file name to make one")]
    Foreign { path: String, tables: i64 },
    #[error("{path}: the folder {folder} does not exist; create it (mkdir -p {folder}) or give --db a path in an existing folder")]
    NoFolder { path: String, folder: String },
    #[error("{path}: no catalog here; run `{}` first, or point --db at an existing catalog", on_catalog(.path, "import"))]
    Missing { path: String },
    /// A 0-byte file, or an SQLite database with no table: nothing was ever imported into it.
    #[error("{path}: is {what}, not a diplocat catalog; give the catalog's path with --db, or run `diplocat --db {path} import` to make a new catalog in it")]
    Empty { path: String, what: &'static str },
    #[error("{path}: {source}")]
    Sqlite {
        path: String,
        #[source]
        source: rusqlite::Error,
    },
    #[error("{path}: the catalog is damaged (PRAGMA quick_check: {problem})")]
    Damaged { path: String, problem: String },
    #[error("{path}: the migration history is damaged (V{version} has applied_on {applied_on:?}); restore the catalog from a backup or import into a new one")]
    History {
        path: String,
        version: i64,
        applied_on: String,
    },
    #[error("{path}: cannot apply migrations: {source}")]
    Migration {
        path: String,
        #[source]
        source: refinery::Error,
    },
}

impl CatalogError {
    /// The SQLite error code behind this error, found in its sources.
    pub fn sqlite_code(&self) -> Option<rusqlite::ErrorCode> {
        let mut cause: Option<&(dyn std::error::Error + 'static)> = Some(self);
        while let Some(c) = cause {
            if let Some(code) = c
                .downcast_ref::<rusqlite::Error>()
                .and_then(rusqlite::Error::sqlite_error_code)
            {
                return Some(code);
            }
            cause = c.source();
        }
        None
    }
}

/// The command `diplocat SUBCOMMAND` to run on the catalog at `path`: with the `--db` that names
/// it, unless it is the default, quoted for the shell where it needs to be.
pub fn on_catalog(path: &str, subcommand: &str) -> String {
    if path == "diplocat.db" {
        return format!("diplocat {subcommand}");
    }
    let plain = !path.is_empty()
        && path
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || "._-/+=:,@%".contains(c));
    let quoted = if plain {
        path.to_string()
    } else {
        format!("'{}'", path.replace('\'', "'\\''"))
    };
    format!("diplocat --db {quoted} {subcommand}")
}

fn sqlite(path: &Path) -> impl FnOnce(rusqlite::Error) -> CatalogError + '_ {
    move |source| CatalogError::Sqlite {
        path: path.display().to_string(),
        source,
    }
}

fn configure(conn: &Connection, path: &Path) -> Result<(), CatalogError> {
    // The importer runs a few dozen distinct statements per article; rusqlite keeps 16.
    conn.set_prepared_statement_cache_capacity(128);
    conn.busy_timeout(std::time::Duration::from_secs(10))
        .map_err(sqlite(path))?;
    conn.pragma_update(None, "foreign_keys", "ON")
        .map_err(sqlite(path))?;
    Ok(())
}

/// Applies pending migrations; refuses a catalog written by a newer or a different build.
pub fn migrate(conn: &mut Connection, path: &Path) -> Result<usize, CatalogError> {
    // Checked first: refinery panics on a history row it cannot parse.
    check_version(conn, path)?;
    let runner = embedded::migrations::runner();
    let known = runner.get_migrations().clone();
    match runner.run(conn) {
        Ok(report) => Ok(report.applied_migrations().len()),
        Err(e) => {
            let p = path.display().to_string();
            match e.kind() {
                refinery::error::Kind::MissingVersion(m) => {
                    let newest = known.iter().map(|k| k.version()).max().unwrap_or(0);
                    if i64::from(m.version()) > i64::from(newest) {
                        Err(CatalogError::Newer {
                            path: p,
                            version: m.version().into(),
                            name: m.name().to_string(),
                        })
                    } else {
                        Err(CatalogError::Divergent {
                            path: p,
                            version: m.version().into(),
                            applied: m.name().to_string(),
                            ours: "(none)".to_string(),
                        })
                    }
                }
                refinery::error::Kind::DivergentVersion(applied, ours) => {
                    Err(CatalogError::Divergent {
                        path: p,
                        version: applied.version().into(),
                        applied: applied.name().to_string(),
                        ours: ours.name().to_string(),
                    })
                }
                _ => Err(CatalogError::Migration { path: p, source: e }),
            }
        }
    }
}

/// Opens the catalog for writing, creating it and applying migrations as needed.
pub fn open_for_writing(path: &Path) -> Result<Connection, CatalogError> {
    refuse_folder(path)?;
    if let Some(folder) = path.parent().filter(|p| !p.as_os_str().is_empty()) {
        if !folder.is_dir() {
            return Err(CatalogError::NoFolder {
                path: path.display().to_string(),
                folder: folder.display().to_string(),
            });
        }
    }
    // Measured before SQLite opens the file (and makes a -wal file beside it).
    let file_len = std::fs::metadata(path).map_or(0, |m| m.len());
    let left_behind = !wal_is_empty(path);
    let mut conn = Connection::open(path).map_err(sqlite(path))?;
    configure(&conn, path)?;
    // Before anything is written (WAL mode is written into the file).
    refuse_foreign(&conn, path)?;
    // WAL lets reports and queries read while an import writes.
    let mode: String = conn
        .pragma_update_and_check(None, "journal_mode", "WAL", |r| r.get(0))
        .map_err(sqlite(path))?;
    let _ = mode;
    // An import inserts into every index of a catalog that may be a gigabyte; SQLite's default
    // page cache (2 MB) would send most of those inserts to the file; 64 MB keeps them in memory.
    conn.pragma_update(None, "cache_size", -65_536)
        .map_err(sqlite(path))?;
    // The statement journals of a large import (an FTS5 flush, a trigger's insert) stay in
    // memory rather than going to a temporary file: they are small and short-lived.
    conn.pragma_update(None, "temp_store", "MEMORY")
        .map_err(sqlite(path))?;
    // Never write into a damaged catalog. A check of every page costs a second per gigabyte,
    // so a large catalog that the last writer closed cleanly gets the checks that cost nothing;
    // SQLite still refuses every damaged page the import reads, and rolls the import back.
    if full_check_needed(file_len, left_behind) {
        check_every_page(&conn, path)?;
    } else {
        check_length(&conn, path, file_len)?;
    }
    migrate(&mut conn, path)?;
    Ok(conn)
}

/// Opens an existing catalog read-only (SQLite itself refuses every write).
pub fn open_read_only(path: &Path) -> Result<Connection, CatalogError> {
    refuse_folder(path)?;
    if !path.exists() {
        return Err(CatalogError::Missing {
            path: path.display().to_string(),
        });
    }
    // An empty file is a database to SQLite, with no table: it would read as a catalog that
    // lacks every migration.
    if is_empty_file(path) {
        return Err(CatalogError::Empty {
            path: path.display().to_string(),
            what: "an empty file (0 bytes)",
        });
    }
    let flags = OpenFlags::SQLITE_OPEN_READ_ONLY
        | OpenFlags::SQLITE_OPEN_NO_MUTEX
        | OpenFlags::SQLITE_OPEN_URI;
    let open = |target: &str| -> Result<Connection, CatalogError> {
        let conn = Connection::open_with_flags(target, flags).map_err(sqlite(path))?;
        configure(&conn, path)?;
        refuse_foreign(&conn, path)?;
        refuse_empty(&conn, path)?;
        check_version(&conn, path)?;
        Ok(conn)
    };
    let plain = path.to_string_lossy();
    match open(&plain) {
        // A catalog in a read-only file or folder: SQLite cannot make the -shm file that WAL
        // readers share. With no unmerged -wal beside it, the file alone is the whole catalog,
        // and it is opened as immutable (no locks, no -shm).
        Err(CatalogError::Sqlite { source, .. })
            if matches!(
                source.sqlite_error_code(),
                Some(rusqlite::ErrorCode::ReadOnly | rusqlite::ErrorCode::CannotOpen)
            ) && wal_is_empty(path) =>
        {
            open(&format!("file:{}?immutable=1", uri_path(path)))
        }
        other => other,
    }
}

/// Whether this process may write the catalog: the file, the folder SQLite makes its -wal and
/// -shm files in, and those files where they exist. A dry run of an import on a catalog it may
/// not write works on a copy in memory (`copy_in_memory`).
#[cfg(unix)]
pub fn writable(path: &Path) -> bool {
    use std::os::unix::ffi::OsStrExt;
    let may_write = |p: &Path| {
        let Ok(c) = std::ffi::CString::new(p.as_os_str().as_bytes()) else {
            return false;
        };
        // SAFETY: `c` is a NUL-terminated path that outlives the call; faccessat only reads it.
        unsafe { libc::faccessat(libc::AT_FDCWD, c.as_ptr(), libc::W_OK, libc::AT_EACCESS) == 0 }
    };
    let folder = match path.parent().filter(|p| !p.as_os_str().is_empty()) {
        Some(f) => f.to_path_buf(),
        None => Path::new(".").to_path_buf(),
    };
    may_write(path)
        && may_write(&folder)
        && SIDE_FILES.iter().all(|suffix| {
            let mut side = path.as_os_str().to_owned();
            side.push(suffix);
            let side = Path::new(&side);
            !side.exists() || may_write(side)
        })
}

#[cfg(not(unix))]
pub fn writable(path: &Path) -> bool {
    std::fs::metadata(path).is_ok_and(|m| !m.permissions().readonly())
}

/// A copy in memory of a catalog this process may only read, with this build's migrations
/// applied to the copy: what a dry run of an import works on, so that it needs no write to the
/// file. The catalog is checked as an import checks it.
pub fn copy_in_memory(path: &Path) -> Result<Connection, CatalogError> {
    let file_len = std::fs::metadata(path).map_or(0, |m| m.len());
    let left_behind = !wal_is_empty(path);
    let source = open_read_only(path)?;
    if full_check_needed(file_len, left_behind) {
        check_every_page(&source, path)?;
    }
    let mut conn = Connection::open_in_memory().map_err(sqlite(path))?;
    rusqlite::backup::Backup::new(&source, &mut conn)
        .and_then(|b| b.run_to_completion(1024, std::time::Duration::from_millis(10), None))
        .map_err(sqlite(path))?;
    drop(source);
    configure(&conn, path)?;
    migrate(&mut conn, path)?;
    Ok(conn)
}

/// An SQLite database with tables of its own and no diplocat migration history is someone
/// else's: it is refused and left as it is. A missing or empty file becomes a new catalog.
fn refuse_foreign(conn: &Connection, path: &Path) -> Result<(), CatalogError> {
    let (tables, history): (i64, i64) = conn
        .query_row(
            "SELECT count(*) FILTER (WHERE name NOT LIKE 'sqlite_%'),
                    count(*) FILTER (WHERE name = 'refinery_schema_history')
             FROM sqlite_master WHERE type = 'table'",
            [],
            |r| Ok((r.get(0)?, r.get(1)?)),
        )
        .map_err(sqlite(path))?;
    if tables > 0 && history == 0 {
        return Err(CatalogError::Foreign {
            path: path.display().to_string(),
            tables,
        });
    }
    Ok(())
}

/// An SQLite database with no table at all (`sqlite3 new.db 'VACUUM'`) is no catalog yet.
fn refuse_empty(conn: &Connection, path: &Path) -> Result<(), CatalogError> {
    let tables: i64 = conn
        .query_row(
            "SELECT count(*) FROM sqlite_master WHERE type = 'table'",
            [],
            |r| r.get(0),
        )
        .map_err(sqlite(path))?;
    if tables == 0 {
        return Err(CatalogError::Empty {
            path: path.display().to_string(),
            what: "an empty SQLite database (it has no table)",
        });
    }
    Ok(())
}

/// A file of 0 bytes with nothing beside it in a -wal file: `import` makes a catalog in it,
/// as sqlite3 does; every other command says it is empty.
pub fn is_empty_file(path: &Path) -> bool {
    std::fs::metadata(path).is_ok_and(|m| m.is_file() && m.len() == 0) && wal_is_empty(path)
}

/// Catalogs smaller than this are checked page by page before every import: about 0.1 s.
const CHECK_EVERY_PAGE_BELOW: u64 = 64 * 1024 * 1024;

/// Whether an import checks every page first: always for a small catalog, and for a large one
/// when the last connection did not close cleanly (it left a -wal file behind: killed, crashed,
/// or still open in another program).
pub fn full_check_needed(file_len: u64, wal_left_behind: bool) -> bool {
    file_len < CHECK_EVERY_PAGE_BELOW || wal_left_behind
}

/// `PRAGMA quick_check`: every page of every table and index is read and checked.
pub fn check_every_page(conn: &Connection, path: &Path) -> Result<(), CatalogError> {
    let problem: String = conn
        .query_row("PRAGMA quick_check(1)", [], |r| r.get(0))
        .map_err(sqlite(path))?;
    if problem != "ok" {
        return Err(CatalogError::Damaged {
            path: path.display().to_string(),
            problem,
        });
    }
    Ok(())
}

/// A cleanly closed catalog is exactly as long as its header says: shorter is truncated.
fn check_length(conn: &Connection, path: &Path, file_len: u64) -> Result<(), CatalogError> {
    let pages: i64 = conn
        .query_row("PRAGMA page_count", [], |r| r.get(0))
        .map_err(sqlite(path))?;
    let page_size: i64 = conn
        .query_row("PRAGMA page_size", [], |r| r.get(0))
        .map_err(sqlite(path))?;
    if u64::try_from(pages.saturating_mul(page_size)).unwrap_or(u64::MAX) > file_len {
        return Err(CatalogError::Damaged {
            path: path.display().to_string(),
            problem: format!(
                "the file is {file_len} bytes but its header says {} ({pages} pages): it was truncated",
                pages * page_size
            ),
        });
    }
    Ok(())
}

/// A folder given as --db would reach SQLite as "disk I/O error" or "unable to open".
fn refuse_folder(path: &Path) -> Result<(), CatalogError> {
    if path.is_dir() {
        return Err(CatalogError::Folder {
            path: path.display().to_string(),
        });
    }
    Ok(())
}

fn wal_is_empty(path: &Path) -> bool {
    let wal = format!("{}-wal", path.display());
    std::fs::metadata(wal).map_or(true, |m| m.len() == 0)
}

/// A path as the path part of an SQLite `file:` URI.
fn uri_path(path: &Path) -> String {
    let mut out = String::new();
    for c in path.to_string_lossy().chars() {
        match c {
            '%' | '?' | '#' => out.push_str(&format!("%{:02X}", c as u32)),
            _ => out.push(c),
        }
    }
    out
}

/// Checks, without writing, that the catalog's migrations are this build's.
pub fn check_version(conn: &Connection, path: &Path) -> Result<(), CatalogError> {
    let known = embedded::migrations::runner().get_migrations().clone();
    let applied = applied_migrations(conn).map_err(sqlite(path))?;
    for (version, name, checksum, applied_on) in applied {
        if chrono::DateTime::parse_from_rfc3339(&applied_on).is_err() {
            return Err(CatalogError::History {
                path: path.display().to_string(),
                version,
                applied_on,
            });
        }
        match known.iter().find(|k| i64::from(k.version()) == version) {
            None => {
                return Err(CatalogError::Newer {
                    path: path.display().to_string(),
                    version,
                    name,
                })
            }
            Some(k) if k.checksum().to_string() != checksum || k.name() != name => {
                return Err(CatalogError::Divergent {
                    path: path.display().to_string(),
                    version,
                    applied: name,
                    ours: k.name().to_string(),
                })
            }
            Some(_) => {}
        }
    }
    Ok(())
}

/// This build's migrations that the catalog has not had yet, as `V5__name`.
pub fn pending_migrations(conn: &Connection, path: &Path) -> Result<Vec<String>, CatalogError> {
    let applied: Vec<i64> = applied_migrations(conn)
        .map_err(sqlite(path))?
        .into_iter()
        .map(|(v, _, _, _)| v)
        .collect();
    let mut known = embedded::migrations::runner().get_migrations().clone();
    known.sort_by_key(|m| m.version());
    Ok(known
        .iter()
        .filter(|m| !applied.contains(&i64::from(m.version())))
        .map(|m| format!("V{}__{}", m.version(), m.name()))
        .collect())
}

/// Opens an existing catalog read-only for reports, queries, search and export, which need
/// every migration of this build: an older catalog is named with what it lacks.
pub fn open_for_reading(path: &Path) -> Result<Connection, CatalogError> {
    let conn = open_read_only(path)?;
    let pending = pending_migrations(&conn, path)?;
    if !pending.is_empty() {
        return Err(CatalogError::Older {
            path: path.display().to_string(),
            pending: format!(
                "migration{} {}",
                if pending.len() == 1 { "" } else { "s" },
                pending.join(", ")
            ),
        });
    }
    Ok(conn)
}

/// Applies this build's pending migrations to an existing catalog; returns those applied.
pub fn upgrade(path: &Path) -> Result<Vec<String>, CatalogError> {
    let conn = open_read_only(path)?;
    let pending = pending_migrations(&conn, path)?;
    drop(conn);
    if !pending.is_empty() {
        open_for_writing(path)?;
    }
    Ok(pending)
}

/// (version, name, checksum) of every migration applied to the catalog.
pub fn applied_migrations(
    conn: &Connection,
) -> rusqlite::Result<Vec<(i64, String, String, String)>> {
    let exists: bool = conn.query_row(
        "SELECT count(*) > 0 FROM sqlite_master WHERE name = 'refinery_schema_history'",
        [],
        |r| r.get(0),
    )?;
    if !exists {
        return Ok(Vec::new());
    }
    let mut stmt = conn
        .prepare("SELECT version, name, CAST(checksum AS TEXT), CAST(applied_on AS TEXT) FROM refinery_schema_history ORDER BY version")?;
    let rows = stmt.query_map([], |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?, r.get(3)?)))?;
    rows.collect()
}

/// Opens an in-memory catalog with every migration applied (for tests and dry runs).
pub fn open_in_memory() -> Result<Connection, CatalogError> {
    let path = Path::new(":memory:");
    let mut conn = Connection::open_in_memory().map_err(sqlite(path))?;
    configure(&conn, path)?;
    migrate(&mut conn, path)?;
    Ok(conn)
}

#[cfg(test)]
mod tests {
    use super::*;
    use rusqlite::OptionalExtension;
    /// A migration that has landed is never edited: a catalog made with it would be refused
    /// as "divergent" by the next build. Add a new migration instead, and its checksum here.
    #[test]
    fn advice_repeats_the_db_the_user_gave() {
        assert_eq!(on_catalog("diplocat.db", "import"), "diplocat import");
        assert_eq!(
            on_catalog("nonexist.db", "import"),
            "diplocat --db nonexist.db import"
        );
        assert_eq!(
            on_catalog("my cats/it's.db", "upgrade"),
            "diplocat --db 'my cats/it'\\''s.db' upgrade"
        );
        let e = CatalogError::Missing {
            path: "nonexist.db".into(),
        };
        assert!(e
            .to_string()
            .contains("run `diplocat --db nonexist.db import` first"));
    }

    #[test]
    fn landed_migrations_keep_their_checksums() {
        let pinned: &[(i32, &str, u64)] = &[
            (1, "create_catalog", 12387031576451605984),
            (2, "add_article_search", 7405030516323927461),
            (3, "trace_extracted_names", 17267571394039834877),
            (4, "index_meeting_dates", 4554328046835456831),
            (5, "count_meetings_by_month", 11598450520447650848),
            (6, "locate_places", 2133065635170022196),
            (7, "count_year_only_meetings_by_year", 15100095980595751934),
            (8, "record_decisions", 15447366170662411233),
            (9, "redeclare_article_search", 4277246259492500544),
            (10, "document_decision_withdrawal", 9461527727344498422),
            (11, "index_meeting_people", 303510743371136065),
            (12, "drop_duplicate_indexes", 11657885586094123477),
            (13, "document_curated_article_rows", 1206755288840795933),
        ];
        let runner = embedded::migrations::runner();
        let found: Vec<(i32, String, u64)> = runner
            .get_migrations()
            .iter()
            .map(|m| (m.version(), m.name().to_string(), m.checksum()))
            .collect();
        for (version, name, checksum) in pinned {
            let m = found.iter().find(|(v, _, _)| v == version);
            assert_eq!(
                m,
                Some(&(*version, name.to_string(), *checksum)),
                "migration V{version}__{name} was edited or removed after it landed; restore it and add a new migration"
            );
        }
        for (version, name, checksum) in &found {
            assert!(
                pinned.iter().any(|(v, _, _)| v == version),
                "V{version}__{name} is new: pin it in this test as ({version}, {name:?}, {checksum})"
            );
        }
    }

    /// V12 dropped three single-column indexes that a wider index begins with: the lookups
    /// they served still search an index rather than scan the table.
    #[test]
    fn lookups_of_the_dropped_indexes_still_use_an_index() -> Result<(), Box<dyn std::error::Error>>
    {
        let mut conn = Connection::open_in_memory()?;
        migrate(&mut conn, Path::new(":memory:"))?;
        for (sql, index) in [
            (
                "SELECT id FROM meetings WHERE date_earliest >= '2020-01-01'",
                "meetings_dates",
            ),
            (
                "SELECT id FROM meetings WHERE place_id = 3",
                "meetings_place_dates",
            ),
            (
                "SELECT id FROM evidence WHERE article_id = 3",
                "evidence_article_id_start_char",
            ),
        ] {
            let plan: Vec<String> = conn
                .prepare(&format!("EXPLAIN QUERY PLAN {sql}"))?
                .query_map([], |r| r.get::<_, String>(3))?
                .collect::<Result<_, _>>()?;
            let plan = plan.join("; ");
            assert!(
                plan.contains(&format!("USING COVERING INDEX {index}"))
                    || plan.contains(&format!("USING INDEX {index}")),
                "{sql}: {plan}"
            );
        }
        let gone: i64 = conn.query_row(
            "SELECT count(*) FROM sqlite_master WHERE name IN ('meetings_date_earliest', 'meetings_place_id', 'evidence_article_id')",
            [],
            |r| r.get(0),
        )?;
        assert_eq!(gone, 0);
        Ok(())
    }

    #[test]
    fn migrations_apply_to_an_empty_catalog_and_a_second_run_does_nothing(
    ) -> Result<(), Box<dyn std::error::Error>> {
        let mut conn = Connection::open_in_memory()?;
        let first = migrate(&mut conn, Path::new(":memory:"))?;
        assert!(first >= 1);
        let second = migrate(&mut conn, Path::new(":memory:"))?;
        assert_eq!(second, 0);
        for table in TABLES {
            let n: i64 =
                conn.query_row(&format!("SELECT count(*) FROM {table}"), [], |r| r.get(0))?;
            assert_eq!(n, 0, "{table}");
        }
        Ok(())
    }

    /// meeting_people follows every change to participants and meetings, whoever makes it.
    #[test]
    fn meeting_people_follows_participants_and_meetings() -> Result<(), Box<dyn std::error::Error>>
    {
        let mut conn = Connection::open_in_memory()?;
        migrate(&mut conn, Path::new(":memory:"))?;
        conn.execute_batch(
            "INSERT INTO people (id, key, name) VALUES (3, 'a', 'A'), (5, 'b', 'B'), (9, 'c', 'C');
             INSERT INTO organizations (id, key, name, kind) VALUES (1, 'o', 'O', 'other');
             INSERT INTO meetings (id, key, kind, cameo_code, date, date_earliest, date_latest, date_basis, summary)
             VALUES (1, 'm1', 'meeting', '040', '2023-11', '2023-11-01', '2023-11-30', 'stated', 'A and B');
             INSERT INTO participants (meeting_id, person_id, role) VALUES (1, 3, 'host'), (1, 5, 'visitor');
             INSERT INTO participants (meeting_id, organization_id, role) VALUES (1, 1, 'participant');",
        )?;
        let row =
            |conn: &Connection| -> rusqlite::Result<Option<(String, String, Option<String>)>> {
                conn.query_row(
                "SELECT people_key, kind, date_earliest FROM meeting_people WHERE meeting_id = 1",
                [],
                |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)),
            )
            .optional()
            };
        let expect = |key: &str, kind: &str, date: Option<&str>| {
            Some((key.to_string(), kind.to_string(), date.map(str::to_string)))
        };
        // Two people (ids 3 and 5); the organization is not one of them.
        assert_eq!(
            row(&conn)?,
            expect("2:8:3:5", "meeting", Some("2023-11-01"))
        );
        conn.execute(
            "UPDATE participants SET person_id = 9 WHERE person_id = 5",
            [],
        )?;
        assert_eq!(
            row(&conn)?,
            expect("2:12:3:9", "meeting", Some("2023-11-01"))
        );
        conn.execute(
            "UPDATE meetings SET kind = 'reception', date_earliest = NULL, date_latest = NULL WHERE id = 1",
            [],
        )?;
        assert_eq!(row(&conn)?, expect("2:12:3:9", "reception", None));
        conn.execute("DELETE FROM participants WHERE person_id = 9", [])?;
        assert_eq!(row(&conn)?, expect("1:3:3:3", "reception", None));
        conn.execute("DELETE FROM participants WHERE meeting_id = 1", [])?;
        assert_eq!(row(&conn)?, None);
        conn.execute(
            "INSERT INTO participants (meeting_id, person_id, role) VALUES (1, 5, 'host')",
            [],
        )?;
        assert_eq!(row(&conn)?, expect("1:5:5:5", "reception", None));
        // An outer conflict policy (OR IGNORE, OR FAIL) does not reach the triggers' own.
        conn.execute(
            "INSERT OR IGNORE INTO participants (meeting_id, person_id, role) VALUES (1, 9, 'visitor')",
            [],
        )?;
        assert_eq!(row(&conn)?, expect("2:14:5:9", "reception", None));
        conn.execute(
            "INSERT OR FAIL INTO participants (meeting_id, person_id, role) VALUES (1, 3, 'visitor')",
            [],
        )?;
        assert_eq!(row(&conn)?, expect("3:17:3:9", "reception", None));
        conn.execute("DELETE FROM participants WHERE meeting_id = 1", [])?;
        conn.execute("DELETE FROM meetings WHERE id = 1", [])?;
        assert_eq!(row(&conn)?, None);
        Ok(())
    }

    #[test]
    fn small_catalogs_and_uncleanly_closed_ones_are_checked_page_by_page() {
        assert!(full_check_needed(0, false));
        assert!(full_check_needed(CHECK_EVERY_PAGE_BELOW - 1, false));
        assert!(!full_check_needed(CHECK_EVERY_PAGE_BELOW, false));
        assert!(full_check_needed(10 * CHECK_EVERY_PAGE_BELOW, true));
    }

    #[test]
    fn a_catalog_shorter_than_its_header_says_is_damaged() -> Result<(), Box<dyn std::error::Error>>
    {
        let dir = tempfile::tempdir()?;
        let path = dir.path().join("c.db");
        drop(open_for_writing(&path)?);
        let len = std::fs::metadata(&path)?.len();
        let conn = Connection::open(&path)?;
        assert!(check_length(&conn, &path, len).is_ok());
        let err = check_length(&conn, &path, len - 4096).err();
        assert!(
            matches!(&err, Some(CatalogError::Damaged { problem, .. }) if problem.contains("truncated")),
            "{err:?}"
        );
        Ok(())
    }

    #[test]
    fn a_catalog_with_an_unknown_newer_migration_is_refused(
    ) -> Result<(), Box<dyn std::error::Error>> {
        let mut conn = Connection::open_in_memory()?;
        migrate(&mut conn, Path::new(":memory:"))?;
        conn.execute(
            "INSERT INTO refinery_schema_history (version, name, applied_on, checksum) VALUES (999, 'from_the_future', '2030-01-01T00:00:00Z', '1')",
            [],
        )?;
        let err = migrate(&mut conn, Path::new("x.db")).err();
        assert!(
            matches!(err, Some(CatalogError::Newer { version: 999, .. })),
            "{err:?}"
        );
        Ok(())
    }
}
