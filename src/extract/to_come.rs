//! Clauses of what is still to come ("the summit to be held in Lima", "which will begin in
//! January", "ahead of the visit") and of purpose ("to discuss ..."): the dates and places in
//! them are not the encounter's.

use std::sync::LazyLock;

use regex::Regex;

use super::dates::FoundDate;
use super::triggers::byte_index;

/// What follows a date that dates something still to come ("the chairmanship in 2027, which
/// will begin in January").
static FUTURE_AFTER: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^\s*,?\s*(?:which|that)\s+(?:will|is to|is expected to|is due to)(?-u:\b)")
        .expect("static regex")
});

/// Dates of something to come, described by a clause after them ("preparations for the
/// chairmanship in 2027, which will officially begin ..."): not the encounter's.
pub(crate) fn future_dates(text: &str, found: &[FoundDate]) -> Vec<usize> {
    // Where a clause about what is to come opens: the dates in it are that thing's too.
    // "met ... to prepare for the summit of September 16th", "ahead of the summit on
    // Monday": what is prepared for is still to come.
    // "...; the two will meet again in May", "..., and the next round will be held in
    // June": a later clause of the future.
    let opens: Option<usize> = FUTURE_CLAUSE
        .find(text)
        .or_else(|| PREPARING_FOR.find(text))
        .map(|m| super::triggers::char_index(text, m.start()))
        .or_else(|| later_clause_of_the_future(text));
    // "the President, who will be stepping down on June 30, accepted ...": the dates of a
    // person's own future, up to the clause's closing comma.
    let own_future: Vec<(usize, usize)> = WHO_WILL
        .find_iter(text)
        .map(|m| {
            let end = text[m.end()..]
                .find(',')
                .map_or(text.len(), |i| m.end() + i);
            (
                super::triggers::char_index(text, m.start()),
                super::triggers::char_index(text, end),
            )
        })
        .collect();
    let to_come = clauses_to_come(text);
    found
        .iter()
        .filter(|f| {
            let rest: String = text.chars().skip(f.end).collect();
            FUTURE_AFTER.is_match(&rest)
                || opens.is_some_and(|o| f.start >= o)
                || own_future.iter().any(|&(s, e)| s <= f.start && f.end <= e)
                || to_come.iter().any(|&(s, e)| s <= f.start && f.end <= e)
        })
        .map(|f| f.start)
        .collect()
}

static WHO_WILL: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r",\s*who\s+(?:will|is to|is expected to|is due to|is set to)(?-u:\b)")
        .expect("static regex")
});

static FUTURE_CLAUSE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r",\s*(?:which|that)\s+(?:will|is to|is expected to|is due to)(?-u:\b)")
        .expect("static regex")
});

/// Where a later clause of the future opens ("...; the two will meet again in June", "..., and
/// the next round will be held in Luanda"), in characters: the dates and places from there on
/// are of what is to come.
pub(crate) fn later_clause_of_the_future(text: &str) -> Option<usize> {
    FUTURE_NEXT_CLAUSE
        .find(text)
        .map(|m| super::triggers::char_index(text, m.start()))
}

/// Where a purpose opens at or after character `after` ("to support the repair of ...",
/// "to discuss the crisis in ..."), in characters.
pub(crate) fn purpose_after(text: &str, after: usize) -> Option<usize> {
    let from = byte_index(text, after);
    super::triggers::PURPOSE
        .find_at(text, from)
        .map(|m| super::triggers::char_index(text, m.start()))
}

/// The clauses of an event still to come ("... chair of the Forum to be hosted in Tonga in
/// August 2024", "the summit, which will be held in Lima"), from their words to the clause's
/// end, in characters: the dates and places in them are that event's.
pub(crate) fn clauses_to_come(text: &str) -> Vec<(usize, usize)> {
    TO_BE_HELD
        .find_iter(text)
        .map(|m| {
            // "to be held from 9 to 18 August, in Windhoek": a comma before where goes on.
            let end = CLAUSE_ENDS
                .find_iter(&text[m.end()..])
                .find(|e| {
                    let after = text[m.end() + e.end()..].trim_start();
                    !(e.as_str() == "," && (after.starts_with("in ") || after.starts_with("at ")))
                })
                .map_or(text.len(), |e| m.end() + e.start());
            (
                super::triggers::char_index(text, m.start()),
                super::triggers::char_index(text, end),
            )
        })
        .collect()
}

static TO_BE_HELD: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?-u:\b)(?:(?:to be|will be) (?:held|hosted|organi[sz]ed|convened)|(?:next|upcoming|forthcoming|coming)(?: [\w-]+){0,4} (?:scheduled|slated|planned) (?:for|to take place))(?-u:\b)")
        .expect("static regex")
});

/// Where a clause ends: a comma, a semicolon, or a conjunction that opens another.
static CLAUSE_ENDS: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"[,;]|\s(?:as|when|while|where|and|but)\s").expect("static regex")
});

static FUTURE_NEXT_CLAUSE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?:;|,\s*(?:and|but|while|during which|at which|after which|where)|(?-u:\b)(?:announced|said|agreed|noted|stated|decided) that)\s+[^,;]*?(?-u:\b)(?:will|shall|is to|are to|is expected to|are expected to|is due to|are due to|is scheduled to|are scheduled to|is set to|are set to)(?-u:\b)")
        .expect("static regex")
});

static PREPARING_FOR: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)(?-u:\b)(?:to prepare for|in preparation for|preparing for|ahead of|in the run-up to|the upcoming|the forthcoming)(?-u:\b)")
        .expect("static regex")
});
