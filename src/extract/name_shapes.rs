//! The shapes a person's name takes in the text: a run of capitalised words with particles
//! ("Khalid bin Ahmed Al Khalifa"), initials ("Carmen G. Cantor", "Kh.Battulga"), a family
//! name in capitals ("QU Dongyu"), letters after it ("QC", "MP").

use super::lexicon::*;
use super::tokens::*;

/// A name joined to its particle: "el-Sisi", "al-Maliki", "bin-Salman".
pub(crate) fn is_particle_name(t: &Tok) -> bool {
    t.kind == TokKind::Word
        && t.text.split_once(['-', '‑']).is_some_and(|(p, rest)| {
            contains(&NAME_PARTICLES, &p.to_lowercase())
                && rest.chars().next().is_some_and(char::is_uppercase)
        })
}

/// Where the name begins within a run of capitalised words: title words, honorifics and
/// non-name words at its front are skipped.
pub(crate) fn name_run(toks: &[Tok], start: usize, end: usize) -> Option<(usize, usize)> {
    let mut s = start + place_of_a_title(toks, start, end);
    // "the Minister for Foreign Affairs, January Makamba": a month after a comma, before a
    // name, is a given name.
    let month_named = given_name_of_a_month(toks, start, end);
    while s < end && !month_named {
        let l = toks[s].lower();
        if sri_of_a_name(toks, s) || tan_of_a_name(toks, s) {
            break;
        }
        if is_honorific(toks, s)
            || contains(&HONORIFICS, l)
            || contains(&TITLE_WORDS, l)
            || contains(&TITLE_HEADS, l)
            || not_a_name(l)
        {
            s += 1;
        } else {
            break;
        }
    }
    // "Patricia Scotland QC", "Ola Holm MP": letters after the name are no part of it.
    let mut end = end;
    while end > s + 2 && is_post_nominal(&toks[end - 1].text) {
        end -= 1;
    }
    let words = &toks[s..end];
    // "Ola al-Holmi": a name joined to its particle counts as a capitalised one.
    // "L.Tsedevsuren": an initial written onto the surname is two names.
    let glued = words.iter().filter(|t| has_glued_initial(t)).count();
    let capitals = words
        .iter()
        .filter(|t| t.is_cap() || is_particle_name(t))
        .count()
        + glued;
    // Particles do not count: "Khalid bin Ahmed bin Mohammed Al Khalifa" is four names long.
    let names = words
        .iter()
        .filter(|t| !contains(&NAME_PARTICLES, t.lower()))
        .count()
        + glued;
    let ok = (2..=5).contains(&names)
        && words.len() <= 8
        && capitals >= 2
        && words
            .last()
            .is_some_and(|t| t.is_cap() || is_particle_name(t))
        && words.iter().enumerate().all(|(k, t)| {
            may_be_a_name_word(t)
                || (k == 0 && month_named)
                || (k == 0 && surname_in_capitals(t, &words[1..]))
                || (k + 1 == words.len() && surname_last_in_capitals(t, &words[..k]))
                || (k + 1 == words.len() && surname_like_a_title(toks, s + k, end))
        });
    ok.then_some((s, end))
}

