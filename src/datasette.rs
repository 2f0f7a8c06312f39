//! The metadata Datasette reads (`datasette CATALOG -m metadata.json`): what the catalog is and
//! its licences, every table's and column's description from catalog_docs, full-text search on
//! articles, and every report as a canned query.
//!
//! Datasette passes a canned query's parameters as the raw text of its form, and an empty
//! string for a field left empty, where `diplocat report` checks, types and resolves each value
//! in Rust (`Report::bind`). So a report's SQL becomes a canned query by reading each of its
//! parameter tokens from SQL expressions over the raw values that do the same work: empty is
//! the default, a name becomes an id, a partial date becomes its first and last day.

use std::collections::BTreeMap;

use serde_json::{json, Map, Value};

use crate::report::{ParamType, Report};

/// One row of catalog_docs: `column` is empty for the table's (or view's) own description.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Doc {
    pub table: String,
    pub column: String,
    pub description: String,
}

const GEONAMES_TABLES: &[&str] = &["places", "place_names"];

/// The canned query of a report. Not the report's own name: a canned query hides the table or
/// view of its name in Datasette, and `meetings`, `articles`, `decisions`, `positions` and
/// `mentions` are tables, `report_meetings` and the like views.
pub fn query_name(report: &str) -> String {
    format!("{report}_report")
}

/// The whole metadata document for the catalog Datasette serves as `database` (its file stem).
pub fn metadata(database: &str, docs: &[Doc], reports: &BTreeMap<String, Report>) -> Value {
    let mut tables: BTreeMap<&str, Map<String, Value>> = BTreeMap::new();
    for d in docs {
        let table = tables.entry(d.table.as_str()).or_default();
        if d.column.is_empty() {
            table.insert("description".into(), d.description.clone().into());
        } else {
            let columns = table
                .entry("columns")
                .or_insert_with(|| Value::Object(Map::new()));
            if let Value::Object(columns) = columns {
                columns.insert(d.column.clone(), d.description.clone().into());
            }
        }
    }
    if let Some(articles) = tables.get_mut("articles") {
        // Datasette finds articles_fts by itself since migration V9; said here as well, so
        // that ?_search= works whatever Datasette's detection makes of the declaration.
        articles.insert("fts_table".into(), "articles_fts".into());
        articles.insert("fts_pk".into(), "id".into());
    }
    for name in GEONAMES_TABLES {
        if let Some(table) = tables.get_mut(name) {
            table.insert(
                "source".into(),
                "GeoNames (coordinates and GeoNames ids of the world gazetteer)".into(),
            );
            table.insert("source_url".into(), "https://www.geonames.org/".into());
            table.insert("license".into(), "CC BY 4.0".into());
            table.insert(
                "license_url".into(),
                "https://creativecommons.org/licenses/by/4.0/".into(),
            );
        }
    }
    // Derived data the importer looks meetings up by (migration V11): listed with the tables
    // would only puzzle; it is still there to query.
    if let Some(index) = tables.get_mut("meeting_people") {
        index.insert("hidden".into(), true.into());
    }
    let mut tables: Map<String, Value> = tables
        .into_iter()
        .map(|(name, t)| (name.to_string(), Value::Object(t)))
        .collect();
    tables.insert(
        "refinery_schema_history".into(),
        json!({"description": "The migrations applied to this catalog (diplocat status lists them).", "hidden": true}),
    );
    let queries: Map<String, Value> = reports
        .values()
        .map(|r| (query_name(&r.name), canned_query(r)))
        .collect();
    json!({
        "title": format!("diplocat catalog: {database}"),
        "description": "News articles about official meetings: who met whom, when, where, in which role, reported by which article and in which sentence. Every table and column is described; the diplocat reports are canned queries (below the tables) with the parameters of `diplocat report`; the articles table has full-text search.",
        "license": "MIT (diplocat and its curated data); places: GeoNames, CC BY 4.0; article texts: their outlets'",
        "license_url": "https://opensource.org/license/mit",
        "source": "GeoNames (places) and the news articles of the articles table, from the outlets of the outlets table",
        "source_url": "https://www.geonames.org/",
        "databases": {
            database: {
                "description": "A diplocat catalog. catalog_docs holds the descriptions shown here; report_* views are the reports that need no parameter.",
                "tables": tables,
                "queries": queries,
            }
        }
    })
}

