//! What a sentence adds to an encounter the text told before: the people who signed "the
//! sides'" agreement, where a visit went, who attended "the meeting" and where it was.

use std::ops::Range;

use super::events::{Encounter, Named};
use super::names::EntityKind;
use crate::model::{DateBasis, MeetingKind, Role};

/// "The sides signed a memorandum": the people of the meeting told before signed it, on its
/// day (when the sentence gives none) and at its place.
pub(crate) fn signed_by_the_sides(enc: &mut Encounter, found: &[Encounter]) {
    let Some(prev) = found.iter().rev().find(|e| e.people.len() >= 2) else {
        return;
    };
    enc.people = prev
        .people
        .iter()
        .map(|(p, _)| (*p, Role::Signatory))
        .collect();
    if enc.date.is_none() {
        enc.date = prev.date;
        enc.date_text = prev.date_text.clone();
        enc.basis = DateBasis::Context;
    }
    enc.place = enc.place.or(prev.place);
    enc.place_unknown = prev.place_unknown;
    enc.confidence = 0.8;
}

/// "X visited the Bank's headquarters in Jeddah. Y received X.": where the last visit of one
/// of the encounter's people went.
pub(crate) fn where_the_visit_went(enc: &Encounter, found: &[Encounter]) -> Option<i64> {
    found
        .iter()
        .rev()
        .find(|v| {
            v.kind == MeetingKind::Visit
                && v.people
                    .iter()
                    .any(|(p, _)| enc.people.iter().any(|(q, _)| p == q))
        })
        .and_then(|v| v.place)
}

/// A sentence about the encounter told last ("The meeting was attended by A and B"): it is
/// one more of its evidence, and those it says attended (named in `who`) were there too.
pub(crate) fn told_again(
    last: &mut Encounter,
    sent: (usize, usize),
    named: &[Named],
    who: Option<Range<usize>>,
) {
    if !last.evidence.contains(&sent) {
        last.evidence.push(sent);
    }
    let Some(range) = who else { return };
    for n in named
        .iter()
        .filter(|n| n.entity.kind == EntityKind::Person && range.contains(&n.at))
    {
        if !last.people.iter().any(|(p, _)| *p == n.entity.id) {
            last.people.push((n.entity.id, Role::Participant));
        }
    }
}

/// Whether the words from character `start` (a trigger's) of `text` name a meeting of
/// others: a meeting's noun, "between" and a country ("hosted a historic meeting between Iran,
/// the United States and the EU", "during a meeting between Ugandan and Rwandan officials");
/// not "discussed relations between Kuwait and ...", nor "meeting between DG Qu and PM Meloni".
pub(crate) fn between_others(text: &str, start: usize) -> bool {
    let rest: String = text.chars().skip(start).take(60).collect();
    let Some(at) = rest.find(" between ") else {
        return false;
    };
    let noun = rest[..at].split_whitespace().last().unwrap_or_default();
    let after = &rest[at + " between ".len()..];
    let after = after.strip_prefix("the ").unwrap_or(after);
    let first = after
        .split(|c: char| !c.is_alphanumeric())
        .next()
        .unwrap_or_default();
    rest[..at].split_whitespace().count() <= 4
        && matches!(
            noun,
            "meeting" | "meetings" | "talks" | "summit" | "negotiations" | "consultations"
        )
        && first.starts_with(char::is_uppercase)
        && (super::world::WORLD.is_country_word(first)
            || !super::world::WORLD.lookup(first).is_empty())
}

/// "A and B witnessed the signing of a memorandum. The document was signed by C and D.": the
/// signing told again by who signed it, one signing with all four (on the day and at the place
/// either gave).
pub(crate) fn signed_the_one_told(
    text: &str,
    here: &mut Vec<Encounter>,
    found: &mut [Encounter],
    sent: (usize, usize),
) {
    if !THE_DOCUMENT_SIGNED.is_match(text) {
        return;
    }
    // Told by who witnessed or presided over it: the signatories are still to be told.
    let Some(last) = found.last_mut().filter(|e| {
        e.kind == MeetingKind::Signing
            && !e.people.is_empty()
            && e.people.iter().all(|(_, r)| *r != Role::Signatory)
    }) else {
        return;
    };
    // Not a document of its own day or an earlier one ("The original treaty was signed by C
    // and D in 2019"): a signing of its own.
    let Some(at) = here
        .iter()
        .position(|e| e.kind == MeetingKind::Signing && e.date.is_none())
    else {
        return;
    };
    if EARLIER_DOCUMENT.is_match(text) {
        return;
    }
    let again = here.remove(at);
    for (p, r) in again.people {
        if !last.people.iter().any(|(q, _)| *q == p) {
            last.people.push((p, r));
        }
    }
    if last.date.is_none() {
        last.date = again.date;
        last.date_text = again.date_text;
        last.basis = again.basis;
    }
    last.place = last.place.or(again.place);
    last.evidence.push(sent);
}

/// "During a long meeting, ...": a meeting the sentence opens with (not "During a previous
/// meeting": one told before).
static A_MEETING: std::sync::LazyLock<regex::Regex> = std::sync::LazyLock::new(|| {
    regex::Regex::new(r"^(?:During|At|In) (?:a|an) (?:(?:[\w-]+ )?(?:long|lengthy|brief|short|closed-door|private|bilateral|official|working|[\w]+-hour|[\w]+-minute) )?(?:meeting|talks)(?-u:\b)")
        .expect("static regex")
});

/// "The original treaty", "the 2019 accord": a document signed before.
static EARLIER_DOCUMENT: std::sync::LazyLock<regex::Regex> = std::sync::LazyLock::new(|| {
    regex::Regex::new(
        r"(?i)(?-u:\b)(?:original|earlier|previous|former|first|(?:19|20)\d\d)(?-u:\b)",
    )
    .expect("static regex")
});

/// "The document was signed by", "The two agreements were signed by": a signing whose
/// document the text named before.
static THE_DOCUMENT_SIGNED: std::sync::LazyLock<regex::Regex> = std::sync::LazyLock::new(|| {
    regex::Regex::new(r"^(?:The|This|That|These|Both) (?:[\w-]+ ){0,2}(?:documents?|memorand(?:um|a)|agreements?|accords?|treat(?:y|ies)|MoUs?|protocols?|deals?|declarations?) (?:was|were|has been|have been|had been) (?:also )?signed by ")
        .expect("static regex")
});

/// "The two sides discussed trade": talk of the encounter before, not another one (its
/// people are cleared: the sentence supports the one told before). Not a meeting the
/// sentence opens with, after a signing ("A and B signed ... During a long meeting the
/// presidents agreed ..."): their meeting.
pub(crate) fn talk_of_the_sides(
    here: &mut [Encounter],
    sides: &[i64],
    text: &str,
    found: &[Encounter],
) {
    let sides: std::collections::BTreeSet<i64> = sides.iter().copied().collect();
    let a_meeting_after_a_signing = A_MEETING.is_match(text)
        && found
            .iter()
            .rev()
            .find(|e| e.person_ids() == sides)
            .is_some_and(|e| e.kind == MeetingKind::Signing);
    for e in here.iter_mut().filter(|e| {
        e.kind == MeetingKind::Meeting
            && !e.distinct
            && !sides.is_empty()
            && e.person_ids() == sides
            && !a_meeting_after_a_signing
    }) {
        e.people.clear();
    }
}
