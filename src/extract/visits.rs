//! Who or what a visit went to: the place named just before "on a visit", the organization
//! whose seat was visited, the person a visit was paid to.

use super::events::Named;
use super::names::{EntityKind, EntityRef, Mention};
use super::sentences::Sentence;
use super::triggers::{char_index, SEAT, SEAT_AFTER, SEAT_BEFORE};

/// Where "is in <place>" opens among the last words before a trigger ("is in Nairobi on a
/// visit"): the character after "in", if it is at most four words back and follows a form of
/// "be" ("born in Mombasa" is no stay).
pub(crate) fn place_just_before(lead_in: &str) -> Option<usize> {
    let words: Vec<(usize, &str)> = lead_in
        .split_whitespace()
        .map(|w| (w.as_ptr() as usize - lead_in.as_ptr() as usize, w))
        .collect();
    let n = words.len();
    words
        .iter()
        .enumerate()
        .rev()
        .take(5)
        .find(|(i, (_, w))| {
            *w == "in"
                && i + 1 < n
                && *i > 0
                && matches!(words[i - 1].1, "is" | "was" | "are" | "were" | "been")
        })
        .map(|(_, (byte, w))| char_index(lead_in, byte + w.len()))
}

/// The first place named wholly between characters `from` and `to` of a sentence.
pub(crate) fn place_between(
    mentions: &[Mention],
    sent: &Sentence,
    from: usize,
    to: usize,
) -> Option<i64> {
    mentions
        .iter()
        .filter(|m| m.start_char >= sent.start + from && m.end_char <= sent.start + to)
        .find_map(|m| {
            m.entity
                .filter(|e| e.kind == EntityKind::Place)
                .map(|e| e.id)
        })
}

/// The organization whose seat a visit went to: the first one named after the trigger (at
/// `after`, sentence characters) with "headquarters" right after it or before it.
pub(crate) fn visited_seat(
    chars: &[char],
    sent: &Sentence,
    mentions: &[Mention],
    after: usize,
) -> Option<i64> {
    let from = sent.start + after;
    mentions
        .iter()
        .filter(|m| m.start_char >= from && m.end_char <= sent.end)
        .find_map(|m| {
            let id = match m.entity {
                Some(EntityRef {
                    kind: EntityKind::Organization,
                    id,
                }) => id,
                // "the ICESCO Headquarters" known as a place: the organization of its name.
                Some(EntityRef {
                    kind: EntityKind::Place,
                    ..
                }) => {
                    let seat = SEAT.find(&m.surface)?;
                    let name = m.surface.get(..seat.start())?.trim();
                    return mentions.iter().find_map(|o| match o.entity {
                        Some(EntityRef {
                            kind: EntityKind::Organization,
                            id,
                        }) if o.surface.eq_ignore_ascii_case(name) => Some(id),
                        _ => None,
                    });
                }
                _ => return None,
            };
            let next: String = chars[m.end_char..sent.end.min(m.end_char + 40)]
                .iter()
                .collect();
            let prev: String = chars[from.max(m.start_char.saturating_sub(40))..m.start_char]
                .iter()
                .collect();
            (SEAT_AFTER.is_match(&next) || SEAT_BEFORE.is_match(&prev)).then_some(id)
        })
}

/// The person a visit was paid to: "visited" right before them, with only their title
/// between (no place).
pub(crate) fn visited_person(
    words: &str,
    people: &[Named],
    mentions: &[Mention],
    sent: &Sentence,
    trigger_end: usize,
    visitor: i64,
) -> Option<i64> {
    if !words.trim_end().to_lowercase().ends_with("visited") {
        return None;
    }
    let host = people.iter().find(|n| {
        n.at >= trigger_end && n.entity.kind == EntityKind::Person && n.entity.id != visitor
    })?;
    let (from, to) = (sent.start + trigger_end, sent.start + host.at);
    let place_between = mentions.iter().any(|m| {
        m.entity.is_some_and(|e| e.kind == EntityKind::Place)
            && m.start_char >= from
            && m.start_char < to
    });
    (!place_between && host.at - trigger_end <= 120).then_some(host.entity.id)
}

/// "Y, who is in Z on a visit", "B, who is visiting X": the person named last before the
/// ", who" that ends `lead_in` (the sentence's text up to the visit's words).
pub(crate) fn visitor_of_who_clause(lead_in: &str, people: &[Named]) -> Option<i64> {
    let comma = lead_in.rfind(',')?;
    if lead_in[comma + 1..].split_whitespace().next() != Some("who") {
        return None;
    }
    let at = char_index(lead_in, comma);
    people
        .iter()
        .filter(|n| n.at < at)
        .map(|n| n.entity.id)
        .next_back()
}
