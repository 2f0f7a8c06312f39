//! What a sentence's encounters take from the ones told before it: the day of the one before
//! when "also" tells one more, the day of the one referred to ("the meeting", "then"), the
//! place of the visit referred to.

use super::events::Encounter;
use crate::model::date::PartialDate;
use crate::model::{DateBasis, MeetingKind};

/// What a sentence's encounters (`here`) take from the ones told before it (`found`): the
/// day of the one before when "also" tells one more; the day of the one referred to ("the
/// meeting", "then"); the place of the visit referred to. True when the sentence tells the
/// next of a sequence ("The Secretary-General then met ...").
pub(super) fn told_after_the_ones_before(
    here: &mut [Encounter],
    found: &[Encounter],
    text: &str,
    anaphoric: bool,
    of_a_visit: bool,
) -> bool {
    let offset = days_from_the_one_before(text);
    if super::clauses::ALSO.is_match(text) {
        same_day_as_the_one_before(here, found, text);
    }
    let sequence = tells_the_next(text);
    if anaphoric || sequence || offset.is_some() {
        day_of_the_one_referred_to(here, found, text);
    }
    // "the following day": the day after the one it took.
    if let Some((by, words)) = offset {
        for e in here.iter_mut().filter(|e| e.basis == DateBasis::Context) {
            // (A span's "following day" is no day the text gives.)
            let day = match e.date {
                Some(PartialDate::Point(p)) => p.add_days(by),
                _ => None,
            };
            // The words that tell the day stay, read or not: no other day is taken for it.
            e.date_text = Some(words.to_string());
            e.date = day.map(PartialDate::Point);
            if day.is_none() {
                e.basis = DateBasis::Unknown;
            }
        }
    }
    if of_a_visit {
        place_of_the_visit_referred_to(here, found);
    }
    // "Earlier, ..." takes a day here or none (see below), not the next of a day's.
    sequence && !text.starts_with("Earlier")
}

/// "the following day", "the next morning", "a day later": one day after the encounter told
/// before; "the previous day", "the day before", "a day earlier": one day before it.
static DAY_AFTER: std::sync::LazyLock<regex::Regex> = std::sync::LazyLock::new(|| {
    regex::Regex::new(r"(?i)(?-u:\b)(?:(?:the )?(?:following|next) (?:day|morning|afternoon|evening)|the day after(?:wards)?(?:[,.;]|$)|(?:a|one) day later)")
        .expect("static regex")
});
static DAY_BEFORE: std::sync::LazyLock<regex::Regex> = std::sync::LazyLock::new(|| {
    regex::Regex::new(r"(?i)(?-u:\b)(?:the (?:previous|preceding) (?:day|morning|afternoon|evening)|the day before(?:[,.;]|$)|(?:a|one) day (?:earlier|before))")
        .expect("static regex")
});

/// How many days from the encounter told before a sentence says its own is, and the words
/// that say so ("the following day": 1).
/// Not a day of something else the sentence tells: in a relative clause ("who had arrived the
/// previous evening"), of a thing done ("the vote held the day before"), or a possessive
/// ("the next day's debate").
fn days_from_the_one_before(text: &str) -> Option<(i64, &str)> {
    let of_the_encounter = |m: regex::Match| {
        let before = &text[..m.start()];
        let last = before.split_whitespace().last().unwrap_or_default();
        let rest = &text[m.end()..];
        !rest.starts_with(['\'', '’'])
            && !before
                .split(|c: char| !c.is_alphanumeric())
                .any(|w| matches!(w, "who" | "which" | "that" | "whose" | "whom"))
            && !matches!(
                last,
                "held"
                    | "made"
                    | "taken"
                    | "given"
                    | "done"
                    | "won"
                    | "begun"
                    | "signed"
                    | "adopted"
                    | "reached"
                    | "launched"
                    | "announced"
                    | "published"
                    | "issued"
                    | "passed"
                    | "approved"
                    | "would"
                    | "will"
            )
    };
    fn words<'t>(m: regex::Match<'t>) -> &'t str {
        m.as_str().trim_end_matches([',', '.', ';'])
    }
    match (DAY_AFTER.find(text), DAY_BEFORE.find(text)) {
        (Some(m), _) if of_the_encounter(m) => Some((1, words(m))),
        (_, Some(m)) if of_the_encounter(m) => Some((-1, words(m))),
        _ => None,
    }
}

