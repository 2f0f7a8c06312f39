//! Writing a validated plan: every row is inserted, updated in place or left unchanged, and
//! counted as such per table.

use std::collections::{BTreeMap, HashMap, HashSet};

use rusqlite::types::Value;
use rusqlite::{params, params_from_iter, OptionalExtension, Transaction};

use super::curated::Row;

use super::{char_offset, id_of, rows, ImportError, Plan};
use crate::date::PartialDate;
use crate::extract::names::{EntityKind, EntityRef, KnownName, Mention};
use crate::model::{DateBasis, MeetingKind, Method};

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Change {
    New,
    Updated,
    Unchanged,
}

/// How many rows of one table were new, updated, unchanged or removed.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Counts {
    pub new: u64,
    pub updated: u64,
    pub unchanged: u64,
    pub removed: u64,
}

#[derive(Debug, Clone, Default)]
pub struct Summary {
    pub tables: BTreeMap<&'static str, Counts>,
    /// What extraction found in the imported articles, one line each.
    pub findings: Vec<String>,
    /// What the user should know about the import (printed to standard error).
    pub notices: Vec<String>,
}

impl Summary {
    pub(crate) fn count(&mut self, table: &'static str, change: Change) {
        let c = self.tables.entry(table).or_default();
        match change {
            Change::New => c.new += 1,
            Change::Updated => c.updated += 1,
            Change::Unchanged => c.unchanged += 1,
        }
    }

    /// True when the import added or changed nothing.
    pub fn is_unchanged(&self) -> bool {
        self.tables
            .values()
            .all(|c| c.new == 0 && c.updated == 0 && c.removed == 0)
    }
}

pub(crate) fn text(v: Option<&str>) -> Value {
    match v {
        Some(s) if !s.is_empty() => Value::Text(s.to_string()),
        _ => Value::Null,
    }
}

fn int(v: Option<i64>) -> Value {
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

/// The full-text index of the articles an import adds, built in one statement after them.
///
/// The trigger `articles_fts_after_insert` keeps `articles_fts` in step with every writer, but
/// FTS5 writes a new index segment at the end of every statement, so an import of many articles
/// through it spends much of its time writing and merging small segments. The importer sets the
/// trigger aside, indexes the new rows at once as the trigger would, and puts the trigger back
/// exactly as it stood in the catalog, all in the import's transaction.
struct DeferredSearchIndex {
    /// The trigger's SQL, and the largest article id before the import (new rows come after).
    trigger: Option<(String, i64)>,
}

const FTS_TRIGGER: &str = "articles_fts_after_insert";

impl DeferredSearchIndex {
    fn set_aside(tx: &Transaction, articles_coming: bool) -> rusqlite::Result<Self> {
        if !articles_coming {
            return Ok(DeferredSearchIndex { trigger: None });
        }
        let sql: Option<String> = tx
            .query_row(
                "SELECT sql FROM sqlite_master WHERE type = 'trigger' AND name = ?1",
                [FTS_TRIGGER],
                |r| r.get(0),
            )
            .optional()?;
        let Some(sql) = sql else {
            // A catalog whose owner dropped the trigger gets no index rows from diplocat either.
            return Ok(DeferredSearchIndex { trigger: None });
        };
        let last: i64 = tx.query_row("SELECT coalesce(max(id), 0) FROM articles", [], |r| {
            r.get(0)
        })?;
        tx.execute_batch(&format!("DROP TRIGGER {FTS_TRIGGER}"))?;
        Ok(DeferredSearchIndex {
            trigger: Some((sql, last)),
        })
    }

    fn put_back(self, tx: &Transaction) -> rusqlite::Result<()> {
        let Some((sql, last)) = self.trigger else {
            return Ok(());
        };
        tx.execute(
            "INSERT INTO articles_fts (rowid, title, body)
             SELECT id, coalesce(title, ''), body FROM articles WHERE id > ?1 ORDER BY id",
            [last],
        )?;
        tx.execute_batch(&sql)
    }
}

/// The four columns of a partial date: value, words, earliest, latest.
fn date_values(date: Option<&str>, words: Option<&str>) -> [Value; 4] {
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

/// Rows ordered so that a row referring (through `column`) to another of the same file comes
/// after it; validation has ruled out cycles.
fn parents_first<'a>(rows: &'a [Row], column: &str) -> Vec<&'a Row> {
    let defined: HashSet<&str> = rows.iter().map(|r| r.get("key")).collect();
    let mut done: HashSet<&str> = HashSet::new();
    let mut out = Vec::with_capacity(rows.len());
    while out.len() < rows.len() {
        let before = out.len();
        for r in rows {
            if done.contains(r.get("key")) {
                continue;
            }
            let ready = match r.opt(column) {
                None => true,
                Some(p) => !defined.contains(p) || done.contains(p),
            };
            if ready {
                done.insert(r.get("key"));
                out.push(r);
            }
        }
        if out.len() == before {
            break;
        }
    }
    out
}

