//! The events around an encounter: the named event on whose sidelines it took place (and
//! everyone who met there attended), the event of that kind told before ("on the sidelines of
//! the summit"), and the verbs of attendance.

use std::sync::LazyLock;

use regex::Regex;

use super::clauses::dedup_ids;
use super::cues::single_spaced;
use super::events::{Encounter, Named};
use super::sentences::Sentence;
use super::triggers::{char_index, ATTEND, SPEECH};
use crate::model::date::PartialDate;
use crate::model::{DateBasis, MeetingKind, Role};

/// "on the sidelines of the 15th Session of the Islamic Summit Conference" (or "of the 9th
/// session of the Nordic Council", "at the margins of the 2024 Nordic Ministers Meeting"): the
/// event.
pub(crate) static SIDELINES: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?-u:\b)(?:[Oo]n|[Aa]t) the (?:sidelines?|margins?|fringes?) of (?:the )?(?P<ev>(?:(?:19|20)\d\d\s+)?(?:\d+(?:st|nd|rd|th)\s+(?:(?:session|meeting|summit|conference)\s+of\s+(?:the\s+)?)?)?\p{Lu}[\p{L}\d'’-]*(?:\s+(?:(?:of|the|and|on|for)\s+)*\p{Lu}[\p{L}\d'’-]*)*(?:\s+(?:meeting|summit|session|conference|forum))?)")
        .expect("static regex")
});

/// "’s annual summit", "’s 78th session": an event's kind in lower case after a possessive.
static EVENT_OF_KIND: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^\s+(?:[\p{Ll}\d-]+\s+){0,3}(summit|session|meeting|conference|forum|assembly|congress)(?-u:\b)")
        .expect("static regex")
});

/// "’s 24th Ministerial Council": a named event right after a possessive.
static AFTER_POSSESSIVE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^\s+(?:\d+(?:st|nd|rd|th)\s+)?\p{Lu}[\p{L}\d'’-]*(?:\s+(?:(?:of|the|and|on|for)\s+)*\p{Lu}[\p{L}\d'’-]*)*")
        .expect("static regex")
});

/// "while attending the ASEAN Leaders' Meeting, X received Y": a named event (ending in an
/// event's word) that the people of the sentence's meeting attended. Also "The minister, who
/// is taking part in the Munich Security Conference, met Y".
pub(crate) static WHILE_ATTENDING: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?-u:\b)(?:[Ww]hile (?:attending|participating in)|[Dd]uring (?:his|her|their) participation in|who (?:is|was|are|were) (?:attending|taking part in|participating in)) (?:the )?(?P<ev>(?:\d+(?:st|nd|rd|th)\s+)?\p{Lu}[\p{L}\d'’-]*(?:\s+(?:(?:of|the|and|on|for)\s+)*\p{Lu}[\p{L}\d'’-]*)*\s+(?:Meeting|Summit|Session|Conference|Forum|Assembly|Congress|Symposium))(?-u:\b)")
        .expect("static regex")
});

/// "this meeting on the sidelines of ...": a sidelines phrase that belongs to a meeting.
pub(crate) static SIDELINES_OF_MEETING: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)(?-u:\b)(?:meeting|talks|meetings)\s+(?:held\s+)?on the (?:sidelines|margins?|fringes?) of(?-u:\b)")
        .expect("static regex")
});

