//! Event frames, one sentence at a time: each trigger with its participants (named, or by a
//! title the article gave them earlier), roles, date and place.

use std::collections::BTreeSet;
use std::sync::LazyLock;

use super::coref::*;
use super::cues::*;
use super::dates::{dates_in_article, pick_date};
use super::lexicon::*;
use super::names::{EntityKind, EntityRef, Mention};
use super::sentences::Sentence;
use super::titles::{plural_title_at, portfolio_after};
use super::tokens::*;
use super::triggers::*;
use crate::model::date::PartialDate;
use crate::model::{DateBasis, MeetingKind, Role};

pub(crate) use super::context::Context;
pub(crate) use super::sentence_place::{place_in, visited_place};

/// An encounter the article reports as having happened.
#[derive(Debug, Clone, PartialEq)]
pub struct Encounter {
    pub kind: MeetingKind,
    pub date: Option<PartialDate>,
    pub date_text: Option<String>,
    pub basis: DateBasis,
    pub place: Option<i64>,
    /// People and their roles; `title` is the title the article gives them, if any.
    pub people: Vec<(i64, Role)>,
    pub organizations: Vec<(i64, Role)>,
    /// The event's own name for conferences and sessions ("40th session of the ...").
    pub event: Option<String>,
    /// Sentences that report it (body offsets); the first is the main one.
    pub evidence: Vec<(usize, usize)>,
    pub confidence: f64,
    /// The text says this is another encounter than earlier ones ("again", "second meeting").
    pub distinct: bool,
    /// The sentence names a place the catalog does not know ("in Jeddah"): the dateline is
    /// then not taken as the place.
    pub place_unknown: bool,
}

impl Encounter {
    pub fn person_ids(&self) -> BTreeSet<i64> {
        self.people.iter().map(|(p, _)| *p).collect()
    }
    pub fn organization_ids(&self) -> BTreeSet<i64> {
        self.organizations.iter().map(|(p, _)| *p).collect()
    }
}

/// A person or organization named in the sentence (or by a title the article resolves).
#[derive(Debug, Clone, Copy)]
pub(crate) struct Named {
    pub(crate) entity: EntityRef,
    /// Character offset within the sentence.
    pub(crate) at: usize,
}

/// The people among `named`, in the order named (one named twice, twice).
pub(crate) fn persons(named: &[Named]) -> Vec<i64> {
    named
        .iter()
        .filter(|n| n.entity.kind == EntityKind::Person)
        .map(|n| n.entity.id)
        .collect()
}

