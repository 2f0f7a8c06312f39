//! The SQL the writers share: find-or-insert-or-update a row and count the change, the
//! catalog's names for recognition, an article's mentions. Only the import's writers use it.

use std::collections::HashSet;

use rusqlite::types::Value;
use rusqlite::{params_from_iter, Transaction};

use super::summary::{Change, Summary};
use crate::extract::names::{EntityKind, EntityRef, KnownName, Mention};
use crate::model::date::PartialDate;

pub(crate) fn text(v: Option<&str>) -> Value {
    match v {
        Some(s) if !s.is_empty() => Value::Text(s.to_string()),
        _ => Value::Null,
    }
}

pub(crate) fn int(v: Option<i64>) -> Value {
    v.map(Value::Integer).unwrap_or(Value::Null)
}

/// Finds the row with these key values; inserts it, updates the value columns that differ, or
/// leaves it. Table and column names come from this module, never from input.
pub(crate) fn upsert(
    tx: &Transaction,
    table: &'static str,
    keys: &[(&str, Value)],
    values: &[(&str, Value)],
    insert_only: &[(&str, Value)],
) -> rusqlite::Result<(i64, Change)> {
    let cols: Vec<&str> = values.iter().map(|(c, _)| *c).collect();
    let select = format!(
        "SELECT id{}{} FROM {table} WHERE {}",
        if cols.is_empty() { "" } else { ", " },
        cols.join(", "),
        keys.iter()
            .enumerate()
            .map(|(i, (c, _))| format!("{c} IS ?{}", i + 1))
            .collect::<Vec<_>>()
            .join(" AND ")
    );
    let existing: Option<(i64, Vec<Value>)> = {
        let mut stmt = tx.prepare_cached(&select)?;
        let mut rows = stmt.query(params_from_iter(keys.iter().map(|(_, v)| v)))?;
        match rows.next()? {
            Some(r) => {
                let id: i64 = r.get(0)?;
                let mut vals = Vec::with_capacity(cols.len());
                for i in 0..cols.len() {
                    vals.push(r.get::<_, Value>(i + 1)?);
                }
                Some((id, vals))
            }
            None => None,
        }
    };
    match existing {
        Some((id, old)) => {
            if old.iter().zip(values).all(|(o, (_, n))| o == n) {
                return Ok((id, Change::Unchanged));
            }
            let sql = format!(
                "UPDATE {table} SET {} WHERE id = ?{}",
                cols.iter()
                    .enumerate()
                    .map(|(i, c)| format!("{c} = ?{}", i + 1))
                    .collect::<Vec<_>>()
                    .join(", "),
                cols.len() + 1
            );
            let mut params: Vec<Value> = values.iter().map(|(_, v)| v.clone()).collect();
            params.push(Value::Integer(id));
            tx.prepare_cached(&sql)?.execute(params_from_iter(params))?;
            Ok((id, Change::Updated))
        }
        None => {
            let all: Vec<&(&str, Value)> = keys.iter().chain(values).chain(insert_only).collect();
            let sql = format!(
                "INSERT INTO {table} ({}) VALUES ({})",
                all.iter().map(|(c, _)| *c).collect::<Vec<_>>().join(", "),
                (1..=all.len())
                    .map(|i| format!("?{i}"))
                    .collect::<Vec<_>>()
                    .join(", ")
            );
            tx.prepare_cached(&sql)?
                .execute(params_from_iter(all.iter().map(|(_, v)| v)))?;
            Ok((tx.last_insert_rowid(), Change::New))
        }
    }
}

/// The four columns of a partial date: value, words, earliest, latest.
pub(crate) fn date_values(date: Option<&str>, words: Option<&str>) -> [Value; 4] {
    partial_date_values(date.and_then(|d| PartialDate::parse(d).ok()), words)
}

/// The four columns of a parsed partial date: value, words, earliest, latest.
pub(crate) fn partial_date_values(parsed: Option<PartialDate>, words: Option<&str>) -> [Value; 4] {
    [
        text(parsed.map(|p| p.to_string()).as_deref()),
        text(words),
        text(parsed.and_then(|p| p.earliest()).as_deref()),
        text(parsed.and_then(|p| p.latest()).as_deref()),
    ]
}

