//! Tests of reading dates in a sentence (src/extract/dates.rs).

use super::*;

fn day(s: &str) -> Option<NaiveDate> {
    NaiveDate::parse_from_str(s, "%Y-%m-%d").ok()
}

fn first(sentence: &str, article: Option<&str>) -> Option<String> {
    dates_in(sentence, article.and_then(day))
        .first()
        .map(|f| f.date.to_string())
}

#[test]
fn month_and_day_take_the_year_of_the_article() {
    assert_eq!(
        first("On May 11, a memorandum was signed.", Some("2023-05-12")),
        Some("2023-05-11".into())
    );
    // A day still to come at the article's date was last year.
    assert_eq!(
        first("They met November 26.", Some("2023-02-01")),
        Some("2022-11-26".into())
    );
    assert_eq!(
        first("They met November 26.", None),
        Some("XXXX-11-26".into())
    );
    // "from 20 to 22 October": a span, written day first.
    assert_eq!(
        first("The visit runs from 20 to 22 October 2024.", None),
        Some("2024-10-20/2024-10-22".into())
    );
    // Across two months, the year written once at the end.
    for (text, want) in [
        (
            "They met from 31 May to 2 June 2022.",
            "2022-05-31/2022-06-02",
        ),
        (
            "They met from May 31 to June 2, 2022.",
            "2022-05-31/2022-06-02",
        ),
        ("They met on 31 May-2 June 2022.", "2022-05-31/2022-06-02"),
        (
            "A visit from Tuesday 31st of May to Wednesday 01st of June 2022.",
            "2022-05-31/2022-06-01",
        ),
        (
            "They met from December 30 to January 2, 2023.",
            "2022-12-30/2023-01-02",
        ),
        // Months in reverse, a day moved: no span.
        (
            "It was brought forward from 5 July to 28 June 2022.",
            "XXXX-07-05",
        ),
        ("It was postponed from 31 May to 2 June 2022.", "XXXX-05-31"),
        // Two days, not a span.
        ("They met on 3 May and 4 June 2022.", "XXXX-05-03"),
    ] {
        assert_eq!(first(text, None), Some(want.into()), "{text}");
    }
    // A day within a week after the article's is of its year, not a year before.
    assert_eq!(
        first(
            "He called on the Governor in Melbourne on 10 July.",
            Some("2025-07-09")
        ),
        Some("2025-07-10".into())
    );
    assert_eq!(
        first("He called on the Governor on 20 July.", Some("2025-07-09")),
        Some("2024-07-20".into())
    );
}

#[test]
fn ranges_typos_and_this_year() {
    assert_eq!(
        first(
            "his visit to Azerbaijan on October 2-5 of this year",
            Some("2023-11-13")
        ),
        Some("2023-10-02/2023-10-05".into())
    );
    assert_eq!(
        first("held on J anuary 29-30, 2020, in Abu Dhabi", None),
        Some("2020-01-29/2020-01-30".into())
    );
    assert_eq!(
        first("on 13 November 2023 in Rabat", None),
        Some("2023-11-13".into())
    );
    assert_eq!(
        first("in late September", Some("2020-11-04")),
        Some("2020-09".into())
    );
}

#[test]
fn relative_words_need_the_article_date() {
    assert_eq!(
        first("held at headquarters last year", Some("2020-11-04")),
        Some("2019".into())
    );
    // A month of last year, with "of" or without.
    for text in ["met in March last year", "met in March of last year"] {
        assert_eq!(
            first(text, Some("2024-06-12")),
            Some("2023-03".into()),
            "{text}"
        );
    }
    assert_eq!(
        first("met on March 5 last year", Some("2024-06-12")),
        Some("2023-03-05".into())
    );
    assert_eq!(
        first("The minister met him today.", Some("2023-11-13")),
        Some("2023-11-13".into())
    );
    // 2023-11-15 is a Wednesday; "on Monday" is the 13th.
    assert_eq!(
        first("They met on Monday.", Some("2023-11-15")),
        Some("2023-11-13".into())
    );
    assert_eq!(first("They met on Monday.", None), None);
    // "last week": Monday to Sunday of the week before (2005-08-17 is a Wednesday; the week
    // before ran from 8 to 14 August, and one across a month's end is written in full).
    assert_eq!(
        first("He visited last week.", Some("2005-08-17")),
        Some("2005-08-08/2005-08-14".into())
    );
    assert_eq!(
        first("He visited last week.", Some("2024-12-04")),
        Some("2024-11-25/2024-12-01".into())
    );
    assert_eq!(first("He visited last week.", None), None);
    // "on Tuesday last week": that day of the week before (2024-12-04 is a Wednesday).
    assert_eq!(
        first("They met on Tuesday last week.", Some("2024-12-04")),
        Some("2024-11-26".into())
    );
    assert_eq!(
        first("They met on Friday last week in Oslo.", Some("2024-12-04")),
        Some("2024-11-29".into())
    );
    // "this week" is left unread: the article's week, or the days before it.
    assert_eq!(first("He visits this week.", Some("2024-12-04")), None);
    // A weekday without "on" after the verb.
    assert_eq!(
        first(
            "The envoy met Monday with the minister.",
            Some("2023-11-15")
        ),
        Some("2023-11-13".into())
    );
    assert_eq!(first("held last year", None), None);
}

