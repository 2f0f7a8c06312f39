//! Command-line interface: every clap type; the doc comments are the --help text.

use std::path::PathBuf;

use clap::{Args, Parser, Subcommand};

use crate::output::Format;

/// diplocat: a catalog of news articles about official meetings (who met whom, when, where,
/// in which role, reported by which article and sentence) in one SQLite file.
#[derive(Debug, Parser)]
#[command(name = "diplocat", version, about, long_about = None)]
pub struct Cli {
    /// The catalog file (created by `import` if missing).
    #[arg(
        long,
        global = true,
        env = "DIPLOCAT_DB",
        default_value = "diplocat.db"
    )]
    pub db: PathBuf,

    #[command(subcommand)]
    pub command: Command,
}

#[derive(Debug, Subcommand)]
pub enum Command {
    /// Import articles and curated CSV files; with no PATH, the seed bundled in the binary.
    Import(ImportArgs),
    /// Show the catalog's path, schema version, migrations and row counts.
    Status(StatusArgs),
    /// Bring a catalog made by an older diplocat up to this version's schema (keeps every row).
    Upgrade,
    /// List the canned reports, or run one: `diplocat report meetings -p person=AlMalik`.
    Report(ReportArgs),
    /// Run your own read-only SQL: `diplocat query "SELECT ..."`, `-f FILE`, or `-` for stdin.
    Query(QueryArgs),
    /// Write every table and every parameterless report to DIR/NAME.csv.
    Export(ExportArgs),
    /// Full-text search over the articles, ranked by relevance (bm25).
    Search(SearchArgs),
    /// Score the catalog's meetings against a hand-made gold: precision, recall, F1, dates,
    /// places, confidence, junk entities, and per article what was missed and extra.
    Evaluate(EvaluateArgs),
    /// Who met whom as a network: GraphML, GEXF, DOT, JSON, an SVG picture, or the places as
    /// GeoJSON, with the filters of `report meetings`.
    Graph(GraphArgs),
    /// Charts as SVG: meetings over time by kind, or one person's counterparts over time.
    Chart(ChartArgs),
    /// Write the metadata Datasette reads (`datasette CATALOG -m metadata.json`): every table's
    /// and column's description, search on articles, and every report as a canned query.
    DatasetteMetadata(DatasetteMetadataArgs),
    /// Print a shell completion script:
    /// `diplocat completions bash > ~/.local/share/bash-completion/completions/diplocat`.
    Completions(CompletionsArgs),
    /// Print the manual page (roff): `diplocat man > ~/.local/share/man/man1/diplocat.1`.
    Man(ManArgs),
}

#[derive(Debug, Args)]
pub struct ImportArgs {
    /// Seed-style folders (articles/ plus curated CSV files), folders of articles (.txt, or
    /// pages saved as .html/.htm), article files, or curated .csv files.
    pub paths: Vec<PathBuf>,
    /// Check and count everything and print, per article, what it would give (its metadata,
    /// the people, titles and acronyms learned, every meeting with its date, place, confidence
    /// and sentence); write nothing.
    #[arg(long)]
    pub dry_run: bool,
    /// Abort the whole import, writing nothing, when a file would be skipped: not text, only
    /// page furniture, or a CSV file that is none of the curated files (default: skip it, name
    /// it, and exit with status 1), or a folder's file of another format, .md or .pdf (default:
    /// name it as skipped, exit status 0).
    #[arg(long)]
    pub strict: bool,
    /// Read every stored article again with this diplocat's extractor (after an upgrade);
    /// what it no longer finds is removed, unless curated or accepted. Without PATH, nothing
    /// else is imported.
    #[arg(long)]
    pub reextract: bool,
    /// Who made the decisions in a decisions.csv being imported (default: your login name).
    #[arg(long, value_name = "NAME")]
    pub by: Option<String>,
}

#[derive(Debug, Args)]
pub struct StatusArgs {
    /// Also read and check every page of the catalog (PRAGMA quick_check): about a second
    /// per gigabyte. Exit status 1 when it is damaged.
    #[arg(long)]
    pub check: bool,
}

