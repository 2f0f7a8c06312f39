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

#[test]
fn an_entity_row_for_every_article_names_the_outlet_of_each() -> TestResult {
    let ws = Workspace::new()?;
    let news = ws.dir.path().join("news");
    std::fs::create_dir(&news)?;
    std::fs::write(
        news.join("n1.txt"),
        "OSLO, March 4, 2024 (Wire) - Foreign Minister of Norway Kari Nordvik met Minister of Culture of Sweden Lars Holm in Oslo on Monday.\n",
    )?;
    std::fs::write(
        news.join("n2.txt"),
        "BERGEN, March 5, 2024 (Wire) - Minister of Trade of Norway Ola Nordmann received Ambassador of Chile Carmen Rojas in Bergen on Tuesday.\n",
    )?;
    ws.cmd(&["import", "news"])?.assert().success();
    std::fs::write(
        ws.dir.path().join("gold.csv"),
        "file,meeting_date,place,participants,kind\n\
         n1.txt,2024-03-04,Oslo,Kari Nordvik | Lars Holm,meeting\n\
         n2.txt,2024-03-05,Bergen,Ola Nordmann | Carmen Rojas,reception\n",
    )?;
    let people = "file,type,name,aliases_in_text\n\
         n1.txt,person,Kari Nordvik,\n\
         n1.txt,person,Lars Holm,\n\
         n1.txt,place,Oslo,OSLO\n\
         n2.txt,person,Ola Nordmann,\n\
         n2.txt,person,Carmen Rojas,\n\
         n2.txt,place,Bergen,BERGEN\n";
    let evaluate = |entities: &str| -> Result<String, Box<dyn std::error::Error>> {
        std::fs::write(ws.dir.path().join("entities.csv"), entities)?;
        let out = ws
            .cmd(&[
                "evaluate",
                "gold.csv",
                "--entities",
                "entities.csv",
                "--format",
                "csv",
            ])?
            .assert()
            .success();
        Ok(String::from_utf8(out.get_output().stdout.clone())?)
    };
    // Without a row naming it, the outlet is junk in both articles.
    let csv = evaluate(people)?;
    assert!(csv.contains("\njunk,,outlet,2,"), "{csv}");
    // One row of file `*` names it in every article, as a row per file does.
    let csv = evaluate(&format!("{people}*,organization,Wire,Wire\n"))?;
    assert!(csv.contains("\njunk,,outlet,0,"), "{csv}");
    assert!(!csv.contains("outlet: Wire"), "{csv}");
    let per_file = evaluate(&format!(
        "{people}n1.txt,organization,Wire,\nn2.txt,organization,Wire,\n"
    ))?;
    assert_eq!(csv, per_file);
    Ok(())
}

#[test]
fn a_folders_file_of_another_format_is_named_exit_0_and_the_readme_says_so() -> TestResult {
    let ws = Workspace::new()?;
    let news = ws.dir.path().join("news");
    std::fs::create_dir(&news)?;
    std::fs::write(news.join("oslo.txt"), ARTICLE)?;
    std::fs::write(news.join("notes.md"), "# What to read next\n")?;
    // In a folder: named as skipped, the rest imported, exit status 0.
    ws.cmd(&["import", "news"])?
        .assert()
        .code(0)
        .stderr(predicate::str::contains(
            "news/notes.md: skipped: is a .md file; diplocat reads article pages saved as .txt, .html or .htm",
        ));
    // Given by name, or with --strict: refused, exit status 1.
    ws.cmd(&["import", "news/notes.md"])?
        .assert()
        .code(1)
        .stderr(predicate::str::contains("news/notes.md: is a .md file"));
    ws.cmd(&["import", "--strict", "news"])?
        .assert()
        .code(1)
        .stderr(predicate::str::contains("news/notes.md: is a .md file"));
    // The README's Commands section says the same, not "another format" among the exit 1 cases.
    let readme = std::fs::read_to_string(crate::repo_path("README.md"))?;
    let import = readme
        .split("\n- `diplocat import [PATH...]`")
        .nth(1)
        .and_then(|s| s.split("\n- `diplocat status").next())
        .ok_or("README lacks the import command")?
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ");
    assert!(
        import.contains("a folder's file of another format (`.md`, `.pdf`, a picture) is named as skipped and the exit status stays 0"),
        "{import}"
    );
    assert!(
        !import.contains("another format, or a CSV file"),
        "{import}"
    );
    Ok(())
}

