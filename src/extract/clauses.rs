//! What a sentence's clauses add to its encounters: a place the catalog does not know, plans
//! and purposes, and dates that belong to the report rather than to the encounter ("the
//! Foreign Office said on Tuesday"). The events on whose sidelines they took place:
//! sidelines.rs; clauses of what is still to come and of purpose: to_come.rs.

use std::sync::LazyLock;

use regex::Regex;

use super::dates::{is_calendar_word, FoundDate};
use super::events::Named;
use super::lexicon::*;
use super::names::Mention;
use super::sentences::Sentence;
use super::triggers::*;
use crate::model::MeetingKind;

pub(crate) use super::to_come::*;

pub(crate) static IN_CAPITALISED: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"(?-u:\b)(?:in|at|(?:visit|trip) to|tour of)\s+(?:the\s+)?(?P<w>\p{Lu}[\p{L}'’-]+)(?P<more>(?:\s+\p{Lu}[\p{L}'’-]+){0,4})",
    )
    .expect("static regex")
});

/// True when the sentence says "in X", "at X" or "visit to X" (not "visit of X": a visitor)
/// of a capitalised X that is no known name ("as part of his visit to Latin America": not
/// where the dateline is).
pub(crate) fn names_unknown_place(text: &str, sent: &Sentence, mentions: &[Mention]) -> bool {
    IN_CAPITALISED.captures_iter(text).any(|c| {
        let Some(w) = c.name("w") else { return false };
        let at = sent.start + char_index(text, w.start());
        let l = w.as_str().to_lowercase();
        let covered = mentions
            .iter()
            .any(|m| m.start_char <= at && at < m.end_char);
        // "at the Star Palace": a building, in the city the dateline names.
        let building = c.name("more").is_some_and(|m| {
            m.as_str()
                .split_whitespace()
                .any(|w| contains(&VENUE_HEADS, &w.to_lowercase()))
        }) || contains(&VENUE_HEADS, &l);
        !covered
            && !building
            && !contains(&NOT_NAMES, &l)
            && !is_calendar_word(&l)
            && !contains(&HONORIFICS, &l)
            && !l.ends_with("'s")
            && !l.ends_with("’s")
    })
}

/// What stands between a verb of speech and the date of the report ("said on Tuesday", "said
/// in a statement on Monday").
static REPORT_GAP: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"^(?i:(?:in an? (?:statement|press release|news release|tweet|interview)\s*)?(?:on)?)$",
    )
    .expect("static regex")
});

/// "..., the Foreign Office said on Tuesday": a date right after a verb of speech dates the
/// report, not the encounter. The starts (sentence characters) of such dates.
pub(crate) fn report_dates(text: &str, found: &[FoundDate]) -> Vec<usize> {
    let mut out = Vec::new();
    for m in SPEECH.find_iter(text) {
        let after = char_index(text, m.end());
        for f in found.iter().filter(|f| f.start >= after) {
            let between: String = text.chars().skip(after).take(f.start - after).collect();
            if REPORT_GAP.is_match(between.trim()) {
                out.push(f.start);
            }
        }
    }
    out
}

/// "A, who arrived in Malaysia yesterday (Dec 15), was welcomed by B", "B received C, who
/// arrived last week, in Baku": the spans (in characters, from the relative pronoun to the
/// comma that closes the clause) of the relative clauses of people set off by commas. A
/// date inside one tells of the clause's verb, not of a verb outside it; not in the present
/// ("A, who is attending the summit in Baku on Wednesday, met B": the days A is there).
pub(crate) fn relative_clauses(text: &str) -> Vec<(usize, usize)> {
    static WHO: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(r",\s+(?:who|whom)\s+(?P<present>(?:is|are|am)\s)?").expect("static regex")
    });
    WHO.captures_iter(text)
        .filter(|c| c.name("present").is_none())
        .filter_map(|c| {
            let m = c.get(0)?;
            let close = text[m.end()..].find(',')? + m.end();
            Some((char_index(text, m.start()), char_index(text, close)))
        })
        .collect()
}

