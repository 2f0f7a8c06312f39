//! Where an import reads from: the seed bundled in the binary, seed-style folders on disk
//! (articles/ plus curated CSV files), folders of article files, or single article files.

use std::borrow::Cow;
use std::fs;
use std::path::{Path, PathBuf};

use include_dir::{include_dir, Dir};
use sha2::{Digest, Sha256};

pub mod curated;
pub mod html;
mod problem;

use crate::extract::layout::{parse_article, ArticleLayout};
pub use problem::Problem;

static BUNDLED_SEED: Dir<'static> = include_dir!("$CARGO_MANIFEST_DIR/seed");

/// One input file.
#[derive(Debug, Clone)]
pub struct SourceFile {
    /// The path shown to the user (file:line messages).
    pub path: String,
    /// The bare file name, which is how curated CSV files refer to articles.
    pub name: String,
    pub content: Content,
}

/// Where a file's bytes are. Article files stay on disk until they are needed, so that an
/// import of a hundred thousand articles never holds them all in memory.
#[derive(Debug, Clone)]
pub enum Content {
    Bytes(Vec<u8>),
    Bundled(&'static [u8]),
    Disk(PathBuf),
}

impl SourceFile {
    /// The file's size in bytes, without reading it.
    pub fn size_in_bytes(&self) -> Result<u64, Problem> {
        match &self.content {
            Content::Bytes(b) => Ok(b.len() as u64),
            Content::Bundled(b) => Ok(b.len() as u64),
            Content::Disk(p) => fs::metadata(p)
                .map(|m| m.len())
                .map_err(|e| Problem::file(&self.path, unreadable(p, &e))),
        }
    }

    /// The file's bytes, read from disk when they live there.
    pub fn bytes(&self) -> Result<Cow<'_, [u8]>, Problem> {
        match &self.content {
            Content::Bytes(b) => Ok(Cow::Borrowed(b)),
            Content::Bundled(b) => Ok(Cow::Borrowed(b)),
            Content::Disk(p) => fs::read(p)
                .map(Cow::Owned)
                .map_err(|e| Problem::file(&self.path, unreadable(p, &e))),
        }
    }
}

/// A set of articles and the curated CSV files that describe them.
#[derive(Debug, Clone, Default)]
pub struct SeedFolder {
    pub csv: Vec<SourceFile>,
    pub articles: Vec<SourceFile>,
    /// Entries of the folder that are neither articles nor curated files, each with why it
    /// was left out: the import names them (a page's `_files` folder, a picture).
    pub skipped: Vec<String>,
    /// The files among them, which `--strict` refuses: a page saved as .md or .pdf is not
    /// to be left out unnoticed.
    pub refused: Vec<Problem>,
    /// Paths given, and folders in them, that cannot be read (missing, a link that leads
    /// nowhere, no permission to list them): skipped and named as an article file that cannot
    /// be read is (exit status 1, the rest imported), refused with `--strict`.
    pub unreadable: Vec<Problem>,
}

/// The seed compiled into the binary, so `diplocat import` works from any directory.
pub fn bundled_seed() -> SeedFolder {
    let mut folder = SeedFolder::default();
    for file in BUNDLED_SEED.files() {
        let name = file.path().display().to_string();
        if name.ends_with(".csv") {
            folder.csv.push(SourceFile {
                path: format!("(bundled) seed/{name}"),
                name,
                content: Content::Bytes(file.contents().to_vec()),
            });
        }
    }
    if let Some(dir) = BUNDLED_SEED.get_dir("articles") {
        for file in dir.files() {
            let name = file
                .path()
                .file_name()
                .map(|n| n.to_string_lossy().to_string())
                .unwrap_or_default();
            folder.articles.push(SourceFile {
                path: format!("(bundled) seed/articles/{name}"),
                name,
                content: Content::Bundled(file.contents()),
            });
        }
    }
    folder.csv.sort_by(|a, b| a.name.cmp(&b.name));
    folder.articles.sort_by(|a, b| a.name.cmp(&b.name));
    folder
}

fn file_name(path: &Path) -> String {
    path.file_name()
        .map(|n| n.to_string_lossy().to_string())
        .unwrap_or_default()
}

/// An article file, left on disk; it is read when the import lays it out.
fn article(path: &Path) -> SourceFile {
    SourceFile {
        path: path.display().to_string(),
        name: file_name(path),
        content: Content::Disk(path.to_path_buf()),
    }
}

fn read(path: &Path, problems: &mut Vec<Problem>) -> Option<SourceFile> {
    match fs::read(path) {
        Ok(bytes) => Some(SourceFile {
            path: path.display().to_string(),
            name: file_name(path),
            content: Content::Bytes(bytes),
        }),
        Err(e) => {
            problems.push(Problem::file(
                &path.display().to_string(),
                unreadable(path, &e),
            ));
            None
        }
    }
}

