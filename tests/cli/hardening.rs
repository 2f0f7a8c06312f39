//! Crash safety, concurrency and damaged catalogs: the catalog is always whole.

use std::path::Path;
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

use rand::{Rng, SeedableRng};
use sha2::{Digest, Sha256};

use crate::{dump, TestResult, Workspace};

fn bin() -> std::path::PathBuf {
    assert_cmd::cargo::cargo_bin("diplocat")
}

fn spawn(db: &Path, args: &[&str]) -> std::io::Result<Child> {
    Command::new(bin())
        .env_remove("DIPLOCAT_DB")
        .arg("--db")
        .arg(db)
        .args(args)
        .stdout(Stdio::null())
        .stderr(Stdio::piped())
        .spawn()
}

/// Integrity, foreign keys and a digest of every row.
fn check(db: &Path) -> Result<String, Box<dyn std::error::Error>> {
    let conn = rusqlite::Connection::open(db)?;
    let integrity: String = conn.query_row("PRAGMA integrity_check", [], |r| r.get(0))?;
    assert_eq!(integrity, "ok");
    let fk: i64 = conn.query_row("SELECT count(*) FROM pragma_foreign_key_check", [], |r| {
        r.get(0)
    })?;
    assert_eq!(fk, 0, "foreign_key_check found {fk} dangling references");
    let fts: String = conn.query_row(
        "SELECT count(*) || '/' || (SELECT count(*) FROM articles) FROM articles_fts",
        [],
        |r| r.get(0),
    )?;
    let mut h = Sha256::new();
    for line in dump(&conn)? {
        h.update(line.as_bytes());
        h.update(b"\n");
    }
    h.update(fts.as_bytes());
    Ok(h.finalize().iter().map(|b| format!("{b:02x}")).collect())
}

fn copy_catalog(from: &Path, to: &Path) -> std::io::Result<()> {
    for ext in ["-wal", "-shm"] {
        let _ = std::fs::remove_file(format!("{}{ext}", to.display()));
    }
    std::fs::copy(from, to).map(|_| ())
}

#[test]
fn an_import_killed_at_any_moment_leaves_the_catalog_as_before_or_after_it() -> TestResult {
    let ws = Workspace::seeded()?;
    let corpus = ws.dir.path().join("corpus");
    crate::synth::write_corpus(&corpus, 11, 2_000)?;
    let articles = corpus.join("articles");
    let articles = articles.to_str().ok_or("path")?;
    let pristine = ws.dir.path().join("pristine.db");
    copy_catalog(&ws.db(), &pristine)?;
    let before = check(&ws.db())?;

    // The same import, uninterrupted, on a copy: the state after.
    let reference = ws.dir.path().join("reference.db");
    copy_catalog(&pristine, &reference)?;
    let start = Instant::now();
    let out = spawn(&reference, &["import", articles])?.wait_with_output()?;
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let took = start.elapsed();
    let after = check(&reference)?;
    assert_ne!(before, after);

    let mut rng = rand_chacha::ChaCha8Rng::seed_from_u64(20);
    let (mut saw_before, mut saw_after) = (0, 0);
    for kill in 0..20 {
        let at = Duration::from_millis(rng.random_range(0..took.as_millis() as u64 * 4 / 5 + 1));
        let mut child = spawn(&ws.db(), &["import", articles])?;
        std::thread::sleep(at);
        let _ = child.kill(); // SIGKILL; the import may also have finished already
        child.wait()?;
        let state = check(&ws.db())?;
        assert!(
            state == before || state == after,
            "kill {kill} at {at:?}: the catalog is neither as before nor as after the import"
        );
        if state == after {
            saw_after += 1;
            copy_catalog(&pristine, &ws.db())?;
        } else {
            saw_before += 1;
        }
    }
    assert!(saw_before > 0, "no kill landed during the import");
    let out = spawn(&ws.db(), &["import", articles])?.wait_with_output()?;
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    if check(&ws.db())? != after {
        // Seen once under CI's load: say which rows differ, not only that the digests do.
        let want = dump(&rusqlite::Connection::open(&reference)?)?;
        let got = dump(&rusqlite::Connection::open(ws.db())?)?;
        let only = |a: &[String], b: &[String]| -> Vec<String> {
            let b: std::collections::HashSet<&String> = b.iter().collect();
            a.iter()
                .filter(|x| !b.contains(x))
                .take(10)
                .cloned()
                .collect()
        };
        panic!(
            "the import after 20 kills gave another catalog than the same import uninterrupted\n\
             only in the reference ({} rows): {:#?}\nonly after the kills ({} rows): {:#?}",
            want.len(),
            only(&want, &got),
            got.len(),
            only(&got, &want)
        );
    }
    eprintln!("20 kills: {saw_before} left the state before, {saw_after} after");
    Ok(())
}

