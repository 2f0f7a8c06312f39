//! What extraction teaches the catalog besides meetings: people and organizations it did not
//! know (with the name and the article they were learned from), acronyms, and the positions
//! that titles in the text show.

use std::collections::BTreeSet;

use rusqlite::types::Value;
use rusqlite::{OptionalExtension, Transaction};

use super::matching::{Article, Catalog};
use super::store::{text, upsert};
use super::summary::{Change, Summary};
use crate::extract::names::fold;
use crate::extract::sentences::sentence_at;
use crate::extract::sentences::Sentence;
use crate::extract::{title_key, PersonCue};
use crate::model::Method;

pub(super) fn new_person(
    tx: &Transaction,
    cue: &PersonCue,
    a: &Article,
    s: &mut Summary,
) -> rusqlite::Result<i64> {
    let base = slug(&cue.name);
    let mut key = base.clone();
    let mut n = 2;
    loop {
        let existing: Option<(i64, String)> = tx
            .prepare_cached("SELECT id, name FROM people WHERE key = ?1")?
            .query_row([&key], |r| Ok((r.get(0)?, r.get(1)?)))
            .optional()?;
        match existing {
            None => break,
            Some((id, name)) if fold(&name).text == fold(&cue.name).text => return Ok(id),
            Some(_) => {
                key = format!("{base}-{n}");
                n += 1;
            }
        }
    }
    let (id, c) = upsert(
        tx,
        "people",
        &[("key", text(Some(&key)))],
        &[
            ("name", text(Some(&cue.name))),
            (
                "description",
                text(Some(&if cue.title.is_empty() {
                    format!("seen in {}", a.file_name)
                } else {
                    format!("{} (seen in {})", cue.title, a.file_name)
                })),
            ),
            ("method", text(Some(Method::Extracted.as_str()))),
        ],
        &[],
    )?;
    s.count("people", c);
    learn_name(
        tx,
        "person_names",
        ("person_id", id),
        &cue.name,
        "official",
        a,
        s,
    )?;
    Ok(id)
}

/// A name of a person or organization learned from an article.
pub(super) fn learn_name(
    tx: &Transaction,
    table: &'static str,
    (owner_column, owner): (&str, i64),
    name: &str,
    kind: &str,
    a: &Article,
    s: &mut Summary,
) -> rusqlite::Result<()> {
    let (_, c) = upsert(
        tx,
        table,
        &[
            (owner_column, Value::Integer(owner)),
            ("name", text(Some(name))),
        ],
        &[
            ("kind", text(Some(kind))),
            ("method", text(Some(Method::Extracted.as_str()))),
            ("article_id", Value::Integer(a.id)),
        ],
        &[],
    )?;
    s.count(table, c);
    Ok(())
}

/// A known organization's new acronym, or a new organization with its acronym.
pub(super) fn learn_organization(
    tx: &Transaction,
    name: &str,
    acronym: &str,
    known: Option<i64>,
    a: &Article,
    s: &mut Summary,
) -> rusqlite::Result<Option<String>> {
    // An acronym some organization already has is not learned again (nor given to another).
    let taken: Option<i64> = tx
        .prepare_cached("SELECT organization_id FROM organization_names WHERE name = ?1")?
        .query_row([acronym], |r| r.get(0))
        .optional()?;
    if taken.is_some() {
        return Ok(None);
    }
    let (org, line) = match known {
        Some(id) => (id, format!("learned acronym {acronym:?} for {name:?}")),
        None => {
            let key = slug(name);
            if key.is_empty() {
                return Ok(None);
            }
            let existing: Option<i64> = tx
                .prepare_cached("SELECT id FROM organizations WHERE key = ?1")?
                .query_row([&key], |r| r.get(0))
                .optional()?;
            let id = match existing {
                Some(id) => id,
                None => {
                    let (id, c) = upsert(
                        tx,
                        "organizations",
                        &[("key", text(Some(&key)))],
                        &[
                            ("name", text(Some(name))),
                            ("kind", text(Some("other"))),
                            (
                                "description",
                                text(Some(&format!(
                                    "seen as {name} ({acronym}) in {}",
                                    a.file_name
                                ))),
                            ),
                            ("method", text(Some(Method::Extracted.as_str()))),
                        ],
                        &[],
                    )?;
                    s.count("organizations", c);
                    learn_name(
                        tx,
                        "organization_names",
                        ("organization_id", id),
                        name,
                        "official",
                        a,
                        s,
                    )?;
                    id
                }
            };
            (id, format!("new organization {name:?} ({acronym})"))
        }
    };
    learn_name(
        tx,
        "organization_names",
        ("organization_id", org),
        acronym,
        "acronym",
        a,
        s,
    )?;
    Ok(Some(line))
}

fn key_words(key: &str) -> BTreeSet<&str> {
    key.split(' ').filter(|w| !w.is_empty()).collect()
}

