//! Canned reports: reports/*.sql compiled into the binary, each with a header declaring its
//! name, description and typed parameters; parameters are always bound, never spliced.

use std::collections::BTreeMap;

use include_dir::{include_dir, Dir};
use rusqlite::types::Value;
use rusqlite::Connection;

use crate::extract::names::fold;
use crate::model::date::parse_bound;
use crate::model::MeetingKind;

static REPORTS: Dir<'static> = include_dir!("$CARGO_MANIFEST_DIR/reports");

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ParamType {
    Text,
    Integer,
    Date,
    Person,
    Organization,
    Place,
    Kind,
}

impl ParamType {
    fn parse(s: &str) -> Option<ParamType> {
        Some(match s {
            "text" => ParamType::Text,
            "integer" => ParamType::Integer,
            "date" => ParamType::Date,
            "person" => ParamType::Person,
            "organization" => ParamType::Organization,
            "place" => ParamType::Place,
            "kind" => ParamType::Kind,
            _ => return None,
        })
    }

    pub fn name(self) -> &'static str {
        match self {
            ParamType::Text => "text",
            ParamType::Integer => "integer",
            ParamType::Date => "date",
            ParamType::Person => "person",
            ParamType::Organization => "organization",
            ParamType::Place => "place",
            ParamType::Kind => "kind",
        }
    }
}

#[derive(Debug, Clone)]
pub struct Param {
    pub name: String,
    pub kind: ParamType,
    /// None: required. Some(None): optional, NULL. Some(Some(v)): default value.
    pub default: Option<Option<String>>,
    pub description: String,
    /// The only values a text parameter takes (`text: year, month`); empty: any text.
    pub allowed: Vec<String>,
    /// The range an integer parameter lies in (`integer: 0..100`), both ends included.
    pub range: Option<(i64, i64)>,
}

#[derive(Debug, Clone)]
pub struct Report {
    pub name: String,
    /// How messages name it: "report meetings", or the command that uses its parameters.
    pub label: String,
    pub description: String,
    pub params: Vec<Param>,
    /// Each column of its result and what it holds (`-- column: name | description`), in order:
    /// the documentation of its view in catalog_docs.
    pub columns: Vec<(String, String)>,
    pub sql: String,
}

#[derive(Debug, thiserror::Error)]
pub enum ReportError {
    #[error("no report named {name:?}{hint}; the reports are: {known}")]
    Unknown {
        name: String,
        /// " (did you mean \"meetings\"?)" for a name one or two letters off, else empty.
        hint: String,
        known: String,
    },
    #[error("{report}: unknown parameter {name:?}{hint}; it takes: {expected}")]
    UnknownParam {
        report: String,
        name: String,
        /// " (did you mean \"person\"?)" for a name one or two letters off, else empty.
        hint: String,
        expected: String,
    },
    #[error("{report}: missing parameter {name:?}; give it with -p {name}=VALUE ({expected})")]
    MissingParam {
        report: String,
        name: String,
        expected: String,
    },
    #[error("{report}: parameter {name}={value:?} is not a valid {kind}: {why}")]
    BadValue {
        report: String,
        name: String,
        value: String,
        kind: &'static str,
        why: String,
    },
    #[error(
        "{report}: {kind} {value:?} is ambiguous; it may be: {candidates}; give a fuller name or the key"
    )]
    Ambiguous {
        report: String,
        kind: &'static str,
        value: String,
        candidates: String,
    },
    #[error("{report}: -p {name}={value:?} is not allowed here: {expected}")]
    NotAllowed {
        report: String,
        name: String,
        value: String,
        expected: String,
    },
    #[error("{report}: -p {name}= is given twice ({first:?}, then {second:?}); give it once")]
    Repeated {
        report: String,
        name: String,
        first: String,
        second: String,
    },
    #[error("{report}: from={from:?} is after to={to:?}, so no meeting could match; swap them")]
    Reversed {
        report: String,
        from: String,
        to: String,
    },
    #[error("cannot read the catalog: {0}")]
    Database(#[source] rusqlite::Error),
    #[error("report file {file}: {why}")]
    BadHeader { file: String, why: String },
}

impl ReportError {
    /// Errors in how the report was asked for (exit status 2), as opposed to broken report files.
    pub fn is_usage(&self) -> bool {
        !matches!(
            self,
            ReportError::BadHeader { .. } | ReportError::Database(_)
        )
    }
}

