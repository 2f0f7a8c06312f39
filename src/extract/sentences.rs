//! Sentence splitting for news English: paragraph breaks always end a sentence; a full stop,
//! question or exclamation mark ends one when the next word starts a new sentence and the word
//! before is not an abbreviation ("Mr.", "Dr.", "H.E.", "Nov.", an initial as in "Salim M.").

/// One sentence of a body: its text and character offsets (0-based, end exclusive).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Sentence {
    pub text: String,
    pub start: usize,
    pub end: usize,
}

/// Words that end in a full stop without ending the sentence (compared in lower case).
const ABBREVIATIONS: &[&str] = &[
    "mr", "mrs", "ms", "dr", "prof", "st", "no", "nos", "gen", "col", "lt", "capt", "sen", "rep",
    "gov", "amb", "h.e", "u.s", "u.n", "u.k", "e.g", "i.e", "vs", "jan", "feb", "mar", "apr",
    "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "mon", "tue", "wed", "thu", "fri",
    "sat", "sun", "inc", "ltd", "co", "corp", "jr", "sr", "approx", "dept", "est", "fig", "ph.d",
    "hon", "rev", "sh", "gen'l", "maj", "adm", "pres", "min", "a.i", "smt", "asst", "govt", "intl",
    "natl", "supt", "cmdr", "secy", "univ", "assoc", "rt",
];

/// Degrees, written before a name ("MSc. Eva Berg") or as what someone holds ("earned his
/// MPhil."): the full stop ends a sentence only after a determiner.
const DEGREES: &[&str] = &["msc", "bsc", "mba", "mphil", "phd"];

fn word_before(chars: &[char], dot: usize) -> String {
    let mut s = dot;
    while s > 0 && (chars[s - 1].is_alphanumeric() || chars[s - 1] == '.' || chars[s - 1] == '\'') {
        s -= 1;
    }
    chars[s..dot].iter().collect::<String>().to_lowercase()
}

fn is_abbreviation(chars: &[char], dot: usize) -> bool {
    let w = word_before(chars, dot);
    let w = w.trim_start_matches('.');
    if w.is_empty() {
        return false;
    }
    // An initial: one capital letter ("M." in "Salim M. AlMalik").
    let letters = w.chars().filter(|c| c.is_alphabetic()).count();
    if letters == 1 && w.chars().count() == 1 && chars[dot - 1].is_uppercase() {
        return true;
    }
    // Initials run together: "K.P." in "K.P. Sharma Oli" (not "U.S." or "U.K.", which end
    // sentences about countries).
    let parts: Vec<&str> = w.split('.').collect();
    let initials = (2..=3).contains(&parts.len())
        && parts.iter().all(|p| p.chars().count() == 1)
        && chars[dot - 1].is_uppercase();
    let country: String = parts.concat();
    if initials && !matches!(country.as_str(), "us" | "uk" | "un" | "eu" | "uae" | "usa") {
        return true;
    }
    if DEGREES.contains(&w) {
        let start = dot - word_before(chars, dot).chars().count();
        let before = word_before(chars, start.saturating_sub(1)).to_lowercase();
        return !matches!(
            before.as_str(),
            "a" | "an" | "his" | "her" | "their" | "the" | "its"
        );
    }
    ABBREVIATIONS.contains(&w)
}

/// Words that open a sentence and are nobody's name: after "Hun Sen." or "Inc." they tell the
/// full stop ended one ("... Samdech Hun Sen. The Speaker's office said").
fn opens_a_sentence(chars: &[char], at: usize) -> bool {
    let word: String = chars[at..]
        .iter()
        .take_while(|c| c.is_alphabetic())
        .collect();
    matches!(
        word.as_str(),
        "The"
            | "This"
            | "These"
            | "Those"
            | "It"
            | "They"
            | "She"
            | "We"
            | "During"
            | "According"
            | "Meanwhile"
            | "However"
            | "Both"
            | "Earlier"
            | "Later"
    )
}

fn starts_sentence(c: char) -> bool {
    c.is_uppercase() || c.is_ascii_digit() || matches!(c, '"' | '“' | '‘' | '\'' | '(' | '[')
}

