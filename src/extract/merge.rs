//! One article's encounters merged: the same encounter reported twice (a headline and its
//! lead, a caption and the text) is one; each gets the dateline's place and, in the lead of
//! an agency report, its day; and the short summary the catalog shows.

use super::cues::PersonCue;
use super::events::{dates_compatible, place_in, Context, Encounter};
use super::merge_days::*;
use super::names::Mention;
use super::names::{EntityKind, EntityRef};
use super::sentences::Sentence;
use super::triggers::{ARRIVAL, FUTURE};
use crate::model::date::PartialDate;
use crate::model::{DateBasis, MeetingKind, Role};
use regex::Regex;
use std::sync::LazyLock;

pub(crate) fn better_date(into: &mut Encounter, from: &Encounter) {
    if from.date.is_some() && (into.date.is_none() || from.basis < into.basis) {
        into.date = from.date;
        into.date_text = from.date_text.clone();
        into.basis = from.basis;
    }
}

/// Encounters reported twice in one article (headline and lead) become one; an encounter
/// without participants ("Cooperation was discussed in Baku") joins the next one with people.
/// `in_sequence`: the sentences that tell the next encounter of a day ("then met").
/// Two visits of the same people that one sentence sends to places apart ("visiting Riyadh,
/// Cairo, and Ankara"): not a city and its country.
fn visits_elsewhere(x: &Encounter, e: &Encounter, ctx: &Context) -> bool {
    x.kind == MeetingKind::Visit
        && e.kind == MeetingKind::Visit
        && x.evidence == e.evidence
        && places_apart(x.place, e.place, ctx.place_country)
}

/// Two places named, neither the other nor the other's country (a city and its country are
/// one visit's places).
pub(crate) fn places_apart(
    a: Option<i64>,
    b: Option<i64>,
    place_country: &std::collections::HashMap<i64, i64>,
) -> bool {
    matches!((a, b), (Some(a), Some(b))
        if a != b && place_country.get(&a) != Some(&b) && place_country.get(&b) != Some(&a))
}

