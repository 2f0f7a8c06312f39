//! Coreference inside the article: a person named by a title only ("the Cuban president",
//! "Germany's foreign minister", "the Minister of Foreign Affairs of Uzbekistan", "the former
//! prime minister") resolved to the one person the article (or the catalog) names with that
//! title, of that country when the reference names one.

use super::context::Context;
use super::cues::PersonCue;
use super::lexicon::*;
use super::name_edges::words_before;
use super::tokens::possessive_of_a_name;
use super::tokens::*;
use super::world::country_of;

/// A title as a reference names it: its key ("foreign minister"), its organization, the
/// country it names ("Germany's", "Cuban", "of Uzbekistan") and whether it says "former".
#[derive(Debug, Clone, Default)]
pub(crate) struct TitleRef {
    pub(crate) key: String,
    /// The title as written, in lower case with single spaces: of two people with the same
    /// key, the one whose title it is word for word.
    pub(crate) written: String,
    pub(crate) organization: Option<i64>,
    pub(crate) country: Option<&'static str>,
    pub(crate) former: bool,
}

/// The countries a stretch of text names, in order: each word, and runs of two and three
/// capitalised words ("Saudi Arabia", "Kyrgyz Republic").
pub(crate) fn countries_in(text: &str) -> Vec<&'static str> {
    let words: Vec<&str> = text
        .split(|c: char| c.is_whitespace() || matches!(c, ',' | ';' | ':' | '(' | ')' | '"'))
        .filter(|w| !w.is_empty())
        .collect();
    let mut out = Vec::new();
    let mut i = 0;
    while i < words.len() {
        let mut hit = None;
        for n in [3usize, 2, 1] {
            if i + n > words.len() {
                continue;
            }
            if let Some(iso) = country_of(&words[i..i + n].join(" ")) {
                hit = Some((iso, n));
                break;
            }
        }
        match hit {
            Some((iso, n)) => {
                out.push(iso);
                i += n;
            }
            None => i += 1,
        }
    }
    out
}

/// What a cue's title says of its holder's country and of "former": its own words first,
/// then the words right before it ("German Foreign Minister", "Poland's Foreign Minister").
fn cue_ref(chars: &[char], cue: &PersonCue) -> (Option<&'static str>, bool) {
    let title = &cue.title;
    let lead = if cue.title_start < cue.title_end {
        words_before(chars, cue.sentence.0, cue.title_start, 3)
    } else {
        String::new()
    };
    let country = countries_in(title)
        .first()
        .copied()
        .or_else(|| countries_in(&lead).last().copied());
    let former = title
        .split_whitespace()
        .chain(lead.split_whitespace())
        .any(|w| w.eq_ignore_ascii_case("former"));
    (country, former)
}

/// How well a reference's title key fits a cue's: 2 the same, 1 the cue's says more of the
/// same post ("minister" and "minister of culture"), 0 another post ("president" and "vice
/// president").
fn key_fit(reference: &str, cue: &str) -> u8 {
    if reference == cue {
        return 2;
    }
    // "the Norwegian leader": the head of state or of government.
    if reference == "leader" {
        return u8::from(HEADS_OF_STATE.contains(cue));
    }
    // "the Jamaican envoy": one who heads a mission (its country is checked apart).
    if reference == "envoy" {
        return u8::from(
            cue.split_whitespace()
                .any(|w| matches!(w, "ambassador" | "envoy" | "commissioner" | "chargé")),
        );
    }
    // "the Korean diplomat": one whose post is in foreign affairs or a mission abroad.
    if reference == "diplomat" {
        return u8::from(cue.split_whitespace().any(|w| {
            matches!(
                w,
                "foreign" | "ambassador" | "envoy" | "consul" | "diplomat" | "chargé"
            )
        }));
    }
    let cue_words: Vec<&str> = cue.split_whitespace().collect();
    let ref_words: Vec<&str> = reference.split_whitespace().collect();
    if ref_words.is_empty() || !ref_words.iter().all(|w| cue_words.contains(w)) {
        return 0;
    }
    let other_post = cue_words
        .iter()
        .filter(|w| !ref_words.contains(w))
        .any(|w| {
            (contains(&TITLE_HEADS, w) && !contains(&FIELD_HEADS, w))
                || contains(&TITLE_QUALIFIERS, w)
        });
    if other_post {
        0
    } else {
        1
    }
}

/// How well a reference's title key fits a cue's title: its whole key, or the post its
/// words before "of" name ("President of the Council of Ministers" is a president), which
/// fits loosely.
fn cue_fit(reference: &str, cue: &PersonCue) -> u8 {
    let whole = key_fit(reference, &cue.title_key);
    if whole > 0 {
        return whole;
    }
    let post = cue
        .title
        .split_whitespace()
        .take_while(|w| !matches!(w.to_lowercase().as_str(), "of" | "for" | "to"))
        .collect::<Vec<_>>()
        .join(" ");
    key_fit(reference, &title_key(&post)).min(1)
}