/// "also": one more of what the text told before.
pub(crate) static ALSO: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"(?-u:\b)also(?-u:\b)").expect("static regex"));

/// The person a sentence opens with, as its subject: only capitalised words (a title, an
/// honorific), determiners and title connectors come before the name.
pub(crate) fn opening_subject(text: &str, people: &[Named]) -> Option<i64> {
    let first = people.first()?;
    let lead: String = text.chars().take(first.at).collect();
    let only_title = lead
        .split(|c: char| !(c.is_alphanumeric() || c == '-' || c == '\'' || c == '’'))
        .filter(|w| !w.is_empty())
        .all(|w| {
            let l = w.to_lowercase();
            // "Guatemala's president-elect, A, said ...": a title in lower case.
            let head = l.strip_suffix("-elect").unwrap_or(&l);
            w.chars().next().is_some_and(char::is_uppercase)
                || contains(&TITLE_CONNECTORS, &l)
                || contains(&TITLE_HEADS, head)
        });
    only_title.then_some(first.entity.id)
}

/// The subject of a participle's clause ("upon hosting B", "after being received by B") at
/// character `at`: the subject of the reported clause it sits in ("A said that C, after being
/// received by B, ..."), else the sentence's opening subject.
pub(crate) fn participle_subject(text: &str, people: &[Named], at: usize) -> Option<i64> {
    let lead: String = text.chars().take(at).collect();
    let reported = lead.rfind(" that ").and_then(|b| {
        let from = char_index(&lead, b);
        people.iter().find(|n| n.at > from && n.at < at)
    });
    reported
        .map(|n| n.entity.id)
        .or_else(|| opening_subject(text, people))
        .or_else(|| subject_after_the_clause(text, people, at))
}

/// The subject of a sentence that opens with a participle's clause ("After receiving the
/// credentials of B, President A said ...", "Upon hosting B and C, A noted ..."): the first
/// person named after the participle whose name a verb in lower case follows (after a comma
/// or not), not one followed by "and", a comma and a capital, or a preposition.
fn subject_after_the_clause(text: &str, people: &[Named], at: usize) -> Option<i64> {
    let lead: String = text.chars().take(at).collect();
    if !lead.trim().is_empty() {
        return None;
    }
    people.iter().filter(|n| n.at > at).find_map(|n| {
        let rest: String = text.chars().skip(n.at).collect();
        // Past the name's words (capitalised, or its particles).
        let mut words = rest.split_whitespace();
        let mut after = None;
        while let Some(w) = words.next() {
            let bare = w.trim_end_matches(',');
            let name_word = bare.starts_with(char::is_uppercase)
                || contains(&NAME_PARTICLES, bare)
                || bare.starts_with("al-");
            if !name_word || w.ends_with(',') {
                after = if name_word { words.next() } else { Some(w) };
                break;
            }
        }
        let verb = after?;
        let lower = verb.starts_with(char::is_lowercase)
            && !matches!(
                verb,
                "and"
                    | "of"
                    | "the"
                    | "who"
                    | "which"
                    | "from"
                    | "to"
                    | "in"
                    | "at"
                    | "on"
                    | "for"
                    | "with"
                    | "as"
                    | "or"
                    | "by"
            );
        lower.then_some(n.entity.id)
    })
}

pub(crate) fn dedup_ids<'a>(it: impl Iterator<Item = &'a Named>) -> Vec<i64> {
    let mut out: Vec<i64> = Vec::new();
    for n in it {
        if !out.contains(&n.entity.id) {
            out.push(n.entity.id);
        }
    }
    out
}

