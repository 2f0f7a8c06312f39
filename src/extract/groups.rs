//! A reception of a group named by its plural ("Eight ambassadors presented their credentials
//! to President X", "X received Ambassadors of A, B and C"), or envoys who met someone as a
//! group ("X's new envoys to A and B have met the President"), and its guests as the next
//! sentences name them: in a list ("They are: A, B"), an item a line ("- Mr. A, Ambassador of
//! X;"), or a paragraph each ("H.E. A, Ambassador of Cuba, discussed ...").

use std::sync::LazyLock;

use regex::Regex;

use super::cues::PersonCue;
use super::events::Named;
use super::lexicon::{contains, PLURAL_HEADS, TITLE_CONNECTORS};
use super::names::{EntityKind, Mention};
use super::sentences::Sentence;
use super::triggers::{char_index, Trigger};
use super::triggers::{CREDENTIALS, ENVOY_TITLE, LIST_CONTINUES, LIST_ITEM, PLURAL_ENVOYS};
use super::Encounter;
use crate::model::{DateBasis, MeetingKind, Role};

/// How many sentences after a group reception's own may still name its guests ("President X
/// received five new ambassadors. The ceremony ... The spokesman said the new envoys are A,
/// B and C.").
const LISTED_WITHIN: u8 = 3;

/// The group reception an article told last, and where its list stands.
#[derive(Default)]
pub(super) struct Group {
    /// Its host, date and place; each guest is received on their own.
    reception: Option<Encounter>,
    /// The sentence before listed the group's guests: "Others include ..." goes on.
    listing: bool,
    /// How many sentences more may still name its guests (none once another encounter is
    /// told).
    open: u8,
    /// The sentence before was an item of a list that goes on (it ends with a semicolon).
    items_go_on: bool,
    /// The list opened with a colon ("The envoys who presented their credentials were:"):
    /// each line that names someone is an item, and a line of their title goes with it.
    by_line: bool,
    /// Its host and the guests told so far: sentences about them alone ("Edwards said ...",
    /// "The Jamaican envoy observed ...") keep the group open to the next guest.
    members: Vec<i64>,
    /// The sentence before spoke of one of its guests: "She added ..." goes on about them.
    guest_spoken_of: bool,
    /// Its list has ended: only an envoy who presents credentials or meets (`meets`: a verb
    /// of meeting) is one more of its guests (not "Ghana's Ambassador to Italy, A, told
    /// reporters").
    after_list: bool,
}

impl Group {
    /// A group reception told without its guests.
    pub(super) fn opened(&mut self, reception: Encounter) {
        self.members = reception.people.iter().map(|(p, _)| *p).collect();
        self.reception = Some(reception);
        self.open = LISTED_WITHIN;
        self.after_list = false;
    }

    /// Its guests' receptions, each guest now one of the group.
    fn received(&mut self, receptions: Vec<Encounter>) -> Vec<Encounter> {
        self.guest_spoken_of = !receptions.is_empty();
        for e in &receptions {
            for (p, _) in &e.people {
                if !self.members.contains(p) {
                    self.members.push(*p);
                }
            }
        }
        receptions
    }

    /// Whether the group is open and `people` (named in a sentence) are all of it, one of its
    /// guests among them (not its host alone: "He urged the envoys ...").
    fn all_of_it(&self, people: &[i64]) -> bool {
        let host = |p: &i64| {
            self.reception
                .as_ref()
                .is_some_and(|g| g.people.iter().any(|(h, _)| h == p))
        };
        self.open > 0
            && people.iter().any(|p| !host(p))
            && people.iter().all(|p| self.members.contains(p))
    }

    /// Whether an encounter's people are all of the group (its host and guests told so far).
    pub(super) fn all_its_own(&self, e: &Encounter) -> bool {
        self.reception.is_some() && e.people.iter().all(|(p, _)| self.members.contains(p))
    }

    /// The group told last, if any.
    pub(super) fn last(&self) -> Option<&Encounter> {
        self.reception.as_ref()
    }

    /// Its guests listed with their host in one sentence ("Those who presented their
    /// credentials include A, B"): the next sentences may go on listing.
    pub(super) fn guests(&mut self, guests: &[i64], sent: &Sentence) -> Vec<Encounter> {
        self.listing = true;
        let found = self
            .reception
            .as_ref()
            .map(|g| receptions(g, guests, sent))
            .unwrap_or_default();
        self.received(found)
    }

