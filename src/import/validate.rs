//! Checking curated rows before anything is written: required columns, dates, closed
//! vocabularies, keys unique across files, every reference resolving (to this import or to
//! the catalog). Every problem is collected, each with its file, line, column and value.

use std::collections::{HashMap, HashSet};
use std::fmt;

use rusqlite::{Connection, OptionalExtension};

use super::{ImportError, Plan};
use crate::model::date::PartialDate;
use crate::model::{
    CameoCode, DateBasis, MeetingKind, NameKind, OrganizationKind, PlaceKind, Role,
};
use crate::source::curated::{CuratedRow, Located};
use crate::source::Problem;

/// Which of `wanted` are keys of `table` in the catalog: looked up one by one, so that the cost
/// follows the curated rows of the import, not the size of the catalog.
fn existing_keys(
    conn: &Connection,
    table: &str,
    wanted: &HashSet<&str>,
) -> rusqlite::Result<HashSet<String>> {
    let mut stmt = conn.prepare(&format!("SELECT 1 FROM {table} WHERE key = ?1"))?;
    let mut out = HashSet::new();
    for k in wanted {
        if stmt.exists([k])? {
            out.insert(k.to_string());
        }
    }
    Ok(out)
}

/// A required column's value; None when it was left empty (already reported).
fn nonempty(value: &str) -> Option<&str> {
    (!value.is_empty()).then_some(value)
}

/// The keys of the catalog and of this import, and what each names.
struct Keys {
    /// key -> person, organization or place
    entity: HashMap<String, &'static str>,
    /// key -> meeting, position or membership
    facts: HashMap<String, &'static str>,
    outlets: HashSet<String>,
    /// Keys defined twice in this import: already reported, so references to them are not.
    duplicated: HashSet<String>,
    /// Facts (meetings, positions, memberships) whose row was deleted from a curated file of
    /// this import, which the import removes: key -> that file.
    going: HashMap<String, (&'static str, String)>,
}

impl Keys {
    fn entity_is(&self, k: &str, kind: &str) -> bool {
        self.entity.get(k).is_some_and(|v| *v == kind)
    }

    /// A column that refers to a `kind` by its key must find one.
    fn refer<R: CuratedRow>(
        &self,
        row: &Located<R>,
        column: &str,
        kind: &str,
        problems: &mut Vec<Problem>,
    ) {
        if let Some(v) = row.opt(column) {
            let found = self.entity_is(v, kind) || self.facts.get(v).is_some_and(|f| *f == kind);
            if found || self.duplicated.contains(v) {
                return;
            }
            let keys_of_kind = self
                .entity
                .iter()
                .chain(&self.facts)
                .filter(|(_, f)| **f == kind)
                .map(|(k, _)| k.as_str());
            let hint = crate::report::did_you_mean(&v.to_lowercase(), keys_of_kind);
            problems.push(match self.going.get(v) {
                Some((kind, file)) => row.problem(column, going(kind, file)),
                None => row.problem(
                    column,
                    format!(
                        "refers to no {kind}{hint}; give a {kind}'s key, or add the {kind} to {}",
                        file_of_kind(kind)
                    ),
                ),
            });
        }
    }
}

/// The curated file that holds rows of a kind.
fn file_of_kind(kind: &str) -> &'static str {
    match kind {
        "person" => "people.csv",
        "organization" => "organizations.csv",
        "place" => "places.csv",
        "meeting" => "meetings.csv",
        "position" => "positions.csv",
        "membership" => "memberships.csv",
        _ => "its curated file",
    }
}

/// What to say of a row that refers to a fact whose own row was deleted from its file.
fn going(kind: &str, file: &str) -> String {
    format!(
        "refers to no {kind}: its row is no longer in {file}, so this import removes it; delete this row too, or put the {kind}'s row back"
    )
}

