//! Reports, read-only queries, output formats, export and search.

use predicates::prelude::*;

use crate::{repo_path, TestResult, Workspace};

const FORMATS: &[&str] = &["table", "csv", "tsv", "json", "ndjson"];

fn report_args(name: &str) -> Vec<String> {
    let mut args = vec!["report".to_string(), name.to_string()];
    match name {
        "person" => args.extend(["-p".into(), "person=AlMalik".into()]),
        "organization" => args.extend(["-p".into(), "organization=ISESCO".into()]),
        _ => {}
    }
    args
}

const REPORTS: &[&str] = &[
    "articles",
    "contacts",
    "decisions",
    "gaps",
    "meetings",
    "meetings_by_place",
    "mentions",
    "organization",
    "person",
    "positions",
    "review",
    "timeline",
];

#[test]
fn every_report_on_the_seed_matches_its_snapshot_in_every_format() -> TestResult {
    let ws = Workspace::seeded()?;
    for name in REPORTS {
        for format in FORMATS {
            let mut args = report_args(name);
            args.extend(["--format".into(), format.to_string()]);
            let argv: Vec<&str> = args.iter().map(String::as_str).collect();
            let out = ws
                .cmd(&argv)?
                .assert()
                .success()
                .get_output()
                .stdout
                .clone();
            insta::assert_snapshot!(format!("report_{name}_{format}"), String::from_utf8(out)?);
        }
    }
    Ok(())
}

#[test]
fn the_list_of_reports_puts_every_description_in_one_column() -> TestResult {
    let ws = Workspace::seeded()?;
    let out = ws
        .cmd(&["report"])?
        .assert()
        .success()
        .get_output()
        .stdout
        .clone();
    let text = String::from_utf8(out)?;
    let starts: Vec<usize> = text
        .lines()
        .filter(|l| !l.starts_with(' '))
        .filter_map(|l| {
            let name_end = l.find(' ')?;
            Some(name_end + l[name_end..].len() - l[name_end..].trim_start().len())
        })
        .collect();
    assert!(starts.len() > 5, "{text}");
    assert!(starts.windows(2).all(|w| w[0] == w[1]), "{text}");
    Ok(())
}

#[test]
fn a_syntax_error_in_a_query_says_where_without_sqlites_generic_words() -> TestResult {
    let ws = Workspace::seeded()?;
    // A mistake in the SQL given is a usage error, as several statements are.
    ws.cmd(&["query", "SELEC 1"])?
        .assert()
        .code(2)
        .stderr(predicate::str::contains(
            "near \"SELEC\": syntax error (at character 1 of the query)",
        ))
        .stderr(predicate::str::contains("SQL logic error").not());
    Ok(())
}

#[test]
fn the_meetings_report_starts_with_the_promised_columns() -> TestResult {
    let ws = Workspace::seeded()?;
    ws.cmd(&["report", "meetings", "--format", "csv"])?
        .assert()
        .success()
        .stdout(predicate::str::starts_with(
            "id,date,kind,place,participants,articles,summary,evidence",
        ));
    Ok(())
}

#[test]
fn a_word_of_several_names_is_ambiguous_and_lists_them() -> TestResult {
    let ws = Workspace::seeded()?;
    // "Al" is a word of Al-Malik's name and of Al-Twajri's: not one of them picked in silence.
    ws.cmd(&["report", "meetings", "-p", "person=Al"])?
        .assert()
        .failure()
        .stderr(predicates::str::contains("is ambiguous"))
        .stderr(predicates::str::contains("Al-Malik"))
        .stderr(predicates::str::contains("Al-Twajri"))
        .stderr(predicates::str::contains("(key salim-almalik)"));
    Ok(())
}