    /// "H.E. A, Ambassador of Cuba, discussed ...": a sentence that opens with an envoy, soon
    /// after the group's, and names no one else but its host, tells of one of its guests.
    pub(super) fn envoy_told(
        &mut self,
        sent: &Sentence,
        cues: &[PersonCue],
        named: impl FnOnce() -> Vec<Named>,
        meets: bool,
    ) -> Option<Vec<Encounter>> {
        let g = self
            .reception
            .as_ref()
            .filter(|_| self.open > 0 || self.listing)?;
        let named = named();
        let guests: Vec<i64> = match opens_with_an_envoy(sent, cues) {
            Some(envoy) => vec![envoy],
            // "The president talked with Ambassador of X A and Ambassador of Y B about ...":
            // the envoys met during the ceremony, wherever the sentence names them.
            None => envoys_in(sent, cues),
        };
        let others = named.iter().any(|n| {
            n.entity.kind == EntityKind::Person
                && !guests.contains(&n.entity.id)
                && !g.people.iter().any(|(p, _)| *p == n.entity.id)
        });
        // After its list, one not yet its guest joins only by presenting credentials or
        // meeting; one of its guests may still be spoken of.
        let new_guest = guests.iter().any(|g| !self.members.contains(g));
        let joins = !self.after_list || meets || CREDENTIALS.is_match(&sent.text);
        if guests.is_empty() || others || (new_guest && !joins) {
            return None;
        }
        let found = receptions(g, &guests, sent);
        self.open = LISTED_WITHIN;
        Some(self.received(found))
    }

    /// The guests a sentence without a verb of meeting lists: "Others include ...", right
    /// after the group's own sentence "They are: ...", one item of the list a line, or an item
    /// without a mark (a line that opens with a person's name and ends with a semicolon, or
    /// the last one after such items), or a sentence that goes on with the list: it opens
    /// with a person's name and names only people the article names here first, with as many
    /// places ("A is from X, while B is the Head of Mission for Y").
    pub(super) fn listed(
        &mut self,
        text: &str,
        sent: &Sentence,
        named: impl Fn() -> Vec<Named>,
        mentions: &[Mention],
    ) -> Option<Vec<Encounter>> {
        // No list open and none that may open: nothing to read (as below, without reading).
        if !self.listing && (self.open == 0 || self.reception.is_none()) {
            self.items_go_on = text.trim_end().ends_with(';');
            self.by_line = false;
            return None;
        }
        let named_before = |p: i64| {
            mentions.iter().any(|m| {
                m.start_char < sent.start
                    && m.entity
                        .is_some_and(|e| e.id == p && e.kind == EntityKind::Person)
            })
        };
        let places_here = || {
            mentions
                .iter()
                .filter(|m| m.start_char >= sent.start && m.end_char <= sent.end)
                .filter(|m| m.entity.is_some_and(|e| e.kind == EntityKind::Place))
                .count()
        };
        let listing = self.listing;
        // "Ambassador-designate of Norway", the line under an item's name: the list goes on.
        if listing && self.by_line && !named().iter().any(|n| n.entity.kind == EntityKind::Person) {
            return Some(Vec::new());
        }
        // The words after the list's opening name its first item: a colon, a name, a title
        // or a courtesy title in capitals, or "the" and an envoy's title ("They were earlier
        // briefed by ...", "The first to speak was the Minister ..." list no one).
        let header = LIST_CONTINUES
            .find(text)
            .map(|m| m.end())
            .filter(|&end| opens_an_item(&text[end..]));
        let opens_by_line = header.is_some_and(|end| text[end..].trim() == ":");
        let continues = header
            .or_else(|| LIST_ITEM.find(text).filter(|_| listing).map(|m| m.end()))
            .or_else(|| {
                if !listing {
                    return None;
                }
                let all = named();
                let people: Vec<&Named> = all
                    .iter()
                    .filter(|n| n.entity.kind == EntityKind::Person)
                    .collect();
                let places = places_here();
                let opens = people.iter().any(|n| n.at <= 8);
                let item = text.trim_end().ends_with(';')
                    || self.items_go_on
                    || (self.by_line && names_only(text));
                // New people, each with a country: more of the envoys.
                let all_new =
                    people.iter().all(|n| !named_before(n.entity.id)) && places >= people.len();
                (opens && (item || all_new)).then_some(0)
            });
        self.items_go_on = text.trim_end().ends_with(';');
        let (true, Some(g), Some(end)) = (listing || self.open > 0, &self.reception, continues)
        else {
            // The list has ended: a later sentence may still tell of one more of its guests
            // ("In the same vein, the Ambassador of X, B, presented his credentials").
            if self.listing {
                self.open = LISTED_WITHIN;
                self.after_list = true;
            }
            self.listing = false;
            self.by_line = false;
            return None;
        };
        self.by_line = opens_by_line || (self.by_line && listing);
        self.open = 0;
        self.listing = true;
        let from = char_index(text, end);
        let guests = super::clauses::dedup_ids(
            named()
                .iter()
                .filter(|n| n.entity.kind == EntityKind::Person && n.at >= from),
        );
        let found = receptions(g, &guests, sent);
        Some(self.received(found))
    }