struct Ids<'t> {
    tx: &'t Transaction<'t>,
}

impl Ids<'_> {
    fn key(&self, table: &str, key: Option<&str>) -> rusqlite::Result<Value> {
        match key {
            None => Ok(Value::Null),
            Some(k) => Ok(int(id_of(self.tx, table, k)?)),
        }
    }
}

pub fn write(tx: &Transaction, plan: &Plan, keep_findings: bool) -> Result<Summary, ImportError> {
    let mut s = Summary::default();
    let ids = Ids { tx };
    let now = chrono::Utc::now().format("%Y-%m-%dT%H:%M:%SZ").to_string();

    for r in rows(plan, "outlets.csv") {
        let (_, c) = upsert(
            tx,
            "outlets",
            &[("key", text(r.opt("key")))],
            &[("name", text(r.opt("name"))), ("url", text(r.opt("url")))],
            &[],
        )?;
        s.count("outlets", c);
    }
    for r in parents_first(rows(plan, "places.csv"), "country") {
        let (_, c) = upsert(
            tx,
            "places",
            &[("key", text(r.opt("key")))],
            &[
                ("name", text(r.opt("name"))),
                ("kind", text(r.opt("kind"))),
                ("country_id", ids.key("places", r.opt("country"))?),
                ("method", text(Some(Method::Curated.as_str()))),
            ],
            &[],
        )?;
        s.count("places", c);
    }
    for r in rows(plan, "people.csv") {
        let (_, c) = upsert(
            tx,
            "people",
            &[("key", text(r.opt("key")))],
            &[
                ("name", text(r.opt("name"))),
                ("description", text(r.opt("description"))),
                ("method", text(Some(Method::Curated.as_str()))),
            ],
            &[],
        )?;
        s.count("people", c);
    }
    for r in parents_first(rows(plan, "organizations.csv"), "part_of") {
        let (_, c) = upsert(
            tx,
            "organizations",
            &[("key", text(r.opt("key")))],
            &[
                ("name", text(r.opt("name"))),
                ("kind", text(r.opt("kind"))),
                ("part_of_id", ids.key("organizations", r.opt("part_of"))?),
                ("description", text(r.opt("description"))),
                ("method", text(Some(Method::Curated.as_str()))),
            ],
            &[],
        )?;
        s.count("organizations", c);
    }
    write_names(tx, plan, &mut s)?;

    // Articles, with the sidecar's metadata over what the layout parser derived.
    let sidecar: HashMap<&str, &Row> = rows(plan, "articles.csv")
        .iter()
        .map(|r| (r.get("file"), r))
        .collect();
    let mut article_ids: HashMap<String, i64> = HashMap::new();
    let mut world_ids: HashMap<usize, i64> = HashMap::new();
    let fts = DeferredSearchIndex::set_aside(tx, !plan.articles.is_empty())?;
    let progress = crate::progress::bar(plan.articles.len() as u64, "articles");
    super::pipelined(
        plan.articles.chunks(super::BATCH),
        |batch| Ok::<_, ImportError>(batch.iter().collect::<Vec<_>>()),
        |a| a.lay_out(),
        |batch, laid| {
            for (a, laid) in batch.into_iter().zip(laid) {
                let laid = laid.map_err(|p| ImportError::Invalid(vec![p]))?;
                progress.inc(1);
                let meta = sidecar.get(a.file_name.as_str());
                let field = |c: &str| meta.and_then(|m| m.opt(c));
                let outlet_id = match field("outlet") {
                    Some(k) => ids.key("outlets", Some(k))?,
                    None => match &laid.layout.outlet {
                        Some(name) => outlet_by_name(tx, name, &mut s)?,
                        None => Value::Null,
                    },
                };
                let (published, published_text) = match field("published") {
                    Some(p) => (
                        Some(p.to_string()),
                        field("published_text").map(str::to_string),
                    ),
                    None => match &laid.layout.published {
                        Some((d, words)) => (Some(d.to_string()), Some(words.clone())),
                        None => (None, None),
                    },
                };
                let dates = date_values(published.as_deref(), published_text.as_deref());
                let [p0, p1, p2, p3] = dates;
                // The gazetteer's places the article names become places of the catalog, so
                // that its dateline and its meetings can name them.
                for &place in &laid.places {
                    world_place(tx, place, &mut world_ids, &mut s)?;
                }
                // The same text under another name is the article already imported: it
                // keeps its first name, and the import says so.
                let known_as: Option<String> = tx
                    .prepare_cached("SELECT file_name FROM articles WHERE sha256 = ?1")?
                    .query_row([&a.sha256], |r| r.get(0))
                    .optional()?;
                let file_name = match known_as {
                    Some(first) if first != a.file_name => {
                        s.notices.push(format!(
                            "{}: the same text as {first}, already in the catalog; it keeps the name {first}",
                            a.file_name
                        ));
                        first
                    }
                    _ => a.file_name.clone(),
                };
                let (id, c) = upsert(
                    tx,
                    "articles",
                    &[("sha256", text(Some(&a.sha256)))],
                    &[
                        ("file_name", text(Some(&file_name))),
                        ("url", text(field("url"))),
                        (
                            "title",
                            text(field("title").or(laid.layout.title.as_deref())),
                        ),
                        ("outlet_id", outlet_id),
                        (
                            "author",
                            text(field("author").or(laid.layout.author.as_deref())),
                        ),
                        ("published", p0),
                        ("published_text", p1),
                        ("published_earliest", p2),
                        ("published_latest", p3),
                        (
                            "dateline_place_id",
                            match field("dateline") {
                                Some(k) => ids.key("places", Some(k))?,
                                None => place_by_name(tx, laid.layout.dateline.as_deref())?,
                            },
                        ),
                        ("language", text(Some(field("language").unwrap_or("en")))),
                        ("raw_text", text(Some(&laid.raw_text))),
                        ("body", text(Some(&laid.layout.body))),
                    ],
                    &[("imported_at", text(Some(&now)))],
                )?;
                s.count("articles", c);
                article_ids.insert(a.file_name.clone(), id);
            }
            Ok(())
        },
    )?;
    progress.finish_and_clear();
    fts.put_back(tx)?;

    for r in rows(plan, "positions.csv") {
        let [a, b, c, d] = date_values(r.opt("start"), r.opt("start_text"));
        let [e, f, g, h] = date_values(r.opt("end"), r.opt("end_text"));
        let (_, ch) = upsert(
            tx,
            "positions",
            &[("key", text(r.opt("key")))],
            &[
                ("person_id", ids.key("people", r.opt("person"))?),
                ("title", text(r.opt("title"))),
                (
                    "organization_id",
                    ids.key("organizations", r.opt("organization"))?,
                ),
                ("country_id", ids.key("places", r.opt("country"))?),
                ("start_date", a),
                ("start_text", b),
                ("start_earliest", c),
                ("start_latest", d),
                ("end_date", e),
                ("end_text", f),
                ("end_earliest", g),
                ("end_latest", h),
                ("method", text(Some(Method::Curated.as_str()))),
            ],
            &[],
        )?;
        s.count("positions", ch);
    }
    for r in rows(plan, "memberships.csv") {
        let member = r.get("member");
        let (place, org) = if id_of(tx, "places", member)?.is_some() {
            (ids.key("places", Some(member))?, Value::Null)
        } else {
            (Value::Null, ids.key("organizations", Some(member))?)
        };
        let [a, b, c, d] = date_values(r.opt("start"), r.opt("start_text"));
        let [e, f, g, h] = date_values(r.opt("end"), r.opt("end_text"));
        let (_, ch) = upsert(
            tx,
            "memberships",
            &[("key", text(r.opt("key")))],
            &[
                (
                    "organization_id",
                    ids.key("organizations", r.opt("organization"))?,
                ),
                ("member_place_id", place),
                ("member_organization_id", org),
                ("start_date", a),
                ("start_text", b),
                ("start_earliest", c),
                ("start_latest", d),
                ("end_date", e),
                ("end_text", f),
                ("end_earliest", g),
                ("end_latest", h),
                ("method", text(Some(Method::Curated.as_str()))),
            ],
            &[],
        )?;
        s.count("memberships", ch);
    }
    for r in rows(plan, "meetings.csv") {
        let kind: MeetingKind = r.get("kind").parse().map_err(|e| {
            ImportError::Invalid(vec![r.problem("kind", format!("unknown value: {e}"))])
        })?;
        let [a, b, c, d] = date_values(r.opt("date"), r.opt("date_text"));
        let basis = r.opt("date_basis").unwrap_or(if r.opt("date").is_some() {
            DateBasis::Stated.as_str()
        } else {
            DateBasis::Unknown.as_str()
        });
        let (_, ch) = upsert(
            tx,
            "meetings",
            &[("key", text(r.opt("key")))],
            &[
                ("kind", text(Some(kind.as_str()))),
                (
                    "cameo_code",
                    text(Some(
                        r.opt("cameo_code").unwrap_or(kind.default_cameo().as_str()),
                    )),
                ),
                ("date", a),
                ("date_text", b),
                ("date_earliest", c),
                ("date_latest", d),
                ("date_basis", text(Some(basis))),
                ("place_id", ids.key("places", r.opt("place"))?),
                ("summary", text(r.opt("summary"))),
                ("topics", text(r.opt("topics"))),
                ("method", text(Some(Method::Curated.as_str()))),
                ("confidence", Value::Real(1.0)),
            ],
            &[],
        )?;
        s.count("meetings", ch);
    }
    for r in rows(plan, "participants.csv") {
        let meeting = ids.key("meetings", r.opt("meeting"))?;
        let p = r.get("participant");
        let (person, org) = if id_of(tx, "people", p)?.is_some() {
            (ids.key("people", Some(p))?, Value::Null)
        } else {
            (Value::Null, ids.key("organizations", Some(p))?)
        };
        let (_, ch) = upsert(
            tx,
            "participants",
            &[
                ("meeting_id", meeting),
                ("person_id", person),
                ("organization_id", org),
            ],
            &[
                ("role", text(r.opt("role"))),
                ("position_id", ids.key("positions", r.opt("position"))?),
                ("method", text(Some(Method::Curated.as_str()))),
            ],
            &[],
        )?;
        s.count("participants", ch);
    }
    // Each article's body is read once, however many evidence rows point into it.
    let mut bodies: HashMap<i64, String> = HashMap::new();
    for r in rows(plan, "evidence.csv") {
        let file = r.get("article");
        let article_id = match article_ids.get(file) {
            Some(id) => Some(*id),
            None => tx
                .prepare_cached("SELECT id FROM articles WHERE file_name = ?1 ORDER BY id LIMIT 1")?
                .query_row([file], |row| row.get::<_, i64>(0))
                .ok(),
        };
        let Some(article_id) = article_id else {
            continue;
        };
        let body = match bodies.entry(article_id) {
            std::collections::hash_map::Entry::Occupied(e) => e.into_mut(),
            std::collections::hash_map::Entry::Vacant(e) => e.insert(tx.query_row(
                "SELECT body FROM articles WHERE id = ?1",
                [article_id],
                |row| row.get(0),
            )?),
        };
        let sentence = r.get("sentence");
        let Some((start, end)) = char_offset(body, sentence) else {
            continue;
        };
        let fact = r.get("fact");
        let (m, p, ms) = (
            ids.key("meetings", Some(fact))?,
            ids.key("positions", Some(fact))?,
            ids.key("memberships", Some(fact))?,
        );
        let confidence = r
            .opt("confidence")
            .and_then(|c| c.parse::<f64>().ok())
            .unwrap_or(1.0);
        let (_, ch) = upsert(
            tx,
            "evidence",
            &[
                ("article_id", Value::Integer(article_id)),
                ("meeting_id", m),
                ("position_id", p),
                ("membership_id", ms),
                ("start_char", Value::Integer(start as i64)),
            ],
            &[
                ("sentence", text(Some(sentence))),
                ("end_char", Value::Integer(end as i64)),
                ("method", text(Some(Method::Curated.as_str()))),
                ("confidence", Value::Real(confidence)),
            ],
            &[],
        )?;
        s.count("evidence", ch);
    }
    let mut ids: Vec<i64> = article_ids.values().copied().collect();
    ids.sort_unstable();
    ids.dedup();
    let findings = super::extracted::write_extracted(tx, &ids, &mut s, keep_findings)?;
    s.findings = findings.lines;
    Ok(s)
}

