//! The importer, the only writer: read every input, validate everything, then write it all in
//! one transaction, row by row as new, updated or unchanged.

pub mod curated;
mod extracted;
pub mod source;
mod write;

use std::collections::{BTreeMap, HashMap, HashSet};
use std::fmt;

use rusqlite::{Connection, OptionalExtension};
use sha2::{Digest, Sha256};

use crate::date::PartialDate;
use crate::extract::layout::{parse_article, ArticleLayout};
use crate::model::{
    CameoCode, DateBasis, MeetingKind, NameKind, OrganizationKind, PlaceKind, Role,
};
use curated::Row;
use rayon::prelude::*;
use source::{SeedFolder, SourceFile};

pub use write::{Change, Counts, Summary};

/// One thing wrong with the input, pointed at as precisely as the input allows.
#[derive(Debug, Clone, PartialEq)]
pub struct Problem {
    pub file: String,
    pub line: Option<u64>,
    pub column: Option<String>,
    pub value: Option<String>,
    pub message: String,
}

impl Problem {
    pub fn file(file: &str, message: String) -> Problem {
        Problem {
            file: file.to_string(),
            line: None,
            column: None,
            value: None,
            message,
        }
    }
}

impl fmt::Display for Problem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}", self.file)?;
        if let Some(l) = self.line {
            write!(f, ":{l}")?;
        }
        if let Some(c) = &self.column {
            write!(f, ": column {c}")?;
        }
        if let Some(v) = &self.value {
            let shown: String = v.chars().take(80).collect();
            let more = if v.chars().count() > 80 { "…" } else { "" };
            write!(f, ": value {:?}{more}", shown)?;
        }
        write!(f, ": {}", self.message)
    }
}

