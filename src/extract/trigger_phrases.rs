//! The phrase lists of lexicon/triggers.txt, read at build time, and each section as one
//! regular expression of whole words.

use std::sync::LazyLock;

use regex::Regex;

/// The phrase lists of lexicon/triggers.txt, by section: (case-sensitive, phrases).
pub(crate) static SECTIONS: LazyLock<Vec<(&'static str, bool, Vec<&'static str>)>> =
    LazyLock::new(|| sections(include_str!("lexicon/triggers.txt")));

/// Reads a phrase file: `[name]` or `[name] case-sensitive` opens a section, each line under
/// it is one phrase; blank lines and `#` comments are skipped.
fn sections(text: &'static str) -> Vec<(&'static str, bool, Vec<&'static str>)> {
    let mut out: Vec<(&str, bool, Vec<&str>)> = Vec::new();
    for line in text.lines().map(str::trim) {
        if line.is_empty() || line.starts_with('#') {
            continue;
        }
        // A header is `[name]` with a name of letters and underscores; a phrase may also
        // begin with a bracket (`['’]s visit`).
        let header = line
            .strip_prefix('[')
            .and_then(|h| h.split_once(']'))
            .filter(|(name, _)| {
                !name.is_empty() && name.chars().all(|c| c.is_ascii_lowercase() || c == '_')
            });
        if let Some((name, flags)) = header {
            out.push((name, flags.trim() == "case-sensitive", Vec::new()));
        } else if let Some((_, _, phrases)) = out.last_mut() {
            phrases.push(line);
        }
    }
    out
}

/// A section's phrases as one pattern of whole words: `\b(?:one|two)\b`.
pub(crate) fn pattern(name: &str) -> String {
    let Some((_, case_sensitive, phrases)) = SECTIONS.iter().find(|(n, _, _)| *n == name) else {
        // The names are the code's own; a test reads every one.
        panic!("lexicon/triggers.txt has no section [{name}]");
    };
    format!(
        "{}(?-u:\\b)(?:{})(?-u:\\b)",
        if *case_sensitive { "" } else { "(?i)" },
        phrases.join("|").replace("\\w", WORD_LETTER)
    )
}

/// What `\w` stands for in the lexicon: a letter of the Latin alphabets (accents included),
/// a digit or `_`. Unicode's `\w` (every script's letters) makes the automaton of a section
/// with a few gaps of words ("held (?:\w+ ){0,4}?with") so large that matching falls back
/// to a slower engine: it took the import's time from 1.5 s to 2.9 s of CPU on 2,000 articles.
const WORD_LETTER: &str = r"[0-9A-Za-z_\x{C0}-\x{D6}\x{D8}-\x{F6}\x{F8}-\x{24F}]";

/// A section of lexicon/triggers.txt, compiled.
pub(crate) fn phrases(name: &str) -> Regex {
    Regex::new(&pattern(name)).expect("lexicon/triggers.txt compiles (checked by a test)")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_phrase_may_begin_with_a_bracket() {
        let s = sections("[visit]\n['’]s visit to\n[future] case-sensitive\nwill\n");
        assert_eq!(
            s,
            vec![
                ("visit", false, vec!["['’]s visit to"]),
                ("future", true, vec!["will"])
            ]
        );
    }

    #[test]
    fn comments_and_blank_lines_are_skipped_and_flags_read() {
        let s = sections("# c\n[a] case-sensitive\nx\n\n[b]\ny\nz\n");
        assert_eq!(
            s,
            vec![("a", true, vec!["x"]), ("b", false, vec!["y", "z"])]
        );
    }
}
