//! diplocat's benchmarks, each side by side with the sqlite3 shell in the same run.
//!
//!   cargo bench                       # full size (100,000 articles, 1,000,000 rows)
//!   cargo bench -- --quick            # small sizes, about a minute
//!   cargo bench -- --only import,reports
//!   cargo bench -- --only import,growth --articles 20000 --before OLD/diplocat
//!   cargo bench -- --only import,pictures --articles 100000
//!
//! Needs the `sqlite3` shell on PATH for the baselines. Work files go to target/bench/.
//! Nothing here is asserted: the figures are printed for the README and the issue notes.

#[path = "support/measure.rs"]
mod measure;
#[path = "support/synth.rs"]
mod synth;

use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

use diplocat::extract::layout::parse_article;
use diplocat::extract::sentences::split;
use diplocat::extract::{encounters, organization_cues, person_cues, Context};
use rusqlite::Connection;

use measure::{
    diplocat, diplocat_build, fresh, machine, mb, measure, median, secs, settle, sqlite3,
};

type Result<T> = std::result::Result<T, Box<dyn std::error::Error>>;

const SEED: u64 = 42;
const DIPLOCAT: &str = env!("CARGO_BIN_EXE_diplocat");

struct Sizes {
    articles: u64,
    extract_articles: u64,
    export_rows: u64,
    small_meetings: u64,
    large_meetings: u64,
    runs: usize,
}

/// The corpus of `n` articles, generated once and kept under target/bench/.
fn corpus(work: &Path, n: u64) -> Result<(PathBuf, u64)> {
    corpus_of(work, SEED, n)
}

fn corpus_of(work: &Path, seed: u64, n: u64) -> Result<(PathBuf, u64)> {
    let dir = work.join(format!("corpus-{seed}-{n}"));
    let done = dir.join("done");
    if let Ok(bytes) = std::fs::read_to_string(&done) {
        return Ok((dir, bytes.trim().parse()?));
    }
    if dir.exists() {
        std::fs::remove_dir_all(&dir)?;
    }
    let start = Instant::now();
    let bytes = synth::write_corpus(&dir, seed, n)?;
    // The same texts as one CSV column, for the sqlite3 shell's .import.
    let mut w = csv::Writer::from_path(dir.join("bodies.csv"))?;
    w.write_record(["body"])?;
    for i in 0..n {
        w.write_record([synth::article(seed, i).text])?;
    }
    w.flush()?;
    std::fs::write(&done, bytes.to_string())?;
    eprintln!(
        "generated {n} articles ({:.0} MB) in {:.1} s",
        mb(bytes),
        secs(start.elapsed())
    );
    Ok((dir, bytes))
}

