//! Taking a decision back: a row deleted from a decisions.csv imported before is withdrawn at
//! that file's next import, and what it did is undone where diplocat can undo it (what a reject
//! took out comes back from its articles or from `decisions.removed`, a corrected meeting is
//! read again from its articles, an alias or a new name goes). A merge cannot be undone: the
//! import refuses to withdraw it and says what to do.

use std::collections::{BTreeSet, HashMap, HashSet};

use rusqlite::{params, Connection, OptionalExtension, Transaction};
use serde_json::Value as Json;

use super::subject::{delete_meeting, participant, Subject};
use crate::import::removals::{canonical, read_again, still_there};
use crate::import::summary::{Change, Summary};
use crate::model::DecisionAction;
use crate::source::curated::CuratedRows;
use crate::source::Problem;

/// Joins the columns that identify a decision in `curated_rows`.
const SEP: &str = "\u{1f}";

/// A decision's key in `curated_rows`: its subject, action and value.
pub(in crate::import) fn row_key(subject: &str, action: &str, value: &str) -> String {
    [subject, action, value].join(SEP)
}

/// A recorded decision that a decisions file of this import gave and no longer gives.
#[derive(Debug, Clone)]
pub(in crate::import) struct Dropped {
    id: i64,
    subject: String,
    action: String,
    value: String,
    /// The file and line the catalog has for it.
    file: String,
    line: i64,
    removed: Option<String>,
    /// The files of this import that gave it and no longer do.
    dropped_by: Vec<String>,
    /// Another decisions file that still gives it, and on which line: then it stays.
    still_given_by: Option<(String, u64)>,
}

impl Dropped {
    /// Its key in `curated_rows`.
    pub(in crate::import) fn key(&self) -> String {
        row_key(&self.subject, &self.action, &self.value)
    }

    /// The decision as its row read: `subject,action,value`.
    fn shown(&self) -> String {
        format!("{},{},{}", self.subject, self.action, self.value)
    }
}

/// The recorded decisions that the decisions files of this import no longer give. A merge
/// cannot be withdrawn: each is a problem, with what to do.
pub(in crate::import) fn dropped(
    conn: &Connection,
    c: &CuratedRows,
    problems: &mut Vec<Problem>,
) -> rusqlite::Result<Vec<Dropped>> {
    let files: HashSet<String> = c
        .files
        .iter()
        .filter(|(_, name)| *name == "decisions.csv")
        .map(|(path, _)| canonical(path))
        .collect();
    if files.is_empty() {
        return Ok(Vec::new());
    }
    let given_now: HashSet<String> = c
        .decisions
        .iter()
        .map(|r| row_key(&r.subject, &r.action, r.opt("value").unwrap_or("")))
        .collect();
    // Every file that gave each decision: the one it was first read from (`decisions.file`)
    // and those recorded in curated_rows.
    let mut givers: HashMap<String, BTreeSet<String>> = HashMap::new();
    {
        let mut stmt =
            conn.prepare("SELECT row_key, file FROM curated_rows WHERE table_name = 'decisions'")?;
        for r in stmt.query_map([], |r| Ok((r.get::<_, String>(0)?, r.get::<_, String>(1)?)))? {
            let (key, file) = r?;
            givers.entry(key).or_default().insert(file);
        }
    }
    let mut out = Vec::new();
    let mut stmt = conn.prepare(
        "SELECT id, subject, action, value, file, line, removed FROM decisions ORDER BY id",
    )?;
    let rows = stmt.query_map([], |r| {
        Ok(Dropped {
            id: r.get(0)?,
            subject: r.get(1)?,
            action: r.get(2)?,
            value: r.get(3)?,
            file: r.get(4)?,
            line: r.get(5)?,
            removed: r.get(6)?,
            dropped_by: Vec::new(),
            still_given_by: None,
        })
    })?;
    for d in rows {
        let mut d = d?;
        let key = row_key(&d.subject, &d.action, &d.value);
        if given_now.contains(&key) {
            continue;
        }
        let mut by = givers.remove(&key).unwrap_or_default();
        by.insert(d.file.clone());
        d.dropped_by = by.iter().filter(|f| files.contains(*f)).cloned().collect();
        if d.dropped_by.is_empty() {
            continue;
        }
        // Another decisions file that still has the row keeps it (a file moved or deleted
        // since, or edited without the row, gives nothing).
        d.still_given_by = by
            .iter()
            .filter(|f| !files.contains(*f) && still_there(f))
            .find_map(|f| Some((f.clone(), line_in(f, &key)?)));
        if d.still_given_by.is_none() && d.action == DecisionAction::Merge.as_str() {
            problems.push(Problem {
                file: d.dropped_by[0].clone(),
                line: None,
                column: None,
                value: Some(d.shown()),
                message: format!(
                    "this merge (line {} when it was imported) is no longer in the file, but a merge cannot be taken back: the catalog no longer knows which names, meetings, positions and mentions were {}'s. Put the row back; to part the two, make a new catalog from your articles and curated files (`diplocat --db NEW.db import ...`), then import this decisions file into it",
                    d.line, d.subject
                ),
            });
            continue;
        }
        out.push(d);
    }
    Ok(out)
}

