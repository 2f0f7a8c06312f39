//! Article pages saved from a browser as .html: their text, one paragraph per block element
//! (scripts, styles, navigation, headers, footers and forms dropped), headed by the page's
//! title, and the page's own metadata (title, publication time, author, canonical address).

use scraper::{ElementRef, Html, Node, Selector};

/// What a saved page says about itself, beside its text.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct PageMeta {
    pub title: Option<String>,
    /// `YYYY-MM-DD` from `article:published_time` and its kin.
    pub published: Option<String>,
    pub author: Option<String>,
    pub url: Option<String>,
    /// The site's name, for an article whose text names no outlet: `og:site_name`, else the
    /// last part of `<title>` when it reads as an outlet's name ("... | The Daily Ledger").
    pub outlet: Option<String>,
}

/// A page's text (title first, then its paragraphs, a blank line between) and its metadata.
pub fn page_text(html: &str) -> (String, PageMeta) {
    let doc = Html::parse_document(html);
    let meta = PageMeta {
        // The headline as the page gives it; `<title>` last, without the site's name after it
        // ("Ministers meet | Nordic Wire").
        title: first_content(
            &doc,
            &["meta[property='og:title']", "meta[name='twitter:title']"],
        )
        .or_else(|| first_text(&doc, "h1"))
        .or_else(|| first_text(&doc, "title").map(|t| without_site_name(&t))),
        published: first_content(
            &doc,
            &[
                "meta[property='article:published_time']",
                "meta[itemprop='datePublished']",
                "meta[name='pubdate']",
                "meta[name='date']",
                "meta[name='DC.date.issued']",
            ],
        )
        .or_else(|| first_attr(&doc, "time[datetime]", "datetime"))
        .and_then(|d| day_of(&d)),
        author: first_content(
            &doc,
            &["meta[name='author']", "meta[property='article:author']"],
        )
        .filter(|a| !a.starts_with("http")),
        url: first_attr(&doc, "link[rel='canonical']", "href").or_else(|| {
            first_content(&doc, &["meta[property='og:url']"]).filter(|u| u.starts_with("http"))
        }),
        outlet: first_content(&doc, &["meta[property='og:site_name']"])
            .filter(|n| n.chars().count() <= 60)
            .or_else(|| first_text(&doc, "title").and_then(|t| site_name(&t))),
    };
    // The article element when the page marks one, else its main content, else the body.
    let root = ["article", "main", "body"]
        .iter()
        .find_map(|s| {
            Selector::parse(s)
                .ok()
                .and_then(|sel| doc.select(&sel).next())
        })
        .unwrap_or_else(|| doc.root_element());
    let mut paragraphs: Vec<String> = Vec::new();
    let mut current = String::new();
    collect(root, &mut paragraphs, &mut current);
    flush(&mut paragraphs, &mut current);
    let mut text = String::new();
    if let Some(title) = &meta.title {
        text.push_str(title);
    }
    for p in paragraphs {
        if Some(&p) == meta.title.as_ref() {
            continue;
        }
        if !text.is_empty() {
            text.push_str("\n\n");
        }
        text.push_str(&p);
    }
    text.push('\n');
    (text, meta)
}

/// Elements whose text is not the article's.
const DROPPED: &[&str] = &[
    "script", "style", "noscript", "template", "nav", "header", "footer", "aside", "form",
    "button", "select", "svg", "iframe", "figure", "head",
];

/// Elements that start a new paragraph.
const BLOCKS: &[&str] = &[
    "p",
    "div",
    "section",
    "article",
    "main",
    "h1",
    "h2",
    "h3",
    "h4",
    "h5",
    "h6",
    "li",
    "ul",
    "ol",
    "blockquote",
    "pre",
    "table",
    "tr",
    "td",
    "th",
    "dd",
    "dt",
    "hr",
];

fn collect(element: ElementRef<'_>, paragraphs: &mut Vec<String>, current: &mut String) {
    for child in element.children() {
        match child.value() {
            Node::Text(t) => current.push_str(t),
            Node::Element(e) => {
                let name = e.name();
                if DROPPED.contains(&name) {
                    continue;
                }
                // A line break inside a paragraph is white space: the sentence goes on.
                if name == "br" {
                    current.push(' ');
                    continue;
                }
                let block = BLOCKS.contains(&name);
                if block {
                    flush(paragraphs, current);
                }
                if let Some(el) = ElementRef::wrap(child) {
                    collect(el, paragraphs, current);
                }
                if block {
                    flush(paragraphs, current);
                }
            }
            _ => {}
        }
    }
}