fn sorted_entries(dir: &Path, problems: &mut Vec<Problem>) -> Vec<PathBuf> {
    match fs::read_dir(dir) {
        Ok(entries) => {
            let mut paths: Vec<PathBuf> =
                entries.filter_map(|e| e.ok().map(|e| e.path())).collect();
            paths.sort();
            paths
        }
        Err(e) => {
            problems.push(Problem::file(
                &dir.display().to_string(),
                format!("cannot list this folder ({e}); check the path and its permissions"),
            ));
            Vec::new()
        }
    }
}

/// Why a file cannot be read: missing, a link that leads nowhere, or the system's reason.
fn unreadable(path: &Path, e: &std::io::Error) -> String {
    match (fs::read_link(path), e.kind()) {
        (Ok(to), std::io::ErrorKind::NotFound) => format!(
            "is a link to {}, which does not exist; fix or remove the link",
            to.display()
        ),
        (_, std::io::ErrorKind::NotFound) => {
            "does not exist; check the path (a file's name is matched exactly)".to_string()
        }
        _ => format!("cannot read it ({e}); check the path and its permissions"),
    }
}

/// Article pages diplocat reads: text files, and pages saved from a browser.
const ARTICLE_EXTENSIONS: &[&str] = &["txt", "html", "htm"];

fn has_extension(p: &Path, extensions: &[&str]) -> bool {
    p.extension()
        .and_then(|e| e.to_str())
        .is_some_and(|e| extensions.iter().any(|x| e.eq_ignore_ascii_case(x)))
}

/// An article's file, or a link named as one that leads nowhere (read, it fails as any
/// unreadable article does: named, skipped, exit status 1, refused with --strict).
fn is_article_file(p: &Path) -> bool {
    let broken_link = || {
        p.symlink_metadata()
            .is_ok_and(|m| m.file_type().is_symlink())
            && p.metadata().is_err()
    };
    has_extension(p, ARTICLE_EXTENSIONS) && (p.is_file() || broken_link())
}

/// The first article file of a folder (or of its `articles/` folder), if it holds any: a
/// folder of articles is no place for `diplocat export` to write its tables into.
pub fn first_article(dir: &Path) -> Option<PathBuf> {
    let mut ignored = Vec::new();
    let top = sorted_entries(dir, &mut ignored);
    let inner = top
        .iter()
        .find(|e| e.is_dir() && e.file_name().is_some_and(|n| n == "articles"))
        .map(|a| sorted_entries(a, &mut ignored))
        .unwrap_or_default();
    top.into_iter()
        .chain(inner)
        .find(|e| has_extension(e, ARTICLE_EXTENSIONS) && e.is_file())
}

/// Whether an article file is a saved web page (its text is read out of its HTML).
pub fn is_html(path: &str) -> bool {
    has_extension(Path::new(path), &["html", "htm"])
}

/// Why a file given by name is not read.
fn not_readable(path: &Path) -> String {
    let kind = path
        .extension()
        .and_then(|e| e.to_str())
        .map(|e| format!("a .{e} file"))
        .unwrap_or_else(|| "a file without an extension".to_string());
    format!("is {kind}; diplocat reads article pages saved as .txt, .html or .htm, and curated .csv files")
}

/// A folder entry left out of the import, and why; a regular file is also `refused` (for
/// `--strict`).
fn skip(folder: &mut SeedFolder, entry: &Path) {
    let shown = entry.display().to_string();
    let why = match std::fs::metadata(entry) {
        Err(e) => format!("cannot be read ({e}): a broken or looping link?"),
        Ok(m) if m.is_dir() => "is a folder; diplocat reads the files of the folders it is given (and their articles/ folder), not folders inside them".to_string(),
        Ok(m) if !m.is_file() => "is not a file (a pipe, a socket or a device)".to_string(),
        Ok(_) => {
            let why = not_readable(entry);
            folder.refused.push(Problem::file(&shown, format!("{why}; without --strict it is skipped")));
            why
        }
    };
    folder.skipped.push(format!("{shown}: skipped: {why}"));
}

/// The catalog's own files (`catalog.db`, its `-wal`, `-shm` and `-journal`), as a folder
/// that holds them lists them: `diplocat import .` run beside the catalog passes over them in
/// silence.
pub fn catalog_files(db: &Path) -> Vec<PathBuf> {
    let dir = match db.parent() {
        Some(d) if !d.as_os_str().is_empty() => d.to_path_buf(),
        _ => PathBuf::from("."),
    };
    let (Ok(dir), Some(name)) = (dir.canonicalize(), db.file_name()) else {
        return Vec::new();
    };
    std::iter::once("")
        .chain(crate::catalog::SIDE_FILES)
        .map(|suffix| {
            let mut n = name.to_os_string();
            n.push(suffix);
            dir.join(n)
        })
        .collect()
}

