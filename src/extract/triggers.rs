//! Event triggers in a sentence (met, received, visited, signed, attended, held), with what
//! keeps them from being a held event: negation, the future, plans, hedges, reported speech.

use std::sync::LazyLock;

use regex::Regex;

use super::hits::{Hits, Section};
pub(crate) use super::trigger_phrases::{pattern, phrases};

use crate::model::MeetingKind;

pub(crate) static RECEPTION: LazyLock<Regex> = LazyLock::new(|| phrases("reception"));
/// "upon hosting X": a reception whose host is the sentence's subject.
pub(crate) static RECEPTION_PARTICIPLE: LazyLock<Regex> =
    LazyLock::new(|| phrases("reception_participle"));
pub(crate) static PASSIVE_RECEPTION: LazyLock<Regex> =
    LazyLock::new(|| phrases("passive_reception"));
/// "A said, after being received by B, ...": B received the sentence's subject.
static PASSIVE_RECEPTION_PARTICIPLE: LazyLock<Regex> =
    LazyLock::new(|| phrases("passive_reception_participle"));
/// "received a letter / an award / a call" is not a reception.
pub(crate) static RECEIVED_NO_GUEST: LazyLock<Regex> =
    LazyLock::new(|| phrases("received_no_guest"));
pub(crate) static MEETING: LazyLock<Regex> = LazyLock::new(|| phrases("meeting"));
pub(crate) static VISIT: LazyLock<Regex> = LazyLock::new(|| phrases("visit"));
pub(crate) static SIGNING: LazyLock<Regex> = LazyLock::new(|| phrases("signing"));
/// Documents in the plural: signed "with" several counterparts, one signing with each.
pub(crate) static DOCUMENTS_EACH: LazyLock<Regex> = LazyLock::new(|| phrases("documents_each"));
pub(crate) static SIGNED_DOCUMENT: LazyLock<Regex> = LazyLock::new(|| phrases("signed_document"));
/// Contact that is no meeting (a call, a letter, a decree): a sentence that reports one reports
/// no encounter.
pub(crate) static NOT_HAPPENED: LazyLock<Regex> = LazyLock::new(|| phrases("not_happened"));
/// Words that make the clause they stand in no encounter ("invited X to visit", "awarded X"),
/// though another clause of the sentence may report one ("received X, where he
/// congratulated him").
pub(crate) static NOT_IN_CLAUSE: LazyLock<Regex> = LazyLock::new(|| phrases("not_in_clause"));
/// "visited Rabat at the invitation of X": the visit was made, at someone's invitation (no
/// invitation to a visit still to come).
pub(crate) static BY_INVITATION: LazyLock<Regex> = LazyLock::new(|| phrases("by_invitation"));
/// Presenting credentials is a reception by the head of state ("letters of credence" is no
/// letter).
pub(crate) static CREDENTIALS: LazyLock<Regex> = LazyLock::new(|| phrases("credentials"));
/// Credentials presented or accepted: a reception of each guest on their own.
pub(crate) static ONE_RECEPTION_EACH: LazyLock<Regex> =
    LazyLock::new(|| phrases("one_reception_each"));
/// The words that open a list of a group reception's guests, and those that continue it.
pub(crate) static LIST_INCLUDE: LazyLock<Regex> = LazyLock::new(|| phrases("list_include"));
/// Anchored at the sentence's start: only there does a list go on, and an unanchored search
/// would try every position of every sentence.
pub(crate) static LIST_CONTINUES: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(&format!("^{}", pattern("list_continues")))
        .expect("lexicon/triggers.txt compiles (checked by a test)")
});
/// Several counterparts met in one series: "a series of talks", "his Arab counterparts".
pub(crate) static SERIES_OBJECT: LazyLock<Regex> = LazyLock::new(|| phrases("series_object"));
/// "then met", "His first meeting was with": the next encounter of a day told before.
pub(crate) static SEQUENCE: LazyLock<Regex> = LazyLock::new(|| phrases("sequence"));
/// "In the meeting with A, ...": a meeting of the text's subject with A.
pub(crate) static OPENING_MEETING_WITH: LazyLock<Regex> =
    LazyLock::new(|| phrases("opening_meeting_with"));
