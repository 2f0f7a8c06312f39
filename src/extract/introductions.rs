//! How a name is introduced without a title's full form before it: after a title's head
//! alone ("President Museveni"), as the head of a group ("a delegation led by A"), with its
//! country in brackets or after "from" in a list ("A (Norway)", "A from Namibia, B from
//! Ireland"), after a country's possessive ("Chile's Michelle Bachelet met"); and the country
//! an adjective of nationality gives a title ("Indonesian Foreign Minister").

use super::lexicon::*;
use super::name_shapes::{is_all_capitals, is_particle_name, may_be_a_name_word};
use super::names::EntityKind;
use super::tokens::*;

/// Whether the name at token `at` follows "led by" or "headed by" with a group before it
/// ("the delegation led by", "a team headed by").
pub(crate) fn heads_a_group(toks: &[Tok], at: usize) -> bool {
    at >= 3
        && toks[at - 1].is_word("by")
        && matches!(toks[at - 2].lower(), "led" | "headed" | "chaired")
        && toks[at.saturating_sub(8)..at - 2].iter().any(|t| {
            let l = t.lower();
            contains(&GROUP_NOUNS, l.trim_end_matches(['’', '\'', 's']))
        })
}

/// A place the gazetteer knows, not an acronym that happens to be a city's name ("PISA");
/// "UAE" is a country.
fn names_a_place(t: &Tok) -> bool {
    t.is_entity_of(EntityKind::Place) && !(is_all_capitals(&t.text) && t.text.chars().count() > 3)
}

/// Whether the name ending at token `end` is followed by a place in brackets: "Ola Holm
/// (Norway)", or by "from" and a place in a list.
pub(crate) fn with_its_country(toks: &[Tok], end: usize) -> bool {
    // "(PISA)" is an acronym that happens to be a city's name; "(UAE)" is a country.
    let place = |k: usize| toks.get(k).is_some_and(names_a_place);
    // "(UK and Northern Ireland)", "(Peru, Bolivia)": places joined, up to four.
    let in_brackets = || {
        let mut k = end + 1;
        for _ in 0..4 {
            // ("Northern Ireland": a word the gazetteer does not hold before its place.)
            if !place(k) && toks.get(k).is_some_and(Tok::is_cap) && place(k + 1) {
                k += 1;
            }
            if !place(k) {
                return false;
            }
            k += 1;
            match toks.get(k) {
                Some(t) if t.kind == TokKind::Punct(')') => return true,
                Some(t) if t.is_word("and") || t.kind == TokKind::Punct(',') => k += 1,
                _ => return false,
            }
        }
        false
    };
    toks.get(end).is_some_and(|t| t.kind == TokKind::Punct('(')) && in_brackets()
        || from_its_country(toks, end)
}

/// "The new envoys are Ola Holm from Norway, Ana Lima from Brazil and ...": a name followed
/// by "from" and a country, then the end of the list's item (a comma, a semicolon, "and", the
/// sentence's end). Also "Ana Lima from the Federative Republic of Brazil" and "Ana Lima is
/// from Brazil, while ...".
fn from_its_country(toks: &[Tok], end: usize) -> bool {
    let mut k = end;
    if toks
        .get(k)
        .is_some_and(|t| t.is_word("is") || t.is_word("was"))
    {
        k += 1;
    }
    if !toks.get(k).is_some_and(|t| t.is_word("from")) {
        return false;
    }
    k += 1;
    // "the Islamic Republic of": the country's long name before the name the gazetteer knows.
    if toks.get(k).is_some_and(|t| t.is_word("the")) {
        let mut j = k + 1;
        while j < toks.len() && j - k <= 4 && (toks[j].is_cap() || toks[j].is_word("of")) {
            j += 1;
        }
        k = j;
    }
    toks.get(k).is_some_and(names_a_place)
        && toks.get(k + 1).is_none_or(|t| {
            matches!(t.kind, TokKind::Punct(',' | ';' | '.'))
                || t.is_word("and")
                || t.is_word("while")
        })
}