/// Reads one PATH given on the command line: a seed-style folder, a folder of .txt articles
/// (with an optional articles.csv sidecar), or one .txt article. `own`: the catalog's files
/// ([`catalog_files`]), left out of a folder without a word.
pub fn from_path(path: &Path, own: &[PathBuf], problems: &mut Vec<Problem>) -> SeedFolder {
    let mut folder = SeedFolder::default();
    let shown = path.display().to_string();
    let meta = match fs::metadata(path) {
        Ok(m) => m,
        // An article file that is missing, or a link to one that leads nowhere: read, it
        // fails as any unreadable article does (named, skipped, exit status 1, the rest
        // imported; refused with --strict).
        Err(_) if has_extension(path, ARTICLE_EXTENSIONS) => {
            folder.articles.push(article(path));
            return folder;
        }
        // A folder (or any other path) that is missing, a link that leads nowhere, or one
        // the system will not let diplocat look at: the same.
        Err(e) => {
            let why = match (e.kind(), fs::symlink_metadata(path)) {
                (std::io::ErrorKind::NotFound, Err(_)) => "does not exist; check the path (give an existing folder, an article file (.txt, .html, .htm) or a curated .csv file)".to_string(),
                _ => unreadable(path, &e),
            };
            folder.unreadable.push(Problem::file(&shown, why));
            return folder;
        }
    };
    if meta.is_file() {
        if has_extension(path, ARTICLE_EXTENSIONS) {
            folder.articles.push(article(path));
        } else if has_extension(path, &["csv"]) {
            if let Some(f) = read(path, problems) {
                folder.csv.push(f);
            }
        } else {
            problems.push(Problem::file(&shown, not_readable(path)));
        }
        return folder;
    }
    if !meta.is_dir() {
        problems.push(Problem::file(
            &shown,
            "is not a file or a folder (a pipe, a socket or a device); give article files or folders".to_string(),
        ));
        return folder;
    }
    let is_own =
        |entry: &Path| !own.is_empty() && entry.canonicalize().is_ok_and(|c| own.contains(&c));
    for entry in sorted_entries(path, &mut folder.unreadable) {
        if is_own(&entry) {
            continue;
        }
        if entry.is_dir() && entry.file_name().is_some_and(|n| n == "articles") {
            for a in sorted_entries(&entry, &mut folder.unreadable) {
                if is_article_file(&a) {
                    folder.articles.push(article(&a));
                } else {
                    skip(&mut folder, &a);
                }
            }
        } else if entry.is_file() && has_extension(&entry, &["csv"]) {
            if let Some(f) = read(&entry, problems) {
                folder.csv.push(f);
            }
        } else if is_article_file(&entry) {
            folder.articles.push(article(&entry));
        } else {
            skip(&mut folder, &entry);
        }
    }
    if folder.csv.is_empty()
        && folder.articles.is_empty()
        && folder.unreadable.is_empty()
        && problems.is_empty()
    {
        problems.push(Problem::file(
            &shown,
            "holds no articles (.txt or .html files, or an articles/ folder) and no curated CSV files; give a seed-style folder or article files".to_string(),
        ));
    }
    folder
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
    /// The article's text: the file's, or a saved page's text read out of its HTML.
    pub raw_text: String,
    pub layout: ArticleLayout,
    /// What a saved web page says about itself (title, date, author, address).
    pub page: Option<html::PageMeta>,
    /// Places of the world gazetteer the article names (indexes into `WORLD`), its dateline's
    /// first; filled for the writer only.
    pub places: Vec<usize>,
}

/// Reads and decodes one article file: its text (a saved page's read out of its HTML) and what
/// the page says about itself. `Err(true)` is a problem that `--strict` decides about (the
/// file cannot be read, or is not text: skipped without it, one bad file never sinks a
/// batch); `Err(false)` is always an error.
pub(super) fn read_text(
    file: &SourceFile,
) -> Result<(String, Option<html::PageMeta>), (Problem, bool)> {
    let too_large = |len: u64| {
        (
            Problem::file(&file.path, format!(
                "is {:.1} MB, and an article page is far smaller (diplocat takes up to {} MB); check that it is one article, or split it",
                len as f64 / 1e6,
                MAX_ARTICLE_BYTES / 1_000_000
            )),
            true,
        )
    };
    // Measured before it is read: a 200 MB file is refused without holding it in memory.
    let len = file.size_in_bytes().map_err(|p| (p, true))?;
    if len > MAX_ARTICLE_BYTES as u64 {
        return Err(too_large(len));
    }
    let bytes = file.bytes().map_err(|p| (p, true))?;
    if bytes.len() > MAX_ARTICLE_BYTES {
        return Err(too_large(bytes.len() as u64));
    }
    let decoded = decode_article(&file.path, &bytes).map_err(|p| (p, true))?;
    // A saved web page: its text (the catalog's raw_text) and what it says about itself.
    let (raw_text, page) = if is_html(&file.path) {
        let (text, meta) = html::page_text(&decoded);
        (text, Some(meta))
    } else {
        (decoded, None)
    };
    Ok((raw_text, page))
}

