//! Datelines: the place, date words and agency a wire report opens with ("BAKU, Azerbaijan,
//! Nov. 13 (Trend) -", "New Delhi: ...", "Oslo, March 3, 2019" on a line of its own).

use std::sync::LazyLock;

use regex::Regex;

use super::fold::title_case;
use crate::model::date::PartialDate;

/// "BAKU, Azerbaijan, Nov. 13 (Trend) -", "New Delhi [India], Sept 24 (ANI):", "CASTRIES, Saint
/// Lucia, Thursday, February 8, 2024 —", "Lima, 18 March 2024.-": place, its country, date
/// words, agency, and the separator before the text.
/// A date of the Hijri calendar may come before the Gregorian ("Jeddah, Rabi'II 24, 1439, Jan
/// 11, 2018, SPA --"): the Gregorian is read.
static DATELINE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^(?P<place>\p{Lu}[\p{Lu}\p{Ll}'’.-]+(?:\s\p{Lu}[\p{Lu}\p{Ll}'’.-]+){0,2})(?:\s*\[\p{Lu}[^\]]{1,30}\])?(?:,\s*(?P<country>\p{Lu}\p{Ll}+\.?(?:\s\p{Lu}\p{Ll}+){0,2}))?(?:,\s*(?:Muharram|Safar|Rabi|Jumad|Rajab|Sha['’]?ban|Rama[dz]h?an|Shawwal|Dhu|Dhul|Thul|Zul)[\p{L}'’ -]{0,16}?\s\d{1,2},\s*14\d{2})?(?:[,.;]\s*(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day,?\s+)?(?P<date>(?:\p{Lu}\p{Ll}{2,8}\.?\s+\d{1,2}|\d{1,2}(?:st|nd|rd|th)?\s+\p{Lu}\p{Ll}{2,8})\.?(?:,?\s+\d{4})?|\d{1,2}[./]\d{1,2}[./]\d{4}))?(?:\s*\((?P<agency>[^)]{2,60})\)|\s*/(?P<agency2>[^/]{2,20})/|[,.]\s*(?P<agency3>\p{Lu}[\p{Lu}.]{2,20}(?:\.\p{Lu}{2,3})?)\.?)?(?:\.?\s*(?P<sep>--|-|—|–|:)\s+|\s+[-—–])")
        .expect("static regex")
});

/// "Jeddah (UrduPoint / Pakistan Point News - 28th November, 2019) Secretary General ...":
/// a bracket with the agency and the date, and no dash after it.
static DATELINE_BRACKET: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^(?P<place>\p{Lu}[\p{Lu}\p{Ll}'’.-]+(?:\s\p{Lu}[\p{Lu}\p{Ll}'’.-]+){0,2}),?\s*\((?P<agency>[^)]{2,60}?)\s+[-–—]\s+(?P<date>\d{1,2}(?:st|nd|rd|th)?\s+\p{Lu}\p{Ll}{2,8}\.?,?\s+\d{4})\)\s+")
        .expect("static regex")
});

/// A dateline closed by a full stop: "CAIRO, April 12. /TASS/.", "Baku, November 25 (AzerTAc).",
/// "OSLO, 23.07.2018. /NTB/.", "Buenos Aires, Jan. 6 (EFE).-".
static DATELINE_STOP: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^(?P<place>\p{Lu}[\p{Lu}\p{Ll}'’.-]+(?:\s\p{Lu}[\p{Lu}\p{Ll}'’.-]+){0,2}),\s*(?P<date>(?:\p{Lu}\p{Ll}{2,8}\.?\s+\d{1,2}|\d{1,2}\s+\p{Lu}\p{Ll}{2,8})(?:,?\s+\d{4})?|\d{1,2}[./]\d{1,2}[./]\d{4})\.?\s*(?:/(?P<agency2>[^/]{2,20})/|\((?P<agency>[^)]{2,30})\))\.[-–—]?\s+")
        .expect("static regex")
});

/// "Baku, 20 June 2023, 11:05 (APA) President ...": a place, a date (and a time) and the
/// agency in brackets, the text right after it with no dash.
static DATELINE_PAREN: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^(?P<place>\p{Lu}[\p{Lu}\p{Ll}'’.-]+(?:\s\p{Lu}[\p{Lu}\p{Ll}'’.-]+){0,2}),\s*(?P<date>(?:\p{Lu}\p{Ll}{2,8}\.?\s+\d{1,2}|\d{1,2}\s+\p{Lu}\p{Ll}{2,8})(?:,?\s+\d{4})?|\d{1,2}[./]\d{1,2}[./]\d{4})(?:,?\s*\d{1,2}:\d{2})?\s*\((?P<agency>[^)]{2,30})\)\s+\p{Lu}")
        .expect("static regex")
});

