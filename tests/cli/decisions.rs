//! Corrections that stick: decisions.csv, its checks, what every action does to the reports,
//! and that no later import, re-extraction or upgrade brings back what a person corrected.
//! The articles are invented, in the style of wire reports.

use std::fs;
use std::path::{Path, PathBuf};

use predicates::prelude::*;

use crate::{dump, TestResult, Workspace};

const TALKS: &str = "Ministers discuss Arctic cooperation

OSLO, March 4, 2024 (NTB) - Norwegian Foreign Minister Ingrid Solberg met with Swedish Foreign Minister Lars Ekdahl in Oslo on Monday.

The two ministers discussed fisheries, energy and the Arctic Council.
";

const VISIT: &str = "Swedish minister in Helsinki

HELSINKI, April 9, 2024 (STT) - Finnish Foreign Minister Aino Virtanen received Swedish Foreign Minister Lars Eckdahl in Helsinki on Tuesday.

They discussed Baltic security and trade.
";

pub(crate) const OSLO_MEETING: &str = "meeting-2024-0304-ingrid-solberg-49442af3";

/// The seed, then two invented articles: a meeting in Oslo and a reception in Helsinki, with
/// the Swedish minister spelt two ways (so he is two people).
pub(crate) fn catalog() -> Result<(Workspace, PathBuf), Box<dyn std::error::Error>> {
    let ws = Workspace::seeded()?;
    let articles = ws.dir.path().join("articles");
    fs::create_dir(&articles)?;
    fs::write(articles.join("nordic-talks.txt"), TALKS)?;
    fs::write(articles.join("nordic-visit.txt"), VISIT)?;
    ws.cmd(&["import", "articles"])?.assert().success();
    Ok((ws, articles))
}