/// "Amy Pope, director general of X", "Director General Amy Pope": a title's head that ends a
/// run of capitalised words right after a given name is the name's surname, when the name is
/// titled (by a title or a courtesy title before it, or a title after it and a comma). Not
/// "the Anglican Bishop" nor "Saudi King, ...": a given name is no nation's word, and follows
/// no article.
pub(crate) fn surname_like_a_title(toks: &[Tok], k: usize, run_end: usize) -> bool {
    let (Some(t), Some(g)) = (toks.get(k), k.checked_sub(1).and_then(|b| toks.get(b))) else {
        return false;
    };
    let b = k - 1;
    let titleish = |t: &Tok| {
        let l = t.lower();
        contains(&TITLE_HEADS, l) || contains(&TITLE_WORDS, l) || contains(&TITLE_QUALIFIERS, l)
    };
    let before = b.checked_sub(1).map(|x| &toks[x]);
    // "Director General Amy Pope"; not "Deputy Majority Leader" nor "Deputy Police
    // Commissioner, Thomas Moore": a word that qualifies the title after it, or a title that a
    // name follows after a comma.
    let qualifies = |w: &Tok| {
        contains(&TITLE_QUALIFIERS, w.lower())
            || matches!(
                w.lower(),
                "deputy"
                    | "vice"
                    | "assistant"
                    | "associate"
                    | "senior"
                    | "principal"
                    | "interim"
                    | "chief"
                    | "executive"
                    | "joint"
                    | "permanent"
                    | "special"
                    | "first"
                    | "under"
            )
    };
    let a_name_follows = toks
        .get(run_end)
        .is_some_and(|c| c.kind == TokKind::Punct(','))
        && toks
            .get(run_end + 1)
            .is_some_and(|w| w.is_cap() || w.is_entity_of(super::names::EntityKind::Person));
    let titled_before = (before.is_some_and(|w| w.is_cap() && titleish(w) && !qualifies(w))
        && !a_name_follows)
        || (b > 0 && is_honorific(toks, b - 1));
    let titled_after = toks
        .get(run_end)
        .is_some_and(|c| c.kind == TokKind::Punct(','))
        && toks[run_end + 1..]
            .iter()
            .find(|w| !matches!(w.lower(), "the" | "a" | "an"))
            .is_some_and(|w| w.kind == TokKind::Word && titleish(w));
    // "Deputy Supreme Commander of the Armed Forces": a title's head before its field.
    let field_follows = toks
        .get(run_end)
        .is_some_and(|w| matches!(w.lower(), "of" | "for" | "to" | "in" | "at" | "on"));
    k + 1 == run_end
        && !field_follows
        && t.kind == TokKind::Word
        && t.is_cap()
        && !is_all_capitals(&t.text)
        && contains(&TITLE_HEADS, t.lower())
        && !contains(&TITLE_WORDS, t.lower())
        && g.kind == TokKind::Word
        && g.is_cap()
        && may_be_a_name_word(g)
        && !contains(&ORG_HEADS, g.lower())
        && super::world::WORLD.demonym(&g.text).is_none()
        && super::world::WORLD.lookup(&g.text).is_empty()
        && !before.is_some_and(|w| {
            matches!(w.lower(), "the" | "a" | "an")
                || w.lower().ends_with("'s")
                || w.lower().ends_with("’s")
        })
        && (titled_before || titled_after)
}

/// "Ambassador in Vienna Ola Holm", "Representative at New York Ola Holm": the words of a
/// known place that open the run after "in", "at" or "to" end the title before the name (a
/// city may be a given name elsewhere: "Santiago Cafiero").
fn place_of_a_title(toks: &[Tok], start: usize, end: usize) -> usize {
    if start == 0 || !matches!(toks[start - 1].lower(), "in" | "at" | "to") {
        return 0;
    }
    (1..=2)
        .rev()
        .find(|&n| {
            start + n + 2 <= end
                && toks[start..start + n].iter().all(Tok::is_cap)
                && !super::world::WORLD
                    .lookup(
                        &toks[start..start + n]
                            .iter()
                            .map(|t| t.text.as_str())
                            .collect::<Vec<_>>()
                            .join(" "),
                    )
                    .is_empty()
        })
        .unwrap_or(0)
}

/// Whether the run from `start` opens with a month's name used as a given name: right after
/// a comma, before a capitalised name word that is no month, weekday or title ("..., January
/// Makamba"; not "..., January Session" nor "In January Holm ...").
fn given_name_of_a_month(toks: &[Tok], start: usize, end: usize) -> bool {
    start > 0
        && start + 1 < end
        && toks[start - 1].text == ","
        && super::dates::MONTHS.contains(&toks[start].lower())
        && toks[start + 1].is_cap()
        && may_be_a_name_word(&toks[start + 1])
}

/// A word that may be part of a person's name: letters (and the marks inside names), no title
/// word, no word that is never a name, not shouted in capitals.
pub(crate) fn may_be_a_name_word(t: &Tok) -> bool {
    let l = t.lower();
    t.text
        .chars()
        .all(|c| c.is_alphabetic() || matches!(c, '-' | '\'' | '’' | '.') || is_letter_mark(c))
        && !contains(&TITLE_WORDS, l)
        && !contains(&TITLE_HEADS, l)
        // "Ecuadorian Ministers": a title in the plural names several people, none by name.
        && !contains(&PLURAL_HEADS, l)
        && !not_a_name(l)
        && !is_all_capitals(&t.text)
}

