//! What the catalog already holds, as matching needs it (names, places, titles, meetings filed
//! by kind and people), and the rules that decide whether an extracted encounter is a meeting
//! the catalog already has: same kind, same people, compatible dates and places; a title's
//! position; "again" keeps two reports apart.

use std::cell::RefCell;
use std::collections::{BTreeSet, HashMap, HashSet};
use std::rc::Rc;

use rusqlite::{OptionalExtension, Transaction};

use crate::date::PartialDate;
use crate::extract::names::{EntityKind, EntityRef};
use crate::extract::{dates_compatible, summary, title_key, DateKey, Encounter};
use crate::model::{MeetingKind, Method};

/// An imported article as the catalog stores it: what extraction reads.
pub(super) struct Article {
    pub(super) id: i64,
    pub(super) file_name: String,
    pub(super) body: String,
    pub(super) published: Option<String>,
    /// The article's date as written in the catalog (EDTF: "XXXX-04-12" when no year is shown).
    pub(super) published_date: Option<String>,
    pub(super) dateline: Option<i64>,
}

/// Names and kinds of the catalog's entities, for summaries and the dry-run listing.
pub(super) struct Catalog {
    pub(super) names: HashMap<EntityRef, String>,
    pub(super) place_rank: HashMap<i64, u8>,
    pub(super) place_country: HashMap<i64, i64>,
    /// The catalog's place of each country of the world gazetteer, by ISO code.
    pub(super) country_place: HashMap<&'static str, i64>,
    pub(super) titles: Vec<(i64, String, Option<i64>)>,
    /// The meetings this import filed (made, or changed), by kind and `people_key`, in the
    /// order filed; the catalog's other meetings are looked up (`meeting_people`) by the people
    /// and dates of each report: an import reads the meetings it may match, not the catalog.
    meetings: HashMap<(MeetingKind, String), Vec<i64>>,
    /// Where each meeting is filed in `meetings`.
    filed: HashMap<i64, (MeetingKind, String)>,
    /// Extracted meetings without people (named events) by kind and summary, which names the
    /// event, its body and its place: copies of an article report the same event. Looked up
    /// the same way.
    events: HashMap<(MeetingKind, String), Vec<i64>>,
    /// The largest meeting id when the snapshot was taken: later meetings are filed as they
    /// are written, never looked up.
    before: i64,
    /// Meetings read while matching, kept until they change (`index_meeting` refreshes them):
    /// the same people meet often, and each report is compared with every earlier meeting.
    pub(super) stored: RefCell<HashMap<i64, Rc<Stored>>>,
    /// Keys of meetings a person rejected (decisions.csv): extraction never makes them again.
    pub(super) rejected: HashSet<String>,
    /// Sentences that reported a rejected meeting: (article id, start, kind).
    pub(super) rejected_sentences: HashSet<(i64, i64, String)>,
}

impl Catalog {
    /// An entity's name, or `#id` for one the snapshot does not know.
    pub(super) fn name_of(&self, r: EntityRef) -> String {
        self.names
            .get(&r)
            .cloned()
            .unwrap_or_else(|| format!("#{}", r.id))
    }

    /// The meetings of this kind and these people (by `people_key`: a reader compares the
    /// people too) whose dates may be compatible with `date`, in the order they were filed:
    /// the catalog's (looked up, those this import has not filed again) by id, then those
    /// this import filed, in turn.
    pub(super) fn with_people(
        &self,
        tx: &Transaction,
        kind: MeetingKind,
        people: &BTreeSet<i64>,
        date: Option<&DateKey>,
    ) -> rusqlite::Result<Vec<i64>> {
        let key = people_key(people);
        let kind_name = kind.as_str();
        let mut params: Vec<&dyn rusqlite::ToSql> = vec![&key, &kind_name, &self.before];
        let sql = match date.and_then(|d| d.bounds.as_ref()) {
            // Overlapping days: one range of the index.
            Some((earliest, latest)) => {
                params.extend([latest as &dyn rusqlite::ToSql, earliest]);
                "SELECT meeting_id FROM meeting_people
                 WHERE people_key = ?1 AND kind = ?2 AND meeting_id <= ?3
                   AND date_earliest <= ?4 AND date_latest >= ?5"
            }
            // Undated, or without a year: only meetings without both bounds can agree.
            None => {
                "SELECT meeting_id FROM meeting_people
                 WHERE people_key = ?1 AND kind = ?2 AND meeting_id <= ?3
                   AND (date_earliest IS NULL OR date_latest IS NULL)"
            }
        };
        let found: Vec<i64> = tx
            .prepare_cached(sql)?
            .query_map(params.as_slice(), |r| r.get(0))?
            .collect::<rusqlite::Result<_>>()?;
        let mut out: Vec<i64> = found
            .into_iter()
            .filter(|id| !self.filed.contains_key(id))
            .collect();
        out.sort_unstable();
        if let Some(list) = self.meetings.get(&(kind, key)) {
            out.extend(list);
        }
        Ok(out)
    }