#[test]
fn a_person_is_found_by_any_spelling_of_their_name() -> TestResult {
    let ws = Workspace::seeded()?;
    let mut outputs = Vec::new();
    for name in [
        "AlMalik",
        "Salim bin Muhammad Al-Malik",
        "salim-almalik",
        "Salim M. AlMalik",
        "al-malik",
    ] {
        let out = ws
            .cmd(&[
                "report",
                "meetings",
                "-p",
                &format!("person={name}"),
                "--format",
                "csv",
            ])?
            .assert()
            .success()
            .get_output()
            .stdout
            .clone();
        outputs.push(String::from_utf8(out)?);
    }
    assert!(outputs.iter().all(|o| o == &outputs[0]));
    assert_eq!(outputs[0].lines().count(), 6, "{}", outputs[0]);
    Ok(())
}

#[test]
fn date_filters_compare_against_partial_date_bounds() -> TestResult {
    let ws = Workspace::seeded()?;
    let out = ws
        .cmd(&[
            "report",
            "meetings",
            "-p",
            "from=2023-10",
            "-p",
            "to=2023",
            "--format",
            "csv",
        ])?
        .assert()
        .success()
        .get_output()
        .stdout
        .clone();
    let text = String::from_utf8(out)?;
    assert!(text.contains("2023-10-02/2023-10-05"));
    assert!(text.contains("2023-11-13"));
    assert!(!text.contains("2020-11-04"));
    Ok(())
}

#[test]
fn report_usage_errors_exit_2_and_say_what_is_expected() -> TestResult {
    let ws = Workspace::seeded()?;
    ws.cmd(&["report", "nosuch"])?
        .assert()
        .code(2)
        .stderr(predicate::str::contains(
            "the reports are: articles, contacts",
        ));
    ws.cmd(&["report", "meetings", "-p", "colour=red"])?
        .assert()
        .code(2)
        .stderr(predicate::str::contains(
            "it takes: person (person, optional)",
        ));
    ws.cmd(&["report", "person"])?
        .assert()
        .code(2)
        .stderr(predicate::str::contains("missing parameter \"person\""));
    ws.cmd(&["report", "meetings", "-p", "from=2023-02-30"])?
        .assert()
        .code(2)
        .stderr(predicate::str::contains("not a valid date"));
    ws.cmd(&["report", "meetings", "-p", "kind=banquet"])?
        .assert()
        .code(2)
        .stderr(predicate::str::contains("use one of: meeting"));
    ws.cmd(&["report", "meetings", "-p", "person=Nobody Atall"])?
        .assert()
        .code(2)
        .stderr(predicate::str::contains("no person of that name"));
    ws.cmd(&["report", "meeting"])?
        .assert()
        .code(2)
        .stderr(predicate::str::contains(
            "no report named \"meeting\" (did you mean \"meetings\"?); the reports are:",
        ));
    ws.cmd(&["report", "zzz"])?
        .assert()
        .code(2)
        .stderr(predicate::str::contains("did you mean").not());
    ws.cmd(&["report", "meetings", "-p", "persn=AlMalik"])?
        .assert()
        .code(2)
        .stderr(predicate::str::contains(
            "unknown parameter \"persn\" (did you mean \"person\"?); it takes: person",
        ));
    ws.cmd(&["report", "meetings", "-p", "person="])?
        .assert()
        .code(2)
        .stderr(predicate::str::contains(
            "the value is empty; give a person by name or key (`-p person=NAME`)",
        ));
    ws.cmd(&["report", "meetings", "-p", "noequals"])?
        .assert()
        .code(2)
        .stderr(predicate::str::contains("is not KEY=VALUE"));
    Ok(())
}

#[test]
fn a_misspelt_table_in_a_query_names_the_one_meant() -> TestResult {
    let ws = Workspace::seeded()?;
    // A table one letter off: the one meant, and the tables and views there are (not FTS5's
    // own shadow tables).
    ws.cmd(&["query", "SELECT * FROM meeting"])?
        .assert()
        .code(2)
        .stderr(predicate::str::contains(
            "no such table \"meeting\" (did you mean \"meetings\"?); the catalog's tables and views: articles, articles_fts, catalog_docs,",
        ));
    ws.cmd(&["query", "SELECT * FROM zzz"])?
        .assert()
        .code(2)
        .stderr(predicate::str::contains("did you mean").not())
        .stderr(predicate::str::contains("no such table \"zzz\""));
    Ok(())
}