/// The position a title cue describes: an existing one of that person whose title has the
/// same words (or more: "Minister" is the "Minister of Foreign Affairs" already known), or a
/// new extracted one seen at the article's date, with the sentence as evidence.
pub(super) fn position_for(
    tx: &Transaction,
    cue: &PersonCue,
    a: &Article,
    sentences: &[Sentence],
    catalog: &Catalog,
    titles: &mut Vec<(i64, String, Option<i64>)>,
    s: &mut Summary,
) -> rusqlite::Result<Option<(i64, bool)>> {
    let Some(person) = cue.person else {
        return Ok(None);
    };
    // A name introduced by a courtesy title alone holds no position, nor one named as someone's
    // spouse ("and his spouse B").
    if cue.title_key.is_empty() || matches!(cue.title_key.as_str(), "spouse" | "wife" | "husband") {
        return Ok(None);
    }
    // The post as stored, and as the text refers to it: "her Tanzanian counterpart, B" holds
    // the post of the one before ("Foreign Minister") under the key "counterpart"; either
    // finds the position again, so importing the text again adds none.
    let want = key_words(&cue.title_key);
    let stored_key = title_key(&cue.title);
    let stored = key_words(&stored_key);
    let mut stmt =
        tx.prepare_cached("SELECT id, title, organization_id FROM positions WHERE person_id = ?1")?;
    let mut existing: Vec<(i64, String, Option<i64>)> = stmt
        .query_map([person], |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)))?
        .collect::<rusqlite::Result<_>>()?;
    // Sorted here: SQLite would plan an ORDER BY of rows found by a bound value again for
    // every value.
    existing.sort_unstable_by_key(|p| p.0);
    for (id, title, org) in &existing {
        let k = title_key(title);
        let have = key_words(&k);
        let org_ok = cue.organization.is_none() || org.is_none() || *org == cue.organization;
        let fits = |w: &BTreeSet<&str>| !w.is_empty() && (w.is_subset(&have) || have.is_subset(w));
        if org_ok && (fits(&want) || fits(&stored)) {
            return Ok(Some((*id, false)));
        }
    }
    let person_key: String = tx
        .prepare_cached("SELECT key FROM people WHERE id = ?1")?
        .query_row([person], |r| r.get(0))?;
    let org_key: Option<String> = match cue.organization {
        Some(o) => Some(
            tx.prepare_cached("SELECT key FROM organizations WHERE id = ?1")?
                .query_row([o], |r| r.get(0))?,
        ),
        None => None,
    };
    let key = format!(
        "{person_key}-{}",
        slug(&format!(
            "{} {}",
            cue.title_key,
            org_key.unwrap_or_default()
        ))
    );
    // A key already used by another position (a curated one, say) is never taken over.
    let mut key = key;
    let mut n = 2;
    while tx
        .prepare_cached("SELECT 1 FROM positions WHERE key = ?1")?
        .exists([&key])?
    {
        key = format!("{key}-{n}");
        n += 1;
    }
    // "Mauritanian Ambassador to Morocco": the adjective before the title says whose post it
    // is, over a place inside it; the import made the country a place of the catalog.
    let of_adjective = match cue
        .country
        .and_then(|iso| crate::extract::world::WORLD.country(iso))
    {
        Some(c) => tx
            .prepare_cached("SELECT id FROM places WHERE geonames_id = ?1")?
            .query_row([crate::extract::world::WORLD.place(c).geonames_id], |r| {
                r.get::<_, i64>(0)
            })
            .optional()?,
        None => None,
    };
    let country = of_adjective.or(cue.place.filter(|p| catalog.place_rank.get(p) == Some(&0)));
    let (id, c) = upsert(
        tx,
        "positions",
        &[("key", text(Some(&key)))],
        &[
            ("person_id", Value::Integer(person)),
            ("title", text(Some(&cue.title))),
            (
                "organization_id",
                cue.organization.map(Value::Integer).unwrap_or(Value::Null),
            ),
            (
                "country_id",
                country.map(Value::Integer).unwrap_or(Value::Null),
            ),
            ("method", text(Some(Method::Extracted.as_str()))),
        ],
        &[("seen_date", text(a.published.as_deref()))],
    )?;
    s.count("positions", c);
    titles.push((person, cue.title_key.clone(), cue.organization));
    let sentence = sentence_at(sentences, cue.sentence);
    let (_, c) = upsert(
        tx,
        "evidence",
        &[
            ("article_id", Value::Integer(a.id)),
            ("meeting_id", Value::Null),
            ("position_id", Value::Integer(id)),
            ("membership_id", Value::Null),
            ("start_char", Value::Integer(cue.sentence.0 as i64)),
        ],
        &[
            ("sentence", text(Some(sentence))),
            ("end_char", Value::Integer(cue.sentence.1 as i64)),
            ("method", text(Some(Method::Extracted.as_str()))),
            ("confidence", Value::Real(0.8)),
        ],
        &[],
    )?;
    s.count("evidence", c);
    Ok(Some((id, c == Change::New)))
}

/// A key's readable part: the name folded, its words joined by hyphens, at most 60 characters.
pub(super) fn slug(s: &str) -> String {
    let f = fold(s).text;
    let mut out = String::new();
    for c in f.chars() {
        if c.is_ascii_alphanumeric() {
            out.push(c);
        } else if !out.ends_with('-') {
            out.push('-');
        }
    }
    out.trim_matches('-').chars().take(60).collect()
}
