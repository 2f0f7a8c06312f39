//! Name recognition: find every known person, organization and place in a text in one pass,
//! robust to case, hyphens, apostrophes, spacing, diacritics and line breaks.

use std::collections::BTreeMap;

use rustc_hash::{FxHashMap as HashMap, FxHashSet as HashSet};

use aho_corasick::{AhoCorasick, MatchKind};

use super::fold::fold_name;
use super::fold::is_hyphen;
pub use super::fold::{fold, Folded};
pub use super::mentions::{EntityKind, EntityRef, Mention};
pub(crate) use super::name_edges::{a_longer_name_follows, named_after_them};
pub use super::name_edges::{capitalised_word_follows, capitalised_word_precedes};
pub use super::spellings::{initialled_form, middle_name_left_out, spelling_variant};

/// One name of an entity, with the days it was in use (inclusive, `YYYY-MM-DD` prefixes).
#[derive(Debug, Clone)]
pub struct KnownName {
    pub entity: EntityRef,
    pub name: String,
    pub valid_from: Option<String>,
    pub valid_until: Option<String>,
    /// A city of the world gazetteer ("Aydin", "Lima"): it names the place only written with a
    /// capital and with no capitalised word after it, where it would be part of a person's or
    /// a body's name ("Aydin Karimov").
    pub standalone: bool,
}

/// The last word of a name without the particle hyphenated to it ("al-Halbousi",
/// "el-Sisi"), folded: the surname as the text may write it alone.
pub fn without_particle(name: &str) -> Option<String> {
    let last = name.split_whitespace().next_back()?;
    let (particle, rest) = last.split_once(is_hyphen)?;
    let particle = particle.to_lowercase();
    let lower = rest.to_lowercase();
    // Not "al-Iraqi": a people's adjective alone is no one's surname.
    let a_people = super::world::WORLD.demonym(&lower).is_some()
        || super::lexicon::contains(&super::lexicon::COUNTRY_WORDS, &lower);
    (super::lexicon::contains(&super::lexicon::NAME_PARTICLES, &particle)
        && rest.chars().count() >= 3
        && rest.chars().next().is_some_and(char::is_uppercase)
        && !a_people)
        .then(|| fold_name(rest))
}

fn is_acronym(name: &str) -> bool {
    let letters: Vec<char> = name.chars().filter(|c| c.is_alphabetic()).collect();
    (2..=8).contains(&letters.len()) && letters.iter().all(|c| c.is_uppercase())
}

/// The one entity these names (one folded form) stand for at `date`, if only one: among the
/// names valid then, or among all when none is (a name used out of its time, "ICESCO" for a
/// 2006 event, still names its entity).
fn one_entity(names: &[&KnownName], date: Option<&str>) -> Option<EntityRef> {
    let mut entities: Vec<EntityRef> = names
        .iter()
        .filter(|n| valid_at(n, date))
        .map(|n| n.entity)
        .collect();
    if entities.is_empty() {
        entities = names.iter().map(|n| n.entity).collect();
    }
    entities.sort();
    entities.dedup();
    match entities[..] {
        [entity] => Some(entity),
        _ => None,
    }
}

fn valid_at(name: &KnownName, date: Option<&str>) -> bool {
    let Some(date) = date else { return true };
    name.valid_from.as_deref().is_none_or(|from| date >= from)
        && name.valid_until.as_deref().is_none_or(|until| {
            // A bound given as a year or a month covers that whole year or month.
            date <= until || date.starts_with(until)
        })
}

/// All known names, compiled for one-pass matching.
pub struct Gazetteer {
    matcher: Option<AhoCorasick>,
    /// For each folded pattern: the names that fold to it.
    candidates: Vec<Vec<KnownName>>,
    /// Every word of the people's names of two words or more, folded.
    person_words: HashSet<String>,
    /// People's names of two words or more written as one ("faisalbinfarhan"), as a handle in
    /// an embedded post writes them: the pattern's index in `candidates`.
    handles: HashMap<String, usize>,
}

