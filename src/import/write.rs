//! Writing a validated plan: every row is inserted, updated in place or left unchanged, and
//! counted as such per table.

use std::collections::{HashMap, HashSet};

use rusqlite::types::Value;
use rusqlite::{OptionalExtension, Transaction};

use crate::source::curated::{ArticleRow, CuratedRow, CuratedRows, Located};

use super::article_meta;
use super::places::{world_place, WorldIds};
use super::store::{date_values, int, text, upsert};
use super::summary::{Change, Summary};
use super::{char_offset, id_of, ImportError, Plan};
use crate::model::{DateBasis, MeetingKind, Method, NameKind};
use crate::source::Problem;

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

/// Rows ordered so that a row referring (through `column`) to another of the same file comes
/// after it; validation has ruled out cycles.
fn parents_first<'a, R: CuratedRow>(rows: &'a [Located<R>], column: &str) -> Vec<&'a Located<R>> {
    let defined: HashSet<&str> = rows.iter().filter_map(|r| r.opt("key")).collect();
    let mut done: HashSet<&str> = HashSet::new();
    let mut out = Vec::with_capacity(rows.len());
    while out.len() < rows.len() {
        let before = out.len();
        for r in rows {
            let key = r.opt("key").unwrap_or("");
            if done.contains(key) {
                continue;
            }
            let ready = match r.opt(column) {
                None => true,
                Some(p) => !defined.contains(p) || done.contains(p),
            };
            if ready {
                done.insert(key);
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

/// Writes the plan's curated rows and articles; returns what changed and the ids of the
/// articles written, for extraction.
/// Pages that hold only furniture (found when the articles are laid out) are skipped into
/// `furniture`, or with `--strict` refused, all of them named.
pub fn write(
    tx: &Transaction,
    plan: &Plan,
    options: &super::ImportOptions,
    furniture: &mut Vec<Problem>,
) -> Result<(Summary, Vec<i64>, super::Followups), ImportError> {
    let author = options.author.as_str();
    let mut refused: Vec<Problem> = Vec::new();
    let mut s = Summary {
        dry_run: options.dry_run,
        ..Summary::default()
    };
    let ids = Ids { tx };
    let now = chrono::Utc::now().format("%Y-%m-%dT%H:%M:%SZ").to_string();
    // Decisions taken back first, so that what they rejected is written again below.
    let undone = super::decisions::withdraw(tx, &plan.withdrawn, &plan.curated, &mut s)?;
    super::decisions::record(tx, &plan.curated.decisions, author, &now, &mut s)?;
    // What a person rejected (decisions.csv) is not written again from a curated file: the
    // rejected meetings, entities and names, and the rows about them.
    let rejected = super::decisions::Rejected::load(tx)?.keys;
    let curated = super::decisions::without_rejected(tx, &plan.curated)?;

    for r in &curated.outlets {
        let (_, c) = upsert(
            tx,
            "outlets",
            &[("key", text(Some(r.key.as_str())))],
            &[
                ("name", text(Some(r.name.as_str()))),
                ("url", text(r.url.as_deref())),
            ],
            &[],
        )?;
        s.count("outlets", c);
    }
    // Places new in this import: giving one its coordinates later in the import is not an update.
    let mut new_places: HashSet<i64> = HashSet::new();
    for r in parents_first(&curated.places, "country") {
        let (id, c) = upsert(
            tx,
            "places",
            &[("key", text(Some(r.key.as_str())))],
            &[
                ("name", text(Some(r.name.as_str()))),
                ("kind", text(Some(r.kind.as_str()))),
                ("country_id", ids.key("places", r.country.as_deref())?),
                ("method", text(Some(Method::Curated.as_str()))),
            ],
            &[],
        )?;
        if c == Change::New {
            new_places.insert(id);
        }
        s.count("places", c);
    }
    for r in &curated.people {
        let (_, c) = upsert(
            tx,
            "people",
            &[("key", text(Some(r.key.as_str())))],
            &[
                ("name", text(Some(r.name.as_str()))),
                ("description", text(r.description.as_deref())),
                ("method", text(Some(Method::Curated.as_str()))),
            ],
            &[],
        )?;
        s.count("people", c);
    }
    for r in parents_first(&curated.organizations, "part_of") {
        let (_, c) = upsert(
            tx,
            "organizations",
            &[("key", text(Some(r.key.as_str())))],
            &[
                ("name", text(Some(r.name.as_str()))),
                ("kind", text(Some(r.kind.as_str()))),
                (
                    "part_of_id",
                    ids.key("organizations", r.part_of.as_deref())?,
                ),
                ("description", text(r.description.as_deref())),
                ("method", text(Some(Method::Curated.as_str()))),
            ],
            &[],
        )?;
        s.count("organizations", c);
    }
    write_names(tx, &curated, &mut s)?;

    // Articles, with the sidecar's metadata over what the layout parser derived.
    let sidecar: HashMap<&str, &ArticleRow> = curated
        .articles
        .iter()
        .map(|r| (r.file.as_str(), &**r))
        .collect();
    let mut article_ids: HashMap<String, i64> = HashMap::new();
    // The file names of the articles written, to tell which curated rows are about articles
    // this import does not bring.
    let mut written: HashSet<String> = HashSet::new();
    let curated_articles = article_meta::CuratedArticles::load(tx, &curated)?;
    let mut world_ids = WorldIds {
        by_index: HashMap::new(),
        new: new_places,
        rejected: rejected.clone(),
    };
    let fts = DeferredSearchIndex::set_aside(tx, !plan.articles.is_empty())?;
    let progress = crate::progress::bar(plan.articles.len() as u64, "articles");
    super::pipelined(
        plan.articles.chunks(super::BATCH),
        |batch| Ok::<_, ImportError>(batch.iter().collect::<Vec<_>>()),
        |a| a.lay_out(),
        |batch, laid| {
            for (a, laid) in batch.into_iter().zip(laid) {
                progress.inc(1);
                let laid = match laid {
                    Ok(l) => l,
                    Err((p, true)) if !options.strict => {
                        furniture.push(p);
                        continue;
                    }
                    Err((p, true)) => {
                        refused.push(p);
                        continue;
                    }
                    Err((p, false)) => return Err(ImportError::Invalid(vec![p])),
                };
                // The gazetteer's places the article names become places of the catalog, so
                // that its dateline and its meetings can name them.
                for &place in &laid.places {
                    if world_ids.is_rejected(place) {
                        continue;
                    }
                    world_place(tx, place, &mut world_ids, &mut s)?;
                }
                // The same text under another name is the article already imported: it
                // keeps its first name, and the import says so.
                let known_as: Option<String> = tx
                    .prepare_cached("SELECT file_name FROM articles WHERE sha256 = ?1")?
                    .query_row([&a.sha256], |r| r.get(0))
                    .optional()?;
                let stored = known_as.is_some();
                let file_name = match known_as {
                    Some(first) if first != a.file_name => {
                        s.notices.push(format!(
                            "{}: the same text as {first}, already in the catalog; it keeps the name {first}",
                            a.file_name
                        ));
                        first
                    }
                    Some(_) => a.file_name.clone(),
                    None => {
                        // Another text under a name already imported (an edited copy, a
                        // page the outlet revised): a second article, and the import says so.
                        let earlier: bool = tx
                            .prepare_cached("SELECT 1 FROM articles WHERE file_name = ?1")?
                            .exists([&a.file_name])?;
                        if earlier {
                            s.notices.push(format!(
                                "{}: its text differs from the article imported under this name before; both {} kept, as two articles (two sources of what both report)",
                                a.file_name,
                                if s.dry_run { "would be" } else { "are" }
                            ));
                        }
                        a.file_name.clone()
                    }
                };
                // The curated sidecar's metadata first, then a saved page's own, then what
                // the layout parser found; what a curated row of an earlier import gave stays
                // until that row is removed from its file.
                let meta = sidecar.get(a.file_name.as_str()).copied();
                let keeps_curated =
                    meta.is_none() && stored && curated_articles.keeps(&[&file_name, &a.file_name]);
                let mut values: Vec<(&str, Value)> = vec![("file_name", text(Some(&file_name)))];
                if !keeps_curated {
                    values.extend(
                        article_meta::columns(tx, meta, laid.page.as_ref(), &laid.layout, &mut s)?
                            .into_iter()
                            .map(|c| (c.name, c.value)),
                    );
                }
                values.push(("raw_text", text(Some(&laid.raw_text))));
                values.push(("body", text(Some(&laid.layout.body))));
                let (id, c) = upsert(
                    tx,
                    "articles",
                    &[("sha256", text(Some(&a.sha256)))],
                    &values,
                    &[
                        ("imported_at", text(Some(&now))),
                        (
                            "extracted_by",
                            text(Some(super::reextract::EXTRACTOR_VERSION.as_str())),
                        ),
                    ],
                )?;
                s.count("articles", c);
                written.insert(file_name);
                written.insert(a.file_name.clone());
                article_ids.insert(a.file_name.clone(), id);
            }
            Ok(())
        },
    )?;
    progress.finish_and_clear();
    if !refused.is_empty() {
        return Err(ImportError::Invalid(refused));
    }
    fts.put_back(tx)?;
    // Articles already in the catalog whose curated row this import gives, changes or removes.
    let rewritten =
        article_meta::rewrite_stored(tx, &sidecar, &written, &curated_articles, &mut s)?;

    for r in &curated.positions {
        let [a, b, c, d] = date_values(r.start.as_deref(), r.start_text.as_deref());
        let [e, f, g, h] = date_values(r.end.as_deref(), r.end_text.as_deref());
        let (_, ch) = upsert(
            tx,
            "positions",
            &[("key", text(Some(r.key.as_str())))],
            &[
                ("person_id", ids.key("people", Some(r.person.as_str()))?),
                ("title", text(Some(r.title.as_str()))),
                (
                    "organization_id",
                    ids.key("organizations", r.organization.as_deref())?,
                ),
                ("country_id", ids.key("places", r.country.as_deref())?),
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
    for r in &curated.memberships {
        let member = r.member.as_str();
        let (place, org) = if id_of(tx, "places", member)?.is_some() {
            (ids.key("places", Some(member))?, Value::Null)
        } else {
            (Value::Null, ids.key("organizations", Some(member))?)
        };
        let [a, b, c, d] = date_values(r.start.as_deref(), r.start_text.as_deref());
        let [e, f, g, h] = date_values(r.end.as_deref(), r.end_text.as_deref());
        let (_, ch) = upsert(
            tx,
            "memberships",
            &[("key", text(Some(r.key.as_str())))],
            &[
                (
                    "organization_id",
                    ids.key("organizations", Some(r.organization.as_str()))?,
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
    for r in curated
        .meetings
        .iter()
        .filter(|r| !rejected.contains(&r.key))
    {
        let kind: MeetingKind = r.kind.as_str().parse().map_err(|e| {
            ImportError::Invalid(vec![r.problem("kind", format!("unknown value: {e}"))])
        })?;
        let [a, b, c, d] = date_values(r.date.as_deref(), r.date_text.as_deref());
        let basis = r
            .date_basis
            .as_deref()
            .unwrap_or(if r.date.as_deref().is_some() {
                DateBasis::Stated.as_str()
            } else {
                DateBasis::Unknown.as_str()
            });
        let (_, ch) = upsert(
            tx,
            "meetings",
            &[("key", text(Some(r.key.as_str())))],
            &[
                ("kind", text(Some(kind.as_str()))),
                (
                    "cameo_code",
                    text(Some(
                        r.cameo_code
                            .as_deref()
                            .unwrap_or(kind.default_cameo().as_str()),
                    )),
                ),
                ("date", a),
                ("date_text", b),
                ("date_earliest", c),
                ("date_latest", d),
                ("date_basis", text(Some(basis))),
                ("place_id", ids.key("places", r.place.as_deref())?),
                ("summary", text(Some(r.summary.as_str()))),
                ("topics", text(r.topics.as_deref())),
                ("method", text(Some(Method::Curated.as_str()))),
                ("confidence", Value::Real(1.0)),
            ],
            &[],
        )?;
        s.count("meetings", ch);
    }
    for r in curated
        .participants
        .iter()
        .filter(|r| !rejected.contains(&r.meeting))
    {
        let meeting = ids.key("meetings", Some(r.meeting.as_str()))?;
        let p = r.participant.as_str();
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
                ("role", text(Some(r.role.as_str()))),
                ("position_id", ids.key("positions", r.position.as_deref())?),
                ("method", text(Some(Method::Curated.as_str()))),
            ],
            &[],
        )?;
        s.count("participants", ch);
    }
    // Each article's body is read once, however many evidence rows point into it.
    let mut bodies: HashMap<i64, String> = HashMap::new();
    for r in curated
        .evidence
        .iter()
        .filter(|r| !rejected.contains(&r.fact))
    {
        let file = r.article.as_str();
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
        let sentence = r.sentence.as_str();
        let Some((start, end)) = char_offset(body, sentence) else {
            continue;
        };
        let fact = r.fact.as_str();
        let (m, p, ms) = (
            ids.key("meetings", Some(fact))?,
            ids.key("positions", Some(fact))?,
            ids.key("memberships", Some(fact))?,
        );
        let confidence = r
            .confidence
            .as_deref()
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
    // Rows this import's curated files gave before and give no more.
    let removed_meetings = super::removals::apply(tx, &plan.curated, &mut s)?;
    let mut ids: Vec<i64> = article_ids.values().copied().chain(rewritten).collect();
    ids.sort_unstable();
    ids.dedup();
    Ok((
        s,
        ids,
        super::Followups {
            reread: undone.reread,
            rejoin: undone.rejoin,
            removed_meetings,
        },
    ))
}

fn write_names(tx: &Transaction, c: &CuratedRows, s: &mut Summary) -> rusqlite::Result<()> {
    // Every entity's canonical name is one of its names, unless names.csv says more about it.
    let listed: HashSet<(&str, &str)> = c
        .names
        .iter()
        .map(|r| (r.entity.as_str(), r.name.as_str()))
        .collect();
    // (entity key, name, kind, valid from, valid until)
    type Name = (String, String, String, Option<String>, Option<String>);
    let mut all: Vec<Name> = Vec::new();
    let canonical = c
        .people
        .iter()
        .map(|r| (&r.key, &r.name))
        .chain(c.organizations.iter().map(|r| (&r.key, &r.name)))
        .chain(c.places.iter().map(|r| (&r.key, &r.name)));
    for (key, name) in canonical {
        if !listed.contains(&(key.as_str(), name.as_str())) {
            all.push((
                key.clone(),
                name.clone(),
                NameKind::Official.to_string(),
                None,
                None,
            ));
        }
    }
    for r in &c.names {
        all.push((
            r.entity.clone(),
            r.name.clone(),
            r.kind.clone(),
            r.valid_from.clone(),
            r.valid_until.clone(),
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

/// Creates the view of every parameterless report (and drops those of reports that now take
/// parameters), each documented in catalog_docs with each of its columns (from its report's
/// header, so that the documentation follows the report).
pub(crate) fn install_views(
    tx: &Transaction,
    views: &[crate::report::View],
) -> rusqlite::Result<()> {
    for view in views {
        tx.execute_batch(&format!("DROP VIEW IF EXISTS {};", view.name))?;
        tx.execute(
            "DELETE FROM catalog_docs WHERE table_name = ?1",
            [&view.name],
        )?;
        if let Some(sql) = &view.sql {
            tx.execute_batch(&format!("CREATE VIEW {} AS {sql};", view.name))?;
            let mut insert = tx.prepare_cached(
                "INSERT OR REPLACE INTO catalog_docs (table_name, column_name, description) VALUES (?1, ?2, ?3)",
            )?;
            insert.execute([&view.name, "", &view.description])?;
            for (column, description) in &view.columns {
                insert.execute([&view.name, column, description])?;
            }
        }
    }
    Ok(())
}