#[test]
fn readers_see_a_whole_catalog_during_an_import_and_a_second_import_waits() -> TestResult {
    let ws = Workspace::seeded()?;
    let corpus = ws.dir.path().join("corpus");
    crate::synth::write_corpus(&corpus, 12, 400)?;
    let articles = corpus.join("articles");
    let articles = articles.to_str().ok_or("path")?;
    let seeded: i64 = ws
        .open()?
        .query_row("SELECT count(*) FROM articles", [], |r| r.get(0))?;

    let mut first = spawn(&ws.db(), &["import", articles])?;
    std::thread::sleep(Duration::from_millis(200));
    let second = spawn(&ws.db(), &["import", articles])?;
    let mut reads = 0;
    while first.try_wait()?.is_none() {
        let out = ws
            .cmd(&[
                "query",
                "SELECT count(*) AS n FROM articles",
                "--format",
                "csv",
            ])?
            .output()?;
        assert!(
            out.status.success(),
            "{}",
            String::from_utf8_lossy(&out.stderr)
        );
        let n: i64 = String::from_utf8(out.stdout)?
            .lines()
            .nth(1)
            .ok_or("no row")?
            .parse()?;
        assert!(
            n == seeded || n == seeded + 400,
            "a reader saw {n} articles"
        );
        let out = ws
            .cmd(&["report", "meetings", "--format", "csv"])?
            .output()?;
        assert!(
            out.status.success(),
            "{}",
            String::from_utf8_lossy(&out.stderr)
        );
        reads += 1;
    }
    assert!(first.wait()?.success());
    assert!(reads > 0, "the import ended before any read");
    let second = second.wait_with_output()?;
    let err = String::from_utf8_lossy(&second.stderr);
    // The second import waited and then found everything already there, or gave up clearly.
    assert!(
        second.status.success() || err.contains("another process"),
        "{err}"
    );
    check(&ws.db())?;
    let n: i64 = ws
        .open()?
        .query_row("SELECT count(*) FROM articles", [], |r| r.get(0))?;
    assert_eq!(n, seeded + 400);
    Ok(())
}

/// Runs each command on a damaged catalog: non-zero, a message naming the catalog and
/// what to do, and not a byte changed. Import checks every page before it writes; a read
/// only notices damage in the pages it reads, so with `reads_may_pass` a read may succeed.
fn refused_and_untouched(ws: &Workspace, expect: &str, reads_may_pass: bool) -> TestResult {
    let bytes = std::fs::read(ws.db())?;
    for (args, read) in [
        (&["import"][..], false),
        (&["status"], true),
        (&["status", "--check"], false),
        (&["report", "meetings"], true),
        (&["query", "SELECT count(*) FROM evidence"], true),
        (&["search", "ICESCO"], true),
    ] {
        let out = ws.cmd(args)?.output()?;
        let err = String::from_utf8_lossy(&out.stderr);
        assert_eq!(std::fs::read(ws.db())?, bytes, "{args:?} changed the file");
        if out.status.success() && read && reads_may_pass {
            continue;
        }
        assert!(!out.status.success(), "{args:?} succeeded");
        assert!(
            err.contains("catalog.db") && err.contains(expect),
            "{args:?}: {err}"
        );
        assert_eq!(std::fs::read(ws.db())?, bytes, "{args:?} changed the file");
    }
    Ok(())
}

