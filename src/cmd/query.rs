//! `diplocat query SQL | -f FILE | -`: the user's own read-only SQL, with `-p` parameters.

use std::io::Read;
use std::path::Path;
use std::time::Duration;

use anyhow::Context;
use rusqlite::types::Value;

use crate::cli::QueryArgs;
use crate::query::{ReadOnly, Statement};
use crate::Error;

pub fn run(db: &Path, args: &QueryArgs) -> anyhow::Result<()> {
    let text = match (&args.sql, &args.file) {
        (_, Some(f)) if f != Path::new("-") => std::fs::read_to_string(f)
            .with_context(|| format!("cannot read SQL from {}", f.display()))?,
        (Some(s), None) if s != "-" => s.clone(),
        (Some(_), None) | (_, Some(_)) => {
            let mut s = String::new();
            std::io::stdin()
                .read_to_string(&mut s)
                .context("cannot read SQL from standard input")?;
            s
        }
        (None, None) => {
            return Err(Error::usage(
                "give SQL as an argument, with -f FILE, or - for standard input",
            )
            .into())
        }
    };
    for (i, p) in args.params.iter().enumerate() {
        if let Some(earlier) = args.params[..i].iter().find(|earlier| earlier.key == p.key) {
            return Err(Error::usage(format!(
                "-p {}= is given twice ({:?}, then {:?}); give it once",
                p.key, earlier.value, p.value
            ))
            .into());
        }
    }
    // A value that reads as a whole number is bound as one, so `-p n=3` compares with numbers.
    let binds: Vec<(String, Value)> = args
        .params
        .iter()
        .map(|p| {
            let value = match p.value.parse::<i64>() {
                Ok(i) if i.to_string() == p.value => Value::Integer(i),
                _ => Value::Text(p.value.clone()),
            };
            (format!(":{}", p.key), value)
        })
        .collect();
    let mut catalog = ReadOnly::open(db)?;
    super::with_output(&args.output, |out, format, style| {
        let statement = Statement {
            sql: &text,
            params: &binds,
            timeout: Duration::from_secs(args.timeout),
            format,
            style,
            every_param_used: true,
        };
        Ok(catalog.run(&statement, out).map_err(Error::from)?)
    })
}