fn import(work: &Path, sizes: &Sizes, before: Option<&str>) -> Result<()> {
    let (dir, bytes) = corpus(work, sizes.articles)?;
    let n = sizes.articles;
    let earlier = match before {
        Some(program) => {
            let db = work.join("import-before.db");
            fresh(&db)?;
            measure(diplocat_build(program, &db).arg("import"))?;
            Some(measure(
                diplocat_build(program, &db)
                    .arg("import")
                    .arg(dir.join("articles")),
            )?)
        }
        None => None,
    };
    let db = work.join("import.db");
    fresh(&db)?;
    measure(diplocat(&db).arg("import"))?;
    let ours = measure(diplocat(&db).arg("import").arg(dir.join("articles")))?;

    let base = work.join("baseline-import.db");
    fresh(&base)?;
    let csv = dir.join("bodies.csv");
    let imp = measure(&mut sqlite3(
        &base,
        &[],
        &format!(
            "CREATE TABLE articles (id INTEGER PRIMARY KEY, body TEXT NOT NULL);\n.import --csv {} articles_in\nINSERT INTO articles (body) SELECT body FROM articles_in; DROP TABLE articles_in;\n",
            csv.display()
        ),
    )?)?;
    let fts = measure(&mut sqlite3(
        &base,
        &[],
        "CREATE VIRTUAL TABLE articles_fts USING fts5(body, content = 'articles', content_rowid = 'id', tokenize = 'unicode61 remove_diacritics 2');
         INSERT INTO articles_fts (articles_fts) VALUES ('rebuild');",
    )?)?;
    let baseline = imp.wall + fts.wall;

    println!("\n## 1. Import of {n} raw articles ({:.0} MB)\n", mb(bytes));
    println!("| | seconds | articles/s | MB/s | peak memory |");
    println!("|---|---:|---:|---:|---:|");
    let row = |name: &str, wall: Duration, peak: Option<f64>| {
        println!(
            "| {name} | {:.1} | {:.0} | {:.1} | {} |",
            secs(wall),
            n as f64 / secs(wall),
            mb(bytes) / secs(wall),
            peak.map(|p| format!("{p:.0} MB"))
                .unwrap_or_else(|| "".into())
        )
    };
    if let (Some(e), Some(program)) = (&earlier, before) {
        row(&format!("before: {program}"), e.wall, Some(e.peak_mb));
    }
    row(
        "diplocat import (parse, extract, insert, FTS5)",
        ours.wall,
        Some(ours.peak_mb),
    );
    if let Some(e) = &earlier {
        println!(
            "\nthis build is **{:.2}x** as fast as the one before",
            secs(e.wall) / secs(ours.wall)
        );
    }
    row("sqlite3 `.import`", imp.wall, Some(imp.peak_mb));
    row("sqlite3 FTS5 build", fts.wall, Some(fts.peak_mb));
    row("sqlite3 `.import` + FTS5", baseline, None);
    println!(
        "\nratio (baseline time / diplocat time): **{:.2}** (goal ≥ 1.0); peak memory {:.0} MB (goal < 300 MB)",
        secs(baseline) / secs(ours.wall),
        ours.peak_mb
    );

    // Extraction accuracy against the generator's truth.
    let conn = Connection::open(&db)?;
    conn.execute_batch("CREATE TEMP TABLE truth (article, kind, date, people, place, sentence);")?;
    {
        let mut ins = conn.prepare("INSERT INTO truth VALUES (?1, ?2, ?3, ?4, ?5, ?6)")?;
        let mut r = csv::Reader::from_path(dir.join("truth.csv"))?;
        conn.execute_batch("BEGIN")?;
        for rec in r.records() {
            let rec = rec?;
            ins.execute(rusqlite::params_from_iter(rec.iter()))?;
        }
        conn.execute_batch("COMMIT")?;
    }
    let (truth, found, date, place, people, extracted, matched): (i64, i64, i64, i64, i64, i64, i64) = conn
        .query_row(
            "WITH hit AS (
               SELECT t.rowid AS t, m.id AS m, m.date = t.date AS same_date,
                      (SELECT name FROM places WHERE id = m.place_id) = t.place AS same_place,
                      (SELECT group_concat(name, '; ') FROM (SELECT pe.name FROM participants pa JOIN people pe ON pe.id = pa.person_id WHERE pa.meeting_id = m.id ORDER BY pe.name))
                      = (SELECT group_concat(value, '; ') FROM (SELECT value FROM json_each('[\"' || replace(t.people, '; ', '\",\"') || '\"]') ORDER BY value)) AS same_people
               FROM truth t JOIN articles a ON a.file_name = t.article
               JOIN evidence e ON e.article_id = a.id AND e.sentence = t.sentence
               JOIN meetings m ON m.id = e.meeting_id AND m.kind = t.kind)
             SELECT (SELECT count(*) FROM truth), count(DISTINCT t), count(DISTINCT CASE WHEN same_date THEN t END),
                    count(DISTINCT CASE WHEN same_place THEN t END), count(DISTINCT CASE WHEN same_people THEN t END),
                    (SELECT count(*) FROM meetings WHERE method = 'extracted'), count(DISTINCT m)
             FROM hit",
            [],
            |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?, r.get(3)?, r.get(4)?, r.get(5)?, r.get(6)?)),
        )?;
    let pct = |x: i64| 100.0 * x as f64 / truth.max(1) as f64;
    println!(
        "\nExtraction against the generator's truth: {truth} meetings reported; recall {:.1}% (same date {:.1}%, same place {:.1}%, same people {:.1}%); {extracted} extracted meetings, of which {matched} match a reported one (precision {:.1}%). Reports of the same people, kind and day in two articles are one meeting: {} such merges.",
        pct(found),
        pct(date),
        pct(place),
        pct(people),
        100.0 * matched as f64 / extracted.max(1) as f64,
        found - matched
    );
    Ok(())
}