/// "QU Dongyu", "KIM Jong-un": a family name written in capitals before the given name, as
/// outlets write East Asian names; "Abdelkader MESSAHEL": after it, as francophone outlets
/// write names. The rest of the name is not in capitals.
fn surname_in_capitals(t: &Tok, rest: &[Tok]) -> bool {
    let n = t.text.chars().count();
    t.kind == TokKind::Word
        && (2..=6).contains(&n)
        && t.text
            .chars()
            .all(|c| c.is_alphabetic() && c.is_uppercase())
        && !rest.is_empty()
        && rest
            .iter()
            .all(|w| may_be_a_name_word(w) && w.is_cap() && !is_all_capitals(&w.text))
        && !not_a_name(t.lower())
        && !contains(&TITLE_WORDS, t.lower())
        && !contains(&TITLE_HEADS, t.lower())
}

/// "Abdelkader MESSAHEL": the family name in capitals after the given names (the sentence's
/// acronyms are shorter: letters after a name are cut before this is asked).
fn surname_last_in_capitals(t: &Tok, before: &[Tok]) -> bool {
    t.kind == TokKind::Word
        && t.text.chars().count() >= 5
        && t.text
            .chars()
            .all(|c| (c.is_alphabetic() && c.is_uppercase()) || c == '-')
        && !before.is_empty()
        && before.iter().all(|w| {
            may_be_a_name_word(w)
                && !is_all_capitals(&w.text)
                // "Director Of UNAIDS": a title's word in capitals names no one.
                && !contains(&TITLE_CONNECTORS, w.lower())
        })
        && !not_a_name(t.lower())
        && !contains(&TITLE_WORDS, t.lower())
        && !contains(&TITLE_HEADS, t.lower())
}

/// A surname with its initials written onto it, as Mongolian, Kazakh and Russian outlets
/// write names: "L.Tsedevsuren", "A.B.Karimov", "Kh.Battulga" (a Cyrillic letter written
/// with two Latin ones is one initial).
pub(crate) fn has_glued_initial(t: &Tok) -> bool {
    if t.kind != TokKind::Word {
        return false;
    }
    let Some((initials, surname)) = t.text.rsplit_once('.') else {
        return false;
    };
    let mut sur = surname.chars();
    sur.next().is_some_and(char::is_uppercase)
        && sur.clone().count() >= 2
        && sur.all(|c| c.is_lowercase() || matches!(c, '-' | '\'' | '’'))
        && initials.split('.').all(is_initial_letter)
}

/// One initial: a capital letter, or one of the pairs that transliterate a Cyrillic letter
/// ("Kh", "Ts", "Sh", "Ch", "Zh", "Yu", "Ya", "Ye", "Yo").
fn is_initial_letter(i: &str) -> bool {
    let mut c = i.chars();
    match (c.next(), c.next(), c.next()) {
        (Some(a), None, None) => a.is_uppercase(),
        (Some(a), Some(b), None) => matches!(
            (a, b),
            ('K' | 'T' | 'S' | 'C' | 'Z', 'h') | ('T', 's') | ('Y', 'u' | 'a' | 'e' | 'o')
        ),
        _ => false,
    }
}

/// Letters after a name: honours, degrees, offices ("QC", "MP", "OBE", "PhD").
pub(crate) fn is_post_nominal(w: &str) -> bool {
    let n = w.chars().count();
    (2..=4).contains(&n)
        && w.chars().next().is_some_and(char::is_uppercase)
        && w.chars().filter(|c| c.is_uppercase()).count() >= 2
        && w.chars().all(char::is_alphabetic)
}

/// "G." or "G" in "Carmen G. Cantor".
pub(crate) fn is_initial(w: &str) -> bool {
    let mut c = w.chars();
    c.next().is_some_and(char::is_uppercase)
        && matches!(c.next(), None | Some('.'))
        && c.next().is_none()
}

pub(crate) fn is_all_capitals(w: &str) -> bool {
    w.chars().count() > 1 && w.chars().all(char::is_uppercase)
}