/// The posts of the guests of a group reception: "Ambassador of Cuba", "High Commissioner".
pub(crate) static ENVOY_TITLE: LazyLock<Regex> = LazyLock::new(|| phrases("envoy_title"));
/// Envoys named by their plural, the object of a reception: a group.
pub(crate) static PLURAL_ENVOYS: LazyLock<Regex> = LazyLock::new(|| phrases("plural_envoys"));
/// A list's item on a line of its own ("- Mr. A, Ambassador of X;"), after "They are:".
pub(crate) static LIST_ITEM: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"^\s*[-•*–]\s").expect("static regex"));
/// An organization's seat, after its name ("the ICESCO Headquarters", "the Bank Group
/// headquarters") or before it ("the headquarters of the Bank").
pub(crate) static SEAT: LazyLock<Regex> = LazyLock::new(|| phrases("headquarters"));
pub(crate) static SEAT_AFTER: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(&format!(
        r"^(?:['’]s)?\s+(?:\p{{Lu}}\w*\s+)?{}",
        pattern("headquarters")
    ))
    .expect("lexicon/triggers.txt compiles (checked by a test)")
});
pub(crate) static SEAT_BEFORE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(&format!(r"{}\s+of\s+(?:the\s+)?$", pattern("headquarters")))
        .expect("lexicon/triggers.txt compiles (checked by a test)")
});
pub(crate) static CREDENCE: LazyLock<Regex> = LazyLock::new(|| phrases("credence"));
/// "received letters of credence from X": a reception, though a letter is named.
pub(crate) static RECEIVED_CREDENTIALS: LazyLock<Regex> =
    LazyLock::new(|| phrases("received_credentials"));
/// "welcomed X's visit", "welcomed the visit and said": what X did was welcomed, not X (but
/// "welcomed the visit by X", "the visit of X": X).
pub(crate) static POSSESSED_NOT_GUEST: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(&format!(
        r"^\s*(?:(?:the\s+)?(?:\p{{Lu}}[\p{{L}}.-]*\s+){{0,5}}\p{{Lu}}[\p{{L}}-]*['’]s?\s+(?:\w+\s+)?{}|(?:the|this|his|her|their)\s+(?:\w+\s+)?visit(?:\s+and\b|\s*[,.;]|\s*$))",
        pattern("possessed_not_guest")
    ))
    .expect("lexicon/triggers.txt compiles (checked by a test)")
});
/// "A spoke on the phone with B": a call told beside what else the sentence tells.
pub(crate) static SPOKE_ON_THE_PHONE: LazyLock<Regex> =
    LazyLock::new(|| phrases("spoke_on_the_phone"));
/// Verbs that report talk only: after a call, they tell of the call.
pub(crate) static TALK_ONLY: LazyLock<Regex> = LazyLock::new(|| phrases("talk_only"));

/// The clause around characters `start..end` of a sentence: from the comma or semicolon
/// before it to the one after it.
pub(crate) fn clause_around(sentence: &str, byte_start: usize, byte_end: usize) -> &str {
    let from = clause_start(sentence, byte_start);
    let to = sentence[byte_end..]
        .find([',', ';'])
        .map_or(sentence.len(), |i| byte_end + i);
    &sentence[from..to]
}
/// The clause of a trigger up to its end: the words that govern it ("invited X to visit",
/// "congratulated X on his visit"). What the subject did after the encounter ("met X and
/// congratulated him") does not undo it.
fn clause_before(sentence: &str, byte_start: usize, byte_end: usize) -> &str {
    &sentence[clause_start(sentence, byte_start)..byte_end]
}