#[test]
fn a_file_that_is_not_a_database_is_refused_and_left_alone() -> TestResult {
    let ws = Workspace::new()?;
    std::fs::write(ws.db(), "key,name\nnot,a database\n".repeat(200))?;
    refused_and_untouched(&ws, "not a diplocat catalog", false)
}

#[test]
fn a_truncated_catalog_is_refused_and_left_alone() -> TestResult {
    let ws = Workspace::seeded()?;
    let bytes = std::fs::read(ws.db())?;
    std::fs::write(ws.db(), &bytes[..bytes.len() / 3])?;
    refused_and_untouched(&ws, "damaged", false)
}

#[test]
fn a_corrupted_catalog_is_refused_and_left_alone() -> TestResult {
    let ws = Workspace::seeded()?;
    let mut bytes = std::fs::read(ws.db())?;
    let mid = bytes.len() / 2;
    for (i, b) in bytes[mid..mid + 8192].iter_mut().enumerate() {
        *b = (i * 7 % 251) as u8;
    }
    std::fs::write(ws.db(), &bytes)?;
    refused_and_untouched(&ws, "damaged", true)
}

/// Runs a command to its end; its exit code, standard error and peak memory in MB.
pub(crate) fn run_measured(
    cmd: &mut Command,
) -> Result<(i32, String, f64), Box<dyn std::error::Error>> {
    let child = cmd.stdout(Stdio::null()).stderr(Stdio::piped()).spawn()?;
    let pid = child.id() as libc::pid_t;
    let mut status = 0;
    // SAFETY: rusage is plain data; pid is this test's own child, waited for only here.
    let mut usage: libc::rusage = unsafe { std::mem::zeroed() };
    let r = unsafe { libc::wait4(pid, &mut status, 0, &mut usage) };
    assert_eq!(r, pid);
    let mut err = String::new();
    if let Some(mut e) = child.stderr {
        use std::io::Read;
        e.read_to_string(&mut err)?;
    }
    Ok((
        libc::WEXITSTATUS(status),
        err,
        usage.ru_maxrss as f64 / 1024.0,
    ))
}

#[test]
fn runaway_queries_are_stopped_by_the_time_limit_with_memory_flat() -> TestResult {
    let ws = Workspace::seeded()?;
    let before = std::fs::read(ws.db())?;
    let million =
        "WITH RECURSIVE n(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM n WHERE x < 1000000)";
    for sql in [
        format!("{million} SELECT count(*) FROM n AS a, n AS b"),
        format!("{million} SELECT a.x, b.x FROM n AS a CROSS JOIN n AS b"),
        "WITH RECURSIVE c(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM c) SELECT x FROM c".into(),
        "WITH RECURSIVE c(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM c) SELECT count(*) FROM c ORDER BY 1".into(),
        format!("{million} SELECT group_concat(a.x) FROM n AS a, n AS b"),
    ] {
        let (code, err, peak) = run_measured(
            Command::new(bin())
                .env_remove("DIPLOCAT_DB")
                .arg("--db")
                .arg(ws.db())
                .args(["query", &sql, "--timeout", "2", "--format", "csv"]),
        )?;
        assert_eq!(code, 1, "{sql}: {err}");
        assert!(err.contains("time limit of 2 s"), "{sql}: {err}");
        // group_concat builds one string, bounded by SQLite's length limit; the rest stream.
        assert!(peak < 300.0, "{sql}: peak memory {peak:.0} MB");
    }
    assert_eq!(std::fs::read(ws.db())?, before);
    Ok(())
}

