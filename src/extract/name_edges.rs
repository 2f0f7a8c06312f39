//! Where a name written in a text begins and ends: a capitalised word before or after a known
//! name makes it part of a longer one ("Salim AlMalik", "Bank Muscat").

/// Capitalised words that open a sentence or a place phrase ("In Baku", "From Lima").
const FUNCTION_WORDS: &[&str] = &[
    "in", "at", "to", "from", "the", "and", "of", "on", "for", "with", "by", "near", "via", "then",
    "later", "after", "before", "during", "while", "visiting", "leaving", "touring",
];

/// Particles that join the words of a surname ("Arévalo de León", "van den Berg", "Ould
/// Tah"): a place's name after one and a capitalised word is the surname's end.
const SURNAME_PARTICLES: &[&str] = &[
    "de", "del", "da", "do", "dos", "das", "di", "van", "von", "der", "den", "bin", "ibn", "ben",
    "ould",
];

/// True when the word before character `start` is capitalised and not a function word, or is
/// a surname's particle after such a word: the name at `start` goes on a longer name ("Salim
/// AlMalik", "Bank Muscat", "César Arévalo de León").
pub fn capitalised_word_precedes(chars: &[char], start: usize) -> bool {
    let mut start = start;
    // At most two particles ("van der Berg").
    for _ in 0..3 {
        if start < 2 || chars[start - 1] != ' ' {
            return false;
        }
        let end = start - 1;
        let mut s = end;
        while s > 0
            && (chars[s - 1].is_alphanumeric() || matches!(chars[s - 1], '-' | '\'' | '’' | '.'))
        {
            s -= 1;
        }
        if s == end {
            return false;
        }
        let word: String = chars[s..end].iter().collect::<String>().to_lowercase();
        if chars[s].is_uppercase() {
            return !FUNCTION_WORDS.contains(&word.trim_end_matches('.'));
        }
        if !SURNAME_PARTICLES.contains(&word.as_str()) {
            return false;
        }
        start = s;
    }
    false
}

/// True when the next word after character `end` begins with a capital letter.
pub fn capitalised_word_follows(chars: &[char], end: usize) -> bool {
    let mut i = end;
    if chars.get(i).is_some_and(|c| *c == ' ') {
        i += 1;
    } else {
        return false;
    }
    if !chars.get(i).is_some_and(|c| c.is_uppercase()) {
        return false;
    }
    // A courtesy title opens the next name ("in Rabat H.E. Mr. Syed Haider Shah").
    let word: String = chars[i..]
        .iter()
        .take_while(|c| !c.is_whitespace())
        .collect::<String>()
        .to_lowercase();
    let word = word.trim_end_matches([',', ';', ':']);
    !COURTESY.contains(&word)
}

/// Whether the name ending at `end` opens an institution's name: up to three capitalised
/// words after it, the last a head of such a name ("Kotelawala Defence University").
pub(crate) fn named_after_them(chars: &[char], end: usize) -> bool {
    if !capitalised_word_follows(chars, end) {
        return false;
    }
    let rest: String = chars[end..].iter().take(60).collect();
    rest.split_whitespace()
        .take(3)
        .take_while(|w| w.chars().next().is_some_and(char::is_uppercase))
        .any(|w| {
            let bare = w.trim_end_matches([',', ';', ':', '.', ')']).to_lowercase();
            super::lexicon::contains(&super::lexicon::INSTITUTION_HEADS, &bare)
        })
}

/// "Aydin Karimov", "Baku Process": a capitalised word after a city's name (at `end`) makes
/// it part of a longer name, unless the words name a building in the city ("Entebbe
/// International Airport") whose own city is not named after it ("Marka Military Airport in
/// Amman", "the Riyadh Pavilion at Expo 2020 Dubai").
pub(crate) fn a_longer_name_follows(chars: &[char], end: usize) -> bool {
    if !capitalised_word_follows(chars, end) {
        return false;
    }
    let rest: String = chars[end..].iter().take(60).collect();
    let words: Vec<&str> = rest
        .split_whitespace()
        .take(3)
        .take_while(|w| w.chars().next().is_some_and(char::is_uppercase))
        .collect();
    let Some(k) = words.iter().position(|w| {
        let bare = w.trim_end_matches([',', ';', ':', '.', ')']);
        let bare = bare
            .strip_suffix("'s")
            .or_else(|| bare.strip_suffix("’s"))
            .unwrap_or(bare);
        super::lexicon::contains(&super::lexicon::BUILDINGS, &bare.to_lowercase())
    }) else {
        return true;
    };
    let mut after = rest.split_whitespace().skip(k + 1);
    matches!(after.next(), Some("in" | "at"))
        && after
            .next()
            .is_some_and(|w| w.starts_with(char::is_uppercase))
}

/// Courtesy titles that open a name.
const COURTESY: &[&str] = &[
    "h.e.",
    "h.e",
    "he",
    "mr",
    "mr.",
    "mrs",
    "mrs.",
    "ms",
    "ms.",
    "dr",
    "dr.",
    "prof.",
    "prof",
    "his",
    "her",
    "sheikh",
    "sheikha",
    "prince",
    "princess",
    "king",
    "queen",
    "president",
    "minister",
    "ambassador",
];

/// Up to `n` words right before character `at`, within `from..at` and after the last
/// punctuation that ends a phrase.
pub(crate) fn words_before(chars: &[char], from: usize, at: usize, n: usize) -> String {
    let from = from.min(at);
    let lead: String = chars[at.saturating_sub(60).max(from)..at].iter().collect();
    let lead = lead
        .rsplit_once([',', ';', ':', '(', ')', '—', '–'])
        .map_or(lead.as_str(), |(_, r)| r);
    let words: Vec<&str> = lead.split_whitespace().collect();
    words[words.len().saturating_sub(n)..].join(" ")
}
