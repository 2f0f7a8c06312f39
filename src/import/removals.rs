//! Rows removed from a curated CSV file: the catalog remembers which file gave it each curated
//! row (`curated_rows`), so that importing the file again without a row removes that row (with
//! what depends on it) instead of keeping it for ever.

use std::collections::{BTreeMap, BTreeSet, HashMap, HashSet};

use rusqlite::{params, Connection, Transaction};

use super::summary::Summary;
use crate::source::curated::{CuratedRow, CuratedRows, Located};

/// The tables whose curated rows are tracked, with the key each row is known by.
pub(super) const SEP: &str = "\u{1f}";

/// (file, table) -> row keys, for every tracked curated row of this import.
type Rows = BTreeMap<(String, &'static str), BTreeSet<String>>;

/// A curated file as the catalog remembers it: its absolute path (the bundled seed keeps its
/// own name).
pub(super) fn canonical(path: &str) -> String {
    std::fs::canonicalize(path)
        .map(|p| p.display().to_string())
        .unwrap_or_else(|_| path.to_string())
}

/// Whether a curated file the catalog remembers can still give rows: it is bundled, or it
/// exists (a file moved or deleted since gives nothing).
pub(super) fn still_there(file: &str) -> bool {
    file.starts_with("(bundled) ") || std::path::Path::new(file).is_file()
}

/// The file a curated row came from, as the catalog remembers it.
fn file_of<T>(row: &Located<T>) -> String {
    canonical(&row.csv_path)
}

fn collect<T: CuratedRow>(
    rows: &[Located<T>],
    table: &'static str,
    key: impl Fn(&T) -> String,
    out: &mut Rows,
) {
    for r in rows {
        out.entry((file_of(r), table)).or_default().insert(key(r));
    }
}

fn current(c: &CuratedRows) -> Rows {
    let mut out = Rows::new();
    collect(&c.outlets, "outlets", |r| r.key.clone(), &mut out);
    // An article's row is known by the file it describes.
    collect(&c.articles, "articles", |r| r.file.clone(), &mut out);
    collect(&c.places, "places", |r| r.key.clone(), &mut out);
    collect(&c.people, "people", |r| r.key.clone(), &mut out);
    collect(
        &c.organizations,
        "organizations",
        |r| r.key.clone(),
        &mut out,
    );
    collect(&c.positions, "positions", |r| r.key.clone(), &mut out);
    collect(&c.memberships, "memberships", |r| r.key.clone(), &mut out);
    collect(&c.meetings, "meetings", |r| r.key.clone(), &mut out);
    collect(
        &c.names,
        "names",
        |r| [r.entity.as_str(), &r.name].join(SEP),
        &mut out,
    );
    collect(
        &c.participants,
        "participants",
        |r| [r.meeting.as_str(), &r.participant].join(SEP),
        &mut out,
    );
    collect(
        &c.evidence,
        "evidence",
        |r| [r.fact.as_str(), &r.article, &r.sentence].join(SEP),
        &mut out,
    );
    out
}

/// The table a curated file's rows are tracked as (decisions.csv is tracked by the decisions
/// themselves).
fn table_of(file_name: &str) -> Option<&'static str> {
    Some(match file_name {
        "outlets.csv" => "outlets",
        "articles.csv" => "articles",
        "places.csv" => "places",
        "people.csv" => "people",
        "organizations.csv" => "organizations",
        "positions.csv" => "positions",
        "memberships.csv" => "memberships",
        "meetings.csv" => "meetings",
        "names.csv" => "names",
        "participants.csv" => "participants",
        "evidence.csv" => "evidence",
        _ => return None,
    })
}

/// The rows of a curated file as it is now: read again from disk (or from the bundled seed),
/// or none when it cannot be read.
pub(super) fn read_again(file: &str) -> CuratedRows {
    let mut problems = Vec::new();
    let folder = match file.strip_prefix("(bundled) seed/") {
        Some(name) => {
            let mut seed = crate::source::bundled_seed();
            seed.csv.retain(|f| f.name == name);
            seed
        }
        None => crate::source::from_path(std::path::Path::new(file), &[], &mut problems),
    };
    let mut rows = CuratedRows::default();
    for f in &folder.csv {
        crate::source::curated::read_table(f, false, &mut rows, &mut problems);
    }
    rows
}

/// Whether a curated file imported before still gives this row: it is still there (a file
/// moved or deleted since gives nothing) and still has the row.
fn still_gives(file: &str, table: &str, key: &str) -> bool {
    still_there(file)
        && current(&read_again(file))
            .iter()
            .any(|((_, t), keys)| *t == table && keys.contains(key))
}

