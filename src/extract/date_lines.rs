//! A line that is only a page's date, with its time, zone, weekday and label ("Published: 14
//! March 2024 17:42 (UTC +04:00)", "By Ola Holm | April 25, 2024", "31/October/2024").

use std::sync::LazyLock;

use regex::Regex;

use super::fold::title_case;
use crate::model::date::PartialDate;

/// A time of day with its zone ("17:42 (UTC +04:00)", "6:30 pm GMT").
pub(crate) static TIME: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)(?-u:\b)\d{1,2}:\d{2}(?::\d{2})?(?:\s*[ap]\.?m\.?)?(?:\s*\(?(?:utc|gmt)?\s*[+-]\s*\d{1,2}(?::?\d{2})?\)?|\s*\(?(?:utc|gmt|[a-z]{2,4}t)\)?)?")
        .expect("static regex")
});

/// The words around a page's date that only label it ("Published:", "Updated on", "This
/// content was published on").
static DATE_LABELS: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)(?-u:\b)(?:(?:this|the) (?:content|article|story|page|post|news|report) (?:was|has been|is|was first)|first published|published|updated|posted|last updated|date|today|on|at|created|modified|monday|tuesday|wednesday|thursday|friday|saturday|sunday|mon|tue|wed|thu|fri|sat|sun)(?-u:\b)|[,.|:/•·()\[\]\-–—]")
        .expect("static regex")
});

/// "| Updated July 12, 2016 04:55 am IST" after a page's date, up to a place after a dash.
static LATER_UPDATE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"(?i)\s*[|•·]\s*(?:last\s+)?(?:updated|modified)(?:\s+on)?\s*:?[^|•·–—]*?(?:\s[-–—]\s|$)",
    )
    .expect("static regex")
});

/// A year, in what is left of a date line once its update is taken out.
static YEAR: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"(?-u:\b)(?:1[89]|20)\d\d(?-u:\b)").expect("static regex"));

/// "2024-04-25", and a page's "2024/04/25" or "2024.04.25": the year first.
static ISO_DATE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^\D*(\d{4})[-/.](\d{2})[-/.](\d{2})(?:T[\d:.]+(?:Z|[+-]\d{2}:?\d{2})?)?")
        .expect("static regex")
});

/// "31/October/2024", "25-Apr-2024": the month's name between slashes or hyphens.
static SLASHED_MONTH: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?-u:\b)(?P<day>\d{1,2})[/-](?P<month>\p{L}{3,9})[/-](?P<year>\d{4})(?-u:\b)")
        .expect("static regex")
});

/// A byline in capitals that lost the space before the day ("by VNA11 April 2024").
static GLUED_DAY: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?-u:\b)(?P<by>\p{Lu}{2,})(?P<day>\d{1,2}) (?P<month>(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)\p{L}*)")
        .expect("static regex")
});

/// A month's name in capitals ("APRIL 25, 2024", "25 APR 2024"), as some pages print their
/// date.
static MONTH_IN_CAPITALS: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?-u:\b)(?:JANUARY|FEBRUARY|MARCH|APRIL|MAY|JUNE|JULY|AUGUST|SEPTEMBER|OCTOBER|NOVEMBER|DECEMBER|JAN|FEB|MAR|APR|JUN|JUL|AUG|SEPT?|OCT|NOV|DEC)(?-u:\b)")
        .expect("static regex")
});

/// "By Ola Holm | April 25, 2024": the author's byline before a page's date.
pub(crate) static BYLINE_BEFORE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^(?:By|by|BY)\s+(?P<author>\p{Lu}[\p{L}.'’ -]{1,60}?)\s*(?:[|•·–—]|\s-)\s*")
        .expect("static regex")
});

/// "by VNA 11 April 2024": a byline of capitalised words right before the day, no mark
/// between.
static BYLINE_BEFORE_DAY: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^(?:By|by|BY)\s+\p{Lu}[\p{L}.'’-]*(?:\s\p{Lu}[\p{L}.'’-]*){0,3}\s+")
        .expect("static regex")
});

/// A line that is only a date (with its time, zone, weekday and label): the date it gives.
/// `first`: nothing of the page kept or dated before it, where a newspaper's masthead may
/// stand before the date ("The Guardian 17 August, 2005").
pub(crate) fn date_line(p: &str, first: bool) -> Option<PartialDate> {
    // "June 19, 2012 07:07 pm | Updated July 12, 2016 04:55 am IST - Oslo": the day it was
    // published, then when it was changed; the first is the article's.
    if p.split_whitespace().count() > 24 {
        return None;
    }
    // (Not when the update is the only date: "ANI | Updated: Sep 24, 2019 02:06 IST", "14:02 |
    // Updated: 10 Mar 2021".)
    let published = LATER_UPDATE.replace(p, |c: &regex::Captures| {
        if c[0].trim_end().ends_with(['-', '–', '—']) {
            " - "
        } else {
            ""
        }
    });
    let p = match &published {
        std::borrow::Cow::Owned(rest) if YEAR.is_match(rest) => rest.as_str(),
        _ => p,
    };
    if p.split_whitespace().count() > 10 {
        return None;
    }
    // "Thursday 31/October/2024 18:16 PM": the month's name between slashes.
    let p = &*SLASHED_MONTH.replace_all(p, "$day $month $year");
    let p = &*super::dates::russian_months_in_english(p);
    let p = &*GLUED_DAY.replace_all(p, "$by $day $month");
    let p = &*MONTH_IN_CAPITALS.replace_all(p, |c: &regex::Captures| title_case(&c[0]));
    let p = BYLINE_BEFORE.find(p).map_or(p, |b| &p[b.end()..]);
    let p = BYLINE_BEFORE_DAY
        .find(p)
        .filter(|b| p[b.end()..].starts_with(|c: char| c.is_ascii_digit()))
        .map_or(p, |b| &p[b.end()..]);
    if let Some(c) = ISO_DATE.captures(p) {
        let rest = TIME.replace_all(&p[c.get(0)?.end()..], "");
        if DATE_LABELS.replace_all(&rest, "").trim().is_empty() {
            return PartialDate::parse(&format!("{}-{}-{}", &c[1], &c[2], &c[3])).ok();
        }
    }
    let found = super::dates::dates_in(p, None);
    let f = found.iter().find(|f| f.absolute)?;
    let point = match f.date {
        PartialDate::Point(pt) if pt.year.is_some() && pt.day.is_some() => pt,
        _ => return None,
    };
    let chars: Vec<char> = p.chars().collect();
    let rest: String = chars[..f.start]
        .iter()
        .chain(chars[f.end..].iter())
        .collect();
    let timed = TIME.is_match(&rest);
    let rest = TIME.replace_all(&rest, "");
    let rest = DATE_LABELS.replace_all(&rest, "");
    // "Politics Materials 14 March 2024 17:42 (UTC +04:00)": a section's label before a
    // timestamped date is still a date line; a headline with a date has no time. A
    // masthead's name before the day opening the page is one too.
    let label_only = {
        let words: Vec<&str> = rest.split_whitespace().collect();
        let masthead = words
            .iter()
            .any(|w| super::lexicon::contains(&super::lexicon::MASTHEAD_WORDS, &w.to_lowercase()));
        (timed || (first && masthead))
            && words.len() <= 3
            && words
                .iter()
                .all(|w| w.chars().next().is_some_and(char::is_uppercase))
    };
    if !rest.trim().is_empty() && !label_only {
        return None;
    }
    Some(PartialDate::Point(point))
}
