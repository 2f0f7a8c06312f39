//! Corrections taken back and curated rows taken away: a row deleted from a curated file, a
//! decision deleted from its file (withdrawn and undone), merges that cannot be withdrawn, and
//! files moved away. The articles are invented, in the style of wire reports.

use std::fs;
use std::path::{Path, PathBuf};

use predicates::prelude::*;

use crate::decisions::{catalog, path, query, reception_key, write_decisions, OSLO_MEETING};
use crate::{dump, TestResult, Workspace};

/// Copies the repository's seed folder into the workspace.
fn seed_copy(ws: &Workspace) -> Result<PathBuf, Box<dyn std::error::Error>> {
    let to = ws.dir.path().join("seed");
    fs::create_dir_all(to.join("articles"))?;
    for dir in ["", "articles"] {
        for e in fs::read_dir(crate::repo_path("seed").join(dir))? {
            let e = e?;
            if e.file_type()?.is_file() {
                fs::copy(e.path(), to.join(dir).join(e.file_name()))?;
            }
        }
    }
    Ok(to)
}

fn drop_lines(file: &Path, starting: &str) -> Result<usize, Box<dyn std::error::Error>> {
    let text = fs::read_to_string(file)?;
    let kept: Vec<&str> = text.lines().filter(|l| !l.starts_with(starting)).collect();
    let dropped = text.lines().count() - kept.len();
    fs::write(file, kept.join("\n") + "\n")?;
    Ok(dropped)
}

#[test]
fn a_row_removed_from_a_curated_file_is_removed_from_the_catalog() -> TestResult {
    let ws = Workspace::new()?;
    let seed = seed_copy(&ws)?;
    ws.cmd(&["import", "seed"])?.assert().success();
    let meeting = "aliyeva-al-twajri-november-26";
    let exists =
        format!("SELECT count(*) FROM meetings WHERE key = '{meeting}' AND method = 'curated'");
    assert_eq!(query(&ws, &exists)?, "count(*)\n1\n");
    let row = format!("{meeting},");
    assert_eq!(drop_lines(&seed.join("meetings.csv"), &row)?, 1);
    assert!(drop_lines(&seed.join("participants.csv"), &row)? > 0);
    assert!(drop_lines(&seed.join("evidence.csv"), &row)? > 0);
    // A person still named by articles and meetings is kept, and the import says why.
    assert_eq!(drop_lines(&seed.join("people.csv"), "ilham-aliyev,")?, 1);
    drop_lines(&seed.join("names.csv"), "ilham-aliyev,")?;

    // --dry-run shows what would go and writes nothing.
    let before = dump(&ws.open()?)?;
    ws.cmd(&["import", "--dry-run", "seed"])?
        .assert()
        .success()
        .stderr(predicate::str::contains(format!(
            "meetings row \"{meeting}\" is no longer in the file"
        )))
        .stdout(predicate::str::is_match(r"meetings +\d+ +0 +\d+ +1\n")?);
    assert_eq!(before, dump(&ws.open()?)?);

    ws.cmd(&["import", "seed"])?
        .assert()
        .success()
        .stderr(predicate::str::contains(
            "people row \"ilham-aliyev\" is no longer in the file; kept, because",
        ));
    assert_eq!(query(&ws, &exists)?, "count(*)\n0\n");
    assert_eq!(
        query(&ws, &format!("SELECT count(*) FROM participants pa JOIN meetings m ON m.id = pa.meeting_id WHERE m.key = '{meeting}'"))?,
        "count(*)\n0\n"
    );
    assert_eq!(
        query(
            &ws,
            "SELECT count(*) FROM people WHERE key = 'ilham-aliyev'"
        )?,
        "count(*)\n1\n"
    );
    // Importing the folder again changes nothing more.
    let after = dump(&ws.open()?)?;
    ws.cmd(&["import", "seed"])?.assert().success();
    assert_eq!(after, dump(&ws.open()?)?);
    Ok(())
}

