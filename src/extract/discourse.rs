//! Coreference beyond titles: who "he", "she", "his meeting", "they", "the two sides", "the
//! delegation", "the Unicef team", "the guest" or "the visiting minister" are, from what the
//! article said before them (the most recent compatible antecedent). Pure: the state is what
//! earlier sentences named and the encounters found so far.

use std::sync::LazyLock;

use regex::Regex;

use super::events::{dates_compatible, Encounter, Named};
use super::lexicon::FRONTED;
use super::names::{EntityKind, EntityRef, Mention};
use super::sentences::Sentence;
use super::speech::speech_before;
use super::triggers::{char_index, phrases, CLAUSE_BREAK, LIST_CONTINUES, OPENING_MEETING_WITH};
use crate::model::date::PartialDate;
use crate::model::{MeetingKind, Role};

/// What a reference back to people refers to.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Referent {
    /// "he", "she", "his meeting": the one person the text was about.
    One,
    /// "they", "the two sides", "both ministers": the parties of the last encounter.
    Sides,
    /// "the minister and the ambassador" opening a sentence: the first two parties of the
    /// last encounter.
    Pair,
    /// "the delegation", "the Unicef team": the visiting party as the article named it.
    Delegation,
    /// "the guest", "the visiting minister": the last encounter's visitor.
    Guest,
    /// "The message" (was delivered by B): the one who received it, as told before.
    Recipient,
}

/// A reference back in a sentence: what it refers to and where it is (sentence characters).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct Anaphor {
    pub(crate) referent: Referent,
    pub(crate) at: usize,
    pub(crate) end: usize,
}

static REFERS_TO_ONE: LazyLock<Regex> = LazyLock::new(|| phrases("refers_to_one"));
static REFERS_TO_SIDES: LazyLock<Regex> = LazyLock::new(|| phrases("refers_to_sides"));
static REFERS_TO_PAIR: LazyLock<Regex> = LazyLock::new(|| phrases("refers_to_pair"));
static REFERS_TO_DELEGATION: LazyLock<Regex> = LazyLock::new(|| phrases("refers_to_delegation"));
static REFERS_TO_GUEST: LazyLock<Regex> = LazyLock::new(|| phrases("refers_to_guest"));
static REFERS_TO_RECIPIENT: LazyLock<Regex> = LazyLock::new(|| phrases("refers_to_recipient"));
/// "A received a special message from P".
pub(crate) static RECEIVED_MESSAGE: LazyLock<Regex> = LazyLock::new(|| phrases("received_message"));
static DELEGATION_MEMBERS: LazyLock<Regex> = LazyLock::new(|| phrases("delegation_members"));
/// A noun for a person ("the German ambassador", "the new UN envoy"): someone a pronoun after
/// it may be.
static PERSON_NOUN: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)(?-u:\b)(?:ambassador|envoy|minister|president|secretary|delegation|official|diplomat|chairman|chairperson|director|governor|mayor|king|queen|prince|leader|representative|commissioner|speaker|chief|head|premier|chancellor|emir|sheikh|counterpart|guest|visitor)s?(?-u:\b)")
        .expect("static regex")
});
static DELEGATION_WORD: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)(?-u:\b)(?:delegation|team|mission)(?-u:\b)").expect("static regex")
});

