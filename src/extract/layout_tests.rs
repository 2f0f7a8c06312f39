//! Page layout on saved pages written in the style of real outlets.

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
fn paragraphs_of_a_text_that_writes_no_full_stops_stay_apart() {
    let text = " date 2021-03-20 The Foreign Minister Lena Berg discussed with her counterpart the relations between the two countries\n\nIn a meeting with Berg, the counterpart stressed the firm stance of his country on the issue\n\nBerg arrived in Oslo on Friday on an official visit to the Kingdom of Norway\n\nBerg and her delegation were received by the ambassador in Oslo, Ola Holm\n\nThe two sides agreed to hold the next round of talks in Stockholm next year";
    let a = parse_article(text);
    assert!(a.body.contains("issue\n\nBerg arrived"), "{}", a.body);
    assert!(a.body.contains("Norway\n\nBerg and her"), "{}", a.body);
    // Such a text is an article, though no paragraph has a full stop.
    assert!(a.has_text(), "{:?} / {:?}", a.title, a.body);
    let a = parse_article("Norway and Sweden strengthen ties\n\nOSLO, July 22 (NTB) - Foreign Minister Lena Berg met her Swedish counterpart Ola Holm in Oslo on Monday\n\nThe two ministers discussed trade and security along the border\n\nThe ministers agreed to meet again in Stockholm next year");
    assert!(a.has_text(), "{}", a.body);
    // Three short lines of a menu are not.
    assert!(
        !parse_article("Home\n\nPolitics and economy news\n\nSubscribe to our channel").has_text()
    );
    // One paragraph without its stop among others with theirs is still joined to the next.
    let a = parse_article(
        "Director General visits Baku\n\nThe Director General said on Monday that the organization described\n\nAzerbaijan as a very important country.\n\nHe met the minister there on the same day.",
    );
    assert!(a.body.contains("described Azerbaijan"), "{}", a.body);
}

#[test]
fn a_byline_with_a_role_or_an_outlet_after_the_name_gives_the_author() {
    for byline in [
        "By Kari Lund, Staff Writer",
        "By Kari Lund | Nordic Wire",
        "By Kari Lund — Senior Correspondent for the Herald",
    ] {
        let a = parse_article(&format!(
            "Ministers meet in Oslo\n\n{byline}\n\nMinister Ola Holm met Minister Per Dahl in Oslo on Monday."
        ));
        assert_eq!(a.author.as_deref(), Some("Kari Lund"), "{byline}");
        assert!(!a.body.contains("Kari Lund"), "{byline}: {}", a.body);
    }
    // A day is no author.
    let a = parse_article(
        "Ministers meet in Oslo\n\nBy Friday, The Hague\n\nMinister Ola Holm met Minister Per Dahl in Oslo on Monday.",
    );
    assert_eq!(a.author, None);
}

#[test]
fn a_heading_between_paragraphs_goes_on_no_sentence() {
    let a = parse_article(
        "12 May 2022: His Majesty The King granted an audience to the Foreign Minister of Norway, who is on a two day official working visit to Bhutan this week\n\nNorway's Minister makes a visit\n\nDr. Ola Holm, Foreign Minister of Norway, is in Bhutan for an official visit.",
    );
    assert_eq!(a.body.split("\n\n").count(), 3, "{:?}", a.body);
}

#[test]
fn numeric_day_month_year_dates_are_read_day_first() {
    let a = parse_article("04.11.2020 14:35\n\nThe sides met in Baku.");
    assert_eq!(
        a.published.map(|(d, _)| d.to_string()).as_deref(),
        Some("2020-11-04")
    );
}

fn date_of(a: &ArticleLayout) -> Option<String> {
    a.published.as_ref().map(|(d, _)| d.to_string())
}

