//! Output formats: one `Format` enum that is both the --format flag and the writer of rows,
//! streaming to any io::Write; CSV for spreadsheets (--excel) never carries a live formula.

use std::io::{self, Write};

use rusqlite::types::Value;
use unicode_width::UnicodeWidthStr;

#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum Format {
    /// Aligned columns for reading in a terminal (long cells shortened).
    Table,
    /// RFC 4180 CSV with a header row.
    Csv,
    /// Tab-separated values with a header row.
    Tsv,
    /// A JSON array of objects.
    Json,
    /// One JSON object per line.
    Ndjson,
}

impl Format {
    /// The format a file's name asks for: .csv, .tsv (.tab), .json, .ndjson (.jsonl); none
    /// for other names (a table is for the terminal, never chosen by a file's name).
    pub fn from_extension(path: &std::path::Path) -> Option<Format> {
        let ext = path.extension()?.to_str()?.to_ascii_lowercase();
        Some(match ext.as_str() {
            "csv" => Format::Csv,
            "tsv" | "tab" => Format::Tsv,
            "json" => Format::Json,
            "ndjson" | "jsonl" => Format::Ndjson,
            _ => return None,
        })
    }
}

/// Options that shape the text of the output.
#[derive(Debug, Clone, Copy, Default)]
pub struct Style {
    /// Spreadsheet-safe CSV: byte-order mark, CRLF, formula-looking cells neutralised.
    pub excel: bool,
}

/// Rows written as they come; only table mode holds a screenful to align it.
pub trait RowSink {
    fn row(&mut self, values: &[Value]) -> io::Result<()>;
    fn finish(&mut self) -> io::Result<()>;
}

/// A line for the person at the terminal (a note, a count, an error) on standard error. A
/// closed standard error (`2>&1 | head -1`) is not an error of the command: the line is lost,
/// never a panic.
pub fn note(line: &str) {
    let _ = writeln!(io::stderr().lock(), "{line}");
}

/// Text as a terminal should show it: control characters (ESC, BEL, a newline inside a file
/// name) are written as escapes (`\u{1b}`, `\n`), so that data can neither move the cursor
/// nor fake a line of output. CSV and JSON output stay exact; this is for tables and messages.
pub fn printable(s: &str) -> std::borrow::Cow<'_, str> {
    // Control characters, and the bidirectional overrides that reorder what a terminal shows.
    let hidden =
        |c: char| c.is_control() || matches!(c, '\u{202a}'..='\u{202e}' | '\u{2066}'..='\u{2069}');
    if !s.chars().any(hidden) {
        return std::borrow::Cow::Borrowed(s);
    }
    let mut out = String::with_capacity(s.len() + 8);
    for c in s.chars() {
        if hidden(c) {
            out.extend(c.escape_default());
        } else {
            out.push(c);
        }
    }
    std::borrow::Cow::Owned(out)
}

/// A text cell that a spreadsheet would not keep as it is gets a leading apostrophe: one it
/// would run as a formula (CWE-1236), and digits it would read as a number and change (a
/// leading zero, as in the CAMEO code "040", or more digits than a number keeps).
pub fn neutralise(cell: &str) -> std::borrow::Cow<'_, str> {
    let digits = !cell.is_empty() && cell.bytes().all(|b| b.is_ascii_digit());
    let changed_as_number =
        digits && ((cell.len() > 1 && cell.starts_with('0')) || cell.len() > 15);
    if cell.starts_with(['=', '+', '-', '@', '\t', '\r']) || changed_as_number {
        std::borrow::Cow::Owned(format!("'{cell}"))
    } else {
        std::borrow::Cow::Borrowed(cell)
    }
}

fn text_of(v: &Value) -> String {
    match v {
        Value::Null => String::new(),
        Value::Integer(i) => i.to_string(),
        Value::Real(f) => f.to_string(),
        Value::Text(t) => t.clone(),
        Value::Blob(b) => hex(b),
    }
}

/// A blob as lower-case hexadecimal.
fn hex(bytes: &[u8]) -> String {
    const DIGITS: &[u8; 16] = b"0123456789abcdef";
    let mut out = String::with_capacity(bytes.len() * 2);
    for b in bytes {
        out.push(DIGITS[usize::from(b >> 4)] as char);
        out.push(DIGITS[usize::from(b & 15)] as char);
    }
    out
}

fn json_of(v: &Value) -> serde_json::Value {
    match v {
        Value::Null => serde_json::Value::Null,
        Value::Integer(i) => (*i).into(),
        Value::Real(f) => serde_json::Number::from_f64(*f)
            .map(serde_json::Value::Number)
            .unwrap_or(serde_json::Value::Null),
        Value::Text(t) => t.clone().into(),
        Value::Blob(b) => hex(b).into(),
    }
}

/// A JSON writer's error as an I/O error of the same kind, so that a closed pipe stays one
/// (serde_json's error does not give its I/O error as a source).
pub fn json_io(e: serde_json::Error) -> io::Error {
    match e.io_error_kind() {
        Some(kind) => io::Error::from(kind),
        None => io::Error::other(e),
    }
}

