//! An article's metadata (address, title, outlet, author, date, dateline, language): a curated
//! `articles.csv` row over what a saved page says about itself over what the layout parser
//! derived from the text. What a curated row gave is curated like any other curated row: the
//! catalog remembers which file gave it (`curated_rows`), an import of the article without
//! that file keeps it, and it goes only when the row is deleted from its file and that file is
//! imported again.

use std::collections::{HashMap, HashSet};

use rusqlite::types::Value;
use rusqlite::{OptionalExtension, Transaction};

use super::places::place_by_name;
use super::store::{date_values, text, upsert};
use super::summary::{Change, Summary};
use super::{id_of, ImportError};
use crate::extract::layout::{parse_article, ArticleLayout};
use crate::source::curated::{ArticleRow, CuratedRows};
use crate::source::html::PageMeta;
use crate::source::is_html;

/// One metadata column's value, and whether the curated row gave it.
pub(super) struct Column {
    pub(super) name: &'static str,
    pub(super) value: Value,
    pub(super) curated: bool,
}

fn key_of(tx: &Transaction, table: &str, key: &str) -> rusqlite::Result<Value> {
    Ok(id_of(tx, table, key)?.map_or(Value::Null, Value::Integer))
}

/// A curated column's value, when it gives one.
fn given(v: Option<&Option<String>>) -> Option<&str> {
    v.and_then(|v| v.as_deref()).filter(|v| !v.is_empty())
}

/// The metadata columns of an article: the curated row's value, else the page's own, else
/// what the layout parser found.
pub(super) fn columns(
    tx: &Transaction,
    meta: Option<&ArticleRow>,
    page: Option<&PageMeta>,
    layout: &ArticleLayout,
    s: &mut Summary,
) -> rusqlite::Result<Vec<Column>> {
    let mut out = Vec::with_capacity(11);
    let mut push = |name: &'static str, value: Value, curated: bool| {
        out.push(Column {
            name,
            value,
            curated,
        })
    };

    let url = given(meta.map(|m| &m.url));
    push(
        "url",
        text(url.or(page.and_then(|p| p.url.as_deref()))),
        url.is_some(),
    );
    let title = given(meta.map(|m| &m.title));
    push(
        "title",
        text(
            title
                .or(page.and_then(|p| p.title.as_deref()))
                .or(layout.title.as_deref()),
        ),
        title.is_some(),
    );
    let outlet = given(meta.map(|m| &m.outlet));
    // The outlet the text names (a byline's, a dateline's agency), else the site's name the
    // saved page gives.
    let named = layout
        .outlet
        .as_deref()
        .or(page.and_then(|p| p.outlet.as_deref()));
    let outlet_id = match (outlet, named) {
        (Some(k), _) => key_of(tx, "outlets", k)?,
        (None, Some(name)) => outlet_by_name(tx, name, s)?,
        (None, None) => Value::Null,
    };
    push("outlet_id", outlet_id, outlet.is_some());
    let author = given(meta.map(|m| &m.author));
    push(
        "author",
        text(
            author
                .or(page.and_then(|p| p.author.as_deref()))
                .or(layout.author.as_deref()),
        ),
        author.is_some(),
    );
    let published = given(meta.map(|m| &m.published));
    let (date, words) = match published {
        Some(p) => (
            Some(p.to_string()),
            given(meta.map(|m| &m.published_text)).map(str::to_string),
        ),
        None => match (page.and_then(|p| p.published.as_deref()), &layout.published) {
            (Some(day), _) => (Some(day.to_string()), None),
            (None, Some((d, words))) => (Some(d.to_string()), Some(words.clone())),
            (None, None) => (None, None),
        },
    };
    let [p0, p1, p2, p3] = date_values(date.as_deref(), words.as_deref());
    for (name, value) in [
        ("published", p0),
        ("published_text", p1),
        ("published_earliest", p2),
        ("published_latest", p3),
    ] {
        push(name, value, published.is_some());
    }
    let dateline = given(meta.map(|m| &m.dateline));
    let dateline_id = match dateline {
        Some(k) => key_of(tx, "places", k)?,
        None => place_by_name(tx, layout.dateline.as_deref())?,
    };
    push("dateline_place_id", dateline_id, dateline.is_some());
    let language = given(meta.map(|m| &m.language));
    push(
        "language",
        text(Some(language.unwrap_or("en"))),
        language.is_some(),
    );
    Ok(out)
}

