//! Facts in article text: people introduced by a title ("Minister of Foreign Affairs Jeyhun
//! Bayramov"), organizations introduced with an acronym ("... Cooperation (OIC)"), and the
//! encounters an article reports as having happened (met, received, visited, signed, attended,
//! held), each with participants, date, place and the sentences that say so.
//!
//! Everything here is a pure function of the text and the names already recognised in it.

use std::collections::{BTreeSet, HashMap};
use std::sync::LazyLock;

use chrono::NaiveDate;
use regex::Regex;

use super::dates::{dates_in, is_calendar_word, FoundDate};
use super::names::{EntityKind, EntityRef, Mention};
use super::sentences::Sentence;
use crate::date::PartialDate;
pub use crate::model::{DateBasis, MeetingKind, Role};

// ---------------------------------------------------------------------------------------------
// Tokens: words, punctuation, and recognised names collapsed into one token each.

#[derive(Debug, Clone, PartialEq)]
enum TokKind {
    Word,
    Punct(char),
    Entity(Option<EntityRef>),
}

#[derive(Debug, Clone)]
struct Tok {
    /// Character offsets in the body.
    s: usize,
    e: usize,
    text: String,
    kind: TokKind,
}

impl Tok {
    fn lower(&self) -> String {
        self.text.to_lowercase()
    }
    fn is_cap(&self) -> bool {
        self.kind == TokKind::Word && self.text.chars().next().is_some_and(char::is_uppercase)
    }
    fn is_word(&self, w: &str) -> bool {
        self.kind == TokKind::Word && self.text.eq_ignore_ascii_case(w)
    }
    fn entity(&self) -> Option<EntityRef> {
        match self.kind {
            TokKind::Entity(e) => e,
            _ => None,
        }
    }
    fn is_entity_of(&self, kind: EntityKind) -> bool {
        self.entity().is_some_and(|e| e.kind == kind)
    }
}

