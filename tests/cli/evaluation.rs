//! Extraction measured against the curated seed: the five seed articles are imported as raw
//! text into a catalog that holds only the curated names (people, organizations, places,
//! outlets and their aliases), and the meetings extracted are compared with the 19 curated
//! meetings. Precision and recall are printed; both must be at least 0.9.
//!
//! An extracted meeting matches a curated one when they have the same kind, share an evidence
//! sentence of the same article, have the same set of people, and their dates agree (both
//! unknown, or overlapping). Each curated meeting is matched at most once.

use std::collections::{BTreeSet, HashMap};

use crate::{repo_path, TestResult, Workspace};

#[derive(Debug)]
struct Meeting {
    key: String,
    kind: String,
    /// (earliest, latest) or the EDTF text for dates without a year.
    date: Option<String>,
    earliest: Option<String>,
    latest: Option<String>,
    place: Option<String>,
    people: BTreeSet<String>,
    /// (article file, start, end) in characters of the cleaned body.
    evidence: Vec<(String, usize, usize)>,
}

fn read_csv(
    path: &std::path::Path,
) -> Result<Vec<HashMap<String, String>>, Box<dyn std::error::Error>> {
    let mut r = csv::Reader::from_path(path)?;
    let headers = r.headers()?.clone();
    let mut out = Vec::new();
    for rec in r.records() {
        let rec = rec?;
        out.push(
            headers
                .iter()
                .zip(rec.iter())
                .map(|(h, v)| (h.to_string(), v.to_string()))
                .collect(),
        );
    }
    Ok(out)
}

fn char_offset(hay: &str, needle: &str) -> Option<(usize, usize)> {
    let b = hay.find(needle)?;
    let s = hay[..b].chars().count();
    Some((s, s + needle.chars().count()))
}

fn dates_agree(a: &Meeting, b: &Meeting) -> bool {
    match (&a.date, &b.date) {
        (None, None) => true,
        (Some(x), Some(y)) => match (&a.earliest, &a.latest, &b.earliest, &b.latest) {
            (Some(ae), Some(al), Some(be), Some(bl)) => ae <= bl && be <= al,
            _ => x == y,
        },
        _ => false,
    }
}

fn shares_evidence(a: &Meeting, b: &Meeting) -> bool {
    a.evidence.iter().any(|(fa, sa, ea)| {
        b.evidence
            .iter()
            .any(|(fb, sb, eb)| fa == fb && sa < eb && sb < ea)
    })
}

