//! A person's decisions about the catalog (decisions.csv): checked like every curated file,
//! stored in `decisions` with their file, line, author and reason, and applied again at the end
//! of every import, so that no later import or extraction brings back what was corrected.

use std::collections::{HashMap, HashSet};

use rusqlite::{params, Connection, OptionalExtension, Transaction};

use super::curated::{CuratedRows, DecisionRow, Located};
use super::store::date_values;
use super::summary::{Change, Summary};
use super::Problem;
use crate::date::PartialDate;
use crate::model::{DecisionAction, MeetingKind, Role};

/// What a key names, for deciding which actions apply to it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Subject {
    Meeting,
    Person,
    Organization,
    Place,
}

impl Subject {
    fn table(self) -> &'static str {
        match self {
            Subject::Meeting => "meetings",
            Subject::Person => "people",
            Subject::Organization => "organizations",
            Subject::Place => "places",
        }
    }
    fn noun(self) -> &'static str {
        match self {
            Subject::Meeting => "a meeting",
            Subject::Person => "a person",
            Subject::Organization => "an organization",
            Subject::Place => "a place",
        }
    }
    fn names_table(self) -> Option<(&'static str, &'static str)> {
        match self {
            Subject::Meeting => None,
            Subject::Person => Some(("person_names", "person_id")),
            Subject::Organization => Some(("organization_names", "organization_id")),
            Subject::Place => Some(("place_names", "place_id")),
        }
    }
}

/// Which actions a subject takes.
fn applies(action: DecisionAction, subject: Subject) -> bool {
    use DecisionAction::*;
    match action {
        Reject => true,
        Accept | SetDate | SetPlace | SetKind | AddParticipant | RemoveParticipant => {
            subject == Subject::Meeting
        }
        Merge | Distinct => matches!(subject, Subject::Person | Subject::Organization),
        AddAlias | Rename => subject != Subject::Meeting,
    }
}

/// The decisions already recorded, as (subject, action, value).
fn recorded(conn: &Connection) -> rusqlite::Result<HashSet<(String, String, String)>> {
    let mut stmt = conn.prepare("SELECT subject, action, value FROM decisions")?;
    let rows = stmt.query_map([], |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)))?;
    rows.collect()
}

/// What each key of the catalog names (a key in two tables is ambiguous and named as such).
fn subjects(conn: &Connection) -> rusqlite::Result<HashMap<String, Vec<Subject>>> {
    let mut out: HashMap<String, Vec<Subject>> = HashMap::new();
    for s in [
        Subject::Meeting,
        Subject::Person,
        Subject::Organization,
        Subject::Place,
    ] {
        let mut stmt = conn.prepare(&format!("SELECT key FROM {}", s.table()))?;
        for k in stmt.query_map([], |r| r.get::<_, String>(0))? {
            out.entry(k?).or_default().push(s);
        }
    }
    Ok(out)
}

