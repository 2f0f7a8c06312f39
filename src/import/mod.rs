//! The importer, the only writer: read every input, validate everything, then write it all in
//! one transaction, row by row as new, updated or unchanged.

mod article_meta;
mod decided;
mod decisions;
mod extracted;
mod learned;
mod matching;
mod name_owners;
mod pipeline;
mod places;
pub mod reextract;
mod removals;
mod store;
mod summary;
mod validate;
mod write;

use std::collections::{HashMap, HashSet};

use rusqlite::{Connection, OptionalExtension};

use crate::source::curated::CuratedRows;
use crate::source::{lay_out, read_text, sha256_hex, Problem, SeedFolder, SourceFile};

use crate::source::ArticleInput;
pub use summary::{Change, Counts, Summary};

use pipeline::{pipelined, BATCH};

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

#[derive(Debug, Clone, Default)]
pub struct ImportOptions {
    /// Who made the decisions of decisions.csv (`--by`; the login name by default).
    pub author: String,
    /// Abort the whole import when a file is not text, instead of skipping it.
    pub strict: bool,
    /// Validate and count, then roll back.
    pub dry_run: bool,
    /// Read every stored article again with this diplocat's extractor.
    pub reextract: bool,
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
    pub curated: CuratedRows,
    pub articles: Vec<ArticleInput>,
    /// Bodies of this import's articles that the curated files refer to, by file name.
    pub bodies: HashMap<String, String>,
    /// Non-text files that were skipped (not in strict mode).
    pub skipped: Vec<Problem>,
    /// Decisions recorded before that this import's decisions files no longer give.
    pub(in crate::import) withdrawn: Vec<decisions::Dropped>,
}

/// What writing the curated rows leaves for after extraction.
pub(crate) struct Followups {
    /// Stored articles to read again: those of what a withdrawn decision had changed.
    reread: std::collections::BTreeSet<i64>,
    /// Entities a withdrawn reject gave back, with the meetings they had been taken out of.
    rejoin: Vec<(String, Vec<(String, String)>)>,
    /// Curated meetings removed with their file's row, to tell whether extraction gives them
    /// back.
    removed_meetings: Vec<removals::RemovedMeeting>,
}