fn canned_query(r: &Report) -> Value {
    let mut description = r.description.clone();
    if !r.params.is_empty() {
        description.push_str(" Parameters (leave one empty to leave it out): ");
        let params: Vec<String> = r
            .params
            .iter()
            .map(|p| {
                let given = match &p.default {
                    None => "required".to_string(),
                    Some(None) => "optional".to_string(),
                    Some(Some(d)) => format!("default {d}"),
                };
                let shape = match (p.kind, &p.allowed[..], p.range) {
                    (ParamType::Person | ParamType::Organization | ParamType::Place, _, _) => {
                        format!(
                            "{}: a key, an exact name or alias, or whole words of one",
                            p.kind.name()
                        )
                    }
                    (ParamType::Date, _, _) => "2023, 2023-11 or 2023-11-13".to_string(),
                    (_, [], Some((lo, hi))) => format!("a whole number from {lo} to {hi}"),
                    (_, [], None) => p.kind.name().to_string(),
                    (_, words, _) => words.join(" or "),
                };
                format!("{} ({shape}; {given}): {}", p.name, p.description)
            })
            .collect();
        description.push_str(&params.join("; "));
        description.push_str(". A name that is unknown or fits several, or a date that is not one, gives no rows; `diplocat report ");
        description.push_str(&r.name);
        description.push_str(" -p KEY=VALUE` says why.");
    }
    json!({
        "title": format!("{} (diplocat report)", r.name),
        "description": description,
        "sql": canned_sql(r),
        "params": r.params.iter().map(|p| p.name.clone()).collect::<Vec<_>>(),
    })
}

/// The report's SQL, reading the raw form values Datasette binds (`:person` as typed, or ''):
/// a first common table expression `given` holds them trimmed, empty as NULL and defaults
/// applied; a second, `form`, types them as `Report::bind` does; each parameter token of the
/// report reads its value from `form`. The report's header comment is left out: Datasette
/// shows the title and description.
pub fn canned_sql(r: &Report) -> String {
    let body: String = r
        .sql
        .lines()
        .skip_while(|l| {
            let l = l.trim_start();
            ["-- name:", "-- description:", "-- param:"]
                .iter()
                .any(|h| l.starts_with(h))
        })
        .collect::<Vec<_>>()
        .join("\n");
    let body = body.trim().trim_end_matches(';').trim_end();
    if r.params.is_empty() {
        return body.to_string();
    }
    let mut given: Vec<String> = Vec::new();
    let mut typed: Vec<String> = Vec::new();
    let mut exprs: BTreeMap<String, String> = BTreeMap::new();
    for p in &r.params {
        let name = &p.name;
        let raw = format!("nullif(trim(:{name}), '')");
        let default = match &p.default {
            Some(Some(d)) => Some(d.as_str()),
            _ => None,
        };
        let value = match (p.kind, default) {
            (ParamType::Integer, Some(d)) if d.parse::<i64>().is_ok() => {
                format!("coalesce(CAST({raw} AS INTEGER), {d})")
            }
            (ParamType::Integer, _) => format!("CAST({raw} AS INTEGER)"),
            (_, Some(d)) => format!("coalesce({raw}, {})", quote(d)),
            (_, None) => raw,
        };
        given.push(format!("    {value} AS \"{name}\""));
        let v = format!("given.\"{name}\"");
        // A value that needs work has a table expression of its own, referred to where the
        // report uses it: SQLite computes it once. (One expression holding every value, referred
        // to from every use, would be copied into each; on a report such as meetings, newer
        // SQLite refuses that many copies as "subqueries nested too deep".)
        match p.kind {
            ParamType::Text | ParamType::Kind | ParamType::Integer => {
                exprs.insert(
                    format!(":{name}"),
                    format!("(SELECT \"{name}\" FROM given)"),
                );
            }
            ParamType::Person | ParamType::Organization | ParamType::Place => {
                typed.push(format!(
                    "form_{name} AS (SELECT {} AS id FROM given)",
                    resolve_expr(p.kind, &v)
                ));
                exprs.insert(format!(":{name}"), format!("(SELECT id FROM form_{name})"));
            }
            ParamType::Date => {
                typed.push(date_cte(name, &v));
                exprs.insert(
                    format!(":{name}"),
                    format!("(SELECT first_day FROM form_{name})"),
                );
                exprs.insert(
                    format!(":{name}_end"),
                    format!("(SELECT last_day FROM form_{name})"),
                );
            }
        }
    }
    let mut ctes = vec![format!(
        "-- The form's fields as `diplocat report {} -p KEY=VALUE` reads them: an empty one is\n\
         -- left out; a name becomes the id of the one entity it names (-1, which no row has, when it\n\
         -- names none or several); a date becomes its first and its last day.\n\
         given AS (SELECT\n{}\n)",
        r.name,
        given.join(",\n")
    )];
    ctes.extend(typed);
    let ctes = ctes.join(",\n");
    let body = replace_params(body, &exprs);
    // A report that has common table expressions of its own gets these first.
    let words: Vec<&str> = body.splitn(3, char::is_whitespace).collect();
    match words[..] {
        [w, r, rest] if w.eq_ignore_ascii_case("WITH") && r.eq_ignore_ascii_case("RECURSIVE") => {
            format!("WITH RECURSIVE\n{ctes},\n{rest}")
        }
        [w, ..] if w.eq_ignore_ascii_case("WITH") => {
            format!("WITH\n{ctes},\n{}", body[w.len()..].trim_start())
        }
        _ => format!("WITH\n{ctes}\n{body}"),
    }
}