fn extraction(sizes: &Sizes) -> Result<()> {
    let conn = diplocat::catalog::open_in_memory()?;
    let mut conn = conn;
    diplocat::import::import(
        &mut conn,
        vec![diplocat::source::bundled_seed()],
        Default::default(),
    )?;
    let g = diplocat::import::gazetteer(&conn)?;
    let texts: Vec<String> = (0..sizes.extract_articles)
        .map(|i| synth::article(SEED, i).text)
        .collect();
    let bytes: usize = texts.iter().map(String::len).sum();
    let ctx = Context::default();
    let mut found = 0usize;
    let start = Instant::now();
    for raw in &texts {
        let layout = parse_article(raw);
        let sentences = split(&layout.body);
        let published = layout.published.as_ref().map(|p| p.0.to_string());
        let mentions = g.find(&layout.body, published.as_deref());
        let cues = person_cues(&layout.body, &sentences, &mentions);
        found += organization_cues(&layout.body, &sentences, &mentions).len();
        found += encounters(&layout.body, &sentences, &mentions, &cues, &ctx).len();
    }
    let t = start.elapsed();
    println!("\n## 2. Extraction alone, one core, no database\n");
    println!("| articles | MB | seconds | MB/s | articles/s |");
    println!("|---:|---:|---:|---:|---:|");
    println!(
        "| {} | {:.1} | {:.2} | {:.1} | {:.0} |",
        texts.len(),
        mb(bytes as u64),
        secs(t),
        mb(bytes as u64) / secs(t),
        texts.len() as f64 / secs(t)
    );
    std::hint::black_box(found);
    Ok(())
}

/// A catalog of `meetings` generated meetings (two participants and one evidence row each)
/// over the bundled seed, made once and kept.
fn catalog(work: &Path, meetings: u64) -> Result<PathBuf> {
    let db = work.join(format!("catalog-{meetings}.db"));
    if db.exists() {
        // Made by an earlier build: add this build's migrations (nothing if it has them).
        measure(diplocat(&db).arg("upgrade"))?;
        return Ok(db);
    }
    let tmp = work.join(format!("catalog-{meetings}.tmp.db"));
    fresh(&tmp)?;
    measure(diplocat(&tmp).arg("import"))?;
    let conn = Connection::open(&tmp)?;
    let people = 10_000u64;
    let articles = (meetings / 10).max(100);
    conn.execute_batch(&format!(
        "BEGIN;
         WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < {people})
         INSERT INTO people (key, name, method) SELECT 'gen-' || i, 'Generated Person ' || i, 'extracted' FROM n;
         INSERT INTO person_names (person_id, name, kind, method) SELECT id, name, 'official', 'extracted' FROM people WHERE key LIKE 'gen-%';
         WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < {articles})
         INSERT INTO articles (sha256, file_name, title, published, published_earliest, published_latest, raw_text, body, imported_at)
         SELECT printf('%064d', i), 'generated-' || i || '.txt', 'Generated article ' || i,
                date('2010-01-01', '+' || (i % 5000) || ' days'), date('2010-01-01', '+' || (i % 5000) || ' days'), date('2010-01-01', '+' || (i % 5000) || ' days'),
                'Generated Person ' || (i % {people} + 1) || ' met Generated Person ' || ((i * 7) % {people} + 1) || ' in Baku.',
                'Generated Person ' || (i % {people} + 1) || ' met Generated Person ' || ((i * 7) % {people} + 1) || ' in Baku.',
                '2026-01-01T00:00:00Z' FROM n;
         CREATE TEMP TABLE ids AS SELECT (SELECT min(id) FROM people WHERE key LIKE 'gen-%') AS p0,
                (SELECT min(id) FROM articles WHERE file_name LIKE 'generated-%') AS a0,
                (SELECT count(*) FROM places) AS nplaces;
         CREATE TEMP TABLE pl AS SELECT row_number() OVER (ORDER BY id) - 1 AS r, id FROM places;
         WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < {meetings})
         INSERT INTO meetings (key, kind, cameo_code, date, date_earliest, date_latest, date_basis, place_id, summary, method, confidence)
         SELECT 'gen-' || i,
                CASE i % 4 WHEN 0 THEN 'meeting' WHEN 1 THEN 'reception' WHEN 2 THEN 'visit' ELSE 'signing' END,
                CASE i % 4 WHEN 0 THEN '040' WHEN 1 THEN '043' WHEN 2 THEN '042' ELSE '057' END,
                date('2010-01-01', '+' || (i % 5000) || ' days'), date('2010-01-01', '+' || (i % 5000) || ' days'), date('2010-01-01', '+' || (i % 5000) || ' days'),
                'stated', (SELECT id FROM pl WHERE r = i % (SELECT nplaces FROM ids)),
                'Generated meeting ' || i, 'extracted', 0.5 + (i % 50) / 100.0
         FROM n;
         INSERT INTO participants (meeting_id, person_id, role, method)
         SELECT id, (SELECT p0 FROM ids) + (id % {people}), 'host', 'extracted' FROM meetings WHERE key LIKE 'gen-%';
         INSERT INTO participants (meeting_id, person_id, role, method)
         SELECT id, (SELECT p0 FROM ids) + ((id * 7 + 1) % {people}), 'visitor', 'extracted' FROM meetings WHERE key LIKE 'gen-%';
         INSERT INTO evidence (article_id, meeting_id, sentence, start_char, end_char, method, confidence)
         SELECT (SELECT a0 FROM ids) + (id % {articles}), id, 'Generated sentence ' || id || '.', 0, 20, 'extracted', 0.5 FROM meetings WHERE key LIKE 'gen-%';
         COMMIT;
         ANALYZE;"
    ))?;
    drop(conn);
    std::fs::rename(&tmp, &db)?;
    Ok(db)
}