#[test]
fn a_meeting_decided_about_keeps_its_corrections_when_a_name_in_its_key_changes() -> TestResult {
    let (ws, _) = catalog()?;
    let reception = reception_key(&ws)?;
    let first = write_decisions(&ws, &format!("{reception},set-date,2024-04-10,\n"))?;
    ws.cmd(&["import", path(&first)])?.assert().success();
    // Renaming the person the key was made from reads the article again.
    let second = ws.dir.path().join("more");
    fs::create_dir(&second)?;
    fs::write(
        second.join("decisions.csv"),
        format!("subject,action,value,reason\naino-virtanen,rename,Aino Wirtanen,\n{reception},set-kind,meeting,\n"),
    )?;
    ws.cmd(&["import", "more/decisions.csv"])?
        .assert()
        .success();
    let row = "SELECT key, kind, date FROM meetings WHERE summary LIKE 'Aino%'";
    let expected = format!("key,kind,date\n{reception},meeting,2024-04-10\n");
    assert_eq!(query(&ws, row)?, expected);
    // Importing the articles and the decisions again changes nothing, not even the file.
    let bytes = fs::read(ws.db())?;
    for args in [
        &["import", "articles"][..],
        &["import", path(&first)],
        &["import", "--reextract"],
    ] {
        ws.cmd(args)?
            .assert()
            .success()
            .stdout(predicate::str::contains("already up to date"));
    }
    assert_eq!(query(&ws, row)?, expected);
    assert_eq!(fs::read(ws.db())?, bytes);
    // `--reextract` with no PATH imports nothing else (not the bundled seed again).
    assert_eq!(
        query(&ws, "SELECT count(*) FROM articles")?,
        "count(*)\n7\n"
    );
    Ok(())
}

#[test]
fn conflicting_names_and_crlf_files_are_pointed_at_on_the_right_line() -> TestResult {
    let (ws, _) = catalog()?;
    let before = dump(&ws.open()?)?;
    let dir = ws.dir.path().join("corrections");
    fs::create_dir_all(&dir)?;
    // As a spreadsheet saves CSV: CRLF line ends.
    fs::write(
        dir.join("decisions.csv"),
        "subject,action,value,reason\r\naino-virtanen,add-alias,A. Virtanen,\r\naino-virtanen,reject,A. Virtanen,\r\n",
    )?;
    ws.cmd(&["import", "corrections/decisions.csv"])?
        .assert()
        .code(1)
        .stderr(predicate::str::contains(
            "decisions.csv:2: column 3 (value)",
        ))
        .stderr(predicate::str::contains(
            "decisions.csv:3: column 3 (value)",
        ))
        .stderr(predicate::str::contains("keep one of the two decisions"));
    assert_eq!(before, dump(&ws.open()?)?);
    Ok(())
}

#[test]
fn a_curated_file_does_not_bring_back_what_was_rejected() -> TestResult {
    let ws = Workspace::seeded()?;
    let file = write_decisions(&ws, "oktay-gurbanov,reject,,not in our corpus\n")?;
    ws.cmd(&["import", path(&file)])?.assert().success();
    // The bundled seed names him in people.csv, names, positions and participants.
    let bytes = fs::read(ws.db())?;
    ws.cmd(&["import"])?
        .assert()
        .success()
        .stdout(predicate::str::contains("already up to date"));
    assert_eq!(fs::read(ws.db())?, bytes);
    assert_eq!(
        query(
            &ws,
            "SELECT count(*) FROM people WHERE key = 'oktay-gurbanov'"
        )?,
        "count(*)\n0\n"
    );
    let kept = query(
        &ws,
        "SELECT json_extract(removed, '$.positions[0]') FROM decisions",
    )?;
    assert!(kept.contains("Ambassador to Morocco"), "{kept}");
    Ok(())
}