#[test]
fn parameters_with_quotes_and_sql_are_plain_values() -> TestResult {
    let ws = Workspace::seeded()?;
    let before = std::fs::read(ws.db())?;
    ws.cmd(&[
        "report",
        "meetings",
        "-p",
        "person=x' OR 1=1; DROP TABLE people; --",
    ])?
    .assert()
    .code(2);
    ws.cmd(&[
        "report",
        "timeline",
        "-p",
        "by=month'); DROP TABLE people; --",
    ])?
    .assert()
    .code(2)
    .stderr(predicate::str::contains("use one of: year, month"));
    ws.cmd(&[
        "query",
        "SELECT :v AS v",
        "-p",
        "v=' OR '1'='1",
        "--format",
        "csv",
    ])?
    .assert()
    .success()
    .stdout("v\n' OR '1'='1\n");
    ws.cmd(&["search", "\"; DROP TABLE people; -- NEAR( *"])?
        .assert()
        .success();
    assert_eq!(std::fs::read(ws.db())?, before);
    Ok(())
}

#[test]
fn hostile_statements_are_refused_and_the_file_is_unchanged() -> TestResult {
    let ws = Workspace::seeded()?;
    let before = std::fs::read(ws.db())?;
    let other = ws.dir.path().join("other.db");
    let hostile = [
        "INSERT INTO people (key, name) VALUES ('x', 'y')".to_string(),
        "UPDATE people SET name = 'x'".into(),
        "DELETE FROM meetings".into(),
        "DROP TABLE people".into(),
        "CREATE TABLE t (x)".into(),
        "ALTER TABLE people ADD COLUMN x".into(),
        "CREATE VIEW v AS SELECT 1".into(),
        "CREATE TRIGGER t AFTER INSERT ON people BEGIN SELECT 1; END".into(),
        format!("ATTACH '{}' AS o", other.display()),
        "PRAGMA writable_schema = ON".into(),
        "PRAGMA journal_mode = DELETE".into(),
        "PRAGMA foreign_keys = OFF".into(),
        "PRAGMA user_version = 7".into(),
        format!("VACUUM INTO '{}'", other.display()),
        "VACUUM".into(),
        "REINDEX".into(),
        "ANALYZE".into(),
        "SELECT load_extension('libm')".into(),
        "SELECT 1; DELETE FROM people".into(),
        "BEGIN".into(),
        "REPLACE INTO outlets (key, name) VALUES ('a', 'b')".into(),
        "INSERT INTO articles_fts (articles_fts) VALUES ('delete-all')".into(),
    ];
    for sql in &hostile {
        let out = ws
            .cmd(&["query", sql])?
            .assert()
            .code(1)
            .get_output()
            .stderr
            .clone();
        let err = String::from_utf8(out)?;
        assert!(
            err.contains("only reads, by design") || err.contains("more than one SQL statement"),
            "{sql}: {err}"
        );
        // A refusal is not a read-only file: no advice to make the catalog writable.
        assert!(!err.contains("Make both writable"), "{sql}: {err}");
    }
    // Two statements that only read are a usage error: the query was asked for wrongly.
    ws.cmd(&["query", "SELECT 1; SELECT 2"])?
        .assert()
        .code(2)
        .stderr(predicates::str::contains(
            "more than one SQL statement; give one at a time",
        ));
    assert_eq!(std::fs::read(ws.db())?, before);
    assert!(!other.exists());
    Ok(())
}

#[test]
fn a_runaway_query_is_stopped_by_the_time_limit() -> TestResult {
    let ws = Workspace::seeded()?;
    ws.cmd(&[
        "query",
        "WITH RECURSIVE c(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM c) SELECT count(*) FROM c",
        "--timeout",
        "1",
    ])?
    .assert()
    .code(1)
    .stderr(predicate::str::contains(
        "longer than the time limit of 1 s",
    ));
    Ok(())
}