/// "met Ana Lima of Fiji, ...": "of" and a place right after a name, then the clause goes on
/// or ends (not "of Fiji Airways").
pub(crate) fn of_its_country(toks: &[Tok], end: usize) -> bool {
    toks.get(end).is_some_and(|t| t.is_word("of"))
        && toks.get(end + 1).is_some_and(names_a_place)
        && toks.get(end + 2).is_none_or(|t| {
            matches!(t.kind, TokKind::Punct(',' | ';' | '.' | '('))
                || matches!(
                    t.lower(),
                    "and" | "in" | "on" | "at" | "while" | "who" | "during"
                )
        })
}

/// "The presidents of Mexico, A, and Guatemala, B, met": a name right after a country and a
/// comma, in a list that a plural title's head and "of" open. Returns the head's token.
pub(crate) fn plural_title_of_countries(toks: &[Tok], name_s: usize) -> Option<usize> {
    if name_s < 4
        || toks[name_s - 1].kind != TokKind::Punct(',')
        || !toks[name_s - 2].is_entity_of(EntityKind::Place)
    {
        return None;
    }
    // Back through the list's earlier items (countries, names, commas, "and") to its "of".
    let mut k = name_s - 3;
    loop {
        let t = &toks[k];
        if t.is_word("of") {
            break;
        }
        let in_a_list = t.kind == TokKind::Punct(',')
            || t.is_word("and")
            || t.is_entity_of(EntityKind::Place)
            || t.is_entity_of(EntityKind::Person)
            || (t.kind == TokKind::Word && may_be_a_name_word(t));
        if !in_a_list || k == 0 || name_s - k > 24 {
            return None;
        }
        k -= 1;
    }
    // The first item follows "of" directly: "of Mexico, A".
    let head = k.checked_sub(1)?;
    (contains(&PLURAL_HEADS, toks[head].lower()) && toks[k + 1].is_entity_of(EntityKind::Place))
        .then_some(head)
}

/// "Presidents A of Argentina and B of Brazil agreed": names right after a plural title's
/// head, each with the country it is the title's of. Returns the head's token.
pub(crate) fn plural_title_of_names(toks: &[Tok], name_s: usize, name_e: usize) -> Option<usize> {
    let of_a_place = |e: usize| {
        toks.get(e).is_some_and(|t| t.is_word("of"))
            && toks
                .get(e + 1)
                .is_some_and(|t| t.is_entity_of(EntityKind::Place))
    };
    let whole = name_e - name_s >= 2
        || toks
            .get(name_s)
            .is_some_and(|t| t.is_entity_of(EntityKind::Person));
    if !whole || name_s == 0 || !of_a_place(name_e) {
        return None;
    }
    let head = |k: usize| toks[k].is_cap() && contains(&PLURAL_HEADS, toks[k].lower());
    // Back through the list's earlier items (names, "of" and a country, commas, "and").
    let mut k = name_s - 1;
    loop {
        if head(k) {
            break;
        }
        let t = &toks[k];
        let in_a_list = t.kind == TokKind::Punct(',')
            || t.is_word("and")
            || t.is_word("of")
            || t.is_entity_of(EntityKind::Place)
            || t.is_entity_of(EntityKind::Person)
            || (t.kind == TokKind::Word && t.is_cap() && may_be_a_name_word(t));
        if !in_a_list || k == 0 || name_s - k > 24 {
            return None;
        }
        k -= 1;
    }
    // The first item follows the head directly, and the list joins items by "," or "and".
    let first = toks.get(k + 1)?;
    let joined = k + 1 == name_s || matches!(toks[name_s - 1].lower(), "," | "and");
    ((first.is_cap() || first.is_entity_of(EntityKind::Person)) && joined).then_some(k)
}