/// The words of some names (folded as the gazetteer folds them), to tell whether a text may
/// name one of them: a gazetteer that gains these names finds the same mentions as before in a
/// text that holds none of their words.
pub struct NameWords {
    matcher: Option<AhoCorasick>,
}

impl NameWords {
    pub fn new<'a>(names: impl IntoIterator<Item = &'a str>) -> NameWords {
        let mut words: Vec<String> = names
            .into_iter()
            .flat_map(|n| {
                fold_name(n)
                    .split(' ')
                    .filter(|w| !w.is_empty())
                    .map(str::to_string)
                    .collect::<Vec<_>>()
            })
            .collect();
        words.sort_unstable();
        words.dedup();
        NameWords {
            matcher: if words.is_empty() {
                None
            } else {
                AhoCorasick::new(&words).ok()
            },
        }
    }

    /// Whether `text` holds one of the words (anywhere: a word inside a longer one counts too).
    /// Says yes when in doubt.
    pub fn may_name(&self, text: &str) -> bool {
        self.may_name_folded(&fold(text))
    }

    /// `may_name`, for a text already folded.
    pub fn may_name_folded(&self, folded: &Folded) -> bool {
        match &self.matcher {
            None => false,
            Some(m) => m.is_match(&folded.text),
        }
    }
}

impl Gazetteer {
    pub fn new(names: Vec<KnownName>) -> Gazetteer {
        let mut by_folded: BTreeMap<String, Vec<KnownName>> = BTreeMap::new();
        for n in names {
            let f = fold_name(&n.name);
            if f.is_empty() {
                continue;
            }
            by_folded.entry(f).or_default().push(n);
        }
        let person_words: HashSet<String> = by_folded
            .iter()
            .filter(|(f, names)| {
                f.contains(' ') && names.iter().any(|n| n.entity.kind == EntityKind::Person)
            })
            .flat_map(|(f, _)| f.split(' ').map(str::to_string))
            .collect();
        let patterns: Vec<String> = by_folded.keys().cloned().collect();
        let candidates: Vec<Vec<KnownName>> = by_folded.into_values().collect();
        let mut handles: HashMap<String, usize> = HashMap::default();
        for (i, (f, names)) in patterns.iter().zip(&candidates).enumerate() {
            let people = names.iter().all(|n| n.entity.kind == EntityKind::Person);
            let compact: String = f.chars().filter(|c| *c != ' ').collect();
            if people && f.contains(' ') && compact.chars().count() >= 8 {
                handles.insert(compact, i);
            }
        }
        let matcher = if patterns.is_empty() {
            None
        } else {
            AhoCorasick::builder()
                .match_kind(MatchKind::LeftmostLongest)
                .build(&patterns)
                .ok()
        };
        Gazetteer {
            matcher,
            candidates,
            person_words,
            handles,
        }
    }

    /// Whether a one-word name is a word of a known person's whole name ("Bayramov" of
    /// "Jeyhun Bayramov"): someone known, whom the word alone does not tell apart.
    pub fn is_word_of_a_person(&self, word: &str) -> bool {
        self.person_words.contains(&fold_name(word))
    }

    /// Every occurrence of a known name in `text`, resolved to one entity where the names valid
    /// at `date` (YYYY-MM-DD) allow; later surname-only mentions of a person named in full earlier
    /// resolve to that person unless two people of the text share the surname.
    pub fn find(&self, text: &str, date: Option<&str>) -> Vec<Mention> {
        self.find_folded(text, &fold(text), date)
    }

