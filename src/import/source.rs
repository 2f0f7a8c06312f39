//! Where an import reads from: the seed bundled in the binary, seed-style folders on disk
//! (articles/ plus curated CSV files), folders of article files, or single article files.

use std::borrow::Cow;
use std::fs;
use std::path::{Path, PathBuf};

use include_dir::{include_dir, Dir};

use super::Problem;

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
    /// The file's bytes, read from disk when they live there.
    pub fn bytes(&self) -> Result<Cow<'_, [u8]>, Problem> {
        match &self.content {
            Content::Bytes(b) => Ok(Cow::Borrowed(b)),
            Content::Bundled(b) => Ok(Cow::Borrowed(b)),
            Content::Disk(p) => fs::read(p).map(Cow::Owned).map_err(|e| {
                Problem::file(
                    &self.path,
                    format!("cannot read it ({e}); check the path and its permissions"),
                )
            }),
        }
    }
}

/// A set of articles and the curated CSV files that describe them.
#[derive(Debug, Clone, Default)]
pub struct SeedFolder {
    pub csv: Vec<SourceFile>,
    pub articles: Vec<SourceFile>,
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
                format!("cannot read it ({e}); check the path and its permissions"),
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

fn is_article_file(p: &Path) -> bool {
    p.is_file() && p.extension().is_some_and(|e| e.eq_ignore_ascii_case("txt"))
}

/// Reads one PATH given on the command line: a seed-style folder, a folder of .txt articles
/// (with an optional articles.csv sidecar), or one .txt article.
pub fn from_path(path: &Path, problems: &mut Vec<Problem>) -> SeedFolder {
    let mut folder = SeedFolder::default();
    let shown = path.display().to_string();
    let meta = match fs::metadata(path) {
        Ok(m) => m,
        Err(e) => {
            problems.push(Problem::file(
                &shown,
                format!("cannot open it ({e}); give an existing folder or .txt article file"),
            ));
            return folder;
        }
    };
    if meta.is_file() {
        folder.articles.push(article(path));
        return folder;
    }
    for entry in sorted_entries(path, problems) {
        if entry.is_dir() && entry.file_name().is_some_and(|n| n == "articles") {
            for a in sorted_entries(&entry, problems) {
                if is_article_file(&a) {
                    folder.articles.push(article(&a));
                }
            }
        } else if entry.is_file()
            && entry
                .extension()
                .is_some_and(|e| e.eq_ignore_ascii_case("csv"))
        {
            if let Some(f) = read(&entry, problems) {
                folder.csv.push(f);
            }
        } else if is_article_file(&entry) {
            folder.articles.push(article(&entry));
        }
    }
    if folder.csv.is_empty() && folder.articles.is_empty() && problems.is_empty() {
        problems.push(Problem::file(
            &shown,
            "holds no articles (.txt files, or an articles/ folder) and no curated CSV files; give a seed-style folder or article files".to_string(),
        ));
    }
    folder
}