/// "Chile's Michelle Bachelet met": a name of two words or more right after a country's
/// possessive, and before a word in lower case (a verb, "and"), not another capitalised one
/// ("Kenya's Rift Valley Province").
pub(crate) fn after_a_countrys(toks: &[Tok], name_s: usize, name_e: usize) -> bool {
    let Some(before) = name_s.checked_sub(1).map(|k| &toks[k]) else {
        return false;
    };
    let Some(stem) = before
        .text
        .strip_suffix("'s")
        .or_else(|| before.text.strip_suffix("’s"))
    else {
        return false;
    };
    let country =
        before.is_entity_of(EntityKind::Place) || contains(&COUNTRY_WORDS, &stem.to_lowercase());
    // "The new envoys are Argentina's Ana Lima, ...": or the end of a list's item; the last
    // item of a list of people ("A (Chile) and Peru's B.", not "Lima and Kenya's Rift Valley.").
    let last_of_people = || {
        name_s >= 3
            && (toks[name_s - 2].is_word("and") || toks[name_s - 2].kind == TokKind::Punct(','))
            && (toks[name_s - 3].is_entity_of(EntityKind::Person)
                || toks[name_s - 3].kind == TokKind::Punct(')'))
    };
    let then_lower = toks.get(name_e).is_some_and(|t| {
        (t.kind == TokKind::Word && !t.is_cap())
            || matches!(t.kind, TokKind::Punct(',' | ';'))
            || (t.kind == TokKind::Punct('.') && last_of_people())
    });
    // Without a title to say it is a person, none of its words may be a title's or a body's.
    let name_like = toks[name_s..name_e]
        .iter()
        .all(|t| !super::titles::title_like(t.lower()));
    // "Russia's Far East", "Chile's Central South": a region of the country, named by its
    // side of the compass.
    let a_region = toks[name_s..name_e].iter().all(|t| {
        matches!(
            t.lower(),
            "far"
                | "near"
                | "middle"
                | "upper"
                | "lower"
                | "central"
                | "deep"
                | "north"
                | "south"
                | "east"
                | "west"
                | "northern"
                | "southern"
                | "eastern"
                | "western"
                | "northeast"
                | "northwest"
                | "southeast"
                | "southwest"
        )
    });
    country && name_e - name_s >= 2 && then_lower && name_like && !a_region
}

/// "Park Jin met Gustavo Manrique", "held talks with Ana Lima", "Ana Lima received ...": a
/// whole name right after a verb of meeting (and "with"), or opening a clause as the subject
/// of one, is a person's. None of its words may be a title's or a body's ("met Government
/// House officials" names no one).
pub(crate) fn in_an_encounter(toks: &[Tok], name_s: usize, name_e: usize) -> bool {
    let name_like = name_e - name_s >= 2
        && toks[name_s..name_e]
            .iter()
            .all(|t| t.kind == TokKind::Word && !super::titles::title_like(t.lower()))
        && (!toks.get(name_e).is_some_and(|t| t.is_word("of")) || of_its_country(toks, name_e));
    if !name_like {
        return false;
    }
    let word = |k: Option<usize>| k.and_then(|k| toks.get(k)).map_or("", |t| t.lower());
    let object = match word(name_s.checked_sub(1)) {
        w if w == "meet" || VERBS_OF_MEETING.contains(&w) => true,
        "with" => matches!(
            word(name_s.checked_sub(2)),
            "met"
                | "meet"
                | "meets"
                | "meeting"
                | "meetings"
                | "talks"
                | "discussions"
                | "consultations"
                | "conferred"
                | "audience"
                // "signed an agreement with A"
                | "agreement"
                | "agreements"
                | "memorandum"
                | "memoranda"
                | "accord"
                | "deal"
                | "mou"
        ),
        // "met with A and B": the second of two whole names after the verb.
        "and" => {
            name_s >= 2 && {
                let mut s0 = name_s - 1;
                while s0 > 0
                    && name_s - s0 <= 4
                    && toks[s0 - 1].kind == TokKind::Word
                    && toks[s0 - 1].is_cap()
                {
                    s0 -= 1;
                }
                s0 + 1 < name_s - 1 && in_an_encounter(toks, s0, name_s - 1)
            }
        }
        _ => false,
    };
    let opens_a_clause = name_s == 0
        || matches!(
            toks[name_s - 1].kind,
            TokKind::Punct(',') | TokKind::Punct(';')
        )
        || toks[name_s - 1].is_word("and");
    let verb = word(Some(name_e));
    let subject =
        opens_a_clause && (VERBS_OF_MEETING.contains(&verb) || matches!(verb, "held" | "holds"));
    object || subject
}

