//! Curated CSV files: one per kind of fact, each with a fixed header; read into rows that
//! remember their file, line and columns so every problem can be pointed at.

use std::collections::HashMap;

use super::source::SourceFile;
use super::Problem;

/// The header of one curated CSV file.
pub struct TableSpec {
    pub file: &'static str,
    pub required: &'static [&'static str],
    pub optional: &'static [&'static str],
}

pub const SPECS: &[TableSpec] = &[
    TableSpec {
        file: "outlets.csv",
        required: &["key", "name"],
        optional: &["url"],
    },
    TableSpec {
        file: "articles.csv",
        required: &["file"],
        optional: &[
            "url",
            "outlet",
            "published",
            "published_text",
            "title",
            "author",
            "dateline",
            "language",
        ],
    },
    TableSpec {
        file: "places.csv",
        required: &["key", "name", "kind"],
        optional: &["country"],
    },
    TableSpec {
        file: "people.csv",
        required: &["key", "name"],
        optional: &["description"],
    },
    TableSpec {
        file: "organizations.csv",
        required: &["key", "name", "kind"],
        optional: &["part_of", "description"],
    },
    TableSpec {
        file: "names.csv",
        required: &["entity", "name", "kind"],
        optional: &["valid_from", "valid_until"],
    },
    TableSpec {
        file: "positions.csv",
        required: &["key", "person", "title"],
        optional: &[
            "organization",
            "country",
            "start",
            "start_text",
            "end",
            "end_text",
        ],
    },
    TableSpec {
        file: "memberships.csv",
        required: &["key", "member", "organization"],
        optional: &["start", "start_text", "end", "end_text"],
    },
    TableSpec {
        file: "meetings.csv",
        required: &["key", "kind", "summary"],
        optional: &[
            "cameo_code",
            "date",
            "date_text",
            "date_basis",
            "place",
            "topics",
        ],
    },
    TableSpec {
        file: "participants.csv",
        required: &["meeting", "participant", "role"],
        optional: &["position"],
    },
    TableSpec {
        file: "evidence.csv",
        required: &["fact", "article", "sentence"],
        optional: &["confidence"],
    },
];

/// One data row of a curated file.
#[derive(Debug, Clone)]
pub struct Row {
    pub file: String,
    pub line: u64,
    fields: HashMap<&'static str, (usize, String)>,
}

impl Row {
    /// The value of a column, trimmed; "" when empty or absent.
    pub fn get(&self, column: &str) -> &str {
        self.fields.get(column).map(|(_, v)| v.trim()).unwrap_or("")
    }

    /// The value of a column, or None when empty.
    pub fn opt(&self, column: &str) -> Option<&str> {
        let v = self.get(column);
        (!v.is_empty()).then_some(v)
    }

    /// A problem with one cell of this row.
    pub fn problem(&self, column: &str, message: impl Into<String>) -> Problem {
        Problem {
            file: self.file.clone(),
            line: Some(self.line),
            column: Some(match self.fields.get(column) {
                Some((i, _)) => format!("{} ({column})", i + 1),
                None => column.to_string(),
            }),
            value: Some(self.get(column).to_string()),
            message: message.into(),
        }
    }
}

