//! Writing what extraction finds in the imported articles: new people and organizations,
//! learned acronyms, titles seen, mentions, and encounters with their evidence.
//!
//! Curated facts win: an encounter that matches a curated meeting adds nothing, and extraction
//! never changes a curated row. An encounter that matches an extracted meeting from another
//! article (same kind, the same people, compatible dates and places) adds its evidence there.

use std::collections::{HashMap, HashSet};

use rusqlite::types::Value;
use rusqlite::{params, Transaction};
use sha2::{Digest, Sha256};

use super::learned::{learn_name, learn_organization, new_person, position_for, slug};
use super::matching::{
    event_summary, file_meeting, find_existing, index_meeting, load_catalog, Article, Catalog,
    Stored,
};
use super::store::{known_names, partial_date_values, text, upsert, write_mentions_of};
use super::summary::{Change, Summary};
use crate::extract::dates::article_day;
use crate::extract::names::{fold, EntityKind, EntityRef, Gazetteer, Mention, NameWords};
use crate::extract::sentences::{sentence_at, split, Sentence};
use crate::extract::spellings::another_name_of;
use crate::extract::DateKey;
use crate::extract::{encounters, organization_cues, person_cues, Context, Encounter, PersonCue};
use crate::model::date::PartialDate;
use crate::model::Method;
use rayon::prelude::*;

/// How many articles' mentions and cues pass 1 keeps for pass 2 (a few kilobytes each), so
/// that an import of any size holds a bounded amount; articles past it are read twice.
const READ_ONCE: usize = 10_000;

/// What one import extracted, for `--dry-run` and the import summary.
#[derive(Debug, Clone, Default)]
pub struct Findings {
    /// One line per finding, grouped by article.
    pub lines: Vec<String>,
    /// Whether lines are kept (for `--dry-run`); a real import of many articles does not
    /// hold a line per finding in memory.
    keep: bool,
}

impl Findings {
    fn note(&mut self, line: impl FnOnce() -> String) {
        if self.keep {
            self.lines.push(line());
        }
    }
}

fn short_hash(parts: &[&str]) -> String {
    let mut h = Sha256::new();
    for p in parts {
        h.update(p.as_bytes());
        h.update([0]);
    }
    h.finalize()
        .iter()
        .take(4)
        .map(|b| format!("{b:02x}"))
        .collect()
}

fn load_articles(tx: &Transaction, ids: &[i64]) -> rusqlite::Result<Vec<Article>> {
    let mut out = Vec::with_capacity(ids.len());
    let mut stmt = tx.prepare_cached(
        "SELECT id, file_name, body, published_earliest, dateline_place_id, published FROM articles WHERE id = ?1",
    )?;
    for id in ids {
        out.push(stmt.query_row([id], |r| {
            Ok(Article {
                id: r.get(0)?,
                file_name: r.get(1)?,
                body: r.get(2)?,
                published: r.get(3)?,
                dateline: r.get(4)?,
                published_date: r.get(5)?,
            })
        })?);
    }
    Ok(out)
}

fn mentions_and_sentences(g: &Gazetteer, a: &Article) -> (Vec<Sentence>, Vec<Mention>) {
    let sentences = split(&a.body);
    let mentions = g.find(&a.body, a.published.as_deref());
    (sentences, mentions)
}

/// "Pedro Pablo Kuczynski (PPK)": the initials in brackets after a person's name are another
/// name of theirs ("PPK was received by ..."), unless someone rejected that name; so is the
/// name in quotes they go by ("Abdulkadir Ahmed Aw-Ali ‘Firdhiye’", an alias). The text's
/// later "President Firdhiye" is the same person: `named` learns the name.
fn learn_initials(
    tx: &Transaction,
    cue: &PersonCue,
    person: i64,
    (a, s): (&Article, &mut Summary),
    rejected: &super::decisions::Rejected,
    learned: &mut Vec<String>,
    named: &mut Vec<(String, i64)>,
) -> rusqlite::Result<()> {
    let Some(initials) = cue.acronym.as_deref().filter(|i| !rejected.name(i)) else {
        return Ok(());
    };
    let kind = if initials.chars().all(|c| c.is_uppercase()) {
        "acronym"
    } else {
        "alias"
    };
    learn_name(
        tx,
        "person_names",
        ("person_id", person),
        initials,
        kind,
        a,
        s,
    )?;
    learned.push(initials.to_string());
    named.push((initials.to_string(), person));
    Ok(())
}