/// Whether the words after a semicolon are one more item of a list of people by their titles
/// ("the Director-General of X, A"): "the" (or "and the") and a capitalised word.
pub(crate) fn list_item_after(rest: &str) -> bool {
    let rest = rest.trim_start();
    let rest = rest.strip_prefix("and ").unwrap_or(rest);
    // "; Central Bank Governor, Dr B": a title without "the", a comma, then the name.
    // Its words capitalised or a title's connectors, and the name after the comma ends the item
    // (not "; Prime Minister B was absent, Norwegian media said").
    let titled_name = rest.split_once(',').is_some_and(|(title, name)| {
        let words: Vec<&str> = title.split_whitespace().collect();
        words.len() <= 6
            && words
                .iter()
                .any(|w| contains(&TITLE_HEADS, &w.to_lowercase()))
            && words.iter().all(|w| {
                w.starts_with(char::is_uppercase)
                    || matches!(*w, "of" | "the" | "for" | "and" | "to" | "in" | "on")
            })
            && name_ends_the_item(name)
    });
    // "; the ambassador of Peru in Colombia, B": a title in lower case as well.
    titled_name
        || rest.strip_prefix("the ").is_some_and(|r| {
            r.chars().next().is_some_and(char::is_uppercase) || {
                let word = r
                    .split_whitespace()
                    .next()
                    .unwrap_or_default()
                    .to_lowercase();
                contains(&TITLE_HEADS, &word) || contains(&TITLE_QUALIFIERS, &word)
            }
        })
}

/// Whether the text opens with a name (capitalised words) that ends at a semicolon, a comma, a
/// full stop, "and" or the end: a list's item, not a clause's subject.
fn name_ends_the_item(text: &str) -> bool {
    // "the Hon. B", "the Rt. Hon. B": a courtesy title after "the" opens the name.
    let text = text.trim_start();
    let text = text
        .strip_prefix("the ")
        .filter(|r| {
            let w = r.split_whitespace().next().unwrap_or_default();
            let w = w.trim_end_matches('.').to_lowercase();
            super::tokens::ABBREVIATED_HONORIFICS.contains(w.as_str())
                || contains(&HONORIFICS, &w)
                || w == "rt"
        })
        .unwrap_or(text);
    let mut words = text.split_whitespace().peekable();
    if !words
        .peek()
        .is_some_and(|w| w.starts_with(char::is_uppercase))
    {
        return false;
    }
    for w in words {
        if !w.starts_with(char::is_uppercase) {
            return w == "and";
        }
        if w.ends_with([';', ',', '.']) {
            return true;
        }
    }
    true
}

/// "X signed memoranda of understanding with A of Y; B of Z": one subject (`before` the verb
/// `t`), several `counterparts`, and between the verb and the first of them, documents in the
/// plural and then "with".
pub(crate) fn signed_each_with(
    text: &str,
    t: &Trigger,
    people: &[Named],
    before: &[i64],
    counterparts: &[i64],
) -> bool {
    if before.len() != 1 || counterparts.len() < 2 || t.passive {
        return false;
    }
    let Some(first) = people
        .iter()
        .filter(|n| n.at >= t.end && counterparts.contains(&n.entity.id))
        .map(|n| n.at)
        .min()
    else {
        return false;
    };
    let gap: String = text.chars().skip(t.end).take(first - t.end).collect();
    let words: Vec<&str> = gap.split_whitespace().collect();
    words
        .iter()
        .position(|w| *w == "with")
        .is_some_and(|k| DOCUMENTS_EACH.is_match(&words[..k].join(" ")))
}

/// Whether a person is named right after byte `from` of `text`, past "and" and courtesy
/// words, and not as the subject of a clause of their own: "met with Mr A of X; Mr B of Y and
/// Madam C of Z", a list whose items are people told by their countries, goes on past the
/// semicolon.
pub(crate) fn person_right_after(text: &str, from: usize, people: &[Named]) -> bool {
    let mut rest = text[from..].trim_start();
    rest = rest.strip_prefix("and ").unwrap_or(rest).trim_start();
    while let Some((word, after)) = rest.split_once(' ') {
        if !contains(&HONORIFICS, &word.to_lowercase()) {
            break;
        }
        rest = after.trim_start();
    }
    let at = char_index(text, text.len() - rest.len());
    // ("met with A; B spoke later": B opens a clause of their own.)
    people.iter().any(|n| n.at == at) && !names_a_subject(text, at)
}