/// "The new ambassadors are A, B to Chile, and C": a whole name in a list that a plural title
/// and "are" (or "were", "include") open, each item after a comma, "and" or the verb.
pub(crate) fn listed_after_a_plural_title(toks: &[Tok], name_s: usize, name_e: usize) -> bool {
    if name_e - name_s < 2 || name_s < 2 {
        return false;
    }
    let opens_an_item = |k: usize| {
        matches!(toks[k].kind, TokKind::Punct(','))
            || toks[k].is_word("and")
            || matches!(toks[k].lower(), "are" | "were" | "include" | "included")
    };
    // The item ends with the name, or goes on with where the person is posted or from
    // ("B to Chile", "C Austria and").
    let ends_at = |k: usize| {
        toks.get(k).is_none_or(|t| {
            matches!(
                t.kind,
                TokKind::Punct(',') | TokKind::Punct('.') | TokKind::Punct(';')
            ) || matches!(t.lower(), "and" | "to" | "from" | "who" | "of")
        })
    };
    let ends_an_item = ends_at(name_e)
        || (toks
            .get(name_e)
            .is_some_and(|t| t.is_entity_of(EntityKind::Place))
            && ends_at(name_e + 1));
    // "Khomas Region", "Standard Bank": a place's or a body's name, not a person's.
    let last = toks[name_e - 1].lower();
    let a_place_or_body = contains(&ORG_HEADS, last)
        || matches!(
            last,
            "region" | "province" | "district" | "county" | "state" | "city" | "governorate"
        );
    if !opens_an_item(name_s - 1) || !ends_an_item || a_place_or_body {
        return false;
    }
    // Back to the verb, through earlier items: names, commas, "and", "to" or "from" and a
    // place, a relative clause's lower-case words.
    let mut k = name_s - 1;
    while k > 0 && name_s - k <= 30 {
        let t = &toks[k];
        // The list begins right after the verb ("The governors were drawn from A Region"
        // lists nobody).
        if matches!(t.lower(), "are" | "were" | "include" | "included") {
            return contains(&PLURAL_HEADS, toks[k - 1].lower())
                && toks
                    .get(k + 1)
                    .is_some_and(|n| n.is_cap() || n.is_entity_of(EntityKind::Person));
        }
        if matches!(
            t.kind,
            TokKind::Punct('.') | TokKind::Punct(';') | TokKind::Punct(':')
        ) {
            return false;
        }
        k -= 1;
    }
    false
}

/// "A who was assigned as ambassador to Belgium", "A, who has been appointed the new envoy":
/// a whole name, then a relative clause that gives it a post.
pub(crate) fn given_a_post(toks: &[Tok], name_s: usize, name_e: usize) -> bool {
    if name_e - name_s < 2 {
        return false;
    }
    let word = |k: usize| toks.get(k).map_or("", |t| t.lower());
    let mut k = name_e;
    if matches!(toks.get(k).map(|t| &t.kind), Some(TokKind::Punct(','))) {
        k += 1;
    }
    if word(k) != "who" {
        return false;
    }
    k += 1;
    match word(k) {
        "is" | "was" => k += 1,
        "has" | "had" if word(k + 1) == "been" => k += 2,
        _ => return false,
    }
    if matches!(word(k), "newly" | "recently" | "just") {
        k += 1;
    }
    if !matches!(
        word(k),
        "assigned" | "appointed" | "named" | "nominated" | "posted" | "accredited" | "designated"
    ) {
        return false;
    }
    k += 1;
    if word(k) == "as" {
        k += 1;
    }
    if matches!(word(k), "the" | "a" | "an" | "new") {
        k += 1;
    }
    if word(k) == "new" {
        k += 1;
    }
    contains(&TITLE_HEADS, word(k))
}