/// Checks every decision row against the catalog: a known action, a subject that exists (or
/// a decision already recorded, whose subject a reject or merge has taken away), an action
/// that applies to it, and the value it needs.
pub(super) fn check(
    conn: &Connection,
    rows: &[Located<DecisionRow>],
    problems: &mut Vec<Problem>,
) -> rusqlite::Result<()> {
    if rows.is_empty() {
        return Ok(());
    }
    let known = subjects(conn)?;
    let done = recorded(conn)?;
    // Pairs marked distinct, recorded or in this file, either way round.
    let pairs: HashSet<(String, String)> = done
        .iter()
        .filter(|(_, a, _)| a == DecisionAction::Distinct.as_str())
        .map(|(s, _, v)| (s.clone(), v.clone()))
        .chain(
            rows.iter()
                .filter(|r| r.action == DecisionAction::Distinct.as_str())
                .map(|r| (r.subject.clone(), r.opt("value").unwrap_or("").to_string())),
        )
        .flat_map(|(a, b)| [(a.clone(), b.clone()), (b, a)])
        .collect();
    let distinct = |a: &str, b: &str| pairs.contains(&(a.to_string(), b.to_string()));
    // Names given (add-alias, rename) and names rejected, recorded or in this file: one name
    // cannot be both.
    let named = |action: DecisionAction| -> HashSet<(String, String)> {
        done.iter()
            .filter(|(_, a, v)| a == action.as_str() && !v.is_empty())
            .map(|(s, _, v)| (s.clone(), v.clone()))
            .chain(
                rows.iter()
                    .filter(|r| r.action == action.as_str())
                    .filter_map(|r| Some((r.subject.clone(), r.opt("value")?.to_string()))),
            )
            .collect()
    };
    let given: HashSet<(String, String)> = named(DecisionAction::AddAlias)
        .union(&named(DecisionAction::Rename))
        .cloned()
        .collect();
    let rejected_names = named(DecisionAction::Reject);
    let mut seen: HashMap<(String, String, String), u64> = HashMap::new();
    for row in rows {
        let action = match row.action.parse::<DecisionAction>() {
            Ok(a) => a,
            Err(e) => {
                problems.push(row.problem("action", format!("unknown action: {e}")));
                continue;
            }
        };
        let value = row.opt("value").unwrap_or("").to_string();
        let triple = (
            row.subject.clone(),
            action.as_str().to_string(),
            value.clone(),
        );
        if let Some(l) = seen.insert(triple.clone(), row.csv_line) {
            problems.push(row.problem(
                "subject",
                format!("the same decision is already at line {l}; keep one"),
            ));
            continue;
        }
        if done.contains(&triple) {
            continue;
        }
        let subject = match known.get(&row.subject).map(Vec::as_slice) {
            Some([one]) => *one,
            Some(_) => {
                problems.push(row.problem(
                    "subject",
                    "this key names more than one thing in the catalog (a meeting and a person, say); decisions need a key that names one",
                ));
                continue;
            }
            None => {
                problems.push(row.problem(
                    "subject",
                    "no meeting, person, organization or place has this key; copy the key from `diplocat report review` or `report meetings`",
                ));
                continue;
            }
        };
        if !applies(action, subject) {
            problems.push(row.problem(
                "action",
                format!(
                    "{} cannot be given to {} ({}); the README's \"Correcting the catalog\" says which actions apply to what",
                    action,
                    subject.noun(),
                    row.subject
                ),
            ));
            continue;
        }
        let need = |what: &str| row.problem("value", format!("{action} needs {what} in value"));
        let pair = (row.subject.clone(), value.clone());
        match action {
            DecisionAction::AddAlias | DecisionAction::Rename if rejected_names.contains(&pair) => {
                problems.push(row.problem(
                    "value",
                    format!("this name of {} is also rejected (a reject decision with this value); keep one of the two decisions", row.subject),
                ))
            }
            DecisionAction::Reject if !value.is_empty() && given.contains(&pair) => {
                problems.push(row.problem(
                    "value",
                    format!("this name is also given to {} (an add-alias or rename decision); keep one of the two decisions", row.subject),
                ))
            }
            DecisionAction::Reject | DecisionAction::Accept
                if subject == Subject::Meeting && !value.is_empty() =>
            {
                problems.push(row.problem(
                    "value",
                    format!("{action} of a meeting takes no value; leave it empty"),
                ))
            }
            DecisionAction::Merge if distinct(&row.subject, &value) => problems.push(row.problem(
                "value",
                format!(
                    "{} and {value} are marked distinct (a distinct decision); they cannot be merged: drop one of the two decisions",
                    row.subject
                ),
            )),
            DecisionAction::Merge | DecisionAction::Distinct => match known.get(&value).map(Vec::as_slice) {
                _ if value.is_empty() => problems.push(need("the key of the entity that stays")),
                _ if value == row.subject => {
                    problems.push(row.problem("value", "an entity cannot be merged into itself"))
                }
                Some([s]) if *s == subject => {}
                _ => problems.push(row.problem(
                    "value",
                    format!(
                        "is not the key of {} in the catalog; give the key of {}",
                        subject.noun(),
                        if action == DecisionAction::Merge { "the one that stays" } else { "the other one" }
                    ),
                )),
            },
            DecisionAction::AddParticipant | DecisionAction::RemoveParticipant => {
                match participant(&value) {
                    Err(why) => problems.push(row.problem("value", why)),
                    Ok((key, _)) => {
                        if !matches!(
                            known.get(key).map(Vec::as_slice),
                            Some([Subject::Person | Subject::Organization])
                        ) {
                            problems.push(row.problem(
                                "value",
                                "is not the key of a person or an organization in the catalog; give one (`diplocat query \"SELECT key, name FROM people\"`)",
                            ));
                        }
                    }
                }
            }
            DecisionAction::SetDate => {
                if let Err(e) = PartialDate::parse(&value) {
                    problems.push(row.problem(
                        "value",
                        format!(
                            "{}; write 2023, 2023-11, 2023-11-13 or XXXX-11-26 (year unknown)",
                            e.1
                        ),
                    ));
                }
            }
            DecisionAction::SetPlace
                if !matches!(known.get(&value).map(Vec::as_slice), Some([Subject::Place])) =>
            {
                problems.push(row.problem(
                    "value",
                    "is not the key of a place in the catalog; give a place key (`diplocat query \"SELECT key, name FROM places\"`)",
                ));
            }
            DecisionAction::SetKind => {
                if let Err(e) = value.parse::<MeetingKind>() {
                    problems.push(row.problem("value", format!("unknown kind: {e}")));
                }
            }
            DecisionAction::AddAlias | DecisionAction::Rename if value.trim().is_empty() => {
                problems.push(need("the name"))
            }
            _ => {}
        }
    }
    Ok(())
}