/// Runs extraction over the imported articles and writes what it finds.
///
/// The pure work (sentences, names, cues, encounters) runs on the thread pool, overlapping
/// the writes of the batch before; everything that reads or writes the catalog stays on this
/// thread, in article order, so the result is the same as one article after another.
pub fn write_extracted(
    tx: &Transaction,
    article_ids: &[i64],
    s: &mut Summary,
    keep_findings: bool,
    kept: &mut HashSet<i64>,
) -> rusqlite::Result<Findings> {
    let mut findings = Findings {
        lines: Vec::new(),
        keep: keep_findings,
    };

    // Pass 1: people and organizations the catalog does not know yet, so that the mentions
    // and encounters of every article (not only the one that introduced them) can use them.
    let g0 = Gazetteer::new(known_names(tx)?);
    let rejected = super::decisions::Rejected::load(tx)?;
    let mut learned_people: HashMap<String, i64> = HashMap::new();
    // What pass 1 found in each article (up to READ_ONCE of them), and every name it learned:
    // pass 2 reads an article again only when it holds a word of one of those names.
    let mut found_once: HashMap<i64, (Vec<Mention>, Vec<PersonCue>)> = HashMap::new();
    let mut learned: Vec<String> = Vec::new();
    super::pipelined(
        article_ids.chunks(super::BATCH),
        |ids| load_articles(tx, ids),
        |a| {
            let (sentences, mentions) = mentions_and_sentences(&g0, a);
            let people = person_cues(&a.body, &sentences, &mentions);
            let organizations = organization_cues(&a.body, &sentences, &mentions);
            (sentences, mentions, people, organizations)
        },
        |articles, found| {
            for (a, (sentences, mentions, people, organizations)) in articles.iter().zip(found) {
                // The people this article names, as it writes them, for spelling variants.
                // Each way of writing a person once, in text order: the check folds both
                // names.
                let mut named: Vec<(String, i64)> = Vec::new();
                for m in &mentions {
                    let Some(e) = m.entity.filter(|e| e.kind == EntityKind::Person) else {
                        continue;
                    };
                    if !named.iter().any(|(n, id)| *id == e.id && *n == m.surface) {
                        named.push((m.surface.clone(), e.id));
                    }
                }
                for cue in &people {
                    if let Some(id) = cue.person {
                        learn_initials(tx, cue, id, (a, s), &rejected, &mut learned, &mut named)?;
                        continue;
                    }
                    let folded = fold(&cue.name).text;
                    if learned_people.contains_key(&folded) {
                        continue;
                    }
                    // "President Aliyev", where the catalog knows Ilham Aliyev (and Mehriban
                    // Aliyeva): a known person, or one of several; no new person.
                    if !cue.name.contains(' ') && g0.is_word_of_a_person(&cue.name) {
                        continue;
                    }
                    // "Mario Abdo Benítez ... President Benitez": the last word of someone the
                    // article named in full before.
                    if !cue.name.contains(' ')
                        && named
                            .iter()
                            .any(|(n, _)| fold(n).text.rsplit(' ').next() == Some(folded.as_str()))
                    {
                        continue;
                    }
                    // A person (or a name) someone rejected is not learned again.
                    if rejected.keys.contains(&slug(&cue.name)) || rejected.name(&cue.name) {
                        continue;
                    }
                    // Another way this article writes someone it named before: one person.
                    // A name with a middle name more or less is the same person only when the
                    // two are told apart by nothing: not in one sentence, not with two posts
                    // ("Foreign Minister Juan Carlos Rodriguez", "Trade Minister Juan Rodriguez").
                    let alike = |other: &str| {
                        people.iter().filter(|c| c.name == other).all(|c| {
                            c.sentence != cue.sentence
                                && (c.title_key.is_empty()
                                    || cue.title_key.is_empty()
                                    || c.title_key == cue.title_key)
                        })
                    };
                    if let Some((other, id, kind)) =
                        another_name_of(&named, &cue.name, &folded, alike)
                    {
                        learn_name(tx, "person_names", ("person_id", id), &cue.name, kind, a, s)?;
                        learned.push(cue.name.clone());
                        learned_people.insert(folded, id);
                        findings.note(|| {
                            let what = ["name", "spelling"][usize::from(kind == "spelling")];
                            format!(
                                "{}: {:?} is another {what} of {other:?}, from {:?}",
                                a.file_name,
                                cue.name,
                                sentence_at(&sentences, cue.sentence)
                            )
                        });
                        continue;
                    }
                    learned.push(cue.name.clone());
                    let id = new_person(tx, cue, a, s)?;
                    learned_people.insert(folded, id);
                    learn_initials(tx, cue, id, (a, s), &rejected, &mut learned, &mut named)?;
                    named.push((cue.name.clone(), id));
                    findings.note(|| {
                        format!(
                            "{}: new person {:?} ({}), from {:?}",
                            a.file_name,
                            cue.name,
                            cue.title,
                            sentence_at(&sentences, cue.sentence)
                        )
                    });
                }
                for cue in organizations {
                    if rejected.name(&cue.acronym)
                        || (cue.organization.is_none()
                            && (rejected.keys.contains(&slug(&cue.name))
                                || rejected.name(&cue.name)))
                    {
                        continue;
                    }
                    learned.push(cue.name.clone());
                    learned.push(cue.acronym.clone());
                    let line =
                        learn_organization(tx, &cue.name, &cue.acronym, cue.organization, a, s)?;
                    if let Some(l) = line {
                        findings.note(|| format!("{}: {l}", a.file_name));
                    }
                }
                if found_once.len() < READ_ONCE {
                    found_once.insert(a.id, (mentions, people));
                }
            }
            Ok(())
        },
    )?;

    // Pass 2: with every name known, mentions, titles seen and encounters. The encounters of
    // a batch are found (in parallel) while the previous batch's encounters are written: they
    // depend only on the batch's own titles, and writing them reads nothing the titles write.
    // Pass 1's gazetteer is done with: a catalog of 100,000 articles holds two of these
    // automata at once otherwise.
    drop(g0);
    let g = Gazetteer::new(known_names(tx)?);
    let mut catalog = load_catalog(tx)?;
    let place_rank = catalog.place_rank.clone();
    let place_country = catalog.place_country.clone();
    let country_place = catalog.country_place.clone();
    let mut titles = std::mem::take(&mut catalog.titles);
    let mut pending: Option<Pending> = None;
    let write_pending = |p: Pending,
                         catalog: &mut Catalog,
                         findings: &mut Findings,
                         s: &mut Summary,
                         kept: &mut HashSet<i64>|
     -> rusqlite::Result<()> {
        // Encounters, article by article, each matched with the meetings written so far.
        for ((((a, (sentences, _, _)), held), found), notes) in p
            .articles
            .iter()
            .zip(&p.found)
            .zip(&p.held)
            .zip(p.encounters)
            .zip(p.lines)
        {
            findings.lines.extend(notes);
            let within = Within {
                article: a,
                sentences,
                held,
            };
            let mut claimed: HashSet<i64> = HashSet::new();
            for e in &found {
                let (line, filing) =
                    write_encounter(tx, e, &within, catalog, &mut claimed, s, kept)?;
                match filing {
                    Filing::New(m, summary) => {
                        file_meeting(tx, catalog, *m, e.kind, Some(summary))?
                    }
                    Filing::Changed(id) => index_meeting(tx, catalog, id)?,
                    Filing::Unchanged => {}
                }
                findings.note(|| format!("{}: {line}", a.file_name));
            }
        }
        Ok(())
    };
    let learned = NameWords::new(learned.iter().map(String::as_str));
    let found_once = &found_once;
    super::pipelined(
        article_ids.chunks(super::BATCH),
        |ids| load_articles(tx, ids),
        |a| {
            let folded = fold(&a.body);
            match found_once.get(&a.id) {
                // Read in pass 1 with every name it needs: the same mentions and cues.
                Some((mentions, cues)) if !learned.may_name_folded(&folded) => {
                    (split(&a.body), mentions.clone(), cues.clone())
                }
                _ => {
                    let sentences = split(&a.body);
                    let mentions = g.find_folded(&a.body, &folded, a.published.as_deref());
                    let cues = person_cues(&a.body, &sentences, &mentions);
                    (sentences, mentions, cues)
                }
            }
        },
        |articles, found| {
            // Mentions and titles, article by article; each article's encounters may use the
            // titles learned up to and including it (`titles` only grows).
            let mut lines: Vec<Vec<String>> = Vec::with_capacity(articles.len());
            let mut held_all: Vec<HashMap<i64, i64>> = Vec::with_capacity(articles.len());
            let mut known: Vec<usize> = Vec::with_capacity(articles.len());
            for (a, (sentences, mentions, cues)) in articles.iter().zip(&found) {
                let mut notes = Findings {
                    lines: Vec::new(),
                    keep: findings.keep,
                };
                if notes.keep {
                    notes.lines.push(describe_article(tx, a.id)?);
                }
                write_mentions_of(tx, a.id, mentions, s)?;
                let unresolved = mentions.iter().filter(|m| m.entity.is_none()).count();
                if unresolved > 0 {
                    notes.note(|| format!(
                        "{}: {unresolved} name(s) could not be resolved to one entity (see `diplocat report review`)",
                        a.file_name
                    ));
                }
                let mut held: HashMap<i64, i64> = HashMap::new();
                for cue in cues {
                    let Some(person) = cue.person else { continue };
                    if let Some((position, new)) =
                        position_for(tx, cue, a, sentences, &catalog, &mut titles, s)?
                    {
                        held.entry(person).or_insert(position);
                        if new {
                            notes.note(|| {
                                format!("{}: {} seen as {:?}", a.file_name, cue.name, cue.title)
                            });
                        }
                    }
                }
                lines.push(notes.lines);
                held_all.push(held);
                known.push(titles.len());
            }
            let titles = &titles;
            let place_rank = &place_rank;
            let place_country = &place_country;
            let country_place = &country_place;
            let find = || -> Vec<Vec<Encounter>> {
                articles
                    .par_iter()
                    .zip(&found)
                    .zip(&known)
                    .map(|((a, (sentences, mentions, cues)), n)| {
                        let ctx = Context {
                            // Only a whole day: a page dated "2023" has no day to count
                            // "on Monday" from (its earliest day, 1 January, is no date of it).
                            article_date: article_day(a.published_date.as_deref()),
                            article_partial: a
                                .published_date
                                .as_deref()
                                .and_then(|d| PartialDate::parse(d).ok()),
                            dateline: a.dateline,
                            place_rank,
                            place_country,
                            country_place,
                            titles: &titles[..*n],
                        };
                        encounters(&a.body, sentences, mentions, cues, &ctx)
                    })
                    .collect()
            };
            let encounters = std::thread::scope(|scope| {
                let running = scope.spawn(find);
                if let Some(p) = pending.take() {
                    write_pending(p, &mut catalog, &mut findings, s, kept)?;
                }
                Ok::<_, rusqlite::Error>(
                    running
                        .join()
                        .unwrap_or_else(|panic| std::panic::resume_unwind(panic)),
                )
            })?;
            pending = Some(Pending {
                articles,
                found,
                held: held_all,
                lines,
                encounters,
            });
            Ok(())
        },
    )?;
    if let Some(p) = pending.take() {
        write_pending(p, &mut catalog, &mut findings, s, kept)?;
    }
    Ok(findings)
}