fn export(work: &Path, sizes: &Sizes) -> Result<()> {
    let db = catalog(work, sizes.export_rows)?;
    // Both programs read the catalog from the page cache: the one measured first would
    // otherwise pay for reading it from disk (the import before evicts it).
    std::io::copy(&mut std::fs::File::open(&db)?, &mut std::io::sink())?;
    let sql = "SELECT m.id, m.date, m.kind, p.name AS place, m.summary, m.confidence, m.key FROM meetings m LEFT JOIN places p ON p.id = m.place_id";
    let ours_out = work.join("export-diplocat.csv");
    let base_out = work.join("export-sqlite3.csv");
    let ours = measure(
        diplocat(&db)
            .args(["query", sql, "--format", "csv", "-o"])
            .arg(&ours_out),
    )?;
    let base = measure(&mut sqlite3(
        &db,
        &["-csv", "-header"],
        &format!(".output {}\n{sql};\n", base_out.display()),
    )?)?;
    let report_out = work.join("export-report.csv");
    let report = measure(
        diplocat(&db)
            .args(["report", "meetings", "--format", "csv", "-o"])
            .arg(&report_out),
    )?;
    let base_report = measure(&mut sqlite3(
        &db,
        &["-csv", "-header"],
        &format!(
            ".output {}\nSELECT * FROM report_meetings;\n",
            work.join("export-report-sqlite3.csv").display()
        ),
    )?)?;
    let size = |p: &Path| std::fs::metadata(p).map(|m| m.len()).unwrap_or(0);
    println!("\n## 3. Export of {} rows to CSV\n", sizes.export_rows);
    println!("| | seconds | rows/s | MB written | peak memory | ratio (sqlite3 / diplocat) |");
    println!("|---|---:|---:|---:|---:|---:|");
    let rows = sizes.export_rows as f64;
    println!(
        "| `diplocat query` (7 columns) | {:.2} | {:.0} | {:.0} | {:.0} MB | **{:.2}** |",
        secs(ours.wall),
        rows / secs(ours.wall),
        mb(size(&ours_out)),
        ours.peak_mb,
        secs(base.wall) / secs(ours.wall)
    );
    println!(
        "| `sqlite3 -csv`, same SQL | {:.2} | {:.0} | {:.0} | {:.0} MB | |",
        secs(base.wall),
        rows / secs(base.wall),
        mb(size(&base_out)),
        base.peak_mb
    );
    println!(
        "| `diplocat report meetings` (15 columns, subqueries) | {:.2} | {:.0} | {:.0} | {:.0} MB | **{:.2}** |",
        secs(report.wall),
        rows / secs(report.wall),
        mb(size(&report_out)),
        report.peak_mb,
        secs(base_report.wall) / secs(report.wall)
    );
    println!(
        "| `sqlite3 -csv`, `SELECT * FROM report_meetings` | {:.2} | {:.0} | | {:.0} MB | |",
        secs(base_report.wall),
        rows / secs(base_report.wall),
        base_report.peak_mb
    );
    println!("\nGoal: ratio ≥ 1.0 and peak memory < 50 MB.");
    Ok(())
}