/// Stores this import's decisions (a decision already recorded keeps its first file, line,
/// author and time; its reason is updated).
pub(super) fn record(
    tx: &Transaction,
    rows: &[Located<DecisionRow>],
    author: &str,
    now: &str,
    s: &mut Summary,
) -> rusqlite::Result<()> {
    for row in rows {
        let value = row.opt("value").unwrap_or("");
        let existing: Option<(i64, Option<String>)> = tx
            .prepare_cached(
                "SELECT id, reason FROM decisions WHERE subject = ?1 AND action = ?2 AND value = ?3",
            )?
            .query_row(params![row.subject, row.action, value], |r| {
                Ok((r.get(0)?, r.get(1)?))
            })
            .optional()?;
        let reason = row.opt("reason").map(str::to_string);
        let change = match existing {
            Some((_, old)) if old == reason => Change::Unchanged,
            Some((id, _)) => {
                tx.prepare_cached("UPDATE decisions SET reason = ?1 WHERE id = ?2")?
                    .execute(params![reason, id])?;
                Change::Updated
            }
            None => {
                tx.prepare_cached(
                    "INSERT INTO decisions (subject, action, value, reason, file, line, author, decided_at)
                     VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)",
                )?
                .execute(params![
                    row.subject,
                    row.action,
                    value,
                    reason,
                    // The file as curated_rows names it: an absolute path.
                    std::fs::canonicalize(&row.csv_path)
                        .map(|p| p.display().to_string())
                        .unwrap_or_else(|_| row.csv_path.clone()),
                    row.csv_line as i64,
                    author,
                    now
                ])?;
                Change::New
            }
        };
        s.count("decisions", change);
    }
    Ok(())
}

/// The sentences that reported a rejected meeting, as (article id, start, kind): extraction
/// does not report that meeting from them again, whatever key it would now give it.
pub(super) fn rejected_sentences(
    tx: &Transaction,
) -> rusqlite::Result<HashSet<(i64, i64, String)>> {
    tx.prepare(
        "SELECT json_extract(j.value, '$.article_id'), json_extract(j.value, '$.start_char'),
                json_extract(d.removed, '$.kind')
         FROM decisions d, json_each(d.removed, '$.evidence') j
         WHERE d.action = 'reject' AND d.removed IS NOT NULL
           AND json_extract(j.value, '$.article_id') IS NOT NULL",
    )?
    .query_map([], |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)))?
    .collect()
}

