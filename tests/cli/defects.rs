//! Defects found trying diplocat as a new user and as an attacker, each with the test that
//! would have caught it.

use std::io::Read;
use std::process::{Command as StdCommand, Stdio};

use predicates::prelude::*;

use crate::{TestResult, Workspace};

const MANY_ROWS: &str =
    "WITH RECURSIVE n(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM n WHERE x < 200000) SELECT x, 'row ' || x AS label FROM n";

/// Runs diplocat with stdout on a pipe that is closed after the first bytes, like `| head -2`.
fn closed_after_a_few_bytes(
    ws: &Workspace,
    args: &[&str],
) -> Result<(i32, String), Box<dyn std::error::Error>> {
    let mut child = StdCommand::new(assert_cmd::cargo::cargo_bin("diplocat"))
        .arg("--db")
        .arg(ws.db())
        .args(args)
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()?;
    let mut first = [0u8; 64];
    if let Some(out) = child.stdout.as_mut() {
        out.read_exact(&mut first)?;
    }
    drop(child.stdout.take());
    let mut err = String::new();
    if let Some(e) = child.stderr.as_mut() {
        e.read_to_string(&mut err)?;
    }
    let status = child.wait()?;
    Ok((status.code().unwrap_or(-1), err))
}

#[test]
fn a_closed_pipe_is_success_for_every_format() -> TestResult {
    let ws = Workspace::seeded()?;
    for format in ["csv", "tsv", "json", "ndjson", "table"] {
        let (code, err) = closed_after_a_few_bytes(&ws, &["query", "--format", format, MANY_ROWS])?;
        assert_eq!((code, err.as_str()), (0, ""), "--format {format}");
    }
    Ok(())
}