/// "B also presented credentials to X": an undated encounter told as one more of the same kind
/// with the same person is of that one's day, and one without a place of its own was there.
fn same_day_as_the_one_before(here: &mut [Encounter], found: &[Encounter], text: &str) {
    // "A met B in Bratislava ... A also met C": where the last one of the same kind was, on
    // its day (not "On Thursday, A also met C", nor "A has also met C several times").
    // (Before the day is taken from the one before: the sentence's own day, if any.)
    let career = HAS_ALSO_MET.is_match(text);
    // A day it names that could not be read is still a day of its own.
    let names_a_day = text
        .split(|c: char| !c.is_alphabetic())
        .any(|w| super::dates::is_calendar_word(&w.to_lowercase()));
    for e in here
        .iter_mut()
        .filter(|e| !career && e.place.is_none() && !e.place_unknown && e.event.is_none())
    {
        let ids = e.person_ids();
        if let Some(prev) = found
            .iter()
            .rev()
            .find(|p| p.kind == e.kind && p.people.iter().any(|(q, _)| ids.contains(q)))
            .filter(|p| match e.date {
                Some(_) => e.date == p.date,
                None => !names_a_day,
            })
        {
            e.place = prev.place;
        }
    }
    for e in here
        .iter_mut()
        .filter(|e| e.date.is_none() && e.event.is_none())
    {
        let ids = e.person_ids();
        if let Some(prev) = found.iter().rev().find(|p| {
            p.kind == e.kind && p.date.is_some() && p.people.iter().any(|(q, _)| ids.contains(q))
        }) {
            e.date = prev.date;
            e.date_text = prev.date_text.clone();
            e.basis = DateBasis::Context;
        }
    }
}

/// An undated encounter in a sentence that refers back takes the date (and place) of the
/// encounter it refers to: the latest with one of its people ("Upon completion of the meeting
/// A and B ..." after a visit by C in April), else the latest dated one. Not a named event the
/// sentence mentions in passing ("the decisions taken at the Summit held in Vilnius").
fn day_of_the_one_referred_to(here: &mut [Encounter], found: &[Encounter], text: &str) {
    let latest_dated = found.iter().rev().find(|e| e.date.is_some());
    let earlier = text.starts_with("Earlier");
    for e in here
        .iter_mut()
        .filter(|e| e.date.is_none() && e.event.is_none())
    {
        let ids = e.person_ids();
        // A retelling without a day (a quoted post) is no day's: the latest dated one of
        // theirs.
        let shares = |p: &&Encounter| p.people.iter().any(|(q, _)| ids.contains(q));
        // Of theirs, the one told last ("A received B on Monday. B, who arrived on Sunday
        // for a visit, was welcomed by A. ... Earlier, A and B met": the reception); after
        // "Earlier", the last of the same people, if any ("A received B on Monday. On
        // Tuesday, A met C. Earlier, A and B discussed ...": Monday).
        let told_last = |p: &&Encounter| p.evidence.iter().map(|s| s.0).max();
        let dated = || found.iter().filter(|p| p.date.is_some()).filter(shares);
        let theirs = match dated()
            .filter(|p| earlier && p.person_ids() == ids)
            .max_by_key(told_last)
        {
            Some(p) => Some(p),
            None => dated().max_by_key(told_last),
        };
        let any_of_theirs = found.iter().rev().find(shares);
        let prev = match any_of_theirs {
            Some(_) => theirs,
            None => latest_dated,
        };
        let Some(prev) = prev.filter(|p| p.date.is_some()) else {
            // Neither dated: still where the one of theirs referred to was ("After the
            // signing, A and B ... before the private meeting"), unless the sentence travels
            // ("After the meeting, A flew back home and received C").
            if let (None, Some(p), false) = (e.place, any_of_theirs, TRAVELS.is_match(text)) {
                e.place = p.place;
            }
            continue;
        };
        // "A met B in Cairo on Tuesday. Earlier, A met C in Doha": another city, maybe
        // another day.
        if earlier && e.place.is_some() && prev.place.is_some() && e.place != prev.place {
            continue;
        }
        e.date = prev.date;
        e.date_text = prev.date_text.clone();
        e.basis = DateBasis::Context;
        if e.place.is_none() {
            e.place = prev.place;
        }
    }
}

