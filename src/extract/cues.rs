//! People introduced in the text by a title ("Minister of Foreign Affairs Jeyhun Bayramov",
//! "H.E. Mr ..."); organizations by an acronym: organizations.rs.

use super::introductions::{
    after_a_countrys, after_a_verb_of_calling, countries_of_pair, courtesy_surnames, given_a_post,
    heads_a_group, in_an_encounter, listed_after_a_plural_title, named_by_courtesy_elsewhere,
    nationality_at, of_its_country, plural_title_of_countries, plural_title_of_names,
    surname_after_title, surname_as_subject, with_its_country,
};
use super::lexicon::*;
pub(crate) use super::name_shapes::*;
use super::names::{EntityKind, Mention};
use super::sentences::Sentence;
pub(crate) use super::titles::{title_after, title_before, titled_before};
use super::tokens::*;

pub use super::person_cue::PersonCue;
use super::person_cue::{cue, ends_a_field_with_and, next_title_ends_a_name};
pub(crate) use super::person_cue::{is_org_like, single_spaced, text_of};

/// People introduced by a title, in sentence order.
pub fn person_cues(body: &str, sentences: &[Sentence], mentions: &[Mention]) -> Vec<PersonCue> {
    let chars: Vec<char> = body.chars().collect();
    let mut out = Vec::new();
    let courtesy = courtesy_surnames(body);
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
                        || contains(&NAME_PARTICLES, toks[j].lower())
                        || is_particle_name(&toks[j]))
                    && !next_title_ends_a_name(&toks, i, j)
                {
                    j += 1;
                }
                // "Minister Ola Holm Sunday held talks": a weekday after the name is none of it.
                while j > i + 1 && super::dates::is_calendar_word(toks[j - 1].lower()) {
                    j -= 1;
                }
                // A run that ends in a possessive or runs into a name is not a whole name.
                let run_end = j;
                // "Minister of Science of Jordan Farid Efendiyeva": a word right after "of"
                // names the title's country or body, not the person, when a whole name
                // follows it (Jordan, Chad and Georgia are also given names).
                // Not before "as" and a title: "the credentials of Ana Lima Souza as
                // Ambassador" names Ana Lima Souza.
                // "of Moscow A.D.Beglov": initials written onto a surname are a name's two
                // words.
                let glued = toks[i..run_end]
                    .iter()
                    .filter(|t| has_glued_initial(t))
                    .count();
                // Nor after a verb of what a group is made of: "consisted of Jorge Ramirez Soto".
                let made_of = i >= 1 && after_a_verb_of_calling(&toks, i - 1);
                let after_of = i > 0
                    && (toks[i - 1].lower() == "of" || ends_a_field_with_and(&toks, i))
                    && run_end - i + glued >= 3
                    && !made_of
                    && !toks.get(run_end).is_some_and(|t| t.is_word("as"));
                let mut from = if after_of { i + 1 } else { i };
                // "Gulf Cooperation Council Jasem Albudaiwi": the name starts after the last
                // word that names a body, a place or a title.
                if let Some(k) = (from..run_end).rev().find(|&k| {
                    let l = toks[k].lower();
                    // "Director General Amy Pope": a surname that is a title's word.
                    if surname_like_a_title(&toks, k, run_end) {
                        return false;
                    }
                    contains(&ORG_HEADS, l)
                        || contains(&TITLE_HEADS, l)
                        || PLURAL_HEADS.contains(&l)
                        || contains(&TITLE_WORDS, l)
                        || not_a_name(l)
                        || is_honorific(&toks, k)
                        // "Ambassador to the OSCE Ola Holm": a body's acronym (not a
                        // surname in capitals at the run's end: "Abdelkader MESSAHEL").
                        || (is_acronym(&toks[k].text) && run_end - k > 2)
                        // "Chile's Ana Lima", but not "Cuban President Ana Lima's talks":
                        // a possessive at the run's end is the name's own.
                        || ((l.ends_with("'s") || l.ends_with("’s")) && k + 1 < run_end)
                }) {
                    if run_end - (k + 1) >= 2 {
                        from = k + 1;
                    }
                }
                // "Envoy for Compact Negotiations Joseph Yun": four or more capitalised words
                // after a title's "for" or "of" are the title's field, then the name (its last
                // two words, with the particles and initials before them).
                // Not "in the presence of Ambassador Kari Lund Berg": a title, then the name.
                let titled = {
                    let l = toks[i].lower();
                    contains(&TITLE_HEADS, l) || contains(&TITLE_WORDS, l) || is_honorific(&toks, i)
                };
                if from <= i + 1
                    && i > 0
                    && !titled
                    && matches!(toks[i - 1].lower(), "for" | "of" | "on")
                    && !after_a_verb_of_calling(&toks, i - 1)
                    && run_end - i >= 4
                {
                    let loose =
                        |t: &Tok| contains(&NAME_PARTICLES, t.lower()) || is_initial(&t.text);
                    let mut s = run_end - 2;
                    loop {
                        if s > i + 1 && loose(&toks[s]) {
                            s -= 1;
                        } else if s > i + 2 && loose(&toks[s - 1]) {
                            s -= 2;
                        } else {
                            break;
                        }
                    }
                    from = s;
                }
                match name_run(&toks, from, run_end) {
                    Some((s, e)) if !is_org_like(&toks[s..e]) => {
                        // The words before the name inside the run must be title words.
                        (s, e, None)
                    }
                    _ => match surname_after_title(&toks, i, run_end)
                        .or_else(|| surname_as_subject(&toks, i, run_end))
                    {
                        // "President Museveni met ...": one name right after a title's head;
                        // "Bourita met with ...": one name opening the sentence.
                        Some((s, e)) => (s, e, None),
                        None => {
                            i = run_end.max(i + 1);
                            continue;
                        }
                    },
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
                } else if lead > 2
                    && toks[lead - 1].kind == TokKind::Punct(')')
                    && toks[lead - 3].kind == TokKind::Punct('(')
                    && is_honorific(&toks, lead - 2)
                {
                    // "H.E Amb (Eng) Ola Holm", "Dr (Mrs) Kari Lund"
                    lead -= 3;
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
            // "High Commissioner to Barbados and the Eastern Caribbean": a name right after
            // "the" is a place's or a body's, not a person's.
            let after_the = lead == name_s && name_s > 0 && toks[name_s - 1].is_word("the");
            // "the Australian ambassador Ms A, Mr B of Ghana": a title with someone's name
            // inside (a courtesy title and a capital) is the name's before, not B's.
            // (Not "Special Adviser to Mr Albers, B": a post of someone's.)
            let names_someone = |h: usize, at: usize| {
                (h..at.saturating_sub(1)).any(|k| {
                    matches!(toks[k].lower(), "mr" | "mrs" | "ms" | "miss" | "mme")
                        && k > h
                        && !matches!(toks[k - 1].lower(), "to" | "of" | "for" | "the")
                        && toks[k + 1..at]
                            .iter()
                            .find(|t| t.kind != TokKind::Punct('.'))
                            .is_some_and(|t| t.is_cap())
                })
            };
            let before = title_before(&toks, name_s)
                .filter(|_| !after_the)
                .map(|h| (h, name_s))
                .filter(|&(h, at)| !only_courtesy(h, at))
                .or_else(|| {
                    (lead < name_s)
                        .then(|| title_before(&toks, lead))
                        .flatten()
                        .map(|h| (h, lead))
                })
                .or_else(|| copular_title(&toks, name_s).filter(|_| lead == name_s))
                .filter(|&(h, at)| !names_someone(h, at));
            // In a list ("Mr. A, Minister of X, Mr. B, Minister of Y"), a title after the
            // name is its own; the one before, behind a comma, is the previous name's.
            // But in a list of titles each followed by its name ("the adviser, Dr. A, the
            // head of X, B"), the title before is the name's own: it follows no name.
            let follows_a_name = |h: usize| {
                let mut k = h;
                if k > 0 && toks[k - 1].is_word("the") {
                    k -= 1;
                }
                (k > 1
                    && toks[k - 1].kind == TokKind::Punct(',')
                    && (toks[k - 2].is_cap() || toks[k - 2].is_entity_of(EntityKind::Person))
                    // Not after its own title ("the President of X, A, Speaker of Y, B").
                    && !titled_before(&toks, k - 2))
                    // "A as Ambassador of X, B as ...": the title before is A's.
                    || (k > 0 && toks[k - 1].is_word("as"))
            };
            // "... of the Office of the Prime Minister and Kari Lund, Co-chair of ...": a name
            // after "and" with its own title after it is a second person, not the end of the
            // title before.
            let own_title_after = lead == name_s
                && name_s > 0
                && toks[name_s - 1].is_word("and")
                && title_after(&toks, name_e).is_some();
            // "During his meeting with the President of X, H.E. A, Ambassador of Y, who ...":
            // a title after the name that no further name follows is the name's own, and the
            // one before the comma someone else's.
            let own_after = title_after(&toks, name_e).is_some_and(|(_, e)| {
                !(toks.get(e).is_some_and(|t| t.kind == TokKind::Punct(','))
                    && toks
                        .get(e + 1)
                        .is_some_and(|t| t.is_cap() || t.is_entity_of(EntityKind::Person)))
            });
            let before = match before {
                Some((h, at))
                    if at > 0
                        && toks[at - 1].kind == TokKind::Punct(',')
                        && (follows_a_name(h) || own_after)
                        && title_after(&toks, name_e).is_some() =>
                {
                    None
                }
                Some(_) if own_title_after => None,
                b => b,
            };
            let plural_head = (lead == name_s)
                .then(|| plural_title_of_countries(&toks, name_s))
                .flatten();
            // "Presidents A of Argentina and B of Brazil": the country after each name.
            let plural_of_names = plural_head
                .is_none()
                .then(|| plural_title_of_names(&toks, name_s, name_e))
                .flatten();
            let plural_head = plural_head.or(plural_of_names);
            // Each one's title is the plural title's words up to its head ("Foreign
            // Ministers"), not what a title before the name would take in.
            let before = match plural_of_names {
                Some(head) => {
                    let mut h = head;
                    while h > 0 && toks[h - 1].is_cap() && {
                        let l = toks[h - 1].lower();
                        contains(&TITLE_WORDS, l) || contains(&TITLE_HEADS, l)
                    } {
                        h -= 1;
                    }
                    Some((h, head + 1))
                }
                None => before,
            };
            let (title, resume) = match before {
                Some((h, at)) => {
                    let mut end = at;
                    // "Prime Minister the Rt Honourable A": nor is the "the" before them.
                    while end > h
                        && (matches!(toks[end - 1].kind, TokKind::Punct(','))
                            || is_honorific(&toks, end - 1)
                            || toks[end - 1].is_word("the"))
                    {
                        end -= 1;
                    }
                    (Some((h, end)), next)
                }
                // "The presidents of Mexico, A, and Guatemala, B": the plural title's head is
                // each one's title (the country before the name, its place: see below).
                None => match title_after(&toks, name_e).or(plural_head.map(|h| (h, h + 1))) {
                    Some((h, end)) => (Some((h, end)), end),
                    // A new name with only a courtesy title still introduces a person.
                    None if person.is_none() && lead < name_s => (Some((name_s, name_s)), next),
                    // And so does the head of a delegation: "a delegation led by Ola Holm",
                    // and a name given with its country in brackets: "Ola Holm (Norway)".
                    // And "Chile's Michelle Bachelet met ...": a whole name after a country's
                    // possessive.
                    None if person.is_none()
                        && (heads_a_group(&toks, lead)
                            || with_its_country(&toks, name_e)
                            || after_a_countrys(&toks, name_s, name_e)
                            || in_an_encounter(&toks, name_s, name_e)
                            || given_a_post(&toks, name_s, name_e)
                            || listed_after_a_plural_title(&toks, name_s, name_e)
                            || surname_as_subject(&toks, name_s, name_e).is_some()
                            || named_by_courtesy_elsewhere(&toks, name_s, name_e, &courtesy)) =>
                    {
                        (Some((name_s, name_s)), next)
                    }
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
            // "Danish Foreign Minister Lena Berg and ...": a name right after a title's last
            // word (a head before "and") is a name, whatever follows it.
            let after = |list: &WordSet| {
                name_s > 0 && toks[name_s - 1].is_cap() && contains(list, toks[name_s - 1].lower())
            };
            let after_title_word = after(&TITLE_WORDS) || after(&TITLE_HEADS);
            // "the credentials of Ola Holm as Ambassador of X": a name with its title after
            // "as" is a name, whatever comes before it.
            // So is "A on his appointment as Secretary General of X".
            let titled_as = toks
                .get(name_e)
                .is_some_and(|t| t.is_word("as") || t.is_word("on") || t.is_word("upon"))
                && title_after(&toks, name_e).is_some();
            let inside_title = person.is_none()
                && lead == name_s
                && plural_of_names.is_none()
                && !titled_as
                && !own_title_after
                && (name_s > 0
                    && toks[name_s - 1].kind == TokKind::Word
                    && !toks[name_s - 1].is_cap()
                    && (matches!(
                        toks[name_s - 1].lower(),
                        "of" | "for" | "on" | "to" | "in" | "at"
                    ) && !after_a_verb_of_calling(&toks, name_s - 1)
                        || toks[name_s - 1].is_word("and")
                        && name_s > 1
                        && toks[name_s - 2].kind == TokKind::Word
                        && {
                            let l = toks[name_s - 2].lower();
                            contains(&TITLE_WORDS, l) || contains(&ORG_HEADS, l)
                        })
                    || toks.get(name_e).is_some_and(|t| t.is_word("of"))
                        // "Prime Minister Kari Lund of Sweden"
                        && !after_title_word
                        // "met Kari Lund of Fiji in Suva", "his counterpart Kari Lund of Fiji"
                        && !(in_an_encounter(&toks, name_s, name_e)
                            || name_s > 0
                                && toks[name_s - 1].is_word("counterpart")
                                && of_its_country(&toks, name_e))
                        && toks.get(name_e + 1).is_some_and(|t| {
                            t.is_cap()
                                || t.is_entity_of(EntityKind::Organization)
                                || t.is_entity_of(EntityKind::Place)
                        })
                    // "Higher Education and Scientific Research": capitalised words before
                    // "and" and a title word; not a name after a title and its comma
                    // ("Minister of Trade, Lars Dahl and Minister of ...").
                    // Not before the next person's title: "..., High Commissioner of X Kari
                    // Lund and Ambassador of Y Per Dahl".
                    || toks.get(name_e).is_some_and(|t| t.is_word("and"))
                        && !after(&TITLE_HEADS)
                        && !(name_s > 0 && toks[name_s - 1].kind == TokKind::Punct(','))
                        && toks
                            .get(name_e + 1)
                            .is_none_or(|t| !t.is_cap() || !contains(&TITLE_HEADS, t.lower()))
                        // "A and Hungarian Minister ... B", "A and South Korean Minister ...
                        // B": an adjective of nationality opens the next person's title.
                        && !nationality_at(&toks, name_e + 1)
                        && toks[name_e + 1..]
                            .iter()
                            .take_while(|t| t.is_cap())
                            .any(|t| {
                                let l = t.lower();
                                contains(&ORG_HEADS, l) || contains(&TITLE_WORDS, l)
                            }));
            // "a release from the Harbour House, the President of Norway ...": a name after
            // "the" with no title before it is a building's or a body's, and the title after
            // it someone else's.
            let after_the = person.is_none()
                && lead == name_s
                && before.is_none()
                && name_s > 0
                && toks[name_s - 1].is_word("the");
            if let (Some((h, end)), false) = (title, inside_title || after_the) {
                if let Some(mut cue) = cue(&chars, &toks, person, (name_s, name_e), (h, end), sent)
                {
                    if plural_head == Some(h) || plural_of_names.is_some() {
                        // Each holds the title in the singular ("President").
                        cue.title = super::fold::title_case(&cue.title_key);
                        let country = if plural_of_names.is_some() {
                            name_e + 1
                        } else {
                            name_s - 2
                        };
                        cue.place = toks[country].entity().map(|e| e.id);
                    }
                    out.push(cue);
                }
                let first_cue = out
                    .len()
                    .checked_sub(1)
                    .filter(|&k| out[k].name_start == toks[name_s].s);
                // "Foreign Ministers of X and Y - A and B -": a plural title names both.
                let plural = h < end
                    && toks[h..end]
                        .iter()
                        .any(|t| PLURAL_HEADS.contains(&t.lower()));
                if plural && toks.get(name_e).is_some_and(|t| t.is_word("and")) {
                    let s2 = name_e + 1;
                    let mut e2 = s2;
                    while toks.get(e2).is_some_and(|t| {
                        t.kind == TokKind::Word
                            && (t.is_cap()
                                || contains(&NAME_PARTICLES, t.lower())
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
                            // "the Foreign Ministers of Chile and Peru, A and B", "the Chilean
                            // and Peruvian directors, A and B": each holds the post in the
                            // singular, of the country named in the same place of the pair.
                            if let (Some(k), [one, other]) =
                                (first_cue, countries_of_pair(&toks[h..end]).as_slice())
                            {
                                let last = out.len() - 1;
                                for (c, of) in [(k, one), (last, other)] {
                                    let cue = &mut out[c];
                                    cue.title = super::fold::title_case(&cue.title_key);
                                    (cue.place, cue.country) = *of;
                                }
                            }
                        }
                    }
                }
            }
            i = resume.max(i + 1);
        }
    }
    // "Defence Minister A met his Swedish counterpart B": B holds the same post (in another
    // country), not a post called "counterpart".
    for k in 0..out.len() {
        if out[k].title_key != "counterpart" {
            continue;
        }
        let own = out[..k].iter().rev().find(|c| {
            c.sentence == out[k].sentence && c.title_key != "counterpart" && !c.title_key.is_empty()
        });
        // The key stays: "his Swedish counterpart" later in the text is still this person.
        if let Some(title) = own.map(|c| c.title.clone()) {
            out[k].title = title;
        }
    }
    // A one-word name is the surname (or given name) of a person the article also names in
    // full ("President Yoweri Museveni ... President Museveni", "Sheikh Sabah Al Ahmad ...
    // Sheikh Sabah"): that person, not a new one. A given name under another title is someone
    // else's: "King Abdullah" is not "Adviser Abdullah Wreikat".
    // (a word of a whole name, whether it ends it, the title it was written with)
    let titled: Vec<(String, String)> = out
        .iter()
        .map(|c| (c.name.clone(), c.title_key.clone()))
        .collect();
    let words_of_whole_names: Vec<(String, bool, Option<&str>)> = titled
        .iter()
        .map(|(name, key)| (name.as_str(), Some(key.as_str())))
        .chain(
            mentions
                .iter()
                .filter(|m| m.entity.is_some_and(|e| e.kind == EntityKind::Person))
                .map(|m| (m.surface.as_str(), None)),
        )
        .filter(|(n, _)| n.split_whitespace().count() >= 2)
        .flat_map(|(n, key)| {
            let last = n.split_whitespace().count() - 1;
            n.split_whitespace()
                .enumerate()
                .map(move |(k, w)| (w.to_lowercase(), k == last, key))
        })
        .collect();
    let of_a_whole_name = |c: &PersonCue, l: &str| {
        words_of_whole_names.iter().any(|(w, last, key)| {
            w == l
                && (*last
                    || key
                        .is_none_or(|k| k.is_empty() || c.title_key.is_empty() || k == c.title_key))
        })
    };
    // And a word the article also writes in lower case ("the President Place ... took
    // place") is a common word, not a name.
    let one_word = |c: &PersonCue| c.person.is_none() && !c.name.contains(' ');
    let lower_case_words: std::collections::HashSet<&str> = if out.iter().any(one_word) {
        body.split(|c: char| !c.is_alphanumeric())
            .filter(|w| w.chars().next().is_some_and(char::is_lowercase))
            .collect()
    } else {
        Default::default()
    };
    out.retain(|c| {
        let l = c.name.to_lowercase();
        !one_word(c) || !(of_a_whole_name(c, &l) || lower_case_words.contains(l.as_str()))
    });
    // A headline capitalises every word ("Leaders Hold Talks", "Visit Next Month"), and so
    // does a line that links another story ("President Will Struggle to Get Patriarch He Can
    // Control"): a new name there is someone only if the rest of the text names them again.
    let own_line = |h: &Sentence| {
        (h.start == 0 || chars.get(h.start - 1) == Some(&'\n'))
            && chars[h.end.min(chars.len())..]
                .iter()
                .take_while(|c| **c != '\n')
                .all(|c| c.is_whitespace())
    };
    for (k, h) in sentences.iter().enumerate() {
        let text = h.text.trim_end();
        let headline = super::layout::is_headline_case(text)
            && !text.ends_with(['.', '!', '?', ':', ';'])
            && text.split_whitespace().count() <= 20
            // (a line of its own that reads as a sentence: not "Mr. Ola Holm" listed alone)
            && (k == 0
                || own_line(h)
                    && text.split_whitespace().count() >= 5
                    && text
                        .split_whitespace()
                        .any(|w| w.starts_with(|c: char| c.is_lowercase())));
        if !headline {
            continue;
        }
        let (before, after) = (
            chars[..h.start.min(chars.len())].iter().collect::<String>(),
            chars[h.end.min(chars.len())..].iter().collect::<String>(),
        );
        // (In sentence case, the name after its title that ends a headline of a meeting is
        // someone: "President A receives Ambassador B"; not "receives Queen Elizabeth Prize
        // winners".)
        let sentence_case = !only_small_words_lower(text) && MEETS_IN_HEADLINE.is_match(text);
        let headline_end = h.start + text.chars().count();
        out.retain(|c| {
            c.person.is_some()
                || (sentence_case
                    && !c.title_key.is_empty()
                    && (c.title_end..=c.title_end + 1).contains(&c.name_start)
                    && c.name_end == headline_end)
                || c.name_start < h.start
                || c.name_start >= h.end
                || c.name
                    .split_whitespace()
                    .any(|w| w.chars().count() >= 3 && (after.contains(w) || before.contains(w)))
        });
    }
    out
}

/// A headline's verb of meeting in the present, in lower case.
static MEETS_IN_HEADLINE: std::sync::LazyLock<regex::Regex> = std::sync::LazyLock::new(|| {
    regex::Regex::new(
        r"(?-u:\b)(?:receives|meets|hosts|welcomes|holds talks with|meets with)(?-u:\b)",
    )
    .expect("static regex")
});

/// Title case leaves only the small words in lower case ("Leaders Hold Talks on the Border");
/// a headline with a verb in lower case ("President A receives Ambassador B") is written in
/// sentence case.
fn only_small_words_lower(text: &str) -> bool {
    const SMALL: &[&str] = &[
        "a", "an", "the", "and", "or", "nor", "but", "of", "to", "in", "on", "at", "by", "for",
        "with", "from", "as", "via", "into", "over", "per", "vs", "amid", "after", "before",
        // particles of names ("Tamim bin Hamad")
        "bin", "bint", "ibn", "al", "el", "de", "da", "do", "dos", "du", "del", "della", "der",
        "van", "von", "la", "le",
    ];
    text.split_whitespace()
        .map(|w| w.trim_matches(|c: char| !c.is_alphanumeric()))
        .filter(|w| w.starts_with(char::is_lowercase))
        .all(|w| SMALL.contains(&w))
}

/// "The new High Commissioner of New Zealand is Ola Holm.": a title the sentence opens with,
/// then "is" and the name (tokens `h..at`, `at` the "is").
fn copular_title(toks: &[Tok], name_s: usize) -> Option<(usize, usize)> {
    let is = name_s.checked_sub(1)?;
    if !(toks[is].is_word("is") || toks[is].is_word("was")) || !toks.first()?.is_word("the") {
        return None;
    }
    let mut first = 1;
    if toks.get(1).is_some_and(|t| t.is_word("new")) {
        first = 2;
    }
    title_before(toks, is)
        .filter(|&h| h == first && toks[h].is_cap())
        .map(|h| (h, is))
}
