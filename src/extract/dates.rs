//! Dates in running text ("On May 11", "November 26", "October 2-5 of this year",
//! "J anuary 29-30, 2020", "last year", "today", "on Monday"), completed from the article's own
//! date where the text leaves the year out. A date the text does not give is never guessed.

use std::sync::LazyLock;

use chrono::{Datelike, NaiveDate};
use regex::Regex;

use crate::model::date::{days_in_month, DatePoint, PartialDate};

/// A date found in a sentence: the value, the words it was read from and where they are
/// (character offsets within the sentence).
#[derive(Debug, Clone, PartialEq)]
pub struct FoundDate {
    pub date: PartialDate,
    pub text: String,
    pub start: usize,
    pub end: usize,
    /// True when the words give a calendar date; false for "last year", "today", "on Monday".
    pub absolute: bool,
}

// A month name, tolerant of a stray space after its first letter ("J anuary") and of
// abbreviations ("Nov." / "Sept").
const MONTH: &str = r"(?P<month>J ?anuary|F ?ebruary|M ?arch|A ?pril|M ?ay|J ?une|J ?uly|A ?ugust|S ?eptember|O ?ctober|N ?ovember|D ?ecember|Jan\.?|Feb\.?|Mar\.?|Apr\.?|Jun\.?|Jul\.?|Aug\.?|Sept?\.?|Oct\.?|Nov\.?|Dec\.?)";

static MONTH_DAY: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(&format!(
        r"(?-u:\b){MONTH}\s+(?P<d1>\d{{1,2}})(?:st|nd|rd|th)?(?:\s*(?:-|–|to|and)\s*(?P<d2>\d{{1,2}})(?:st|nd|rd|th)?)?(?-u:\b)(?:,?\s+(?P<year>(?:19|20)\d{{2}})(?-u:\b)|\s+(?:of\s+)?(?P<rel>this|last|next)\s+year)?"
    ))
    .expect("static regex")
});
static DAY_MONTH: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(&format!(
        r"(?-u:\b)(?P<d1>\d{{1,2}})(?:st|nd|rd|th)?(?:\s*(?:-|–|to)\s*(?P<d2>\d{{1,2}})(?:st|nd|rd|th)?)?\s+(?:of\s+)?{MONTH}(?:,?\s+(?P<year>(?:19|20)\d{{2}})(?-u:\b)|\s+of\s+(?P<rel>this|last|next)\s+year)?"
    ))
    .expect("static regex")
});
static MONTH_YEAR: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(&format!(
        r"(?-u:\b)(?:(?:early|mid|late|in)[- ])?{MONTH}(?:,?\s+(?P<year>(?:19|20)\d{{2}})(?-u:\b)|\s+(?:of\s+)?(?P<rel>this|last|next)\s+year)?"
    ))
    .expect("static regex")
});
/// "23.07.2018" (day first), "21/09/2022" or "09/21/2022" (whichever order a day over 12
/// makes certain); also glued to the next sentence's first word, as some pages' date widgets
/// are ("30.06.2019First Vice-President ..."). (An ISO date in running text is most often the page's own stamp.)
static NUMERIC: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?-u:\b)(?P<num>(?P<a>\d{1,2})(?P<sep>[./])(?P<b>\d{1,2})[./](?P<year>(?:19|20)\d{2})|(?P<iy>(?:19|20)\d{2})-(?P<im>\d{2})-(?P<id>\d{2}))(?:(?-u:\b)|\p{Lu})")
        .expect("static regex")
});
static YEAR: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?P<pre>(?-u:\b)(?:since|from|until|till|by|before|after)\s+)?(?:\(\s*|(?-u:\b))(?P<year>(?:19|20)\d{2})(?-u:\b)(?:\s*\))?")
        .expect("static regex")
});
/// What follows the first year of a period of years: "-26", "–2026".
/// ("-26" written right after the year; a year of four digits may stand after a spaced dash),
/// not the month of "2024-05-16" and not "2019 – 70 years after".
static YEARS_AFTER: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^(?:[-–/](?P<short>\d{2})|\s?[-–/]\s?(?:19|20)\d{2})(?-u:\b)")
        .expect("static regex")
});
/// What precedes the last year of a period of years: "2021–".
static YEARS_BEFORE: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"(?-u:\b)(?:19|20)\d{2}\s?[-–/]\s?$").expect("static regex"));