/// The catalog's row for a place of the world gazetteer: the one with its GeoNames id, else a
/// place of that name and kind in the same country (a curated "Baku" gets its coordinates),
/// else a new extracted place with its names. `cache` maps gazetteer indexes to rows.
fn world_place(
    tx: &Transaction,
    index: usize,
    cache: &mut HashMap<usize, i64>,
    s: &mut Summary,
) -> rusqlite::Result<i64> {
    use crate::extract::world::{WorldKind, WORLD};
    if let Some(&id) = cache.get(&index) {
        return Ok(id);
    }
    let p = WORLD.place(index);
    let country = match (p.kind, WORLD.country(p.country)) {
        (WorldKind::City, Some(c)) => Some(world_place(tx, c, cache, s)?),
        _ => None,
    };
    let by_id: Option<i64> = tx
        .prepare_cached("SELECT id FROM places WHERE geonames_id = ?1")?
        .query_row([p.geonames_id], |r| r.get(0))
        .optional()?;
    let same: Option<i64> = match by_id {
        Some(id) => Some(id),
        None => tx
            .prepare_cached(
                "SELECT p.id FROM places p JOIN place_names n ON n.place_id = p.id
                 WHERE lower(n.name) = lower(?1) AND p.kind = ?2 AND p.geonames_id IS NULL
                   AND (?3 IS NULL OR p.country_id IS NULL OR p.country_id = ?3)
                 ORDER BY p.id LIMIT 1",
            )?
            .query_row(params![p.name, p.kind.as_str(), country], |r| r.get(0))
            .optional()?,
    };
    let id = match same {
        Some(id) => {
            let n = tx
                .prepare_cached(
                    "UPDATE places SET latitude = ?2, longitude = ?3, geonames_id = ?4
                     WHERE id = ?1 AND (geonames_id IS NOT ?4 OR latitude IS NOT ?2 OR longitude IS NOT ?3)",
                )?
                .execute(params![id, p.latitude, p.longitude, p.geonames_id])?;
            if n > 0 {
                s.count("places", Change::Updated);
            }
            id
        }
        None => {
            let base = crate::extract::names::fold(p.name)
                .text
                .split_whitespace()
                .collect::<Vec<_>>()
                .join("-");
            let taken = |k: &str| -> rusqlite::Result<bool> {
                tx.prepare_cached("SELECT 1 FROM places WHERE key = ?1")?
                    .exists([k])
            };
            let mut key = base.clone();
            if taken(&key)? {
                key = format!("{base}-{}", p.country.to_lowercase());
            }
            if taken(&key)? {
                key = format!("{base}-{}", p.geonames_id);
            }
            tx.prepare_cached(
                "INSERT INTO places (key, name, kind, country_id, method, latitude, longitude, geonames_id)
                 VALUES (?1, ?2, ?3, ?4, 'extracted', ?5, ?6, ?7)",
            )?
            .execute(params![
                key,
                p.name,
                p.kind.as_str(),
                country,
                p.latitude,
                p.longitude,
                p.geonames_id
            ])?;
            s.count("places", Change::New);
            let id = tx.last_insert_rowid();
            for (name, kind) in
                std::iter::once((p.name, "official")).chain(p.aliases.iter().map(|a| (*a, "alias")))
            {
                let n = tx
                    .prepare_cached(
                        "INSERT INTO place_names (place_id, name, kind) VALUES (?1, ?2, ?3)
                         ON CONFLICT DO NOTHING",
                    )?
                    .execute(params![id, name, kind])?;
                if n > 0 {
                    s.count("place_names", Change::New);
                }
            }
            id
        }
    };
    cache.insert(index, id);
    Ok(id)
}

