//! Who or what a visit went to: the place named just before "on a visit", the organization
//! whose seat was visited, the person a visit was paid to.

use std::sync::LazyLock;

use regex::Regex;

use super::cues::PersonCue;
use super::events::{place_in, visited_place, Context, Encounter, Named};
use super::names::{EntityKind, EntityRef, Mention};
use super::sentences::Sentence;
use super::triggers::Trigger;
use super::triggers::{char_index, SEAT, SEAT_AFTER, SEAT_BEFORE};
use crate::model::date::PartialDate;
use crate::model::{MeetingKind, Role};

/// "who is visiting Riyadh, Cairo, and Ankara": the places listed right after the visit's own
/// (`first`, named after character `after` of the sentence), one visit to each.
pub(crate) fn listed_after(
    (chars, sent, mentions): (&[char], &Sentence, &[Mention]),
    place_country: &std::collections::HashMap<i64, i64>,
    first: i64,
    after: usize,
) -> Vec<i64> {
    let places: Vec<&Mention> = mentions
        .iter()
        .filter(|m| m.entity.is_some_and(|e| e.kind == EntityKind::Place))
        .filter(|m| m.start_char >= sent.start + after && m.end_char <= sent.end)
        .collect();
    let Some(mut k) = places
        .iter()
        .position(|m| m.entity.is_some_and(|e| e.id == first))
    else {
        return Vec::new();
    };
    let mut out: Vec<i64> = Vec::new();
    while let Some(next) = places.get(k + 1) {
        let between: String = chars
            .get(places[k].end_char..next.start_char)
            .unwrap_or_default()
            .iter()
            .collect();
        if !matches!(between.as_str(), ", " | " and " | ", and " | " & ") {
            break;
        }
        // An item of the list ends there: not a clause that opens with the place ("visited
        // Oslo and Moscow condemned the trip", "Oslo, and Moscow's reaction").
        let after: String = chars
            .get(next.end_char..sent.end.min(chars.len()))
            .unwrap_or_default()
            .iter()
            .collect();
        let next_word = after.split_whitespace().next().unwrap_or("").to_lowercase();
        let ends_an_item = after.is_empty()
            || after.starts_with([',', '.', ';', ':', ')', '—', '–'])
            || (after.starts_with(' ')
                && matches!(
                    next_word.trim_end_matches([',', '.', ';']),
                    "and"
                        | "as"
                        | "for"
                        | "on"
                        | "in"
                        | "from"
                        | "to"
                        | "during"
                        | "between"
                        | "last"
                        | "this"
                        | "next"
                        | "earlier"
                        | "later"
                        | "with"
                        | "where"
                        | "while"
                        | "since"
                        | "after"
                        | "before"
                        | "over"
                        | "until"
                        | "amid"
                        | "respectively"
                        | "by"
                        | "at"
                ));
        if !ends_an_item {
            break;
        }
        let country_of_the_one_before = places[k]
            .entity
            .and_then(|p| place_country.get(&p.id))
            .is_some_and(|c| next.entity.is_some_and(|e| e.id == *c));
        match next.entity {
            // ("arrived in Gaborone, Botswana": the city's country, no place of its own)
            Some(e) if e.id != first && !out.contains(&e.id) && !country_of_the_one_before => {
                out.push(e.id)
            }
            _ => {}
        }
        k += 1;
    }
    out
}

