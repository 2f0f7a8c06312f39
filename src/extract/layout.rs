//! Article layout: separate a scraped page's furniture (date widgets, breadcrumbs, bylines,
//! author boxes, sign-offs, social links) from the article, and derive its metadata.
//!
//! The cleaned body is the article's paragraphs joined by a blank line, hard-wrapped lines
//! joined again; every offset the catalog stores counts characters in it.

use std::sync::LazyLock;

use regex::Regex;

use super::date_lines::{date_line, BYLINE_BEFORE, TIME};
use super::datelines::{
    agency_dateline, dateline, dateline_alone, day_of_the_report, tells_of_its_weekday,
};
use super::fold::title_case;
use crate::model::date::{DatePoint, PartialDate};

/// What the layout parser derives from one scraped page.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct ArticleLayout {
    pub title: Option<String>,
    pub body: String,
    /// Publication date and the words it was read from.
    pub published: Option<(PartialDate, String)>,
    pub outlet: Option<String>,
    pub author: Option<String>,
    pub dateline: Option<String>,
}

static DATE_WIDGET: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^(?:date|Date|Published|Updated)?:?\s*(\d{4})-(\d{2})-(\d{2})(?:[ T]\d{1,2}:\d{2}(?::\d{2})?(?:\s*(?:[A-Z]{2,5}|[+-]\d{2}:?\d{2}|Z))?)?(.*)$")
        .expect("static regex")
});
static NUMERIC_DATE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^(\d{1,2})\.(\d{1,2})\.(\d{4})(?:\s*(?:,|\|)?\s*\d{1,2}:\d{2}(?::\d{2})?(?:\s*(?:[A-Z]{2,5}|GMT[+-]\d{1,2}))?)?$")
        .expect("static regex")
});
/// "10.07.2023. President A and President B": a day, month and year closed by a full stop
/// (as Latvian, Croatian or Hungarian write a date) opening a line, a caption's date.
static LEADING_NUMERIC_DATE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^(\d{1,2})\.(\d{1,2})\.(\d{4})\.\s+\p{Lu}").expect("static regex")
});
/// "By Ola Holm", and "By Ola Holm, Staff Writer", "By Ola Holm | Nordic Wire": the author,
/// then a role or an outlet in capitalised words.
static BYLINE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^(?:By|by|BY)\s+(\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*){0,3})(?:\s*[,|–—]\s*\p{Lu}[\p{L}.'’-]*(?:\s+(?:\p{Lu}[\p{L}.'’-]*|of|and|for|the))*)?\s*$")
        .expect("static regex")
});
static AUTHOR_BOX: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"^(?:About|Author:|Written by)\s+(\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*){0,3})\s*$",
    )
    .expect("static regex")
});
static SOCIAL: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)^(?:follow us on|follow us|share on|share this|subscribe to|join us on|read more|related news|tags:|\+ ↺ −|\d+ px$)").expect("static regex")
});
static MEDIA_TAG: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"\s*\[(?:PHOTOS?|VIDEOS?|UPDATED|PHOTO|VIDEO)\]\s*").expect("static regex")
});
static REPORTS: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r",\s+((?:\p{Lu}[\p{L}]*)(?:[.\s]\p{Lu}?[\p{L}]+)?)\s+(?:reports|reported|informs)\.",
    )
    .expect("static regex")
});

static WIDGET: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)^(?:select language|choose language|language:?|powered by (?:google )?translate|google translate|translate(?: this page)?|font size:?|text size:?|a\s*a\s*a|a[+-]\s*a[+-]?|[+−-]?\s*\d+\s*px|print(?: version)?|listen(?: to this article)?|dark mode|light mode|night mode|reading mode|share|email|copy link|comments?(?:\s*\(\d+\))?|read also:?|see also:?|advertisement|ad|menu|search|close|log ?in|sign ?in|sign up|register|cookies?.*|we use cookies.*|accept(?: all)?|back to top|to top|(?:skip|jump) to (?:the )?(?:main )?(?:content|navigation|search|menu)|subscribe(?: to .*)?|newsletter|en|eng|english|az|ru|tr|ar|fr|русский|azərbaycanca|türkçe|العربية|français)$")
        .expect("static regex")
});