/// "LILONGWE-(MaraviPost)-President ...": a city in capitals and the agency in brackets,
/// between dashes without spaces (not a date or a time in the brackets).
static DATELINE_DASHED: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^(?P<place>\p{Lu}{3,}(?:\s\p{Lu}{2,}){0,2})\s*[-–—]\s*\((?P<agency>[^)\d]{2,30})\)\s*[-–—]\s*")
        .expect("static regex")
});

/// "Ulaanbaatar/MONTSAME/. In New York, ...": a city and the agency between slashes.
static DATELINE_SLASH: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^(?P<place>\p{Lu}[\p{L}'’.-]+(?:\s\p{Lu}[\p{L}'’.-]+){0,2})\s*/(?P<agency2>[^/]{2,20})/\.?\s+")
        .expect("static regex")
});

/// A dateline that gives the date first: "21-07-2017, Geneva (Switzerland): ...",
/// "March 3, 2019, Oslo - ...".
static DATELINE_DATE_FIRST: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^(?P<date>\d{1,2}[-./]\d{1,2}[-./]\d{4}|(?:\p{Lu}\p{Ll}{2,8}\.?\s+\d{1,2}|\d{1,2}\s+\p{Lu}\p{Ll}{2,8})(?:,?\s+\d{4})?),\s*(?P<place>\p{Lu}[\p{L}'’.-]+(?:\s\p{Lu}[\p{L}'’.-]+){0,2})(?:\s*\([^)]{2,30}\))?\s*(?:--|-|—|–|:)\s+")
        .expect("static regex")
});

/// A dateline on a line of its own, a time before it: "00:01 | Bogota (Colombia), Dec. 4.",
/// "Oslo, March 3, 2019", "Suva, Fiji 14 August 2025" (two lines joined), or a time and the agency after it: "Baku, 20 June 2023, 11:05 (APA)";
/// the body before a slash is not the place: "United Nations/New York, September 26".
static DATELINE_ALONE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^(?:\d{1,2}:\d{2}\s*[|•·-]\s*)?(?:\p{Lu}[\p{L} ]{1,30}/)?(?P<place>\p{Lu}[\p{L}'’.-]+(?:\s\p{Lu}[\p{L}'’.-]+){0,2})(?:\s*\([^)]{2,30}\))?(?:,\s*\p{Lu}\p{Ll}+(?:\s\p{Lu}\p{Ll}+){0,2}\s+|,\s*)(?P<date>(?:\p{Lu}\p{Ll}{2,8}\.?\s+\d{1,2}|\d{1,2}\s+\p{Lu}\p{Ll}{2,8})(?:,?\s+\d{4})?)(?:,?\s*\d{1,2}:\d{2})?(?:\s*\((?P<agency>[^)]{2,30})\)|,\s*(?P<bare_agency>\p{Lu}{2,}[\p{Lu}-]*))?\.?$")
        .expect("static regex")
});

/// A word in capitals, a full stop, the date with its year and a full stop: "NORDIC-NEWS. April
/// 21, 2014. At his meeting ...", "OSLO. 21 April 2014. ...": the agency, or the place.
static DATELINE_CAPITALS_STOP: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^(?P<name>\p{Lu}[\p{Lu}&-]{2,}(?:[ -]\p{Lu}[\p{Lu}&-]+){0,2})\.\s+(?P<date>(?:\p{Lu}\p{Ll}{2,8}\.?\s+\d{1,2},?|\d{1,2}\s+\p{Lu}\p{Ll}{2,8}\.?,?)\s+\d{4})\.\s+\p{Lu}")
        .expect("static regex")
});

/// A city alone before a colon, a comma or a full stop: "New Delhi: Prime Minister ...",
/// "Riyadh, Dr. ...", "Dar es Salaam. President ...".
static DATELINE_CITY: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^(?P<place>\p{Lu}[\p{L}'’.-]+(?:\s(?:(?:es|de|da|do|du|di|el|al|la)\s)?\p{Lu}[\p{L}'’.-]+){0,2})\s*[:,.]\s+\p{Lu}")
        .expect("static regex")
});

/// An agency dateline opening the first paragraph ("BAKU, Azerbaijan, Nov. 13 (Trend) -",
/// "Rabat, 13 November, AZERTAC -"): place, date words, agency, and where the text begins.
pub(super) fn dateline(p: &str) -> Option<(String, Option<String>, Option<String>, usize)> {
    // "DILI, 08 november 2021 (TATOLI) –": the month's name read as if capitalised.
    let p = &*super::dates::months_capitalised(p);
    agency_dateline(p)
        .or_else(|| date_first_dateline(p))
        .or_else(|| capitals_stop_dateline(p))
        .or_else(|| city_dateline(p))
}