    /// "New envoys to A and B have met the President, X" (`t`, the encounter of X alone,
    /// `alone`): a group whose people the next sentences name ("The new ambassadors are
    /// ..."), each met on their own; not the envoys of a group told just before ("... later
    /// saw the envoys hold talks with the head of state").
    pub(super) fn envoys_met(&mut self, text: &str, t: &Trigger, mut alone: Encounter) -> bool {
        let subject: String = text.chars().take(t.start).collect();
        if t.kind == MeetingKind::Visit
            || !PLURAL_ENVOYS.is_match(&subject)
            || self.still_open().is_some()
        {
            return false;
        }
        alone.kind = t.kind;
        for (_, role) in alone.people.iter_mut() {
            *role = sides(t.kind).0;
        }
        self.opened(alone);
        true
    }

    /// One sentence more told since the group's (`named`: whom it names). One about its
    /// guests ("Edwards said ...", and "She added ..." right after one) leaves it open as it
    /// was.
    pub(super) fn sentence_told(&mut self, text: &str, named: impl FnOnce() -> Vec<Named>) {
        let people: Vec<i64> = if self.open > 0 && self.members.len() > 1 {
            named()
                .iter()
                .filter(|n| n.entity.kind == EntityKind::Person)
                .map(|n| n.entity.id)
                .collect()
        } else {
            Vec::new()
        };
        let people = &people[..];
        // (A quotation's sentences after its first go on with its speaker.)
        let pronoun = matches!(text.split_whitespace().next(), Some("He" | "She"));
        let quoted_on = !text.contains('“') && text.contains('”');
        let about_a_guest = self.all_of_it(people)
            || (people.is_empty()
                && (pronoun || quoted_on)
                && self.guest_spoken_of
                && self.open > 0);
        self.guest_spoken_of = about_a_guest;
        if !about_a_guest {
            self.open = self.open.saturating_sub(1);
        }
    }

    /// Another encounter was told: the group's guests are no longer listed.
    pub(super) fn close(&mut self) {
        self.open = 0;
        self.listing = false;
    }

    /// The group still open to a sentence about it ("The ceremony, held on Monday May 10,
    /// ..."), for its day.
    pub(super) fn still_open(&mut self) -> Option<&mut Encounter> {
        self.reception.as_mut().filter(|_| self.open > 0)
    }
}

/// Whether `rest` (after a list's opening words) begins with its first item.
fn opens_an_item(rest: &str) -> bool {
    let rest = rest.trim_start();
    if rest.starts_with(':') || rest.starts_with(|c: char| c.is_uppercase()) {
        return true;
    }
    // "Others are ambassadors A (X) and B": an envoys' plural title before the first name.
    if let Some(m) = PLURAL_ENVOYS
        .find(rest)
        .filter(|m| m.start() == 0 && m.end() > 0)
    {
        return rest[m.end()..]
            .trim_start()
            .starts_with(|c: char| c.is_uppercase());
    }
    // "the Ambassador of X", "the Australian ambassador", "the new Ghanaian envoy".
    rest.strip_prefix("the ").is_some_and(|r| {
        ENVOY_TITLE.find(r).is_some_and(|m| {
            // Not "the Australian ambassador's counterparts".
            let possessive = r[m.end()..].starts_with(['\'', '’']);
            let before = &r[..m.start()];
            !possessive
                && (m.start() == 0
                    || (before.split_whitespace().count() <= 2
                        && before
                            .split_whitespace()
                            .all(|w| w == "new" || w.starts_with(char::is_uppercase))))
        })
    })
}