/// A key names one thing across people, organizations, places and facts, in this import and
/// in the catalog.
fn check_keys<R: CuratedRow>(
    rows: &[Located<R>],
    kind: &'static str,
    seen: &mut HashMap<String, (String, u64)>,
    keys: &mut Keys,
    problems: &mut Vec<Problem>,
) {
    for row in rows {
        let Some(k) = row.opt("key") else {
            continue;
        };
        if let Some((f, l)) = seen.get(k) {
            problems.push(row.problem("key", format!("this key is already used at {f}:{l}; keys must be unique across people, organizations, places and facts")));
            keys.duplicated.insert(k.to_string());
            continue;
        }
        seen.insert(k.to_string(), (row.csv_path.clone(), row.csv_line));
        let taken = |other: &str| {
            format!("this key already names a {other} in the catalog; choose another")
        };
        if matches!(kind, "person" | "organization" | "place") {
            if let Some(other) = keys.facts.get(k) {
                problems.push(row.problem("key", taken(other)));
            }
            if let Some(other) = keys.entity.get(k) {
                if *other != kind {
                    problems.push(row.problem("key", taken(other)));
                }
            }
            keys.entity.insert(k.to_string(), kind);
        } else {
            if let Some(other) = keys.entity.get(k) {
                problems.push(row.problem("key", taken(other)));
            }
            keys.facts.insert(k.to_string(), kind);
        }
    }
}

/// A row whose `parent` leads back to itself, through others of the same file.
fn check_cycles<R: CuratedRow>(
    rows: &[Located<R>],
    parent_of: impl Fn(&R) -> Option<&str>,
    column: &str,
    problems: &mut Vec<Problem>,
) {
    let parent: HashMap<&str, &str> = rows
        .iter()
        .filter_map(|r| Some((r.opt("key")?, parent_of(r)?)))
        .collect();
    for row in rows {
        let Some(key) = row.opt("key") else {
            continue;
        };
        let mut at = key;
        for _ in 0..=parent.len() {
            match parent.get(at) {
                Some(next) if *next == key => {
                    problems.push(row.problem(
                        column,
                        "this makes a cycle; a place or organization cannot be inside itself",
                    ));
                    break;
                }
                Some(next) => at = next,
                None => break,
            }
        }
    }
}

fn check_date<R: CuratedRow>(row: &Located<R>, column: &str, problems: &mut Vec<Problem>) {
    if let Some(v) = row.opt(column) {
        if let Err(e) = PartialDate::parse(v) {
            problems.push(row.problem(
                column,
                format!(
                    "{}; write 2023, 2023-11, 2023-11-13, XXXX-11-26 (year unknown) or START/END",
                    e.1
                ),
            ));
        }
    }
}

/// A period whose end (column `to`) comes before its start (column `from`).
fn check_order<R: CuratedRow>(row: &Located<R>, from: &str, to: &str, problems: &mut Vec<Problem>) {
    let date = |c: &str| row.opt(c).and_then(|v| PartialDate::parse(v).ok());
    let (Some(start), Some(end)) = (date(from), date(to)) else {
        return;
    };
    if let (Some(first), Some(last)) = (start.earliest(), end.latest()) {
        if last < first {
            problems.push(row.problem(
                to,
                format!(
                    "ends before it starts ({from} is {}); swap the two or correct one",
                    row.opt(from).unwrap_or_default()
                ),
            ));
        }
    }
}

/// Checks a column against its closed vocabulary (`T`, one of crate::model's enums).
fn check_vocabulary<T: std::str::FromStr, R: CuratedRow>(
    row: &Located<R>,
    column: &str,
    problems: &mut Vec<Problem>,
) where
    T::Err: fmt::Display,
{
    if let Some(v) = row.opt(column) {
        if let Err(e) = v.parse::<T>() {
            problems.push(row.problem(column, format!("unknown value: {e}")));
        }
    }
}