/// Whether the year `year` (its digits) opens a period of years: what follows it is "-26"
/// (a later year's last two digits) or a dash and another year.
fn opens_a_period(year: &str, after: &str) -> bool {
    YEARS_AFTER.captures(after).is_some_and(|c| {
        // "2024-05-16": a day after the month.
        let rest = c.get(0).map_or("", |m| &after[m.end()..]);
        let mut next = rest.chars();
        let more = next
            .next()
            .is_some_and(|c| matches!(c, '-' | '–' | '/' | '.'))
            && next.next().is_some_and(|d| d.is_ascii_digit());
        !more
            && match c.name("short") {
                Some(short) => short.as_str() > &year[year.len().saturating_sub(2)..],
                None => true,
            }
    })
}
static RELATIVE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)(?-u:\b)(?P<word>today|yesterday|this (?:morning|afternoon|evening)|tonight|last night|this year|last year|this month|last month|last week|(?:(?:on|last|this) )?(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday))(?-u:\b)")
        .expect("static regex")
});

/// Month names, January first.
pub const MONTHS: [&str; 12] = [
    "january",
    "february",
    "march",
    "april",
    "may",
    "june",
    "july",
    "august",
    "september",
    "october",
    "november",
    "december",
];

/// Weekday names, Monday first (as chrono counts them).
pub const WEEKDAYS: [&str; 7] = [
    "monday",
    "tuesday",
    "wednesday",
    "thursday",
    "friday",
    "saturday",
    "sunday",
];

/// Whether a (lower-case) word is a day of the week.
pub(crate) fn is_weekday(w: &str) -> bool {
    WEEKDAYS.contains(&w)
}

/// True for a month or weekday name in lower case.
pub fn is_calendar_word(w: &str) -> bool {
    MONTHS.contains(&w) || is_weekday(w)
}

fn month_number(name: &str) -> Option<u32> {
    let n: String = name
        .chars()
        .filter(|c| c.is_alphabetic())
        .collect::<String>()
        .to_lowercase();
    MONTHS
        .iter()
        .position(|m| n.starts_with(&m[..3]))
        .map(|i| i as u32 + 1)
}

fn char_span(text: &str, start: usize, end: usize) -> (usize, usize) {
    let s = text[..start].chars().count();
    (s, s + text[start..end].chars().count())
}

fn point(year: Option<i32>, month: u32, day: Option<u32>) -> Option<DatePoint> {
    if !(1..=12).contains(&month) {
        return None;
    }
    if let Some(d) = day {
        if d == 0 || d > days_in_month(year, month) {
            return None;
        }
    }
    Some(DatePoint {
        year,
        month: Some(month),
        day,
    })
}

/// The year a month (and day) without a year most likely falls in: the article's year, or the
/// year before when that day is still to come at the article's date. A day within a week after
/// it ("on 10 July" on a page dated 9 July) is of the same year: a page dated a little early,
/// or a day to come, is likelier than one a year before.
fn complete_year(month: u32, day: Option<u32>, article: Option<NaiveDate>) -> Option<i32> {
    let a = article?;
    let later = (month, day.unwrap_or(1)) > (a.month(), a.day());
    let days_after = day
        .and_then(|d| NaiveDate::from_ymd_opt(a.year(), month, d))
        .map(|d| (d - a).num_days());
    let within_a_week = days_after.is_some_and(|n| (1..=7).contains(&n));
    Some(if later && !within_a_week {
        a.year() - 1
    } else {
        a.year()
    })
}

fn relative_year(rel: &str, article: Option<NaiveDate>) -> Option<i32> {
    let y = article?.year();
    Some(match rel {
        "last" => y - 1,
        "next" => y + 1,
        _ => y,
    })
}

fn overlaps(found: &[FoundDate], s: usize, e: usize) -> bool {
    found.iter().any(|f| s < f.end && f.start < e)
}

/// Adds the date read from the words `m` matched in `sentence`, unless they overlap words
/// already read.
fn add_found(
    found: &mut Vec<FoundDate>,
    sentence: &str,
    m: regex::Match<'_>,
    date: PartialDate,
    absolute: bool,
) {
    let (s, e) = char_span(sentence, m.start(), m.end());
    if overlaps(found, s, e) {
        return;
    }
    found.push(FoundDate {
        date,
        text: m.as_str().to_string(),
        start: s,
        end: e,
        absolute,
    });
}