    /// The named events of this kind and summary, in the order they were filed.
    pub(super) fn named_events(
        &mut self,
        tx: &Transaction,
        kind: MeetingKind,
        summary: &str,
    ) -> rusqlite::Result<Vec<i64>> {
        self.look_up_events(tx, kind, summary)?;
        Ok(self
            .events
            .get(&(kind, summary.to_string()))
            .cloned()
            .unwrap_or_default())
    }

    /// Files the catalog's named events (before this snapshot) of this kind and summary, the
    /// first time they come up.
    fn look_up_events(
        &mut self,
        tx: &Transaction,
        kind: MeetingKind,
        summary: &str,
    ) -> rusqlite::Result<()> {
        let key = (kind, summary.to_string());
        if self.events.contains_key(&key) {
            return Ok(());
        }
        let mut list: Vec<i64> = tx
            .prepare_cached(
                "SELECT m.id FROM meetings m
                 WHERE m.summary = ?1 AND m.kind = ?2 AND m.method = 'extracted' AND m.id <= ?3
                   AND NOT EXISTS (SELECT 1 FROM participants pa WHERE pa.meeting_id = m.id AND pa.person_id IS NOT NULL)",
            )?
            .query_map(rusqlite::params![summary, kind.as_str(), self.before], |r| {
                r.get(0)
            })?
            .collect::<rusqlite::Result<_>>()?;
        list.sort_unstable();
        self.events.insert(key, list);
        Ok(())
    }

    /// Forgets what was read of a meeting that has just changed, so that it is read again.
    pub(super) fn forget(&self, id: i64) {
        self.stored.borrow_mut().remove(&id);
    }

    pub(super) fn stored(&self, tx: &Transaction, id: i64) -> rusqlite::Result<Rc<Stored>> {
        if let Some(m) = self.stored.borrow().get(&id) {
            return Ok(Rc::clone(m));
        }
        let m = Rc::new(load_meeting(tx, id)?);
        self.stored.borrow_mut().insert(id, Rc::clone(&m));
        Ok(m)
    }
}

/// Files a meeting under its kind and people (again, after its participants changed), as the
/// catalog holds it now.
pub(super) fn index_meeting(
    tx: &Transaction,
    catalog: &mut Catalog,
    id: i64,
) -> rusqlite::Result<()> {
    let m = load_meeting(tx, id)?;
    let (kind, summary): (String, Option<String>) = tx
        .prepare_cached("SELECT kind, summary FROM meetings WHERE id = ?1")?
        .query_row([id], |r| Ok((r.get(0)?, r.get(1)?)))?;
    match kind.parse::<MeetingKind>() {
        Ok(kind) => file_meeting(tx, catalog, m, kind, summary)?,
        Err(_) => {
            catalog.stored.borrow_mut().insert(id, Rc::new(m));
        }
    }
    Ok(())
}