/// People and organizations of one sentence: recognised names, and people named by title only
/// ("the Foreign Minister", "ICESCO Director General") where the article or catalog says who.
pub(crate) fn named_in(
    chars: &[char],
    sent: &Sentence,
    mentions: &[Mention],
    cues: &[PersonCue],
    ctx: &Context,
) -> (Vec<Named>, bool) {
    let toks = tokens(chars, sent.start, sent.end, mentions);
    let mut out = Vec::new();
    let mut i = 0;
    while i < toks.len() {
        let t = &toks[i];
        if let Some(e) = t.entity() {
            // "at the Harbour House", "from the Skaugum Gaard": a name after a preposition
            // and "the" is a venue's or a body's, never someone taking part.
            let venue = e.kind == EntityKind::Person
                && i >= 2
                && toks[i - 1].is_word("the")
                && matches!(toks[i - 2].lower(), "at" | "in" | "from" | "inside");
            if e.kind != EntityKind::Place
                && !venue
                && !(e.kind == EntityKind::Person && super::titles::late(&toks, i))
            {
                out.push(Named {
                    entity: e,
                    at: t.s - sent.start,
                });
            }
            i += 1;
            continue;
        }
        let l = t.lower();
        let is_head = t.kind == TokKind::Word
            && (contains(&TITLE_HEADS, l) || l == "fm")
            && (t.is_cap() || l == "head" || determined_title(&toks, i).is_some());
        if !is_head {
            if let Some((s, e)) = plural_title_at(&toks, i) {
                let at = toks[s].s;
                for p in resolve_plural_title(chars, sent.start, at, toks[e - 1].e, cues, ctx) {
                    out.push(Named {
                        entity: EntityRef {
                            kind: EntityKind::Person,
                            id: p,
                        },
                        at: at - sent.start,
                    });
                }
                i = e;
                continue;
            }
            i += 1;
            continue;
        }
        // The title's extent: title words, connectors and organizations.
        let determined = i > 0 && toks[i - 1].is_word("the");
        let mut j = i;
        let mut org = None;
        while j < toks.len() {
            let u = &toks[j];
            let ul = u.lower();
            let ok = match u.entity() {
                Some(e) if e.kind == EntityKind::Organization => {
                    org = org.or(Some(e.id));
                    true
                }
                Some(e) if e.kind == EntityKind::Place => true,
                Some(_) => false,
                None => {
                    (u.kind == TokKind::Word
                        && (contains(&TITLE_HEADS, ul)
                            || contains(&TITLE_WORDS, ul)
                            || contains(&TITLE_CONNECTORS, ul)
                            // "the President of the Commission": a body's head word
                            // in a title referred to by "the".
                            || (determined && u.is_cap() && contains(&ORG_HEADS, ul))))
                        || matches!(u.kind, TokKind::Punct('(') | TokKind::Punct(')'))
                        || (u.kind == TokKind::Word
                            && u.text.chars().all(char::is_uppercase)
                            && u.text.len() >= 2)
                }
            };
            // "the Minister of Foreign Affairs, African Cooperation and Expatriates held":
            // a portfolio's list goes on after its comma.
            if let Some(end) = (j > i).then(|| portfolio_after(&toks, j)).flatten() {
                j = end;
                continue;
            }
            // "the Kuwaiti emir and Crown Prince X": the next title is someone else's; "the new
            // High Commissioner at the Office": where, not the title (but "Ambassador at Large").
            let at =
                j > i && u.is_word("at") && !toks.get(j + 1).is_some_and(|n| n.is_word("large"));
            if !ok || at || (j > i && super::titles::and_between_two_titles(&toks, j)) {
                break;
            }
            j += 1;
        }
        // "the CDB president": the body named before the title.
        if org.is_none() {
            org = determined_title(&toks, i).and_then(|k| {
                toks[k..i].iter().find_map(|u| {
                    u.entity()
                        .filter(|e| e.kind == EntityKind::Organization)
                        .map(|e| e.id)
                })
            });
        }
        // "received the Saudi minister at Bayan Palace": a preposition ends the title; the
        // capitalised words after it are a venue's or a place's, nobody's name.
        while j > i + 1 && matches!(toks[j - 1].lower(), "at" | "in") {
            j -= 1;
        }
        let before_a_preposition = j < toks.len()
            && j > i
            && toks[j].kind == TokKind::Word
            && matches!(toks[j].lower(), "at" | "in");
        // "the Chairwoman of the Sister Cities International": capitalised words after "of the"
        // name a body the catalog does not know, not the title's holder.
        let title_end = j;
        // (Or after a body's word and "of": "of the Organization of Turkic States".)
        let of_the = j > i + 2
            && ((toks[j - 1].is_word("the") && toks[j - 2].is_word("of"))
                || (toks[j - 1].is_word("of") && toks[i..j - 1].iter().any(|t| t.is_word("the"))));
        if of_the {
            // (With its own "of": "of the Organization of Turkic States".)
            let name_word = |k: usize| {
                toks.get(k)
                    .is_some_and(|n| n.is_cap() && !n.is_entity_of(EntityKind::Person))
            };
            let line_break = |k: usize| chars[toks[k - 1].e..toks[k].s].contains(&'\n');
            let mut k = j;
            while (name_word(k)
                || (k > j && toks.get(k).is_some_and(|n| n.is_word("of")) && name_word(k + 1)))
                && !(k > j && line_break(k))
            {
                k += 1;
            }
            // The body's name ends the title: a mark or a word in lower case follows ("and
            // her team"). Not a country's long name ("of the People's Republic of China").
            let ends = toks.get(k).is_none_or(|n| {
                line_break(k)
                    || matches!(n.kind, TokKind::Punct(_))
                    || (n.kind == TokKind::Word
                        && !n.is_cap()
                        && !matches!(n.lower(), "of" | "to" | "for"))
            });
            let a_place = toks[j..k].iter().any(|n| n.is_entity_of(EntityKind::Place));
            if k > j && ends && !a_place {
                j = k;
            }
        }
        // Followed by a name: that person is counted through the name itself.
        // Followed by a name, even one word the catalog does not know ("Foreign Minister
        // Sugiono met"): the title is that person's, not someone the article named elsewhere.
        let followed_by_person = !before_a_preposition
            && toks.get(j).is_some_and(|n| {
                n.is_entity_of(EntityKind::Person)
                    || (n.is_cap() && !not_a_name(n.lower()) && !contains(&HONORIFICS, n.lower()))
            })
            || (toks.get(j).is_some_and(|n| {
                // Not the comma that ends a clause opening the sentence ("In a meeting
                // with the secretary-general, A reaffirmed"): A is the subject.
                n.kind == TokKind::Punct(',')
                    && !super::titles::ends_a_fronted_clause(&toks, j, j + 1)
            }) && toks.get(j + 1).is_some_and(|n| {
                // "... with the President of X, H.E. A, Ambassador of Y, ...": A's title is
                // the one after the name; the one before refers to someone else.
                n.is_entity_of(EntityKind::Person)
                    && !cues
                        .iter()
                        .any(|c| c.name_start == n.s && c.title_start >= c.name_end)
            }));
        // A title a cue gave to the name it goes with ("Ambassador of the Vatican City State
        // A", where the place's name is not read as a name) is that person's.
        let followed_by_person = followed_by_person
            || cues.iter().any(|c| {
                c.person.is_some() && c.title_start <= t.s && t.s < c.title_end.min(c.name_start)
            });
        // Preceded by a name: "Bayramov, the Foreign Minister" is the person already counted.
        let preceded_by_person = i > 0
            && (toks[i - 1].is_entity_of(EntityKind::Person)
                || (toks[i - 1].kind == TokKind::Punct(',')
                    && i > 1
                    && toks[i - 2].is_entity_of(EntityKind::Person)));
        if !followed_by_person && !preceded_by_person {
            // An organization right before the title ("ICESCO Director General") is its own.
            if i > 0 {
                if let Some(e) = toks[i - 1].entity() {
                    if e.kind == EntityKind::Organization {
                        org = org.or(Some(e.id));
                    }
                }
            }
            // "the Defence Minister": the field before the head is the title's.
            let mut h = i;
            while h > 0
                && toks[h - 1].kind == TokKind::Word
                && toks[h - 1].is_cap()
                && contains(&TITLE_WORDS, toks[h - 1].lower())
                && !contains(&TITLE_HEADS, toks[h - 1].lower())
            {
                h -= 1;
            }
            let reference = title_ref(chars, sent.start, &toks, h, title_end, org);
            let key = &reference.key;
            if !key.is_empty() && key != "general" && key != "first" {
                // A body the catalog does not know: only one whose title the text gives
                // with that body ("Secretary General of the Organization of Turkic States
                // B"), not anyone of the bare title ("Director Maria Rojas of the Museum").
                let body = if title_end < j {
                    text_of(chars, toks[title_end].s, toks[j - 1].e)
                } else {
                    String::new()
                };
                let of_the_body = |p: i64| {
                    body.is_empty()
                        || cues.iter().any(|c| {
                            c.person == Some(p) && single_spaced(&c.title).contains(body.as_str())
                        })
                };
                if let Some(p) =
                    resolve_title(&reference, chars, cues, ctx, t.s).filter(|&p| of_the_body(p))
                {
                    out.push(Named {
                        entity: EntityRef {
                            kind: EntityKind::Person,
                            id: p,
                        },
                        at: t.s - sent.start,
                    });
                }
            }
        }
        i = j.max(i + 1);
    }
    // A title resolved to someone the sentence also names does not lower confidence.
    let named_directly: Vec<i64> = toks
        .iter()
        .filter_map(|t| t.entity())
        .filter(|e| e.kind == EntityKind::Person)
        .map(|e| e.id)
        .collect();
    let by_title = out
        .iter()
        .any(|n| n.entity.kind == EntityKind::Person && !named_directly.contains(&n.entity.id));
    (out, by_title)
}