/// A settings, translation or sharing widget's line; or the debris of a page's markup, the
/// values of its attributes cut where they end ("OIC Secretary General Arriv"> OIC ... />").
fn is_widget(line: &str) -> bool {
    // (Not one such mark inside a sentence: "(UNICEF">UNICEF) Executive Director ...".)
    let marks = ["\">", "\" />", "\"/>"];
    let markup = marks.iter().map(|m| line.matches(m).count()).sum::<usize>() >= 2
        || marks.iter().any(|m| line.trim_end().ends_with(m));
    markup
        || (!line.is_empty()
            && line.chars().count() <= 60
            && WIDGET.is_match(line.trim_matches(['|', '•', '·', ' '])))
}

/// Lines that form a navigation menu: "Politics | Economy | Society", or three or more
/// consecutive short lines of one to three words without punctuation.
fn menu_lines(lines: &[&str]) -> Vec<bool> {
    let short = |l: &str| {
        let w = l.split_whitespace().count();
        (1..=3).contains(&w)
            && !l.ends_with(['.', '!', '?', ':', ';', ',', '"', '”'])
            && !l.chars().any(|c| c.is_ascii_digit())
    };
    let mut menu = vec![false; lines.len()];
    let mut i = 0;
    while i < lines.len() {
        let l = lines[i];
        let items = l
            .split(['|', '•', '·'])
            .filter(|x| !x.trim().is_empty())
            .count();
        if items >= 3
            && l.split(['|', '•', '·'])
                .all(|x| x.split_whitespace().count() <= 4)
        {
            menu[i] = true;
        }
        if short(l) {
            let mut j = i;
            while j < lines.len() && short(lines[j]) {
                j += 1;
            }
            if j - i >= 3 {
                for m in menu.iter_mut().take(j).skip(i) {
                    *m = true;
                }
            }
            i = j;
            continue;
        }
        i += 1;
    }
    menu
}

/// A headline that ends with its date in brackets: "A and B renew bonds [November 28 2010]".
static HEADLINE_DATE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"\s*[\[(](?P<date>(?:\p{Lu}\p{Ll}{2,8}\.?\s+\d{1,2}|\d{1,2}\s+\p{Lu}\p{Ll}{2,8}\.?),?\s+\d{4})[\])]$")
        .expect("static regex")
});

static MASTHEAD: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"(?i)(?-u:\b)(?:today|monday|tuesday|wednesday|thursday|friday|saturday|sunday)(?-u:\b)",
    )
    .expect("static regex")
});
static UPDATED: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)(?-u:\b)(?:updated|modified)(?-u:\b)").expect("static regex")
});

/// Words that read as prose: a sentence's worth of words ending in a full stop, or more.
fn is_running_text(s: &str) -> bool {
    let words = s.split_whitespace().count();
    words >= 20 || (words >= 8 && (s.contains(". ") || s.trim_end().ends_with(['.', '!', '?'])))
}

/// A dateline's place as a name: "OSLO" is "Oslo"; one written in mixed case stays as
/// written ("Dar es Salaam").
fn place_case(s: &str) -> String {
    if s.chars().any(char::is_lowercase) {
        s.to_string()
    } else {
        title_case(s)
    }
}

/// Splits raw text into paragraphs (blank-line separated), with hard-wrapped lines joined.
fn paragraphs(raw: &str) -> Vec<String> {
    let text = raw
        .trim_start_matches('\u{feff}')
        .replace("\r\n", "\n")
        .replace('\r', "\n");
    let mut out = Vec::new();
    let mut current = String::new();
    let lines: Vec<&str> = text.split('\n').map(str::trim).collect();
    let menu = menu_lines(&lines);
    // A page saved with one paragraph per line has long lines; hard-wrapped text never does.
    // In the first, a line break ends a paragraph unless the next line goes on in lower case.
    let hard_wrapped = lines.iter().all(|l| l.chars().count() <= 110);
    for (i, line) in lines.iter().enumerate() {
        let line = *line;
        if menu[i] || is_widget(line) {
            if !current.is_empty() {
                out.push(std::mem::take(&mut current));
            }
            continue;
        }
        if line.is_empty() {
            if !current.is_empty() {
                out.push(std::mem::take(&mut current));
            }
            continue;
        }
        let goes_on = line.chars().next().is_some_and(char::is_lowercase);
        if !current.is_empty() && !hard_wrapped && !goes_on && !current.ends_with('-') {
            out.push(std::mem::take(&mut current));
        }
        if current.is_empty() {
            current.push_str(line);
        } else if current.ends_with('-')
            && current
                .chars()
                .rev()
                .nth(1)
                .is_some_and(|c| c.is_alphabetic())
        {
            // "Al-\nMalik": a line broken after a hyphen keeps the hyphen and no space.
            current.push_str(line);
        } else {
            current.push(' ');
            current.push_str(line);
        }
    }
    if !current.is_empty() {
        out.push(current);
    }
    out
}