#[test]
fn extraction_finds_the_curated_meetings_in_the_seed_articles() -> TestResult {
    let ws = Workspace::new()?;
    let names = ws.dir.path().join("names");
    std::fs::create_dir(&names)?;
    for f in ["outlets", "places", "people", "organizations", "names"] {
        std::fs::copy(
            repo_path(&format!("seed/{f}.csv")),
            names.join(format!("{f}.csv")),
        )?;
    }
    ws.cmd(&["import", names.to_str().ok_or("path")?])?
        .assert()
        .success();
    let articles = repo_path("seed/articles");
    ws.cmd(&["import", articles.to_str().ok_or("path")?])?
        .assert()
        .success();
    let conn = ws.open()?;
    let curated_meetings: i64 = conn.query_row(
        "SELECT count(*) FROM meetings WHERE method = 'curated'",
        [],
        |r| r.get(0),
    )?;
    assert_eq!(
        curated_meetings, 0,
        "the evaluation catalog must hold no curated meeting"
    );

    // The extracted meetings.
    let bodies: HashMap<String, String> = {
        let mut stmt = conn.prepare("SELECT file_name, body FROM articles")?;
        let rows = stmt.query_map([], |r| Ok((r.get(0)?, r.get(1)?)))?;
        rows.collect::<rusqlite::Result<_>>()?
    };
    let mut extracted: Vec<Meeting> = Vec::new();
    {
        let mut stmt = conn.prepare(
            "SELECT meetings.id, meetings.key, meetings.kind, date, date_earliest, date_latest, places.key
             FROM meetings LEFT JOIN places ON places.id = meetings.place_id ORDER BY meetings.id",
        )?;
        let rows: Vec<(i64, Meeting)> = stmt
            .query_map([], |r| {
                Ok((
                    r.get(0)?,
                    Meeting {
                        key: r.get(1)?,
                        kind: r.get(2)?,
                        date: r.get(3)?,
                        earliest: r.get(4)?,
                        latest: r.get(5)?,
                        place: r.get(6)?,
                        people: BTreeSet::new(),
                        evidence: Vec::new(),
                    },
                ))
            })?
            .collect::<rusqlite::Result<_>>()?;
        for (id, mut m) in rows {
            let people: BTreeSet<String> = conn
                .prepare("SELECT people.key FROM participants JOIN people ON people.id = participants.person_id WHERE meeting_id = ?1")?
                .query_map([id], |r| r.get(0))?
                .collect::<rusqlite::Result<_>>()?;
            let evidence: Vec<(String, usize, usize)> = conn
                .prepare("SELECT articles.file_name, start_char, end_char FROM evidence JOIN articles ON articles.id = evidence.article_id WHERE meeting_id = ?1")?
                .query_map([id], |r| Ok((r.get(0)?, r.get::<_, i64>(1)? as usize, r.get::<_, i64>(2)? as usize)))?
                .collect::<rusqlite::Result<_>>()?;
            m.people = people;
            m.evidence = evidence;
            extracted.push(m);
        }
    }

    // The curated meetings, read from the seed's CSV files.
    let mut curated: Vec<Meeting> = Vec::new();
    let participants = read_csv(&repo_path("seed/participants.csv"))?;
    let evidence = read_csv(&repo_path("seed/evidence.csv"))?;
    let person_keys: BTreeSet<String> = read_csv(&repo_path("seed/people.csv"))?
        .into_iter()
        .filter_map(|r| r.get("key").cloned())
        .collect();
    for m in read_csv(&repo_path("seed/meetings.csv"))? {
        let key = m.get("key").cloned().unwrap_or_default();
        let date = m.get("date").filter(|d| !d.is_empty()).cloned();
        let (earliest, latest) = match &date {
            Some(d) if !d.starts_with("XXXX") => {
                let (a, b) = d.split_once('/').unwrap_or((d, d));
                (Some(bound(a, false)), Some(bound(b, true)))
            }
            _ => (None, None),
        };
        let people = participants
            .iter()
            .filter(|p| p.get("meeting") == Some(&key))
            .filter_map(|p| p.get("participant").cloned())
            .filter(|p| person_keys.contains(p))
            .collect();
        let mut ev = Vec::new();
        for e in evidence.iter().filter(|e| e.get("fact") == Some(&key)) {
            let file = e.get("article").cloned().unwrap_or_default();
            let sentence = e.get("sentence").cloned().unwrap_or_default();
            let body = bodies.get(&file).ok_or(format!("no article {file}"))?;
            let (s, end) = char_offset(body, &sentence).ok_or(format!(
                "curated sentence not in the body of {file}: {sentence}"
            ))?;
            ev.push((file, s, end));
        }
        curated.push(Meeting {
            key,
            kind: m.get("kind").cloned().unwrap_or_default(),
            date,
            earliest,
            latest,
            place: m.get("place").filter(|p| !p.is_empty()).cloned(),
            people,
            evidence: ev,
        });
    }

    let mut used = vec![false; curated.len()];
    let mut matched = 0usize;
    let (mut same_date, mut same_place) = (0usize, 0usize);
    let mut unmatched_extracted = Vec::new();
    for e in &extracted {
        let found = curated.iter().enumerate().find(|(i, c)| {
            !used[*i]
                && c.kind == e.kind
                && c.people == e.people
                && shares_evidence(c, e)
                && dates_agree(c, e)
        });
        match found {
            Some((i, c)) => {
                used[i] = true;
                matched += 1;
                if c.date == e.date {
                    same_date += 1;
                }
                if c.place == e.place {
                    same_place += 1;
                }
            }
            None => unmatched_extracted.push(format!(
                "{} {} {:?} {:?} {:?}",
                e.key, e.kind, e.date, e.people, e.evidence
            )),
        }
    }
    let missed: Vec<&str> = curated
        .iter()
        .zip(&used)
        .filter(|(_, u)| !**u)
        .map(|(c, _)| c.key.as_str())
        .collect();
    let precision = matched as f64 / extracted.len().max(1) as f64;
    let recall = matched as f64 / curated.len().max(1) as f64;
    println!(
        "extraction on the seed: {} extracted, {} curated, {matched} matched; precision {precision:.3}, recall {recall:.3}; of the matched, {same_date} with the same date and {same_place} with the same place",
        extracted.len(),
        curated.len()
    );
    println!("extracted but not curated: {unmatched_extracted:#?}");
    println!("curated but not extracted: {missed:#?}");
    assert_eq!(curated.len(), 19);
    assert!(precision >= 0.9, "precision {precision:.3} < 0.9");
    assert!(recall >= 0.9, "recall {recall:.3} < 0.9");
    Ok(())
}