    /// `find`, for a text already folded (`folded` is `fold(text)`).
    pub fn find_folded(&self, text: &str, folded: &Folded, date: Option<&str>) -> Vec<Mention> {
        let ft = folded.text.as_bytes();
        let chars: Vec<char> = text.chars().collect();
        let surface = |s: usize, e: usize| chars[s..e].iter().collect::<String>();
        let mut out = Vec::new();
        let Some(matcher) = &self.matcher else {
            return out;
        };
        let boundary_ok =
            |s: usize, e: usize| (s == 0 || ft[s - 1] == b' ') && (e == ft.len() || ft[e] == b' ');
        // A city's name that this text also writes at the end of a longer name ("Salim
        // AlMalik") is a person's or a body's name here, wherever it stands alone ...
        let mut inside_a_name: Vec<usize> = Vec::new();
        let matches: Vec<aho_corasick::Match> = matcher.find_iter(&folded.text).collect();
        for m in &matches {
            let (s, e) = (m.start(), m.end());
            if let Some((cs, _)) = folded.original_range(s, e) {
                if boundary_ok(s, e) && capitalised_word_precedes(&chars, cs) {
                    inside_a_name.push(m.pattern().as_usize());
                }
            }
        }
        for m in matches {
            let (s, e) = (m.start(), m.end());
            if !boundary_ok(s, e) {
                continue;
            }
            let Some((cs, ce)) = folded.original_range(s, e) else {
                continue;
            };
            let surf = surface(cs, ce);
            let names = &self.candidates[m.pattern().as_usize()];
            // ... and "Aydin Karimov", "Baku Process" at this place only.
            let proper = surf.chars().next().is_some_and(char::is_uppercase)
                && !inside_a_name.contains(&m.pattern().as_usize())
                && !a_longer_name_follows(&chars, ce);
            // A person's name is written with capitals: "official visit" is no mention of
            // someone a text once called "Official Visit" (nor "With" of a name's "with").
            let written_as_a_name = surf.chars().any(char::is_uppercase);
            // "Jomo Kenyatta University", "the Nelson Mandela Foundation": an institution
            // named after someone, not a mention of them.
            let person_here = written_as_a_name && !named_after_them(&chars, ce);
            let fitting: Vec<&KnownName> = names
                .iter()
                .filter(|n| !is_acronym(&n.name) || is_acronym(&surf))
                .filter(|n| n.entity.kind != EntityKind::Person || person_here)
                .filter(|n| !n.standalone || proper)
                .collect();
            if fitting.is_empty() {
                continue;
            }
            out.push(Mention {
                entity: one_entity(&fitting, date),
                surface: surf,
                start_char: cs,
                end_char: ce,
            });
        }
        self.add_surname_mentions(text, folded, &chars, &mut out);
        self.add_handle_mentions(&chars, date, &mut out);
        out.sort_by_key(|m| m.start_char);
        out
    }

    /// "@FaisalbinFarhan" in an embedded post: a known person whose name of two words or more
    /// the handle writes as one word.
    fn add_handle_mentions(&self, chars: &[char], date: Option<&str>, out: &mut Vec<Mention>) {
        if self.handles.is_empty() {
            return;
        }
        let mut i = 0;
        while i < chars.len() {
            if chars[i] != '@' || (i > 0 && chars[i - 1].is_alphanumeric()) {
                i += 1;
                continue;
            }
            // Only after a title or a courtesy title ("Prince @FaisalbinFarhan"): not a handle
            // tagged, credited or in a possessive ("tagging @A", "photo by @B").
            let word_before: String = chars[..i]
                .iter()
                .rev()
                .skip_while(|c| **c == ' ')
                .take_while(|c| c.is_alphabetic() || **c == '.')
                .collect();
            let titled = word_before.chars().last().is_some_and(char::is_uppercase);
            let start = i + 1;
            let mut end = start;
            while end < chars.len() && (chars[end].is_ascii_alphanumeric() || chars[end] == '_') {
                end += 1;
            }
            i = end.max(start);
            let handle: String = chars[start..end]
                .iter()
                .filter(|c| c.is_ascii_alphabetic())
                .map(|c| c.to_ascii_lowercase())
                .collect();
            let possessive = chars.get(end).is_some_and(|c| matches!(c, '\'' | '’'));
            let Some(&k) = self.handles.get(&handle).filter(|_| titled && !possessive) else {
                continue;
            };
            let names: Vec<&KnownName> = self.candidates[k].iter().collect();
            if let Some(entity) = one_entity(&names, date) {
                out.push(Mention {
                    entity: Some(entity),
                    surface: chars[start..end].iter().collect(),
                    start_char: start,
                    end_char: end,
                });
            }
        }
    }