pub(crate) fn merge_within(
    found: Vec<Encounter>,
    ctx: &Context,
    sentences: &[Sentence],
    lead_place: Option<(i64, (usize, usize))>,
    in_sequence: &[(usize, usize)],
) -> Vec<Encounter> {
    // The lead: the first three sentences.
    let lead_end = sentences.get(2).or(sentences.last()).map_or(0, |s| s.end);
    let headline_end = headline_end(sentences);
    // "B was welcomed by A upon his arrival. ... They held talks": the welcome and the talks
    // are two encounters.
    let arrivals: Vec<(usize, usize)> = sentences
        .iter()
        .filter(|s| ARRIVAL.is_match(&s.text))
        .map(|s| (s.start, s.end))
        .collect();
    let on_arrival = |e: &Encounter| told_on_arrival(e, &arrivals);
    let mut out: Vec<Encounter> = Vec::new();
    let mut open: Option<Encounter> = None;
    for mut e in found {
        if e.event.is_none() && e.people.is_empty() && e.organizations.is_empty() {
            // "The two officials discussed migration": it supports the encounter before it;
            // before any, the one after it (a headline, then its lead).
            let before = out
                .iter_mut()
                .rev()
                .find(|x| x.event.is_none() && !x.people.is_empty());
            if let Some(prev) = before {
                // "X has met Y. They met at the headquarters on Tuesday, 13 December": the date
                // the text states wins over the article's.
                if e.basis == DateBasis::Stated && prev.basis > DateBasis::Stated {
                    better_date(prev, &e);
                }
                for s in e.evidence {
                    if !prev.evidence.contains(&s) {
                        prev.evidence.push(s);
                    }
                }
                if prev.place.is_none() {
                    prev.place = e.place;
                }
                continue;
            }
            if open.is_none() {
                open = Some(e);
            }
            continue;
        }
        if let Some(o) = open.take() {
            // "Norway and Chile have signed five accords. ... A and B signed on behalf of
            // ...": the signing the lead told without its people.
            if e.event.is_none()
                && (e.kind == MeetingKind::Meeting || e.kind == o.kind)
                && dates_compatible(&o.date, &e.date)
            {
                better_date(&mut e, &o);
                if o.place.is_some() {
                    e.place = o.place;
                }
                let mut ev = o.evidence.clone();
                ev.extend(e.evidence.iter().copied());
                e.evidence = ev;
            } else {
                open = Some(o);
            }
        }
        // The same named event twice ("on the margins of the APEC meeting" in a caption and
        // in the text) is one.
        let same_event = |x: &Encounter| {
            x.kind == e.kind
                && matches!((&x.event, &e.event), (Some(a), Some(b)) if a.eq_ignore_ascii_case(b))
                && x.person_ids() == e.person_ids()
                && dates_compatible(&x.date, &e.date)
        };
        // A shorter name of the same event ("the 74th session of the General Assembly" and
        // "... of the United Nations"): one conference, with whoever either names. (Other names
        // of an attended event in its sentence are dropped after the loop.)
        let named_again = |x: &Encounter| {
            x.kind == MeetingKind::Conference
                && e.kind == MeetingKind::Conference
                && match (&x.event, &e.event) {
                    (Some(a), Some(b)) => {
                        let (a, b) = (a.to_lowercase(), b.to_lowercase());
                        a.contains(&b) || b.contains(&a)
                    }
                    _ => false,
                }
                && (x.people.is_empty() || e.people.is_empty() || x.person_ids() == e.person_ids())
                && dates_compatible(&x.date, &e.date)
        };
        let again = out
            .iter()
            .position(same_event)
            .or_else(|| out.iter().position(named_again));
        if let Some(x) = again.and_then(|k| out.get_mut(k)) {
            if x.people.is_empty() && !e.people.is_empty() {
                x.people = e.people.clone();
                x.organizations.clear();
                x.confidence = x.confidence.max(e.confidence);
            }
            for o in &e.organizations {
                if x.people.is_empty() && !x.organizations.contains(o) {
                    x.organizations.push(*o);
                }
            }
            better_date(x, &e);
            if x.place.is_none() || (e.place.is_some() && x.date.is_none()) {
                x.place = e.place.or(x.place);
            }
            for s in e.evidence {
                if !x.evidence.contains(&s) {
                    x.evidence.push(s);
                }
            }
            continue;
        }
        // "X meets Y" in a caption and "X received Y" in the text on one day: one reception.
        let same = out.iter_mut().find(|x| {
            (x.kind == e.kind
                || (talks(x.kind)
                    && talks(e.kind)
                    && e.person_ids().len() >= 2
                    && on_arrival(x) == on_arrival(&e)))
                && x.event.is_none()
                && e.event.is_none()
                && !e.distinct
                && x.person_ids() == e.person_ids()
                && !visits_elsewhere(x, &e, ctx)
                && (x.people.is_empty() == e.people.is_empty())
                && (!x.people.is_empty() || x.organization_ids() == e.organization_ids())
                && dates_compatible(&x.date, &e.date)
        });
        // "X meets Y" in the headline and "X met Y in the presence of Z" in the text: the
        // headline tells of the fuller one. And "A and B co-chaired talks. ... the two leaders
        // discussed X. The talks were attended by C and D": the pair told again, with those
        // who attended, is the same talks (on the same day, at the same place), not a second
        // round.
        let told_again_with_more = |x: &Encounter| {
            talks(x.kind)
                && talks(e.kind)
                && x.event.is_none()
                && e.event.is_none()
                && !e.distinct
                && (x.kind == e.kind || on_arrival(x) == on_arrival(&e))
                && x.people.len() >= 2
                && x.person_ids().is_subset(&e.person_ids())
        };
        let in_the_headline = |x: &Encounter| {
            x.evidence.iter().all(|&(_, end)| end <= headline_end)
                && dates_compatible(&x.date, &e.date)
        };
        let with_who_attended = |x: &Encounter| {
            x.date.is_some()
                && x.date == e.date
                && (x.place == e.place || e.place.is_none())
                && e.people
                    .iter()
                    .all(|(p, r)| *r == Role::Participant || x.people.iter().any(|(q, _)| q == p))
        };
        let same = match same {
            Some(x) => Some(x),
            None => out
                .iter_mut()
                .find(|x| told_again_with_more(x) && in_the_headline(x)),
        };
        // An undated pair in the lead (a caption's "A greets B") told again with a day and
        // more people (the delegation listed after it): the same talks, when the pair are the
        // ones the later telling names first (its parties, not two of those who attended).
        let undated_in_the_lead = |x: &Encounter| {
            let parties: std::collections::BTreeSet<i64> = e
                .people
                .iter()
                .take(x.people.len())
                .map(|(p, _)| *p)
                .collect();
            // ... on the article's day: not "they previously met on 5 March 2021".
            let of_the_day = ctx
                .article_partial
                .as_ref()
                .is_some_and(|a| e.date.is_some() && dates_compatible(&e.date, &Some(*a)));
            x.kind == e.kind
                && x.date.is_none()
                && of_the_day
                && x.evidence.iter().all(|&(_, end)| end <= lead_end)
                && parties == x.person_ids()
        };
        // "The MOUs were signed by A and B. They signed on behalf of C, ...": a signing told
        // again by the next sentence, with its signatories and more and no document of its
        // own, is the same signing (not "A and B, with C, signed a Cooperation Agreement").
        let signed_again_with_more = |x: &Encounter| {
            x.kind == MeetingKind::Signing
                && e.kind == MeetingKind::Signing
                && x.event.is_none()
                && e.event.is_none()
                && x.people.len() >= 2
                && x.person_ids().is_subset(&e.person_ids())
                && dates_compatible(&x.date, &e.date)
                && (x.place == e.place || e.place.is_none())
                && super::told_after::retold_next(sentences, x, &e)
        };
        // "A has held talks with B in Oslo. The two leaders met ... on Tuesday morning": the
        // talks the lead dated by the article's day, told again by the next sentence with the
        // day they were held, are the same talks, on that day.
        let its_day_told_next = |x: &Encounter| {
            x.kind == e.kind
                && x.event.is_none()
                && e.event.is_none()
                && !e.distinct
                && x.people.len() >= 2
                && x.person_ids() == e.person_ids()
                && x.basis == DateBasis::Article
                && e.basis == DateBasis::Stated
                && (x.place == e.place || e.place.is_none() || x.place.is_none())
                && super::told_after::retold_next(sentences, x, &e)
                // Not "The two had first met on Tuesday": an earlier meeting.
                && !sentences
                    .iter()
                    .find(|s| e.evidence.first().is_some_and(|&(st, _)| st == s.start))
                    .is_some_and(|s| super::told_after::EARLIER.is_match(&s.text))
        };
        let same = match same {
            Some(x) => Some(x),
            None => out.iter_mut().find(|x| {
                (told_again_with_more(x) && (with_who_attended(x) || undated_in_the_lead(x)))
                    || signed_again_with_more(x)
                    || its_day_told_next(x)
            }),
        };
        match same {
            Some(x) => {
                for (p, r) in &e.people {
                    if !x.people.iter().any(|(q, _)| q == p) {
                        x.people.push((*p, *r));
                    }
                }
                better_date(x, &e);
                if x.place.is_none() {
                    x.place = e.place;
                }
                // The reception's roles (host, visitor) say more than the meeting's.
                if e.kind == MeetingKind::Reception && x.kind != MeetingKind::Reception {
                    x.kind = MeetingKind::Reception;
                    x.people = e.people.clone();
                }
                for s in e.evidence {
                    if !x.evidence.contains(&s) {
                        x.evidence.push(s);
                    }
                }
                x.confidence = x.confidence.max(e.confidence);
            }
            None => out.push(e),
        }
    }
    // "On the sideline of the 74th session of the Assembly ..., as the annual debate of the
    // United Nations General Assembly ..., X met Y": the event whose people met there is the
    // one the sentence names in other words too; its other names add no event. A sentence
    // listing events nobody is said to have met at ("... Forum (2008), the 6th Conference of
    // ... (2008), ...") keeps each.
    let attended: Vec<&Encounter> = out
        .iter()
        .filter(|x| x.kind == MeetingKind::Conference && !x.people.is_empty())
        .collect();
    let other_names: Vec<bool> = out
        .iter()
        .map(|x| {
            x.kind == MeetingKind::Conference
                && x.people.is_empty()
                && attended.iter().any(|a| {
                    a.evidence.first() == x.evidence.first() && dates_compatible(&a.date, &x.date)
                })
        })
        .collect();
    let mut other_names = other_names.into_iter();
    out.retain(|_| !other_names.next().unwrap_or(false));
    // A meeting that names nobody ("The meeting, which lasted an hour, took place after ...")
    // tells nothing the catalog can hold; a named conference stands on its own.
    out.retain(|e| {
        e.kind == MeetingKind::Conference || !e.people.is_empty() || !e.organizations.is_empty()
    });
    // The lead's sentence that says where is another encounter's evidence: its place is that
    // encounter's, not the others' ("X met Y today. X had met Y in Glasgow in 2021.").
    let lead_owners: Vec<usize> = lead_place.map_or_else(Vec::new, |(_, span)| {
        (0..out.len())
            .filter(|&k| out[k].evidence.contains(&span))
            .collect()
    });
    for (k, e) in out.iter_mut().enumerate() {
        // Without a place of its own: the dateline's, else where the lead says the news
        // happened ("The commission's meeting ended in Khartoum ...").
        // "in Tanzania" under a "Dar es Salaam" dateline: the most specific place the text
        // gives, the dateline's city, when it lies in that country. Not a visit's: a visit
        // to Egypt is to the country, wherever its report was filed.
        if let (Some(p), Some(d), false) = (e.place, ctx.dateline, e.kind == MeetingKind::Visit) {
            if ctx.place_rank.get(&p) == Some(&0) && ctx.place_country.get(&d) == Some(&p) {
                e.place = Some(d);
            }
        }
        if e.place.is_none() && !e.place_unknown {
            e.place = ctx.dateline;
            let lead = lead_place
                .filter(|_| lead_owners.is_empty() || lead_owners.contains(&k))
                .map(|(p, _)| p);
            if e.place.is_none() && lead.is_some() {
                e.place = lead;
                e.confidence -= 0.05;
            }
        }
        // A report under an agency dateline tells of that day: an undated encounter of its
        // lead took place on the article's date, and so, as far as the text says, did the
        // undated encounters it goes on to tell (each one's date basis says where the day
        // came from; only the lead's is less certain for it).
        if e.date.is_none() && ctx.dateline.is_some() && e.event.is_none() {
            // The day, with its year if the page shows one ("XXXX-04-12" under a TASS line).
            let day = ctx.article_date.map(PartialDate::from).or(ctx
                .article_partial
                .filter(|p| matches!(p, PartialDate::Point(pt) if pt.day.is_some())));
            if let (Some(day), Some(&(start, _))) = (day, e.evidence.first()) {
                e.date = Some(day);
                e.basis = DateBasis::Article;
                if start < lead_end {
                    e.confidence -= 0.05;
                }
            }
        }
        // In hundredths, as it was reasoned: 0.7 - 0.05 is 0.65, not 0.6499999999999999.
        e.confidence = (e.confidence.clamp(0.05, 1.0) * 100.0).round() / 100.0;
        e.evidence.sort_unstable();
    }
    // Still without a place (no dateline, no place in the lead): where the visit went.
    while_visiting(&mut out, sentences);
    // The next of a day takes the day of the one told before it, before the visit's first.
    next_of_the_day(&mut out, in_sequence);
    on_the_days_of_the_visit(&mut out, ctx);
    welcome_on_the_day_of_the_talks(&mut out, &arrivals);
    super::sidelines::at_the_event_told_before(&mut out, sentences, ctx);
    none_after_the_article(&mut out, ctx);
    out
}

