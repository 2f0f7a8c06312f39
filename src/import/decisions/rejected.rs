//! What a person rejected, as the writers and extraction need it: not to write it again.

use std::collections::HashSet;

use rusqlite::Transaction;

use crate::source::curated::CuratedRows;

/// The sentences that reported a rejected meeting, as (article id, start, kind): extraction
/// does not report that meeting from them again, whatever key it would now give it.
pub(in crate::import) fn rejected_sentences(
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
pub(in crate::import) fn without_rejected(
    tx: &Transaction,
    c: &CuratedRows,
) -> rusqlite::Result<CuratedRows> {
    let Rejected {
        keys,
        names: name_pairs,
    } = Rejected::load(tx)?;
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
        files: c.files.clone(),
    })
}

/// What a person rejected, read once: whole meetings and entities by key, and single names of
/// an entity as (entity key, name).
pub(in crate::import) struct Rejected {
    pub(in crate::import) keys: HashSet<String>,
    pub(in crate::import) names: HashSet<(String, String)>,
}

impl Rejected {
    pub(in crate::import) fn load(tx: &Transaction) -> rusqlite::Result<Rejected> {
        let mut out = Rejected {
            keys: HashSet::new(),
            names: HashSet::new(),
        };
        let mut stmt =
            tx.prepare("SELECT subject, value FROM decisions WHERE action = 'reject'")?;
        for r in stmt.query_map([], |r| Ok((r.get::<_, String>(0)?, r.get::<_, String>(1)?)))? {
            let (subject, value) = r?;
            if value.is_empty() {
                out.keys.insert(subject);
            } else {
                out.names.insert((subject, value));
            }
        }
        Ok(out)
    }

    /// Whether this name of any entity was rejected.
    pub(in crate::import) fn name(&self, name: &str) -> bool {
        self.names.iter().any(|(_, n)| n == name)
    }
}
