//! Tokens of a sentence: words, punctuation, and the names already recognised in it, each
//! collapsed into one token.

use std::sync::LazyLock;

use compact_str::CompactString;

use super::mentions::{EntityKind, EntityRef, Mention};

#[derive(Debug, Clone, PartialEq)]
pub(crate) enum TokKind {
    Word,
    Punct(char),
    Entity(Option<EntityRef>),
}

#[derive(Debug, Clone)]
pub(crate) struct Tok {
    /// Character offsets in the body.
    pub(crate) s: usize,
    pub(crate) e: usize,
    /// The token as written (short ones held inline: a sentence has many).
    pub(crate) text: CompactString,
    /// The same in lower case, made once: the rules compare tokens in lower case many times.
    low: CompactString,
    pub(crate) kind: TokKind,
}

impl Tok {
    fn new(s: usize, e: usize, text: CompactString, kind: TokKind) -> Tok {
        let low = if !text.is_ascii() {
            text.to_lowercase()
        } else {
            let mut low = text.clone();
            low.make_ascii_lowercase();
            low
        };
        Tok {
            s,
            e,
            text,
            low,
            kind,
        }
    }
    pub(crate) fn lower(&self) -> &str {
        &self.low
    }
    pub(crate) fn is_cap(&self) -> bool {
        self.kind == TokKind::Word && self.text.chars().next().is_some_and(char::is_uppercase)
    }
    pub(crate) fn is_word(&self, w: &str) -> bool {
        self.kind == TokKind::Word && self.text.eq_ignore_ascii_case(w)
    }
    pub(crate) fn entity(&self) -> Option<EntityRef> {
        match self.kind {
            TokKind::Entity(e) => e,
            _ => None,
        }
    }
    pub(crate) fn is_entity_of(&self, kind: EntityKind) -> bool {
        self.entity().is_some_and(|e| e.kind == kind)
    }
}

/// A word list from a lexicon file: one entry a line, `#` comments.
/// A word list, looked up by hash: the extractor asks it for every word of every article.
pub(crate) type WordSet = rustc_hash::FxHashSet<&'static str>;

pub(crate) fn word_list(text: &'static str) -> WordSet {
    text.lines()
        .map(str::trim)
        .filter(|l| !l.is_empty() && !l.starts_with('#'))
        .collect()
}

/// Abbreviated courtesy titles whose full stop belongs to the word ("Dr.", "Mr.").
pub(crate) fn is_abbreviation(word: &[char]) -> bool {
    let w: String = word.iter().collect::<String>().to_lowercase();
    ABBREVIATED_HONORIFICS.contains(&w.as_str())
}

pub(crate) static ABBREVIATED_HONORIFICS: LazyLock<WordSet> =
    LazyLock::new(|| word_list(include_str!("lexicon/abbreviated_honorifics.txt")));

/// "H.E", "U.S", "Ph.D" before a full stop: letters with inner stops whose last part is one
/// letter, so the full stop is the abbreviation's. Not "B.Erdene" (a surname with its initial
/// written onto it, at the end of a sentence).
fn abbreviated_with_stops(word: &[char]) -> bool {
    match word.iter().rposition(|&c| c == '.') {
        Some(k) => word.len() - k - 1 == 1,
        None => false,
    }
}

/// Letters, and the marks inside words: hyphen, apostrophe, full stop, and the signs that
/// transliterate Arabic's ʿayn and hamza (`Mani` Al-Otaiba`, `Saʿid`, `Qurʾan`).
pub(crate) fn is_word_char(c: char) -> bool {
    c.is_alphanumeric() || matches!(c, '-' | '\'' | '’' | '.') || is_letter_mark(c)
}

/// A transliteration's ʿayn or hamza: part of the word it is in, even at its end.
pub(crate) fn is_letter_mark(c: char) -> bool {
    matches!(c, '`' | 'ʿ' | 'ʾ' | 'ʻ' | 'ʼ')
}

/// Tokens of the sentence at `start..end` (body characters), names collapsed.
pub(crate) fn tokens(chars: &[char], start: usize, end: usize, mentions: &[Mention]) -> Vec<Tok> {
    let mut out = Vec::with_capacity((end - start) / 4);
    let inside: Vec<&Mention> = mentions
        .iter()
        .filter(|m| m.start_char >= start && m.end_char <= end)
        .collect();
    let mut mi = 0;
    let mut i = start;
    // Each token's characters are gathered here first: a `String` grows faster than a
    // `CompactString` pushed to a character at a time.
    let mut scratch = String::new();
    let mut text_of = |cs: &[char]| {
        scratch.clear();
        scratch.extend(cs);
        CompactString::new(&scratch)
    };
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
            // So does the full stop of a name with inner stops ("the U.S., A"): it is the
            // abbreviation's, not a mark that ends a title.
            if e < end && chars[e] == '.' && abbreviated_with_stops(&chars[i..e]) {
                e += 1;
            }
            out.push(Tok::new(
                i,
                e,
                text_of(&chars[i..e]),
                TokKind::Entity(m.entity),
            ));
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
            // "Mr.Meredov": a courtesy title whose full stop lost the space after it is a word
            // of its own.
            // So is "H.E.Mr.Rashid": the title ends at the abbreviation's full stop.
            let mut part = i;
            for k in i..e {
                if chars[k] != '.' {
                    continue;
                }
                if k + 1 < e && chars[k + 1].is_uppercase() && is_abbreviation(&chars[part..k]) {
                    // "H.E." first, then "Mr." a word of its own.
                    e = if part > i { part } else { k + 1 };
                    break;
                }
                part = k + 1;
            }
            // Trailing full stops and hyphens are punctuation unless the word is an initial
            // or an abbreviation with inner stops ("H.E.", "M.").
            while e > i + 1
                && matches!(chars[e - 1], '.' | '-' | '\'' | '’')
                && !(chars[e - 1] == '.' && abbreviated_with_stops(&chars[i..e - 1]))
                && !(chars[e - 1] == '.' && e - i == 2)
                && !(chars[e - 1] == '.' && is_abbreviation(&chars[i..e - 1]))
            {
                e -= 1;
            }
            out.push(Tok::new(i, e, text_of(&chars[i..e]), TokKind::Word));
            i = e;
        } else {
            out.push(Tok::new(
                i,
                i + 1,
                CompactString::from(&*c.encode_utf8(&mut [0; 4])),
                TokKind::Punct(c),
            ));
            i += 1;
        }
    }
    out
}

/// "Chile's", "the Bank's": a capitalised word or a known name in the possessive, which
/// determines a title after it as "the" does.
pub(crate) fn possessive_of_a_name(t: &Tok) -> bool {
    (t.text.ends_with("'s") || t.text.ends_with("’s")) && (t.is_cap() || t.entity().is_some())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::extract::mentions::EntityRef;

    #[test]
    fn the_full_stop_of_a_name_with_inner_stops_is_the_names() {
        let text = "the Ambassador of the U.S., Ana Berg";
        let chars: Vec<char> = text.chars().collect();
        let start = text.find("U.S").unwrap_or_default();
        let mentions = [Mention {
            entity: Some(EntityRef {
                kind: EntityKind::Place,
                id: 1,
            }),
            surface: "U.S".into(),
            start_char: start,
            end_char: start + 3,
        }];
        let toks = tokens(&chars, 0, chars.len(), &mentions);
        let words: Vec<&str> = toks.iter().map(|t| t.text.as_str()).collect();
        assert_eq!(
            words,
            ["the", "Ambassador", "of", "the", "U.S.", ",", "Ana", "Berg"]
        );
    }
}
