//! Taking an entity out of the catalog (reject) or into another (merge), kept as JSON.

use rusqlite::{params, Transaction};

use super::Subject;
use crate::extract::title_key;
use crate::import::summary::{Change, Summary};

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
    if kind == Subject::Person {
        collapse_positions(tx, from, into, s)?;
    }
    // The names as the summaries of extracted meetings spell them.
    let name_of = |id: i64| -> rusqlite::Result<String> {
        tx.query_row(
            &format!("SELECT name FROM {table} WHERE id = ?1"),
            [id],
            |r| r.get(0),
        )
    };
    let (from_name, into_name) = (name_of(from)?, name_of(into)?);
    for (counted, sql) in [
        (
            "participants",
            format!("UPDATE participants SET {column} = ?2 WHERE {column} = ?1"),
        ),
        (
            "positions",
            format!("UPDATE positions SET {column} = ?2 WHERE {column} = ?1"),
        ),
        (
            "mentions",
            format!("UPDATE mentions SET {column} = ?2 WHERE {column} = ?1"),
        ),
    ] {
        let n = tx.execute(&sql, params![from, into])?;
        count_updates(s, counted, n);
    }
    // An extracted meeting's summary names the one that stays.
    super::summaries::resay_name(tx, column, into, &from_name, &into_name, s)?;
    let mut statements = vec![
        // Names: each of `from`'s names becomes one of `into`'s, as a spelling of it, and keeps
        // where it was learned.
        format!(
            "INSERT INTO {names} ({column}, name, kind, method, article_id)
             SELECT ?2, name, CASE kind WHEN 'official' THEN 'spelling' ELSE kind END, method, article_id
             FROM {names} WHERE {column} = ?1
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

fn count_updates(s: &mut Summary, table: &'static str, n: usize) {
    for _ in 0..n {
        s.count(table, Change::Updated);
    }
}

/// A post `from` was seen in that `into` already holds (the same title, at a compatible body)
/// is one post: its participations and evidence move to `into`'s, and the extracted copy goes,
/// so that the merged person does not list it twice.
fn collapse_positions(
    tx: &Transaction,
    from: i64,
    into: i64,
    s: &mut Summary,
) -> rusqlite::Result<()> {
    type Post = (i64, String, Option<i64>, String);
    let posts = |person: i64| -> rusqlite::Result<Vec<Post>> {
        tx.prepare_cached(
            "SELECT id, title, organization_id, method FROM positions WHERE person_id = ?1 ORDER BY id",
        )?
        .query_map([person], |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?, r.get(3)?)))?
        .collect()
    };
    let kept = posts(into)?;
    for (id, title, org, method) in posts(from)? {
        if method != "extracted" {
            continue;
        }
        let same = kept.iter().find(|(_, t, o, _)| {
            title_key(t) == title_key(&title) && (o.is_none() || org.is_none() || *o == org)
        });
        let Some((other, ..)) = same else {
            continue;
        };
        tx.execute(
            "UPDATE participants SET position_id = ?2 WHERE position_id = ?1",
            params![id, other],
        )?;
        // The same sentence already said it of the post that stays.
        let n = tx.execute(
            "DELETE FROM evidence WHERE position_id = ?1 AND EXISTS (
               SELECT 1 FROM evidence k WHERE k.position_id = ?2
                 AND k.article_id = evidence.article_id AND k.start_char = evidence.start_char)",
            params![id, other],
        )?;
        s.tables.entry("evidence").or_default().removed += n as u64;
        tx.execute(
            "UPDATE evidence SET position_id = ?2 WHERE position_id = ?1",
            params![id, other],
        )?;
        tx.execute("DELETE FROM positions WHERE id = ?1", [id])?;
        s.tables.entry("positions").or_default().removed += 1;
    }
    Ok(())
}