/// A word list from a lexicon file: one entry a line, `#` comments.
fn word_list(text: &'static str) -> Vec<&'static str> {
    text.lines()
        .map(str::trim)
        .filter(|l| !l.is_empty() && !l.starts_with('#'))
        .collect()
}

/// Abbreviated courtesy titles whose full stop belongs to the word ("Dr.", "Mr.").
fn is_abbreviation(word: &[char]) -> bool {
    let w: String = word.iter().collect::<String>().to_lowercase();
    ABBREVIATED_HONORIFICS.contains(&w.as_str())
}

static ABBREVIATED_HONORIFICS: LazyLock<Vec<&str>> =
    LazyLock::new(|| word_list(include_str!("lexicon/abbreviated_honorifics.txt")));

fn is_word_char(c: char) -> bool {
    c.is_alphanumeric() || matches!(c, '-' | '\'' | '’' | '.')
}

/// Tokens of the sentence at `start..end` (body characters), names collapsed.
fn tokens(chars: &[char], start: usize, end: usize, mentions: &[Mention]) -> Vec<Tok> {
    let mut out = Vec::new();
    let inside: Vec<&Mention> = mentions
        .iter()
        .filter(|m| m.start_char >= start && m.end_char <= end)
        .collect();
    let mut mi = 0;
    let mut i = start;
    while i < end {
        while mi < inside.len() && inside[mi].start_char < i {
            mi += 1;
        }
        if mi < inside.len() && inside[mi].start_char == i {
            let m = inside[mi];
            let mut e = m.end_char;
            // A possessive belongs to the name it follows.
            if e + 1 < end && matches!(chars[e], '\'' | '’') && chars[e + 1] == 's' {
                e += 2;
            }
            out.push(Tok {
                s: i,
                e,
                text: chars[i..e].iter().collect(),
                kind: TokKind::Entity(m.entity),
            });
            i = e.max(i + 1);
            continue;
        }
        let c = chars[i];
        if c.is_whitespace() {
            i += 1;
        } else if c.is_alphanumeric() {
            let mut e = i;
            while e < end && is_word_char(chars[e]) {
                e += 1;
            }
            // Trailing full stops and hyphens are punctuation unless the word is an initial
            // or an abbreviation with inner stops ("H.E.", "M.").
            while e > i + 1
                && matches!(chars[e - 1], '.' | '-' | '\'' | '’')
                && !(chars[e - 1] == '.' && chars[i..e - 1].contains(&'.'))
                && !(chars[e - 1] == '.' && e - i == 2)
                && !(chars[e - 1] == '.' && is_abbreviation(&chars[i..e - 1]))
            {
                e -= 1;
            }
            out.push(Tok {
                s: i,
                e,
                text: chars[i..e].iter().collect(),
                kind: TokKind::Word,
            });
            i = e;
        } else {
            out.push(Tok {
                s: i,
                e: i + 1,
                text: c.to_string(),
                kind: TokKind::Punct(c),
            });
            i += 1;
        }
    }
    out
}

// ---------------------------------------------------------------------------------------------
// Vocabulary.

/// Words that begin a title.
static TITLE_HEADS: LazyLock<Vec<&str>> =
    LazyLock::new(|| word_list(include_str!("lexicon/title_heads.txt")));

/// Capitalised words that belong to a title, never to a name.
static TITLE_WORDS: LazyLock<Vec<&str>> =
    LazyLock::new(|| word_list(include_str!("lexicon/title_words.txt")));

/// Courtesy words dropped before a name.
static HONORIFICS: LazyLock<Vec<&str>> =
    LazyLock::new(|| word_list(include_str!("lexicon/honorifics.txt")));

/// Lower-case words allowed inside a title ("Director General of the organization").
static TITLE_CONNECTORS: LazyLock<Vec<&str>> =
    LazyLock::new(|| word_list(include_str!("lexicon/title_connectors.txt")));

/// Particles inside names ("Salim bin Muhammad", "Ursula von der Leyen").
static NAME_PARTICLES: LazyLock<Vec<&str>> =
    LazyLock::new(|| word_list(include_str!("lexicon/name_particles.txt")));

/// Capitalised words that are never part of a person's name (besides months and weekdays).
static NOT_NAMES: LazyLock<Vec<&str>> =
    LazyLock::new(|| word_list(include_str!("lexicon/not_names.txt")));

/// Nouns that end an organization's name.
static ORG_HEADS: LazyLock<Vec<&str>> =
    LazyLock::new(|| word_list(include_str!("lexicon/org_heads.txt")));

/// The words of some tokens, without the names among them.
fn words_only(toks: &[Tok]) -> String {
    toks.iter()
        .filter(|t| t.kind == TokKind::Word)
        .map(|t| t.text.as_str())
        .collect::<Vec<_>>()
        .join(" ")
}

/// Words of country names (and demonyms), never part of a person's name. Names that are also
/// given names (Jordan, Chad, Georgia) are left out.
static COUNTRY_WORDS: LazyLock<Vec<&str>> =
    LazyLock::new(|| word_list(include_str!("lexicon/country_words.txt")));

/// A lower-case word that cannot be part of a person's name.
fn not_a_name(w: &str) -> bool {
    contains(&NOT_NAMES, w) || contains(&COUNTRY_WORDS, w) || is_calendar_word(w)
}

fn contains(list: &[&str], w: &str) -> bool {
    list.contains(&w)
}

/// A title reduced to its words for comparison: "Minister of Foreign Affairs", "FM" and
/// "Foreign Minister" all become "foreign minister"; "Director-General" is "director general".
pub fn title_key(title: &str) -> String {
    let words: Vec<String> = title
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .map(str::to_lowercase)
        .map(|w| match PLURAL_HEADS.iter().position(|p| *p == w) {
            // "Foreign Ministers" each hold the title "foreign minister".
            Some(_) if w == "secretaries" => "secretary".to_string(),
            Some(_) if w == "chairmen" => "chairman".to_string(),
            Some(_) => w.trim_end_matches('s').to_string(),
            None => w,
        })
        .filter(|w| !matches!(w.as_str(), "of" | "the" | "to" | "for" | "and" | "a" | "an"))
        .filter(|w| contains(&TITLE_HEADS, w) || contains(&TITLE_WORDS, w))
        .collect();
    let joined = words.join(" ");
    match joined.as_str() {
        "fm" | "minister foreign affairs" | "foreign minister" => "foreign minister".to_string(),
        "head state" => "president".to_string(),
        _ => joined,
    }
}

// ---------------------------------------------------------------------------------------------
// People introduced by a title, organizations introduced with an acronym.

/// A person named after (or right before) a title in the text.
#[derive(Debug, Clone, PartialEq)]
pub struct PersonCue {
    /// The person, when the name is already known.
    pub person: Option<i64>,
    /// The name as written (with line breaks and doubled spaces made single).
    pub name: String,
    pub name_start: usize,
    pub name_end: usize,
    /// The title as written ("Minister of Foreign Affairs") and its key ("foreign minister").
    pub title: String,
    pub title_key: String,
    /// Where the title is (body offsets): before the name, or after it ("Salim AlMalik,
    /// Director-General of ICESCO").
    pub title_start: usize,
    pub title_end: usize,
    pub organization: Option<i64>,
    pub place: Option<i64>,
    /// The sentence, as body offsets.
    pub sentence: (usize, usize),
}

/// An organization written as "Long Name (ACRONYM)".
#[derive(Debug, Clone, PartialEq)]
pub struct OrganizationCue {
    /// The organization, when the long name is already known.
    pub organization: Option<i64>,
    pub name: String,
    pub acronym: String,
    pub sentence: (usize, usize),
}

fn single_spaced(s: &str) -> String {
    s.split_whitespace().collect::<Vec<_>>().join(" ")
}

fn text_of(chars: &[char], s: usize, e: usize) -> String {
    single_spaced(
        &chars[s.min(e)..e.min(chars.len())]
            .iter()
            .collect::<String>(),
    )
}

/// The title right before token `at` (a name): its first token index, or None.
fn title_before(toks: &[Tok], at: usize) -> Option<usize> {
    let mut i = at;
    let mut commas = 0;
    let mut head: Option<usize> = None;
    let mut steps = 0;
    while i > 0 && steps < 16 {
        i -= 1;
        steps += 1;
        let t = &toks[i];
        match &t.kind {
            TokKind::Punct(',')
            | TokKind::Punct('-')
            | TokKind::Punct('–')
            | TokKind::Punct('—')
                if i + 1 == at && commas == 0 =>
            {
                commas += 1
            }
            TokKind::Punct('(') | TokKind::Punct(')') => {}
            TokKind::Punct(_) => break,
            TokKind::Entity(Some(e)) if e.kind == EntityKind::Person => break,
            TokKind::Entity(_) => {
                // "ICESCO Director General", "Azerbaijan's Minister": the name belongs in
                // the title only when a title word follows it.
                if t.text.ends_with("'s") || t.text.ends_with("’s") {
                    if head.is_some() {
                        break;
                    }
                    continue;
                }
            }
            TokKind::Word => {
                let l = t.lower();
                // "his Japanese counterpart, Takeshi Iwaya": a lower-case title after a
                // possessive or an article.
                let determined = toks[i.saturating_sub(3)..i]
                    .iter()
                    .any(|d| matches!(d.lower().as_str(), "his" | "her" | "their" | "its" | "the"));
                if (contains(&TITLE_HEADS, &l) || PLURAL_HEADS.contains(&l.as_str())) && t.is_cap()
                    || l == "fm"
                    || ((contains(&TITLE_HEADS, &l) || l == "counterpart") && determined)
                {
                    head = Some(i);
                } else if !(t.is_cap() || contains(&TITLE_CONNECTORS, &l) || l == "-") {
                    // Only capitalised words and connectors continue a title, and an
                    // adjective between "the" and a name ("of the friendly United States").
                    let adjective = i > 0
                        && toks[i - 1].is_word("the")
                        && toks.get(i + 1).is_some_and(|n| {
                            n.is_cap() || n.entity().is_some_and(|e| e.kind != EntityKind::Person)
                        });
                    if !adjective {
                        break;
                    }
                }
            }
        }
    }
    // A comma between title and name is only allowed when there is a title.
    if commas > 0 && head.is_none() {
        return None;
    }
    head
}

/// A title right after a name and a comma ("Salim AlMalik, Director-General of ICESCO,"):
/// its token range.
fn title_after(toks: &[Tok], name_end: usize) -> Option<(usize, usize)> {
    if toks.get(name_end)?.kind != TokKind::Punct(',') {
        return None;
    }
    let mut h = name_end + 1;
    // ", the newly appointed Ambassador of ...": an article and a few lower-case words may
    // come before the title's head.
    let determined = toks.get(h).is_some_and(|t| t.is_word("the"));
    if determined {
        h += 1;
        let mut k = 0;
        while k < 2
            && toks.get(h).is_some_and(|t| {
                t.kind == TokKind::Word && !t.is_cap() && !contains(&TITLE_HEADS, &t.lower())
            })
        {
            h += 1;
            k += 1;
        }
    }
    let head = toks.get(h)?;
    if !((head.is_cap() || determined) && contains(&TITLE_HEADS, &head.lower())) {
        return None;
    }
    let mut e = h;
    while let Some(t) = toks.get(e) {
        let l = t.lower();
        let ok = match &t.kind {
            TokKind::Entity(Some(r)) => r.kind != EntityKind::Person,
            TokKind::Entity(None) => true,
            TokKind::Punct('(') | TokKind::Punct(')') => true,
            TokKind::Punct(_) => false,
            TokKind::Word => {
                t.is_cap()
                    || contains(&TITLE_CONNECTORS, &l)
                    || (determined && (contains(&TITLE_HEADS, &l) || contains(&TITLE_WORDS, &l)))
            }
        };
        if !ok {
            break;
        }
        e += 1;
    }
    // A title does not end in a connector ("of the").
    while e > h && toks[e - 1].kind == TokKind::Word && !toks[e - 1].is_cap() {
        e -= 1;
    }
    (e > h && e - h <= 20).then_some((h, e))
}

/// A courtesy title at token `i`: "Dr.", "His Excellency", "Sheikh", "HE", "H. E.".
fn is_honorific(toks: &[Tok], i: usize) -> bool {
    let Some(t) = toks.get(i) else { return false };
    if t.kind != TokKind::Word {
        return false;
    }
    let l = t.lower();
    (contains(&HONORIFICS, &l) && l != "the")
        || t.text == "HE"
        || (l == "h." && toks.get(i + 1).is_some_and(|n| n.lower() == "e."))
        || (l == "e." && i > 0 && toks[i - 1].lower() == "h.")
}

/// A name joined to its particle: "el-Sisi", "al-Maliki", "bin-Salman".
fn is_particle_name(t: &Tok) -> bool {
    t.kind == TokKind::Word
        && t.text.split_once(['-', '‑']).is_some_and(|(p, rest)| {
            contains(&NAME_PARTICLES, &p.to_lowercase())
                && rest.chars().next().is_some_and(char::is_uppercase)
        })
}

/// Title heads in the plural: one title for several names.
static PLURAL_HEADS: LazyLock<Vec<&str>> =
    LazyLock::new(|| word_list(include_str!("lexicon/plural_heads.txt")));

/// Where the name begins within a run of capitalised words: title words, honorifics and
/// non-name words at its front are skipped.
fn name_run(toks: &[Tok], start: usize, end: usize) -> Option<(usize, usize)> {
    let mut s = start;
    while s < end {
        let l = toks[s].lower();
        if is_honorific(toks, s)
            || contains(&HONORIFICS, &l)
            || contains(&TITLE_WORDS, &l)
            || contains(&TITLE_HEADS, &l)
            || not_a_name(&l)
        {
            s += 1;
        } else {
            break;
        }
    }
    let words = &toks[s..end];
    let capitals = words.iter().filter(|t| t.is_cap()).count();
    let ok = (2..=5).contains(&words.len())
        && capitals >= 2
        && words
            .last()
            .is_some_and(|t| t.is_cap() || is_particle_name(t))
        && words.iter().all(|t| {
            let l = t.lower();
            t.text
                .chars()
                .all(|c| c.is_alphabetic() || matches!(c, '-' | '\'' | '’' | '.'))
                && !contains(&TITLE_WORDS, &l)
                && !contains(&TITLE_HEADS, &l)
                && !not_a_name(&l)
                && !is_all_capitals(&t.text)
        });
    ok.then_some((s, end))
}

fn is_all_capitals(w: &str) -> bool {
    w.chars().count() > 1 && w.chars().all(char::is_uppercase)
}

/// Organizations' heads of a new-name candidate: a run that ends in an organization noun is
/// not a person.
fn is_org_like(toks: &[Tok]) -> bool {
    toks.iter().any(|t| contains(&ORG_HEADS, &t.lower()))
}

fn title_parts(toks: &[Tok], from: usize, to: usize) -> (Option<i64>, Option<i64>) {
    let mut org = None;
    let mut place = None;
    // An organization or country just before the title's head word belongs to it.
    let lo = if from > 0 && matches!(toks[from - 1].kind, TokKind::Entity(Some(_))) {
        from - 1
    } else {
        from
    };
    for t in &toks[lo..to] {
        match t.entity() {
            Some(EntityRef {
                kind: EntityKind::Organization,
                id,
            }) => org = org.or(Some(id)),
            Some(EntityRef {
                kind: EntityKind::Place,
                id,
            }) => place = place.or(Some(id)),
            _ => {}
        }
    }
    (org, place)
}

/// The cue for a name (token range) and its title (token range), unless the title has no
/// title words.
fn cue(
    chars: &[char],
    toks: &[Tok],
    person: Option<i64>,
    (name_s, name_e): (usize, usize),
    (h, end): (usize, usize),
    sent: &Sentence,
) -> Option<PersonCue> {
    let title_key = if h < end {
        title_key(&words_only(&toks[h..end]))
    } else {
        String::new()
    };
    if title_key.is_empty() && h < end {
        return None;
    }
    // No title at all: a name introduced by a courtesy title ("H.E. Yassine Fall").
    // A dash between a title and its names is no part of the title.
    let mut end = end;
    while end > h
        && matches!(
            toks[end - 1].kind,
            TokKind::Punct('-') | TokKind::Punct('–') | TokKind::Punct('—')
        )
    {
        end -= 1;
    }
    let (ts, te) = if h < end {
        (toks[h].s, toks[end - 1].e)
    } else {
        (toks[name_s].s, toks[name_s].s)
    };
    let (organization, place) = if h < end {
        title_parts(toks, h, end)
    } else {
        (None, None)
    };
    let (ns, ne) = (toks[name_s].s, toks[name_e - 1].e);
    let name = text_of(chars, ns, ne)
        .trim_end_matches("'s")
        .trim_end_matches("’s")
        .to_string();
    Some(PersonCue {
        person,
        name,
        name_start: ns,
        name_end: ne,
        title: if h < end {
            text_of(chars, ts, te)
        } else {
            String::new()
        },
        title_key,
        title_start: ts,
        title_end: te,
        organization,
        place,
        sentence: (sent.start, sent.end),
    })
}

/// People introduced by a title, in sentence order.
pub fn person_cues(body: &str, sentences: &[Sentence], mentions: &[Mention]) -> Vec<PersonCue> {
    let chars: Vec<char> = body.chars().collect();
    let mut out = Vec::new();
    for sent in sentences {
        let toks = tokens(&chars, sent.start, sent.end, mentions);
        let mut i = 0;
        while i < toks.len() {
            // A known person, or a run of capitalised words that may be a new one.
            let (name_s, name_e, person) = if toks[i].is_entity_of(EntityKind::Person) {
                (i, i + 1, toks[i].entity().map(|e| e.id))
            } else if toks[i].kind == TokKind::Word && toks[i].is_cap() {
                let mut j = i;
                while j < toks.len()
                    && toks[j].kind == TokKind::Word
                    && (toks[j].is_cap()
                        || contains(&NAME_PARTICLES, &toks[j].lower())
                        || is_particle_name(&toks[j]))
                {
                    j += 1;
                }
                // A run that ends in a possessive or runs into a name is not a whole name.
                let run_end = j;
                // "Minister of Science of Jordan Farid Efendiyeva": a word right after "of"
                // names the title's country or body, not the person, when a whole name
                // follows it (Jordan, Chad and Georgia are also given names).
                let after_of = i > 0 && toks[i - 1].lower() == "of" && run_end - i >= 3;
                let mut from = if after_of { i + 1 } else { i };
                // "Gulf Cooperation Council Jasem Albudaiwi": the name starts after the last
                // word that names a body, a place or a title.
                if let Some(k) = (from..run_end).rev().find(|&k| {
                    let l = toks[k].lower();
                    contains(&ORG_HEADS, &l)
                        || contains(&TITLE_HEADS, &l)
                        || contains(&TITLE_WORDS, &l)
                        || not_a_name(&l)
                        || is_honorific(&toks, k)
                        || l.ends_with("'s")
                        || l.ends_with("’s")
                }) {
                    if run_end - (k + 1) >= 2 {
                        from = k + 1;
                    }
                }
                match name_run(&toks, from, run_end) {
                    Some((s, e)) if !is_org_like(&toks[s..e]) => {
                        // The words before the name inside the run must be title words.
                        (s, e, None)
                    }
                    _ => {
                        i = run_end.max(i + 1);
                        continue;
                    }
                }
            } else {
                i += 1;
                continue;
            };
            let next = name_e;
            // Courtesy titles right before the name ("H.E. Dr.", "His Excellency Sheikh").
            let mut lead = name_s;
            loop {
                if lead > 0 && is_honorific(&toks, lead - 1) {
                    lead -= 1;
                } else if lead > 1
                    && matches!(
                        toks[lead - 1].kind,
                        TokKind::Punct('’') | TokKind::Punct('\'')
                    )
                    && is_honorific(&toks, lead - 2)
                {
                    // "Dato’ Lim Jock Hoi"
                    lead -= 2;
                } else {
                    break;
                }
            }
            if lead > 0 && lead < name_s && toks[lead - 1].is_word("his") {
                lead -= 1;
            }
            // The title before the name (or before its courtesy titles), or after it and a
            // comma.
            // A title of courtesy words only ("His Highness Prince") is no title.
            let only_courtesy = |h: usize, at: usize| (h..at).all(|k| is_honorific(&toks, k));
            let before = title_before(&toks, name_s)
                .map(|h| (h, name_s))
                .filter(|&(h, at)| !only_courtesy(h, at))
                .or_else(|| {
                    (lead < name_s)
                        .then(|| title_before(&toks, lead))
                        .flatten()
                        .map(|h| (h, lead))
                });
            // In a list ("Mr. A, Minister of X, Mr. B, Minister of Y"), a title after the
            // name is its own; the one before, behind a comma, is the previous name's.
            // But in a list of titles each followed by its name ("the adviser, Dr. A, the
            // head of X, B"), the title before is the name's own: it follows no name.
            let follows_a_name = |h: usize| {
                let mut k = h;
                if k > 0 && toks[k - 1].is_word("the") {
                    k -= 1;
                }
                k > 1
                    && toks[k - 1].kind == TokKind::Punct(',')
                    && (toks[k - 2].is_cap() || toks[k - 2].is_entity_of(EntityKind::Person))
            };
            let before = match before {
                Some((h, at))
                    if at > 0
                        && toks[at - 1].kind == TokKind::Punct(',')
                        && follows_a_name(h)
                        && title_after(&toks, name_e).is_some() =>
                {
                    None
                }
                b => b,
            };
            let (title, resume) = match before {
                Some((h, at)) => {
                    let mut end = at;
                    while end > h
                        && (matches!(toks[end - 1].kind, TokKind::Punct(','))
                            || is_honorific(&toks, end - 1))
                    {
                        end -= 1;
                    }
                    (Some((h, end)), next)
                }
                None => match title_after(&toks, name_e) {
                    Some((h, end)) => (Some((h, end)), end),
                    // A new name with only a courtesy title still introduces a person.
                    None if person.is_none() && lead < name_s => (Some((name_s, name_s)), next),
                    None => (None, next),
                },
            };
            // "Supreme Council -Jogorku Kenesh- Asylbek Jeenbekov": a name between dashes
            // right after a body's is the body's other name.
            let is_dash = |t: Option<&Tok>| {
                t.is_some_and(|t| matches!(t.kind, TokKind::Punct('-') | TokKind::Punct('–')))
            };
            if person.is_none()
                && name_s > 0
                && is_dash(toks.get(name_s - 1))
                && is_dash(toks.get(name_e))
            {
                i = name_e.max(i + 1);
                continue;
            }
            // "the Minister of Information Technology and ...", "Higher Education and
            // Scientific Research of Egypt": capitalised words inside a title are no name.
            let inside_title = person.is_none()
                && lead == name_s
                && (name_s > 0
                    && toks[name_s - 1].kind == TokKind::Word
                    && !toks[name_s - 1].is_cap()
                    && (matches!(
                        toks[name_s - 1].lower().as_str(),
                        "of" | "for" | "on" | "to" | "in" | "at"
                    ) || toks[name_s - 1].is_word("and")
                        && name_s > 1
                        && toks[name_s - 2].kind == TokKind::Word
                        && {
                            let l = toks[name_s - 2].lower();
                            contains(&TITLE_WORDS, &l) || contains(&ORG_HEADS, &l)
                        })
                    || toks.get(name_e).is_some_and(|t| t.is_word("of"))
                        && toks.get(name_e + 1).is_some_and(|t| {
                            t.is_cap()
                                || t.is_entity_of(EntityKind::Organization)
                                || t.is_entity_of(EntityKind::Place)
                        })
                    || toks.get(name_e).is_some_and(|t| t.is_word("and"))
                        && toks[name_e + 1..]
                            .iter()
                            .take_while(|t| t.is_cap())
                            .any(|t| {
                                let l = t.lower();
                                contains(&ORG_HEADS, &l) || contains(&TITLE_WORDS, &l)
                            }));
            if let (Some((h, end)), false) = (title, inside_title) {
                if let Some(cue) = cue(&chars, &toks, person, (name_s, name_e), (h, end), sent) {
                    out.push(cue);
                }
                // "Foreign Ministers of X and Y - A and B -": a plural title names both.
                let plural = h < end
                    && toks[h..end]
                        .iter()
                        .any(|t| PLURAL_HEADS.contains(&t.lower().as_str()));
                if plural && toks.get(name_e).is_some_and(|t| t.is_word("and")) {
                    let s2 = name_e + 1;
                    let mut e2 = s2;
                    while toks.get(e2).is_some_and(|t| {
                        t.kind == TokKind::Word
                            && (t.is_cap()
                                || contains(&NAME_PARTICLES, &t.lower())
                                || is_particle_name(t))
                    }) {
                        e2 += 1;
                    }
                    let known = toks.get(s2).filter(|t| t.is_entity_of(EntityKind::Person));
                    let second = match known {
                        Some(t) => Some((s2, s2 + 1, t.entity().map(|e| e.id))),
                        None => name_run(&toks, s2, e2).map(|(a, b)| (a, b, None)),
                    };
                    if let Some((a, b, p)) = second {
                        if let Some(cue) = cue(&chars, &toks, p, (a, b), (h, end), sent) {
                            out.push(cue);
                        }
                    }
                }
            }
            i = resume.max(i + 1);
        }
    }
    out
}

static ACRONYM_DEF: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"\(\s*(?P<acr>\p{Lu}[\p{L}\d&-]{1,9})\s*\)").expect("static regex")
});