#[derive(Debug, thiserror::Error)]
pub enum ImportError {
    #[error("{} problem(s) in the input; nothing was written:\n{}", .0.len(), .0.iter().map(|p| format!("  {p}")).collect::<Vec<_>>().join("\n"))]
    Invalid(Vec<Problem>),
    #[error("another process (another diplocat import?) has been writing to the catalog for over 10 seconds; wait for it to finish, then run this import again")]
    Busy(#[source] rusqlite::Error),
    #[error("{0}")]
    Database(#[from] rusqlite::Error),
    #[error(transparent)]
    Report(#[from] crate::report::ReportError),
}

#[derive(Debug, Clone, Copy, Default)]
pub struct ImportOptions {
    /// Abort the whole import when a file is not text, instead of skipping it.
    pub strict: bool,
    /// Validate and count, then roll back.
    pub dry_run: bool,
}

/// An article checked by the plan; its text is read again and laid out when it is written,
/// so that a large import holds only a batch of articles in memory at a time.
#[derive(Debug, Clone)]
pub struct ArticleInput {
    pub file: SourceFile,
    pub file_name: String,
    pub sha256: String,
}

/// An article's text and layout.
#[derive(Debug, Clone)]
pub struct LaidOut {
    pub raw_text: String,
    pub layout: ArticleLayout,
    /// Places of the world gazetteer the article names (indexes into `WORLD`), its dateline's
    /// first; filled for the writer only.
    pub places: Vec<usize>,
}

/// Reads, decodes and lays out one article file. `Err(true)` is a problem that `--strict`
/// decides about (the file is not text); `Err(false)` is always an error.
fn lay_out(file: &SourceFile) -> Result<LaidOut, (Problem, bool)> {
    let bytes = file.bytes().map_err(|p| (p, false))?;
    if bytes.len() > MAX_ARTICLE_BYTES {
        return Err((Problem::file(&file.path, format!(
            "is {:.1} MB, and an article page is far smaller (diplocat takes up to {} MB); check that it is one article, or split it",
            bytes.len() as f64 / 1e6,
            MAX_ARTICLE_BYTES / 1_000_000
        )), true));
    }
    let raw_text = decode_article(&file.path, &bytes).map_err(|p| (p, true))?;
    let layout = parse_article(&raw_text);
    if layout.body.trim().is_empty() {
        return Err((
            Problem::file(
                &file.path,
                "holds only page furniture and no article text; check that it is the article page"
                    .into(),
            ),
            // Skipped like a file that is no text: one such page never sinks a batch.
            true,
        ));
    }
    // The gazetteer's places are looked up once, by the writer (`ArticleInput::lay_out`);
    // checking and hashing in the plan does not need them.
    Ok(LaidOut {
        raw_text,
        layout,
        places: Vec::new(),
    })
}

/// The gazetteer's places an article names: its dateline's, then its body's.
fn world_places(layout: &ArticleLayout) -> Vec<usize> {
    let world = &*crate::extract::world::WORLD;
    let mut out: Vec<usize> = Vec::new();
    let dateline = layout
        .dateline
        .as_deref()
        .map(|d| world.find(d))
        .unwrap_or_default();
    for h in dateline.iter().chain(world.find(&layout.body).iter()) {
        if !out.contains(&h.place) {
            out.push(h.place);
        }
    }
    out
}

impl ArticleInput {
    /// The article's text and layout, read again from its file.
    pub fn lay_out(&self) -> Result<LaidOut, Problem> {
        let mut laid = lay_out(&self.file).map_err(|(p, _)| p)?;
        if sha256_hex(&laid.raw_text) != self.sha256 {
            return Err(Problem::file(
                &self.file.path,
                "changed while it was being imported; import it again".into(),
            ));
        }
        laid.places = world_places(&laid.layout);
        Ok(laid)
    }
}

/// The largest article file diplocat reads; a news page is a few kilobytes.
pub const MAX_ARTICLE_BYTES: usize = 5_000_000;

/// How many articles are laid out (in parallel) and written at a time.
pub(crate) const BATCH: usize = 256;

/// Runs the pure `work` over each batch's items on the thread pool while `serial` handles the
/// batch before it on this thread, in order: the extraction of one batch overlaps the writes
/// of the previous one, so that both cores stay busy with one writer. `load` (which may read
/// the catalog) runs on this thread too. At most two batches are held at a time.
pub(crate) fn pipelined<B, T, R, E>(
    batches: impl IntoIterator<Item = B>,
    mut load: impl FnMut(B) -> Result<Vec<T>, E>,
    work: impl Fn(&T) -> R + Sync,
    mut serial: impl FnMut(Vec<T>, Vec<R>) -> Result<(), E>,
) -> Result<(), E>
where
    T: Send + Sync,
    R: Send,
{
    let work = &work;
    std::thread::scope(|scope| {
        let finish = |h: std::thread::ScopedJoinHandle<'_, (Vec<T>, Vec<R>)>| {
            h.join()
                .unwrap_or_else(|panic| std::panic::resume_unwind(panic))
        };
        let mut running = None;
        for batch in batches {
            let items = load(batch)?;
            let next = scope.spawn(move || {
                let results: Vec<R> = items.par_iter().map(work).collect();
                (items, results)
            });
            if let Some(h) = running.replace(next) {
                let (items, results) = finish(h);
                serial(items, results)?;
            }
        }
        if let Some(h) = running {
            let (items, results) = finish(h);
            serial(items, results)?;
        }
        Ok(())
    })
}

/// Decodes an article file: UTF-8 (a byte-order mark is dropped), not binary, not empty.
pub fn decode_article(path: &str, bytes: &[u8]) -> Result<String, Problem> {
    let bytes = bytes.strip_prefix(b"\xef\xbb\xbf").unwrap_or(bytes);
    if bytes.starts_with(b"\xff\xfe") || bytes.starts_with(b"\xfe\xff") {
        return Err(Problem::file(path, "is UTF-16 text; save it as UTF-8 (e.g. `iconv -f UTF-16 -t UTF-8`) and import it again".into()));
    }
    // Line and column (1-based, in characters) of a byte offset, for the messages below.
    let place = |at: usize| {
        let before = &bytes[..at];
        let line = 1 + before.iter().filter(|b| **b == b'\n').count() as u64;
        let start = before
            .iter()
            .rposition(|b| *b == b'\n')
            .map_or(0, |p| p + 1);
        let column = 1 + String::from_utf8_lossy(&bytes[start..at]).chars().count() as u64;
        (line, column)
    };
    let text = match std::str::from_utf8(bytes) {
        Ok(t) => t,
        Err(e) => {
            let at = e.valid_up_to();
            let (line, column) = place(at);
            return Err(Problem {
                file: path.to_string(),
                line: Some(line),
                column: Some(column.to_string()),
                value: Some(format!("byte 0x{:02x}", bytes[at])),
                message: format!("is not UTF-8 text (at byte offset {at}); it may be binary, or Latin-1 text: convert that with `iconv -f latin1 -t UTF-8`"),
            });
        }
    };
    if let Some(pos) = text.find('\0') {
        let (line, column) = place(pos);
        return Err(Problem {
            file: path.to_string(),
            line: Some(line),
            column: Some(column.to_string()),
            value: Some("byte 0x00 (NUL)".into()),
            message: "contains NUL bytes, so it is not a text article; remove them or give the text version".into(),
        });
    }
    // Line ends, invisible marks and non-breaking spaces do not make another article.
    let text = crate::extract::normalise::normalise(text);
    if text.trim().is_empty() {
        return Err(Problem::file(
            path,
            "is empty; give an article with text".into(),
        ));
    }
    Ok(text.into_owned())
}

fn sha256_hex(text: &str) -> String {
    let digest = Sha256::digest(text.as_bytes());
    digest.iter().map(|b| format!("{b:02x}")).collect()
}

/// Character offset of the first occurrence of `needle` in `haystack`.
pub fn char_offset(haystack: &str, needle: &str) -> Option<(usize, usize)> {
    let byte = haystack.find(needle)?;
    let start = haystack[..byte].chars().count();
    Some((start, start + needle.chars().count()))
}

/// Everything an import will write, validated.
#[derive(Debug, Default)]
pub struct Plan {
    pub tables: BTreeMap<&'static str, Vec<Row>>,
    pub articles: Vec<ArticleInput>,
    /// Bodies of this import's articles that the curated files refer to, by file name.
    pub bodies: HashMap<String, String>,
    /// Non-text files that were skipped (not in strict mode).
    pub skipped: Vec<Problem>,
}

/// Keys already in the catalog, per table.
fn existing_keys(conn: &Connection, table: &str) -> rusqlite::Result<HashSet<String>> {
    let mut stmt = conn.prepare(&format!("SELECT key FROM {table}"))?;
    let keys = stmt.query_map([], |r| r.get::<_, String>(0))?;
    keys.collect()
}

/// Reads and validates every input; returns the plan, or every problem found.
pub fn plan(
    conn: &Connection,
    folders: &[SeedFolder],
    options: ImportOptions,
) -> Result<Plan, ImportError> {
    let mut problems = Vec::new();
    let mut plan = Plan::default();

    for folder in folders {
        for file in &folder.csv {
            if let Some((spec, rows)) = curated::read_table(file, &mut problems) {
                plan.tables.entry(spec.file).or_default().extend(rows);
            }
        }
    }
    // Articles are read and laid out in parallel; only their hashes, and the bodies the
    // curated files refer to, are kept.
    let referred: HashSet<String> = rows(&plan, "articles.csv")
        .iter()
        .map(|r| r.get("file").to_string())
        .chain(
            rows(&plan, "evidence.csv")
                .iter()
                .map(|r| r.get("article").to_string()),
        )
        .collect();
    let files: Vec<&SourceFile> = folders.iter().flat_map(|f| &f.articles).collect();
    let progress = crate::progress::bar(files.len() as u64, "checking articles");
    let mut texts: HashMap<String, String> = HashMap::new();
    pipelined(
        files.chunks(BATCH),
        |batch| Ok::<_, ImportError>(batch.to_vec()),
        |f| lay_out(f).map(|l| (sha256_hex(&l.raw_text), l)),
        |batch, laid| {
            progress.inc(batch.len() as u64);
            for (file, result) in batch.into_iter().zip(laid) {
                match result {
                    Ok((sha256, l)) => {
                        if let Some(first) = texts.get(&sha256) {
                            let p = Problem::file(&file.path, format!("has the same text as {first}; an article is imported once, so remove one of them"));
                            if options.strict {
                                problems.push(p);
                            } else {
                                plan.skipped.push(p);
                            }
                            continue;
                        }
                        texts.insert(sha256.clone(), file.path.clone());
                        if referred.contains(&file.name) {
                            plan.bodies.insert(file.name.clone(), l.layout.body);
                        }
                        plan.articles.push(ArticleInput {
                            file: (*file).clone(),
                            file_name: file.name.clone(),
                            sha256,
                        });
                    }
                    Err((p, true)) if !options.strict => plan.skipped.push(p),
                    Err((p, _)) => problems.push(p),
                }
            }
            Ok(())
        },
    )?;
    progress.finish_and_clear();
    validate(conn, &mut plan, &mut problems)?;
    if problems.is_empty() {
        Ok(plan)
    } else {
        Err(ImportError::Invalid(problems))
    }
}

struct Keys {
    /// key -> (table, file:line of its definition in this import, if any)
    entity: HashMap<String, &'static str>,
    facts: HashMap<String, &'static str>,
    outlets: HashSet<String>,
}

/// The rows of one curated file in the plan (none when the file was not given).
pub(crate) fn rows<'a>(plan: &'a Plan, table: &str) -> &'a [Row] {
    plan.tables.get(table).map(Vec::as_slice).unwrap_or(&[])
}

