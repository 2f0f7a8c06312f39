//! Running SQL read-only: a read-only connection plus an authorizer (SQLite refuses every
//! write itself), one statement at a time, a time limit, rows streamed to a sink.

use std::path::Path;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use rusqlite::hooks::{AuthAction, AuthContext, Authorization};
use rusqlite::types::Value;
use rusqlite::Connection;

use crate::output::{Format, Style};

/// Pragmas that only read and whose argument names what to describe (a table or an index),
/// as statements (`PRAGMA table_info(meetings)`) and as table-valued functions
/// (`SELECT * FROM pragma_table_info('meetings')`).
const DESCRIBING_PRAGMAS: &[&str] = &[
    "table_info",
    "table_xinfo",
    "table_list",
    "index_list",
    "index_info",
    "index_xinfo",
    "foreign_key_list",
    "foreign_key_check",
    "integrity_check",
    "quick_check",
];

/// Pragmas that only read when no value is given (with a value, they would change a setting).
const READ_PRAGMAS: &[&str] = &[
    "database_list",
    "collation_list",
    "function_list",
    "compile_options",
    "user_version",
    "data_version",
    "schema_version",
    "page_count",
    "page_size",
    "encoding",
    "foreign_keys",
    "journal_mode",
    "journal_size_limit",
    "freelist_count",
    "application_id",
    "auto_vacuum",
    "cache_size",
    "busy_timeout",
    "synchronous",
    "locking_mode",
    "temp_store",
    "mmap_size",
    "secure_delete",
    "wal_autocheckpoint",
    "max_page_count",
    "recursive_triggers",
    "module_list",
    "pragma_list",
];

#[derive(Debug, thiserror::Error)]
pub enum QueryError {
    /// What was refused and why, as "DELETE from meetings would change something".
    #[error("`diplocat query` only reads, by design, and {0}: it was refused and nothing was changed; the catalog is written by `diplocat import` (curated CSV files), or query a copy with sqlite3 to experiment")]
    Refused(String),
    #[error("the query holds more than one SQL statement; give one at a time (one `diplocat query` each)")]
    Several,
    #[error("the query ran longer than the time limit of {0} s and was stopped; narrow it, or raise --timeout")]
    Timeout(u64),
    #[error("the query would make a value larger than {} MB, the most a query may make; select less (substr(), a LIMIT, fewer rows in group_concat)", MAX_VALUE_BYTES / 1024 / 1024)]
    TooBig,
    #[error("a row of the result would be larger than {} MB, the most a query may return in one row; select fewer or shorter columns", MAX_ROW_BYTES / 1024 / 1024)]
    RowTooBig,
    #[error("the query needs more than {} MB of memory, the most a query may use; narrow it (a WHERE, a LIMIT), or sort and group fewer rows", MAX_HEAP_BYTES / 1024 / 1024)]
    OutOfMemory,
    #[error("the query is empty; give SQL as an argument, with -f FILE, or - for standard input")]
    Empty,
    #[error("{}", match .0 {
        Some(name) => format!("the query uses the parameter {name} but no -p {}=VALUE gives it; add one", name.trim_start_matches([':', '@', '$'])),
        None => "the query has a positional parameter (?); name it (:name) and give it with -p name=VALUE".to_string(),
    })]
    MissingParam(Option<String>),
    #[error("-p {name}= is given but the query has no parameter :{name}; correct the name, or drop the -p", name = .0.trim_start_matches(':'))]
    UnusedParam(String),
    #[error("SQL error: no such table {:?}{}; the catalog's tables and views: {}", .0.name, .0.hint, .0.known)]
    NoSuchTable(Box<MissingTable>),
    // Not a `#[source]`: its words are in the message already (`sql_message`).
    #[error("SQL error: {}", sql_message(.0))]
    Sql(rusqlite::Error),
    #[error("{0}")]
    Io(#[from] std::io::Error),
}