/// Reads, decodes and lays out one article file (see `read_text` for its errors); a file that
/// holds only page furniture is `Err(true)` too.
pub(super) fn lay_out(file: &SourceFile) -> Result<LaidOut, (Problem, bool)> {
    let (raw_text, page) = read_text(file)?;
    let layout = parse_article(&raw_text);
    if !layout.has_text() {
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
        page,
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
    // "Indonesian Foreign Minister": the country whose post it is.
    for iso in crate::extract::countries_of_titles(&layout.body) {
        if let Some(c) = world.country(iso).filter(|c| !out.contains(c)) {
            out.push(c);
        }
    }
    out
}

impl ArticleInput {
    /// The article's text and layout, read again from its file. `Err(true)`: a file that
    /// holds only page furniture, which `--strict` decides about (the plan only hashed it).
    pub fn lay_out(&self) -> Result<LaidOut, (Problem, bool)> {
        let mut laid = lay_out(&self.file)?;
        if sha256_hex(&laid.raw_text) != self.sha256 {
            return Err((
                Problem::file(
                    &self.file.path,
                    "changed while it was being imported; import it again".into(),
                ),
                false,
            ));
        }
        laid.places = world_places(&laid.layout);
        Ok(laid)
    }
}

/// The largest article file diplocat reads; a news page is a few kilobytes.
pub const MAX_ARTICLE_BYTES: usize = 5_000_000;

/// Line and column (1-based, the column in characters) of a byte offset of a file, for
/// messages about what is at that byte.
pub(crate) fn line_and_column(bytes: &[u8], at: usize) -> (u64, u64) {
    let before = &bytes[..at.min(bytes.len())];
    let line = 1 + before.iter().filter(|b| **b == b'\n').count() as u64;
    let start = before
        .iter()
        .rposition(|b| *b == b'\n')
        .map_or(0, |p| p + 1);
    let column = 1 + String::from_utf8_lossy(&before[start..]).chars().count() as u64;
    (line, column)
}

/// Whether bytes that are no UTF-8 look like no text at all (an image, an archive) rather than
/// text in another encoding: control bytes other than tab, line ends and form feed in the
/// first 4 KiB, or more high bytes than a Latin-1 text has.
pub(crate) fn looks_binary(bytes: &[u8]) -> bool {
    let sample = &bytes[..bytes.len().min(4096)];
    let controls = sample
        .iter()
        .filter(|&&b| b < 0x20 && !matches!(b, b'\t' | b'\n' | b'\r' | 0x0c))
        .count();
    let high = sample.iter().filter(|&&b| b >= 0x80).count();
    controls * 50 > sample.len() || high * 10 > sample.len() * 3
}

/// Decodes an article file: UTF-8 (a byte-order mark is dropped), not binary, not empty.
pub fn decode_article(path: &str, bytes: &[u8]) -> Result<String, Problem> {
    let bytes = bytes.strip_prefix(b"\xef\xbb\xbf").unwrap_or(bytes);
    if bytes.starts_with(b"\xff\xfe") || bytes.starts_with(b"\xfe\xff") {
        return Err(Problem::file(path, "is UTF-16 text; save it as UTF-8 (e.g. `iconv -f UTF-16 -t UTF-8`) and import it again".into()));
    }
    let place = |at: usize| line_and_column(bytes, at);
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
                message: if looks_binary(bytes) {
                    format!("is not UTF-8 text (at byte offset {at}) and looks binary (control bytes, or mostly bytes of no text): give the article's text, the page saved as .txt or .html")
                } else {
                    format!("is not UTF-8 text (at byte offset {at}); if it is Latin-1 text, convert it with `iconv -f latin1 -t UTF-8` and import it again")
                },
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

pub(super) fn sha256_hex(text: &str) -> String {
    let digest = Sha256::digest(text.as_bytes());
    digest.iter().map(|b| format!("{b:02x}")).collect()
}
