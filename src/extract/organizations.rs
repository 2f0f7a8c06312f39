//! Organizations introduced in the text by an acronym after their name ("... Cooperation
//! (OIC)").

use std::sync::LazyLock;

use regex::Regex;

use super::cues::{single_spaced, text_of};
use super::lexicon::*;
use super::names::{EntityKind, Mention};
use super::sentences::Sentence;
use super::tokens::*;

/// An organization written as "Long Name (ACRONYM)".
#[derive(Debug, Clone, PartialEq)]
pub struct OrganizationCue {
    /// The organization, when the long name is already known.
    pub organization: Option<i64>,
    pub name: String,
    pub acronym: String,
    pub sentence: (usize, usize),
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
            // Not the end of a longer name that the acronym spells ("the Food and Agriculture
            // Organisation of the United Nations (FAO)" is no "United Nations").
            let known = known.filter(|m| {
                let before: String = chars[m.start_char.saturating_sub(8)..m.start_char]
                    .iter()
                    .collect();
                let of_a_longer_name = before.ends_with(" of the ") || before.ends_with(" of ");
                // ... unless the acronym is the body's own ("the head of the Organization of
                // Islamic Cooperation (OIC)"; not "the Security Council of the United Nations
                // (UNSC)").
                let initials: String = m
                    .surface
                    .split_whitespace()
                    .filter_map(|w| w.chars().next().filter(|c| c.is_uppercase()))
                    .collect();
                let letters: String = acronym.chars().filter(|c| c.is_uppercase()).collect();
                !of_a_longer_name || initials == letters
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
                        && matches!(l, "of" | "for" | "and" | "the" | "on"))
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
            // "Secretary-General of the Latin American Integration Association (ALADI)": a
            // title and its "of (the)" before the name are the holder's, not the body's.
            if let Some(of) = (j..toks.len()).find(|&k| toks[k].is_word("of")) {
                let titled = toks[j..of].iter().any(|t| {
                    let l = t.lower();
                    contains(&TITLE_HEADS, l) && !contains(&ORG_HEADS, l)
                }) && toks[j..of].iter().all(|t| {
                    let l = t.lower();
                    contains(&TITLE_HEADS, l) || contains(&TITLE_WORDS, l) || l.contains('-')
                });
                if titled {
                    j = of + 1;
                    while toks.get(j).is_some_and(|t| t.is_word("the")) {
                        j += 1;
                    }
                }
            }
            if j >= toks.len()
                || toks
                    .last()
                    .is_some_and(|t| !contains(&ORG_HEADS, t.lower()))
            {
                continue;
            }
            let words = &toks[j..];
            if words.len() < 2
                || words.len() > 12
                || words
                    .first()
                    .is_some_and(|t| contains(&HONORIFICS, t.lower()))
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
