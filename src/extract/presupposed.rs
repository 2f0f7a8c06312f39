//! What a sentence takes as known without telling it: "During the meeting, ..." in a text
//! that has reported no meeting yet ("X congratulated Y on his appointment. During the
//! meeting, X noted ...").

use std::sync::LazyLock;

use regex::Regex;

use super::clauses::dedup_ids;
use super::dates::dates_in_article;
use super::events::{named_in, Context, Encounter, Named};
use super::names::{EntityKind, Mention};
use super::sentences::Sentence;
use super::triggers::{char_index, triggers, ANAPHOR, ATTEND, ATTENDED, SPEECH};
use super::PersonCue;
use crate::model::date::PartialDate;
use crate::model::{DateBasis, MeetingKind, Role};

/// "A and B took part in the meeting", "The talks were attended by A and B".
static TOOK_PART: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)(?-u:\b)(?:(?:took part|participated) in|attended) the (?:[\w-]+ )?(?:meeting|talks)(?-u:\b)|(?-u:\b)(?:meeting|talks) (?:was|were) (?:also )?attended by(?-u:\b)")
        .expect("static regex")
});

/// Words that say someone was not there.
static NOT_THERE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"(?i)(?-u:\b)(?:not|neither|nor|never|absent|boycott\w*|skipped|stayed away)(?-u:\b)",
    )
    .expect("static regex")
});

/// "During the meeting", "at the talks", "following the audience": a meeting taken as told.
static THE_MEETING: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)(?-u:\b)(?:at|during|following|after|in the course of) the (?:\w+ )?(?:meeting|talks|audience)(?-u:\b)")
        .expect("static regex")
});

/// The meeting `sent` refers to ("During the meeting, ...") when the text has reported none:
/// that of the two or more people the nearest sentence before it names together. A headline
/// that reports a reception ("President receives Secretary General") makes it one, with the
/// first person named as the host. Below the review threshold: the text never says they met.
pub(crate) fn presupposed_meeting(
    chars: &[char],
    sentences: &[Sentence],
    sent: &Sentence,
    headline: Option<&Sentence>,
    mentions: &[Mention],
    cues: &[PersonCue],
    ctx: &Context,
) -> Option<Encounter> {
    if !THE_MEETING.is_match(&sent.text) {
        return None;
    }
    let (before, people) = sentences
        .iter()
        .rev()
        .filter(|s| s.end <= sent.start)
        .take(3)
        .find_map(|s| {
            let (named, _) = named_in(chars, s, mentions, cues, ctx);
            let people = dedup_ids(named.iter().filter(|n| n.entity.kind == EntityKind::Person));
            (people.len() >= 2).then_some((s, people))
        })?;
    let reception = headline.is_some_and(|h| {
        triggers(&h.text)
            .iter()
            .any(|t| t.kind == MeetingKind::Reception && !t.passive)
    });
    let people = people
        .iter()
        .enumerate()
        .map(|(i, p)| {
            let role = match (reception, i) {
                (false, _) => Role::Participant,
                (true, 0) => Role::Host,
                (true, _) => Role::Visitor,
            };
            (*p, role)
        })
        .collect();
    let dates = dates_in_article(&before.text, ctx.article_date, ctx.article_partial.as_ref());
    let (date, date_text, basis) = match dates.first() {
        Some(f) => (Some(f.date), Some(f.text.clone()), DateBasis::Stated),
        None => (None, None, DateBasis::Unknown),
    };
    Some(Encounter {
        kind: if reception {
            MeetingKind::Reception
        } else {
            MeetingKind::Meeting
        },
        date,
        date_text,
        basis,
        place: None,
        people,
        organizations: Vec::new(),
        event: None,
        evidence: vec![(before.start, before.end)],
        confidence: 0.7,
        distinct: false,
        place_unknown: false,
    })
}

/// Where a sentence names the people who attended the meeting it refers to, in characters:
/// after "The meeting was attended by", before "A and B attended the meeting".
pub(crate) fn who_attended(text: &str) -> Option<std::ops::Range<usize>> {
    let attended_it = ATTEND.find_iter(text).find(|m| {
        ANAPHOR
            .find_at(text, m.end())
            .is_some_and(|a| text[m.end()..a.start()].trim().is_empty())
    });
    match (ATTENDED.find(text), attended_it) {
        (Some(m), _) => Some(char_index(text, m.end())..usize::MAX),
        (None, Some(m)) => Some(0..char_index(text, m.start())),
        (None, None) => None,
    }
}

/// "Officials of X and Y met this week. ... A and B, as well as C, took part in the meeting":
/// in a text that has told no meeting of named people yet, the meeting of the two or more
/// people the sentence says attended it (`who`: where they are named, in characters of the
/// sentence), on the day the sentence gives, if any. Below the review threshold: the
/// meeting they attended is told without them.
pub(crate) fn attended_meeting(
    sent: &Sentence,
    named: &[Named],
    who: std::ops::Range<usize>,
    (date, date_text, basis): (Option<PartialDate>, Option<String>, DateBasis),
) -> Option<Encounter> {
    // Only who took part in "the meeting" or "the talks", said as done by the sentence itself:
    // not "Neither A nor B attended the meeting", "C said A had attended the meeting", "the
    // ceremony was attended by ...", "accompanied by ...".
    if !TOOK_PART.is_match(&sent.text)
        || NOT_THERE.is_match(&sent.text)
        || SPEECH.is_match(&sent.text)
    {
        return None;
    }
    let people = dedup_ids(
        named
            .iter()
            .filter(|n| n.entity.kind == EntityKind::Person && who.contains(&n.at)),
    );
    if people.len() < 2 {
        return None;
    }
    Some(Encounter {
        kind: MeetingKind::Meeting,
        date,
        date_text,
        basis,
        place: None,
        people: people.into_iter().map(|p| (p, Role::Participant)).collect(),
        organizations: Vec::new(),
        event: None,
        evidence: vec![(sent.start, sent.end)],
        confidence: 0.7,
        distinct: false,
        place_unknown: false,
    })
}
