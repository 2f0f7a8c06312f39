//! Measuring child processes for the benchmarks: wall time and peak memory under
//! `/usr/bin/time`, the sqlite3 shell as a baseline, and the machine's description.

use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

use super::Result;

/// The diplocat binary this benchmark was built with.
const DIPLOCAT: &str = env!("CARGO_BIN_EXE_diplocat");

/// Wall time and peak resident memory (MB) of one child process.
pub struct Run {
    pub wall: Duration,
    pub peak_mb: f64,
}

/// Runs a command to completion, measuring its wall time and peak RSS. The command runs
/// under `/usr/bin/time` (Debian's package `time`), which reports its child's own peak: a
/// child forked from this process would count this process's memory as its own.
pub fn measure(cmd: &mut Command) -> Result<Run> {
    let start = Instant::now();
    let out = cmd.stdout(Stdio::null()).stderr(Stdio::piped()).output()?;
    let wall = start.elapsed();
    let err = String::from_utf8_lossy(&out.stderr);
    if !out.status.success() {
        return Err(format!("{cmd:?} failed ({}): {err}", out.status).into());
    }
    let peak_kb: f64 = err
        .lines()
        .rev()
        .find_map(|l| l.strip_prefix("BENCH_MAXRSS_KB="))
        .ok_or("no peak memory from /usr/bin/time (apt-get install time)")?
        .trim()
        .parse()?;
    Ok(Run {
        wall,
        peak_mb: peak_kb / 1024.0,
    })
}

/// `program` under `/usr/bin/time`, for [`measure`].
pub fn timed(program: &str) -> Command {
    let mut c = Command::new("/usr/bin/time");
    c.args(["-f", "BENCH_MAXRSS_KB=%M", program]);
    c
}

pub fn diplocat(db: &Path) -> Command {
    diplocat_build(DIPLOCAT, db)
}

/// Another build of diplocat (`--before PATH`), to compare with this one in the same run.
pub fn diplocat_build(program: &str, db: &Path) -> Command {
    let mut c = timed(program);
    c.arg("--db").arg(db);
    c
}

/// The sqlite3 shell running `script` (dot commands included) on `db`, from standard input.
pub fn sqlite3(db: &Path, args: &[&str], script: &str) -> Result<Command> {
    let file = db.with_extension("sql");
    std::fs::write(&file, script)?;
    let mut c = timed("sqlite3");
    c.args(args).arg(db).stdin(std::fs::File::open(&file)?);
    Ok(c)
}

pub fn fresh(path: &Path) -> Result<()> {
    for ext in ["", "-wal", "-shm"] {
        let p = PathBuf::from(format!("{}{ext}", path.display()));
        if p.exists() {
            std::fs::remove_file(p)?;
        }
    }
    Ok(())
}

pub fn mb(bytes: u64) -> f64 {
    bytes as f64 / 1_000_000.0
}

pub fn secs(d: Duration) -> f64 {
    d.as_secs_f64()
}

pub fn median(mut v: Vec<Duration>) -> Duration {
    v.sort();
    v[v.len() / 2]
}

pub fn machine() -> String {
    let cpu = std::fs::read_to_string("/proc/cpuinfo")
        .ok()
        .and_then(|s| {
            s.lines()
                .find(|l| l.starts_with("model name"))
                .and_then(|l| l.split(':').nth(1))
                .map(|s| s.trim().to_string())
        })
        .unwrap_or_else(|| "unknown CPU".into());
    let cores = std::thread::available_parallelism()
        .map(|n| n.get())
        .unwrap_or(1);
    let sqlite = Command::new("sqlite3")
        .arg("--version")
        .output()
        .ok()
        .and_then(|o| String::from_utf8(o.stdout).ok())
        .and_then(|s| s.split_whitespace().next().map(str::to_string))
        .unwrap_or_else(|| "not found".into());
    format!(
        "{cpu}, {cores} cores; sqlite3 shell {sqlite}; diplocat's bundled SQLite {}",
        rusqlite::version()
    )
}

/// Writes out what earlier steps left in the page cache (the import leaves about 1.5 GB), so
/// that its writeback does not slow the next measurement.
pub fn settle() -> Result<()> {
    Command::new("sync").status()?;
    Ok(())
}