/// Where "is in <place>" opens among the last words before a trigger ("is in Nairobi on a
/// visit"): the character after "in", if it is at most four words back and follows a form of
/// "be" ("born in Mombasa" is no stay); or the place a journey set out for ("has left for
/// Moscow on a visit", "flew to Oslo on a visit").
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
            if *i == 0 || i + 1 >= n {
                return false;
            }
            let stay =
                *w == "in" && matches!(words[i - 1].1, "is" | "was" | "are" | "were" | "been");
            let journey = |verb: &str| {
                matches!(
                    verb,
                    "left"
                        | "leaves"
                        | "departed"
                        | "departs"
                        | "flew"
                        | "flies"
                        | "went"
                        | "travelled"
                        | "traveled"
                        | "headed"
                        | "set"
                )
            };
            // (over "here", "today", "off": "left here today for Moscow"; the place right
            // before the visit, no clause between: not "who went to school in Bergen, is on
            // a visit")
            let set_out = matches!(*w, "for" | "to")
                && *i + 4 >= n
                && !words[*i..].iter().any(|(_, v)| v.ends_with(','))
                && words[..*i]
                    .iter()
                    .rev()
                    .take(3)
                    .find(|(_, v)| !matches!(*v, "here" | "today" | "yesterday" | "off"))
                    .is_some_and(|(_, v)| journey(v));
            stay || set_out
        })
        .map(|(_, (byte, w))| char_index(lead_in, byte + w.len()))
}

/// "welcomed A, Minister of X, to Tonga, on a two-day visit": where (the character after
/// " to ") the guest was welcomed to.
fn welcomed_to(lead_in: &str) -> Option<usize> {
    let verb = ["welcomed ", "received ", "welcomes ", "receives "]
        .iter()
        .filter_map(|v| lead_in.rfind(v).map(|i| i + v.len()))
        .max()?;
    let to = verb + lead_in[verb..].rfind(" to ")? + 4;
    Some(char_index(lead_in, to))
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
/// between (no place), or "paid a (courtesy) visit to / on" them (no place or organization
/// between).
pub(crate) fn visited_person(
    words: &str,
    people: &[Named],
    mentions: &[Mention],
    sent: &Sentence,
    trigger_end: usize,
    visitor: i64,
) -> Option<i64> {
    let words = words.trim_end().to_lowercase();
    // "X paid a courtesy visit to President Y", "... a visit on Speaker Y": a visit paid (or
    // made) whose "to" or "on" opens a person's name or title, nothing named in between.
    let paid = ["paid ", "pays ", "paying ", "made ", "makes ", "making "]
        .iter()
        .any(|p| words.starts_with(p))
        && (words.ends_with(" visit to")
            || words.ends_with(" visit on")
            || (words.ends_with(" visit") && {
                let next: String = sent.text.chars().skip(trigger_end).take(4).collect();
                next == " to " || next == " on "
            }));
    if !words.ends_with("visited") && !paid {
        return None;
    }
    let host = people.iter().find(|n| {
        n.at >= trigger_end && n.entity.kind == EntityKind::Person && n.entity.id != visitor
    })?;
    // A visit paid "to the grave of", "on the invitation of", "on Friday ... accompanied by"
    // someone is none paid to them: only their title (capitalised) or "the" stands between.
    if paid && !only_a_title_between(&sent.text, trigger_end, host.at) {
        return None;
    }
    let (from, to) = (sent.start + trigger_end, sent.start + host.at);
    let named_between = mentions.iter().any(|m| {
        m.entity.is_some_and(|e| {
            e.kind == EntityKind::Place || (paid && e.kind == EntityKind::Organization)
        }) && m.start_char >= from
            && m.start_char < to
    });
    (!named_between && host.at - trigger_end <= 120).then_some(host.entity.id)
}

/// Whether the words between a visit's "to"/"on" (character `from` of `text`) and the person
/// named at `to` are only a title: capitalised words, their connectors ("of the") and "the",
/// opening with a capital or "the" and a capital ("the President of the Senate"); no day.
fn only_a_title_between(text: &str, from: usize, to: usize) -> bool {
    let words: Vec<String> = super::clauses::words_between(text, from, to)
        .into_iter()
        .skip_while(|w| matches!(w.as_str(), "to" | "on"))
        .collect();
    let capital = |w: &str| w.chars().next().is_some_and(char::is_uppercase);
    let first = words.iter().find(|w| **w != "the");
    first.is_none_or(|w| capital(w) && !super::dates::is_calendar_word(&w.to_lowercase()))
        && words
            .iter()
            .all(|w| capital(w) || matches!(w.as_str(), "the" | "of" | "and" | "for"))
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

/// The sentence an encounter is read from, with what the article names in it.
pub(crate) struct Around<'a> {
    pub(crate) chars: &'a [char],
    pub(crate) sent: &'a Sentence,
    pub(crate) mentions: &'a [Mention],
    pub(crate) cues: &'a [PersonCue],
    pub(crate) ctx: &'a Context<'a>,
    /// The people the sentence names, in text order.
    pub(crate) people: &'a [Named],
}

/// A sentence opening with who invited: "At the invitation of President X, ...".
static INVITATION_OPENING: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^(?i:at|on|upon) (?:the )?(?:kind )?invitation of [^,]{1,150},")
        .expect("static regex")
});