/// "Sri" opening a name ("Foreign Minister Sri Wahyuningsih", an Indonesian given name), not
/// the honorific of "Tan Sri A" (Malaysia) at token `i`.
fn sri_of_a_name(toks: &[Tok], i: usize) -> bool {
    toks[i].lower() == "sri" && !(i > 0 && toks[i - 1].lower() == "tan")
}

/// "Tan" opening a name ("Mr. Tan Yang Thai", a family name), not the honorific of "Tan Sri
/// A" at token `i`; "Seri" opening one, not the honorific of "Datuk Seri A".
fn tan_of_a_name(toks: &[Tok], i: usize) -> bool {
    let l = toks[i].lower();
    (l == "tan" && toks.get(i + 1).is_none_or(|n| n.lower() != "sri"))
        // "Seri" likewise, but after its honorific: "Datuk Seri A".
        || (l == "seri"
            && !(i > 0
                && matches!(
                    toks[i - 1].lower(),
                    "dato" | "datuk" | "tan" | "dato'" | "dato’" | "datin"
                )))
}

/// A courtesy title at token `i`: "Dr.", "His Excellency", "Sheikh", "HE", "H. E.".
pub(crate) fn is_honorific(toks: &[Tok], i: usize) -> bool {
    let Some(t) = toks.get(i) else { return false };
    if t.kind != TokKind::Word {
        return false;
    }
    let l = t.lower();
    if sri_of_a_name(toks, i) || tan_of_a_name(toks, i) {
        return false;
    }
    (contains(&HONORIFICS, l) && l != "the")
        // "Amb", "Eng" written without their full stop, before a name ("Hun Sen" ends in
        // a surname).
        || (t.is_cap()
            && ABBREVIATED_HONORIFICS.contains(l)
            && toks.get(i + 1).is_some_and(|n| {
                n.is_cap() || n.entity().is_some() || n.kind == TokKind::Punct(')')
            }))
        || t.text == "HE"
        || (l == "h." && toks.get(i + 1).is_some_and(|n| n.lower() == "e."))
        || (l == "e." && i > 0 && toks[i - 1].lower() == "h.")
}

/// "Pedro Pablo Kuczynski (PPK)": capitals in brackets right after a name, each the first
/// letter of one of its words, in order, the first the name's own.
pub(crate) fn initials_after(chars: &[char], name: &str, end: usize) -> Option<String> {
    let rest: String = chars.get(end..)?.iter().take(12).collect();
    let inner = rest.strip_prefix(" (")?.split(')').next()?;
    let firsts: Vec<char> = name
        .split_whitespace()
        .filter_map(|w| w.chars().next())
        .filter(|c| c.is_uppercase())
        .collect();
    let mut pool = firsts.iter();
    let fits = (2..=6).contains(&inner.chars().count())
        && inner.chars().all(|c| c.is_ascii_uppercase())
        && inner.chars().next() == firsts.first().copied()
        && inner.chars().all(|c| pool.any(|&f| f == c));
    fits.then(|| inner.to_string())
}

/// An acronym in capitals ("OSCE", "UNDP"): a body's, no part of a person's name.
pub(crate) fn is_acronym(word: &str) -> bool {
    (2..=8).contains(&word.len())
        && word.is_ascii()
        && is_all_capitals(word)
        && word.chars().any(|c| !matches!(c, 'I' | 'V' | 'X'))
}

/// "Abdulkadir Ahmed Aw-Ali ‘Firdhiye’": one capitalised word in quotes right after a name,
/// the name the person goes by.
pub(crate) fn nickname_after(chars: &[char], end: usize) -> Option<String> {
    let rest: String = chars.get(end..)?.iter().take(32).collect();
    let inner = rest
        .strip_prefix(" ‘")
        .and_then(|r| r.split_once('’'))
        .or_else(|| rest.strip_prefix(" “").and_then(|r| r.split_once('”')))
        .or_else(|| rest.strip_prefix(" \"").and_then(|r| r.split_once('"')))
        .or_else(|| rest.strip_prefix(" '").and_then(|r| r.split_once('\'')))
        .map(|(inner, _)| inner)?;
    let fits = (3..=20).contains(&inner.chars().count())
        && inner.chars().next().is_some_and(char::is_uppercase)
        && inner.chars().skip(1).all(|c| c.is_lowercase() || c == '-')
        && !is_all_capitals(inner);
    fits.then(|| inner.to_string())
}