/// Whether the name at character `at` is followed by a word in lower case (its verb: "A
/// spoke"), not by a comma or the sentence's end (an object: "with his counterpart, A, the
/// ministers ...").
pub(crate) fn names_a_subject(text: &str, at: usize) -> bool {
    let rest: String = text.chars().skip(at).collect();
    rest.split_whitespace()
        .find(|w| !w.chars().next().is_some_and(char::is_uppercase))
        .is_some_and(|w| {
            w.chars().next().is_some_and(char::is_lowercase)
                && !matches!(w, "and" | "of" | "bin" | "al" | "de")
        })
        && !rest
            .split_whitespace()
            .take_while(|w| w.chars().next().is_some_and(char::is_uppercase))
            .any(|w| w.ends_with(','))
}

/// Whether the words after a verb of talk name whom it was with: "with", or an adverb and
/// "with" ("discussed yesterday with his counterpart A").
pub(crate) fn with_someone_next(rest: &str) -> bool {
    let mut words = rest.split_whitespace().map(str::to_lowercase);
    match words.next().as_deref() {
        Some("with") => true,
        Some(
            "yesterday" | "today" | "also" | "earlier" | "later" | "separately" | "further"
            | "briefly" | "extensively",
        ) => words.next().as_deref() == Some("with"),
        _ => false,
    }
}

/// After a verb of talk and its topic, where "with" and whom it was with begin ("discussed
/// the agenda of climate change with B", "... with the President of X, B"): a char index in
/// `text`, within a dozen words of the verb, before the clause ends, and followed by a person
/// or a title (not "relations with Chile", "with a view to").
pub(crate) fn with_after_topic(text: &str, verb_end: usize, people: &[Named]) -> Option<usize> {
    let mut at = verb_end;
    for (n, word) in text
        .chars()
        .skip(verb_end)
        .collect::<String>()
        .split(' ')
        .enumerate()
    {
        if n > 14 || word.ends_with(';') || word.ends_with(':') {
            return None;
        }
        if word == "with" && n > 1 {
            let after = at + word.chars().count();
            let rest: String = text.chars().skip(after + 1).collect();
            let mut words = rest.split_whitespace().map(|w| {
                w.trim_matches(|c: char| !c.is_alphanumeric() && c != '-')
                    .to_lowercase()
            });
            let mut next = words.next().unwrap_or_default();
            if matches!(next.as_str(), "the" | "his" | "her" | "their" | "its") {
                next = words.next().unwrap_or_default();
            }
            // "with Japanese Foreign Minister B": an adjective of nationality before the title.
            if super::world::WORLD.demonym(&next).is_some() {
                next = words.next().unwrap_or_default();
            }
            let title = contains(&TITLE_HEADS, &next)
                || contains(&TITLE_WORDS, &next)
                || contains(&TITLE_QUALIFIERS, &next);
            let person = people.iter().any(|p| p.at > after && p.at <= after + 2);
            return (title || person).then_some(after);
        }
        // "discussed trade, said A": a new clause.
        if matches!(word, "said" | "says" | "while" | "who" | "which" | "where") {
            return None;
        }
        at += word.chars().count() + 1;
    }
    None
}

/// "The meeting, which will take place at X, ...": a sentence whose "the meeting" is followed
/// closely by words of the future speaks of a meeting to come.
pub(crate) fn refers_to_one_to_come(text: &str) -> bool {
    ANAPHOR.find_iter(text).any(|a| {
        let next: String = text[a.end()..].chars().take(36).collect();
        FUTURE.is_match(&next)
    })
}