#[test]
fn a_million_generated_rows_stream_to_csv_and_read_back() -> TestResult {
    let ws = Workspace::seeded()?;
    let out_path = ws.dir.path().join("million.csv");
    ws.cmd(&[
        "query",
        "WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 1000000) SELECT i, 'row ' || i AS label, NULL AS empty FROM n",
        "--output",
        &out_path.display().to_string(),
    ])?
    .assert()
    .success();
    let mut reader = csv::Reader::from_path(&out_path)?;
    let mut expected = 1u64;
    for rec in reader.records() {
        let rec = rec?;
        assert_eq!(rec.get(0), Some(expected.to_string().as_str()));
        assert_eq!(rec.get(1), Some(format!("row {expected}").as_str()));
        assert_eq!(rec.get(2), Some(""));
        expected += 1;
    }
    assert_eq!(expected - 1, 1_000_000);
    Ok(())
}

#[test]
fn a_failed_query_with_output_leaves_no_file() -> TestResult {
    let ws = Workspace::seeded()?;
    let out_path = ws.dir.path().join("out.csv");
    ws.cmd(&[
        "query",
        "SELECT * FROM no_such_table",
        "--output",
        &out_path.display().to_string(),
    ])?
    .assert()
    .code(2);
    assert!(!out_path.exists());
    Ok(())
}

#[test]
fn an_output_file_s_name_chooses_its_format_unless_format_is_given() -> TestResult {
    let ws = Workspace::seeded()?;
    let sql = "SELECT 'a' AS x, 1 AS n";
    let read = |name: &str| std::fs::read_to_string(ws.dir.path().join(name));
    for (name, want) in [
        ("rows.json", "[\n{\"x\":\"a\",\"n\":1}\n]\n"),
        ("rows.JSONL", "{\"x\":\"a\",\"n\":1}\n"),
        ("rows.tsv", "x\tn\na\t1\n"),
        ("rows.csv", "x,n\na,1\n"),
        ("rows.txt", "x,n\na,1\n"),
    ] {
        ws.cmd(&["query", sql, "-o", name])?.assert().success();
        assert_eq!(read(name)?, want, "{name}");
    }
    // --format wins over the name; the reports choose the same way.
    ws.cmd(&["query", sql, "-o", "forced.json", "--format", "csv"])?
        .assert()
        .success()
        .stderr(predicates::str::contains(
            "note: writing csv into forced.json, as --format says (its name says json)",
        ));
    assert_eq!(read("forced.json")?, "x,n\na,1\n");
    ws.cmd(&["report", "meetings", "-o", "meetings.ndjson"])?
        .assert()
        .success();
    let text = read("meetings.ndjson")?;
    assert!(text.lines().count() > 1 && text.lines().all(|l| l.starts_with('{')));
    // A name of another kind of file (a workbook) is refused, not filled with CSV.
    ws.cmd(&["report", "contacts", "-o", "contacts.xlsx"])?
        .assert()
        .code(2)
        .stderr(predicates::str::contains(
            "cannot write a .xlsx file: name it .csv",
        ));
    assert!(!ws.dir.path().join("contacts.xlsx").exists());
    Ok(())
}