/// Reads a curated CSV file; header and shape problems are added to `problems`.
pub fn read_table(
    file: &SourceFile,
    problems: &mut Vec<Problem>,
) -> Option<(&'static TableSpec, Vec<Row>)> {
    let known: Vec<&str> = SPECS.iter().map(|s| s.file).collect();
    let Some(spec) = SPECS.iter().find(|s| s.file == file.name) else {
        problems.push(Problem::file(
            &file.path,
            format!(
                "is not a curated file diplocat knows; rename it to one of: {}",
                known.join(", ")
            ),
        ));
        return None;
    };
    let bytes = match file.bytes() {
        Ok(b) => b,
        Err(p) => {
            problems.push(p);
            return None;
        }
    };
    let text = match std::str::from_utf8(&bytes) {
        Ok(t) => t.strip_prefix('\u{feff}').unwrap_or(t),
        Err(e) => {
            problems.push(Problem {
                file: file.path.clone(),
                line: None,
                column: None,
                value: None,
                message: format!(
                    "is not UTF-8 text (invalid byte at offset {}); save it as UTF-8",
                    e.valid_up_to()
                ),
            });
            return None;
        }
    };
    let mut reader = csv::ReaderBuilder::new()
        .has_headers(true)
        .flexible(true)
        .from_reader(text.as_bytes());
    let headers = match reader.headers() {
        Ok(h) => h.clone(),
        Err(e) => {
            problems.push(Problem::file(
                &file.path,
                format!("cannot read the header: {e}"),
            ));
            return None;
        }
    };
    let expected: Vec<&str> = spec.required.iter().chain(spec.optional).copied().collect();
    let mut columns: HashMap<&'static str, usize> = HashMap::new();
    let before = problems.len();
    for (i, h) in headers.iter().enumerate() {
        let h = h.trim();
        match expected.iter().find(|e| **e == h) {
            None => problems.push(Problem {
                file: file.path.clone(),
                line: Some(1),
                column: Some((i + 1).to_string()),
                value: Some(h.to_string()),
                message: format!(
                    "unknown column; {} has the columns {}",
                    spec.file,
                    expected.join(", ")
                ),
            }),
            Some(e) => {
                if columns.insert(e, i).is_some() {
                    problems.push(Problem {
                        file: file.path.clone(),
                        line: Some(1),
                        column: Some((i + 1).to_string()),
                        value: Some(h.to_string()),
                        message: "this column is named twice; keep one".to_string(),
                    });
                }
            }
        }
    }
    for r in spec.required {
        if !columns.contains_key(r) {
            problems.push(Problem {
                file: file.path.clone(),
                line: Some(1),
                column: None,
                value: Some(headers.iter().collect::<Vec<_>>().join(",")),
                message: format!(
                    "the header lacks the required column '{r}'; {} needs {}",
                    spec.file,
                    spec.required.join(", ")
                ),
            });
        }
    }
    if problems.len() > before {
        return None;
    }
    let mut rows = Vec::new();
    for record in reader.records() {
        match record {
            Ok(rec) if rec.len() != headers.len() => {
                let line = rec.position().map(|p| p.line()).unwrap_or(0);
                let (len, expected) = (rec.len(), headers.len());
                let runs_on = rec
                    .iter()
                    .map(|f| f.matches('\n').count() as u64)
                    .sum::<u64>();
                let message = if runs_on > 0 {
                    format!("a quote opened in this row is never closed, so the row runs on to line {}; close the quote (write a quote inside a field as \"\")", line + runs_on)
                } else {
                    format!("this row has {len} fields but the header has {expected}; quote fields that contain commas")
                };
                let first_line: String = rec
                    .iter()
                    .collect::<Vec<_>>()
                    .join(",")
                    .lines()
                    .next()
                    .unwrap_or_default()
                    .to_string();
                problems.push(Problem {
                    file: file.path.clone(),
                    line: Some(line),
                    column: None,
                    value: Some(first_line),
                    message,
                });
            }
            Ok(rec) => {
                let line = rec.position().map(|p| p.line()).unwrap_or(0);
                let mut fields = HashMap::new();
                for (name, i) in &columns {
                    fields.insert(*name, (*i, rec.get(*i).unwrap_or("").to_string()));
                }
                let row = Row {
                    file: file.path.clone(),
                    line,
                    fields,
                };
                for r in spec.required {
                    if row.get(r).is_empty() {
                        problems.push(row.problem(r, "this column must not be empty"));
                    }
                }
                rows.push(row);
            }
            Err(e) => {
                let line = e.position().map(|p| p.line());
                let message = match e.kind() {
                    csv::ErrorKind::UnequalLengths { expected_len, len, .. } => format!(
                        "this row has {len} fields but the header has {expected_len}; quote fields that contain commas"
                    ),
                    _ => format!("{e}; check the quoting of this row"),
                };
                problems.push(Problem {
                    file: file.path.clone(),
                    line,
                    column: None,
                    value: None,
                    message,
                });
                // The reader cannot resynchronise after a broken quote; stop this file here.
                if !matches!(e.kind(), csv::ErrorKind::UnequalLengths { .. }) {
                    break;
                }
            }
        }
    }
    Some((spec, rows))
}
