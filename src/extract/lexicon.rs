//! The word lists the extractor reads (titles, honorifics, name particles, organization
//! heads, country words), loaded from the data files in lexicon/ at build time.

use std::sync::LazyLock;

use super::dates::is_calendar_word;
use super::tokens::*;

/// Verbs whose object is whom the subject met: "A met B", "A received B", "A welcomed B".
pub(crate) const VERBS_OF_MEETING: &[&str] = &[
    "met", "meets", "received", "receives", "hosted", "hosts", "welcomed", "welcomes",
];

/// Words that begin a title.
pub(crate) static TITLE_HEADS: LazyLock<WordSet> =
    LazyLock::new(|| word_list(include_str!("lexicon/title_heads.txt")));

/// Capitalised words that belong to a title, never to a name.
pub(crate) static TITLE_WORDS: LazyLock<WordSet> =
    LazyLock::new(|| word_list(include_str!("lexicon/title_words.txt")));

/// Words that make a title another post than the same title without them ("the president"
/// is not "the former president"), beside the title heads ("vice", "deputy").
pub(crate) static TITLE_QUALIFIERS: LazyLock<WordSet> =
    LazyLock::new(|| word_list(include_str!("lexicon/title_qualifiers.txt")));

/// Title heads that name a post's field, not another post: "the minister" is the article's
/// one "foreign minister".
pub(crate) static FIELD_HEADS: LazyLock<WordSet> =
    LazyLock::new(|| word_list(include_str!("lexicon/field_heads.txt")));

/// Groups a person leads: "a delegation led by X" introduces X.
pub(crate) static GROUP_NOUNS: LazyLock<WordSet> =
    LazyLock::new(|| word_list(include_str!("lexicon/group_nouns.txt")));

/// Words opening a sentence before "met" that are no one's surname ("Lawmakers met ...").
pub(crate) static NOT_SURNAMES: LazyLock<WordSet> =
    LazyLock::new(|| word_list(include_str!("lexicon/not_surnames.txt")));

/// Buildings a city's name may open: the city is where the building is.
pub(crate) static BUILDINGS: LazyLock<WordSet> =
    LazyLock::new(|| word_list(include_str!("lexicon/buildings.txt")));

/// Words that end a place's or an event's name, never a person's.
pub(crate) static VENUE_HEADS: LazyLock<WordSet> =
    LazyLock::new(|| word_list(include_str!("lexicon/venue_heads.txt")));

/// Words that name a newspaper in its masthead ("The Guardian", "Daily News").
pub(crate) static MASTHEAD_WORDS: LazyLock<WordSet> =
    LazyLock::new(|| word_list(include_str!("lexicon/masthead_words.txt")));

/// Family names written first ("Park Jin"): the word a person is named again by.
pub(crate) static FAMILY_NAMES_FIRST: LazyLock<WordSet> =
    LazyLock::new(|| word_list(include_str!("lexicon/family_names_first.txt")));

/// Title keys of a head of state or of government ("the Norwegian leader").
pub(crate) static HEADS_OF_STATE: LazyLock<WordSet> =
    LazyLock::new(|| word_list(include_str!("lexicon/heads_of_state.txt")));

/// Courtesy words dropped before a name.
pub(crate) static HONORIFICS: LazyLock<WordSet> =
    LazyLock::new(|| word_list(include_str!("lexicon/honorifics.txt")));

/// Honorifics before which a person named in full earlier is named by the given name alone
/// ("Prince Faisal").
pub(crate) static GIVEN_NAME_HONORIFICS: LazyLock<WordSet> =
    LazyLock::new(|| word_list(include_str!("lexicon/given_name_honorifics.txt")));

/// Lower-case words allowed inside a title ("Director General of the organization").
pub(crate) static TITLE_CONNECTORS: LazyLock<WordSet> =
    LazyLock::new(|| word_list(include_str!("lexicon/title_connectors.txt")));

/// Particles inside names ("Salim bin Muhammad", "Ursula von der Leyen").
pub(crate) static NAME_PARTICLES: LazyLock<WordSet> =
    LazyLock::new(|| word_list(include_str!("lexicon/name_particles.txt")));