/// Where the clause around a byte begins: after the last comma or semicolon before it.
fn clause_start(sentence: &str, byte: usize) -> usize {
    sentence[..byte].rfind([',', ';']).map_or(0, |i| i + 1)
}
/// Words that open a clause looking back from an encounter ("since taking office in
/// January"): a date after them is not the encounter's.
pub(crate) static LOOKING_BACK: LazyLock<Regex> = LazyLock::new(|| phrases("looking_back"));
pub(crate) static FUTURE: LazyLock<Regex> = LazyLock::new(|| phrases("future"));
pub(crate) static ANAPHOR: LazyLock<Regex> = LazyLock::new(|| phrases("anaphor"));
pub(crate) static SAYS_WHERE: LazyLock<Regex> = LazyLock::new(|| phrases("says_where"));
pub(crate) static PURPOSE: LazyLock<Regex> = LazyLock::new(|| phrases("purpose"));
pub(crate) static PRESENT_PERFECT: LazyLock<Regex> = LazyLock::new(|| phrases("present_perfect"));
pub(crate) static UNDER_WAY: LazyLock<Regex> = LazyLock::new(|| phrases("under_way"));
pub(crate) static DISTINCT: LazyLock<Regex> = LazyLock::new(|| phrases("distinct"));
pub(crate) static HAPPENED: LazyLock<Regex> = LazyLock::new(|| phrases("happened"));
/// "X attended the Summit": the people before these verbs attended the event after them.
pub(crate) static ATTEND: LazyLock<Regex> = LazyLock::new(|| phrases("attend"));
pub(crate) static EVENT_HEAD: LazyLock<Regex> = LazyLock::new(|| phrases("event_head"));
/// Words right after a named event that make it one still to come (at the start of what follows
/// the event's name).
pub(crate) static EVENT_TO_COME: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(&format!("^{}", pattern("event_to_come")))
        .expect("lexicon/triggers.txt compiles (checked by a test)")
});
pub(crate) static IN_PLACE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)(?-u:\b)(?:in|at|to|visited|visiting|visits)\s+(?:the\s+)?$")
        .expect("static regex")
});
/// "at Merdeka Palace, Jakarta": a city after a site's name and a comma.
pub(crate) static AT_SITE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"(?-u:\b)(?:[Ii]n\s+(?:the\s+)?|[Aa]t\s+(?:the\s+(?:(?:presidential|royal|official|national|federal|imperial|historic)\s+)?)?)(?:\p{Lu}[\p{L}'’.-]*\s+){0,4}\p{Lu}[\p{L}'’.-]*,\s*$",
    )
    .expect("static regex")
});
/// "discussed the situation in Afghanistan", "peace in the region": a place that is a topic
/// of the talks, not where they were held; so are the places listed after it ("conditions in
/// Yemen, Syria and Iraq").
const TOPICS: &str = r"(?i:situations?|conditions|developments?|crisis|conflicts?|war|peace|security|stability|elections?|events|investments?|operations|refugees|people|communit(?:y|ies)|diaspora|presence|interests?)";
pub(crate) static TOPIC_IN: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(&format!(
        r"(?-u:\b){TOPICS}\s+(?i:in|of|on)\s+(?i:the\s+)?$"
    ))
    .expect("static regex")
});
/// The same, with the places of a list before (the places' words after the topic's in
/// `list`): "conditions in Yemen, Syria, " before "Libya".
pub(crate) static TOPIC_LIST_IN: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(&format!(
        r"(?-u:\b){TOPICS}\s+(?i:in|of|on)\s+(?i:the\s+)?(?P<list>(?:(?:\p{{Lu}}[\p{{L}}'’.-]*\s+)*\p{{Lu}}[\p{{L}}'’.-]*,?\s+(?:and\s+|or\s+)?)+)$"
    ))
    .expect("static regex")
});
/// After a place: the list it is in goes on to its last item ("Syria, Libya and Iraq", "Myanmar
/// and other challenges").
pub(crate) static TOPIC_LIST_GOES_ON: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^(?:,\s*\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*)*)*,?\s+(?:and|or)\s")
        .expect("static regex")
});
/// "took place at the Building of the Foreign Affairs Ministry in Jakarta", "met at the
/// Embassy in Oslo": a body's seat where the encounter was, so its place is where.
pub(crate) static AT_A_BODY_IN: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)(?-u:\b)(?:at|in)\s+(?:the\s+)?(?:[\p{L}'’.-]+\s+){0,6}(?:embassy|consulate|ministry|office|mission)\s+(?:in|at)\s+(?:the\s+)?$")
        .expect("static regex")
});
/// "the U.S. Embassy in Baku", "Ambassador to Kenya": a place that names where a body or a
/// post is, not where anything happened.
pub(crate) static BODY_IN: LazyLock<Regex> = LazyLock::new(|| {
    // "in his office in Jeddah" is where it happened; "the United Nations Office in Nairobi" is
    // a body's name.
    // "Ambassador of the State of Qatar to Kenya": the post's country between.
    Regex::new(r"(?:(?i:(?-u:\b)(?:embassy|consulate|mission|ministry|representation|branch|bureau|ambassador|envoy|consul|representative|commissioner))(?:\s+of(?:\s+the)?(?:\s+\p{Lu}[\p{L}.'’-]*(?:\s+of)?){1,4})?|(?-u:\b)Office)\s+(?i:in|at|to)\s+(?i:the\s+)?$")
        .expect("static regex")
});
pub(crate) static EVENT_WORDS: &[&str] =
    &["of", "on", "for", "the", "and", "in", "-", "–", "between"];