/// SQLite's own words for an error in the query: where in the query a syntax error is, not
/// the query again with SQLite's generic "SQL logic error".
fn sql_message(e: &rusqlite::Error) -> String {
    match e {
        rusqlite::Error::SqlInputError { msg, offset, .. } if *offset >= 0 => {
            format!("{msg} (at character {} of the query)", offset + 1)
        }
        rusqlite::Error::SqlInputError { msg, .. } => msg.clone(),
        other => other.to_string(),
    }
}

/// A table or view a query names that the catalog does not have.
#[derive(Debug)]
pub struct MissingTable {
    pub name: String,
    /// " (did you mean \"meetings\"?)" for a name one or two letters off, else empty.
    pub hint: String,
    /// The catalog's tables and views.
    pub known: String,
    /// SQLite's own error (its code chooses the exit status).
    pub source: rusqlite::Error,
}

impl QueryError {
    /// Errors in how the query was asked for (exit status 2).
    /// A query SQLite cannot read (a syntax error, a table the catalog does not have) is one:
    /// the SQL given is mistaken, as several statements are.
    pub fn is_usage(&self) -> bool {
        matches!(
            self,
            QueryError::Empty
                | QueryError::Several
                | QueryError::MissingParam(_)
                | QueryError::UnusedParam(_)
                | QueryError::NoSuchTable(_)
                | QueryError::Sql(rusqlite::Error::SqlInputError { .. })
        )
    }
}

fn authorize(ctx: AuthContext<'_>, refused: &Mutex<Option<String>>) -> Authorization {
    let deny = |what: String| {
        if let Ok(mut r) = refused.lock() {
            r.get_or_insert(what);
        }
        Authorization::Deny
    };
    match ctx.action {
        AuthAction::Select | AuthAction::Read { .. } | AuthAction::Recursive => {
            Authorization::Allow
        }
        AuthAction::Function { function_name } => {
            if function_name.eq_ignore_ascii_case("load_extension") {
                deny("load_extension()".into())
            } else {
                Authorization::Allow
            }
        }
        AuthAction::Pragma {
            pragma_name,
            pragma_value,
        } => {
            let is = |list: &[&str]| list.iter().any(|p| p.eq_ignore_ascii_case(pragma_name));
            if is(DESCRIBING_PRAGMAS) || (pragma_value.is_none() && is(READ_PRAGMAS)) {
                Authorization::Allow
            } else if is(READ_PRAGMAS) {
                deny(format!(
                    "PRAGMA {pragma_name} with a value would change a setting (without one, `PRAGMA {pragma_name}` only reads it, and runs)"
                ))
            } else {
                deny(format!(
                    "PRAGMA {pragma_name} is none of the pragmas that only read ({}; and {} with their argument)",
                    READ_PRAGMAS.join(", "),
                    DESCRIBING_PRAGMAS.join(", ")
                ))
            }
        }
        // CREATE, DROP and ANALYZE first ask to change the schema tables: let that pass here
        // (the connection is read-only besides) so that the statement itself is asked about,
        // refused and named. Writing to a table of the catalog is refused and named as such.
        AuthAction::Insert { table_name }
        | AuthAction::Update { table_name, .. }
        | AuthAction::Delete { table_name }
        | AuthAction::CreateTable { table_name }
            if is_schema_table(table_name) =>
        {
            Authorization::Allow
        }
        // ATTACH opens another database file, and makes one where none is.
        AuthAction::Attach { .. } => {
            deny("ATTACH would open another database file (and create it if it is missing)".into())
        }
        other => deny(format!("{} would change something", describe(&other))),
    }
}

/// The tables SQLite keeps the schema and statistics in.
fn is_schema_table(name: &str) -> bool {
    let name = name.to_ascii_lowercase();
    matches!(
        name.as_str(),
        "sqlite_master" | "sqlite_temp_master" | "sqlite_schema" | "sqlite_temp_schema"
    ) || name.starts_with("sqlite_stat")
}