#[test]
fn hostile_parameters_and_search_terms_are_plain_values() -> TestResult {
    let ws = Workspace::seeded()?;
    let before = std::fs::read(ws.db())?;
    // One command-line argument holds at most 128 KiB on Linux (MAX_ARG_STRLEN): the longest
    // value a user can give with -p. A megabyte goes through SQL read from standard input.
    let long = "x'\"".repeat(40_000);
    let values = [
        "x' OR 1=1 --".to_string(),
        "\"; DROP TABLE people; --".into(),
        "Al* OR ICESCO NEAR(a b) NOT \"x".into(),
        "a\u{1}b\u{7}c\u{1b}[31md\r\ne\t".into(),
        "\u{202e}evil\u{202d} \u{feff}".into(),
        long,
    ];
    for v in &values {
        // Typed parameters that name no entity are refused as usage errors, never run.
        let out = ws
            .cmd(&["report", "meetings", "-p", &format!("person={v}")])?
            .output()?;
        assert_eq!(
            out.status.code(),
            Some(2),
            "{}",
            String::from_utf8_lossy(&out.stderr)
        );
        // A text parameter comes back exactly as given.
        let out = ws
            .cmd(&[
                "query",
                "SELECT length(:v) AS n",
                "-p",
                &format!("v={v}"),
                "--format",
                "csv",
            ])?
            .output()?;
        assert!(
            out.status.success(),
            "{}",
            String::from_utf8_lossy(&out.stderr)
        );
        assert_eq!(
            String::from_utf8(out.stdout)?,
            format!("n\n{}\n", v.chars().count())
        );
        // Search words are words, not FTS5 syntax.
        let out = ws.cmd(&["search", v])?.output()?;
        assert!(
            out.status.success(),
            "{}",
            String::from_utf8_lossy(&out.stderr)
        );
    }
    let megabyte = "x''\"; DROP TABLE people; --".repeat(40_000);
    ws.cmd(&["query", "-f", "-", "--format", "csv"])?
        .write_stdin(format!("SELECT length('{megabyte}') AS n"))
        .assert()
        .success()
        .stdout(format!("n\n{}\n", megabyte.chars().count() - 40_000));
    assert_eq!(std::fs::read(ws.db())?, before);
    Ok(())
}

/// diplocat as a user who may not write to `dir`: this user when not root, else `nobody`
/// through setpriv (root may write anywhere).
fn unprivileged(
    db: &Path,
    args: &[&str],
) -> Result<std::process::Output, Box<dyn std::error::Error>> {
    let mut cmd = if unsafe { libc::geteuid() } == 0 {
        let mut c = Command::new("setpriv");
        c.args(["--reuid=65534", "--regid=65534", "--clear-groups"])
            .arg(bin());
        c
    } else {
        Command::new(bin())
    };
    Ok(cmd
        .env_remove("DIPLOCAT_DB")
        .arg("--db")
        .arg(db)
        .args(args)
        .output()
        .map_err(|e| format!("setpriv is needed for this test when run as root: apt-get install util-linux ({e})"))?)
}

