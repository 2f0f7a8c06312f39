//! Tests of a page's own dates: mastheads, date lines with times and zones (src/extract/layout.rs).

use super::*;

fn date_of(a: &ArticleLayout) -> Option<String> {
    a.published.as_ref().map(|(d, _)| d.to_string())
}

#[test]
fn a_weekday_and_a_date_with_a_time_of_day_is_when_the_article_was_posted() {
    let a = parse_article(
        "Saturday, 14 April 2018 00:00\n\nMinister meets envoy\n\nThe Minister met the envoy on Friday.",
    );
    assert_eq!(date_of(&a), Some("2018-04-14".into()));
    // Without a time, the page's masthead: the day it was saved.
    let a = parse_article(
        "Saturday, 14 April 2018\n\nMinister meets envoy\n\nThe Minister met the envoy on Friday.",
    );
    assert_eq!(date_of(&a), None);
}

#[test]
fn a_masthead_is_the_day_saved_not_the_article_date() {
    let a = parse_article(
        "Sunday, November 22, 2026\n\nMinister meets Director General\n\nBAKU, Nov. 13 (Trend) - The minister met the director general in Baku.",
    );
    // The dateline's day, in the masthead's year.
    assert_eq!(date_of(&a), Some("2026-11-13".into()));
    let a = parse_article(
        "Sunday, November 22, 2026\n\nMinister meets Director General\n\nThe minister met the director general in Baku.",
    );
    assert_eq!(date_of(&a), None);
}

#[test]
fn a_masthead_whose_weekday_the_text_tells_of_is_the_day_posted() {
    // A blog's post heading over a text of what was done "on Sunday": posted that day.
    let a = parse_article(
        "Sunday 22 November 2026\n\nMinister meets Director General\n\nThe minister met the director general in Baku on Sunday.",
    );
    assert_eq!(date_of(&a), Some("2026-11-22".into()));
    // Another weekday ("on Friday") leaves the saved page's day out, as does none.
    let a = parse_article(
        "Sunday 22 November 2026\n\nMinister meets Director General\n\nThe minister met the director general in Baku on Friday.",
    );
    assert_eq!(date_of(&a), None);
    for body in [
        "The minister met the director general on Sundays in Baku.",
        "The minister spoke in the run-up to Election Sunday.",
        "The minister will travel to Baku on Sunday, 6 December.",
    ] {
        let a = parse_article(&format!(
            "Sunday 22 November 2026\n\nMinister meets Director General\n\n{body}"
        ));
        assert_eq!(date_of(&a), None, "{body}");
    }
    let a = parse_article(
        "Sunday 22 November 2026\n\nMinister meets Director General\n\nOn Sunday, the minister met the director general.",
    );
    assert_eq!(date_of(&a), Some("2026-11-22".into()));
}

#[test]
fn timestamps_with_times_and_zones_are_dates() {
    for (line, want) in [
        ("13 November 2023, 14:35 (UTC+04:00)", "2023-11-13"),
        ("Published: November 13, 2023 10:15 AZT", "2023-11-13"),
        ("2023-11-13T10:15:00+04:00", "2023-11-13"),
        ("13.11.2023 | 14:35", "2023-11-13"),
        // An abbreviated weekday with its full stop.
        ("Thu. Nov 13th, 2023", "2023-11-13"),
    ] {
        let a = parse_article(&format!("Minister meets Director General\n\n{line}\n\nThe minister met the director general in Baku."));
        assert_eq!(date_of(&a).as_deref(), Some(want), "{line}");
        assert!(
            !a.body.contains("14:35") && !a.body.contains("10:15"),
            "{line}: {}",
            a.body
        );
    }
    // An update after the publication date does not replace it.
    let a = parse_article("Published: 13 November 2023\n\nUpdated: 15 November 2023\n\nThe minister met the director general in Baku.");
    assert_eq!(date_of(&a), Some("2023-11-13".into()));
}

#[test]
fn a_hijri_date_before_the_gregorian_in_a_dateline_is_passed_over() {
    let a = parse_article(
        "Minister receives envoy\n\nJeddah, Rabi'II 24, 1439, Jan 11, 2018, SPA -- The Minister received the envoy here today.",
    );
    assert_eq!(date_of(&a), Some("2018-01-11".into()));
    assert_eq!(a.dateline.as_deref(), Some("Jeddah"));
    assert_eq!(a.outlet.as_deref(), Some("SPA"));
    assert!(!a.body.contains("Rabi"), "{}", a.body);
}

#[test]
fn a_country_in_capitals_after_a_datelines_city_is_no_agency() {
    let a =
        parse_article("Minister receives envoy\n\nOSLO, BRAZIL – The Minister received the envoy.");
    assert_eq!(a.dateline.as_deref(), Some("Oslo"));
    assert_eq!(a.outlet, None);
    // An agency in capitals still is one.
    let a = parse_article(
        "Minister receives envoy\n\nRabat, 13 November, AZERTAC - The Minister received the envoy.",
    );
    assert_eq!(a.outlet.as_deref(), Some("AZERTAC"));
}

#[test]
fn a_date_line_in_russian_gives_the_day_posted() {
    let a = parse_article(
        "Minister meets envoy\n\nThe Minister met the envoy on Wednesday.\n\n26 фев 2021, 07:58\n\nPhoto source: gov.kg",
    );
    assert_eq!(date_of(&a), Some("2021-02-26".into()));
    let a = parse_article(
        "Minister meets envoy\n\nThe Minister met the envoy on Wednesday.\n\n3 мая 2022, 10:15",
    );
    assert_eq!(date_of(&a), Some("2022-05-03".into()));
}