/// A page that lost the space after a full stop ("on Wednesday.During the visit"): a word of
/// four letters or more ending in lower case before it, a word that opens sentences after it
/// or a lower-case word before it and a name after it ("News.Az", "3.5", "U.S.Army",
/// "Yandex.Taxi" stay whole).
fn glued(chars: &[char], dot: usize, next: usize) -> bool {
    let before = chars[..dot]
        .iter()
        .rev()
        .take_while(|c| c.is_alphabetic())
        .count();
    let after: Vec<char> = chars[next..]
        .iter()
        .take_while(|c| c.is_alphabetic())
        .copied()
        .collect();
    let opener: String = after.iter().collect::<String>().to_lowercase();
    // "a release outlined.Holness signed": a word all in lower case before the stop, a name
    // and a space after it (a brand's first word is capitalised: "Yandex.Taxi app").
    let lower_word_before = chars[dot - before..dot].iter().all(|c| c.is_lowercase());
    // (Not a web address's ending: "kloop.Media", "news.Az".)
    let name_after = after.len() >= 3
        && chars.get(next + after.len()) == Some(&' ')
        && !WEB_ENDINGS.contains(&opener.as_str());
    before >= 4
        && chars[dot - 1].is_lowercase()
        && after.len() >= 2
        && after[0].is_uppercase()
        && after[1..].iter().all(|c| c.is_lowercase())
        && (GLUED_OPENERS.contains(&opener.as_str()) || (lower_word_before && name_after))
        && !is_abbreviation(chars, dot)
}

/// Words that end a web address or an outlet's name written as one ("kloop.Media").
const WEB_ENDINGS: &[&str] = &[
    "media", "com", "net", "org", "info", "news", "online", "asia", "africa", "today", "live",
];

/// Words a sentence opens with, after a full stop that lost its space: a brand ("Yandex.Taxi")
/// or an abbreviation ("Asst.Secretary") runs on.
const GLUED_OPENERS: &[&str] = &[
    "the",
    "during",
    "earlier",
    "later",
    "after",
    "before",
    "while",
    "he",
    "she",
    "it",
    "they",
    "we",
    "on",
    "in",
    "at",
    "according",
    "this",
    "these",
    "those",
    "both",
    "his",
    "her",
    "their",
    "meanwhile",
    "also",
    "however",
    "an",
    "following",
    "there",
    "as",
    "speaking",
    "furthermore",
    "moreover",
    "additionally",
    "besides",
    "today",
    "yesterday",
];

/// "(12:15 p.m. Japan time)": a full stop inside brackets opened since the sentence began at
/// `start`, not closed by `at` (after the stop and what closes with it: "(... in 2019.)" ends
/// its sentence) and closed within a few words after it, ends no sentence.
fn inside_brackets(chars: &[char], start: usize, at: usize) -> bool {
    let open = chars[start..at].iter().rposition(|&c| c == '(');
    let Some(open) = open.map(|o| start + o) else {
        return false;
    };
    if chars[open..at].contains(&')') {
        return false;
    }
    chars[at + 1..]
        .iter()
        .take(40)
        .take_while(|&&c| c != '\n' && c != '(')
        .any(|&c| c == ')')
}

/// The longest sentence read whole, in characters. News sentences run to a few hundred; the
/// longest of the real articles measured is far below this.
const MAX_SENTENCE: usize = 2_000;

/// Where a piece of an over-long run that begins at `s` ends: after the last semicolon or
/// comma, else at the last space, in the second half of the longest sentence; else at the
/// longest sentence's end.
fn piece_end(chars: &[char], s: usize) -> usize {
    let limit = (s + MAX_SENTENCE).min(chars.len());
    let half = s + MAX_SENTENCE / 2;
    let space_after = |k: usize| chars[k].is_whitespace();
    (half..limit)
        .rev()
        .find(|&k| space_after(k) && matches!(chars[k - 1], ';' | ','))
        .or_else(|| (half..limit).rev().find(|&k| space_after(k)))
        .unwrap_or(limit)
}

/// Splits a body into sentences with character offsets; whitespace between them is dropped.
pub fn split(body: &str) -> Vec<Sentence> {
    let chars: Vec<char> = body.chars().collect();
    let mut out = Vec::new();
    let mut start = 0usize;
    let push = |out: &mut Vec<Sentence>, s: usize, e: usize| {
        let mut s = s;
        loop {
            let mut e = e;
            while s < e && chars[s].is_whitespace() {
                s += 1;
            }
            // A run longer than any sentence (a list without stops, joined into one paragraph)
            // is read in pieces: reading a sentence costs more than its length, and such a
            // run would take minutes.
            let whole = e - s <= MAX_SENTENCE;
            if !whole {
                e = piece_end(&chars, s);
            }
            let piece_end = e;
            while e > s && chars[e - 1].is_whitespace() {
                e -= 1;
            }
            if e > s {
                out.push(Sentence {
                    text: chars[s..e].iter().collect(),
                    start: s,
                    end: e,
                });
            }
            if whole {
                break;
            }
            s = piece_end;
        }
    };
    let mut i = 0;
    while i < chars.len() {
        let c = chars[i];
        if c == '\n' {
            push(&mut out, start, i);
            start = i + 1;
        } else if matches!(c, '.' | '!' | '?') {
            // Closing quotes and brackets belong to the sentence they close.
            let mut end = i + 1;
            while end < chars.len() && matches!(chars[end], '"' | '”' | '’' | ')' | '\'') {
                end += 1;
            }
            let mut next = end;
            while next < chars.len() && chars[next] == ' ' {
                next += 1;
            }
            let spaced = next > end;
            let boundary = next >= chars.len()
                || chars[next] == '\n'
                || (spaced
                    && !inside_brackets(&chars, start, end)
                    && starts_sentence(chars[next])
                    && !(c == '.'
                        && is_abbreviation(&chars, i)
                        && !opens_a_sentence(&chars, next)))
                || (!spaced && glued(&chars, i, end));
            if boundary {
                push(&mut out, start, end);
                start = end;
                i = end;
                continue;
            }
        }
        i += 1;
    }
    push(&mut out, start, chars.len());
    out
}