/// `dates_in`, for an article whose date may lack its year ("Riyadh, Jan. 10 (SPA)" on a page
/// that shows no year): there "today" is XXXX-01-10 and "yesterday" XXXX-01-09 (unknown on the
/// first of a month, whose day before depends on the year); weekdays stay unknown.
pub fn dates_in_article(
    sentence: &str,
    article: Option<NaiveDate>,
    partial: Option<&PartialDate>,
) -> Vec<FoundDate> {
    let mut found = dates_in(sentence, article);
    let Some(PartialDate::Point(DatePoint {
        year: None,
        month: Some(month),
        day: Some(day),
    })) = partial.filter(|_| article.is_none())
    else {
        return found;
    };
    for c in RELATIVE.captures_iter(sentence) {
        let Some(w) = c.name("word") else { continue };
        let day = match w.as_str().to_lowercase().as_str() {
            "today" | "this morning" | "this afternoon" | "this evening" | "tonight" => *day,
            "yesterday" | "last night" if *day > 1 => day - 1,
            _ => continue,
        };
        let date = PartialDate::Point(DatePoint {
            year: None,
            month: Some(*month),
            day: Some(day),
        });
        add_found(&mut found, sentence, w, date, false);
    }
    found.sort_by_key(|f| f.start);
    found
}

/// What stands between the two ends of a span across months: "to", a dash, "until", and the
/// second end's weekday ("Tuesday 31st of May to Wednesday 1st of June 2022").
static SPAN_BETWEEN: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)^\s*(?:-|–|—|to|until|till|through)\s*(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day,?\s+)?(?:the\s+)?$")
        .expect("static regex")
});
/// "postponed from 31 May to 2 June 2022": a day moved, not a span.
static MOVED: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)(?:postponed|moved|rescheduled|brought forward|pushed back|delayed|shifted|changed)\s+from\s*$")
        .expect("static regex")
});

/// Whether the words before a date end with "postponed from" and the like.
fn moved_from(before: &[char]) -> bool {
    let before: String = before.iter().collect();
    MOVED.is_match(&before)
}

static WRITTEN_YEAR: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"(?-u:\b)(?:19|20)\d{2}(?-u:\b)").expect("static regex"));

/// "31 May to 2 June 2022", "May 31 to June 2, 2022": one span across two months whose year
/// is written once, at its end (a span that starts in December ends in the next year).
fn join_spans(found: &mut Vec<FoundDate>, sentence: &str) {
    let chars: Vec<char> = sentence.chars().collect();
    let mut i = 0;
    while i < found.len() {
        let Some(j) = (i + 1..found.len()).find(|&k| found[k].absolute) else {
            break;
        };
        let (a, b) = (&found[i], &found[j]);
        let merged = match (a.date, b.date) {
            (PartialDate::Point(p1), PartialDate::Point(p2))
                if a.absolute
                    && a.end <= b.start
                    && b.end <= chars.len()
                    && p1.day.is_some()
                    && p2.day.is_some()
                    && p1.month.is_some()
                    && !WRITTEN_YEAR.is_match(&a.text)
                    && WRITTEN_YEAR.is_match(&b.text)
                    && SPAN_BETWEEN.is_match(&chars[a.end..b.start].iter().collect::<String>()) =>
            {
                p2.year
                    .filter(|_| !moved_from(&chars[..a.start]))
                    .and_then(|y| {
                        // Only December runs into the next year's January; "from 5 July to 28
                        // June" is no span.
                        let year = match (p1.month, p2.month) {
                            (Some(12), Some(1)) => y - 1,
                            (m1, m2) if m1 > m2 => return None,
                            _ => y,
                        };
                        let start = DatePoint {
                            year: Some(year),
                            ..p1
                        };
                        (start.earliest() < p2.earliest()).then(|| FoundDate {
                            date: PartialDate::Interval(Some(start), Some(p2)),
                            text: chars[a.start..b.end].iter().collect(),
                            start: a.start,
                            end: b.end,
                            absolute: true,
                        })
                    })
            }
            _ => None,
        };
        match merged {
            Some(m) => {
                found.splice(i..=j, [m]);
            }
            None => i += 1,
        }
    }
}