/// The references back a sentence makes, in order; where two overlap the first and longest
/// wins ("the visiting delegation" is the guest, not a delegation).
pub(crate) fn anaphors(text: &str) -> Vec<Anaphor> {
    let mut out: Vec<Anaphor> = Vec::new();
    for (re, referent) in [
        (&*REFERS_TO_GUEST, Referent::Guest),
        (&*REFERS_TO_RECIPIENT, Referent::Recipient),
        (&*REFERS_TO_SIDES, Referent::Sides),
        (&*REFERS_TO_PAIR, Referent::Pair),
        (&*REFERS_TO_DELEGATION, Referent::Delegation),
        (&*REFERS_TO_ONE, Referent::One),
    ] {
        for m in re.find_iter(text) {
            let (mut at, end) = (char_index(text, m.start()), char_index(text, m.end()));
            // "During a long meeting the presidents agreed": the reference is the words after
            // the meeting's, which may be the trigger itself.
            let words = m.as_str();
            let fronted = ["during ", "at ", "after ", "in "].iter().any(|p| {
                words
                    .get(..p.len())
                    .is_some_and(|w| w.eq_ignore_ascii_case(p))
            });
            if referent == Referent::Sides && fronted {
                if let Some(the) = words.rfind(" the ") {
                    at = char_index(text, m.start() + the + 1);
                }
            }
            if out.iter().any(|a| a.at < end && at < a.end) {
                continue;
            }
            // "they" written with a capital inside a sentence is no pronoun (a name).
            if m.as_str() == "They" && m.start() > 0 {
                continue;
            }
            out.push(Anaphor { referent, at, end });
        }
    }
    out.sort_by_key(|a| a.at);
    out
}

/// A sentence's people once its references back are resolved.
#[derive(Debug, Clone)]
pub(crate) struct Completed {
    pub(crate) named: Vec<Named>,
    /// Someone the sentence does not name itself is among them.
    pub(crate) by_reference: bool,
    /// The parties of an earlier encounter "the two sides" (or "they") referred to.
    pub(crate) sides: Vec<i64>,
}

/// What earlier sentences said that references back need.
#[derive(Debug, Clone, Default)]
pub(crate) struct Discourse {
    /// The first person named in the latest sentence that named one: who "he" is.
    pub(crate) subject: Option<i64>,
    /// The people of the latest delegation the article described ("led by X and comprising Y").
    pub(crate) delegation: Vec<i64>,
    /// The people of the latest plan of two or more ("X is expected to hold talks with Y"):
    /// who "the two ministers" are when no encounter of two was told before.
    pub(crate) planned: Vec<i64>,
    /// Who received the message the sentence before told of ("A received a message from P").
    pub(crate) recipient: Option<i64>,
}

/// The people of the last encounter with two or more of them, not a named event.
fn last_sides(found: &[Encounter]) -> Vec<i64> {
    found
        .iter()
        .rev()
        .find(|e| e.event.is_none() && e.kind != MeetingKind::Conference && e.people.len() >= 2)
        .map(|e| e.people.iter().map(|(p, _)| *p).collect())
        .unwrap_or_default()
}

/// The visitors of the last encounter that had one (a reception's guest, a visit's visitor).
fn last_guests(found: &[Encounter]) -> Vec<i64> {
    found
        .iter()
        .rev()
        .map(|e| {
            e.people
                .iter()
                .filter(|(_, r)| *r == Role::Visitor)
                .map(|(p, _)| *p)
                .collect::<Vec<i64>>()
        })
        .find(|v| !v.is_empty())
        .unwrap_or_default()
}