/// "A paid a working visit to Guyana. During the visit A met B": an encounter told as part of
/// a visit, without a place of its own, was where the visit went.
fn place_of_the_visit_referred_to(here: &mut [Encounter], found: &[Encounter]) {
    for e in here
        .iter_mut()
        .filter(|e| e.place.is_none() && !e.place_unknown && e.kind != MeetingKind::Visit)
    {
        let ids = e.person_ids();
        let visit = found.iter().rev().find(|v| {
            v.kind == MeetingKind::Visit
                && v.place.is_some()
                && v.people.iter().any(|(q, _)| ids.contains(q))
        });
        if let Some(v) = visit {
            e.place = v.place;
        }
    }
}

/// Words that tell of an earlier encounter ("had met", "first met", "previously").
pub(crate) static EARLIER: std::sync::LazyLock<regex::Regex> = std::sync::LazyLock::new(|| {
    regex::Regex::new(r"(?i)(?-u:\b)(?:had|first|previously|earlier|last|before|former)(?-u:\b)")
        .expect("static regex")
});

/// Whether `e` is told by the sentence right after the last one that tells `x`, and names no
/// signed document of its own.
pub(crate) fn retold_next(
    sentences: &[super::sentences::Sentence],
    x: &Encounter,
    e: &Encounter,
) -> bool {
    let (Some(&(_, x_end)), Some(&(e_start, _))) = (x.evidence.last(), e.evidence.first()) else {
        return false;
    };
    let next = sentences
        .iter()
        .find(|s| s.start >= x_end && !s.text.trim().is_empty());
    next.is_some_and(|s| {
        s.start == e_start
            && !super::triggers::SIGNED_DOCUMENT
                .is_match(&s.text.to_lowercase().replace("on behalf of", ""))
    })
}

/// Whether the sentence tells the next encounter of the day: "then", "later met", "Later,";
/// not "a week later held", "years later met" (a day of its own).
fn tells_the_next(text: &str) -> bool {
    let span_before = |at: usize| {
        let last = text[..at].split_whitespace().last().unwrap_or_default();
        matches!(
            last.to_lowercase().as_str(),
            "day"
                | "days"
                | "week"
                | "weeks"
                | "month"
                | "months"
                | "year"
                | "years"
                | "decade"
                | "decades"
                | "hours"
        )
    };
    // "Earlier, A had called on B": told in the past of the past, on a day of its own.
    let pluperfect = PLUPERFECT.is_match(text);
    text.starts_with("Later,")
        || text.starts_with("Later on,")
        || super::triggers::SEQUENCE.find_iter(text).any(|m| {
            let words = m.as_str().to_lowercase();
            let later_by_a_span = words.starts_with("later") && span_before(m.start());
            let past_of_the_past = words.starts_with("earlier") && pluperfect;
            !(later_by_a_span || past_of_the_past)
        })
}

/// "had called on", "had met": the past of the past.
static PLUPERFECT: std::sync::LazyLock<regex::Regex> = std::sync::LazyLock::new(|| {
    regex::Regex::new(
        r"(?-u:\b)had (?:\w+ )?(?:met|called|held|received|hosted|visited|paid|signed)(?-u:\b)",
    )
    .expect("static regex")
});

/// "has also met", "have also met": a career told, no encounter of the day.
static HAS_ALSO_MET: std::sync::LazyLock<regex::Regex> = std::sync::LazyLock::new(|| {
    regex::Regex::new(r"(?-u:\b)(?:has|have) also met(?-u:\b)").expect("static regex")
});

/// A journey in the sentence: what it tells next may be somewhere else.
static TRAVELS: std::sync::LazyLock<regex::Regex> = std::sync::LazyLock::new(|| {
    regex::Regex::new(
        r"(?i)(?-u:\b)(?:flew|returned|travell?ed|went back|left for|headed|arrived|home)(?-u:\b)",
    )
    .expect("static regex")
});