/// What a visit's trigger came to.
pub(crate) enum VisitFrame {
    /// No visit: no visitor, or no place it went to.
    Nothing,
    /// A visit, filled in.
    Visit,
    /// A visit paid to someone: a meeting with them, filled in.
    Met,
}

/// Fills in the visit that trigger `t` tells of: its visitor (the subject, or the owner of
/// "his visit"), where it went, and the organization whose seat was visited. `before` and
/// `after` are the people named before and after the trigger.
pub(crate) fn visit_frame(
    s: &Around<'_>,
    t: &Trigger,
    before: &[i64],
    after: &[i64],
    enc: &mut Encounter,
) -> VisitFrame {
    let text = s.sent.text.as_str();
    let people = s.people;
    // The visitor is the subject (or the owner of "his visit").
    // Names after the trigger are the visitor's only for "his visit to".
    let words: String = text
        .chars()
        .skip(t.start)
        .take(t.end - t.start)
        .collect::<String>()
        .to_lowercase();
    let is_possessive = |w: &str| matches!(w, "his" | "her" | "their" | "its");
    let possessive = text
        .chars()
        .skip(t.start)
        .take(6)
        .collect::<String>()
        .to_lowercase()
        .split_whitespace()
        .next()
        .is_some_and(is_possessive)
        || words.split_whitespace().any(is_possessive);
    let lead_in: String = text
        .chars()
        .take(t.start)
        .collect::<String>()
        .to_lowercase();
    // "X met Y, who is visiting Z" / "as part of his visit": the nearest.
    let relative = lead_in.split_whitespace().rev().take(3).any(|w| w == "who");
    // "Harris’ recent visit to X": the possessive of a name ending in s is the visitor's only
    // right after their name (not "Their Majesties’ visit to X", no one named).
    let mut opening = words.chars();
    if matches!(opening.next(), Some('\'' | '’')) && opening.next() != Some('s') {
        let named_right_before = people
            .iter()
            .filter(|n| n.entity.kind == EntityKind::Person && n.at < t.start)
            .max_by_key(|n| n.at)
            .is_some_and(|n| {
                let between: String = text.chars().skip(n.at).take(t.start - n.at).collect();
                let words: Vec<&str> = between.split_whitespace().collect();
                words.len() <= 4 && words.iter().all(|w| w.starts_with(char::is_uppercase))
            });
        if !named_right_before {
            return VisitFrame::Nothing;
        }
    }
    // "Visiting Mombasa is expensive, X said": a gerund as the subject.
    if words == "visiting" {
        let upto = text.find(',').unwrap_or(text.len());
        let fronted = &text[..upto];
        if [" is ", " was ", " are ", " were "]
            .iter()
            .any(|v| fronted.contains(v))
        {
            return VisitFrame::Nothing;
        }
    }
    // "At the invitation of President X, President Y visited China": who invited is no
    // visitor.
    let outside_the_invitation: Vec<i64>;
    let before = match INVITATION_OPENING.find(text) {
        Some(m) => {
            let end = char_index(text, m.end());
            outside_the_invitation = before
                .iter()
                .copied()
                .filter(|id| !people.iter().any(|n| n.entity.id == *id && n.at < end))
                .collect();
            if outside_the_invitation.is_empty() {
                before
            } else {
                &outside_the_invitation[..]
            }
        }
        None => before,
    };
    let first_after = |from: usize| people.iter().find(|n| n.at >= from).map(|n| n.entity.id);
    // "While on a visit to Tbilisi, Minister X met ...": the subject after the fronted
    // clause. Not "the leader visited Kumasi, where he met B": a clause that goes on about
    // the visit names whom the visitor met.
    let after_the_clause = || {
        let comma = text
            .char_indices()
            .skip(t.end)
            .find(|(_, c)| *c == ',')
            .filter(|(b, _)| {
                let next = text[b + 1..].split_whitespace().next().unwrap_or("");
                !matches!(
                    next.to_lowercase().as_str(),
                    "where" | "when" | "who" | "which" | "and" | "during" | "while"
                )
            })
            .map(|(b, _)| char_index(text, b));
        comma.and_then(first_after)
    };
    // "received Y during a visit to Baku", "welcomed Y on a two-day visit": the guest's. The
    // subject's verb only: not "was welcomed by Y", "welcomed at the airport by Y", "A, who
    // hosted a dinner, met Y".
    let received = {
        let words: Vec<&str> = lead_in.split_whitespace().collect();
        let passive = |i: usize| {
            i > 0 && ["was", "were", "been", "is", "are", "be", "being"].contains(&words[i - 1])
        };
        words.iter().enumerate().any(|(i, w)| {
            let w = w.trim_end_matches(',');
            [
                "received", "welcomed", "hosted", "receives", "welcomes", "hosts",
            ]
            .contains(&w)
                && !passive(i)
                && !words[i.saturating_sub(2)..i].contains(&"who")
                && !words[i + 1..].contains(&"by")
        })
    };
    let visitor = if words.starts_with('\'') || words.starts_with('’') {
        // "Minister X's visit to Oslo": the one whose visit it is.
        before.last().copied()
    } else if words.ends_with("visit of")
        || (words.ends_with(" by") && !words.starts_with("during"))
    {
        // "the visit of President X to Astana", "the first visit to Hanoi by Secretary X"
        first_after(t.end)
    } else if words.starts_with("during") {
        // "during a visit to Tbilisi by Prime Minister X"
        let by = text
            .char_indices()
            .skip(t.end)
            .find(|(b, _)| text[*b..].starts_with(" by "))
            .map(|(b, _)| char_index(text, b));
        // "X meets with Y during a working visit to Moscow": the subject's visit; "received Y
        // during a visit to Baku": the guest's.
        let of_the_subject = (words.starts_with("during a ") || words.starts_with("during an "))
            .then(|| {
                if received {
                    before.last()
                } else {
                    before.first()
                }
            })
            .flatten()
            .copied();
        // "During a visit to Oslo, President X signed ...": the subject after the clause,
        // right after its comma (only a title before the name: not "During a visit to Peru,
        // the delegation met President X", X its host), and no "by" naming the visitor.
        let fronted = || {
            let comma = text.char_indices().skip(t.end).find(|(_, c)| *c == ',')?;
            let comma = char_index(text, comma.0);
            let subject = people.iter().find(|n| n.at > comma)?;
            let lead: String = text
                .chars()
                .skip(comma + 1)
                .take(subject.at - comma - 1)
                .collect();
            let only_a_title = lead
                .split_whitespace()
                .all(|w| w.starts_with(char::is_uppercase) || w == "the");
            (before.is_empty() && by.is_none() && only_a_title)
                .then_some(subject.entity.id)
                .filter(|_| after_the_clause() == Some(subject.entity.id))
        };
        by.and_then(first_after).or(of_the_subject).or_else(fronted)
    } else if let Some(v) = visitor_of_who_clause(&lead_in, people) {
        // "Y, who is in Z on a visit": the one just before ", who".
        Some(v)
    } else if relative || (received && (words.starts_with("on a ") || words.starts_with("on an ")))
    {
        before.last().copied()
    } else if possessive && before.is_empty() {
        after.first().copied()
    } else if let Some(v) = before.first() {
        // "X met Y as part of his visit": "his" is the subject's.
        Some(*v)
    } else {
        after_the_clause()
    };
    let Some(v) = visitor.as_ref() else {
        return VisitFrame::Nothing;
    };
    enc.people.push((*v, Role::Visitor));
    // "X visited the Director General of Y, Dr Z, in Geneva": a visit
    // paid to someone is a meeting with them.
    if let Some(host) = visited_person(&words, people, s.mentions, s.sent, t.end, *v) {
        enc.kind = MeetingKind::Meeting;
        enc.people.push((host, Role::Host));
        enc.place = place_in(s.chars, s.sent, s.mentions, s.ctx, t.end, s.cues);
        return VisitFrame::Met;
    }
    // Where the visit went: the first place named after the trigger.
    // "X is in Nairobi on a two-day visit": the place just before, only.
    enc.place = if words.starts_with("on ") && !words.ends_with(" to") {
        place_just_before(&lead_in)
            .or_else(|| received.then(|| welcomed_to(&lead_in)).flatten())
            .and_then(|from| place_between(s.mentions, s.sent, from, t.start))
    } else if words.ends_with(" by") {
        // "the first visit to Vietnam by X": the place inside the words.
        place_between(s.mentions, s.sent, t.start, t.end)
            .or_else(|| visited_place(s.chars, s.sent, s.mentions, s.ctx, t.end, s.cues))
    } else {
        visited_place(s.chars, s.sent, s.mentions, s.ctx, t.end, s.cues)
    };
    // "arrived here": the dateline's city.
    if enc.place.is_none() && words.contains(" here ") {
        enc.place = s.ctx.dateline;
    }
    if enc.place.is_none() {
        return VisitFrame::Nothing; // a visit to nowhere named is not recorded
    }
    // "Jordan's King A met B upon his arrival ... on a visit to Jordan": nobody visits their
    // own country; the visit is that of the other one named, who holds no post of it.
    if let Some(other) = guest_from_abroad(s, *v, enc.place, before, after) {
        enc.people = vec![(other, Role::Visitor)];
    }
    // "visited the ICESCO headquarters": the organization took part.
    if let Some(o) = visited_seat(s.chars, s.sent, s.mentions, t.end) {
        enc.organizations.push((o, Role::Host));
    }
    // "concluded a three-day visit to Mongolia on Friday": the three days up to Friday.
    if let Some(span) = enc.date.and_then(|d| days_of_the_visit(&words, d)) {
        enc.date = Some(span);
    }
    // "A and UK Foreign Secretary B visited Samoa": both visited.
    if enc.people == [(*v, Role::Visitor)] {
        if let Some(b) = joined_subject(s, *v, t.start) {
            enc.people.push((b, Role::Visitor));
        }
    }
    // One person and a place: who visited is the least certain part.
    enc.confidence = 0.75;
    VisitFrame::Visit
}