#[test]
fn agency_datelines_give_place_date_and_agency() {
    let a = parse_article(
        "Minister meets Director General\n\nBAKU, Azerbaijan, Nov. 13 (Trend) - Foreign Minister Jeyhun Bayramov met the Director General today.",
    );
    assert_eq!(a.dateline.as_deref(), Some("Baku"));
    assert_eq!(a.outlet.as_deref(), Some("Trend"));
    assert_eq!(date_of(&a), Some("XXXX-11-13".into()));
    assert!(a
        .body
        .ends_with("\n\nForeign Minister Jeyhun Bayramov met the Director General today."));

    let a = parse_article("Rabat, 13 November, AZERTAC - The sides met in Rabat on Monday.");
    assert_eq!(a.dateline.as_deref(), Some("Rabat"));
    assert_eq!(a.outlet.as_deref(), Some("AZERTAC"));
    assert_eq!(a.body, "The sides met in Rabat on Monday.");
    // An agency of eight capitals is an agency, not a shouted word.
    let a = parse_article("ULAANBAATAR, May 3 (MONTSAME) - The sides met on Monday.");
    assert_eq!(a.outlet.as_deref(), Some("MONTSAME"));

    // A sentence that happens to contain a dash is not a dateline.
    let a = parse_article("Cooperation - the minister said - grows.");
    assert_eq!(a.dateline, None);
}

#[test]
fn a_dateline_with_a_time_and_the_agency_in_brackets_is_read() {
    // On a line of its own.
    let a = parse_article(
        "Minister meets envoy\n\nOslo, 20 June 2023, 11:05 (NTB)\n\nThe minister met the envoy of Chile on Monday.",
    );
    assert_eq!(a.dateline.as_deref(), Some("Oslo"));
    assert_eq!(a.outlet.as_deref(), Some("NTB"));
    assert_eq!(date_of(&a), Some("2023-06-20".into()));
    assert_eq!(
        a.body.lines().last(),
        Some("The minister met the envoy of Chile on Monday.")
    );
    // Opening the text, with no dash after the bracket.
    let a = parse_article(
        "Minister meets envoy\n\nOslo, 20 June 2023, 11:05 (NTB) The minister met the envoy of Chile on Monday.",
    );
    assert_eq!(a.dateline.as_deref(), Some("Oslo"));
    assert_eq!(a.outlet.as_deref(), Some("NTB"));
    assert_eq!(date_of(&a), Some("2023-06-20".into()));
    assert!(
        a.body
            .ends_with("\n\nThe minister met the envoy of Chile on Monday."),
        "{}",
        a.body
    );
    // A bracket inside a sentence is none.
    let a = parse_article("Oslo, the capital (Norway) Hosts the fair.");
    assert_eq!(a.dateline, None);
    // The agency in capitals after a comma, without brackets, and no year: the day only.
    let a = parse_article(
        "Oslo, June 20, NTB\n\nThe minister has met the envoy of Chile as part of his visit.",
    );
    assert_eq!(a.dateline.as_deref(), Some("Oslo"));
    assert_eq!(a.outlet.as_deref(), Some("NTB"));
    assert_eq!(date_of(&a), Some("XXXX-06-20".into()));
    assert_eq!(a.title, None);
    // Not a word in lower case after the comma.
    let a = parse_article("Oslo, June 20, today\n\nThe minister has met the envoy of Chile.");
    assert_eq!(a.outlet, None);
}

#[test]
fn a_date_line_with_the_months_name_between_slashes_is_read() {
    let a = parse_article("Oslo talks\n\nNorway Thursday 31/October/2024 18:16 PM\n\nThe minister met the envoy of Chile today in Oslo.");
    assert_eq!(date_of(&a), Some("2024-10-31".into()));
}

#[test]
fn a_city_a_full_stop_and_the_agency_is_a_dateline() {
    let a = parse_article("OSLO. NORDPRESS – The minister met the envoy of Chile on Monday.");
    assert_eq!(a.dateline.as_deref(), Some("Oslo"));
    assert_eq!(a.outlet.as_deref(), Some("Nordpress"));
    assert_eq!(a.body, "The minister met the envoy of Chile on Monday.");
    let a = parse_article("VARDE. NORDPRESS – The minister met the envoy of Chile on Monday.");
    assert_eq!(a.dateline.as_deref(), Some("Varde"));
    // "ST. PETERSBURG" is one name.
    let a = parse_article("ST. PETERSBURG – The minister met the envoy of Chile on Monday.");
    assert_eq!(a.dateline.as_deref(), Some("St. Petersburg"));
    assert_eq!(a.outlet, None);
}