pub fn parse_report(file: &str, text: &str) -> Result<Report, ReportError> {
    let bad = |why: &str| ReportError::BadHeader {
        file: file.to_string(),
        why: why.to_string(),
    };
    let mut name = None;
    let mut description = None;
    let mut params = Vec::new();
    let mut columns = Vec::new();
    for line in text.lines() {
        let Some(rest) = line.strip_prefix("--") else {
            break;
        };
        let rest = rest.trim();
        if let Some(v) = rest.strip_prefix("name:") {
            name = Some(v.trim().to_string());
        } else if let Some(v) = rest.strip_prefix("description:") {
            description = Some(v.trim().to_string());
        } else if let Some(v) = rest.strip_prefix("column:") {
            let Some((column, about)) = v.split_once('|') else {
                return Err(bad("a column line needs: name | description"));
            };
            columns.push((column.trim().to_string(), about.trim().to_string()));
        } else if let Some(v) = rest.strip_prefix("param:") {
            let parts: Vec<&str> = v.split('|').map(str::trim).collect();
            let [pname, ptype, default, pdesc] = parts.as_slice() else {
                return Err(bad(
                    "a param line needs: name | type | default | description",
                ));
            };
            // `text: year, month` allows those words only; `integer: 0..100` that range.
            let (base, limits) = match ptype.split_once(':') {
                Some((b, l)) => (b.trim(), Some(l.trim())),
                None => (*ptype, None),
            };
            let kind = ParamType::parse(base).ok_or_else(|| bad("unknown parameter type"))?;
            let (allowed, range) = match (kind, limits) {
                (_, None) => (Vec::new(), None),
                (ParamType::Text, Some(l)) => {
                    (l.split(',').map(|w| w.trim().to_string()).collect(), None)
                }
                (ParamType::Integer, Some(l)) => {
                    let (lo, hi) = l
                        .split_once("..")
                        .and_then(|(a, b)| Some((a.trim().parse().ok()?, b.trim().parse().ok()?)))
                        .ok_or_else(|| bad("an integer range is written integer: LOW..HIGH"))?;
                    (Vec::new(), Some((lo, hi)))
                }
                _ => {
                    return Err(bad(
                        "only text (a list of words) and integer (a range) take limits",
                    ))
                }
            };
            let default = match *default {
                "" => None,
                "NULL" => Some(None),
                d => Some(Some(d.to_string())),
            };
            params.push(Param {
                name: pname.to_string(),
                kind,
                default,
                description: pdesc.to_string(),
                allowed,
                range,
            });
        }
    }
    let name = name.ok_or_else(|| bad("the header lacks '-- name:'"))?;
    Ok(Report {
        label: format!("report {name}"),
        name,
        description: description.ok_or_else(|| bad("the header lacks '-- description:'"))?,
        params,
        columns,
        sql: text.to_string(),
    })
}

/// Every report, by name.
pub fn all() -> Result<BTreeMap<String, Report>, ReportError> {
    let mut out = BTreeMap::new();
    for f in REPORTS.files() {
        let file = f.path().display().to_string();
        if !file.ends_with(".sql") {
            continue;
        }
        let text = f.contents_utf8().ok_or_else(|| ReportError::BadHeader {
            file: file.clone(),
            why: "not UTF-8".into(),
        })?;
        let r = parse_report(&file, text)?;
        out.insert(r.name.clone(), r);
    }
    Ok(out)
}

/// " (did you mean \"meetings\"?)" when `name` is one or two letters off one of `known`
/// (the nearest), else empty.
pub fn did_you_mean<'a>(name: &str, known: impl IntoIterator<Item = &'a str>) -> String {
    known
        .into_iter()
        .map(|k| (strsim::levenshtein(k, name), k))
        .filter(|(d, _)| *d <= 2)
        .min()
        .map(|(_, k)| format!(" (did you mean {k:?}?)"))
        .unwrap_or_default()
}

pub fn find(name: &str) -> Result<Report, ReportError> {
    let mut reports = all()?;
    let known = reports.keys().cloned().collect::<Vec<_>>().join(", ");
    let hint = did_you_mean(name, reports.keys().map(String::as_str));
    reports.remove(name).ok_or_else(|| ReportError::Unknown {
        name: name.to_string(),
        hint,
        known,
    })
}

impl Report {
    pub fn expected(&self) -> String {
        if self.params.is_empty() {
            return "no parameters".to_string();
        }
        self.params
            .iter()
            .map(|p| {
                let d = match &p.default {
                    None => "required".to_string(),
                    Some(None) => "optional".to_string(),
                    Some(Some(v)) => format!("default {v}"),
                };
                format!("{} ({}, {d})", p.name, p.kind.name())
            })
            .collect::<Vec<_>>()
            .join(", ")
    }