/// "called on A", "spoke to A": the preposition at `at` is a verb's, not a title's ("Minister
/// of A").
pub(crate) fn after_a_verb_of_calling(toks: &[Tok], at: usize) -> bool {
    at > 0
        && match toks[at].lower() {
            "on" => matches!(
                toks[at - 1].lower(),
                "called" | "calls" | "call" | "calling"
            ),
            "to" => matches!(
                toks[at - 1].lower(),
                "spoke" | "talked" | "speaking" | "talking" | "introduced"
            ),
            // "The delegation consisted of A, ...": what a group is made of are people.
            "of" => matches!(
                toks[at - 1].lower(),
                "consisted" | "consists" | "consisting" | "composed" | "comprised" | "up"
            ),
            _ => false,
        }
}

/// "Ministers", "Ambassadors", "Minster": a title word's plural, or a title head with a
/// letter missing, which follows a title's first words like a name.
fn is_plural_or_misspelt_title(l: &str) -> bool {
    let title = |w: &str| contains(&TITLE_HEADS, w) || contains(&TITLE_WORDS, w);
    let plural = ["s", "es"]
        .iter()
        .any(|end| l.strip_suffix(end).is_some_and(title));
    plural
        || TITLE_HEADS.iter().any(|h| {
            h.len() == l.len() + 1
                && (0..h.len()).any(|k| {
                    h.is_char_boundary(k) && h.is_char_boundary(k + 1) && {
                        let mut w = h.to_string();
                        w.remove(k);
                        w == l
                    }
                })
        })
}

/// A name of one word (with a regnal number: "King Abdullah II") right after the head of a
/// title, as news text names the well known: "President Museveni", "Prime Minister Modi",
/// "His Majesty King Abdullah". `i..run_end` is the run of capitalised words that holds it;
/// the name is its end, after the title's words.
pub(crate) fn surname_after_title(
    toks: &[Tok],
    i: usize,
    run_end: usize,
) -> Option<(usize, usize)> {
    let regnal = |t: &Tok| {
        matches!(
            t.text.as_str(),
            "I" | "II" | "III" | "IV" | "V" | "VI" | "VII" | "VIII" | "IX" | "X"
        )
    };
    let end = run_end;
    let s = if end >= 2 && regnal(&toks[end - 1]) {
        end - 2
    } else {
        end.checked_sub(1)?
    };
    if s == 0 || s < i {
        return None;
    }
    let head = &toks[s - 1];
    let word = &toks[s];
    let l = word.lower();
    let head_l = head.lower();
    let after_head = head.kind == TokKind::Word
        && head.is_cap()
        && (contains(&TITLE_HEADS, head_l) || contains(&GIVEN_NAME_HONORIFICS, head_l))
        // "the Foreign Minister" + a word: "Minister" heads a title only when capitalised
        // and not a title's qualifier ("Vice", "Deputy" come before it).
        // Words that open a title rather than end it: "Prime Ministers", "Vice Chair".
        && !matches!(head_l, "first" | "foreign" | "special" | "high" | "prime"
            | "deputy" | "vice" | "crown" | "head" | "assistant" | "permanent" | "goodwill"
            | "chief" | "managing" | "executive" | "founder")
        // "the President Place": a title after an article is no title before a name.
        && !(i > 0 && matches!(toks[i - 1].lower(), "the" | "a" | "an"));
    let letters = word.text.chars().count();
    // "President al-Assad": a surname with its particle joined by a hyphen.
    let name_like = word.kind == TokKind::Word
        && (word.is_cap() || is_particle_name(word))
        && letters >= 2
        && word.text.chars().skip(1).any(char::is_lowercase)
        && !word.text.contains('.')
        && may_be_a_name_word(word)
        && !l.ends_with("'s")
        && !l.ends_with("’s")
        && !contains(&HONORIFICS, l)
        && !contains(&ORG_HEADS, l)
        && !contains(&VENUE_HEADS, l)
        && !contains(&NAME_PARTICLES, l)
        && !contains(&TITLE_QUALIFIERS, l)
        && !is_plural_or_misspelt_title(l);
    // "President Kassym Dauletov", where "Dauletov" is known: a given name before a known
    // person's name, not a person of its own.
    let before_a_known_name = toks
        .get(end)
        .is_some_and(|t| t.is_entity_of(EntityKind::Person));
    (after_head && name_like && !before_a_known_name).then_some((s, end))
}