/// What the reports show, without row ids: meetings (kind, date, place, reviewed), who took
/// part, names, mentions and places.
fn content(ws: &Workspace) -> Result<String, Box<dyn std::error::Error>> {
    let mut out = String::new();
    for sql in [
        "SELECT m.key, m.kind, m.date, pl.key, m.reviewed_by IS NOT NULL FROM meetings m LEFT JOIN places pl ON pl.id = m.place_id ORDER BY 1",
        "SELECT m.key, coalesce(p.key, o.key), pa.role FROM participants pa JOIN meetings m ON m.id = pa.meeting_id LEFT JOIN people p ON p.id = pa.person_id LEFT JOIN organizations o ON o.id = pa.organization_id ORDER BY 1, 2",
        "SELECT p.key, p.name, n.name, n.kind FROM people p JOIN person_names n ON n.person_id = p.id ORDER BY 1, 3",
        "SELECT o.key, n.name, n.kind FROM organizations o JOIN organization_names n ON n.organization_id = o.id ORDER BY 1, 2",
        "SELECT pl.key, n.name FROM places pl JOIN place_names n ON n.place_id = pl.id ORDER BY 1, 2",
        "SELECT a.file_name, mn.start_char, mn.surface, coalesce(p.key, o.key, pl.key) FROM mentions mn JOIN articles a ON a.id = mn.article_id LEFT JOIN people p ON p.id = mn.person_id LEFT JOIN organizations o ON o.id = mn.organization_id LEFT JOIN places pl ON pl.id = mn.place_id ORDER BY 1, 2, 3",
    ] {
        out.push_str(&query(ws, sql)?);
    }
    Ok(out)
}

#[test]
fn a_name_an_older_diplocat_let_an_alias_take_comes_back_when_the_row_is_deleted() -> TestResult {
    let (ws, _) = catalog()?;
    let before = content(&ws)?;
    let oslo = format!("SELECT count(*) FROM meetings WHERE key = '{OSLO_MEETING}'");
    // As an older diplocat recorded it: an alias that is another person's name, applied again
    // by every import (here, of the articles), which takes her meeting and mentions away.
    let file = write_decisions(&ws, "aino-virtanen,add-alias,Ingrid Solberg,\n")?;
    ws.open()?.execute(
        "INSERT INTO decisions (subject, action, value, file, line, author, decided_at)
         VALUES ('aino-virtanen', 'add-alias', 'Ingrid Solberg', ?1, 2, 'older', '2024-05-01T00:00:00Z')",
        [fs::canonicalize(&file)?.display().to_string()],
    )?;
    ws.cmd(&["import", "articles"])?.assert().success();
    assert_eq!(query(&ws, &oslo)?, "count(*)\n0\n");

    // Deleting the row and importing the file withdraws it: --dry-run shows it first.
    write_decisions(&ws, "")?;
    let bytes = fs::read(ws.db())?;
    ws.cmd(&["import", "--dry-run", path(&file)])?
        .assert()
        .success()
        .stderr(predicate::str::contains(
            "decision \"aino-virtanen,add-alias,Ingrid Solberg\" (line 2) is no longer in the file; would be withdrawn",
        ))
        .stdout(predicate::str::is_match(r"decisions +0 +0 +0 +1\n")?);
    assert_eq!(fs::read(ws.db())?, bytes);
    ws.cmd(&["import", path(&file)])?
        .assert()
        .success()
        .stdout(predicate::str::is_match(r"decisions +0 +0 +0 +1\n")?);
    assert_eq!(query(&ws, &oslo)?, "count(*)\n1\n");
    assert_eq!(content(&ws)?, before);
    ws.cmd(&["report", "decisions", "--format", "csv"])?
        .assert()
        .success()
        .stdout("subject,action,value,reason,author,decided_at,source,effect\n");
    // And nothing more happens the next time.
    ws.cmd(&["import", path(&file)])?
        .assert()
        .success()
        .stdout(predicate::str::contains("already up to date"));
    Ok(())
}

