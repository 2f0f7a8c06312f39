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
use crate::output::{Format, Style};
use crate::Error;

/// Reads a CSV file into typed rows; a missing column or a bad row names the file, the line
/// and the header expected.
fn read_rows<T: DeserializeOwned>(
    path: &Path,
    expected: &str,
    required: &[&str],
) -> anyhow::Result<Vec<T>> {
    if path.is_dir() {
        return Err(Error::Usage(format!(
            "{} is a folder; give the CSV file with the header `{expected}`",
            path.display()
        ))
        .into());
    }
    let mut reader = csv::ReaderBuilder::new()
        .flexible(false)
        .from_path(path)
        .with_context(|| format!("cannot read {}", path.display()))?;
    let headers = reader
        .headers()
        .with_context(|| format!("cannot read {}", path.display()))?
        .clone();
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
    for (i, record) in reader.deserialize::<T>().enumerate() {
        let row = record.map_err(|e| {
            let line = e.position().map(|p| p.line()).unwrap_or(i as u64 + 2);
            Error::Usage(format!(
                "{}:{line}: {}; fix the row (every row has the columns of the header `{expected}`)",
                path.display(),
                match e.kind() {
                    csv::ErrorKind::Deserialize { err, .. } => err.to_string(),
                    _ => e.to_string(),
                }
            ))
        })?;
        rows.push(row);
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

pub fn run(db: &Path, args: &EvaluateArgs) -> anyhow::Result<()> {
    let output = &args.output;
    let gold: Vec<GoldRow> = read_rows(
        &args.gold,
        "file,meeting_date,place,participants,kind",
        &["file", "meeting_date", "participants", "kind"],
    )?;
    let entities: Vec<EntityRow> = read_rows(
        &args.entities,
        "file,type,name,aliases_in_text",
        &["file", "type", "name"],
    )?;
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
