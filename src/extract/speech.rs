//! Who reports an encounter and who took part in it: the source a sentence gives ("according
//! to A"), a verb of speech before the encounter's ("Adesina said the President met X"), and
//! the speakers who were there all the same ("stated during a meeting with B", "said
//! bilateral discussions were held with B").

use std::sync::LazyLock;

use regex::Regex;

use super::cues::PersonCue;
use super::sentences::Sentence;
use super::triggers::*;

/// The sentence after an opening attribution ("According to a communiqué issued afterwards,
/// the two leaders discussed ..."): the attribution's words tell of the source, not of the
/// encounter.
pub(crate) fn after_attribution(text: &str) -> &str {
    let opens = text
        .get(..12)
        .is_some_and(|w| w.eq_ignore_ascii_case("according to"));
    match text.find(',') {
        Some(i) if opens => &text[i + 1..],
        _ => text,
    }
}

/// The people the sentence gives as its source: "according to the Director of Communication,
/// A" (the title or name right after the words; not "According to a statement, A met B").
pub(crate) fn sources_in(text: &str, sent: &Sentence, cues: &[PersonCue]) -> Vec<i64> {
    SPEECH
        .find_iter(text)
        .filter(|m| m.as_str().to_lowercase().starts_with("according"))
        .filter_map(|m| {
            let after = sent.start + char_index(text, m.end());
            cues.iter()
                .filter(|c| c.sentence == (sent.start, sent.end))
                .find(|c| {
                    let opens = c.name_start.min(c.title_start);
                    opens >= after && opens <= after + 5
                })
                .and_then(|c| c.person)
        })
        .collect()
}

/// Where (sentence characters) a person is named whose envoy the sentence names right after
/// ("delivered by President Dahl's Special Envoy Ambassador B"): the one the envoy speaks
/// for, no party of what the envoy did.
pub(crate) fn principals_in(
    chars: &[char],
    sent: &Sentence,
    mentions: &[super::names::Mention],
    cues: &[PersonCue],
) -> Vec<usize> {
    // (only a possessive can name one: most sentences have none)
    if !sent.text.contains("'s ") && !sent.text.contains("’s ") {
        return Vec::new();
    }
    let titled_at: Vec<usize> = cues
        .iter()
        .filter(|c| c.sentence == (sent.start, sent.end) && c.title_start < c.name_start)
        .map(|c| c.title_start)
        .collect();
    mentions
        .iter()
        .filter(|m| m.start_char >= sent.start && m.end_char <= sent.end)
        .filter(|m| {
            m.entity
                .is_some_and(|e| e.kind == super::names::EntityKind::Person)
        })
        .filter(|m| {
            let after: String = chars[m.end_char.min(chars.len())..]
                .iter()
                .take(3)
                .collect();
            (after == "'s " || after == "’s ") && titled_at.contains(&(m.end_char + 3))
        })
        .map(|m| m.start_char - sent.start)
        .collect()
}

/// Where the last verb of speech before character `before` is ("Adesina said the President
/// met X": the speaker is no party). "said (that) the President met X" reports; "told Dr. X
/// during the meeting" is the speaker's own meeting unless "told ... that" ("told journalists
/// at State House that"), and so is "stated on Tuesday during a meeting with X".
pub(crate) fn speech_before(text: &str, before: usize) -> Option<usize> {
    SPEECH
        .find_iter(text)
        // "Sultan Qaboos bin Said received A": a capitalised word inside a name is no verb.
        .filter(|m| m.start() == 0 || !m.as_str().starts_with(char::is_uppercase))
        .filter(|m| {
            // "told journalists at State House that A met B": the "that" opens the
            // encounter's clause, before its verb.
            !m.as_str().eq_ignore_ascii_case("told") || {
                let rest = &text[m.end()..];
                let six: usize = rest
                    .split_inclusive(char::is_whitespace)
                    .take(7)
                    .map(str::len)
                    .sum();
                rest[..six]
                    .match_indices("that")
                    .any(|(i, _)| char_index(text, m.end() + i) < before)
            }
        })
        // "A stated on Tuesday during a meeting with Ambassador B": the speaker spoke at the
        // meeting, a party to it, when a few words of time alone stand between, the meeting
        // is "a meeting with" someone named by a capital, and no "that" reports another's.
        .filter(|m| !spoke_at_the_meeting(text, m.end(), before))
        // "A said bilateral discussions were held with B": talks told in the passive with
        // one party named, by the other.
        .filter(|m| !told_own_talks(text, m.end(), before))
        .map(|m| char_index(text, m.start()))
        .filter(|&at| at < before)
        .last()
}

