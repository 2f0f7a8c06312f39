//! Reading stored articles again: after `--reextract` (every article), or when an import
//! changed the names extraction recognises (the articles that contain one of those names).
//! What extraction finds is written as usual (a meeting found again as it was is unchanged);
//! what it found before in those articles and no longer finds is removed, unless it is curated
//! or a person accepted it.

use std::collections::{BTreeSet, HashSet};
use std::sync::LazyLock;

use rusqlite::{params, Transaction};
use sha2::{Digest, Sha256};

use super::store::known_names;
use super::summary::Summary;

/// The extractor's version: a digest of its code and word lists, so that a catalog can tell
/// which articles an older (or newer) diplocat read.
pub static EXTRACTOR_VERSION: LazyLock<String> = LazyLock::new(|| {
    static EXTRACT: include_dir::Dir<'static> =
        include_dir::include_dir!("$CARGO_MANIFEST_DIR/src/extract");
    let mut files: Vec<&include_dir::File<'_>> = Vec::new();
    fn walk<'a>(dir: &'a include_dir::Dir<'a>, out: &mut Vec<&'a include_dir::File<'a>>) {
        out.extend(dir.files());
        for d in dir.dirs() {
            walk(d, out);
        }
    }
    walk(&EXTRACT, &mut files);
    files.sort_by_key(|f| f.path());
    let mut h = Sha256::new();
    for f in files {
        h.update(f.path().to_string_lossy().as_bytes());
        h.update(f.contents());
    }
    let digest = h.finalize();
    digest[..8].iter().map(|b| format!("{b:02x}")).collect()
});

/// The names extraction recognises, as (entity kind, entity id, name).
pub(super) fn name_set(tx: &Transaction) -> rusqlite::Result<HashSet<(String, i64, String)>> {
    Ok(known_names(tx)?
        .into_iter()
        .map(|n| (format!("{:?}", n.entity.kind), n.entity.id, n.name))
        .collect())
}

/// Stored articles (other than `skip`) that contain one of the names new, changed or gone since
/// `before` (a name taken from one entity may now name another without doubt), found with the
/// full-text index.
pub(super) fn articles_naming(
    tx: &Transaction,
    before: &HashSet<(String, i64, String)>,
    skip: &HashSet<i64>,
) -> rusqlite::Result<Vec<i64>> {
    let after = name_set(tx)?;
    let changed: BTreeSet<&str> = after
        .symmetric_difference(before)
        .map(|(_, _, name)| name.as_str())
        .collect();
    Ok(articles_with(tx, changed)?
        .into_iter()
        .filter(|id| !skip.contains(id))
        .collect())
}

/// Stored articles that contain one of these names, found with the full-text index.
pub(super) fn articles_with<'n>(
    tx: &Transaction,
    names: impl IntoIterator<Item = &'n str>,
) -> rusqlite::Result<BTreeSet<i64>> {
    let mut out: BTreeSet<i64> = BTreeSet::new();
    let mut stmt =
        tx.prepare_cached("SELECT rowid FROM articles_fts WHERE articles_fts MATCH ?1")?;
    for name in names {
        // A phrase of the name's words (quotes doubled), as FTS5 reads it.
        let words: Vec<String> = name
            .split(|c: char| !c.is_alphanumeric())
            .filter(|w| !w.is_empty())
            .map(|w| format!("\"{}\"", w.replace('"', "\"\"")))
            .collect();
        if words.is_empty() {
            continue;
        }
        let query = words.join(" + ");
        for id in stmt.query_map([query], |r| r.get::<_, i64>(0))? {
            out.insert(id?);
        }
    }
    Ok(out)
}

/// Every stored article.
pub(super) fn all_articles(tx: &Transaction) -> rusqlite::Result<Vec<i64>> {
    tx.prepare("SELECT id FROM articles ORDER BY id")?
        .query_map([], |r| r.get(0))?
        .collect()
}

/// Takes out what extraction found in these articles before and did not find again (`kept`:
/// the evidence rows this import's extraction wrote or found unchanged): their extracted
/// evidence, then the extracted meetings left with no evidence, unless a person accepted them.
pub(super) fn sweep(
    tx: &Transaction,
    articles: &[i64],
    kept: &HashSet<i64>,
    s: &mut Summary,
) -> rusqlite::Result<()> {
    let mut stale: Vec<(i64, i64)> = Vec::new();
    {
        let mut stmt = tx.prepare_cached(
            "SELECT e.id, e.meeting_id FROM evidence e JOIN meetings m ON m.id = e.meeting_id
             WHERE e.article_id = ?1 AND e.method = 'extracted' AND m.reviewed_by IS NULL
               AND NOT EXISTS (SELECT 1 FROM decisions d WHERE d.subject = m.key)",
        )?;
        for a in articles {
            for r in stmt.query_map([a], |r| Ok((r.get(0)?, r.get(1)?)))? {
                let (id, meeting) = r?;
                if !kept.contains(&id) {
                    stale.push((id, meeting));
                }
            }
        }
    }
    let mut meetings: BTreeSet<i64> = BTreeSet::new();
    for (id, meeting) in stale {
        tx.prepare_cached("DELETE FROM evidence WHERE id = ?1")?
            .execute([id])?;
        s.tables.entry("evidence").or_default().removed += 1;
        meetings.insert(meeting);
    }
    for m in meetings {
        let orphan = tx
            .prepare_cached(
                "SELECT NOT EXISTS (SELECT 1 FROM evidence WHERE meeting_id = ?1)
                    AND EXISTS (SELECT 1 FROM meetings WHERE id = ?1 AND method = 'extracted' AND reviewed_by IS NULL)",
            )?
            .query_row([m], |r| r.get::<_, bool>(0))?;
        if !orphan {
            continue;
        }
        let n = tx
            .prepare_cached("DELETE FROM participants WHERE meeting_id = ?1")?
            .execute([m])?;
        s.tables.entry("participants").or_default().removed += n as u64;
        tx.prepare_cached("DELETE FROM meetings WHERE id = ?1")?
            .execute([m])?;
        s.tables.entry("meetings").or_default().removed += 1;
    }
    Ok(())
}

/// Records that these articles were read by this extractor; returns how many were read by
/// another one before.
pub(super) fn mark(tx: &Transaction, articles: &[i64]) -> rusqlite::Result<usize> {
    let mut stmt = tx.prepare_cached(
        "UPDATE articles SET extracted_by = ?1 WHERE id = ?2 AND extracted_by IS NOT ?1",
    )?;
    let mut n = 0;
    for id in articles {
        n += stmt.execute(params![EXTRACTOR_VERSION.as_str(), id])?;
    }
    Ok(n)
}