impl Discourse {
    /// The people a reference back at `a` refers to; `named` are the people the sentence
    /// names itself.
    fn resolve(&self, a: &Anaphor, text: &str, named: &[Named], found: &[Encounter]) -> Vec<i64> {
        let people_before: Vec<i64> = named
            .iter()
            .filter(|n| n.entity.kind == EntityKind::Person && n.at < a.at)
            .map(|n| n.entity.id)
            .collect();
        match a.referent {
            Referent::One => {
                let possessive = !matches!(
                    text.chars().skip(a.at).take(3).collect::<String>().as_str(),
                    "he " | "He " | "she" | "She"
                );
                // "During his meeting with X, Minister Y said": "his" is Y's, named after it.
                if possessive && people_before.is_empty() && FRONTED.is_match(text) {
                    let comma = text
                        .char_indices()
                        .find(|&(_, c)| c == ',')
                        .map(|(b, _)| char_index(text, b));
                    if let Some(c) = comma.filter(|&c| c > a.at) {
                        let after_comma = named
                            .iter()
                            .filter(|n| n.entity.kind == EntityKind::Person)
                            .find(|n| n.at > c);
                        if after_comma.is_some() {
                            return Vec::new();
                        }
                    }
                }
                // "received X, where he congratulated him": a pronoun opening a clause of
                // its own after the encounter tells of something else.
                let previous_word = text
                    .chars()
                    .take(a.at)
                    .collect::<String>()
                    .split_whitespace()
                    .last()
                    .map(|w| {
                        w.trim_matches(|c: char| !c.is_alphanumeric())
                            .to_lowercase()
                    })
                    .unwrap_or_default();
                // Unless the clause before spoke of the same one by "his" and named no one
                // ("took place during his visit to X where he also met B"), not "a visit by
                // the ambassador to X, where he met B".
                let lead_in: String = text.chars().take(a.at).collect();
                let his_before = lead_in
                    .split_whitespace()
                    .any(|w| matches!(w, "his" | "her" | "His" | "Her"));
                let someone_before = !people_before.is_empty() || PERSON_NOUN.is_match(&lead_in);
                if !possessive
                    && CLAUSE_BREAK.is_match(&previous_word)
                    && (someone_before || !his_before)
                {
                    return Vec::new();
                }
                // "X said he met Y": the sentence's own subject first, else the text's.
                people_before
                    .first()
                    .copied()
                    .or(self.subject)
                    .into_iter()
                    .collect()
            }
            Referent::Sides => {
                if people_before.len() >= 2 {
                    people_before
                } else {
                    let sides = last_sides(found);
                    if sides.is_empty() {
                        self.planned.clone()
                    } else {
                        sides
                    }
                }
            }
            Referent::Pair => {
                let mut sides = last_sides(found);
                sides.truncate(2);
                sides
            }
            Referent::Delegation => {
                if self.delegation.is_empty() {
                    last_guests(found)
                } else {
                    self.delegation.clone()
                }
            }
            Referent::Recipient => self.recipient.into_iter().collect(),
            Referent::Guest => {
                let guests = last_guests(found);
                if guests.is_empty() {
                    self.delegation.clone()
                } else {
                    guests
                }
            }
        }
    }

    /// The sentence's people with its references back resolved, in order of position.
    /// Only references before `until` (the last trigger's start) count: one after every
    /// trigger stands in a clause of its own ("received X, where he congratulated him").
    pub(crate) fn complete(
        &self,
        text: &str,
        named: Vec<Named>,
        found: &[Encounter],
        until: usize,
    ) -> Completed {
        // Or a party of the trigger itself: "talks were held between the two leaders",
        // "met with the delegation".
        let party_of_trigger = |a: &Anaphor| {
            let before: String = text.chars().take(a.at).collect();
            // Or the subject right after a fronted one: "During a long meeting(,) the
            // presidents agreed ...".
            let after_a_meeting = a.referent == Referent::Sides
                && matches!(
                    before
                        .split_whitespace()
                        .last()
                        .map(|w| w.trim_end_matches(',')),
                    Some("meeting" | "talks" | "discussions")
                );
            after_a_meeting
                || matches!(
                    before.split_whitespace().last(),
                    Some("between" | "with" | "among")
                )
        };
        let refs: Vec<Anaphor> = anaphors(text)
            .into_iter()
            .filter(|a| a.at < until || party_of_trigger(a))
            .collect();
        if refs.is_empty() {
            return Completed {
                named,
                by_reference: false,
                sides: Vec::new(),
            };
        }
        let direct: Vec<i64> = named
            .iter()
            .filter(|n| n.entity.kind == EntityKind::Person)
            .map(|n| n.entity.id)
            .collect();
        // A title inside a reference ("the visiting Foreign Minister") is the reference's.
        let mut out: Vec<Named> = named
            .iter()
            .copied()
            .filter(|n| !refs.iter().any(|a| a.at <= n.at && n.at < a.end))
            .collect();
        let mut by_reference = false;
        let mut sides = Vec::new();
        // "During the meeting with A, the two sides discussed ...": the sides are A and the one
        // the text is about, not the sides of a meeting told before.
        let opening_with = (direct.len() == 1 && OPENING_MEETING_WITH.is_match(text))
            .then_some(self.subject)
            .flatten()
            .filter(|s| *s != direct[0]);
        for a in &refs {
            let ids = match opening_with {
                Some(s) if a.referent == Referent::Sides => vec![s],
                _ => self.resolve(a, text, &named, found),
            };
            if a.referent == Referent::Sides && ids.iter().any(|id| !direct.contains(id)) {
                sides = ids.clone();
            }
            // "He received ..." opening a sentence is the person the text is about, as sure
            // as a name; other references lower the confidence as a title does.
            let opening_pronoun = a.referent == Referent::One
                && a.at == 0
                && matches!(text.get(..3), Some("He " | "She"));
            for id in ids {
                by_reference |= !direct.contains(&id) && !opening_pronoun;
                out.push(Named {
                    entity: EntityRef {
                        kind: EntityKind::Person,
                        id,
                    },
                    at: a.at,
                });
            }
        }
        out.sort_by_key(|n| n.at);
        Completed {
            named: out,
            by_reference,
            sides,
        }
    }