/// Capitalised words that are never part of a person's name (besides months and weekdays).
pub(crate) static NOT_NAMES: LazyLock<WordSet> =
    LazyLock::new(|| word_list(include_str!("lexicon/not_names.txt")));

/// Nouns that end an organization's name.
pub(crate) static ORG_HEADS: LazyLock<WordSet> =
    LazyLock::new(|| word_list(include_str!("lexicon/org_heads.txt")));

/// The words of some tokens, without the names among them.
pub(crate) fn words_only(toks: &[Tok]) -> String {
    toks.iter()
        .filter(|t| t.kind == TokKind::Word)
        .map(|t| t.text.as_str())
        .collect::<Vec<_>>()
        .join(" ")
}

/// Words of country names (and demonyms), never part of a person's name. Names that are also
/// given names (Jordan, Chad, Georgia) are left out.
pub(crate) static COUNTRY_WORDS: LazyLock<WordSet> =
    LazyLock::new(|| word_list(include_str!("lexicon/country_words.txt")));

/// A lower-case word that cannot be part of a person's name.
pub(crate) fn not_a_name(w: &str) -> bool {
    contains(&NOT_NAMES, w) || contains(&COUNTRY_WORDS, w) || is_calendar_word(w)
}

pub(crate) fn contains<L: Words + ?Sized>(list: &L, w: &str) -> bool {
    list.has(w)
}

/// A list of words: a lexicon file's (hashed) or a short one written in the code.
pub(crate) trait Words {
    fn has(&self, w: &str) -> bool;
}

impl Words for WordSet {
    fn has(&self, w: &str) -> bool {
        self.contains(w)
    }
}

impl Words for LazyLock<WordSet> {
    fn has(&self, w: &str) -> bool {
        self.contains(w)
    }
}

impl Words for [&str] {
    fn has(&self, w: &str) -> bool {
        self.contains(&w)
    }
}

/// A title reduced to its words for comparison: "Minister of Foreign Affairs", "FM" and
/// "Foreign Minister" all become "foreign minister"; "Director-General" is "director general".
pub fn title_key(title: &str) -> String {
    let words: Vec<String> = title
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .map(str::to_lowercase)
        .map(|w| {
            // "Foreign Ministers" each hold the title "foreign minister".
            if !contains(&PLURAL_HEADS, &w) {
                return w;
            }
            match w.as_str() {
                "secretaries" => "secretary".to_string(),
                "chairmen" => "chairman".to_string(),
                _ => w.trim_end_matches('s').to_string(),
            }
        })
        .filter(|w| !matches!(w.as_str(), "of" | "the" | "to" | "for" | "and" | "a" | "an"))
        .filter(|w| contains(&TITLE_HEADS, w) || contains(&TITLE_WORDS, w))
        .collect();
    let joined = words.join(" ");
    match joined.as_str() {
        "fm" | "minister foreign affairs" | "foreign minister" => "foreign minister".to_string(),
        "head state" => "president".to_string(),
        "mos" => "minister state".to_string(),
        "colleague" => "counterpart".to_string(),
        _ => joined,
    }
}

/// The last words of an institution named after someone ("Jomo Kenyatta University").
pub(crate) static INSTITUTION_HEADS: LazyLock<WordSet> =
    LazyLock::new(|| word_list(include_str!("lexicon/institution_heads.txt")));

/// Title heads in the plural: one title for several names.
pub(crate) static PLURAL_HEADS: LazyLock<WordSet> =
    LazyLock::new(|| word_list(include_str!("lexicon/plural_heads.txt")));

/// A clause fronted before the subject ("During his meeting with X, ...", "Upon arrival in
/// Oslo, ..."): a possessive in it may point forward to the subject after the comma, and the
/// word after its comma is the subject, not a region of a place before it.
pub(crate) static FRONTED: LazyLock<regex::Regex> = LazyLock::new(|| {
    regex::Regex::new(r"^(?i:during|at|after|before|following|in|on|upon|as part of|while)(?-u:\b)")
        .expect("static regex")
});