/// Organizations written as "Long Name (ACRONYM)", known or new.
pub fn organization_cues(
    body: &str,
    sentences: &[Sentence],
    mentions: &[Mention],
) -> Vec<OrganizationCue> {
    let chars: Vec<char> = body.chars().collect();
    let mut out = Vec::new();
    for sent in sentences {
        for c in ACRONYM_DEF.captures_iter(&sent.text) {
            let (Some(whole), Some(acr)) = (c.get(0), c.name("acr")) else {
                continue;
            };
            let open = sent.start + sent.text[..whole.start()].chars().count();
            let acronym = acr.as_str().to_string();
            if acronym.chars().filter(|c| c.is_uppercase()).count() < 2 {
                continue;
            }
            // The known organization whose name ends right before the bracket.
            let known = mentions.iter().rev().find(|m| {
                m.end_char <= open
                    && chars[m.end_char..open].iter().all(|c| c.is_whitespace())
                    && m.entity.is_some_and(|e| e.kind == EntityKind::Organization)
            });
            if let Some(m) = known {
                out.push(OrganizationCue {
                    organization: m.entity.map(|e| e.id),
                    name: single_spaced(&m.surface),
                    acronym,
                    sentence: (sent.start, sent.end),
                });
                continue;
            }
            // A new one: capitalised words (and of/for/the/and) ending in an organization noun.
            let toks = tokens(&chars, sent.start, open, mentions);
            let mut j = toks.len();
            while j > 0 {
                let t = &toks[j - 1];
                let l = t.lower();
                let ok = t.is_cap()
                    || (t.kind == TokKind::Word
                        && matches!(l.as_str(), "of" | "for" | "and" | "the" | "on"))
                    || t.kind == TokKind::Punct(',');
                if !ok {
                    break;
                }
                j -= 1;
            }
            while j < toks.len() && !toks[j].is_cap() {
                j += 1;
            }
            // The name whose capitals spell the acronym ("Federal National Council (FNC)"),
            // when there is one: the words before it belong to something else ("Saqr
            // Ghobash, Speaker of the ...").
            let letters: String = acronym.chars().filter(|c| c.is_uppercase()).collect();
            if let Some(k) = (j..toks.len()).find(|&k| {
                toks[k].is_cap() && {
                    let initials: String = toks[k..]
                        .iter()
                        .filter(|t| t.is_cap())
                        .filter_map(|t| t.text.chars().next())
                        .collect();
                    initials == letters
                }
            }) {
                j = k;
            }
            if j >= toks.len()
                || toks
                    .last()
                    .is_some_and(|t| !contains(&ORG_HEADS, &t.lower()))
            {
                continue;
            }
            let words = &toks[j..];
            if words.len() < 2
                || words.len() > 12
                || words
                    .first()
                    .is_some_and(|t| contains(&HONORIFICS, &t.lower()))
            {
                continue;
            }
            let name = text_of(&chars, words[0].s, words[words.len() - 1].e);
            // The acronym should come from the name's capitals ("Islamic Development Bank" ->
            // "IsDB" is fine; "Ministry of Culture (XYZ)" is not taken).
            let initials: String = words
                .iter()
                .filter(|t| t.is_cap())
                .filter_map(|t| t.text.chars().next())
                .collect();
            let first = acronym.chars().next().unwrap_or(' ');
            if !initials.contains(first) {
                continue;
            }
            out.push(OrganizationCue {
                organization: None,
                name,
                acronym,
                sentence: (sent.start, sent.end),
            });
        }
    }
    out
}

// ---------------------------------------------------------------------------------------------
// Encounters.

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

/// What else the extractor needs to know about the article and the catalog.
#[derive(Debug, Clone, Copy)]
pub struct Context<'a> {
    pub article_date: Option<NaiveDate>,
    /// The article's date at the precision shown ("XXXX-04-12" under "CAIRO, April 12.").
    pub article_partial: Option<PartialDate>,
    pub dateline: Option<i64>,
    /// How specific each place is: 0 country, 1 region, 2 city, 3 site.
    pub place_rank: &'a HashMap<i64, u8>,
    /// Titles the catalog knows: (person, title key, organization).
    pub titles: &'a [(i64, String, Option<i64>)],
}

