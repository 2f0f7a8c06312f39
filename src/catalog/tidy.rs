//! A read leaves no files behind. A catalog in WAL mode gets a -wal and a -shm file beside it
//! when it is opened, and a read-only connection (reports, queries, status) may not remove them
//! when it closes: only a connection that may write, closing last, checkpoints and removes them.
//! So after a read-only command, if it made them, a connection that may write opens the catalog,
//! reads one row and closes: SQLite itself removes them when no one else has the catalog open
//! (an import running beside keeps them, as it should). Writes keep WAL and all its safety.

use std::path::Path;

use rusqlite::{Connection, OpenFlags};

fn side(db: &Path, suffix: &str) -> std::path::PathBuf {
    let mut p = db.as_os_str().to_owned();
    p.push(suffix);
    p.into()
}

/// Whether the catalog has a -wal or a -shm file beside it now.
pub fn has_wal_files(db: &Path) -> bool {
    ["-wal", "-shm"].iter().any(|s| side(db, s).exists())
}

/// After a command that only read the catalog: the -wal and -shm files it made, removed as
/// SQLite removes them (`had`: whether they were there before the command, then left alone).
pub fn tidy_after_reading(db: &Path, had: bool) {
    if had || !has_wal_files(db) || !db.is_file() {
        return;
    }
    let flags = OpenFlags::SQLITE_OPEN_READ_WRITE | OpenFlags::SQLITE_OPEN_NO_MUTEX;
    let Ok(conn) = Connection::open_with_flags(db, flags) else {
        return;
    };
    // No waiting: a catalog someone is writing keeps its files.
    let _ = conn.busy_timeout(std::time::Duration::ZERO);
    // Reading opens the WAL; closing it last checkpoints it and removes both files.
    let _ = conn.query_row("SELECT count(*) FROM sqlite_master", [], |r| {
        r.get::<_, i64>(0)
    });
    let _ = conn.close();
}