#[test]
fn a_known_city_and_a_full_stop_opening_the_text_is_a_dateline() {
    let a = parse_article("Dar es Salaam. The President today received the envoy of Chile.");
    assert_eq!(a.dateline.as_deref(), Some("Dar es Salaam"));
    assert_eq!(a.body, "The President today received the envoy of Chile.");
    // A word that is no city's is the text's first sentence.
    let a = parse_article("Yes. The President today received the envoy of Chile.");
    assert_eq!(a.dateline, None);
    assert_eq!(
        a.body,
        "Yes. The President today received the envoy of Chile."
    );
}

#[test]
fn a_known_city_written_as_a_name_before_a_dash_is_a_dateline() {
    let a = parse_article("Vienna - Foreign Minister Karl Huber received the envoy of Chile.");
    assert_eq!(a.dateline.as_deref(), Some("Vienna"));
    assert_eq!(
        a.body,
        "Foreign Minister Karl Huber received the envoy of Chile."
    );
    // A word that is no place's is not.
    let a = parse_article("Minister - Karl Huber received the envoy of Chile.");
    assert_eq!(a.dateline, None);
}

#[test]
fn a_date_widget_opening_a_paragraph_leaves_the_paragraph() {
    let a = parse_article(" date 2023-05-02 Oslo: The minister received the envoy of Chile on Monday in Oslo.\nThe two sides discussed trade and fisheries at length.\n");
    assert_eq!(date_of(&a), Some("2023-05-02".into()));
    assert!(a.body.contains("received the envoy"), "{:?}", a.body);
    assert!(a.body.contains("discussed trade"), "{:?}", a.body);
}

#[test]
fn a_saved_page_has_one_paragraph_per_line() {
    let long = "The Director of the Fund met the Minister of Trade in Oslo to discuss the new programme of cooperation between the two sides.";
    let a = parse_article(&format!(
        "Fund and Norway explore cooperation\n12 May 2022\n{long}\nThey agreed to meet again.\n"
    ));
    assert_eq!(
        a.title.as_deref(),
        Some("Fund and Norway explore cooperation")
    );
    assert_eq!(date_of(&a), Some("2022-05-12".into()));
    assert_eq!(
        a.body,
        format!("Fund and Norway explore cooperation\n\n{long}\n\nThey agreed to meet again.")
    );
}

#[test]
fn datelines_in_brackets_or_closed_by_a_full_stop_are_read() {
    let a = parse_article(
        "Oslo (Wire / Nordic News - 28th November, 2019) The minister met the envoy.",
    );
    assert_eq!(a.dateline.as_deref(), Some("Oslo"));
    assert_eq!(a.outlet.as_deref(), Some("Nordic News"));
    assert_eq!(date_of(&a), Some("2019-11-28".into()));
    assert_eq!(a.body, "The minister met the envoy.");
    let a = parse_article("OSLO, April 12. /NTB/. The minister met the envoy.");
    assert_eq!(a.dateline.as_deref(), Some("Oslo"));
    assert_eq!(a.outlet.as_deref(), Some("NTB"));
    assert_eq!(a.body, "The minister met the envoy.");
    let a = parse_article("Bergen, November 25 (NTB). The minister met the envoy.");
    assert_eq!(a.dateline.as_deref(), Some("Bergen"));
    assert_eq!(a.body, "The minister met the envoy.");
    // A numeric date, day first.
    let a = parse_article("OSLO, 23.07.2018. /NTB/. The minister met the envoy.");
    assert_eq!(a.dateline.as_deref(), Some("Oslo"));
    assert_eq!(date_of(&a), Some("2018-07-23".into()));
    let a = parse_article("Bergen, 21/09/2022 - The minister met the envoy.");
    assert_eq!(date_of(&a), Some("2022-09-21".into()));
    assert_eq!(a.body, "The minister met the envoy.");
}

#[test]
fn bylines_and_credits_are_no_outlets() {
    for last in [
        "Special correspondent",
        "Written by",
        "You May Also Like",
        "Staff Reporter",
    ] {
        let a = parse_article(&format!(
            "Ministers meet in Oslo\n\nThe minister met the envoy in Oslo on Monday to discuss trade.\n\n{last}"
        ));
        assert_eq!(a.outlet, None, "{last}");
        assert!(!a.body.contains(last), "{last}");
    }
    let a = parse_article("OSLO (Agencies): The minister met the envoy in Oslo on Monday.");
    assert_eq!(a.dateline.as_deref(), Some("Oslo"));
    assert_eq!(a.outlet, None);
    // An agency is an outlet.
    let a = parse_article("OSLO (Nordic News Agency): The minister met the envoy in Oslo.");
    assert_eq!(a.outlet.as_deref(), Some("Nordic News Agency"));
}