#[test]
fn a_curated_file_separated_by_semicolons_is_named_once_with_how_to_save_it() -> TestResult {
    let ws = Workspace::new()?;
    let curated = ws.dir.path().join("curated");
    std::fs::create_dir(&curated)?;
    // As a spreadsheet in a European locale saves it, with a byte-order mark and CRLF.
    std::fs::write(
        curated.join("people.csv"),
        "\u{feff}key;name;description\r\nkari-nordvik;Kari Nordvik;\r\n",
    )?;
    let out = ws.cmd(&["import", "curated"])?.output()?;
    let err = String::from_utf8(out.stderr)?;
    assert_eq!(out.status.code(), Some(1), "{err}");
    assert!(err.contains("1 problem(s)"), "{err}");
    assert!(
        err.contains("curated/people.csv:1: value \"key;name;description\": the fields are separated by ';', and diplocat reads CSV separated by commas (header key,name,description); save the file with commas: in Excel, Save As \"CSV UTF-8 (comma delimited)\""),
        "{err}"
    );
    assert!(!err.contains("unknown column"), "{err}");
    assert!(!ws.db().exists());
    Ok(())
}

#[test]
fn report_list_lists_the_reports_as_report_alone_does() -> TestResult {
    let ws = Workspace::new()?;
    let plain = ws.cmd(&["report"])?.assert().success();
    let plain = String::from_utf8(plain.get_output().stdout.clone())?;
    assert!(plain.contains("meetings"), "{plain}");
    ws.cmd(&["report", "--list"])?
        .assert()
        .success()
        .stdout(plain)
        .stderr("");
    ws.cmd(&["report", "--help"])?
        .assert()
        .success()
        .stdout(predicate::str::contains("--list"));
    // With a report's name or parameters it is a usage error, not a guess.
    ws.cmd(&["report", "--list", "meetings"])?
        .assert()
        .code(2)
        .stderr(predicate::str::contains("cannot be used with"));
    Ok(())
}

#[test]
fn a_dry_run_says_what_would_be_removed_and_the_import_what_was() -> TestResult {
    let ws = Workspace::new()?;
    let curated = ws.dir.path().join("curated");
    std::fs::create_dir(&curated)?;
    let people = curated.join("people.csv");
    std::fs::write(
        &people,
        "key,name,description\nkari-nordvik,Kari Nordvik,\nlars-holm,Lars Holm,\n",
    )?;
    ws.cmd(&["import", "curated"])?.assert().success();
    std::fs::write(
        &people,
        "key,name,description\nkari-nordvik,Kari Nordvik,\n",
    )?;
    let before = std::fs::read(ws.db())?;
    ws.cmd(&["import", "--dry-run", "curated"])?
        .assert()
        .success()
        .stderr(predicate::str::contains(
            "curated/people.csv: people row \"lars-holm\" is no longer in the file; would be removed\n",
        ))
        .stdout(predicate::str::contains(
            "catalog.db; the import would give:",
        ))
        .stdout(predicate::str::is_match(r"people +0 +0 +1 +1\n")?);
    assert_eq!(std::fs::read(ws.db())?, before);
    ws.cmd(&["import", "curated"])?
        .assert()
        .success()
        .stderr(predicate::str::contains(
            "curated/people.csv: people row \"lars-holm\" is no longer in the file; removed\n",
        ));
    Ok(())
}

#[test]
fn a_repeated_curated_row_says_to_remove_one_of_the_two() -> TestResult {
    let ws = Workspace::new()?;
    let curated = ws.dir.path().join("curated");
    std::fs::create_dir(&curated)?;
    std::fs::write(
        curated.join("people.csv"),
        "key,name,description\nkari-nordvik,Kari Nordvik,\n",
    )?;
    std::fs::write(
        curated.join("names.csv"),
        "entity,name,kind\nkari-nordvik,K. Nordvik,alias\nkari-nordvik,K. Nordvik,alias\n",
    )?;
    let out = ws.cmd(&["import", "curated"])?.output()?;
    let err = String::from_utf8(out.stderr)?;
    assert_eq!(out.status.code(), Some(1), "{err}");
    assert!(
        err.contains("curated/names.csv:3: column 2 (name): value \"K. Nordvik\": this name is already given to this entity at line 2; remove one of the two rows"),
        "{err}"
    );
    Ok(())
}

#[test]
fn a_file_that_is_no_database_is_named_once_with_the_advice() -> TestResult {
    let ws = Workspace::new()?;
    std::fs::write(ws.db(), "hello, this is no database\n".repeat(100))?;
    for args in [&["status"][..], &["import"], &["report", "meetings"]] {
        let out = ws.cmd(args)?.output()?;
        let err = String::from_utf8(out.stderr)?;
        assert_eq!(out.status.code(), Some(1), "{err}");
        assert_eq!(
            err.matches("file is not a database").count(),
            1,
            "{args:?}: {err}"
        );
        assert!(!err.contains("Error code"), "{args:?}: {err}");
        assert!(
            err.contains("catalog.db: file is not a database\nThis file is not a diplocat catalog (not an SQLite database); it was left as it is. Give the catalog's path with --db"),
            "{args:?}: {err}"
        );
    }
    Ok(())
}