/// Files a meeting under its kind and people, or (without people) as a named event by its
/// summary; a meeting filed before is taken out of its old place first.
pub(super) fn file_meeting(
    tx: &Transaction,
    catalog: &mut Catalog,
    m: Stored,
    kind: MeetingKind,
    summary: Option<String>,
) -> rusqlite::Result<()> {
    let id = m.id;
    if let Some(old) = catalog.filed.remove(&id) {
        if let Some(list) = catalog.meetings.get_mut(&old) {
            list.retain(|x| *x != id);
        }
    }
    if !m.people.is_empty() {
        let key = (kind, people_key(&m.people));
        catalog.meetings.entry(key.clone()).or_default().push(id);
        catalog.filed.insert(id, key);
    } else if m.method == Method::Extracted.as_str() {
        if let Some(summary) = summary {
            // The catalog's named events come first, as if read before this one; one filed
            // before keeps its place among them.
            catalog.look_up_events(tx, kind, &summary)?;
            let list = catalog.events.entry((kind, summary)).or_default();
            if !list.contains(&id) {
                list.push(id);
            }
        }
    }
    catalog.stored.borrow_mut().insert(id, Rc::new(m));
    Ok(())
}

/// A set of people as `meeting_people.people_key` writes it (migration V11): how many, the
/// sum, the smallest and the largest id.
fn people_key(people: &BTreeSet<i64>) -> String {
    format!(
        "{}:{}:{}:{}",
        people.len(),
        people.iter().sum::<i64>(),
        people.first().copied().unwrap_or_default(),
        people.last().copied().unwrap_or_default()
    )
}

pub(super) fn load_catalog(tx: &Transaction) -> rusqlite::Result<Catalog> {
    let mut names = HashMap::new();
    for (kind, sql) in [
        (EntityKind::Person, "SELECT id, name FROM people"),
        (
            EntityKind::Organization,
            "SELECT id, name FROM organizations",
        ),
        (EntityKind::Place, "SELECT id, name FROM places"),
    ] {
        let mut stmt = tx.prepare(sql)?;
        for r in stmt.query_map([], |r| Ok((r.get::<_, i64>(0)?, r.get::<_, String>(1)?)))? {
            let (id, name) = r?;
            names.insert(EntityRef { kind, id }, name);
        }
    }
    let mut place_rank = HashMap::new();
    let mut place_country = HashMap::new();
    let mut stmt = tx.prepare("SELECT id, kind, country_id FROM places")?;
    for r in stmt.query_map([], |r| {
        Ok((
            r.get::<_, i64>(0)?,
            r.get::<_, String>(1)?,
            r.get::<_, Option<i64>>(2)?,
        ))
    })? {
        let (id, kind, country) = r?;
        let rank = match kind.as_str() {
            "site" => 3,
            "city" => 2,
            "region" => 1,
            _ => 0,
        };
        place_rank.insert(id, rank);
        if let Some(c) = country {
            place_country.insert(id, c);
        }
    }
    let world = &crate::extract::world::WORLD;
    let iso_of: HashMap<i64, &'static str> = world
        .places()
        .iter()
        .filter(|p| p.kind == crate::extract::world::WorldKind::Country)
        .map(|p| (p.geonames_id, p.country))
        .collect();
    let mut country_place = HashMap::new();
    let mut stmt = tx.prepare(
        "SELECT id, geonames_id FROM places WHERE kind = 'country' AND geonames_id IS NOT NULL",
    )?;
    for r in stmt.query_map([], |r| Ok((r.get::<_, i64>(0)?, r.get::<_, i64>(1)?)))? {
        let (id, geonames) = r?;
        if let Some(iso) = iso_of.get(&geonames) {
            country_place.insert(*iso, id);
        }
    }
    let mut titles = Vec::new();
    let mut stmt = tx.prepare("SELECT person_id, title, organization_id FROM positions")?;
    for r in stmt.query_map([], |r| {
        Ok((
            r.get::<_, i64>(0)?,
            r.get::<_, String>(1)?,
            r.get::<_, Option<i64>>(2)?,
        ))
    })? {
        let (p, t, o) = r?;
        titles.push((p, title_key(&t), o));
    }
    let before: i64 = tx.query_row("SELECT coalesce(max(id), 0) FROM meetings", [], |r| {
        r.get(0)
    })?;
    Ok(Catalog {
        names,
        place_rank,
        place_country,
        country_place,
        titles,
        meetings: HashMap::new(),
        filed: HashMap::new(),
        events: HashMap::new(),
        before,
        stored: RefCell::new(HashMap::new()),
        rejected: super::decisions::Rejected::load(tx)?.keys,
        rejected_sentences: super::decisions::rejected_sentences(tx)?,
    })
}

