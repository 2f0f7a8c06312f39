//! A name belongs to one entity: a name that `names.csv` gives a person, organization or place
//! must not be the name of another one, in the catalog or in this import, as articles read
//! names (case, accents and punctuation aside). Given to two, articles naming it could no
//! longer tell which one they mean (both would lose their mentions and meetings), and `-p`
//! lookups of it would be ambiguous. The `add-alias` and `rename` decisions keep the same rule,
//! and places.csv keeps it for a place's own name.

use std::collections::{HashMap, HashSet};

use rusqlite::Connection;

use crate::extract::names::fold;
use crate::source::curated::CuratedRows;
use crate::source::Problem;

/// One who has a name: what it is, its key, the name as written, and where it has it (the
/// catalog, or a curated file and line of this import).
struct Owner {
    noun: &'static str,
    key: String,
    name: String,
    at: Option<String>,
}

/// The entities' tables: (table, its names table, that table's column of the entity, noun).
const TABLES: [(&str, &str, &str, &str); 3] = [
    ("people", "person_names", "person_id", "a person"),
    (
        "organizations",
        "organization_names",
        "organization_id",
        "an organization",
    ),
    ("places", "place_names", "place_id", "a place"),
];

fn folded(name: &str) -> String {
    fold(name).text.trim().to_string()
}

/// Checks every row of names.csv: its name must be no other entity's. `going`: the names
/// (entity key, name) this import removes (their rows deleted from names.csv), which no longer
/// stand in the way.
pub(super) fn check(
    conn: &Connection,
    c: &CuratedRows,
    going: &HashSet<(String, String)>,
    problems: &mut Vec<Problem>,
) -> rusqlite::Result<()> {
    if c.names.is_empty() {
        return Ok(());
    }
    // Only the names that names.csv gives are looked for.
    let wanted: HashSet<String> = c
        .names
        .iter()
        .map(|r| folded(&r.name))
        .filter(|f| !f.is_empty())
        .collect();
    let mut owners: HashMap<String, Vec<Owner>> = HashMap::new();
    // Each entity's own name (its `name` column), as this import gives it or the catalog has it.
    let mut canonical: HashMap<String, String> = HashMap::new();
    for (table, names, column, noun) in TABLES {
        let mut stmt = conn.prepare(&format!(
            "SELECT t.key, n.name, 0 FROM {names} n JOIN {table} t ON t.id = n.{column}
             UNION ALL SELECT key, name, 1 FROM {table}"
        ))?;
        let rows = stmt.query_map([], |r| {
            Ok((
                r.get::<_, String>(0)?,
                r.get::<_, String>(1)?,
                r.get::<_, bool>(2)?,
            ))
        })?;
        for row in rows {
            let (key, name, own) = row?;
            let f = folded(&name);
            if own {
                canonical.insert(key.clone(), f.clone());
            } else if going.contains(&(key.clone(), name.clone())) {
                continue;
            }
            if wanted.contains(&f) {
                owners.entry(f).or_default().push(Owner {
                    noun,
                    key,
                    name,
                    at: None,
                });
            }
        }
    }
    let entities = c
        .people
        .iter()
        .map(|r| ("a person", &r.key, &r.name, &r.csv_path, r.csv_line))
        .chain(
            c.organizations
                .iter()
                .map(|r| ("an organization", &r.key, &r.name, &r.csv_path, r.csv_line)),
        )
        .chain(
            c.places
                .iter()
                .map(|r| ("a place", &r.key, &r.name, &r.csv_path, r.csv_line)),
        );
    for (noun, key, name, file, line) in entities {
        let f = folded(name);
        canonical.insert(key.clone(), f.clone());
        if wanted.contains(&f) {
            owners.entry(f).or_default().push(Owner {
                noun,
                key: key.clone(),
                name: name.clone(),
                at: Some(format!("{file}:{line}")),
            });
        }
    }

    // The names names.csv gives, as it gives them: a second entity given the same name is
    // named with the line that gave it to the first.
    let mut given: HashMap<String, (String, String, u64)> = HashMap::new();
    for row in &c.names {
        let (entity, name) = (row.entity.as_str(), row.name.as_str());
        let f = folded(name);
        if entity.is_empty() || f.is_empty() {
            continue;
        }
        // Its own name: namesakes already share it, and this row changes nothing about that.
        if canonical.get(entity) == Some(&f) {
            continue;
        }
        let other = owners
            .get(&f)
            .into_iter()
            .flatten()
            .find(|o| o.key != entity);
        if let Some(o) = other {
            let at =
                o.at.as_deref()
                    .map(|a| format!(", at {a}"))
                    .unwrap_or_else(|| ", in the catalog".to_string());
            problems.push(row.problem(
                "name",
                format!(
                    "is already the name of {} ({}{at}: {:?}); a name belongs to one entity, or articles naming it could not tell which one they mean: if {entity} and {} are one, merge them (a decisions.csv row `{},merge,{entity}`), otherwise delete this row or give a name that is {entity}'s alone",
                    o.key, o.noun, o.name, o.key, o.key
                ),
            ));
            continue;
        }
        match given.get(&f) {
            Some((first, file, line)) if first != entity => problems.push(row.problem(
                "name",
                format!(
                    "{file}:{line} gives this name to {first}; a name belongs to one entity: keep one of the two rows, or, if {first} and {entity} are one, merge them (a decisions.csv row `{entity},merge,{first}`)"
                ),
            )),
            Some(_) => {}
            None => {
                given.insert(
                    f,
                    (entity.to_string(), row.csv_path.clone(), row.csv_line),
                );
            }
        }
    }
    Ok(())
}