fn check_date(row: &Row, column: &str, problems: &mut Vec<Problem>) {
    if let Some(v) = row.opt(column) {
        if let Err(e) = PartialDate::parse(v) {
            problems.push(row.problem(
                column,
                format!(
                    "{}; write 2023, 2023-11, 2023-11-13, XXXX-11-26 (year unknown) or START/END",
                    e.1
                ),
            ));
        }
    }
}

/// Checks a column against its closed vocabulary (`T`, one of crate::model's enums).
fn check_vocabulary<T: std::str::FromStr>(row: &Row, column: &str, problems: &mut Vec<Problem>)
where
    T::Err: fmt::Display,
{
    if let Some(v) = row.opt(column) {
        if let Err(e) = v.parse::<T>() {
            problems.push(row.problem(column, format!("unknown value: {e}")));
        }
    }
}

fn validate(
    conn: &Connection,
    plan: &mut Plan,
    problems: &mut Vec<Problem>,
) -> Result<(), ImportError> {
    let mut keys = Keys {
        entity: HashMap::new(),
        facts: HashMap::new(),
        outlets: existing_keys(conn, "outlets")?,
    };
    for (table, kind) in [
        ("people", "person"),
        ("organizations", "organization"),
        ("places", "place"),
    ] {
        for k in existing_keys(conn, table)? {
            keys.entity.insert(k, kind);
        }
    }
    for (table, kind) in [
        ("meetings", "meeting"),
        ("positions", "position"),
        ("memberships", "membership"),
    ] {
        for k in existing_keys(conn, table)? {
            keys.facts.insert(k, kind);
        }
    }

    // Duplicate keys within this import, across every keyed file.
    let mut seen: HashMap<String, (String, u64)> = HashMap::new();
    let keyed = [
        ("people.csv", "person"),
        ("organizations.csv", "organization"),
        ("places.csv", "place"),
        ("meetings.csv", "meeting"),
        ("positions.csv", "position"),
        ("memberships.csv", "membership"),
    ];
    for (file, kind) in keyed {
        for row in rows(plan, file) {
            let k = row.get("key");
            if k.is_empty() {
                continue;
            }
            if let Some((f, l)) = seen.get(k) {
                problems.push(row.problem("key", format!("this key is already used at {f}:{l}; keys must be unique across people, organizations, places and facts")));
                continue;
            }
            seen.insert(k.to_string(), (row.file.clone(), row.line));
            if matches!(kind, "person" | "organization" | "place") {
                if let Some(other) = keys.facts.get(k) {
                    problems.push(row.problem(
                        "key",
                        format!("this key already names a {other} in the catalog; choose another"),
                    ));
                }
                if let Some(other) = keys.entity.get(k) {
                    if *other != kind {
                        problems.push(row.problem(
                            "key",
                            format!(
                                "this key already names a {other} in the catalog; choose another"
                            ),
                        ));
                    }
                }
                keys.entity.insert(k.to_string(), kind);
            } else {
                if let Some(other) = keys.entity.get(k) {
                    problems.push(row.problem(
                        "key",
                        format!("this key already names a {other} in the catalog; choose another"),
                    ));
                }
                keys.facts.insert(k.to_string(), kind);
            }
        }
    }
    let mut outlet_seen: HashMap<String, u64> = HashMap::new();
    for row in rows(plan, "outlets.csv") {
        let k = row.get("key").to_string();
        if let Some(l) = outlet_seen.get(&k) {
            problems.push(row.problem(
                "key",
                format!("this outlet key is already used at line {l}"),
            ));
        }
        outlet_seen.insert(k.clone(), row.line);
        keys.outlets.insert(k);
    }

    let entity_is = |k: &str, kind: &str| keys.entity.get(k).is_some_and(|v| *v == kind);
    let fact_is = |k: &str, kind: &str| keys.facts.get(k).is_some_and(|v| *v == kind);
    let refer = |row: &Row, column: &str, kind: &str, problems: &mut Vec<Problem>| {
        if let Some(v) = row.opt(column) {
            if !entity_is(v, kind) && !fact_is(v, kind) {
                problems.push(row.problem(
                    column,
                    format!("refers to no {kind}; add it to the {kind} file or correct the key"),
                ));
            }
        }
    };

    for row in rows(plan, "places.csv") {
        check_vocabulary::<PlaceKind>(row, "kind", problems);
        refer(row, "country", "place", problems);
        if row.opt("country") == row.opt("key") && row.opt("country").is_some() {
            problems.push(row.problem("country", "a place cannot lie in itself"));
        }
    }
    for row in rows(plan, "organizations.csv") {
        check_vocabulary::<OrganizationKind>(row, "kind", problems);
        refer(row, "part_of", "organization", problems);
        if row.opt("part_of") == row.opt("key") && row.opt("part_of").is_some() {
            problems.push(row.problem("part_of", "an organization cannot be part of itself"));
        }
    }
    let mut name_seen: HashMap<(String, String), u64> = HashMap::new();
    for row in rows(plan, "names.csv") {
        check_vocabulary::<NameKind>(row, "kind", problems);
        if let Some(e) = row.opt("entity") {
            if !keys.entity.contains_key(e) {
                problems.push(row.problem(
                    "entity",
                    "refers to no person, organization or place; add it or correct the key",
                ));
            }
            let k = (e.to_string(), row.get("name").to_string());
            if let Some(l) = name_seen.get(&k) {
                problems.push(row.problem(
                    "name",
                    format!("this name is already given to this entity at line {l}"),
                ));
            }
            name_seen.insert(k, row.line);
        }
        check_date(row, "valid_from", problems);
        check_date(row, "valid_until", problems);
    }
    for row in rows(plan, "positions.csv") {
        refer(row, "person", "person", problems);
        refer(row, "organization", "organization", problems);
        refer(row, "country", "place", problems);
        check_date(row, "start", problems);
        check_date(row, "end", problems);
    }
    for row in rows(plan, "memberships.csv") {
        if let Some(m) = row.opt("member") {
            if !entity_is(m, "place") && !entity_is(m, "organization") {
                problems.push(row.problem(
                    "member",
                    "refers to no country or organization; add it or correct the key",
                ));
            }
        }
        refer(row, "organization", "organization", problems);
        check_date(row, "start", problems);
        check_date(row, "end", problems);
    }
    for row in rows(plan, "meetings.csv") {
        check_vocabulary::<MeetingKind>(row, "kind", problems);
        check_vocabulary::<CameoCode>(row, "cameo_code", problems);
        check_vocabulary::<DateBasis>(row, "date_basis", problems);
        refer(row, "place", "place", problems);
        check_date(row, "date", problems);
        if row.opt("date").is_none() && row.opt("date_basis").is_some_and(|b| b != "unknown") {
            problems.push(row.problem(
                "date_basis",
                "a meeting without a date must have date_basis 'unknown' (or leave it empty)",
            ));
        }
    }
    // Positions by key -> person key, to check that a participant held the position given.
    let position_person: HashMap<String, String> = {
        let mut m: HashMap<String, String> = HashMap::new();
        let mut stmt = conn.prepare("SELECT positions.key, people.key FROM positions JOIN people ON people.id = positions.person_id")?;
        for r in stmt.query_map([], |r| Ok((r.get::<_, String>(0)?, r.get::<_, String>(1)?)))? {
            let (a, b) = r?;
            m.insert(a, b);
        }
        for row in rows(plan, "positions.csv") {
            m.insert(row.get("key").to_string(), row.get("person").to_string());
        }
        m
    };
    let mut participant_seen: HashMap<(String, String), u64> = HashMap::new();
    for row in rows(plan, "participants.csv") {
        refer(row, "meeting", "meeting", problems);
        check_vocabulary::<Role>(row, "role", problems);
        if let Some(p) = row.opt("participant") {
            if !entity_is(p, "person") && !entity_is(p, "organization") {
                problems.push(row.problem(
                    "participant",
                    "refers to no person or organization; add it or correct the key",
                ));
            }
            let k = (row.get("meeting").to_string(), p.to_string());
            if let Some(l) = participant_seen.get(&k) {
                problems.push(row.problem(
                    "participant",
                    format!("this participant is already listed for this meeting at line {l}"),
                ));
            }
            participant_seen.insert(k, row.line);
        }
        if let Some(pos) = row.opt("position") {
            match position_person.get(pos) {
                None => problems.push(row.problem("position", "refers to no position; add it to positions.csv or correct the key")),
                Some(person) if Some(person.as_str()) != row.opt("participant") => problems.push(row.problem(
                    "position",
                    format!("this position is held by '{person}', not by the participant; correct the position or the participant"),
                )),
                Some(_) => {}
            }
        }
    }

    // Articles: every row of articles.csv must name an article of this import or the catalog.
    // Only the articles the curated files refer to are read from the catalog.
    let mut bodies: HashMap<String, String> = HashMap::new();
    {
        let mut stmt = conn
            .prepare_cached("SELECT body FROM articles WHERE file_name = ?1 ORDER BY id LIMIT 1")?;
        for row in rows(plan, "articles.csv")
            .iter()
            .map(|r| r.get("file"))
            .chain(rows(plan, "evidence.csv").iter().map(|r| r.get("article")))
        {
            if bodies.contains_key(row) {
                continue;
            }
            if let Some(b) = stmt
                .query_row([row], |r| r.get::<_, String>(0))
                .optional()?
            {
                bodies.insert(row.to_string(), b);
            }
        }
    }
    let mut article_files: HashMap<&str, &str> = HashMap::new();
    for a in &plan.articles {
        if let Some(first) = article_files.get(a.file_name.as_str()) {
            problems.push(Problem::file(&a.file.path, format!("has the same file name as {first}; articles are referred to by file name, so rename one")));
        }
        article_files.insert(&a.file_name, &a.file.path);
        if let Some(b) = plan.bodies.get(&a.file_name) {
            bodies.insert(a.file_name.clone(), b.clone());
        }
    }
    let mut sidecar_seen: HashMap<String, u64> = HashMap::new();
    for row in rows(plan, "articles.csv") {
        let f = row.get("file");
        if !bodies.contains_key(f) {
            problems.push(row.problem("file", "no article file of this name is in the import or the catalog; put it in articles/ or correct the name"));
        }
        if let Some(l) = sidecar_seen.get(f) {
            problems.push(row.problem(
                "file",
                format!("this article is already described at line {l}"),
            ));
        }
        sidecar_seen.insert(f.to_string(), row.line);
        if let Some(o) = row.opt("outlet") {
            if !keys.outlets.contains(o) {
                problems.push(row.problem(
                    "outlet",
                    "refers to no outlet; add it to outlets.csv or correct the key",
                ));
            }
        }
        refer(row, "dateline", "place", problems);
        check_date(row, "published", problems);
        if let Some(lang) = row.opt("language") {
            if lang.len() != 2 || !lang.bytes().all(|b| b.is_ascii_lowercase()) {
                problems
                    .push(row.problem("language", "use a two-letter ISO 639-1 code such as 'en'"));
            }
        }
    }
    for row in rows(plan, "evidence.csv") {
        if let Some(fact) = row.opt("fact") {
            if !keys.facts.contains_key(fact) {
                problems.push(row.problem(
                    "fact",
                    "refers to no meeting, position or membership; add it or correct the key",
                ));
            }
        }
        if let Some(c) = row.opt("confidence") {
            match c.parse::<f64>() {
                Ok(v) if (0.0..=1.0).contains(&v) => {}
                _ => problems.push(row.problem("confidence", "must be a number from 0 to 1")),
            }
        }
        match bodies.get(row.get("article")) {
            None => problems.push(row.problem("article", "no article file of this name is in the import or the catalog; put it in articles/ or correct the name")),
            Some(body) => {
                if !row.get("sentence").is_empty() && !body.contains(row.get("sentence")) {
                    problems.push(row.problem("sentence", "this sentence is not found verbatim in the article's cleaned body; copy it exactly from the article (see `diplocat import --dry-run`)"));
                }
            }
        }
    }
    // Reference cycles (a place inside itself through others) would make no sense.
    for (file, column) in [("places.csv", "country"), ("organizations.csv", "part_of")] {
        let parent: HashMap<&str, &str> = rows(plan, file)
            .iter()
            .filter_map(|r| Some((r.opt("key")?, r.opt(column)?)))
            .collect();
        for row in rows(plan, file) {
            let mut at = row.get("key");
            for _ in 0..=parent.len() {
                match parent.get(at) {
                    Some(next) if *next == row.get("key") => {
                        problems.push(row.problem(
                            column,
                            "this makes a cycle; a place or organization cannot be inside itself",
                        ));
                        break;
                    }
                    Some(next) => at = next,
                    None => break,
                }
            }
        }
    }
    Ok(())
}