/// The line of a decisions file (on disk) that gives this decision, if it still does.
fn line_in(file: &str, key: &str) -> Option<u64> {
    read_again(file)
        .decisions
        .iter()
        .find(|r| row_key(&r.subject, &r.action, r.opt("value").unwrap_or("")) == key)
        .map(|r| r.csv_line)
}

/// What an import's curated files give, by key, to tell where a withdrawn decision's subject
/// comes back from.
fn given<'c>(c: &'c CuratedRows, table: &str, key: &str) -> Option<&'c str> {
    let path = match table {
        "meetings" => c
            .meetings
            .iter()
            .find(|r| r.key == key)
            .map(|r| &r.csv_path),
        "people" => c.people.iter().find(|r| r.key == key).map(|r| &r.csv_path),
        "organizations" => c
            .organizations
            .iter()
            .find(|r| r.key == key)
            .map(|r| &r.csv_path),
        "places" => c.places.iter().find(|r| r.key == key).map(|r| &r.csv_path),
        "names" => c
            .names
            .iter()
            .find(|r| [r.entity.as_str(), &r.name].join(SEP) == key)
            .map(|r| &r.csv_path),
        "participants" => c
            .participants
            .iter()
            .find(|r| [r.meeting.as_str(), &r.participant].join(SEP) == key)
            .map(|r| &r.csv_path),
        _ => None,
    };
    path.map(String::as_str)
}

/// A curated file imported before that gives this row and still exists.
fn giver(tx: &Transaction, table: &str, key: &str) -> rusqlite::Result<Option<String>> {
    let files: Vec<String> = tx
        .prepare_cached(
            "SELECT file FROM curated_rows WHERE table_name = ?1 AND row_key = ?2 ORDER BY file",
        )?
        .query_map([table, key], |r| r.get(0))?
        .collect::<rusqlite::Result<_>>()?;
    Ok(files.into_iter().find(|f| still_there(f)))
}

/// What to run to import a curated file again: its folder, or the bundled seed.
fn again(file: &str) -> String {
    if file.starts_with("(bundled) ") {
        return "import the bundled seed again (`diplocat import`)".into();
    }
    match std::path::Path::new(file).parent() {
        Some(dir) => format!("import {} again", dir.display()),
        None => format!("import {file} again"),
    }
}

/// Where a curated row comes from: this import's file, or one imported before (to be imported
/// again), or none.
enum Source {
    ThisImport(String),
    ImportAgain(String),
    Gone,
}

fn source(tx: &Transaction, c: &CuratedRows, table: &str, key: &str) -> rusqlite::Result<Source> {
    if let Some(f) = given(c, table, key) {
        return Ok(Source::ThisImport(f.to_string()));
    }
    Ok(match giver(tx, table, key)? {
        Some(f) => Source::ImportAgain(f),
        None => Source::Gone,
    })
}