/// Ends the paragraph being read: its white space collapsed, kept when not empty.
fn flush(paragraphs: &mut Vec<String>, current: &mut String) {
    let p = current.split_whitespace().collect::<Vec<_>>().join(" ");
    if !p.is_empty() {
        paragraphs.push(p);
    }
    current.clear();
}

/// A `<title>` split where pages put their site's name: before and after its last bar or dash.
fn split_at_site_name(title: &str) -> Option<(&str, &str)> {
    [" | ", " – ", " — ", " - "]
        .iter()
        .find_map(|sep| title.rsplit_once(sep))
}

/// A `<title>` without the site name that pages put after a bar or dash.
fn without_site_name(title: &str) -> String {
    split_at_site_name(title)
        .map(|(head, _)| head.trim().to_string())
        .filter(|head| !head.is_empty())
        .unwrap_or_else(|| title.to_string())
}

/// Words that end a page's title as its section, not its site: never an outlet.
const SECTIONS: &[&str] = &[
    "home",
    "homepage",
    "home page",
    "news",
    "latest news",
    "breaking news",
    "top stories",
    "world",
    "world news",
    "politics",
    "business",
    "sport",
    "sports",
    "opinion",
    "video",
    "videos",
    "photos",
    "gallery",
    "article",
    "articles",
    "blog",
    "index",
    "page",
    "untitled",
    "press releases",
    "press release",
    "latest",
    "media",
    "english",
];

/// The site's name a `<title>` ends with ("Talks in Vienna | Daily Courier"): its last part
/// after " | ", " – ", " — " or " - ", kept only when it reads as an outlet's name: one to six
/// words, each capitalised (or a short joining word: "of", "the", ...), no sentence's
/// punctuation, and not a section of the site ("Home", "News").
fn site_name(title: &str) -> Option<String> {
    let (_, tail) = split_at_site_name(title)?;
    let tail = tail.trim();
    let words: Vec<&str> = tail.split_whitespace().collect();
    let joining = [
        "of", "the", "and", "for", "on", "de", "du", "la", "el", "al", "&",
    ];
    let reads_as_name = (1..=6).contains(&words.len())
        && tail.chars().count() <= 40
        && words
            .first()
            .and_then(|w| w.chars().next())
            .is_some_and(char::is_uppercase)
        && words.iter().all(|w| {
            joining.contains(w)
                || w.chars()
                    .next()
                    .is_some_and(|c| c.is_uppercase() || c.is_ascii_digit())
        })
        && !tail
            .chars()
            .any(|c| matches!(c, ',' | ';' | ':' | '!' | '?' | '"' | '|'))
        && !SECTIONS.contains(&tail.to_lowercase().as_str());
    reads_as_name.then(|| tail.to_string())
}

fn first_content(doc: &Html, selectors: &[&str]) -> Option<String> {
    selectors.iter().find_map(|s| first_attr(doc, s, "content"))
}

fn first_attr(doc: &Html, selector: &str, attr: &str) -> Option<String> {
    let sel = Selector::parse(selector).ok()?;
    doc.select(&sel)
        .filter_map(|e| e.value().attr(attr))
        .map(|v| v.split_whitespace().collect::<Vec<_>>().join(" "))
        .find(|v| !v.is_empty())
}

fn first_text(doc: &Html, selector: &str) -> Option<String> {
    let sel = Selector::parse(selector).ok()?;
    doc.select(&sel)
        .map(|e| e.text().collect::<Vec<_>>().join(" "))
        .map(|t| t.split_whitespace().collect::<Vec<_>>().join(" "))
        .find(|t| !t.is_empty())
}