/// Every name the catalog knows, for recognition.
pub fn known_names(tx: &rusqlite::Connection) -> rusqlite::Result<Vec<KnownName>> {
    let mut out = Vec::new();
    let queries = [
        (
            EntityKind::Person,
            "SELECT person_id, name, NULL, NULL, 0 FROM person_names",
        ),
        (
            EntityKind::Organization,
            "SELECT organization_id, name, valid_from, valid_until, 0 FROM organization_names",
        ),
        (
            EntityKind::Place,
            "SELECT n.place_id, n.name, NULL, NULL, p.kind = 'city' AND p.method = 'extracted'
             FROM place_names n JOIN places p ON p.id = n.place_id",
        ),
    ];
    for (kind, sql) in queries {
        let mut stmt = tx.prepare(sql)?;
        let rows = stmt.query_map([], |r| {
            Ok(KnownName {
                entity: EntityRef {
                    kind,
                    id: r.get(0)?,
                },
                name: r.get(1)?,
                valid_from: r.get(2)?,
                valid_until: r.get(3)?,
                standalone: r.get(4)?,
            })
        })?;
        for r in rows {
            out.push(r?);
        }
    }
    Ok(out)
}

/// Keeps one article's `mentions` in step with the names found in it.
pub(crate) fn write_mentions_of(
    tx: &Transaction,
    article_id: i64,
    found: &[Mention],
    s: &mut Summary,
) -> rusqlite::Result<()> {
    // An article seen for the first time has no mentions yet: they are inserted without
    // looking each one up, and there is nothing stale to remove.
    let first_time = !tx
        .prepare_cached("SELECT 1 FROM mentions WHERE article_id = ?1")?
        .exists([article_id])?;
    let mut kept: HashSet<(i64, i64)> = HashSet::new();
    for m in found {
        let (mut person, mut org, mut place) = (Value::Null, Value::Null, Value::Null);
        match m.entity {
            Some(EntityRef {
                kind: EntityKind::Person,
                id,
            }) => person = Value::Integer(id),
            Some(EntityRef {
                kind: EntityKind::Organization,
                id,
            }) => org = Value::Integer(id),
            Some(EntityRef {
                kind: EntityKind::Place,
                id,
            }) => place = Value::Integer(id),
            None => {}
        }
        let (start, end) = (m.start_char as i64, m.end_char as i64);
        if first_time {
            // Two mentions never share a span (the gazetteer keeps one per span), but the
            // unique key decides: a repeat is counted as unchanged, like upsert would.
            let n = tx
                .prepare_cached(
                    "INSERT INTO mentions (article_id, start_char, end_char, person_id, organization_id, place_id, surface)
                     VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7) ON CONFLICT DO NOTHING",
                )?
                .execute(rusqlite::params![
                    article_id,
                    start,
                    end,
                    person,
                    org,
                    place,
                    text(Some(&m.surface))
                ])?;
            s.count(
                "mentions",
                if n == 1 {
                    Change::New
                } else {
                    Change::Unchanged
                },
            );
            continue;
        }
        kept.insert((start, end));
        let (_, c) = upsert(
            tx,
            "mentions",
            &[
                ("article_id", Value::Integer(article_id)),
                ("start_char", Value::Integer(start)),
                ("end_char", Value::Integer(end)),
            ],
            &[
                ("person_id", person),
                ("organization_id", org),
                ("place_id", place),
                ("surface", text(Some(&m.surface))),
            ],
            &[],
        )?;
        s.count("mentions", c);
    }
    if first_time {
        return Ok(());
    }
    // Mentions that no longer match (a name was corrected) are removed.
    let stale: Vec<(i64, i64, i64)> = {
        let mut stmt = tx.prepare_cached(
            "SELECT id, start_char, end_char FROM mentions WHERE article_id = ?1",
        )?;
        let rows = stmt.query_map([article_id], |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)))?;
        rows.collect::<rusqlite::Result<Vec<_>>>()?
    };
    for (id, a, b) in stale {
        if !kept.contains(&(a, b)) {
            tx.prepare_cached("DELETE FROM mentions WHERE id = ?1")?
                .execute([id])?;
            s.tables.entry("mentions").or_default().removed += 1;
        }
    }
    Ok(())
}