/// The named event on whose sidelines an encounter took place, attended by its people.
pub(crate) fn sidelines_event(text: &str, base: &Encounter) -> Option<Encounter> {
    let c = SIDELINES
        .captures(text)
        .or_else(|| WHILE_ATTENDING.captures(text))?;
    // "the 2024 Nordic Summit": the year dates it; the name is the one told elsewhere.
    let ev = c.name("ev")?;
    let mut name = single_spaced(ev.as_str());
    // "the OSCE’s 24th Ministerial Council": the event is named after the possessive; "the
    // Philippine President's state visit" names no event.
    if let Some(owner) = name.strip_suffix("'s").or_else(|| name.strip_suffix("’s")) {
        let rest = &text[ev.end()..];
        name = match AFTER_POSSESSIVE.find(rest) {
            Some(after) => format!("{owner} {}", single_spaced(after.as_str().trim())),
            // "the African Union's annual summit": the body's event of that kind.
            None => format!("{owner} {}", &EVENT_OF_KIND.captures(rest)?[1]),
        };
    }
    let name = match name.split_once(' ') {
        Some((year, rest))
            if year.len() == 4 && year.chars().all(|c| c.is_ascii_digit()) && !rest.is_empty() =>
        {
            rest.to_string()
        }
        _ => name,
    };
    Some(Encounter {
        kind: MeetingKind::Conference,
        people: base
            .people
            .iter()
            .map(|(p, _)| (*p, Role::Participant))
            .collect(),
        organizations: Vec::new(),
        event: Some(name),
        distinct: false,
        ..base.clone()
    })
}

/// The event on whose sidelines a sentence's encounters (`here`) took place: everyone who met
/// there attended it ("... met on the sidelines of the Summit"; "signed ... on the sidelines
/// of the Forum": the signatories; "met with A, B and C on the margins of the Council": all
/// four).
pub(crate) fn sidelines_of_all(text: &str, here: &[Encounter]) -> Option<Encounter> {
    let met = |e: &&Encounter| {
        matches!(
            e.kind,
            MeetingKind::Meeting | MeetingKind::Reception | MeetingKind::Signing
        ) && e.people.len() >= 2
    };
    let mut base = here.iter().find(met)?.clone();
    for (p, r) in here.iter().filter(met).flat_map(|e| &e.people) {
        if !base.people.iter().any(|(q, _)| q == p) {
            base.people.push((*p, *r));
        }
    }
    sidelines_event(text, &base)
}

/// "During this meeting on the sidelines of the General Conference, ...": the people of the
/// meeting told last (with two people or more) attended the event (named here, so not a
/// conference of its own).
pub(crate) fn sidelines_of_the_meeting(text: &str, found: &[Encounter]) -> Option<Encounter> {
    if !SIDELINES_OF_MEETING.is_match(text) {
        return None;
    }
    found
        .iter()
        .rev()
        .find(|e| e.kind != MeetingKind::Conference && e.people.len() >= 2)
        .and_then(|last| sidelines_event(text, last))
}

/// Whether a trigger's words are "on the sidelines (margins, fringes) of".
pub(crate) fn on_the_sidelines(words: &str) -> bool {
    let w = words.to_lowercase();
    w.starts_with("on the ")
        && ["sidelines", "margins", "fringes"]
            .iter()
            .any(|s| w.contains(s))
}

/// "On the sidelines of the summit": an event named only by its kind, the one told before.
static SIDELINES_OF_THE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)(?-u:\b)(?:on|at) the (?:sidelines?|margins?|fringes?) of (?:the|this|that) (?P<kind>summit|forum|conference|session|meeting|assembly|congress|event|gathering)(?-u:\b)")
        .expect("static regex")
});