    /// True when a sentence describes a delegation by its members ("a team led by X").
    pub(crate) fn describes_delegation(text: &str) -> bool {
        DELEGATION_MEMBERS.is_match(text) && DELEGATION_WORD.is_match(text)
    }

    /// What a sentence tells later ones: its first person is the one the text is about; the
    /// people named after "led by" or "comprising" in a sentence about a delegation are it.
    /// A sentence that tells no encounter but opens with a person ("President X returned to
    /// the capital."): the one "he" will be.
    pub(crate) fn learn_subject(&mut self, person: i64) {
        self.subject = Some(person);
    }

    /// Returns the delegation's members the sentence names (none when it names no delegation).
    /// `verbs`: where the sentence's encounters are told; the members are named before the
    /// first that follows "led by", "comprising" ("The delegation, comprising envoys of ten
    /// states, met with officials, including Governor B": B met it, B is none of it).
    pub(crate) fn learn(&mut self, text: &str, named: &[Named], verbs: &[usize]) -> Vec<i64> {
        if let Some(first) = named.iter().find(|n| n.entity.kind == EntityKind::Person) {
            self.subject = Some(first.entity.id);
        }
        let members = Self::members(text, named, verbs);
        if !members.is_empty() {
            self.delegation = members.clone();
        }
        members
    }

    /// The people a sentence about a delegation names after "led by", "comprising".
    fn members(text: &str, named: &[Named], verbs: &[usize]) -> Vec<i64> {
        if !DELEGATION_WORD.is_match(text) {
            return Vec::new();
        }
        let Some(m) = DELEGATION_MEMBERS.find(text) else {
            return Vec::new();
        };
        let from = char_index(text, m.start());
        let upto = verbs
            .iter()
            .copied()
            .filter(|v| *v > from)
            .min()
            .unwrap_or(usize::MAX);
        let mut members: Vec<i64> = Vec::new();
        for n in named
            .iter()
            .filter(|n| n.entity.kind == EntityKind::Person && (from..upto).contains(&n.at))
        {
            if !members.contains(&n.entity.id) {
                members.push(n.entity.id);
            }
        }
        members
    }
}

/// "B was accompanied by C and D": those named after the words (at `at`) join B's visit (they
/// came with B), else the latest encounter of B, the person named before them (or `he`, the
/// one "He" is).
pub(crate) fn join_companions(
    found: &mut [Encounter],
    named: &[Named],
    at: usize,
    he: Option<i64>,
) {
    let people = || named.iter().filter(|n| n.entity.kind == EntityKind::Person);
    let Some(b) = people().rfind(|n| n.at < at).map(|n| n.entity.id).or(he) else {
        return;
    };
    let of_b = |e: &Encounter| e.people.iter().any(|(p, _)| *p == b);
    let visit = found
        .iter()
        .rposition(|e| e.kind == MeetingKind::Visit && of_b(e));
    let Some(k) = visit.or_else(|| found.iter().rposition(of_b)) else {
        return;
    };
    let e = &mut found[k];
    for c in people().filter(|n| n.at > at) {
        if !e.people.iter().any(|(p, _)| *p == c.entity.id) {
            e.people.push((c.entity.id, Role::Participant));
        }
    }
}

