//! An extracted meeting a person made a decision about without accepting it (set its kind,
//! date or place, added or removed a participant): extraction finds it again by its sentence
//! and keeps it, under its key (the decisions' subject), adding nothing to it. But a decision
//! fixes only what it sets: the date and the place no decision sets follow what extraction
//! reads now, as they would for a meeting nobody decided about (an article whose date is now
//! known gives its meeting the year). An accepted meeting is verified as a whole, and stays as
//! it is.

use std::collections::HashMap;

use rusqlite::{params, OptionalExtension, Transaction};

use super::matching::Stored;
use super::store::partial_date_values;
use super::summary::{Change, Summary};
use crate::extract::Encounter;
use crate::model::date::PartialDate;

/// Whether `new` says more of the same days than `old`: the year of a day known without one
/// (`XXXX-03-14` -> `2024-03-14`), or a day within a month or year (`2024-03` -> `2024-03-14`).
fn refines(old: &PartialDate, new: &PartialDate) -> bool {
    let (old_s, new_s) = (old.to_string(), new.to_string());
    if old_s == new_s {
        return false;
    }
    if old_s.starts_with("XXXX") {
        return new_s
            .get(..4)
            .is_some_and(|year| new_s.replace(year, "XXXX") == old_s);
    }
    match (
        old.earliest().zip(old.latest()),
        new.earliest().zip(new.latest()),
    ) {
        (Some((oe, ol)), Some((ne, nl))) => oe <= ne && nl <= ol,
        _ => false,
    }
}

/// Brings the date and place of a decided, not accepted, extracted meeting `m` up to what
/// extraction reads in this article now (`e`), where no decision sets them. A meeting that
/// other articles report too only gains what refines it (a date's year, a city in its
/// country), so that its articles never take its date or place in turns. Returns what changed,
/// for the import's line about the meeting.
pub(super) fn follow_extraction(
    tx: &Transaction,
    m: &Stored,
    e: &Encounter,
    article: i64,
    place_country: &HashMap<i64, i64>,
    s: &mut Summary,
) -> rusqlite::Result<Vec<String>> {
    let decided = |action: &str| -> rusqlite::Result<bool> {
        tx.prepare_cached("SELECT 1 FROM decisions WHERE subject = ?1 AND action = ?2")?
            .exists(params![m.key, action])
    };
    let other_sources = tx
        .prepare_cached(
            "SELECT 1 FROM evidence WHERE meeting_id = ?1 AND article_id <> ?2 LIMIT 1",
        )?
        .exists(params![m.id, article])?;
    let mut changed = Vec::new();
    if let Some(new) = e.date.filter(|d| m.date.as_ref() != Some(d)) {
        let follows = match &m.date {
            None => true,
            Some(old) => !other_sources || refines(old, &new),
        };
        if follows && !decided("set-date")? {
            let [d0, d1, d2, d3] = partial_date_values(Some(new), e.date_text.as_deref());
            tx.prepare_cached(
                "UPDATE meetings SET date = ?1, date_text = ?2, date_earliest = ?3, date_latest = ?4, date_basis = ?5 WHERE id = ?6",
            )?
            .execute(params![d0, d1, d2, d3, e.basis.as_str(), m.id])?;
            changed.push(format!("its date follows the article: {new}"));
        }
    }
    if let Some(new) = e.place.filter(|p| m.place != Some(*p)) {
        let follows = match m.place {
            None => true,
            Some(old) => !other_sources || place_country.get(&new) == Some(&old),
        };
        if follows && !decided("set-place")? {
            let name = |id: Option<i64>| -> rusqlite::Result<Option<String>> {
                tx.prepare_cached("SELECT name FROM places WHERE id = ?1")?
                    .query_row([id], |r| r.get(0))
                    .optional()
            };
            let (old_name, new_name) = (name(m.place)?, name(Some(new))?);
            tx.prepare_cached("UPDATE meetings SET place_id = ?1 WHERE id = ?2")?
                .execute(params![new, m.id])?;
            // The summary says the place (counted with the meeting's row, below).
            let mut once = Summary::default();
            super::decisions::resay_place(
                tx,
                &[m.id],
                old_name.as_deref(),
                new_name.as_deref(),
                &mut once,
            )?;
            changed.push(format!(
                "its place follows the article: {}",
                new_name.unwrap_or_default()
            ));
        }
    }
    if !changed.is_empty() {
        s.count("meetings", Change::Updated);
    }
    Ok(changed)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn date(s: &str) -> PartialDate {
        PartialDate::parse(s).unwrap_or_else(|e| panic!("{s}: {e:?}"))
    }

    #[test]
    fn a_date_is_refined_by_its_year_or_a_day_within_it_never_by_another() {
        assert!(refines(&date("XXXX-03-14"), &date("2024-03-14")));
        assert!(refines(&date("2024-03"), &date("2024-03-14")));
        assert!(refines(&date("2024"), &date("2024-03-14")));
        assert!(!refines(&date("2024-03-14"), &date("XXXX-03-14")));
        assert!(!refines(&date("2024-03-14"), &date("2024-03")));
        assert!(!refines(&date("XXXX-03-14"), &date("2024-03-15")));
        assert!(!refines(&date("2023-03-14"), &date("2024-03-14")));
        assert!(!refines(&date("2024-03-14"), &date("2024-03-14")));
    }
}