#[test]
fn a_decision_deleted_from_its_file_is_withdrawn_and_undone() -> TestResult {
    let (ws, _) = catalog()?;
    let reception = reception_key(&ws)?;
    let before = content(&ws)?;
    let org = query(&ws, "SELECT o.key, n.name FROM organizations o JOIN organization_names n ON n.organization_id = o.id WHERE n.kind = 'acronym' ORDER BY o.id LIMIT 1")?;
    let (org, acronym) = org
        .lines()
        .nth(1)
        .and_then(|l| l.split_once(','))
        .ok_or("no acronym in the seed")?;
    let rows = format!(
        "{OSLO_MEETING},reject,,\n\
         {reception},set-date,2024-04-10,\n\
         {reception},set-kind,meeting,\n\
         {reception},set-place,baku,\n\
         {reception},add-participant,ingrid-solberg,\n\
         {reception},remove-participant,lars-eckdahl,\n\
         {reception},accept,,\n\
         aino-virtanen,rename,Aino K. Virtanen,\n\
         lars-ekdahl,add-alias,L. Ekdahl,\n\
         aino-virtanen,distinct,ingrid-solberg,\n\
         helsinki,reject,,\n\
         {org},reject,{acronym},\n"
    );
    let file = write_decisions(&ws, &rows)?;
    ws.cmd(&["import", path(&file)])?.assert().success();
    assert_ne!(content(&ws)?, before);
    let decisions = query(&ws, "SELECT count(*) FROM decisions")?;
    assert_eq!(decisions, "count(*)\n12\n");

    // One row deleted: only that decision goes.
    let kept: String = rows
        .lines()
        .filter(|l| !l.contains(",add-alias,"))
        .map(|l| format!("{l}\n"))
        .collect();
    write_decisions(&ws, &kept)?;
    ws.cmd(&["import", path(&file)])?
        .assert()
        .success()
        .stderr(predicate::str::contains(
            "decision \"lars-ekdahl,add-alias,L. Ekdahl\" (line 10) is no longer in the file; withdrawn: the name is no longer recognised",
        ));
    assert_eq!(
        query(
            &ws,
            "SELECT count(*) FROM person_names WHERE name = 'L. Ekdahl'"
        )?,
        "count(*)\n0\n"
    );
    // The rows below it moved up a line, and the report says so.
    ws.cmd(&["report", "decisions", "--format", "csv"])?
        .assert()
        .success()
        .stdout(
            predicate::str::contains("decisions.csv:10,")
                .and(predicate::str::contains("decisions.csv:13,").not()),
        );

    // Every row deleted: the catalog is as it was before the decisions.
    write_decisions(&ws, "")?;
    ws.cmd(&["import", path(&file)])?
        .assert()
        .success()
        .stdout(predicate::str::is_match(r"decisions +0 +0 +0 +11\n")?)
        .stderr(predicate::str::contains("its article(s) are read again"))
        .stderr(predicate::str::contains(
            "the meeting is read again from its articles",
        ))
        .stderr(predicate::str::contains(
            "the place is made again from the gazetteer",
        ))
        .stderr(predicate::str::contains(
            "its name is \"Aino Virtanen\" again",
        ));
    assert_eq!(content(&ws)?, before);
    assert_eq!(
        query(&ws, "SELECT count(*) FROM decisions")?,
        "count(*)\n0\n"
    );
    Ok(())
}