pub(super) fn validate(
    conn: &Connection,
    plan: &mut Plan,
    problems: &mut Vec<Problem>,
) -> Result<(), ImportError> {
    // Every value of the curated rows: the catalog's keys among them are all that the checks
    // below look up.
    let wanted = plan.curated.values();
    let mut keys = Keys {
        entity: HashMap::new(),
        facts: HashMap::new(),
        outlets: existing_keys(conn, "outlets", &wanted)?,
        duplicated: HashSet::new(),
        going: HashMap::new(),
    };
    for (table, kind) in [
        ("people", "person"),
        ("organizations", "organization"),
        ("places", "place"),
    ] {
        for k in existing_keys(conn, table, &wanted)? {
            keys.entity.insert(k, kind);
        }
    }
    for (table, kind) in [
        ("meetings", "meeting"),
        ("positions", "position"),
        ("memberships", "membership"),
    ] {
        for k in existing_keys(conn, table, &wanted)? {
            keys.facts.insert(k, kind);
        }
    }

    // Duplicate keys within this import, across every keyed file.
    let mut seen: HashMap<String, (String, u64)> = HashMap::new();
    let c = &plan.curated;
    check_keys(&c.people, "person", &mut seen, &mut keys, problems);
    check_keys(
        &c.organizations,
        "organization",
        &mut seen,
        &mut keys,
        problems,
    );
    check_keys(&c.places, "place", &mut seen, &mut keys, problems);
    check_keys(&c.meetings, "meeting", &mut seen, &mut keys, problems);
    check_keys(&c.positions, "position", &mut seen, &mut keys, problems);
    check_keys(&c.memberships, "membership", &mut seen, &mut keys, problems);
    // Facts whose row was deleted from a curated file of this import are removed by it: rows
    // of the other files that still refer to them would dangle.
    // And the names whose rows were deleted from names.csv no longer stand in another's way.
    let mut names_going: HashSet<(String, String)> = HashSet::new();
    for d in super::removals::dropped(conn, &plan.curated)? {
        if d.kept_by.is_none() && d.table == "names" {
            if let Some((entity, name)) = d.key.split_once(super::removals::SEP) {
                names_going.insert((entity.to_string(), name.to_string()));
            }
        }
        if d.kept_by.is_none() && matches!(d.table, "meetings" | "positions" | "memberships") {
            let kind = match d.table {
                "meetings" => "meeting",
                "positions" => "position",
                _ => "membership",
            };
            keys.facts.remove(&d.key);
            keys.going.insert(d.key, (kind, d.file));
        }
    }
    let mut outlet_seen: HashMap<String, u64> = HashMap::new();
    for row in &plan.curated.outlets {
        let k = row.key.clone();
        if let Some(l) = outlet_seen.get(&k) {
            problems.push(row.problem(
                "key",
                format!("this outlet key is already used at line {l}; remove one of the two rows, or give each outlet its own key"),
            ));
        }
        outlet_seen.insert(k.clone(), row.csv_line);
        keys.outlets.insert(k);
    }

    let entity_is = |k: &str, kind: &str| keys.entity_is(k, kind);

    for row in &plan.curated.places {
        check_vocabulary::<PlaceKind, _>(row, "kind", problems);
        keys.refer(row, "country", "place", problems);
        if row.country.as_deref() == nonempty(&row.key) && row.country.as_deref().is_some() {
            problems.push(row.problem("country", "a place cannot lie in itself"));
        }
    }
    for row in &plan.curated.organizations {
        check_vocabulary::<OrganizationKind, _>(row, "kind", problems);
        keys.refer(row, "part_of", "organization", problems);
        if row.part_of.as_deref() == nonempty(&row.key) && row.part_of.as_deref().is_some() {
            problems.push(row.problem("part_of", "an organization cannot be part of itself"));
        }
    }
    let mut name_seen: HashMap<(String, String), u64> = HashMap::new();
    for row in &plan.curated.names {
        check_vocabulary::<NameKind, _>(row, "kind", problems);
        if let Some(e) = nonempty(&row.entity) {
            if !keys.entity.contains_key(e) {
                problems.push(row.problem(
                    "entity",
                    "refers to no person, organization or place; give its key, or add it to people.csv, organizations.csv or places.csv",
                ));
            }
            let k = (e.to_string(), row.name.clone());
            if let Some(l) = name_seen.get(&k) {
                problems.push(row.problem(
                    "name",
                    format!("this name is already given to this entity at line {l}; remove one of the two rows"),
                ));
            }
            name_seen.insert(k, row.csv_line);
        }
        check_date(row, "valid_from", problems);
        check_date(row, "valid_until", problems);
        check_order(row, "valid_from", "valid_until", problems);
    }
    // A name belongs to one entity.
    super::name_owners::check(conn, &plan.curated, &names_going, problems)?;
    super::name_owners::check_places(conn, &plan.curated, problems)?;
    for row in &plan.curated.positions {
        keys.refer(row, "person", "person", problems);
        keys.refer(row, "organization", "organization", problems);
        keys.refer(row, "country", "place", problems);
        check_date(row, "start", problems);
        check_date(row, "end", problems);
        check_order(row, "start", "end", problems);
    }
    for row in &plan.curated.memberships {
        if let Some(m) = nonempty(&row.member) {
            if !entity_is(m, "place") && !entity_is(m, "organization") {
                problems.push(row.problem(
                    "member",
                    "refers to no country or organization; give its key, or add it to places.csv or organizations.csv",
                ));
            }
        }
        keys.refer(row, "organization", "organization", problems);
        check_date(row, "start", problems);
        check_date(row, "end", problems);
        check_order(row, "start", "end", problems);
    }
    for row in &plan.curated.meetings {
        check_vocabulary::<MeetingKind, _>(row, "kind", problems);
        check_vocabulary::<CameoCode, _>(row, "cameo_code", problems);
        check_vocabulary::<DateBasis, _>(row, "date_basis", problems);
        keys.refer(row, "place", "place", problems);
        check_date(row, "date", problems);
        if row.date.as_deref().is_none()
            && row.date_basis.as_deref().is_some_and(|b| b != "unknown")
        {
            problems.push(row.problem(
                "date_basis",
                "a meeting without a date must have date_basis 'unknown' (or leave it empty)",
            ));
        }
    }
    // Positions by key -> person key, to check that a participant held the position given.
    let position_person: HashMap<String, String> = {
        let mut m: HashMap<String, String> = HashMap::new();
        let mut stmt = conn.prepare("SELECT positions.key, people.key FROM positions JOIN people ON people.id = positions.person_id")?;
        for r in stmt.query_map([], |r| Ok((r.get::<_, String>(0)?, r.get::<_, String>(1)?)))? {
            let (a, b) = r?;
            m.insert(a, b);
        }
        for row in &plan.curated.positions {
            m.insert(row.key.clone(), row.person.clone());
        }
        for k in keys.going.keys() {
            m.remove(k);
        }
        m
    };
    let mut participant_seen: HashMap<(String, String), u64> = HashMap::new();
    for row in &plan.curated.participants {
        keys.refer(row, "meeting", "meeting", problems);
        check_vocabulary::<Role, _>(row, "role", problems);
        if let Some(p) = nonempty(&row.participant) {
            if !entity_is(p, "person") && !entity_is(p, "organization") {
                problems.push(row.problem(
                    "participant",
                    "refers to no person or organization; give its key, or add it to people.csv or organizations.csv",
                ));
            }
            let k = (row.meeting.clone(), p.to_string());
            if let Some(l) = participant_seen.get(&k) {
                problems.push(row.problem(
                    "participant",
                    format!("this participant is already listed for this meeting at line {l}; remove one of the two rows"),
                ));
            }
            participant_seen.insert(k, row.csv_line);
        }
        if let Some(pos) = row.position.as_deref() {
            match position_person.get(pos) {
                None => problems.push(match keys.going.get(pos) {
                    Some((kind, file)) => row.problem("position", going(kind, file)),
                    None => row.problem("position", "refers to no position; add it to positions.csv or correct the key"),
                }),
                Some(person) if Some(person.as_str()) != nonempty(&row.participant) => problems.push(row.problem(
                    "position",
                    format!("this position is held by '{person}', not by the participant; correct the position or the participant"),
                )),
                Some(_) => {}
            }
        }
    }

    // Articles: every row of articles.csv must name an article of this import or the catalog.
    // Only the articles the curated files refer to are read from the catalog.
    let mut bodies: HashMap<String, String> = HashMap::new();
    {
        let mut stmt = conn
            .prepare_cached("SELECT body FROM articles WHERE file_name = ?1 ORDER BY id LIMIT 1")?;
        for row in plan
            .curated
            .articles
            .iter()
            .map(|r| r.file.as_str())
            .chain(plan.curated.evidence.iter().map(|r| r.article.as_str()))
        {
            if bodies.contains_key(row) {
                continue;
            }
            if let Some(b) = stmt
                .query_row([row], |r| r.get::<_, String>(0))
                .optional()?
            {
                bodies.insert(row.to_string(), b);
            }
        }
    }
    let mut article_files: HashMap<&str, &str> = HashMap::new();
    for a in &plan.articles {
        if let Some(first) = article_files.get(a.file_name.as_str()) {
            problems.push(Problem::file(&a.file.path, format!("has the same file name as {first}; articles are referred to by file name, so rename one")));
        }
        article_files.insert(&a.file_name, &a.file.path);
        if let Some(b) = plan.bodies.get(&a.file_name) {
            bodies.insert(a.file_name.clone(), b.clone());
        }
    }
    let mut sidecar_seen: HashMap<String, u64> = HashMap::new();
    for row in &plan.curated.articles {
        let f = row.file.as_str();
        if !bodies.contains_key(f) {
            problems.push(row.problem("file", "no article file of this name is in the import or the catalog; put it in articles/ or correct the name"));
        }
        if let Some(l) = sidecar_seen.get(f) {
            problems.push(row.problem(
                "file",
                format!(
                    "this article is already described at line {l}; remove one of the two rows"
                ),
            ));
        }
        sidecar_seen.insert(f.to_string(), row.csv_line);
        if let Some(o) = row.outlet.as_deref() {
            if !keys.outlets.contains(o) {
                let hint = crate::report::did_you_mean(
                    &o.to_lowercase(),
                    keys.outlets.iter().map(String::as_str),
                );
                problems.push(row.problem(
                    "outlet",
                    format!("refers to no outlet{hint}; give an outlet's key, or add the outlet to outlets.csv"),
                ));
            }
        }
        keys.refer(row, "dateline", "place", problems);
        check_date(row, "published", problems);
        if let Some(lang) = row.language.as_deref() {
            if lang.len() != 2 || !lang.bytes().all(|b| b.is_ascii_lowercase()) {
                problems
                    .push(row.problem("language", "use a two-letter ISO 639-1 code such as 'en'"));
            }
        }
    }
    for row in &plan.curated.evidence {
        if let Some(fact) = nonempty(&row.fact) {
            if let Some((kind, file)) = keys.going.get(fact) {
                problems.push(row.problem("fact", going(kind, file)));
            } else if !keys.facts.contains_key(fact) {
                problems.push(row.problem(
                    "fact",
                    "refers to no meeting, position or membership; give its key, or add it to meetings.csv, positions.csv or memberships.csv",
                ));
            }
        }
        if let Some(c) = row.confidence.as_deref() {
            match c.parse::<f64>() {
                Ok(v) if (0.0..=1.0).contains(&v) => {}
                _ => problems.push(row.problem("confidence", "must be a number from 0 to 1")),
            }
        }
        match bodies.get(row.article.as_str()) {
            None => problems.push(row.problem("article", "no article file of this name is in the import or the catalog; put it in articles/ or correct the name")),
            Some(body) => {
                if !row.sentence.is_empty() && !body.contains(row.sentence.as_str()) {
                    problems.push(row.problem(
                        "sentence",
                        not_in_body(body, &row.sentence, &row.article),
                    ));
                }
            }
        }
    }
    // Reference cycles (a place inside itself through others) would make no sense.
    check_cycles(
        &plan.curated.places,
        |r| r.country.as_deref(),
        "country",
        problems,
    );
    check_cycles(
        &plan.curated.organizations,
        |r| r.part_of.as_deref(),
        "part_of",
        problems,
    );
    plan.withdrawn = super::decisions::dropped(conn, &plan.curated, problems)?;
    let withdrawn: HashSet<String> = plan.withdrawn.iter().map(|d| d.key()).collect();
    super::decisions::check(conn, &plan.curated.decisions, &withdrawn, problems)?;
    Ok(())
}

