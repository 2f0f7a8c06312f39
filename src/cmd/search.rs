//! `diplocat search WORDS`: full-text search over the articles, ranked by bm25.

use std::path::Path;
use std::time::Duration;

use rusqlite::types::Value;

use crate::cli::SearchArgs;
use crate::extract::names::fold;
use crate::query::{QueryError, ReadOnly, Statement};
use crate::Error;

const SEARCH: &str = "SELECT a.file_name, a.published AS date, o.name AS outlet, a.title,
                      snippet(articles_fts, 1, '[', ']', '…', 12) AS snippet,
                      bm25(articles_fts) + 0.0 AS rank
               FROM articles_fts
               JOIN articles a ON a.id = articles_fts.rowid
               LEFT JOIN outlets o ON o.id = a.outlet_id
               WHERE articles_fts MATCH :q
               ORDER BY bm25(articles_fts)
               LIMIT :limit";

/// Plain words become quoted FTS5 terms, so nothing in them is taken as syntax. A word that
/// folds as names fold (Əliyeva -> aliyeva) is looked for in both spellings, as the person
/// parameter of the reports finds both.
fn plain_words(words: &str) -> String {
    let quoted = |w: &str| format!("\"{}\"", w.replace('"', "\"\""));
    words
        .split_whitespace()
        .map(|w| {
            let folded = fold(w).text;
            if folded.is_empty() || folded == w.to_lowercase() {
                quoted(w)
            } else {
                format!("({} OR {})", quoted(w), quoted(&folded))
            }
        })
        .collect::<Vec<_>>()
        // Explicit: FTS5 takes no implicit AND before a bracket.
        .join(" AND ")
}

pub fn run(db: &Path, args: &SearchArgs) -> anyhow::Result<()> {
    let expr = if args.raw {
        args.words.clone()
    } else {
        plain_words(&args.words)
    };
    if expr.trim().is_empty() {
        return Err(Error::usage("give some words to search for").into());
    }
    let mut catalog = ReadOnly::open(db)?;
    let binds = vec![
        (":q".to_string(), Value::Text(expr)),
        (
            ":limit".to_string(),
            Value::Integer(i64::try_from(args.limit).unwrap_or(i64::MAX)),
        ),
    ];
    super::with_output(&args.output, |out, format, style| {
        let statement = Statement {
            sql: SEARCH,
            params: &binds,
            timeout: Duration::from_secs(60),
            format,
            style,
            every_param_used: false,
        };
        match catalog.run(&statement, out) {
            // The statement itself is fixed and valid: a plain SQL error (SQLITE_ERROR) can only
            // come from the search expression the user gave.
            Err(QueryError::Sql(e))
                if e.sqlite_error_code() == Some(rusqlite::ErrorCode::Unknown) =>
            {
                Err(Error::usage(format!(
                    "the search {:?} is not valid FTS5 syntax ({e}); drop --raw to search for plain words",
                    args.words
                ))
                .into())
            }
            Ok(0) if !args.raw && has_operators(&args.words) => {
                crate::output::note(
                    "diplocat: no article has all of these words (OR, AND, NOT, NEAR and quotes are searched as words); for FTS5's syntax, add --raw",
                );
                Ok(0)
            }
            r => Ok(r.map_err(Error::from)?),
        }
    })
}

/// Whether plain words a search found nothing for look like FTS5's syntax ("a OR b",
/// "\"a phrase\"", "pre*"), which only `--raw` reads as such.
fn has_operators(words: &str) -> bool {
    words
        .split_whitespace()
        .any(|w| matches!(w, "OR" | "AND" | "NOT" | "NEAR") || w.ends_with('*'))
        || words.contains('"')
}