#[test]
fn a_section_label_before_a_timestamped_date_is_a_date_line() {
    let a = parse_article(
        "Politics Materials 14 March 2024 17:42 (UTC +04:00)\n\nThe minister met the envoy on Monday.",
    );
    assert_eq!(date_of(&a), Some("2024-03-14".into()));
    assert_eq!(a.body, "The minister met the envoy on Monday.");
    // a headline that names a date is a headline
    let a = parse_article("Talks held on 14 March 2024\n\nThe minister met the envoy.");
    assert_eq!(a.title.as_deref(), Some("Talks held on 14 March 2024"));
}

#[test]
fn a_section_label_before_the_headline_is_no_title() {
    let a = parse_article(
        "World News\n\nNorway and Chile sign a trade agreement in Oslo\n\nOSLO, Nov. 12 (NTB) - The ministers met in Oslo.",
    );
    assert_eq!(
        a.title.as_deref(),
        Some("Norway and Chile sign a trade agreement in Oslo")
    );
    assert_eq!(a.dateline.as_deref(), Some("Oslo"));
    assert!(!a.body.contains("World News"), "{}", a.body);
}

#[test]
fn page_chrome_at_the_end_is_no_outlet() {
    for chrome in [
        "Print the page",
        "Your Comment",
        "CATEGORIES",
        "COUNTRY : Norway",
        // A link, prose cut off, an official's post under a press release.
        "Translate »",
        "Most of the meeting",
        "Chief Communication Specialist",
    ] {
        let a = parse_article(&format!("The minister met the envoy in Oslo.\n\n{chrome}"));
        assert_eq!(a.outlet, None, "{chrome}");
        assert_eq!(a.body, "The minister met the envoy in Oslo.");
    }
    for outlet in ["News.Az", "The Nordic Times", "bdnews24.com"] {
        let a = parse_article(&format!("The minister met the envoy in Oslo.\n\n{outlet}"));
        assert_eq!(a.outlet.as_deref(), Some(outlet));
    }
}

#[test]
fn menus_and_widgets_are_furniture() {
    let a = parse_article(
        "Home\nPolitics\nEconomy\nSociety\nWorld\n\nPolitics | Economy | Culture | Sport\n\nSelect Language\nPowered by Google Translate\nA A A\n\nMinister meets Director General\n\nThe minister met the director general in Baku.\n\nShare\nPrint",
    );
    assert_eq!(a.title.as_deref(), Some("Minister meets Director General"));
    assert_eq!(
        a.body,
        "Minister meets Director General\n\nThe minister met the director general in Baku."
    );
}

#[test]
fn a_known_city_before_a_colon_or_a_comma_is_a_dateline() {
    let a = parse_article("Oslo: The minister on Monday met the envoy of Peru.");
    assert_eq!(a.dateline.as_deref(), Some("Oslo"));
    assert_eq!(a.body, "The minister on Monday met the envoy of Peru.");
    let a = parse_article("Bergen, Dr. Lena Berg received the envoy of Peru today.");
    assert_eq!(a.dateline.as_deref(), Some("Bergen"));
    // A word that is no city is no dateline.
    let a = parse_article("Note: The minister met the envoy of Peru on Monday.");
    assert_eq!(a.dateline, None);
}

#[test]
fn a_dateline_after_short_labels_and_between_slashes_is_found() {
    let a = parse_article(
        "Minister meets envoy\n\nEconomy\n\nOslo, March 3, 2021, NTB — The minister today received the envoy of Chile.",
    );
    assert_eq!(a.dateline.as_deref(), Some("Oslo"));
    assert_eq!(
        a.body,
        "Minister meets envoy\n\nEconomy\n\nThe minister today received the envoy of Chile."
    );
    let a = parse_article(
        "Minister meets envoy\n\nPolitics\n\nBergen/NTB/. In Oslo, the minister met the envoy of Chile.",
    );
    assert_eq!(a.dateline.as_deref(), Some("Bergen"));
    assert_eq!(a.outlet.as_deref(), Some("NTB"));
}

