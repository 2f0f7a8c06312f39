//! What the catalog already holds, as matching an extracted encounter needs it: the names and
//! kinds of its entities, places and titles, and its meetings filed by kind and people. Read
//! once per import; the writer files each meeting it writes here as well.

use std::cell::RefCell;
use std::collections::{BTreeSet, HashMap, HashSet};
use std::rc::Rc;

use rusqlite::Transaction;

use crate::extract::names::{EntityKind, EntityRef};
use crate::extract::{title_key, DateKey};
use crate::model::date::PartialDate;
use crate::model::{MeetingKind, Method};

/// An imported article as the catalog stores it: what extraction reads.
pub(crate) struct Article {
    pub(crate) id: i64,
    pub(crate) file_name: String,
    pub(crate) body: String,
    pub(crate) published: Option<String>,
    /// The article's date as written in the catalog (EDTF: "XXXX-04-12" when no year is shown).
    pub(crate) published_date: Option<String>,
    pub(crate) dateline: Option<i64>,
}

/// Names and kinds of the catalog's entities, for summaries and the dry-run listing.
pub(crate) struct Catalog {
    pub(crate) names: HashMap<EntityRef, String>,
    pub(crate) place_rank: HashMap<i64, u8>,
    pub(crate) place_country: HashMap<i64, i64>,
    /// The catalog's place of each country of the world gazetteer, by ISO code.
    pub(crate) country_place: HashMap<&'static str, i64>,
    pub(crate) titles: Vec<(i64, String, Option<i64>)>,
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
    pub(crate) stored: RefCell<HashMap<i64, Rc<Stored>>>,
    /// Keys of meetings a person rejected (decisions.csv): extraction never makes them again.
    pub(crate) rejected: HashSet<String>,
    /// Sentences that reported a rejected meeting: (article id, start, kind).
    pub(crate) rejected_sentences: HashSet<(i64, i64, String)>,
}

impl Catalog {
    /// An entity's name, or `#id` for one the snapshot does not know.
    pub(crate) fn name_of(&self, r: EntityRef) -> String {
        self.names
            .get(&r)
            .cloned()
            .unwrap_or_else(|| format!("#{}", r.id))
    }

    /// The meetings of this kind and these people (by `people_key`: a reader compares the
    /// people too) whose dates may be compatible with `date`, in the order they were filed:
    /// the catalog's (looked up, those this import has not filed again) by id, then those
    /// this import filed, in turn.
    pub(crate) fn with_people(
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
    pub(crate) fn named_events(
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
    pub(crate) fn forget(&self, id: i64) {
        self.stored.borrow_mut().remove(&id);
    }

    pub(crate) fn stored(&self, tx: &Transaction, id: i64) -> rusqlite::Result<Rc<Stored>> {
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
pub(crate) fn index_meeting(
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
pub(crate) fn file_meeting(
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

/// What the catalog holds, with what people rejected (meetings and entities by key, and
/// (article, sentence start, kind) of rejected evidence), which extraction must not bring back.
pub(crate) fn load_catalog(
    tx: &Transaction,
    rejected: HashSet<String>,
    rejected_sentences: HashSet<(i64, i64, String)>,
) -> rusqlite::Result<Catalog> {
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
        rejected,
        rejected_sentences,
    })
}

/// A stored meeting, as far as matching needs it.
#[derive(Clone)]
pub(crate) struct Stored {
    pub(crate) id: i64,
    pub(crate) key: String,
    pub(crate) method: String,
    pub(crate) date: Option<PartialDate>,
    /// `date` as matching compares it.
    pub(crate) date_key: Option<DateKey>,
    pub(crate) place: Option<i64>,
    pub(crate) people: BTreeSet<i64>,
    /// A person accepted it or decided about it (decisions.csv): extraction adds nothing to it.
    pub(crate) reviewed: bool,
    /// A person accepted it (`accept`): extraction changes nothing of it, not even what no
    /// decision sets (see `decided`).
    pub(crate) accepted: bool,
}

pub(crate) fn load_meeting(tx: &Transaction, id: i64) -> rusqlite::Result<Stored> {
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
