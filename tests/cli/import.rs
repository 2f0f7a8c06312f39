//! `diplocat import` and `diplocat status`.

use predicates::prelude::*;

use crate::{dump, fixture, repo_path, TestResult, Workspace};

#[test]
fn importing_the_bundled_seed_fills_every_table() -> TestResult {
    let ws = Workspace::new()?;
    let out = ws
        .cmd(&["import"])?
        .assert()
        .success()
        .stdout(predicate::str::contains("imported into"))
        .stdout(predicate::str::contains("meetings"));
    // A new catalog has nothing to update: every row of the summary says new.
    let text = String::from_utf8(out.get_output().stdout.clone())?;
    for line in text
        .lines()
        .skip(2)
        .take_while(|l| !l.starts_with("rows per table"))
    {
        let cells: Vec<&str> = line.split_whitespace().collect();
        assert_eq!(cells.get(2), Some(&"0"), "{line}");
    }
    let conn = ws.open()?;
    for (table, at_least) in [
        ("articles", 5),
        ("people", 8),
        ("organizations", 5),
        ("places", 5),
        ("positions", 8),
        ("memberships", 1),
        ("meetings", 10),
        ("participants", 10),
        ("evidence", 20),
        ("mentions", 50),
    ] {
        let n: i64 = conn.query_row(&format!("SELECT count(*) FROM {table}"), [], |r| r.get(0))?;
        assert!(n >= at_least, "{table} has {n} rows");
    }
    Ok(())
}

#[test]
fn reimporting_the_seed_changes_nothing() -> TestResult {
    let ws = Workspace::seeded()?;
    let before = dump(&ws.open()?)?;
    ws.cmd(&["import"])?
        .assert()
        .success()
        .stdout(predicate::str::contains("already up to date"));
    assert_eq!(dump(&ws.open()?)?, before);
    Ok(())
}

#[test]
fn importing_the_seed_folder_from_disk_gives_the_same_catalog_as_the_bundled_one() -> TestResult {
    let bundled = Workspace::seeded()?;
    let disk = Workspace::new()?;
    disk.cmd(&["import", &repo_path("seed").display().to_string()])?
        .assert()
        .success();
    // Row for row the same, but for which file gave each curated row.
    let rows = |ws: &Workspace| -> Result<Vec<String>, rusqlite::Error> {
        let mut d = dump(&ws.open()?)?;
        d.retain(|l| !l.starts_with("curated_rows:"));
        Ok(d)
    };
    assert_eq!(rows(&bundled)?, rows(&disk)?);
    Ok(())
}

#[test]
fn every_evidence_sentence_is_at_its_offsets_in_the_body() -> TestResult {
    let ws = Workspace::seeded()?;
    let conn = ws.open()?;
    let mut stmt = conn.prepare(
        "SELECT e.sentence, a.body, e.start_char, e.end_char FROM evidence e JOIN articles a ON a.id = e.article_id",
    )?;
    let rows = stmt.query_map([], |r| {
        Ok((
            r.get::<_, String>(0)?,
            r.get::<_, String>(1)?,
            r.get::<_, i64>(2)? as usize,
            r.get::<_, i64>(3)? as usize,
        ))
    })?;
    let mut n = 0;
    for row in rows {
        let (sentence, body, start, end) = row?;
        let at: String = body.chars().skip(start).take(end - start).collect();
        assert_eq!(at, sentence);
        n += 1;
    }
    assert!(n > 0);
    // SQLite's substr counts characters too, as catalog_docs says.
    let bad: i64 = conn.query_row(
        "SELECT count(*) FROM evidence e JOIN articles a ON a.id = e.article_id WHERE substr(a.body, e.start_char + 1, e.end_char - e.start_char) <> e.sentence",
        [],
        |r| r.get(0),
    )?;
    assert_eq!(bad, 0);
    let bad_mentions: i64 = conn.query_row(
        "SELECT count(*) FROM mentions m JOIN articles a ON a.id = m.article_id WHERE substr(a.body, m.start_char + 1, m.end_char - m.start_char) <> m.surface",
        [],
        |r| r.get(0),
    )?;
    assert_eq!(bad_mentions, 0);
    Ok(())
}