/// The countries whose posts a text names by an adjective of nationality before a title
/// ("Indonesian Foreign Minister", "his Vietnamese counterpart"), as ISO codes in text order:
/// the catalog's places an import makes for the article, as it does for the places it names.
pub fn countries_of_titles(body: &str) -> Vec<&'static str> {
    let world = &*super::world::WORLD;
    let words: Vec<&str> = body
        .split(|c: char| !(c.is_alphanumeric() || c == '-'))
        .filter(|w| !w.is_empty())
        .collect();
    let mut out: Vec<&'static str> = Vec::new();
    for pair in words.windows(2) {
        let [adjective, next] = pair else { continue };
        if !adjective.chars().next().is_some_and(char::is_uppercase) {
            continue;
        }
        let Some(iso) = world.demonym(adjective) else {
            continue;
        };
        let l = next.to_lowercase();
        if (contains(&TITLE_HEADS, &l) || contains(&TITLE_WORDS, &l)) && !out.contains(&iso) {
            out.push(iso);
        }
    }
    out
}

/// The country an adjective of nationality names right before a title's head, or as the
/// title's first word ("Indonesian Foreign Minister", "Vietnamese counterpart").
pub(crate) fn demonym_before(toks: &[Tok], h: usize) -> Option<&'static str> {
    let world = &*super::world::WORLD;
    let adjective = |t: &Tok| {
        (t.kind == TokKind::Word && t.is_cap())
            .then(|| world.demonym(&t.text))
            .flatten()
    };
    toks.get(h)
        .and_then(adjective)
        .or_else(|| h.checked_sub(1).and_then(|k| adjective(&toks[k])))
}

