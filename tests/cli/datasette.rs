//! The catalog served by real Datasette with the metadata `diplocat datasette-metadata` writes:
//! a table, a report as a canned query with parameters, search, CSV and the descriptions, read
//! over HTTP as a browser or a script would.

use std::io::Read;
use std::net::TcpListener;
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

use predicates::prelude::*;
use serde_json::Value;

use crate::{repo_path, TestResult, Workspace};

const INSTALL: &str = "python3 -m venv .venv-ci && .venv-ci/bin/pip install 'datasette==0.65.*'";

/// Datasette: $DIPLOCAT_DATASETTE, else the virtual environment .ci/run makes, else PATH.
/// Missing, the test fails with the command that installs it.
fn datasette() -> Result<PathBuf, String> {
    if let Some(p) = std::env::var_os("DIPLOCAT_DATASETTE") {
        return Ok(PathBuf::from(p));
    }
    let venv = repo_path(".venv-ci/bin/datasette");
    if venv.is_file() {
        return Ok(venv);
    }
    std::env::var_os("PATH")
        .into_iter()
        .flat_map(|paths| std::env::split_paths(&paths).collect::<Vec<_>>())
        .map(|dir| dir.join("datasette"))
        .find(|p| p.is_file())
        .ok_or_else(|| {
            format!(
                "Datasette is not installed: run `{INSTALL}` in {} (.ci/run does), or set DIPLOCAT_DATASETTE to a datasette executable",
                repo_path("").display()
            )
        })
}

/// A Datasette server on 127.0.0.1, stopped when dropped (also when a check fails).
struct Server {
    child: Child,
    base: String,
    log: PathBuf,
}

impl Drop for Server {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

impl Server {
    fn start(
        db: &Path,
        metadata: &Path,
        log: PathBuf,
    ) -> Result<Server, Box<dyn std::error::Error>> {
        let exe = datasette()?;
        // A port free a moment ago; Datasette says so at once if another took it meanwhile.
        let port = TcpListener::bind("127.0.0.1:0")?.local_addr()?.port();
        let child = Command::new(&exe)
            .arg("serve")
            .arg(db)
            .arg("-m")
            .arg(metadata)
            .args(["--host", "127.0.0.1", "--port", &port.to_string()])
            .stdin(Stdio::null())
            .stdout(std::fs::File::create(&log)?)
            .stderr(std::fs::File::create(&log)?)
            .spawn()
            .map_err(|e| {
                format!(
                    "cannot run {}: {e}; install it with `{INSTALL}`",
                    exe.display()
                )
            })?;
        let mut server = Server {
            child,
            base: format!("http://127.0.0.1:{port}"),
            log,
        };
        let started = Instant::now();
        loop {
            if let Ok((200, _)) = server.get("/-/versions.json") {
                return Ok(server);
            }
            if let Some(status) = server.child.try_wait()? {
                return Err(format!("datasette stopped ({status}): {}", server.log()).into());
            }
            if started.elapsed() > Duration::from_secs(60) {
                return Err(
                    format!("datasette did not answer within 60 s: {}", server.log()).into(),
                );
            }
            std::thread::sleep(Duration::from_millis(200));
        }
    }

    fn log(&self) -> String {
        std::fs::read_to_string(&self.log).unwrap_or_default()
    }

    /// The status and body of GET `path` (4xx and 5xx answers included).
    fn get(&self, path: &str) -> Result<(u16, String), Box<dyn std::error::Error>> {
        let agent = ureq::Agent::config_builder()
            .http_status_as_error(false)
            .proxy(None)
            .timeout_global(Some(Duration::from_secs(30)))
            .build()
            .new_agent();
        let mut response = agent.get(&format!("{}{path}", self.base)).call()?;
        let status = response.status().as_u16();
        let mut body = String::new();
        response.body_mut().as_reader().read_to_string(&mut body)?;
        Ok((status, body))
    }

