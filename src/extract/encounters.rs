//! The encounters of a whole article: event frames assembled sentence by sentence, the
//! subject carried over from earlier sentences, merged within the article, and summarised.

use std::cell::OnceCell;

use super::clauses::*;
use super::cues::*;
use super::discourse::*;
use super::encounter_dates::SentenceDates;
use super::events::*;
use super::groups::{
    met_at_once, named_together, one_with_each, receptions, Delegation, Group, Series,
};
use super::hits::{Hits, Section};
use super::hosts::in_the_hosts_country;
use super::joint::{joint_subject, JOINT_SUBJECT};
use super::merge::{better_date, headline_end, lead_place, merge_within, only_a_headlines_plan};
use super::names::{EntityKind, Mention};
use super::presupposed::{attended_meeting, presupposed_meeting, who_attended};
use super::sentences::Sentence;
use super::sidelines::*;
use super::speech::*;
use super::told_after::told_after_the_ones_before;
use super::told_before::{
    between_others, signed_by_the_sides, signed_the_one_told, talk_of_the_sides, told_again,
    where_the_visit_went,
};
use super::triggers::*;
use super::visits::{
    join_the_visit, listed_after, relative_visitor, visit_frame, Around, VisitFrame,
};
use crate::model::{DateBasis, MeetingKind, Role};