#[test]
fn a_read_only_catalog_or_folder_refuses_imports_clearly_and_still_answers_reports() -> TestResult {
    use std::os::unix::fs::PermissionsExt;
    let ws = Workspace::seeded()?;
    // The folders are readable by everyone (a TempDir is private to its owner).
    std::fs::set_permissions(ws.dir.path(), std::fs::Permissions::from_mode(0o755))?;
    let dir = ws.dir.path().join("shelf");
    std::fs::create_dir(&dir)?;
    let db = dir.join("catalog.db");
    std::fs::copy(ws.db(), &db)?;
    let article = crate::fixture("raw-articles/trend.txt");
    let article = article.to_str().ok_or("path")?;
    for (dir_mode, file_mode) in [(0o755, 0o444), (0o555, 0o666)] {
        std::fs::set_permissions(&db, std::fs::Permissions::from_mode(file_mode))?;
        std::fs::set_permissions(&dir, std::fs::Permissions::from_mode(dir_mode))?;
        let bytes = std::fs::read(&db)?;
        let out = unprivileged(&db, &["import", article])?;
        let err = String::from_utf8_lossy(&out.stderr);
        assert_eq!(out.status.code(), Some(1), "{err}");
        assert!(
            err.contains("catalog.db") && err.contains("read-only"),
            "{err}"
        );
        assert!(std::fs::read(&db)? == bytes, "the import changed the file");
        // A dry run writes nothing, so it works on a catalog its user may only read (trial 29).
        let out = unprivileged(&db, &["import", "--dry-run", article])?;
        let err = String::from_utf8_lossy(&out.stderr);
        assert_eq!(out.status.code(), Some(0), "{err}");
        let said = String::from_utf8_lossy(&out.stdout);
        assert!(
            said.contains("dry run: nothing was written") && said.contains("meetings"),
            "{said}"
        );
        assert!(std::fs::read(&db)? == bytes, "the dry run changed the file");
        let out = unprivileged(&db, &["report", "meetings", "--format", "csv"])?;
        assert!(
            out.status.success(),
            "{}",
            String::from_utf8_lossy(&out.stderr)
        );
        assert_eq!(String::from_utf8(out.stdout)?.lines().count(), 20);
        std::fs::set_permissions(&dir, std::fs::Permissions::from_mode(0o755))?;
    }
    Ok(())
}

/// Why a test that fills a disk cannot run: mounting a small tmpfs needs root, as in CI.
const NEEDS_ROOT: &str = "this test mounts a small tmpfs to fill a disk, which needs root (CI runs `cargo test` as root): run it as root, e.g. `sudo -E cargo test`";

/// A tmpfs of `size` mounted on a new folder, unmounted when dropped.
struct SmallDisk {
    dir: tempfile::TempDir,
}

impl SmallDisk {
    fn mount(size: &str) -> Result<Option<SmallDisk>, Box<dyn std::error::Error>> {
        let dir = tempfile::TempDir::new()?;
        let ok = Command::new("mount")
            .args(["-t", "tmpfs", "-o", &format!("size={size}"), "tmpfs"])
            .arg(dir.path())
            .stderr(Stdio::null())
            .status()
            .is_ok_and(|s| s.success());
        Ok(ok.then_some(SmallDisk { dir }))
    }
}

impl Drop for SmallDisk {
    fn drop(&mut self) {
        let _ = Command::new("umount").arg(self.dir.path()).status();
    }
}

#[test]
fn a_full_disk_rolls_the_import_back_and_says_so() -> TestResult {
    let ws = Workspace::seeded()?;
    // Mounting needs root (as in CI); elsewhere there is no way to fill a disk safely.
    let Some(disk) = SmallDisk::mount("1200k")? else {
        return Err(NEEDS_ROOT.into());
    };
    let db = disk.dir.path().join("catalog.db");
    std::fs::copy(ws.db(), &db)?;
    let before = check(&db)?;
    let corpus = ws.dir.path().join("corpus");
    crate::synth::write_corpus(&corpus, 13, 300)?;
    let out = spawn(
        &db,
        &["import", corpus.join("articles").to_str().ok_or("path")?],
    )?
    .wait_with_output()?;
    let err = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(1), "{err}");
    assert!(
        err.contains("catalog.db") && err.contains("disk is full"),
        "{err}"
    );
    assert_eq!(check(&db)?, before);
    Ok(())
}

#[test]
fn a_full_disk_during_export_names_the_file_and_its_folder() -> TestResult {
    let ws = Workspace::seeded()?;
    let Some(disk) = SmallDisk::mount("96k")? else {
        return Err(NEEDS_ROOT.into());
    };
    let out = ws
        .cmd(&["export", &disk.dir.path().join("out").display().to_string()])?
        .output()?;
    let err = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(1), "{err}");
    assert!(
        err.contains("cannot write") && err.contains(".csv (in "),
        "{err}"
    );
    assert!(err.contains("No space left on device"), "{err}");
    Ok(())
}