/// "During the meeting, A, B and C were present": the people the sentence names join the
/// latest encounter of two people or more, and the sentence is its evidence.
///
/// The encounters told together with it (one sentence, one host, one kind: "received the
/// credentials of A, B and C") were one ceremony: the attendees were at each; and so were they
/// at the same meeting told before (the same people, the same kind).
pub(crate) fn join_attendees(found: &mut [Encounter], named: &[Named], sent: &Sentence) {
    let Some(last) = found.iter().rposition(|e| e.people.len() >= 2) else {
        return;
    };
    let (kind, host, told) = {
        let e = &found[last];
        (e.kind, e.people[0].0, e.evidence.first().copied())
    };
    let same_people = found[last].person_ids();
    let (date, place) = (found[last].date, found[last].place);
    for e in found.iter_mut() {
        let together = e.kind == kind
            && e.people.len() >= 2
            && e.people[0].0 == host
            && told.is_some()
            && e.evidence.first().copied() == told;
        // The same meeting told again ("A met B ... A and B also exchanged views"): one.
        // (Not the same people met on another day or somewhere else.)
        let told_again = e.kind == kind
            && e.person_ids() == same_people
            && (e.date.is_none() || date.is_none() || e.date == date)
            && (e.place.is_none() || place.is_none() || e.place == place);
        if together || told_again {
            join(e, named, sent);
        }
    }
}

/// The members a delegation consisted of join the last encounter of the article's day (or of
/// no day told), not one told as background ("A last visited in 2018, when he met B").
pub(crate) fn join_delegation(
    found: &mut [Encounter],
    named: &[Named],
    sent: &Sentence,
    article: Option<&PartialDate>,
) {
    let of_the_day = |e: &Encounter| {
        e.date.is_none() || article.is_none_or(|a| dates_compatible(&e.date, &Some(*a)))
    };
    let Some(e) = found
        .iter_mut()
        .rev()
        .find(|e| e.people.len() >= 2 && of_the_day(e))
    else {
        return;
    };
    join(e, named, sent);
}

fn join(e: &mut Encounter, named: &[Named], sent: &Sentence) {
    let mut joined = false;
    for n in named.iter().filter(|n| n.entity.kind == EntityKind::Person) {
        if !e.people.iter().any(|(p, _)| *p == n.entity.id) {
            e.people.push((n.entity.id, Role::Participant));
            joined = true;
        }
    }
    if joined && !e.evidence.contains(&(sent.start, sent.end)) {
        e.evidence.push((sent.start, sent.end));
    }
}

/// Whether a sentence opens with "with" ("Also, with the President of X, B."): see
/// `also_with`.
fn opens_with_with(text: &str) -> bool {
    let opening = text.trim_start();
    opening
        .strip_prefix("Also")
        .or_else(|| opening.strip_prefix("And"))
        .unwrap_or(opening)
        .trim_start_matches([',', ' '])
        .starts_with("with ")
}

/// Whether the last two encounters told are meetings of one subject with one person each, told
/// by one sentence ("met with her counterparts A of X, B of Y and C of Z"): a series that a
/// sentence like "The rest are D of W and E of V" goes on with.
fn in_series(found: &[Encounter]) -> bool {
    // (The event on whose margins they met is told after them.)
    let met: Vec<&Encounter> = found
        .iter()
        .rev()
        .filter(|e| e.kind != MeetingKind::Conference)
        .take(2)
        .collect();
    let [b, a] = met[..] else { return false };
    [a, b]
        .iter()
        .all(|e| e.kind == MeetingKind::Meeting && e.people.len() == 2)
        && a.people[0].0 == b.people[0].0
        && a.evidence.first() == b.evidence.first()
}

