//! Checking decision rows against the catalog before anything is written.

use std::collections::{HashMap, HashSet};

use rusqlite::Connection;

use super::withdraw::row_key;
use super::{applies, participant, Subject};
use crate::extract::names::fold;
use crate::model::date::PartialDate;
use crate::model::{DecisionAction, MeetingKind};
use crate::source::curated::{DecisionRow, Located};
use crate::source::Problem;

/// (subject, action, value) of a decision.
type Triple = (String, String, String);

/// The decisions already recorded (but those this import withdraws), as (subject, action,
/// value), with the file and line each was read from.
fn recorded(
    conn: &Connection,
    withdrawn: &HashSet<String>,
) -> rusqlite::Result<HashMap<Triple, (String, i64)>> {
    let mut stmt = conn.prepare("SELECT subject, action, value, file, line FROM decisions")?;
    let rows = stmt.query_map([], |r| {
        Ok(((r.get(0)?, r.get(1)?, r.get(2)?), (r.get(3)?, r.get(4)?)))
    })?;
    let mut out = HashMap::new();
    for r in rows {
        let ((subject, action, value), at): (Triple, (String, i64)) = r?;
        if !withdrawn.contains(&row_key(&subject, &action, &value)) {
            out.insert((subject, action, value), at);
        }
    }
    Ok(out)
}

/// Who takes part in each meeting: (meeting key, person or organization key).
fn participation(conn: &Connection) -> rusqlite::Result<HashSet<(String, String)>> {
    let mut stmt = conn.prepare(
        "SELECT m.key, coalesce(p.key, o.key) FROM participants pa JOIN meetings m ON m.id = pa.meeting_id
         LEFT JOIN people p ON p.id = pa.person_id LEFT JOIN organizations o ON o.id = pa.organization_id
         WHERE coalesce(p.key, o.key) IS NOT NULL",
    )?;
    let rows = stmt.query_map([], |r| Ok((r.get(0)?, r.get(1)?)))?;
    rows.collect()
}