/// Words that open a new clause: people named after them are not the encounter's.
pub(crate) static CLAUSE_BREAK: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(&format!("{}|;", pattern("clause_break")))
        .expect("lexicon/triggers.txt compiles (checked by a test)")
});
/// People named after these words attended an encounter beside its parties.
pub(crate) static ATTENDED: LazyLock<Regex> = LazyLock::new(|| phrases("attended"));
/// "signed the documents and was scheduled to meet C": a clause of plans after the verb.
pub(crate) static PLANS_CLAUSE: LazyLock<Regex> = LazyLock::new(|| phrases("plans_clause"));
/// A verb of telling that may end a sentence after its speaker ("..., C said.").
pub(crate) static SPEECH_TAIL: LazyLock<Regex> = LazyLock::new(|| phrases("speech_tail"));
/// A welcome on arrival ("upon his arrival at the airport"): a reception apart from talks.
pub(crate) static ARRIVAL: LazyLock<Regex> = LazyLock::new(|| phrases("arrival"));
/// "B was accompanied by C": C joins the encounter of B's told before.
pub(crate) static COMPANIONS: LazyLock<Regex> = LazyLock::new(|| phrases("companions"));
/// "A and B represented their countries respectively", right after a signing of countries.
static SIGNATORIES: LazyLock<Regex> = LazyLock::new(|| phrases("signatories"));

/// "A and B represented their countries respectively" as the sentence's end (not "represented
/// their countries at the talks"): the signing told right before is theirs.
pub(crate) fn signatories(text: &str) -> Option<Trigger> {
    let at_the_end = |m: &regex::Match| {
        let rest = text[m.end()..].trim_start();
        let rest = rest.strip_prefix("respectively").unwrap_or(rest);
        rest.chars().all(|c| !c.is_alphanumeric())
    };
    SIGNATORIES.find(text).filter(at_the_end).map(|m| Trigger {
        kind: MeetingKind::Signing,
        start: char_index(text, m.start()),
        end: char_index(text, m.end()),
        passive: false,
        participle: false,
    })
}

/// A verb or phrase that reports an encounter, and where it is in the sentence (characters).
#[derive(Debug, Clone, Copy)]
pub(crate) struct Trigger {
    pub(crate) kind: MeetingKind,
    pub(crate) start: usize,
    pub(crate) end: usize,
    pub(crate) passive: bool,
    /// "upon hosting X": the host is the sentence's subject, not whoever is named before.
    pub(crate) participle: bool,
}

pub(crate) fn char_index(text: &str, byte: usize) -> usize {
    text[..byte].chars().count()
}

/// The byte offset of character `at` of `text` (its length past the end): `char_index`'s
/// inverse.
pub(crate) fn byte_index(text: &str, at: usize) -> usize {
    text.char_indices().nth(at).map_or(text.len(), |(b, _)| b)
}

/// True when a future or negating word comes within a few words before the trigger.
pub(crate) fn negated_before(sentence: &str, byte_start: usize) -> bool {
    let before = &sentence[..byte_start];
    let tail: Vec<&str> = before.split_whitespace().rev().take(5).collect();
    // "no talks between A and B": the word right before the trigger denies it; "the
    // upcoming visit of X" makes it a plan.
    if tail
        .first()
        .is_some_and(|w| w.eq_ignore_ascii_case("no") || PLANNED_ADJECTIVE.is_match(w))
    {
        return true;
    }
    let window: String = tail.into_iter().rev().collect::<Vec<_>>().join(" ");
    // "A and B agreed to strengthen ties during a bilateral talk": the meeting in which they
    // agreed was held; only what they agreed to do is to come.
    let during_it = ["during ", "at ", "in "].iter().any(|p| {
        sentence
            .get(byte_start..byte_start + p.len())
            .is_some_and(|w| w.eq_ignore_ascii_case(p))
    });
    if FUTURE
        .find_iter(&window)
        .any(|f| !(during_it && f.as_str().eq_ignore_ascii_case("agreed to")))
    {
        return true;
    }
    // "X will call on Y and hold a meeting with Z": the whole clause is planned.
    let clause = before
        .rfind([',', ';', ':'])
        .map_or(before, |i| &before[i + 1..]);
    // "... chaired the talks ahead of the arrival of C for his state visit": from "ahead of"
    // on, what is still to come.
    // (ASCII lower case keeps every byte where it was.)
    // Not past an "and" that opens the clause's next verb ("... ahead of the arrival of C and
    // held talks with D").
    let clause = match clause.to_ascii_lowercase().rfind("ahead of ") {
        Some(i) => {
            let to_come = &clause[i..];
            to_come.rfind(" and ").map_or(to_come, |k| &to_come[k..])
        }
        None => clause,
    };
    clause.split_whitespace().count() <= 16 && PLANNED.is_match(clause)
}