/// A short text naming an encounter, for the catalog's summary column.
pub fn summary(
    e: &Encounter,
    name_of: impl Fn(EntityRef) -> String,
    place: Option<String>,
) -> String {
    let mut who: Vec<String> = e
        .people
        .iter()
        .map(|(p, _)| {
            name_of(EntityRef {
                kind: EntityKind::Person,
                id: *p,
            })
        })
        .collect();
    if who.is_empty() || e.kind == MeetingKind::Signing {
        who.extend(e.organizations.iter().map(|(o, _)| {
            name_of(EntityRef {
                kind: EntityKind::Organization,
                id: *o,
            })
        }));
    }
    let mut s = match (&e.event, e.kind) {
        (Some(name), _) => {
            let body = e
                .organizations
                .iter()
                .map(|(o, _)| {
                    name_of(EntityRef {
                        kind: EntityKind::Organization,
                        id: *o,
                    })
                })
                .find(|o| !name.contains(o.as_str()));
            match body {
                Some(o) => format!("{o}: {name}"),
                None => name.clone(),
            }
        }
        (None, MeetingKind::Visit) => {
            return match place {
                Some(p) => format!("{} visited {p}", who.join(" and ")),
                None => format!("{} visited", who.join(" and ")),
            }
        }
        (None, MeetingKind::Reception) => {
            let hosts: Vec<&str> = e
                .people
                .iter()
                .zip(&who)
                .filter(|((_, r), _)| *r == Role::Host)
                .map(|(_, n)| n.as_str())
                .collect();
            let guests: Vec<&str> = e
                .people
                .iter()
                .zip(&who)
                .filter(|((_, r), _)| *r != Role::Host)
                .map(|(_, n)| n.as_str())
                .collect();
            if hosts.is_empty() {
                format!("Reception of {}", who.join(" and "))
            } else {
                format!("{} received {}", hosts.join(" and "), guests.join(" and "))
            }
        }
        (None, MeetingKind::Signing) => format!("{} signed", who.join(" and ")),
        (None, _) => format!("Meeting of {}", who.join(" and ")),
    };
    if let Some(p) = place {
        s.push_str(&format!(" in {p}"));
    }
    s
}