/// Imports the folders into the catalog in one transaction.
pub fn import(
    conn: &mut Connection,
    folders: &[SeedFolder],
    options: ImportOptions,
) -> Result<(Summary, Plan), ImportError> {
    // The write lock is taken first (waiting up to the busy timeout for another writer), so
    // that the plan is checked against the catalog it will be written to.
    let tx = conn
        .transaction_with_behavior(rusqlite::TransactionBehavior::Immediate)
        .map_err(|e| match e.sqlite_error_code() {
            Some(rusqlite::ErrorCode::DatabaseBusy | rusqlite::ErrorCode::DatabaseLocked) => {
                ImportError::Busy(e)
            }
            _ => ImportError::Database(e),
        })?;
    let plan = plan(&tx, folders, options)?;
    let summary = write::write(&tx, &plan, options.dry_run)?;
    let views = |tx: &rusqlite::Transaction| -> rusqlite::Result<Option<String>> {
        tx.query_row(
            "SELECT group_concat(name || sql, ';') FROM (SELECT name, sql FROM sqlite_master WHERE type = 'view' ORDER BY name)",
            [],
            |r| r.get(0),
        )
    };
    let views_before = views(&tx)?;
    write::install_views(&tx, &crate::report::views()?)?;
    // An import that changes nothing leaves the file as it was, byte for byte.
    let nothing = summary.is_unchanged() && views(&tx)? == views_before;
    if options.dry_run || nothing {
        tx.rollback()?;
    } else {
        tx.commit()?;
    }
    Ok((summary, plan))
}

/// A gazetteer of every name in the catalog, as the importer builds it.
pub fn gazetteer(conn: &Connection) -> rusqlite::Result<crate::extract::names::Gazetteer> {
    Ok(crate::extract::names::Gazetteer::new(write::known_names(
        conn,
    )?))
}

/// Looks a key up in a keyed table.
pub(crate) fn id_of(conn: &Connection, table: &str, key: &str) -> rusqlite::Result<Option<i64>> {
    conn.prepare_cached(&format!("SELECT id FROM {table} WHERE key = ?1"))?
        .query_row([key], |r| r.get(0))
        .optional()
}