#[test]
fn a_months_name_in_lower_case_is_read_only_between_a_day_and_a_year() {
    assert_eq!(
        first("DILI, 08 november 2021 (TATOLI)", None).as_deref(),
        Some("2021-11-08")
    );
    assert_eq!(
        first("on may 4, 2023 they met", None).as_deref(),
        Some("2023-05-04")
    );
    // "may" alone is a verb; "march" a walk.
    assert_eq!(
        first("They may 4 times a year march to the sea.", None),
        None
    );
    assert_eq!(months_capitalised("08 november 2021"), "08 November 2021");
}

#[test]
fn years_alone_and_spans() {
    assert_eq!(
        first("an International Conference ( 2007), and", None),
        Some("2007".into())
    );
    assert_eq!(first("a member of ISESCO since 1991.", None), None);
    // A period of years is no day of an event.
    for text in [
        "They signed the Cultural Exchange Program for 2023-26.",
        "They adopted the 2021–2025 action plan.",
        "the strategy 2024 - 2030",
    ] {
        assert_eq!(first(text, None), None, "{text}");
    }
    // A date written year first, or a dash and a number that is no year, are no period.
    for (text, want) in [
        ("They met in Beijing on 2024-05-16.", "2024-05-16"),
        (
            "In 2019 – 70 years after relations began – they met.",
            "2019",
        ),
        (
            "They first met in 2013 - 11 years before the summit.",
            "2013",
        ),
    ] {
        assert_eq!(first(text, None).as_deref(), Some(want), "{text}");
    }
    assert_eq!(first("The minister may attend.", None), None);
    assert_eq!(first("He met them on February 30.", None), None);
}

#[test]
fn parts_of_the_day_are_the_articles_day() {
    let first = |s: &str| {
        dates_in_article(s, day("2024-01-10"), None)
            .first()
            .map(|f| f.date.to_string())
    };
    assert_eq!(first("He arrived this morning."), Some("2024-01-10".into()));
    assert_eq!(
        first("A dinner is held tonight."),
        Some("2024-01-10".into())
    );
    assert_eq!(first("They met last night."), Some("2024-01-09".into()));
    // "morning" alone is no day
    assert_eq!(first("They met in the morning."), None);
}

#[test]
fn today_and_yesterday_under_a_date_without_its_year() {
    let partial = PartialDate::parse("XXXX-01-10").ok();
    let first = |s: &str| {
        dates_in_article(s, None, partial.as_ref())
            .first()
            .map(|f| f.date.to_string())
    };
    assert_eq!(
        first("They met yesterday in Riyadh."),
        Some("XXXX-01-09".into())
    );
    assert_eq!(first("They met today."), Some("XXXX-01-10".into()));
    assert_eq!(first("They met on Monday."), None);
    let first_day = PartialDate::parse("XXXX-03-01").ok();
    assert!(dates_in_article("They met yesterday.", None, first_day.as_ref()).is_empty());
    // With the whole date, as before.
    assert_eq!(
        dates_in_article("They met yesterday.", day("2024-01-10"), partial.as_ref())[0]
            .date
            .to_string(),
        "2024-01-09"
    );
}

#[test]
fn numeric_dates_are_read_when_their_order_is_certain() {
    assert_eq!(first("Oslo, 23.07.2018.", None), Some("2018-07-23".into()));
    assert_eq!(first("on 21/09/2022 in", None), Some("2022-09-21".into()));
    assert_eq!(first("on 09/21/2022 in", None), Some("2022-09-21".into()));
    assert_eq!(first("on 05/05/2022 in", None), Some("2022-05-05".into()));
    // Day or month first? Left unread, and so is a day that does not exist.
    assert_eq!(first("on 03/04/2022 in", None), Some("2022".into()));
    assert_eq!(first("on 31.02.2022 in", None), Some("2022".into()));
    assert_eq!(
        first("30.06.2019First Vice-President A met B.", None),
        Some("2019-06-30".into())
    );
    // The weekday before it tells the order.
    assert_eq!(
        first("in Jakarta, Friday (3/2/2023).", None),
        Some("2023-02-03".into())
    );
    assert_eq!(
        first("on Thursday, 3/2/2023 in", None),
        Some("2023-03-02".into())
    );
    // A weekday that neither order falls on tells nothing.
    assert_eq!(first("on Monday 3/2/2023 in", None), Some("2023".into()));
}