/// "A and Foreign Secretary B visited": the one person joined by "and" (only a title after
/// it) to the subject `first`, right before the verb at `verb`.
fn joined_subject(s: &Around<'_>, first: i64, verb: usize) -> Option<i64> {
    let end_of = |n: &Named| {
        s.mentions
            .iter()
            .find(|m| m.start_char == s.sent.start + n.at)
            .map_or(n.at, |m| m.end_char - s.sent.start)
    };
    let mut before = s
        .people
        .iter()
        .filter(|n| n.entity.kind == EntityKind::Person && n.at < verb);
    let a = before.next().filter(|n| n.entity.id == first)?;
    let b = before.next().filter(|n| n.entity.id != first)?;
    if before.next().is_some() {
        return None;
    }
    let text = |from: usize, to: usize| -> String {
        s.sent
            .text
            .chars()
            .skip(from)
            .take(to.saturating_sub(from))
            .collect()
    };
    let gap = text(end_of(a), b.at);
    let mut words = gap.split_whitespace();
    let joined = words.next() == Some("and")
        && words.all(|w| w.starts_with(char::is_uppercase) || matches!(w, "the" | "of"));
    (joined && text(end_of(b), verb).trim().is_empty()).then_some(b.entity.id)
}

/// The country a place lies in (itself, for a country).
fn country_of_place(ctx: &Context, place: i64) -> i64 {
    ctx.place_country.get(&place).copied().unwrap_or(place)
}