/// A place named by an article's dateline ("BAKU" is Baku), when exactly one place has it.
fn place_by_name(tx: &Transaction, name: Option<&str>) -> rusqlite::Result<Value> {
    let Some(name) = name else {
        return Ok(Value::Null);
    };
    let ids: Vec<i64> = tx
        .prepare_cached("SELECT DISTINCT place_id FROM place_names WHERE lower(name) = lower(?1)")?
        .query_map([name], |r| r.get(0))?
        .collect::<rusqlite::Result<_>>()?;
    Ok(match ids.as_slice() {
        [one] => Value::Integer(*one),
        _ => Value::Null,
    })
}

/// An outlet named by the page ("News.Az", "Azernews"), matched by name, or added.
fn outlet_by_name(tx: &Transaction, name: &str, s: &mut Summary) -> rusqlite::Result<Value> {
    let found: Option<i64> = tx
        .prepare_cached(
            "SELECT id FROM outlets WHERE lower(name) = lower(?1) OR lower(key) = lower(?1)",
        )?
        .query_row([name], |r| r.get(0))
        .ok();
    if let Some(id) = found {
        return Ok(Value::Integer(id));
    }
    let key: String = name
        .to_lowercase()
        .chars()
        .map(|c| if c.is_alphanumeric() { c } else { '-' })
        .collect::<String>()
        .trim_matches('-')
        .to_string();
    let (id, c) = upsert(
        tx,
        "outlets",
        &[("key", text(Some(&key)))],
        &[("name", text(Some(name)))],
        &[],
    )?;
    s.count("outlets", c);
    Ok(Value::Integer(id))
}