/// A full month's name in lower case between a day and a year ("08 november 2021", "november
/// 8, 2021"), as some outlets print their dateline: unambiguous there, even "may".
static LOWER_CASE_MONTH: LazyLock<Regex> = LazyLock::new(|| {
    let month =
        "january|february|march|april|may|june|july|august|september|october|november|december";
    Regex::new(&format!(
        r"(?-u:\b)(?:\d{{1,2}}(?:st|nd|rd|th)?\s+(?:of\s+)?(?P<after_day>{month})|(?P<before_day>{month})\s+\d{{1,2}}(?:st|nd|rd|th)?,?)\s+(?:19|20)\d{{2}}(?-u:\b)"
    ))
    .expect("static regex")
});

/// "26 фев 2021, 07:58" as "26 February 2021, 07:58": a page's date line in Russian, as
/// Central Asian outlets print it.
pub(super) fn russian_months_in_english(text: &str) -> std::borrow::Cow<'_, str> {
    RUSSIAN_MONTH.replace_all(text, |c: &regex::Captures| {
        let month = RUSSIAN_MONTHS
            .iter()
            .position(|m| c[2].to_lowercase().starts_with(m))
            .map_or("", |i| MONTHS[i]);
        format!("{} {} {}", &c[1], super::fold::title_case(month), &c[3])
    })
}

/// "26 фев 2021", "3 марта 2022": a day, a month's name in Russian (full, in the genitive or
/// cut short), a year.
static RUSSIAN_MONTH: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)(\d{1,2})\s+((?:янв|фев|мар|апр|ма[йя]|июн|июл|авг|сен|окт|ноя|дек)\p{L}*)\.?,?\s+(\d{4})")
        .expect("static regex")
});
/// The stems of the months' Russian names, January first.
const RUSSIAN_MONTHS: [&str; 12] = [
    "янв", "фев", "мар", "апр", "ма", "июн", "июл", "авг", "сен", "окт", "ноя", "дек",
];

/// The text with each month's name written in lower case between a day and a year given its
/// capital ("08 November 2021"): the same length, so offsets into it are offsets into `text`.
pub(super) fn months_capitalised(text: &str) -> std::borrow::Cow<'_, str> {
    if !LOWER_CASE_MONTH.is_match(text) {
        return std::borrow::Cow::Borrowed(text);
    }
    let mut out = text.to_string();
    for c in LOWER_CASE_MONTH.captures_iter(text) {
        if let Some(m) = c.name("after_day").or_else(|| c.name("before_day")) {
            // ASCII letters: the capital takes the same byte.
            out.replace_range(
                m.start()..m.start() + 1,
                &m.as_str()[..1].to_ascii_uppercase(),
            );
        }
    }
    std::borrow::Cow::Owned(out)
}

