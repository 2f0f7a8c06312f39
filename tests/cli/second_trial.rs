//! What a second new user's trial ran into: each a test of what they see now.

use crate::{TestResult, Workspace};

/// One value of a query, as text.
fn one(ws: &Workspace, sql: &str) -> Result<String, Box<dyn std::error::Error>> {
    let conn = ws.open()?;
    Ok(conn.query_row(sql, [], |r| r.get::<_, String>(0))?)
}

#[test]
fn the_same_people_the_same_day_in_two_cities_are_two_meetings() -> TestResult {
    let ws = Workspace::new()?;
    let news = ws.dir.path().join("news");
    std::fs::create_dir(&news)?;
    std::fs::write(
        news.join("m1.txt"),
        "Ministers meet\n\nOSLO, 4 March 2024 - Norwegian Foreign Minister Ingrid Haldorsen met her Chilean counterpart, Tomas Errazuriz, in Oslo on Monday.\n",
    )?;
    std::fs::write(
        news.join("m2.txt"),
        "Ministers meet again\n\nBERGEN, 4 March 2024 - Norwegian Foreign Minister Ingrid Haldorsen met her Chilean counterpart, Tomas Errazuriz, in Bergen on Monday.\n",
    )?;
    ws.cmd(&["import", "news"])?.assert().success();
    let places = one(
        &ws,
        "SELECT group_concat(p.name, ';') FROM (SELECT p.name FROM meetings m JOIN places p ON p.id = m.place_id ORDER BY p.name) p",
    )?;
    assert_eq!(places, "Bergen;Oslo");
    Ok(())
}