/// A stored meeting, as far as matching needs it.
#[derive(Clone)]
pub(super) struct Stored {
    pub(super) id: i64,
    pub(super) key: String,
    pub(super) method: String,
    pub(super) date: Option<PartialDate>,
    /// `date` as matching compares it.
    pub(super) date_key: Option<DateKey>,
    pub(super) place: Option<i64>,
    pub(super) people: BTreeSet<i64>,
    /// A person accepted it or decided about it (decisions.csv): extraction adds nothing to it.
    pub(super) reviewed: bool,
    /// A person accepted it (`accept`): extraction changes nothing of it, not even what no
    /// decision sets (see `decided`).
    pub(super) accepted: bool,
}

pub(super) fn load_meeting(tx: &Transaction, id: i64) -> rusqlite::Result<Stored> {
    #[allow(clippy::type_complexity)]
    let (key, method, date, place, reviewed, accepted): (String, String, Option<String>, Option<i64>, bool, bool) = tx
        .prepare_cached("SELECT key, method, date, place_id, reviewed_by IS NOT NULL OR EXISTS (SELECT 1 FROM decisions d WHERE d.subject = meetings.key), reviewed_by IS NOT NULL FROM meetings WHERE id = ?1")?
        .query_row([id], |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?, r.get(3)?, r.get(4)?, r.get(5)?)))?;
    let people: BTreeSet<i64> = tx
        .prepare_cached(
            "SELECT person_id FROM participants WHERE meeting_id = ?1 AND person_id IS NOT NULL",
        )?
        .query_map([id], |r| r.get(0))?
        .collect::<rusqlite::Result<_>>()?;
    let date = date.and_then(|d| PartialDate::parse(&d).ok());
    Ok(Stored {
        id,
        key,
        method,
        date_key: date.as_ref().map(DateKey::of),
        date,
        place,
        people,
        reviewed,
        accepted,
    })
}

/// Two places agree when either is unknown, they are the same, one is the other's country, or
/// both lie in the same country ("Baku" and "Azerbaijan"; not "Baku" and "Jeddah").
pub(super) fn places_agree(
    a: Option<i64>,
    b: Option<i64>,
    place_country: &HashMap<i64, i64>,
) -> bool {
    let up = |p: i64| place_country.get(&p).copied();
    match (a, b) {
        (Some(x), Some(y)) => {
            x == y || up(x) == Some(y) || up(y) == Some(x) || (up(x).is_some() && up(x) == up(y))
        }
        _ => true,
    }
}