/// A CSV writer's error as an I/O error of the same kind, so that a closed pipe stays one.
fn csv_io(e: csv::Error) -> io::Error {
    match e.into_kind() {
        csv::ErrorKind::Io(io) => io,
        other => io::Error::other(format!("cannot write CSV: {other:?}")),
    }
}

struct DelimitedSink<W: Write> {
    writer: csv::Writer<W>,
    excel: bool,
}

impl<W: Write> RowSink for DelimitedSink<W> {
    fn row(&mut self, values: &[Value]) -> io::Result<()> {
        let cells = values.iter().map(|v| {
            let t = text_of(v);
            if self.excel && matches!(v, Value::Text(_)) {
                neutralise(&t).into_owned()
            } else {
                t
            }
        });
        self.writer.write_record(cells).map_err(csv_io)
    }
    fn finish(&mut self) -> io::Result<()> {
        self.writer.flush()
    }
}

struct JsonSink<W: Write> {
    out: W,
    columns: Vec<String>,
    first: bool,
    array: bool,
}

impl<W: Write> RowSink for JsonSink<W> {
    fn row(&mut self, values: &[Value]) -> io::Result<()> {
        let mut obj = serde_json::Map::new();
        for (c, v) in self.columns.iter().zip(values) {
            obj.insert(c.clone(), json_of(v));
        }
        let text = serde_json::to_string(&obj).map_err(io::Error::other)?;
        if self.array {
            self.out
                .write_all(if self.first { b"[\n" } else { b",\n" })?;
        }
        self.first = false;
        self.out.write_all(text.as_bytes())?;
        if !self.array {
            self.out.write_all(b"\n")?;
        }
        Ok(())
    }
    fn finish(&mut self) -> io::Result<()> {
        if self.array {
            self.out
                .write_all(if self.first { b"[]\n" } else { b"\n]\n" })?;
        }
        self.out.flush()
    }
}

const TABLE_CELL_MAX: usize = 60;
const TABLE_CHUNK: usize = 1000;

struct TableSink<W: Write> {
    out: W,
    columns: Vec<String>,
    pending: Vec<Vec<String>>,
    widths: Option<Vec<usize>>,
}

fn shorten(s: &str, max: usize) -> String {
    // Line breaks and tabs become spaces; other control characters are shown as escapes.
    let flat: String = s
        .chars()
        .map(|c| {
            if c == '\n' || c == '\r' || c == '\t' {
                ' '
            } else {
                c
            }
        })
        .collect();
    let flat = printable(&flat).into_owned();
    if flat.width() <= max {
        return flat;
    }
    let mut out = String::new();
    for c in flat.chars() {
        if out.width() + unicode_width::UnicodeWidthChar::width(c).unwrap_or(0) >= max {
            break;
        }
        out.push(c);
    }
    out.push('…');
    out
}

fn pad(s: &str, width: usize) -> String {
    let w = s.width();
    format!("{s}{}", " ".repeat(width.saturating_sub(w)))
}

impl<W: Write> TableSink<W> {
    fn flush_pending(&mut self) -> io::Result<()> {
        let widths = match &self.widths {
            Some(w) => w.clone(),
            None => {
                // Widths come from the header and the first screenful; later rows are shortened to fit.
                let mut w: Vec<usize> = self.columns.iter().map(|c| c.width()).collect();
                for r in &self.pending {
                    for (i, c) in r.iter().enumerate() {
                        if let Some(x) = w.get_mut(i) {
                            *x = (*x).max(c.width());
                        }
                    }
                }
                let line = |cells: &[String]| {
                    cells
                        .iter()
                        .zip(&w)
                        .map(|(c, w)| pad(c, *w))
                        .collect::<Vec<_>>()
                        .join("  ")
                };
                writeln!(self.out, "{}", line(&self.columns).trim_end())?;
                writeln!(
                    self.out,
                    "{}",
                    w.iter()
                        .map(|n| "─".repeat(*n))
                        .collect::<Vec<_>>()
                        .join("  ")
                )?;
                self.widths = Some(w.clone());
                w
            }
        };
        for r in std::mem::take(&mut self.pending) {
            let cells: Vec<String> = r
                .iter()
                .zip(&widths)
                .map(|(c, w)| pad(&shorten(c, *w), *w))
                .collect();
            writeln!(self.out, "{}", cells.join("  ").trim_end())?;
        }
        Ok(())
    }
}

impl<W: Write> RowSink for TableSink<W> {
    fn row(&mut self, values: &[Value]) -> io::Result<()> {
        self.pending.push(
            values
                .iter()
                .map(|v| shorten(&text_of(v), TABLE_CELL_MAX))
                .collect(),
        );
        if self.pending.len() >= TABLE_CHUNK {
            self.flush_pending()?;
        }
        Ok(())
    }
    fn finish(&mut self) -> io::Result<()> {
        self.flush_pending()?;
        self.out.flush()
    }
}