/// Withdraws the dropped decisions and undoes what each did where it can; returns the stored
/// articles to read again (extraction then finds what a reject or a correction had changed).
/// What withdrawing decisions leaves for after extraction: the articles to read again, and
/// the meetings a rejected entity took part in, to rejoin once extraction knows it again (a
/// meeting a decision covers is not changed by extraction, so it would stay without it).
#[derive(Debug, Default)]
pub(in crate::import) struct Withdrawn {
    pub(in crate::import) reread: BTreeSet<i64>,
    /// (entity key, [(meeting key, role)]).
    pub(in crate::import) rejoin: Vec<(String, Vec<(String, String)>)>,
}

pub(in crate::import) fn withdraw(
    tx: &Transaction,
    dropped: &[Dropped],
    c: &CuratedRows,
    s: &mut Summary,
) -> rusqlite::Result<Withdrawn> {
    let mut out = Withdrawn::default();
    let reread = &mut out.reread;
    let mut read_again: HashSet<String> = HashSet::new();
    for d in dropped {
        let key = row_key(&d.subject, &d.action, &d.value);
        for f in &d.dropped_by {
            let n = tx
                .prepare_cached(
                    "DELETE FROM curated_rows WHERE file = ?1 AND table_name = 'decisions' AND row_key = ?2",
                )?
                .execute(params![f, key])?;
            s.tables.entry("curated_rows").or_default().removed += n as u64;
        }
        let file = d.dropped_by.first().unwrap_or(&d.file);
        if let Some((other, line)) = &d.still_given_by {
            if d.dropped_by.contains(&d.file) {
                tx.prepare_cached("UPDATE decisions SET file = ?1, line = ?2 WHERE id = ?3")?
                    .execute(params![other, *line as i64, d.id])?;
            }
            s.notices.push(format!(
                "{file}: decision {:?} is no longer in the file; {}, because {other} still gives it",
                d.shown(),
                s.outcome("kept")
            ));
            continue;
        }
        let what = undo(tx, d, c, s, reread, &mut read_again)?;
        if d.action == "reject" && d.value.is_empty() {
            if let Some(j) = d
                .removed
                .as_deref()
                .and_then(|r| serde_json::from_str::<Json>(r).ok())
                .filter(|j| j.get("evidence").is_none())
            {
                let meetings: Vec<(String, String)> = j
                    .get("meetings")
                    .and_then(Json::as_array)
                    .into_iter()
                    .flatten()
                    .filter_map(|m| {
                        Some((
                            m.get("meeting")?.as_str()?.to_string(),
                            m.get("role")?.as_str()?.to_string(),
                        ))
                    })
                    .collect();
                if !meetings.is_empty() {
                    out.rejoin.push((d.subject.clone(), meetings));
                }
            }
        }
        tx.prepare_cached("DELETE FROM decisions WHERE id = ?1")?
            .execute([d.id])?;
        s.tables.entry("decisions").or_default().removed += 1;
        s.notices.push(format!(
            "{file}: decision {:?} (line {}) is no longer in the file; {}: {what}",
            d.shown(),
            d.line,
            s.outcome("withdrawn")
        ));
    }
    Ok(out)
}

/// After extraction: the entities a withdrawn reject gave back take part again in the meetings
/// they had been taken out of, where those meetings and the entity exist and it is not there.
pub(in crate::import) fn rejoin(
    tx: &Transaction,
    rejoin: &[(String, Vec<(String, String)>)],
    s: &mut Summary,
) -> rusqlite::Result<()> {
    for (key, meetings) in rejoin {
        let Some((kind, id)) = entity(tx, key)? else {
            continue;
        };
        let column = match kind {
            Subject::Person => "person_id",
            Subject::Organization => "organization_id",
            _ => continue,
        };
        for (meeting, role) in meetings {
            let n = tx
                .prepare_cached(&format!(
                    "INSERT OR IGNORE INTO participants (meeting_id, {column}, role, method)
                     SELECT m.id, ?1, ?2, m.method FROM meetings m WHERE m.key = ?3"
                ))?
                .execute(params![id, role, meeting])?;
            s.tables.entry("participants").or_default().new += n as u64;
        }
    }
    Ok(())
}