fn reports(work: &Path, sizes: &Sizes) -> Result<()> {
    let small = catalog(work, sizes.small_meetings)?;
    let large = catalog(work, sizes.large_meetings)?;
    let cases: &[(&str, &[&str])] = &[
        (
            "meetings -p person=\"Generated Person 17\"",
            &["report", "meetings", "-p", "person=Generated Person 17"],
        ),
        (
            "meetings -p kind=signing -p from=2015-03 -p to=2015-03",
            &[
                "report",
                "meetings",
                "-p",
                "kind=signing",
                "-p",
                "from=2015-03",
                "-p",
                "to=2015-03",
            ],
        ),
        (
            "meetings -p place=Rabat -p from=2012-01-01 -p to=2012-01-31",
            &[
                "report",
                "meetings",
                "-p",
                "place=Rabat",
                "-p",
                "from=2012-01-01",
                "-p",
                "to=2012-01-31",
            ],
        ),
        (
            "person -p person=AlMalik",
            &["report", "person", "-p", "person=AlMalik"],
        ),
        (
            "person -p person=\"Generated Person 17\"",
            &["report", "person", "-p", "person=Generated Person 17"],
        ),
        (
            "organization -p organization=ICESCO",
            &["report", "organization", "-p", "organization=ICESCO"],
        ),
        (
            "review -p below=51",
            &["report", "review", "-p", "below=51"],
        ),
        (
            "timeline -p by=year",
            &["report", "timeline", "-p", "by=year"],
        ),
        ("articles", &["report", "articles"]),
        ("contacts", &["report", "contacts"]),
        ("positions", &["report", "positions"]),
        ("gaps", &["report", "gaps"]),
        ("mentions", &["report", "mentions"]),
    ];
    println!(
        "\n## 4. Reports: median of {} runs of the whole command (process start included)\n",
        sizes.runs
    );
    println!(
        "| report | {} meetings | {} meetings | growth |",
        sizes.small_meetings, sizes.large_meetings
    );
    println!("|---|---:|---:|---:|");
    for (label, args) in cases {
        let mut times = Vec::new();
        for db in [&small, &large] {
            let mut v = Vec::new();
            for _ in 0..sizes.runs {
                v.push(measure(diplocat(db).args(*args).args(["--format", "csv"]))?.wall);
            }
            times.push(median(v));
        }
        println!(
            "| `{label}` | {:.1} ms | {:.1} ms | ×{:.1} |",
            times[0].as_secs_f64() * 1000.0,
            times[1].as_secs_f64() * 1000.0,
            secs(times[1]) / secs(times[0])
        );
    }
    // Query plans of the filtered reports on the large catalog.
    let conn = Connection::open(&large)?;
    println!("\nQuery plans on the large catalog (a full SCAN of meetings, participants or evidence is flagged):\n");
    for (name, params) in [
        ("meetings", vec![("person", "Generated Person 17")]),
        (
            "meetings",
            vec![("kind", "signing"), ("from", "2015-03"), ("to", "2015-03")],
        ),
        ("person", vec![("person", "Generated Person 17")]),
        ("organization", vec![("organization", "ICESCO")]),
    ] {
        let report = diplocat::report::find(name)?;
        let given: Vec<diplocat::cli::Param> = params
            .iter()
            .map(|(k, v)| diplocat::cli::Param {
                key: k.to_string(),
                value: v.to_string(),
            })
            .collect();
        let bound = report.bind(&conn, &given)?;
        let mut stmt = conn.prepare(&format!("EXPLAIN QUERY PLAN {}", report.sql))?;
        for (k, v) in &bound {
            if let Some(i) = stmt.parameter_index(k)? {
                stmt.raw_bind_parameter(i, v)?;
            }
        }
        let mut rows = stmt.raw_query();
        let mut scans = Vec::new();
        while let Some(r) = rows.next()? {
            let detail: String = r.get(3)?;
            if std::env::var_os("BENCH_PLANS").is_some() {
                eprintln!("  {name}: {detail}");
            }
            let mut words = detail.split_whitespace();
            let large = [
                "meetings",
                "m",
                "participants",
                "pa",
                "evidence",
                "e",
                "articles",
                "a",
                "mentions",
            ];
            if words.next() == Some("SCAN")
                && words.next().is_some_and(|t| large.contains(&t))
                && !detail.contains("INDEX")
            {
                scans.push(detail);
            }
        }
        println!(
            "- `{name} {}`: {}",
            params
                .iter()
                .map(|(k, v)| format!("-p {k}={v:?}"))
                .collect::<Vec<_>>()
                .join(" "),
            if scans.is_empty() {
                "no full scan".to_string()
            } else {
                format!("full scan: {}", scans.join("; "))
            }
        );
    }
    Ok(())
}