/// The first or last day of an EDTF point (`2023`, `2023-10`, `2023-10-02`).
fn bound(d: &str, last: bool) -> String {
    match d.len() {
        4 => format!("{d}-{}", if last { "12-31" } else { "01-01" }),
        7 => {
            let month: u32 = d[5..7].parse().unwrap_or(1);
            let days = match month {
                2 => 29,
                4 | 6 | 9 | 11 => 30,
                _ => 31,
            };
            format!(
                "{d}-{}",
                if last {
                    format!("{days:02}")
                } else {
                    "01".into()
                }
            )
        }
        _ => d.to_string(),
    }
}

/// `diplocat evaluate` on articles written for the test, with a gold of our own: figures,
/// per-article misses and extras, junk, every format, and bad gold files.
#[test]
fn evaluate_scores_the_catalog_against_a_gold_and_lists_what_it_missed() -> TestResult {
    let ws = Workspace::new()?;
    let dir = ws.dir.path().join("news");
    std::fs::create_dir(&dir)?;
    std::fs::write(
        dir.join("n1.txt"),
        "OSLO, 3 May 2022 (NTB) - Minister of Trade of Norway Ola Nordmann received Ambassador of Chile Carmen Rojas on Tuesday in Oslo.\n\nThe two sides discussed trade.\n",
    )?;
    std::fs::write(
        dir.join("n2.txt"),
        "Minister of Fisheries Kari Holm will visit Bergen next week.\n\nShe is expected to meet Governor Per Dahl there.\n",
    )?;
    ws.cmd(&["import", dir.to_str().ok_or("path")?])?
        .assert()
        .success();
    let gold = ws.dir.path().join("gold.csv");
    std::fs::write(
        &gold,
        "file,meeting_date,place,participants,kind\n\
         n1.txt,2022-05-03,Oslo,Ola Nordmann | Carmen Rojas,reception\n\
         n1.txt,2022-05-03,Oslo,Carmen Rojas,visit\n",
    )?;
    let entities = ws.dir.path().join("entities.csv");
    std::fs::write(
        &entities,
        "file,type,name,aliases_in_text\n\
         n1.txt,person,Ola Nordmann,Nordmann\n\
         n1.txt,person,Carmen Rojas,\n\
         n1.txt,place,Oslo,OSLO\n\
         n1.txt,organization,NTB,\n\
         n2.txt,person,Kari Holm,\n\
         n2.txt,person,Per Dahl,\n\
         n2.txt,place,Bergen,\n",
    )?;
    let args = |format: &str| -> Vec<String> {
        vec![
            "evaluate".into(),
            gold.display().to_string(),
            "--entities".into(),
            entities.display().to_string(),
            "--format".into(),
            format.into(),
        ]
    };
    let run = |format: &str| -> Result<String, Box<dyn std::error::Error>> {
        let a = args(format);
        let a: Vec<&str> = a.iter().map(String::as_str).collect();
        let out = ws.cmd(&a)?.assert().success();
        Ok(String::from_utf8(out.get_output().stdout.clone())?)
    };
    let csv = run("csv")?;
    let rows: Vec<&str> = csv.lines().collect();
    assert_eq!(rows[0], "section,file,measure,count,total,value,detail");
    // One of two gold rows found (the visit is missed); the only catalog meeting matches.
    assert!(csv.contains("\nall,,recall,1,2,0.5,"), "{csv}");
    assert!(csv.contains("\ncore,,recall,1,1,1,"), "{csv}");
    assert!(csv.contains("\nall,,precision,1,1,1,"), "{csv}");
    assert!(csv.contains("\nmatched,,dates agreeing,1,1,1,"), "{csv}");
    assert!(csv.contains("\nmatched,,places agreeing,1,1,1,"), "{csv}");
    assert!(
        csv.contains("\narticle,n1.txt,missed,,,,visit: Carmen Rojas on 2022-05-03 in Oslo\n"),
        "{csv}"
    );
    // The planned meeting of n2 is no meeting: nothing extra there.
    assert!(!csv.contains("n2.txt,extra"), "{csv}");
    // Every format carries the same rows.
    let json: serde_json::Value = serde_json::from_str(&run("json")?)?;
    assert_eq!(json.as_array().map(Vec::len), Some(rows.len() - 1));
    assert_eq!(run("ndjson")?.lines().count(), rows.len() - 1);
    assert!(run("table")?.contains("recall"));

    // A gold file without its columns is a usage error naming the file and the header.
    let bad = ws.dir.path().join("bad.csv");
    std::fs::write(&bad, "file,date\nn1.txt,2022\n")?;
    ws.cmd(&[
        "evaluate",
        bad.to_str().ok_or("path")?,
        "--entities",
        entities.to_str().ok_or("path")?,
    ])?
    .assert()
    .code(2)
    .stderr(predicates::str::contains("bad.csv:1:"))
    .stderr(predicates::str::contains(
        "file,meeting_date,place,participants,kind",
    ));
    // A gold without its place column is refused, not scored as if no place agreed.
    let no_place = ws.dir.path().join("no_place.csv");
    std::fs::write(
        &no_place,
        "file,meeting_date,participants,kind\nn1.txt,2022,Ola Nordmann | Kari Lund,meeting\n",
    )?;
    ws.cmd(&[
        "evaluate",
        no_place.to_str().ok_or("path")?,
        "--entities",
        entities.to_str().ok_or("path")?,
    ])?
    .assert()
    .code(2)
    .stderr(predicates::str::contains("no_place.csv:1:"))
    .stderr(predicates::str::contains("column \"place\""));
    // An empty gold, a gold that is a folder, a prefix no file has: usage errors.
    let empty = ws.dir.path().join("empty.csv");
    std::fs::write(&empty, "file,meeting_date,place,participants,kind\n")?;
    let folder = ws.dir.path().display().to_string();
    let ents = entities.to_str().ok_or("path")?;
    let gold_s = gold.to_str().ok_or("path")?;
    let empty_s = empty.to_str().ok_or("path")?;
    let cases: [(Vec<&str>, &str); 3] = [
        (
            vec!["evaluate", empty_s, "--entities", ents],
            "empty.csv has no rows",
        ),
        (
            vec!["evaluate", folder.as_str(), "--entities", ents],
            "is a folder",
        ),
        (
            vec![
                "evaluate",
                gold_s,
                "--entities",
                ents,
                "--files-prefix",
                "zzz",
            ],
            "starts with \"zzz\"",
        ),
    ];
    for (args, expected) in cases {
        ws.cmd(&args)?
            .assert()
            .code(2)
            .stderr(predicates::str::contains(expected));
    }
    // A missing file is named.
    ws.cmd(&["evaluate", "nowhere.csv", "--entities", "nowhere.csv"])?
        .assert()
        .code(1)
        .stderr(predicates::str::contains("nowhere.csv"));

    // Values the scoring cannot use are each named with their file, line, column and value,
    // all at once, and nothing is scored.
    let wrong = ws.dir.path().join("wrong.csv");
    std::fs::write(
        &wrong,
        "file,meeting_date,place,participants,kind\n\
         n1.txt,2022-13-45,Oslo,Ola Nordmann | Carmen Rojas,reception\n\
         n1.txt,2022-05-03,Olso,Carmen Rojas,meating\n",
    )?;
    let wrong_s = wrong.to_str().ok_or("path")?;
    ws.cmd(&["evaluate", wrong_s, "--entities", ents])?
        .assert()
        .code(2)
        .stdout(predicates::str::is_empty())
        .stderr(predicates::str::contains("3 problem(s) in the gold"))
        .stderr(predicates::str::contains(
            "wrong.csv:2: column 2 (meeting_date): \"2022-13-45\"",
        ))
        .stderr(predicates::str::contains(
            "wrong.csv:3: column 3 (place): value \"Olso\" is not a place",
        ))
        .stderr(predicates::str::contains(
            "wrong.csv:3: column 5 (kind): value \"meating\" is no kind of meeting",
        ));
    // Rows with a field too few or too many are all named at once, with the header they need.
    std::fs::write(
        &wrong,
        "file,meeting_date,place,participants,kind\n\
         n1.txt,2022-05-03,Oslo,Ola Nordmann | Carmen Rojas\n\
         n1.txt,2022-05-03,Oslo,Ola Nordmann | Carmen Rojas,reception\n\
         n1.txt,2022-05-03,Oslo,Carmen Rojas,reception,extra\n",
    )?;
    ws.cmd(&["evaluate", wrong_s, "--entities", ents])?
        .assert()
        .code(2)
        .stdout(predicates::str::is_empty())
        .stderr(predicates::str::contains("2 row(s) of "))
        .stderr(predicates::str::contains(
            "wrong.csv:2: the row has 4 field(s) and the header 5",
        ))
        .stderr(predicates::str::contains(
            "wrong.csv:4: the row has 6 field(s) and the header 5",
        ));
    // Saved with CRLF line ends (as spreadsheets save CSV), the lines named are the same; a
    // file in another encoding is named with what to do.
    std::fs::write(
        &wrong,
        "file,meeting_date,place,participants,kind\r\n\
         n1.txt,2022-05-03,Oslo,Ola Nordmann | Carmen Rojas,reception\r\n\
         n1.txt,2022-13-45,Oslo,Ola Nordmann | Carmen Rojas,reception\r\n",
    )?;
    ws.cmd(&["evaluate", wrong_s, "--entities", ents])?
        .assert()
        .code(2)
        .stderr(predicates::str::contains(
            "wrong.csv:3: column 2 (meeting_date): \"2022-13-45\"",
        ));
    std::fs::write(
        &wrong,
        b"file,meeting_date,place,participants,kind\nn1.txt,2022,Oslo,Ola Nordmann | Carmen R\xf6jas,reception\n",
    )?;
    ws.cmd(&["evaluate", wrong_s, "--entities", ents])?
        .assert()
        .code(2)
        .stderr(predicates::str::contains(
            "wrong.csv:2: is not UTF-8 text (byte 82); save the file as UTF-8",
        ));
    // An entity type or a column diplocat does not know.
    let typo = ws.dir.path().join("typo.csv");
    let typo_s = typo.to_str().ok_or("path")?;
    for (entities, expected) in [
        (
            "file,type,name,alias\nn1.txt,person,Ola Nordmann,\n",
            "typo.csv:1: the header has a column \"alias\"",
        ),
        (
            "file,type,name,aliases_in_text\nn1.txt,persn,Ola Nordmann,\n",
            "typo.csv:2: column 2 (type): value \"persn\" is no type of entity",
        ),
        (
            "file,type,name,aliases_in_text\nn1.txt,person,Ola Nordmann,\nn1.txt,person, ,Ola\n",
            "typo.csv:3: column 3 (name): the name is empty",
        ),
    ] {
        std::fs::write(&typo, entities)?;
        ws.cmd(&["evaluate", gold_s, "--entities", typo_s])?
            .assert()
            .code(2)
            .stderr(predicates::str::contains(expected));
    }
    // A participant the entity file does not name, and a file the catalog lacks: scored, and
    // noted.
    let loose = ws.dir.path().join("loose.csv");
    std::fs::write(
        &loose,
        "file,meeting_date,place,participants,kind\n\
         n1.txt,2022-05-03,Oslo,Ola Nordman | Carmen Rojas,reception\n\
         n9.txt,,,Ola Nordmann,visit\n",
    )?;
    ws.cmd(&[
        "evaluate",
        loose.to_str().ok_or("path")?,
        "--entities",
        ents,
    ])?
    .assert()
    .success()
    .stderr(predicates::str::contains(
        "loose.csv:2: participant \"Ola Nordman\" is not a name of",
    ))
    .stderr(predicates::str::contains("n9.txt of"));
    Ok(())
}