/// "The President also met with A. Also, with B.": a sentence with no verb that opens with
/// "with" (or, after a series, "The rest are D and E") goes on with the meeting told last: its
/// subject met each person it names, on the same day and at the same place. Whether the
/// sentence was such a one.
pub(crate) fn also_with(
    found: &mut Vec<Encounter>,
    sent: &Sentence,
    named: impl FnOnce() -> Vec<Named>,
) -> bool {
    let goes_on = in_series(found) && LIST_CONTINUES.is_match(&sent.text);
    if !opens_with_with(&sent.text) && !goes_on {
        return false;
    }
    let named = named();
    let Some(last) = found
        .iter()
        .rev()
        .find(|e| e.kind == MeetingKind::Meeting && e.people.len() == 2)
        .cloned()
    else {
        return false;
    };
    let subject = last.people[0].0;
    let mut told = false;
    for n in named.iter().filter(|n| n.entity.kind == EntityKind::Person) {
        if last.people.iter().any(|(p, _)| *p == n.entity.id) {
            continue;
        }
        let mut one = last.clone();
        one.people = vec![
            (subject, Role::Participant),
            (n.entity.id, Role::Participant),
        ];
        one.evidence = vec![(sent.start, sent.end)];
        one.distinct = true;
        found.push(one);
        told = true;
    }
    told
}

/// The person a sentence opens with, named within its first words ("On Sunday, President X
/// joined ..."): its subject, most likely.
pub(crate) fn opening_person(sent: &Sentence, mentions: &[Mention]) -> Option<i64> {
    const OPENING: usize = 40;
    let first = mentions.partition_point(|m| m.start_char < sent.start);
    mentions[first..]
        .iter()
        .take_while(|m| m.start_char < sent.start + OPENING)
        .find_map(|m| m.entity.filter(|e| e.kind == EntityKind::Person))
        .map(|e| e.id)
}

/// "A received a special message from P. The message was delivered by B to C": the message
/// went to someone else than the one who received it.
pub(crate) fn delivered_to_another(text: &str) -> bool {
    text.split_once(" by ").is_some_and(|(_, rest)| {
        rest.split_once(" to ").is_some_and(|(_, r)| {
            r.starts_with(|c: char| c.is_uppercase()) || r.starts_with("the ")
        })
    })
}

/// Who received the message the sentence tells of ("A received a special message from P"):
/// the person named last before "received" (not a speaker before it), whom "the message" of
/// the sentence right after went to.
pub(crate) fn message_received_by(text: &str, named: &[Named]) -> Option<i64> {
    let m = RECEIVED_MESSAGE.find(text)?;
    let at = char_index(text, m.start());
    let speech = speech_before(text, at);
    named
        .iter()
        .filter(|n| n.entity.kind == EntityKind::Person && n.at < at)
        .rfind(|n| speech.is_none_or(|sp| n.at > sp))
        .map(|n| n.entity.id)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn kinds(text: &str) -> Vec<(Referent, String)> {
        anaphors(text)
            .iter()
            .map(|a| {
                (
                    a.referent,
                    text.chars().skip(a.at).take(a.end - a.at).collect(),
                )
            })
            .collect()
    }

    #[test]
    fn references_back_are_pronouns_sides_delegations_and_guests() {
        assert_eq!(
            kinds("On Friday, she met the envoy."),
            vec![(Referent::One, "she".to_string())]
        );
        assert_eq!(
            kinds("Both sides signed a protocol."),
            vec![(Referent::Sides, "Both sides".to_string())]
        );
        assert_eq!(
            kinds("The Nordic delegation called on the mayor."),
            vec![(Referent::Delegation, "The Nordic delegation".to_string())]
        );
        assert_eq!(
            kinds("The mayor welcomed the visiting trade minister."),
            vec![(Referent::Guest, "the visiting trade minister".to_string())]
        );
        // After a fronted meeting, the reference is the words that name them.
        assert_eq!(
            kinds("During the talks, the ministers agreed."),
            vec![(Referent::Sides, "the ministers".to_string())]
        );
        assert_eq!(
            kinds("During a long meeting the presidents agreed."),
            vec![(Referent::Sides, "the presidents".to_string())]
        );
        assert!(kinds("Shepherds met in the hall.").is_empty());
        assert!(kinds("A delegation led by the mayor arrived.").is_empty());
    }
}
