//! What a new user's first trial ran into: each a test of what they see now.

use predicates::prelude::*;

use crate::{TestResult, Workspace};

/// A short article in the style of a wire report, written for these tests.
const ARTICLE: &str = "OSLO, March 4 (Nordic Wire) - Foreign Minister of Norway Kari Nordvik met Minister of Culture of Sweden Lars Holm in Oslo on Monday.\n\nThe sides discussed cooperation in culture.\n";

#[test]
fn export_refuses_a_folder_of_articles_and_import_says_how_to_part_them() -> TestResult {
    let ws = Workspace::seeded()?;
    let arts = ws.dir.path().join("arts");
    std::fs::create_dir(&arts)?;
    std::fs::write(arts.join("oslo.txt"), ARTICLE)?;
    ws.cmd(&["export", "arts"])?
        .assert()
        .code(2)
        .stderr(predicate::str::contains(
            "arts holds articles (arts/oslo.txt)",
        ))
        .stderr(predicate::str::contains(
            "choose an empty folder, or --force to write there anyway",
        ));
    assert_eq!(std::fs::read_dir(&arts)?.count(), 1, "nothing written");
    // So does a seed-style folder, its articles in articles/.
    let seedlike = ws.dir.path().join("seedlike");
    std::fs::create_dir_all(seedlike.join("articles"))?;
    std::fs::write(seedlike.join("articles/oslo.html"), ARTICLE)?;
    ws.cmd(&["export", "seedlike"])?
        .assert()
        .code(2)
        .stderr(predicate::str::contains(
            "seedlike holds articles (seedlike/articles/oslo.html)",
        ));
    // With --force it writes there; importing the folder then says what to do.
    ws.cmd(&["export", "--force", "arts"])?.assert().success();
    let out = ws.cmd(&["import", "arts"])?.output()?;
    let err = String::from_utf8(out.stderr)?;
    assert_eq!(out.status.code(), Some(1), "{err}");
    assert!(
        err.contains("arts/people.csv:1: column 1: value \"id\": this is a table `diplocat export` wrote (its first column is the catalog's id), not a curated file, in arts beside the articles; remove the CSV files export wrote there, or move the articles to a folder of their own and import that"),
        "{err}"
    );
    // An empty folder, or a new one, is still fine.
    std::fs::create_dir(ws.dir.path().join("empty"))?;
    ws.cmd(&["export", "empty"])?.assert().success();
    Ok(())
}