/// The article an encounter was found in: its sentences, and the position each person it
/// names holds there.
#[derive(Clone, Copy)]
struct Within<'a> {
    article: &'a Article,
    sentences: &'a [Sentence],
    held: &'a HashMap<i64, i64>,
}

/// A batch whose encounters are found and wait to be written.
struct Pending {
    articles: Vec<Article>,
    found: Vec<(Vec<Sentence>, Vec<Mention>, Vec<PersonCue>)>,
    /// Per article: the position each person holds there.
    held: Vec<HashMap<i64, i64>>,
    /// Per article: the findings noted so far (for `--dry-run`).
    lines: Vec<Vec<String>>,
    encounters: Vec<Vec<Encounter>>,
}

/// One line with what the article's metadata came out as.
fn describe_article(tx: &Transaction, id: i64) -> rusqlite::Result<String> {
    tx.prepare_cached("SELECT a.file_name, a.title, a.published, o.name, a.author, p.name
         FROM articles a LEFT JOIN outlets o ON o.id = a.outlet_id LEFT JOIN places p ON p.id = a.dateline_place_id
         WHERE a.id = ?1")?.query_row([id],
        |r| {
            let file: String = r.get(0)?;
            let field = |v: Option<String>| v.unwrap_or_else(|| "unknown".into());
            Ok(format!(
                "{file}: {:?}, published {}, outlet {}, author {}, dateline {}",
                r.get::<_, Option<String>>(1)?.unwrap_or_default(),
                field(r.get(2)?),
                field(r.get(3)?),
                field(r.get(4)?),
                field(r.get(5)?),
            ))
        },
    )
}