/// An outlet named by the page ("News.Az", "Azernews"), matched by name, or added.
pub(super) fn outlet_by_name(
    tx: &Transaction,
    name: &str,
    s: &mut Summary,
) -> rusqlite::Result<Value> {
    let found: Option<i64> = tx
        .prepare_cached(
            "SELECT id FROM outlets WHERE lower(name) = lower(?1) OR lower(key) = lower(?1)",
        )?
        .query_row([name], |r| r.get(0))
        .optional()?;
    if let Some(id) = found {
        return Ok(Value::Integer(id));
    }
    let key: String = name
        .to_lowercase()
        .chars()
        .map(|c| if c.is_alphanumeric() { c } else { '-' })
        .collect::<String>()
        .trim_matches('-')
        .to_string();
    let (id, c) = upsert(
        tx,
        "outlets",
        &[("key", text(Some(&key)))],
        &[("name", text(Some(name)))],
        &[],
    )?;
    s.count("outlets", c);
    Ok(Value::Integer(id))
}

/// What this import does to the metadata curated `articles.csv` rows gave.
pub(super) struct CuratedArticles {
    /// Articles (by file name) that a curated articles.csv row of an earlier import describes.
    tracked: HashSet<String>,
    /// Those whose curated row a file of this import no longer has, and that no other curated
    /// file still gives: they go back to what the article gives.
    released: HashMap<String, String>,
}

impl CuratedArticles {
    pub(super) fn load(tx: &Transaction, c: &CuratedRows) -> rusqlite::Result<Self> {
        // Read once: an import of many articles asks about each of them.
        let tracked = tx
            .prepare("SELECT DISTINCT row_key FROM curated_rows WHERE table_name = 'articles'")?
            .query_map([], |r| r.get(0))?
            .collect::<rusqlite::Result<_>>()?;
        let released = super::removals::dropped(tx, c)?
            .into_iter()
            .filter(|d| d.table == "articles" && d.kept_by.is_none())
            .map(|d| (d.key, d.file))
            .collect();
        Ok(CuratedArticles { tracked, released })
    }

    /// Whether a stored article keeps the metadata a curated row gave it (known by any of
    /// `names`): an articles.csv row of an earlier import gave it, and this import does not
    /// remove that row.
    pub(super) fn keeps(&self, names: &[&str]) -> bool {
        names
            .iter()
            .any(|n| self.tracked.contains(*n) && !self.released.contains_key(*n))
    }
}

/// Articles of the catalog that this import does not bring, but whose curated row it gives
/// (new or changed) or removes: their metadata is written again, from the row, or, where the
/// row says nothing or is gone, from the article's stored text (laid out again as it was when
/// imported). A saved page's own metadata is not stored: a page keeps what it has there, and
/// the import says how to read it again. Returns the articles whose metadata changed, for
/// extraction to read again (their meetings' dates follow the article's).
pub(super) fn rewrite_stored(
    tx: &Transaction,
    sidecar: &HashMap<&str, &ArticleRow>,
    written: &HashSet<String>,
    curated: &CuratedArticles,
    s: &mut Summary,
) -> Result<Vec<i64>, ImportError> {
    let mut names: Vec<&str> = sidecar
        .keys()
        .copied()
        .chain(curated.released.keys().map(String::as_str))
        .filter(|f| !written.contains(*f))
        .collect();
    names.sort_unstable();
    names.dedup();
    let mut changed = Vec::new();
    for name in names {
        let stored: Option<(i64, String)> = tx
            .prepare_cached(
                "SELECT id, raw_text FROM articles WHERE file_name = ?1 ORDER BY id LIMIT 1",
            )?
            .query_row([name], |r| Ok((r.get(0)?, r.get(1)?)))
            .optional()?;
        let Some((id, raw_text)) = stored else {
            continue;
        };
        let meta = sidecar.get(name).copied();
        let layout = parse_article(&raw_text);
        let page = is_html(name);
        let values: Vec<(&str, Value)> = columns(tx, meta, None, &layout, s)?
            .into_iter()
            // A saved page's own address, date and author are not stored: what the page gave
            // stays where the row says nothing.
            .filter(|c| c.curated || !page)
            .map(|c| (c.name, c.value))
            .collect();
        if page {
            if let Some(file) = curated.released.get(name) {
                s.notices.push(format!(
                    "{name}: its articles.csv row is no longer in {file}; a saved page's own address, date and author are read from the page: import {name} again to have them instead of what the row gave"
                ));
            }
        }
        if values.is_empty() {
            continue;
        }
        let (_, c) = upsert(tx, "articles", &[("id", Value::Integer(id))], &values, &[])?;
        s.count("articles", c);
        if c != Change::Unchanged {
            changed.push(id);
        }
    }
    Ok(changed)
}