/// A row a file of this import gave before and no longer gives.
pub(super) struct Dropped {
    pub(super) table: &'static str,
    pub(super) file: String,
    pub(super) key: String,
    /// Another curated file that still gives it: then it stays.
    pub(super) kept_by: Option<String>,
    /// Files the catalog remembers giving it that no longer do (moved, deleted or edited).
    pub(super) stale: Vec<String>,
}

/// The rows the curated files of this import gave before and no longer give.
pub(super) fn dropped(conn: &Connection, c: &CuratedRows) -> rusqlite::Result<Vec<Dropped>> {
    let now = current(c);
    let given: HashSet<(&str, &str)> = now
        .iter()
        .flat_map(|((_, t), keys)| keys.iter().map(move |k| (*t, k.as_str())))
        .collect();
    let files: BTreeSet<(String, &'static str)> = c
        .files
        .iter()
        .filter_map(|(path, name)| Some((canonical(path), table_of(name)?)))
        .collect();
    let mut out = Vec::new();
    for (file, table) in &files {
        let before: Vec<String> = conn
            .prepare_cached("SELECT row_key FROM curated_rows WHERE file = ?1 AND table_name = ?2")?
            .query_map(params![file, table], |r| r.get(0))?
            .collect::<rusqlite::Result<_>>()?;
        for key in before {
            if given.contains(&(*table, key.as_str())) {
                continue;
            }
            let others: Vec<String> = conn
                .prepare_cached(
                    "SELECT file FROM curated_rows WHERE table_name = ?1 AND row_key = ?2 AND file <> ?3 ORDER BY file",
                )?
                .query_map(params![table, key, file], |r| r.get(0))?
                .collect::<rusqlite::Result<_>>()?;
            let mut kept_by = None;
            let mut stale = Vec::new();
            for other in others {
                if kept_by.is_none()
                    && !files.contains(&(other.clone(), *table))
                    && still_gives(&other, table, &key)
                {
                    kept_by = Some(other);
                } else if !files.contains(&(other.clone(), *table)) && kept_by.is_none() {
                    stale.push(other);
                }
            }
            out.push(Dropped {
                table,
                file: file.clone(),
                key,
                kept_by,
                stale,
            });
        }
    }
    Ok(out)
}

/// Removes what the files of this import gave before and no longer give, then records what
/// they give now. A row that another curated file still gives stays. Returns the curated
/// meetings removed, with where their sentences are, to tell whether extraction finds them
/// again.
pub(super) fn apply(
    tx: &Transaction,
    c: &CuratedRows,
    s: &mut Summary,
) -> rusqlite::Result<Vec<RemovedMeeting>> {
    let now = current(c);
    // Facts before the entities they name, so that an entity's last reference goes first.
    let order = [
        "articles",
        "evidence",
        "participants",
        "names",
        "meetings",
        "positions",
        "memberships",
        "people",
        "organizations",
        "places",
        "outlets",
    ];
    let mut gone: Vec<(&'static str, String, String)> = Vec::new();
    for d in dropped(tx, c)? {
        let forget = |file: &str| -> rusqlite::Result<usize> {
            tx.prepare_cached(
                "DELETE FROM curated_rows WHERE file = ?1 AND table_name = ?2 AND row_key = ?3",
            )?
            .execute(params![file, d.table, d.key])
        };
        // Files that no longer give it are forgotten as its givers.
        for f in &d.stale {
            s.tables.entry("curated_rows").or_default().removed += forget(f)? as u64;
        }
        if let Some(other) = &d.kept_by {
            s.tables.entry("curated_rows").or_default().removed += forget(&d.file)? as u64;
            s.notices.push(format!(
                "{}: {} row {:?} is no longer in the file; {}, because {other} still gives it",
                d.file,
                d.table,
                d.key.replace(SEP, ", "),
                s.outcome("kept")
            ));
            continue;
        }
        gone.push((d.table, d.file, d.key));
    }
    gone.sort_by_key(|(t, _, k)| (order.iter().position(|o| o == t), k.clone()));
    // Where each curated meeting that goes was reported, read before its evidence goes.
    let mut sentences: HashMap<String, Vec<(i64, i64, i64)>> = HashMap::new();
    for (table, _, key) in &gone {
        if *table == "meetings" {
            let found: Vec<(i64, i64, i64)> = tx
                .prepare_cached(
                    "SELECT e.article_id, e.start_char, e.end_char FROM evidence e JOIN meetings m ON m.id = e.meeting_id
                     WHERE m.key = ?1 AND m.method = 'curated'",
                )?
                .query_map([key], |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)))?
                .collect::<rusqlite::Result<_>>()?;
            sentences.insert(key.clone(), found);
        }
    }
    let mut meetings = Vec::new();
    for (table, file, key) in gone {
        if remove(tx, table, &file, &key, s)? {
            meetings.push(RemovedMeeting {
                sentences: sentences.remove(&key).unwrap_or_default(),
                key: key.clone(),
                file: file.clone(),
            });
        }
        tx.prepare_cached(
            "DELETE FROM curated_rows WHERE file = ?1 AND table_name = ?2 AND row_key = ?3",
        )?
        .execute(params![file, table, key])?;
    }
    for ((file, table), keys) in &now {
        let mut stmt = tx.prepare_cached(
            "INSERT OR IGNORE INTO curated_rows (file, table_name, row_key) VALUES (?1, ?2, ?3)",
        )?;
        for k in keys {
            // Counted (not shown) so that a catalog made before V8 records its curated rows.
            if stmt.execute(params![file, table, k])? > 0 {
                s.tables.entry("curated_rows").or_default().new += 1;
            }
        }
    }
    Ok(meetings)
}