/// The entity a key names: what it is and its id.
fn entity(tx: &Transaction, key: &str) -> rusqlite::Result<Option<(Subject, i64)>> {
    for kind in [Subject::Person, Subject::Organization, Subject::Place] {
        if let Some(id) = crate::import::id_of(tx, kind.table(), key)? {
            return Ok(Some((kind, id)));
        }
    }
    Ok(None)
}

/// Undoes one decision; says what was done, for the import's notice.
fn undo(
    tx: &Transaction,
    d: &Dropped,
    c: &CuratedRows,
    s: &mut Summary,
    reread: &mut BTreeSet<i64>,
    read_again: &mut HashSet<String>,
) -> rusqlite::Result<String> {
    use DecisionAction::*;
    let Ok(action) = d.action.parse::<DecisionAction>() else {
        return Ok("nothing to undo".into());
    };
    let removed: Option<Json> = d
        .removed
        .as_deref()
        .and_then(|r| serde_json::from_str(r).ok());
    Ok(match action {
        Distinct => format!("{} and {} may be merged again", d.subject, d.value),
        // Refused by `dropped`; nothing is done to a merge.
        Merge => "nothing undone".into(),
        Accept => {
            let n = tx
                .prepare_cached("UPDATE meetings SET reviewed_by = NULL WHERE reviewed_by = ?1")?
                .execute([d.id])?;
            count_updates(s, "meetings", n);
            if n > 0 {
                "the meeting is no longer marked reviewed".into()
            } else {
                "nothing to undo".into()
            }
        }
        Reject if d.value.is_empty() => match removed {
            None => "it had taken nothing out".into(),
            Some(j) if j.get("evidence").is_some() => undo_reject_meeting(tx, d, &j, c, reread)?,
            Some(j) => undo_reject_entity(tx, d, &j, c, s, reread)?,
        },
        Reject => undo_reject_name(tx, d, removed.as_ref(), c, s)?,
        SetDate | SetPlace | SetKind | AddParticipant | RemoveParticipant => {
            undo_meeting_correction(tx, d, action, c, s, reread, read_again)?
        }
        AddAlias => undo_alias(tx, d, c, s)?,
        Rename => undo_rename(tx, d, removed.as_ref(), c, s)?,
    })
}

fn count_updates(s: &mut Summary, table: &'static str, n: usize) {
    for _ in 0..n {
        s.count(table, Change::Updated);
    }
}

fn undo_reject_meeting(
    tx: &Transaction,
    d: &Dropped,
    j: &Json,
    c: &CuratedRows,
    reread: &mut BTreeSet<i64>,
) -> rusqlite::Result<String> {
    if j.get("method").and_then(Json::as_str) == Some("curated") {
        return Ok(match source(tx, c, "meetings", &d.subject)? {
            Source::ThisImport(f) => format!("the meeting comes back from {f}"),
            Source::ImportAgain(f) => {
                format!("the meeting was curated: {} to bring it back", again(&f))
            }
            Source::Gone => "the meeting was curated, and no curated file gives it any more".into(),
        });
    }
    let articles = articles_of_evidence(tx, j)?;
    if articles.is_empty() {
        return Ok("its articles are no longer in the catalog; nothing to read again".into());
    }
    let n = articles.len();
    reread.extend(articles);
    Ok(format!(
        "its article(s) are read again ({n}), so extraction reports the meeting again"
    ))
}

/// The stored articles of a removed meeting's evidence (`decisions.removed`).
fn articles_of_evidence(tx: &Transaction, j: &Json) -> rusqlite::Result<BTreeSet<i64>> {
    let mut out = BTreeSet::new();
    for e in j
        .get("evidence")
        .and_then(Json::as_array)
        .into_iter()
        .flatten()
    {
        if let Some(id) = e.get("article_id").and_then(Json::as_i64) {
            if tx
                .prepare_cached("SELECT 1 FROM articles WHERE id = ?1")?
                .exists([id])?
            {
                out.insert(id);
            }
        }
    }
    Ok(out)
}