/// "NORDIC-NEWS. April 21, 2014. At ...": an agency's name (no place: an empty one) or a
/// place the gazetteer knows, and the date.
fn capitals_stop_dateline(p: &str) -> Option<(String, Option<String>, Option<String>, usize)> {
    let c = DATELINE_CAPITALS_STOP.captures(p)?;
    let name = c.name("name")?.as_str();
    let date = c.name("date")?.as_str().to_string();
    let whole = c.get(0)?;
    let end = whole.end() - whole.as_str().chars().last()?.len_utf8();
    // An agency's name of two words or a hyphenated one ("OREANDA-NEWS"); not one word
    // ("UPDATED", a town the gazetteer does not know).
    if is_known_place(name) {
        Some((name.to_string(), Some(date), None, end))
    } else if name.contains(['-', ' ']) {
        Some((String::new(), Some(date), Some(title_case(name)), end))
    } else {
        None
    }
}

/// Whether a place a dateline names is one the gazetteer knows.
fn is_known_place(place: &str) -> bool {
    !super::world::WORLD.lookup(place).is_empty()
}

/// Whether a name is a country's.
fn is_a_country(name: &str) -> bool {
    let world = &*super::world::WORLD;
    world
        .lookup(name)
        .first()
        .is_some_and(|&i| world.place(i).kind == super::world::WorldKind::Country)
}

/// "21-07-2017, Geneva (Switzerland): ...": only a place the gazetteer knows.
fn date_first_dateline(p: &str) -> Option<(String, Option<String>, Option<String>, usize)> {
    let c = DATELINE_DATE_FIRST.captures(p)?;
    let place = c.name("place")?.as_str();
    // "21-07-2017" is read as "21.07.2017" (day first, as the dotted form).
    let date = c.name("date")?.as_str().replace('-', ".");
    let end = c.get(0)?.end();
    is_known_place(place).then(|| (place.to_string(), Some(date), None, end))
}

/// The date a dateline's words give, a year missing from them taken from the masthead's.
pub(super) fn dateline_date(
    words: &str,
    masthead: Option<&PartialDate>,
) -> Option<(PartialDate, String)> {
    let base = masthead.and_then(|m| m.earliest());
    let day = super::dates::article_day(base.as_deref());
    let f = super::dates::dates_in(words, day).into_iter().next()?;
    Some((f.date, words.to_string()))
}

/// The article's day given a dateline's date words: the dateline's day when the page gives
/// none, or when the page's (its year completing the dateline's) is at most three days after it
/// ("Buenos Aires, Jan. 6 (EFE)" on a page published on 7 January 2022, 01:11: the report's
/// day is the 6th); else the page's.
pub(super) fn day_of_the_report(
    page: Option<(PartialDate, String)>,
    words: &str,
    masthead: Option<&PartialDate>,
) -> Option<(PartialDate, String)> {
    let Some((page_date, page_words)) = page else {
        return dateline_date(words, masthead);
    };
    let told = dateline_date(words, Some(&page_date));
    let day = |d: &PartialDate| match d {
        PartialDate::Point(p) if p.day.is_some() => {
            super::dates::article_day(p.earliest().as_deref())
        }
        _ => None,
    };
    match told {
        Some((d, w))
            if day(&page_date)
                .zip(day(&d))
                .is_some_and(|(p, t)| t <= p && (p - t).num_days() <= 3) =>
        {
            Some((d, w))
        }
        _ => Some((page_date, page_words)),
    }
}

/// A dateline on a line of its own: its place, date words and agency ("(NTB)" after its time,
/// ", AZERTAC" after its date).
pub(super) fn dateline_alone(p: &str) -> Option<(String, String, Option<String>)> {
    let p = &*super::dates::months_capitalised(p);
    // "Stockholm, 2 May 2024 -": the dash that would lead into the text, left on the line.
    let p = p.trim().trim_end_matches(['-', '–', '—']).trim_end();
    let c = DATELINE_ALONE.captures(p)?;
    let place = c.name("place")?.as_str();
    let date = c.name("date")?.as_str();
    // "Baku, May 12, AZERTAC": an agency in capitals after a comma, without brackets.
    let agency = c
        .name("agency")
        .or_else(|| c.name("bare_agency"))
        .map(|a| a.as_str().trim().to_string());
    (is_known_place(place) && !super::dates::is_calendar_word(&place.to_lowercase()))
        .then(|| (place.to_string(), date.to_string(), agency))
}