#[test]
fn output_never_goes_over_a_catalog_or_the_files_beside_it() -> TestResult {
    let ws = Workspace::seeded()?;
    let before = std::fs::read(ws.db())?;
    std::fs::write(ws.dir.path().join("catalog.db-wal"), b"")?;
    for (args, what) in [
        (
            vec!["report", "meetings", "--format", "csv", "-o", "catalog.db"],
            "catalog.db is a SQLite database",
        ),
        (
            vec!["graph", "--format", "json", "-o", "catalog.db"],
            "catalog.db is a SQLite database",
        ),
        (
            vec!["query", "SELECT 1", "-o", "catalog.db-wal"],
            "catalog.db-wal is a file SQLite keeps beside a database",
        ),
    ] {
        ws.cmd(&args)?
            .assert()
            .code(2)
            .stderr(predicates::str::contains(what))
            .stderr(predicates::str::contains("give -o another file name"));
    }
    assert_eq!(std::fs::read(ws.db())?, before);
    ws.cmd(&["status"])?.assert().success();
    // Another SQLite file is refused as well; a CSV over a CSV is fine.
    std::fs::copy(ws.db(), ws.dir.path().join("other.sqlite3"))?;
    ws.cmd(&[
        "query",
        "SELECT 1",
        "-o",
        "other.sqlite3",
        "--format",
        "csv",
    ])?
    .assert()
    .code(2);
    ws.cmd(&["query", "SELECT 1", "-o", "rows.csv"])?
        .assert()
        .success();
    ws.cmd(&["query", "SELECT 2", "-o", "rows.csv"])?
        .assert()
        .success();
    assert_eq!(
        std::fs::read_to_string(ws.dir.path().join("rows.csv"))?,
        "2\n2\n"
    );
    Ok(())
}

#[test]
fn query_reads_sql_from_a_file_and_from_stdin() -> TestResult {
    let ws = Workspace::seeded()?;
    let sql = ws.dir.path().join("q.sql");
    std::fs::write(
        &sql,
        "SELECT count(*) AS n FROM articles WHERE language = :lang",
    )?;
    ws.cmd(&["query", "-f", &sql.display().to_string(), "-p", "lang=en"])?
        .assert()
        .success()
        .stdout("n\n5\n");
    ws.cmd(&["query", "-"])?
        .write_stdin("SELECT count(*) AS n FROM articles")
        .assert()
        .success()
        .stdout("n\n5\n");
    ws.cmd(&["query"])?.assert().code(2);
    Ok(())
}

#[test]
fn excel_csv_neutralises_formulas_and_keeps_names_intact() -> TestResult {
    let ws = Workspace::seeded()?;
    let out = ws
        .cmd(&["query", "SELECT name FROM person_names WHERE name LIKE 'Mehriban%' UNION ALL SELECT '=HYPERLINK(\"http://x\")' UNION ALL SELECT '@SUM(A1)' UNION ALL SELECT -5", "--excel"])?
        .assert()
        .success()
        .get_output()
        .stdout
        .clone();
    let text = String::from_utf8(out)?;
    assert!(text.starts_with('\u{feff}'));
    assert!(text.contains("Mehriban Əliyeva\r\n"));
    assert!(text.contains("'=HYPERLINK"));
    assert!(text.contains("'@SUM(A1)"));
    // A number stays a number.
    assert!(text.contains("\r\n-5\r\n"));
    for line in text.trim_start_matches('\u{feff}').lines() {
        assert!(!line.starts_with(['=', '+', '@']), "{line}");
    }
    Ok(())
}

#[test]
fn every_parameterless_report_is_a_view_that_gives_the_same_rows() -> TestResult {
    let ws = Workspace::seeded()?;
    let conn = ws.open()?;
    for name in REPORTS {
        let view: Option<String> = conn
            .query_row(
                "SELECT name FROM sqlite_master WHERE type = 'view' AND name = ?1",
                [format!("report_{name}")],
                |r| r.get(0),
            )
            .ok();
        let needs_param = matches!(*name, "person" | "organization");
        assert_eq!(view.is_some(), !needs_param, "view for {name}");
        if let Some(view) = view {
            let from_view = ws
                .cmd(&["query", &format!("SELECT * FROM {view}"), "--format", "csv"])?
                .assert()
                .success()
                .get_output()
                .stdout
                .clone();
            let from_report = ws
                .cmd(&["report", name, "--format", "csv"])?
                .assert()
                .success()
                .get_output()
                .stdout
                .clone();
            assert_eq!(from_view, from_report, "{name}");
        }
    }
    Ok(())
}