#[test]
fn json_and_ndjson_keep_the_column_order_of_the_query() -> TestResult {
    let ws = Workspace::seeded()?;
    let sql = "SELECT 2 AS b, 1 AS a, 3 AS c";
    ws.cmd(&["query", "--format", "json", sql])?
        .assert()
        .success()
        .stdout(predicate::str::contains(r#"{"b":2,"a":1,"c":3}"#));
    ws.cmd(&["query", "--format", "ndjson", sql])?
        .assert()
        .success()
        .stdout(r#"{"b":2,"a":1,"c":3}"#.to_string() + "\n");
    Ok(())
}

#[test]
fn control_characters_from_data_and_file_names_never_reach_the_terminal_raw() -> TestResult {
    let ws = Workspace::seeded()?;
    // In a table, escape sequences and bells from the data are shown, not played.
    let out = ws
        .cmd(&[
            "query",
            "--format",
            "table",
            "SELECT 'a' || char(27) || '[2Jb' || char(7) AS x",
        ])?
        .output()?;
    let text = String::from_utf8(out.stdout)?;
    assert!(
        !text.contains('\u{1b}') && !text.contains('\u{7}'),
        "{text:?}"
    );
    assert!(text.contains(r"a\u{1b}[2Jb\u{7}"), "{text:?}");
    // CSV stays exact.
    let out = ws
        .cmd(&["query", "--format", "csv", "SELECT 'a' || char(27) AS x"])?
        .output()?;
    assert_eq!(String::from_utf8(out.stdout)?, "x\na\u{1b}\n");
    // A file name with an escape sequence and a line break is named, escaped, on one line.
    let folder = ws.dir.path().join("d");
    std::fs::create_dir(&folder)?;
    std::fs::write(
        folder.join("x\u{1b}[2J\nFAKE.txt"),
        [0u8, 159, 146, 150, 0, 1],
    )?;
    let out = ws.cmd(&["import", "d"])?.output()?;
    let err = String::from_utf8(out.stderr)?;
    assert!(!err.contains('\u{1b}'), "{err:?}");
    assert!(err.contains(r"x\u{1b}[2J\nFAKE.txt"), "{err:?}");
    Ok(())
}

#[test]
fn guesses_are_usage_errors_that_say_what_is_expected() -> TestResult {
    let ws = Workspace::seeded()?;
    let cases: &[(&[&str], &str)] = &[
        (
            &["query", "SELECT :n AS n"],
            "uses the parameter :n but no -p n=VALUE gives it",
        ),
        (&["query", "SELECT ? AS n"], "positional parameter"),
        (
            &["query", "SELECT :n", "-p", "n=1", "-p", "n=2"],
            "-p n= is given twice (\"1\", then \"2\")",
        ),
        (
            &["query", "SELECT :n", "-p", "n=1", "-p", "m=2"],
            "-p m= is given but the query has no parameter :m",
        ),
        (
            &[
                "report",
                "meetings",
                "-p",
                "person=AlMalik",
                "-p",
                "person=Aliyev",
            ],
            "-p person= is given twice (\"AlMalik\", then \"Aliyev\")",
        ),
        (
            &["report", "timeline", "-p", "by=week"],
            "use one of: year, month",
        ),
        (
            &["report", "timeline", "-p", "by="],
            "use one of: year, month",
        ),
        (
            &["report", "review", "-p", "below=150"],
            "a whole number from 0 to 100",
        ),
        (
            &["report", "meetings", "-p", "from=2024", "-p", "to=2023-06"],
            "is after to=",
        ),
        (
            &["query", "--excel", "--format", "json", "SELECT 1"],
            "--excel writes spreadsheet-safe CSV",
        ),
        (
            &["query", "SELECT 1", "--timeout", "0"],
            "0 seconds would stop every query at once; give 1 or more",
        ),
    ];
    for (args, expected) in cases {
        ws.cmd(args)?
            .assert()
            .code(2)
            .stdout("")
            .stderr(predicate::str::contains(*expected));
    }
    // What is right still works: a period inside one year, and --excel alone writes CSV.
    ws.cmd(&["report", "meetings", "-p", "from=2023-06", "-p", "to=2023"])?
        .assert()
        .success();
    ws.cmd(&["query", "--excel", "SELECT 1 AS one"])?
        .assert()
        .success()
        .stdout("\u{feff}one\r\n1\r\n");
    Ok(())
}

#[test]
fn read_only_introspection_works_and_refusals_name_the_statement() -> TestResult {
    let ws = Workspace::seeded()?;
    for sql in [
        "SELECT name FROM pragma_table_info('meetings') WHERE name = 'date_basis'",
        "PRAGMA table_info(meetings)",
        "PRAGMA table_xinfo(meetings)",
        "PRAGMA index_list(meetings)",
        "PRAGMA index_info(meetings_dates)",
        "PRAGMA foreign_key_list(participants)",
        "PRAGMA table_list",
        "PRAGMA compile_options",
    ] {
        ws.cmd(&["query", "--format", "csv", sql])?
            .assert()
            .success()
            .stdout(predicate::str::is_empty().not());
    }
    let before = std::fs::read(ws.db())?;
    for (sql, named) in [
        ("CREATE TEMP TABLE t (x)", "CREATE TEMP TABLE"),
        ("CREATE TEMP VIEW v AS SELECT 1", "CREATE TEMP VIEW"),
        (
            "CREATE VIRTUAL TABLE f USING fts5(x)",
            "CREATE VIRTUAL TABLE",
        ),
        ("ANALYZE", "ANALYZE"),
        ("DROP TABLE outlets", "DROP TABLE"),
        ("DELETE FROM outlets", "DELETE from outlets"),
        (
            "PRAGMA user_version = 7",
            "PRAGMA user_version with a value",
        ),
        ("VACUUM", "VACUUM"),
    ] {
        ws.cmd(&["query", sql])?
            .assert()
            .code(1)
            .stderr(predicate::str::contains(format!(
                "`diplocat query` only reads, by design, and {named} would change"
            )))
            .stderr(predicate::str::contains("read-only").not());
    }
    assert_eq!(std::fs::read(ws.db())?, before);
    Ok(())
}

#[test]
fn search_folds_letters_as_names_do_and_never_prints_minus_zero() -> TestResult {
    let ws = Workspace::seeded()?;
    let out = ws
        .cmd(&["search", "Əliyeva", "--format", "csv"])?
        .assert()
        .success();
    let text = String::from_utf8(out.get_output().stdout.clone())?;
    assert!(text.lines().count() > 1, "{text}");
    assert!(text.contains("Aliyeva"), "{text}");
    assert!(!text.contains(",-0\n") && !text.ends_with(",-0"), "{text}");
    Ok(())
}

#[test]
fn a_file_too_large_to_be_an_article_is_refused_before_it_is_read() -> TestResult {
    let ws = Workspace::seeded()?;
    let folder = ws.dir.path().join("big");
    std::fs::create_dir(&folder)?;
    // 200 MB that take no disk: a sparse file.
    std::fs::File::create(folder.join("huge.txt"))?.set_len(200_000_000)?;
    std::fs::write(
        folder.join("small.txt"),
        "Ministers meet in Oslo\n\nOSLO, 3 March 2024 - Foreign Minister Kari Nordvik met Minister of Culture Lars Holm in Oslo on Monday.\n",
    )?;
    let mut cmd = StdCommand::new(assert_cmd::cargo::cargo_bin("diplocat"));
    cmd.arg("--db").arg(ws.db()).args(["import"]).arg(&folder);
    let (code, err, peak_mb) = crate::hardening::run_measured(&mut cmd)?;
    assert_eq!(code, 1, "{err}");
    assert!(err.contains("huge.txt: is 200.0 MB"), "{err}");
    assert!(peak_mb < 120.0, "peak {peak_mb:.0} MB");
    Ok(())
}

#[test]
fn written_files_follow_the_umask_and_killed_runs_leave_no_partial_file_behind() -> TestResult {
    use std::os::unix::fs::PermissionsExt;
    let ws = Workspace::seeded()?;
    let out = ws.dir.path().join("out");
    std::fs::create_dir(&out)?;
    // What a killed export left: a partial file of a process that is gone, and one of a
    // process that still runs (this test), which must be left alone.
    let stale = out.join(".diplocat-999999999-AbCdEf.partial");
    let live = out.join(format!(".diplocat-{}-AbCdEf.partial", std::process::id()));
    std::fs::write(&stale, "half a table")?;
    std::fs::write(&live, "being written")?;
    let bin = assert_cmd::cargo::cargo_bin("diplocat");
    let status = StdCommand::new("sh")
        .arg("-c")
        .arg("umask 027 && \"$0\" --db \"$1\" export \"$2\" && exec \"$0\" --db \"$1\" query 'SELECT 1' -o \"$2/one.csv\"")
        .arg(&bin)
        .arg(ws.db())
        .arg(&out)
        .status()?;
    assert!(status.success());
    for name in ["meetings.csv", "report_meetings.csv", "one.csv"] {
        let mode = std::fs::metadata(out.join(name))?.permissions().mode() & 0o777;
        assert_eq!(mode, 0o640, "{name}: {mode:o}");
    }
    assert!(!stale.exists(), "the stale partial file is still there");
    assert!(
        live.exists(),
        "a running process's partial file was removed"
    );
    let left: Vec<String> = std::fs::read_dir(&out)?
        .filter_map(|e| e.ok())
        .map(|e| e.file_name().to_string_lossy().into_owned())
        .filter(|n| n.starts_with('.') && !n.contains(&std::process::id().to_string()))
        .collect();
    assert!(left.is_empty(), "{left:?}");
    Ok(())
}

#[test]
fn another_programs_sqlite_database_is_refused_untouched() -> TestResult {
    let ws = Workspace::new()?;
    {
        let conn = ws.open()?;
        conn.execute_batch("CREATE TABLE users (id INTEGER PRIMARY KEY, name TEXT); INSERT INTO users (name) VALUES ('kari');")?;
    }
    let before = std::fs::read(ws.db())?;
    for args in [
        &["upgrade"][..],
        &["import"],
        &["status"],
        &["report", "meetings"],
        &["query", "SELECT 1"],
    ] {
        ws.cmd(args)?
            .assert()
            .code(1)
            .stdout("")
            .stderr(predicate::str::contains(
                "is an SQLite database but not a diplocat catalog",
            ));
        assert_eq!(std::fs::read(ws.db())?, before, "{args:?} changed the file");
    }
    let wal = format!("{}-wal", ws.db().display());
    assert!(!std::path::Path::new(&wal).exists(), "switched to WAL");
    // An empty file becomes a new catalog.
    let empty = Workspace::new()?;
    std::fs::write(empty.db(), "")?;
    empty.cmd(&["import"])?.assert().success();
    Ok(())
}

#[test]
fn messages_say_what_is_wrong_once_and_what_to_do() -> TestResult {
    let ws = Workspace::seeded()?;
    // A second import of the same data: one line.
    ws.cmd(&["import"])?
        .assert()
        .success()
        .stdout(predicate::str::ends_with(
            "already up to date, nothing new and nothing updated\n",
        ))
        .stdout(predicate::str::contains("rows per table").not())
        .stdout(predicate::function(|s: &str| s.lines().count() == 1));
    // export onto a file, --db in a missing folder.
    std::fs::write(ws.dir.path().join("afile"), "")?;
    ws.cmd(&["export", "afile/inside"])?
        .assert()
        .code(2)
        .stderr(predicate::str::contains("afile is a file"))
        .stderr(predicate::str::contains("os error").not());
    ws.cmd(&["export", "afile"])?
        .assert()
        .code(2)
        .stderr(predicate::str::contains(
            "afile is a file; export writes one CSV file per table into a folder",
        ))
        .stderr(predicate::str::contains("os error").not());
    assert_cmd::Command::cargo_bin("diplocat")?
        .current_dir(ws.dir.path())
        .args(["--db", "nofolder/x.db", "import"])
        .assert()
        .code(1)
        .stderr(predicate::str::contains(
            "the folder nofolder does not exist; create it",
        ))
        .stderr(predicate::str::contains("Error code 14").not());
    // A key defined twice is reported once, not again at every row that refers to it.
    let curated = ws.dir.path().join("curated");
    std::fs::create_dir(&curated)?;
    std::fs::write(
        curated.join("places.csv"),
        "key,name,kind\nnordland,Nordland,region\n",
    )?;
    std::fs::write(
        curated.join("people.csv"),
        "key,name\nnordland,Kari Nordland\n",
    )?;
    std::fs::write(
        curated.join("meetings.csv"),
        "key,kind,summary,place\nm1,meeting,One,nordland\nm2,meeting,Two,nordland\nm3,meeting,Three,nordland\n",
    )?;
    let out = ws.cmd(&["import", "curated"])?.output()?;
    let err = String::from_utf8(out.stderr)?;
    assert_eq!(out.status.code(), Some(1), "{err}");
    assert!(err.contains("1 problem(s)"), "{err}");
    assert!(err.contains("this key is already used at"), "{err}");
    assert!(!err.contains("refers to no place"), "{err}");
    Ok(())
}

/// A page in the style of a news site's, saved from a browser.
const SAVED_PAGE: &str = r#"<!DOCTYPE html><html lang="en"><head><meta charset="utf-8">
<title>Ministers meet in Oslo | Nordic Wire</title>
<meta property="og:title" content="Ministers meet in Oslo">
<meta property="article:published_time" content="2024-03-04T09:15:00+01:00">
<meta name="author" content="Ingrid Dahl">
<link rel="canonical" href="https://nordicwire.example/politics/ministers-meet">
<script>window.dataLayer = [];</script><style>body { margin: 0 }</style></head>
<body><header><nav><a href="/">Home</a> | <a href="/politics">Politics</a> | <a href="/sport">Sport</a></nav></header>
<article><h1>Ministers meet in Oslo</h1>
<p>OSLO, March 4 (Nordic Wire) - Foreign Minister of Norway Kari Nordvik met Minister of Culture of Sweden Lars Holm in Oslo on Monday.</p>
<p>The sides discussed cooperation in culture.</p>
<aside>Read also: Fishing quotas agreed</aside></article>
<footer>© Nordic Wire 2024</footer></body></html>"#;

#[test]
fn saved_web_pages_are_read_as_articles_with_their_own_metadata() -> TestResult {
    let ws = Workspace::seeded()?;
    let folder = ws.dir.path().join("saved");
    std::fs::create_dir(&folder)?;
    std::fs::write(folder.join("ministers.html"), SAVED_PAGE)?;
    ws.cmd(&["import", "saved"])?.assert().success();
    ws.cmd(&[
        "query",
        "--format",
        "csv",
        "SELECT title, published, author, url, instr(body, '<') = 0 AS no_tags, instr(body, 'Sport') = 0 AS no_menu FROM articles WHERE file_name = 'ministers.html'",
    ])?
    .assert()
    .success()
    .stdout("title,published,author,url,no_tags,no_menu\nMinisters meet in Oslo,2024-03-04,Ingrid Dahl,https://nordicwire.example/politics/ministers-meet,1,1\n");
    let out = ws
        .cmd(&[
            "report",
            "meetings",
            "-p",
            "person=Kari Nordvik",
            "--format",
            "csv",
        ])?
        .assert()
        .success();
    let text = String::from_utf8(out.get_output().stdout.clone())?;
    assert!(text.contains("2024-03-04,meeting,Oslo"), "{text}");
    assert!(text.contains("Lars Holm"), "{text}");
    Ok(())
}

#[test]
fn entries_that_are_not_articles_are_named_and_unknown_formats_refused() -> TestResult {
    let ws = Workspace::seeded()?;
    let folder = ws.dir.path().join("mixed");
    std::fs::create_dir(&folder)?;
    std::fs::write(folder.join("notes.jsonl"), "{\"a\": 1}\n")?;
    std::os::unix::fs::symlink("loop", folder.join("loop"))?;
    std::fs::create_dir(folder.join("page_files"))?;
    let fifo = StdCommand::new("mkfifo")
        .arg(folder.join("pipe"))
        .status()?;
    assert!(fifo.success());
    std::fs::write(folder.join("ministers.html"), SAVED_PAGE)?;
    let out = ws.cmd(&["import", "mixed"])?.output()?;
    let err = String::from_utf8(out.stderr)?;
    assert_eq!(out.status.code(), Some(0), "{err}");
    for named in [
        "mixed/notes.jsonl: skipped: is a .jsonl file; diplocat reads article pages saved as .txt, .html or .htm",
        "mixed/loop: skipped: cannot be read",
        "mixed/page_files: skipped: is a folder",
        "mixed/pipe: skipped: is not a file",
    ] {
        assert!(err.contains(named), "{named}: {err}");
    }
    // Given by name, a format diplocat does not read is refused, and nothing is written.
    let before = std::fs::read(ws.db())?;
    ws.cmd(&["import", "mixed/notes.jsonl"])?
        .assert()
        .code(1)
        .stderr(predicate::str::contains(
            "is a .jsonl file; diplocat reads article pages saved as .txt, .html or .htm, and curated .csv files",
        ));
    ws.cmd(&["import", "mixed/pipe"])?
        .assert()
        .code(1)
        .stderr(predicate::str::contains("is not a file or a folder"));
    assert_eq!(std::fs::read(ws.db())?, before);
    // `--strict`: a file of the folder that is no article sinks the import (a folder inside,
    // as a browser saves beside a page, does not: it is only named as skipped, no problem).
    let out = ws.cmd(&["import", "--strict", "mixed"])?.output()?;
    let err = String::from_utf8(out.stderr)?;
    assert_eq!(out.status.code(), Some(1), "{err}");
    let problems: Vec<&str> = err.lines().filter(|l| l.starts_with("  ")).collect();
    assert!(
        problems
            .iter()
            .any(|l| l.contains("mixed/notes.jsonl: is a .jsonl file"))
            && !problems.iter().any(|l| l.contains("page_files")),
        "{err}"
    );
    assert_eq!(std::fs::read(ws.db())?, before);
    Ok(())
}

#[test]
fn queries_that_would_make_huge_values_or_rows_stop_at_once_with_memory_bounded() -> TestResult {
    let ws = Workspace::seeded()?;
    let cases = [
        ("SELECT zeroblob(999999999)", "larger than 32 MB"),
        ("SELECT randomblob(500000000)", "larger than 32 MB"),
        ("SELECT printf('%.*c', 500000000, 'x')", "larger than 32 MB"),
        (
            "WITH RECURSIVE n(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM n WHERE x < 100000) SELECT length(group_concat(printf('%.*c', 500, 'x'))) FROM n",
            "larger than 32 MB",
        ),
        (
            "SELECT zeroblob(30000000), zeroblob(30000000), zeroblob(30000000), zeroblob(30000000), zeroblob(30000000), zeroblob(30000000), zeroblob(30000000)",
            "a row of the result would be larger than 64 MB",
        ),
    ];
    for (sql, expected) in cases {
        let started = std::time::Instant::now();
        let mut cmd = StdCommand::new(assert_cmd::cargo::cargo_bin("diplocat"));
        cmd.arg("--db")
            .arg(ws.db())
            .args(["query", "--timeout", "60", "--format", "csv", sql]);
        let (code, err, peak_mb) = crate::hardening::run_measured(&mut cmd)?;
        assert_eq!(code, 1, "{sql}: {err}");
        assert!(err.contains(expected), "{sql}: {err}");
        assert!(peak_mb < 300.0, "{sql}: peak {peak_mb:.0} MB");
        assert!(
            started.elapsed().as_secs() < 10,
            "{sql}: {:?}",
            started.elapsed()
        );
    }
    Ok(())
}

/// `diplocat import .` beside the catalog: its own files (the .db, its -wal and -shm) are no
/// files of the folder to skip or, with --strict, to refuse.
#[test]
fn importing_the_folder_that_holds_the_catalog_passes_over_the_catalog() -> TestResult {
    let ws = Workspace::new()?;
    std::fs::write(
        ws.dir.path().join("a.txt"),
        "Minister Ola Holm met Ambassador Per Dahl in Oslo on 3 May 2024.\n",
    )?;
    std::fs::write(ws.dir.path().join("catalog.db-wal"), "")?;
    ws.cmd(&["import", "."])?.assert().success();
    for args in [&["import", "."][..], &["import", "--strict", "."]] {
        ws.cmd(args)?
            .assert()
            .success()
            .stderr(predicate::str::contains("catalog.db").not());
    }
    // Another .db file in the folder is still named.
    std::fs::write(ws.dir.path().join("other.db"), "")?;
    ws.cmd(&["import", "."])?
        .assert()
        .stderr(predicate::str::contains("other.db: skipped"));
    Ok(())
}

/// An article file edited after its import is another text: imported again, it is a second
/// article, and the import says so rather than keeping quiet.
#[test]
fn an_edited_article_imported_again_is_named_as_a_second_article() -> TestResult {
    let ws = Workspace::new()?;
    let file = ws.dir.path().join("a.txt");
    std::fs::write(
        &file,
        "Minister Ola Holm met Ambassador Per Dahl in Oslo on 3 May 2024.\n",
    )?;
    ws.cmd(&["import", "a.txt"])?
        .assert()
        .success()
        .stderr(predicate::str::contains("differs").not());
    std::fs::write(
        &file,
        "Minister Ola Holm met Ambassador Per Dahl in Oslo on 3 May 2024. They discussed trade.\n",
    )?;
    ws.cmd(&["import", "a.txt"])?
        .assert()
        .success()
        .stderr(predicate::str::contains(
            "a.txt: its text differs from the article imported under this name before",
        ));
    let articles: i64 = ws
        .open()?
        .query_row("SELECT count(*) FROM articles", [], |r| r.get(0))?;
    assert_eq!(articles, 2);
    Ok(())
}

/// A folder holding an imported article and a copy of it under a name that sorts first: the
/// copy is the one named as a copy; the article keeps its name without a contradiction.
#[test]
fn of_two_copies_the_one_the_catalog_knows_by_its_name_is_the_article() -> TestResult {
    let ws = Workspace::new()?;
    let dir = ws.dir.path().join("texts");
    std::fs::create_dir(&dir)?;
    let text = "Minister Ola Holm met Ambassador Per Dahl in Oslo on 3 May 2024.\n";
    std::fs::write(dir.join("02_presidents.txt"), text)?;
    ws.cmd(&["import", "texts"])?.assert().success();
    std::fs::write(dir.join("02_copy.txt"), text)?;
    ws.cmd(&["import", "texts"])?
        .assert()
        .stderr(predicate::str::contains(
            "02_copy.txt: has the same text as texts/02_presidents.txt",
        ))
        .stderr(predicate::str::contains("keeps the name").not())
        .stderr(predicate::str::contains("02_presidents.txt: has the same text").not());
    let names: Vec<String> = ws
        .open()?
        .prepare("SELECT file_name FROM articles")?
        .query_map([], |r| r.get(0))?
        .collect::<Result<_, _>>()?;
    assert_eq!(names, vec!["02_presidents.txt".to_string()]);
    Ok(())
}

/// A headline and the body's sentence report the same meeting at the same confidence: the
/// report quotes the body's sentence, which says who, where and when (found by the trial).
#[test]
fn the_meetings_evidence_is_the_bodys_sentence_before_the_headline() -> TestResult {
    let ws = Workspace::new()?;
    std::fs::write(
        ws.dir.path().join("a.txt"),
        "Norway and Chile ministers hold talks in Oslo\n\nOSLO, May 3 2024 - Minister Ola Holm held talks with Minister Per Dahl in Oslo on Friday.\n",
    )?;
    ws.cmd(&["import", "a.txt"])?.assert().success();
    ws.cmd(&["report", "meetings", "--format", "csv"])?
        .assert()
        .success()
        .stdout(predicate::str::contains(
            "Minister Ola Holm held talks with Minister Per Dahl in Oslo on Friday.",
        ));
    Ok(())
}

/// An output file that cannot be made is named as the user gave it, with the folder and the
/// system's reason, never by the temporary `.partial` file it is first written to.
#[test]
fn an_output_that_cannot_be_created_is_named_as_given_never_by_its_partial_file() -> TestResult {
    let ws = Workspace::seeded()?;
    // No one may create a file in /proc, root included.
    for args in [
        &["report", "meetings", "-o", "/proc/x.csv"][..],
        &["graph", "-o", "/proc/x.graphml"],
        &["datasette-metadata", "-o", "/proc/metadata.json"],
    ] {
        let out = ws.cmd(args)?.output()?;
        let err = String::from_utf8_lossy(&out.stderr);
        assert_eq!(out.status.code(), Some(1), "{args:?}: {err}");
        let given = args.last().ok_or("no path")?;
        assert!(
            err.contains(&format!(
                "cannot write {given}: cannot create a file in /proc: "
            )),
            "{args:?}: {err}"
        );
        assert!(
            !err.contains(".partial") && !err.contains(".diplocat-"),
            "{args:?}: {err}"
        );
    }
    Ok(())
}

/// `PRAGMA journal_mode` and the other pragmas that only read a setting run; with a value they
/// are refused as changing it, and ATTACH is refused for what it does (trial 29).
#[test]
fn read_only_pragmas_run_and_attach_is_refused_for_what_it_does() -> TestResult {
    let ws = Workspace::seeded()?;
    let before = std::fs::read(ws.db())?;
    ws.cmd(&["query", "--format", "csv", "PRAGMA journal_mode"])?
        .assert()
        .success()
        .stdout("journal_mode\nwal\n");
    for sql in [
        "PRAGMA freelist_count",
        "PRAGMA application_id",
        "PRAGMA quick_check",
        "SELECT * FROM pragma_journal_mode",
    ] {
        ws.cmd(&["query", "--format", "csv", sql])?
            .assert()
            .success()
            .stdout(predicate::str::is_empty().not());
    }
    ws.cmd(&["query", "PRAGMA journal_mode = DELETE"])?
        .assert()
        .code(1)
        .stderr(predicate::str::contains(
            "PRAGMA journal_mode with a value would change a setting (without one, `PRAGMA journal_mode` only reads it",
        ));
    ws.cmd(&["query", "PRAGMA wal_checkpoint"])?
        .assert()
        .code(1)
        .stderr(predicate::str::contains(
            "PRAGMA wal_checkpoint is none of the pragmas that only read",
        ));
    let other = ws.dir.path().join("other.db");
    ws.cmd(&["query", &format!("ATTACH '{}' AS o", other.display())])?
        .assert()
        .code(1)
        .stderr(predicate::str::contains(
            "ATTACH would open another database file (and create it if it is missing)",
        ));
    assert!(!other.exists());
    assert_eq!(std::fs::read(ws.db())?, before);
    Ok(())
}