fn write_names(tx: &Transaction, plan: &Plan, s: &mut Summary) -> rusqlite::Result<()> {
    // Every entity's canonical name is one of its names, unless names.csv says more about it.
    let listed: HashSet<(&str, &str)> = rows(plan, "names.csv")
        .iter()
        .map(|r| (r.get("entity"), r.get("name")))
        .collect();
    // (entity key, name, kind, valid from, valid until)
    type NameRow = (String, String, String, Option<String>, Option<String>);
    let mut all: Vec<NameRow> = Vec::new();
    for file in ["people.csv", "organizations.csv", "places.csv"] {
        for r in rows(plan, file) {
            if !listed.contains(&(r.get("key"), r.get("name"))) {
                all.push((
                    r.get("key").into(),
                    r.get("name").into(),
                    "official".into(),
                    None,
                    None,
                ));
            }
        }
    }
    for r in rows(plan, "names.csv") {
        all.push((
            r.get("entity").into(),
            r.get("name").into(),
            r.get("kind").into(),
            r.opt("valid_from").map(Into::into),
            r.opt("valid_until").map(Into::into),
        ));
    }
    for (entity, name, kind, from, until) in all {
        if let Some(id) = id_of(tx, "people", &entity)? {
            let (_, c) = upsert(
                tx,
                "person_names",
                &[
                    ("person_id", Value::Integer(id)),
                    ("name", text(Some(&name))),
                ],
                &[("kind", text(Some(&kind)))],
                &[],
            )?;
            s.count("person_names", c);
        } else if let Some(id) = id_of(tx, "organizations", &entity)? {
            let (_, c) = upsert(
                tx,
                "organization_names",
                &[
                    ("organization_id", Value::Integer(id)),
                    ("name", text(Some(&name))),
                ],
                &[
                    ("kind", text(Some(&kind))),
                    ("valid_from", text(from.as_deref())),
                    ("valid_until", text(until.as_deref())),
                ],
                &[],
            )?;
            s.count("organization_names", c);
        } else if let Some(id) = id_of(tx, "places", &entity)? {
            let (_, c) = upsert(
                tx,
                "place_names",
                &[
                    ("place_id", Value::Integer(id)),
                    ("name", text(Some(&name))),
                ],
                &[("kind", text(Some(&kind)))],
                &[],
            )?;
            s.count("place_names", c);
        }
    }
    Ok(())
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
            tx.execute("DELETE FROM mentions WHERE id = ?1", [id])?;
            s.tables.entry("mentions").or_default().removed += 1;
        }
    }
    Ok(())
}

/// Creates the view of every parameterless report (and drops those of reports that now take
/// parameters), each documented in catalog_docs.
pub(crate) fn install_views(
    tx: &Transaction,
    views: &[crate::report::View],
) -> rusqlite::Result<()> {
    for view in views {
        tx.execute_batch(&format!("DROP VIEW IF EXISTS {};", view.name))?;
        match &view.sql {
            Some(sql) => {
                tx.execute_batch(&format!("CREATE VIEW {} AS {sql};", view.name))?;
                tx.execute(
                    "INSERT OR REPLACE INTO catalog_docs (table_name, column_name, description) VALUES (?1, '', ?2)",
                    [&view.name, &view.description],
                )?;
            }
            None => {
                tx.execute(
                    "DELETE FROM catalog_docs WHERE table_name = ?1",
                    [&view.name],
                )?;
            }
        }
    }
    Ok(())
}