/// The curated rows of an import without what a person rejected: rejected meetings, people,
/// organizations, places and names, and the rows that name them (participants, positions,
/// memberships, names, evidence of a fact that is not written).
pub(super) fn without_rejected(tx: &Transaction, c: &CuratedRows) -> rusqlite::Result<CuratedRows> {
    let (keys, _) = rejected_entities(tx)?;
    let mut name_pairs: HashSet<(String, String)> = HashSet::new();
    {
        let mut stmt = tx.prepare(
            "SELECT subject, value FROM decisions WHERE action = 'reject' AND value <> ''",
        )?;
        for r in stmt.query_map([], |r| Ok((r.get(0)?, r.get(1)?)))? {
            name_pairs.insert(r?);
        }
    }
    let out_key = |k: &str| keys.contains(k);
    let keep = |v: &Option<String>| v.as_deref().is_none_or(|k| !out_key(k));
    let positions: Vec<_> = c
        .positions
        .iter()
        .filter(|r| !out_key(&r.key) && !out_key(&r.person))
        .cloned()
        .map(|mut r| {
            // A post at a rejected body or country is kept without it.
            if !keep(&r.organization) {
                r.organization = None;
            }
            if !keep(&r.country) {
                r.country = None;
            }
            r
        })
        .collect();
    let memberships: Vec<_> = c
        .memberships
        .iter()
        .filter(|r| !out_key(&r.key) && !out_key(&r.member) && !out_key(&r.organization))
        .cloned()
        .collect();
    let facts_out: HashSet<&str> = c
        .positions
        .iter()
        .map(|r| r.key.as_str())
        .filter(|k| !positions.iter().any(|p| p.key == *k))
        .chain(
            c.memberships
                .iter()
                .map(|r| r.key.as_str())
                .filter(|k| !memberships.iter().any(|m| m.key == *k)),
        )
        .collect();
    Ok(CuratedRows {
        outlets: c.outlets.clone(),
        articles: c.articles.clone(),
        places: c
            .places
            .iter()
            .filter(|r| !out_key(&r.key))
            .cloned()
            .map(|mut r| {
                // A rejected country is no longer where a kept place lies.
                if r.country.as_deref().is_some_and(out_key) {
                    r.country = None;
                }
                r
            })
            .collect(),
        people: c
            .people
            .iter()
            .filter(|r| !out_key(&r.key))
            .cloned()
            .collect(),
        organizations: c
            .organizations
            .iter()
            .filter(|r| !out_key(&r.key))
            .cloned()
            .map(|mut r| {
                if !keep(&r.part_of) {
                    r.part_of = None;
                }
                r
            })
            .collect(),
        names: c
            .names
            .iter()
            .filter(|r| {
                !out_key(&r.entity) && !name_pairs.contains(&(r.entity.clone(), r.name.clone()))
            })
            .cloned()
            .collect(),
        positions,
        memberships,
        meetings: c
            .meetings
            .iter()
            .cloned()
            .map(|mut r| {
                // A meeting at a rejected place is kept, without its place.
                if r.place.as_deref().is_some_and(out_key) {
                    r.place = None;
                }
                r
            })
            .collect(),
        participants: c
            .participants
            .iter()
            .filter(|r| !out_key(&r.participant))
            .cloned()
            .map(|mut r| {
                if r.position
                    .as_deref()
                    .is_some_and(|p| out_key(p) || facts_out.contains(p))
                {
                    r.position = None;
                }
                r
            })
            .collect(),
        evidence: c
            .evidence
            .iter()
            .filter(|r| !facts_out.contains(r.fact.as_str()))
            .cloned()
            .collect(),
        decisions: c.decisions.clone(),
    })
}

/// Keys of the meetings a person rejected.
pub(super) fn rejected_meetings(tx: &Transaction) -> rusqlite::Result<HashSet<String>> {
    tx.prepare("SELECT subject FROM decisions WHERE action = 'reject'")?
        .query_map([], |r| r.get(0))?
        .collect()
}