#[test]
fn every_meeting_position_and_membership_of_the_seed_has_evidence() -> TestResult {
    let ws = Workspace::seeded()?;
    let conn = ws.open()?;
    for (table, column) in [
        ("meetings", "meeting_id"),
        ("positions", "position_id"),
        ("memberships", "membership_id"),
    ] {
        let n: i64 = conn.query_row(
            &format!("SELECT count(*) FROM {table} t WHERE NOT EXISTS (SELECT 1 FROM evidence e WHERE e.{column} = t.id)"),
            [],
            |r| r.get(0),
        )?;
        assert_eq!(n, 0, "{table} without evidence");
    }
    Ok(())
}

#[test]
fn the_rename_of_isesco_to_icesco_keeps_one_organization() -> TestResult {
    let ws = Workspace::seeded()?;
    let conn = ws.open()?;
    let (until, from): (String, String) = conn.query_row(
        "SELECT (SELECT valid_until FROM organization_names WHERE name = 'ISESCO'),
                (SELECT valid_from FROM organization_names WHERE name = 'ICESCO')",
        [],
        |r| Ok((r.get(0)?, r.get(1)?)),
    )?;
    assert_eq!(
        (until.as_str(), from.as_str()),
        ("2020-01-30", "2020-01-30")
    );
    let ids: i64 = conn.query_row(
        "SELECT count(DISTINCT organization_id) FROM organization_names WHERE name IN ('ISESCO', 'ICESCO')",
        [],
        |r| r.get(0),
    )?;
    assert_eq!(ids, 1);
    let member_since: String = conn.query_row(
        "SELECT start_date FROM memberships m JOIN places p ON p.id = m.member_place_id WHERE p.key = 'azerbaijan'",
        [],
        |r| r.get(0),
    )?;
    assert_eq!(member_since, "1991");
    Ok(())
}

#[test]
fn every_validation_error_is_listed_with_file_line_column_and_value_and_nothing_is_written(
) -> TestResult {
    let ws = Workspace::seeded()?;
    let before = dump(&ws.open()?)?;
    let out = ws
        .cmd(&["import", &fixture("invalid").display().to_string()])?
        .assert()
        .code(1)
        .get_output()
        .clone();
    let err = String::from_utf8(out.stderr)?;
    for expected in [
        "organizations.csv:1: value \"key,kind\": the header lacks the required column 'name'",
        "places.csv:1: column 4: value \"colour\": unknown column",
        "people.csv:3: column 1 (key): value \"jeyhun-bayramov\": this key is already used",
        "meetings.csv:2: column 5 (place): value \"atlantis\": refers to no place; give a place's key, or add the place to places.csv",
        "meetings.csv:2: column 3 (date): value \"2023-02-30\": there is no such day",
        "meetings.csv:3: column 2 (kind): value \"banquet\": unknown value",
        "meetings.csv:3: column 3 (date): value \"2023-13\": there is no such month",
        "participants.csv:3: column 2 (participant): value \"nobody-at-all\": refers to no person or organization; give its key, or add it to people.csv or organizations.csv",
        "evidence.csv:2: column 3 (sentence): value \"Bayramov and AlMalik danced the tango.\": this sentence is not found verbatim",
        "evidence.csv:3: column 2 (article): value \"missing.txt\": no article file",
        "nothing was written",
    ] {
        assert!(err.contains(expected), "missing {expected:?} in:\n{err}");
    }
    assert_eq!(dump(&ws.open()?)?, before);
    Ok(())
}

#[test]
fn a_changed_curated_row_updates_in_place() -> TestResult {
    let ws = Workspace::seeded()?;
    let id_before: i64 = ws.open()?.query_row(
        "SELECT id FROM people WHERE key = 'jeyhun-bayramov'",
        [],
        |r| r.get(0),
    )?;
    ws.cmd(&["import", &fixture("good-extra").display().to_string()])?
        .assert()
        .success()
        .stdout(predicate::str::is_match(r"people\s+0\s+1\s+0")?);
    let (id, description): (i64, String) = ws.open()?.query_row(
        "SELECT id, description FROM people WHERE key = 'jeyhun-bayramov'",
        [],
        |r| Ok((r.get(0)?, r.get(1)?)),
    )?;
    assert_eq!(id, id_before);
    assert_eq!(
        description,
        "Minister of Foreign Affairs of the Republic of Azerbaijan"
    );
    Ok(())
}