/// Every date expression in `sentence`, in text order, completed from the article's date.
pub fn dates_in(sentence: &str, article: Option<NaiveDate>) -> Vec<FoundDate> {
    let mut found: Vec<FoundDate> = Vec::new();
    let sentence = &*months_capitalised(sentence);
    for re in [&*MONTH_DAY, &*DAY_MONTH] {
        for c in re.captures_iter(sentence) {
            let Some(whole) = c.get(0) else { continue };
            let Some(month) = c.name("month").and_then(|m| month_number(m.as_str())) else {
                continue;
            };
            let d1: Option<u32> = c.name("d1").and_then(|d| d.as_str().parse().ok());
            let d2: Option<u32> = c.name("d2").and_then(|d| d.as_str().parse().ok());
            let year = match (c.name("year"), c.name("rel")) {
                (Some(y), _) => y.as_str().parse().ok(),
                (None, Some(r)) => relative_year(r.as_str(), article),
                (None, None) => complete_year(month, d1, article),
            };
            let Some(p1) = point(year, month, d1) else {
                continue;
            };
            let date = match d2.and_then(|d| point(year, month, Some(d))) {
                Some(p2) if d2 > d1 => PartialDate::Interval(Some(p1), Some(p2)),
                _ => PartialDate::Point(p1),
            };
            add_found(&mut found, sentence, whole, date, true);
        }
    }
    for c in NUMERIC.captures_iter(sentence) {
        let Some(whole) = c.name("num") else { continue };
        let before = &sentence[..whole.start()];
        if let Some(p) = numeric_date(&c, weekday_just_before(before)) {
            add_found(&mut found, sentence, whole, PartialDate::Point(p), true);
        }
    }
    for c in MONTH_YEAR.captures_iter(sentence) {
        let Some(whole) = c.get(0) else { continue };
        let Some(m) = c.name("month") else { continue };
        // "May" alone is too often the verb; a month alone needs a year or "in".
        let bare = c.name("year").is_none() && c.name("rel").is_none();
        if bare && !whole.as_str().contains(' ') {
            continue;
        }
        let Some(month) = month_number(m.as_str()) else {
            continue;
        };
        let year = match (c.name("year"), c.name("rel")) {
            (Some(y), _) => y.as_str().parse().ok(),
            (None, Some(r)) => relative_year(r.as_str(), article),
            (None, None) => complete_year(month, None, article),
        };
        if let Some(p) = point(year, month, None) {
            add_found(&mut found, sentence, whole, PartialDate::Point(p), true);
        }
    }
    for c in YEAR.captures_iter(sentence) {
        if c.name("pre").is_some() {
            continue; // "since 1991" starts a span; it is not the day of an event
        }
        let (Some(whole), Some(y)) = (c.get(0), c.name("year")) else {
            continue;
        };
        // "the programme for 2023-26", "the 2021–2025 action plan": a period of years is
        // what was planned for, never the day of an event.
        if opens_a_period(y.as_str(), &sentence[whole.end()..])
            || YEARS_BEFORE.is_match(&sentence[..whole.start()])
        {
            continue;
        }
        let Ok(year) = y.as_str().parse::<i32>() else {
            continue;
        };
        let p = DatePoint {
            year: Some(year),
            month: None,
            day: None,
        };
        add_found(&mut found, sentence, whole, PartialDate::Point(p), true);
    }
    if let Some(a) = article {
        for c in RELATIVE.captures_iter(sentence) {
            let Some(w) = c.name("word") else { continue };
            let word = w.as_str().to_lowercase();
            let date = match word.as_str() {
                // "arrived this morning", "a dinner tonight": the article's day.
                "today" | "this morning" | "this afternoon" | "this evening" | "tonight" => {
                    Some(DatePoint::ymd(a.year(), a.month(), a.day()))
                }
                "yesterday" | "last night" => a
                    .pred_opt()
                    .map(|d| DatePoint::ymd(d.year(), d.month(), d.day())),
                "this year" => Some(DatePoint {
                    year: Some(a.year()),
                    month: None,
                    day: None,
                }),
                "last year" => Some(DatePoint {
                    year: Some(a.year() - 1),
                    month: None,
                    day: None,
                }),
                "this month" => point(Some(a.year()), a.month(), None),
                "last month" => {
                    let (y, m) = if a.month() == 1 {
                        (a.year() - 1, 12)
                    } else {
                        (a.year(), a.month() - 1)
                    };
                    point(Some(y), m, None)
                }
                // "last week": Monday to Sunday of the week before the article's ("this week"
                // is left unread: it may be the article's week or the days before it).
                // (After a weekday, "on Tuesday last week", the weekday's: see below.)
                "last week"
                    if sentence[..w.start()]
                        .split_whitespace()
                        .next_back()
                        .is_some_and(|d| WEEKDAYS.contains(&d.to_lowercase().as_str())) =>
                {
                    None
                }
                "last week" => {
                    let monday = last_weeks_monday(a);
                    let (from, to) = (monday, monday + chrono::Duration::days(6));
                    let end = |d: NaiveDate| DatePoint::ymd(d.year(), d.month(), d.day());
                    let span = PartialDate::Interval(Some(end(from)), Some(end(to)));
                    add_found(&mut found, sentence, w, span, false);
                    None
                }
                // "on Tuesday last week": that weekday of the week before the article's.
                w => {
                    let after = c.get(0).map_or(w.len(), |m| m.end());
                    let last_week = sentence[after..].to_lowercase().starts_with(" last week");
                    let day = match (last_week, w.rsplit(' ').next()) {
                        (true, Some(name)) => WEEKDAYS
                            .iter()
                            .position(|d| *d == name)
                            .map(|want| last_weeks_monday(a) + chrono::Duration::days(want as i64)),
                        _ => weekday_before(w, a),
                    };
                    day.map(|d| DatePoint::ymd(d.year(), d.month(), d.day()))
                }
            };
            if let Some(p) = date {
                add_found(&mut found, sentence, w, PartialDate::Point(p), false);
            }
        }
    }
    found.sort_by_key(|f| f.start);
    join_spans(&mut found, sentence);
    found
}