/// "A arrived in Monrovia ... In separate engagements, A also held private meetings with B",
/// and "A paid a courtesy call on B ... A arrived in Monrovia on a two-day visit": an
/// encounter of a visitor, without a place of its own and on no date outside the visit's, was
/// where the visit went, when every visit the article tells went there. One told before the
/// visit only when the visitor was no host in it and its sentence does not set it before the
/// trip ("Before his departure, A received B", "A had met B last year").
fn while_visiting(out: &mut [Encounter], sentences: &[Sentence]) {
    type Visit = (
        i64,
        usize,
        std::collections::BTreeSet<i64>,
        Option<PartialDate>,
    );
    let visits: Vec<Visit> = out
        .iter()
        .filter(|v| v.kind == MeetingKind::Visit)
        .filter_map(|v| Some((v.place?, v.evidence.first()?.0, v.person_ids(), v.date)))
        .collect();
    let Some((place, _, _, _)) = visits.first() else {
        return;
    };
    if visits.iter().any(|(p, _, _, _)| p != place)
        || out
            .iter()
            .any(|v| v.kind == MeetingKind::Visit && v.place.is_none())
    {
        return;
    }
    let place = *place;
    for e in out
        .iter_mut()
        .filter(|e| e.place.is_none() && !e.place_unknown && e.kind != MeetingKind::Visit)
    {
        let start = e.evidence.first().map_or(0, |s| s.0);
        let ids = e.person_ids();
        let told_at = |s: usize, words: &Regex| {
            sentences
                .iter()
                .find(|t| t.start == s)
                .is_some_and(|t| words.is_match(&t.text))
        };
        let set_before = || {
            e.evidence
                .iter()
                .any(|&(s, _)| told_at(s, &BEFORE_THE_TRIP))
        };
        if visits.iter().any(|(_, at, visitors, date)| {
            visitors.iter().any(|v| ids.contains(v))
                && dates_compatible(date, &e.date)
                && (*at <= start
                    || !(e
                        .people
                        .iter()
                        .any(|(p, r)| *r == Role::Host && visitors.contains(p))
                        || set_before()
                        || told_at(*at, &AFTER_IT)))
        }) {
            e.place = Some(place);
        }
    }
}