/// Words of page chrome and bylines, never of an outlet's name.
static CHROME: LazyLock<super::tokens::WordSet> =
    LazyLock::new(|| super::tokens::word_list(include_str!("lexicon/page_chrome.txt")));

/// A name an outlet could have: no label (":"), no chrome word, not a shouted word
/// ("CATEGORIES"; agencies' short capitals such as KUNA, AZERTAC or MONTSAME pass).
fn is_outlet_name(s: &str) -> bool {
    let words: Vec<String> = s
        .split(|c: char| !c.is_alphanumeric() && c != '.')
        .filter(|w| !w.is_empty())
        .map(|w| w.to_lowercase())
        .collect();
    let letters: Vec<char> = s.chars().filter(|c| c.is_alphabetic()).collect();
    let shouted = words.len() == 1 && letters.len() > 8 && letters.iter().all(|c| c.is_uppercase());
    // "mn-1-general": a page's slug, lower case with digits, names no outlet.
    let slug = s.chars().any(|c| c.is_ascii_digit())
        && s.contains('-')
        && !s.chars().any(char::is_uppercase);
    // "Most of the meeting": a line cut off after words of prose in lower case.
    let cut_prose = words.len() >= 3
        && s.split_whitespace().skip(1).any(|w| {
            w.chars().count() >= 4 && !w.contains('.') && w.chars().all(char::is_lowercase)
        });
    // "Mar 7, 2": a date (cut off), not the outlet.
    let dated = words.iter().any(|w| w.chars().all(|c| c.is_ascii_digit()))
        && words.iter().any(|w| {
            let w = w.trim_end_matches('.');
            super::dates::MONTHS
                .iter()
                .any(|m| *m == w || (w.len() >= 3 && m.starts_with(w)))
        });
    // "ahm/", "sd/kl": an editor's initials, not the outlet.
    // "Turkey, Heiko Maas,": a line cut off in the middle of a sentence.
    // "Translate »": a link of the page.
    !slug
        && !dated
        && !cut_prose
        && !s.trim_end().ends_with([',', '»', '›'])
        && !s.contains(':')
        && !s.contains('/')
        && !words.is_empty()
        && !words.iter().enumerate().any(|(k, w)| {
            CHROME.contains(w.as_str()) && !(k + 1 == words.len() && names_a_paper(s))
        })
        && !shouted
}

/// "Jakarta Post", "The Washington Post": capitalised words ending in a newspaper's word, which
/// may also be a word of page chrome ("Post a comment"). Not a byline's "Our Reporter".
fn names_a_paper(s: &str) -> bool {
    let words: Vec<&str> = s.split_whitespace().collect();
    words.len() >= 2
        && words
            .iter()
            .all(|w| w.starts_with(|c: char| c.is_uppercase()))
        && !words.iter().any(|w| {
            matches!(
                w.to_lowercase().as_str(),
                "our" | "your" | "by" | "special" | "senior" | "chief"
            )
        })
        && words.last().is_some_and(|w| {
            let w = w.to_lowercase();
            // (Not a byline's "Diplomatic Reporter": a reporter's post, not a paper.)
            super::lexicon::contains(&super::lexicon::MASTHEAD_WORDS, &w) && w != "reporter"
        })
}

/// Whether the paragraphs of running text (eight words or more) mostly end without a full
/// stop, three or more of them: the outlet writes none.
fn writes_no_stops<'a>(paragraphs: impl Iterator<Item = &'a str>) -> bool {
    let (long, unstopped) = paragraphs
        .filter(|p| word_count(p) >= 8)
        .fold((0, 0), |(n, u), p| {
            (n + 1, u + usize::from(!ends_sentence(p)))
        });
    unstopped >= 3 && unstopped * 2 > long
}

