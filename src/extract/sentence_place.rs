//! The place a sentence gives its encounter: a place after "in", "at" or "to", the most
//! specific, not one inside a title, a topic, someone's words, a purpose or an event still to
//! come; and the place a visit went to.

use std::sync::LazyLock;

use super::context::Context;
use super::cues::*;
use super::lexicon::*;
use super::names::{EntityKind, EntityRef, Mention};
use super::sentences::Sentence;
use super::triggers::*;

/// A state's formal name before its country's ("the Arab Republic of", "the Sultanate of").
static STATE_FORM: LazyLock<regex::Regex> = LazyLock::new(|| {
    regex::Regex::new(r"(?:\p{Lu}[\p{L}'’]+\s+){0,3}(?:Republic|Kingdom|State|Sultanate|Emirate|Federation|Principality|Commonwealth)\s+of\s+(?:the\s+)?$")
        .expect("static regex")
});

/// The place a sentence gives for its encounter: a place after in/at/to, the most specific.
pub(crate) fn place_in(
    chars: &[char],
    sent: &Sentence,
    mentions: &[Mention],
    ctx: &Context,
    after: usize,
    cues: &[PersonCue],
) -> Option<i64> {
    let mut best: Option<(u8, usize, i64)> = None;
    // Where a later clause of the future opens, after the encounter's words (body characters).
    let future_from = (after > 0)
        .then(|| super::clauses::later_clause_of_the_future(&sent.text))
        .flatten()
        .map(|o| sent.start + o)
        .filter(|&o| o > sent.start + after);
    // Where someone's words open after the encounter's ("B, who said after the meeting: "...
    // a large community in Brazil""): a place they name is not where the encounter was.
    let quoted_from = (after > 0).then(|| {
        let rest: String = sent.text.chars().skip(after).collect();
        let quote = rest.find(['“', '"']);
        let said = rest.find(" said").or_else(|| rest.find(" says"));
        match (quote, said) {
            (Some(a), Some(b)) => Some(a.min(b)),
            (a, b) => a.or(b),
        }
        .map(|b| sent.start + after + rest[..b].chars().count())
    });
    let quoted_from = quoted_from.flatten();
    // Where a purpose opens after the encounter's words ("... signed documents for a loan to
    // support the repair of roads in Honduras"): body characters.
    let purpose_from = (after > 0)
        .then(|| super::clauses::purpose_after(&sent.text, after))
        .flatten()
        .map(|o| sent.start + o);
    // The clauses of an event still to come ("the Forum to be hosted in Tonga"), in body
    // characters.
    let to_come: Vec<(usize, usize)> = super::clauses::clauses_to_come(&sent.text)
        .into_iter()
        .map(|(s, e)| (sent.start + s, sent.start + e))
        .collect();
    for m in mentions {
        if m.start_char < sent.start || m.end_char > sent.end {
            continue;
        }
        // The words of the sentence up to `n` characters before the mention.
        let words_before = |n: usize| -> String {
            chars[sent.start.max(m.start_char.saturating_sub(n))..m.start_char]
                .iter()
                .collect()
        };
        // (Not a venue told after the purpose: "to discuss trade at State House in Nairobi".)
        let at_a_venue = || VENUE_IN.is_match(&words_before(60));
        if quoted_from.is_some_and(|q| m.start_char >= q)
            || (purpose_from.is_some_and(|q| m.start_char >= q) && !at_a_venue())
            || to_come
                .iter()
                .any(|&(s, e)| s <= m.start_char && m.end_char <= e)
        {
            continue;
        }
        // "Ambassador to Morocco" names a title, not where the encounter was; so do "new
        // envoys to Belgium, Thailand and Mozambique".
        if cues
            .iter()
            .any(|c| c.title_start <= m.start_char && m.end_char <= c.title_end)
            || (ENVOYS_TO.is_match(&words_before(80)) && in_a_list_of_places(chars, m, sent.end))
        {
            continue;
        }
        let Some(EntityRef {
            kind: EntityKind::Place,
            id,
        }) = m.entity
        else {
            continue;
        };
        let before = words_before(48);
        // "visit to the Arab Republic of Egypt": a state's formal name around its country.
        let before = STATE_FORM
            .replace(&before, "")
            .replace("Kingdom of ", "")
            .replace("Republic of ", "");
        // "in the capital of Rabat", "in Peru's capital city, Lima", "in the Emirati capital
        // Abu Dhabi": the capital named, then the city.
        let before = CAPITAL.replace(&before, "");
        // "the port city of Busan", "the city of Busan".
        let before = CITY_OF.replace(&before, "");
        let at_its_seat = || AT_A_BODY_IN.is_match(&words_before(100));
        if !(IN_PLACE.is_match(&before) || AT_SITE.is_match(&before))
            || (BODY_IN.is_match(&before) && !at_its_seat())
            // ("at the Great Hall of the People in Beijing": a venue's name, no topic.)
            || (TOPIC_IN.is_match(&before)
                && !UNDER_CONDITIONS.is_match(&before)
                && !at_a_building_in(&CAPITAL.replace(&words_before(80), "")))
            || listed_after_a_topic(chars, m, sent.end, &words_before(100))
        {
            continue;
        }
        // "Seoul's foreign ministry" names a body of the place; "at Mexico’s National Palace"
        // a building in it, where the encounter was.
        if matches!(chars.get(m.end_char), Some('\'') | Some('’')) && !a_building_of_it(chars, m)
        {
            continue;
        }
        // "... signed an agreement on Monday, and the next round will be held in Luanda": a
        // place in a later clause of the future is where something will be, not where the
        // encounter was.
        if future_from.is_some_and(|o| m.start_char >= o) {
            continue;
        }
        // "Adviser to UAE President": the place qualifies a title that follows it.
        if qualifies_a_title(chars, m.end_char, sent.end) || joined_to_a_name(chars, m) {
            continue;
        }
        // A city says where best: a site in it ("the ICESCO headquarters") names a building,
        // a country or region less.
        let rank = match ctx.place_rank.get(&id).copied().unwrap_or(0) {
            2 => 3,
            3 => 2,
            r => r,
        };
        let distance = m.start_char.abs_diff(sent.start + after);
        let better = match best {
            None => true,
            Some((r, d, _)) => rank > r || (rank == r && distance < d),
        };
        if better {
            best = Some((rank, distance, id));
        }
    }
    best.map(|(_, _, id)| id)
}

