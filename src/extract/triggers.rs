//! Event triggers in a sentence (met, received, visited, signed, attended, held), with what
//! keeps them from being a held event: negation, the future, plans, hedges, reported speech.

use std::sync::LazyLock;

use regex::Regex;

use crate::model::MeetingKind;

pub(crate) static RECEPTION: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"\b(?:has |have |had )?(?:received|hosted|welcomed)\b").expect("static regex")
});
pub(crate) static PASSIVE_RECEPTION: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"\b(?:was|were|has been|have been) (?:received|hosted|welcomed) by\b")
        .expect("static regex")
});
pub(crate) static MEETING: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)\b(?:(?:has |have |had )?met(?: with)?|meets(?: with)?|held (?:a |an )?(?:\w+ ){0,2}(?:meeting|talks|consultations)|had (?:a |an )?(?:\w+ ){0,2}(?:meeting|talks|conversation)|(?:a |the )?(?:\w+ )?meeting (?:of|between|with)|talks with|briefed|(?:has |have |had |was |were )?(?:been )?discussed|exchanged views|on the (?:sidelines|margins|fringes) of)\b")
        .expect("static regex")
});
pub(crate) static VISIT: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)\b(?:(?:has |have |had )?visited|paid (?:a |an )(?:\w+ ){0,2}visit|(?:his|her|their|its) (?:\w+ ){0,2}visit to|on (?:a |an )(?:\w+ ){0,2}visit to|during (?:a |an |the )(?:\w+ ){0,2}visit to|arrived in|as part of (?:his|her|their|the) (?:\w+ ){0,2}visit|(?:is|was|are|were) (?:currently |now )?visiting|(?:\w+ ){0,2}visit of)\b")
        .expect("static regex")
});
pub(crate) static SIGNING: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"(?i)\b(?:signed|signs?|inked)\b").expect("static regex"));
pub(crate) static SIGNED_DOCUMENT: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)\b(?:memorand(?:um|a)|agreements?|mou|protocols?|declarations?|accords?|treat(?:y|ies)|roadmap|action plan|programme of cooperation|program of cooperation|communiqu[eé])\b")
        .expect("static regex")
});
/// Contact that is no meeting (a call, a letter, a decree): a sentence that reports one reports
/// no encounter.
pub(crate) static NOT_HAPPENED: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)\b(?:phone call|phone conversation|telephone|by phone|over the phone|video call|letter|message of|decree|order on)\b")
        .expect("static regex")
});
/// Words that make the clause they stand in no encounter ("invited X to visit", "awarded X"),
/// though another clause of the sentence may report one ("received X, where he
/// congratulated him").
pub(crate) static NOT_IN_CLAUSE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)\b(?:awarded|award|invitation|invited|congratulat\w*|condolence\w*)\b")
        .expect("static regex")
});
/// Presenting credentials is a reception by the head of state ("letters of credence" is no
/// letter).
pub(crate) static CREDENTIALS: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)\b(?:presented|presents|handed over|submitted)\s+(?:(?:his|her|their|the)\s+)?(?:copy of (?:his|her|the)\s+)?(?:letters? of credence|credentials)\b")
        .expect("static regex")
});
pub(crate) static CREDENCE: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"(?i)\bletters? of credence\b").expect("static regex"));

/// The clause around characters `start..end` of a sentence: from the comma or semicolon
/// before it to the one after it.
pub(crate) fn clause_around(sentence: &str, byte_start: usize, byte_end: usize) -> &str {
    let from = sentence[..byte_start]
        .rfind([',', ';'])
        .map_or(0, |i| i + 1);
    let to = sentence[byte_end..]
        .find([',', ';'])
        .map_or(sentence.len(), |i| byte_end + i);
    &sentence[from..to]
}
pub(crate) static FUTURE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)\b(?:will|shall|would|is to|are to|is expected to|are expected to|is due to|are due to|is scheduled to|are scheduled to|plans? to|planned to|planning to|intends? to|agreed to|to be held|upcoming|forthcoming|next (?:week|month|year)|did not|didn't|failed to|cancel+ed|postponed|may|might|could)\b")
        .expect("static regex")
});
pub(crate) static HEDGE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"(?i)\b(?:reportedly|allegedly|according to (?:some |unnamed )?sources|rumou?red)\b",
    )
    .expect("static regex")
});
pub(crate) static ANAPHOR: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)\b(?:(?:at|during|following|after|in the course of) the (?:meeting|talks|visit|conversation|event|ceremony|audience)|the (?:sides|parties|two sides)|the meeting|the audience|on the same day|the same day)\b")
        .expect("static regex")
});
pub(crate) static PRESENT_PERFECT: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)\b(?:has|have) (?:been )?(?:met|received|hosted|visited|signed|discussed|held|attended|welcomed)\b|\btoday\b")
        .expect("static regex")
});
pub(crate) static DISTINCT: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)\b(?:again|second meeting|another meeting|a separate meeting|once more|later met|also met)\b")
        .expect("static regex")
});
pub(crate) static HAPPENED: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)\b(?:held|took place|was held|were held|holding of|attended|participated in|took part in|hosted|convened|opened|organized|organised)\b")
        .expect("static regex")
});
pub(crate) static EVENT_HEAD: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"\b(?:Conference|Forum|Summit|Congress|Symposium|Assembly|Session|Meeting|Festival|Ceremony|Games|Expo|Exhibition|(?:\d+(?:st|nd|rd|th) (?:session|meeting|summit|conference|congress|forum))|opening ceremony)\b")
        .expect("static regex")
});
pub(crate) static IN_PLACE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)\b(?:in|at|to|visited|visiting|visits)\s+(?:the\s+)?$").expect("static regex")
});
/// "at Merdeka Palace, Jakarta": a city after a site's name and a comma.
pub(crate) static AT_SITE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"\b(?:[Ii]n|[Aa]t)\s+(?:the\s+)?(?:\p{Lu}[\p{L}'’.-]*\s+){0,4}\p{Lu}[\p{L}'’.-]*,\s*$",
    )
    .expect("static regex")
});
/// "the U.S. Embassy in Baku": a place that names where a body is, not where anything happened.
pub(crate) static BODY_IN: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)\b(?:embassy|consulate|mission|ministry|representation|branch|bureau)\s+(?:in|at|to)\s+(?:the\s+)?$")
        .expect("static regex")
});
pub(crate) static EVENT_WORDS: &[&str] =
    &["of", "on", "for", "the", "and", "in", "-", "–", "between"];