/// A line of a list that names and titles someone, and tells nothing ("Mr. A, Ambassador of
/// X based in Y"; not "Ms. B, the minister, spoke."): its words in lower case are those a
/// title has inside.
fn names_only(text: &str) -> bool {
    text.split(|c: char| !(c.is_alphabetic() || c == '-' || c == '\'' || c == '’'))
        .filter(|w| w.chars().next().is_some_and(char::is_lowercase))
        .all(|w| {
            contains(&TITLE_CONNECTORS, w) || matches!(w, "based" | "designate" | "-designate")
        })
}

/// Whether the sentence opens with an envoy introduced by their title ("H.E. A, Ambassador of
/// the Republic of Cuba to Nigeria, discussed ...", "While H.E. B, High Commissioner of Fiji,
/// ..."): the person named first, within its first words, if they hold an envoy's post there.
fn opens_with_an_envoy(sent: &Sentence, cues: &[PersonCue]) -> Option<i64> {
    let opening = sent.start + 16;
    cues.iter()
        .filter(|c| c.sentence == (sent.start, sent.end))
        .min_by_key(|c| c.name_start)
        .filter(|c| c.name_start.min(c.title_start) <= opening && ENVOY_TITLE.is_match(&c.title))
        .and_then(|c| c.person)
}

/// The people a sentence names with an envoy's post ("Ambassador of Egypt A", "Syrian
/// Ambassador B"), in text order.
fn envoys_in(sent: &Sentence, cues: &[PersonCue]) -> Vec<i64> {
    let mut here: Vec<&PersonCue> = cues
        .iter()
        .filter(|c| c.sentence == (sent.start, sent.end) && ENVOY_TITLE.is_match(&c.title))
        .collect();
    here.sort_by_key(|c| c.name_start);
    let mut envoys: Vec<i64> = Vec::new();
    for c in here {
        if let Some(p) = c.person.filter(|p| !envoys.contains(p)) {
            envoys.push(p);
        }
    }
    envoys
}

/// "X held a series of talks with his Arab counterparts on Wednesday in Cairo": the meetings
/// the next sentences tell of X one by one, without a day or a place of their own, are of
/// that day and place.
#[derive(Default)]
pub(super) struct Series {
    /// Its one person (who met the others), day and place.
    told: Option<Encounter>,
}

impl Series {
    /// A series told with its day or its place.
    pub(super) fn opened(&mut self, series: Encounter) {
        if series.date.is_some() || series.place.is_some() {
            self.told = Some(series);
        }
    }

    /// An encounter of the series' person: its day and place, where it tells none.
    pub(super) fn fill(&self, e: &mut Encounter) {
        let Some(s) = &self.told else {
            return;
        };
        let theirs = s
            .people
            .iter()
            .all(|(p, _)| e.people.iter().any(|(q, _)| p == q));
        if !theirs || e.event.is_some() || e.people.len() < 2 {
            return;
        }
        if e.date.is_none() && s.date.is_some() {
            e.date = s.date;
            e.date_text = s.date_text.clone();
            e.basis = DateBasis::Context;
        }
        if e.place.is_none() && !e.place_unknown {
            e.place = s.place;
        }
    }
}

/// One reception of a group's host for each guest a list names.
pub(super) fn receptions(group: &Encounter, guests: &[i64], sent: &Sentence) -> Vec<Encounter> {
    guests
        .iter()
        .filter(|g| !group.people.iter().any(|(p, _)| p == *g))
        .map(|g| {
            let mut one = group.clone();
            one.people.push((*g, sides(group.kind).1));
            one.evidence.insert(0, (sent.start, sent.end));
            one
        })
        .collect()
}

/// A day or a place told between two names: each met on their own.
static TIME_OR_PLACE: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"(?i)\b(?:on|in|at|during)\b").expect("static regex"));

/// A delegation and who leads it, right before a name (a title between): "a delegation from
/// X, chaired by Tuzla University Rector, Mr. ".
static LED_BY_BEFORE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"(?i)\bdelegations?\b[^;]{0,100}?\b(?:led|headed|chaired)(?: jointly)? by\b[^;]{0,60}$",
    )
    .expect("static regex")
});
/// Words between two names that tell more than a list of them.
static ANOTHER_VERB: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)\b(?:met|meets|received|receives|held|visited|then|later|also|while|who)\b|;")
        .expect("static regex")
});