#[test]
fn export_writes_every_table_and_parameterless_report() -> TestResult {
    let ws = Workspace::seeded()?;
    let dir = ws.dir.path().join("export");
    ws.cmd(&["export", &dir.display().to_string(), "--excel"])?
        .assert()
        .success()
        .stderr(predicate::str::contains("meetings.csv"));
    for f in [
        "articles.csv",
        "meetings.csv",
        "evidence.csv",
        "catalog_docs.csv",
        "report_meetings.csv",
        "report_contacts.csv",
    ] {
        let bytes = std::fs::read(dir.join(f))?;
        assert!(bytes.starts_with("\u{feff}".as_bytes()), "{f}");
    }
    assert!(!dir.join("report_person.csv").exists());
    Ok(())
}

#[test]
fn search_ranks_articles_and_refuses_bad_syntax_clearly() -> TestResult {
    let ws = Workspace::seeded()?;
    ws.cmd(&["search", "memorandum Shusha", "--format", "csv"])?
        .assert()
        .success()
        .stdout(
            predicate::str::contains("001_ef0aca2a63d65faa.txt")
                .and(predicate::str::contains("[Shusha]")),
        );
    ws.cmd(&["search", "AND OR (", "--raw"])?
        .assert()
        .code(2)
        .stdout("")
        .stderr(predicate::str::contains("not valid FTS5 syntax"));
    // FTS5's syntax in plain words finds nothing, and says how to ask for it.
    ws.cmd(&["search", "memorandum OR visit", "--format", "csv"])?
        .assert()
        .success()
        .stdout(predicate::str::contains("001_").not())
        .stderr(predicate::str::contains("add --raw"));
    ws.cmd(&["search", "memorandum OR visit", "--raw", "--format", "csv"])?
        .assert()
        .success()
        .stdout(predicate::str::contains("001_ef0aca2a63d65faa.txt"))
        .stderr(predicate::str::contains("add --raw").not());
    ws.cmd(&["search", "memorandum OR Taha", "--raw", "--format", "csv"])?
        .assert()
        .success()
        .stdout(predicate::str::contains("002_7ce36fb11aacb69e.txt"));
    Ok(())
}

#[test]
fn the_readme_names_every_report_and_subcommand() -> TestResult {
    let readme = std::fs::read_to_string(repo_path("README.md"))?;
    for name in REPORTS {
        assert!(
            readme.contains(&format!("`{name}`")),
            "README lacks report {name}"
        );
    }
    for cmd in crate::subcommands() {
        assert!(
            readme.contains(&format!("diplocat {cmd}")),
            "README lacks diplocat {cmd}"
        );
    }
    let files: Vec<String> = std::fs::read_dir(repo_path("reports"))?
        .filter_map(|e| e.ok())
        .map(|e| {
            e.file_name()
                .to_string_lossy()
                .trim_end_matches(".sql")
                .to_string()
        })
        .collect();
    let mut sorted = files.clone();
    sorted.sort();
    let mut expected: Vec<String> = REPORTS.iter().map(|s| s.to_string()).collect();
    expected.sort();
    assert_eq!(
        sorted, expected,
        "REPORTS in this test must list every report file"
    );
    Ok(())
}