#[test]
fn a_merge_cannot_be_withdrawn_and_a_decision_another_file_gives_stays() -> TestResult {
    let (ws, _) = catalog()?;
    let file = write_decisions(
        &ws,
        "lars-eckdahl,merge,lars-ekdahl,\naino-virtanen,distinct,ingrid-solberg,\n",
    )?;
    ws.cmd(&["import", path(&file)])?.assert().success();
    // The same decision in a second file.
    let second = ws.dir.path().join("more");
    fs::create_dir(&second)?;
    fs::write(
        second.join("decisions.csv"),
        "subject,action,value,reason\naino-virtanen,distinct,ingrid-solberg,\n",
    )?;
    ws.cmd(&["import", "more/decisions.csv"])?
        .assert()
        .success();

    let bytes = fs::read(ws.db())?;
    write_decisions(&ws, "")?;
    ws.cmd(&["import", path(&file)])?
        .assert()
        .code(1)
        .stderr(predicate::str::contains(
            "value \"lars-eckdahl,merge,lars-ekdahl\": this merge (line 2 when it was imported) is no longer in the file, but a merge cannot be taken back",
        ))
        .stderr(predicate::str::contains("Put the row back"));
    assert_eq!(fs::read(ws.db())?, bytes);

    write_decisions(&ws, "lars-eckdahl,merge,lars-ekdahl,\n")?;
    let second = fs::canonicalize(second.join("decisions.csv"))?;
    ws.cmd(&["import", path(&file)])?
        .assert()
        .success()
        .stderr(predicate::str::contains(format!(
            "decision \"aino-virtanen,distinct,ingrid-solberg\" is no longer in the file; kept, because {} still gives it",
            second.display()
        )));
    ws.cmd(&["report", "decisions", "--format", "csv"])?
        .assert()
        .success()
        .stdout(predicate::str::contains(format!(
            "{}:2,in effect",
            second.display()
        )));
    Ok(())
}

#[test]
fn a_withdrawn_reject_of_a_curated_meeting_says_to_import_its_file_again() -> TestResult {
    let ws = Workspace::seeded()?;
    let meeting = "aliyeva-al-twajri-november-26";
    let exists = format!("SELECT count(*) FROM meetings WHERE key = '{meeting}'");
    let file = write_decisions(&ws, &format!("{meeting},reject,,\n"))?;
    ws.cmd(&["import", path(&file)])?.assert().success();
    assert_eq!(query(&ws, &exists)?, "count(*)\n0\n");
    write_decisions(&ws, "")?;
    ws.cmd(&["import", path(&file)])?
        .assert()
        .success()
        .stderr(predicate::str::contains(
            "withdrawn: the meeting was curated: import the bundled seed again (`diplocat import`) to bring it back",
        ));
    ws.cmd(&["import"])?.assert().success();
    assert_eq!(query(&ws, &exists)?, "count(*)\n1\n");
    Ok(())
}

#[test]
fn a_meeting_row_deleted_alone_is_refused_with_the_rows_left_pointing_at_it() -> TestResult {
    let ws = Workspace::new()?;
    let seed = seed_copy(&ws)?;
    ws.cmd(&["import", "seed"])?.assert().success();
    let meeting = "alakbarov-almalik-shusha";
    let row = format!("{meeting},");
    // Only the meetings.csv row: its participants and evidence rows would dangle.
    assert_eq!(drop_lines(&seed.join("meetings.csv"), &row)?, 1);
    let bytes = fs::read(ws.db())?;
    for args in [&["import", "--dry-run", "seed"][..], &["import", "seed"]] {
        ws.cmd(args)?
            .assert()
            .code(1)
            .stderr(predicate::str::is_match(
                r"seed/participants.csv:7: column 1 \(meeting\): value .alakbarov-almalik-shusha.: refers to no meeting: its row is no longer in .*seed/meetings.csv, so this import removes it; delete this row too",
            )?)
            .stderr(predicate::str::contains("seed/participants.csv:8: column 1 (meeting)"))
            .stderr(predicate::str::contains("seed/evidence.csv:7: column 1 (fact)"));
        assert_eq!(fs::read(ws.db())?, bytes);
    }
    // With them deleted too, it goes; its article still reports it, and the import says how
    // to remove it for good.
    drop_lines(&seed.join("participants.csv"), &row)?;
    drop_lines(&seed.join("evidence.csv"), &row)?;
    ws.cmd(&["import", "seed"])?
        .assert()
        .success()
        .stderr(predicate::str::is_match(
            r#"meetings row "alakbarov-almalik-shusha" is no longer in the file; removed, with its participants and evidence, but its article still reports it, so extraction gives it back as (meeting-[a-z0-9-]+); to remove a meeting for good, reject it in a decisions.csv \(`meeting-[a-z0-9-]+,reject,,`\)"#,
        )?);
    ws.cmd(&["import", "seed"])?
        .assert()
        .success()
        .stdout(predicate::str::contains("already up to date"));
    Ok(())
}