fn quote(s: &str) -> String {
    format!("'{}'", s.replace('\'', "''"))
}

/// A person, organization or place given as its key, a name or alias as written, in any case,
/// or else whole words of one (`AlMalik`, `al-malik`), as the id it names: the first of these
/// that names anything decides. Several entities, or none, give -1, which no row has: the
/// report then lists nothing rather than everything, as an unfiltered report would. The cheap
/// tests come first (the key and names through their indexes): coalesce stops at the first
/// that gives an id, and the word search reads every name.
fn resolve_expr(kind: ParamType, v: &str) -> String {
    let (table, names, fk) = crate::report::names_table(kind);
    let one = |candidates: String| {
        format!(
            "(SELECT CASE count(DISTINCT id) WHEN 0 THEN NULL WHEN 1 THEN min(id) ELSE -1 END FROM (\n            {candidates}))"
        )
    };
    let exact = one(format!(
        "SELECT id FROM {table} WHERE key = {v}\n            UNION ALL SELECT {fk} FROM {names} WHERE name = {v}"
    ));
    let any_case = one(format!(
        "SELECT id FROM {table} WHERE lower(name) = lower({v})\n            UNION ALL SELECT {fk} FROM {names} WHERE lower(name) = lower({v})"
    ));
    // Whole words: "al-malik" is found in "Salim bin Muhammad Al-Malik", "malik" is not in "AlMalik".
    let word = format!(
        "instr(' ' || replace(lower(name), '-', ' ') || ' ', ' ' || replace(lower({v}), '-', ' ') || ' ') > 0"
    );
    let words = one(format!(
        "SELECT id FROM {table} WHERE {word}\n            UNION ALL SELECT {fk} FROM {names} WHERE {word}"
    ));
    format!("CASE WHEN {v} IS NULL THEN NULL ELSE coalesce(\n        {exact},\n        {any_case},\n        {words},\n        -1) END")
}

/// `form_NAME`: the first and the last day (`first_day`, `last_day`) of a partial date `2023`,
/// `2023-11` or `2023-11-13`, as `Report::bind` gives `:from` and `:from_end`. A value that is
/// not such a date gives an empty period (first day after last), so that the report lists
/// nothing.
fn date_cte(name: &str, v: &str) -> String {
    // Through the day number, 2023-02-30 becomes 2023-03-02 and what is no date NULL: either
    // way not the text given (a NULL comparison is not true). date() alone would not do: the
    // SQLite of Python 3.11 (3.40) gives 2023-02-30 back as it is.
    format!(
        "form_{name} AS (SELECT
    CASE WHEN value IS NULL THEN NULL WHEN date(julianday(first_day)) = first_day THEN first_day ELSE '9999-12-31' END AS first_day,
    CASE WHEN value IS NULL THEN NULL WHEN date(julianday(first_day)) = first_day THEN last_day ELSE '0000-01-01' END AS last_day
  FROM (SELECT {v} AS value,
      CASE length({v}) WHEN 4 THEN {v} || '-01-01' WHEN 7 THEN {v} || '-01' WHEN 10 THEN {v} END AS first_day,
      CASE length({v}) WHEN 4 THEN {v} || '-12-31' WHEN 7 THEN date({v} || '-01', '+1 month', '-1 day') WHEN 10 THEN {v} END AS last_day
    FROM given))"
    )
}

/// Replaces every `:name` parameter token of `sql` found in `exprs`, in one pass (the inserted
/// expressions are not read again), outside string literals, quoted names and comments.
pub fn replace_params(sql: &str, exprs: &BTreeMap<String, String>) -> String {
    map_params(sql, |token| exprs.get(token).cloned())
}

/// The `:name` parameters an SQL text uses, outside literals and comments, each once.
pub fn params_used(sql: &str) -> Vec<String> {
    let mut used: Vec<String> = Vec::new();
    map_params(sql, |token| {
        let name = token.trim_start_matches(':').to_string();
        if !used.contains(&name) {
            used.push(name);
        }
        None
    });
    used
}