/// Words that make a clause a plan, wherever they stand in it.
pub(crate) static PLANNED: LazyLock<Regex> = LazyLock::new(|| phrases("planned"));
static PLANNED_AFTER: LazyLock<Regex> = LazyLock::new(|| phrases("planned_after"));
static PLANNED_ADJECTIVE: LazyLock<Regex> = LazyLock::new(|| phrases("planned_adjective"));

/// "A meeting between A and B is planned for October 2": a meeting named by a noun, and
/// words of a plan after it in its clause.
fn planned_after(sentence: &str, m: &regex::Match) -> bool {
    let words = m.as_str().to_lowercase();
    let named_by_a_noun = [
        "a ", "an ", "the ", "meeting", "talks", "visit", "'s ", "’s ",
    ]
    .iter()
    .any(|w| words.starts_with(w))
        || words.contains(" meeting");
    let rest = &sentence[m.end()..];
    let clause = rest.find([';', '.']).map_or(rest, |i| &rest[..i]);
    // "In addition to meeting B, A signed ... and was scheduled to meet C": the plans of a
    // clause of the subject's own (a verb of theirs after the last comma), not the meeting's
    // ("A meeting between A and B has been agreed and is expected to take place").
    let clause = match PLANS_CLAUSE.find(clause) {
        Some(p)
            if clause[..p.start()]
                .rsplit_once(',')
                .is_some_and(|(_, tail)| subjects_own_verb(tail)) =>
        {
            &clause[..p.start()]
        }
        _ => clause,
    };
    // "The prime minister's visit to Iran will further close the relationship": the visit
    // is the subject of a verb in the future.
    // (Not "During his visit to Georgia A will also meet B": a visit under way.)
    let subject = ["'s ", "’s ", "the "].iter().any(|w| words.starts_with(w));
    let visit_will = subject && words.contains("visit") && VISIT_WILL.is_match(rest);
    (named_by_a_noun && PLANNED_AFTER.is_match(clause)) || visit_will
}

/// What follows "visit" in "X's visit to Iran will ...": where to, then "will".
static VISIT_WILL: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^\s+(?:to\s+)?(?:the\s+)?(?:\p{Lu}[\p{L}'’.-]*\s+){0,4}will\s")
        .expect("static regex")
});

/// Whether words after a comma hold a verb of their own in the past, after a name ("Hun Manet
/// presided over the signing"): a word of five letters or more ending in "ed", not the first.
fn subjects_own_verb(words: &str) -> bool {
    words.split_whitespace().skip(1).any(|w| {
        w.len() >= 5 && w.ends_with("ed") && w.chars().next().is_some_and(char::is_lowercase)
    })
}

/// Verbs of speech: who "said" an encounter happened reported it and took no part in it.
pub(crate) static SPEECH: LazyLock<Regex> = LazyLock::new(|| phrases("speech"));

/// "received a letter / an award / a call" is not a reception: the object, up to four words
/// after the verb, ending before a name ("welcomed Zelensky, pledging support": a guest) or
/// at a comma.
fn received_no_guest(sentence: &str, byte_end: usize) -> bool {
    let mut object: Vec<&str> = Vec::new();
    // (Eight words to see credentials: "received copies of the letters of credence of".)
    for w in sentence[byte_end..].split_whitespace().take(8) {
        let possessive = w.ends_with("'s") || w.ends_with("’s");
        if w.chars().next().is_some_and(char::is_uppercase) && !possessive {
            break;
        }
        object.push(w.trim_end_matches([',', ';', '.']));
        if w.ends_with([',', ';', '.']) {
            break;
        }
    }
    let after = object[..object.len().min(4)].join(" ");
    RECEIVED_NO_GUEST.is_match(&after) && !RECEIVED_CREDENTIALS.is_match(&object.join(" "))
}

