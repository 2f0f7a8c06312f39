//! A person's decisions about the catalog (decisions.csv): checked like every curated file,
//! stored in `decisions` with their file, line, author and reason, and applied again at the end
//! of every import, so that no later import or extraction brings back what was corrected.

mod check;
mod entities;
pub(super) mod rejected;
mod subject;
mod summaries;
mod withdraw;

use rusqlite::{params, OptionalExtension, Transaction};

use super::removals::canonical;
use super::store::date_values;
use super::summary::{Change, Summary};
use crate::model::{DecisionAction, MeetingKind, Role};
use crate::source::curated::{DecisionRow, Located};

pub(super) use check::check;
use entities::{merge, reject_entity};
pub(super) use rejected::{rejected_sentences, without_rejected, Rejected};
pub(super) use subject::Subject;
use subject::{delete_meeting, participant};
pub(super) use summaries::resay_place;
use withdraw::row_key;
pub(super) use withdraw::{dropped, rejoin, withdraw, Dropped};

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

/// Stores this import's decisions (a decision already recorded keeps its author and time; its
/// reason, and its line when its file gave it again, are updated), and which file gives each
/// (curated_rows), so that a row deleted from the file withdraws it. A decision whose line
/// alone moved (a row above it deleted) is counted unchanged: the decision is the same.
pub(super) fn record(
    tx: &Transaction,
    rows: &[Located<DecisionRow>],
    author: &str,
    now: &str,
    s: &mut Summary,
) -> rusqlite::Result<()> {
    // Files of this import that no longer give a decision they gave (withdrawn before this).
    let files: std::collections::HashSet<String> =
        rows.iter().map(|r| canonical(&r.csv_path)).collect();
    for row in rows {
        let value = row.opt("value").unwrap_or("");
        let file = canonical(&row.csv_path);
        let existing: Option<(i64, Option<String>, String, i64)> = tx
            .prepare_cached(
                "SELECT id, reason, file, line FROM decisions WHERE subject = ?1 AND action = ?2 AND value = ?3",
            )?
            .query_row(params![row.subject, row.action, value], |r| {
                Ok((r.get(0)?, r.get(1)?, r.get(2)?, r.get(3)?))
            })
            .optional()?;
        let reason = row.opt("reason").map(str::to_string);
        let line = row.csv_line as i64;
        let change = match existing {
            Some((id, old_reason, old_at, old_line)) => {
                let at = old_at.clone();
                // Its file and line as they are now: the same file (rows above it deleted or
                // added), or this one when the file it was read from is imported without it.
                let (at, at_line) = if at == file || files.contains(&at) && !gives(rows, &at, row) {
                    (file.clone(), line)
                } else {
                    (at, old_line)
                };
                let n = tx
                    .prepare_cached(
                        "UPDATE decisions SET reason = ?1, file = ?2, line = ?3
                         WHERE id = ?4 AND (reason IS NOT ?1 OR file <> ?2 OR line <> ?3)",
                    )?
                    .execute(params![reason, at, at_line, id])?;
                if n == 0 {
                    Change::Unchanged
                } else if old_reason == reason && old_at == at {
                    s.moved += 1;
                    Change::Unchanged
                } else {
                    Change::Updated
                }
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
                    file,
                    line,
                    author,
                    now
                ])?;
                Change::New
            }
        };
        s.count("decisions", change);
        let n = tx
            .prepare_cached(
                "INSERT OR IGNORE INTO curated_rows (file, table_name, row_key) VALUES (?1, 'decisions', ?2)",
            )?
            .execute(params![file, row_key(&row.subject, &row.action, value)])?;
        s.tables.entry("curated_rows").or_default().new += n as u64;
    }
    Ok(())
}