/// The country whose post the article's cues give a person ("Jordanian King A", "Jordan's
/// King A").
fn country_of_person(s: &Around<'_>, person: i64) -> Option<i64> {
    super::hosts::country_of_post(s.cues, s.ctx, person).or_else(|| {
        s.cues
            .iter()
            .filter(|c| c.person == Some(person))
            .find_map(|c| c.place)
            .map(|p| country_of_place(s.ctx, p))
    })
}

/// When `visitor` holds a post of the country `place` is: the one other person the sentence
/// names around the visit who holds a post of another country, whose visit it is.
fn guest_from_abroad(
    s: &Around<'_>,
    visitor: i64,
    place: Option<i64>,
    before: &[i64],
    after: &[i64],
) -> Option<i64> {
    // A trip to a city at home is a visit too: only a visit to the country itself.
    let visited = place.filter(|&p| country_of_place(s.ctx, p) == p)?;
    if country_of_person(s, visitor) != Some(visited) {
        return None;
    }
    let others: Vec<i64> = before
        .iter()
        .chain(after)
        .copied()
        .filter(|&p| p != visitor && country_of_person(s, p) != Some(visited))
        .collect();
    // "King A, accompanied by Crown Prince C, met the Iraqi Prime Minister B": the one whose
    // post is of another country.
    match others
        .iter()
        .copied()
        .filter(|&p| country_of_person(s, p).is_some())
        .collect::<Vec<i64>>()[..]
    {
        [one] => Some(one),
        _ => None,
    }
}