    /// True when every parameter has a default, so the report can be a view.
    pub fn needs_no_parameter(&self) -> bool {
        self.params.iter().all(|p| p.default.is_some())
    }

    /// The report's SQL with each parameter replaced by its default, for `CREATE VIEW`.
    /// Defaults come from the report files in the binary, never from a user.
    pub fn view_sql(&self) -> String {
        let mut sql = strip_trailing_semicolon(&self.sql);
        let mut names: Vec<(String, String)> = Vec::new();
        for p in &self.params {
            let literal = match &p.default {
                Some(Some(v)) => match p.kind {
                    ParamType::Integer if v.parse::<i64>().is_ok() => v.clone(),
                    _ => format!("'{}'", v.replace('\'', "''")),
                },
                _ => "NULL".to_string(),
            };
            if p.kind == ParamType::Date {
                names.push((format!(":{}_end", p.name), literal.clone()));
            }
            names.push((format!(":{}", p.name), literal));
        }
        // Longest names first, so ":to_end" is not taken for ":to" followed by "_end".
        names.sort_by_key(|(n, _)| std::cmp::Reverse(n.len()));
        for (n, lit) in names {
            sql = replace_param(&sql, &n, &lit);
        }
        sql
    }

    /// Checks `-p` values against the declared parameters and resolves them to bound values.
    pub fn bind(
        &self,
        conn: &Connection,
        given: &[crate::cli::Param],
    ) -> Result<Vec<(String, Value)>, ReportError> {
        for (i, g) in given.iter().enumerate() {
            if !self.params.iter().any(|p| p.name == g.key) {
                return Err(ReportError::UnknownParam {
                    report: self.label.clone(),
                    name: g.key.clone(),
                    hint: did_you_mean(&g.key, self.params.iter().map(|p| p.name.as_str())),
                    expected: self.expected(),
                });
            }
            if let Some(earlier) = given[..i].iter().find(|earlier| earlier.key == g.key) {
                return Err(ReportError::Repeated {
                    report: self.label.clone(),
                    name: g.key.clone(),
                    first: earlier.value.clone(),
                    second: g.value.clone(),
                });
            }
        }
        let mut out = Vec::new();
        for p in &self.params {
            let value = given
                .iter()
                .rev()
                .find(|g| g.key == p.name)
                .map(|g| g.value.clone());
            let value = match (value, &p.default) {
                (Some(v), _) => Some(v),
                (None, Some(d)) => d.clone(),
                (None, None) => {
                    return Err(ReportError::MissingParam {
                        report: self.label.clone(),
                        name: p.name.clone(),
                        expected: self.expected(),
                    })
                }
            };
            let bad = |value: &str, why: String| ReportError::BadValue {
                report: self.label.clone(),
                name: p.name.clone(),
                value: value.to_string(),
                kind: p.kind.name(),
                why,
            };
            let Some(v) = value else {
                out.push((format!(":{}", p.name), Value::Null));
                if p.kind == ParamType::Date {
                    out.push((format!(":{}_end", p.name), Value::Null));
                }
                continue;
            };
            match p.kind {
                ParamType::Text => {
                    if !p.allowed.is_empty() && !p.allowed.contains(&v) {
                        return Err(ReportError::NotAllowed {
                            report: self.label.clone(),
                            name: p.name.clone(),
                            value: v,
                            expected: format!("use one of: {}", p.allowed.join(", ")),
                        });
                    }
                    out.push((format!(":{}", p.name), Value::Text(v)))
                }
                ParamType::Integer => {
                    let n: i64 = v
                        .trim()
                        .parse()
                        .map_err(|_| bad(&v, "write a whole number".into()))?;
                    if let Some((lo, hi)) = p.range {
                        if !(lo..=hi).contains(&n) {
                            return Err(ReportError::NotAllowed {
                                report: self.label.clone(),
                                name: p.name.clone(),
                                value: v,
                                expected: format!("write a whole number from {lo} to {hi}"),
                            });
                        }
                    }
                    out.push((format!(":{}", p.name), Value::Integer(n)));
                }
                ParamType::Kind => {
                    if v.parse::<MeetingKind>().is_err() {
                        return Err(bad(&v, format!("use one of: {}", MeetingKind::allowed())));
                    }
                    out.push((format!(":{}", p.name), Value::Text(v)));
                }
                ParamType::Date => {
                    let d = parse_bound(&v).map_err(|e| {
                        bad(&v, format!("{}; write 2023, 2023-11 or 2023-11-13", e.1))
                    })?;
                    out.push((
                        format!(":{}", p.name),
                        d.earliest().map(Value::Text).unwrap_or(Value::Null),
                    ));
                    out.push((
                        format!(":{}_end", p.name),
                        d.latest().map(Value::Text).unwrap_or(Value::Null),
                    ));
                }
                ParamType::Person | ParamType::Organization | ParamType::Place
                    if v.trim().is_empty() =>
                {
                    return Err(bad(
                        &v,
                        format!(
                            "the value is empty; give a {} by name or key (`-p {}=NAME`)",
                            p.kind.name(),
                            p.name
                        ),
                    ));
                }
                ParamType::Person | ParamType::Organization | ParamType::Place => {
                    let id = resolve(conn, p.kind, &v).map_err(|e| match e {
                        Resolve::None => bad(&v, format!("no {} of that name or key in the catalog; see `diplocat query \"SELECT name FROM {}\"`", p.kind.name(), names_table(p.kind).0)),
                        Resolve::Many(c) => ReportError::Ambiguous { report: self.label.clone(), kind: p.kind.name(), value: v.clone(), candidates: c.join("; ") },
                        Resolve::Db(e) => ReportError::Database(e),
                    })?;
                    out.push((format!(":{}", p.name), Value::Integer(id)));
                }
            }
        }
        // A period that ends before it starts matches nothing: say so instead.
        let bound = |name: &str| {
            out.iter().find_map(|(k, v)| match v {
                Value::Text(t) if k == name => Some(t.clone()),
                _ => None,
            })
        };
        if let (Some(from), Some(to)) = (bound(":from"), bound(":to_end")) {
            if from > to {
                let given_value = |key: &str| {
                    given
                        .iter()
                        .find(|g| g.key == key)
                        .map(|g| g.value.clone())
                        .unwrap_or_default()
                };
                return Err(ReportError::Reversed {
                    report: self.label.clone(),
                    from: given_value("from"),
                    to: given_value("to"),
                });
            }
        }
        Ok(out)
    }
}