/// "said on Tuesday during a meeting with Ambassador B" (speech ending at byte `said_end`,
/// the meeting's trigger at character `trigger`): the speaker was at the meeting.
fn spoke_at_the_meeting(text: &str, said_end: usize, trigger: usize) -> bool {
    let at = byte_index(text, trigger);
    let (Some(gap), Some(rest)) = (text.get(said_end..at), text.get(at..)) else {
        return false;
    };
    let short_gap = gap.split_whitespace().count() <= 4
        && !gap
            .split_whitespace()
            .any(|w| w.eq_ignore_ascii_case("that") || w.ends_with(','));
    let meeting_with = AT_A_MEETING_WITH.find(rest).filter(|m| m.start() == 0);
    let reports_another = rest
        .split_whitespace()
        .any(|w| w.eq_ignore_ascii_case("that"));
    short_gap
        && !reports_another
        // ("with new Cypriot Ambassador B": a capital within the next few words.)
        && meeting_with.is_some_and(|m| {
            rest[m.end()..]
                .split_whitespace()
                .take(4)
                .any(|w| w.starts_with(char::is_uppercase))
        })
}

/// "said (that) bilateral discussions were held with B" (speech ending at byte `said_end`,
/// the talks' trigger at character `trigger`, right after): the speaker held them.
/// Not when the speaker reports for others (a spokesman, a ministry's statement) or the
/// clause names who held them ("... were held with B by Turkish mediators").
fn told_own_talks(text: &str, said_end: usize, trigger: usize) -> bool {
    let at = byte_index(text, trigger);
    let Some(m) = text
        .get(said_end..)
        .and_then(|rest| HELD_WITH.find(rest))
        .filter(|m| m.start() == 0 && said_end + m.len() > at)
    else {
        return false;
    };
    let speaker = text.get(..said_end).unwrap_or_default();
    let clause_after = text
        .get(said_end + m.end()..)
        .unwrap_or_default()
        .split(['.', ';'])
        .next()
        .unwrap_or_default();
    !REPORTER.is_match(speaker) && !clause_after.contains(" by ")
}

/// Who speaks for others: "spokesman A said", "a statement said".
static REPORTER: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)spokes(?:man|woman|person)|press (?:secretary|officer|office)|statement|ministry|agency|sources?(?-u:\b)")
        .expect("static regex")
});

/// " that bilateral discussions were held with ".
static HELD_WITH: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"(?i)^ (?:that )?(?:the )?(?:[\w-]+ ){0,2}(?:talks|discussions|consultations|negotiations|meetings?) (?:was|were|had been|have been|has been) held with\s",
    )
    .expect("static regex")
});

/// "during a meeting with ", "at a bilateral meeting with ".
static AT_A_MEETING_WITH: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)^(?:during|at|in) (?:a|an) (?:[\w-]+ ){0,2}(?:meeting|talks) with\s")
        .expect("static regex")
});

/// "A and B held talks and discussed tourism, spokesperson C tweeted.": a clause of telling
/// that ends the sentence after a comma (a few words, a verb of telling, a few words more).
/// The comma's char index, after char `from` (the trigger's end), when someone is named
/// before the trigger (`named_before`).
pub(crate) fn speech_at_the_end(text: &str, named_before: bool, from: usize) -> Option<usize> {
    // Only when the encounter has its parties before its words: the teller of "After meeting
    // A, B told reporters" or "Speaking after talks with A, B said" is the one who met A.
    if !named_before {
        return None;
    }
    let start = byte_index(text, from);
    let rest = &text[start..];
    SPEECH_TAIL.find_iter(rest).find_map(|verb| {
        let before = &rest[..verb.start()];
        let comma = before.rfind(',')?;
        let speaker = &before[comma + 1..];
        let after = &rest[verb.end()..];
        (speaker.split_whitespace().count() <= 6
            && !speaker.contains([';', '"', '“', '”'])
            && after.split_whitespace().count() <= 6
            && !after.contains([',', ';', ':']))
        .then(|| char_index(text, start + comma))
    })
}
