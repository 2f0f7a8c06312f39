//! Article layout: separate a scraped page's furniture (date widgets, breadcrumbs, bylines,
//! author boxes, sign-offs, social links) from the article, and derive its metadata.
//!
//! The cleaned body is the article's paragraphs joined by a blank line, hard-wrapped lines
//! joined again; every offset the catalog stores counts characters in it.

use std::sync::LazyLock;

use regex::Regex;

use crate::date::{DatePoint, PartialDate};

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
static BYLINE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^(?:By|by|BY)\s+(\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*){0,3})\s*$")
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

/// Splits raw text into paragraphs (blank-line separated), with hard-wrapped lines joined.
fn paragraphs(raw: &str) -> Vec<String> {
    let text = raw
        .trim_start_matches('\u{feff}')
        .replace("\r\n", "\n")
        .replace('\r', "\n");
    let mut out = Vec::new();
    let mut current = String::new();
    for line in text.split('\n') {
        let line = line.trim();
        if line.is_empty() {
            if !current.is_empty() {
                out.push(std::mem::take(&mut current));
            }
            continue;
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

fn is_title_like(p: &str) -> bool {
    !ends_sentence(p) && (2..=25).contains(&word_count(p))
}

/// Derives title, date, outlet, author and the cleaned body from a scraped page.
pub fn parse_article(raw: &str) -> ArticleLayout {
    let mut layout = ArticleLayout::default();
    let mut kept: Vec<String> = Vec::new();
    let paras = paragraphs(raw);
    for para in paras {
        let p = para.trim();
        if let Some(c) = DATE_WIDGET.captures(p) {
            let (y, m, d) = (&c[1], &c[2], &c[3]);
            if let Ok(date) = PartialDate::parse(&format!("{y}-{m}-{d}")) {
                if layout.published.is_none() {
                    let words = p.split_whitespace().take(2).collect::<Vec<_>>().join(" ");
                    layout.published = Some((date, words));
                }
                let rest = c[4].trim();
                if let Some(b) = BYLINE.captures(rest) {
                    layout.outlet.get_or_insert_with(|| b[1].to_string());
                }
                continue;
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
        if p.starts_with("Home /") || p.starts_with("Home » ") || p.starts_with("Home > ") {
            if let Some(last) = p.rsplit(['/', '»', '>']).next() {
                let last = last.trim();
                if !last.is_empty() {
                    layout.title.get_or_insert_with(|| last.to_string());
                }
            }
            continue;
        }
        if let Some(b) = BYLINE.captures(p) {
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

    // A headline is the first title-like paragraph (breadcrumbs name it too); repeats of it and
    // captions that merely start it are furniture.
    if layout.title.is_none() {
        if let Some(first) = kept.first() {
            if is_title_like(first) {
                layout.title = Some(first.clone());
            }
        }
    }
    if let Some(title) = layout.title.clone() {
        let mut seen_title = false;
        kept.retain(|p| {
            if *p == title {
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

    // A last short line without punctuation is the outlet's sign-off ("News.Az").
    if kept.len() > 1 {
        if let Some(last) = kept.last() {
            if !ends_sentence(last) && word_count(last) <= 4 && Some(last) != layout.title.as_ref()
            {
                let sign_off = last.clone();
                kept.pop();
                layout.outlet.get_or_insert(sign_off);
            }
        }
    }

    // Paragraphs broken in the middle of a sentence are joined again.
    let mut joined: Vec<String> = Vec::new();
    let has_title = layout.title.is_some();
    for p in kept {
        let after_headline = has_title && joined.len() == 1;
        match joined.last_mut() {
            Some(prev)
                if !after_headline
                    && !ends_sentence(prev)
                    && !opens_sentence(&p)
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

    if layout.outlet.is_none() {
        if let Some(c) = REPORTS.captures(&layout.body) {
            layout.outlet = Some(c[1].to_string());
        }
    }
    layout
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn date_widget_gives_the_date_and_leaves_the_body() {
        let a = parse_article(
            " date 2023-11-13 + ↺ − 16 px\n\nThe minister met the director general.\n\nNews.Az",
        );
        assert_eq!(
            a.published.map(|(d, _)| d.to_string()).as_deref(),
            Some("2023-11-13")
        );
        assert_eq!(a.body, "The minister met the director general.");
        assert_eq!(a.outlet.as_deref(), Some("News.Az"));
    }

    #[test]
    fn breadcrumb_repeated_title_and_caption_are_furniture() {
        let a = parse_article(
            "Home / Azerbaijan / President received the Secretary General\n\nPresident received the Secretary General\n\nPresident\n\nThe President has received the Secretary General of the organization today.\n\nAbout Fidan Abdullayeva",
        );
        assert_eq!(
            a.title.as_deref(),
            Some("President received the Secretary General")
        );
        assert_eq!(a.author.as_deref(), Some("Fidan Abdullayeva"));
        assert_eq!(
            a.body,
            "President received the Secretary General\n\nThe President has received the Secretary General of the organization today."
        );
    }

    #[test]
    fn bylines_photo_tags_and_social_links_are_removed() {
        let a = parse_article(
            " date 2020-11-04 By Azernews\n\n\n\nBy Laman Ismayilova\n\nFoundation and ICESCO sign Memorandum [PHOTOS]\n\nThe memorandum was signed in Shusha, Azernews reports.\n\nFollow us on Twitter @AzerNewsAz\n",
        );
        assert_eq!(a.outlet.as_deref(), Some("Azernews"));
        assert_eq!(a.author.as_deref(), Some("Laman Ismayilova"));
        assert_eq!(
            a.title.as_deref(),
            Some("Foundation and ICESCO sign Memorandum")
        );
        assert!(!a.body.contains("PHOTOS"));
        assert!(!a.body.contains("Twitter"));
    }

    #[test]
    fn hard_wrapped_lines_and_broken_paragraphs_are_joined() {
        let a = parse_article(
            "Director General visits Baku\n\nThe Director General Salim bin\nMuhammad Al-\nMalik said the organization described\n\nAzerbaijan as a very important country.",
        );
        assert_eq!(
            a.body,
            "Director General visits Baku\n\nThe Director General Salim bin Muhammad Al-Malik said the organization described Azerbaijan as a very important country."
        );
    }

    #[test]
    fn numeric_day_month_year_dates_are_read_day_first() {
        let a = parse_article("04.11.2020 14:35\n\nThe sides met in Baku.");
        assert_eq!(
            a.published.map(|(d, _)| d.to_string()).as_deref(),
            Some("2020-11-04")
        );
    }
}