#[test]
fn a_curated_file_moved_away_keeps_no_row_alive_and_one_that_still_gives_it_is_named() -> TestResult
{
    let ws = Workspace::new()?;
    let seed = seed_copy(&ws)?;
    ws.cmd(&["import", "seed"])?.assert().success();
    let names = "SELECT count(*) FROM person_names WHERE name = 'Mehriban Əliyeva'";
    assert_eq!(query(&ws, names)?, "count(*)\n1\n");
    // The folder moved: the catalog remembers the old path, which no longer gives anything.
    let moved = ws.dir.path().join("moved");
    fs::rename(&seed, &moved)?;
    ws.cmd(&["import", "moved"])?.assert().success();
    assert_eq!(
        drop_lines(
            &moved.join("names.csv"),
            "mehriban-aliyeva,Mehriban Əliyeva,"
        )?,
        1
    );
    ws.cmd(&["import", "moved"])?
        .assert()
        .success()
        .stderr(predicate::str::contains(
            "names row \"mehriban-aliyeva, Mehriban Əliyeva\" is no longer in the file; removed",
        ))
        .stderr(predicate::str::contains("kept, because").not());
    assert_eq!(query(&ws, names)?, "count(*)\n0\n");
    // The bundled seed gives the same rows: a row deleted from the copy stays, and the import
    // names the file that still gives it.
    ws.cmd(&["import"])?.assert().success();
    assert_eq!(query(&ws, names)?, "count(*)\n1\n");
    assert_eq!(
        drop_lines(&moved.join("names.csv"), "ilham-aliyev,İlham Əliyev,")?,
        1
    );
    ws.cmd(&["import", "moved"])?
        .assert()
        .success()
        .stderr(predicate::str::contains(
            "names row \"ilham-aliyev, İlham Əliyev\" is no longer in the file; kept, because (bundled) seed/names.csv still gives it",
        ));
    Ok(())
}

#[test]
fn a_rejected_country_of_the_gazetteer_stays_out_and_imports_stay_idempotent() -> TestResult {
    let (ws, _) = catalog()?;
    let before = content(&ws)?;
    let country = "SELECT coalesce(c.key, 'none') FROM places p LEFT JOIN places c ON c.id = p.country_id WHERE p.key = 'oslo'";
    assert_eq!(query(&ws, country)?.lines().nth(1), Some("norway"));
    // Norway is the country of Oslo, which the articles name: extraction adds it.
    let file = write_decisions(&ws, "norway,reject,,not a place we follow\n")?;
    ws.cmd(&["import", path(&file)])?.assert().success();
    let bytes = fs::read(ws.db())?;
    for _ in 0..2 {
        ws.cmd(&["import", "articles"])?
            .assert()
            .success()
            .stdout(predicate::str::contains("already up to date"));
        assert_eq!(fs::read(ws.db())?, bytes);
    }
    assert_eq!(query(&ws, country)?.lines().nth(1), Some("none"));
    // Withdrawn, it is made again, and Oslo lies in it again.
    write_decisions(&ws, "")?;
    ws.cmd(&["import", path(&file)])?.assert().success();
    assert_eq!(query(&ws, country)?.lines().nth(1), Some("norway"));
    assert_eq!(content(&ws)?, before);
    Ok(())
}