/// The words from one person's name to their spouse's: "B and his wife ", "B and her husband,".
static COUPLE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"(?i)^[^,;]{1,60} and (?:his|her) (?:wife|husband|spouse)[,\s]*(?:(?:first lady|first gentleman|madam|mrs\.?|mr\.?|dr\.?)[,\s]*)?$",
    )
    .expect("static regex")
});

/// "received the Swedish and Danish foreign ministers": counterparts named in one phrase (a
/// plural title of two countries), met together, not one after the other as a list names
/// them. Their mentions lie within a few words joined by "and", with no comma between.
pub(crate) fn named_together(text: &str, people: &[Named], ids: &[i64]) -> bool {
    let Some((between, first, last)) = from_first_to_last(text, people, ids) else {
        return false;
    };
    // The plural head within a few words after the last ("Danish foreign ministers").
    let plural_after = text
        .chars()
        .skip(last)
        .collect::<String>()
        .split_whitespace()
        .take(4)
        .any(|w| {
            let w = w.trim_end_matches([',', '.', ';']).to_lowercase();
            contains(&PLURAL_HEADS, &w) || w == "counterparts"
        });
    // One phrase read as both (a plural title), or two words of one joined by "and"; not
    // "received the Swedish and Danish ministers separately".
    let apart = [
        "separately",
        "individually",
        "respectively",
        "in turn",
        "one by one",
    ];
    // "met with President B and his wife C": a couple, met together.
    // Not "... B on Monday and her husband C on Tuesday", "... separately".
    let couple = ids.len() == 2
        && COUPLE.is_match(&between)
        && !TIME_OR_PLACE.is_match(&between)
        && !apart.iter().any(|w| text.contains(w));
    // "received a delegation chaired by Rector B and Rector C": the delegation's heads, met
    // together (nothing else told between them).
    let before: String = text.chars().take(first).collect();
    let heads_of_a_delegation = LED_BY_BEFORE.is_match(&before) && !ANOTHER_VERB.is_match(&between);
    couple
        || (ids.len() >= 2 && heads_of_a_delegation)
        || ids.len() >= 2
            && !apart.iter().any(|w| text.contains(w))
            && (first == last
                || (last - first <= 30
                    && between.contains(" and ")
                    && !between.contains(',')
                    && plural_after))
}

/// "X met with A, B and C": one encounter of `subject` with each counterpart (someone named
/// again after the verb is no counterpart of their own), the attendees at every one; a
/// reception's subject is its host. Each is kept apart from other reports only when the text
/// says so ("also met"), as `enc` has it; less certain when its people were named by title or
/// the sentence hedges (`(by_title, hedged)`).
pub(crate) fn one_with_each(
    enc: &Encounter,
    subject: i64,
    counterparts: &[i64],
    attendees: &[i64],
    place: Option<i64>,
    (by_title, hedged): (bool, bool),
) -> Vec<Encounter> {
    let penalty = if by_title { 0.1 } else { 0.0 } + if hedged { 0.3 } else { 0.0 };
    let (subject_role, counterpart_role) = sides(enc.kind);
    counterparts
        .iter()
        .filter(|c| **c != subject)
        .map(|c| {
            let mut one = enc.clone();
            one.people.push((subject, subject_role));
            one.people.push((*c, counterpart_role));
            for a in attendees {
                one.people.push((*a, Role::Participant));
            }
            one.place = place;
            one.confidence -= penalty;
            one
        })
        .collect()
}

/// The roles of an encounter's subject and of those it met: a reception's host and visitors,
/// a signing's signatories, else participants.
pub(super) fn sides(kind: MeetingKind) -> (Role, Role) {
    match kind {
        MeetingKind::Reception => (Role::Host, Role::Visitor),
        MeetingKind::Signing => (Role::Signatory, Role::Signatory),
        _ => (Role::Participant, Role::Participant),
    }
}

/// "received a delegation of X", "met with a high-level delegation": the object of the verb is
/// a delegation, whose people the text may name after.
static A_DELEGATION: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)^\s*(?:with\s+)?(?:an?|the)\s+(?:[A-Za-z.’'-]+\s+){0,4}?delegations?(?-u:\b)")
        .expect("static regex")
});

/// "The delegation, comprising envoys of ten states, met with B": the subject of the verb is
/// a delegation (after an opening phrase, before an appositive), whose people the text may
/// name after.
static THE_DELEGATION_MET: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)^(?:[^,]{1,40},\s+|.{0,60}?\s[–—-]{1,2}\s+)?(?:an?|the|this|their|its)\s+(?:[\w.’'()-]+\s+){0,5}?delegation(?:,[^,]{1,120},)?\s*$")
        .expect("static regex")
});