/// "New Delhi: Prime Minister ...", "Riyadh, Dr. ...": only a city the gazetteer knows ("Note:"
/// or "Jakarta Post, ..." are no datelines).
fn city_dateline(p: &str) -> Option<(String, Option<String>, Option<String>, usize)> {
    let c = DATELINE_CITY.captures(p)?;
    let place = c.name("place")?;
    let city = super::world::WORLD
        .lookup(place.as_str())
        .iter()
        .any(|&i| super::world::WORLD.place(i).kind == super::world::WorldKind::City);
    // The text begins at the capital letter after the separator.
    let whole = c.get(0)?;
    let end = whole.end() - whole.as_str().chars().last()?.len_utf8();
    city.then(|| (place.as_str().to_string(), None, None, end))
}

pub(super) fn agency_dateline(p: &str) -> Option<(String, Option<String>, Option<String>, usize)> {
    let c = DATELINE
        .captures(p)
        .or_else(|| DATELINE_BRACKET.captures(p))
        .or_else(|| DATELINE_STOP.captures(p))
        .or_else(|| DATELINE_SLASH.captures(p))
        .or_else(|| DATELINE_PAREN.captures(p))
        .or_else(|| DATELINE_DASHED.captures(p))?;
    let mut place = c.name("place")?.as_str();
    // "Jeddah (UrduPoint / Pakistan Point News - 28th November, 2019) Secretary General ...":
    // a bracket with the agency and the date needs no dash after it.
    if super::dates::is_calendar_word(&place.to_lowercase()) {
        return None;
    }
    // "ASTANA. KAZINFORM –": a city, a full stop and the agency's name ("ST. PETERSBURG" is
    // one name).
    let mut agency_after_stop = None;
    if let Some((city, agency)) = place.split_once(". ") {
        let abbreviation = city.chars().count() <= 3 && !is_known_place(city);
        if !is_known_place(place) && !abbreviation {
            place = city;
            // Shouted as the city is ("KAZINFORM"): written as a name.
            agency_after_stop = Some(title_case(agency.trim()));
        }
    }
    let date = c.name("date").map(|m| m.as_str().to_string());
    // "RIO DE JANEIRO, BRAZIL –": a country in capitals after the city is no agency.
    let agency3 = c.name("agency3").filter(|m| !is_a_country(m.as_str()));
    let agency = c
        .name("agency")
        .or(c.name("agency2"))
        .or(agency3)
        .map(|m| {
            // The last of "UrduPoint / Pakistan Point News / WAM" is the agency reporting.
            m.as_str()
                .rsplit('/')
                .next()
                .unwrap_or(m.as_str())
                .trim()
                .to_string()
        })
        .or(agency_after_stop);
    let capitals = place
        .chars()
        .filter(|c| c.is_alphabetic())
        .all(char::is_uppercase);
    // A capitalised word before a dash is only a dateline with capitals, a date or an agency,
    // or when it is a place the gazetteer knows ("Vienna - Foreign Minister ...").
    let long_dash = c
        .name("sep")
        .is_some_and(|m| m.as_str() != "-" && m.as_str() != ":");
    let known_before_dash =
        c.name("sep").is_some_and(|m| m.as_str() == "-") && is_known_place(place);
    if !(capitals || date.is_some() || agency.is_some() || long_dash || known_before_dash) {
        return None;
    }
    let whole = c.get(0)?;
    // The text begins at the capital letter a bracketed agency is followed by.
    let end = match whole.as_str().chars().last() {
        Some(last) if last.is_uppercase() => whole.end() - last.len_utf8(),
        _ => whole.end(),
    };
    Some((place.to_string(), date, agency, end))
}

/// Whether `body` tells of something done "on" the weekday `date` fell on ("on Sunday").
pub(super) fn tells_of_its_weekday(body: &str, date: &PartialDate) -> bool {
    use chrono::Datelike;
    let Some(day) = date
        .earliest()
        .filter(|_| date.earliest() == date.latest())
        .and_then(|d| chrono::NaiveDate::parse_from_str(&d, "%Y-%m-%d").ok())
    else {
        return false;
    };
    let name = title_case(super::dates::WEEKDAYS[day.weekday().num_days_from_monday() as usize]);
    // Not "Election Sunday", nor "on Sunday, 5 February" (a day of its own).
    let Ok(on_the_day) = Regex::new(&format!(r"(?:^|\s)[Oo]n {name}\b")) else {
        return false;
    };
    let told = on_the_day.find_iter(body).any(|m| {
        !body[m.end()..]
            .trim_start_matches([',', ' '])
            .starts_with(|c: char| c.is_ascii_digit())
    });
    told
}