/// The days of a visit of a told length ("a three-day visit", "a 2-day visit") that the words
/// `words` say ended ("concluded", "ended", "wrapped up") or began ("began", "started") on the
/// day `day`: the span up to it or from it. A day without its year is counted within its month.
pub(crate) fn days_of_the_visit(words: &str, day: PartialDate) -> Option<PartialDate> {
    const NUMBERS: [&str; 9] = [
        "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
    ];
    let PartialDate::Point(p) = day else {
        return None;
    };
    let length = words.split_whitespace().find_map(|w| {
        let n = w.strip_suffix("-day").or_else(|| w.strip_suffix("-days"))?;
        NUMBERS
            .iter()
            .position(|x| *x == n)
            .map(|k| k as i64 + 2)
            .or_else(|| n.parse::<i64>().ok().filter(|n| (2..=30).contains(n)))
    })?;
    let ended = ["concluded", "concludes", "ended", "ends", "wrapped"]
        .iter()
        .any(|v| words.starts_with(v));
    // "arrived in Oslo on Friday for a two-day visit": the visit began that day.
    let began = ["began", "begins", "started", "starts", "arrived"]
        .iter()
        .any(|v| words.starts_with(v));
    let shift = |by: i64| p.add_days(by);
    if ended {
        Some(PartialDate::Interval(Some(shift(1 - length)?), Some(p)))
    } else if began {
        Some(PartialDate::Interval(Some(p), Some(shift(length - 1)?)))
    } else {
        None
    }
}

/// "X is making a visit to Y with a delegation that includes Minister B": the people named
/// after such words (from character `attended_at` on) made the visit with X.
pub(crate) fn join_the_visit(enc: &mut Encounter, people: &[Named], attended_at: usize) {
    for n in people.iter().filter(|n| n.at >= attended_at) {
        if !enc.people.iter().any(|(p, _)| *p == n.entity.id) {
            enc.people.push((n.entity.id, Role::Visitor));
        }
    }
}

/// The person a visit after the trigger at `after` is told of in a relative clause ("B, who is
/// on a visit to X"): the one named last before ", who".
pub(crate) fn relative_visitor(
    text: &str,
    trig: &[Trigger],
    after: usize,
    people: &[Named],
) -> Option<i64> {
    trig.iter()
        .filter(|v| v.kind == MeetingKind::Visit && v.start > after)
        .find_map(|v| {
            let lead: String = text.chars().take(v.start).collect();
            visitor_of_who_clause(&lead, people)
        })
}