/// A place a row of this import gives: key, country, file, line.
type GivenPlace<'a> = (&'a str, Option<&'a str>, &'a str, u64);

/// Checks every row of places.csv: a place must not take the name of another place of its kind
/// that could be the same one (no country on either side, or the same country), in the catalog
/// (a city of the world gazetteer an article named) or in this import. Two such places could
/// not be told apart: articles naming them, and `-p place=` lookups, would be ambiguous.
pub(super) fn check_places(
    conn: &Connection,
    c: &CuratedRows,
    problems: &mut Vec<Problem>,
) -> rusqlite::Result<()> {
    let mut in_catalog = conn.prepare_cached(
        "SELECT p.key, p.name, c.key FROM places p LEFT JOIN places c ON c.id = p.country_id
         WHERE p.kind = ?2 AND p.key <> ?3
           AND (lower(p.name) = lower(?1)
                OR EXISTS (SELECT 1 FROM place_names n WHERE n.place_id = p.id AND lower(n.name) = lower(?1)))
         ORDER BY p.id",
    )?;
    // (folded name, kind) -> the rows of this import that give it: key, country, file, line.
    let mut given: HashMap<(String, String), Vec<GivenPlace>> = HashMap::new();
    for row in &c.places {
        let (key, name, kind) = (row.key.as_str(), row.name.as_str(), row.kind.as_str());
        let f = folded(name);
        if key.is_empty() || f.is_empty() || kind.is_empty() {
            continue;
        }
        let country = row.country.as_deref().filter(|c| !c.is_empty());
        let same_country =
            |other: Option<&str>| country.is_none() || other.is_none() || other == country;
        let taken: Option<(String, String, Option<String>)> = in_catalog
            .query_map(rusqlite::params![name, kind, key], |r| {
                Ok((r.get(0)?, r.get(1)?, r.get(2)?))
            })?
            .collect::<rusqlite::Result<Vec<(String, String, Option<String>)>>>()?
            .into_iter()
            .find(|(_, _, other)| same_country(other.as_deref()));
        if let Some((other, other_name, other_country)) = taken {
            let lies = other_country
                .map(|c| format!(" in {c}"))
                .unwrap_or_default();
            problems.push(row.problem(
                "name",
                format!(
                    "is already the name of the {kind} {other} ({other_name:?}{lies}, in the catalog); two places of one name could not be told apart in articles or `-p place=`: to mean that place, use its key {other} instead of {key} (and delete this row), otherwise give this place a name that is its alone"
                ),
            ));
            continue;
        }
        let earlier = given.entry((f, kind.to_string())).or_default();
        if let Some((first, _, file, line)) = earlier
            .iter()
            .find(|(k, other, _, _)| *k != key && same_country(*other))
        {
            problems.push(row.problem(
                "name",
                format!(
                    "{file}:{line} gives this name to the {kind} {first}; two places of one name could not be told apart in articles or `-p place=`: use the key {first} for both, or give each place a name of its own"
                ),
            ));
            continue;
        }
        earlier.push((key, country, row.csv_path.as_str(), row.csv_line));
    }
    Ok(())
}