/// The text of the sentence at `span` (every span extraction returns is a sentence's).
pub fn sentence_at(sentences: &[Sentence], span: (usize, usize)) -> &str {
    sentences
        .iter()
        .find(|x| (x.start, x.end) == span)
        .map(|x| x.text.as_str())
        .unwrap_or_default()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn texts(body: &str) -> Vec<String> {
        split(body).into_iter().map(|s| s.text).collect()
    }

    #[test]
    fn a_full_stop_inside_brackets_ends_no_sentence() {
        assert_eq!(
            texts("At 11:15 a.m. local time (12:15 p.m. Oslo time), Ola met Kari. Then they left."),
            vec![
                "At 11:15 a.m. local time (12:15 p.m. Oslo time), Ola met Kari.",
                "Then they left."
            ]
        );
        // Brackets closed before the stop, or never closed nearby, change nothing.
        assert_eq!(
            texts("A met B (in Oslo). Then they left."),
            vec!["A met B (in Oslo).", "Then they left."]
        );
        assert_eq!(
            texts("Ola met Kari on Monday. (Kari had last visited Oslo in 2019.) Ola then left."),
            vec![
                "Ola met Kari on Monday.",
                "(Kari had last visited Oslo in 2019.)",
                "Ola then left."
            ]
        );
        assert_eq!(
            texts("A met B (see below. Then they left for a long time without any news."),
            vec![
                "A met B (see below.",
                "Then they left for a long time without any news."
            ]
        );
    }

    #[test]
    fn a_run_longer_than_any_sentence_is_read_in_pieces_with_true_offsets() {
        let line = "- the minister met the ambassador, and discussed cooperation ";
        let body = line.repeat(200);
        let sentences = split(&body);
        assert!(
            sentences.len() > 1,
            "one sentence of {} characters",
            body.len()
        );
        let chars: Vec<char> = body.chars().collect();
        for s in &sentences {
            assert!(s.end - s.start <= MAX_SENTENCE);
            assert_eq!(s.text, chars[s.start..s.end].iter().collect::<String>());
        }
        let kept: usize = sentences.iter().map(|s| s.end - s.start).sum();
        assert!(kept + sentences.len() >= body.trim_end().chars().count());
    }

    #[test]
    fn abbreviations_and_initials_do_not_end_a_sentence() {
        assert_eq!(
            texts("H.E. Dr. Salim M. AlMalik met Mr. Bayramov on Nov. 13. They spoke."),
            vec![
                "H.E. Dr. Salim M. AlMalik met Mr. Bayramov on Nov. 13.",
                "They spoke."
            ]
        );
    }

    #[test]
    fn paragraphs_and_quotes_end_sentences() {
        let body = "A headline without a stop\n\nHe said \"we agree.\" Then he left.";
        let s = split(body);
        assert_eq!(s.len(), 3);
        assert_eq!(s[0].text, "A headline without a stop");
        assert_eq!(s[1].text, "He said \"we agree.\"");
        let chars: Vec<char> = body.chars().collect();
        for x in &s {
            assert_eq!(chars[x.start..x.end].iter().collect::<String>(), x.text);
        }
    }

    #[test]
    fn a_full_stop_that_lost_its_space_still_ends_a_sentence() {
        assert_eq!(
            texts("They met on Wednesday.During the visit he spoke. News.Az reports 3.5 per cent. Yandex.Taxi and Asst.Secretary B."),
            vec![
                "They met on Wednesday.",
                "During the visit he spoke.",
                "News.Az reports 3.5 per cent.",
                "Yandex.Taxi and Asst.Secretary B."
            ]
        );
    }

    #[test]
    fn a_name_glued_to_a_lower_case_word_opens_a_sentence() {
        assert_eq!(
            texts("A release outlined.Holmberg signed a deal. The app Yandex.Taxi runs. See www.Example.com now."),
            vec![
                "A release outlined.",
                "Holmberg signed a deal.",
                "The app Yandex.Taxi runs.",
                "See www.Example.com now."
            ]
        );
    }

    #[test]
    fn decimals_and_lower_case_continuations_stay_inside() {
        assert_eq!(
            texts("Trade grew 3.5 per cent. in 2023 it fell."),
            vec!["Trade grew 3.5 per cent. in 2023 it fell."]
        );
    }
}