/// How a written encounter's meeting is to be filed for matching the next ones.
enum Filing {
    /// Made just now, as written: filed without reading it back.
    New(Box<Stored>, String),
    /// An existing meeting that gained people or was found again: read back and filed anew.
    Changed(i64),
    Unchanged,
}

fn write_encounter(
    tx: &Transaction,
    e: &Encounter,
    within: &Within<'_>,
    catalog: &mut Catalog,
    claimed: &mut HashSet<i64>,
    s: &mut Summary,
    kept: &mut HashSet<i64>,
) -> rusqlite::Result<(String, Filing)> {
    let Within {
        article: a,
        sentences,
        held,
    } = *within;
    let summary_text = event_summary(e, catalog);
    let date_shown = e
        .date
        .map(|d| d.to_string())
        .unwrap_or_else(|| "date unknown".into());
    let evidence_text = e
        .evidence
        .first()
        .map(|sp| sentence_at(sentences, *sp).to_string())
        .unwrap_or_default();

    let existing = find_existing(tx, e, a, &evidence_text, catalog, claimed)?;
    let name_of = |r: EntityRef| catalog.name_of(r);
    if let Some(m) = &existing {
        claimed.insert(m.id);
        if m.method == Method::Curated.as_str() || m.reviewed {
            // Corrected but not accepted: what no decision sets follows extraction.
            let followed = if m.method == Method::Extracted.as_str() && !m.accepted {
                super::decided::follow_extraction(tx, m, e, a.id, &catalog.place_country, s)?
            } else {
                Vec::new()
            };
            let line = format!(
                "{} ({}, {date_shown}) is the {} meeting {:?}; {}",
                e.kind,
                summary_text,
                // Accepted or corrected: a decision covers it (`report decisions`).
                if m.reviewed { "decided" } else { "curated" },
                m.key,
                if followed.is_empty() {
                    "nothing added".to_string()
                } else {
                    followed.join(", ")
                }
            );
            if followed.is_empty() {
                return Ok((line, Filing::Unchanged));
            }
            catalog.forget(m.id);
            return Ok((line, Filing::Changed(m.id)));
        }
    }
    let is_new = existing.is_none();
    let (meeting_id, line, fresh) = match existing {
        Some(m) => {
            // Another source for an extracted meeting: a known date or place fills a gap.
            if m.date.is_none() && e.date.is_some() {
                let [d0, d1, d2, d3] = partial_date_values(e.date, e.date_text.as_deref());
                tx.prepare_cached(
                    "UPDATE meetings SET date = ?1, date_text = ?2, date_earliest = ?3, date_latest = ?4, date_basis = ?5 WHERE id = ?6",
                    )?
                    .execute(params![d0, d1, d2, d3, e.basis.as_str(), m.id])?;
                s.count("meetings", Change::Updated);
                // Matched from now on as it is now.
                catalog.forget(m.id);
            }
            if m.place.is_none() && e.place.is_some() {
                tx.prepare_cached("UPDATE meetings SET place_id = ?1 WHERE id = ?2")?
                    .execute(params![e.place, m.id])?;
                catalog.forget(m.id);
            }
            (
                m.id,
                format!(
                    "{} ({summary_text}, {date_shown}) is also reported as {:?}",
                    e.kind, m.key
                ),
                None,
            )
        }
        None => {
            let first = e
                .people
                .first()
                .map(|(p, _)| {
                    name_of(EntityRef {
                        kind: EntityKind::Person,
                        id: *p,
                    })
                })
                .or_else(|| e.event.clone())
                .or_else(|| {
                    e.organizations.first().map(|(o, _)| {
                        name_of(EntityRef {
                            kind: EntityKind::Organization,
                            id: *o,
                        })
                    })
                })
                .unwrap_or_default();
            let (s0, _) = e.evidence.first().copied().unwrap_or((0, 0));
            let hash = short_hash(&[
                &a.file_name,
                &s0.to_string(),
                e.kind.as_str(),
                e.event.as_deref().unwrap_or(""),
                &e.people
                    .iter()
                    .map(|(p, _)| p.to_string())
                    .collect::<Vec<_>>()
                    .join(","),
            ]);
            let date_slug = e
                .date
                .map(|d| slug(&d.to_string()))
                .unwrap_or_else(|| "undated".into());
            let mut key = format!("{}-{}-{}-{hash}", e.kind, date_slug, slug(&first));
            // "visiting Riyadh, Cairo, and Ankara": the sentence's further visits of the same
            // people, each to its own place (the first keeps the key it always had).
            if e.kind == crate::model::MeetingKind::Visit {
                let taken: Option<i64> = rusqlite::OptionalExtension::optional(
                    tx.prepare_cached("SELECT id FROM meetings WHERE key = ?1")?
                        .query_row(params![key], |r| r.get(0)),
                )?;
                if let (Some(id), Some(place)) = (taken, e.place) {
                    if claimed.contains(&id) {
                        let hash = short_hash(&[&hash, &place.to_string()]);
                        key = format!("{}-{}-{}-{hash}", e.kind, date_slug, slug(&first));
                    }
                }
            }
            let rejected_sentence = e.evidence.iter().any(|(start, _)| {
                catalog.rejected_sentences.contains(&(
                    a.id,
                    *start as i64,
                    e.kind.as_str().to_string(),
                ))
            });
            if rejected_sentence || catalog.rejected.contains(&key) {
                return Ok((
                    format!(
                        "{} ({summary_text}, {date_shown}) was rejected as {key:?}; nothing added",
                        e.kind
                    ),
                    Filing::Unchanged,
                ));
            }
            let [d0, d1, d2, d3] = partial_date_values(e.date, e.date_text.as_deref());
            let (id, c) = upsert(
                tx,
                "meetings",
                &[("key", text(Some(&key)))],
                &[
                    ("kind", text(Some(e.kind.as_str()))),
                    ("cameo_code", text(Some(e.kind.default_cameo().as_str()))),
                    ("date", d0),
                    ("date_text", d1),
                    ("date_earliest", d2),
                    ("date_latest", d3),
                    ("date_basis", text(Some(e.basis.as_str()))),
                    (
                        "place_id",
                        e.place.map(Value::Integer).unwrap_or(Value::Null),
                    ),
                    ("summary", text(Some(&summary_text))),
                    ("method", text(Some(Method::Extracted.as_str()))),
                    ("confidence", Value::Real(e.confidence)),
                ],
                &[],
            )?;
            s.count("meetings", c);
            claimed.insert(id);
            (
                id,
                format!(
                    "{} {summary_text}, {date_shown} ({}), confidence {:.2}: {:?}",
                    e.kind,
                    e.basis.as_str(),
                    e.confidence,
                    evidence_text
                ),
                (c == Change::New).then(|| key.clone()),
            )
        }
    };
    // The unique index on (meeting, person, organization) decides whether a participant is
    // new; one statement each, no look-up first.
    let mut people_changed = false;
    for (p, role) in &e.people {
        let n = tx
            .prepare_cached(
                "INSERT INTO participants (meeting_id, person_id, role, position_id, method) VALUES (?1, ?2, ?3, ?4, 'extracted') ON CONFLICT DO NOTHING",
            )?
            .execute(params![meeting_id, p, role.as_str(), held.get(p).copied()])?;
        s.count(
            "participants",
            if n == 1 {
                Change::New
            } else {
                Change::Unchanged
            },
        );
        people_changed |= n == 1;
    }
    for (o, role) in &e.organizations {
        let n = tx
            .prepare_cached(
                "INSERT INTO participants (meeting_id, organization_id, role, method) VALUES (?1, ?2, ?3, 'extracted') ON CONFLICT DO NOTHING",
            )?
            .execute(params![meeting_id, o, role.as_str()])?;
        s.count(
            "participants",
            if n == 1 {
                Change::New
            } else {
                Change::Unchanged
            },
        );
    }
    let mut added_evidence = false;
    for (i, span) in e.evidence.iter().enumerate() {
        let sentence = text(Some(sentence_at(sentences, *span)));
        if fresh.is_some() {
            // A meeting made just now has no evidence yet but what this loop writes.
            let c = if e.evidence[..i].iter().any(|x| x.0 == span.0) {
                Change::Unchanged
            } else {
                tx.prepare_cached(
                    "INSERT INTO evidence (article_id, meeting_id, start_char, sentence, end_char, method, confidence) VALUES (?1, ?2, ?3, ?4, ?5, 'extracted', ?6)",
                )?
                .execute(params![a.id, meeting_id, span.0 as i64, sentence, span.1 as i64, e.confidence])?;
                kept.insert(tx.last_insert_rowid());
                Change::New
            };
            s.count("evidence", c);
            continue;
        }
        let (id, c) = upsert(
            tx,
            "evidence",
            &[
                ("article_id", Value::Integer(a.id)),
                ("meeting_id", Value::Integer(meeting_id)),
                ("position_id", Value::Null),
                ("membership_id", Value::Null),
                ("start_char", Value::Integer(span.0 as i64)),
            ],
            &[
                ("sentence", sentence),
                ("end_char", Value::Integer(span.1 as i64)),
                ("method", text(Some(Method::Extracted.as_str()))),
                ("confidence", Value::Real(e.confidence)),
            ],
            &[],
        )?;
        kept.insert(id);
        added_evidence |= c == Change::New;
        s.count("evidence", c);
    }
    // Another source for a meeting already known: say whether it brought new evidence.
    let line = if is_new {
        line
    } else if added_evidence {
        format!("{line}; evidence added")
    } else {
        format!("{line}; its evidence is already there")
    };
    // A new meeting is filed for matching (by its people, or as a named event): one made just
    // now as written, without reading it back.
    let filing = if let Some(key) = fresh {
        let date_key = e.date.as_ref().map(DateKey::of);
        Filing::New(
            Box::new(Stored {
                id: meeting_id,
                key,
                method: Method::Extracted.as_str().to_string(),
                date: e.date,
                date_key,
                place: e.place,
                people: e.person_ids(),
                reviewed: false,
                accepted: false,
            }),
            summary_text,
        )
    } else if people_changed || is_new {
        Filing::Changed(meeting_id)
    } else {
        Filing::Unchanged
    };
    Ok((line, filing))
}