/// "Minister X visits Kenya" reports a visit; "an exchange of visits", "the hosts" do not:
/// a present-tense verb of [named_subject] needs a capitalised word (a name, a title) before it.
fn without_named_subject(sentence: &str, m: &regex::Match) -> bool {
    if NAMED_SUBJECT
        .find(m.as_str())
        .is_none_or(|n| n.start() != 0)
    {
        return false;
    }
    let previous = sentence[..m.start()]
        .split_whitespace()
        .next_back()
        .map(|w| w.trim_matches(|c: char| !c.is_alphanumeric()))
        .unwrap_or_default();
    let lower = previous.to_lowercase();
    // "He visits Mombasa every year", "Since January visits by ...": no name.
    let pronoun_or_date = matches!(
        lower.as_str(),
        "he" | "she" | "it" | "they" | "we" | "i" | "this" | "that"
    ) || super::dates::is_calendar_word(&lower);
    // "X calls on Y to resign": an appeal, not a call paid.
    let appeal = m.as_str().to_lowercase().starts_with("calls on")
        && clause_around(sentence, m.start(), m.end())
            .split_whitespace()
            .any(|w| w == "to");
    pronoun_or_date || appeal || !previous.chars().next().is_some_and(char::is_uppercase)
}

static NAMED_SUBJECT: LazyLock<Regex> = LazyLock::new(|| phrases("named_subject"));

/// "A was on Saturday welcomed to X", "A was greeted with a powhiri": a reception verb in the
/// passive without "by" ([passive_reception] reads those with it) names no host; its guest is
/// the subject, not the one who received.
fn passive_without_host(sentence: &str, verb_at: usize) -> bool {
    // ("was received today by B": the host named after all.)
    if sentence[verb_at..].contains(" by ") {
        return false;
    }
    let mut words = sentence[..verb_at].split_whitespace().rev();
    for _ in 0..4 {
        let Some(w) = words.next() else {
            return false;
        };
        let w = w.to_lowercase();
        if matches!(
            w.as_str(),
            "was" | "were" | "is" | "are" | "been" | "being" | "be"
        ) {
            return true;
        }
        // Only words of manner or time between: "was warmly welcomed", "was on Saturday
        // welcomed".
        let between = w.ends_with("ly")
            || matches!(
                w.as_str(),
                "also" | "then" | "later" | "on" | "today" | "yesterday"
            )
            || super::dates::is_weekday(&w);
        if !between {
            return false;
        }
    }
    false
}

/// "A receives B" (as a caption or headline tells what happened): a present tense tells one
/// reception when someone named follows the verb ("receives Ambassador B", "hosts the
/// President of X"), and the sentence neither tells a plan or a habit ("next Friday", "every
/// summer") nor puts the verb in a relative clause ("who hosts a weekly show"). Other forms
/// pass.
fn present_tells_one(sentence: &str, m: &regex::Match) -> bool {
    if !matches!(m.as_str(), "receives" | "hosts" | "welcomes") {
        return true;
    }
    let after = sentence[m.end()..].trim_start();
    let after = after.strip_prefix("the ").unwrap_or(after);
    let named_after = after.starts_with(char::is_uppercase)
        || (m.as_str() == "hosts" && MEAL_IN_HONOUR.is_match(after));
    let before = sentence[..m.start()]
        .split_whitespace()
        .next_back()
        .unwrap_or_default()
        .trim_end_matches(',')
        .to_lowercase();
    named_after
        && !matches!(before.as_str(), "who" | "which" | "that")
        && !PLAN_OR_HABIT.is_match(sentence)
}

/// "hosts an official luncheon on Monday in honour of Thailand's Prime Minister", "in
/// honour of visiting Rwandan President A": a meal given in someone's honour (not "a dinner
/// for ASEAN ministers", "a fundraising dinner for Governor A": whom it is for is no guest).
static MEAL_IN_HONOUR: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"^(?:an? )?(?:[\w-]+ ){0,2}(?:luncheon|lunch|dinner|banquet|breakfast|reception)(?: [\w(),.]+){0,8}? in hono(?:u)?r of (?:the )?(?:visiting )?\p{Lu}",
    )
    .expect("static regex")
});