/// "During the visit", "the visit paid", "During the trip": the sentence speaks of a visit
/// told before.
pub(crate) fn speaks_of_a_visit(text: &str) -> bool {
    ANAPHOR.find_iter(text).any(|m| {
        let m = m.as_str().to_lowercase();
        ["visit", "trip", "tour", "stay"]
            .iter()
            .any(|w| m.contains(w))
    })
}

/// Whether the trigger at `start` (its words `words`) is a verb in the active voice that takes
/// whom it met as its object ("met with", "received"; not "A dinner was hosted by A"): the
/// people after it are the other side, never a meeting among themselves.
pub(crate) fn takes_an_object(text: &str, start: usize, words: &str) -> bool {
    has_an_object(words) && !ends_with_be(&text.chars().take(start).collect::<String>())
}

/// Whether a trigger's words are a verb that takes whom it met as its object ("met with",
/// "received", "held talks with").
fn has_an_object(words: &str) -> bool {
    let first = words
        .split_whitespace()
        .map(str::to_lowercase)
        .find(|w| !matches!(w.as_str(), "has" | "have" | "had" | "also" | "then"));
    first.as_deref().is_some_and(|w| {
        VERBS_OF_MEETING.contains(&w)
            || matches!(
                w,
                "conferred" | "sat" | "paid" | "pays" | "called" | "calls"
            )
    })
}

/// Whether the words before a verb end with a form of "be" ("A dinner was hosted by A"): the
/// verb is passive, its agent after it.
fn ends_with_be(before: &str) -> bool {
    before.split_whitespace().last().is_some_and(|w| {
        matches!(
            w.to_lowercase().as_str(),
            "was" | "were" | "is" | "are" | "been" | "being" | "be"
        )
    })
}

/// Where the opening "During the meeting with A," (or "Moreover, during ...") of a sentence
/// is, in characters.
pub(crate) fn opening_meeting_span(text: &str) -> Option<(usize, usize)> {
    OPENING_MEETING_WITH
        .find(text)
        .map(|m| (char_index(text, m.start()), char_index(text, m.end())))
}

/// "In the meeting with his counterpart A, the two ministers ..." (a sentence opening with the
/// meeting and the one counterpart it names): the one the text was about (`told_of`) met A.
/// Not when the one named is the sentence's subject ("In a series of talks with his
/// counterparts, A spoke").
pub(crate) fn opening_meeting_with(
    text: &str,
    all: &[i64],
    told_of: Option<i64>,
    people: &[Named],
) -> Option<i64> {
    let ([one], Some(s)) = (all, told_of) else {
        return None;
    };
    let subject = people
        .iter()
        .find(|n| n.entity.id == *one)
        .is_some_and(|n| names_a_subject(text, n.at));
    (*one != s && !subject && OPENING_MEETING_WITH.is_match(text)).then_some(s)
}

/// "he will propose the holding of the Summit", "which was to be held today": a verb of
/// holding (`HAPPENED`, from byte `start` to `end`) that its clause puts in the future.
pub(crate) fn held_in_the_future(text: &str, start: usize, end: usize) -> bool {
    let before = &text[..start];
    let from = before
        .char_indices()
        .rfind(|(_, c)| matches!(c, ',' | ';' | '—' | '–'))
        .map_or(0, |(k, c)| k + c.len_utf8());
    super::triggers::FUTURE.is_match(&text[from..end])
}

static AND_THEN: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i),?\s+and\s+(?:later\s+|then\s+|also\s+|subsequently\s+|afterwards\s+)?$")
        .expect("static regex")
});