static NO_PLACES: LazyLock<HashMap<i64, u8>> = LazyLock::new(HashMap::new);

impl Default for Context<'static> {
    /// No article date, no dateline, and a catalog that knows no places or titles.
    fn default() -> Self {
        Context {
            article_date: None,
            article_partial: None,
            dateline: None,
            place_rank: &NO_PLACES,
            titles: &[],
        }
    }
}

static RECEPTION: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"\b(?:has |have |had )?(?:received|hosted|welcomed)\b").expect("static regex")
});
static PASSIVE_RECEPTION: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"\b(?:was|were|has been|have been) (?:received|hosted|welcomed) by\b")
        .expect("static regex")
});
static MEETING: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)\b(?:(?:has |have |had )?met(?: with)?|meets(?: with)?|held (?:a |an )?(?:\w+ ){0,2}(?:meeting|talks|consultations)|had (?:a |an )?(?:\w+ ){0,2}(?:meeting|talks|conversation)|(?:a |the )?(?:\w+ )?meeting (?:of|between|with)|talks with|briefed|(?:has |have |had |was |were )?(?:been )?discussed|exchanged views|on the (?:sidelines|margins|fringes) of)\b")
        .expect("static regex")
});
static VISIT: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)\b(?:(?:has |have |had )?visited|paid (?:a |an )(?:\w+ ){0,2}visit|(?:his|her|their|its) (?:\w+ ){0,2}visit to|on (?:a |an )(?:\w+ ){0,2}visit to|during (?:a |an |the )(?:\w+ ){0,2}visit to|arrived in|as part of (?:his|her|their|the) (?:\w+ ){0,2}visit|(?:is|was|are|were) (?:currently |now )?visiting|(?:\w+ ){0,2}visit of)\b")
        .expect("static regex")
});
static SIGNING: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"(?i)\b(?:signed|signs?|inked)\b").expect("static regex"));
static SIGNED_DOCUMENT: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)\b(?:memorand(?:um|a)|agreements?|mou|protocols?|declarations?|accords?|treat(?:y|ies)|roadmap|action plan|programme of cooperation|program of cooperation|communiqu[eé])\b")
        .expect("static regex")
});
/// Contact that is no meeting (a call, a letter, a decree): a sentence that reports one reports
/// no encounter.
static NOT_HAPPENED: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)\b(?:phone call|phone conversation|telephone|by phone|over the phone|video call|letter|message of|decree|order on)\b")
        .expect("static regex")
});
/// Words that make the clause they stand in no encounter ("invited X to visit", "awarded X"),
/// though another clause of the sentence may report one ("received X, where he
/// congratulated him").
static NOT_IN_CLAUSE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)\b(?:awarded|award|invitation|invited|congratulat\w*|condolence\w*)\b")
        .expect("static regex")
});
/// Presenting credentials is a reception by the head of state ("letters of credence" is no
/// letter).
static CREDENTIALS: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)\b(?:presented|presents|handed over|submitted)\s+(?:(?:his|her|their|the)\s+)?(?:copy of (?:his|her|the)\s+)?(?:letters? of credence|credentials)\b")
        .expect("static regex")
});
static CREDENCE: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"(?i)\bletters? of credence\b").expect("static regex"));

/// The clause around characters `start..end` of a sentence: from the comma or semicolon
/// before it to the one after it.
fn clause_around(sentence: &str, byte_start: usize, byte_end: usize) -> &str {
    let from = sentence[..byte_start]
        .rfind([',', ';'])
        .map_or(0, |i| i + 1);
    let to = sentence[byte_end..]
        .find([',', ';'])
        .map_or(sentence.len(), |i| byte_end + i);
    &sentence[from..to]
}
static FUTURE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)\b(?:will|shall|would|is to|are to|is expected to|are expected to|is due to|are due to|is scheduled to|are scheduled to|plans? to|planned to|planning to|intends? to|agreed to|to be held|upcoming|forthcoming|next (?:week|month|year)|did not|didn't|failed to|cancel+ed|postponed|may|might|could)\b")
        .expect("static regex")
});
static HEDGE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"(?i)\b(?:reportedly|allegedly|according to (?:some |unnamed )?sources|rumou?red)\b",
    )
    .expect("static regex")
});
static ANAPHOR: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)\b(?:(?:at|during|following|after|in the course of) the (?:meeting|talks|visit|conversation|event|ceremony|audience)|the (?:sides|parties|two sides)|the meeting|the audience|on the same day|the same day)\b")
        .expect("static regex")
});
static PRESENT_PERFECT: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)\b(?:has|have) (?:been )?(?:met|received|hosted|visited|signed|discussed|held|attended|welcomed)\b|\btoday\b")
        .expect("static regex")
});
static DISTINCT: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)\b(?:again|second meeting|another meeting|a separate meeting|once more|later met|also met)\b")
        .expect("static regex")
});
static HAPPENED: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)\b(?:held|took place|was held|were held|holding of|attended|participated in|took part in|hosted|convened|opened|organized|organised)\b")
        .expect("static regex")
});
static EVENT_HEAD: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"\b(?:Conference|Forum|Summit|Congress|Symposium|Assembly|Session|Meeting|Festival|Ceremony|Games|Expo|Exhibition|(?:\d+(?:st|nd|rd|th) (?:session|meeting|summit|conference|congress|forum))|opening ceremony)\b")
        .expect("static regex")
});
static IN_PLACE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)\b(?:in|at|to|visited|visiting|visits)\s+(?:the\s+)?$").expect("static regex")
});
/// "at Merdeka Palace, Jakarta": a city after a site's name and a comma.
static AT_SITE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"\b(?:[Ii]n|[Aa]t)\s+(?:the\s+)?(?:\p{Lu}[\p{L}'’.-]*\s+){0,4}\p{Lu}[\p{L}'’.-]*,\s*$",
    )
    .expect("static regex")
});
/// "the U.S. Embassy in Baku": a place that names where a body is, not where anything happened.
static BODY_IN: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)\b(?:embassy|consulate|mission|ministry|representation|branch|bureau)\s+(?:in|at|to)\s+(?:the\s+)?$")
        .expect("static regex")
});
static EVENT_WORDS: &[&str] = &["of", "on", "for", "the", "and", "in", "-", "–", "between"];

/// Words that open a new clause: people named after them are not the encounter's.
static CLAUSE_BREAK: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)\b(?:since|under|while|whereas|because|which|who|whom|whose|where|after|before|following)\b|;")
        .expect("static regex")
});
/// People named after these words attended an encounter beside its parties.
static ATTENDED: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)\b(?:in the presence of|attended by|accompanied by|along with|joined by)\b")
        .expect("static regex")
});
/// A sentence that opens with a pronoun: its subject is the person the text was about.
static PRONOUN_SUBJECT: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"^(?:He|She)\b").expect("static regex"));

/// A verb or phrase that reports an encounter, and where it is in the sentence (characters).
#[derive(Debug, Clone, Copy)]
struct Trigger {
    kind: MeetingKind,
    start: usize,
    end: usize,
    passive: bool,
}

fn char_index(text: &str, byte: usize) -> usize {
    text[..byte].chars().count()
}

/// True when a future or negating word comes within a few words before the trigger.
fn negated_before(sentence: &str, byte_start: usize) -> bool {
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
static PLANNED: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)\b(?:will|shall|is to|are to|is expected to|are expected to|is due to|are due to|is scheduled to|are scheduled to|is set to|are set to|plans? to|intends? to)\b")
        .expect("static regex")
});

/// Verbs of speech: who "said" an encounter happened reported it and took no part in it.
static SPEECH: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"(?i)\b(?:said|says|stated|told|noted|added|announced|reported|according to|quoted)\b",
    )
    .expect("static regex")
});