/// A curated meeting removed with its file's row: where its sentences were, and the notice
/// to finish once extraction has read its articles.
pub(crate) struct RemovedMeeting {
    pub(crate) key: String,
    pub(crate) file: String,
    /// (article id, start, end) of each evidence sentence.
    pub(crate) sentences: Vec<(i64, i64, i64)>,
}

/// The meetings extraction found on a removed curated meeting's sentences: it comes back as
/// an extracted one, and the user is told how to remove it for good.
pub(super) fn came_back(tx: &Transaction, m: &RemovedMeeting) -> rusqlite::Result<Vec<String>> {
    let mut keys = BTreeSet::new();
    let mut stmt = tx.prepare_cached(
        "SELECT m.key FROM evidence e JOIN meetings m ON m.id = e.meeting_id
         WHERE e.article_id = ?1 AND e.start_char < ?3 AND e.end_char > ?2",
    )?;
    for (article, start, end) in &m.sentences {
        for k in stmt.query_map(params![article, start, end], |r| r.get::<_, String>(0))? {
            keys.insert(k?);
        }
    }
    Ok(keys.into_iter().collect())
}

fn count(s: &mut Summary, table: &'static str, n: usize) {
    s.tables.entry(table).or_default().removed += n as u64;
}

/// Removes one curated row that its file no longer has, with what cannot stand without it;
/// true when it was a meeting (said once extraction has run).
fn remove(
    tx: &Transaction,
    table: &'static str,
    file: &str,
    key: &str,
    s: &mut Summary,
) -> rusqlite::Result<bool> {
    let parts: Vec<&str> = key.split(SEP).collect();
    let shown = parts.join(", ");
    // `done`: what became of it, "removed, with its evidence" ("would be removed, ..." in a
    // dry run).
    let note = |s: &mut Summary, done: &str| {
        let what = s.outcome(done);
        s.notices.push(format!(
            "{file}: {table} row {shown:?} is no longer in the file; {what}"
        ));
    };
    match (table, parts.as_slice()) {
        ("meetings", [k]) => {
            let ids = "SELECT id FROM meetings WHERE key = ?1 AND method = 'curated'";
            let n = tx.execute(
                &format!("DELETE FROM evidence WHERE meeting_id IN ({ids})"),
                [k],
            )?;
            count(s, "evidence", n);
            let n = tx.execute(
                &format!("DELETE FROM participants WHERE meeting_id IN ({ids})"),
                [k],
            )?;
            count(s, "participants", n);
            let n = tx.execute(
                "DELETE FROM meetings WHERE key = ?1 AND method = 'curated'",
                [k],
            )?;
            count(s, "meetings", n);
            // Said after extraction, which may find it again.
            return Ok(n > 0);
        }
        // The article's metadata is already what the article itself gives (see
        // `article_meta`); the article stays.
        ("articles", [_]) => s.notices.push(format!(
            "{file}: {table} row {shown:?} is no longer in the file; its article's address, title, outlet, author, date, dateline and language {} what the article itself gives again",
            if s.dry_run { "would be" } else { "are" }
        )),
        ("participants", [m, p]) => {
            let n = tx.execute(
                "DELETE FROM participants WHERE method = 'curated'
                   AND meeting_id = (SELECT id FROM meetings WHERE key = ?1)
                   AND (person_id = (SELECT id FROM people WHERE key = ?2)
                        OR organization_id = (SELECT id FROM organizations WHERE key = ?2))",
                [m, p],
            )?;
            count(s, "participants", n);
            note(s, "removed");
        }
        ("evidence", [fact, article, sentence]) => {
            let n = tx.execute(
                "DELETE FROM evidence WHERE method = 'curated' AND sentence = ?3
                   AND article_id IN (SELECT id FROM articles WHERE file_name = ?2)
                   AND (meeting_id = (SELECT id FROM meetings WHERE key = ?1)
                        OR position_id = (SELECT id FROM positions WHERE key = ?1)
                        OR membership_id = (SELECT id FROM memberships WHERE key = ?1))",
                [fact, article, sentence],
            )?;
            count(s, "evidence", n);
            note(s, "removed");
        }
        ("names", [entity, name]) => {
            for (names, column, owner) in [
                ("person_names", "person_id", "people"),
                ("organization_names", "organization_id", "organizations"),
                ("place_names", "place_id", "places"),
            ] {
                let n = tx.execute(
                    &format!(
                        "DELETE FROM {names} WHERE name = ?2 AND {column} = (SELECT id FROM {owner} WHERE key = ?1)
                           AND name <> (SELECT name FROM {owner} WHERE key = ?1)"
                    ),
                    [entity, name],
                )?;
                count(s, names, n);
            }
            note(s, "removed");
        }
        ("positions", [k]) => {
            let id = "SELECT id FROM positions WHERE key = ?1 AND method = 'curated'";
            tx.execute(
                &format!("UPDATE participants SET position_id = NULL WHERE position_id IN ({id})"),
                [k],
            )?;
            let n = tx.execute(
                &format!("DELETE FROM evidence WHERE position_id IN ({id})"),
                [k],
            )?;
            count(s, "evidence", n);
            let n = tx.execute(
                "DELETE FROM positions WHERE key = ?1 AND method = 'curated'",
                [k],
            )?;
            count(s, "positions", n);
            note(s, "removed, with its evidence");
        }
        ("memberships", [k]) => {
            let n = tx.execute("DELETE FROM evidence WHERE membership_id IN (SELECT id FROM memberships WHERE key = ?1)", [k])?;
            count(s, "evidence", n);
            let n = tx.execute("DELETE FROM memberships WHERE key = ?1", [k])?;
            count(s, "memberships", n);
            note(s, "removed, with its evidence");
        }
        (entity @ ("people" | "organizations" | "places" | "outlets"), [k]) => {
            // An entity goes only when nothing in the catalog refers to it any more.
            let references: &[&str] = match entity {
                "people" => &[
                    "SELECT count(*) FROM participants WHERE person_id = ?1",
                    "SELECT count(*) FROM positions WHERE person_id = ?1",
                    "SELECT count(*) FROM mentions WHERE person_id = ?1",
                ],
                "organizations" => &[
                    "SELECT count(*) FROM participants WHERE organization_id = ?1",
                    "SELECT count(*) FROM positions WHERE organization_id = ?1",
                    "SELECT count(*) FROM memberships WHERE organization_id = ?1 OR member_organization_id = ?1",
                    "SELECT count(*) FROM organizations WHERE part_of_id = ?1",
                    "SELECT count(*) FROM mentions WHERE organization_id = ?1",
                ],
                "places" => &[
                    "SELECT count(*) FROM meetings WHERE place_id = ?1",
                    "SELECT count(*) FROM articles WHERE dateline_place_id = ?1",
                    "SELECT count(*) FROM positions WHERE country_id = ?1",
                    "SELECT count(*) FROM memberships WHERE member_place_id = ?1",
                    "SELECT count(*) FROM places WHERE country_id = ?1",
                    "SELECT count(*) FROM mentions WHERE place_id = ?1",
                ],
                _ => &["SELECT count(*) FROM articles WHERE outlet_id = ?1"],
            };
            let Some(id) = super::id_of(tx, entity, k)? else {
                return Ok(false);
            };
            let mut refs = 0i64;
            for sql in references {
                refs += tx.query_row(sql, [id], |r| r.get::<_, i64>(0))?;
            }
            if refs > 0 {
                note(
                    s,
                    &format!("kept, because {refs} row(s) of the catalog still refer to it (a `reject` decision takes it out)"),
                );
                return Ok(false);
            }
            let names = match entity {
                "people" => Some(("person_names", "person_id")),
                "organizations" => Some(("organization_names", "organization_id")),
                "places" => Some(("place_names", "place_id")),
                _ => None,
            };
            if let Some((names, column)) = names {
                let n = tx.execute(&format!("DELETE FROM {names} WHERE {column} = ?1"), [id])?;
                count(s, names, n);
            }
            let n = tx.execute(&format!("DELETE FROM {entity} WHERE id = ?1"), [id])?;
            count(s, entity, n);
            note(s, "removed");
        }
        _ => {}
    }
    Ok(false)
}