/// "... to attend the 9th Nordic Forum, held from 4 to 6 September in Oslo. On the sidelines
/// of the summit, A held talks with B": an encounter on the sidelines of an event named only
/// by its kind was at the event told before it, on its days (unless its own sentence states
/// one) and at its place (unless its own is more specific than a country or the dateline's);
/// its people attended the event.
pub(crate) fn at_the_event_told_before(
    out: &mut [Encounter],
    sentences: &[Sentence],
    ctx: &super::context::Context,
) {
    for k in 0..out.len() {
        let e = &out[k];
        let met = matches!(
            e.kind,
            MeetingKind::Meeting | MeetingKind::Reception | MeetingKind::Signing
        ) && e.people.len() >= 2
            && e.event.is_none();
        let Some(&(start, _)) = e.evidence.first().filter(|_| met) else {
            continue;
        };
        // The kind the event is named by ("the summit"): the event told before of that kind
        // (any, for "the meeting" or "the event"), on a day that can be the encounter's.
        let kind = sentences
            .iter()
            .find(|s| s.start == start)
            .and_then(|s| SIDELINES_OF_THE.captures(&s.text))
            .map(|c| c["kind"].to_lowercase());
        let told = kind.is_some();
        // A forum's summit, a summit's conference: one family of words; an assembly, a session
        // or a congress is named by its own.
        let family = ["summit", "forum", "conference"];
        let of_kind = |c: &Encounter| {
            let name = c.event.as_deref().unwrap_or("").to_lowercase();
            kind.as_deref().is_some_and(|k| {
                matches!(k, "meeting" | "event" | "gathering")
                    || name.contains(k)
                    || (family.contains(&k) && family.iter().any(|f| name.contains(f)))
            })
        };
        let own_day = e.basis == DateBasis::Stated;
        let event = out
            .iter()
            .enumerate()
            .filter(|(_, c)| {
                c.kind == MeetingKind::Conference
                    && c.evidence.first().is_some_and(|f| f.0 < start)
                    && (c.date.is_some() || c.place.is_some())
                    && of_kind(c)
                    && (!own_day
                        || super::events::dates_compatible(&c.date, &e.date)
                        // Without a year the days cannot be weighed.
                        || c.date.as_ref().and_then(PartialDate::earliest).is_none())
            })
            .max_by_key(|(_, c)| c.evidence.first().map_or(0, |f| f.0))
            .map(|(j, _)| j);
        let Some(j) = event.filter(|_| told) else {
            continue;
        };
        let (date, words, place) = (out[j].date, out[j].date_text.clone(), out[j].place);
        let people: Vec<i64> = out[k].people.iter().map(|(p, _)| *p).collect();
        let e = &mut out[k];
        if e.basis != DateBasis::Stated && date.is_some() {
            e.date = date;
            e.date_text = words;
            e.basis = DateBasis::Context;
        }
        // A country, or the dateline's city (where the report was filed): less than the event's.
        let coarse = e.place.is_none_or(|p| {
            ctx.place_rank.get(&p).copied().unwrap_or(0) == 0 || Some(p) == ctx.dateline
        });
        if coarse && place.is_some() {
            e.place = place;
        }
        let c = &mut out[j];
        for p in people {
            if !c.people.iter().any(|(q, _)| *q == p) {
                c.people.push((p, Role::Participant));
            }
        }
    }
}

/// The last verb of attendance in `text` ("attended", "flew to Oslo to attend"), not one that
/// says the traveller did not ("flew to Vilnius but was unable to attend").
pub(crate) fn attended_before(text: &str) -> Option<regex::Match<'_>> {
    ATTEND
        .find_iter(text)
        .filter(|m| {
            let w = m.as_str().to_lowercase();
            ![" but ", "unable", " not ", "n't ", "could not", "failed"]
                .iter()
                .any(|x| w.contains(x))
        })
        .last()
}

/// "Minister X attended the Nordic Summit": those named before the verb of attendance (not a
/// speaker's clause before them) took part in the named event.
pub(crate) fn attended_it(ev: &mut Encounter, text: &str, people: &[Named]) {
    let Some(at) = ev.event.as_deref().and_then(|name| text.find(name)) else {
        return;
    };
    let Some(verb) = attended_before(&text[..at]) else {
        return;
    };
    let verb_at = char_index(text, verb.start());
    let speech = SPEECH
        .find_iter(&text[..verb.start()])
        .map(|m| char_index(text, m.start()))
        .last();
    let attendees = dedup_ids(
        people
            .iter()
            .filter(|n| n.at < verb_at && speech.is_none_or(|sp| n.at > sp)),
    );
    for p in attendees {
        ev.people.push((p, Role::Participant));
    }
}