#[test]
fn reextraction_that_changes_nothing_still_records_the_articles_as_read() -> TestResult {
    let (ws, _) = catalog()?;
    // As after an upgrade whose extractor reads these articles the same way.
    ws.open()?
        .execute("UPDATE articles SET extracted_by = 'older'", [])?;
    ws.cmd(&["status"])?
        .assert()
        .success()
        .stdout(predicate::str::contains("another version"));
    let before = dump(&ws.open()?)?;
    ws.cmd(&["import", "--reextract"])?
        .assert()
        .success()
        .stdout(predicate::str::contains("already up to date"))
        .stderr(predicate::str::contains("are recorded as read by this one"));
    ws.cmd(&["status"])?
        .assert()
        .success()
        .stdout(predicate::str::contains("another version").not());
    // Only the marks changed.
    let after = dump(&ws.open()?)?;
    let marks = |rows: &[String]| -> Vec<String> {
        rows.iter()
            .filter(|r| !r.starts_with("articles:"))
            .cloned()
            .collect()
    };
    assert_eq!(marks(&before), marks(&after));
    let bytes = fs::read(ws.db())?;
    ws.cmd(&["import", "--reextract"])?
        .assert()
        .success()
        .stdout(predicate::str::contains("already up to date"));
    assert_eq!(fs::read(ws.db())?, bytes);
    Ok(())
}

#[test]
fn a_merge_leaves_one_post_the_kept_spelling_in_summaries_and_where_names_were_learned(
) -> TestResult {
    let (ws, _) = catalog()?;
    let reception = reception_key(&ws)?;
    let posts = "SELECT count(*) FROM positions po JOIN people p ON p.id = po.person_id WHERE p.key IN ('lars-ekdahl', 'lars-eckdahl')";
    assert_eq!(query(&ws, posts)?, "count(*)\n2\n");
    let file = write_decisions(&ws, "lars-eckdahl,merge,lars-ekdahl,one man\n")?;
    ws.cmd(&["import", path(&file)])?
        .assert()
        .success()
        .stdout(predicate::str::is_match(r"positions +0 +\d+ +0 +1\n")?);
    // One post, held in both meetings.
    assert_eq!(query(&ws, posts)?, "count(*)\n1\n");
    let person = ws
        .cmd(&[
            "report",
            "person",
            "-p",
            "person=lars-ekdahl",
            "--format",
            "csv",
        ])?
        .output()?;
    let person = String::from_utf8(person.stdout)?;
    assert_eq!(
        person
            .lines()
            .filter(|l| l.starts_with("position,"))
            .count(),
        1,
        "{person}"
    );
    // The summary of the reception names him as he is kept.
    assert_eq!(
        query(
            &ws,
            &format!("SELECT summary FROM meetings WHERE key = '{reception}'")
        )?,
        "summary\nAino Virtanen received Lars Ekdahl in Helsinki\n"
    );
    // The spelling learned from the article still says where it was learned.
    assert_eq!(
        query(&ws, "SELECT n.method, a.file_name FROM person_names n JOIN articles a ON a.id = n.article_id WHERE n.name = 'Lars Eckdahl'")?,
        "method,file_name\nextracted,nordic-visit.txt\n"
    );
    // Importing and re-extracting the articles changes nothing.
    let bytes = fs::read(ws.db())?;
    for args in [&["import", "articles"][..], &["import", "--reextract"]] {
        ws.cmd(args)?
            .assert()
            .success()
            .stdout(predicate::str::contains("already up to date"));
    }
    assert_eq!(fs::read(ws.db())?, bytes);
    Ok(())
}

