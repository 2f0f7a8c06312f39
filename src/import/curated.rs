//! Curated CSV files: one per kind of fact, each with a fixed header; read into rows that
//! remember their file, line and columns so every problem can be pointed at.

use std::collections::HashMap;
use std::sync::Arc;

use serde::de::DeserializeOwned;
use serde::Deserialize;

use super::source::SourceFile;
use super::Problem;

/// The header of one curated CSV file.
pub struct TableSpec {
    pub file: &'static str,
    pub required: &'static [&'static str],
    pub optional: &'static [&'static str],
    /// A file that may be a report's output filled in by hand: other columns are ignored,
    /// and a row whose `skip_unless` column is empty is one nobody decided on and is skipped.
    pub skip_unless: Option<&'static str>,
}

/// A row of one curated file, typed: what the loader reads it into.
pub trait CuratedRow: DeserializeOwned {
    const SPEC: TableSpec;
    /// The value of a column by its name in the header, to point at it in a problem.
    fn value(&self, column: &str) -> Option<&str>;
}

/// Defines each curated file once: its row struct (a required column is a `String`, never
/// empty once read; an optional one an `Option<String>`, `None` when empty), its header, and
/// where its rows go in [`CuratedRows`].
macro_rules! curated_files {
    ($($(#[$doc:meta])* $file:literal => $ty:ident in $field:ident {
        required: [$($req:ident),*],
        optional: [$($opt:ident),*] $(,)?
        $(skip_unless: $skip:literal $(,)?)?
    })*) => {
        $(
            $(#[$doc])*
            #[derive(Debug, Clone, Default, Deserialize)]
            pub struct $ty {
                $(pub $req: String,)*
                $(#[serde(default)] pub $opt: Option<String>,)*
            }

            impl CuratedRow for $ty {
                const SPEC: TableSpec = TableSpec {
                    file: $file,
                    required: &[$(stringify!($req)),*],
                    optional: &[$(stringify!($opt)),*],
                    skip_unless: [$(Some($skip),)? None][0],
                };
                fn value(&self, column: &str) -> Option<&str> {
                    match column {
                        $(stringify!($req) => Some(self.$req.as_str()),)*
                        $(stringify!($opt) => self.$opt.as_deref(),)*
                        _ => None,
                    }
                }
            }
        )*

        /// Every curated file's header.
        pub const SPECS: &[TableSpec] = &[$($ty::SPEC),*];

        /// The rows of every curated file of an import, each where it was read.
        #[derive(Debug, Default)]
        pub struct CuratedRows {
            $(pub $field: Vec<Located<$ty>>,)*
            /// Every curated file read, as (path, file name): a file left with no row is
            /// still one whose removed rows are removed.
            pub files: Vec<(String, &'static str)>,
        }

        impl CuratedRows {
            /// Every non-empty value of every column of every row: the only keys of the
            /// catalog that validating these rows needs to know about.
            pub fn values(&self) -> std::collections::HashSet<&str> {
                let mut out = std::collections::HashSet::new();
                $(
                    for r in &self.$field {
                        for column in $ty::SPEC.required.iter().chain($ty::SPEC.optional) {
                            if let Some(v) = r.row.value(column).filter(|v| !v.is_empty()) {
                                out.insert(v);
                            }
                        }
                    }
                )*
                out
            }
        }

        /// Reads one curated file (recognised by its name) into `rows`.
        pub fn read_table(file: &SourceFile, rows: &mut CuratedRows, problems: &mut Vec<Problem>) {
            $(
                if file.name == $file {
                    rows.files.push((file.path.clone(), $file));
                    rows.$field.extend(read_rows::<$ty>(file, problems));
                    return;
                }
            )*
            problems.push(not_curated(file));
        }
    };
}

/// Whether a CSV file's name is one of the curated files'.
pub fn is_curated(file: &SourceFile) -> bool {
    SPECS.iter().any(|s| s.file == file.name)
}

/// A CSV file in a folder that is none of the curated files.
pub fn not_curated(file: &SourceFile) -> Problem {
    Problem::file(
        &file.path,
        format!(
            "is not a curated file diplocat knows (an import reads every file of its folders); move it out of the folder, or, if it holds curated rows, rename it to one of: {}",
            SPECS.iter().map(|s| s.file).collect::<Vec<_>>().join(", ")
        ),
    )
}

curated_files! {
    "outlets.csv" => OutletRow in outlets { required: [key, name], optional: [url] }
    /// What the layout parser cannot know about an article, or gets wrong.
    "articles.csv" => ArticleRow in articles {
        required: [file],
        optional: [url, outlet, published, published_text, title, author, dateline, language],
    }
    "places.csv" => PlaceRow in places { required: [key, name, kind], optional: [country] }
    "people.csv" => PersonRow in people { required: [key, name], optional: [description] }
    "organizations.csv" => OrganizationRow in organizations {
        required: [key, name, kind],
        optional: [part_of, description],
    }
    "names.csv" => NameRow in names {
        required: [entity, name, kind],
        optional: [valid_from, valid_until],
    }
    "positions.csv" => PositionRow in positions {
        required: [key, person, title],
        optional: [organization, country, start, start_text, end, end_text],
    }
    "memberships.csv" => MembershipRow in memberships {
        required: [key, member, organization],
        optional: [start, start_text, end, end_text],
    }
    "meetings.csv" => MeetingRow in meetings {
        required: [key, kind, summary],
        optional: [cameo_code, date, date_text, date_basis, place, topics],
    }
    "participants.csv" => ParticipantRow in participants {
        required: [meeting, participant, role],
        optional: [position],
    }
    "evidence.csv" => EvidenceRow in evidence {
        required: [fact, article, sentence],
        optional: [confidence],
    }
    /// A person's corrections: `diplocat report review --format csv` with its action column
    /// filled in, or a file of its own with these columns.
    "decisions.csv" => DecisionRow in decisions {
        required: [subject, action],
        optional: [value, reason],
        skip_unless: "action",
    }
}

/// Whether a curated file has this column (columns named in generic code are checked in
/// debug builds, so that a misspelt one fails the tests instead of reading as empty).
/// The line a record starts on, counted from its byte offset: the CSV reader's own line count
/// is one short in a file with CRLF line ends (as spreadsheets save CSV).
pub(crate) fn line_of(text: &str, p: &csv::Position) -> u64 {
    let bytes = text.as_bytes();
    let mut byte = (p.byte() as usize).min(bytes.len());
    // After a CR the reader's record starts at the LF that ends the line before.
    while byte < bytes.len() && matches!(bytes[byte], b'\r' | b'\n') {
        byte += 1;
    }
    bytes[..byte].iter().filter(|b| **b == b'\n').count() as u64 + 1
}

fn has_column<T: CuratedRow>(column: &str) -> bool {
    T::SPEC.required.contains(&column) || T::SPEC.optional.contains(&column)
}

/// A typed row and where it was read: its file, its line, and which column holds what.
#[derive(Debug, Clone)]
pub struct Located<T> {
    /// The CSV file (named so as not to hide a column called `file`).
    pub csv_path: String,
    pub csv_line: u64,
    /// Column name -> its position in the file's header.
    columns: Arc<HashMap<&'static str, usize>>,
    row: T,
}

impl<T> std::ops::Deref for Located<T> {
    type Target = T;
    fn deref(&self) -> &T {
        &self.row
    }
}

impl<T> std::ops::DerefMut for Located<T> {
    fn deref_mut(&mut self) -> &mut T {
        &mut self.row
    }
}

impl<T: CuratedRow> Located<T> {
    /// A problem with one cell of this row.
    pub fn problem(&self, column: &str, message: impl Into<String>) -> Problem {
        debug_assert!(
            has_column::<T>(column),
            "{} has no column {column}",
            T::SPEC.file
        );
        Problem {
            file: self.csv_path.clone(),
            line: Some(self.csv_line),
            column: Some(match self.columns.get(column) {
                Some(i) => format!("{} ({column})", i + 1),
                None => column.to_string(),
            }),
            value: Some(self.row.value(column).unwrap_or("").to_string()),
            message: message.into(),
        }
    }

    /// Whether the file's header has this column.
    pub fn in_header(&self, column: &str) -> bool {
        self.columns.contains_key(column)
    }

    /// A column's value, or None when it is empty.
    pub fn opt(&self, column: &str) -> Option<&str> {
        debug_assert!(
            has_column::<T>(column),
            "{} has no column {column}",
            T::SPEC.file
        );
        self.row.value(column).filter(|v| !v.is_empty())
    }
}

/// Reads a curated CSV file into typed rows; header and shape problems are added to `problems`.
fn read_rows<T: CuratedRow>(file: &SourceFile, problems: &mut Vec<Problem>) -> Vec<Located<T>> {
    let spec = &T::SPEC;
    let bytes = match file.bytes() {
        Ok(b) => b,
        Err(p) => {
            problems.push(p);
            return Vec::new();
        }
    };
    let text = match std::str::from_utf8(&bytes) {
        Ok(t) => t.strip_prefix('\u{feff}').unwrap_or(t),
        Err(e) => {
            let at = e.valid_up_to();
            let (line, column) = super::source::line_and_column(&bytes, at);
            problems.push(Problem {
                file: file.path.clone(),
                line: Some(line),
                column: Some(column.to_string()),
                value: bytes.get(at).map(|b| format!("byte 0x{b:02x}")),
                message: format!(
                    "is not UTF-8 text (at byte offset {at}); save it as UTF-8 (Latin-1: `iconv -f latin1 -t UTF-8`)"
                ),
            });
            return Vec::new();
        }
    };
    let expected: Vec<&str> = spec.required.iter().chain(spec.optional).copied().collect();
    if text.trim().is_empty() {
        problems.push(Problem::file(
            &file.path,
            format!(
                "is empty; {} starts with the header {}",
                spec.file,
                expected.join(",")
            ),
        ));
        return Vec::new();
    }
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
            return Vec::new();
        }
    };
    // A table `diplocat export` wrote (its first column the catalog's own `id`): one problem
    // that says so, not one per column.
    if headers.get(0).map(str::trim) == Some("id") && !expected.contains(&"id") {
        problems.push(Problem {
            file: file.path.clone(),
            line: Some(1),
            column: Some("1".to_string()),
            value: Some("id".to_string()),
            message: format!(
                "this is a table `diplocat export` wrote (its first column is the catalog's id), not a curated file; {} has the columns {} (see the files in seed/ and the README's \"Curated CSV files\")",
                spec.file,
                expected.join(", "),
            ),
        });
        return Vec::new();
    }
    let mut columns: HashMap<&'static str, usize> = HashMap::new();
    let before = problems.len();
    for (i, h) in headers.iter().enumerate() {
        let h = h.trim();
        match expected.iter().find(|e| **e == h) {
            None if spec.skip_unless.is_some() => {}
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
        return Vec::new();
    }
    let columns = Arc::new(columns);
    // The header as the row structs name their fields, for serde.
    let names = csv::StringRecord::from(
        headers
            .iter()
            .map(|h| h.trim().to_string())
            .collect::<Vec<_>>(),
    );
    let line_of = |p: &csv::Position| -> u64 { line_of(text, p) };
    let mut rows = Vec::new();
    for record in reader.records() {
        match record {
            Ok(rec) if rec.len() != headers.len() => {
                let line = rec.position().map(line_of).unwrap_or(0);
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
            Ok(mut rec) => {
                let line = rec.position().map(line_of).unwrap_or(0);
                // A control character (a NUL, an escape) in a cell is a damaged file, not a
                // name: it would be stored and matched against articles as it is.
                let damaged: Vec<Problem> = rec
                    .iter()
                    .enumerate()
                    .filter_map(|(i, field)| {
                        let c = field
                            .chars()
                            .find(|c| c.is_control() && !matches!(c, '\t' | '\n' | '\r'))?;
                        Some(Problem {
                            file: file.path.clone(),
                            line: Some(line),
                            column: Some(format!("{} ({})", i + 1, headers.get(i).unwrap_or("").trim())),
                            value: Some(field.to_string()),
                            message: format!(
                                "contains the control character U+{:04X}; remove it (save the file as plain UTF-8 text)",
                                c as u32
                            ),
                        })
                    })
                    .collect();
                if !damaged.is_empty() {
                    problems.extend(damaged);
                    continue;
                }
                // A quote opened in the last column and never closed swallows the rows after
                // it into one value: a line of that value with a row's commas is a row.
                let swallowed = rec.iter().enumerate().find_map(|(i, field)| {
                    let commas = headers.len().saturating_sub(1).max(1);
                    let row_like = field
                        .lines()
                        .skip(1)
                        .filter(|l| l.matches(',').count() >= commas)
                        .count();
                    (row_like > 0).then_some((i, field, row_like))
                });
                if let Some((i, field, row_like)) = swallowed {
                    problems.push(Problem {
                        file: file.path.clone(),
                        line: Some(line),
                        column: Some(format!("{} ({})", i + 1, headers.get(i).unwrap_or("").trim())),
                        value: Some(field.lines().next().unwrap_or_default().to_string()),
                        message: format!(
                            "a quote opened in this value is never closed, so it swallows {row_like} line(s) that look like rows; close the quote (write a quote inside a field as \"\")"
                        ),
                    });
                    continue;
                }
                rec.trim();
                let row = match rec.deserialize::<T>(Some(&names)) {
                    Ok(row) => row,
                    Err(e) => {
                        problems.push(Problem {
                            file: file.path.clone(),
                            line: Some(line),
                            column: None,
                            value: None,
                            message: format!("{e}; fix this row"),
                        });
                        continue;
                    }
                };
                let row = Located {
                    csv_path: file.path.clone(),
                    csv_line: line,
                    columns: Arc::clone(&columns),
                    row,
                };
                if spec.skip_unless.is_some_and(|c| row.opt(c).is_none()) {
                    continue;
                }
                for r in spec.required {
                    if row.opt(r).is_none() {
                        problems.push(row.problem(r, "this column must not be empty"));
                    }
                }
                rows.push(row);
            }
            Err(e) => {
                let line = e.position().map(line_of);
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
    rows
}