#[test]
fn a_catalog_from_a_newer_diplocat_is_refused_and_left_alone() -> TestResult {
    let ws = Workspace::seeded()?;
    ws.open()?.execute(
        "INSERT INTO refinery_schema_history (version, name, applied_on, checksum) VALUES (99, 'from_the_future', '2030-01-01T00:00:00Z', '1')",
        [],
    )?;
    let before = std::fs::read(ws.db())?;
    ws.cmd(&["import"])?
        .assert()
        .code(1)
        .stderr(predicate::str::contains("written by a newer diplocat"));
    ws.cmd(&["status"])?
        .assert()
        .code(1)
        .stderr(predicate::str::contains("written by a newer diplocat"));
    assert_eq!(std::fs::read(ws.db())?, before);
    Ok(())
}

#[test]
fn a_catalog_whose_migration_differs_is_refused() -> TestResult {
    let ws = Workspace::seeded()?;
    ws.open()?.execute(
        "UPDATE refinery_schema_history SET checksum = '12345' WHERE version = 1",
        [],
    )?;
    ws.cmd(&["import"])?
        .assert()
        .code(1)
        .stderr(predicate::str::contains("differs from this build"));
    Ok(())
}

#[test]
fn status_lists_migrations_and_row_counts() -> TestResult {
    let ws = Workspace::seeded()?;
    ws.cmd(&["status"])?
        .assert()
        .success()
        .stdout(predicate::str::contains("V1__create_catalog"))
        .stdout(predicate::str::is_match(r"articles\s+5")?)
        .stdout(predicate::str::contains("check:").not());
    ws.cmd(&["status", "--check"])?
        .assert()
        .success()
        .stdout(predicate::str::contains("check: ok"));
    Ok(())
}

#[test]
fn status_on_a_missing_catalog_says_to_import_first() -> TestResult {
    let ws = Workspace::new()?;
    ws.cmd(&["status"])?
        .assert()
        .code(1)
        .stderr(predicate::str::contains(format!(
            "run `diplocat --db {} import` first",
            ws.db().display()
        )));
    assert!(!ws.db().exists());
    Ok(())
}

#[test]
fn the_system_sqlite3_shell_opens_the_catalog() -> TestResult {
    let ws = Workspace::seeded()?;
    let out = std::process::Command::new("sqlite3")
        .arg(ws.db())
        .arg("SELECT count(*) FROM meetings; SELECT name FROM organization_names WHERE name = 'ISESCO'; PRAGMA integrity_check; PRAGMA foreign_key_check;")
        .output()
        .map_err(|e| format!("the sqlite3 shell is needed for this test (apt-get install sqlite3): {e}"))?;
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let text = String::from_utf8(out.stdout)?;
    let lines: Vec<&str> = text.lines().collect();
    assert_eq!(lines.get(1), Some(&"ISESCO"));
    assert_eq!(lines.get(2), Some(&"ok"));
    assert_eq!(
        lines.len(),
        3,
        "foreign_key_check reported problems: {text}"
    );
    Ok(())
}

#[test]
fn python_sqlite3_opens_the_catalog() -> TestResult {
    let ws = Workspace::seeded()?;
    let script = format!(
        "import sqlite3; c = sqlite3.connect({:?}); print(c.execute('SELECT count(*) FROM articles').fetchone()[0])",
        ws.db().display().to_string()
    );
    let out = std::process::Command::new("python3")
        .args(["-c", &script])
        .output()
        .map_err(|e| format!("python3 is needed for this test: apt-get install python3 ({e})"))?;
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    assert_eq!(String::from_utf8(out.stdout)?.trim(), "5");
    Ok(())
}