fn ends_sentence(p: &str) -> bool {
    p.ends_with(['.', '!', '?', ':', '"', '”', '’', ')', ';'])
}

/// Words that open a sentence and never continue one broken across paragraphs.
const SENTENCE_OPENERS: &[&str] = &[
    "During",
    "The",
    "In",
    "On",
    "At",
    "It",
    "He",
    "She",
    "They",
    "We",
    "This",
    "These",
    "That",
    "Meanwhile",
    "However",
    "Moreover",
    "Also",
    "Later",
    "Earlier",
    "Following",
    "After",
    "Before",
    "Since",
    "As",
    "According",
    "Besides",
    "Furthermore",
    "Additionally",
    "Then",
    "There",
    "Its",
    "His",
    "Her",
    "Their",
    "A",
    "An",
];

fn opens_sentence(p: &str) -> bool {
    p.split_whitespace()
        .next()
        .is_some_and(|w| SENTENCE_OPENERS.contains(&w.trim_end_matches(',')))
}

fn word_count(p: &str) -> usize {
    p.split_whitespace().count()
}

/// Most words capitalised, as in a headline ("OIC Secretary General Meets Foreign Ministers").
pub(crate) fn is_headline_case(p: &str) -> bool {
    let words: Vec<&str> = p.split_whitespace().collect();
    let capitalised = words
        .iter()
        .filter(|w| w.chars().next().is_some_and(|c| !c.is_lowercase()))
        .count();
    words.len() >= 3 && capitalised * 10 >= words.len() * 7
}

fn is_title_like(p: &str) -> bool {
    !ends_sentence(p) && (2..=25).contains(&word_count(p))
}

impl ArticleLayout {
    /// Whether the page holds article text: a paragraph besides the headline with four words
    /// or more, or one of ten words or more. "Print the page" over "Written by" is page
    /// furniture, not an article.
    pub fn has_text(&self) -> bool {
        // An outlet that ends no paragraph with a full stop: its paragraphs of running text
        // are an article all the same.
        writes_no_stops(self.body.split("\n\n").map(str::trim))
            || self.body.split("\n\n").any(|p| {
                let p = p.trim();
                let words = p.split_whitespace().count();
                // A sentence: a full stop somewhere, or a long run ("Subscribe to our Telegram channel
                // to get the latest news" and "© 2023 All rights reserved" are chrome, not text). A
                // page of one paragraph is headed by it: running text all the same.
                let sentence = p.contains(['.', '!', '?', '…']) || words >= 40;
                // "Copyright 2025 News.Az. All rights reserved." has its full stops, and is chrome.
                let lower = p.to_lowercase();
                let copyright = words < 40
                    && (lower.starts_with('©')
                        || lower.starts_with("copyright")
                        || lower.contains("all rights reserved"));
                sentence
                    && !copyright
                    && (words >= 10 || (words >= 4 && Some(p) != self.title.as_deref()))
            })
    }
}