/// Applies every recorded decision, in the order they were made. Each is idempotent: a
/// decision already in effect changes nothing, and one undone by this import (a rejected
/// meeting extracted again, a merged person back from a curated file) is applied again.
pub(super) fn apply_all(tx: &Transaction, s: &mut Summary) -> rusqlite::Result<()> {
    let all: Vec<(i64, String, String, String)> = {
        let mut stmt =
            tx.prepare("SELECT id, subject, action, value FROM decisions ORDER BY id")?;
        let rows = stmt.query_map([], |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?, r.get(3)?)))?;
        rows.collect::<rusqlite::Result<_>>()?
    };
    for (id, subject, action, value) in all {
        let Ok(action) = action.parse::<DecisionAction>() else {
            continue;
        };
        apply(tx, id, &subject, action, &value, s)?;
    }
    Ok(())
}

/// An add-participant or remove-participant value: `KEY`, or `KEY as ROLE`.
fn participant(value: &str) -> Result<(&str, Role), String> {
    let (key, role) = match value.split_once(" as ") {
        Some((k, r)) => (
            k.trim(),
            r.trim()
                .parse::<Role>()
                .map_err(|e| format!("unknown role: {e}"))?,
        ),
        None => (value.trim(), Role::Participant),
    };
    if key.is_empty() {
        return Err(
            "needs the key of a person or organization in value (`KEY`, or `KEY as ROLE`)".into(),
        );
    }
    Ok((key, role))
}

fn id_of(tx: &Transaction, table: &str, key: &str) -> rusqlite::Result<Option<i64>> {
    super::id_of(tx, table, key)
}