/// "at the Nepal-India border", "Russia–China trade", "the Georgia-UK partnership": a country
/// joined by a hyphen or a dash to another country qualifies what follows, the two together;
/// it is not where anything was. (Not "Bosnia-Herzegovina", "Berlin-Mitte", "Paris-Orly",
/// "Oslo-Norway": one place, or a place and where it lies.)
fn joined_to_a_name(chars: &[char], m: &Mention) -> bool {
    let dash = |c: Option<&char>| matches!(c, Some('-' | '–'));
    let word = |from: usize, to: usize| -> String { chars[from..to].iter().collect() };
    let country = |w: &str| super::world::country_of(w).is_some();
    // (The dash first: most places stand alone, and a country's look-up folds its name.)
    let dashed =
        dash(chars.get(m.end_char)) || (m.start_char >= 1 && dash(chars.get(m.start_char - 1)));
    if !dashed || !country(&word(m.start_char, m.end_char)) {
        return false;
    }
    let joined_after = dash(chars.get(m.end_char)) && {
        let s = m.end_char + 1;
        let e = (s..chars.len())
            .find(|&k| !chars[k].is_alphabetic())
            .unwrap_or(chars.len());
        e > s && chars[s].is_uppercase() && country(&word(s, e))
    };
    let joined_before = m.start_char >= 2 && dash(chars.get(m.start_char - 1)) && {
        let e = m.start_char - 1;
        let s = (0..e)
            .rev()
            .find(|&k| !chars[k].is_alphabetic())
            .map_or(0, |k| k + 1);
        e > s && country(&word(s, e))
    };
    joined_after || joined_before
}

/// "at the Great Hall of the People in ": a building's name (not an event's: "at the Summit
/// of Peace in ") before the place.
fn at_a_building_in(words: &str) -> bool {
    VENUE_IN.find(words).is_some_and(|m| {
        !m.as_str().split_whitespace().any(|w| {
            matches!(
                w.to_lowercase().as_str(),
                "summit" | "conference" | "session" | "forum" | "meeting" | "congress" | "assembly"
            )
        })
    })
}

/// "Mexico’s National Palace": after the place's possessive, capitalised words that end in a
/// building's word.
fn a_building_of_it(chars: &[char], m: &Mention) -> bool {
    let after: String = chars[m.end_char..].iter().take(48).collect();
    let words: Vec<&str> = after
        .split_whitespace()
        .skip(1)
        .take_while(|w| w.starts_with(char::is_uppercase))
        .take(4)
        .collect();
    // Not an embassy, a consulate or an expo's pavilion: a country's, abroad.
    words.last().is_some_and(|w| {
        let w = w
            .trim_end_matches(|c: char| !c.is_alphabetic())
            .to_lowercase();
        contains(&VENUE_HEADS, &w)
            && !matches!(w.as_str(), "embassy" | "consulate" | "pavilion" | "mission")
    })
}

/// Whether the place mentioned at `m` is one of a list ("Belgium, Thailand, and Mozambique"):
/// another place named right before or right after it.
fn in_a_list_of_places(chars: &[char], m: &Mention, end: usize) -> bool {
    let after: String = chars[m.end_char.min(end)..end].iter().take(12).collect();
    let before: String = chars[m.start_char.saturating_sub(6)..m.start_char]
        .iter()
        .collect();
    LIST_GOES_ON.is_match(&after) || before.ends_with(", ") || before.ends_with(" and ")
}

/// ", Thailand", " and Mozambique": a list of names goes on.
static LIST_GOES_ON: LazyLock<regex::Regex> = LazyLock::new(|| {
    regex::Regex::new(r"^(?:,\s*(?:and\s+)?|\s+and\s+)\p{Lu}").expect("static regex")
});

