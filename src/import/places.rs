//! Places the articles name: the world gazetteer's places written into the catalog as an
//! import meets them (with coordinates and country), and a dateline's place found by name.

use std::collections::{HashMap, HashSet};

use rusqlite::types::Value;
use rusqlite::{params, OptionalExtension, Transaction};

use super::summary::{Change, Summary};

/// The catalog's rows of the world gazetteer's places met in this import, and the places this
/// import made (filling those in is part of making them, not an update).
pub(super) struct WorldIds {
    pub(super) by_index: HashMap<usize, i64>,
    pub(super) new: HashSet<i64>,
    /// Keys of places a person rejected (decisions.csv): never made again from the gazetteer.
    pub(super) rejected: HashSet<String>,
}

impl WorldIds {
    /// Whether a person rejected this place of the gazetteer (under any key it may have had).
    pub(super) fn is_rejected(&self, index: usize) -> bool {
        world_keys(crate::extract::world::WORLD.place(index))
            .iter()
            .any(|k| self.rejected.contains(k))
    }
}

/// The keys a place of the gazetteer may be given in the catalog: its name, then with its
/// country's code, then with its GeoNames id, as the first ones are taken.
fn world_keys(p: &crate::extract::world::WorldPlace) -> [String; 3] {
    let base = world_key(p.name);
    [
        format!("{base}-{}", p.country.to_lowercase()),
        format!("{base}-{}", p.geonames_id),
        base,
    ]
}

/// The key a place of the gazetteer is first given in the catalog.
fn world_key(name: &str) -> String {
    crate::extract::names::fold(name)
        .text
        .split_whitespace()
        .collect::<Vec<_>>()
        .join("-")
}

/// The catalog's row for a place of the world gazetteer: the one with its GeoNames id, else a
/// place of that name and kind in the same country (a curated "Baku" gets its coordinates),
/// else a new extracted place with its names. `cache` maps gazetteer indexes to rows.
pub(super) fn world_place(
    tx: &Transaction,
    index: usize,
    cache: &mut WorldIds,
    s: &mut Summary,
) -> rusqlite::Result<i64> {
    use crate::extract::world::{WorldKind, WORLD};
    if let Some(&id) = cache.by_index.get(&index) {
        return Ok(id);
    }
    let p = WORLD.place(index);
    // A city's country, unless a person rejected it (then the city lies in no country, as the
    // reject left it, and the country is not made again).
    let country = match (p.kind, WORLD.country(p.country)) {
        (WorldKind::City, Some(c)) if !cache.is_rejected(c) => Some(world_place(tx, c, cache, s)?),
        _ => None,
    };
    let by_id: Option<i64> = tx
        .prepare_cached("SELECT id FROM places WHERE geonames_id = ?1")?
        .query_row([p.geonames_id], |r| r.get(0))
        .optional()?;
    let same: Option<i64> = match by_id {
        Some(id) => Some(id),
        None => tx
            .prepare_cached(
                "SELECT min(p.id) FROM places p JOIN place_names n ON n.place_id = p.id
                 WHERE lower(n.name) = lower(?1) AND p.kind = ?2 AND p.geonames_id IS NULL
                   AND (?3 IS NULL OR p.country_id IS NULL OR p.country_id = ?3)",
            )?
            .query_row(params![p.name, p.kind.as_str(), country], |r| r.get(0))?,
    };
    let id = match same {
        Some(id) => {
            let n = tx
                .prepare_cached(
                    "UPDATE places SET latitude = ?2, longitude = ?3, geonames_id = ?4
                     WHERE id = ?1 AND (geonames_id IS NOT ?4 OR latitude IS NOT ?2 OR longitude IS NOT ?3)",
                )?
                .execute(params![id, p.latitude, p.longitude, p.geonames_id])?;
            if n > 0 && !cache.new.contains(&id) {
                s.count("places", Change::Updated);
            }
            id
        }
        None => {
            let base = world_key(p.name);
            let taken = |k: &str| -> rusqlite::Result<bool> {
                tx.prepare_cached("SELECT 1 FROM places WHERE key = ?1")?
                    .exists([k])
            };
            let mut key = base.clone();
            if taken(&key)? {
                key = format!("{base}-{}", p.country.to_lowercase());
            }
            if taken(&key)? {
                key = format!("{base}-{}", p.geonames_id);
            }
            tx.prepare_cached(
                "INSERT INTO places (key, name, kind, country_id, method, latitude, longitude, geonames_id)
                 VALUES (?1, ?2, ?3, ?4, 'extracted', ?5, ?6, ?7)",
            )?
            .execute(params![
                key,
                p.name,
                p.kind.as_str(),
                country,
                p.latitude,
                p.longitude,
                p.geonames_id
            ])?;
            s.count("places", Change::New);
            let id = tx.last_insert_rowid();
            for (name, kind) in
                std::iter::once((p.name, "official")).chain(p.aliases.iter().map(|a| (*a, "alias")))
            {
                let n = tx
                    .prepare_cached(
                        "INSERT INTO place_names (place_id, name, kind) VALUES (?1, ?2, ?3)
                         ON CONFLICT DO NOTHING",
                    )?
                    .execute(params![id, name, kind])?;
                if n > 0 {
                    s.count("place_names", Change::New);
                }
            }
            id
        }
    };
    cache.by_index.insert(index, id);
    Ok(id)
}