/// "A met B, and later received C": the trigger `t` goes on with the sentence's subject after
/// "and" and the object of the verb before it (B is no host of C, and C no party to the
/// meeting with B); the start of the first trigger, before which the subject is named. Not
/// "received and held talks with C" (no object between), nor a signing the two witnessed.
pub(crate) fn goes_on_from(
    trig: &[Trigger],
    t: &Trigger,
    people: &[Named],
    text: &str,
) -> Option<usize> {
    let first = trig.first()?;
    let prev = trig.iter().rfind(|u| u.end <= t.start)?;
    let byte = byte_index(text, t.start);
    let object_between = people.iter().any(|n| n.at >= prev.end && n.at < t.start);
    // (A pronoun's subject is found later, with both verbs' objects.)
    let named_subject = people.iter().any(|n| n.at < first.start);
    // (Verbs of one kind share their objects: "called on B, and met with C" met each.)
    (t.kind != MeetingKind::Signing
        && t.kind != prev.kind
        && object_between
        && named_subject
        && AND_THEN.is_match(&text[..byte]))
    .then_some(first.start)
}

/// "A has met B, and C had a meeting with D": the trigger `u` after `t` has a subject of its
/// own, named after the ", and" (or ";") that follows `t`'s own party. Where that clause opens
/// (a char index in `text`).
pub(crate) fn own_subject_clause(
    text: &str,
    t: &Trigger,
    u: &Trigger,
    people: &[Named],
) -> Option<usize> {
    if u.start <= t.end {
        return None;
    }
    let from = byte_index(text, t.end);
    let between = text.get(from..byte_index(text, u.start))?;
    let open = between.rfind(", and ").or_else(|| between.rfind("; "))?;
    // "In a meeting, the President of X, A, and B discussed ...": the comma before "and"
    // closes a name set off by commas, not a clause, when no one is named before `t` (not
    // "A met the minister, B, and C held talks with D").
    if between[open..].starts_with(", and ") && !people.iter().any(|n| n.at < t.start) {
        let head = &between[..open];
        if let Some(c) = head.rfind(", ") {
            let name_at = char_index(text, from + c + 2);
            if head[c + 2..].split_whitespace().count() <= 5
                && people.iter().any(|n| n.at == name_at)
            {
                return None;
            }
        }
    }
    let at = char_index(text, from + open);
    let party_of_t = people.iter().any(|n| n.at >= t.end && n.at < at);
    let subject_of_u = people.iter().any(|n| n.at > at && n.at < u.start);
    (party_of_t && subject_of_u).then_some(at)
}

/// The opening of the clause in which `t` has a subject of its own, after an earlier
/// trigger's party ("A has met B, and C had a meeting with D"), or after "after" or "when"
/// ("A spoke to the press after the new Ambassador, B, presented her credentials to C").
pub(crate) fn subject_of_its_own(
    text: &str,
    trig: &[Trigger],
    t: &Trigger,
    people: &[Named],
) -> Option<usize> {
    trig.iter()
        .find_map(|u| own_subject_clause(text, u, t, people))
        .or_else(|| subordinate_subject(text, trig, t, people))
}

static SUBORDINATE: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"(?-u:\b)(?:after|when)\s+").expect("static regex"));