fn undo_reject_entity(
    tx: &Transaction,
    d: &Dropped,
    j: &Json,
    c: &CuratedRows,
    s: &mut Summary,
    reread: &mut BTreeSet<i64>,
) -> rusqlite::Result<String> {
    let names: Vec<String> = j
        .get("names")
        .and_then(Json::as_array)
        .into_iter()
        .flatten()
        .filter_map(|n| n.as_str().map(str::to_string))
        .collect();
    // What it was: recorded with it, or (for a decision made by an older diplocat) the curated
    // file that gave it.
    let mut kind = j.get("entity").and_then(Json::as_str).map(str::to_string);
    let mut curated = j
        .get("method")
        .and_then(Json::as_str)
        .map(|m| m == "curated");
    for table in ["people", "organizations", "places"] {
        if let Source::ThisImport(_) | Source::ImportAgain(_) = source(tx, c, table, &d.subject)? {
            kind.get_or_insert_with(|| table.to_string());
            curated.get_or_insert(true);
        }
    }
    if curated == Some(true) {
        let table = kind.as_deref().unwrap_or("people");
        return Ok(match source(tx, c, table, &d.subject)? {
            Source::ThisImport(f) => format!("{} comes back from {f}", d.subject),
            Source::ImportAgain(f) => {
                format!("{} was curated: {} to bring it back", d.subject, again(&f))
            }
            Source::Gone => format!(
                "{} was curated, and no curated file gives it any more",
                d.subject
            ),
        });
    }
    let name = j.get("name").and_then(Json::as_str).unwrap_or_default();
    let place = matches!(kind.as_deref(), Some("places"))
        || (kind.is_none() && crate::import::places::world_place_named(name, &d.subject).is_some());
    let mut said = String::new();
    if place {
        match crate::import::places::restore_world_place(tx, name, &d.subject, s)? {
            Some(_) => said.push_str("the place is made again from the gazetteer; "),
            None => {
                return Ok(format!(
                    "{name:?} is not in the gazetteer; give it in a curated places.csv to bring it back"
                ))
            }
        }
    }
    let articles = crate::import::reextract::articles_with(tx, names.iter().map(String::as_str))?;
    let n = articles.len();
    reread.extend(articles);
    said.push_str(&format!(
        "the articles that name it are read again ({n}), so extraction learns it again"
    ));
    Ok(said)
}

fn undo_reject_name(
    tx: &Transaction,
    d: &Dropped,
    removed: Option<&Json>,
    c: &CuratedRows,
    s: &mut Summary,
) -> rusqlite::Result<String> {
    let Some((kind, id)) = entity(tx, &d.subject)? else {
        return Ok(format!(
            "{} is no longer in the catalog; nothing to give the name back to",
            d.subject
        ));
    };
    let Some((names, column)) = kind.names_table() else {
        return Ok("nothing to undo".into());
    };
    let owned: Option<String> = tx
        .prepare(&format!("SELECT name FROM {} WHERE id = ?1", kind.table()))?
        .query_row([id], |r| r.get(0))
        .optional()?;
    let name_kind = match removed {
        Some(j) => j.get("kind").and_then(Json::as_str).map(str::to_string),
        None if owned.as_deref() == Some(d.value.as_str()) => Some("official".to_string()),
        None => None,
    };
    let Some(name_kind) = name_kind else {
        let key = [d.subject.as_str(), &d.value].join(SEP);
        return Ok(match source(tx, c, "names", &key)? {
            Source::ThisImport(f) => format!("the name comes back from {f}"),
            Source::ImportAgain(f) => {
                format!("the name was curated: {} to bring it back", again(&f))
            }
            Source::Gone => format!(
                "the catalog did not keep what the name was; give it again with `{},add-alias,{}`",
                d.subject, d.value
            ),
        });
    };
    let method = removed
        .and_then(|j| j.get("method"))
        .and_then(Json::as_str)
        .unwrap_or("curated");
    let article = removed
        .and_then(|j| j.get("article_id"))
        .and_then(Json::as_i64);
    let n = if kind == Subject::Place {
        tx.execute(
            &format!("INSERT INTO {names} ({column}, name, kind) VALUES (?1, ?2, ?3) ON CONFLICT DO NOTHING"),
            params![id, d.value, name_kind],
        )?
    } else {
        tx.execute(
            &format!(
                "INSERT INTO {names} ({column}, name, kind, method, article_id)
                 VALUES (?1, ?2, ?3, ?4, (SELECT id FROM articles WHERE id = ?5)) ON CONFLICT DO NOTHING"
            ),
            params![id, d.value, name_kind, method, article],
        )?
    };
    s.tables.entry(names).or_default().new += n as u64;
    Ok(if n > 0 {
        "the name is recognised again, and the articles that name it are read again".into()
    } else {
        "the name is already there".into()
    })
}

