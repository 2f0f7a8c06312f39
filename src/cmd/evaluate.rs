//! `diplocat evaluate GOLD.csv --entities ENTITIES.csv`: scores the catalog's meetings against a
//! hand-made gold and prints the figures, then per article what was missed, extra and junk.

use std::io::Write;
use std::path::Path;

use anyhow::Context;
use rusqlite::types::Value;
use serde::de::DeserializeOwned;

use crate::catalog;
use crate::cli::EvaluateArgs;
use crate::evaluate::{
    f1, ratio, score, CatalogEntity, EntityRow, GoldRow, Predicted, Scope, CONFIDENT,
};
use crate::model::date::PartialDate;
use crate::model::MeetingKind;
use crate::output::{Format, Style};
use crate::Error;

/// Reads a CSV file into typed rows; a missing column or a bad row names the file, the line
/// and the header expected.
fn read_rows<T: DeserializeOwned>(
    path: &Path,
    expected: &str,
    required: &[&str],
) -> anyhow::Result<Vec<(u64, T)>> {
    if path.is_dir() {
        return Err(Error::Usage(format!(
            "{} is a folder; give the CSV file with the header `{expected}`",
            path.display()
        ))
        .into());
    }
    let bytes = std::fs::read(path).with_context(|| {
        format!(
            "cannot read {}; give the CSV file with the header `{expected}`",
            path.display()
        )
    })?;
    let text = String::from_utf8(bytes).map_err(|e| {
        let at = e.utf8_error().valid_up_to();
        let line = e.as_bytes()[..at].iter().filter(|b| **b == b'\n').count() + 1;
        Error::Usage(format!(
            "{}:{line}: is not UTF-8 text (byte {at}); save the file as UTF-8",
            path.display()
        ))
    })?;
    let mut reader = csv::ReaderBuilder::new()
        .flexible(true)
        .from_reader(text.as_bytes());
    let headers = reader
        .headers()
        .with_context(|| format!("cannot read {}", path.display()))?
        .clone();
    // A column the file should not have is most often one misspelt ("alias" for
    // "aliases_in_text"), whose values would be read as empty.
    let known: Vec<&str> = expected.split(',').collect();
    if let Some(other) = headers
        .iter()
        .map(|h| h.trim_start_matches('\u{feff}'))
        .find(|h| !known.contains(h))
    {
        return Err(Error::Usage(format!(
            "{}:1: the header has a column {other:?} that diplocat does not read; the file needs the header `{expected}`",
            path.display()
        ))
        .into());
    }
    for column in required {
        if !headers
            .iter()
            .any(|h| h.trim_start_matches('\u{feff}') == *column)
        {
            return Err(Error::Usage(format!(
                "{}:1: the header has no column {column:?}; the file needs the header `{expected}`",
                path.display()
            ))
            .into());
        }
    }
    let mut rows = Vec::new();
    let bad_row = |line: u64, e: &csv::Error| {
        format!(
            "{}:{line}: {}; fix the row (every row has the columns of the header `{expected}`)",
            path.display(),
            match e.kind() {
                csv::ErrorKind::Deserialize { err, .. } => err.to_string(),
                _ => e.to_string(),
            }
        )
    };
    // Every row that cannot be read, all at once (up to a screenful), as `check` lists the
    // values it cannot use.
    let mut bad: Vec<String> = Vec::new();
    for (i, record) in reader.records().enumerate() {
        let fallback = i as u64 + 2;
        let line_of = |p: &csv::Position| crate::source::curated::line_of(&text, p);
        let record = match record {
            Ok(r) => r,
            Err(e) => {
                bad.push(bad_row(e.position().map_or(fallback, line_of), &e));
                continue;
            }
        };
        let line = record.position().map_or(fallback, line_of);
        if record.len() != headers.len() {
            bad.push(
                match crate::source::curated::unclosed_quote(&text, &record, line) {
                    Some(quote) => format!("{}:{line}: {quote}", path.display()),
                    None => format!(
                        "{}:{line}: the row has {} field(s) and the header {}; fix the row (every row has the columns of the header `{expected}`)",
                        path.display(),
                        record.len(),
                        headers.len()
                    ),
                },
            );
            continue;
        }
        match record.deserialize(Some(&headers)) {
            Ok(row) => rows.push((line, row)),
            Err(e) => bad.push(bad_row(line, &e)),
        }
    }
    if let [one] = &bad[..] {
        return Err(Error::Usage(one.clone()).into());
    }
    if !bad.is_empty() {
        let what = format!("{} row(s) of {} cannot be read", bad.len(), path.display());
        return Err(listed(&what, &bad).into());
    }
    if rows.is_empty() {
        return Err(Error::Usage(format!(
            "{} has no rows; give a CSV file with the header `{expected}` and a row for each event or name",
            path.display()
        ))
        .into());
    }
    Ok(rows)
}