#[test]
fn an_editors_initials_after_the_text_are_no_outlet() {
    let a = parse_article("Minister meets envoy\n\nThe minister met the envoy of Chile.\n\nrk/");
    assert_eq!(a.outlet, None);
    assert_eq!(
        a.body,
        "Minister meets envoy\n\nThe minister met the envoy of Chile."
    );
}

#[test]
fn a_page_of_chrome_lines_holds_no_article_text() {
    let a = parse_article(
        "Home | News | Politics\n\nPrint the page\n\nShare this article\n\nWritten by\n\nYour Comment",
    );
    assert!(!a.has_text(), "{a:?}");
    // A short article is one.
    let a = parse_article("Ministers meet\n\nThe ministers met in Oslo.");
    assert!(a.has_text(), "{a:?}");
    assert!(!parse_article("").has_text());
    // So is a page of one paragraph.
    let a = parse_article(
        "The Minister of Trade of Norway met the Ambassador of Chile in Oslo on Tuesday to discuss trade.",
    );
    assert!(a.has_text(), "{a:?}");
}

#[test]
fn datelines_with_a_double_dash_a_glued_dash_or_the_date_first() {
    let a = parse_article("Oslo, Nov. 27 -- The minister today met the envoy of Chile.");
    assert_eq!(a.dateline.as_deref(), Some("Oslo"));
    assert_eq!(date_of(&a).as_deref(), Some("XXXX-11-27"));
    assert_eq!(a.body, "The minister today met the envoy of Chile.");
    let a = parse_article("Oslo, March 15, 2017 (NTB) -Norway and Chile signed an accord today.");
    assert_eq!(a.dateline.as_deref(), Some("Oslo"));
    assert_eq!(date_of(&a).as_deref(), Some("2017-03-15"));
    assert_eq!(a.body, "Norway and Chile signed an accord today.");
    let a =
        parse_article("21-07-2017, Geneva (Switzerland): The minister visited the envoy of Chile.");
    assert_eq!(a.dateline.as_deref(), Some("Geneva"));
    assert_eq!(date_of(&a).as_deref(), Some("2017-07-21"));
    assert_eq!(a.body, "The minister visited the envoy of Chile.");
    // A hyphenated word opening the text is no dateline.
    let a = parse_article("UN-Habitat chief met the envoy of Chile in Oslo on Monday.");
    assert_eq!(a.dateline, None);
}

#[test]
fn a_dateline_on_a_line_of_its_own_gives_place_and_date() {
    let a = parse_article(
        "Minister meets envoys\n\nPhoto: Ministry.\n\n00:01 | Bergen (Norway), Dec. 4.\n\nThe minister met the envoy of Chile.",
    );
    assert_eq!(a.dateline.as_deref(), Some("Bergen"));
    assert_eq!(date_of(&a).as_deref(), Some("XXXX-12-04"));
    assert!(!a.body.contains("Dec. 4"), "{}", a.body);
    // A sentence is no dateline.
    let a = parse_article(
        "Minister meets envoys\n\nOslo, the capital, was calm.\n\nThe minister met the envoy.",
    );
    assert_eq!(a.dateline, None);
}

#[test]
fn a_dateline_after_a_second_headline_is_found() {
    let a = parse_article(
        "Ministry of Foreign Affairs of Norway\n\nNorway and Chile sign five accords\n\nOslo, 10 February 2017 – Norway and Chile have signed five accords on trade.",
    );
    assert_eq!(a.dateline.as_deref(), Some("Oslo"));
    assert_eq!(date_of(&a).as_deref(), Some("2017-02-10"));
}

#[test]
fn a_pages_slug_at_the_end_is_no_outlet() {
    let a = parse_article("Ministers meet\n\nThe minister met the envoy of Chile.\n\nmn-1-general");
    assert_eq!(a.outlet, None);
}

#[test]
fn a_date_cut_off_at_the_end_is_no_outlet() {
    let a = parse_article("Ministers meet\n\nThe minister met the envoy of Chile.\n\nOct 9, 2");
    assert_eq!(a.outlet, None);
    let a = parse_article("Ministers meet\n\nThe minister met the envoy of Chile.\n\nNorth Wire");
    assert_eq!(a.outlet.as_deref(), Some("North Wire"));
}

#[test]
fn chrome_lines_that_run_long_are_still_no_article_text() {
    let a = parse_article(
        "Home | News | Politics\n\nShare:\n\nTelegram Subscribe to our Telegram channel to get the latest news\n\nPrint the page\n\nYour Comment\n\n© 2023 All rights reserved",
    );
    assert!(!a.has_text(), "{a:?}");
}

