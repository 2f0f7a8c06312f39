//! A person the text introduces by a title: the cue that joins a name to its title, and
//! where a title's field ends and a name begins.

use super::introductions::demonym_before;
use super::lexicon::*;
use super::name_shapes::*;
use super::names::{EntityKind, EntityRef};
use super::sentences::Sentence;
use super::tokens::*;

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
    /// The country an adjective of nationality right before the title names ("Indonesian
    /// Foreign Minister", "her Vietnamese counterpart"): its ISO code. Whose post it is, over
    /// a place inside the title ("Mauritanian Ambassador to Morocco").
    pub country: Option<&'static str>,
    /// Where an envoy's title says the envoy is posted: the place after "to" ("Japan's
    /// Ambassador to Kuwait" is posted to Kuwait).
    pub posted_to: Option<i64>,
    /// The sentence, as body offsets.
    pub sentence: (usize, usize),
    /// The person's initials in brackets right after the name ("Pedro Pablo Kuczynski
    /// (PPK)"), or the name they go by in quotes ("Abdulkadir Ahmed Aw-Ali ‘Firdhiye’"), by
    /// which the text names them again.
    pub acronym: Option<String>,
}

pub(crate) fn single_spaced(s: &str) -> String {
    s.split_whitespace().collect::<Vec<_>>().join(" ")
}

pub(crate) fn text_of(chars: &[char], s: usize, e: usize) -> String {
    single_spaced(
        &chars[s.min(e)..e.min(chars.len())]
            .iter()
            .collect::<String>(),
    )
}

/// Organizations' heads of a new-name candidate: a run with an organization noun, or ending
/// in a venue's or an event's ("Resort", "Retreat"), is not a person.
pub(crate) fn is_org_like(toks: &[Tok]) -> bool {
    toks.iter().any(|t| contains(&ORG_HEADS, t.lower()))
        || toks
            .last()
            .is_some_and(|t| contains(&VENUE_HEADS, t.lower()))
        // "Palacio de la Moneda": the head first, before a particle.
        || matches!(toks, [head, particle, ..]
            if contains(&VENUE_HEADS, head.lower())
                && contains(&NAME_PARTICLES, particle.lower()))
}

pub(crate) fn title_parts(toks: &[Tok], from: usize, to: usize) -> (Option<i64>, Option<i64>) {
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
pub(crate) fn cue(
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
    let country = if h < end {
        demonym_before(toks, h)
    } else {
        None
    };
    // "Ambassador Lars Eriksson of Sweden", "Kenya's Cabinet Secretary A": the country named
    // right after the name (the title before it), or as a possessive right before the title.
    let place_entity = |t: &Tok| match t.kind {
        TokKind::Entity(Some(e)) if e.kind == EntityKind::Place => Some(e.id),
        _ => None,
    };
    let possessive = |t: &Tok| t.text.ends_with("'s") || t.text.ends_with("’s");
    let after_name = toks
        .get(name_e)
        .filter(|t| h < end && end <= name_s && t.is_word("of"))
        .and_then(|_| toks.get(name_e + 1))
        .filter(|t| !possessive(t))
        .and_then(place_entity);
    let before_title = (h > 0 && h < end)
        .then(|| &toks[h - 1])
        .filter(|t| possessive(t))
        .and_then(place_entity);
    let place = match (place, country) {
        (None, None) => after_name.or(before_title),
        _ => place,
    };
    // Only a serving ambassador: not a former one, one still designate, nor a special envoy
    // (who travels), and "to" right after the word or after its "of X".
    let serving = |k: usize| {
        !toks[h.saturating_sub(3)..k]
            .iter()
            .any(|t| matches!(t.lower(), "former" | "special" | "outgoing" | "ex"))
    };
    let posted_to = (h..end)
        .find(|&k| {
            matches!(
                toks[k].lower(),
                "ambassador" | "envoy" | "consul" | "consul-general" | "commissioner"
            ) && serving(k)
        })
        .and_then(|k| {
            let to = match toks.get(k + 1) {
                Some(t) if t.is_word("to") => k + 1,
                Some(t) if t.is_word("of") && toks.get(k + 3).is_some_and(|t| t.is_word("to")) => {
                    k + 3
                }
                _ => return None,
            };
            toks.get(to + 1)
                .filter(|_| to + 1 < end)
                .and_then(place_entity)
        });
    let (ns, ne) = (toks[name_s].s, toks[name_e - 1].e);
    let name = text_of(chars, ns, ne)
        .trim_end_matches("'s")
        .trim_end_matches("’s")
        .to_string();
    // Initials in brackets or a name in quotes the person goes by (learned as another name).
    let acronym = initials_after(chars, &name, ne).or_else(|| nickname_after(chars, ne));
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
        country,
        posted_to,
        sentence: (sent.start, sent.end),
        acronym,
    })
}

/// "Minister of Equipment and Water Kari Holm": the word before `i` is the "and" of a title's
/// field (a title's head or word, "of", one or two capitalised words, "and"), so the word at
/// `i` is the field's too. Not "Minister of Health Ana Lima and Kari Holm Berg": three words
/// before "and" hold a name.
pub(crate) fn ends_a_field_with_and(toks: &[Tok], i: usize) -> bool {
    if i < 4 || !toks[i - 1].is_word("and") {
        return false;
    }
    let mut k = i - 2;
    while k > 0 && toks[k].is_cap() && i - 2 - k < 2 {
        k -= 1;
    }
    k + 2 < i
        && toks[k].is_word("of")
        && k > 0
        && (contains(&TITLE_HEADS, toks[k - 1].lower())
            || contains(&TITLE_WORDS, toks[k - 1].lower()))
}

/// The run of capitalised words that began at `i` ends before a title's head at `j` that ends
/// a titled name (see `titles::another_titled_name_before`).
pub(crate) fn next_title_ends_a_name(toks: &[Tok], i: usize, j: usize) -> bool {
    j >= i + 3 && super::titles::another_titled_name_before(&toks[i..], j - i)
}