/// What to say of an evidence sentence the article's body does not hold verbatim: the body is
/// the cleaned text, without the dateline and page furniture, so a sentence copied with them
/// is not in it; the body's sentence nearest to it is shown, to copy.
fn not_in_body(body: &str, wanted: &str, article: &str) -> String {
    let mut said = "this sentence is not found verbatim in the article's body, the cleaned text diplocat stores (the dateline such as \"OSLO, May 3 (Agency) -\", bylines, date lines and other page furniture are removed from it)".to_string();
    match nearest_sentence(body, wanted) {
        Some(near) => said.push_str(&format!(
            "; the body's nearest sentence is \"{near}\": copy the sentence exactly from the body"
        )),
        None => said.push_str(&format!(
            "; copy the sentence exactly from the body (`diplocat query \"SELECT body FROM articles WHERE file_name = '{}'\"` shows it once the article is imported)",
            article.replace('\'', "''")
        )),
    }
    said
}

/// The body's sentence that shares the most words with `wanted` (at least one in three of
/// them), if any does.
fn nearest_sentence(body: &str, wanted: &str) -> Option<String> {
    let words = |t: &str| -> HashSet<String> {
        t.split(|c: char| !c.is_alphanumeric())
            .filter(|w| !w.is_empty())
            .map(str::to_lowercase)
            .collect()
    };
    let wanted_words = words(wanted);
    if wanted_words.is_empty() {
        return None;
    }
    let mut best: Option<(f64, String)> = None;
    for s in crate::extract::sentences::split(body) {
        let own = words(&s.text);
        let shared = own.intersection(&wanted_words).count() as f64;
        let score = shared / own.union(&wanted_words).count().max(1) as f64;
        if shared * 3.0 >= wanted_words.len() as f64
            && best.as_ref().is_none_or(|(b, _)| score > *b)
        {
            best = Some((score, s.text));
        }
    }
    best.map(|(_, t)| t)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_sentence_quoted_with_its_dateline_is_pointed_at_the_bodys_sentence() {
        let body = "Maltese Foreign Minister Ian Borg met his Cypriot counterpart in Valletta on Monday. The two discussed migration.";
        let said = not_in_body(
            body,
            "VALLETTA, June 3, 2024 (Med Post) - Maltese Foreign Minister Ian Borg met his Cypriot counterpart in Valletta on Monday.",
            "valletta.txt",
        );
        assert!(said.contains("the dateline"), "{said}");
        assert!(
            said.contains("nearest sentence is \"Maltese Foreign Minister Ian Borg met his Cypriot counterpart in Valletta on Monday.\""),
            "{said}"
        );
        assert!(!said.contains("--dry-run"), "{said}");
        // Nothing near: no sentence shown, but where to read the body.
        let said = not_in_body(body, "Completely unrelated words here.", "valletta.txt");
        assert!(
            said.contains("SELECT body FROM articles WHERE file_name = 'valletta.txt'"),
            "{said}"
        );
    }
}