const PREDICTED: &str = "
SELECT m.key, coalesce(m.date, ''), m.kind, coalesce(pl.name, ''),
       (SELECT json_group_array(name) FROM (
            SELECT coalesce(pe.name, o.name) AS name FROM participants pa
            LEFT JOIN people pe ON pe.id = pa.person_id
            LEFT JOIN organizations o ON o.id = pa.organization_id
            WHERE pa.meeting_id = m.id ORDER BY pa.id)),
       (SELECT json_group_array(file_name) FROM (
            SELECT DISTINCT a.file_name FROM evidence e JOIN articles a ON a.id = e.article_id
            WHERE e.meeting_id = m.id ORDER BY a.file_name)),
       m.confidence
FROM meetings m LEFT JOIN places pl ON pl.id = m.place_id
ORDER BY m.id";

/// People and organizations the catalog ties to each article (learned from it or mentioned in
/// it) with the words the article used, and its outlet. Participants are scored as meetings.
const ENTITIES: &str = "
SELECT a.file_name, 'person', p.name, n.name FROM person_names n
    JOIN people p ON p.id = n.person_id JOIN articles a ON a.id = n.article_id
UNION SELECT a.file_name, 'person', p.name, x.surface FROM mentions x
    JOIN people p ON p.id = x.person_id JOIN articles a ON a.id = x.article_id
UNION SELECT a.file_name, 'organization', o.name, n.name FROM organization_names n
    JOIN organizations o ON o.id = n.organization_id JOIN articles a ON a.id = n.article_id
UNION SELECT a.file_name, 'organization', o.name, x.surface FROM mentions x
    JOIN organizations o ON o.id = x.organization_id JOIN articles a ON a.id = x.article_id
UNION SELECT a.file_name, 'outlet', o.name, o.name FROM articles a JOIN outlets o ON o.id = a.outlet_id
ORDER BY 1, 2, 3, 4";

fn json_list(s: &str) -> anyhow::Result<Vec<String>> {
    let v: Vec<Option<String>> = serde_json::from_str(s)?;
    Ok(v.into_iter().flatten().collect())
}

/// The names of a CSV file's header, as the file has them (empty when it cannot be read: the
/// rows were read from it just before).
fn header(path: &Path) -> Vec<String> {
    csv::Reader::from_path(path)
        .and_then(|mut r| r.headers().cloned())
        .map(|h| {
            h.iter()
                .map(|c| c.trim_start_matches('\u{feff}').trim().to_string())
                .collect()
        })
        .unwrap_or_default()
}

/// A column as import names it: "column 5 (kind)", or "column kind" where the header lacks it.
fn column(header: &[String], name: &str) -> String {
    match header.iter().position(|h| h == name) {
        Some(i) => format!("column {} ({name})", i + 1),
        None => format!("column {name}"),
    }
}

