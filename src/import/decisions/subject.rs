//! What a decision is about (a meeting, a person, an organization or a place), a participant
//! it adds or removes, and deleting a meeting it rejects or withdraws.

use rusqlite::Transaction;

use crate::import::summary::Summary;
use crate::model::Role;

/// What a key names, for deciding which actions apply to it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(in crate::import) enum Subject {
    Meeting,
    Person,
    Organization,
    Place,
}

impl Subject {
    pub(super) fn table(self) -> &'static str {
        match self {
            Subject::Meeting => "meetings",
            Subject::Person => "people",
            Subject::Organization => "organizations",
            Subject::Place => "places",
        }
    }
    pub(super) fn noun(self) -> &'static str {
        match self {
            Subject::Meeting => "a meeting",
            Subject::Person => "a person",
            Subject::Organization => "an organization",
            Subject::Place => "a place",
        }
    }
    pub(super) fn names_table(self) -> Option<(&'static str, &'static str)> {
        match self {
            Subject::Meeting => None,
            Subject::Person => Some(("person_names", "person_id")),
            Subject::Organization => Some(("organization_names", "organization_id")),
            Subject::Place => Some(("place_names", "place_id")),
        }
    }
}

/// An add-participant or remove-participant value: `KEY`, or `KEY as ROLE`.
pub(super) fn participant(value: &str) -> Result<(&str, Role), String> {
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

/// Deletes a meeting with its evidence and participants, counting each as removed.
pub(super) fn delete_meeting(
    tx: &Transaction,
    meeting: i64,
    s: &mut Summary,
) -> rusqlite::Result<()> {
    for (table, sql) in [
        ("evidence", "DELETE FROM evidence WHERE meeting_id = ?1"),
        (
            "participants",
            "DELETE FROM participants WHERE meeting_id = ?1",
        ),
        ("meetings", "DELETE FROM meetings WHERE id = ?1"),
    ] {
        let n = tx.prepare_cached(sql)?.execute([meeting])?;
        s.tables.entry(table).or_default().removed += n as u64;
    }
    Ok(())
}