#[test]
fn a_copyright_line_is_no_article_text() {
    let a = parse_article(
        "Home | News | Politics | Sports\n\nFont size: A+ A-\n\nCopyright 2025 Example Daily. All rights reserved.\n",
    );
    assert!(!a.has_text(), "{a:?}");
    let a = parse_article("© 2025 Example Daily. All rights reserved.\n");
    assert!(!a.has_text(), "{a:?}");
    // A sentence beside it is text all the same.
    let a = parse_article(
        "Ministers meet\n\nMinister Lena Berg met Minister Ola Holm in Oslo on Monday to discuss trade.\n\nCopyright 2025 Example Daily. All rights reserved.\n",
    );
    assert!(a.has_text(), "{a:?}");
}

#[test]
fn an_agency_dateline_after_a_caption_and_a_headline_still_opens_the_text() {
    let a = parse_article(
        "Minister Ola Holm and Director Kari Lund meeting in Oslo on Monday. (Photo: the ministry)\n\nDirector calls on the minister on the sidelines\n\nNTB | Updated: Sep 24, 2019 02:06 IST\n\nOslo [Norway], Sept 24 (NTB): Director Kari Lund called on Minister Ola Holm here on Monday.",
    );
    assert_eq!(a.dateline.as_deref(), Some("Oslo"));
    assert_eq!(
        a.title.as_deref(),
        Some("Director calls on the minister on the sidelines")
    );
    assert!(
        a.body
            .ends_with("\n\nDirector Kari Lund called on Minister Ola Holm here on Monday."),
        "{}",
        a.body
    );
}

#[test]
fn a_press_releases_date_line_under_its_issuer_and_number_is_read_and_end_is_no_outlet() {
    let a = parse_article(
        "Ministry of Foreign Affairs of the Republic of Norway\nPress Release No. 118/2024\n\nOslo, 14 May 2024\n\nMinister Ola Holm received Director Kari Lund in Oslo on Tuesday.\n\nEND",
    );
    assert_eq!(a.dateline.as_deref(), Some("Oslo"));
    assert_eq!(
        a.published.map(|(d, _)| d.to_string()).as_deref(),
        Some("2024-05-14")
    );
    assert_eq!(a.outlet, None);
    assert!(
        a.body
            .ends_with("Minister Ola Holm received Director Kari Lund in Oslo on Tuesday."),
        "{}",
        a.body
    );
}

#[test]
fn a_menus_last_link_and_a_link_back_are_no_outlets() {
    let a = parse_article(
        "The rector met the ambassador on Monday.\n\n- Research\n\n- Library\n\n- DIS",
    );
    assert_eq!(a.outlet, None);
    let a = parse_article("The rector met the ambassador on Monday.\n\n« Return");
    assert_eq!(a.outlet, None);
    // An agency's sign-off after the text is still its outlet.
    let a = parse_article("The rector met the ambassador on Monday.\n\n- Baltic Wire");
    assert_eq!(a.outlet.as_deref(), Some("Baltic Wire"));
}

#[test]
fn a_dateline_may_part_its_city_and_date_by_a_semicolon() {
    let a = parse_article("Oslo; 31 January : A delegation called on the Speaker today.");
    assert_eq!(a.dateline.as_deref(), Some("Oslo"));
    assert_eq!(date_of(&a), Some("XXXX-01-31".into()));
    assert_eq!(a.body, "A delegation called on the Speaker today.");
}

#[test]
fn an_agency_datelines_day_is_the_reports_over_a_later_page_stamp() {
    let a = parse_article(
        "Norway meets Sweden\n\nThis content was published on 07 January 2022 – 01:11\n\nOslo, Jan. 6 (NTB).- The foreign minister held a meeting this Thursday with his counterparts.\n\nThe talks went on.",
    );
    assert_eq!(
        a.published.map(|(d, _)| d.to_string()).as_deref(),
        Some("2022-01-06")
    );
    assert_eq!(a.dateline.as_deref(), Some("Oslo"));
    assert!(
        a.body.contains("\n\nThe foreign minister held") && !a.body.contains("NTB"),
        "{}",
        a.body
    );
    // A page stamp with a label of words is the page's date; a dateline's day more than three
    // days before it is not the report's.
    let a = parse_article(
        "Norway meets Sweden\n\nThis article was published on 07 January 2022 – 01:11\n\nOslo, Jan. 2 (NTB).- The foreign minister held a meeting with his counterparts.\n\nThe talks went on.",
    );
    assert_eq!(
        a.published.map(|(d, _)| d.to_string()).as_deref(),
        Some("2022-01-07")
    );
}