/// Whether the decisions file `file` of this import gives the same decision as `row`.
fn gives(rows: &[Located<DecisionRow>], file: &str, row: &Located<DecisionRow>) -> bool {
    rows.iter().any(|r| {
        canonical(&r.csv_path) == file
            && r.subject == row.subject
            && r.action == row.action
            && r.opt("value") == row.opt("value")
    })
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
                // What is taken out is kept with the decision (the first time it is applied),
                // so that withdrawing the decision gives it back.
                let learned = if kind == Subject::Place {
                    "'curated', 'article_id', NULL"
                } else {
                    "n.method, 'article_id', n.article_id"
                };
                let mentions = format!(
                    "(SELECT count(*) FROM mentions m WHERE m.{column} = n.{column} AND m.surface = n.name)"
                );
                tx.prepare(&format!(
                    "UPDATE decisions SET removed = (
                       SELECT json_object('entity', ?3, 'name', n.name, 'kind', n.kind,
                         'method', {learned}, 'mentions', {mentions})
                       FROM {names} n WHERE n.{column} = ?2 AND n.name = ?4)
                     WHERE id = ?1 AND removed IS NULL
                       AND EXISTS (SELECT 1 FROM {names} WHERE {column} = ?2 AND name = ?4)"
                ))?
                .execute(params![decision, id, kind.table(), value])?;
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
            delete_meeting(tx, m, s)?;
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
            // A place of the world gazetteer no article named yet is made first.
            let place = match id_of(tx, "places", value)? {
                Some(id) => Some(id),
                None => crate::import::places::world_place_with_key(value)
                    .map(|i| crate::import::places::world_place_for_decision(tx, i, s))
                    .transpose()?,
            };
            let before: Option<(i64, Option<String>)> = tx
                .prepare_cached(
                    "SELECT m.id, p.name FROM meetings m LEFT JOIN places p ON p.id = m.place_id
                     WHERE m.key = ?1 AND m.place_id IS NOT ?2",
                )?
                .query_row(params![subject, place], |r| Ok((r.get(0)?, r.get(1)?)))
                .optional()?;
            let n = tx
                .prepare_cached(
                    "UPDATE meetings SET place_id = ?1 WHERE key = ?2 AND place_id IS NOT ?1",
                )?
                .execute(params![place, subject])?;
            count_updates(s, "meetings", n);
            if let Some((m, old)) = before {
                let new: Option<String> = tx
                    .prepare_cached("SELECT name FROM places WHERE id = ?1")?
                    .query_row([place], |r| r.get(0))
                    .optional()?;
                // The meeting's row is counted as updated once, above.
                let mut once = Summary::default();
                summaries::resay_place(tx, &[m], old.as_deref(), new.as_deref(), &mut once)?;
            }
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
                    let old: String = tx
                        .prepare(&format!(
                            "SELECT name FROM {} WHERE id = ?1",
                            subject_kind.table()
                        ))?
                        .query_row([id], |r| r.get(0))?;
                    // The name before, kept with the decision, so that withdrawing it gives
                    // the name back.
                    tx.prepare(&format!(
                        "UPDATE decisions SET removed = (SELECT json_object('name', name) FROM {} WHERE id = ?2)
                         WHERE id = ?1 AND removed IS NULL
                           AND (SELECT name FROM {} WHERE id = ?2) <> ?3",
                        subject_kind.table(),
                        subject_kind.table()
                    ))?
                    .execute(params![decision, id, value])?;
                    let n = tx
                        .prepare(&format!(
                            "UPDATE {} SET name = ?1 WHERE id = ?2 AND name <> ?1",
                            subject_kind.table()
                        ))?
                        .execute(params![value, id])?;
                    count_updates(s, subject_kind.table(), n);
                    summaries::resay(tx, subject_kind, id, &old, value, s)?;
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
            // Only the last decision about a participant of a meeting takes effect; an earlier
            // remove clears the way for a later add (a role changed) but leaves the row that
            // add gives. Applied again at every import, a remove and an add would otherwise
            // take the participant out and put it back each time (never "up to date").
            let n = match (action, last_about(tx, decision, subject, key)?) {
                (AddParticipant, None) => tx
                    .prepare_cached(
                        "INSERT INTO participants (meeting_id, person_id, organization_id, role, method)
                         VALUES (?1, ?2, ?3, ?4, 'curated') ON CONFLICT DO NOTHING",
                    )?
                    .execute(params![m, person, organization, role.as_str()])?,
                (RemoveParticipant, None) => tx
                    .prepare_cached(
                        "DELETE FROM participants WHERE meeting_id = ?1
                           AND coalesce(person_id, 0) = coalesce(?2, 0) AND coalesce(organization_id, 0) = coalesce(?3, 0)",
                    )?
                    .execute(params![m, person, organization])?,
                (RemoveParticipant, Some((AddParticipant, added))) => tx
                    .prepare_cached(
                        "DELETE FROM participants WHERE meeting_id = ?1
                           AND coalesce(person_id, 0) = coalesce(?2, 0) AND coalesce(organization_id, 0) = coalesce(?3, 0)
                           AND NOT (role = ?4 AND method = 'curated')",
                    )?
                    .execute(params![m, person, organization, added.as_str()])?,
                // A later decision about this participant decides.
                _ => 0,
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

/// The last decision recorded after `decision` about the participant `key` of the meeting
/// `subject` (added or removed), with the role an add gives.
fn last_about(
    tx: &Transaction,
    decision: i64,
    subject: &str,
    key: &str,
) -> rusqlite::Result<Option<(DecisionAction, Role)>> {
    let mut stmt = tx.prepare_cached(
        "SELECT action, value FROM decisions
         WHERE subject = ?1 AND id > ?2 AND action IN ('add-participant', 'remove-participant')
         ORDER BY id",
    )?;
    let rows = stmt.query_map(params![subject, decision], |r| {
        Ok((r.get::<_, String>(0)?, r.get::<_, String>(1)?))
    })?;
    let mut last = None;
    for row in rows {
        let (action, value) = row?;
        let (Ok(action), Ok((k, role))) = (action.parse::<DecisionAction>(), participant(&value))
        else {
            continue;
        };
        if k == key {
            last = Some((action, role));
        }
    }
    Ok(last)
}

fn count_updates(s: &mut Summary, table: &'static str, n: usize) {
    for _ in 0..n {
        s.count(table, Change::Updated);
    }
}