/// Every column of every table and of every view (the reports' `report_*`), in the catalog as
/// an import makes it and as `upgrade` brings an older one up to date.
#[test]
fn catalog_docs_describes_every_column_of_every_table_and_view() -> TestResult {
    let ws = Workspace::seeded()?;
    let undocumented =
        |ws: &Workspace| -> Result<Vec<(String, String)>, Box<dyn std::error::Error>> {
            let conn = ws.open()?;
            let mut stmt = conn.prepare(
            "SELECT m.name, p.name FROM sqlite_master m, pragma_table_info(m.name) p
             WHERE m.type IN ('table', 'view') AND m.name NOT LIKE 'sqlite_%' AND m.name NOT LIKE 'articles_fts%'
               AND NOT EXISTS (SELECT 1 FROM catalog_docs d WHERE d.table_name = m.name AND d.column_name = p.name
                                 AND trim(d.description) <> '')",
        )?;
            let missing = stmt
                .query_map([], |r| Ok((r.get(0)?, r.get(1)?)))?
                .collect::<Result<_, _>>()?;
            Ok(missing)
        };
    let views: i64 = ws.open()?.query_row(
        "SELECT count(*) FROM sqlite_master WHERE type = 'view' AND name LIKE 'report%'",
        [],
        |r| r.get(0),
    )?;
    assert!(views >= 10, "{views} report views");
    assert_eq!(undocumented(&ws)?, vec![], "undocumented columns");
    // A catalog whose views were documented without their columns (as an older diplocat made
    // them): an import that brings nothing new documents them, and so does upgrade (which
    // writes the views of this version when it applies a migration: here the latest).
    for (args, older) in [(&["import"][..], false), (&["upgrade"], true)] {
        ws.open()?.execute(
            "DELETE FROM catalog_docs WHERE table_name LIKE 'report%' AND column_name <> ''",
            [],
        )?;
        if older {
            ws.open()?.execute(
                "DELETE FROM refinery_schema_history WHERE version = (SELECT max(version) FROM refinery_schema_history)",
                [],
            )?;
        }
        assert!(!undocumented(&ws)?.is_empty());
        ws.cmd(args)?.assert().success();
        assert_eq!(
            undocumented(&ws)?,
            vec![],
            "undocumented columns after {args:?}"
        );
    }
    let conn = ws.open()?;
    let tables_without_doc: i64 = conn.query_row(
        "SELECT count(*) FROM sqlite_master m WHERE m.type IN ('table', 'view') AND m.name NOT LIKE 'sqlite_%' AND m.name NOT LIKE 'articles_fts_%'
         AND NOT EXISTS (SELECT 1 FROM catalog_docs d WHERE d.table_name = m.name AND d.column_name = '')",
        [],
        |r| r.get(0),
    )?;
    assert_eq!(tables_without_doc, 0);
    Ok(())
}

#[test]
fn a_path_that_does_not_exist_is_named_in_the_error() -> TestResult {
    let ws = Workspace::new()?;
    ws.cmd(&["import", "no/such/folder"])?
        .assert()
        .code(1)
        .stderr(predicate::str::contains("no/such/folder"));
    Ok(())
}

/// The full-text rows of an import are written in one statement after its articles, with the
/// insert trigger set aside meanwhile: the index must hold every article, and the trigger must
/// be back exactly as it was, for writers other than diplocat.
#[test]
fn an_import_indexes_every_new_article_and_puts_the_search_trigger_back() -> TestResult {
    let ws = Workspace::seeded()?;
    let trigger = |conn: &rusqlite::Connection| -> rusqlite::Result<String> {
        conn.query_row(
            "SELECT sql FROM sqlite_master WHERE type = 'trigger' AND name = 'articles_fts_after_insert'",
            [],
            |r| r.get(0),
        )
    };
    let before = trigger(&ws.open()?)?;
    ws.cmd(&["import", &fixture("raw-articles").display().to_string()])?
        .assert()
        .success();
    let conn = ws.open()?;
    assert_eq!(trigger(&conn)?, before);
    conn.execute(
        "INSERT INTO articles_fts (articles_fts) VALUES ('integrity-check')",
        [],
    )?;
    let (articles, indexed): (i64, i64) = conn.query_row(
        "SELECT (SELECT count(*) FROM articles),
                (SELECT count(*) FROM articles a WHERE a.id IN (SELECT rowid FROM articles_fts WHERE articles_fts MATCH 'the'))",
        [],
        |r| Ok((r.get(0)?, r.get(1)?)),
    )?;
    assert_eq!(indexed, articles);
    // Each raw article is found by a word of its own body.
    ws.cmd(&["search", "restoration", "--format", "csv"])?
        .assert()
        .success()
        .stdout(predicate::str::contains("trend.txt"));
    // A writer other than diplocat is still followed by the trigger.
    conn.execute(
        "INSERT INTO articles (sha256, file_name, body, raw_text, language, imported_at)
         VALUES (printf('%064d', 7), 'by-hand.txt', 'A zanzibarian sentence.', 'A zanzibarian sentence.', 'en', '2026-01-01T00:00:00Z')",
        [],
    )?;
    let found: i64 = conn.query_row(
        "SELECT count(*) FROM articles_fts WHERE articles_fts MATCH 'zanzibarian'",
        [],
        |r| r.get(0),
    )?;
    assert_eq!(found, 1);
    Ok(())
}