/// The meeting already in the catalog that this encounter reports, if any: first one whose
/// evidence is the same sentence of the same article, then one with the same people.
pub(super) fn find_existing(
    tx: &Transaction,
    e: &Encounter,
    a: &Article,
    sentence: &str,
    catalog: &mut Catalog,
    claimed: &HashSet<i64>,
) -> rusqlite::Result<Option<Rc<Stored>>> {
    let people = e.person_ids();
    // Evidence already in this article (filtered here rather than by a range in SQL, which
    // would make SQLite plan the statement again for every value).
    // Two simple statements, not one join: SQLite plans that join again for every article.
    let spans: Vec<(i64, i64, i64)> = tx
        .prepare_cached(
            "SELECT meeting_id, start_char, end_char FROM evidence
             WHERE article_id = ?1 AND meeting_id IS NOT NULL",
        )?
        .query_map([a.id], |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)))?
        .collect::<rusqlite::Result<_>>()?;
    let mut meeting = tx.prepare_cached(
        "SELECT kind, summary, method = 'curated',
                reviewed_by IS NOT NULL OR EXISTS (SELECT 1 FROM decisions d WHERE d.subject = meetings.key),
                key
         FROM meetings WHERE id = ?1",
    )?;
    let mut rows: Vec<SentenceRow> = Vec::with_capacity(spans.len());
    for (id, start, end) in spans {
        let row = meeting.query_row([id], |r| {
            Ok(SentenceRow {
                meeting: id,
                start: start as usize,
                end: end as usize,
                kind: r.get(0)?,
                summary: r.get(1)?,
                curated: r.get(2)?,
                decided: r.get(3)?,
                key: r.get(4)?,
            })
        });
        if let Some(row) = row.optional()? {
            rows.push(row);
        }
    }
    // Sorted here, not by ORDER BY: SQLite plans a statement that sorts rows found by a bound
    // value again for every new value.
    rows.sort_by_key(|r| r.meeting);
    let same_sentence = reported_by_the_same_sentence(&rows, e);
    for id in same_sentence {
        if claimed.contains(&id) {
            continue;
        }
        let m = catalog.stored(tx, id)?;
        // A meeting a person accepted is what its sentence reports, whoever it now names.
        if m.reviewed || same_sentence_fits(&m, e, &people, &catalog.place_country) {
            return Ok(Some(m));
        }
    }
    // The same named event reported by another article (a copy, another outlet): same kind
    // and summary (event, body and place), compatible dates.
    if people.is_empty() && e.event.is_some() && !e.distinct {
        let summary = event_summary(e, catalog);
        let candidates = catalog.named_events(tx, e.kind, &summary)?;
        let e_key = e.date.as_ref().map(DateKey::of);
        return first_unclaimed(tx, catalog, &candidates, claimed, |m| {
            Ok(same_event_dates(m.date_key.as_ref(), e_key.as_ref()))
        });
    }
    // The same encounter reported by another article: same kind, same people, compatible
    // date and place; "again" or "second meeting" in the text keeps it apart, unless the
    // other article reports it in the same words (a copy of this one).
    if people.is_empty() {
        return Ok(None);
    }
    let e_key = e.date.as_ref().map(DateKey::of);
    let candidates = catalog.with_people(tx, e.kind, &people, e_key.as_ref())?;
    let mut told_so = tx.prepare_cached(
        "SELECT 1 FROM evidence WHERE meeting_id = ?1 AND sentence = ?2 AND article_id <> ?3",
    )?;
    first_unclaimed(tx, catalog, &candidates, claimed, |m| {
        Ok(
            same_encounter(m, e, e_key.as_ref(), &people, &catalog.place_country)
                && (!e.distinct || told_so.exists(rusqlite::params![m.id, sentence, a.id])?),
        )
    })
}

/// A piece of evidence in the article being written, and the meeting it supports.
pub(super) struct SentenceRow {
    pub(super) meeting: i64,
    pub(super) start: usize,
    pub(super) end: usize,
    pub(super) kind: String,
    pub(super) summary: String,
    pub(super) curated: bool,
    /// A person decided about the meeting (decisions.csv): its sentence reports it, whatever
    /// kind a decision gave it.
    pub(super) decided: bool,
    /// The meeting's key; an extracted meeting's begins with the kind it was extracted as.
    pub(super) key: String,
}

impl SentenceRow {
    /// Whether the row can be the report of an encounter of this kind: the same kind, or a
    /// meeting a person decided about that was extracted as this kind (its kind set since) or
    /// that is curated. Another event told by the same sentence (a visit beside the meeting a
    /// person corrected) stays itself.
    fn may_be(&self, kind: &str) -> bool {
        self.kind == kind
            || (self.decided && (self.curated || self.key.split('-').next() == Some(kind)))
    }
}

/// The meetings of this article whose evidence overlaps the encounter's sentences and that are
/// of its kind (or that a person decided about); those a person decided about first, then one
/// named like the encounter's event ("6th Conference ..." in a list), then curated ones.
pub(super) fn reported_by_the_same_sentence(rows: &[SentenceRow], e: &Encounter) -> Vec<i64> {
    let event = e.event.as_deref().unwrap_or("");
    let mut same_sentence: Vec<((bool, bool, bool), i64)> = Vec::new();
    for r in rows {
        let overlaps = e.evidence.iter().any(|(s, t)| *s < r.end && r.start < *t);
        if overlaps && r.may_be(e.kind.as_str()) {
            let named = !event.is_empty() && r.summary.contains(event);
            if !same_sentence.iter().any(|(_, x)| *x == r.meeting) {
                same_sentence.push(((!r.decided, !named, !r.curated), r.meeting));
            }
        }
    }
    same_sentence.sort();
    same_sentence.into_iter().map(|(_, id)| id).collect()
}