fn undo_meeting_correction(
    tx: &Transaction,
    d: &Dropped,
    action: DecisionAction,
    c: &CuratedRows,
    s: &mut Summary,
    reread: &mut BTreeSet<i64>,
    read_again: &mut HashSet<String>,
) -> rusqlite::Result<String> {
    use DecisionAction::*;
    if read_again.contains(&d.subject) {
        return Ok("the meeting is read again from its articles".into());
    }
    let meeting: Option<(i64, String)> = tx
        .prepare_cached("SELECT id, method FROM meetings WHERE key = ?1")?
        .query_row([&d.subject], |r| Ok((r.get(0)?, r.get(1)?)))
        .optional()?;
    let Some((m, method)) = meeting else {
        return Ok("its meeting is no longer in the catalog; nothing to undo".into());
    };
    let what = match action {
        SetDate => "date",
        SetPlace => "place",
        SetKind => "kind",
        _ => "participants",
    };
    if method == "curated" {
        let participant_key = participant(&d.value).ok().map(|(k, _)| k.to_string());
        let row = match (&participant_key, action) {
            (Some(p), AddParticipant | RemoveParticipant) => {
                ("participants", [d.subject.as_str(), p].join(SEP))
            }
            _ => ("meetings", d.subject.clone()),
        };
        let from = source(tx, c, row.0, &row.1)?;
        if action == AddParticipant {
            if let Source::ThisImport(f) | Source::ImportAgain(f) = from {
                return Ok(format!("the participant stays: {f} gives it"));
            }
            let p = participant_key.unwrap_or_default();
            let n = tx.execute(
                "DELETE FROM participants WHERE meeting_id = ?1 AND method = 'curated'
                   AND (person_id = (SELECT id FROM people WHERE key = ?2)
                        OR organization_id = (SELECT id FROM organizations WHERE key = ?2))",
                params![m, p],
            )?;
            s.tables.entry("participants").or_default().removed += n as u64;
            return Ok(format!("{p} no longer takes part"));
        }
        return Ok(match from {
            Source::ThisImport(f) => format!("the meeting's {what} is {f}'s again"),
            Source::ImportAgain(f) => format!(
                "the meeting is curated: {} to restore its {what}",
                again(&f)
            ),
            Source::Gone => format!(
                "no curated file gives the meeting any more; its {what} stays as the decision left it"
            ),
        });
    }
    // An extracted meeting is read again from its articles, as extraction reports it; the
    // decisions that remain about it are applied again at the end of the import.
    let articles: BTreeSet<i64> = tx
        .prepare_cached("SELECT DISTINCT article_id FROM evidence WHERE meeting_id = ?1")?
        .query_map([m], |r| r.get(0))?
        .collect::<rusqlite::Result<_>>()?;
    if articles.is_empty() {
        return Ok("the meeting has no article to read it again from; nothing to undo".into());
    }
    delete_meeting(tx, m, s)?;
    reread.extend(articles);
    read_again.insert(d.subject.clone());
    Ok("the meeting is read again from its articles, as extraction reports it".into())
}