/// Derives title, date, outlet, author and the cleaned body from a scraped page.
pub fn parse_article(raw: &str) -> ArticleLayout {
    let mut layout = ArticleLayout::default();
    let mut kept: Vec<String> = Vec::new();
    let mut masthead: Option<PartialDate> = None;
    let mut masthead_words: Option<String> = None;
    // The place a date line names ("Oslo, 20 June 2023, 11:05 (NTB)"), for the dateline.
    let mut line_place: Option<(String, Option<String>)> = None;
    let mut published_was_updated = false;
    let paras = paragraphs(raw);
    let mut caption_date: Option<(PartialDate, String)> = None;
    for para in paras {
        let mut p = para.trim();
        if let Some(c) = DATE_WIDGET.captures(p) {
            let (y, m, d) = (&c[1], &c[2], &c[3]);
            if let Ok(date) = PartialDate::parse(&format!("{y}-{m}-{d}")) {
                if layout.published.is_none() {
                    let words = p.split_whitespace().take(2).collect::<Vec<_>>().join(" ");
                    layout.published = Some((date, words));
                }
                let rest = c.get(4).map_or("", |r| r.as_str()).trim();
                if let Some(b) = BYLINE.captures(rest) {
                    layout.outlet.get_or_insert_with(|| b[1].to_string());
                }
                // A date widget on the line that opens a hard-wrapped paragraph: the
                // paragraph is the article's, only the widget is furniture.
                if !is_running_text(rest) {
                    continue;
                }
                p = rest;
            }
        }
        if let Some(c) = NUMERIC_DATE.captures(p) {
            let parsed = (|| {
                let d: u32 = c[1].parse().ok()?;
                let m: u32 = c[2].parse().ok()?;
                let y: i32 = c[3].parse().ok()?;
                let point = DatePoint::ymd(y, m, d);
                PartialDate::parse(&point.to_string()).ok()
            })();
            if let Some(date) = parsed {
                if layout.published.is_none() {
                    layout.published = Some((date, p.to_string()));
                }
                continue;
            }
        }
        // A caption near the top opening with the date: the page's, when it shows no other
        // (and the text tells of that day: see below).
        if layout.published.is_none() && caption_date.is_none() && kept.len() <= 3 {
            if let Some(c) = LEADING_NUMERIC_DATE.captures(p) {
                let point = (|| {
                    let point =
                        DatePoint::ymd(c[3].parse().ok()?, c[2].parse().ok()?, c[1].parse().ok()?);
                    PartialDate::parse(&point.to_string()).ok()
                })();
                if let Some(date) = point {
                    let words = p.split_whitespace().next().unwrap_or_default();
                    caption_date = Some((date, words.to_string()));
                }
            }
        }
        if let Some(date) = date_line(p, kept.is_empty() && layout.published.is_none()) {
            // "By Ola Holm | April 25, 2024": the author's name before the page's date.
            if let Some(b) = BYLINE_BEFORE.captures(p) {
                let name = b["author"].trim();
                if !super::dates::is_calendar_word(&name.to_lowercase()) {
                    layout.author.get_or_insert_with(|| name.to_string());
                }
            }
            // "Oslo, 20 June 2023, 11:05 (NTB)" near the top: a date line that names the
            // place of the dateline too.
            if kept.len() <= 4 {
                if let Some((place, _, agency)) = dateline_alone(p) {
                    line_place.get_or_insert((place, agency));
                }
            }
            // A weekday or "Today" before the headline is the masthead: the day the page was
            // saved, kept only to complete a dateline's year. Not with a time of day
            // ("Saturday, 14 April 2018 00:00"): that is when the article was posted.
            if kept.is_empty() && MASTHEAD.is_match(p) && !TIME.is_match(p) {
                masthead.get_or_insert(date);
                masthead_words.get_or_insert_with(|| p.to_string());
            } else if layout.published.is_none() || (published_was_updated && !UPDATED.is_match(p))
            {
                published_was_updated = UPDATED.is_match(p);
                layout.published = Some((date, p.to_string()));
            }
            continue;
        }
        if p.starts_with("Home /") || p.starts_with("Home » ") || p.starts_with("Home > ") {
            // Its last part is the headline on sites that end it so; a section's name
            // ("Home > World > Europe") is none: the headline comes after.
            if let Some(last) = p.rsplit(['/', '»', '>']).next() {
                let last = last.trim();
                if last.split_whitespace().count() >= 4 {
                    layout.title.get_or_insert_with(|| last.to_string());
                }
            }
            continue;
        }
        // Not "By Friday, ...": a day or a month is no author.
        if let Some(b) = BYLINE
            .captures(p)
            .filter(|b| !super::dates::is_calendar_word(&b[1].to_lowercase()))
        {
            layout.author.get_or_insert_with(|| b[1].to_string());
            continue;
        }
        if let Some(b) = AUTHOR_BOX.captures(p) {
            layout.author.get_or_insert_with(|| b[1].to_string());
            continue;
        }
        if SOCIAL.is_match(p) {
            continue;
        }
        let cleaned = MEDIA_TAG.replace_all(p, " ").trim().to_string();
        if cleaned.is_empty() {
            continue;
        }
        kept.push(cleaned);
    }

    // "10.07.2023. Caption": the page's date when the text tells of that day ("On 10 July,
    // ..."); an archive photo's ("12.05.2019. Archive photo: ...") is not.
    if let (None, Some((date, words))) = (&layout.published, caption_date) {
        let day = |d: &PartialDate| match d {
            PartialDate::Point(p) if p.day.is_some() => Some((p.month, p.day)),
            _ => None,
        };
        let told = kept.iter().filter(|k| !k.starts_with(&words)).any(|k| {
            super::dates::dates_in(k, None)
                .iter()
                .any(|f| day(&f.date).is_some() && day(&f.date) == day(&date))
        });
        if told {
            layout.published = Some((date, words));
        }
    }
    // A headline is the first title-like paragraph (breadcrumbs name it too); repeats of it and
    // captions that merely start it are furniture.
    if layout.title.is_none() {
        // A section's label ("World News") before a longer headline is furniture.
        if kept.len() > 2
            && word_count(&kept[0]) <= 3
            && is_title_like(&kept[0])
            && is_title_like(&kept[1])
            && word_count(&kept[1]) > word_count(&kept[0]) + 2
        {
            kept.remove(0);
        }
        if let Some(first) = kept.first() {
            // "United Nations/New York, September 26" on a line of its own is a dateline.
            if is_title_like(first) && dateline_alone(first).is_none() {
                layout.title = Some(first.clone());
            }
        }
    }
    // "A and B renew bonds [November 28 2010]": the page's date, when it shows no other.
    // Not a headline of what is still to come ("A and B to meet at summit [June 3, 2016]").
    let to_come = |t: &str| {
        [" to ", " will ", " set to ", " due to "]
            .iter()
            .any(|w| t.contains(w))
    };
    if let (None, Some(title)) = (&layout.published, &layout.title) {
        let dated = HEADLINE_DATE
            .captures(title)
            .filter(|_| !to_come(title))
            .and_then(|c| {
                let words = c.name("date")?.as_str();
                let found = super::dates::dates_in(words, None).into_iter().next()?;
                Some((found.date, words.to_string()))
            });
        layout.published = dated;
    }
    if let Some(title) = layout.title.clone() {
        let mut seen_title = false;
        kept.retain(|p| {
            // A repeat of the headline, in any letter case, is furniture.
            if p.to_lowercase() == title.to_lowercase() {
                let keep = !seen_title;
                seen_title = true;
                return keep;
            }
            !(!ends_sentence(p) && title.starts_with(p.as_str()) && word_count(p) <= 4)
        });
        if !seen_title {
            kept.insert(0, title);
        }
    }

    // An agency dateline opens the first paragraph of text, after up to three short labels
    // ("Politics", "Government", a byline's address, a timestamp).
    let mut first_text =
        usize::from(layout.title.is_some() && kept.first() == layout.title.as_ref());
    for _ in 0..3 {
        match kept.get(first_text) {
            // A short label, or a second headline ("Ministry of X" over "A and B sign ...").
            Some(p)
                if (word_count(p) <= 3 || is_title_like(p))
                    && !ends_sentence(p)
                    && dateline(p).is_none()
                    && dateline_alone(p).is_none() =>
            {
                first_text += 1
            }
            _ => break,
        }
    }
    // "00:01 | Bogota (Colombia), Dec. 4.": a dateline on a line of its own, before the text.
    let alone = (first_text..kept.len().min(first_text + 4))
        .find_map(|k| dateline_alone(&kept[k]).map(|found| (k, found)));
    if let Some((k, (place, words, agency))) = alone {
        kept.remove(k);
        first_text = first_text.max(k.min(kept.len()));
        layout.dateline = Some(place_case(&place));
        if let Some(a) = agency {
            layout.outlet.get_or_insert(a);
        }
        layout.published = day_of_the_report(layout.published.take(), &words, masthead.as_ref());
    }
    // A caption or two above the headline ("A and B meeting in X on Monday. (Photo: ...)"):
    // an agency's dateline a few paragraphs on still opens the text, and the title-like
    // paragraph before it is the headline.
    if kept.get(first_text).is_none_or(|p| dateline(p).is_none()) {
        let later = (first_text + 1..kept.len().min(first_text + 5))
            .find(|&k| agency_dateline(&kept[k]).is_some());
        if let Some(k) = later {
            if layout.title.is_none() {
                layout.title = kept[first_text..k]
                    .iter()
                    .rev()
                    .find(|p| is_title_like(p) && word_count(p) > 3)
                    .cloned();
            }
            first_text = k;
        }
    }
    if let Some(p) = kept.get_mut(first_text) {
        if let Some((place, date, agency, end)) = dateline(p) {
            let rest = p[end..].trim_start().to_string();
            if rest.split_whitespace().count() >= 3 {
                *p = rest;
                if !place.is_empty() {
                    layout.dateline = Some(place_case(&place));
                }
                if let Some(a) = agency {
                    layout.outlet.get_or_insert(a);
                }
                if let Some(words) = date {
                    layout.published =
                        day_of_the_report(layout.published.take(), &words, masthead.as_ref());
                }
            }
        }
    }

    if let (None, Some((place, agency))) = (&layout.dateline, line_place) {
        layout.dateline = Some(place_case(&place));
        if let Some(a) = agency {
            layout.outlet.get_or_insert(a);
        }
    }

    // A last short line without punctuation is the outlet's sign-off ("News.Az"), or page
    // chrome ("Print the page", "Your Comment"): either way not the article's.
    if kept.len() > 1 {
        if let Some(last) = kept.last() {
            if !ends_sentence(last) && word_count(last) <= 4 && Some(last) != layout.title.as_ref()
            {
                let sign_off = last.clone();
                kept.pop();
                // "- Library" under "- Research": the last item of a menu of links.
                let menu = sign_off
                    .chars()
                    .next()
                    .filter(|c| !c.is_alphanumeric())
                    .is_some_and(|mark| {
                        kept.last()
                            .is_some_and(|before| before.trim_start().starts_with(mark))
                    });
                if is_outlet_name(&sign_off) && !menu {
                    // "- Baltic Wire", "— Wire": the dash opens the sign-off, not the name.
                    let name = sign_off.trim_start_matches(|c: char| !c.is_alphanumeric());
                    layout.outlet.get_or_insert(name.to_string());
                }
            }
        }
    }
    if layout.outlet.as_deref().is_some_and(|o| !is_outlet_name(o)) {
        layout.outlet = None;
    }

    // Paragraphs broken in the middle of a sentence are joined again; not in a text whose
    // paragraphs mostly end without a full stop (the outlet writes none).
    let writes_no_stops = writes_no_stops(kept.iter().map(String::as_str));
    let mut joined: Vec<String> = Vec::new();
    let has_title = layout.title.is_some();
    for p in kept {
        // The body's first paragraph a heading of a few words over a lead that opens with a
        // capital ("... holds talks at the MERCOSUR Summit" / "Foreign Minister A met ..."),
        // under a banner taken for the page's title: no sentence goes on across them.
        let body_so_far = joined
            .iter()
            .filter(|x| Some(x.as_str()) != layout.title.as_deref())
            .count();
        let after_headline = (has_title && joined.len() == 1)
            || (body_so_far == 1
                && joined.last().is_some_and(|h| {
                    word_count(h) <= 16 && p.starts_with(char::is_uppercase) && word_count(&p) >= 12
                }));
        match joined.last_mut() {
            Some(prev)
                if !after_headline
                    && !writes_no_stops
                    && !ends_sentence(prev)
                    && !is_headline_case(prev)
                    && !opens_sentence(&p)
                    // A heading after it ("India's Minister makes a visit") goes on no sentence.
                    && (!is_title_like(&p) || word_count(&p) > 12)
                    && word_count(prev) >= 8
                    && Some(&*prev) != layout.title.as_ref() =>
            {
                prev.push(' ');
                prev.push_str(&p);
            }
            _ => joined.push(p),
        }
    }
    layout.body = joined.join("\n\n");
    // "Sunday 29 January 2023" over a text that tells of what was done "on Sunday": the page
    // was posted the day it tells of, and its date is the report's.
    if layout.published.is_none() {
        if let (Some(date), Some(words)) = (masthead, masthead_words) {
            if tells_of_its_weekday(&layout.body, &date) {
                layout.published = Some((date, words));
            }
        }
    }

    if layout.outlet.is_none() {
        if let Some(c) = REPORTS.captures(&layout.body) {
            layout.outlet = Some(c[1].to_string());
        }
    }
    layout
}

#[cfg(test)]
#[path = "layout_tests.rs"]
mod tests;

#[cfg(test)]
#[path = "layout_date_tests.rs"]
mod date_tests;