/// Where "after" or "when" opens the clause of `t`, when its subject is named right after
/// (only a title between: "after the new US Ambassador, B, presented ..."), someone is named
/// before it, and no other encounter's words come between.
fn subordinate_subject(
    text: &str,
    trig: &[Trigger],
    t: &Trigger,
    people: &[Named],
) -> Option<usize> {
    let lead = text.get(..byte_index(text, t.start))?;
    let m = SUBORDINATE.find_iter(lead).last()?;
    let (open, at) = (char_index(text, m.start()), char_index(text, m.end()));
    let first = people.iter().find(|n| n.at >= at && n.at < t.start)?;
    let title_only = words_between(text, at, first.at).iter().all(|w| {
        w.chars().next().is_some_and(char::is_uppercase)
            || matches!(
                w.as_str(),
                "the"
                    | "new"
                    | "newly"
                    | "outgoing"
                    | "incoming"
                    | "visiting"
                    | "of"
                    | "for"
                    | "and"
            )
    });
    let between_verbs = trig.iter().any(|u| u.start > open && u.start < t.start);
    // The trigger is that subject's own verb: only the name (capitalised words), commas and
    // auxiliaries come between ("after B, the new Ambassador, presented ..."); not "after B's
    // address to Congress, and later held talks with C" nor "after B invited him, and met C".
    let its_verb = words_between(text, first.at, t.start).iter().all(|w| {
        (w.chars().next().is_some_and(char::is_uppercase)
            && !w.ends_with("'s")
            && !w.ends_with("’s"))
            || matches!(
                w.as_str(),
                "has" | "had" | "have" | "also" | "then" | "formally" | "officially"
            )
    });
    (title_only && its_verb && !between_verbs && people.iter().any(|n| n.at < open)).then_some(open)
}

/// The words of `text` between characters `from` and `to`, without their punctuation.
pub(crate) fn words_between(text: &str, from: usize, to: usize) -> Vec<String> {
    let gap: String = text
        .chars()
        .skip(from)
        .take(to.saturating_sub(from))
        .collect();
    gap.split_whitespace()
        .map(|w| w.trim_matches(|c: char| !c.is_alphanumeric()).to_string())
        .filter(|w| !w.is_empty())
        .collect()
}

/// Where the parties of the encounter that trigger `t` tells end: where a new clause begins
/// ("... since the top diplomat took office under Prime Minister X"; attendees are named
/// apart), or where the subject goes on with a verb of another kind ("met B, and later
/// received C"). A char index in `text`.
pub(crate) fn clause_end(text: &str, trig: &[Trigger], t: &Trigger, people: &[Named]) -> usize {
    let first_after = people.iter().find(|n| n.at >= t.start).map(|n| n.at);
    let new_clause = first_after
        .and_then(|f| {
            let byte = byte_index(text, f);
            // "met with A; the Director of X, B; and the Secretary of Y, C": a semicolon
            // before a title goes on with the list.
            CLAUSE_BREAK
                .find_iter(&text[byte..])
                .find(|m| {
                    let after = byte + m.end();
                    !(m.as_str() == ";"
                        && (list_item_after(&text[after..])
                            || person_right_after(text, after, people)))
                })
                .map(|m| char_index(text, byte + m.start()))
        })
        .unwrap_or(usize::MAX);
    // "signed the documents and was scheduled to meet C": a clause of the subject's plans
    // after the verb.
    let from = byte_index(text, t.end);
    let plans = PLANS_CLAUSE
        .find(&text[from..])
        .map_or(usize::MAX, |m| char_index(text, from + m.start()));
    let next_verb = trig
        .iter()
        .find(|u| u.start > t.end && goes_on_from(trig, u, people, text).is_some())
        .map_or(usize::MAX, |u| u.start);
    // "met a committee that recently met President X": a relative clause of a thing, with a
    // verb of its own, tells whom the thing met.
    let relative = RELATIVE_ENCOUNTER
        .find(&text[from..])
        .map_or(usize::MAX, |m| char_index(text, from + m.start()));
    // "A has met B, and C had a meeting with D": the next verb's clause has its own subject.
    let own_subject = trig
        .iter()
        .find_map(|u| own_subject_clause(text, t, u, people))
        .unwrap_or(usize::MAX);
    // "met with B at the palace to discuss preparations for C's visit": who the talks were
    // about, after their purpose opens (past the first party), took no part.
    let purpose = first_after
        .and_then(|f| purpose_after(text, f))
        .unwrap_or(usize::MAX);
    let named_before = people.iter().any(|n| n.at < t.start);
    let told = super::speech::speech_at_the_end(text, named_before, t.end).unwrap_or(usize::MAX);
    new_clause
        .min(next_verb)
        .min(told)
        .min(plans)
        .min(relative)
        .min(purpose)
        .min(own_subject)
}