/// Words that make a present tense a plan or a habit.
static PLAN_OR_HABIT: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"(?i)(?-u:\b)(?:next|tomorrow|every|each|weekly|monthly|annually|yearly|usually|often|regularly|this coming|later this|will|would)(?-u:\b)",
    )
    .expect("static regex")
});

/// Words of a death: a farewell in their sentence is a mourner's.
static MOURNING: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"(?i)(?-u:\b)(?:funeral|died|death|passed away|mourn\w*|burial|memorial|the late)(?-u:\b)",
    )
    .expect("static regex")
});

pub(crate) fn triggers(sentence: &str) -> Vec<Trigger> {
    triggers_in(sentence, &Hits::of(sentence))
}

/// `triggers`, for a sentence whose sections are read already.
pub(crate) fn triggers_in(sentence: &str, hits: &Hits) -> Vec<Trigger> {
    let mut out = Vec::new();
    if !hits.any_encounter() {
        return out;
    }
    // A section's matches, if the sentence has any.
    let found = |section: Section, re: &'static Regex| {
        hits.has(section)
            .then(|| re.find_iter(sentence))
            .into_iter()
            .flatten()
    };
    let mut push = |kind, m: regex::Match, passive, participle| {
        if without_named_subject(sentence, &m)
            || negated_before(sentence, m.start())
            || FUTURE.is_match(m.as_str())
            || PLANNED_ADJECTIVE.is_match(m.as_str())
            || planned_after(sentence, &m)
            || NOT_IN_CLAUSE.is_match(
                &BY_INVITATION.replace_all(clause_before(sentence, m.start(), m.end()), ""),
            )
        {
            return;
        }
        out.push(Trigger {
            kind,
            start: char_index(sentence, m.start()),
            end: char_index(sentence, m.end()),
            passive,
            participle,
        });
    };
    for m in found(Section::PassiveReception, &PASSIVE_RECEPTION) {
        push(MeetingKind::Reception, m, true, false);
    }
    for m in found(
        Section::PassiveReceptionParticiple,
        &PASSIVE_RECEPTION_PARTICIPLE,
    ) {
        push(MeetingKind::Reception, m, true, true);
    }
    // "The ambassador presented his credentials to the President": the one named after
    // received the one named before, as in the passive.
    for m in found(Section::Credentials, &CREDENTIALS) {
        push(MeetingKind::Reception, m, true, false);
    }
    for m in found(Section::ReceptionParticiple, &RECEPTION_PARTICIPLE) {
        if received_no_guest(sentence, m.end()) {
            continue;
        }
        push(MeetingKind::Reception, m, false, true);
    }
    for m in found(Section::Reception, &RECEPTION) {
        if received_no_guest(sentence, m.end()) {
            continue;
        }
        // "welcomed that the two countries agreed": a thing welcomed, no guest.
        if POSSESSED_NOT_GUEST.is_match(&sentence[m.end()..])
            || sentence[m.end()..].trim_start().starts_with("that ")
        {
            continue;
        }
        if !present_tells_one(sentence, &m) || passive_without_host(sentence, m.start()) {
            continue;
        }
        push(MeetingKind::Reception, m, false, false);
    }
    for m in found(Section::Meeting, &MEETING) {
        // "his talks, Tuesday in Rabat, with B": only someone's own talks (not "missed the
        // talks, held Tuesday, with B").
        let possessed = || {
            sentence[..m.start()]
                .split_whitespace()
                .next_back()
                .is_some_and(|w| matches!(w, "his" | "her" | "their" | "His" | "Her" | "Their"))
        };
        if m.as_str().starts_with("talks,") && !possessed() {
            continue;
        }
        // "bid farewell to former Prime Minister B, who died last week": a mourner's farewell.
        if m.as_str().to_lowercase().contains("farewell") && MOURNING.is_match(sentence) {
            continue;
        }
        push(MeetingKind::Meeting, m, false, false);
    }
    for m in found(Section::Visit, &VISIT) {
        push(MeetingKind::Visit, m, false, false);
    }
    if hits.has(Section::SignedDocument) {
        for m in SIGNING.find_iter(sentence) {
            push(MeetingKind::Signing, m, false, false);
        }
    }
    // "A was met at the airport by B": the verb inside a passive reception is that reception.
    let passives: Vec<(usize, usize)> = out
        .iter()
        .filter(|t| t.passive && t.kind == MeetingKind::Reception)
        .map(|t| (t.start, t.end))
        .collect();
    out.retain(|t| t.passive || !passives.iter().any(|&(s, e)| s <= t.start && t.end <= e));
    out.sort_by_key(|t| t.start);
    out
}

