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