/// The day a numeric date gives, when its order is certain: dots put the day first; with
/// slashes, a number over 12 is the day ("21/09/2022", "09/21/2022"), and so is the order
/// whose day is the weekday written right before it ("Friday (3/2/2023)" is 3 February, a
/// Friday; 2 March was a Thursday); else "03/04/2022" is left unread. A date that does not
/// exist is no date.
fn numeric_date(c: &regex::Captures<'_>, weekday: Option<chrono::Weekday>) -> Option<DatePoint> {
    let num = |name: &str| c.name(name).and_then(|m| m.as_str().parse::<u32>().ok());
    // "2024-05-16": the year first, then the month and the day.
    if let (Some(y), Some(m), Some(d)) = (c.name("iy"), num("im"), num("id")) {
        let year = y.as_str().parse().ok()?;
        NaiveDate::from_ymd_opt(year, m, d)?;
        return Some(DatePoint::ymd(year, m, d));
    }
    let (a, b) = (num("a")?, num("b")?);
    let year = c.name("year")?.as_str().parse().ok()?;
    let falls_on = |month: u32, day: u32| {
        NaiveDate::from_ymd_opt(year, month, day).map(|d| d.weekday()) == weekday
    };
    let (month, day) = match c.name("sep")?.as_str() {
        "." => (b, a),
        _ if a > 12 && b <= 12 => (b, a),
        _ if b > 12 && a <= 12 => (a, b),
        _ if a == b => (a, a),
        _ if weekday.is_some() && falls_on(b, a) && !falls_on(a, b) => (b, a),
        _ if weekday.is_some() && falls_on(a, b) && !falls_on(b, a) => (a, b),
        _ => return None,
    };
    NaiveDate::from_ymd_opt(year, month, day)?;
    Some(DatePoint::ymd(year, month, day))
}

/// The weekday a text ends with, but for a comma, a bracket or spaces ("Friday (", "on
/// Monday, "): the day a numeric date after it falls on.
fn weekday_just_before(text: &str) -> Option<chrono::Weekday> {
    let tail = text.trim_end_matches([' ', ',', '(', '\u{a0}']);
    let word = tail.rsplit(|c: char| !c.is_alphabetic()).next()?;
    let at = WEEKDAYS.iter().position(|d| d.eq_ignore_ascii_case(word))?;
    chrono::Weekday::try_from(at as u8).ok()
}

/// The Monday of the week before the article's day's.
fn last_weeks_monday(article: NaiveDate) -> NaiveDate {
    let since_monday = article.weekday().num_days_from_monday();
    article - chrono::Duration::days(i64::from(since_monday) + 7)
}

/// The last such weekday on or before the article's date ("on Monday" in a Tuesday article).
fn weekday_before(words: &str, article: NaiveDate) -> Option<NaiveDate> {
    let name = words.rsplit(' ').next()?;
    let want = WEEKDAYS.iter().position(|d| *d == name)? as i64;
    let have = article.weekday().num_days_from_monday() as i64;
    let back = (have - want).rem_euclid(7);
    article.checked_sub_days(chrono::Days::new(back as u64))
}

/// Reads an article date `YYYY-MM-DD` (or a longer ISO text) as a calendar day.
pub fn article_day(published: Option<&str>) -> Option<NaiveDate> {
    let p = published?;
    NaiveDate::parse_from_str(p.get(..10)?, "%Y-%m-%d").ok()
}

/// The date of the words at `near`: one right after them, else the nearest whole date, else
/// the nearest.
pub(crate) fn pick_date(found: &[FoundDate], near: usize) -> Option<&FoundDate> {
    // "discussed yesterday with A": a date right after the verb is its own, though the
    // sentence gives a whole date elsewhere ("who is touring the region on March 17-23").
    if let Some(f) = found
        .iter()
        .find(|f| f.start >= near && f.start - near <= 1)
    {
        return Some(f);
    }
    found
        .iter()
        .filter(|f| f.absolute)
        .min_by_key(|f| f.start.abs_diff(near))
        .or_else(|| found.iter().min_by_key(|f| f.start.abs_diff(near)))
}

#[cfg(test)]
#[path = "dates_tests.rs"]
mod tests;