impl Format {
    /// A sink that writes rows with these column names to `out`.
    pub fn sink<'w, W: Write + 'w>(
        self,
        mut out: W,
        columns: &[String],
        style: Style,
    ) -> io::Result<Box<dyn RowSink + 'w>> {
        Ok(match self {
            Format::Csv | Format::Tsv => {
                if style.excel && self == Format::Csv {
                    out.write_all("\u{feff}".as_bytes())?;
                }
                let mut b = csv::WriterBuilder::new();
                if self == Format::Tsv {
                    b.delimiter(b'\t');
                }
                if style.excel {
                    b.terminator(csv::Terminator::CRLF);
                }
                let mut writer = b.from_writer(out);
                let header = columns.iter().map(|c| {
                    if style.excel {
                        neutralise(c).into_owned()
                    } else {
                        c.clone()
                    }
                });
                writer.write_record(header).map_err(csv_io)?;
                Box::new(DelimitedSink {
                    writer,
                    excel: style.excel,
                })
            }
            Format::Json | Format::Ndjson => Box::new(JsonSink {
                out,
                columns: columns.to_vec(),
                first: true,
                array: self == Format::Json,
            }),
            Format::Table => Box::new(TableSink {
                out,
                columns: columns.to_vec(),
                pending: Vec::new(),
                widths: None,
            }),
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn render(format: Format, style: Style) -> io::Result<String> {
        let mut buf = Vec::new();
        {
            let mut sink = format.sink(&mut buf, &["name".to_string(), "n".to_string()], style)?;
            sink.row(&[Value::Text("Mehriban Əliyeva".into()), Value::Integer(3)])?;
            sink.row(&[Value::Text("=1+2".into()), Value::Null])?;
            sink.finish()?;
        }
        String::from_utf8(buf).map_err(io::Error::other)
    }

    #[test]
    fn csv_writes_null_as_an_empty_field() -> io::Result<()> {
        assert_eq!(
            render(Format::Csv, Style::default())?,
            "name,n\nMehriban Əliyeva,3\n=1+2,\n"
        );
        Ok(())
    }

    #[test]
    fn excel_csv_has_a_bom_crlf_and_no_live_formula() -> io::Result<()> {
        assert_eq!(
            render(Format::Csv, Style { excel: true })?,
            "\u{feff}name,n\r\nMehriban Əliyeva,3\r\n'=1+2,\r\n"
        );
        Ok(())
    }

    #[test]
    fn codes_with_leading_zeros_and_long_digit_strings_stay_text_in_excel_csv() {
        assert_eq!(neutralise("040"), "'040");
        assert_eq!(printable("a\u{202e}b\u{1b}"), "a\\u{202e}b\\u{1b}");
        assert_eq!(neutralise("1234567890123456"), "'1234567890123456");
        assert_eq!(neutralise("0"), "0");
        assert_eq!(neutralise("42"), "42");
        assert_eq!(neutralise("2023-11-13"), "2023-11-13");
    }

    #[test]
    fn json_keeps_numbers_and_nulls() -> io::Result<()> {
        let out = render(Format::Json, Style::default())?;
        let v: serde_json::Value = serde_json::from_str(&out).map_err(io::Error::other)?;
        assert_eq!(v[0]["n"], 3);
        assert!(v[1]["n"].is_null());
        assert_eq!(render(Format::Ndjson, Style::default())?.lines().count(), 2);
        Ok(())
    }

    #[test]
    fn table_aligns_by_display_width() -> io::Result<()> {
        let out = render(Format::Table, Style::default())?;
        let lines: Vec<&str> = out.lines().collect();
        assert_eq!(
            lines[2].find('3').map(|b| lines[2][..b].width()),
            Some("Mehriban Əliyeva".width() + 2)
        );
        Ok(())
    }

    proptest::proptest! {
        /// CSV written by diplocat reads back to the same rows, whatever the text.
        #[test]
        fn csv_written_reads_back_to_the_same_rows(
            rows in proptest::collection::vec(
                proptest::collection::vec(proptest::option::of("\\PC{0,12}|[,\"\r\n =+@-]{0,4}"), 3),
                0..20,
            ),
        ) {
            let header = vec!["a".to_string(), "b".to_string(), "c".to_string()];
            let mut buf = Vec::new();
            {
                let mut sink = Format::Csv.sink(&mut buf, &header, Style::default())?;
                for r in &rows {
                    let values: Vec<Value> = r.iter().map(|v| v.clone().map_or(Value::Null, Value::Text)).collect();
                    sink.row(&values)?;
                }
                sink.finish()?;
            }
            let mut reader = csv::ReaderBuilder::new().from_reader(buf.as_slice());
            proptest::prop_assert_eq!(reader.headers()?.iter().collect::<Vec<_>>(), vec!["a", "b", "c"]);
            let back: Vec<Vec<String>> = reader
                .records()
                .map(|r| r.map(|r| r.iter().map(str::to_string).collect()))
                .collect::<Result<_, _>>()?;
            // NULL is written as an empty field, so it reads back as "".
            let want: Vec<Vec<String>> = rows
                .iter()
                .map(|r| r.iter().map(|v| v.clone().unwrap_or_default()).collect())
                .collect();
            proptest::prop_assert_eq!(back, want);
        }
    }
}