/// Actions of which a subject takes one: a second one (another date, another name) would
/// contradict the first.
fn one_per_subject(action: DecisionAction) -> bool {
    use DecisionAction::*;
    matches!(action, SetDate | SetPlace | SetKind | Rename | Merge)
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

/// Folded name -> (what it names, key, the name as written).
type Names = HashMap<String, Vec<(Subject, String, String)>>;

/// Every name of a person, organization or place in the catalog, folded as articles are read
/// ("Dana Orlova", "DANA ORLOVA" and "Dana Orlová" are one name), with who has it: (what it
/// names, key, the name as written).
fn names(conn: &Connection) -> rusqlite::Result<Names> {
    let mut out = Names::new();
    for s in [Subject::Person, Subject::Organization, Subject::Place] {
        let Some((names, column)) = s.names_table() else {
            continue;
        };
        let table = s.table();
        let mut stmt = conn.prepare(&format!(
            "SELECT t.key, n.name FROM {names} n JOIN {table} t ON t.id = n.{column}
             UNION SELECT key, name FROM {table}"
        ))?;
        for r in stmt.query_map([], |r| Ok((r.get::<_, String>(0)?, r.get::<_, String>(1)?)))? {
            let (key, name) = r?;
            let owners = out.entry(fold(&name).text).or_default();
            if !owners.iter().any(|(o, k, _)| *o == s && *k == key) {
                owners.push((s, key, name));
            }
        }
    }
    Ok(out)
}

/// Checks every decision row against the catalog: a known action, a subject that exists (or
/// a decision already recorded, whose subject a reject or merge has taken away), an action
/// that applies to it, and the value it needs.
pub(in crate::import) fn check(
    conn: &Connection,
    rows: &[Located<DecisionRow>],
    withdrawn: &HashSet<String>,
    problems: &mut Vec<Problem>,
) -> rusqlite::Result<()> {
    if rows.is_empty() {
        return Ok(());
    }
    let known = subjects(conn)?;
    let at = recorded(conn, withdrawn)?;
    let done: HashSet<Triple> = at.keys().cloned().collect();
    let taking_part = participation(conn)?;
    // Every decision this import gives, to tell a recorded one that it keeps from one it drops.
    let here: HashSet<Triple> = rows
        .iter()
        .map(|r| {
            (
                r.subject.clone(),
                r.action.clone(),
                r.opt("value").unwrap_or("").to_string(),
            )
        })
        .collect();
    // Merges of this import: subject -> (the one that stays, line).
    let merges: HashMap<&str, (&str, u64)> = rows
        .iter()
        .filter(|r| r.action == DecisionAction::Merge.as_str())
        .filter_map(|r| Some((r.subject.as_str(), (r.opt("value")?, r.csv_line))))
        .collect();
    // Participants this import removes (a remove then an add changes a role).
    let removing: HashSet<(&str, &str)> = rows
        .iter()
        .filter(|r| r.action == DecisionAction::RemoveParticipant.as_str())
        .filter_map(|r| Some((r.subject.as_str(), participant(r.opt("value")?).ok()?.0)))
        .collect();
    // The first decision of each one-per-subject kind: (subject, action) -> (file, line, value).
    let mut single: HashMap<(String, DecisionAction), (String, u64, String)> = HashMap::new();
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
    let taken = names(conn)?;
    // Entities merged with each other (recorded or in this file), either way round: one may
    // take the other's name.
    let merged: HashSet<(String, String)> = done
        .iter()
        .filter(|(_, a, _)| a == DecisionAction::Merge.as_str())
        .map(|(s, _, v)| (s.clone(), v.clone()))
        .chain(
            rows.iter()
                .filter(|r| r.action == DecisionAction::Merge.as_str())
                .map(|r| (r.subject.clone(), r.opt("value").unwrap_or("").to_string())),
        )
        .flat_map(|(a, b)| [(a.clone(), b.clone()), (b, a)])
        .collect();
    // Entities this file rejects: their names are free.
    let rejected_here: HashSet<&str> = rows
        .iter()
        .filter(|r| r.action == DecisionAction::Reject.as_str() && r.opt("value").is_none())
        .map(|r| r.subject.as_str())
        .collect();
    // Names this file gives (add-alias, rename), folded: who gets each, and on which line.
    let mut given_here: HashMap<String, (String, u64)> = HashMap::new();
    let mut seen: HashMap<(String, String, String), u64> = HashMap::new();
    for row in rows {
        // An empty subject or action is already reported, once.
        if row.opt("subject").is_none() || row.opt("action").is_none() {
            continue;
        }
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
        if one_per_subject(action) {
            let first = single.get(&(row.subject.clone(), action));
            match first {
                Some((file, l, v)) if *v != value => {
                    let where_ = if *file == row.csv_path {
                        format!("line {l}")
                    } else {
                        format!("{file}:{l}")
                    };
                    problems.push(row.problem(
                        "value",
                        format!(
                            "{where_} already gives {} a {action} ({v:?}); a {action} is one per subject: keep one of the two rows",
                            row.subject
                        ),
                    ));
                    continue;
                }
                Some(_) => {}
                None => {
                    single.insert(
                        (row.subject.clone(), action),
                        (row.csv_path.clone(), row.csv_line, value.clone()),
                    );
                }
            }
        }
        if done.contains(&triple) {
            continue;
        }
        // A decision of the same kind recorded from another file, and kept.
        if one_per_subject(action) {
            let other = at.iter().find(|((s, a, v), _)| {
                *s == row.subject
                    && a == action.as_str()
                    && *v != value
                    && !here.contains(&(s.clone(), a.clone(), v.clone()))
            });
            if let Some(((_, _, v), (file, l))) = other {
                problems.push(row.problem(
                    "value",
                    format!(
                        "{file}:{l} already gives {} a {action} ({v:?}), and it is still in effect; withdraw it (delete its row and import that file) or drop this row",
                        row.subject
                    ),
                ));
                continue;
            }
        }
        // A column the action needs that the header lacks.
        if !row.in_header("value")
            && !matches!(action, DecisionAction::Accept | DecisionAction::Reject)
        {
            problems.push(Problem {
                file: row.csv_path.clone(),
                line: Some(row.csv_line),
                column: None,
                value: None,
                message: format!(
                    "{action} needs a value, but the header has no value column; write the header subject,action,value,reason"
                ),
            });
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
                    "no meeting, person, organization or place has this key; copy the key from `diplocat report review` or `report meetings` (decisions are checked against the catalog as it is before this import: import the articles first, then the decisions file)",
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
            DecisionAction::Reject if !value.is_empty() && subject != Subject::Meeting && !given.contains(&pair) && !has_name(&taken, &row.subject, &value) => {
                let theirs: Vec<&str> = taken
                    .values()
                    .flatten()
                    .filter(|(_, k, _)| *k == row.subject)
                    .map(|(_, _, n)| n.as_str())
                    .collect();
                problems.push(row.problem(
                    "value",
                    format!(
                        "{} has no such name; nothing to reject (its names: {}); copy the name exactly",
                        row.subject,
                        theirs.join("; ")
                    ),
                ))
            }
            DecisionAction::Reject if !value.is_empty() && given.contains(&pair) => {
                problems.push(row.problem(
                    "value",
                    format!("this name is also given to {} (an add-alias or rename decision); keep one of the two decisions (a decision imported before is taken back by deleting its row from its file and importing that file again)", row.subject),
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
                _ if value == row.subject => problems.push(row.problem(
                    "value",
                    if action == DecisionAction::Merge {
                        "an entity cannot be merged into itself"
                    } else {
                        "an entity cannot be distinct from itself"
                    },
                )),
                Some([s]) if *s == subject => {
                    if action == DecisionAction::Merge {
                        if let Some((further, l)) = merges.get(value.as_str()) {
                            problems.push(row.problem(
                                "value",
                                if *further == row.subject {
                                    format!("line {l} merges {value} into {}: two entities cannot be merged into each other; keep one of the two rows", row.subject)
                                } else {
                                    format!("line {l} merges {value} into {further}; merge {} into {further} instead", row.subject)
                                },
                            ));
                        }
                    }
                }
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
                        let takes_part = taking_part.contains(&(row.subject.clone(), key.to_string()));
                        if !matches!(
                            known.get(key).map(Vec::as_slice),
                            Some([Subject::Person | Subject::Organization])
                        ) {
                            problems.push(row.problem(
                                "value",
                                "is not the key of a person or an organization in the catalog; give one (`diplocat query \"SELECT key, name FROM people\"`)",
                            ));
                        } else if action == DecisionAction::AddParticipant
                            && takes_part
                            && !removing.contains(&(row.subject.as_str(), key))
                        {
                            problems.push(row.problem(
                                "value",
                                format!("{key} already takes part in this meeting; nothing to add: drop this row (to change a role, remove the participant and add it again with `KEY as ROLE`)"),
                            ));
                        } else if action == DecisionAction::RemoveParticipant && !takes_part {
                            problems.push(row.problem(
                                "value",
                                format!("{key} does not take part in this meeting; nothing to remove: drop this row"),
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
                if !matches!(known.get(&value).map(Vec::as_slice), Some([Subject::Place]))
                    && crate::import::places::world_place_with_key(&value).is_none() =>
            {
                problems.push(row.problem(
                    "value",
                    "is the key of no place in the catalog or the world gazetteer; give a place key (`diplocat query \"SELECT key, name FROM places\"`, or a city's or country's name in lower case with hyphens: new-york), or add the place to places.csv and import that first",
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
            DecisionAction::AddAlias | DecisionAction::Rename => {
                let folded = fold(&value).text;
                if folded.trim().is_empty() {
                    problems.push(row.problem(
                        "value",
                        "has no letter or digit, so it cannot be found in an article; write the name",
                    ));
                    continue;
                }
                // A name belongs to one entity: given to a second, articles naming it could no
                // longer tell which one they mean, and both would lose their mentions and meetings.
                let other = taken.get(&folded).into_iter().flatten().find(|(_, k, _)| {
                    *k != row.subject
                        && !merged.contains(&(row.subject.clone(), k.clone()))
                        && !rejected_here.contains(k.as_str())
                });
                if let Some((kind, key, name)) = other {
                    problems.push(row.problem(
                        "value",
                        format!(
                            "{key} ({}) already has this name ({name:?}); a name can belong to one entity only: if {} and {key} are one, merge them (`{},merge,{key}`), otherwise choose another name",
                            kind.noun(),
                            row.subject,
                            row.subject,
                        ),
                    ));
                    continue;
                }
                // A part of another entity's name ("Haddad" of Omar Haddad, "AlMalik" of Salim M.
                // AlMalik) already names that entity in articles and in `-p` lookups.
                if let Some((kind, key, name)) = part_of_another(&taken, &folded, &row.subject)
                    .filter(|(_, k, _)| {
                        !merged.contains(&(row.subject.clone(), k.clone()))
                            && !rejected_here.contains(k.as_str())
                    })
                {
                    problems.push(row.problem(
                        "value",
                        format!(
                            "is part of the name of {key} ({}, {name:?}), so articles and `-p` lookups would read it as both; give a fuller name, or merge {} and {key} (`{},merge,{key}`) if they are one",
                            kind.noun(),
                            row.subject,
                            row.subject,
                        ),
                    ));
                    continue;
                }
                match given_here.get(&folded) {
                    Some((s, l)) if *s != row.subject => {
                        problems.push(row.problem(
                            "value",
                            format!(
                                "line {l} gives this name to {s}; a name can belong to one entity only: keep one of the two, or merge {s} and {} if they are one",
                                row.subject
                            ),
                        ));
                        continue;
                    }
                    _ => {
                        given_here.insert(folded.clone(), (row.subject.clone(), row.csv_line));
                    }
                }
                let own = taken
                    .get(&folded)
                    .into_iter()
                    .flatten()
                    .find(|(_, k, _)| *k == row.subject);
                match own {
                    Some((_, _, name)) if action == DecisionAction::AddAlias => {
                        problems.push(row.problem(
                            "value",
                            format!(
                                "{} already has the name {name:?}, which articles match the same way; nothing to add: drop this row",
                                row.subject
                            ),
                        ))
                    }
                    _ if action == DecisionAction::Rename
                        && current_name(conn, subject, &row.subject)?.as_deref()
                            == Some(value.as_str()) =>
                    {
                        problems.push(row.problem(
                            "value",
                            format!(
                                "{} is already called {value:?}; nothing to rename: drop this row",
                                row.subject
                            ),
                        ))
                    }
                    _ => {}
                }
            }
            _ => {}
        }
    }
    Ok(())
}

/// The name an entity has now (its `name` column).
fn current_name(
    conn: &Connection,
    subject: Subject,
    key: &str,
) -> rusqlite::Result<Option<String>> {
    use rusqlite::OptionalExtension;
    conn.prepare_cached(&format!(
        "SELECT name FROM {} WHERE key = ?1",
        subject.table()
    ))?
    .query_row([key], |r| r.get(0))
    .optional()
}

/// Whether an entity has this name, exactly as written (a reject takes out that name).
/// Another entity one of whose names has `folded` as one or more whole words in a row,
/// spaces aside ("almalik" in "salim m almalik", "haddad" in "omar haddad").
fn part_of_another(
    taken: &Names,
    folded: &str,
    subject: &str,
) -> Option<(Subject, String, String)> {
    let want: String = folded.split_whitespace().collect();
    if want.is_empty() {
        return None;
    }
    for (name, owners) in taken {
        let words: Vec<&str> = name.split_whitespace().collect();
        let found =
            (0..words.len()).any(|i| (i + 1..=words.len()).any(|j| words[i..j].concat() == want));
        if found {
            if let Some(o) = owners.iter().find(|(_, k, _)| k != subject) {
                return Some(o.clone());
            }
        }
    }
    None
}

fn has_name(taken: &Names, key: &str, name: &str) -> bool {
    taken
        .get(&fold(name).text)
        .into_iter()
        .flatten()
        .any(|(_, k, n)| k == key && n == name)
}