/// How many times each side of the growth is timed (alternately): the median of each is
/// compared, as one run of a second-long import moves by a third with the machine.
const GROWTH_RUNS: usize = 3;

/// The cost of adding 1,000 new articles to the catalog of the import section (`sizes.articles`
/// articles) against adding them to a catalog of the seed alone: an import's cost should not
/// grow with the catalog it writes into.
fn growth(work: &Path, sizes: &Sizes, before: Option<&str>) -> Result<()> {
    let (new, _) = corpus_of(work, SEED + 1, 1_000)?;
    let mut builds = Vec::new();
    if let Some(program) = before {
        builds.push((
            format!("before: {program}"),
            program.to_string(),
            "import-before.db",
        ));
    }
    builds.push(("this build".to_string(), DIPLOCAT.to_string(), "import.db"));
    println!(
        "\n## Growth: 1,000 new articles into an empty catalog and into one of {} articles\n",
        sizes.articles
    );
    println!(
        "| | into the seed (s, median of {GROWTH_RUNS}) | into the large catalog (s, median of {GROWTH_RUNS}) | ratio (goal ≤ 1.2) |"
    );
    println!("|---|---:|---:|---:|");
    for (name, program, large) in builds {
        let large = work.join(large);
        if !large.exists() {
            return Err(format!(
                "{} is missing: run the import section first",
                large.display()
            )
            .into());
        }
        let mut smalls = Vec::new();
        let mut larges = Vec::new();
        for _ in 0..GROWTH_RUNS {
            let small = work.join("growth-small.db");
            fresh(&small)?;
            measure(diplocat_build(&program, &small).arg("import"))?;
            let into_small = measure(
                diplocat_build(&program, &small)
                    .arg("import")
                    .arg(new.join("articles")),
            )?;
            smalls.push(secs(into_small.wall));
            let copy = work.join("growth-large.db");
            fresh(&copy)?;
            std::fs::copy(&large, &copy)?;
            // The copy's gigabyte is written out first, not while the import below is timed.
            settle()?;
            let into_large = measure(
                diplocat_build(&program, &copy)
                    .arg("import")
                    .arg(new.join("articles")),
            )?;
            larges.push(secs(into_large.wall));
        }
        let median = |v: &mut Vec<f64>| {
            v.sort_by(f64::total_cmp);
            v[v.len() / 2]
        };
        let (into_small, into_large) = (median(&mut smalls), median(&mut larges));
        println!(
            "| {name} | {into_small:.2} | {into_large:.2} | {:.2} |",
            into_large / into_small
        );
    }
    Ok(())
}