/// A country as a title names it: a place of the catalog, or an adjective of nationality's
/// ISO code (the fields `place` and `country` of a cue).
pub(crate) type CountryRef = (Option<i64>, Option<&'static str>);

/// The two countries a plural title names as a pair ("of Chile and Peru", "the Chilean and
/// Peruvian"), in order: a place of the catalog, or an adjective of nationality's ISO code.
/// Empty unless the title names exactly two, joined by "and".
pub(crate) fn countries_of_pair(title: &[Tok]) -> Vec<CountryRef> {
    let refs: Vec<(usize, CountryRef)> = title
        .iter()
        .enumerate()
        .filter_map(|(k, t)| match t.kind {
            TokKind::Entity(Some(e)) if e.kind == EntityKind::Place => {
                Some((k, (Some(e.id), None)))
            }
            TokKind::Word => super::world::WORLD
                .demonym(&t.text)
                .map(|iso| (k, (None, Some(iso)))),
            _ => None,
        })
        .collect();
    match refs.as_slice() {
        [(a, one), (b, other)] if *b == a + 2 && title[a + 1].is_word("and") => {
            vec![*one, *other]
        }
        _ => Vec::new(),
    }
}

/// Whether an adjective of nationality, of one word or two ("Hungarian", "South Korean"),
/// begins at token `i`.
pub(crate) fn nationality_at(toks: &[Tok], i: usize) -> bool {
    let world = &super::world::WORLD;
    let Some(first) = toks.get(i).filter(|t| t.is_cap()) else {
        return false;
    };
    world.demonym(&first.text).is_some()
        || toks.get(i + 1).is_some_and(|second| {
            second.is_cap()
                && world
                    .demonym(&format!("{} {}", first.text, second.text))
                    .is_some()
        })
}

/// "Bourita met with the Minister ...", "..., Erdogan held talks with ...": one capitalised word
/// opening a sentence (or after a comma) right before a verb of meeting is someone named by
/// the surname alone. Not a country, a nationality, a title, a month or a word in capitals.
pub(crate) fn surname_as_subject(toks: &[Tok], i: usize, run_end: usize) -> Option<(usize, usize)> {
    if run_end != i + 1 || (i > 0 && toks[i - 1].kind != TokKind::Punct(',')) {
        return None;
    }
    let word = &toks[i];
    let verb = toks.get(i + 1 + usize::from(toks.get(i + 1).is_some_and(|t| t.is_word("also"))))?;
    let meets = VERBS_OF_MEETING.contains(&verb.lower())
        || (matches!(verb.lower(), "held" | "holds")
            && toks.iter().skip(i + 2).take(3).any(|t| {
                matches!(
                    t.lower(),
                    "talks" | "meeting" | "meetings" | "consultations"
                )
            }));
    let l = word.lower();
    (meets
        && word.kind == TokKind::Word
        && word.text.chars().count() >= 4
        && may_be_a_name_word(word)
        && !contains(&HONORIFICS, l)
        && !contains(&ORG_HEADS, l)
        && !contains(&NOT_SURNAMES, l)
        && !PLURAL_HEADS.contains(&l)
        && super::world::WORLD.lookup(&word.text).is_empty())
    .then_some((i, i + 1))
}

/// The surnames an article gives after a courtesy title alone ("Mr Kalsakau is joined by
/// ...", "Ms Wong said"), lower-cased: news style names a person in full once, then by
/// courtesy title and surname.
pub(crate) fn courtesy_surnames(body: &str) -> Vec<String> {
    COURTESY_SURNAME
        .captures_iter(body)
        .filter_map(|c| c.get(1))
        .map(|m| {
            m.as_str()
                .trim_end_matches("'s")
                .trim_end_matches("’s")
                .to_lowercase()
        })
        .filter(|w| w.chars().count() >= 2)
        .collect()
}

/// Whether the name's last word is a surname the article gives after a courtesy title
/// elsewhere ("Alatoi Ishmael Kalsakau’s arrival ... Mr Kalsakau"): a whole name of a person.
pub(crate) fn named_by_courtesy_elsewhere(
    toks: &[Tok],
    name_s: usize,
    name_e: usize,
    surnames: &[String],
) -> bool {
    if name_e - name_s < 2 || surnames.is_empty() {
        return false;
    }
    // Every word a name's: not "As Ms Šimonytė", a sentence's first word and a courtesy title.
    // Nor "Accompanying Jotham Napat", "Honouring Sam Kalo": a clause's verb before a name.
    if toks[name_s].lower().ends_with("ing") {
        return false;
    }
    if (name_s..name_e).any(|k| {
        super::name_shapes::is_honorific(toks, k)
            || not_a_name(toks[k].lower())
            || toks[k].kind != TokKind::Word
    }) {
        return false;
    }
    let last = toks[name_e - 1].lower();
    let last = last.trim_end_matches("'s").trim_end_matches("’s");
    surnames.iter().any(|s| s == last)
}

/// "Mr Kalsakau", "Ms. Wong's": a courtesy title and one capitalised word, no further name.
static COURTESY_SURNAME: std::sync::LazyLock<regex::Regex> = std::sync::LazyLock::new(|| {
    regex::Regex::new(
        r"(?-u:\b)(?:Mr|Mrs|Ms|Dr)\.?\s+(\p{Lu}[\p{Ll}'’-]+)(?:[^\p{L}\s]|\s+[^\p{Lu}\s]|$)",
    )
    .expect("static regex")
});