/// Every value of the gold and entity files that the scoring could not use as written: a date
/// that is none, a kind diplocat does not know, an entity of no known type, a place the entity
/// file does not name for that article. All are listed at once. Participants the entity file
/// does not name are noted on stderr (someone known by title only is one).
fn check(
    gold: &[(u64, GoldRow)],
    entities: &[(u64, EntityRow)],
    args: &EvaluateArgs,
) -> anyhow::Result<()> {
    let (g, e) = (args.gold.display(), args.entities.display());
    // "column 5 (kind)", as import says it: the column's place in the file's own header.
    let (gold_header, entity_header) = (header(&args.gold), header(&args.entities));
    let gcol = |name: &str| column(&gold_header, name);
    let ecol = |name: &str| column(&entity_header, name);
    let mut problems: Vec<String> = Vec::new();
    let mut notes: Vec<String> = Vec::new();
    for (line, row) in entities {
        if !ENTITY_TYPES.contains(&row.kind.as_str()) {
            problems.push(format!(
                "{e}:{line}: {}: value {:?} is no type of entity; use {}",
                ecol("type"),
                row.kind,
                ENTITY_TYPES.join(", ")
            ));
        }
        if row.name.trim().is_empty() {
            problems.push(format!(
                "{e}:{line}: {}: the name is empty; give the entity's canonical name",
                ecol("name")
            ));
        }
    }
    let named = |file: &str, kind: Option<&str>, name: &str| {
        entities.iter().any(|(_, r)| {
            (r.file == file || r.file == "*")
                && kind.is_none_or(|k| r.kind == k)
                && r.name.trim() == name
        })
    };
    for (line, row) in gold {
        if !row.meeting_date.is_empty() {
            if let Err(err) = PartialDate::parse(&row.meeting_date) {
                problems.push(format!(
                    "{g}:{line}: {}: {err}; or leave it empty for an unknown date",
                    gcol("meeting_date")
                ));
            }
        }
        if row.kind.parse::<MeetingKind>().is_err() {
            problems.push(format!(
                "{g}:{line}: {}: value {:?} is no kind of meeting; use {}",
                gcol("kind"),
                row.kind,
                MeetingKind::allowed()
            ));
        }
        // A participant known by title only ("Egyptian president") is scored as written; a
        // misspelt name would never match, so each is named on stderr.
        for name in row.participants.split(" | ").map(str::trim) {
            if !name.is_empty() && !named(&row.file, None, name) {
                notes.push(format!(
                    "{g}:{line}: participant {name:?} is not a name of {e} for {}; it is scored as written (fine for someone known by title only)",
                    row.file
                ));
            }
        }
        let place = row.place.trim();
        if !place.is_empty() && !named(&row.file, Some("place"), place) {
            problems.push(format!(
                "{g}:{line}: {}: value {place:?} is not a place of {e} for {}; add a row `{},place,{place},...` there or spell it as there",
                gcol("place"),
                row.file,
                row.file
            ));
        }
    }
    if problems.is_empty() {
        for n in notes {
            crate::output::note(&format!("note: {n}"));
        }
        return Ok(());
    }
    let what = format!(
        "{} problem(s) in the gold and entity files (each line names its file)",
        problems.len()
    );
    Err(listed(&what, &problems).into())
}

/// What stopped the scoring, and the first screenful of where (file:line: what to do).
fn listed(what: &str, items: &[String]) -> Error {
    let shown = items.len().min(20);
    let more = if items.len() > shown {
        format!("\n  ... and {} more", items.len() - shown)
    } else {
        String::new()
    };
    Error::Usage(format!(
        "{what}; nothing was scored:\n  {}{more}",
        items[..shown].join("\n  ")
    ))
}

/// The types of `ENTITIES.csv` (an outlet is an organization).
const ENTITY_TYPES: [&str; 3] = ["person", "organization", "place"];

