//! Curated article metadata (articles.csv): what it gives wins over what the text gives, in
//! every later import, until its row is deleted from its file. The article is invented.

use std::fs;
use std::path::{Path, PathBuf};

use predicates::prelude::*;

use crate::{TestResult, Workspace};

const ARTICLE: &str = "Foreign Minister Tomas Ferreira Lund received Ivana Kostelecka, Minister of Culture of Chile, in Oslo on March 14.\n\nThe two ministers discussed cooperation in culture.\n";

const ARTICLES_CSV: &str = "file,url,outlet,published,published_text,title,author,dateline,language\nx.txt,https://example.org/lund-kostelecka,,2024-03-15,,,,oslo-city,en\n";

/// A curated folder: the article, its articles.csv, and the meeting it reports; and a folder
/// holding only the same article.
fn folders(ws: &Workspace) -> Result<(PathBuf, PathBuf), Box<dyn std::error::Error>> {
    let curated = ws.dir.path().join("curated");
    let plain = ws.dir.path().join("arts");
    fs::create_dir_all(curated.join("articles"))?;
    fs::create_dir_all(&plain)?;
    fs::write(curated.join("articles/x.txt"), ARTICLE)?;
    fs::write(plain.join("x.txt"), ARTICLE)?;
    let files: [(&str, &str); 6] = [
        ("articles.csv", ARTICLES_CSV),
        ("places.csv", "key,name,kind,country\noslo-city,Oslo,city,\n"),
        (
            "people.csv",
            "key,name,description\ntomas-ferreira-lund,Tomas Ferreira Lund,\nivana-kostelecka,Ivana Kostelecka,\n",
        ),
        (
            "meetings.csv",
            "key,kind,cameo_code,date,date_text,date_basis,place,summary,topics\nlund-kostelecka-oslo,reception,,2024-03-14,March 14,stated,oslo-city,Tomas Ferreira Lund received Ivana Kostelecka in Oslo,\n",
        ),
        (
            "participants.csv",
            "meeting,participant,role,position\nlund-kostelecka-oslo,tomas-ferreira-lund,host,\nlund-kostelecka-oslo,ivana-kostelecka,visitor,\n",
        ),
        (
            "evidence.csv",
            "fact,article,sentence\nlund-kostelecka-oslo,x.txt,\"Foreign Minister Tomas Ferreira Lund received Ivana Kostelecka, Minister of Culture of Chile, in Oslo on March 14.\"\n",
        ),
    ];
    for (name, text) in files {
        fs::write(curated.join(name), text)?;
    }
    Ok((curated, plain))
}

/// The article's metadata and every meeting, as text.
fn state(ws: &Workspace) -> Result<(String, Vec<String>), Box<dyn std::error::Error>> {
    let conn = ws.open()?;
    let article: String = conn.query_row(
        "SELECT coalesce(url, 'NULL') || ' ' || coalesce(published, 'NULL') || ' ' || coalesce(dateline_place_id, 'NULL') FROM articles WHERE file_name = 'x.txt'",
        [],
        |r| r.get(0),
    )?;
    let mut stmt = conn.prepare(
        "SELECT key || ' ' || method || ' ' || coalesce(date, '') FROM meetings ORDER BY id",
    )?;
    let meetings = stmt
        .query_map([], |r| r.get(0))?
        .collect::<Result<Vec<String>, _>>()?;
    Ok((article, meetings))
}

fn path(p: &Path) -> &str {
    p.to_str().unwrap_or_default()
}

#[test]
fn an_import_without_articles_csv_keeps_what_a_curated_articles_csv_gave() -> TestResult {
    let ws = Workspace::new()?;
    let (curated, plain) = folders(&ws)?;
    ws.cmd(&["import", path(&curated)])?.assert().success();
    let curated_state = state(&ws)?;
    assert!(
        curated_state
            .0
            .starts_with("https://example.org/lund-kostelecka 2024-03-15 "),
        "{curated_state:?}"
    );
    assert_eq!(
        curated_state.1,
        vec!["lund-kostelecka-oslo curated 2024-03-14".to_string()]
    );

    // The same text again, without its articles.csv: nothing changes, and no extracted
    // meeting appears beside the curated one.
    ws.cmd(&["import", path(&plain)])?
        .assert()
        .success()
        .stdout(predicate::str::contains("already up to date"));
    assert_eq!(state(&ws)?, curated_state);
    ws.cmd(&["import", path(&plain)])?.assert().success();
    assert_eq!(state(&ws)?, curated_state);

    // The row deleted from articles.csv: the article is what its text gives again.
    fs::write(
        curated.join("articles.csv"),
        "file,url,outlet,published,published_text,title,author,dateline,language\n",
    )?;
    ws.cmd(&["import", path(&curated)])?
        .assert()
        .success()
        .stderr(predicate::str::contains(
            "articles row \"x.txt\" is no longer in the file",
        ));
    let released = state(&ws)?;
    assert!(released.0.starts_with("NULL NULL "), "{released:?}");
    Ok(())
}

#[test]
fn an_articles_csv_imported_alone_describes_an_article_already_in_the_catalog() -> TestResult {
    let ws = Workspace::new()?;
    let (_curated, plain) = folders(&ws)?;
    ws.cmd(&["import", path(&plain)])?.assert().success();
    assert!(state(&ws)?.0.starts_with("NULL NULL "));
    let sidecar = ws.dir.path().join("sidecar");
    fs::create_dir_all(&sidecar)?;
    // Its dateline the catalog's Oslo (a second place named Oslo is refused: it could not be
    // told apart from the first).
    fs::write(
        sidecar.join("articles.csv"),
        ARTICLES_CSV.replace(",oslo-city,", ",oslo,"),
    )?;
    ws.cmd(&["import", path(&sidecar)])?.assert().success();
    let given = state(&ws)?;
    assert!(
        given
            .0
            .starts_with("https://example.org/lund-kostelecka 2024-03-15 "),
        "{given:?}"
    );
    // Its meeting is read again with the article's date.
    assert!(
        given.1.iter().any(|m| m.ends_with(" extracted 2024-03-14")),
        "{given:?}"
    );
    // Imported again, the folder of the text alone keeps it; the row deleted from the
    // sidecar imported alone gives the text's metadata back.
    ws.cmd(&["import", path(&plain)])?.assert().success();
    assert_eq!(state(&ws)?.0, given.0);
    fs::write(
        sidecar.join("articles.csv"),
        "file,url,outlet,published,published_text,title,author,dateline,language\n",
    )?;
    ws.cmd(&["import", path(&sidecar.join("articles.csv"))])?
        .assert()
        .success();
    let released = state(&ws)?;
    assert!(released.0.starts_with("NULL NULL "), "{released:?}");
    assert!(
        released
            .1
            .iter()
            .any(|m| m.ends_with(" extracted XXXX-03-14")),
        "{released:?}"
    );
    Ok(())
}
