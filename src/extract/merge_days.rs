//! The days an article's encounters take from one another once merged: the next of a day
//! the day of the one before, an encounter of a visitor the visit's days, a welcome on arrival
//! the talks' day; and no day after the article's.

use super::events::{Context, Encounter};
use crate::model::date::PartialDate;
use crate::model::{DateBasis, MeetingKind};

/// "Kim briefed the guests on the plans to host the 2030 World Expo": a date after the
/// article's (by more than a day, for time zones) is no day of an encounter it reports as held,
/// but of what was talked about: the encounter's day is not told.
pub(super) fn none_after_the_article(out: &mut [Encounter], ctx: &Context) {
    let Some(last) = ctx
        .article_date
        .and_then(|d| d.succ_opt())
        .map(|d| d.format("%Y-%m-%d").to_string())
        .or_else(|| ctx.article_partial.as_ref().and_then(PartialDate::latest))
    else {
        return;
    };
    for e in out.iter_mut() {
        let after = e
            .date
            .as_ref()
            .and_then(PartialDate::earliest)
            .is_some_and(|d| d > last);
        if after {
            e.date = None;
            e.date_text = None;
            e.basis = DateBasis::Unknown;
        }
    }
}

/// A meeting or a reception: talks, told either way.
pub(super) fn talks(k: MeetingKind) -> bool {
    matches!(k, MeetingKind::Meeting | MeetingKind::Reception)
}

/// Whether an encounter is told by a sentence of a welcome on arrival (`arrivals`).
pub(super) fn told_on_arrival(e: &Encounter, arrivals: &[(usize, usize)]) -> bool {
    e.evidence.first().is_some_and(|s| arrivals.contains(s))
}

/// "A met B in Oslo on Monday. ... B was welcomed by A upon his arrival": the welcome kept apart
/// from the talks of the same people, told without a day, was on theirs and where they were
/// if it says nowhere (and the talks told without a day on the welcome's).
pub(super) fn welcome_on_the_day_of_the_talks(out: &mut [Encounter], arrivals: &[(usize, usize)]) {
    let on_arrival = |e: &Encounter| told_on_arrival(e, arrivals);
    for k in 0..out.len() {
        if out[k].date.is_some() || !talks(out[k].kind) || out[k].people.len() < 2 {
            continue;
        }
        let other = out.iter().position(|x| {
            x.date.is_some()
                && talks(x.kind)
                && on_arrival(x) != on_arrival(&out[k])
                && x.person_ids() == out[k].person_ids()
        });
        if let Some(j) = other {
            let (date, words, place) = (out[j].date, out[j].date_text.clone(), out[j].place);
            let e = &mut out[k];
            e.date = date;
            e.date_text = words;
            e.basis = DateBasis::Context;
            e.place = e.place.or(place);
        }
    }
}

/// "A arrived in Kuwait on Friday. A was received by B.": an encounter of a visitor told after
/// a dated visit, with no day of its own and no place but the visit's (or a place in the
/// visited country), was on the visit's days. So was one that took only the article's day
/// when the visit had ended before it ("Paris, 9 October - A paid a visit to Mongolia from 3
/// to 6 October. In Ulaanbaatar, A was received by B").
pub(super) fn on_the_days_of_the_visit(out: &mut [Encounter], ctx: &Context) {
    for k in 0..out.len() {
        let e = &out[k];
        let of_the_article = e.basis == DateBasis::Article;
        // (Nor one whose day is told in words that could not be read: "The next day" after a
        // span.)
        if e.kind == MeetingKind::Visit
            || (e.date.is_some() && !of_the_article)
            || (e.date.is_none() && e.date_text.is_some())
            || e.event.is_some()
        {
            continue;
        }
        let start = e.evidence.first().map_or(0, |s| s.0);
        let ids = e.person_ids();
        let visit = out
            .iter()
            .filter(|v| {
                v.kind == MeetingKind::Visit
                    && v.evidence.first().is_some_and(|s| s.0 <= start)
                    && v.people.iter().any(|(p, _)| ids.contains(p))
            })
            .max_by_key(|v| v.evidence.first().map_or(0, |s| s.0));
        let Some(v) = visit else { continue };
        let in_the_visited =
            |p: i64| Some(p) == v.place || ctx.place_country.get(&p) == v.place.as_ref();
        if v.date.is_none() || v.place.is_none() || e.place.is_some_and(|p| !in_the_visited(p)) {
            continue;
        }
        // The article's day stands unless the visit was over by then.
        let ended_before = match (
            v.date.as_ref().and_then(PartialDate::latest),
            e.date.as_ref().and_then(PartialDate::earliest),
        ) {
            (Some(last), Some(day)) => last < day,
            _ => false,
        };
        if of_the_article && !ended_before {
            continue;
        }
        if !of_the_article && e.place.is_some() && e.place != v.place {
            continue;
        }
        let (date, date_text) = (v.date, v.date_text.clone());
        let e = &mut out[k];
        e.date = date;
        e.date_text = date_text;
        e.basis = DateBasis::Context;
    }
}

/// "A met B on Monday (the lead's day, under a dateline). A then met C.": an encounter told as
/// the next of a day, still undated once the lead has its day, takes the day (and place) of
/// the one told before it with one of its people.
pub(super) fn next_of_the_day(out: &mut [Encounter], in_sequence: &[(usize, usize)]) {
    for k in 0..out.len() {
        let told_next = out[k].evidence.iter().any(|s| in_sequence.contains(s));
        if out[k].date.is_some() || out[k].event.is_some() || !told_next {
            continue;
        }
        let ids = out[k].person_ids();
        let start = out[k].evidence.first().map_or(0, |s| s.0);
        let before = out.iter().enumerate().filter(|(j, p)| {
            *j != k
                && p.date.is_some()
                && p.evidence.first().is_some_and(|s| s.0 < start)
                && p.people.iter().any(|(q, _)| ids.contains(q))
        });
        // The one told last before it ("A received B. ... C and D were also present.
        // Earlier, A and B held a meeting": the reception, told again after the visit).
        let last_told = |p: &Encounter| {
            p.evidence
                .iter()
                .map(|s| s.0)
                .filter(|&s| s < start)
                .max()
                .unwrap_or(0)
        };
        let Some((_, prev)) = before.max_by_key(|(_, p)| last_told(p)) else {
            continue;
        };
        let (date, date_text, place) = (prev.date, prev.date_text.clone(), prev.place);
        let e = &mut out[k];
        e.date = date;
        e.date_text = date_text;
        e.basis = DateBasis::Context;
        if e.place.is_none() && !e.place_unknown {
            e.place = place;
        }
    }
}