/// Words of a visit's sentence that set it after what was told before: "A then arrived in X",
/// "A later arrived".
static AFTER_IT: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)(?-u:\b)(?:then|later|afterwards|subsequently|thereafter)(?-u:\b)")
        .expect("static regex")
});

/// Words that set an encounter told before a visit at another time than the visit's.
static BEFORE_THE_TRIP: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)(?-u:\b)(?:before|ahead of|prior to|earlier|previous(?:ly)?|last|had (?:met|held|received|hosted|visited)|departure|departing|farewell|start of|beginning of|on (?:his|her|their) way)(?-u:\b)")
        .expect("static regex")
});

/// Where the lead (past the headline) says the news happened: "in X" in its first sentences,
/// and that sentence's span. Not where a sentence of the future goes: "The next session,
/// scheduled for autumn in Oslo, will review trade."
pub(crate) fn lead_place(
    chars: &[char],
    sentences: &[Sentence],
    mentions: &[Mention],
    cues: &[PersonCue],
    ctx: &Context,
) -> Option<(i64, (usize, usize))> {
    sentences
        .iter()
        .skip(1)
        .take(2)
        .filter(|s| !(FUTURE.is_match(&s.text) || s.text.contains("scheduled")))
        .find_map(|s| place_in(chars, s, mentions, ctx, 0, cues).map(|p| (p, (s.start, s.end))))
}