/// "the delegation", "the PSC delegation": one told before.
static THE_DELEGATION: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)(?-u:\b)the\s+(?:[\w’'-]+\s+){0,3}?delegation(?-u:\b)").expect("static regex")
});

/// "X welcomed a delegation of Y ... The delegation was headed by A and included B": X's
/// encounter, told without its guests, whom one of the next two sentences names.
#[derive(Default)]
pub(super) struct Delegation {
    /// The encounter of its one person, how many sentences more may name the guests, and
    /// whether the delegation was the encounter's subject.
    told: Option<(Encounter, u8, bool)>,
}

impl Delegation {
    /// One sentence more told since the encounter.
    pub(super) fn sentence_told(&mut self) {
        self.told = self.told.take().filter(|(_, left, _)| *left > 0);
        if let Some((_, left, _)) = &mut self.told {
            *left -= 1;
        }
    }

    /// An encounter of one person `one` at trigger `t`: kept when its object is a delegation,
    /// or its subject is and `one` is named after the verb (`one_after`).
    pub(super) fn opened(
        &mut self,
        text: &str,
        t: &Trigger,
        (one, one_after): (i64, bool),
        mut e: Encounter,
    ) {
        let object: String = text.chars().skip(t.end).take(60).collect();
        let (subject_role, object_role) = sides(t.kind);
        if A_DELEGATION.is_match(&object) {
            e.people = vec![(one, subject_role)];
            self.told = Some((e, 2, false));
        } else if one_after && !t.passive && {
            let subject: String = text.chars().take(t.start).collect();
            THE_DELEGATION_MET.is_match(&subject)
        } {
            e.people = vec![(one, object_role)];
            self.told = Some((e, 2, true));
        }
    }

    /// The delegation's members a sentence names: the encounter with them, if one is waiting.
    /// One that met someone is named as "the delegation" ("A second delegation, led by B, will
    /// arrive" is another).
    pub(super) fn named(&mut self, members: &[i64], sent: &Sentence) -> Option<Encounter> {
        if members.is_empty() {
            return None;
        }
        if self.told.as_ref().is_some_and(|(_, _, subject)| *subject)
            && !THE_DELEGATION.is_match(&sent.text)
        {
            return None;
        }
        let (mut e, _, subject) = self.told.take()?;
        let role = if subject {
            sides(e.kind).0
        } else {
            sides(e.kind).1
        };
        for m in members {
            if !e.people.iter().any(|(p, _)| p == m) {
                e.people.push((*m, role));
            }
        }
        e.evidence.push((sent.start, sent.end));
        e.confidence = 0.8;
        Some(e)
    }
}

/// The text from the first of `ids` that `people` names to the last, and where they are.
fn from_first_to_last(text: &str, people: &[Named], ids: &[i64]) -> Option<(String, usize, usize)> {
    let at: Vec<usize> = people
        .iter()
        .filter(|n| ids.contains(&n.entity.id))
        .map(|n| n.at)
        .collect();
    let (&first, &last) = (at.iter().min()?, at.iter().max()?);
    let between = text.chars().skip(first).take(last - first).collect();
    Some((between, first, last))
}

/// "held a joint meeting with A, B and C", "a trilateral meeting with A and B" (the words
/// of the encounter): its counterparts met at once; not "separate joint meetings", "bilateral
/// and trilateral talks", nor "joint talks with A on Monday and with B on Wednesday".
pub(crate) fn met_at_once(words: &str, text: &str, people: &[Named], ids: &[i64]) -> bool {
    if !MET_AT_ONCE.is_match(words) || APART.is_match(words) {
        return false;
    }
    let Some((between, _, _)) = from_first_to_last(text, people, ids) else {
        return false;
    };
    !between.split(|c: char| !c.is_alphanumeric()).any(|w| {
        matches!(
            w.to_lowercase().as_str(),
            "with" | "on" | "in" | "at" | "separately"
        )
    })
}

/// Words of a meeting with several at once.
static MET_AT_ONCE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)\b(?:joint|trilateral|quadrilateral)\b").expect("static regex")
});
/// ... unless the meetings were apart.
static APART: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)\b(?:separate|separately|bilateral)\b").expect("static regex")
});