/// "Norway's envoys to ", "new ambassadors to Belgium, Thailand, and ": the posts of several
/// envoys, before each place they are posted to (when they are posted to several; not
/// "accompanied the ambassadors to Kumasi and Tamale").
static ENVOYS_TO: LazyLock<regex::Regex> = LazyLock::new(|| {
    regex::Regex::new(
        r"(?:['’]s\s+|(?-u:\b)(?i:new|newly[- ]appointed|designated)\s+)(?i:ambassadors|envoys|high commissioners|heads of mission|consuls general|consuls)(?:-designate)?\s+to\s+(?:(?:the\s+)?\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*){0,3},?\s+(?:and\s+)?)*$",
    )
    .expect("static regex")
});

/// "the capital of ", "Peru's capital city, ", "the Emirati capital ": a capital named before
/// its city.
static CAPITAL: LazyLock<regex::Regex> = LazyLock::new(|| {
    regex::Regex::new(
        r"(?:(?:\p{Lu}[\p{L}.-]*|country|nation)(?:['’]s)?\s+)?capital(?:\s+city)?(?:\s+of|,)?\s+$",
    )
    .expect("static regex")
});
/// "the port city of ", "the town of ", "Russia's city of ": a city named by its kind first.
static CITY_OF: LazyLock<regex::Regex> = LazyLock::new(|| {
    regex::Regex::new(r"(?:\p{Lu}[\p{L}.-]*['’]s )?(?:[\p{Ll}-]+ )?(?:city|town) of $")
        .expect("static regex")
});
/// "at State House in ", "at the Palace of the Nation in ": a venue, then the place it is in.
static VENUE_IN: LazyLock<regex::Regex> = LazyLock::new(|| {
    regex::Regex::new(
        r"(?-u:\b)at\s+(?:the\s+)?(?:\p{Lu}[\p{L}'’.-]*\s+(?:of\s+(?:the\s+)?)?){1,5}in\s+(?:the\s+)?$",
    )
    .expect("static regex")
});

/// "met under tight security in Kabul", "under difficult conditions in Mogadishu": the
/// circumstances of the meeting, where it was; no topic.
static UNDER_CONDITIONS: LazyLock<regex::Regex> = LazyLock::new(|| {
    regex::Regex::new(r"(?i)(?-u:\b)under\s+(?:[\w-]+\s+){0,2}(?:conditions|security)\s+in\s+")
        .expect("static regex")
});

/// "conditions in Yemen, Syria, Libya and Iraq": a place in a list (one with "and" or "or")
/// whose first item follows a topic's "in"; not "security in Kabul, Afghanistan" (a city and
/// its country).
fn listed_after_a_topic(chars: &[char], m: &Mention, end: usize, before: &str) -> bool {
    if UNDER_CONDITIONS.is_match(before) {
        return false;
    }
    let Some(list) = TOPIC_LIST_IN.captures(before).and_then(|c| c.name("list")) else {
        return false;
    };
    let joined = |t: &str| t.contains(" and ") || t.contains(" or ");
    let after: String = chars[m.end_char..end.min(m.end_char + 80)].iter().collect();
    joined(list.as_str()) || TOPIC_LIST_GOES_ON.is_match(&after)
}

/// Whether the word from `at` (after spaces) is a title's head ("President", "Ambassador"):
/// the place before it names whose title it is, not where anything happened.
fn qualifies_a_title(chars: &[char], at: usize, end: usize) -> bool {
    let start = (at..end)
        .find(|&i| !chars[i].is_whitespace())
        .unwrap_or(end);
    if start == at || !chars.get(start).is_some_and(|c| c.is_uppercase()) {
        return false;
    }
    let word: String = chars[start..end]
        .iter()
        .take_while(|c| c.is_alphabetic())
        .flat_map(|c| c.to_lowercase())
        .collect();
    contains(&TITLE_HEADS, &word)
}

/// The place a visit went to: the first place after the trigger (at `after`, sentence
/// characters) that `place_in` would take; else the sentence's place.
pub(crate) fn visited_place(
    chars: &[char],
    sent: &Sentence,
    mentions: &[Mention],
    ctx: &Context,
    after: usize,
    cues: &[PersonCue],
) -> Option<i64> {
    let from = sent.start + after;
    let places: Vec<&Mention> = mentions
        .iter()
        .filter(|m| m.start_char >= from && m.end_char <= sent.end)
        .filter(|m| {
            matches!(
                m.entity,
                Some(EntityRef {
                    kind: EntityKind::Place,
                    ..
                })
            )
        })
        .collect();
    // "visited the ICESCO Headquarters in Rabat": a site, then the city it is in.
    let site_in_city = |a: &Mention, b: &Mention| {
        let between: String = chars[a.end_char..b.start_char.max(a.end_char)]
            .iter()
            .collect();
        matches!(between.trim(), "in" | "," | "in the")
    };
    let later: Vec<Mention> = match places[..] {
        [first, second, ..] if site_in_city(first, second) => vec![first.clone(), second.clone()],
        [first, ..] => vec![first.clone()],
        [] => Vec::new(),
    };
    place_in(chars, sent, &later, ctx, after, cues)
        .or_else(|| place_in(chars, sent, mentions, ctx, after, cues))
}