/// `sql` with each parameter token replaced by what `f` gives for it (kept when None).
fn map_params(sql: &str, mut f: impl FnMut(&str) -> Option<String>) -> String {
    let mut out = String::with_capacity(sql.len() * 2);
    let mut rest = sql;
    while let Some(c) = rest.chars().next() {
        // How much of `rest` is one literal, quoted name or comment, copied as it is.
        let verbatim = match c {
            '\'' | '"' | '`' | '[' => {
                let close = if c == '[' { ']' } else { c };
                Some(rest[1..].find(close).map_or(rest.len(), |i| i + 2))
            }
            '-' if rest.starts_with("--") => Some(rest.find('\n').map_or(rest.len(), |i| i + 1)),
            '/' if rest.starts_with("/*") => {
                Some(rest[2..].find("*/").map_or(rest.len(), |i| i + 4))
            }
            _ => None,
        };
        if let Some(n) = verbatim {
            out.push_str(&rest[..n]);
            rest = &rest[n..];
        } else if c == ':' {
            let n = rest[1..]
                .find(|d: char| !(d.is_alphanumeric() || d == '_'))
                .map_or(rest.len(), |i| i + 1);
            let token = &rest[..n];
            match (n > 1).then(|| f(token)).flatten() {
                Some(e) => out.push_str(&e),
                None => out.push_str(token),
            }
            rest = &rest[n..];
        } else {
            out.push(c);
            rest = &rest[c.len_utf8()..];
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn canned(name: &str) -> Result<String, crate::report::ReportError> {
        Ok(canned_sql(&crate::report::find(name)?))
    }

    #[test]
    fn a_canned_query_takes_exactly_the_parameters_of_its_report(
    ) -> Result<(), crate::report::ReportError> {
        for r in crate::report::all()?.values() {
            let mut used = params_used(&canned_sql(r));
            used.sort();
            let mut declared: Vec<String> = r.params.iter().map(|p| p.name.clone()).collect();
            declared.sort();
            assert_eq!(used, declared, "report {}", r.name);
        }
        Ok(())
    }

    #[test]
    fn tokens_in_strings_comments_and_longer_names_are_left_alone() {
        let exprs: BTreeMap<String, String> =
            [(":to".to_string(), "X".to_string())].into_iter().collect();
        assert_eq!(
            replace_params(
                "a = :to AND b = :to_end AND c = ':to' -- :to\nAND d = \":to\" /* :to */ AND :to",
                &exprs
            ),
            "a = X AND b = :to_end AND c = ':to' -- :to\nAND d = \":to\" /* :to */ AND X"
        );
    }

    /// The canned SQL on an in-memory catalog, with the values as Datasette would bind them.
    fn run(
        conn: &rusqlite::Connection,
        sql: &str,
        values: &[(&str, &str)],
    ) -> rusqlite::Result<Vec<Vec<rusqlite::types::Value>>> {
        let mut stmt = conn.prepare(sql)?;
        let n = stmt.column_count();
        let params: Vec<(String, &str)> = params_used(sql)
            .into_iter()
            .map(|p| {
                let v = values.iter().find(|(k, _)| *k == p).map_or("", |(_, v)| *v);
                (format!(":{p}"), v)
            })
            .collect();
        let refs: Vec<(&str, &dyn rusqlite::ToSql)> = params
            .iter()
            .map(|(k, v)| (k.as_str(), v as &dyn rusqlite::ToSql))
            .collect();
        let rows = stmt.query_map(refs.as_slice(), |r| {
            (0..n)
                .map(|i| r.get(i))
                .collect::<rusqlite::Result<Vec<_>>>()
        })?;
        rows.collect()
    }

    #[test]
    fn dates_become_their_first_and_last_day_and_a_bad_one_an_empty_period(
    ) -> Result<(), Box<dyn std::error::Error>> {
        let conn = rusqlite::Connection::open_in_memory()?;
        let sql = format!(
            "WITH given AS (SELECT nullif(trim(:d), '') AS d), {} SELECT first_day, last_day FROM form_d",
            date_cte("d", "given.d")
        );
        let cases = [
            ("2023", "2023-01-01", "2023-12-31"),
            ("2023-11", "2023-11-01", "2023-11-30"),
            ("2024-02", "2024-02-01", "2024-02-29"),
            ("2023-02", "2023-02-01", "2023-02-28"),
            (" 2023-11-13 ", "2023-11-13", "2023-11-13"),
            ("2023-02-30", "9999-12-31", "0000-01-01"),
            ("2023-13", "9999-12-31", "0000-01-01"),
            ("XXXX-11-26", "9999-12-31", "0000-01-01"),
            ("last year", "9999-12-31", "0000-01-01"),
        ];
        for (given, want_first, want_last) in cases {
            let (f, l): (String, String) =
                conn.query_row(&sql, &[(":d", given)], |r| Ok((r.get(0)?, r.get(1)?)))?;
            assert_eq!((f.as_str(), l.as_str()), (want_first, want_last), "{given}");
        }
        let (f, l): (Option<String>, Option<String>) =
            conn.query_row(&sql, &[(":d", "")], |r| Ok((r.get(0)?, r.get(1)?)))?;
        assert_eq!((f, l), (None, None));
        Ok(())
    }

    #[test]
    fn a_person_is_resolved_by_key_name_alias_or_whole_words_and_never_to_everyone(
    ) -> Result<(), Box<dyn std::error::Error>> {
        let conn = crate::catalog::open_in_memory()?;
        conn.execute_batch(
            "INSERT INTO people (id, key, name) VALUES
                 (1, 'salim-almalik', 'Salim bin Muhammad Al-Malik'),
                 (2, 'jeyhun-bayramov', 'Jeyhun Bayramov'),
                 (3, 'anar-bayramov', 'Anar Bayramov');
             INSERT INTO person_names (person_id, name, kind) VALUES (1, 'Salim AlMalik', 'alias');",
        )?;
        let sql = format!(
            "SELECT {}",
            resolve_expr(ParamType::Person, "nullif(trim(:p), '')")
        );
        for (given, want) in [
            ("salim-almalik", Some(1)),
            ("Salim bin Muhammad Al-Malik", Some(1)),
            ("salim almalik", Some(1)),
            ("AlMalik", Some(1)),
            ("al-malik", Some(1)),
            ("Jeyhun Bayramov", Some(2)),
            // Two people of that surname: no one, and no row either.
            ("Bayramov", Some(-1)),
            ("Nobody Known", Some(-1)),
            ("", None),
            ("  ", None),
        ] {
            let got: Option<i64> = conn.query_row(&sql, &[(":p", given)], |r| r.get(0))?;
            assert_eq!(got, want, "{given:?}");
        }
        Ok(())
    }

    #[test]
    fn every_canned_query_runs_with_empty_fields_and_with_values(
    ) -> Result<(), Box<dyn std::error::Error>> {
        let conn = crate::catalog::open_in_memory()?;
        for r in crate::report::all()?.values() {
            let sql = canned_sql(r);
            run(&conn, &sql, &[]).map_err(|e| format!("{}: {e}\n{sql}", r.name))?;
            run(
                &conn,
                &sql,
                &[
                    ("person", "x"),
                    ("organization", "y"),
                    ("from", "2023"),
                    ("to", "2023-11"),
                    ("by", "month"),
                    ("below", "50"),
                ],
            )
            .map_err(|e| format!("{}: {e}", r.name))?;
        }
        assert!(!canned("meetings")?.contains(":to_end"));
        Ok(())
    }

    #[test]
    fn a_report_with_its_own_common_table_expressions_gets_the_forms_first(
    ) -> Result<(), Box<dyn std::error::Error>> {
        let conn = rusqlite::Connection::open_in_memory()?;
        for (with, sql) in [
            ("WITH", "WITH x AS (SELECT :n + 1 AS n) SELECT n FROM x"),
            (
                "WITH RECURSIVE",
                "with recursive x(n) AS (SELECT :n UNION ALL SELECT n + 1 FROM x WHERE n < :n + 1) SELECT max(n) FROM x",
            ),
        ] {
            let r = Report {
                name: "test".into(),
                label: "report test".into(),
                description: "A test.".into(),
                params: vec![crate::report::Param {
                    name: "n".into(),
                    kind: ParamType::Integer,
                    default: Some(Some("41".into())),
                    description: "a number".into(),
                    allowed: Vec::new(),
                    range: None,
                }],
                columns: Vec::new(),
                sql: format!("-- name: test\n-- description: A test.\n{sql};\n"),
            };
            let canned = canned_sql(&r);
            assert!(canned.starts_with(&format!("{with}\n-- The form's")), "{canned}");
            let got = run(&conn, &canned, &[])?;
            assert_eq!(got, vec![vec![rusqlite::types::Value::Integer(42)]]);
            let got = run(&conn, &canned, &[("n", " 9 ")])?;
            assert_eq!(got, vec![vec![rusqlite::types::Value::Integer(10)]]);
        }
        Ok(())
    }
}