/// Reads and validates every input; returns the plan, or every problem found.
pub fn plan(
    conn: &Connection,
    folders: Vec<SeedFolder>,
    options: &ImportOptions,
) -> Result<Plan, ImportError> {
    // `--strict`: the folders' files that are no article nor curated file sink the import,
    // named together with every other problem the files' texts have.
    let mut problems: Vec<Problem> = if options.strict {
        folders
            .iter()
            .flat_map(|f| f.refused.iter().cloned())
            .collect()
    } else {
        Vec::new()
    };
    let mut plan = Plan::default();
    // Paths and folders that cannot be read: skipped as an unreadable article is, or, with
    // `--strict`, problems.
    for folder in &folders {
        for p in &folder.unreadable {
            if options.strict {
                problems.push(p.clone());
            } else {
                plan.skipped.push(p.clone());
            }
        }
    }

    for folder in &folders {
        for file in &folder.csv {
            // A table of the user's own in the folder is skipped like a page that is no
            // article: one such file never sinks a batch without --strict.
            if !crate::source::curated::is_curated(file) && !options.strict {
                plan.skipped.push(crate::source::curated::not_curated(file));
                continue;
            }
            crate::source::curated::read_table(
                file,
                !folder.articles.is_empty(),
                &mut plan.curated,
                &mut problems,
            );
        }
    }
    // Articles are read in parallel; only their hashes, and the bodies the curated files refer
    // to, are kept. Only those are laid out here: the writer lays out the others once (and
    // skips a page of furniture then). With `--strict` every article is laid out here, so that
    // a page of furniture only is named with every other problem, in the same run.
    let referred: HashSet<String> = plan
        .curated
        .articles
        .iter()
        .map(|r| r.file.clone())
        .chain(plan.curated.evidence.iter().map(|r| r.article.clone()))
        .collect();
    // The files are moved into the plan, not copied: an import of 100,000 articles holds each
    // one's path and name once. `chosen` is the plan's articles until then: which file, its
    // text's hash.
    let files: Vec<SourceFile> = folders.into_iter().flat_map(|f| f.articles).collect();
    let indexed: Vec<(usize, &SourceFile)> = files.iter().enumerate().collect();
    let mut chosen: Vec<(usize, String)> = Vec::new();
    let progress = crate::progress::bar(files.len() as u64, "checking articles");
    let mut texts: HashMap<String, String> = HashMap::new();
    pipelined(
        indexed.chunks(BATCH),
        |batch| Ok::<_, ImportError>(batch.to_vec()),
        |&(_, f)| {
            if referred.contains(&f.name) {
                lay_out(f).map(|l| (sha256_hex(&l.raw_text), Some(l.layout.body)))
            } else if options.strict {
                lay_out(f).map(|l| (sha256_hex(&l.raw_text), None))
            } else {
                read_text(f).map(|(text, _)| (sha256_hex(&text), None))
            }
        },
        |batch, laid| {
            progress.inc(batch.len() as u64);
            for ((index, file), result) in batch.into_iter().zip(laid) {
                match result {
                    Ok((sha256, body)) => {
                        if let Some(first) = texts.get(&sha256).cloned() {
                            // Of two copies, the one under the name the catalog already has
                            // the text by is the article; the other is the copy.
                            let (copy, kept) = if catalog_name(conn, &sha256)?.as_deref()
                                == Some(file.name.as_str())
                            {
                                let at = chosen.iter().position(|(i, _)| files[*i].path == first);
                                if let Some(at) = at {
                                    plan.bodies.remove(&files[chosen[at].0].name);
                                    chosen[at] = (index, sha256.clone());
                                    if let Some(body) = body {
                                        plan.bodies.insert(file.name.clone(), body);
                                    }
                                }
                                texts.insert(sha256.clone(), file.path.clone());
                                (first, file.path.clone())
                            } else {
                                (file.path.clone(), first)
                            };
                            let p = Problem::file(&copy, format!("has the same text as {kept}; an article is imported once, so remove one of them"));
                            if options.strict {
                                problems.push(p);
                            } else {
                                plan.skipped.push(p);
                            }
                            continue;
                        }
                        texts.insert(sha256.clone(), file.path.clone());
                        if let Some(body) = body {
                            plan.bodies.insert(file.name.clone(), body);
                        }
                        chosen.push((index, sha256));
                    }
                    Err((p, true)) if !options.strict => plan.skipped.push(p),
                    Err((p, _)) => problems.push(p),
                }
            }
            Ok(())
        },
    )?;
    progress.finish_and_clear();
    drop(indexed);
    let mut files: Vec<Option<SourceFile>> = files.into_iter().map(Some).collect();
    plan.articles = chosen
        .into_iter()
        .filter_map(|(i, sha256)| {
            let file = files.get_mut(i)?.take()?;
            Some(ArticleInput {
                file_name: file.name.clone(),
                file,
                sha256,
            })
        })
        .collect();
    drop(files);
    validate::validate(conn, &mut plan, &mut problems)?;
    if problems.is_empty() {
        Ok(plan)
    } else {
        Err(ImportError::Invalid(problems))
    }
}