#[cfg(test)]
mod tests {
    use super::super::trigger_phrases::SECTIONS;
    use super::*;

    #[test]
    fn every_section_of_the_trigger_lexicon_compiles_and_the_code_finds_its_own() {
        let all: Vec<&str> = SECTIONS.iter().map(|(n, _, _)| *n).collect();
        for (name, _, phrases) in SECTIONS.iter() {
            assert!(!phrases.is_empty(), "[{name}] has no phrases");
            assert_eq!(
                all.iter().filter(|n| *n == name).count(),
                1,
                "[{name}] twice"
            );
            Regex::new(&pattern(name)).unwrap_or_else(|e| panic!("[{name}]: {e}"));
        }
        for re in [
            &RECEPTION,
            &RECEPTION_PARTICIPLE,
            &PASSIVE_RECEPTION,
            &PASSIVE_RECEPTION_PARTICIPLE,
            &RECEIVED_NO_GUEST,
            &MEETING,
            &VISIT,
            &SIGNING,
            &SIGNED_DOCUMENT,
            &NOT_HAPPENED,
            &NOT_IN_CLAUSE,
            &BY_INVITATION,
            &CREDENTIALS,
            &CREDENCE,
            &SEAT,
            &SEAT_AFTER,
            &SEAT_BEFORE,
            &LIST_INCLUDE,
            &LIST_CONTINUES,
            &ENVOY_TITLE,
            &PLURAL_ENVOYS,
            &RECEIVED_CREDENTIALS,
            &POSSESSED_NOT_GUEST,
            &TALK_ONLY,
            &FUTURE,
            &LOOKING_BACK,
            &ANAPHOR,
            &SAYS_WHERE,
            &PRESENT_PERFECT,
            &UNDER_WAY,
            &DISTINCT,
            &HAPPENED,
            &ATTEND,
            &EVENT_HEAD,
            &EVENT_TO_COME,
            &ATTENDED,
            &PLANNED,
            &PLANNED_ADJECTIVE,
            &SPEECH,
            &CLAUSE_BREAK,
            &ARRIVAL,
            &PLANS_CLAUSE,
            &NAMED_SUBJECT,
        ] {
            LazyLock::force(re);
        }
    }

    #[test]
    fn a_gap_of_words_in_a_phrase_takes_accented_latin_letters() {
        assert!(MEETING.is_match("Talks were held in Málaga between the two envoys"));
        assert!(MEETING.is_match("talks took place in Göteborg on Monday between them"));
        assert!(VISIT.is_match("arrived in Bogotá for a three-day visit"));
        // A phrase is still a whole word: not inside another word.
        assert!(!MEETING.is_match("the summit was unmetered"));
    }

    #[test]
    fn sections_match_whole_words_and_keep_their_case_rule() {
        assert!(MEETING.is_match("The two ministers MET WITH the envoy"));
        assert!(!MEETING.is_match("the summit was unmetered"));
        assert!(RECEPTION.is_match("the President received the envoy"));
        assert!(
            !RECEPTION.is_match("RECEIVED"),
            "[reception] is case-sensitive"
        );
        assert!(RECEIVED_NO_GUEST.is_match("a phone call from"));
        assert!(RECEIVED_CREDENTIALS.is_match("letters of credence on"));
        assert!(POSSESSED_NOT_GUEST.is_match(" Lindqvist's visit and said"));
        assert!(POSSESSED_NOT_GUEST.is_match(" the Minister’s recent decision"));
        assert!(!POSSESSED_NOT_GUEST.is_match(" Norway's Ambassador Ola Nordmann"));
        assert!(POSSESSED_NOT_GUEST.is_match(" the visit and expressed"));
        assert!(POSSESSED_NOT_GUEST.is_match(" his recent visit."));
        assert!(!POSSESSED_NOT_GUEST.is_match(" the official visit by President B"));
        assert!(!POSSESSED_NOT_GUEST.is_match(" the election observation mission"));
        assert!(!POSSESSED_NOT_GUEST.is_match(" the visiting minister"));
        assert!(!POSSESSED_NOT_GUEST.is_match(" the delegation"));
        assert!(!RECEIVED_NO_GUEST.is_match("the visiting delegation of"));
        assert!(CLAUSE_BREAK.is_match("first; then"));
    }
}