/// A refused action as the SQL that asks for it: `INSERT into meetings`, `CREATE TEMP TABLE`,
/// `DROP TABLE`, `ANALYZE`.
fn describe(a: &AuthAction<'_>) -> String {
    match a {
        AuthAction::Insert { table_name } => format!("INSERT into {table_name}"),
        AuthAction::Update { table_name, .. } => format!("UPDATE of {table_name}"),
        AuthAction::Delete { table_name } => format!("DELETE from {table_name}"),
        AuthAction::Transaction { .. } => "a transaction statement (BEGIN, COMMIT)".into(),
        AuthAction::CreateVtable { .. } => "CREATE VIRTUAL TABLE".into(),
        AuthAction::DropVtable { .. } => "DROP VIRTUAL TABLE".into(),
        other => {
            // The action's name, CamelCase in rusqlite, as SQL words: CreateTempView -> CREATE TEMP VIEW.
            let debug = format!("{other:?}");
            let name = debug
                .split([' ', '{', '('])
                .next()
                .unwrap_or("this statement");
            let mut words = String::new();
            for c in name.chars() {
                if c.is_uppercase() && !words.is_empty() {
                    words.push(' ');
                }
                words.push(c.to_ascii_uppercase());
            }
            words
        }
    }
}

/// Whether the SQL is only `PRAGMA name` (comments, a schema and a closing `;` aside) for a
/// pragma that reads a setting when given no value.
fn reads_a_setting(sql: &str) -> bool {
    let mut rest = sql.trim_start();
    loop {
        if let Some(r) = rest.strip_prefix("--") {
            rest = r
                .split_once('\n')
                .map_or("", |(_, after)| after)
                .trim_start();
        } else if let Some(r) = rest.strip_prefix("/*") {
            rest = r
                .split_once("*/")
                .map_or("", |(_, after)| after)
                .trim_start();
        } else {
            break;
        }
    }
    let words: Vec<&str> = rest
        .trim_end()
        .trim_end_matches(';')
        .split_whitespace()
        .collect();
    match words.as_slice() {
        [pragma, name] if pragma.eq_ignore_ascii_case("pragma") => {
            let name = name.rsplit('.').next().unwrap_or(name);
            READ_PRAGMAS.iter().any(|p| p.eq_ignore_ascii_case(name))
        }
        _ => false,
    }
}

/// The longest value (text or blob) a query may make: an article body is at most 5 MB.
pub const MAX_VALUE_BYTES: i32 = 32 * 1024 * 1024;

/// The largest row a query may return, all its values together.
pub const MAX_ROW_BYTES: usize = 64 * 1024 * 1024;

/// The memory SQLite may use for one query, in all.
pub const MAX_HEAP_BYTES: i64 = 512 * 1024 * 1024;

/// The catalog opened for reading only, with the authorizer that refuses every write.
pub struct ReadOnly {
    conn: Connection,
    /// What the authorizer refused last, to name it in the error.
    refused: Arc<Mutex<Option<String>>>,
}

/// One statement to run, with its parameters, time limit and output.
pub struct Statement<'a> {
    pub sql: &'a str,
    /// Values bound by name (`:name`).
    pub params: &'a [(String, Value)],
    pub timeout: Duration,
    pub format: Format,
    pub style: Style,
    /// A parameter given but not used by the statement is an error (a misspelt `-p` name),
    /// as for the user's own SQL; reports bind every parameter they declare.
    pub every_param_used: bool,
}