/// An export checks every file it writes before writing any: a name that is a folder stops
/// it with the folder as it was, and that is a failure (exit status 1), not a usage error
/// (trial 29).
#[test]
fn an_export_that_cannot_replace_a_file_writes_none_of_them() -> TestResult {
    let ws = Workspace::seeded()?;
    let out = ws.dir.path().join("out");
    let out_s = out.to_str().ok_or("path")?;
    ws.cmd(&["export", out_s])?.assert().success();
    // The catalog grows, and people.csv becomes a folder.
    let articles = ws.dir.path().join("articles");
    std::fs::create_dir(&articles)?;
    std::fs::write(articles.join("talks.txt"), ARTICLE)?;
    ws.cmd(&["import", articles.to_str().ok_or("path")?])?
        .assert()
        .success();
    std::fs::remove_file(out.join("people.csv"))?;
    std::fs::create_dir(out.join("people.csv"))?;
    let before: Vec<(std::ffi::OsString, Vec<u8>)> = {
        let mut files = Vec::new();
        for e in std::fs::read_dir(&out)? {
            let e = e?;
            if e.file_type()?.is_file() {
                files.push((e.file_name(), std::fs::read(e.path())?));
            }
        }
        files.sort();
        files
    };
    ws.cmd(&["export", out_s])?
        .assert()
        .code(1)
        .stderr(predicate::str::contains("people.csv: is a folder"))
        .stderr(predicate::str::contains("nothing was written"));
    let mut after = Vec::new();
    for e in std::fs::read_dir(&out)? {
        let e = e?;
        if e.file_type()?.is_file() {
            after.push((e.file_name(), std::fs::read(e.path())?));
        }
    }
    after.sort();
    assert!(
        after == before,
        "the failed export changed files of {out_s}"
    );
    // Once the folder is gone, the export replaces every file.
    std::fs::remove_dir(out.join("people.csv"))?;
    ws.cmd(&["export", out_s])?.assert().success();
    assert!(std::fs::read_to_string(out.join("articles.csv"))?.contains("talks.txt"));
    Ok(())
}

/// The README lists each curated file's columns as the code reads them, required and
/// optional, and the seed's files use only those (trial 29: evidence.csv's `confidence` is
/// optional, and the errors say so).
#[test]
fn the_readme_lists_every_curated_files_columns_as_the_code_reads_them() -> TestResult {
    let readme = std::fs::read_to_string(crate::repo_path("README.md"))?;
    let quoted = |cols: &[&str]| {
        cols.iter()
            .map(|c| format!("`{c}`"))
            .collect::<Vec<_>>()
            .join(", ")
    };
    for spec in diplocat::source::curated::SPECS {
        let row = readme
            .lines()
            .find(|l| l.starts_with(&format!("| `{}` |", spec.file)))
            .ok_or(format!("README lists no columns of {}", spec.file))?;
        let cells: Vec<&str> = row.split(" | ").collect();
        assert_eq!(
            cells.get(1).copied(),
            Some(quoted(spec.required).as_str()),
            "{row}"
        );
        assert_eq!(
            cells.get(2).copied(),
            Some(quoted(spec.optional).as_str()),
            "{row}"
        );
        let seed = crate::repo_path("seed").join(spec.file);
        if let Ok(text) = std::fs::read_to_string(&seed) {
            for column in text.lines().next().unwrap_or_default().split(',') {
                assert!(
                    spec.required.contains(&column) || spec.optional.contains(&column),
                    "seed/{} has column {column}, which the code does not read",
                    spec.file
                );
            }
        }
    }
    // The errors say which columns are optional, and that their order does not matter.
    let ws = Workspace::new()?;
    let dir = ws.dir.path().join("curated");
    std::fs::create_dir(&dir)?;
    std::fs::write(dir.join("evidence.csv"), "fact,article,quote\n")?;
    ws.cmd(&["import", dir.to_str().ok_or("path")?])?
        .assert()
        .code(1)
        .stderr(predicate::str::contains(
            "evidence.csv has the columns fact, article, sentence (required) and confidence (optional), in any order",
        ));
    Ok(())
}