fn apply(
    tx: &Transaction,
    decision: i64,
    subject: &str,
    action: DecisionAction,
    value: &str,
    s: &mut Summary,
) -> rusqlite::Result<()> {
    use DecisionAction::*;
    match action {
        Reject if !value.is_empty() => {
            // One name of an entity: no longer recognised in articles, its mentions gone.
            for kind in [Subject::Person, Subject::Organization, Subject::Place] {
                let (Some(id), Some((names, column))) =
                    (id_of(tx, kind.table(), subject)?, kind.names_table())
                else {
                    continue;
                };
                let n = tx
                    .prepare(&format!(
                        "DELETE FROM {names} WHERE {column} = ?1 AND name = ?2"
                    ))?
                    .execute(params![id, value])?;
                s.tables.entry(names).or_default().removed += n as u64;
                let n = tx
                    .prepare(&format!(
                        "DELETE FROM mentions WHERE {column} = ?1 AND surface = ?2"
                    ))?
                    .execute(params![id, value])?;
                s.tables.entry("mentions").or_default().removed += n as u64;
            }
        }
        Reject if id_of(tx, "meetings", subject)?.is_none() => {
            for kind in [Subject::Person, Subject::Organization, Subject::Place] {
                if let Some(id) = id_of(tx, kind.table(), subject)? {
                    reject_entity(tx, decision, kind, id, s)?;
                }
            }
        }
        Reject => {
            let Some(m) = id_of(tx, "meetings", subject)? else {
                return Ok(());
            };
            // What is taken out is kept with the decision (the first time it is applied).
            tx.prepare_cached(
                "UPDATE decisions SET removed = (
                   SELECT json_object('key', m.key, 'kind', m.kind, 'date', m.date, 'summary', m.summary,
                     'method', m.method, 'confidence', m.confidence,
                     'participants', json((SELECT json_group_array(coalesce(p.name, o.name)) FROM participants pa
                        LEFT JOIN people p ON p.id = pa.person_id LEFT JOIN organizations o ON o.id = pa.organization_id
                        WHERE pa.meeting_id = m.id)),
                     'evidence', json((SELECT json_group_array(json_object('article', a.file_name, 'article_id', a.id,
                          'start_char', e.start_char, 'sentence', e.sentence))
                        FROM evidence e JOIN articles a ON a.id = e.article_id WHERE e.meeting_id = m.id)))
                   FROM meetings m WHERE m.id = ?2)
                 WHERE id = ?1 AND removed IS NULL",
            )?
            .execute(params![decision, m])?;
            for (table, sql) in [
                ("evidence", "DELETE FROM evidence WHERE meeting_id = ?1"),
                (
                    "participants",
                    "DELETE FROM participants WHERE meeting_id = ?1",
                ),
                ("meetings", "DELETE FROM meetings WHERE id = ?1"),
            ] {
                let n = tx.prepare_cached(sql)?.execute([m])?;
                s.tables.entry(table).or_default().removed += n as u64;
            }
        }
        Accept => {
            let n = tx
                .prepare_cached(
                    "UPDATE meetings SET reviewed_by = ?1 WHERE key = ?2 AND reviewed_by IS NOT ?1",
                )?
                .execute(params![decision, subject])?;
            count_updates(s, "meetings", n);
        }
        SetDate => {
            let [d0, d1, d2, d3] = date_values(Some(value), None);
            let n = tx
                .prepare_cached(
                    "UPDATE meetings SET date = ?1, date_text = ?2, date_earliest = ?3, date_latest = ?4, date_basis = 'stated'
                     WHERE key = ?5 AND (date IS NOT ?1 OR date_basis <> 'stated')",
                )?
                .execute(params![d0, d1, d2, d3, subject])?;
            count_updates(s, "meetings", n);
        }
        SetPlace => {
            let n = tx
                .prepare_cached(
                    "UPDATE meetings SET place_id = (SELECT id FROM places WHERE key = ?1)
                     WHERE key = ?2 AND place_id IS NOT (SELECT id FROM places WHERE key = ?1)",
                )?
                .execute(params![value, subject])?;
            count_updates(s, "meetings", n);
        }
        SetKind => {
            let Ok(kind) = value.parse::<MeetingKind>() else {
                return Ok(());
            };
            let n = tx
                .prepare_cached(
                    "UPDATE meetings SET kind = ?1, cameo_code = ?2 WHERE key = ?3 AND kind <> ?1",
                )?
                .execute(params![
                    kind.as_str(),
                    kind.default_cameo().as_str(),
                    subject
                ])?;
            count_updates(s, "meetings", n);
        }
        Merge => {
            for subject_kind in [Subject::Person, Subject::Organization] {
                let table = subject_kind.table();
                if let (Some(from), Some(into)) =
                    (id_of(tx, table, subject)?, id_of(tx, table, value)?)
                {
                    merge(tx, decision, subject_kind, from, into, s)?;
                }
            }
        }
        AddAlias | Rename => {
            for subject_kind in [Subject::Person, Subject::Organization, Subject::Place] {
                let Some(id) = id_of(tx, subject_kind.table(), subject)? else {
                    continue;
                };
                if action == Rename {
                    let n = tx
                        .prepare(&format!(
                            "UPDATE {} SET name = ?1 WHERE id = ?2 AND name <> ?1",
                            subject_kind.table()
                        ))?
                        .execute(params![value, id])?;
                    count_updates(s, subject_kind.table(), n);
                }
                // The new name (or the alias) is a name diplocat recognises in articles.
                if let Some((names, column)) = subject_kind.names_table() {
                    let n = tx
                        .prepare(&format!(
                            "INSERT INTO {names} ({column}, name, kind) VALUES (?1, ?2, ?3) ON CONFLICT DO NOTHING"
                        ))?
                        .execute(params![
                            id,
                            value,
                            if action == Rename { "official" } else { "alias" }
                        ])?;
                    if n > 0 {
                        s.count(names, Change::New);
                    }
                }
            }
        }
        AddParticipant | RemoveParticipant => {
            let Ok((key, role)) = participant(value) else {
                return Ok(());
            };
            let Some(m) = id_of(tx, "meetings", subject)? else {
                return Ok(());
            };
            let person = id_of(tx, "people", key)?;
            let organization = match person {
                Some(_) => None,
                None => id_of(tx, "organizations", key)?,
            };
            if person.is_none() && organization.is_none() {
                return Ok(());
            }
            let n = if action == AddParticipant {
                tx.prepare_cached(
                    "INSERT INTO participants (meeting_id, person_id, organization_id, role, method)
                     VALUES (?1, ?2, ?3, ?4, 'curated') ON CONFLICT DO NOTHING",
                )?
                .execute(params![m, person, organization, role.as_str()])?
            } else {
                tx.prepare_cached(
                    "DELETE FROM participants WHERE meeting_id = ?1
                       AND coalesce(person_id, 0) = coalesce(?2, 0) AND coalesce(organization_id, 0) = coalesce(?3, 0)",
                )?
                .execute(params![m, person, organization])?
            };
            let c = s.tables.entry("participants").or_default();
            if action == AddParticipant {
                c.new += n as u64;
            } else {
                c.removed += n as u64;
            }
        }
        // Recorded, and held against any merge of the two (checked with the decisions).
        Distinct => {}
    }
    Ok(())
}