fn main() -> Result<()> {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let quick = args.iter().any(|a| a == "--quick");
    let only: Option<Vec<String>> = args
        .iter()
        .position(|a| a == "--only")
        .and_then(|i| args.get(i + 1))
        .map(|s| s.split(',').map(str::to_string).collect());
    let want = |name: &str| only.as_ref().is_none_or(|o| o.iter().any(|x| x == name));
    // `--before PATH`: another diplocat build, measured beside this one in the import sections.
    let before: Option<String> = args
        .iter()
        .position(|a| a == "--before")
        .and_then(|i| args.get(i + 1))
        .cloned();
    // `--articles N`: the size of the import corpus.
    let articles: Option<u64> = args
        .iter()
        .position(|a| a == "--articles")
        .and_then(|i| args.get(i + 1))
        .map(|n| n.parse())
        .transpose()?;
    let sizes = if quick {
        Sizes {
            articles: 2_000,
            extract_articles: 1_000,
            export_rows: 100_000,
            small_meetings: 1_000,
            large_meetings: 100_000,
            runs: 3,
        }
    } else {
        Sizes {
            articles: 100_000,
            extract_articles: 10_000,
            export_rows: 1_000_000,
            small_meetings: 10_000,
            large_meetings: 1_000_000,
            runs: 7,
        }
    };
    let sizes = Sizes {
        articles: articles.unwrap_or(sizes.articles),
        ..sizes
    };
    let work = Path::new(env!("CARGO_MANIFEST_DIR")).join("target/bench");
    std::fs::create_dir_all(&work)?;
    println!(
        "# diplocat benchmarks ({})\n\nMachine: {}",
        if quick { "--quick" } else { "full size" },
        machine()
    );
    if want("import") {
        settle()?;
        import(&work, &sizes, before.as_deref())?;
    }
    if want("growth") {
        settle()?;
        growth(&work, &sizes, before.as_deref())?;
    }
    if want("extract") {
        settle()?;
        extraction(&sizes)?;
    }
    if want("export") {
        settle()?;
        export(&work, &sizes)?;
    }
    if want("reports") {
        settle()?;
        reports(&work, &sizes)?;
    }
    if want("pictures") {
        settle()?;
        pictures(&work)?;
    }
    Ok(())
}

/// Graphs, charts and the map on the catalog the import section made (target/bench/import.db):
/// wall time and peak memory of the whole command, which aggregates in SQL and holds no
/// meeting in memory.
fn pictures(work: &Path) -> Result<()> {
    let db = work.join("import.db");
    if !db.exists() {
        return Err("run the import section first: cargo bench -- --only import,pictures".into());
    }
    let conn = Connection::open(&db)?;
    let count = |sql: &str| -> Result<i64> { Ok(conn.query_row(sql, [], |r| r.get(0))?) };
    println!(
        "\n## Pictures: graph, charts and map on the import catalog ({} articles, {} meetings, {} participants)\n",
        count("SELECT count(*) FROM articles")?,
        count("SELECT count(*) FROM meetings")?,
        count("SELECT count(*) FROM participants")?
    );
    let person: String = conn.query_row(
        "SELECT p.key FROM participants pa JOIN people p ON p.id = pa.person_id
         GROUP BY pa.person_id ORDER BY count(*) DESC LIMIT 1",
        [],
        |r| r.get(0),
    )?;
    drop(conn);
    let person_param = format!("person={person}");
    let cases: Vec<(&str, Vec<&str>)> = vec![
        (
            "graph --format graphml",
            vec!["graph", "--format", "graphml"],
        ),
        ("graph --format json", vec!["graph", "--format", "json"]),
        ("graph --format svg", vec!["graph", "--format", "svg"]),
        (
            "graph --format geojson",
            vec!["graph", "--format", "geojson"],
        ),
        (
            "graph -p person=(busiest) --format svg",
            vec!["graph", "-p", person_param.as_str(), "--format", "svg"],
        ),
        ("chart timeline", vec!["chart", "timeline"]),
        (
            "chart timeline -p by=month",
            vec!["chart", "timeline", "-p", "by=month"],
        ),
        (
            "chart contacts -p person=(busiest)",
            vec!["chart", "contacts", "-p", person_param.as_str()],
        ),
    ];
    println!("| command | wall | peak memory |");
    println!("|---|---:|---:|");
    for (label, args) in cases {
        let run = measure(diplocat(&db).args(&args))?;
        println!(
            "| `{label}` | {:.2} s | {:.0} MB |",
            secs(run.wall),
            run.peak_mb
        );
    }
    Ok(())
}