/// Words that open a new clause: people named after them are not the encounter's.
pub(crate) static CLAUSE_BREAK: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)\b(?:since|under|while|whereas|because|which|who|whom|whose|where|after|before|following)\b|;")
        .expect("static regex")
});
/// People named after these words attended an encounter beside its parties.
pub(crate) static ATTENDED: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)\b(?:in the presence of|attended by|accompanied by|along with|joined by)\b")
        .expect("static regex")
});
/// A sentence that opens with a pronoun: its subject is the person the text was about.
pub(crate) static PRONOUN_SUBJECT: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"^(?:He|She)\b").expect("static regex"));

/// A verb or phrase that reports an encounter, and where it is in the sentence (characters).
#[derive(Debug, Clone, Copy)]
pub(crate) struct Trigger {
    pub(crate) kind: MeetingKind,
    pub(crate) start: usize,
    pub(crate) end: usize,
    pub(crate) passive: bool,
}

pub(crate) fn char_index(text: &str, byte: usize) -> usize {
    text[..byte].chars().count()
}

/// True when a future or negating word comes within a few words before the trigger.
pub(crate) fn negated_before(sentence: &str, byte_start: usize) -> bool {
    let before = &sentence[..byte_start];
    let tail: Vec<&str> = before.split_whitespace().rev().take(5).collect();
    let window: String = tail.into_iter().rev().collect::<Vec<_>>().join(" ");
    if FUTURE.is_match(&window) {
        return true;
    }
    // "X will call on Y and hold a meeting with Z": the whole clause is planned.
    let clause = before
        .rfind([',', ';', ':'])
        .map_or(before, |i| &before[i + 1..]);
    clause.split_whitespace().count() <= 16 && PLANNED.is_match(clause)
}

/// Words that make a clause a plan, wherever they stand in it.
pub(crate) static PLANNED: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)\b(?:will|shall|is to|are to|is expected to|are expected to|is due to|are due to|is scheduled to|are scheduled to|is set to|are set to|plans? to|intends? to)\b")
        .expect("static regex")
});

/// Verbs of speech: who "said" an encounter happened reported it and took no part in it.
pub(crate) static SPEECH: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"(?i)\b(?:said|says|stated|told|noted|added|announced|reported|according to|quoted)\b",
    )
    .expect("static regex")
});

pub(crate) fn triggers(sentence: &str) -> Vec<Trigger> {
    let mut out = Vec::new();
    let mut push = |kind, m: regex::Match, passive| {
        if negated_before(sentence, m.start())
            || FUTURE.is_match(m.as_str())
            || NOT_IN_CLAUSE.is_match(clause_around(sentence, m.start(), m.end()))
        {
            return;
        }
        out.push(Trigger {
            kind,
            start: char_index(sentence, m.start()),
            end: char_index(sentence, m.end()),
            passive,
        });
    };
    for m in PASSIVE_RECEPTION.find_iter(sentence) {
        push(MeetingKind::Reception, m, true);
    }
    // "The ambassador presented his credentials to the President": the one named after
    // received the one named before, as in the passive.
    for m in CREDENTIALS.find_iter(sentence) {
        push(MeetingKind::Reception, m, true);
    }
    for m in RECEPTION.find_iter(sentence) {
        // "received a letter / an award / a call" is not a reception.
        let after: String = sentence[m.end()..]
            .split_whitespace()
            .take(4)
            .collect::<Vec<_>>()
            .join(" ")
            .to_lowercase();
        if after.contains("letter")
            || after.contains("message")
            || after.contains("call")
            || after.contains("award")
            || after.contains("invitation")
            || after.contains("information")
            || after.contains("congratulations")
        {
            continue;
        }
        push(MeetingKind::Reception, m, false);
    }
    for m in MEETING.find_iter(sentence) {
        push(MeetingKind::Meeting, m, false);
    }
    for m in VISIT.find_iter(sentence) {
        push(MeetingKind::Visit, m, false);
    }
    if SIGNED_DOCUMENT.is_match(sentence) {
        for m in SIGNING.find_iter(sentence) {
            push(MeetingKind::Signing, m, false);
        }
    }
    out.sort_by_key(|t| t.start);
    out
}
