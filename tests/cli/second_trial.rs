//! What a second new user's trial ran into: each a test of what they see now.

use std::path::Path;

use predicates::prelude::*;

use crate::extraction::import_articles;
use crate::{TestResult, Workspace};

/// A wire report of one meeting of two ministers, with its day and place.
const ONE_MEETING: &str = "OSLO, March 4, 2024 (Wire) - Foreign Minister of Norway Kari Nordvik met Minister of Culture of Sweden Lars Holm in Oslo on Monday.\n";

/// The catalog's bytes, to tell that a command left the file as it was.
fn bytes(db: &Path) -> std::io::Result<Vec<u8>> {
    std::fs::read(db)
}

/// One value of a query, as text.
fn one(ws: &Workspace, sql: &str) -> Result<String, Box<dyn std::error::Error>> {
    let conn = ws.open()?;
    Ok(conn.query_row(sql, [], |r| r.get::<_, String>(0))?)
}

#[test]
fn the_same_people_the_same_day_in_two_cities_are_two_meetings() -> TestResult {
    let ws = Workspace::new()?;
    import_articles(
        &ws,
        "news",
        &[
            ("m1.txt", "Ministers meet\n\nOSLO, 4 March 2024 - Norwegian Foreign Minister Ingrid Haldorsen met her Chilean counterpart, Tomas Errazuriz, in Oslo on Monday.\n"),
            ("m2.txt", "Ministers meet again\n\nBERGEN, 4 March 2024 - Norwegian Foreign Minister Ingrid Haldorsen met her Chilean counterpart, Tomas Errazuriz, in Bergen on Monday.\n"),
        ],
    )?;
    let places = one(
        &ws,
        "SELECT group_concat(p.name, ';') FROM (SELECT p.name FROM meetings m JOIN places p ON p.id = m.place_id ORDER BY p.name) p",
    )?;
    assert_eq!(places, "Bergen;Oslo");
    Ok(())
}

#[test]
fn a_role_changed_by_a_decision_is_up_to_date_at_the_next_import_and_a_failed_import_leaves_the_bytes(
) -> TestResult {
    let ws = Workspace::new()?;
    import_articles(&ws, "news", &[("n1.txt", ONE_MEETING)])?;
    // The extracted meeting and one of its people, who takes part as a participant.
    let (meeting, person): (String, String) = ws.open()?.query_row(
        "SELECT m.key, p.key FROM participants pa JOIN meetings m ON m.id = pa.meeting_id
         JOIN people p ON p.id = pa.person_id WHERE m.method = 'extracted' AND pa.role = 'participant'
         ORDER BY m.id, p.id LIMIT 1",
        [],
        |r| Ok((r.get(0)?, r.get(1)?)),
    )?;
    let decisions = ws.dir.path().join("decisions.csv");
    std::fs::write(
        &decisions,
        format!(
            "subject,action,value,reason\n\
             {meeting},remove-participant,{person},wrong role\n\
             {meeting},add-participant,{person} as host,the host\n"
        ),
    )?;
    ws.cmd(&["import", "decisions.csv"])?.assert().success();
    let role = one(
        &ws,
        &format!(
            "SELECT role FROM participants pa JOIN meetings m ON m.id = pa.meeting_id
             JOIN people p ON p.id = pa.person_id WHERE m.key = '{meeting}' AND p.key = '{person}'"
        ),
    )?;
    assert_eq!(role, "host");
    // The same files again: nothing new and nothing removed, the file as it was.
    let before = bytes(&ws.db())?;
    for args in [
        &["import", "news"][..],
        &["import", "news", "decisions.csv"],
    ] {
        ws.cmd(args)?
            .assert()
            .success()
            .stdout(predicate::str::contains("already up to date"));
        assert!(bytes(&ws.db())? == before, "{args:?} changed the file");
    }
    // A failed import (every file skipped: nothing was written) leaves every byte.
    std::fs::write(ws.dir.path().join("empty.txt"), "")?;
    ws.cmd(&["import", "empty.txt"])?
        .assert()
        .code(1)
        .stderr(predicate::str::contains("is empty"));
    assert!(
        bytes(&ws.db())? == before,
        "a failed import changed the file"
    );
    Ok(())
}

