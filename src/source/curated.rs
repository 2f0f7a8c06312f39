//! Curated CSV files: one per kind of fact, each with a fixed header; read into rows that
//! remember their file, line and columns so every problem can be pointed at.

use std::collections::HashMap;
use std::sync::Arc;

use serde::de::DeserializeOwned;
use serde::Deserialize;

use super::{Problem, SourceFile};

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

        /// Reads one curated file (recognised by its name) into `rows`. `beside_articles`:
        /// the file's folder also holds articles (a table export wrote there says what to do).
        pub fn read_table(
            file: &SourceFile,
            beside_articles: bool,
            rows: &mut CuratedRows,
            problems: &mut Vec<Problem>,
        ) {
            $(
                if file.name == $file {
                    rows.files.push((file.path.clone(), $file));
                    rows.$field.extend(read_rows::<$ty>(file, beside_articles, problems));
                    return;
                }
            )*
            problems.push(not_curated(file));
        }
    };
}

/// A curated file's columns as the messages say them: "the columns key, kind, summary
/// (required) and cameo_code, date (optional), in any order".
pub fn columns_said(spec: &TableSpec) -> String {
    let mut said = format!("the columns {} (required)", spec.required.join(", "));
    if !spec.optional.is_empty() {
        said.push_str(&format!(" and {} (optional)", spec.optional.join(", ")));
    }
    said.push_str(", in any order");
    if spec.skip_unless.is_some() {
        said.push_str(", and any others, which are ignored");
    }
    said
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

/// What to say of a row with another number of fields than its header when a quote opened in it
/// is never closed: the reader then reads the row on over the lines after it (its fields hold
/// line breaks), to the end of the file (the quotes from the row's first byte on are odd in
/// number). None when no quote is left open. Curated files and `evaluate`'s files say it alike.
pub(crate) fn unclosed_quote(text: &str, rec: &csv::StringRecord, line: u64) -> Option<String> {
    let runs_on = rec
        .iter()
        .map(|f| f.matches('\n').count() as u64)
        .sum::<u64>();
    let from = rec
        .position()
        .map_or(0, |p| (p.byte() as usize).min(text.len()));
    // Read on to the end of the file: its last field ends where the file does.
    let to_the_end = rec
        .iter()
        .next_back()
        .is_some_and(|f| !f.trim().is_empty() && text.trim_end().ends_with(f.trim_end()));
    let open = to_the_end
        && text.as_bytes()[from..]
            .iter()
            .filter(|b| **b == b'"')
            .count()
            % 2
            == 1;
    (runs_on > 0 || open).then(|| {
        format!("a quote opened in this row is never closed, so the row runs on to line {}; close the quote (write a quote inside a field as \"\")", line + runs_on)
    })
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

/// Where a byte lies in CSV text: the field of its record it is in (0-based) and that field's
/// bytes (from its first byte to its comma or line end), quotes as RFC 4180 has them. Read
/// from the start of the file, so that a quoted field over several lines is one field.
fn field_at(bytes: &[u8], at: usize) -> (usize, std::ops::Range<usize>) {
    let (mut field, mut start, mut quoted) = (0, 0, false);
    for (i, b) in bytes.iter().enumerate().take(at) {
        match b {
            b'"' => quoted = !quoted,
            b',' if !quoted => (field, start) = (field + 1, i + 1),
            b'\n' if !quoted => (field, start) = (0, i + 1),
            _ => {}
        }
    }
    let mut end = at;
    while let Some(b) = bytes.get(end) {
        match b {
            b'"' => quoted = !quoted,
            b',' | b'\r' | b'\n' if !quoted => break,
            _ => {}
        }
        end += 1;
    }
    (field, start..end)
}

/// A curated file that is not UTF-8: its line, its CSV column (with the header's name for it)
/// and the field's text as far as it can be read, and where the first byte of another encoding
/// is in the line.
fn not_utf8(path: &str, bytes: &[u8], at: usize) -> Problem {
    let (line, column) = super::line_and_column(bytes, at);
    // A picture or an archive saved under a curated file's name: its bytes are no field's
    // text, and converting it from Latin-1 would not help (as article import says of one).
    if super::looks_binary(bytes) {
        return Problem {
            file: path.to_string(),
            line: Some(line),
            column: Some(column.to_string()),
            value: Some(format!("byte 0x{:02x}", bytes.get(at).copied().unwrap_or_default())),
            message: format!("is not UTF-8 text (at byte offset {at}) and looks binary (control bytes, or mostly bytes of no text), not a CSV file: give the curated file as CSV text saved as UTF-8"),
        };
    }
    let line_start = bytes[..at.min(bytes.len())]
        .iter()
        .rposition(|b| *b == b'\n')
        .map_or(0, |p| p + 1);
    let (field, range) = field_at(bytes, at);
    let text = |r: std::ops::Range<usize>| {
        let raw = String::from_utf8_lossy(bytes.get(r).unwrap_or_default()).to_string();
        let raw = raw.trim_start_matches('\u{feff}').trim();
        raw.strip_prefix('"')
            .and_then(|r| r.strip_suffix('"'))
            .unwrap_or(raw)
            .replace("\"\"", "\"")
    };
    // The header's name for the column, when the header is before the byte and readable.
    let header_end = bytes
        .iter()
        .position(|b| *b == b'\n')
        .unwrap_or(bytes.len());
    let name = (at > header_end)
        .then(|| {
            let mut names = Vec::new();
            let mut from = 0;
            while from <= header_end {
                let (_, r) = field_at(&bytes[..header_end], from);
                let next = r.end + 1;
                names.push(text(r));
                from = next;
            }
            names.get(field).cloned()
        })
        .flatten()
        .filter(|n| !n.is_empty() && !n.contains('\u{fffd}'));
    Problem {
        file: path.to_string(),
        line: Some(line),
        column: Some(match name {
            Some(n) => format!("{} ({n})", field + 1),
            None => (field + 1).to_string(),
        }),
        value: Some(text(range)),
        message: format!(
            "is not UTF-8 text (byte 0x{:02x}, byte {} of the line); save it as UTF-8 (Latin-1: `iconv -f latin1 -t UTF-8`)",
            bytes.get(at).copied().unwrap_or_default(),
            at - line_start + 1
        ),
    }
}

/// Reads a curated CSV file into typed rows; header and shape problems are added to `problems`.
fn read_rows<T: CuratedRow>(
    file: &SourceFile,
    beside_articles: bool,
    problems: &mut Vec<Problem>,
) -> Vec<Located<T>> {
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
            problems.push(not_utf8(&file.path, &bytes, e.valid_up_to()));
            return Vec::new();
        }
    };
    let expected: Vec<&str> = spec.required.iter().chain(spec.optional).copied().collect();
    if text.trim().is_empty() {
        problems.push(Problem::file(
            &file.path,
            format!(
                "is empty; {} starts with the header {} ({})",
                spec.file,
                expected.join(","),
                columns_said(spec)
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
    // that says so, not one per column. Beside articles, export wrote it into their folder:
    // say how to part them.
    if headers.get(0).map(str::trim) == Some("id") && !expected.contains(&"id") {
        let message = if beside_articles {
            let folder = std::path::Path::new(&file.path)
                .parent()
                .filter(|p| !p.as_os_str().is_empty())
                .map(|p| p.display().to_string())
                .unwrap_or_else(|| ".".to_string());
            format!(
                "this is a table `diplocat export` wrote (its first column is the catalog's id), not a curated file, in {folder} beside the articles; remove the CSV files export wrote there, or move the articles to a folder of their own and import that"
            )
        } else {
            format!(
                "this is a table `diplocat export` wrote (its first column is the catalog's id), not a curated file; {} has {} (see the README's \"Curated CSV files\")",
                spec.file,
                columns_said(spec),
            )
        };
        problems.push(Problem {
            file: file.path.clone(),
            line: Some(1),
            column: Some("1".to_string()),
            value: Some("id".to_string()),
            message,
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
                    "unknown column; {} has {} (see the README's \"Curated CSV files\")",
                    spec.file,
                    columns_said(spec)
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
                    "the header lacks the required column '{r}'; {} has {}",
                    spec.file,
                    columns_said(spec)
                ),
            });
        }
    }
    // A file saved with `;` between its fields (a spreadsheet set to a European locale does
    // that): one problem that says so, not one per column it failed to find.
    let header_line = text
        .lines()
        .next()
        .unwrap_or_default()
        .trim_end_matches('\r');
    let by_semicolon: Vec<&str> = header_line.split(';').map(str::trim).collect();
    if problems.len() > before
        && by_semicolon.len() > 1
        && (!header_line.contains(',') || by_semicolon.iter().all(|h| expected.contains(h)))
    {
        problems.truncate(before);
        problems.push(Problem {
            file: file.path.clone(),
            line: Some(1),
            column: None,
            value: Some(header_line.to_string()),
            message: format!(
                "the fields are separated by ';', and diplocat reads CSV separated by commas (header {}); save the file with commas: in Excel, Save As \"CSV UTF-8 (comma delimited)\"; in LibreOffice, Save As CSV with the field delimiter ','",
                expected.join(",")
            ),
        });
        return Vec::new();
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
                let message = unclosed_quote(text, &rec, line).unwrap_or_else(|| {
                    format!("this row has {len} fields but the header has {expected}; quote fields that contain commas")
                });
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

#[cfg(test)]
mod tests {
    use super::*;

    /// A byte of another encoding is named by its CSV column (as every other problem of a
    /// curated file is), with the field's text and where it is in the line.
    #[test]
    fn a_byte_that_is_not_utf8_is_named_by_its_csv_column() {
        let cases: &[(&[u8], &str)] = &[
            (
                b"key,name,description\nmarie-curie,Marie Curie,Chimiste fran\xe7aise\n",
                "people.csv:2: column 3 (description): value \"Chimiste fran\u{fffd}aise\": is not UTF-8 text (byte 0xe7, byte 38 of the line)",
            ),
            // A quoted comma is no column's end; CRLF line ends.
            (
                b"key,name,description\r\n\"curie, marie\",Mar\xeda Curie,x\r\n",
                "people.csv:2: column 2 (name): value \"Mar\u{fffd}a Curie\": is not UTF-8 text (byte 0xed, byte 19 of the line)",
            ),
            // A quoted value over two lines is one field, on the line of the byte.
            (
                b"key,name,description\nada,Ada,\"first line\nsecond l\xednea\"\n",
                "people.csv:3: column 3 (description): value \"first line\\nsecond l\u{fffd}nea\": is not UTF-8 text (byte 0xed, byte 9 of the line)",
            ),
            // In the header itself: no name to give it.
            (
                b"key,n\xe1me\n",
                "people.csv:1: column 2: value \"n\u{fffd}me\": is not UTF-8 text (byte 0xe1, byte 6 of the line)",
            ),
        ];
        for (bytes, expected) in cases {
            let at = match std::str::from_utf8(bytes) {
                Err(e) => e.valid_up_to(),
                Ok(_) => panic!("{expected}: the case is UTF-8"),
            };
            let shown = not_utf8("people.csv", bytes, at).to_string();
            assert!(shown.starts_with(expected), "{shown}");
        }
    }
}