fn undo_alias(
    tx: &Transaction,
    d: &Dropped,
    c: &CuratedRows,
    s: &mut Summary,
) -> rusqlite::Result<String> {
    let Some((kind, id)) = entity(tx, &d.subject)? else {
        return Ok(format!("{} is no longer in the catalog", d.subject));
    };
    let Some((names, column)) = kind.names_table() else {
        return Ok("nothing to undo".into());
    };
    let key = [d.subject.as_str(), &d.value].join(SEP);
    if let Source::ThisImport(f) | Source::ImportAgain(f) = source(tx, c, "names", &key)? {
        return Ok(format!("the name stays: {f} gives it"));
    }
    // Only the alias the decision added: not a name learned from an article, nor the entity's
    // own name.
    let learned = if kind == Subject::Place {
        ""
    } else {
        " AND method = 'curated'"
    };
    let n = tx.execute(
        &format!(
            "DELETE FROM {names} WHERE {column} = ?1 AND name = ?2 AND kind = 'alias'{learned}
               AND name <> (SELECT name FROM {} WHERE id = ?1)",
            kind.table()
        ),
        params![id, d.value],
    )?;
    s.tables.entry(names).or_default().removed += n as u64;
    Ok(if n > 0 {
        "the name is no longer recognised, and the articles that name it are read again".into()
    } else {
        "the name stays: the entity had it before the decision".into()
    })
}

fn undo_rename(
    tx: &Transaction,
    d: &Dropped,
    removed: Option<&Json>,
    c: &CuratedRows,
    s: &mut Summary,
) -> rusqlite::Result<String> {
    let Some((kind, id)) = entity(tx, &d.subject)? else {
        return Ok(format!("{} is no longer in the catalog", d.subject));
    };
    let table = kind.table();
    let Some((names, column)) = kind.names_table() else {
        return Ok("nothing to undo".into());
    };
    // The name before: kept with the decision, or given by this import's curated file, or
    // (for a decision made by an older diplocat) its one other official name.
    let mut before = removed
        .and_then(|j| j.get("name"))
        .and_then(Json::as_str)
        .map(str::to_string);
    if before.is_none() {
        match source(tx, c, table, &d.subject)? {
            Source::ThisImport(f) => return Ok(format!("its name is {f}'s again")),
            Source::ImportAgain(f) => {
                return Ok(format!(
                    "{} is curated: {} to restore its name",
                    d.subject,
                    again(&f)
                ))
            }
            Source::Gone => {
                let others: Vec<String> = tx
                    .prepare(&format!(
                        "SELECT name FROM {names} WHERE {column} = ?1 AND kind = 'official' AND name <> ?2"
                    ))?
                    .query_map(params![id, d.value], |r| r.get(0))?
                    .collect::<rusqlite::Result<_>>()?;
                if let [one] = others.as_slice() {
                    before = Some(one.clone());
                }
            }
        }
    }
    let Some(before) = before else {
        return Ok(format!(
            "the catalog did not keep its name before the rename; rename it again (`{},rename,NAME`)",
            d.subject
        ));
    };
    let n = tx.execute(
        &format!("UPDATE {table} SET name = ?1 WHERE id = ?2 AND name <> ?1"),
        params![before, id],
    )?;
    count_updates(s, table, n);
    if n > 0 {
        super::summaries::resay(tx, kind, id, &d.value, &before, s)?;
    }
    // The new name goes, unless a curated file gives it.
    let key = [d.subject.as_str(), &d.value].join(SEP);
    if let Source::Gone = source(tx, c, "names", &key)? {
        let learned = if kind == Subject::Place {
            ""
        } else {
            " AND method = 'curated'"
        };
        let n = tx.execute(
            &format!(
                "DELETE FROM {names} WHERE {column} = ?1 AND name = ?2 AND name <> ?3 AND kind = 'official'{learned}"
            ),
            params![id, d.value, before],
        )?;
        s.tables.entry(names).or_default().removed += n as u64;
    }
    Ok(format!("its name is {before:?} again"))
}