#[test]
fn a_curated_place_may_not_take_the_name_of_another_place_of_its_kind() -> TestResult {
    let ws = Workspace::new()?;
    import_articles(
        &ws,
        "news",
        &[
            ("t1.txt", "Ministers meet\n\nTALLINN, 4 March 2024 - Estonian Foreign Minister Mari Kask met her Chilean counterpart, Tomas Errazuriz, in Tallinn on Monday.\n"),
        ],
    )?;
    let tallinn = one(&ws, "SELECT key FROM places WHERE name = 'Tallinn'")?;
    let cur = ws.dir.path().join("cur");
    std::fs::create_dir(&cur)?;
    std::fs::write(
        cur.join("places.csv"),
        "key,name,kind,country\ntallinn-c,Tallinn,city,\n",
    )?;
    let before = bytes(&ws.db())?;
    ws.cmd(&["import", "cur/places.csv"])?
        .assert()
        .code(1)
        .stderr(predicate::str::contains(format!(
            "places.csv:2: column 2 (name): value \"Tallinn\": is already the name of the city {tallinn}"
        )))
        .stderr(predicate::str::contains(format!(
            "use its key {tallinn} instead of tallinn-c"
        )));
    assert!(
        bytes(&ws.db())? == before,
        "the refused import changed the file"
    );
    // Two rows of the import giving one name to two cities of one country: the second is
    // refused with the line of the first.
    std::fs::write(
        cur.join("places.csv"),
        "key,name,kind,country\nlarnaca,Larnaca,city,\nlarnaca-2,Larnaca,city,\n",
    )?;
    ws.cmd(&["import", "cur/places.csv"])?
        .assert()
        .code(1)
        .stderr(predicate::str::contains(
            "places.csv:3: column 2 (name): value \"Larnaca\": ",
        ))
        .stderr(predicate::str::contains(
            "places.csv:2 gives this name to the city larnaca",
        ));
    // A name of its own, or a place of another kind, is fine.
    std::fs::write(
        cur.join("places.csv"),
        "key,name,kind,country\ntallinn-old-town,Tallinn Old Town,site,\n",
    )?;
    ws.cmd(&["import", "cur/places.csv"])?.assert().success();
    Ok(())
}

#[cfg(unix)]
#[test]
fn ctrl_c_during_an_import_says_nothing_was_written_and_leaves_the_catalog() -> TestResult {
    use std::os::unix::process::ExitStatusExt;
    use std::process::{Command, Stdio};
    let ws = Workspace::seeded()?;
    let corpus = ws.dir.path().join("corpus");
    crate::synth::write_corpus(&corpus, 30, 3_000)?;
    let before = bytes(&ws.db())?;
    let rows = crate::dump(&ws.open()?)?;
    // Interrupted early and late: each time the same line, and the catalog as it was.
    for wait in [300, 1200] {
        let child = Command::new(assert_cmd::cargo::cargo_bin("diplocat"))
            .env_remove("DIPLOCAT_DB")
            .arg("--db")
            .arg(ws.db())
            .arg("import")
            .arg(corpus.join("articles"))
            .stdout(Stdio::null())
            .stderr(Stdio::piped())
            .spawn()?;
        std::thread::sleep(std::time::Duration::from_millis(wait));
        // SAFETY: sends SIGINT (what Ctrl-C sends) to the child this test started.
        let sent = unsafe { libc::kill(child.id() as libc::pid_t, libc::SIGINT) };
        assert_eq!(sent, 0);
        let out = child.wait_with_output()?;
        let err = String::from_utf8(out.stderr)?;
        assert_eq!(out.status.signal(), Some(libc::SIGINT), "{err}");
        assert_eq!(
            err.lines().last(),
            Some("diplocat: interrupted; nothing was written (the catalog is as it was)"),
            "{err}"
        );
        // The file as it was (what the import wrote is in the -wal, never committed), and
        // so are its rows.
        assert!(bytes(&ws.db())? == before, "wait {wait}: the file changed");
        assert!(
            crate::dump(&ws.open()?)? == rows,
            "wait {wait}: the rows changed"
        );
    }
    Ok(())
}