/// The gazetteer's place that a rejected place was made from: the one of this name whose key
/// would be `key`.
pub(in crate::import) fn world_place_named(name: &str, key: &str) -> Option<usize> {
    use crate::extract::world::WORLD;
    WORLD
        .lookup(name)
        .iter()
        .copied()
        .find(|&i| world_keys(WORLD.place(i)).iter().any(|k| k == key))
}

/// The gazetteer's place a decision names by the key it would have in the catalog ("sydney",
/// "sydney-au") or by a name written as one ("new-york"): a place `set-place` may give a
/// meeting though no article named it yet.
pub(in crate::import) fn world_place_with_key(key: &str) -> Option<usize> {
    use crate::extract::world::WORLD;
    let all = WORLD.places();
    // The plain name first: "sydney" is the most populous Sydney, as an article's would be.
    (0..all.len())
        .filter(|&i| world_keys(&all[i]).iter().any(|k| k == key))
        .max_by_key(|&i| {
            let p = &all[i];
            (world_key(p.name) == key, p.population)
        })
        // "new-york": a name or alias of the gazetteer written as a key, the most populous.
        .or_else(|| {
            WORLD
                .lookup(&key.replace('-', " "))
                .iter()
                .copied()
                .max_by_key(|&i| all[i].population)
        })
        // "nuku-alofa" for "nukualofa": a key with a hyphen more or less, where the name has
        // an apostrophe or is written as one word.
        .or_else(|| {
            let bare = key.replace('-', "");
            (0..all.len())
                .filter(|&i| {
                    world_keys(&all[i])
                        .iter()
                        .any(|k| k.replace('-', "") == bare)
                })
                .max_by_key(|&i| all[i].population)
        })
}

/// The catalog's row for a place of the gazetteer a decision names by key, made if missing.
pub(in crate::import) fn world_place_for_decision(
    tx: &Transaction,
    index: usize,
    s: &mut Summary,
) -> rusqlite::Result<i64> {
    let mut cache = WorldIds {
        by_index: HashMap::new(),
        new: HashSet::new(),
        rejected: super::decisions::rejected::Rejected::load(tx)?.keys,
    };
    world_place(tx, index, &mut cache, s)
}

/// Makes again a place of the gazetteer that a withdrawn reject had taken out.
pub(in crate::import) fn restore_world_place(
    tx: &Transaction,
    name: &str,
    key: &str,
    s: &mut Summary,
) -> rusqlite::Result<Option<i64>> {
    let Some(index) = world_place_named(name, key) else {
        return Ok(None);
    };
    let mut cache = WorldIds {
        by_index: HashMap::new(),
        new: HashSet::new(),
        rejected: super::decisions::rejected::Rejected::load(tx)?.keys,
    };
    let id = world_place(tx, index, &mut cache, s)?;
    // A country's cities that the reject had left in no country lie in it again.
    let p = crate::extract::world::WORLD.place(index);
    if p.kind == crate::extract::world::WorldKind::Country {
        let cities: Vec<(i64, i64)> = tx
            .prepare("SELECT id, geonames_id FROM places WHERE country_id IS NULL AND kind = 'city' AND geonames_id IS NOT NULL")?
            .query_map([], |r| Ok((r.get(0)?, r.get(1)?)))?
            .collect::<rusqlite::Result<_>>()?;
        for (city, geonames) in cities {
            let inside = crate::extract::world::WORLD
                .places()
                .iter()
                .any(|w| w.geonames_id == geonames && w.country == p.country);
            if inside {
                tx.execute(
                    "UPDATE places SET country_id = ?1 WHERE id = ?2",
                    params![id, city],
                )?;
            }
        }
    }
    Ok(Some(id))
}

/// A place named by an article's dateline ("BAKU" is Baku), when exactly one place has it.
pub(super) fn place_by_name(tx: &Transaction, name: Option<&str>) -> rusqlite::Result<Value> {
    let Some(name) = name else {
        return Ok(Value::Null);
    };
    let ids: Vec<i64> = tx
        .prepare_cached("SELECT DISTINCT place_id FROM place_names WHERE lower(name) = lower(?1)")?
        .query_map([name], |r| r.get(0))?
        .collect::<rusqlite::Result<_>>()?;
    Ok(match ids.as_slice() {
        [one] => Value::Integer(*one),
        _ => Value::Null,
    })
}