pub(crate) fn query(ws: &Workspace, sql: &str) -> Result<String, Box<dyn std::error::Error>> {
    let out = ws.cmd(&["query", "--format", "csv", sql])?.output()?;
    assert!(
        out.status.success(),
        "{sql}: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    Ok(String::from_utf8(out.stdout)?)
}

pub(crate) fn reception_key(ws: &Workspace) -> Result<String, Box<dyn std::error::Error>> {
    let out = query(
        ws,
        "SELECT key FROM meetings WHERE kind = 'reception' AND summary LIKE 'Aino Virtanen%'",
    )?;
    Ok(out
        .lines()
        .nth(1)
        .ok_or("no reception extracted")?
        .to_string())
}

pub(crate) fn write_decisions(
    ws: &Workspace,
    rows: &str,
) -> Result<PathBuf, Box<dyn std::error::Error>> {
    let dir = ws.dir.path().join("corrections");
    fs::create_dir_all(&dir)?;
    let path = dir.join("decisions.csv");
    fs::write(&path, format!("subject,action,value,reason\n{rows}"))?;
    Ok(path)
}

pub(crate) fn path(p: &Path) -> &str {
    p.to_str().unwrap_or_default()
}

#[test]
fn five_decisions_change_every_report_and_nothing_comes_back() -> TestResult {
    let (ws, _) = catalog()?;
    let reception = reception_key(&ws)?;
    assert!(query(&ws, "SELECT key FROM meetings")?.contains(OSLO_MEETING));
    let decisions = write_decisions(
        &ws,
        &format!(
            "{OSLO_MEETING},reject,,not a meeting we follow\n\
             lars-eckdahl,merge,lars-ekdahl,one man spelt two ways\n\
             aino-virtanen,distinct,ingrid-solberg,two ministers\n\
             {reception},set-date,2024-04-10,the wire had the wrong day\n\
             lars-ekdahl,add-alias,L. Ekdahl,initials in Swedish papers\n\
             {reception},accept,,checked against the ministry's release\n"
        ),
    )?;
    ws.cmd(&["import", path(&decisions), "--by", "Astrid Berg"])?
        .assert()
        .success()
        .stdout(predicate::str::contains("decisions"));

    // The rejected meeting is gone from every report; the merged spelling is one person.
    let meetings = ws
        .cmd(&["report", "meetings", "--format", "csv"])?
        .output()?;
    let meetings = String::from_utf8(meetings.stdout)?;
    assert!(!meetings.contains(OSLO_MEETING), "{meetings}");
    let line = meetings
        .lines()
        .find(|l| l.contains(&reception))
        .ok_or("the reception is gone")?;
    assert!(line.contains("2024-04-10"), "{line}");
    assert!(
        line.contains("Lars Ekdahl") && !line.contains("Lars Eckdahl;"),
        "{line}"
    );
    assert!(line.ends_with("by Astrid Berg"), "reviewed column: {line}");
    assert_eq!(
        query(
            &ws,
            "SELECT count(*) FROM people WHERE key = 'lars-eckdahl'"
        )?,
        "count(*)\n0\n"
    );
    let names = query(&ws, "SELECT n.name FROM person_names n JOIN people p ON p.id = n.person_id WHERE p.key = 'lars-ekdahl' ORDER BY 1")?;
    assert_eq!(names, "name\nL. Ekdahl\nLars Eckdahl\nLars Ekdahl\n");
    // What was removed is kept with the decision.
    let kept = query(&ws, &format!("SELECT json_extract(removed, '$.summary') FROM decisions WHERE subject = '{OSLO_MEETING}'"))?;
    assert!(kept.contains("Ingrid Solberg"), "{kept}");

    // report decisions: who, why, from which file and line.
    ws.cmd(&["report", "decisions", "--format", "csv"])?
        .assert()
        .success()
        .stdout(predicate::str::contains(format!(
            "{OSLO_MEETING},reject,,not a meeting we follow,Astrid Berg,"
        )))
        .stdout(predicate::str::contains(
            "decisions.csv:3,\"merged, kept in decisions.removed\"",
        ));

    // Importing the articles again, the decisions again, the seed, re-extracting: nothing changes.
    let before = dump(&ws.open()?)?;
    ws.cmd(&["import", "articles"])?.assert().success();
    ws.cmd(&["import", path(&decisions), "--by", "Astrid Berg"])?
        .assert()
        .success();
    ws.cmd(&["import"])?.assert().success();
    ws.cmd(&["import", "--reextract", "articles"])?
        .assert()
        .success()
        .stdout(predicate::str::contains("already up to date"));
    assert_eq!(before, dump(&ws.open()?)?);
    Ok(())
}

#[test]
fn participants_kinds_places_and_renames() -> TestResult {
    let (ws, _) = catalog()?;
    let reception = reception_key(&ws)?;
    let decisions = write_decisions(
        &ws,
        &format!(
            "{reception},add-participant,ingrid-solberg as participant,she joined them\n\
             {reception},remove-participant,lars-eckdahl,\n\
             {reception},set-kind,meeting,\n\
             {reception},set-place,baku,\n\
             aino-virtanen,rename,Aino K. Virtanen,her full name\n"
        ),
    )?;
    ws.cmd(&["import", path(&decisions)])?.assert().success();
    let row = query(
        &ws,
        &format!(
            "SELECT m.kind, pl.key, (SELECT group_concat(p.key, ' ') FROM (SELECT p.key FROM participants pa JOIN people p ON p.id = pa.person_id WHERE pa.meeting_id = m.id ORDER BY p.key) p)
             FROM meetings m JOIN places pl ON pl.id = m.place_id WHERE m.key = '{reception}'"
        ),
    )?;
    assert_eq!(
        row.lines().nth(1),
        Some("meeting,baku,aino-virtanen ingrid-solberg")
    );
    assert_eq!(
        query(&ws, "SELECT name FROM people WHERE key = 'aino-virtanen'")?,
        "name\nAino K. Virtanen\n"
    );
    // The author is the login name when --by is not given.
    let author = query(&ws, "SELECT DISTINCT author FROM decisions")?;
    assert!(!author.trim_end().ends_with("author"), "{author}");
    Ok(())
}

#[test]
fn a_summary_says_the_place_and_the_names_the_decisions_give() -> TestResult {
    let (ws, _) = catalog()?;
    let reception = reception_key(&ws)?;
    let summary = format!("SELECT summary FROM meetings WHERE key = '{reception}'");
    let before = query(&ws, &summary)?;
    assert!(before.contains("Aino Virtanen received"), "{before}");
    let decisions = write_decisions(
        &ws,
        &format!(
            "{reception},set-place,sydney,\n\
             aino-virtanen,rename,Aino K. Virtanen,her full name\n"
        ),
    )?;
    ws.cmd(&["import", path(&decisions)])?.assert().success();
    let after = query(&ws, &summary)?;
    assert!(
        after.contains("Aino K. Virtanen received") && after.trim_end().ends_with(" in Sydney"),
        "{after}"
    );
    // Withdrawn, both are as extraction said.
    let decisions = write_decisions(&ws, "")?;
    ws.cmd(&["import", path(&decisions)])?.assert().success();
    assert_eq!(query(&ws, &summary)?, before);
    Ok(())
}

#[test]
fn a_place_of_the_world_gazetteer_no_article_named_may_be_set() -> TestResult {
    let (ws, _) = catalog()?;
    let reception = reception_key(&ws)?;
    assert_eq!(
        query(&ws, "SELECT count(*) FROM places WHERE key = 'sydney'")?,
        "count(*)\n0\n"
    );
    let decisions = write_decisions(&ws, &format!("{reception},set-place,sydney,\n"))?;
    ws.cmd(&["import", path(&decisions)])?.assert().success();
    let row = query(
        &ws,
        &format!(
            "SELECT pl.key, pl.latitude IS NOT NULL, c.name FROM meetings m JOIN places pl ON pl.id = m.place_id
             JOIN places c ON c.id = pl.country_id WHERE m.key = '{reception}'"
        ),
    )?;
    assert_eq!(row.lines().nth(1), Some("sydney,1,Australia"), "{row}");
    // A name of the gazetteer written as a key: New York City.
    let decisions = write_decisions(&ws, &format!("{reception},set-place,new-york,\n"))?;
    ws.cmd(&["import", path(&decisions)])?.assert().success();
    let place = query(
        &ws,
        &format!("SELECT pl.key FROM meetings m JOIN places pl ON pl.id = m.place_id WHERE m.key = '{reception}'"),
    )?;
    assert_eq!(place, "key\nnew-york-city\n");
    // A hyphen more than the key has, where the name has an apostrophe: Nuku'alofa.
    let decisions = write_decisions(&ws, &format!("{reception},set-place,nuku-alofa,\n"))?;
    ws.cmd(&["import", path(&decisions)])?.assert().success();
    let place = query(
        &ws,
        &format!("SELECT pl.key FROM meetings m JOIN places pl ON pl.id = m.place_id WHERE m.key = '{reception}'"),
    )?;
    assert_eq!(place, "key\nnukualofa\n");
    Ok(())
}

#[test]
fn a_review_csv_with_its_action_column_filled_in_is_a_decisions_file() -> TestResult {
    let (ws, _) = catalog()?;
    let out = ws
        .cmd(&["report", "review", "-p", "below=100", "--format", "csv"])?
        .output()?;
    let review = String::from_utf8(out.stdout)?;
    assert!(
        review.starts_with("review,item,confidence,article,detail,subject,action,value,reason\n"),
        "{review}"
    );
    let dir = ws.dir.path().join("review");
    fs::create_dir(&dir)?;
    // As it comes: every action empty, so nothing is decided and nothing changes.
    fs::write(dir.join("decisions.csv"), &review)?;
    let before = dump(&ws.open()?)?;
    ws.cmd(&["import", "review/decisions.csv"])?
        .assert()
        .success();
    assert_eq!(before, dump(&ws.open()?)?);
    // One action filled in, as in a spreadsheet: the new person is merged.
    let filled: String = review
        .lines()
        .map(|l| {
            if l.starts_with("new person,lars-eckdahl,") {
                format!("{},merge,lars-ekdahl,spelling", l.trim_end_matches(",,,"))
            } else {
                l.to_string()
            }
        })
        .collect::<Vec<_>>()
        .join("\n");
    assert!(filled.contains("merge,lars-ekdahl"), "{filled}");
    fs::write(dir.join("decisions.csv"), filled)?;
    ws.cmd(&["import", "review/decisions.csv"])?
        .assert()
        .success();
    assert_eq!(
        query(
            &ws,
            "SELECT count(*) FROM people WHERE key = 'lars-eckdahl'"
        )?,
        "count(*)\n0\n"
    );
    Ok(())
}

#[test]
fn bad_decisions_are_refused_with_file_line_column_and_value_and_change_nothing() -> TestResult {
    let (ws, _) = catalog()?;
    let reception = reception_key(&ws)?;
    let cases = [
        (
            format!("{reception},approve,,"),
            "2 (action)",
            "unknown action",
        ),
        (
            "no-such-key,reject,,".to_string(),
            "1 (subject)",
            "no meeting, person, organization or place has this key",
        ),
        (
            "lars-eckdahl,merge,nobody-known,".to_string(),
            "3 (value)",
            "is not the key of a person",
        ),
        (
            "lars-eckdahl,merge,lars-eckdahl,".to_string(),
            "3 (value)",
            "cannot be merged into itself",
        ),
        (
            format!("{reception},set-date,2024-13-40,"),
            "3 (value)",
            "2024-13-40",
        ),
        (
            format!("{reception},set-kind,banquet,"),
            "3 (value)",
            "unknown kind",
        ),
        (
            format!("{reception},set-place,lars-ekdahl,"),
            "3 (value)",
            "is the key of no place in the catalog or the world gazetteer",
        ),
        (
            "aino-virtanen,accept,,".to_string(),
            "2 (action)",
            "accept cannot be given to a person",
        ),
        (
            "aino-virtanen,add-alias,,".to_string(),
            "3 (value)",
            "add-alias needs the name",
        ),
        (
            format!("{reception},add-participant,ingrid-solberg as chair,"),
            "3 (value)",
            "unknown role",
        ),
        (
            "aino-virtanen,distinct,ingrid-solberg,\naino-virtanen,merge,ingrid-solberg,"
                .to_string(),
            "3 (value)",
            "marked distinct",
        ),
        (
            "aino-virtanen,distinct,aino-virtanen,".to_string(),
            "3 (value)",
            "an entity cannot be distinct from itself",
        ),
        // Two decisions that contradict each other, or one that would change nothing.
        (
            format!("{reception},set-date,2024-04-10,\n{reception},set-date,2024-04-11,"),
            "3 (value)",
            "value \"2024-04-11\": line 2 already gives",
        ),
        (
            format!("{reception},set-kind,meeting,\n{reception},set-kind,visit,"),
            "3 (value)",
            "a set-kind is one per subject",
        ),
        (
            "aino-virtanen,rename,Aino K.,\naino-virtanen,rename,Aino V.,".to_string(),
            "3 (value)",
            "line 2 already gives aino-virtanen a rename",
        ),
        (
            "lars-eckdahl,merge,lars-ekdahl,\nlars-ekdahl,merge,lars-eckdahl,".to_string(),
            "3 (value)",
            "two entities cannot be merged into each other",
        ),
        (
            "lars-eckdahl,merge,lars-ekdahl,\nlars-ekdahl,merge,ingrid-solberg,".to_string(),
            "3 (value)",
            "line 3 merges lars-ekdahl into ingrid-solberg; merge lars-eckdahl into ingrid-solberg instead",
        ),
        (
            format!("{reception},add-participant,aino-virtanen,"),
            "3 (value)",
            "aino-virtanen already takes part in this meeting",
        ),
        (
            format!("{reception},remove-participant,ingrid-solberg,"),
            "3 (value)",
            "ingrid-solberg does not take part in this meeting",
        ),
        (
            "aino-virtanen,reject,A. Virtanen,".to_string(),
            "3 (value)",
            "aino-virtanen has no such name; nothing to reject (its names: Aino Virtanen)",
        ),
        // A control character is a damaged file, not a name.
        (
            "aino-virtanen,add-alias,Ai\u{0}no,".to_string(),
            "3 (value)",
            "value \"Ai\\0no\": contains the control character U+0000",
        ),
    ];
    let before = dump(&ws.open()?)?;
    for (rows, column, message) in cases {
        let file = write_decisions(&ws, &format!("{rows}\n"))?;
        let out = ws.cmd(&["import", path(&file)])?.output()?;
        let err = String::from_utf8(out.stderr)?;
        assert_eq!(out.status.code(), Some(1), "{rows}: {err}");
        assert!(err.contains("decisions.csv:"), "{rows}: {err}");
        assert!(err.contains(column), "{rows}: wants column {column}: {err}");
        assert!(err.contains(message), "{rows}: wants {message:?}: {err}");
        assert_eq!(before, dump(&ws.open()?)?, "{rows}: the catalog changed");
    }
    // A decisions file without the action column says what it needs.
    let file = ws.dir.path().join("corrections").join("decisions.csv");
    fs::write(&file, "subject,value\nlars-eckdahl,lars-ekdahl\n")?;
    ws.cmd(&["import", path(&file)])?
        .assert()
        .code(1)
        .stderr(predicate::str::contains(
            "lacks the required column 'action'",
        ));
    ws.cmd(&["import", path(&file), "--by", " "])?
        .assert()
        .code(2)
        .stderr(predicate::str::contains("--by needs a name"));
    // A row that needs a column the header lacks says so, once.
    let reception_row = format!("subject,action,reason\n{reception},set-date,x\n");
    fs::write(&file, reception_row)?;
    ws.cmd(&["import", path(&file)])?
        .assert()
        .code(1)
        .stderr(predicate::str::contains(
            "1 problem(s) in the input; nothing was written:\n",
        ))
        .stderr(predicate::str::contains(
            "decisions.csv:2: set-date needs a value, but the header has no value column; write the header subject,action,value,reason",
        ));
    // An empty file, and an empty subject, are one problem each.
    for (text, message) in [
        (
            "",
            "decisions.csv: is empty; decisions.csv starts with the header subject,action,value,reason",
        ),
        (
            "subject,action,value,reason\n,reject,,\n",
            "decisions.csv:2: column 1 (subject): value \"\": this column must not be empty",
        ),
    ] {
        fs::write(&file, text)?;
        ws.cmd(&["import", path(&file)])?
            .assert()
            .code(1)
            .stderr(predicate::str::contains(
                "1 problem(s) in the input; nothing was written:\n",
            ))
            .stderr(predicate::str::contains(message));
    }
    assert_eq!(before, dump(&ws.open()?)?);
    Ok(())
}

#[test]
fn a_decision_contradicting_one_of_another_file_still_in_effect_is_refused() -> TestResult {
    let (ws, _) = catalog()?;
    let reception = reception_key(&ws)?;
    let first = write_decisions(&ws, &format!("{reception},set-date,2024-04-10,\n"))?;
    ws.cmd(&["import", path(&first)])?.assert().success();
    let second = ws.dir.path().join("more");
    fs::create_dir(&second)?;
    fs::write(
        second.join("decisions.csv"),
        format!("subject,action,value,reason\n{reception},set-date,2024-04-11,\n"),
    )?;
    let bytes = fs::read(ws.db())?;
    ws.cmd(&["import", "more/decisions.csv"])?
        .assert()
        .code(1)
        .stderr(predicate::str::contains(format!(
            "more/decisions.csv:2: column 3 (value): value \"2024-04-11\": {}:2 already gives {reception} a set-date (\"2024-04-10\"), and it is still in effect; withdraw it",
            fs::canonicalize(&first)?.display()
        )));
    assert_eq!(fs::read(ws.db())?, bytes);
    // Withdrawn from its file in the same import, the new one takes its place.
    write_decisions(&ws, "")?;
    ws.cmd(&["import", path(&first), "more/decisions.csv"])?
        .assert()
        .success();
    assert_eq!(
        query(
            &ws,
            &format!("SELECT date FROM meetings WHERE key = '{reception}'")
        )?,
        "date\n2024-04-11\n"
    );
    Ok(())
}

#[test]
fn the_author_is_the_account_name_when_the_environment_has_none() -> TestResult {
    let (ws, _) = catalog()?;
    let file = write_decisions(&ws, "aino-virtanen,distinct,ingrid-solberg,\n")?;
    ws.cmd(&["import", path(&file)])?
        .env_remove("USER")
        .env_remove("LOGNAME")
        .env_remove("USERNAME")
        .assert()
        .success();
    let id = std::process::Command::new("id").arg("-un").output()?;
    let account = String::from_utf8(id.stdout)?;
    assert_eq!(
        query(&ws, "SELECT author FROM decisions")?,
        format!("author\n{}\n", account.trim())
    );
    Ok(())
}

#[test]
fn a_name_another_entity_has_is_refused_and_takes_nothing_from_it() -> TestResult {
    let (ws, _) = catalog()?;
    let before = fs::read(ws.db())?;
    let cases = [
        // Another person's name, as written or as articles match it (case, accents).
        (
            "aino-virtanen,add-alias,Ingrid Solberg,\n",
            "ingrid-solberg (a person) already has this name (\"Ingrid Solberg\")",
        ),
        (
            "aino-virtanen,rename,INGRID SOLBÉRG,\n",
            "ingrid-solberg (a person) already has this name",
        ),
        // A part of another's name: her surname, or one word of it spaces aside, is how
        // articles and `-p` lookups name her already.
        (
            "aino-virtanen,add-alias,Solberg,\n",
            "is part of the name of ingrid-solberg (a person, \"Ingrid Solberg\")",
        ),
        (
            "aino-virtanen,add-alias,Ingrid Sol berg,\n",
            "is part of the name of ingrid-solberg",
        ),
        // One name given to two entities by one file.
        (
            "aino-virtanen,add-alias,A. V. Nordic,\ningrid-solberg,add-alias,a v nordic,\n",
            "line 2 gives this name to aino-virtanen",
        ),
        // A name the entity has already.
        (
            "aino-virtanen,add-alias,Aino Virtanen,\n",
            "aino-virtanen already has the name \"Aino Virtanen\"",
        ),
        (
            "aino-virtanen,rename,Aino Virtanen,\n",
            "aino-virtanen is already called \"Aino Virtanen\"",
        ),
    ];
    for (rows, message) in cases {
        let file = write_decisions(&ws, rows)?;
        ws.cmd(&["import", path(&file)])?
            .assert()
            .code(1)
            .stderr(predicate::str::contains("decisions.csv:"))
            .stderr(predicate::str::contains("column 3 (value)"))
            .stderr(predicate::str::contains(message));
        assert_eq!(fs::read(ws.db())?, before, "{rows}: the catalog changed");
    }
    // What to do instead is said.
    let file = write_decisions(&ws, "aino-virtanen,add-alias,Ingrid Solberg,\n")?;
    ws.cmd(&["import", path(&file)])?
        .assert()
        .code(1)
        .stderr(predicate::str::contains(
            "merge them (`aino-virtanen,merge,ingrid-solberg`), otherwise choose another name",
        ));
    // Merged into one, the two may share the name.
    let file = write_decisions(
        &ws,
        "lars-eckdahl,merge,lars-ekdahl,\nlars-ekdahl,add-alias,LARS ECKDAHL,\n",
    )?;
    ws.cmd(&["import", path(&file)])?.assert().success();
    Ok(())
}

#[test]
fn a_new_alias_tags_the_articles_already_in_the_catalog() -> TestResult {
    let (ws, _) = catalog()?;
    // "Arctic Council" is no entity yet; an alias of a seed organization makes it one, and
    // the stored article that names it is read again.
    let mentions = "SELECT count(*) FROM mentions mn JOIN articles a ON a.id = mn.article_id WHERE a.file_name = 'nordic-talks.txt' AND mn.surface = 'Arctic Council'";
    assert_eq!(query(&ws, mentions)?, "count(*)\n0\n");
    let org = query(&ws, "SELECT key FROM organizations ORDER BY id LIMIT 1")?;
    let org = org.lines().nth(1).ok_or("no organization in the seed")?;
    let file = write_decisions(&ws, &format!("{org},add-alias,Arctic Council,test\n"))?;
    ws.cmd(&["import", path(&file)])?
        .assert()
        .success()
        .stderr(predicate::str::contains("read 1 stored article(s) again"));
    assert_eq!(query(&ws, mentions)?, "count(*)\n1\n");
    Ok(())
}

#[test]
fn reextraction_is_counted_and_status_names_articles_read_by_another_extractor() -> TestResult {
    let (ws, _) = catalog()?;
    ws.cmd(&["status"])?
        .assert()
        .success()
        .stdout(predicate::str::contains("another version").not());
    // As after an upgrade from a diplocat whose extractor differed.
    let conn = ws.open()?;
    conn.execute("UPDATE articles SET extracted_by = 'older'", [])?;
    conn.execute(
        "DELETE FROM evidence WHERE meeting_id = (SELECT id FROM meetings WHERE key = ?1)",
        [OSLO_MEETING],
    )?;
    conn.execute(
        "DELETE FROM participants WHERE meeting_id = (SELECT id FROM meetings WHERE key = ?1)",
        [OSLO_MEETING],
    )?;
    conn.execute("DELETE FROM meetings WHERE key = ?1", [OSLO_MEETING])?;
    // A meeting the older extractor found that this one does not.
    conn.execute(
        "INSERT INTO meetings (key, kind, cameo_code, date_basis, summary, method, confidence) VALUES ('meeting-stale', 'meeting', '040', 'unknown', 'stale', 'extracted', 0.5)",
        [],
    )?;
    conn.execute(
        "INSERT INTO evidence (article_id, meeting_id, start_char, end_char, sentence, method, confidence)
         SELECT id, (SELECT id FROM meetings WHERE key = 'meeting-stale'), 0, 10, 'x', 'extracted', 0.5 FROM articles WHERE file_name = 'nordic-talks.txt'",
        [],
    )?;
    drop(conn);
    ws.cmd(&["status"])?
        .assert()
        .success()
        .stdout(predicate::str::contains(
            "articles were read by another version",
        ));
    ws.cmd(&["import", "--reextract", "--dry-run"])?
        .assert()
        .success()
        .stdout(predicate::str::is_match(r"meetings +1 +0 +\d+ +1\n")?);
    ws.cmd(&["import", "--reextract"])?.assert().success();
    assert!(query(&ws, "SELECT key FROM meetings")?.contains(OSLO_MEETING));
    assert!(!query(&ws, "SELECT key FROM meetings")?.contains("meeting-stale"));
    ws.cmd(&["status"])?
        .assert()
        .success()
        .stdout(predicate::str::contains("another version").not());
    Ok(())
}

#[test]
fn a_rejected_person_place_or_name_is_gone_and_never_learned_again() -> TestResult {
    let (ws, _) = catalog()?;
    let org = query(&ws, "SELECT o.key, n.name FROM organizations o JOIN organization_names n ON n.organization_id = o.id WHERE n.kind = 'acronym' ORDER BY o.id LIMIT 1")?;
    let (org, acronym) = org
        .lines()
        .nth(1)
        .and_then(|l| l.split_once(','))
        .ok_or("no acronym in the seed")?;
    let file = write_decisions(
        &ws,
        &format!(
            "lars-eckdahl,reject,,a misspelling of nobody\n\
             oslo,reject,,not a place we follow\n\
             {org},reject,{acronym},ambiguous acronym\n"
        ),
    )?;
    ws.cmd(&["import", path(&file)])?.assert().success();
    let gone = "SELECT (SELECT count(*) FROM people WHERE key = 'lars-eckdahl') || (SELECT count(*) FROM places WHERE key = 'oslo')";
    assert_eq!(
        query(&ws, gone)?,
        format!("{}\n00\n", gone.trim_start_matches("SELECT "))
    );
    assert_eq!(
        query(
            &ws,
            &format!("SELECT count(*) FROM organization_names WHERE name = '{acronym}'")
        )?,
        "count(*)\n0\n"
    );
    // What the rejected person was is kept with the decision.
    assert!(query(
        &ws,
        "SELECT removed FROM decisions WHERE subject = 'lars-eckdahl'"
    )?
    .contains("Lars Eckdahl"));
    // And what rejecting a name took out: the name, its kind, its mentions; the report says so.
    let kept = query(
        &ws,
        &format!("SELECT json_extract(removed, '$.name') || ' ' || json_extract(removed, '$.kind') FROM decisions WHERE subject = '{org}'"),
    )?;
    assert_eq!(
        kept.lines().nth(1),
        Some(format!("{acronym} acronym").as_str())
    );
    ws.cmd(&["report", "decisions", "--format", "csv"])?
        .assert()
        .success()
        .stdout(predicate::str::is_match(format!(
            "{org},reject,{acronym},.*,\"removed the acronym name and [1-9][0-9]* mention\\(s\\), kept in decisions.removed\"\n"
        ))?);
    // Importing and re-extracting the articles learns none of them again (the reception of the
    // rejected person, left with one participant, is no longer found, and goes).
    ws.cmd(&["import", "--reextract", "articles"])?
        .assert()
        .success();
    assert_eq!(
        query(&ws, gone)?,
        format!("{}\n00\n", gone.trim_start_matches("SELECT "))
    );
    assert!(query(&ws, "SELECT name FROM organization_names")?
        .lines()
        .all(|l| l != acronym));
    let before = dump(&ws.open()?)?;
    ws.cmd(&["import", "--reextract", "articles"])?
        .assert()
        .success();
    assert_eq!(before, dump(&ws.open()?)?);
    Ok(())
}

const VISIT_AND_TALKS: &str = "Chilean minister in Oslo

OSLO, March 5, 2024 (NTB) - Chilean Foreign Minister Rosa Ibarra, who is on an official visit to Norway, met Norwegian Foreign Minister Ingrid Solberg in Oslo on Tuesday.

The two ministers discussed trade and renewable energy.
";

#[test]
fn a_decision_about_one_event_of_a_sentence_leaves_the_other_events_of_that_sentence() -> TestResult
{
    let ws = Workspace::seeded()?;
    let articles = ws.dir.path().join("articles");
    fs::create_dir(&articles)?;
    fs::write(articles.join("chile-visit.txt"), VISIT_AND_TALKS)?;
    ws.cmd(&["import", "articles"])?.assert().success();
    let events = "SELECT kind FROM meetings WHERE summary LIKE '%Rosa Ibarra%' ORDER BY kind";
    assert_eq!(query(&ws, events)?, "kind\nmeeting\nvisit\n");
    let meeting = query(
        &ws,
        "SELECT key FROM meetings WHERE kind = 'meeting' AND summary LIKE '%Rosa Ibarra%'",
    )?;
    let meeting = meeting.lines().nth(1).ok_or("no meeting extracted")?;
    let decisions = write_decisions(
        &ws,
        &format!("{meeting},add-participant,salim-almalik,he joined them\n"),
    )?;
    ws.cmd(&["import", path(&decisions)])?.assert().success();
    // Read again: the visit the same sentence tells is still there, and the meeting once.
    ws.cmd(&["import", "--reextract", "--dry-run"])?
        .assert()
        .success()
        .stdout(
            predicate::str::is_match(r"visit \(Rosa Ibarra[^\n]* is the decided meeting")?.not(),
        );
    ws.cmd(&["import", "--reextract"])?.assert().success();
    assert_eq!(query(&ws, events)?, "kind\nmeeting\nvisit\n");
    // Its kind set by a decision, the meeting is still the one its sentence reports.
    let decisions = write_decisions(
        &ws,
        &format!(
            "{meeting},add-participant,salim-almalik,he joined them\n\
             {meeting},set-kind,reception,\n"
        ),
    )?;
    ws.cmd(&["import", path(&decisions)])?.assert().success();
    ws.cmd(&["import", "--reextract"])?.assert().success();
    assert_eq!(query(&ws, events)?, "kind\nreception\nvisit\n");
    Ok(())
}