    fn add_surname_mentions(
        &self,
        _text: &str,
        folded: &Folded,
        chars: &[char],
        out: &mut Vec<Mention>,
    ) {
        // surname -> (people seen in full, first full mention's start)
        let mut surnames: HashMap<String, Vec<(EntityRef, usize)>> = HashMap::default();
        // given name -> the same, for "Prince Faisal" after "Prince Faisal bin Farhan"
        let mut given: HashMap<String, Vec<(EntityRef, usize)>> = HashMap::default();
        // family names written first, for "Park" after "Park Jin"
        let mut first_of_two: Vec<String> = Vec::new();
        for m in out.iter() {
            let Some(e) = m.entity else { continue };
            if e.kind != EntityKind::Person {
                continue;
            }
            let f = fold_name(&m.surface);
            let mut words: Vec<&str> = f.split(' ').collect();
            // "Ferdinand Marcos Jr. ... Marcos said": a generation's suffix is no surname.
            while words.len() > 2
                && words
                    .last()
                    .is_some_and(|w| matches!(*w, "jr" | "sr" | "ii" | "iii" | "iv"))
            {
                words.pop();
            }
            if words.len() < 2 {
                continue;
            }
            if let Some(last) = words.last() {
                // "Joseph Wu ... Wu said": a family name of two letters, when it is one of the
                // list's and no English word ("He", "Do").
                let short_family =
                    super::lexicon::contains(&super::lexicon::FAMILY_NAMES_FIRST, last)
                        && !matches!(
                            *last,
                            "he" | "ha" | "oh" | "do" | "ho" | "le" | "na" | "ye" | "jo"
                        );
                if last.chars().count() >= 3 || short_family {
                    let list = surnames.entry((*last).to_string()).or_default();
                    if !list.iter().any(|(p, _)| *p == e) {
                        list.push((e, m.start_char));
                    }
                }
                // "Mohammed al-Halbousi ... Halbousi said": the surname without its particle.
                if let Some(bare) = without_particle(&m.surface) {
                    let list = surnames.entry(bare).or_default();
                    if !list.iter().any(|(p, _)| *p == e) {
                        list.push((e, m.start_char));
                    }
                }
            }
            if let Some(first) = words.first() {
                let family = words.len() == 2
                    && super::lexicon::contains(&super::lexicon::FAMILY_NAMES_FIRST, first);
                if family {
                    first_of_two.push((*first).to_string());
                }
                if first.chars().count() >= 3 || family {
                    let list = given.entry((*first).to_string()).or_default();
                    if !list.iter().any(|(p, _)| *p == e) {
                        list.push((e, m.start_char));
                    }
                }
            }
        }
        if surnames.is_empty() {
            return;
        }
        let covered: Vec<(usize, usize)> = out.iter().map(|m| (m.start_char, m.end_char)).collect();
        let mut words: Vec<(usize, usize)> = Vec::new();
        let ft = folded.text.as_bytes();
        let mut start = 0;
        for i in 0..=ft.len() {
            if i == ft.len() || ft[i] == b' ' {
                if i > start {
                    words.push((start, i));
                }
                start = i + 1;
            }
        }
        for (i, &(s, e)) in words.iter().enumerate() {
            let w = &folded.text[s..e];
            // "Prince Faisal": a given name right after an honorific that names people so.
            let after_honorific = i > 0 && {
                let (ps, pe) = words[i - 1];
                super::lexicon::contains(
                    &*super::lexicon::GIVEN_NAME_HONORIFICS,
                    &folded.text[ps..pe],
                )
            };
            // "Prime Minister Shehbaz" after "Prime Minister Shehbaz Sharif": a given name
            // right after a title.
            let after_title = i > 0 && {
                let (ps, pe) = words[i - 1];
                let before = &folded.text[ps..pe];
                super::lexicon::contains(&*super::lexicon::TITLE_HEADS, before)
                    || super::lexicon::contains(&*super::lexicon::TITLE_WORDS, before)
            };
            // ... and standing alone: not "Central Park", "Park Avenue"
            let alone = || {
                folded.original_range(s, e).is_some_and(|(cs, ce)| {
                    !capitalised_word_precedes(chars, cs) && !capitalised_word_follows(chars, ce)
                })
            };
            let family_first = first_of_two.iter().any(|f| f == w) && alone();
            // "Earlier, Anwar and Paetongtarn held a meeting" after "Anwar Ibrahim" and
            // "Paetongtarn Shinawatra": a given name standing alone, of one person named so
            // far, that is no word of titles, honorifics or bodies ("Sheikh", "Western").
            let given_alone = || {
                given.get(w).is_some_and(|p| p.len() == 1)
                    && !is_lexicon_word(w)
                    // Not a place's name ("In Victoria, B received C" after "Victoria A").
                    && super::world::WORLD.lookup(w).is_empty()
                    && alone()
            };
            let people = match (surnames.get(w), given.get(w)) {
                (Some(p), _) => p,
                (None, Some(p)) if after_honorific || after_title || family_first => p,
                (None, Some(p)) if given_alone() => p,
                _ => continue,
            };
            let Some((cs, ce)) = folded.original_range(s, e) else {
                continue;
            };
            // A surname is written with a capital: "with" is no Mr With ("al-Burhan" is
            // written so after its particle).
            let particle = chars[cs..ce]
                .iter()
                .position(|c| is_hyphen(*c))
                .filter(|&h| {
                    (1..=3).contains(&h) && chars[cs..cs + h].iter().all(|c| c.is_lowercase())
                })
                .map_or(0, |h| h + 1);
            if !chars.get(cs + particle).is_some_and(|c| c.is_uppercase()) {
                continue;
            }
            // ... standing alone: "the Haram al-Sharif" is a place's name, not Karim al-Sharif.
            if particle > 0 && capitalised_word_precedes(chars, cs) {
                continue;
            }
            // "Minister Meza-Cuadra" after "Gustavo Meza-Cuadra": the surname is the whole
            // hyphenated word, as the full name writes it (not "Aliyev-Putin talks").
            let cs = match cs.checked_sub(1).map(|h| chars[h]) {
                Some(h) if is_hyphen(h) => {
                    let mut k = cs - 1;
                    while k > 0 && chars[k - 1].is_alphanumeric() {
                        k -= 1;
                    }
                    let compound: String = chars[k..ce].iter().collect();
                    let written_so = out.iter().any(|m| {
                        people.iter().any(|(p, _)| m.entity == Some(*p))
                            && m.surface.contains(&compound)
                    });
                    if written_so {
                        k
                    } else {
                        cs
                    }
                }
                _ => cs,
            };
            if covered.iter().any(|(a, b)| cs < *b && *a < ce) {
                continue;
            }
            // "in Glasgow, Scotland" is a place's region, not Ms Scotland; "the Lalith
            // Siriwardena University" is named after someone, not a mention of them.
            if after_a_place(chars, cs, out) || named_after_them(chars, ce) {
                continue;
            }
            let mut earlier: Vec<EntityRef> = people
                .iter()
                .filter(|(_, first)| *first < cs)
                .map(|(p, _)| *p)
                .collect();
            // "the Prime Minister met with Ambassador LaRocque ... Photo: Ambassador Irwin
            // LaRocque": a surname after a title or a courtesy title, of the one person the
            // text names in full only later.
            if earlier.is_empty() {
                let titled = i > 0 && {
                    let (ps, pe) = words[i - 1];
                    let before = &folded.text[ps..pe];
                    after_title || super::lexicon::contains(&*super::lexicon::HONORIFICS, before)
                };
                match people[..] {
                    [(one, _)] if titled => earlier.push(one),
                    _ => continue,
                }
            }
            // Two people named so far who share the surname stay apart: the mention is left
            // unresolved. One named only later ("his daughter Ola Holm" at the end) does not
            // make the earlier mentions ambiguous: a reader has met only one Holm there.
            // Of several, "President Bio" after "President Dr Julius Maada Bio" and "First
            // Lady Fatima Bio": the one whose full name came after the same title word.
            let entity = if earlier.len() == 1 {
                Some(earlier[0])
            } else if after_title {
                let title = &folded.text[words[i - 1].0..words[i - 1].1];
                let titled: Vec<EntityRef> = earlier
                    .iter()
                    .copied()
                    .filter(|p| {
                        out.iter().any(|m| {
                            m.entity == Some(*p)
                                && m.surface.contains(' ')
                                && super::name_edges::words_before(chars, 0, m.start_char, 3)
                                    .split_whitespace()
                                    .any(|w| fold(w).text == title)
                        })
                    })
                    .collect();
                match titled[..] {
                    [one] => Some(one),
                    _ => None,
                }
            } else {
                None
            };
            out.push(Mention {
                entity,
                surface: chars[cs..ce].iter().collect(),
                start_char: cs,
                end_char: ce,
            });
        }
    }
}