#[test]
fn a_page_date_in_other_outlets_shapes_is_a_date_line() {
    for line in [
        "25-Apr-2024",
        "2024/04/25",
        "Date: 2024.04.25",
        "[25 Apr 2024]",
        "APRIL 25, 2024",
        "25 APR 2024",
        "By Ola Holm | April 25, 2024",
        "By Ola Holm - 25-Apr-2024",
    ] {
        let a = parse_article(&format!(
            "Ministers meet on trade\n\n{line}\n\nThe minister met the envoy on Monday."
        ));
        assert_eq!(date_of(&a), Some("2024-04-25".into()), "{line}");
        assert!(!a.body.contains(line), "{line}: {}", a.body);
        // The byline before the date names the author.
        if line.starts_with("By ") {
            assert_eq!(a.author.as_deref(), Some("Ola Holm"), "{line}");
        }
    }
    // A headline in capitals that names a month is still the headline.
    let a = parse_article("TALKS HELD IN MAY\n\nThe minister met the envoy.");
    assert_eq!(date_of(&a), None);
}

#[test]
fn a_dateline_with_an_abbreviated_region_and_a_long_source_is_read() {
    // "CITY, St. Region, date (the office that wrote it) –", as government press units write.
    let a = parse_article(
        "Premier meets envoys\n\nCASTRIES, St. Lucia, March 2, 2021 (Office of the Prime Minister of Saint Lucia) – The Prime Minister met three ambassadors today.",
    );
    assert_eq!(a.dateline.as_deref(), Some("Castries"));
    assert_eq!(date_of(&a), Some("2021-03-02".into()));
    assert_eq!(
        a.outlet.as_deref(),
        Some("Office of the Prime Minister of Saint Lucia")
    );
    assert!(a
        .body
        .ends_with("The Prime Minister met three ambassadors today."));
}

#[test]
fn a_caption_opening_with_a_day_month_and_year_gives_the_page_its_date() {
    let a = parse_article(
        "Foreign policy\n\n14.03.2022. Valsts prezidents un Lietuvas prezidents\n\nOn 14 March, the President of Latvia paid a visit to Lithuania.",
    );
    assert_eq!(date_of(&a), Some("2022-03-14".into()));
    // Not a date: a month 14, or a number in running text further down.
    let a = parse_article("Foreign policy\n\n03.14.2022. Valsts prezidents\n\nOn 14 March, the President of Latvia paid a visit to Lithuania.");
    assert_eq!(date_of(&a), None);
    let a = parse_article("Talks\n\nThe President met the envoy.\n\nThe envoy said so.\n\nThe talks went well.\n\nMore text here.\n\n14.03.2022. Archive photo");
    assert_eq!(date_of(&a), None);
    // An archive photo's caption at the top, of a day the text does not tell of.
    let a = parse_article("Talks\n\n12.05.2019. Archive photo: President A with President B\n\nRIGA - President Ola Holm met President Kari Lund on Monday.");
    assert_eq!(date_of(&a), None);
}

#[test]
fn a_dateline_with_the_day_and_month_first_and_no_year_is_read() {
    let a = parse_article(
        "Talks in Oslo\n\n date 2017-08-16 16 August, Oslo: Visiting Swedish Minister Kari Lund called on Prime Minister Ola Holm this afternoon.",
    );
    assert_eq!(a.dateline.as_deref(), Some("Oslo"));
    assert_eq!(date_of(&a), Some("2017-08-16".into()));
    assert!(
        a.body.ends_with(
            "Visiting Swedish Minister Kari Lund called on Prime Minister Ola Holm this afternoon."
        ),
        "{}",
        a.body
    );
}

#[test]
fn a_dateline_of_two_lines_place_then_date_is_one_dateline() {
    let a = parse_article(
        "Suva, Fiji\n14 August 2025\n\nPrime Minister Ola Holm received Ambassador Kari Lund on Thursday.",
    );
    assert_eq!(a.dateline.as_deref(), Some("Suva"));
    assert_eq!(date_of(&a), Some("2025-08-14".into()));
    assert!(a.body.starts_with("Prime Minister"), "{}", a.body);
}