/// True when two dates may be the same day: both known and overlapping, the same month and
/// day without a year, or either unknown.
pub fn dates_compatible(a: &Option<PartialDate>, b: &Option<PartialDate>) -> bool {
    match (a, b) {
        (Some(x), Some(y)) => DateKey::of(x).compatible(&DateKey::of(y)),
        _ => true,
    }
}

/// A date as [`dates_compatible`] compares it, worked out once: the importer compares each
/// new report with every earlier meeting of the same people.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DateKey {
    /// Earliest and latest calendar day, when the year is known.
    pub(crate) bounds: Option<(String, String)>,
    pub(crate) text: String,
}

impl DateKey {
    pub fn of(d: &PartialDate) -> DateKey {
        DateKey {
            bounds: d.earliest().zip(d.latest()),
            text: d.to_string(),
        }
    }

    /// Overlapping days; dates without a year: the same month and day text.
    pub fn compatible(&self, other: &DateKey) -> bool {
        match (&self.bounds, &other.bounds) {
            (Some((xe, xl)), Some((ye, yl))) => xe <= yl && ye <= xl,
            _ => self.text == other.text,
        }
    }
}

/// True when the words right after a named event (after a comma, a bracket of its own) say it
/// is still to come: "to be held on ...", "which is scheduled for ...".
fn to_come(after: &[char]) -> bool {
    let after: String = after.iter().take(60).collect();
    let rest = after.trim_start_matches(|c: char| c == ',' || c.is_whitespace());
    EVENT_TO_COME.is_match(rest)
}