#[derive(Debug, Args)]
pub struct ReportArgs {
    /// The report to run; omit to list every report with its parameters.
    pub name: Option<String>,
    /// A parameter as KEY=VALUE (repeatable).
    #[arg(short = 'p', long = "param", value_name = "KEY=VALUE", value_parser = parse_param)]
    pub params: Vec<Param>,
    /// List every report with its parameters (as `diplocat report` alone does).
    #[arg(long, conflicts_with_all = ["name", "params"])]
    pub list: bool,
    #[command(flatten)]
    pub output: OutputArgs,
}

#[derive(Debug, Args)]
pub struct QueryArgs {
    /// The SQL statement, or - to read it from standard input.
    pub sql: Option<String>,
    /// Read the SQL from this file.
    #[arg(short = 'f', long = "file", conflicts_with = "sql")]
    pub file: Option<PathBuf>,
    /// A parameter as KEY=VALUE, bound to :KEY (repeatable).
    #[arg(short = 'p', long = "param", value_name = "KEY=VALUE", value_parser = parse_param)]
    pub params: Vec<Param>,
    /// Stop the query after this many seconds (1 or more).
    #[arg(long, default_value_t = 30, value_name = "SECONDS", value_parser = parse_timeout)]
    pub timeout: u64,
    #[command(flatten)]
    pub output: OutputArgs,
}

#[derive(Debug, Args)]
pub struct ExportArgs {
    /// The folder to write into (created if missing).
    pub dir: PathBuf,
    /// Spreadsheet-safe CSV: byte-order mark, CRLF, formula-looking cells neutralised.
    #[arg(long)]
    pub excel: bool,
    /// Replace files of the same names in a folder that is no earlier export (curated files,
    /// say), or write beside the articles of a folder.
    #[arg(long)]
    pub force: bool,
}

#[derive(Debug, Args)]
pub struct SearchArgs {
    /// Words to look for (taken as plain words unless --raw).
    pub words: String,
    /// Pass FTS5 query syntax through (AND, OR, NEAR, "phrases", prefix*).
    #[arg(long)]
    pub raw: bool,
    /// At most this many articles.
    #[arg(long, default_value_t = 20)]
    pub limit: u64,
    #[command(flatten)]
    pub output: OutputArgs,
}

#[derive(Debug, Args)]
pub struct EvaluateArgs {
    /// The gold events: file,meeting_date,place,participants,kind (participants joined by " | ").
    pub gold: PathBuf,
    /// The gold's names: file,type,name,aliases_in_text (aliases joined by " | ").
    #[arg(long, value_name = "ENTITIES.csv")]
    pub entities: PathBuf,
    /// Only gold rows of files whose name starts with this, and every catalog article
    /// whose name does (default: the articles the gold and the entity list name).
    #[arg(long, value_name = "PREFIX")]
    pub files_prefix: Option<String>,
    #[command(flatten)]
    pub output: OutputArgs,
}