#[test]
fn a_dateline_may_give_the_weekday_and_end_in_a_full_stop_and_dash() {
    for (text, place, date) in [
        (
            "CASTRIES, Saint Lucia, Thursday, February 8, 2024 — Prime Minister Ola Holm received Ambassador Kari Lund on Wednesday.",
            "Castries",
            "2024-02-08",
        ),
        (
            "Lima, 18 March 2024.- Foreign Minister Ola Holm received Ambassador Kari Lund.",
            "Lima",
            "2024-03-18",
        ),
    ] {
        let a = parse_article(text);
        assert_eq!(a.dateline.as_deref(), Some(place), "{text}");
        assert_eq!(date_of(&a).as_deref(), Some(date), "{text}");
        assert!(a.body.starts_with("Prime Minister") || a.body.starts_with("Foreign"), "{}", a.body);
    }
}

#[test]
fn a_byline_right_before_the_day_is_no_part_of_the_date_line() {
    for line in [
        "by NTB11 April 2024 Last updated at 17:00 PM",
        "by NTB 11 April 2024",
        "By Ola Holm 11 April 2024",
    ] {
        let a = parse_article(&format!(
            "Prime Minister receives Foreign Minister\n\n{line}\n\nPrime Minister Ola Holm received Foreign Minister Kari Lund in Oslo on April 10."
        ));
        assert_eq!(
            a.published.map(|(d, _)| d.to_string()).as_deref(),
            Some("2024-04-11"),
            "{line}"
        );
    }
    // Capitals glued to a number that is no day are left as they are.
    let a = parse_article(
        "Summit news\n\nby NTB G20 leaders\n\nPrime Minister Ola Holm received Foreign Minister Kari Lund in Oslo.",
    );
    assert!(a.published.is_none(), "{:?}", a.published);
}

#[test]
fn a_heading_under_a_banner_goes_on_no_sentence_into_the_lead() {
    let a = parse_article(
        "Ministry of Foreign Affairs of the Kingdom of Norway\n\nForeign Minister Holm holds talks with counterparts at the Nordic Summit\n\nForeign Minister Ola Holm met with his Swedish counterpart, Kari Lund, in Oslo on Friday, on the sidelines of the Nordic Summit.",
    );
    assert!(
        a.body
            .contains("Nordic Summit\n\nForeign Minister Ola Holm met"),
        "{:?}",
        a.body
    );
}

#[test]
fn a_dateline_between_dashes_without_spaces_and_a_month_in_lower_case_are_read() {
    let a =
        parse_article("Envoys\n\nOSLO-(NordicPost)-President Tor Vik met the envoys on Monday.");
    assert_eq!(a.dateline.as_deref(), Some("Oslo"));
    assert_eq!(a.outlet.as_deref(), Some("NordicPost"));
    assert_eq!(
        a.body.lines().last(),
        Some("President Tor Vik met the envoys on Monday.")
    );
    // Not a hyphenated word at a sentence's start.
    let a = parse_article("Envoys\n\nCo-(operation) grows-the minister said.");
    assert_eq!(a.dateline, None);
    let a =
        parse_article("Envoys\n\nDILI, 08 november 2021 (TATOLI) – The envoys met the President.");
    assert_eq!(a.dateline.as_deref(), Some("Dili"));
    assert_eq!(date_of(&a), Some("2021-11-08".into()));
}

#[test]
fn a_breadcrumb_of_sections_only_leaves_the_headline_after_it() {
    let a = parse_article(
        "Nordic Wire\n\nHome > World > Europe\n\nNorway and Finland discuss Arctic cooperation\n\nOSLO, March 3 (NTB) - The Norwegian foreign minister met his Finnish counterpart in Oslo on Monday.",
    );
    assert_eq!(
        a.title.as_deref(),
        Some("Norway and Finland discuss Arctic cooperation")
    );
    assert!(
        a.body.ends_with("cooperation\n\nThe Norwegian foreign minister met his Finnish counterpart in Oslo on Monday."),
        "{}",
        a.body
    );
    assert!(!a.body.contains("Europe"), "{}", a.body);
}