fn triggers(sentence: &str) -> Vec<Trigger> {
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

/// A person or organization named in the sentence (or by a title the article resolves).
#[derive(Debug, Clone, Copy)]
struct Named {
    entity: EntityRef,
    /// Character offset within the sentence.
    at: usize,
}

fn resolve_title(
    key: &str,
    org: Option<i64>,
    cues: &[PersonCue],
    ctx: &Context,
    before: usize,
) -> Option<i64> {
    // First the article's own titles (any position: a later sentence may introduce the name),
    // then the catalog's, each only when exactly one person fits.
    let fits = |k: &str, o: Option<i64>| k == key && (org.is_none() || o.is_none() || o == org);
    let mut from_article: Vec<i64> = cues
        .iter()
        .filter(|c| c.person.is_some() && fits(&c.title_key, c.organization))
        .filter_map(|c| c.person)
        .collect();
    from_article.sort_unstable();
    from_article.dedup();
    if from_article.len() == 1 {
        return from_article.first().copied();
    }
    if from_article.len() > 1 {
        // The most recent one named before the reference.
        return cues
            .iter()
            .rfind(|c| {
                c.person.is_some() && fits(&c.title_key, c.organization) && c.name_start < before
            })
            .and_then(|c| c.person);
    }
    let mut from_catalog: Vec<i64> = ctx
        .titles
        .iter()
        .filter(|(_, k, o)| k == key && org.is_some() && *o == org)
        .map(|(p, _, _)| *p)
        .collect();
    from_catalog.sort_unstable();
    from_catalog.dedup();
    (from_catalog.len() == 1)
        .then(|| from_catalog.first().copied())
        .flatten()
}

/// People and organizations of one sentence: recognised names, and people named by title only
/// ("the Foreign Minister", "ICESCO Director General") where the article or catalog says who.
fn named_in(
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
            if e.kind != EntityKind::Place {
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
            && (contains(&TITLE_HEADS, &l) || l == "fm")
            && (t.is_cap() || l == "head");
        if !is_head {
            i += 1;
            continue;
        }
        // The title's extent: title words, connectors and organizations.
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
                        && (contains(&TITLE_HEADS, &ul)
                            || contains(&TITLE_WORDS, &ul)
                            || contains(&TITLE_CONNECTORS, &ul)))
                        || matches!(u.kind, TokKind::Punct('(') | TokKind::Punct(')'))
                        || (u.kind == TokKind::Word
                            && u.text.chars().all(char::is_uppercase)
                            && u.text.len() >= 2)
                }
            };
            if !ok {
                break;
            }
            j += 1;
        }
        // Followed by a name: that person is counted through the name itself.
        // Followed by a name, even one word the catalog does not know ("Foreign Minister
        // Sugiono met"): the title is that person's, not someone the article named elsewhere.
        let followed_by_person = toks.get(j).is_some_and(|n| {
            n.is_entity_of(EntityKind::Person)
                || (n.is_cap() && !not_a_name(&n.lower()) && !contains(&HONORIFICS, &n.lower()))
        }) || (toks.get(j).is_some_and(|n| n.kind == TokKind::Punct(','))
            && toks
                .get(j + 1)
                .is_some_and(|n| n.is_entity_of(EntityKind::Person)));
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
            let key = title_key(&words_only(&toks[i..j.max(i + 1)]));
            if !key.is_empty() && key != "general" && key != "first" {
                if let Some(p) = resolve_title(&key, org, cues, ctx, t.s) {
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

/// The place a sentence gives for its encounter: a place after in/at/to, the most specific.
fn place_in(
    chars: &[char],
    sent: &Sentence,
    mentions: &[Mention],
    ctx: &Context,
    after: usize,
    cues: &[PersonCue],
) -> Option<i64> {
    let mut best: Option<(u8, usize, i64)> = None;
    for m in mentions {
        if m.start_char < sent.start || m.end_char > sent.end {
            continue;
        }
        // "Ambassador to Morocco" names a title, not where the encounter was.
        if cues
            .iter()
            .any(|c| c.title_start <= m.start_char && m.end_char <= c.title_end)
        {
            continue;
        }
        let Some(EntityRef {
            kind: EntityKind::Place,
            id,
        }) = m.entity
        else {
            continue;
        };
        let before: String = chars[sent.start.max(m.start_char.saturating_sub(48))..m.start_char]
            .iter()
            .collect();
        let before = before
            .replace("Kingdom of ", "")
            .replace("Republic of ", "")
            .replace("capital of ", "")
            .replace("capital, ", "")
            .replace("city of ", "");
        if !(IN_PLACE.is_match(&before) || AT_SITE.is_match(&before)) || BODY_IN.is_match(&before) {
            continue;
        }
        // "Seoul's foreign ministry" names a body of the place.
        if matches!(chars.get(m.end_char), Some('\'') | Some('’')) {
            continue;
        }
        let rank = ctx.place_rank.get(&id).copied().unwrap_or(0);
        let distance = m.start_char.abs_diff(sent.start + after);
        let better = match best {
            None => true,
            Some((r, d, _)) => rank > r || (rank == r && distance < d),
        };
        if better {
            best = Some((rank, distance, id));
        }
    }
    best.map(|(_, _, id)| id)
}

/// The place a visit went to: the first place after the trigger (at `after`, sentence
/// characters) that `place_in` would take; else the sentence's place.
fn visited_place(
    chars: &[char],
    sent: &Sentence,
    mentions: &[Mention],
    ctx: &Context,
    after: usize,
    cues: &[PersonCue],
) -> Option<i64> {
    let from = sent.start + after;
    let later: Vec<Mention> = mentions
        .iter()
        .filter(|m| m.start_char >= from && m.end_char <= sent.end)
        .filter(|m| {
            matches!(
                m.entity,
                Some(EntityRef {
                    kind: EntityKind::Place,
                    ..
                })
            )
        })
        .take(1)
        .cloned()
        .collect();
    place_in(chars, sent, &later, ctx, after, cues)
        .or_else(|| place_in(chars, sent, mentions, ctx, after, cues))
}

fn pick_date(found: &[FoundDate], near: usize) -> Option<&FoundDate> {
    found
        .iter()
        .filter(|f| f.absolute)
        .min_by_key(|f| f.start.abs_diff(near))
        .or_else(|| found.iter().min_by_key(|f| f.start.abs_diff(near)))
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
    bounds: Option<(String, String)>,
    text: String,
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

/// Named events held ("the 12th Session of ISESCO General Conference", "Baku Summit of World
/// Religious Leaders ( 2010)"), one encounter each, in a sentence that says something was
/// held or took place (`HAPPENED`).
fn events(
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
            let ok = (t.is_cap() && !contains(&HONORIFICS, &t.lower()))
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
            let joins = t.kind == TokKind::Word && contains(EVENT_WORDS, &l)
                || matches!(t.kind, TokKind::Punct('-') | TokKind::Punct('–'));
            if joins {
                // Only when a capitalised word, name or year follows.
                let mut k = e + 1;
                while toks.get(k).is_some_and(|u| {
                    u.kind == TokKind::Word && contains(EVENT_WORDS, &u.lower())
                        || matches!(u.kind, TokKind::Punct('-') | TokKind::Punct('–'))
                }) {
                    k += 1;
                }
                let follows = toks.get(k).is_some_and(|u| {
                    u.is_cap()
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
            if t.is_cap() || t.is_entity_of(EntityKind::Organization) {
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
        // A lone lower-case word ("the meeting") is not a named event.
        let words = &toks[s..e];
        let named = words.iter().any(|t| t.is_cap() || t.entity().is_some())
            || words
                .first()
                .is_some_and(|t| t.text.chars().next().is_some_and(|c| c.is_ascii_digit()));
        if !named || e <= s {
            continue;
        }
        let (ev_s, ev_e) = (toks[s].s, toks[e - 1].e);
        covered_until = ev_e;
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
        let item: String = chars[ev_s..item_end].iter().collect();
        let item_dates = dates_in(&item, ctx.article_date);
        let sentence_dates = dates_in(text, ctx.article_date);
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
    // The first person named in the latest sentence that named one: who "he" is.
    let mut last_subject: Option<i64> = None;
    for sent in sentences {
        let text = &sent.text;
        let blocked = NOT_HAPPENED.is_match(&CREDENCE.replace_all(text, ""));
        let hedged = HEDGE.is_match(text);
        let anaphoric = ANAPHOR.is_match(text);
        let trig = if blocked { Vec::new() } else { triggers(text) };
        let happened = !blocked && HAPPENED.is_match(text);
        if trig.is_empty() && !happened && !anaphoric {
            continue; // reports no encounter and refers to none
        }
        let (named, by_title) = named_in(&chars, sent, mentions, cues, ctx);
        let subject_here = named
            .iter()
            .find(|n| n.entity.kind == EntityKind::Person)
            .map(|n| n.entity.id);
        let prev_subject = last_subject;
        if subject_here.is_some() {
            last_subject = subject_here;
        }
        let sentence_dates = dates_in(text, ctx.article_date);
        let mut here: Vec<Encounter> = Vec::new();

        let place_default = |after: usize| place_in(&chars, sent, mentions, ctx, after, cues);
        let date_for = |at: usize| -> (Option<PartialDate>, Option<String>, DateBasis) {
            match pick_date(&sentence_dates, at) {
                Some(f) => (Some(f.date), Some(f.text.clone()), DateBasis::Stated),
                None if PRESENT_PERFECT.is_match(text) && ctx.article_date.is_some() => {
                    let d = ctx.article_date.map(|a| {
                        PartialDate::Point(crate::date::DatePoint::ymd(
                            chrono::Datelike::year(&a),
                            chrono::Datelike::month(&a),
                            chrono::Datelike::day(&a),
                        ))
                    });
                    let words = PRESENT_PERFECT.find(text).map(|m| m.as_str().to_string());
                    (d, words, DateBasis::Article)
                }
                None => (None, None, DateBasis::Unknown),
            }
        };

        if !blocked {
            let people: Vec<Named> = named
                .iter()
                .copied()
                .filter(|n| n.entity.kind == EntityKind::Person)
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
                if kinds_done.contains(&t.kind) {
                    continue;
                }
                // "Adesina said the President met X": the speaker is no party.
                let speech_before = SPEECH
                    .find_iter(text)
                    .filter(|m| {
                        // "said (that) the President met X" reports; "told Dr. X during the
                        // meeting" is the speaker's own meeting unless "told ... that".
                        !m.as_str().eq_ignore_ascii_case("told")
                            || text[m.end()..]
                                .split_whitespace()
                                .take(4)
                                .any(|w| w.eq_ignore_ascii_case("that"))
                    })
                    .map(|m| char_index(text, m.start()))
                    .filter(|&at| at < t.start)
                    .last();
                let mut before: Vec<i64> = dedup_ids(
                    people
                        .iter()
                        .filter(|n| n.at < t.start && speech_before.is_none_or(|sp| n.at > sp)),
                );
                // "He separately received ...": the person the text was about.
                if before.is_empty() && PRONOUN_SUBJECT.is_match(text) {
                    if let Some(p) = prev_subject {
                        before.push(p);
                    }
                }
                // The parties end where a new clause begins ("... since the top diplomat
                // took office under Prime Minister X"); attendees are named apart.
                let first_after = people.iter().find(|n| n.at >= t.start).map(|n| n.at);
                let clause_end = first_after
                    .and_then(|f| {
                        let byte = text.char_indices().nth(f).map_or(text.len(), |(b, _)| b);
                        CLAUSE_BREAK
                            .find_at(text, byte)
                            .map(|m| char_index(text, m.start()))
                    })
                    .unwrap_or(usize::MAX);
                let attended_at = ATTENDED
                    .find_iter(text)
                    .map(|m| char_index(text, m.start()))
                    .find(|&a| a >= t.end)
                    .unwrap_or(usize::MAX);
                let after: Vec<i64> = dedup_ids(
                    people
                        .iter()
                        .filter(|n| n.at >= t.start && n.at < clause_end),
                );
                let counterparts: Vec<i64> = dedup_ids(
                    people
                        .iter()
                        .filter(|n| n.at >= t.start && n.at < clause_end.min(attended_at)),
                );
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
                let (date, date_text, basis) = date_for(t.end);
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
                    distinct: DISTINCT.is_match(text),
                    place_unknown: false,
                };
                match t.kind {
                    MeetingKind::Visit => {
                        // The visitor is the subject (or the owner of "his visit").
                        // Names after the trigger are the visitor's only for "his visit to".
                        let possessive = text
                            .chars()
                            .skip(t.start)
                            .take(6)
                            .collect::<String>()
                            .to_lowercase();
                        let possessive = possessive
                            .split_whitespace()
                            .next()
                            .is_some_and(|w| matches!(w, "his" | "her" | "their" | "its"))
                            || {
                                let words: String = text
                                    .chars()
                                    .skip(t.start)
                                    .take(t.end - t.start)
                                    .collect::<String>()
                                    .to_lowercase();
                                words
                                    .split_whitespace()
                                    .any(|w| matches!(w, "his" | "her" | "their" | "its"))
                            };
                        let words: String = text
                            .chars()
                            .skip(t.start)
                            .take(t.end - t.start)
                            .collect::<String>()
                            .to_lowercase();
                        let lead_in: String = text
                            .chars()
                            .take(t.start)
                            .collect::<String>()
                            .to_lowercase();
                        // "X met Y, who is visiting Z" / "as part of his visit": the nearest.
                        let relative = lead_in.split_whitespace().rev().take(3).any(|w| w == "who");
                        let first_after =
                            |from: usize| people.iter().find(|n| n.at >= from).map(|n| n.entity.id);
                        let visitor = if words.ends_with("visit of") {
                            // "the visit of President X to Astana"
                            first_after(t.end)
                        } else if words.starts_with("during") {
                            // "during a visit to Tbilisi by Prime Minister X"
                            let by = text
                                .char_indices()
                                .skip(t.end)
                                .find(|(b, _)| text[*b..].starts_with(" by "))
                                .map(|(b, _)| char_index(text, b));
                            by.and_then(first_after)
                        } else if relative {
                            before.last().copied()
                        } else if possessive && before.is_empty() {
                            after.first().copied()
                        } else if let Some(v) = before.first() {
                            // "X met Y as part of his visit": "his" is the subject's.
                            Some(*v)
                        } else {
                            // "While on a visit to Tbilisi, Minister X met ...": the subject
                            // after the fronted clause.
                            let comma = text
                                .char_indices()
                                .skip(t.end)
                                .find(|(_, c)| *c == ',')
                                .map(|(b, _)| char_index(text, b));
                            comma.and_then(first_after)
                        };
                        let Some(v) = visitor.as_ref() else { continue };
                        enc.people.push((*v, Role::Visitor));
                        // Where the visit went: the first place named after the trigger.
                        enc.place = visited_place(&chars, sent, mentions, ctx, t.end, cues);
                        if enc.place.is_none() {
                            continue; // a visit to nowhere named is not recorded
                        }
                        // One person and a place: who visited is the least certain part.
                        enc.confidence = 0.75;
                    }
                    MeetingKind::Signing => {
                        let signers: Vec<i64> = dedup_ids(orgs.iter());
                        for o in signers {
                            enc.organizations.push((o, Role::Signatory));
                        }
                        for p in &all {
                            enc.people.push((*p, Role::Signatory));
                        }
                        // "The sides signed a memorandum": the people of the meeting before.
                        if enc.people.len() + enc.organizations.len() < 2 && anaphoric {
                            if let Some(prev) = found.iter().rev().find(|e| e.people.len() >= 2) {
                                enc.people = prev
                                    .people
                                    .iter()
                                    .map(|(p, _)| (*p, Role::Signatory))
                                    .collect();
                                if enc.date.is_none() {
                                    enc.date = prev.date;
                                    enc.date_text = prev.date_text.clone();
                                    enc.basis = DateBasis::Context;
                                }
                                enc.place = enc.place.or(prev.place);
                                enc.place_unknown = prev.place_unknown;
                                enc.confidence = 0.8;
                            }
                        }
                        if enc.people.len() + enc.organizations.len() < 2 {
                            continue;
                        }
                        // "The sides also signed ...": where the meeting was, unless this
                        // sentence says where.
                        enc.place = place_default(t.end).or(enc.place);
                        if t.end - t.start <= 5 && !text[..].contains("signed") {
                            // A headline's present tense ("X and Y sign Memorandum").
                            enc.confidence = 0.8;
                        }
                    }
                    _ => {
                        if all.len() < 2 && !(all.is_empty() && t.kind == MeetingKind::Meeting) {
                            continue;
                        }
                        // "X met with A, B and C": one encounter with each counterpart, the
                        // attendees at every one.
                        if before.len() == 1 && counterparts.len() >= 2 && !t.passive {
                            let host = t.kind == MeetingKind::Reception;
                            for c in &counterparts {
                                let mut one = enc.clone();
                                one.people.push((
                                    before[0],
                                    if host { Role::Host } else { Role::Participant },
                                ));
                                one.people.push((
                                    *c,
                                    if host {
                                        Role::Visitor
                                    } else {
                                        Role::Participant
                                    },
                                ));
                                for a in &attendees {
                                    one.people.push((*a, Role::Participant));
                                }
                                one.place = place_default(t.end);
                                one.distinct = true;
                                if by_title {
                                    one.confidence -= 0.1;
                                }
                                if hedged {
                                    one.confidence -= 0.3;
                                }
                                here.push(one);
                            }
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
                            for p in hosts {
                                enc.people.push((*p, Role::Host));
                            }
                            for p in guests {
                                if !hosts.contains(p) {
                                    enc.people.push((*p, Role::Visitor));
                                }
                            }
                        } else if has_visit_and_meeting && !before.is_empty() {
                            for p in &before {
                                enc.people.push((*p, Role::Visitor));
                            }
                            for p in &after {
                                if !before.contains(p) {
                                    enc.people.push((*p, Role::Host));
                                }
                            }
                        } else {
                            for p in &all {
                                enc.people.push((*p, Role::Participant));
                            }
                        }
                        enc.place = place_default(t.end);
                    }
                }
                if by_title {
                    enc.confidence -= 0.1;
                }
                if hedged {
                    enc.confidence -= 0.3;
                }
                kinds_done.push(t.kind);
                here.push(enc);
            }
            // Named events held: conferences, sessions.
            if happened {
                let place = place_default(0);
                for ev in events(&chars, sent, mentions, ctx, place) {
                    here.push(ev);
                }
            }
            // "... met on the sidelines of the Summit": they attended the Summit too.
            if let Some(base) = here.iter().find(|e| {
                matches!(e.kind, MeetingKind::Meeting | MeetingKind::Reception)
                    && e.people.len() >= 2
            }) {
                if let Some(conf) = sidelines_event(text, base) {
                    here.push(conf);
                }
            }
        }

        if names_unknown_place(text, sent, mentions) {
            for e in here.iter_mut().filter(|e| e.place.is_none()) {
                e.place_unknown = true;
            }
        }
        // "During this meeting on the sidelines of the General Conference, ...": the people
        // of the meeting attended the event (named here, so not a conference of its own).
        let sidelines_conference = if anaphoric && SIDELINES_OF_MEETING.is_match(text) {
            found
                .iter()
                .rev()
                .find(|e| e.kind != MeetingKind::Conference && e.people.len() >= 2)
                .and_then(|last| sidelines_event(text, last))
        } else {
            None
        };
        if sidelines_conference.is_some() {
            here.retain(|e| !(e.event.is_some() && e.people.is_empty()));
        }
        // A sentence about "the meeting" that reports nothing new supports the last one.
        let adds_nothing = here
            .iter()
            .all(|e| e.people.is_empty() && e.event.is_none());
        if anaphoric && adds_nothing {
            // The encounter "the meeting" refers to: the last one with people.
            let last = found
                .iter_mut()
                .rev()
                .find(|e| e.kind != MeetingKind::Conference && !e.people.is_empty());
            if let Some(last) = last {
                if !last.evidence.contains(&(sent.start, sent.end)) {
                    last.evidence.push((sent.start, sent.end));
                }
                // "The meeting was attended by A and B": they were there too.
                if let Some(m) = ATTENDED.find(text) {
                    let from = char_index(text, m.end());
                    for n in named
                        .iter()
                        .filter(|n| n.entity.kind == EntityKind::Person && n.at >= from)
                    {
                        if !last.people.iter().any(|(p, _)| *p == n.entity.id) {
                            last.people.push((n.entity.id, Role::Participant));
                        }
                    }
                }
                if last.place.is_none() {
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
        // Context: an undated encounter in a sentence that refers back takes the date of the
        // encounter it refers to.
        if anaphoric {
            if let Some(prev) = found.iter().rev().find(|e| e.date.is_some()) {
                let (d, t, p) = (prev.date, prev.date_text.clone(), prev.place);
                for e in here.iter_mut().filter(|e| e.date.is_none()) {
                    e.date = d;
                    e.date_text = t.clone();
                    e.basis = DateBasis::Context;
                    if e.place.is_none() {
                        e.place = p;
                    }
                }
            }
        }
        found.extend(here);
    }
    // The lead: the first three sentences.
    let lead_end = sentences.get(2).or(sentences.last()).map_or(0, |s| s.end);
    merge_within(found, ctx, lead_end)
}

/// "on the sidelines of the 15th Session of the Islamic Summit Conference": the event.
static SIDELINES: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"\b[Oo]n the (?:sidelines|margins?|fringes?) of (?:the )?(?P<ev>(?:\d+(?:st|nd|rd|th)\s+)?\p{Lu}[\p{L}\d'’-]*(?:\s+(?:(?:of|the|and|on|for)\s+)*\p{Lu}[\p{L}\d'’-]*)*(?:\s+(?:meeting|summit|session|conference|forum))?)")
        .expect("static regex")
});

/// "this meeting on the sidelines of ...": a sidelines phrase that belongs to a meeting.
static SIDELINES_OF_MEETING: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)\b(?:meeting|talks|meetings)\s+(?:held\s+)?on the (?:sidelines|margins?|fringes?) of\b")
        .expect("static regex")
});

/// The named event on whose sidelines an encounter took place, attended by its people.
fn sidelines_event(text: &str, base: &Encounter) -> Option<Encounter> {
    let c = SIDELINES.captures(text)?;
    let name = single_spaced(c.name("ev")?.as_str());
    Some(Encounter {
        kind: MeetingKind::Conference,
        people: base
            .people
            .iter()
            .map(|(p, _)| (*p, Role::Participant))
            .collect(),
        organizations: Vec::new(),
        event: Some(name),
        distinct: false,
        ..base.clone()
    })
}

static IN_CAPITALISED: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"\b(?:in|at)\s+(?:the\s+)?(?P<w>\p{Lu}[\p{L}'’-]+)").expect("static regex")
});