/// "that recently", "which had": the opening of a relative clause of a thing (a person's
/// takes "who").
const RELATIVE_OPENING: &str = r"(?i)(?-u:\b)(?:that|which)\s+(?:(?:recently|previously|earlier|later|subsequently|also|once|reportedly|had|has|have)\s+){0,2}";

/// "that recently met", "which had visited": a relative clause of a thing with a verb of
/// encounter.
static RELATIVE_ENCOUNTER: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(&format!(
        r"{RELATIVE_OPENING}(?:met|meets|received|receives|visited|visits|hosted|hosts|sat down with|(?:held|holds|had|has) (?:\w+ ){{0,2}}(?:talks|meetings?|discussions|consultations))(?-u:\b)"
    ))
    .expect("static regex")
});
static RELATIVE_BEFORE: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(&format!("{RELATIVE_OPENING}$")).expect("static regex"));

/// "A met a committee of the peace initiative that recently met President B": the trigger
/// `t` opens a relative clause of a thing met by an earlier trigger (no person, no
/// delegation named between), so its subject is that thing, not A. (Not "led the delegation
/// that met B", nor "It was A that received B".)
pub(crate) fn met_by_a_thing(text: &str, trig: &[Trigger], t: &Trigger, people: &[Named]) -> bool {
    let Some(open) = RELATIVE_BEFORE.find(&text[..byte_index(text, t.start)]) else {
        return false;
    };
    let that_at = char_index(text, open.start());
    let Some(prev) = trig.iter().rfind(|u| u.end <= that_at) else {
        return false;
    };
    let between: String = text
        .chars()
        .skip(prev.end)
        .take(that_at - prev.end)
        .collect();
    let a_group = between.split_whitespace().any(|w| {
        matches!(
            w.to_lowercase().as_str(),
            "delegation" | "team" | "mission" | "entourage" | "led" | "headed"
        )
    });
    !a_group && !people.iter().any(|n| n.at >= prev.end && n.at < that_at)
}

/// What a trigger ending in "between" says of the encounter's parties.
pub(crate) enum Between {
    /// It does not end in "between".
    NotSaid,
    /// "A recalled the talks between B and C": the two named after it are the parties,
    /// whoever speaks of their talks.
    Two,
    /// "a role in the talks between A and the unions": talks named by the noun alone, with
    /// fewer than two people after it, are nobody's.
    NoOne,
}

/// `words`: the trigger's own words, ending at `t.end`.
pub(crate) fn between(words: &str, t: &Trigger, people: &[Named]) -> Between {
    let words = words.to_lowercase();
    if !words.ends_with("between") {
        return Between::NotSaid;
    }
    if dedup_ids(people.iter().filter(|n| n.at >= t.end)).len() >= 2 {
        return Between::Two;
    }
    let noun_alone = ["talks", "discussions", "consultations"]
        .iter()
        .any(|n| words == format!("{n} between"));
    if noun_alone {
        Between::NoOne
    } else {
        Between::NotSaid
    }
}

/// The words that tell an encounter of the article's own day: a present perfect ("has met",
/// "today"), or a visit told in the present as the sentence's news ("A is in Malawi for a
/// working visit"), not in a relative clause ("A, who is on a visit to Baku, met B").
pub(crate) fn told_as_of_today(text: &str) -> Option<String> {
    if let Some(m) = PRESENT_PERFECT.find(text) {
        return Some(m.as_str().to_string());
    }
    UNDER_WAY
        .find_iter(text)
        .find(|m| {
            let before = text[..m.start()].trim_end();
            let word = before.rsplit([' ', ',']).next().unwrap_or("");
            !matches!(word.to_lowercase().as_str(), "who" | "which" | "that")
                && !before.ends_with(',')
        })
        .map(|m| m.as_str().to_string())
}