/// Imports the folders into the catalog in one transaction.
pub fn import(
    conn: &mut Connection,
    folders: Vec<SeedFolder>,
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
    let mut plan = plan(&tx, folders, &options)?;
    let names_before = reextract::name_set(&tx)?;
    let mut furniture: Vec<Problem> = Vec::new();
    let (mut summary, mut article_ids, followups) =
        write::write(&tx, &plan, &options, &mut furniture)?;
    // Pages of furniture only, found by the writer: skipped like a file that is no text.
    if !furniture.is_empty() {
        let paths: HashSet<&str> = furniture.iter().map(|p| p.file.as_str()).collect();
        plan.articles
            .retain(|a| !paths.contains(a.file.path.as_str()));
        plan.skipped.extend(furniture);
    }
    // Decisions first take effect on what the catalog holds, so that a merge or a new alias
    // is a name the extraction below reads.
    decisions::apply_all(&tx, &mut summary)?;
    // Stored articles this import may read differently: all of them (`--reextract`), or those
    // that contain a name it added or changed (an alias, a person, a merge).
    // And the articles of what a withdrawn decision had corrected or taken out.
    let fresh: HashSet<i64> = article_ids.iter().copied().collect();
    let mut again: Vec<i64> = if options.reextract {
        reextract::all_articles(&tx)?
            .into_iter()
            .filter(|id| !fresh.contains(id))
            .collect()
    } else {
        reextract::articles_naming(&tx, &names_before, &fresh)?
    };
    again.extend(followups.reread.iter().filter(|id| !fresh.contains(id)));
    again.sort_unstable();
    again.dedup();
    article_ids.extend(&again);
    let mut kept: HashSet<i64> = HashSet::new();
    let findings =
        extracted::write_extracted(&tx, &article_ids, &mut summary, options.dry_run, &mut kept)?;
    reextract::sweep(&tx, &article_ids, &kept, &mut summary)?;
    let marked = reextract::mark(&tx, &article_ids)?;
    if !again.is_empty() {
        summary.notices.push(format!(
            "{} {} stored article(s) again{}",
            if options.dry_run {
                "would read"
            } else {
                "read"
            },
            again.len(),
            if options.reextract {
                ""
            } else {
                " that name something this import added or changed"
            }
        ));
    }
    decisions::rejoin(&tx, &followups.rejoin, &mut summary)?;
    // And again over whatever extraction brought back.
    decisions::apply_all(&tx, &mut summary)?;
    for m in &followups.removed_meetings {
        let back = removals::came_back(&tx, m)?;
        let mut note = format!(
            "{}: meetings row {:?} is no longer in the file; {}, with its participants and evidence",
            m.file,
            m.key,
            summary.outcome("removed")
        );
        if !back.is_empty() {
            note.push_str(&format!(
                ", but its article still reports it, so extraction {} it back as {}; to remove a meeting for good, reject it in a decisions.csv (`{},reject,,`)",
                if options.dry_run { "would give" } else { "gives" },
                back.join(", "),
                back[0]
            ));
        }
        summary.notices.push(note);
    }
    summary.findings = findings.lines;
    let views_before = views(&tx)?;
    write::install_views(&tx, &crate::report::views()?)?;
    // An import that changes nothing leaves the file as it was, byte for byte; articles read
    // again by this extractor with the same result are still recorded as read by it, so that
    // `status` no longer asks for re-extraction.
    if marked > 0 && summary.is_unchanged() {
        summary.notices.push(format!(
            "{marked} article(s) read by another version of the extractor were read again and gave the same result; they {} recorded as read by this one",
            if options.dry_run { "would be" } else { "are" }
        ));
    }
    if summary.moved > 0 && summary.is_unchanged() {
        summary.notices.push(format!(
            "{} decision(s) are now on another line of their file; the new lines {} recorded (`report decisions`), and the decisions are unchanged",
            summary.moved,
            if options.dry_run { "would be" } else { "are" }
        ));
    }
    let nothing =
        summary.is_unchanged() && summary.moved == 0 && marked == 0 && views(&tx)? == views_before;
    // Every file given was skipped: the import fails and says nothing was written, so nothing
    // is (decisions applied again or views installed again stay uncommitted).
    let all_skipped =
        plan.articles.is_empty() && plan.curated.files.is_empty() && !plan.skipped.is_empty();
    if options.dry_run || nothing || all_skipped {
        tx.rollback()?;
    } else {
        // From here on an interruption may leave the import written: no longer "nothing was
        // written".
        crate::interrupt::disarm();
        tx.commit()?;
    }
    Ok((summary, plan))
}

/// The name the catalog holds a text by, if it holds it.
fn catalog_name(conn: &Connection, sha256: &str) -> rusqlite::Result<Option<String>> {
    conn.prepare_cached("SELECT file_name FROM articles WHERE sha256 = ?1")?
        .query_row([sha256], |r| r.get(0))
        .optional()
}

/// Every view of the catalog, name and SQL, and the documentation of the report views, to tell
/// whether installing them changed any.
fn views(conn: &Connection) -> rusqlite::Result<Option<String>> {
    conn.query_row(
        "SELECT coalesce((SELECT group_concat(name || sql, ';') FROM (SELECT name, sql FROM sqlite_master WHERE type = 'view' ORDER BY name)), '')
             || coalesce((SELECT group_concat(table_name || '.' || column_name || ': ' || description, ';')
                 FROM (SELECT * FROM catalog_docs WHERE table_name LIKE 'report!_%' ESCAPE '!' ORDER BY table_name, column_name)), '')",
        [],
        |r| r.get(0),
    )
}

/// The report views (`report_NAME`) as this build writes them, for `diplocat upgrade`: an
/// older catalog's views lack the columns and reports added since. Whether any changed.
pub fn refresh_views(conn: &mut Connection) -> Result<bool, ImportError> {
    let tx = conn.transaction()?;
    let before = views(&tx)?;
    write::install_views(&tx, &crate::report::views()?)?;
    let changed = views(&tx)? != before;
    if changed {
        tx.commit()?;
    }
    Ok(changed)
}

/// A gazetteer of every name in the catalog, as the importer builds it.
pub fn gazetteer(conn: &Connection) -> rusqlite::Result<crate::extract::names::Gazetteer> {
    Ok(crate::extract::names::Gazetteer::new(store::known_names(
        conn,
    )?))
}

/// Looks a key up in a keyed table.
pub(crate) fn id_of(conn: &Connection, table: &str, key: &str) -> rusqlite::Result<Option<i64>> {
    conn.prepare_cached(&format!("SELECT id FROM {table} WHERE key = ?1"))?
        .query_row([key], |r| r.get(0))
        .optional()
}