/// A meeting already reported by the same sentence is this encounter when its people are the
/// same (or either side names none) and the dates are compatible; a visit, when it went to
/// the same place ("visiting Riyadh, Cairo, and Ankara" is three).
pub(super) fn same_sentence_fits(
    m: &Stored,
    e: &Encounter,
    people: &BTreeSet<i64>,
    place_country: &HashMap<i64, i64>,
) -> bool {
    let people_ok = people.is_empty() || m.people.is_empty() || m.people == *people;
    let elsewhere = e.kind == MeetingKind::Visit
        && crate::extract::places_apart(m.place, e.place, place_country);
    people_ok && !elsewhere && dates_compatible(&m.date, &e.date)
}

/// Two reports of one named event: compatible dates, or both undated.
pub(super) fn same_event_dates(m: Option<&DateKey>, e: Option<&DateKey>) -> bool {
    match (m, e) {
        (Some(x), Some(y)) => x.compatible(y),
        (None, None) => true,
        _ => false,
    }
}

/// Another article's report of the same encounter: the same people, dates both known and
/// overlapping (or both unknown at the same place: an undated report cannot be told apart from
/// another encounter of the same people), and places that agree.
pub(super) fn same_encounter(
    m: &Stored,
    e: &Encounter,
    e_key: Option<&DateKey>,
    people: &BTreeSet<i64>,
    place_country: &HashMap<i64, i64>,
) -> bool {
    let dates_ok = match (&m.date_key, e_key) {
        (Some(x), Some(y)) => x.compatible(y),
        (None, None) => m.place.is_some() && m.place == e.place,
        _ => false,
    };
    m.people == *people && dates_ok && places_agree(m.place, e.place, place_country)
}

/// The first meeting among `candidates`, not yet claimed by this article, that `fits`.
pub(super) fn first_unclaimed(
    tx: &Transaction,
    catalog: &Catalog,
    candidates: &[i64],
    claimed: &HashSet<i64>,
    mut fits: impl FnMut(&Stored) -> rusqlite::Result<bool>,
) -> rusqlite::Result<Option<Rc<Stored>>> {
    for &id in candidates {
        if claimed.contains(&id) {
            continue;
        }
        let m = catalog.stored(tx, id)?;
        if fits(&m)? {
            return Ok(Some(m));
        }
    }
    Ok(None)
}