fn strip_trailing_semicolon(sql: &str) -> String {
    sql.trim_end().trim_end_matches(';').to_string()
}

/// Replaces a `:name` parameter token (not a prefix of a longer name) by `literal`.
fn replace_param(sql: &str, name: &str, literal: &str) -> String {
    let mut out = String::with_capacity(sql.len());
    let mut rest = sql;
    while let Some(i) = rest.find(name) {
        let after = &rest[i + name.len()..];
        let continues = after
            .chars()
            .next()
            .is_some_and(|c| c.is_alphanumeric() || c == '_');
        out.push_str(&rest[..i]);
        out.push_str(if continues { name } else { literal });
        rest = after;
    }
    out.push_str(rest);
    out
}

enum Resolve {
    None,
    Many(Vec<String>),
    Db(rusqlite::Error),
}

pub(crate) fn names_table(kind: ParamType) -> (&'static str, &'static str, &'static str) {
    match kind {
        ParamType::Person => ("people", "person_names", "person_id"),
        ParamType::Organization => ("organizations", "organization_names", "organization_id"),
        _ => ("places", "place_names", "place_id"),
    }
}

/// Resolves any known name, alias, acronym, key or (for people) surname to one entity id.
fn resolve(conn: &Connection, kind: ParamType, value: &str) -> Result<i64, Resolve> {
    let (table, names, fk) = names_table(kind);
    // The common case first: the exact key or name, through the indexes.
    let exact: Vec<i64> = conn
        .prepare_cached(&format!(
            "SELECT id FROM {table} WHERE key = ?1 UNION SELECT {fk} FROM {names} WHERE name = ?1"
        ))
        .and_then(|mut stmt| {
            stmt.query_map([value], |r| r.get(0))?
                .collect::<rusqlite::Result<Vec<i64>>>()
        })
        .map_err(Resolve::Db)?;
    if let [id] = exact[..] {
        return Ok(id);
    }
    let sql = format!(
        "SELECT t.id, t.name, t.key, n.name FROM {table} t LEFT JOIN {names} n ON n.{fk} = t.id"
    );
    let mut stmt = conn.prepare(&sql).map_err(Resolve::Db)?;
    let rows: Vec<(i64, String, String, Option<String>)> = stmt
        .query_map([], |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?, r.get(3)?)))
        .and_then(|rows| rows.collect())
        .map_err(Resolve::Db)?;
    let want = fold(value).text.trim().to_string();
    let squash = |s: &str| s.replace(' ', "");
    let mut exact: BTreeMap<i64, String> = BTreeMap::new();
    let mut partial: BTreeMap<i64, String> = BTreeMap::new();
    for (id, canonical, key, name) in &rows {
        for candidate in [Some(canonical.as_str()), name.as_deref()]
            .into_iter()
            .flatten()
        {
            let f = fold(candidate).text.trim().to_string();
            if f == want || squash(&f) == squash(&want) || key == value {
                exact.insert(*id, format!("{canonical} (key {key})"));
            } else if !want.is_empty()
                // Whole words of the name: "Damme", or "Van Damme" of "Jean Van Damme".
                && (format!(" {f} ").contains(&format!(" {want} "))
                    // ("Al" of "Al-Malik" too: a hyphen joins words of a name.)
                    || f.split(' ').any(|w| squash(w) == squash(&want))
                    || candidate
                        .split([' ', '-'])
                        .any(|w| squash(fold(w).text.trim()) == squash(&want))
                    // "Rashid" of "Mohammed al-Rashid": the surname without its particle.
                    || crate::extract::names::without_particle(candidate)
                        .is_some_and(|b| squash(&b) == squash(&want)))
            {
                partial.insert(*id, format!("{canonical} (key {key})"));
            }
        }
    }
    let pick = if exact.is_empty() { partial } else { exact };
    match pick.len() {
        0 => Err(Resolve::None),
        1 => pick.into_keys().next().ok_or(Resolve::None),
        _ => Err(Resolve::Many(pick.into_values().collect())),
    }
}