/// The one person a title names: first the article's own titles (any position: a later
/// sentence may introduce the name), the same title before a fuller one, of the country the
/// reference names; then the catalog's, when the reference names an organization.
pub(crate) fn resolve_title(
    reference: &TitleRef,
    chars: &[char],
    cues: &[PersonCue],
    ctx: &Context,
    before: usize,
) -> Option<i64> {
    let org = reference.organization;
    let org_fits = |o: Option<i64>| org.is_none() || o.is_none() || o == org;
    // "his Latvian counterpart": the one person the article gives a post of that country,
    // whatever the post (it is the subject's, named in another way).
    if let (true, Some(iso)) = (reference.key == "counterpart", reference.country) {
        let mut people: Vec<i64> = cues
            .iter()
            .filter(|c| cue_ref(chars, c).0 == Some(iso))
            .filter_map(|c| c.person)
            .collect();
        people.sort_unstable();
        people.dedup();
        if let [one] = people[..] {
            return Some(one);
        }
    }
    for want in [2u8, 1] {
        let mut fitting: Vec<(&PersonCue, Option<&'static str>)> = cues
            .iter()
            .filter(|c| c.person.is_some() && org_fits(c.organization))
            .filter(|c| cue_fit(&reference.key, c) == want)
            .filter_map(|c| {
                let (country, former) = cue_ref(chars, c);
                (former == reference.former).then_some((c, country))
            })
            .collect();
        if let Some(iso) = reference.country {
            // "the Cuban president": the president of Cuba; one of another country is not,
            // even where a title of theirs names none ("Norwegian President A ... President
            // A": A is Norway's wherever named).
            for (c, country) in fitting.iter_mut() {
                if country.is_none() {
                    *country = cues
                        .iter()
                        .filter(|o| o.person == c.person)
                        .find_map(|o| cue_ref(chars, o).0);
                }
            }
            fitting.retain(|(_, c)| c.is_none_or(|c| c == iso));
            if fitting.iter().any(|(_, c)| *c == Some(iso)) {
                fitting.retain(|(_, c)| *c == Some(iso));
            }
        }
        let mut people: Vec<i64> = fitting.iter().filter_map(|(c, _)| c.person).collect();
        people.sort_unstable();
        people.dedup();
        match people.len() {
            0 => continue,
            1 => return people.first().copied(),
            _ => {
                // "the Minister of Foreign Affairs, African Cooperation and Expatriates": of
                // two foreign ministers, the one whose title this is word for word.
                let mut exact: Vec<i64> = fitting
                    .iter()
                    .filter(|(c, _)| as_written(&c.title) == reference.written)
                    .filter_map(|(c, _)| c.person)
                    .collect();
                exact.sort_unstable();
                exact.dedup();
                if let [one] = exact[..] {
                    return Some(one);
                }
                // The one the article has named so by then most often ("President Bio" three
                // times, the other heads of state once: "Mr President" is Bio); of equals, the
                // one named by the bare title, as an outlet names its own ("Prime Minister A
                // met Greek Prime Minister B. ... the Prime Minister also met" is A); then the
                // most recent.
                let before_it: Vec<(i64, bool)> = fitting
                    .iter()
                    .filter(|(c, _)| c.name_start < before)
                    .filter_map(|(c, country)| Some((c.person?, country.is_none())))
                    .collect();
                let times = |p: i64| before_it.iter().filter(|(q, _)| *q == p).count();
                let bare = |p: i64| before_it.iter().any(|(q, b)| *q == p && *b);
                // (`max_by_key` keeps the last of equals.)
                return before_it
                    .iter()
                    .map(|(p, _)| *p)
                    .max_by_key(|&p| (times(p), bare(p)));
            }
        }
    }
    let mut from_catalog: Vec<i64> = ctx
        .titles
        .iter()
        .filter(|(_, k, o)| *k == reference.key && org.is_some() && *o == org)
        .map(|(p, _, _)| *p)
        .collect();
    from_catalog.sort_unstable();
    from_catalog.dedup();
    (from_catalog.len() == 1)
        .then(|| from_catalog.first().copied())
        .flatten()
}

fn is_determiner(l: &str) -> bool {
    matches!(l, "the" | "his" | "her" | "their" | "its" | "our")
}

/// A lower-case title that refers to someone ("the president", "his Polish counterpart",
/// "Germany's foreign minister", "the former prime minister"): the token where its
/// determiner's words end, when the head at `i` has one within two words before it.
pub(crate) fn determined_title(toks: &[Tok], i: usize) -> Option<usize> {
    let mut k = i;
    let mut steps = 0;
    while k > 0 && steps < 3 {
        let t = &toks[k - 1];
        let l = t.lower();
        // "the visiting Saudi minister", "the new Emirati envoy".
        // ("The" opening a sentence is capitalised, and still the determiner.)
        // "the CDB president": a body's name before the title names whose post it is.
        let body = t
            .entity()
            .is_some_and(|e| e.kind == super::mentions::EntityKind::Organization);
        let modifier = body
            || t.kind == TokKind::Word
                && !is_determiner(l)
                && !t.text.ends_with("'s")
                && !t.text.ends_with("’s")
                && (t.is_cap()
                    || contains(&TITLE_WORDS, l)
                    || contains(&TITLE_QUALIFIERS, l)
                    || matches!(l, "visiting" | "new" | "newly-appointed"));
        if !modifier {
            break;
        }
        k -= 1;
        steps += 1;
    }
    let d = toks.get(k.checked_sub(1)?)?;
    let determiner = is_determiner(d.lower()) || possessive_of_a_name(d);
    determiner.then_some(k)
}

/// The reference a title makes: its key, and the country and "former" of its words and of
/// the (up to three) words before it.
pub(crate) fn title_ref(
    chars: &[char],
    sentence_start: usize,
    toks: &[Tok],
    head: usize,
    end: usize,
    organization: Option<i64>,
) -> TitleRef {
    let key = title_key(&words_only(&toks[head..end.max(head + 1)]));
    let (s, e) = (toks[head].s, toks[end.max(head + 1) - 1].e);
    let title: String = chars[s..e].iter().collect();
    // The determiner's words first ("his Swedish counterpart in Norway" is Sweden's).
    let lead = words_before(chars, sentence_start, s, 3);
    let country = countries_in(&lead)
        .last()
        .copied()
        .or_else(|| countries_in(&title).first().copied());
    let former = title
        .split_whitespace()
        .chain(lead.split_whitespace())
        .any(|w| w.eq_ignore_ascii_case("former"));
    TitleRef {
        key,
        written: as_written(&title),
        organization,
        country,
        former,
    }
}

/// A plural title that refers to people told before ("the two Prime Ministers", "the
/// Slovenian and Croatian Prime Ministers", "both foreign ministers"): each of them, when the
/// article says who. The title's words run from `start` to `end` (body characters).
pub(crate) fn resolve_plural_title(
    chars: &[char],
    sentence_start: usize,
    start: usize,
    end: usize,
    cues: &[PersonCue],
    ctx: &Context,
) -> Vec<i64> {
    let title: String = chars[start..end].iter().collect();
    let key = title_key(&title);
    if key.is_empty() {
        return Vec::new();
    }
    let lead = words_before(chars, sentence_start, start, 4);
    let countries = countries_in(&lead);
    let mut people: Vec<i64> = Vec::new();
    if countries.len() >= 2 {
        // One of each country, in the order named.
        for iso in countries {
            let reference = TitleRef {
                key: key.clone(),
                written: String::new(),
                organization: None,
                country: Some(iso),
                former: false,
            };
            match resolve_title(&reference, chars, cues, ctx, start) {
                Some(p) if !people.contains(&p) => people.push(p),
                _ => return Vec::new(),
            }
        }
        return people;
    }
    let two = lead
        .split_whitespace()
        .any(|w| w.eq_ignore_ascii_case("two") || w.eq_ignore_ascii_case("both"));
    if !two {
        return Vec::new();
    }
    for c in cues.iter().filter(|c| c.name_start < start) {
        if let Some(p) = c.person.filter(|p| !people.contains(p)) {
            if cue_fit(&key, c) > 0 {
                people.push(p);
            }
        }
    }
    if people.len() == 2 {
        people
    } else {
        Vec::new()
    }
}

/// A title in lower case with single spaces, to compare as written.
fn as_written(title: &str) -> String {
    title
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
        .to_lowercase()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn countries_are_read_from_names_demonyms_and_possessives() {
        assert_eq!(countries_in("German Foreign Minister"), vec!["DE"]);
        assert_eq!(countries_in("Poland's"), vec!["PL"]);
        assert_eq!(
            countries_in("Minister of Foreign Affairs of Uzbekistan"),
            vec!["UZ"]
        );
        assert_eq!(countries_in("the minister"), Vec::<&str>::new());
    }

    #[test]
    fn a_shorter_title_fits_a_fuller_one_of_the_same_post_only() {
        assert_eq!(key_fit("president", "president"), 2);
        assert_eq!(key_fit("minister", "minister culture"), 1);
        assert_eq!(key_fit("minister", "foreign minister"), 1);
        assert_eq!(key_fit("president", "vice president"), 0);
        assert_eq!(key_fit("minister", "prime minister"), 0);
        assert_eq!(key_fit("foreign minister", "minister"), 0);
    }
}