/// Whether a folded word is one of the lexicon's words of titles, honorifics, bodies and
/// countries: such a word opens many names, not one person's.
fn is_lexicon_word(w: &str) -> bool {
    use super::lexicon::*;
    let lists: [&super::tokens::WordSet; 11] = [
        &TITLE_HEADS,
        &TITLE_WORDS,
        &TITLE_QUALIFIERS,
        &HONORIFICS,
        &GIVEN_NAME_HONORIFICS,
        &NOT_NAMES,
        &NOT_SURNAMES,
        &ORG_HEADS,
        &COUNTRY_WORDS,
        &GROUP_NOUNS,
        &HEADS_OF_STATE,
    ];
    not_a_name(w) || lists.iter().any(|set| contains(*set, w))
}

/// Whether the word at `start` follows a place's name and a comma ("Glasgow, Scotland").
fn after_a_place(chars: &[char], start: usize, mentions: &[Mention]) -> bool {
    let mut k = start;
    while k > 0 && chars[k - 1].is_whitespace() {
        k -= 1;
    }
    if k == 0 || chars[k - 1] != ',' {
        return false;
    }
    let comma = k - 1;
    mentions
        .iter()
        .any(|m| m.end_char == comma && m.entity.is_some_and(|e| e.kind == EntityKind::Place))
        && !ends_a_fronted_clause(chars, comma)
}

/// Whether the comma at `comma` ends a clause that opens its sentence ("During the visit to
/// Ethiopia, Pompeo met ..."): the word after it is the sentence's subject, not a region of
/// the place before it.
fn ends_a_fronted_clause(chars: &[char], comma: usize) -> bool {
    let mut k = comma;
    while k > 0 && !matches!(chars[k - 1], '.' | '!' | '?' | '\n' | ',' | ';' | ':') {
        k -= 1;
    }
    if k > 0 && !matches!(chars[k - 1], '.' | '\n' | ':') {
        return false;
    }
    let clause: String = chars[k..comma].iter().collect();
    super::lexicon::FRONTED.is_match(clause.trim_start())
}

#[cfg(test)]
#[path = "names_tests.rs"]
mod tests;