/// Splits `-p key=value`.
/// A view `report_NAME` for a report: its SQL when the report needs no parameter (then it is
/// created), or None (then a view of that name is dropped).
pub struct View {
    pub name: String,
    pub sql: Option<String>,
    pub description: String,
    /// Its columns and what each holds.
    pub columns: Vec<(String, String)>,
}

/// The views of every report, for the writer to install: `report_meetings` and so on, each
/// documented in catalog_docs.
pub fn views() -> Result<Vec<View>, ReportError> {
    Ok(all()?
        .values()
        .map(|r| View {
            name: format!("report_{}", r.name),
            sql: r.needs_no_parameter().then(|| r.view_sql()),
            description: format!(
                "The `{}` report as a view (diplocat report {}): {}",
                r.name, r.name, r.description
            ),
            columns: r.columns.clone(),
        })
        .collect())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_report_file_has_a_valid_header() -> Result<(), ReportError> {
        let reports = all()?;
        for name in [
            "meetings",
            "person",
            "organization",
            "contacts",
            "timeline",
            "articles",
            "positions",
            "mentions",
            "gaps",
        ] {
            assert!(reports.contains_key(name), "{name} missing");
        }
        Ok(())
    }

    /// Every report says what each column of its result holds, in its header, in order: the
    /// documentation of its view (catalog_docs) and of its Datasette query.
    #[test]
    fn every_report_documents_each_of_its_columns() -> Result<(), Box<dyn std::error::Error>> {
        let conn = crate::catalog::open_in_memory()?;
        for r in all()?.values() {
            let stmt = conn.prepare(&r.sql)?;
            let columns: Vec<&str> = stmt.column_names().collect();
            let documented: Vec<&str> = r.columns.iter().map(|(c, _)| c.as_str()).collect();
            assert_eq!(
                documented, columns,
                "reports/{}.sql: write a `-- column: NAME | what it holds` line for each column of its result, in order",
                r.name
            );
            for (c, about) in &r.columns {
                assert!(
                    !about.is_empty(),
                    "reports/{}.sql: column {c} has no description",
                    r.name
                );
            }
        }
        Ok(())
    }

    #[test]
    fn a_column_line_without_its_description_is_a_bad_header() {
        let text = "-- name: x\n-- description: y\n-- column: a\nSELECT 1 AS a";
        assert!(matches!(
            parse_report("x.sql", text),
            Err(ReportError::BadHeader { .. })
        ));
    }

    #[test]
    fn view_sql_replaces_parameters_but_not_longer_names() {
        assert_eq!(
            replace_param("a = :to AND b = :to_end", ":to", "NULL"),
            "a = NULL AND b = :to_end"
        );
    }
}
