//! A decision about an extracted meeting fixes what it sets, and only that: what no decision
//! sets (its date, its place) still follows what extraction reads, unless a person accepted
//! the meeting as a whole. The article is invented.

use std::fs;

use crate::{TestResult, Workspace};

const ARTICLE: &str = "Foreign Minister Tomas Ferreira Lund received Ivana Kostelecka, Minister of Culture of Chile, in Oslo on March 14.\n\nThe two ministers discussed cooperation in culture.\n";

/// Imports the article (no year known), the decisions `rows` (`{key}` stands for the
/// meeting's key), then the article again with an articles.csv that gives its date. Returns
/// every meeting as "key kind date", and the meeting's key.
fn decided_then_dated(rows: &str) -> Result<(Vec<String>, String), Box<dyn std::error::Error>> {
    let ws = Workspace::new()?;
    let arts = ws.dir.path().join("arts");
    fs::create_dir_all(&arts)?;
    fs::write(arts.join("x.txt"), ARTICLE)?;
    let arts = arts.to_str().ok_or("path")?;
    ws.cmd(&["import", arts])?.assert().success();
    let key: String = ws
        .open()?
        .query_row("SELECT key FROM meetings", [], |r| r.get(0))?;
    let dir = ws.dir.path().join("corrections");
    fs::create_dir_all(&dir)?;
    fs::write(
        dir.join("decisions.csv"),
        format!(
            "subject,action,value,reason\n{}",
            rows.replace("{key}", &key)
        ),
    )?;
    ws.cmd(&["import", dir.join("decisions.csv").to_str().ok_or("path")?])?
        .assert()
        .success();
    let side = ws.dir.path().join("side");
    fs::create_dir_all(&side)?;
    fs::write(
        side.join("articles.csv"),
        "file,url,outlet,published,published_text,title,author,dateline,language\nx.txt,,,2024-03-15,,,,,en\n",
    )?;
    ws.cmd(&["import", arts, side.to_str().ok_or("path")?])?
        .assert()
        .success();
    let meetings = ws
        .open()?
        .prepare(
            "SELECT key || ' ' || kind || ' ' || coalesce(date, '') FROM meetings ORDER BY id",
        )?
        .query_map([], |r| r.get(0))?
        .collect::<Result<Vec<String>, _>>()?;
    Ok((meetings, key))
}

#[test]
fn set_kind_changes_only_the_kind_and_the_date_still_follows_the_article() -> TestResult {
    // Nobody decided: the meeting takes the year the article now gives.
    let (meetings, _) = decided_then_dated("")?;
    assert_eq!(meetings.len(), 1, "{meetings:?}");
    assert!(
        meetings[0].ends_with(" reception 2024-03-14"),
        "{meetings:?}"
    );
    // set-kind: the same meeting (its key is the decision's subject), of the kind decided,
    // with the year the article now gives.
    let (meetings, key) = decided_then_dated("{key},set-kind,meeting,a talk\n")?;
    assert_eq!(meetings, vec![format!("{key} meeting 2024-03-14")]);
    // set-date: the date decided stays.
    let (meetings, key) = decided_then_dated("{key},set-date,2024-03-13,the day before\n")?;
    assert_eq!(meetings, vec![format!("{key} reception 2024-03-13")]);
    // accept: the meeting as a person verified it stays as it is.
    let (meetings, key) = decided_then_dated("{key},accept,,checked\n")?;
    assert_eq!(meetings, vec![format!("{key} reception XXXX-03-14")]);
    Ok(())
}
