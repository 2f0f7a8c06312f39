//! The read-side commands: report, query, export and search. They only read the catalog.

use std::io::{IsTerminal, Read, Write};
use std::path::Path;
use std::time::Duration;

use anyhow::Context;
use rusqlite::types::Value;

use crate::cli::OutputArgs;
use crate::output::{Format, Style};
use crate::report::{self, parse_pair};
use crate::{catalog, query, UsageError};

/// Where rows go: stdout, or a temporary file renamed over FILE once everything is written.
pub(crate) fn with_output(
    args: &OutputArgs,
    f: impl FnOnce(&mut dyn Write, Format, Style) -> anyhow::Result<u64>,
) -> anyhow::Result<()> {
    let style = Style { excel: args.excel };
    match &args.output {
        None => {
            let format = args.format.unwrap_or(if std::io::stdout().is_terminal() {
                Format::Table
            } else {
                Format::Csv
            });
            let stdout = std::io::stdout();
            let mut out = std::io::BufWriter::new(stdout.lock());
            f(&mut out, format, style)?;
            out.flush()?;
        }
        Some(path) => {
            let format = args.format.unwrap_or(Format::Csv);
            let dir = path
                .parent()
                .filter(|p| !p.as_os_str().is_empty())
                .unwrap_or(Path::new("."));
            let mut tmp = tempfile::NamedTempFile::new_in(dir)
                .with_context(|| format!("cannot create a file in {}", dir.display()))?;
            let n = {
                let mut out = std::io::BufWriter::new(tmp.as_file_mut());
                let n = f(&mut out, format, style)?;
                out.flush()?;
                n
            };
            tmp.persist(path)
                .with_context(|| format!("cannot write {}", path.display()))?;
            eprintln!("{n} row(s) written to {}", path.display());
        }
    }
    Ok(())
}

pub fn report(
    db: &Path,
    name: Option<&str>,
    params: &[String],
    output: &OutputArgs,
) -> anyhow::Result<()> {
    let Some(name) = name else {
        let mut out = std::io::stdout().lock();
        for r in report::all()?.values() {
            writeln!(out, "{:<14} {}", r.name, r.description)?;
            for p in &r.params {
                let d = match &p.default {
                    None => "required".to_string(),
                    Some(None) => "optional".to_string(),
                    Some(Some(v)) => format!("default {v}"),
                };
                writeln!(
                    out,
                    "    -p {}=<{}>  ({d}) {}",
                    p.name,
                    p.kind.name(),
                    p.description
                )?;
            }
        }
        return Ok(());
    };
    let r = report::find(name)?;
    let pairs = params
        .iter()
        .map(|p| parse_pair(p))
        .collect::<Result<Vec<_>, _>>()?;
    let (mut conn, refused) = query::open(db)?;
    let binds = r.bind(&conn, &pairs)?;
    with_output(output, |out, format, style| {
        Ok(query::run(
            &mut conn,
            &refused,
            &r.sql,
            &binds,
            Duration::from_secs(300),
            (format, style),
            out,
        )?)
    })
}

pub fn query(
    db: &Path,
    sql: Option<&str>,
    file: Option<&Path>,
    params: &[String],
    timeout: u64,
    output: &OutputArgs,
) -> anyhow::Result<()> {
    let text = match (sql, file) {
        (_, Some(f)) if f != Path::new("-") => std::fs::read_to_string(f)
            .with_context(|| format!("cannot read SQL from {}", f.display()))?,
        (Some("-"), None) | (_, Some(_)) => {
            let mut s = String::new();
            std::io::stdin()
                .read_to_string(&mut s)
                .context("cannot read SQL from standard input")?;
            s
        }
        (Some(s), None) => s.to_string(),
        (None, None) => {
            return Err(UsageError(
                "give SQL as an argument, with -f FILE, or - for standard input".into(),
            )
            .into())
        }
    };
    let pairs = params
        .iter()
        .map(|p| parse_pair(p))
        .collect::<Result<Vec<_>, _>>()?;
    let binds: Vec<(String, Value)> = pairs
        .into_iter()
        .map(|(k, v)| {
            let value = match v.parse::<i64>() {
                Ok(i) if i.to_string() == v => Value::Integer(i),
                _ => Value::Text(v),
            };
            (format!(":{k}"), value)
        })
        .collect();
    let (mut conn, refused) = query::open(db)?;
    with_output(output, |out, format, style| {
        Ok(query::run(
            &mut conn,
            &refused,
            &text,
            &binds,
            Duration::from_secs(timeout.max(1)),
            (format, style),
            out,
        )?)
    })
}

pub fn export(db: &Path, dir: &Path, excel: bool) -> anyhow::Result<()> {
    let (mut conn, refused) = query::open(db)?;
    std::fs::create_dir_all(dir).with_context(|| format!("cannot create {}", dir.display()))?;
    let mut jobs: Vec<(String, String)> = catalog::TABLES
        .iter()
        .chain(["catalog_docs"].iter())
        .map(|t| (t.to_string(), format!("SELECT * FROM {t} ORDER BY 1")))
        .collect();
    for r in report::all()?.values() {
        if r.needs_no_parameter() {
            jobs.push((format!("report_{}", r.name), r.view_sql()));
        }
    }
    for (name, sql) in jobs {
        let path = dir.join(format!("{name}.csv"));
        let args = OutputArgs {
            format: Some(Format::Csv),
            output: Some(path.clone()),
            excel,
        };
        let binds: Vec<(String, Value)> = Vec::new();
        with_output(&args, |out, format, style| {
            Ok(query::run(
                &mut conn,
                &refused,
                &sql,
                &binds,
                Duration::from_secs(3600),
                (format, style),
                out,
            )?)
        })?;
    }
    Ok(())
}

/// Plain words become quoted FTS5 terms, so nothing in them is taken as syntax.
fn plain_words(words: &str) -> String {
    words
        .split_whitespace()
        .map(|w| format!("\"{}\"", w.replace('"', "\"\"")))
        .collect::<Vec<_>>()
        .join(" ")
}

pub fn search(
    db: &Path,
    words: &str,
    raw: bool,
    limit: u64,
    output: &OutputArgs,
) -> anyhow::Result<()> {
    let expr = if raw {
        words.to_string()
    } else {
        plain_words(words)
    };
    if expr.trim().is_empty() {
        return Err(UsageError("give some words to search for".into()).into());
    }
    let sql = "SELECT a.file_name, a.published AS date, o.name AS outlet, a.title,
                      snippet(articles_fts, 1, '[', ']', '…', 12) AS snippet,
                      round(bm25(articles_fts), 3) AS rank
               FROM articles_fts
               JOIN articles a ON a.id = articles_fts.rowid
               LEFT JOIN outlets o ON o.id = a.outlet_id
               WHERE articles_fts MATCH :q
               ORDER BY bm25(articles_fts)
               LIMIT :limit";
    let (mut conn, refused) = query::open(db)?;
    let binds = vec![
        (":q".to_string(), Value::Text(expr)),
        (":limit".to_string(), Value::Integer(limit as i64)),
    ];
    let result = with_output(output, |out, format, style| {
        Ok(query::run(
            &mut conn,
            &refused,
            sql,
            &binds,
            Duration::from_secs(60),
            (format, style),
            out,
        )?)
    });
    match result {
        Err(e) if e.to_string().contains("fts5") || e.to_string().contains("syntax error") => Err(UsageError(format!(
            "the search {words:?} is not valid FTS5 syntax ({}); drop --raw to search for plain words",
            e.root_cause()
        ))
        .into()),
        r => r,
    }
}
