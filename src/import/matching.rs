//! The rules that decide whether an extracted encounter is a meeting the catalog already has
//! (over the snapshot of crate::catalog::snapshot): same kind, same people, compatible dates and places; a title's
//! position; "again" keeps two reports apart.

use std::collections::{BTreeSet, HashMap, HashSet};
use std::rc::Rc;

use rusqlite::{OptionalExtension, Transaction};

use crate::extract::names::{EntityKind, EntityRef};
use crate::extract::{dates_compatible, summary, DateKey, Encounter};
use crate::model::MeetingKind;

pub(super) use crate::catalog::snapshot::{file_meeting, index_meeting, Article, Catalog, Stored};

/// The catalog's snapshot for matching, with what people rejected.
pub(super) fn load_catalog(tx: &Transaction) -> rusqlite::Result<Catalog> {
    crate::catalog::snapshot::load_catalog(
        tx,
        super::decisions::Rejected::load(tx)?.keys,
        super::decisions::rejected_sentences(tx)?,
    )
}

/// Two places agree when either is unknown, they are the same, one is the other's country
/// ("Baku" and "Azerbaijan"), or both lie in one country and are not both cities (a site or a
/// region may lie in the city: "ICESCO headquarters" and "Rabat"). Two different cities do not
/// ("Oslo" and "Bergen" the same day are two meetings: merging them would lose one city without
/// a word), nor do places of two countries ("Baku" and "Jeddah"). `place_rank`: 2 for a city.
pub(super) fn places_agree(
    a: Option<i64>,
    b: Option<i64>,
    place_country: &HashMap<i64, i64>,
    place_rank: &HashMap<i64, u8>,
) -> bool {
    let up = |p: i64| place_country.get(&p).copied();
    let city = |p: i64| place_rank.get(&p) == Some(&2);
    match (a, b) {
        (Some(x), Some(y)) => {
            x == y
                || up(x) == Some(y)
                || up(y) == Some(x)
                || (up(x).is_some() && up(x) == up(y) && !(city(x) && city(y)))
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
        Ok(same_encounter(
            m,
            e,
            e_key.as_ref(),
            &people,
            (&catalog.place_country, &catalog.place_rank),
        ) && (!e.distinct || told_so.exists(rusqlite::params![m.id, sentence, a.id])?))
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
    (place_country, place_rank): (&HashMap<i64, i64>, &HashMap<i64, u8>),
) -> bool {
    let dates_ok = match (&m.date_key, e_key) {
        (Some(x), Some(y)) => x.compatible(y),
        (None, None) => m.place.is_some() && m.place == e.place,
        _ => false,
    };
    m.people == *people && dates_ok && places_agree(m.place, e.place, place_country, place_rank)
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
    use crate::model::{Method, PartialDate};

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

    /// Baku (1) and Ganja (2) lie in Azerbaijan (10); Jeddah (3) in Saudi Arabia (20); a
    /// ministry (4), a site, in Azerbaijan.
    fn countries() -> HashMap<i64, i64> {
        HashMap::from([(1, 10), (2, 10), (3, 20), (4, 10)])
    }

    /// Cities rank 2, sites 3.
    fn ranks() -> HashMap<i64, u8> {
        HashMap::from([(1, 2), (2, 2), (3, 2), (4, 3)])
    }

    fn same(m: &Stored, e: &Encounter) -> bool {
        let key = e.date.as_ref().map(DateKey::of);
        same_encounter(
            m,
            e,
            key.as_ref(),
            &e.person_ids(),
            (&countries(), &ranks()),
        )
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
    fn a_city_and_its_country_agree_two_cities_do_not() {
        let (c, r) = (countries(), ranks());
        assert!(places_agree(Some(1), Some(1), &c, &r));
        assert!(places_agree(Some(1), Some(10), &c, &r));
        assert!(places_agree(Some(10), Some(1), &c, &r));
        assert!(places_agree(None, Some(3), &c, &r));
        assert!(places_agree(Some(3), None, &c, &r));
        // A site of the country may be in the city.
        assert!(places_agree(Some(4), Some(1), &c, &r));
        // Two cities of one country (Baku and Ganja), or of two countries, do not.
        assert!(!places_agree(Some(1), Some(2), &c, &r));
        assert!(!places_agree(Some(2), Some(1), &c, &r));
        assert!(!places_agree(Some(1), Some(3), &c, &r));
        // A city and another country do not.
        assert!(!places_agree(Some(3), Some(10), &c, &r));
    }

    #[test]
    fn the_same_people_the_same_day_in_two_cities_of_one_country_are_two_meetings() {
        // Oslo and Bergen the same day: not one meeting in Oslo with Bergen lost.
        let e = encounter(&[1, 2], Some("2023-11-13"), Some(2));
        assert!(!same(&stored(&[1, 2], Some("2023-11-13"), Some(1)), &e));
        assert!(same(&stored(&[1, 2], Some("2023-11-13"), Some(2)), &e));
        assert!(same(&stored(&[1, 2], Some("2023-11-13"), Some(10)), &e));
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