/// An evidence sentence copied with the article's dateline is not in the body diplocat stores:
/// the error says the dateline is removed and shows the body's sentence to copy (trial 29).
#[test]
fn an_evidence_sentence_with_its_dateline_is_shown_the_bodys_sentence() -> TestResult {
    let ws = Workspace::new()?;
    let dir = ws.dir.path().join("curated");
    std::fs::create_dir_all(dir.join("articles"))?;
    std::fs::write(dir.join("articles").join("valletta.txt"), VALLETTA)?;
    std::fs::write(
        dir.join("meetings.csv"),
        "key,kind,summary\nborg-kombos,meeting,Ian Borg met Constantinos Kombos\n",
    )?;
    let lead = VALLETTA.lines().next().ok_or("no lead")?;
    std::fs::write(
        dir.join("evidence.csv"),
        format!("fact,article,sentence\nborg-kombos,valletta.txt,\"{lead}\"\n"),
    )?;
    ws.cmd(&["import", dir.to_str().ok_or("path")?])?
        .assert()
        .code(1)
        .stderr(predicate::str::contains("the dateline such as"))
        .stderr(predicate::str::contains(
            "the body's nearest sentence is \"Maltese Foreign Minister Ian Borg met Cypriot Foreign Minister Constantinos Kombos in Valletta on Monday.\"",
        ))
        .stderr(predicate::str::contains("--dry-run").not());
    assert!(!ws.db().exists());
    Ok(())
}

/// An invented wire report with an agency dateline.
const VALLETTA: &str = "VALLETTA, June 3, 2024 (Med Post) - Maltese Foreign Minister Ian Borg met Cypriot Foreign Minister Constantinos Kombos in Valletta on Monday.\n\nThe two ministers discussed migration in the Mediterranean.\n";

/// A 0-byte file given as the catalog is said to be an empty file, not a catalog of an older
/// diplocat; `status` and `upgrade` refuse it; `import` makes a catalog in it and says so, and
/// leaves it empty when it fails or is a dry run (trial 29).
#[test]
fn an_empty_file_given_as_the_catalog_is_called_empty() -> TestResult {
    let ws = Workspace::new()?;
    std::fs::write(ws.db(), "")?;
    for args in [
        &["report", "meetings"][..],
        &["status"],
        &["query", "SELECT 1"],
        &["upgrade"],
    ] {
        ws.cmd(args)?
            .assert()
            .code(1)
            .stderr(predicate::str::contains(
                "catalog.db: is an empty file (0 bytes), not a diplocat catalog",
            ))
            .stderr(predicate::str::contains("older diplocat").not())
            .stdout(predicate::str::contains("schema version").not());
        assert_eq!(std::fs::metadata(ws.db())?.len(), 0, "{args:?}");
    }
    let articles = ws.dir.path().join("articles");
    std::fs::create_dir(&articles)?;
    std::fs::write(articles.join("talks.txt"), ARTICLE)?;
    let articles_s = articles.to_str().ok_or("path")?;
    ws.cmd(&["import", "--dry-run", articles_s])?
        .assert()
        .success();
    assert_eq!(std::fs::metadata(ws.db())?.len(), 0, "the dry run wrote");
    std::fs::write(articles.join("empty.txt"), "")?;
    ws.cmd(&["import", "--strict", articles_s])?
        .assert()
        .code(1);
    assert_eq!(
        std::fs::metadata(ws.db())?.len(),
        0,
        "the failed import wrote"
    );
    std::fs::remove_file(articles.join("empty.txt"))?;
    ws.cmd(&["import", articles_s])?
        .assert()
        .success()
        .stderr(predicate::str::contains(
            "catalog.db was an empty file: a new catalog was made in it",
        ));
    ws.cmd(&["status"])?.assert().success();
    Ok(())
}

/// Small things trial 29 found: the contacts chart is titled with the person's name, the
/// search hint is diplocat's, `chart --format` says charts are SVG, and `-o` onto a database
/// says what every command says (none writes over it).
#[test]
fn charts_search_and_outputs_say_the_right_thing() -> TestResult {
    let ws = Workspace::seeded()?;
    ws.cmd(&["chart", "contacts", "-p", "person=AlMalik"])?
        .assert()
        .success()
        .stdout(predicate::str::contains(
            "Whom Salim bin Muhammad Al-Malik met, by year",
        ));
    ws.cmd(&["search", "Baltic OR fisheries"])?
        .assert()
        .success()
        .stderr(predicate::str::starts_with("diplocat: no article has all"));
    ws.cmd(&["chart", "timeline", "--format", "csv"])?
        .assert()
        .code(2)
        .stderr(predicate::str::contains("charts are SVG"))
        .stderr(predicate::str::contains("report timeline --format csv"));
    let copy = ws.dir.path().join("catcopy");
    std::fs::copy(ws.db(), &copy)?;
    let copy_s = copy.to_str().ok_or("path")?;
    for args in [
        &["graph", "--format", "graphml", "-o", copy_s][..],
        &["man", "-o", copy_s],
        &["datasette-metadata", "-o", copy_s],
        &["query", "SELECT 1", "-o", copy_s],
    ] {
        ws.cmd(args)?
            .assert()
            .code(2)
            .stderr(predicate::str::contains("diplocat never writes over it"))
            .stderr(predicate::str::contains("rows are").not());
    }
    Ok(())
}