/// True when the sentence says "in X" or "at X" of a capitalised X that is no known name.
fn names_unknown_place(text: &str, sent: &Sentence, mentions: &[Mention]) -> bool {
    IN_CAPITALISED.captures_iter(text).any(|c| {
        let Some(w) = c.name("w") else { return false };
        let at = sent.start + char_index(text, w.start());
        let l = w.as_str().to_lowercase();
        let covered = mentions
            .iter()
            .any(|m| m.start_char <= at && at < m.end_char);
        !covered
            && !contains(&NOT_NAMES, &l)
            && !is_calendar_word(&l)
            && !contains(&HONORIFICS, &l)
            && !l.ends_with("'s")
            && !l.ends_with("’s")
    })
}

fn dedup_ids<'a>(it: impl Iterator<Item = &'a Named>) -> Vec<i64> {
    let mut out: Vec<i64> = Vec::new();
    for n in it {
        if !out.contains(&n.entity.id) {
            out.push(n.entity.id);
        }
    }
    out
}

fn better_date(into: &mut Encounter, from: &Encounter) {
    if from.date.is_some() && (into.date.is_none() || from.basis < into.basis) {
        into.date = from.date;
        into.date_text = from.date_text.clone();
        into.basis = from.basis;
    }
}

/// Encounters reported twice in one article (headline and lead) become one; an encounter
/// without participants ("Cooperation was discussed in Baku") joins the next one with people.
fn merge_within(found: Vec<Encounter>, ctx: &Context, lead_end: usize) -> Vec<Encounter> {
    let mut out: Vec<Encounter> = Vec::new();
    let mut open: Option<Encounter> = None;
    for mut e in found {
        if e.event.is_none() && e.people.is_empty() && e.organizations.is_empty() {
            // "The two officials discussed migration": it supports the encounter before it;
            // before any, the one after it (a headline, then its lead).
            let before = out
                .iter_mut()
                .rev()
                .find(|x| x.event.is_none() && !x.people.is_empty());
            if let Some(prev) = before {
                for s in e.evidence {
                    if !prev.evidence.contains(&s) {
                        prev.evidence.push(s);
                    }
                }
                if prev.place.is_none() {
                    prev.place = e.place;
                }
                continue;
            }
            if open.is_none() {
                open = Some(e);
            }
            continue;
        }
        if let Some(o) = open.take() {
            if e.event.is_none()
                && e.kind == MeetingKind::Meeting
                && dates_compatible(&o.date, &e.date)
            {
                better_date(&mut e, &o);
                if o.place.is_some() {
                    e.place = o.place;
                }
                let mut ev = o.evidence.clone();
                ev.extend(e.evidence.iter().copied());
                e.evidence = ev;
            } else {
                open = Some(o);
            }
        }
        // The same named event twice ("on the margins of the APEC meeting" in a caption and
        // in the text) is one.
        let same_event = |x: &Encounter| {
            x.kind == e.kind
                && matches!((&x.event, &e.event), (Some(a), Some(b)) if a.eq_ignore_ascii_case(b))
                && x.person_ids() == e.person_ids()
                && dates_compatible(&x.date, &e.date)
        };
        if let Some(x) = out.iter_mut().find(|x| same_event(x)) {
            better_date(x, &e);
            if x.place.is_none() || (e.place.is_some() && x.date.is_none()) {
                x.place = e.place.or(x.place);
            }
            for s in e.evidence {
                if !x.evidence.contains(&s) {
                    x.evidence.push(s);
                }
            }
            continue;
        }
        let same = out.iter_mut().find(|x| {
            x.kind == e.kind
                && x.event.is_none()
                && e.event.is_none()
                && !e.distinct
                && x.person_ids() == e.person_ids()
                && (x.people.is_empty() == e.people.is_empty())
                && (!x.people.is_empty() || x.organization_ids() == e.organization_ids())
                && dates_compatible(&x.date, &e.date)
        });
        match same {
            Some(x) => {
                better_date(x, &e);
                if x.place.is_none() {
                    x.place = e.place;
                }
                for s in e.evidence {
                    if !x.evidence.contains(&s) {
                        x.evidence.push(s);
                    }
                }
                x.confidence = x.confidence.max(e.confidence);
            }
            None => out.push(e),
        }
    }
    for e in &mut out {
        if e.place.is_none() && !e.place_unknown {
            e.place = ctx.dateline;
        }
        // A report under an agency dateline tells of that day: an undated encounter of its
        // lead took place on the article's date.
        if e.date.is_none() && ctx.dateline.is_some() && e.event.is_none() {
            // The day, with its year if the page shows one ("XXXX-04-12" under a TASS line).
            let day = ctx
                .article_date
                .map(|d| {
                    PartialDate::Point(crate::date::DatePoint::ymd(
                        chrono::Datelike::year(&d),
                        chrono::Datelike::month(&d),
                        chrono::Datelike::day(&d),
                    ))
                })
                .or(ctx
                    .article_partial
                    .filter(|p| matches!(p, PartialDate::Point(pt) if pt.day.is_some())));
            if let (Some(day), Some(&(start, _))) = (day, e.evidence.first()) {
                if start < lead_end {
                    e.date = Some(day);
                    e.basis = DateBasis::Article;
                    e.confidence -= 0.05;
                }
            }
        }
        e.confidence = e.confidence.clamp(0.05, 1.0);
        e.evidence.sort_unstable();
    }
    out
}