/// The README promises that LibreOffice Calc shows `--excel` output with names intact and
/// formula-looking cells as text; this opens it in a real LibreOffice (headless) to check.
/// `.ci/run` installs libreoffice-calc; without it this test fails and says how to install it.
#[test]
fn libreoffice_reads_excel_csv_with_names_intact_and_no_formula() -> TestResult {
    let ws = Workspace::seeded()?;
    let csv_path = ws.dir.path().join("calc.csv");
    ws.cmd(&[
        "query",
        "SELECT name FROM person_names WHERE name = 'Mehriban Əliyeva' UNION ALL SELECT '=1+2' UNION ALL SELECT '@SUM(1,2)' UNION ALL SELECT cameo_code FROM meetings WHERE cameo_code = '040' UNION ALL SELECT 42",
        "--excel",
        "--output",
        &csv_path.display().to_string(),
    ])?
    .assert()
    .success();
    let status = std::process::Command::new("soffice")
        .current_dir(ws.dir.path())
        .env("HOME", ws.dir.path())
        .args([
            "--headless",
            "--infilter=CSV:44,34,76,1",
            "--convert-to",
            "html",
            "calc.csv",
        ])
        .output()
        .map_err(|e| {
            format!("LibreOffice is needed for this test: apt-get install libreoffice-calc ({e})")
        })?;
    assert!(
        status.status.success(),
        "{}",
        String::from_utf8_lossy(&status.stderr)
    );
    let html = std::fs::read_to_string(ws.dir.path().join("calc.html"))?;
    assert!(html.contains("Mehriban Əliyeva"), "{html}");
    assert!(
        html.contains("&apos;=1+2") || html.contains("'=1+2"),
        "{html}"
    );
    assert!(html.contains("@SUM(1,2)"), "{html}");
    // A code keeps its leading zero (as text); a number stays a number.
    assert!(
        html.contains("&apos;040") || html.contains("'040"),
        "{html}"
    );
    assert!(html.contains(">42<"), "{html}");
    // Had Calc run the formula, the cell would show its result.
    assert!(!html.contains(">3<"), "{html}");
    Ok(())
}

#[test]
fn export_refuses_to_replace_curated_files_but_replaces_an_earlier_export() -> TestResult {
    let ws = Workspace::seeded()?;
    let dir = ws.dir.path().join("curated");
    std::fs::create_dir_all(&dir)?;
    let people = "key,name,description\nola-holm,Ola Holm,\n";
    std::fs::write(dir.join("people.csv"), people)?;
    let d = dir.display().to_string();
    ws.cmd(&["export", &d])?
        .assert()
        .code(2)
        .stderr(predicate::str::contains("people.csv").and(predicate::str::contains("--force")));
    assert_eq!(std::fs::read_to_string(dir.join("people.csv"))?, people);
    assert!(!dir.join("meetings.csv").exists());
    // An earlier export is replaced without asking; --force replaces curated files.
    let out = ws.dir.path().join("out").display().to_string();
    ws.cmd(&["export", &out])?.assert().success();
    ws.cmd(&["export", &out])?.assert().success();
    ws.cmd(&["export", &d, "--force"])?.assert().success();
    assert_ne!(std::fs::read_to_string(dir.join("people.csv"))?, people);
    Ok(())
}

#[test]
fn a_query_of_only_blanks_semicolons_or_comments_is_empty() -> TestResult {
    let ws = Workspace::seeded()?;
    for sql in [
        "",
        ";",
        "-- just a comment",
        "/* c */ ;",
        "  -- a\n/* b */\n",
    ] {
        ws.cmd(&["query", "--", sql])?
            .assert()
            .code(2)
            .stderr(predicate::str::contains("the query is empty"));
    }
    // A comment before a statement is no empty query.
    ws.cmd(&["query", "--", "-- count\nSELECT 1 AS one"])?
        .assert()
        .success()
        .stdout(predicate::str::contains("one"));
    Ok(())
}

#[test]
fn a_date_filter_says_how_many_meetings_of_unknown_date_it_leaves_out() -> TestResult {
    let ws = Workspace::seeded()?;
    let undated: i64 = ws.open()?.query_row(
        "SELECT count(*) FROM meetings WHERE date_earliest IS NULL",
        [],
        |r| r.get(0),
    )?;
    assert!(undated > 0, "the seed has meetings of unknown date or year");
    ws.cmd(&["report", "meetings", "-p", "from=2023"])?
        .assert()
        .success()
        .stderr(predicate::str::contains(format!(
            "from/to leave out the {undated} meeting(s) of the catalog whose date or year is unknown"
        )));
    // Without from/to, no note.
    ws.cmd(&["report", "meetings"])?
        .assert()
        .success()
        .stderr(predicate::str::is_empty());
    Ok(())
}