/// Where the headline ends: after the lines without a full stop that open the text before its
/// first sentence (a line of tags, then the headline: "Norway, Chile, Trade" / "Minister A meets
/// B ahead of the Forum" / "Oslo, 15 May - A met ..."); else after the first sentence.
pub(crate) fn headline_end(sentences: &[Sentence]) -> usize {
    let first_told = sentences
        .iter()
        .take(4)
        .position(|s| s.text.trim_end().ends_with(['.', '!', '?', '"', '”', ':']));
    match first_told {
        Some(k) if k >= 1 => sentences[k - 1].end,
        _ => sentences.first().map_or(0, |s| s.end),
    }
}

/// An encounter told only by the headline ("Meeting between X and Y") of people the text says
/// will meet ("X will meet with Y", in `planned`): the plan, not a meeting held.
pub(crate) fn only_a_headlines_plan(
    e: &Encounter,
    headline_end: usize,
    planned: &[std::collections::BTreeSet<i64>],
) -> bool {
    let ids = e.person_ids();
    let only_headline = e.evidence.iter().all(|&(_, end)| end <= headline_end);
    only_headline && ids.len() >= 2 && planned.iter().any(|p| ids.is_subset(p))
}

#[cfg(test)]
impl Encounter {
    /// An encounter of these people as the tests of matching and merging build it: stated
    /// date, no organizations, one sentence of evidence at `at`.
    pub(crate) fn of(
        kind: MeetingKind,
        people: &[i64],
        date: Option<&str>,
        place: Option<i64>,
        at: usize,
    ) -> Encounter {
        Encounter {
            kind,
            date: date.and_then(|d| PartialDate::parse(d).ok()),
            date_text: None,
            basis: DateBasis::Stated,
            place,
            people: people.iter().map(|p| (*p, Role::Participant)).collect(),
            organizations: Vec::new(),
            event: None,
            evidence: vec![(at, at + 80)],
            confidence: 0.9,
            distinct: false,
            place_unknown: false,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn told(
        kind: MeetingKind,
        people: &[i64],
        date: &str,
        place: Option<i64>,
        at: usize,
    ) -> Encounter {
        Encounter::of(
            kind,
            people,
            Some(date).filter(|d| !d.is_empty()),
            place,
            at,
        )
    }

    #[test]
    fn a_visitors_later_encounter_was_on_the_visit_unless_its_date_is_another() {
        // A visit to place 9 in February, then an encounter of the visitor told after it.
        let mut out = vec![
            told(MeetingKind::Visit, &[1], "2020-02", Some(9), 0),
            told(MeetingKind::Meeting, &[1, 2], "2020-02-03", None, 20),
            told(MeetingKind::Meeting, &[1, 3], "2020-10-12", None, 40),
            told(MeetingKind::Meeting, &[1, 4], "", None, 60),
        ];
        while_visiting(&mut out, &[]);
        let places: Vec<Option<i64>> = out.iter().map(|e| e.place).collect();
        assert_eq!(places, vec![Some(9), Some(9), None, Some(9)]);
    }

    #[test]
    fn a_visitors_undated_encounter_where_the_visit_went_was_on_its_days() {
        let mut out = vec![
            told(MeetingKind::Meeting, &[1, 5], "", None, 0),
            told(MeetingKind::Visit, &[1], "2021-12-10", Some(9), 20),
            told(MeetingKind::Reception, &[1, 2], "", Some(9), 40),
            told(MeetingKind::Meeting, &[1, 3], "", Some(8), 60),
            told(MeetingKind::Meeting, &[1, 4], "2021-12-11", None, 80),
            told(MeetingKind::Meeting, &[6, 7], "", None, 100),
        ];
        on_the_days_of_the_visit(&mut out, &Context::default());
        let days: Vec<String> = out
            .iter()
            .map(|e| e.date.map(|d| d.to_string()).unwrap_or_default())
            .collect();
        // Not one told before the visit, nor one elsewhere, nor one of other people; a day
        // of its own stays.
        assert_eq!(
            days,
            vec!["", "2021-12-10", "2021-12-10", "", "2021-12-11", ""]
        );
    }
}