impl ReadOnly {
    pub fn open(path: &Path) -> crate::Result<ReadOnly> {
        let mut conn = crate::catalog::open_for_reading(path)?;
        // Bounds, as Datasette sets them: no value longer than MAX_VALUE_BYTES (zeroblob,
        // randomblob, printf and group_concat refuse to make one), and no more than
        // MAX_HEAP_BYTES of memory for SQLite in all (then the query stops with SQLITE_NOMEM).
        conn.set_limit(
            rusqlite::limits::Limit::SQLITE_LIMIT_LENGTH,
            MAX_VALUE_BYTES,
        )?;
        // SAFETY: sets a process-wide number in SQLite; no pointer is passed.
        unsafe {
            rusqlite::ffi::sqlite3_hard_heap_limit64(MAX_HEAP_BYTES);
        }
        let refused = Arc::new(Mutex::new(None));
        let r = Arc::clone(&refused);
        conn.authorizer(Some(move |ctx: AuthContext<'_>| authorize(ctx, &r)))?;
        Ok(ReadOnly { conn, refused })
    }

    pub fn connection(&self) -> &Connection {
        &self.conn
    }

    /// Runs one statement, streaming its rows to `out`; returns how many were written.
    pub fn run(
        &mut self,
        statement: &Statement<'_>,
        out: &mut dyn std::io::Write,
    ) -> Result<u64, QueryError> {
        if no_statement(statement.sql) {
            return Err(QueryError::Empty);
        }
        let started = Instant::now();
        let timeout = statement.timeout;
        let timed_out = Arc::new(AtomicBool::new(false));
        let flag = Arc::clone(&timed_out);
        self.conn
            .progress_handler(
                10_000,
                Some(move || {
                    if started.elapsed() > timeout {
                        flag.store(true, Ordering::SeqCst);
                        true
                    } else {
                        false
                    }
                }),
            )
            .map_err(QueryError::Sql)?;
        let result = run_inner(&self.conn, &self.refused, statement, started, out);
        let _ = self.conn.progress_handler(0, None::<fn() -> bool>);
        match result {
            Err(_) if timed_out.load(Ordering::SeqCst) => {
                Err(QueryError::Timeout(timeout.as_secs()))
            }
            r => r,
        }
    }
}

fn sql_error(e: rusqlite::Error, refused: &Mutex<Option<String>>) -> QueryError {
    if let Ok(mut r) = refused.lock() {
        if let Some(what) = r.take() {
            return QueryError::Refused(what);
        }
    }
    match e {
        rusqlite::Error::MultipleStatement => QueryError::Several,
        rusqlite::Error::SqliteFailure(f, _) if f.code == rusqlite::ErrorCode::TooBig => {
            QueryError::TooBig
        }
        rusqlite::Error::SqliteFailure(f, _) if f.code == rusqlite::ErrorCode::OutOfMemory => {
            QueryError::OutOfMemory
        }
        rusqlite::Error::SqliteFailure(f, _) if f.code == rusqlite::ErrorCode::ReadOnly => {
            QueryError::Refused("writing would change something".into())
        }
        other => QueryError::Sql(other),
    }
}

/// "no such table: meeting": which tables and views there are, and the one meant.
fn no_such_table(conn: &Connection, e: QueryError) -> QueryError {
    let QueryError::Sql(source) = e else {
        return e;
    };
    let name = match &source {
        rusqlite::Error::SqliteFailure(_, Some(m)) => m.strip_prefix("no such table: "),
        _ => None,
    };
    let Some(name) = name.map(str::to_string) else {
        return QueryError::Sql(source);
    };
    let names: Vec<String> = conn
        .prepare(
            "SELECT name FROM sqlite_master WHERE type IN ('table', 'view') \
             AND name NOT LIKE 'sqlite_%' AND name NOT LIKE '%\\_fts\\_%' ESCAPE '\\' ORDER BY name",
        )
        .and_then(|mut s| s.query_map([], |r| r.get(0))?.collect())
        .unwrap_or_default();
    if names.is_empty() {
        return QueryError::Sql(source);
    }
    QueryError::NoSuchTable(Box::new(MissingTable {
        hint: crate::report::did_you_mean(&name, names.iter().map(String::as_str)),
        name,
        known: names.join(", "),
        source,
    }))
}

fn run_inner(
    conn: &Connection,
    refused: &Mutex<Option<String>>,
    statement: &Statement<'_>,
    started: Instant,
    out: &mut dyn std::io::Write,
) -> Result<u64, QueryError> {
    let mut stmt = conn
        .prepare(statement.sql)
        .map_err(|e| no_such_table(conn, sql_error(e, refused)))?;
    // SQLite marks `PRAGMA journal_mode` as a write even without a value (it may switch the
    // mode); without one it only reads it, and the authorizer has checked that there is none.
    if !stmt.readonly() && !reads_a_setting(statement.sql) {
        let verb = statement
            .sql
            .split_whitespace()
            .next()
            .unwrap_or("this statement")
            .to_uppercase();
        return Err(QueryError::Refused(format!(
            "{verb} would change something"
        )));
    }
    // Every parameter the statement names must be given: a missing one is a mistake, not NULL.
    for i in 1..=stmt.parameter_count() {
        let name = stmt.parameter_name(i).map(str::to_string);
        let given = name
            .as_deref()
            .and_then(|n| statement.params.iter().find(|(p, _)| p == n));
        match given {
            Some((_, value)) => stmt.raw_bind_parameter(i, value).map_err(QueryError::Sql)?,
            None => return Err(QueryError::MissingParam(name)),
        }
    }
    if statement.every_param_used {
        if let Some((name, _)) = statement
            .params
            .iter()
            .find(|(name, _)| !matches!(stmt.parameter_index(name), Ok(Some(_))))
        {
            return Err(QueryError::UnusedParam(name.clone()));
        }
    }
    let columns: Vec<String> = stmt.column_names().map(|c| c.to_string()).collect();
    let n = columns.len();
    let mut rows = stmt.raw_query();
    // The first row is fetched before the header is written, so an error leaves no output.
    let mut next = rows.next().map_err(|e| sql_error(e, refused))?;
    let mut sink = statement.format.sink(out, &columns, statement.style)?;
    let mut count = 0u64;
    let mut values = Vec::with_capacity(n);
    while let Some(row) = next {
        // Measured before anything is copied out of SQLite.
        let mut size = 0usize;
        for i in 0..n {
            size += match row.get_ref(i).map_err(QueryError::Sql)? {
                rusqlite::types::ValueRef::Text(t) | rusqlite::types::ValueRef::Blob(t) => t.len(),
                _ => 8,
            };
        }
        if size > MAX_ROW_BYTES {
            return Err(QueryError::RowTooBig);
        }
        values.clear();
        for i in 0..n {
            values.push(row.get::<_, Value>(i).map_err(QueryError::Sql)?);
        }
        sink.row(&values)?;
        count += 1;
        // The time limit holds while rows are written too, not only inside SQLite's steps.
        if started.elapsed() > statement.timeout {
            return Err(QueryError::Timeout(statement.timeout.as_secs()));
        }
        next = rows.next().map_err(|e| sql_error(e, refused))?;
    }
    sink.finish()?;
    Ok(count)
}

/// Whether SQL holds no statement: only blanks, semicolons and comments ("-- just a
/// comment", "/* c */").
fn no_statement(sql: &str) -> bool {
    let mut rest = sql;
    loop {
        rest = rest.trim_start_matches(|c: char| c.is_whitespace() || c == ';');
        if rest.is_empty() {
            return true;
        }
        if let Some(after) = rest.strip_prefix("--") {
            rest = after.split_once('\n').map_or("", |(_, r)| r);
        } else if let Some(after) = rest.strip_prefix("/*") {
            rest = after.split_once("*/").map_or("", |(_, r)| r);
        } else {
            return false;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_a_bare_pragma_that_reads_a_setting_is_taken_as_reading() {
        for sql in [
            "PRAGMA journal_mode",
            "  pragma main.journal_mode;",
            "-- mode\nPRAGMA page_size",
        ] {
            assert!(reads_a_setting(sql), "{sql}");
        }
        for sql in [
            "PRAGMA journal_mode = DELETE",
            "PRAGMA journal_mode=DELETE",
            "PRAGMA wal_checkpoint",
            "SELECT 1",
        ] {
            assert!(!reads_a_setting(sql), "{sql}");
        }
    }
}