/// Takes an entity out of the catalog (kept as JSON in the decision): its names, mentions and
/// the facts that cannot stand without it (its participation, its positions, its memberships);
/// references that can (a meeting's place, an article's dateline) are emptied.
fn reject_entity(
    tx: &Transaction,
    decision: i64,
    kind: Subject,
    id: i64,
    s: &mut Summary,
) -> rusqlite::Result<()> {
    let Some((names, column)) = kind.names_table() else {
        return Ok(());
    };
    let table = kind.table();
    // Its meetings (as a participant, or as their place) and, for a person, the posts held.
    let meetings = if kind == Subject::Place {
        "SELECT json_group_array(m.key) FROM meetings m WHERE m.place_id = t.id".to_string()
    } else {
        format!(
            "SELECT json_group_array(json_object('meeting', m.key, 'role', pa.role))
             FROM participants pa JOIN meetings m ON m.id = pa.meeting_id WHERE pa.{column} = t.id"
        )
    };
    let positions = if kind == Subject::Person {
        "SELECT json_group_array(po.title) FROM positions po WHERE po.person_id = t.id"
    } else {
        "SELECT '[]'"
    };
    tx.execute(
        &format!(
            "UPDATE decisions SET removed = (
               SELECT json_object('key', t.key, 'name', t.name,
                 'names', json((SELECT json_group_array(n.name) FROM {names} n WHERE n.{column} = t.id)),
                 'meetings', json(({meetings})),
                 'positions', json(({positions})))
               FROM {table} t WHERE t.id = ?2)
             WHERE id = ?1 AND removed IS NULL"
        ),
        params![decision, id],
    )?;
    let mut removals: Vec<(&'static str, String)> = vec![(
        "participants",
        format!("DELETE FROM participants WHERE {column} = ?1"),
    )];
    let mut clears: Vec<String> = Vec::new();
    match kind {
        Subject::Person => {
            clears.push("UPDATE participants SET position_id = NULL WHERE position_id IN (SELECT id FROM positions WHERE person_id = ?1)".into());
            removals.push(("evidence", "DELETE FROM evidence WHERE position_id IN (SELECT id FROM positions WHERE person_id = ?1)".into()));
            removals.push((
                "positions",
                "DELETE FROM positions WHERE person_id = ?1".into(),
            ));
        }
        Subject::Organization => {
            clears.push(
                "UPDATE positions SET organization_id = NULL WHERE organization_id = ?1".into(),
            );
            clears.push("UPDATE organizations SET part_of_id = NULL WHERE part_of_id = ?1".into());
            removals.push(("evidence", "DELETE FROM evidence WHERE membership_id IN (SELECT id FROM memberships WHERE organization_id = ?1 OR member_organization_id = ?1)".into()));
            removals.push((
                "memberships",
                "DELETE FROM memberships WHERE organization_id = ?1 OR member_organization_id = ?1"
                    .into(),
            ));
        }
        Subject::Place => {
            removals.clear();
            clears.push("UPDATE meetings SET place_id = NULL WHERE place_id = ?1".into());
            clears.push(
                "UPDATE articles SET dateline_place_id = NULL WHERE dateline_place_id = ?1".into(),
            );
            clears.push("UPDATE positions SET country_id = NULL WHERE country_id = ?1".into());
            clears.push("UPDATE places SET country_id = NULL WHERE country_id = ?1".into());
            removals.push(("evidence", "DELETE FROM evidence WHERE membership_id IN (SELECT id FROM memberships WHERE member_place_id = ?1)".into()));
            removals.push((
                "memberships",
                "DELETE FROM memberships WHERE member_place_id = ?1".into(),
            ));
        }
        Subject::Meeting => return Ok(()),
    }
    for sql in clears {
        tx.execute(&sql, [id])?;
    }
    removals.push((
        "mentions",
        format!("DELETE FROM mentions WHERE {column} = ?1"),
    ));
    removals.push((names, format!("DELETE FROM {names} WHERE {column} = ?1")));
    removals.push((table, format!("DELETE FROM {table} WHERE id = ?1")));
    for (t, sql) in removals {
        let n = tx.execute(&sql, [id])?;
        s.tables.entry(t).or_default().removed += n as u64;
    }
    Ok(())
}