/// `meeting_months` (read by report timeline) is kept by triggers: after imports, and after a
/// user's own inserts, updates and deletes, it equals a count of the meetings.
#[test]
fn meeting_months_always_equals_a_count_of_the_meetings() -> TestResult {
    let ws = Workspace::seeded()?;
    ws.cmd(&["import", &fixture("raw-articles").display().to_string()])?
        .assert()
        .success();
    let conn = ws.open()?;
    let differences = |conn: &rusqlite::Connection| -> rusqlite::Result<i64> {
        conn.query_row(
            "WITH counted AS (SELECT CASE WHEN date_earliest IS NULL OR date_latest IS NULL THEN 'unknown'
                                          WHEN substr(date_earliest, 1, 7) = substr(date_latest, 1, 7) THEN substr(date_earliest, 1, 7)
                                          ELSE substr(date_earliest, 1, 4) END AS month, kind, count(*) AS meetings
                              FROM meetings GROUP BY 1, 2)
             SELECT count(*) FROM (SELECT * FROM counted EXCEPT SELECT * FROM meeting_months
                                   UNION ALL
                                   SELECT * FROM meeting_months EXCEPT SELECT * FROM counted)",
            [],
            |r| r.get(0),
        )
    };
    assert_eq!(differences(&conn)?, 0);
    let months: i64 = conn.query_row("SELECT count(*) FROM meeting_months", [], |r| r.get(0))?;
    assert!(months > 3, "{months} months");
    conn.execute_batch(
        "UPDATE meetings SET kind = 'visit', date_earliest = '1999-05-01', date_latest = '1999-05-01' WHERE id = (SELECT min(id) FROM meetings);
         UPDATE meetings SET date = '2007', date_earliest = '2007-01-01', date_latest = '2007-12-31' WHERE id = (SELECT min(id) + 1 FROM meetings);
         UPDATE meetings SET date_earliest = NULL WHERE id = (SELECT max(id) FROM meetings);
         DELETE FROM evidence WHERE meeting_id = (SELECT min(id) FROM meetings WHERE kind = 'conference');
         DELETE FROM participants WHERE meeting_id = (SELECT min(id) FROM meetings WHERE kind = 'conference');
         DELETE FROM meetings WHERE id = (SELECT min(id) FROM meetings WHERE kind = 'conference');",
    )?;
    assert_eq!(differences(&conn)?, 0);
    // The report reads the counts and gives the same table as counting the meetings.
    let out = ws
        .cmd(&["report", "timeline", "--format", "csv"])?
        .assert()
        .success();
    let text = String::from_utf8(out.get_output().stdout.clone())?;
    assert!(text.contains("\n1999,1,0,0,1,0,0\n"), "{text}");
    // A meeting known to the year only is counted under its year, never under January.
    let out = ws
        .cmd(&["report", "timeline", "-p", "by=month", "--format", "csv"])?
        .assert()
        .success();
    let text = String::from_utf8(out.get_output().stdout.clone())?;
    assert!(text.contains("\n2007,1,"), "{text}");
    assert!(!text.contains("\n2007-01,"), "{text}");
    assert!(text.contains("\n1999-05,1,"), "{text}");
    Ok(())
}

