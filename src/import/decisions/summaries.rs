//! An extracted meeting's summary names its people and its place ("Meeting of A and B in
//! Oslo", "A visited Norway"): a decision that renames one of them, or gives the meeting another
//! place, says so in the summary too. Curated summaries are a person's words and stay; so does
//! the summary of a named event without people, which names the event (and by which copies of
//! an article find it again).

use rusqlite::{params, Transaction};

use super::{count_updates, Subject};
use crate::import::summary::Summary;

/// The summary with its place said anew: "... in OLD" (or "... visited OLD") becomes "... in
/// NEW", and a summary without a place gains one. `None` when the summary does not end with the
/// old place as diplocat writes it (someone else's words, or a place inside an event's name).
pub(super) fn with_place(summary: &str, old: Option<&str>, new: Option<&str>) -> Option<String> {
    let (head, visited) = match old {
        Some(old) => {
            if let Some(head) = summary.strip_suffix(&format!(" visited {old}")) {
                (head, true)
            } else {
                (summary.strip_suffix(&format!(" in {old}"))?, false)
            }
        }
        None => match summary.strip_suffix(" visited") {
            Some(head) => (head, true),
            None => (summary, false),
        },
    };
    let said = match (new, visited) {
        (Some(p), true) => format!("{head} visited {p}"),
        (None, true) => format!("{head} visited"),
        (Some(p), false) => format!("{head} in {p}"),
        (None, false) => head.to_string(),
    };
    (said != summary).then_some(said)
}

/// Says the place anew in the summaries of the extracted meetings with people among `ids`.
pub(in crate::import) fn resay_place(
    tx: &Transaction,
    ids: &[i64],
    old: Option<&str>,
    new: Option<&str>,
    s: &mut Summary,
) -> rusqlite::Result<()> {
    for &id in ids {
        let summary: Option<String> = tx
            .prepare_cached(
                "SELECT summary FROM meetings m WHERE id = ?1 AND method = 'extracted'
                   AND EXISTS (SELECT 1 FROM participants p WHERE p.meeting_id = m.id AND p.person_id IS NOT NULL)",
            )?
            .query_map([id], |r| r.get(0))?
            .next()
            .transpose()?;
        if let Some(said) = summary.and_then(|m| with_place(&m, old, new)) {
            let n = tx
                .prepare_cached("UPDATE meetings SET summary = ?1 WHERE id = ?2")?
                .execute(params![said, id])?;
            count_updates(s, "meetings", n);
        }
    }
    Ok(())
}

/// Says a person's or an organization's new name in the summaries of the extracted meetings it
/// takes part in (after a rename, or a merge into the one that stays).
pub(super) fn resay_name(
    tx: &Transaction,
    column: &str,
    id: i64,
    old: &str,
    new: &str,
    s: &mut Summary,
) -> rusqlite::Result<()> {
    if old == new || old.is_empty() {
        return Ok(());
    }
    let said: Vec<(i64, String)> = tx
        .prepare(&format!(
            "SELECT id, summary FROM meetings
             WHERE method = 'extracted' AND instr(summary, ?1) > 0
               AND id IN (SELECT meeting_id FROM participants WHERE {column} = ?2)"
        ))?
        .query_map(params![old, id], |r| Ok((r.get(0)?, r.get(1)?)))?
        .collect::<rusqlite::Result<_>>()?;
    let mut n = 0;
    for (meeting, summary) in said {
        let again = name_replaced(&summary, old, new);
        if again != summary {
            n += tx
                .prepare_cached("UPDATE meetings SET summary = ?1 WHERE id = ?2")?
                .execute(params![again, meeting])?;
        }
    }
    count_updates(s, "meetings", n);
    Ok(())
}

/// `summary` with each whole-word `old` said as `new`, but not inside `new` where the summary
/// already says it ("Fuentes" merged into "Carolina Fuentes Rojas": "Carolina Fuentes Rojas
/// received B" stays as it is).
fn name_replaced(summary: &str, old: &str, new: &str) -> String {
    let is_word = |c: Option<char>| c.is_some_and(char::is_alphanumeric);
    summary
        .split(new)
        .map(|piece| {
            let mut out = String::with_capacity(piece.len());
            let mut rest = piece;
            while let Some(at) = rest.find(old) {
                let before = rest[..at].chars().next_back();
                let after = rest[at + old.len()..].chars().next();
                out.push_str(&rest[..at]);
                out.push_str(if is_word(before) || is_word(after) {
                    old
                } else {
                    new
                });
                rest = &rest[at + old.len()..];
            }
            out.push_str(rest);
            out
        })
        .collect::<Vec<_>>()
        .join(new)
}

/// Says an entity's new name (`old` -> `new`) in the summaries that name it: a person's or an
/// organization's meetings, a place's meetings held there.
pub(super) fn resay(
    tx: &Transaction,
    kind: Subject,
    id: i64,
    old: &str,
    new: &str,
    s: &mut Summary,
) -> rusqlite::Result<()> {
    match kind {
        Subject::Person => resay_name(tx, "person_id", id, old, new, s),
        Subject::Organization => resay_name(tx, "organization_id", id, old, new, s),
        Subject::Place => {
            let at: Vec<i64> = tx
                .prepare_cached("SELECT id FROM meetings WHERE place_id = ?1")?
                .query_map([id], |r| r.get(0))?
                .collect::<rusqlite::Result<_>>()?;
            resay_place(tx, &at, Some(old), Some(new), s)
        }
        Subject::Meeting => Ok(()),
    }
}

#[cfg(test)]
mod tests {
    use super::{name_replaced, with_place};

    #[test]
    fn the_place_is_said_anew_where_diplocat_wrote_it() {
        let said = |s: &str, old: Option<&str>, new: Option<&str>| with_place(s, old, new);
        assert_eq!(
            said("Meeting of A and B in Oslo", Some("Oslo"), Some("Sydney")).as_deref(),
            Some("Meeting of A and B in Sydney")
        );
        assert_eq!(
            said("A received B", None, Some("Sydney")).as_deref(),
            Some("A received B in Sydney")
        );
        assert_eq!(
            said("A visited Norway", Some("Norway"), Some("Chile")).as_deref(),
            Some("A visited Chile")
        );
        assert_eq!(
            said("A visited", None, Some("Chile")).as_deref(),
            Some("A visited Chile")
        );
        assert_eq!(
            said("Meeting of A and B in Oslo", Some("Oslo"), None).as_deref(),
            Some("Meeting of A and B")
        );
        // Not where diplocat did not write the place: nothing is changed.
        assert_eq!(
            said(
                "Talks on trade at the Oslo Forum",
                Some("Oslo"),
                Some("Bergen")
            ),
            None
        );
        assert_eq!(
            said("Meeting of A and B in Oslo", Some("Oslo"), Some("Oslo")),
            None
        );
    }

    #[test]
    fn a_name_is_said_anew_only_where_it_stands_alone() {
        let new = "Carolina Fuentes Rojas";
        assert_eq!(
            name_replaced(
                "Carolina Fuentes Rojas received Hiroshi Tanaka",
                "Fuentes",
                new
            ),
            "Carolina Fuentes Rojas received Hiroshi Tanaka"
        );
        assert_eq!(
            name_replaced("Meeting of Fuentes and Hiroshi Tanaka", "Fuentes", new),
            "Meeting of Carolina Fuentes Rojas and Hiroshi Tanaka"
        );
        // Not inside another word.
        assert_eq!(
            name_replaced("Meeting of Fuentesova and Ana Lima", "Fuentes", new),
            "Meeting of Fuentesova and Ana Lima"
        );
    }
}