pub fn run(db: &Path, args: &EvaluateArgs) -> anyhow::Result<()> {
    let output = &args.output;
    let gold: Vec<(u64, GoldRow)> = read_rows(
        &args.gold,
        "file,meeting_date,place,participants,kind",
        // Every column: a gold without places would score every place as disagreeing.
        &["file", "meeting_date", "place", "participants", "kind"],
    )?;
    let entities: Vec<(u64, EntityRow)> = read_rows(
        &args.entities,
        "file,type,name,aliases_in_text",
        &["file", "type", "name"],
    )?;
    check(&gold, &entities, args)?;
    let gold: Vec<GoldRow> = gold.into_iter().map(|(_, r)| r).collect();
    let entities: Vec<EntityRow> = entities.into_iter().map(|(_, r)| r).collect();
    if let Some(prefix) = &args.files_prefix {
        if !gold.iter().any(|g| g.file.starts_with(prefix.as_str())) {
            return Err(Error::Usage(format!(
                "no file of {} starts with {prefix:?}; give a --files-prefix its files share, or leave it out",
                &args.gold.display()
            ))
            .into());
        }
    }
    let conn = catalog::open_for_reading(db).map_err(Error::from)?;
    // A gold file the catalog has no article of: its rows can only be missed.
    let articles: std::collections::HashSet<String> = conn
        .prepare("SELECT file_name FROM articles")?
        .query_map([], |r| r.get(0))?
        .collect::<rusqlite::Result<_>>()?;
    let mut absent: Vec<&str> = gold
        .iter()
        .map(|g| g.file.as_str())
        .filter(|f| !articles.contains(*f))
        .filter(|f| {
            args.files_prefix
                .as_ref()
                .is_none_or(|p| f.starts_with(p.as_str()))
        })
        .collect();
    absent.sort_unstable();
    absent.dedup();
    for f in absent {
        crate::output::note(&format!(
            "note: {f} of {} is no article of the catalog (import it first); its rows count as missed",
            args.gold.display()
        ));
    }
    let mut predicted = Vec::new();
    {
        let mut stmt = conn.prepare(PREDICTED)?;
        let mut rows = stmt.query([])?;
        while let Some(r) = rows.next()? {
            predicted.push(Predicted {
                key: r.get(0)?,
                date: r.get(1)?,
                kind: r.get(2)?,
                place: r.get(3)?,
                participants: json_list(&r.get::<_, String>(4)?)?,
                articles: json_list(&r.get::<_, String>(5)?)?,
                confidence: r.get(6)?,
            });
        }
    }
    let mut found = Vec::new();
    {
        let mut stmt = conn.prepare(ENTITIES)?;
        let mut rows = stmt.query([])?;
        while let Some(r) = rows.next()? {
            found.push(CatalogEntity {
                file: r.get(0)?,
                kind: r.get(1)?,
                name: r.get(2)?,
                surface: r.get(3)?,
            });
        }
    }
    let s = score(
        &gold,
        &entities,
        &predicted,
        &found,
        &Scope {
            prefix: args.files_prefix.clone(),
        },
    );

    let columns: Vec<String> = [
        "section", "file", "measure", "count", "total", "value", "detail",
    ]
    .iter()
    .map(|c| c.to_string())
    .collect();
    let mut rows: Vec<[Value; 7]> = Vec::new();
    let mut push = |section: &str,
                    file: &str,
                    measure: &str,
                    count: Option<usize>,
                    total: Option<usize>,
                    value: Option<f64>,
                    detail: &str| {
        let n = |x: Option<usize>| x.map_or(Value::Null, |x| Value::Integer(x as i64));
        rows.push([
            Value::Text(section.into()),
            Value::Text(file.into()),
            Value::Text(measure.into()),
            n(count),
            n(total),
            value.map_or(Value::Null, |v| Value::Real((v * 1000.0).round() / 1000.0)),
            Value::Text(detail.into()),
        ]);
    };
    let precision = s.precision();
    for (name, tier) in [("all", s.all), ("core", s.core)] {
        push(
            name,
            "",
            "recall",
            Some(tier.matched),
            Some(tier.gold),
            Some(tier.recall()),
            "gold rows found",
        );
        push(
            name,
            "",
            "precision",
            Some(s.predicted_matched),
            Some(s.predicted),
            Some(precision),
            "catalog meetings that match a gold row",
        );
        push(
            name,
            "",
            "f1",
            None,
            None,
            Some(f1(precision, tier.recall())),
            "",
        );
    }
    let m = s.predicted_matched;
    push(
        "matched",
        "",
        "dates agreeing",
        Some(s.dates_agreeing),
        Some(m),
        Some(ratio(s.dates_agreeing, m)),
        "the same date, or one a prefix of the other",
    );
    push(
        "matched",
        "",
        "places agreeing",
        Some(s.places_agreeing),
        Some(m),
        Some(ratio(s.places_agreeing, m)),
        "the same place, or both without one",
    );
    push(
        "confident",
        "",
        "precision",
        Some(s.confident_matched),
        Some(s.confident),
        Some(ratio(s.confident_matched, s.confident)),
        &format!("catalog meetings at confidence >= {CONFIDENT} that match a gold row"),
    );
    for kind in ["person", "organization", "outlet"] {
        let n = s.junk.get(kind).copied().unwrap_or(0);
        push(
            "junk",
            "",
            kind,
            Some(n),
            None,
            None,
            "entities tied to an article that its gold does not name",
        );
    }
    for (file, a) in &s.articles {
        push(
            "article",
            file,
            "matched",
            Some(a.matched),
            Some(a.gold),
            None,
            &format!("{} catalog meeting(s)", a.predicted),
        );
        for d in &a.missed {
            push("article", file, "missed", None, None, None, d);
        }
        for d in &a.extra {
            push("article", file, "extra", None, None, None, d);
        }
        for d in &a.junk {
            push("article", file, "junk", None, None, None, d);
        }
        for d in &a.wrong_date {
            push("article", file, "other date", None, None, None, d);
        }
        for d in &a.wrong_place {
            push("article", file, "other place", None, None, None, d);
        }
    }
    super::with_output(output, |out, format: Format, style: Style| {
        let mut sink = format.sink(out, &columns, style)?;
        for r in &rows {
            sink.row(r)?;
        }
        sink.finish()?;
        Ok(rows.len() as u64)
    })?;
    if output.output.is_none() {
        // The headline, for a reader of a long table or a script's log.
        let mut err = std::io::stderr().lock();
        writeln!(
            err,
            "core F1 {:.2}, all F1 {:.2} ({} of {} gold rows, {} of {} catalog meetings match)",
            f1(precision, s.core.recall()),
            f1(precision, s.all.recall()),
            s.all.matched,
            s.all.gold,
            s.predicted_matched,
            s.predicted
        )?;
    }
    Ok(())
}