/// A short text naming an encounter, for the catalog's summary column.
pub fn summary(
    e: &Encounter,
    name_of: impl Fn(EntityRef) -> String,
    place: Option<String>,
) -> String {
    let mut who: Vec<String> = e
        .people
        .iter()
        .map(|(p, _)| {
            name_of(EntityRef {
                kind: EntityKind::Person,
                id: *p,
            })
        })
        .collect();
    if who.is_empty() || e.kind == MeetingKind::Signing {
        who.extend(e.organizations.iter().map(|(o, _)| {
            name_of(EntityRef {
                kind: EntityKind::Organization,
                id: *o,
            })
        }));
    }
    let mut s = match (&e.event, e.kind) {
        (Some(name), _) => {
            let body = e
                .organizations
                .iter()
                .map(|(o, _)| {
                    name_of(EntityRef {
                        kind: EntityKind::Organization,
                        id: *o,
                    })
                })
                .find(|o| !name.contains(o.as_str()));
            match body {
                Some(o) => format!("{o}: {name}"),
                None => name.clone(),
            }
        }
        (None, MeetingKind::Visit) => {
            return match place {
                Some(p) => format!("{} visited {p}", who.join(" and ")),
                None => format!("{} visited", who.join(" and ")),
            }
        }
        (None, MeetingKind::Reception) => {
            let hosts: Vec<&str> = e
                .people
                .iter()
                .zip(&who)
                .filter(|((_, r), _)| *r == Role::Host)
                .map(|(_, n)| n.as_str())
                .collect();
            let guests: Vec<&str> = e
                .people
                .iter()
                .zip(&who)
                .filter(|((_, r), _)| *r != Role::Host)
                .map(|(_, n)| n.as_str())
                .collect();
            if hosts.is_empty() {
                format!("Reception of {}", who.join(" and "))
            } else {
                format!("{} received {}", hosts.join(" and "), guests.join(" and "))
            }
        }
        (None, MeetingKind::Signing) => format!("{} signed", who.join(" and ")),
        (None, _) => format!("Meeting of {}", who.join(" and ")),
    };
    if let Some(p) = place {
        s.push_str(&format!(" in {p}"));
    }
    s
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::extract::names::{Gazetteer, KnownName};
    use crate::extract::sentences::split;

    fn known(kind: EntityKind, id: i64, name: &str) -> KnownName {
        KnownName {
            entity: EntityRef { kind, id },
            name: name.to_string(),
            valid_from: None,
            valid_until: None,
            standalone: false,
        }
    }

    fn gazetteer() -> Gazetteer {
        Gazetteer::new(vec![
            known(EntityKind::Person, 1, "Jeyhun Bayramov"),
            known(EntityKind::Person, 2, "Salim AlMalik"),
            known(EntityKind::Organization, 10, "ICESCO"),
            known(
                EntityKind::Organization,
                11,
                "Organization of Islamic Cooperation",
            ),
            known(EntityKind::Place, 20, "Morocco"),
            known(EntityKind::Place, 21, "Baku"),
            known(EntityKind::Place, 22, "Azerbaijan"),
        ])
    }

    fn cues_of(text: &str) -> Vec<PersonCue> {
        let g = gazetteer();
        let s = split(text);
        let m = g.find(text, None);
        person_cues(text, &s, &m)
    }

    #[test]
    fn titles_introduce_new_people() {
        let c = cues_of("Ambassador to Morocco Oktay Gurbanov briefed the Minister of Foreign Affairs Jeyhun Bayramov.");
        assert_eq!(c.len(), 2, "{c:#?}");
        assert_eq!(c[0].name, "Oktay Gurbanov");
        assert_eq!(c[0].person, None);
        assert_eq!(c[0].title, "Ambassador to Morocco");
        assert_eq!(c[0].place, Some(20));
        assert_eq!(c[1].person, Some(1));
        assert_eq!(c[1].title_key, "foreign minister");

        let c = cues_of("Secretary General of the Organization of Islamic Cooperation (OIC) Hissein Ibrahim Taha arrived.");
        assert_eq!(c.len(), 1, "{c:#?}");
        assert_eq!(c[0].name, "Hissein Ibrahim Taha");
        assert_eq!(c[0].organization, Some(11));
        assert_eq!(c[0].title_key, "secretary general");

        let c = cues_of(
            "She met Director General of the organization Abdulaziz Othman Al-Twajri and others.",
        );
        assert_eq!(c.len(), 1, "{c:#?}");
        assert_eq!(c[0].name, "Abdulaziz Othman Al-Twajri");
    }

    #[test]
    fn courtesy_titles_introduce_people_with_or_without_a_title() {
        let c = cues_of("The Chairperson of the Nordic Union, H.E. Dr. Anna Berg, received Mr. Carl Dahl, the new ambassador of Norway.");
        let names: Vec<(&str, &str)> = c
            .iter()
            .map(|c| (c.name.as_str(), c.title_key.as_str()))
            .collect();
        assert_eq!(
            names,
            vec![("Anna Berg", "chairperson"), ("Carl Dahl", "ambassador")],
            "{c:#?}"
        );
        // A courtesy title alone is enough; "H. E. Mr" is never a name.
        let c = cues_of("The talks were held with H. E. Mr Olav Lund in the capital.");
        assert_eq!(c.len(), 1, "{c:#?}");
        assert_eq!(c[0].name, "Olav Lund");
        assert_eq!(c[0].title, "");
        let c = cues_of("His Excellency Sheikh Omar Nasser arrived.");
        assert_eq!(c.len(), 1, "{c:#?}");
        assert_eq!(c[0].name, "Omar Nasser");
    }

    #[test]
    fn a_particle_joined_to_a_name_is_part_of_it() {
        let c = cues_of("President Abdel Fattah el-Sisi received the envoy.");
        assert_eq!(c.len(), 1, "{c:#?}");
        assert_eq!(c[0].name, "Abdel Fattah el-Sisi");
    }

    #[test]
    fn in_a_list_each_name_takes_the_title_after_it() {
        let c = cues_of("She met Mr. Ola Nordmann, Minister of Trade of Norway, Mr. Kari Holm, Minister of Fisheries of Iceland, and others.");
        let names: Vec<(&str, &str)> = c
            .iter()
            .map(|c| (c.name.as_str(), c.title.as_str()))
            .collect();
        assert_eq!(
            names,
            vec![
                ("Ola Nordmann", "Minister of Trade of Norway"),
                ("Kari Holm", "Minister of Fisheries of Iceland")
            ],
            "{c:#?}"
        );
    }

    #[test]
    fn a_name_after_a_body_or_a_possessive_starts_after_it() {
        let c = cues_of("Secretary General of the Baltic Trade Council Mart Tamm spoke.");
        assert_eq!(c.len(), 1, "{c:#?}");
        assert_eq!(c[0].name, "Mart Tamm");
        let c = cues_of(
            "It came during talks with Finland's Foreign Minister Aino Virtanen, who visits.",
        );
        assert_eq!(c.len(), 1, "{c:#?}");
        assert_eq!(c[0].name, "Aino Virtanen");
        let c = cues_of("He met his Danish counterpart, Lars Holm, in the morning.");
        assert_eq!(c.len(), 1, "{c:#?}");
        assert_eq!(c[0].name, "Lars Holm");
    }

    #[test]
    fn capitalised_words_inside_a_title_or_a_headline_verb_are_not_people() {
        assert!(cues_of(
            "He will see the Minister of Information Technology and the Minister of Commerce."
        )
        .is_empty());
        assert!(cues_of(
            "He met the Minister of Higher Education and Scientific Research of Norway."
        )
        .is_empty());
        assert!(cues_of("Chairperson Receives Letters of Credence").is_empty());
        // a body's other name between dashes
        let c = cues_of("He met the Speaker of the Nordic Council -Stora Radet- Ola Holm today.");
        assert!(c.iter().all(|c| c.name != "Stora Radet"), "{c:#?}");
    }

    /// Encounters of a text whose people are known by these names (ids from 100 on), as
    /// "kind: name role, name role".
    fn encounters_of(text: &str, people: &[&str]) -> Vec<String> {
        let g = Gazetteer::new(
            people
                .iter()
                .enumerate()
                .map(|(i, n)| known(EntityKind::Person, 100 + i as i64, n))
                .chain([known(EntityKind::Place, 900, "Norway")])
                .collect(),
        );
        let s = split(text);
        let m = g.find(text, None);
        let cues = person_cues(text, &s, &m);
        encounters(text, &s, &m, &cues, &Context::default())
            .iter()
            .map(|e| {
                let who: Vec<String> = e
                    .people
                    .iter()
                    .map(|(p, r)| format!("{} {}", people[(*p - 100) as usize], r.as_str()))
                    .collect();
                format!("{}: {}", e.kind, who.join(", "))
            })
            .collect()
    }

    #[test]
    fn a_list_of_counterparts_gives_one_encounter_each_with_the_attendees() {
        let e = encounters_of(
            "Lena Berg separately received Ola Holm, Kari Lund and Per Dahl in the presence of Tor Vik.",
            &["Lena Berg", "Ola Holm", "Kari Lund", "Per Dahl", "Tor Vik"],
        );
        assert_eq!(
            e,
            vec![
                "reception: Lena Berg host, Ola Holm visitor, Tor Vik participant",
                "reception: Lena Berg host, Kari Lund visitor, Tor Vik participant",
                "reception: Lena Berg host, Per Dahl visitor, Tor Vik participant",
            ]
        );
    }

    #[test]
    fn he_is_the_person_the_text_was_about_and_attendees_join_the_meeting() {
        let e = encounters_of(
            "Lena Berg opened the new office. He later received Ola Holm. The meeting was attended by Tor Vik.",
            &["Lena Berg", "Ola Holm", "Tor Vik"],
        );
        assert_eq!(
            e,
            vec!["reception: Lena Berg host, Ola Holm visitor, Tor Vik participant"]
        );
    }

    #[test]
    fn speakers_plans_and_later_clauses_are_no_parties() {
        let people = ["Lena Berg", "Ola Holm", "Kari Lund", "Tor Vik"];
        // the speaker reported the meeting
        assert_eq!(
            encounters_of(
                "Tor Vik said Lena Berg met Ola Holm in the morning.",
                &people
            ),
            vec!["meeting: Lena Berg participant, Ola Holm participant"]
        );
        // a planned clause
        assert!(encounters_of(
            "Lena Berg will travel north and hold a meeting with Ola Holm.",
            &people
        )
        .is_empty());
        // a person in a later clause
        assert_eq!(
            encounters_of(
                "Lena Berg met Ola Holm since the new leadership under Kari Lund took office.",
                &people
            ),
            vec!["meeting: Lena Berg participant, Ola Holm participant"]
        );
        // congratulations in another clause do not undo the reception
        assert_eq!(
            encounters_of(
                "Lena Berg received Ola Holm, where she congratulated him on his new post.",
                &people
            ),
            vec!["reception: Lena Berg host, Ola Holm visitor"]
        );
    }

    #[test]
    fn a_sentence_without_parties_supports_the_encounter_before_it() {
        let text = "Lena Berg received Ola Holm. The two officials discussed trade. Later Lena Berg met Kari Lund.";
        let g = Gazetteer::new(vec![
            known(EntityKind::Person, 1, "Lena Berg"),
            known(EntityKind::Person, 2, "Ola Holm"),
            known(EntityKind::Person, 3, "Kari Lund"),
        ]);
        let s = split(text);
        let m = g.find(text, None);
        let e = encounters(
            text,
            &s,
            &m,
            &person_cues(text, &s, &m),
            &Context::default(),
        );
        assert_eq!(e.len(), 2, "{e:#?}");
        assert_eq!(e[0].kind, MeetingKind::Reception);
        assert_eq!(e[0].evidence.len(), 2, "{e:#?}");
        assert_eq!(e[1].evidence.len(), 1, "{e:#?}");
    }

    #[test]
    fn the_lead_of_a_report_under_an_agency_dateline_takes_its_day() {
        let text = "Ola Holm met Kari Lund at the headquarters. They discussed trade.";
        let g = Gazetteer::new(vec![
            known(EntityKind::Person, 1, "Ola Holm"),
            known(EntityKind::Person, 2, "Kari Lund"),
        ]);
        let s = split(text);
        let m = g.find(text, None);
        let cues = person_cues(text, &s, &m);
        // "OSLO, April 12. /NTB/." gives a day without a year
        let ctx = Context {
            dateline: Some(21),
            article_partial: PartialDate::parse("XXXX-04-12").ok(),
            ..Context::default()
        };
        let e = encounters(text, &s, &m, &cues, &ctx);
        assert_eq!(
            e[0].date.map(|d| d.to_string()).as_deref(),
            Some("XXXX-04-12")
        );
        assert_eq!(e[0].basis, DateBasis::Article);
        // no dateline: no date
        let e = encounters(text, &s, &m, &cues, &Context::default());
        assert_eq!(e[0].date, None);
    }

    #[test]
    fn a_title_before_a_name_nobody_knows_is_not_someone_else() {
        // The article's only foreign minister is Lena Berg; "Foreign Minister Sugiono" is not.
        let e = encounters_of(
            "Foreign Minister Sugiono met Ola Holm. Earlier, Foreign Minister Lena Berg spoke.",
            &["Lena Berg", "Ola Holm"],
        );
        assert!(e.iter().all(|e| !e.contains("Lena Berg")), "{e:?}");
    }

    #[test]
    fn a_meeting_on_the_sidelines_of_an_event_is_also_the_event() {
        assert_eq!(
            encounters_of(
                "Lena Berg met Ola Holm on the sidelines of the Nordic Council Summit.",
                &["Lena Berg", "Ola Holm"]
            ),
            vec![
                "meeting: Lena Berg participant, Ola Holm participant",
                "conference: Lena Berg participant, Ola Holm participant"
            ]
        );
    }

    #[test]
    fn the_visitor_is_the_subject_the_one_who_or_the_one_of_the_visit() {
        let people = ["Lena Berg", "Ola Holm"];
        assert_eq!(
            encounters_of(
                "Ola Holm received Lena Berg, who is visiting Norway.",
                &people
            )[1..],
            ["visit: Lena Berg visitor"]
        );
        assert_eq!(
            encounters_of("They praised the visit of Lena Berg to Norway.", &people),
            vec!["visit: Lena Berg visitor"]
        );
        assert_eq!(
            encounters_of(
                "While on a visit to Norway, Ola Holm opened an office.",
                &people
            ),
            vec!["visit: Ola Holm visitor"]
        );
        // a visit still planned is none
        assert!(encounters_of(
            "They discussed the upcoming visit of Lena Berg to Norway.",
            &people
        )
        .is_empty());
    }

    #[test]
    fn presenting_credentials_is_a_reception_by_the_one_presented_to() {
        assert_eq!(
            encounters_of(
                "Ola Holm presented his letters of credence to Lena Berg.",
                &["Lena Berg", "Ola Holm"]
            ),
            vec!["reception: Lena Berg host, Ola Holm visitor"]
        );
    }

    #[test]
    fn a_plural_title_names_each_of_the_names_after_it() {
        let c =
            cues_of("Foreign Ministers of Norway and Sweden - Ola Holm and Kari Lund - met today.");
        let names: Vec<(&str, &str)> = c
            .iter()
            .map(|c| (c.name.as_str(), c.title_key.as_str()))
            .collect();
        assert_eq!(
            names,
            vec![
                ("Ola Holm", "foreign minister"),
                ("Kari Lund", "foreign minister")
            ]
        );
    }

    #[test]
    fn capitalised_words_without_a_title_are_not_people() {
        assert!(cues_of("The Baku Process and the Cultural Capital were praised.").is_empty());
        assert!(
            cues_of("Minister of Culture said on Monday that the Ministry of Culture agreed.")
                .is_empty()
        );
    }

    #[test]
    fn acronyms_are_learned_for_known_and_new_organizations() {
        let g = gazetteer();
        let text = "The Organization of Islamic Cooperation (OIC) and the Islamic Development Bank (IsDB) met.";
        let s = split(text);
        let m = g.find(text, None);
        let c = organization_cues(text, &s, &m);
        assert_eq!(c.len(), 2, "{c:#?}");
        assert_eq!(c[0].organization, Some(11));
        assert_eq!(c[0].acronym, "OIC");
        assert_eq!(c[1].organization, None);
        assert_eq!(c[1].name, "Islamic Development Bank");
    }
}