/// The day of a timestamp such as `2024-03-04T09:15:00+04:00`.
fn day_of(stamp: &str) -> Option<String> {
    let day = stamp.get(..10)?;
    chrono::NaiveDate::parse_from_str(day, "%Y-%m-%d")
        .ok()
        .map(|d| d.format("%Y-%m-%d").to_string())
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A page in the style of a news site's: masthead, menu, the article, related links, footer.
    const PAGE: &str = r#"<!DOCTYPE html>
<html lang="en"><head>
<meta charset="utf-8">
<title>Ministers meet in Oslo | Nordic Wire</title>
<meta property="og:title" content="Ministers meet in Oslo">
<meta property="article:published_time" content="2024-03-04T09:15:00+01:00">
<meta name="author" content="Ingrid Dahl">
<link rel="canonical" href="https://nordicwire.example/politics/ministers-meet">
<script>var tracking = "Foreign Minister met nobody";</script>
<style>p { color: red }</style>
</head><body>
<header><nav><a href="/">Home</a> | <a href="/politics">Politics</a></nav></header>
<article>
<h1>Ministers meet in Oslo</h1>
<p class="dateline">OSLO, March 4 (Nordic Wire) -
Foreign Minister Kari Nordvik met Minister of Culture Lars Holm<br>on Monday.</p>
<p>The sides discussed   cooperation in culture.</p>
<aside>Read also: Another story</aside>
</article>
<footer>© Nordic Wire. All rights reserved.</footer>
</body></html>"#;

    #[test]
    fn a_saved_page_gives_its_title_paragraphs_and_metadata_without_furniture() {
        let (text, meta) = page_text(PAGE);
        assert_eq!(
            text,
            "Ministers meet in Oslo\n\nOSLO, March 4 (Nordic Wire) - Foreign Minister Kari Nordvik met Minister of Culture Lars Holm on Monday.\n\nThe sides discussed cooperation in culture.\n"
        );
        assert_eq!(
            meta,
            PageMeta {
                title: Some("Ministers meet in Oslo".into()),
                published: Some("2024-03-04".into()),
                author: Some("Ingrid Dahl".into()),
                url: Some("https://nordicwire.example/politics/ministers-meet".into()),
                outlet: Some("Nordic Wire".into()),
            }
        );
    }

    #[test]
    fn the_outlet_is_the_site_name_a_title_ends_with_when_it_reads_as_a_name() {
        let outlet = |title: &str| {
            page_text(&format!(
                "<html><head><title>{title}</title></head><body><p>They met.</p></body></html>"
            ))
            .1
            .outlet
        };
        assert_eq!(
            outlet("Foreign Minister meets Kazakh counterpart | The Daily Ledger").as_deref(),
            Some("The Daily Ledger")
        );
        assert_eq!(
            outlet("Talks in Vienna - Daily Courier").as_deref(),
            Some("Daily Courier")
        );
        assert_eq!(
            outlet("Ministry of Foreign Affairs - Ministry of Foreign Affairs of Norway")
                .as_deref(),
            Some("Ministry of Foreign Affairs of Norway")
        );
        // A section, words of a sentence, no site part at all: no outlet.
        assert_eq!(outlet("Talks in Vienna | Home"), None);
        assert_eq!(outlet("Talks in Vienna | News"), None);
        assert_eq!(
            outlet("Talks in Vienna - the ministers met on Monday"),
            None
        );
        assert_eq!(outlet("Talks in Vienna"), None);
        assert_eq!(
            outlet("Talks - and then more talks, as the sides agreed to meet again"),
            None
        );
        // og:site_name, when the page gives it, names it.
        let page = "<html><head><meta property=\"og:site_name\" content=\"Nordic Wire\"><title>Talks | Home</title></head><body><p>They met.</p></body></html>";
        assert_eq!(page_text(page).1.outlet.as_deref(), Some("Nordic Wire"));
    }

    #[test]
    fn the_headline_is_the_h1_or_the_title_without_the_site_name() {
        let h1 = "<html><head><title>Talks in Vienna | Daily Courier</title></head><body><article><h1>Talks in Vienna</h1><p>VIENNA, May 2 - They met.</p></article></body></html>";
        let (text, meta) = page_text(h1);
        assert_eq!(meta.title.as_deref(), Some("Talks in Vienna"));
        assert_eq!(text, "Talks in Vienna\n\nVIENNA, May 2 - They met.\n");
        let title_only = "<html><head><title>Talks in Vienna | Daily Courier</title></head><body><p>They met.</p></body></html>";
        assert_eq!(
            page_text(title_only).1.title.as_deref(),
            Some("Talks in Vienna")
        );
    }

    #[test]
    fn a_page_without_metadata_or_article_element_still_gives_its_text() {
        let (text, meta) =
            page_text("<html><body><p>Only   this.</p><script>x()</script></body></html>");
        assert_eq!(text, "Only this.\n");
        assert_eq!(meta, PageMeta::default());
    }
}