/// Every encounter the article reports as having happened, merged within the article.
pub fn encounters(
    body: &str,
    sentences: &[Sentence],
    mentions: &[Mention],
    cues: &[PersonCue],
    ctx: &Context,
) -> Vec<Encounter> {
    let chars: Vec<char> = body.chars().collect();
    let mut found: Vec<Encounter> = Vec::new();
    // Who "he", "the two sides" or "the delegation" are.
    let mut discourse = Discourse::default();
    // The latest sentence that reported contact told of a call or a letter, not a meeting.
    let mut after_call = false;
    // ... and the people the call named.
    let mut call_people: Vec<i64> = Vec::new();
    // The group reception told last, and where its list of guests stands.
    let mut group = Group::default();
    // Talks with several counterparts told as one, whose meetings the next sentences tell.
    let mut series = Series::default();
    // "X received a delegation of Y", whose guests the next sentences may name.
    let mut delegation = Delegation::default();
    // Sentences that tell the next encounter of a day ("then met"): see merge_within.
    let mut in_sequence: Vec<(usize, usize)> = Vec::new();
    // The people of each encounter the text tells as a plan ("X will meet with Y today").
    let mut planned: Vec<std::collections::BTreeSet<i64>> = Vec::new();
    // Whether the sentence before told of a signing.
    let mut signed_before = false;
    // Who received the message the sentence before told of.
    let mut message_to: Option<i64> = None;
    // The sentence before reported an encounter (held or not): a plan told before it is no
    // longer who "the two ministers" are.
    let mut told_since_plan = false;
    for sent in sentences {
        let text = &sent.text;
        delegation.sentence_told();
        let hits = Hits::of(text);
        // Who the sentence names, found once, when first needed.
        let named_cell: OnceCell<(Vec<Named>, bool)> = OnceCell::new();
        let named_here = || named_cell.get_or_init(|| named_in(&chars, sent, mentions, cues, ctx));
        if std::mem::take(&mut told_since_plan) {
            discourse.planned.clear();
        }
        if hits.has(Section::PlannedEncounter) {
            let people = dedup_ids(
                named_here()
                    .0
                    .iter()
                    .filter(|n| n.entity.kind == EntityKind::Person),
            );
            planned.push(people.iter().copied().collect());
            if people.len() >= 2 {
                discourse.planned = people;
            }
        }
        discourse.recipient = message_to.take().filter(|_| !delivered_to_another(text));
        message_to = message_received_by(text, &named_here().0);
        // "Letters of credence", "delivered a message": no letter instead of a meeting.
        let blocked = if hits.has(Section::Credence) {
            NOT_HAPPENED.is_match(&CREDENCE.replace_all(text, ""))
        } else {
            NOT_HAPPENED.is_match(text)
        };
        let hedged = hits.has(Section::Hedge);
        let anaphoric = hits.has(Section::Anaphor);
        // "During the visit", "the visit paid": the sentence speaks of a visit told before.
        let of_a_visit = anaphoric && speaks_of_a_visit(text);
        let mut trig = if blocked {
            Vec::new()
        } else {
            triggers_in(text, &hits)
        };
        told_since_plan = !trig.is_empty() && !hits.has(Section::PlannedEncounter);
        // "Both countries signed a memorandum. A and B represented their countries": they
        // signed the one told right before.
        let signed_here = trig.iter().any(|t| t.kind == MeetingKind::Signing);
        let signed_just_before = std::mem::replace(&mut signed_before, signed_here);
        if trig.is_empty() && !blocked && signed_just_before {
            trig.extend(signatories(text));
        }
        // "Minister A and his counterpart B reaffirmed ...": a joint subject's agreement.
        let mut joint_at = None;
        if trig.is_empty() && !blocked && hits.has(Section::JointSubject) {
            trig.extend(joint_subject(text, sent, &named_here().0, mentions));
            joint_at = trig.first().map(|t| t.start);
        }
        // "X and Y held a phone call. ... They discussed ...": talk after a call is the call's
        // (not talk with someone the call did not name: "had a conversation with C").
        let a_call = blocked || SPOKE_ON_THE_PHONE.is_match(text);
        if a_call {
            after_call = true;
            call_people = persons(&named_here().0);
        }
        if !blocked && !trig.is_empty() {
            let talk_only = trig.iter().all(|t| {
                let words: String = text.chars().skip(t.start).take(t.end - t.start).collect();
                TALK_ONLY.is_match(&words) || JOINT_SUBJECT.is_match(&words)
            });
            // (a call with a counterpart by title only may be with anyone named later)
            let of_the_call = || {
                call_people.len() < 2
                    || persons(&named_here().0)
                        .iter()
                        .all(|p| call_people.contains(p))
            };
            if talk_only && after_call && !a_call && of_the_call() {
                continue;
            }
            after_call &= talk_only || a_call;
        }
        let named_here_now = || named_here().0.clone();
        if let Some(guests) = group.envoy_told(sent, cues, named_here_now, !trig.is_empty()) {
            found.extend(guests);
            continue;
        }
        // "The envoys who presented their credentials today were:": a list of the group's
        // guests, whatever verb its relative clause has.
        if trig.is_empty() || (group.last().is_some() && LIST_CONTINUES.is_match(text)) {
            if let Some(guests) = group.listed(text, sent, named_here_now, mentions) {
                found.extend(guests);
                continue;
            }
        }
        group.sentence_told(text, || named_here().0.clone());
        // "the 2024 Summit, scheduled to be held in Bahrain": held is still to come.
        let happened = !blocked
            && hits.has(Section::Happened)
            && HAPPENED.find_iter(text).any(|m| {
                !negated_before(text, m.start()) && !held_in_the_future(text, m.start(), m.end())
            });
        // "During the meeting, A, B and C were present", "This meeting was attended by A":
        // they join the meeting told last (and the sentence goes on to tell what else it
        // does: its day, a meeting it refers to).
        // "Also, with the President of Portugal, B.": the last meeting's subject met B too.
        if trig.is_empty() && !blocked && also_with(&mut found, sent, named_here_now) {
            continue;
        }
        if trig.is_empty() && hits.has(Section::PresentAt) {
            let named = &named_here().0;
            join_attendees(&mut found, named, sent);
        } else if trig.is_empty() && hits.has(Section::DelegationListed) {
            let named = &named_here().0;
            join_delegation(&mut found, named, sent, ctx.article_partial.as_ref());
        }
        if trig.is_empty() && !happened && !anaphoric {
            // "... an interaction with a delegation led by X": who "the delegation" is later.
            if Discourse::describes_delegation(text) {
                let named = &named_here().0;
                let members = discourse.learn(text, named, &[]);
                found.extend(delegation.named(&members, sent));
            } else if let Some(p) = opening_person(sent, mentions) {
                discourse.learn_subject(p);
            }
            if let Some(m) = hits
                .has(Section::Companions)
                .then(|| COMPANIONS.find(text))
                .flatten()
            {
                let named = &named_here().0;
                // "He was accompanied by ...": the one the text is about.
                let he = (text.starts_with("He ") || text.starts_with("She "))
                    .then_some(discourse.subject)
                    .flatten();
                join_companions(&mut found, named, char_index(text, m.start()), he);
            }
            continue; // reports no encounter and refers to none
        }
        let (named, by_title) = named_here().clone();
        let until = trig.iter().map(|t| t.start).max().unwrap_or(usize::MAX);
        let completed = discourse.complete(text, named, &found, until);
        let named = completed.named;
        // who the text was about before this sentence
        let told_of = discourse.subject;
        let verbs: Vec<usize> = trig.iter().map(|t| t.start).collect();
        discourse.learn(text, &named, &verbs);
        let by_title = by_title || completed.by_reference;
        let mut here: Vec<Encounter> = Vec::new();

        let place_default = |after: usize| place_in(&chars, sent, mentions, ctx, after, cues);
        let dates = SentenceDates::of(text, ctx);
        let date_for = |at: usize, upto: usize| dates.date_for(at, upto);
        let opening = opening_meeting_span(text);

        if !blocked {
            let sources = sources_in(text, sent, cues);
            let principals = principals_in(&chars, sent, mentions, cues);
            let people: Vec<Named> = named
                .iter()
                .copied()
                .filter(|n| n.entity.kind == EntityKind::Person)
                .filter(|n| !sources.contains(&n.entity.id) && !principals.contains(&n.at))
                .collect();
            let orgs: Vec<Named> = named
                .iter()
                .copied()
                .filter(|n| n.entity.kind == EntityKind::Organization)
                .collect();
            let has_visit_and_meeting = trig.iter().any(|t| t.kind == MeetingKind::Visit)
                && trig.iter().any(|t| t.kind != MeetingKind::Visit);
            let mut kinds_done: Vec<MeetingKind> = Vec::new();
            for t in &trig {
                // "A has met B, and C had a meeting with D": a verb with a subject of its own.
                let own_subject = subject_of_its_own(text, &trig, t, &people);
                if (kinds_done.contains(&t.kind) && own_subject.is_none())
                    || met_by_a_thing(text, &trig, t, &people)
                {
                    continue;
                }
                // "Adesina said the President met X": the speaker is no party.
                let speech_before = speech_before(text, t.start);
                let mut before: Vec<i64> = dedup_ids(
                    people
                        .iter()
                        .filter(|n| n.at < t.start && speech_before.is_none_or(|sp| n.at > sp)),
                );
                // "X made the proposal upon hosting Y": the host is the sentence's subject,
                // named at its start, not someone named in a clause between. So is the one
                // who "met B, and later received C".
                if t.participle {
                    before = participle_subject(text, &people, t.start)
                        .into_iter()
                        .collect();
                } else if let Some(first) = goes_on_from(&trig, t, &people, text) {
                    before = dedup_ids(people.iter().filter(|n| n.at < first));
                } else if let Some(open) = own_subject {
                    before = dedup_ids(people.iter().filter(|n| n.at > open && n.at < t.start));
                }
                let words: String = text.chars().skip(t.start).take(t.end - t.start).collect();
                match between(&words, t, &people) {
                    Between::NoOne => continue,
                    Between::Two => before.clear(),
                    Between::NotSaid => {}
                }
                let clause_end = clause_end(text, &trig, t, &people);
                let attended_at = ATTENDED
                    .find_iter(text)
                    .map(|m| char_index(text, m.start()))
                    .find(|&a| a >= t.end)
                    .unwrap_or(usize::MAX);
                // "The two men also discussed relations with Turkey, ... of President X":
                // whom a discussion names after its verb is its subject, unless "with" them.
                let rest: String = text.chars().skip(t.end).take(24).collect();
                let topics_after = (TALK_ONLY.is_match(&words) || JOINT_SUBJECT.is_match(&words))
                    && !words.to_lowercase().contains("briefed")
                    && !words.to_lowercase().ends_with("with")
                    && !words.to_lowercase().ends_with(" by")
                    && !with_someone_next(&rest);
                // "A discussed the agenda of climate change with B": the topic ends at
                // "with", whom it was discussed with is after it.
                let with_at = topics_after
                    .then(|| with_after_topic(text, t.end, &people))
                    .flatten()
                    .unwrap_or(usize::MAX);
                let topic_end = if topics_after {
                    t.end.min(clause_end)
                } else {
                    clause_end
                };
                let in_clause = |n: &&Named, upto: usize| {
                    (n.at >= t.start && n.at < topic_end.min(upto))
                        || (n.at >= with_at && n.at < clause_end.min(upto))
                };
                let after: Vec<i64> = dedup_ids(people.iter().filter(|n| in_clause(n, usize::MAX)));
                let counterparts: Vec<i64> =
                    dedup_ids(people.iter().filter(|n| in_clause(n, attended_at)));
                let attendees: Vec<i64> = after
                    .iter()
                    .copied()
                    .filter(|p| !counterparts.contains(p) && !before.contains(p))
                    .collect();
                let mut all: Vec<i64> = before.clone();
                for p in &after {
                    if !all.contains(p) {
                        all.push(*p);
                    }
                }
                let upto = if joint_at == Some(t.start) {
                    t.start
                } else {
                    usize::MAX
                };
                let (date, date_text, basis) = date_for(t.end, upto);
                // A reception by one host of guests listed apart (each one received).
                let reception_by = |host: i64| Encounter {
                    kind: MeetingKind::Reception,
                    date,
                    date_text: date_text.clone(),
                    basis,
                    place: place_default(t.end),
                    people: vec![(host, Role::Host)],
                    organizations: Vec::new(),
                    event: None,
                    evidence: vec![(sent.start, sent.end)],
                    confidence: 0.9,
                    // Another outlet's report of the same ceremony is the same reception.
                    distinct: false,
                    place_unknown: false,
                };
                // "President X received the credentials of newly appointed ambassadors. They
                // are: A, B": a group whose guests the next sentences list.
                if t.kind == MeetingKind::Reception && !t.passive && after.is_empty() {
                    let rest: String = text.chars().skip(t.start).collect();
                    let object: String = text.chars().skip(t.end).collect();
                    // "... received Ambassadors of Cuba, Angola and Ethiopia": envoys by
                    // their plural, each received on their own, as those who present
                    // credentials are.
                    let each = ONE_RECEPTION_EACH.is_match(&rest)
                        || PLURAL_ENVOYS.find(&object).is_some_and(|m| m.start() <= 1);
                    if let ([host], true) = (&before[..], each) {
                        group.opened(reception_by(*host));
                        kinds_done.push(t.kind);
                        continue;
                    }
                }
                // "New envoys to A and B have met the President, X": a group whose people the
                // next sentences name.
                if let ([], [host], false) = (&before[..], &after[..], t.passive) {
                    if group.envoys_met(text, t, reception_by(*host)) {
                        kinds_done.push(t.kind);
                        continue;
                    }
                }
                if t.kind == MeetingKind::Reception
                    && t.passive
                    && before.is_empty()
                    && CREDENTIALS.is_match(&words)
                {
                    // "Eight ambassadors presented their credentials to President X": the
                    // host of a group; "Those who presented their credentials include A, B":
                    // its guests.
                    let byte = byte_index(text, t.end);
                    // ", ... to President X on Monday: A (Norway), B (Sweden)": a colon
                    // after the host opens the list too.
                    let include = LIST_INCLUDE
                        .find_at(text, byte)
                        .map(|m| m.end())
                        .or_else(|| text[byte..].find(':').map(|i| byte + i + 1))
                        .map_or(usize::MAX, |b| char_index(text, b));
                    let hosts: Vec<i64> =
                        dedup_ids(people.iter().filter(|n| n.at >= t.end && n.at < include));
                    let guests: Vec<i64> = dedup_ids(people.iter().filter(|n| n.at >= include));
                    if guests.is_empty() {
                        if let [host] = hosts[..] {
                            // The same host's group told again ("Envoys of four states
                            // presented ... today. Ambassadors of A, B and C presented ...") is
                            // the same ceremony: it keeps the date and place told first.
                            let mut again = reception_by(host);
                            if let Some(g) = group.last().filter(|g| g.people == again.people) {
                                better_date(&mut again, g);
                                again.place = again.place.or(g.place);
                            }
                            group.opened(again);
                        }
                    } else if let (Some(_), true) = (group.last(), hosts.is_empty()) {
                        here.extend(group.guests(&guests, sent));
                    } else if let [host] = hosts[..] {
                        // The host and the list in one sentence.
                        here.extend(receptions(&reception_by(host), &guests, sent));
                    }
                    kinds_done.push(t.kind);
                    continue;
                }
                // "A and B also presented their credentials." after a group's reception: its
                // guests, received by its host on its day.
                if let (MeetingKind::Reception, true, true, Some(g)) = (
                    t.kind,
                    t.passive && after.is_empty() && !before.is_empty(),
                    CREDENTIALS.is_match(&words),
                    group.last(),
                ) {
                    here.extend(receptions(g, &before, sent));
                    kinds_done.push(t.kind);
                    continue;
                }
                // "visiting Riyadh, Cairo, and Ankara": the further places, a visit each.
                let mut also_to: Vec<i64> = Vec::new();
                let mut enc = Encounter {
                    kind: t.kind,
                    date,
                    date_text,
                    basis,
                    place: None,
                    people: Vec::new(),
                    organizations: Vec::new(),
                    event: None,
                    evidence: vec![(sent.start, sent.end)],
                    confidence: 0.9,
                    distinct: DISTINCT.is_match(after_attribution(text)),
                    place_unknown: false,
                };
                match t.kind {
                    MeetingKind::Visit => {
                        let around = Around {
                            chars: &chars,
                            sent,
                            mentions,
                            cues,
                            ctx,
                            people: &people,
                        };
                        match visit_frame(&around, t, &before, &after, &mut enc) {
                            VisitFrame::Nothing => continue,
                            VisitFrame::Visit => {
                                join_the_visit(&mut enc, &people, attended_at);
                                if let Some(p) = enc.place {
                                    also_to = listed_after(
                                        (&chars, sent, mentions),
                                        ctx.place_country,
                                        p,
                                        t.end,
                                    );
                                }
                            }
                            VisitFrame::Met => {
                                here.push(enc);
                                kinds_done.extend([t.kind, MeetingKind::Meeting]);
                                continue;
                            }
                        }
                    }
                    MeetingKind::Signing => {
                        let signers: Vec<i64> = dedup_ids(orgs.iter());
                        for o in signers {
                            enc.organizations.push((o, Role::Signatory));
                        }
                        // "X signed memoranda with A of Y; and B of Z": documents signed
                        // with each counterpart, one signing each.
                        if signed_each_with(text, t, &people, &before, &counterparts) {
                            here.extend(one_with_each(
                                &enc,
                                before[0],
                                &counterparts,
                                &[],
                                place_default(t.end),
                                (by_title, hedged),
                            ));
                            kinds_done.push(t.kind);
                            continue;
                        }
                        // "A and B presided over the signing": they took part; others signed.
                        let presided = words.starts_with("presided")
                            || words.starts_with("witnessed")
                            || words.starts_with("oversaw");
                        let role = if presided {
                            Role::Participant
                        } else {
                            Role::Signatory
                        };
                        for p in &all {
                            enc.people.push((*p, role));
                        }
                        // "The sides signed a memorandum": the people of the meeting before.
                        if enc.people.len() + enc.organizations.len() < 2 && anaphoric {
                            signed_by_the_sides(&mut enc, &found);
                        }
                        // "Norway and Chile signed five accords", before any encounter: the
                        // signing whose people a later sentence names.
                        let opens_the_text = enc.people.is_empty()
                            && enc.organizations.is_empty()
                            && found.is_empty()
                            && here.is_empty();
                        if enc.people.len() + enc.organizations.len() < 2 && !opens_the_text {
                            continue;
                        }
                        // "The sides also signed ...": where the meeting was, unless this
                        // sentence says where.
                        // "During the meeting, the ministers signed ...": where that meeting was.
                        if anaphoric && enc.place.is_none() {
                            enc.place = found
                                .iter()
                                .rev()
                                .find(|e| e.people.len() >= 2)
                                .and_then(|e| e.place);
                        }
                        enc.place = place_default(t.end).or(enc.place);
                        if t.end - t.start <= 5 && !text[..].contains("signed") {
                            // A headline's present tense ("X and Y sign Memorandum").
                            enc.confidence = 0.8;
                        }
                    }
                    _ => {
                        // "On the margins of the Council, A met with B, C and D": the verb
                        // after the phrase tells who met whom.
                        if on_the_sidelines(&words) && trig.iter().any(|u| u.start >= t.end) {
                            continue;
                        }
                        // The trigger opens the sentence ("Moreover, during the meeting with A,").
                        let opens = opening.is_some_and(|(s, e)| (s..e).contains(&t.start));
                        if t.start == 0 || opens {
                            if let Some(s) = opening_meeting_with(text, &all, told_of, &people) {
                                all.insert(0, s);
                            }
                        }
                        // "Sir Bob then met with A and B", the subject no one known: A and B
                        // are both its objects, not a meeting of their own.
                        if before.is_empty()
                            && after.len() >= 2
                            && t.start > 0
                            && !t.passive
                            && takes_an_object(text, t.start, &words)
                        {
                            continue;
                        }
                        // "... hosted a meeting between Iran and the EU": others' meeting.
                        if all.is_empty() && between_others(text, t.start) {
                            continue;
                        }
                        if all.len() < 2 && !(all.is_empty() && t.kind == MeetingKind::Meeting) {
                            let object: String = text.chars().skip(t.start).collect();
                            if let ([one], true) = (&all[..], SERIES_OBJECT.is_match(&object)) {
                                enc.people = vec![(*one, Role::Participant)];
                                enc.place = place_default(t.end);
                                series.opened(enc);
                            } else if let [one] = all[..] {
                                enc.place = place_default(t.end);
                                delegation.opened(text, t, (one, after.contains(&one)), enc);
                            }
                            continue;
                        }
                        // "X met with A, B and C": one encounter with each counterpart, the
                        // attendees at every one.
                        // (Or met at once: "held a joint meeting with A, B and C"; not
                        // "separate joint meetings", nor "joint talks with A on Monday and
                        // with B on Wednesday", nor "bilateral and trilateral talks".)
                        let together = named_together(text, &people, &counterparts)
                            || met_at_once(&words, text, &people, &counterparts);
                        if before.len() == 1 && counterparts.len() >= 2 && !t.passive && !together {
                            here.extend(one_with_each(
                                &enc,
                                before[0],
                                &counterparts,
                                &attendees,
                                place_default(t.end),
                                (by_title, hedged),
                            ));
                            kinds_done.push(t.kind);
                            continue;
                        }
                        if t.kind == MeetingKind::Reception
                            && !before.is_empty()
                            && !after.is_empty()
                        {
                            let (hosts, guests) = if t.passive {
                                (&after, &before)
                            } else {
                                (&before, &after)
                            };
                            // "A and B presented their credentials to X": each presented
                            // their own, one reception each.
                            if ONE_RECEPTION_EACH.is_match(&words) && guests.len() >= 2 {
                                for g in guests.iter().filter(|g| !hosts.contains(g)) {
                                    let mut one = enc.clone();
                                    one.people = hosts.iter().map(|h| (*h, Role::Host)).collect();
                                    one.people.push((*g, Role::Visitor));
                                    one.place = place_default(t.end);
                                    if by_title {
                                        one.confidence -= 0.1;
                                    }
                                    here.push(one);
                                }
                                kinds_done.push(t.kind);
                                continue;
                            }
                            for p in hosts {
                                enc.people.push((*p, Role::Host));
                            }
                            // "in the presence of C": C attended, on neither side.
                            for p in guests.iter().filter(|p| !hosts.contains(p)) {
                                let attended = !t.passive && attendees.contains(p);
                                let role = [Role::Visitor, Role::Participant][attended as usize];
                                enc.people.push((*p, role));
                            }
                        } else if has_visit_and_meeting && !before.is_empty() {
                            // "A held talks with B, who is on a visit to X": B is the visitor;
                            // else the subject is ("During his visit, A met B").
                            let visitor = relative_visitor(text, &trig, t.start, &people)
                                .filter(|v| after.contains(v));
                            for p in &before {
                                let role = if visitor.is_some() {
                                    Role::Host
                                } else {
                                    Role::Visitor
                                };
                                enc.people.push((*p, role));
                            }
                            for p in &after {
                                if !before.contains(p) {
                                    let role = if visitor == Some(*p) {
                                        Role::Visitor
                                    } else {
                                        Role::Host
                                    };
                                    enc.people.push((*p, role));
                                }
                            }
                        } else {
                            for p in &all {
                                enc.people.push((*p, Role::Participant));
                            }
                        }
                        enc.place = place_default(t.end);
                        // "X visited the Bank's headquarters in Jeddah. Y received X.": where
                        // the visit of one of its people went.
                        if enc.place.is_none() {
                            enc.place = where_the_visit_went(&enc, &found);
                        }
                    }
                }
                if by_title {
                    enc.confidence -= 0.1;
                }
                // Told by its people's agreement, not by a verb of meeting: to be reviewed.
                if joint_at == Some(t.start) {
                    enc.confidence = enc.confidence.min(0.7);
                }
                if hedged {
                    enc.confidence -= 0.3;
                }
                kinds_done.push(t.kind);
                let further: Vec<Encounter> = also_to
                    .into_iter()
                    .map(|p| Encounter {
                        place: Some(p),
                        ..enc.clone()
                    })
                    .collect();
                // (before the first: the visit told last is the one its sentence named first,
                // where what follows took place)
                here.extend(further);
                here.push(enc);
            }
            // Named events held: conferences, sessions.
            if happened {
                let place = place_default(0);
                for mut ev in events(&chars, sent, mentions, ctx, place) {
                    if ev.people.is_empty() {
                        attended_it(&mut ev, text, &people);
                    }
                    here.push(ev);
                }
            }
            // "... met with A, B and C on the sidelines of the Summit": they attended it.
            here.extend(sidelines_of_all(text, &here));
        }

        talk_of_the_sides(&mut here, &completed.sides, text, &found);
        if names_unknown_place(text, sent, mentions) {
            for e in here.iter_mut().filter(|e| e.place.is_none()) {
                e.place_unknown = true;
            }
        }
        let sidelines_conference = anaphoric
            .then(|| sidelines_of_the_meeting(text, &found))
            .flatten();
        if sidelines_conference.is_some() {
            here.retain(|e| !(e.event.is_some() && e.people.is_empty()));
        }
        // A sentence about "the meeting" that reports nothing new supports the last one.
        let adds_nothing = here
            .iter()
            .all(|e| e.people.is_empty() && e.event.is_none());
        // "The ceremony / the meeting, held on 10 May, ...": the day of the encounter the
        // sentence is about, when it had none.
        let date_told = |e: &mut Encounter| {
            if e.date.is_none() && HAPPENED.is_match(text) && !FUTURE.is_match(text) {
                if let (Some(d), words, DateBasis::Stated) = date_for(0, usize::MAX) {
                    e.date = Some(d);
                    e.date_text = words;
                    e.basis = DateBasis::Stated;
                }
            }
        };
        if let (true, Some(g)) = (anaphoric && adds_nothing, group.still_open()) {
            date_told(g);
            continue;
        }
        // "The meeting, which will take place at X, ...": one to come, not the one told last.
        if anaphoric && adds_nothing && refers_to_one_to_come(text) {
            continue;
        }
        // A call or a letter ("Later in the day, A held a phone call with C") is no part of
        // the encounter told before, though it is of the same day.
        if anaphoric && adds_nothing && !blocked {
            // The encounter "the meeting" refers to: the last one with people; a meeting or a
            // reception before a visit ("X received Y, who is on a visit to Z. The meeting was
            // attended by ..."), unless the sentence speaks of the visit.
            let with_people =
                |e: &Encounter| e.kind != MeetingKind::Conference && !e.people.is_empty();
            let at = found
                .iter()
                .rposition(|e| with_people(e) && (of_a_visit || e.kind != MeetingKind::Visit))
                .or_else(|| found.iter().rposition(with_people));
            let last = at.map(|i| &mut found[i]);
            // "The meeting was attended by A and B", "A and B attended the meeting": they
            // were there too.
            let who = who_attended(text);
            // "X congratulated Y on his appointment. During the meeting, ...": a text that has
            // told of no meeting yet presupposes the one of the people it named together;
            // "Officials of X and Y met this week. A, B and C took part in the meeting": the
            // one of the people it says attended.
            let last = match last {
                Some(last) => Some(last),
                None if !after_call => {
                    let headline = sentences.first().filter(|h| h.start < sent.start);
                    let attendees = || {
                        let range = who.clone()?;
                        let (date, words, basis) = date_for(0, usize::MAX);
                        attended_meeting(sent, &named, range, (date, words, basis))
                    };
                    match presupposed_meeting(
                        &chars, sentences, sent, headline, mentions, cues, ctx,
                    )
                    .or_else(attendees)
                    {
                        Some(e) => {
                            found.push(e);
                            found.last_mut()
                        }
                        None => None,
                    }
                }
                None => None,
            };
            if let Some(last) = last {
                date_told(last);
                told_again(last, (sent.start, sent.end), &named, who);
                // Not from a sentence of plans: "The two sides agreed to hold the next round
                // in Helsinki" says nothing of where this one was.
                if last.place.is_none() && !FUTURE.is_match(text) && SAYS_WHERE.is_match(text) {
                    // "The audience took place at the headquarters in Addis Ababa."
                    last.place = here
                        .iter()
                        .find_map(|e| e.place)
                        .or_else(|| place_default(0));
                }
            }
            if let Some(mut c) = sidelines_conference {
                c.evidence = vec![(sent.start, sent.end)];
                found.push(c);
            }
            continue;
        }
        signed_the_one_told(text, &mut here, &mut found, (sent.start, sent.end));
        if told_after_the_ones_before(&mut here, &found, text, anaphoric, of_a_visit) {
            in_sequence.push((sent.start, sent.end));
        }
        for e in here.iter_mut() {
            series.fill(e);
        }
        // Another encounter told: a group's guests are no longer listed (not one of its own
        // people: "She briefed the Chairperson on ...", said of a guest).
        if here
            .iter()
            .any(|e| !e.people.is_empty() && !group.all_its_own(e))
        {
            group.close();
        }
        found.extend(here);
    }
    let headline_end = headline_end(sentences);
    let lead_place = lead_place(&chars, sentences, mentions, cues, ctx);
    let mut out = merge_within(found, ctx, sentences, lead_place, &in_sequence);
    // "Meeting between X and Y" heading a text that says "X will meet with Y": the plan.
    out.retain(|e| !only_a_headlines_plan(e, headline_end, &planned));
    in_the_hosts_country(&mut out, cues, ctx);
    out
}
