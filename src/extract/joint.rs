//! Two people named as one subject of a verb of agreement or review ("Minister A and his
//! Colombian counterpart B reaffirmed their commitments"): they were together. The verbs are
//! lexicon/triggers.txt's `[joint_subject]`; alone ("A reaffirmed his support for B") they
//! report a statement, not a meeting.

use std::sync::LazyLock;

use regex::Regex;

use super::events::Named;
use super::names::{EntityKind, Mention};
use super::sentences::Sentence;
use super::titles::title_like;
use super::triggers::{char_index, negated_before, phrases, Trigger, SPEECH};
use crate::model::MeetingKind;

pub(crate) static JOINT_SUBJECT: LazyLock<Regex> = LazyLock::new(|| phrases("joint_subject"));

/// A meeting trigger at the verb of a joint subject, if the sentence opens its clause with
/// two or more people joined by "and" (their titles between) right before such a verb.
pub(crate) fn joint_subject(
    text: &str,
    sent: &Sentence,
    named: &[Named],
    mentions: &[Mention],
) -> Option<Trigger> {
    let verb = JOINT_SUBJECT.find(text)?;
    if negated_before(text, verb.start()) {
        return None;
    }
    let at = char_index(text, verb.start());
    let chars: Vec<char> = text.chars().collect();
    // The people before the verb, in order, each with where its name ends.
    let mut people: Vec<(usize, usize)> = Vec::new();
    for n in named
        .iter()
        .filter(|n| n.entity.kind == EntityKind::Person && n.at < at)
    {
        let end = mentions
            .iter()
            .find(|m| m.start_char == sent.start + n.at)
            .map_or(n.at, |m| m.end_char - sent.start);
        if people.last().is_none_or(|&(s, _)| s != n.at) {
            people.push((n.at, end.min(at)));
        }
    }
    if people.len() < 2 {
        return None;
    }
    // "X said A and B agreed": a report of what others did; the speaker is no party, and
    // "A told B that ..." joins no subject.
    let opener: String = chars[..people[0].0].iter().collect();
    if SPEECH.is_match(&opener) {
        return None;
    }
    // Between the people only their titles, commas and one "and"; between the last and the
    // verb only a title or an adverb.
    let mut ands = 0;
    for pair in people.windows(2) {
        let gap: String = chars[pair[0].1.min(pair[1].0)..pair[1].0].iter().collect();
        if !noun_phrase_gap(&gap, &mut ands) {
            return None;
        }
    }
    let last = people.last().map_or(at, |&(_, end)| end);
    let tail: String = chars[last..at].iter().collect();
    let mut no_more = 0;
    if ands != 1 || !noun_phrase_gap(&tail, &mut no_more) || no_more > 0 {
        return None;
    }
    Some(Trigger {
        kind: MeetingKind::Meeting,
        start: at,
        end: char_index(text, verb.end()),
        passive: false,
        participle: false,
    })
}

/// Whether the words between two names are only what joins two noun phrases: titles and the
/// words of titles, commas, brackets, possessives, adverbs, and "and" (counted in `ands`).
fn noun_phrase_gap(gap: &str, ands: &mut usize) -> bool {
    if gap.contains([';', ':', '"', '“', '”']) {
        return false;
    }
    gap.split(|c: char| c.is_whitespace() || matches!(c, ',' | '(' | ')'))
        .filter(|w| !w.is_empty())
        .all(|w| {
            let lower = w.to_lowercase();
            match lower.as_str() {
                "and" => {
                    *ands += 1;
                    true
                }
                "his" | "her" | "their" | "its" | "the" | "of" | "for" | "to" | "counterpart"
                | "counterparts" | "also" | "both" | "together" | "jointly" => true,
                _ => {
                    w.chars().next().is_some_and(char::is_uppercase)
                        || title_like(&lower)
                        || (lower.ends_with("ly") && lower.len() > 4)
                }
            }
        })
}