/// A catalog made before V5 (no meeting_months, no coordinates of places): reads name the
/// missing migrations and the command that adds them, and leave the file alone; `upgrade`
/// adds them and keeps every row.
#[test]
fn an_older_catalog_is_named_by_reads_and_brought_up_to_date_by_upgrade() -> TestResult {
    let ws = Workspace::seeded()?;
    let timeline = |ws: &Workspace| -> Result<String, Box<dyn std::error::Error>> {
        let out = ws
            .cmd(&["report", "timeline", "--format", "csv"])?
            .assert()
            .success();
        Ok(String::from_utf8(out.get_output().stdout.clone())?)
    };
    let expected = timeline(&ws)?;
    {
        let conn = ws.open()?;
        conn.execute_batch(
            "DELETE FROM refinery_schema_history WHERE version = 13;
             CREATE INDEX meetings_place_id ON meetings(place_id);
             CREATE INDEX meetings_date_earliest ON meetings(date_earliest);
             CREATE INDEX evidence_article_id ON evidence(article_id);
             DELETE FROM refinery_schema_history WHERE version = 12;
             DROP TRIGGER meeting_people_after_participant_insert;
             DROP TRIGGER meeting_people_after_participant_delete;
             DROP TRIGGER meeting_people_after_participant_update;
             DROP TRIGGER meeting_people_after_meeting_update;
             DROP TRIGGER meeting_people_after_meeting_delete;
             DROP TABLE meeting_people;
             DROP INDEX meetings_summary;
             DELETE FROM catalog_docs WHERE table_name = 'meeting_people';
             DELETE FROM refinery_schema_history WHERE version = 11;
             DROP VIEW report_decisions;
             DROP VIEW report_meetings;
             DROP VIEW report_review;
             DROP VIEW report_meetings_by_place;
             DROP INDEX decisions_subject;
             DROP TABLE decisions;
             DROP TABLE curated_rows;
             ALTER TABLE meetings DROP COLUMN reviewed_by;
             ALTER TABLE articles DROP COLUMN extracted_by;
             DELETE FROM catalog_docs WHERE table_name IN ('decisions', 'curated_rows')
                 OR (table_name = 'meetings' AND column_name = 'reviewed_by')
                 OR (table_name = 'articles' AND column_name = 'extracted_by');
             DELETE FROM refinery_schema_history WHERE version IN (8, 10);
             DROP INDEX places_geonames_id;
             ALTER TABLE places DROP COLUMN latitude;
             ALTER TABLE places DROP COLUMN longitude;
             ALTER TABLE places DROP COLUMN geonames_id;
             DELETE FROM catalog_docs WHERE table_name = 'places'
                 AND column_name IN ('latitude', 'longitude', 'geonames_id');
             DELETE FROM refinery_schema_history WHERE version = 6;
             DROP TRIGGER meeting_months_after_insert;
             DROP TRIGGER meeting_months_after_delete;
             DROP TRIGGER meeting_months_after_update;
             DROP TABLE meeting_months;
             DELETE FROM catalog_docs WHERE table_name = 'meeting_months';
             DELETE FROM refinery_schema_history WHERE version = 5;
             DELETE FROM refinery_schema_history WHERE version = 7;
             DROP TABLE articles_fts;
             CREATE VIRTUAL TABLE articles_fts USING fts5(
                 title, body, content = 'articles', content_rowid = 'id',
                 tokenize = 'unicode61 remove_diacritics 2');
             INSERT INTO articles_fts (rowid, title, body) SELECT id, coalesce(title, ''), body FROM articles;
             UPDATE catalog_docs SET description = 'Full-text index (FTS5) of articles.title and articles.body, rowid = articles.id; kept in step by triggers.'
                 WHERE table_name = 'articles_fts' AND column_name = '';
             DELETE FROM refinery_schema_history WHERE version = 9;
             PRAGMA wal_checkpoint(TRUNCATE);",
        )?;
    }
    // The search index's description is V9's again after the upgrade; the rest is as it was.
    let search_doc = |l: &String| !l.starts_with("catalog_docs:Text(\"articles_fts\")|Text(\"\")|");
    let mut rows = dump(&ws.open()?)?;
    rows.retain(search_doc);
    let bytes = std::fs::read(ws.db())?;
    for args in [
        &["report", "timeline"][..],
        &["query", "SELECT 1"],
        &["search", "ICESCO"],
        &["datasette-metadata"],
    ] {
        ws.cmd(args)?
            .assert()
            .code(1)
            .stderr(predicate::str::contains("catalog.db"))
            .stderr(predicate::str::contains("V5__count_meetings_by_month"))
            .stderr(predicate::str::contains(format!(
                "diplocat --db {} upgrade",
                ws.db().display()
            )));
    }
    ws.cmd(&["status"])?
        .assert()
        .success()
        .stdout(predicate::str::contains(
            "migrations pending (run `diplocat upgrade`):\n  V5__count_meetings_by_month\n  V6__locate_places\n  V7__count_year_only_meetings_by_year\n  V8__record_decisions\n  V9__redeclare_article_search\n  V10__document_decision_withdrawal\n  V11__index_meeting_people\n  V12__drop_duplicate_indexes\n  V13__document_curated_article_rows",
        ));
    assert_eq!(std::fs::read(ws.db())?, bytes);
    ws.cmd(&["upgrade"])?
        .assert()
        .success()
        .stdout(predicate::str::contains(
            "applied\n  V5__count_meetings_by_month\n  V6__locate_places\n  V7__count_year_only_meetings_by_year\n  V8__record_decisions\n  V9__redeclare_article_search\n  V10__document_decision_withdrawal\n  V11__index_meeting_people\n  V12__drop_duplicate_indexes\n  V13__document_curated_article_rows",
        ));
    // The report views are this build's again: the ones the older catalog lacked are back.
    let views: Vec<String> = ws
        .open()?
        .prepare("SELECT name FROM sqlite_master WHERE type = 'view' ORDER BY name")?
        .query_map([], |r| r.get(0))?
        .collect::<Result<_, _>>()?;
    for v in [
        "report_decisions",
        "report_meetings",
        "report_meetings_by_place",
        "report_review",
    ] {
        assert!(
            views.iter().any(|x| x == v),
            "{v} missing after upgrade: {views:?}"
        );
    }
    // V11 indexes the people of every meeting that has any.
    let (indexed, with_people): (i64, i64) = ws.open()?.query_row(
        "SELECT (SELECT count(*) FROM meeting_people),
                (SELECT count(DISTINCT meeting_id) FROM participants WHERE person_id IS NOT NULL)",
        [],
        |r| Ok((r.get(0)?, r.get(1)?)),
    )?;
    assert!(
        indexed > 0 && indexed == with_people,
        "{indexed} of {with_people}"
    );
    let mut after = dump(&ws.open()?)?;
    after.retain(search_doc);
    after.retain(|l| !l.contains("meeting_months") && !l.contains("meeting_people"));
    after.retain(|l| {
        !(l.starts_with("catalog_docs:")
            && (["latitude", "longitude", "geonames_id"]
                .iter()
                .any(|c| l.contains(&format!("Text(\"places\")|Text(\"{c}\")")))
                || l.contains("Text(\"decisions\")")
                || l.contains("Text(\"curated_rows\")")
                || l.contains("Text(\"reviewed_by\")")
                || l.contains("Text(\"extracted_by\")")))
    });
    // Meetings are not reviewed, articles not yet marked with the extractor that read them.
    for l in after
        .iter_mut()
        .filter(|l| l.starts_with("meetings:") || l.starts_with("articles:"))
    {
        let kept = l
            .strip_suffix("Null|")
            .ok_or("a meeting or article gained a value")?
            .to_string();
        *l = kept;
    }
    // Every place is kept, with no coordinates until an import names it again.
    for l in after.iter_mut().filter(|l| l.starts_with("places:")) {
        let kept = l
            .strip_suffix("Null|Null|Null|")
            .ok_or("a place gained a value")?
            .to_string();
        *l = kept;
    }
    assert_eq!(after, rows);
    assert_eq!(timeline(&ws)?, expected);
    // The search index is declared again as Datasette finds it, and holds every article.
    let declared: String = ws.open()?.query_row(
        "SELECT sql FROM sqlite_master WHERE name = 'articles_fts'",
        [],
        |r| r.get(0),
    )?;
    assert!(declared.contains("content=\"articles\""), "{declared}");
    ws.cmd(&["search", "memorandum Shusha", "--format", "csv"])?
        .assert()
        .success()
        .stdout(predicate::str::contains("001_ef0aca2a63d65faa.txt"));
    ws.cmd(&["upgrade"])?
        .assert()
        .success()
        .stdout(predicate::str::contains("already up to date"));
    Ok(())
}