#[derive(Debug, Args)]
pub struct GraphArgs {
    /// Only some meetings, as `report meetings` takes them: person=, organization=, place=,
    /// kind=, from=, to= (repeatable).
    #[arg(short = 'p', long = "param", value_name = "KEY=VALUE", value_parser = parse_param)]
    pub params: Vec<Param>,
    /// graphml (Gephi, yEd, Cytoscape), gexf (Gephi), dot (Graphviz), json (nodes and links),
    /// svg (a picture), geojson (the places, for maps). Default: svg with -o FILE.svg, and so
    /// on for each format's extension; else graphml.
    #[arg(long, value_enum)]
    pub format: Option<GraphFormat>,
    /// Write to this file (atomically) instead of standard output.
    #[arg(short = 'o', long, value_name = "FILE")]
    pub output: Option<PathBuf>,
    /// In the svg picture, only this many participants with the most meetings (the files
    /// hold every one).
    #[arg(long, default_value_t = 60, value_name = "N")]
    pub limit: u64,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum GraphFormat {
    Graphml,
    Gexf,
    Dot,
    Json,
    Svg,
    Geojson,
}

impl GraphFormat {
    /// The format a file name's extension asks for.
    pub fn from_extension(path: &std::path::Path) -> Option<GraphFormat> {
        let ext = path.extension()?.to_str()?.to_ascii_lowercase();
        Some(match ext.as_str() {
            "graphml" => GraphFormat::Graphml,
            "gexf" => GraphFormat::Gexf,
            "dot" | "gv" => GraphFormat::Dot,
            "json" => GraphFormat::Json,
            "svg" => GraphFormat::Svg,
            "geojson" => GraphFormat::Geojson,
            _ => return None,
        })
    }
}

#[derive(Debug, Args)]
pub struct ChartArgs {
    /// timeline: meetings per year (or month) stacked by kind; contacts: one person's
    /// counterparts over time (needs -p person=).
    #[arg(value_enum)]
    pub chart: ChartKind,
    /// The filters of `report meetings` (person=, organization=, place=, kind=, from=, to=)
    /// and, for the timeline, by=year or by=month (repeatable).
    #[arg(short = 'p', long = "param", value_name = "KEY=VALUE", value_parser = parse_param)]
    pub params: Vec<Param>,
    /// Write the SVG to this file (atomically) instead of standard output.
    #[arg(short = 'o', long, value_name = "FILE")]
    pub output: Option<PathBuf>,
    /// Not an option of charts (they are SVG): read to say so, rather than clap's tip.
    #[arg(long, hide = true, value_name = "FORMAT")]
    pub format: Option<String>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum ChartKind {
    Timeline,
    Contacts,
}

#[derive(Debug, Args)]
pub struct DatasetteMetadataArgs {
    /// Write the metadata to this file (atomically) instead of standard output.
    #[arg(short = 'o', long, value_name = "FILE")]
    pub output: Option<PathBuf>,
}

#[derive(Debug, Args)]
pub struct CompletionsArgs {
    /// The shell to complete for.
    #[arg(value_enum)]
    pub shell: clap_complete::Shell,
}

#[derive(Debug, Args)]
pub struct ManArgs {
    /// Write the page to this file (atomically) instead of standard output.
    #[arg(short = 'o', long, value_name = "FILE")]
    pub output: Option<PathBuf>,
}

/// A `-p KEY=VALUE` parameter, split where it enters.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Param {
    pub key: String,
    pub value: String,
}

/// `--timeout`: whole seconds, at least one.
fn parse_timeout(s: &str) -> Result<u64, String> {
    match s.trim().parse::<u64>() {
        Ok(0) => Err("0 seconds would stop every query at once; give 1 or more".into()),
        Ok(n) => Ok(n),
        Err(_) => Err(format!(
            "{s:?} is no whole number of seconds; give one, such as 30"
        )),
    }
}

fn parse_param(s: &str) -> Result<Param, String> {
    match s.split_once('=') {
        Some((k, v)) if !k.trim().is_empty() => Ok(Param {
            key: k.trim().to_string(),
            value: v.to_string(),
        }),
        _ => Err(format!(
            "{s:?} is not KEY=VALUE; write for example -p person=AlMalik"
        )),
    }
}

/// Where and how results are written.
#[derive(Debug, Clone, Args)]
pub struct OutputArgs {
    /// Output format (default: table on a terminal, csv otherwise; with -o FILE, the format
    /// its name ends in: .csv, .tsv, .json, .ndjson or .jsonl, else csv).
    #[arg(long, value_enum)]
    pub format: Option<Format>,
    /// Write to this file (atomically: a failed run leaves no partial file).
    #[arg(short = 'o', long, value_name = "FILE")]
    pub output: Option<PathBuf>,
    /// Spreadsheet-safe CSV: byte-order mark, CRLF, formula-looking cells neutralised.
    #[arg(long)]
    pub excel: bool,
}