#[test]
fn a_dry_run_says_a_corrected_meeting_is_decided_and_adds_no_evidence_it_has() -> TestResult {
    let (ws, _) = catalog()?;
    let reception = reception_key(&ws)?;
    let file = write_decisions(&ws, &format!("{reception},set-date,2024-04-10,\n"))?;
    ws.cmd(&["import", path(&file)])?.assert().success();
    let out = ws.cmd(&["import", "--dry-run", "articles"])?.output()?;
    let stdout = String::from_utf8(out.stdout)?;
    assert!(
        stdout.contains(&format!(
            "is the decided meeting \"{reception}\"; nothing added"
        )),
        "{stdout}"
    );
    assert!(!stdout.contains("reviewed meeting"), "{stdout}");
    assert!(
        stdout.contains(&format!(
            "is also reported as \"{OSLO_MEETING}\"; its evidence is already there"
        )),
        "{stdout}"
    );
    assert!(!stdout.contains("evidence added"), "{stdout}");
    Ok(())
}

#[test]
fn a_withdrawn_reject_of_a_person_gives_back_their_place_in_a_corrected_meeting() -> TestResult {
    let (ws, _) = catalog()?;
    let reception = reception_key(&ws)?;
    let people = |ws: &Workspace| {
        query(
            ws,
            &format!(
                "SELECT p.key, pa.role FROM participants pa JOIN people p ON p.id = pa.person_id
                 JOIN meetings m ON m.id = pa.meeting_id WHERE m.key = '{reception}' ORDER BY p.key"
            ),
        )
    };
    // The reception is corrected (so extraction no longer changes it), then its host is
    // rejected in another file, and that reject withdrawn.
    let file = write_decisions(&ws, &format!("{reception},set-date,2024-04-10,\n"))?;
    ws.cmd(&["import", path(&file)])?.assert().success();
    let with_host = people(&ws)?;
    assert!(with_host.contains("aino-virtanen"), "{with_host}");
    let other = ws.dir.path().join("more");
    fs::create_dir_all(&other)?;
    let reject = other.join("decisions.csv");
    fs::write(
        &reject,
        "subject,action,value,reason\naino-virtanen,reject,,\n",
    )?;
    ws.cmd(&["import", path(&reject)])?.assert().success();
    assert!(!people(&ws)?.contains("aino-virtanen"));
    fs::write(&reject, "subject,action,value,reason\n")?;
    ws.cmd(&["import", path(&reject)])?.assert().success();
    assert_eq!(
        people(&ws)?,
        with_host,
        "the host takes part again, in her role"
    );
    Ok(())
}

/// Withdrawing one decision moves the others up a line: they are the same decisions, counted
/// unchanged, and their new lines are recorded for `report decisions` (trial 29).
#[test]
fn withdrawing_one_decision_counts_the_others_unchanged() -> TestResult {
    let (ws, _) = catalog()?;
    let reception = reception_key(&ws)?;
    let rows = format!(
        "{OSLO_MEETING},accept,,checked\n\
         {reception},set-date,2024-03-05,the day before\n\
         aino-virtanen,distinct,ingrid-solberg,two ministers\n"
    );
    let decisions = write_decisions(&ws, &rows)?;
    ws.cmd(&["import", path(&decisions)])?.assert().success();
    // The first row goes: the other two move up a line.
    let kept: String = rows.lines().skip(1).map(|l| format!("{l}\n")).collect();
    write_decisions(&ws, &kept)?;
    ws.cmd(&["import", path(&decisions)])?
        .assert()
        .success()
        .stdout(predicate::str::is_match(r"decisions +0 +0 +2 +1\n")?);
    assert_eq!(
        query(&ws, "SELECT action, line FROM decisions ORDER BY line")?,
        "action,line\nset-date,2\ndistinct,3\n"
    );
    // Rows only reordered: nothing updated, but the lines kept true.
    let swapped: String = kept.lines().rev().map(|l| format!("{l}\n")).collect();
    write_decisions(&ws, &swapped)?;
    ws.cmd(&["import", path(&decisions)])?
        .assert()
        .success()
        .stderr(predicate::str::contains(
            "2 decision(s) are now on another line of their file",
        ));
    assert_eq!(
        query(&ws, "SELECT action, line FROM decisions ORDER BY line")?,
        "action,line\ndistinct,2\nset-date,3\n"
    );
    Ok(())
}