#[test]
fn a_gold_row_whose_quote_is_never_closed_is_named_as_such() -> TestResult {
    let ws = Workspace::seeded()?;
    let gold = ws.dir.path().join("gold.csv");
    let entities = ws.dir.path().join("entities.csv");
    std::fs::write(
        &entities,
        "file,type,name,aliases_in_text\nn1.txt,place,Vilnius,\n",
    )?;
    // With a line end after the last row, and without.
    for end in ["\n", ""] {
        std::fs::write(
            &gold,
            format!(
                "file,meeting_date,place,participants,kind\n\
                 n1.txt,2023-06-15,Vilnius,Audrius Kalvaitis | Kertu Saar,meeting\n\
                 n1.txt,\"2023-06-15,Vilnius,Audrius Kalvaitis | Kertu Saar,meeting{end}"
            ),
        )?;
        ws.cmd(&[
            "evaluate",
            "gold.csv",
            "--entities",
            "entities.csv",
        ])?
        .assert()
        .code(2)
        .stderr(predicate::str::contains(
            "gold.csv:3: a quote opened in this row is never closed, so the row runs on to line",
        ))
        .stderr(predicate::str::contains("close the quote"))
        .stderr(predicate::str::contains("field(s)").not());
    }
    Ok(())
}

#[test]
fn a_binary_file_named_as_a_curated_file_is_said_to_look_binary() -> TestResult {
    let ws = Workspace::seeded()?;
    let cur = ws.dir.path().join("cur");
    std::fs::create_dir(&cur)?;
    // Bytes of no text (as a picture's), under a curated file's name.
    let mut x: u32 = 12345;
    let noise: Vec<u8> = std::iter::once(b'8')
        .chain((0..2000).map(|_| {
            x = x.wrapping_mul(1_103_515_245).wrapping_add(12_345);
            (x >> 16) as u8 | 0x80
        }))
        .collect();
    std::fs::write(cur.join("meetings.csv"), noise)?;
    let before = bytes(&ws.db())?;
    ws.cmd(&["import", "cur/meetings.csv"])?
        .assert()
        .code(1)
        .stderr(predicate::str::is_match(
            r"meetings\.csv:1: column \d+: value \x22byte 0x[0-9a-f]{2}\x22: is not UTF-8 text \(at byte offset \d+\) and looks binary",
        )?)
        .stderr(predicate::str::contains("iconv").not());
    assert!(bytes(&ws.db())? == before);
    Ok(())
}

#[test]
fn review_lists_each_person_once_so_a_reject_in_every_row_is_accepted() -> TestResult {
    let ws = Workspace::new()?;
    import_articles(&ws, "news", &[("n1.txt", ONE_MEETING)])?;
    let out = ws.cmd(&["report", "review", "--format", "csv"])?.output()?;
    assert!(out.status.success());
    let review = String::from_utf8(out.stdout)?;
    let mut reader = csv::Reader::from_reader(review.as_bytes());
    let mut subjects = Vec::new();
    for row in reader.records() {
        let row = row?;
        if row.get(0) == Some("new person") || row.get(0) == Some("new title") {
            subjects.push(row.get(5).unwrap_or_default().to_string());
        }
    }
    assert!(!subjects.is_empty(), "{review}");
    let mut once = subjects.clone();
    once.sort();
    once.dedup();
    assert_eq!(
        once.len(),
        subjects.len(),
        "a subject listed twice:\n{review}"
    );
    // The person's title is said in their row.
    assert!(
        review.contains("Kari Nordvik: Foreign Minister of Norway"),
        "{review}"
    );
    // Every row rejected, as a user fills the file in: one decision each, all accepted.
    let filled: String = review
        .lines()
        .map(|l| {
            if l.starts_with("new person,") || l.starts_with("new title,") {
                format!("{}reject,,not a person", l.trim_end_matches(",,"))
            } else {
                l.to_string()
            }
        })
        .collect::<Vec<_>>()
        .join("\n");
    std::fs::write(ws.dir.path().join("decisions.csv"), filled)?;
    ws.cmd(&["import", "decisions.csv"])?.assert().success();
    Ok(())
}