/// Entities and names a person rejected: (entity keys, names), for extraction not to learn
/// them again.
pub(super) fn rejected_entities(
    tx: &Transaction,
) -> rusqlite::Result<(HashSet<String>, HashSet<String>)> {
    let mut keys = HashSet::new();
    let mut names = HashSet::new();
    let mut stmt = tx.prepare("SELECT subject, value FROM decisions WHERE action = 'reject'")?;
    for r in stmt.query_map([], |r| Ok((r.get::<_, String>(0)?, r.get::<_, String>(1)?)))? {
        let (subject, value) = r?;
        if value.is_empty() {
            keys.insert(subject);
        } else {
            names.insert(value);
        }
    }
    Ok((keys, names))
}

fn count_updates(s: &mut Summary, table: &'static str, n: usize) {
    for _ in 0..n {
        s.count(table, Change::Updated);
    }
}

/// Merges entity `from` into `into`: every reference moves, `from`'s names become names of
/// `into`, and `from` (kept as JSON in the decision) is deleted.
fn merge(
    tx: &Transaction,
    decision: i64,
    kind: Subject,
    from: i64,
    into: i64,
    s: &mut Summary,
) -> rusqlite::Result<()> {
    let (table, names, column) = match kind {
        Subject::Person => ("people", "person_names", "person_id"),
        Subject::Organization => ("organizations", "organization_names", "organization_id"),
        _ => return Ok(()),
    };
    tx.execute(
        &format!(
            "UPDATE decisions SET removed = (
               SELECT json_object('key', t.key, 'name', t.name, 'method', t.method,
                 'names', json((SELECT json_group_array(n.name) FROM {names} n WHERE n.{column} = t.id)))
               FROM {table} t WHERE t.id = ?2)
             WHERE id = ?1 AND removed IS NULL"
        ),
        params![decision, from],
    )?;
    // A meeting both took part in keeps one participant row (the one that stays).
    tx.execute(
        &format!(
            "DELETE FROM participants WHERE {column} = ?1
               AND meeting_id IN (SELECT meeting_id FROM participants WHERE {column} = ?2)"
        ),
        params![from, into],
    )?;
    let mut statements = vec![
        format!("UPDATE participants SET {column} = ?2 WHERE {column} = ?1"),
        format!("UPDATE positions SET {column} = ?2 WHERE {column} = ?1"),
        format!("UPDATE mentions SET {column} = ?2 WHERE {column} = ?1"),
        // Names: each of `from`'s names becomes one of `into`'s, as a spelling of it.
        format!(
            "INSERT INTO {names} ({column}, name, kind)
             SELECT ?2, name, CASE kind WHEN 'official' THEN 'spelling' ELSE kind END FROM {names} WHERE {column} = ?1
             ON CONFLICT DO NOTHING"
        ),
    ];
    if kind == Subject::Organization {
        statements.extend([
            "UPDATE memberships SET organization_id = ?2 WHERE organization_id = ?1".to_string(),
            "UPDATE memberships SET member_organization_id = ?2 WHERE member_organization_id = ?1"
                .to_string(),
            "UPDATE organizations SET part_of_id = ?2 WHERE part_of_id = ?1".to_string(),
        ]);
    }
    for sql in statements {
        tx.execute(&sql, params![from, into])?;
    }
    tx.execute(&format!("DELETE FROM {names} WHERE {column} = ?1"), [from])?;
    tx.execute(&format!("DELETE FROM {table} WHERE id = ?1"), [from])?;
    s.tables.entry(table).or_default().removed += 1;
    Ok(())
}
