//! Text folded for matching names: lower case, no diacritics, no punctuation inside names,
//! with the way back to the original's characters.

use unicode_normalization::char::is_combining_mark;
use unicode_normalization::UnicodeNormalization;

/// Text folded for matching, with the character index in the original of every folded byte.
pub struct Folded {
    pub text: String,
    origin: Vec<usize>,
}

fn fold_char(c: char, out: &mut String) {
    match c {
        // Most text is ASCII, which has nothing to decompose.
        _ if c.is_ascii() => out.push(c.to_ascii_lowercase()),
        'ə' | 'Ə' => out.push('a'),
        'ı' | 'İ' => out.push('i'),
        _ => {
            for d in c.nfd() {
                if !is_combining_mark(d) {
                    out.extend(d.to_lowercase());
                }
            }
        }
    }
}

fn is_apostrophe(c: char) -> bool {
    matches!(c, '\'' | '’' | '‘' | 'ʼ' | '`')
}

pub(crate) fn is_hyphen(c: char) -> bool {
    matches!(c, '-' | '‐' | '‑' | '–')
}

/// Folds text for matching: lower case, no diacritics, no punctuation inside names
/// ("Al-Malik", "AlMalik" and "al Malik" all become "almalik"), one space between words.
pub fn fold(text: &str) -> Folded {
    let chars: Vec<char> = text.chars().collect();
    let mut out = String::with_capacity(text.len());
    let mut origin = Vec::with_capacity(text.len());
    let mut word_len = 0usize;
    let mut skip_possessive_s = false;
    for (i, &c) in chars.iter().enumerate() {
        let before = out.len();
        if skip_possessive_s {
            skip_possessive_s = false;
        } else if c.is_alphanumeric() {
            fold_char(c, &mut out);
            word_len += 1;
        } else if is_apostrophe(c) {
            // A possessive "'s" ends the word; an apostrophe inside a name ("O'Neil") vanishes.
            let possessive = chars.get(i + 1).is_some_and(|n| *n == 's' || *n == 'S')
                && !chars.get(i + 2).is_some_and(|n| n.is_alphanumeric());
            if possessive {
                skip_possessive_s = true;
                if !out.ends_with(' ') {
                    out.push(' ');
                }
                word_len = 0;
            }
        } else if is_hyphen(c) && (1..=3).contains(&word_len) {
            // "Al-Malik", "el-Sisi", "bin-": a short prefix joins its name.
        } else if c == '.' && word_len == 1 {
            // Initials ("Salim M. AlMalik", "H.E.") keep their letter and lose the dot.
            if !out.ends_with(' ') {
                out.push(' ');
                word_len = 0;
            }
        } else {
            if !out.is_empty() && !out.ends_with(' ') {
                out.push(' ');
            }
            word_len = 0;
        }
        for _ in before..out.len() {
            origin.push(i);
        }
    }
    Folded { text: out, origin }
}

impl Folded {
    /// Character range in the original text of the folded byte range `start..end`.
    pub fn original_range(&self, start: usize, end: usize) -> Option<(usize, usize)> {
        let first = *self.origin.get(start)?;
        let last = *self.origin.get(end.checked_sub(1)?)?;
        Some((first, last + 1))
    }
}

/// A name folded, without the spaces around it.
pub(crate) fn fold_name(name: &str) -> String {
    fold(name).text.trim().to_string()
}

/// Each word with a capital first letter and the rest in lower case ("ULAANBAATAR",
/// "foreign minister" -> "Ulaanbaatar", "Foreign Minister").
pub(crate) fn title_case(s: &str) -> String {
    s.split_whitespace()
        .map(|w| {
            let mut cs = w.chars();
            match cs.next() {
                Some(f) => f
                    .to_uppercase()
                    .chain(cs.flat_map(char::to_lowercase))
                    .collect(),
                None => String::new(),
            }
        })
        .collect::<Vec<_>>()
        .join(" ")
}