    /// The rows of a JSON page asked for as an array of objects.
    fn rows(&self, path: &str) -> Result<Vec<Value>, Box<dyn std::error::Error>> {
        let sep = if path.contains('?') { '&' } else { '?' };
        let (status, body) = self.get(&format!("{path}{sep}_shape=array&_size=max"))?;
        assert_eq!(status, 200, "{path}: {body}");
        match serde_json::from_str(&body)? {
            Value::Array(rows) => Ok(rows),
            other => Err(format!("{path}: not an array of rows: {other}").into()),
        }
    }
}

/// What `diplocat ARGS --format json` prints, as rows.
fn diplocat_rows(ws: &Workspace, args: &[&str]) -> Result<Vec<Value>, Box<dyn std::error::Error>> {
    let mut argv = args.to_vec();
    argv.extend(["--format", "json"]);
    let out = ws
        .cmd(&argv)?
        .assert()
        .success()
        .get_output()
        .stdout
        .clone();
    match serde_json::from_slice(&out)? {
        Value::Array(rows) => Ok(rows),
        other => Err(format!("{args:?}: not an array of rows: {other}").into()),
    }
}

fn column(rows: &[Value], name: &str) -> Vec<String> {
    rows.iter().map(|r| r[name].to_string()).collect()
}

fn html_escaped(s: &str) -> String {
    s.replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
        .replace('"', "&#34;")
        .replace('\'', "&#39;")
}

#[test]
fn datasette_serves_the_catalog_with_descriptions_search_reports_and_csv() -> TestResult {
    let ws = Workspace::seeded()?;
    let meta = ws.dir.path().join("metadata.json");
    ws.cmd(&["datasette-metadata", "-o", &meta.display().to_string()])?
        .assert()
        .success();
    let server = Server::start(&ws.db(), &meta, ws.dir.path().join("datasette.log"))?;
    let conn = ws.open()?;
    let count = |sql: &str| conn.query_row(sql, [], |r| r.get::<_, i64>(0));

    // A table as JSON: every meeting of the seed.
    let meetings = server.rows("/catalog/meetings.json")?;
    assert_eq!(meetings.len(), 19);
    assert_eq!(
        i64::try_from(meetings.len())?,
        count("SELECT count(*) FROM meetings")?
    );

    // A report as a canned query: the same rows as `diplocat report`, with no parameter, with a
    // person, with a partial date, with both; a name that is no one's gives no rows, not all.
    assert_eq!(server.rows("/catalog/meetings_report.json")?.len(), 19);
    for (query, args) in [
        ("", vec![]),
        ("person=&organization=&place=&kind=&from=&to=", vec![]),
        ("person=AlMalik", vec!["-p", "person=AlMalik"]),
        ("person=salim-almalik", vec!["-p", "person=salim-almalik"]),
        ("from=2023", vec!["-p", "from=2023"]),
        (
            "from=2023-10&to=2023-10",
            vec!["-p", "from=2023-10", "-p", "to=2023-10"],
        ),
        (
            "person=AlMalik&from=2023-11",
            vec!["-p", "person=AlMalik", "-p", "from=2023-11"],
        ),
        ("organization=ICESCO", vec!["-p", "organization=ICESCO"]),
        ("place=Azerbaijan&kind=", vec!["-p", "place=Azerbaijan"]),
    ] {
        let served = server.rows(&format!("/catalog/meetings_report.json?{query}"))?;
        let mut argv = vec!["report", "meetings"];
        argv.extend(args);
        let expected = diplocat_rows(&ws, &argv)?;
        assert!(!expected.is_empty(), "{query}");
        assert_eq!(column(&served, "id"), column(&expected, "id"), "{query}");
        assert_eq!(
            column(&served, "participants"),
            column(&expected, "participants"),
            "{query}"
        );
    }
    assert_eq!(
        server
            .rows("/catalog/meetings_report.json?person=AlMalik")?
            .len(),
        5
    );
    for nothing in ["person=Nobody+Known", "from=2023-02-30", "from=last+year"] {
        let served = server.rows(&format!("/catalog/meetings_report.json?{nothing}"))?;
        assert!(served.is_empty(), "{nothing}: {served:?}");
    }
    // A report with a required parameter, and one with a default.
    let dossier = server.rows("/catalog/person_report.json?person=AlMalik")?;
    let expected = diplocat_rows(&ws, &["report", "person", "-p", "person=AlMalik"])?;
    assert_eq!(dossier, expected);
    let by_month = server.rows("/catalog/timeline_report.json?by=month")?;
    let expected = diplocat_rows(&ws, &["report", "timeline", "-p", "by=month"])?;
    assert_eq!(column(&by_month, "period"), column(&expected, "period"));
    assert_ne!(
        by_month.len(),
        server.rows("/catalog/timeline_report.json")?.len()
    );

    // Search on articles: fewer rows than the table, the ones `diplocat search` finds.
    let articles = count("SELECT count(*) FROM articles")?;
    let found = server.rows("/catalog/articles.json?_search=memorandum")?;
    let expected = diplocat_rows(&ws, &["search", "memorandum"])?;
    assert!(
        !found.is_empty() && i64::try_from(found.len())? < articles,
        "{found:?}"
    );
    let mut served_files = column(&found, "file_name");
    let mut expected_files = column(&expected, "file_name");
    served_files.sort();
    expected_files.sort();
    assert_eq!(served_files, expected_files);
    // Datasette finds the index by itself (migration V9), not only through the metadata.
    let (_, database) = server.get("/catalog.json")?;
    let database: Value = serde_json::from_str(&database)?;
    let detected = database["tables"]
        .as_array()
        .and_then(|t| t.iter().find(|t| t["name"] == "articles"))
        .map(|t| t["fts_table"].clone());
    assert_eq!(detected, Some(Value::from("articles_fts")));

    // CSV export of a table: its columns as the header, one record per meeting.
    let (status, csv_text) = server.get("/catalog/meetings.csv?_size=max")?;
    assert_eq!(status, 200, "{csv_text}");
    let mut reader = csv::Reader::from_reader(csv_text.as_bytes());
    let header: Vec<String> = reader.headers()?.iter().map(String::from).collect();
    let columns: Vec<String> = {
        let mut stmt =
            conn.prepare("SELECT name FROM pragma_table_info('meetings') ORDER BY cid")?;
        let names = stmt.query_map([], |r| r.get(0))?;
        names.collect::<Result<_, _>>()?
    };
    assert_eq!(header, columns);
    let records = reader.records().collect::<Result<Vec<_>, _>>()?;
    assert_eq!(records.len(), 19);
    assert!(records.iter().any(|r| r.iter().any(|v| v == "2023-11-13")));

    // The descriptions of catalog_docs on the pages: a table's and a column's.
    let (_, page) = server.get("/catalog/meetings")?;
    for (table, col) in [("meetings", ""), ("meetings", "date_earliest")] {
        let doc: String = conn.query_row(
            "SELECT description FROM catalog_docs WHERE table_name = ?1 AND column_name = ?2",
            [table, col],
            |r| r.get(0),
        )?;
        assert!(page.contains(&html_escaped(&doc)), "{table}.{col}: {doc}");
    }
    let (_, page) = server.get("/catalog/meetings_report")?;
    assert!(page.contains("meetings (diplocat report)"));
    assert!(
        page.contains("name=\"person\""),
        "the form has a person field"
    );
    Ok(())
}

/// `diplocat --db DB ARGS...` in the workspace's folder.
fn on(
    ws: &Workspace,
    db: &Path,
    args: &[&str],
) -> Result<assert_cmd::Command, Box<dyn std::error::Error>> {
    let mut cmd = assert_cmd::Command::cargo_bin("diplocat")?;
    cmd.current_dir(ws.dir.path())
        .env_remove("DIPLOCAT_DB")
        .arg("--db")
        .arg(db)
        .args(args);
    Ok(cmd)
}

#[test]
fn datasette_metadata_names_the_database_after_the_file_and_checks_the_catalog() -> TestResult {
    let ws = Workspace::seeded()?;
    let other = ws.dir.path().join("my.cat.db");
    std::fs::copy(ws.db(), &other)?;
    let out = on(&ws, &other, &["datasette-metadata"])?
        .assert()
        .success()
        .get_output()
        .stdout
        .clone();
    let meta: Value = serde_json::from_slice(&out)?;
    let database = &meta["databases"]["my.cat"];
    assert_eq!(database["tables"]["articles"]["fts_table"], "articles_fts");
    assert!(database["tables"]["people"]["columns"]["key"].is_string());
    assert!(database["tables"]["report_meetings"]["description"].is_string());
    assert_eq!(database["tables"]["places"]["license"], "CC BY 4.0");
    let queries = database["queries"].as_object().ok_or("no queries")?;
    let reports = std::fs::read_dir(crate::repo_path("reports"))?
        .filter_map(Result::ok)
        .filter(|e| e.path().extension().is_some_and(|x| x == "sql"))
        .count();
    assert_eq!(queries.len(), reports, "one canned query per report");
    assert_eq!(queries["meetings_report"]["params"][0], "person");
    // A canned query never hides a table or a view of the same name.
    let conn = ws.open()?;
    for name in queries.keys() {
        let clash: i64 = conn.query_row(
            "SELECT count(*) FROM sqlite_master WHERE name = ?1",
            [name],
            |r| r.get(0),
        )?;
        assert_eq!(clash, 0, "{name}");
    }
    assert!(meta["license"]
        .as_str()
        .is_some_and(|l| l.starts_with("MIT")));

    // -o writes the same document, atomically; a folder that is missing is named.
    let file = ws.dir.path().join("meta.json");
    on(
        &ws,
        &other,
        &["datasette-metadata", "-o", &file.display().to_string()],
    )?
    .assert()
    .success()
    .stdout("")
    .stderr(predicate::str::contains("meta.json"));
    assert_eq!(std::fs::read(&file)?, out);
    ws.cmd(&["datasette-metadata", "-o", "no/such/folder/meta.json"])?
        .assert()
        .code(1)
        .stderr(predicate::str::contains("no/such/folder"));

    // Not a catalog, or none: the errors every read gives.
    on(&ws, Path::new("missing.db"), &["datasette-metadata"])?
        .assert()
        .code(1)
        .stderr(predicate::str::contains(
            "run `diplocat --db missing.db import` first",
        ));
    let foreign = ws.dir.path().join("foreign.db");
    rusqlite::Connection::open(&foreign)?.execute_batch("CREATE TABLE t (x)")?;
    on(&ws, &foreign, &["datasette-metadata"])?
        .assert()
        .code(1)
        .stderr(predicate::str::contains("not a diplocat catalog"));
    Ok(())
}