#[test]
fn a_mastheads_name_before_the_day_opening_the_page_is_a_date_line() {
    for first in [
        "The Northern Herald 12 March, 2009",
        "Northern Herald, 12 March 2009",
    ] {
        let a = parse_article(&format!(
            "{first}\n\nMinister visits Oslo\n\nThe minister visited Oslo last week."
        ));
        assert_eq!(date_of(&a), Some("2009-03-12".into()), "{first}");
        assert_eq!(a.title.as_deref(), Some("Minister visits Oslo"), "{first}");
    }
    // Not below the headline, nor a headline with a day in it (an anniversary's), nor after
    // the page's own date.
    for text in [
        "Minister visits Oslo\n\nThe Northern Herald 12 March, 2009\n\nThe minister visited Oslo.",
        "Talks Between The Two Ministers 12 March, 2009\n\nThe minister visited Oslo.",
        "Remembering Tromso 11 July 1995\n\nThe minister visited Oslo on Monday.",
        "Holm Meets Lund 17 August 2005\n\nThe minister visited Oslo on Monday.",
    ] {
        let a = parse_article(text);
        assert_eq!(date_of(&a), None, "{text}");
        assert!(a.title.is_some(), "{text}");
    }
    let a = parse_article(
        " date 2024-07-15 The Northern Herald 11 July 1995\n\nThe minister visited Oslo.",
    );
    assert_eq!(date_of(&a), Some("2024-07-15".into()));
}

#[test]
fn a_date_in_brackets_ending_the_headline_is_the_pages() {
    let a = parse_article(
        "Norway and Chile renew bonds [November 28 2010]\n\nPresident Ola Holm met President Kari Lund this afternoon.",
    );
    assert_eq!(date_of(&a), Some("2010-11-28".into()));
    // Not a date inside the headline, nor one without its year.
    for page in [
        "Talks of [November 28 2010] recalled by the ministers\n\nThe minister spoke today.",
        "Norway and Chile renew bonds (November 28)\n\nThe minister spoke today.",
    ] {
        assert_eq!(date_of(&parse_article(page)), None, "{page}");
    }
}

#[test]
fn a_name_in_capitals_and_a_date_with_its_year_each_closed_by_a_stop_open_a_report() {
    // An agency's name: the page's date and its outlet, no place.
    let a = parse_article(
        "NORDIC-NEWS. April 21, 2014. At his meeting with Kari Lund, Prime Minister Ola Holm stressed the need for trade.",
    );
    assert_eq!(date_of(&a), Some("2014-04-21".into()));
    assert_eq!(a.outlet.as_deref(), Some("Nordic-news"));
    assert_eq!(a.dateline, None);
    assert!(a.body.starts_with("At his meeting"), "{}", a.body);
    // A place's name: the dateline.
    let a = parse_article(
        "OSLO. 21 April 2014. At his meeting with Kari Lund, Prime Minister Ola Holm stressed the need for trade.",
    );
    assert_eq!(date_of(&a), Some("2014-04-21".into()));
    assert_eq!(a.dateline.as_deref(), Some("Oslo"));
    // Not an acronym opening a sentence, nor a date without its year.
    for page in [
        "NATO. April 21 is the day the ministers met in Oslo.",
        "NORDIC-NEWS. April 21. At his meeting with Kari Lund, Prime Minister Ola Holm stressed the need for trade.",
    ] {
        assert_eq!(date_of(&parse_article(page)), None, "{page}");
    }
}

#[test]
fn a_date_line_with_its_update_after_it_gives_the_day_published() {
    for line in [
        "June 19, 2012 07:07 pm | Updated July 12, 2016 04:55 am IST - Oslo",
        "June 19, 2012 07:07 pm | Updated July 12, 2016 04:55 am IST",
        "19 June 2012 | Last updated: 20 June 2012",
    ] {
        let a = parse_article(&format!(
            "Minister meets envoy\n\n{line}\n\nThe Minister met the envoy on Monday."
        ));
        assert_eq!(date_of(&a), Some("2012-06-19".into()), "{line}");
    }
    // The update alone is the page's date, after an agency or a time of day.
    for line in [
        "NTB | Updated: Sep 24, 2019 02:06 IST",
        "14:02 | Updated: 24 Sep 2019",
    ] {
        let a = parse_article(&format!(
            "Minister meets envoy\n\n{line}\n\nThe Minister met the envoy on Monday."
        ));
        assert_eq!(date_of(&a), Some("2019-09-24".into()), "{line}");
    }
}

#[test]
fn a_dateline_on_a_line_of_its_own_ending_in_a_dash_is_read() {
    for line in [
        "Oslo, 2 May 2024 -",
        "OSLO, May 2, 2024 (NTB) -",
        "Oslo, 2 May 2024 –",
    ] {
        let a = parse_article(&format!(
            "Ministers meet in Oslo\n\n{line}\n\nThe Minister met the envoy on Monday."
        ));
        assert_eq!(a.dateline.as_deref(), Some("Oslo"), "{line}");
        assert_eq!(date_of(&a), Some("2024-05-02".into()), "{line}");
    }
}

#[test]
fn a_paper_named_post_is_an_outlet_and_a_reporter_of_ours_is_none() {
    for outlet in ["Oslo Post", "The Nordic Post"] {
        let a = parse_article(&format!(
            "Ministers meet\n\nOSLO, May 3, 2024 ({outlet}) - The Minister met the envoy on Monday."
        ));
        assert_eq!(a.outlet.as_deref(), Some(outlet));
    }
    for chrome in [
        "Post a comment",
        "Previous Post",
        "Newer Post",
        "Guest Post",
        "Our Reporter",
        "Diplomatic Reporter",
    ] {
        let a = parse_article(&format!("The minister met the envoy in Oslo.\n\n{chrome}"));
        assert_eq!(a.outlet, None, "{chrome}");
    }
}