/// The summary an encounter is written with (as `write_encounter` writes it).
pub(super) fn event_summary(e: &Encounter, catalog: &Catalog) -> String {
    let name_of = |r: EntityRef| catalog.name_of(r);
    let place_name = e.place.map(|p| {
        name_of(EntityRef {
            kind: EntityKind::Place,
            id: p,
        })
    });
    summary(e, name_of, place_name)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn encounter(people: &[i64], date: Option<&str>, place: Option<i64>) -> Encounter {
        Encounter::of(MeetingKind::Meeting, people, date, place, 100)
    }

    fn stored(people: &[i64], date: Option<&str>, place: Option<i64>) -> Stored {
        let date = date.and_then(|d| PartialDate::parse(d).ok());
        Stored {
            id: 7,
            key: "k".into(),
            method: Method::Extracted.as_str().into(),
            date_key: date.as_ref().map(DateKey::of),
            date,
            place,
            people: people.iter().copied().collect(),
            reviewed: false,
            accepted: false,
        }
    }

    /// Baku (1) and Ganja (2) lie in Azerbaijan (10); Jeddah (3) in Saudi Arabia (20).
    fn countries() -> HashMap<i64, i64> {
        HashMap::from([(1, 10), (2, 10), (3, 20)])
    }

    fn same(m: &Stored, e: &Encounter) -> bool {
        let key = e.date.as_ref().map(DateKey::of);
        same_encounter(m, e, key.as_ref(), &e.person_ids(), &countries())
    }

    #[test]
    fn another_outlets_report_of_the_same_people_day_and_city_is_the_same_meeting() {
        let e = encounter(&[1, 2], Some("2023-11-13"), Some(1));
        assert!(same(&stored(&[1, 2], Some("2023-11-13"), Some(1)), &e));
        // The country for the city, or a date known to the month only, still agree.
        assert!(same(&stored(&[1, 2], Some("2023-11-13"), Some(10)), &e));
        assert!(same(&stored(&[1, 2], Some("2023-11"), None), &e));
    }

    #[test]
    fn another_day_another_country_or_other_people_is_another_meeting() {
        let e = encounter(&[1, 2], Some("2023-11-13"), Some(1));
        assert!(!same(&stored(&[1, 2], Some("2023-11-20"), Some(1)), &e));
        assert!(!same(&stored(&[1, 2], Some("2023-11-13"), Some(3)), &e));
        assert!(!same(&stored(&[1, 3], Some("2023-11-13"), Some(1)), &e));
    }

    #[test]
    fn undated_reports_are_one_meeting_only_at_the_same_place() {
        let e = encounter(&[1, 2], None, Some(1));
        assert!(same(&stored(&[1, 2], None, Some(1)), &e));
        assert!(!same(&stored(&[1, 2], None, Some(2)), &e));
        assert!(!same(
            &stored(&[1, 2], None, None),
            &encounter(&[1, 2], None, None)
        ));
        assert!(!same(&stored(&[1, 2], Some("2023-11-13"), Some(1)), &e));
    }

    #[test]
    fn places_in_one_country_agree_and_across_countries_do_not() {
        let c = countries();
        assert!(places_agree(Some(1), Some(2), &c));
        assert!(places_agree(Some(1), Some(10), &c));
        assert!(places_agree(None, Some(3), &c));
        assert!(!places_agree(Some(1), Some(3), &c));
    }

    #[test]
    fn a_sentence_already_reporting_a_meeting_of_the_kind_finds_it_named_event_first() {
        let mut e = encounter(&[1, 2], Some("2023-11-13"), None);
        let row = |meeting: i64, start: usize, end: usize, kind: &str, summary: &str| SentenceRow {
            meeting,
            start,
            end,
            kind: kind.to_string(),
            summary: summary.to_string(),
            curated: false,
            decided: false,
            key: format!("{kind}-2023-1113-a-{meeting}"),
        };
        let mut rows = vec![
            row(4, 0, 50, "meeting", "earlier"),
            row(5, 90, 200, "meeting", "A and B met"),
            row(6, 90, 200, "signing", "A and B signed"),
            row(8, 150, 190, "meeting", "6th Forum in Baku"),
        ];
        assert_eq!(reported_by_the_same_sentence(&rows, &e), vec![5, 8]);
        e.event = Some("6th Forum".into());
        assert_eq!(reported_by_the_same_sentence(&rows, &e), vec![8, 5]);
        // A meeting a person decided about comes first; one extracted as another kind is
        // another event of the sentence (a signing beside the meeting), whatever was decided.
        rows[2].decided = true;
        assert_eq!(reported_by_the_same_sentence(&rows, &e), vec![8, 5]);
        // Extracted as a meeting, its kind set to signing by a decision: still this meeting.
        rows[2].key = "meeting-2023-1113-a-6".into();
        assert_eq!(reported_by_the_same_sentence(&rows, &e), vec![6, 8, 5]);
        // A curated meeting a person decided about may have any kind.
        rows[2].key = "signing-of-the-forum".into();
        rows[2].curated = true;
        assert_eq!(reported_by_the_same_sentence(&rows, &e), vec![6, 8, 5]);
        let m = stored(&[1, 2], Some("2023-11"), None);
        let no_countries = HashMap::new();
        assert!(same_sentence_fits(&m, &e, &e.person_ids(), &no_countries));
        assert!(!same_sentence_fits(
            &stored(&[1, 3], None, None),
            &e,
            &e.person_ids(),
            &no_countries
        ));
        // "visiting Riyadh, Cairo, and Ankara": a visit to Cairo is not the one to Riyadh; a
        // city's is its country's.
        let mut visit = e.clone();
        visit.kind = MeetingKind::Visit;
        visit.place = Some(20);
        let mut to_riyadh = stored(&[1, 2], Some("2023-11"), None);
        to_riyadh.place = Some(10);
        assert!(!same_sentence_fits(
            &to_riyadh,
            &visit,
            &visit.person_ids(),
            &no_countries
        ));
        let in_its_country = HashMap::from([(10, 20)]);
        assert!(same_sentence_fits(
            &to_riyadh,
            &visit,
            &visit.person_ids(),
            &in_its_country
        ));
        assert!(same_event_dates(None, None));
        assert!(!same_event_dates(m.date_key.as_ref(), None));
    }
}