#[test]
fn reports_queries_and_status_leave_no_wal_or_shm_file_behind() -> TestResult {
    let ws = Workspace::seeded()?;
    let beside = |suffix: &str| {
        let mut p = ws.db().into_os_string();
        p.push(suffix);
        std::path::PathBuf::from(p)
    };
    assert!(!beside("-wal").exists() && !beside("-shm").exists());
    let before = bytes(&ws.db())?;
    for args in [
        &["report", "timeline"][..],
        &["query", "SELECT count(*) FROM meetings"],
        &["status"],
        &["status", "--check"],
        &["search", "Baku"],
    ] {
        ws.cmd(args)?.assert().success();
        assert!(
            !beside("-wal").exists() && !beside("-shm").exists(),
            "{args:?} left a -wal or -shm file"
        );
        assert!(bytes(&ws.db())? == before, "{args:?} changed the file");
    }
    // While another connection holds the catalog open, its files stay (they are its).
    let other = ws.open()?;
    other.query_row("SELECT count(*) FROM meetings", [], |r| r.get::<_, i64>(0))?;
    ws.cmd(&["report", "timeline"])?.assert().success();
    assert!(
        beside("-wal").exists(),
        "the open connection's -wal was removed"
    );
    drop(other);
    Ok(())
}

#[test]
fn the_advice_for_a_missing_catalog_repeats_the_db_given() -> TestResult {
    let ws = Workspace::new()?;
    let mut cmd = assert_cmd::Command::cargo_bin("diplocat")?;
    cmd.current_dir(ws.dir.path())
        .env_remove("DIPLOCAT_DB")
        .args(["--db", "nonexist.db", "report", "timeline"])
        .assert()
        .code(1)
        .stderr(predicate::str::contains(
            "run `diplocat --db nonexist.db import` first",
        ));
    assert!(!ws.dir.path().join("nonexist.db").exists());
    Ok(())
}

#[test]
fn a_saved_page_whose_title_ends_with_the_sites_name_has_that_outlet() -> TestResult {
    let ws = Workspace::new()?;
    let pages = ws.dir.path().join("pages");
    std::fs::create_dir(&pages)?;
    std::fs::write(
        pages.join("ledger.html"),
        "<!DOCTYPE html><html><head><title>Foreign Minister meets Kazakh counterpart | The Daily Ledger</title>\
         <meta property=\"og:title\" content=\"Foreign Minister meets Kazakh counterpart\"></head>\
         <body><nav><a href=\"/\">Home</a></nav><article><h1>Foreign Minister meets Kazakh counterpart</h1>\
         <p>PRAGUE, May 17, 2022 - Czech Foreign Minister Tomas Hruby met Kazakh Foreign Minister Nurlan Beisenov in Prague on Tuesday.</p>\
         </article></body></html>",
    )?;
    std::fs::write(
        pages.join("home.html"),
        "<!DOCTYPE html><html><head><title>Ministers meet in Riga | Home</title></head>\
         <body><article><p>RIGA, May 18, 2022 - Latvian Foreign Minister Anna Berzina met Estonian Foreign Minister Mari Kask in Riga on Wednesday.</p>\
         </article></body></html>",
    )?;
    ws.cmd(&["import", "pages"])?.assert().success();
    let outlets = one(
        &ws,
        "SELECT group_concat(a.file_name || '=' || coalesce(o.name, '-'), ';') FROM (SELECT * FROM articles ORDER BY file_name) a LEFT JOIN outlets o ON o.id = a.outlet_id",
    )?;
    assert_eq!(outlets, "home.html=-;ledger.html=The Daily Ledger");
    Ok(())
}
