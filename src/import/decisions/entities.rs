//! Taking an entity out of the catalog (reject) or into another (merge), kept as JSON.

use rusqlite::{params, Transaction};

use super::Subject;
use crate::import::summary::Summary;

/// Takes an entity out of the catalog (kept as JSON in the decision): its names, mentions and
/// the facts that cannot stand without it (its participation, its positions, its memberships);
/// references that can (a meeting's place, an article's dateline) are emptied.
pub(super) fn reject_entity(
    tx: &Transaction,
    decision: i64,
    kind: Subject,
    id: i64,
    s: &mut Summary,
) -> rusqlite::Result<()> {
    let Some((names, column)) = kind.names_table() else {
        return Ok(());
    };
    let table = kind.table();
    // Its meetings (as a participant, or as their place) and, for a person, the posts held.
    let meetings = if kind == Subject::Place {
        "SELECT json_group_array(m.key) FROM meetings m WHERE m.place_id = t.id".to_string()
    } else {
        format!(
            "SELECT json_group_array(json_object('meeting', m.key, 'role', pa.role))
             FROM participants pa JOIN meetings m ON m.id = pa.meeting_id WHERE pa.{column} = t.id"
        )
    };
    let positions = if kind == Subject::Person {
        "SELECT json_group_array(po.title) FROM positions po WHERE po.person_id = t.id"
    } else {
        "SELECT '[]'"
    };
    tx.execute(
        &format!(
            "UPDATE decisions SET removed = (
               SELECT json_object('key', t.key, 'name', t.name, 'entity', '{table}', 'method', t.method,
                 'names', json((SELECT json_group_array(n.name) FROM {names} n WHERE n.{column} = t.id)),
                 'meetings', json(({meetings})),
                 'positions', json(({positions})))
               FROM {table} t WHERE t.id = ?2)
             WHERE id = ?1 AND removed IS NULL"
        ),
        params![decision, id],
    )?;
    let mut removals: Vec<(&'static str, String)> = vec![(
        "participants",
        format!("DELETE FROM participants WHERE {column} = ?1"),
    )];
    let mut clears: Vec<String> = Vec::new();
    match kind {
        Subject::Person => {
            clears.push("UPDATE participants SET position_id = NULL WHERE position_id IN (SELECT id FROM positions WHERE person_id = ?1)".into());
            removals.push(("evidence", "DELETE FROM evidence WHERE position_id IN (SELECT id FROM positions WHERE person_id = ?1)".into()));
            removals.push((
                "positions",
                "DELETE FROM positions WHERE person_id = ?1".into(),
            ));
        }
        Subject::Organization => {
            clears.push(
                "UPDATE positions SET organization_id = NULL WHERE organization_id = ?1".into(),
            );
            clears.push("UPDATE organizations SET part_of_id = NULL WHERE part_of_id = ?1".into());
            removals.push(("evidence", "DELETE FROM evidence WHERE membership_id IN (SELECT id FROM memberships WHERE organization_id = ?1 OR member_organization_id = ?1)".into()));
            removals.push((
                "memberships",
                "DELETE FROM memberships WHERE organization_id = ?1 OR member_organization_id = ?1"
                    .into(),
            ));
        }
        Subject::Place => {
            removals.clear();
            clears.push("UPDATE meetings SET place_id = NULL WHERE place_id = ?1".into());
            clears.push(
                "UPDATE articles SET dateline_place_id = NULL WHERE dateline_place_id = ?1".into(),
            );
            clears.push("UPDATE positions SET country_id = NULL WHERE country_id = ?1".into());
            clears.push("UPDATE places SET country_id = NULL WHERE country_id = ?1".into());
            removals.push(("evidence", "DELETE FROM evidence WHERE membership_id IN (SELECT id FROM memberships WHERE member_place_id = ?1)".into()));
            removals.push((
                "memberships",
                "DELETE FROM memberships WHERE member_place_id = ?1".into(),
            ));
        }
        Subject::Meeting => return Ok(()),
    }
    for sql in clears {
        tx.execute(&sql, [id])?;
    }
    removals.push((
        "mentions",
        format!("DELETE FROM mentions WHERE {column} = ?1"),
    ));
    removals.push((names, format!("DELETE FROM {names} WHERE {column} = ?1")));
    removals.push((table, format!("DELETE FROM {table} WHERE id = ?1")));
    for (t, sql) in removals {
        let n = tx.execute(&sql, [id])?;
        s.tables.entry(t).or_default().removed += n as u64;
    }
    Ok(())
}

/// Merges entity `from` into `into`: every reference moves, `from`'s names become names of
/// `into`, and `from` (kept as JSON in the decision) is deleted.
pub(super) fn merge(
    tx: &Transaction,
    decision: i64,
    kind: Subject,
    from: i64,
    into: i64,
    s: &mut Summary,
) -> rusqlite::Result<()> {
    let (table, names, column) = match kind {
        Subject::Person => ("people", "person_names", "person_id"),
        Subject::Organization => ("organizations", "organization_names", "organization_id"),
        _ => return Ok(()),
    };
    tx.execute(
        &format!(
            "UPDATE decisions SET removed = (
               SELECT json_object('key', t.key, 'name', t.name, 'method', t.method,
                 'names', json((SELECT json_group_array(n.name) FROM {names} n WHERE n.{column} = t.id)))
               FROM {table} t WHERE t.id = ?2)
             WHERE id = ?1 AND removed IS NULL"
        ),
        params![decision, from],
    )?;
    // A meeting both took part in keeps one participant row (the one that stays).
    tx.execute(
        &format!(
            "DELETE FROM participants WHERE {column} = ?1
               AND meeting_id IN (SELECT meeting_id FROM participants WHERE {column} = ?2)"
        ),
        params![from, into],
    )?;
    let mut statements = vec![
        format!("UPDATE participants SET {column} = ?2 WHERE {column} = ?1"),
        format!("UPDATE positions SET {column} = ?2 WHERE {column} = ?1"),
        format!("UPDATE mentions SET {column} = ?2 WHERE {column} = ?1"),
        // Names: each of `from`'s names becomes one of `into`'s, as a spelling of it.
        format!(
            "INSERT INTO {names} ({column}, name, kind)
             SELECT ?2, name, CASE kind WHEN 'official' THEN 'spelling' ELSE kind END FROM {names} WHERE {column} = ?1
             ON CONFLICT DO NOTHING"
        ),
    ];
    if kind == Subject::Organization {
        statements.extend([
            "UPDATE memberships SET organization_id = ?2 WHERE organization_id = ?1".to_string(),
            "UPDATE memberships SET member_organization_id = ?2 WHERE member_organization_id = ?1"
                .to_string(),
            "UPDATE organizations SET part_of_id = ?2 WHERE part_of_id = ?1".to_string(),
        ]);
    }
    for sql in statements {
        tx.execute(&sql, params![from, into])?;
    }
    tx.execute(&format!("DELETE FROM {names} WHERE {column} = ?1"), [from])?;
    tx.execute(&format!("DELETE FROM {table} WHERE id = ?1"), [from])?;
    s.tables.entry(table).or_default().removed += 1;
    Ok(())
}