/// ", held from 4 to 6 September in Oslo", ", which took place on Monday": when the event
/// named before the comma was held.
static HELD_CLAUSE: LazyLock<regex::Regex> = LazyLock::new(|| {
    regex::Regex::new(
        r"^,\s*(?:(?:which|that) (?:was|were) )?(?:held (?:in|on|from|at|between|during|over|last|this)|took place|taking place)(?-u:\b)[^,;.]*",
    )
    .expect("static regex")
});

/// Named events held ("the 12th Session of ISESCO General Conference", "Baku Summit of World
/// Religious Leaders ( 2010)"), one encounter each, in a sentence that says something was
/// held or took place (`HAPPENED`).
pub(crate) fn events(
    chars: &[char],
    sent: &Sentence,
    mentions: &[Mention],
    ctx: &Context,
    place: Option<i64>,
) -> Vec<Encounter> {
    let text = &sent.text;
    let mut out: Vec<Encounter> = Vec::new();
    let toks = tokens(chars, sent.start, sent.end, mentions);
    let mut covered_until = 0usize;
    for m in EVENT_HEAD.find_iter(text) {
        let head_s = sent.start + char_index(text, m.start());
        let head_e = sent.start + char_index(text, m.end());
        if head_s < covered_until {
            continue;
        }
        if negated_before(text, m.start()) {
            continue;
        }
        // Token index of the head.
        let Some(h) = toks.iter().position(|t| t.s <= head_s && head_s < t.e) else {
            continue;
        };
        // Extend left over capitalised words and ordinals ("International", "6th", "Baku").
        let mut s = h;
        while s > 0 {
            let t = &toks[s - 1];
            // "the NATO Leaders’ Summit": a plural's apostrophe inside the name.
            if matches!(t.kind, TokKind::Punct('’') | TokKind::Punct('\''))
                && s >= 2
                && toks[s - 2].is_cap()
                && toks[s - 2].text.ends_with('s')
                && toks[s - 2].e == t.s
            {
                s -= 1;
                continue;
            }
            // "the 5th Norway-Pacific Forum": a hyphen inside a word of the name.
            if matches!(t.kind, TokKind::Punct('-') | TokKind::Punct('–'))
                && s >= 2
                && toks[s - 2].e == t.s
                && t.e == toks[s].s
            {
                s -= 1;
                continue;
            }
            let ok = (t.is_cap() && !contains(&HONORIFICS, t.lower()))
                || (t.kind == TokKind::Word
                    && t.text.chars().next().is_some_and(|c| c.is_ascii_digit())
                    && t.text.len() <= 5)
                || t.is_entity_of(EntityKind::Place)
                || t.is_entity_of(EntityKind::Organization);
            if !ok || t.text.ends_with("'s") || t.text.ends_with("’s") {
                break;
            }
            s -= 1;
        }
        // Extend right over "of/on/for/the + capitalised words", organizations, a year.
        let mut e = toks
            .iter()
            .position(|t| t.e >= head_e)
            .map(|x| x + 1)
            .unwrap_or(h + 1);
        while let Some(t) = toks.get(e) {
            let l = t.lower();
            let joins = t.kind == TokKind::Word && contains(EVENT_WORDS, l)
                || matches!(t.kind, TokKind::Punct('-') | TokKind::Punct('–'));
            if joins {
                // Only when a capitalised word, name or year follows.
                let mut k = e + 1;
                while toks.get(k).is_some_and(|u| {
                    u.kind == TokKind::Word && contains(EVENT_WORDS, u.lower())
                        || matches!(u.kind, TokKind::Punct('-') | TokKind::Punct('–'))
                }) {
                    k += 1;
                }
                let follows = toks.get(k).is_some_and(|u| {
                    // "the Nordic Summit in May": a month or a weekday is no part of a name.
                    (u.is_cap() && !super::dates::is_calendar_word(u.lower()))
                        || (u.is_entity_of(EntityKind::Organization))
                        || (l == "of" && u.is_entity_of(EntityKind::Place))
                        || (u.kind == TokKind::Word
                            && u.text.len() == 4
                            && u.text.starts_with(['1', '2']))
                });
                if !follows {
                    break;
                }
                e = k;
                continue;
            }
            // "the Nordic Council Hall Tuesday": a weekday or a month is no part of a name.
            if (t.is_cap() && !super::dates::is_calendar_word(l))
                || t.is_entity_of(EntityKind::Organization)
            {
                e += 1;
                continue;
            }
            if t.kind == TokKind::Word && t.text.len() == 4 && t.text.starts_with(['1', '2']) {
                e += 1;
                continue;
            }
            // "(ISESCO)" after an organization's name.
            if t.kind == TokKind::Punct('(')
                && toks
                    .get(e + 2)
                    .is_some_and(|u| u.kind == TokKind::Punct(')'))
                && toks
                    .get(e + 1)
                    .is_some_and(|u| u.text.chars().all(char::is_uppercase) && u.text.len() >= 2)
            {
                e += 3;
                continue;
            }
            break;
        }
        // "a Joint Press Conference": the leaders speaking to reporters, no event of its own.
        if h > 0 && matches!(toks[h - 1].lower(), "press" | "news") {
            continue;
        }
        // A lone lower-case word ("the meeting") is not a named event.
        let words = &toks[s..e];
        let named = words.iter().any(|t| t.is_cap() || t.entity().is_some())
            || words
                .first()
                .is_some_and(|t| t.text.chars().next().is_some_and(|c| c.is_ascii_digit()));
        if !named || e <= s {
            continue;
        }
        // "the Mansudae Assembly Hall": a building named after a body, where something was
        // held, not an event.
        if toks[e - 1].kind == TokKind::Word
            && matches!(
                toks[e - 1].lower(),
                "hall"
                    | "house"
                    | "centre"
                    | "center"
                    | "palace"
                    | "hotel"
                    | "building"
                    | "residence"
                    | "headquarters"
                    | "museum"
                    | "stadium"
            )
        {
            continue;
        }
        let (ev_s, ev_e) = (toks[s].s, toks[e - 1].e);
        covered_until = ev_e;
        // "the 6th Summit, to be held on September 18": an event still to come.
        if to_come(&chars[ev_e..sent.end]) {
            continue;
        }
        let name = text_of(chars, ev_s, ev_e);
        let lname = name.to_lowercase();
        let kind = if [
            "conference",
            "forum",
            "summit",
            "congress",
            "symposium",
            "ceremony",
            "festival",
            "games",
            "expo",
            "exhibition",
            "assembly",
        ]
        .iter()
        .any(|w| lname.contains(w))
            // "the 7th Joint Commission for Bilateral Cooperation": a numbered sitting of a
            // joint body (not "the 43rd session of the Committee", a body's meeting).
            || (["commission", "committee"].iter().any(|w| lname.contains(w))
                && !["session", "meeting"].iter().any(|w| lname.contains(w)))
        {
            MeetingKind::Conference
        } else {
            MeetingKind::Meeting
        };
        // Its date: a year in brackets right after it, a year inside its name, or a date in the
        // sentence when it names one event only.
        let item_end = {
            let mut k = e;
            while k < toks.len() && toks[k].kind != TokKind::Punct(',') {
                k += 1;
            }
            // "(2008)," — the bracket belongs to the item.
            if k < toks.len() {
                toks[k].s
            } else {
                sent.end
            }
        };
        let mut item: String = chars[ev_s..item_end].iter().collect();
        // "the 9th Nordic Forum (NF), held from 4 to 6 September in Oslo": the clause after the
        // comma that says when it was held is the item's too.
        let rest: String = chars[item_end..sent.end.min(chars.len())].iter().collect();
        if let Some(m) = HELD_CLAUSE.find(&rest) {
            item.push_str(m.as_str());
        }
        let item_dates = dates_in_article(&item, ctx.article_date, ctx.article_partial.as_ref());
        let sentence_dates = dates_in_article(text, ctx.article_date, ctx.article_partial.as_ref());
        let (date, date_text, basis) = match item_dates.first() {
            Some(f) => (Some(f.date), Some(f.text.clone()), DateBasis::Stated),
            None => match pick_date(&sentence_dates, ev_e.saturating_sub(sent.start)) {
                Some(f) if out.is_empty() && !lname.contains("next") => {
                    (Some(f.date), Some(f.text.clone()), DateBasis::Stated)
                }
                _ => (None, None, DateBasis::Unknown),
            },
        };
        let mut organizations: Vec<(i64, Role)> = Vec::new();
        for t in &toks {
            if let Some(EntityRef {
                kind: EntityKind::Organization,
                id,
            }) = t.entity()
            {
                // The body that met: an organization in the event's name, or the subject
                // ("The Committee, at its Extraordinary Meeting").
                let in_name = t.s >= ev_s && t.e <= ev_e;
                let subject =
                    t.e <= ev_s && toks.first().is_some_and(|f| f.s == t.s || f.is_word("the"));
                if (in_name || subject) && !organizations.iter().any(|(o, _)| *o == id) {
                    organizations.push((id, Role::Participant));
                }
            }
        }
        out.push(Encounter {
            kind,
            date,
            date_text,
            basis,
            place,
            people: Vec::new(),
            organizations,
            event: Some(name),
            evidence: vec![(sent.start, sent.end)],
            // A named event is reported held more loosely than a meeting of two people (its
            // parties are often only its organiser): below the review threshold.
            confidence: 0.6,
            distinct: false,
            place_unknown: false,
        });
    }
    out
}
