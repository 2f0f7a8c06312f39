//! Checking decision rows against the catalog before anything is written.

use std::collections::{HashMap, HashSet};

use rusqlite::Connection;

use super::{applies, participant, Subject};
use crate::date::PartialDate;
use crate::extract::names::fold;
use crate::import::curated::{DecisionRow, Located};
use crate::import::Problem;
use crate::model::{DecisionAction, MeetingKind};

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
