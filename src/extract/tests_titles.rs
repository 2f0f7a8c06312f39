//! Titles of countries: a plural title naming each holder after their country, honours
//! between a name and its title, adjectives of nationality that open a title, a country after
//! the name; on invented text.

use super::people::{names_and_titles, pairs};
use super::*;

#[test]
fn a_plural_title_of_countries_names_each_one_after_its_country() {
    let cues = cues_of(
        "The presidents of Morocco, Lena Berg, and Azerbaijan, Ola Holm, met today in Baku.",
    );
    let found: Vec<(&str, &str)> = cues
        .iter()
        .map(|c| (c.name.as_str(), c.title.as_str()))
        .collect();
    assert_eq!(
        found,
        vec![("Lena Berg", "President"), ("Ola Holm", "President")]
    );
    assert!(cues.iter().all(|c| c.place.is_some()), "{cues:?}");
    // Without the plural title's "of" before the list, the names are no one's.
    assert!(cues_of("Trade with Morocco, Lena Berg, and Azerbaijan, Ola Holm, grew.").is_empty());
}

#[test]
fn honours_between_a_name_and_its_title_after_a_comma_keep_the_title_its() {
    // Not "Governor of New" and a person "South Wales".
    assert_eq!(
        names_and_titles(
            "Her Excellency Kari Lund AO QC, Governor of New South Wales, presided at a meeting."
        ),
        pairs(&[("Kari Lund", "Governor of New South Wales")])
    );
}

#[test]
fn a_plural_title_of_a_pair_of_countries_gives_each_name_its_country_in_order() {
    // Places: the first name holds the post of the first country.
    let cues = cues_of(
        "Today the Foreign Ministers of Morocco and Azerbaijan, Lena Berg and Ola Holm, met.",
    );
    let found: Vec<(&str, &str, Option<i64>)> = cues
        .iter()
        .map(|c| (c.name.as_str(), c.title.as_str(), c.place))
        .collect();
    assert_eq!(
        found,
        vec![
            ("Lena Berg", "Foreign Minister", Some(20)),
            ("Ola Holm", "Foreign Minister", Some(22))
        ]
    );
    // Adjectives of nationality, and a lower-case plural head after "the".
    let cues = cues_of(
        "A meeting took place between the directors of the Chilean and Peruvian Foreign Ministries, Lena Berg and Ola Holm, respectively.",
    );
    let found: Vec<(&str, Option<&str>)> =
        cues.iter().map(|c| (c.name.as_str(), c.country)).collect();
    assert_eq!(
        found,
        vec![("Lena Berg", Some("CL")), ("Ola Holm", Some("PE"))]
    );
    // Three countries for two names: no guess.
    let cues = cues_of(
        "The Foreign Ministers of Morocco, Baku and Azerbaijan, Lena Berg and Ola Holm, met.",
    );
    assert!(cues.iter().all(|c| c.country.is_none()), "{cues:?}");
}

#[test]
fn a_given_name_alone_under_another_title_is_not_the_whole_names_holder() {
    let names: Vec<String> = cues_of(
        "His Majesty King Harald held talks with President Ola Holm. Adviser to the Court Harald Lund Berg attended.",
    )
    .into_iter()
    .map(|c| c.name)
    .collect();
    assert_eq!(names, vec!["Harald", "Ola Holm", "Harald Lund Berg"]);
    // Under the same title, or as a surname, it is the person named in full.
    let names: Vec<String> =
        cues_of("President Yoweri Lund Museveni spoke. President Museveni met Minister Ola Holm.")
            .into_iter()
            .map(|c| c.name)
            .collect();
    assert!(!names.contains(&"Museveni".to_string()), "{names:?}");
}

#[test]
fn an_adjective_of_nationality_may_open_a_title_after_the_name() {
    let c = cues_of("Kari Lund held a meeting with Ola Holm, Nicaraguan FM, on trade.");
    let found: Vec<(&str, &str, Option<&str>)> = c
        .iter()
        .map(|c| (c.name.as_str(), c.title.as_str(), c.country))
        .collect();
    assert_eq!(
        found,
        vec![("Kari Lund", "", None), ("Ola Holm", "FM", Some("NI"))]
    );
}

#[test]
fn an_adjective_of_nationality_after_and_opens_the_next_persons_title() {
    assert_eq!(
        names_and_titles(
            "Norwegian Minister of Foreign Affairs Ola Holm and Swedish Minister of Trade Kari Lund signed three agreements."
        ),
        pairs(&[
            ("Ola Holm", "Minister of Foreign Affairs"),
            ("Kari Lund", "Minister of Trade")
        ])
    );
    // A portfolio's list with commas is one title.
    assert_eq!(
        names_and_titles(
            "A meeting took place between Minister of Mining Ola Holm and South Korean Minister of Trade, Industry and Energy Kari Lund."
        ),
        pairs(&[
            ("Ola Holm", "Minister of Mining"),
            ("Kari Lund", "Minister of Trade, Industry and Energy")
        ])
    );
}

#[test]
fn a_title_before_a_bodys_name_and_its_acronym_is_not_the_bodys() {
    let s = "Minister Ola Holm met the Secretary-General of the Latin American Integration Association (ALADI), Kari Lund.";
    let g = gazetteer();
    let sentences = split(s);
    let m = g.find(s, None);
    let orgs = organization_cues(s, &sentences, &m);
    let names: Vec<&str> = orgs.iter().map(|o| o.name.as_str()).collect();
    assert_eq!(names, vec!["Latin American Integration Association"]);
}

#[test]
fn a_country_after_the_name_gives_the_post_before_it_its_country() {
    let c = cues_of("Minister Ola Holm met Ambassador Kari Lund of Morocco in Baku.");
    let found: Vec<(&str, Option<i64>)> = c.iter().map(|c| (c.name.as_str(), c.place)).collect();
    assert_eq!(found, vec![("Ola Holm", None), ("Kari Lund", Some(20))]);
}

#[test]
fn a_lower_case_plural_title_right_before_two_names_is_both_of_theirs() {
    // Without "the" before it and with its field in lower case: each holds the post.
    for text in [
        "Foreign ministers Lena Berg and Ola Holm met in Oslo on Tuesday.",
        "On Tuesday, Norwegian deputy ministers Lena Berg and Ola Holm met in Oslo.",
    ] {
        let mut names: Vec<String> = cues_of(text).into_iter().map(|c| c.name).collect();
        names.dedup();
        assert_eq!(names, vec!["Lena Berg", "Ola Holm"], "{text}");
    }
    // A plural title that is not right before the names titles nobody.
    assert!(cues_of("Two ministers met in Oslo, and Lena Berg and Ola Holm spoke.").is_empty());
}

#[test]
fn in_a_list_of_titles_each_before_its_name_every_name_keeps_its_title() {
    assert_eq!(
        names_and_titles(
            "Ola Holm met with the President of Chile, Ana Lima, Speaker of the Chilean Senate (Senado), Kari Lund, Head of the Chilean Government, Per Dahl, and Chilean Foreign Minister, Lena Berg."
        ),
        pairs(&[
            ("Ola Holm", ""),
            ("Ana Lima", "President of Chile"),
            ("Kari Lund", "Speaker of the Chilean Senate (Senado)"),
            ("Per Dahl", "Head of the Chilean Government"),
            ("Lena Berg", "Foreign Minister"),
        ])
    );
    // A title after a name titled without a comma ("Foreign Minister A, Chairman of Y, B") is
    // that name's own.
    assert_eq!(
        names_and_titles(
            "The meeting was attended by Foreign Minister Ola Holm, Chairman of the Nordic Rim Association, Kari Lund and Per Dahl."
        ),
        pairs(&[("Ola Holm", "Foreign Minister")])
    );
    // A name with no title of its own before it: the title after it is its own.
    assert_eq!(
        names_and_titles(
            "According to Chan Dara, Assistant to the Premier, Lena Berg met the envoy."
        ),
        pairs(&[("Lena Berg", "")])
    );
}

#[test]
fn a_plural_title_before_names_each_of_a_country_names_each_one() {
    let cues = cues_of("Presidents Lena Berg of Morocco and Ola Holm of Azerbaijan met in Baku.");
    let found: Vec<(&str, &str, Option<i64>)> = cues
        .iter()
        .map(|c| (c.name.as_str(), c.title.as_str(), c.place))
        .collect();
    assert_eq!(found.len(), 2, "{cues:?}");
    assert_eq!((found[0].0, found[0].1), ("Lena Berg", "President"));
    assert_eq!((found[1].0, found[1].1), ("Ola Holm", "President"));
    // Each holds the post of the country after the name.
    assert!(found[0].2.is_some() && found[1].2.is_some() && found[0].2 != found[1].2);
    // No plural title before the list: no one's title.
    assert!(cues_of("Trade of Lena Berg of Morocco and Ola Holm of Azerbaijan grew.").is_empty());
}

#[test]
fn a_delegate_minister_is_a_title_not_a_name() {
    assert_eq!(
        names_and_titles("French Minister Delegate Laurence Boone met the envoy in Rome."),
        pairs(&[("Laurence Boone", "Minister Delegate")])
    );
    // A delegate of a state's legislature, so titled before the name.
    assert_eq!(
        names_and_titles("Minister Anne Morel met Delegate Paulo Santos in Lisbon."),
        pairs(&[("Anne Morel", "Minister"), ("Paulo Santos", "Delegate")])
    );
}

#[test]
fn a_ceremony_or_a_region_after_a_title_is_no_one() {
    for text in [
        "Later, the President will take part in an Ambassador Credentialing Ceremony in Oslo.",
        "He was joined by the Commissioner of the Ministry in the Nordic Special Administrative Region.",
        "The Governor of the Northern Province spoke.",
    ] {
        let names: Vec<String> = names_and_titles(text).into_iter().map(|(n, _)| n).collect();
        assert_eq!(names, Vec::<String>::new(), "{text}");
    }
}

#[test]
fn a_surname_with_its_particle_after_a_titles_head_is_a_name() {
    // "President al-Assad": the particle written onto the surname in lower case.
    assert_eq!(
        names_and_titles("President al-Hakim received Foreign Minister Lund on Monday."),
        pairs(&[("al-Hakim", "President"), ("Lund", "Foreign Minister")])
    );
    // A particle alone is no name.
    assert!(names_and_titles("President al- spoke.").is_empty());
}

#[test]
fn a_portfolio_of_enlargement_and_neighbourhood_is_a_titles_field() {
    for spelling in ["Neighbourhood", "Neighborhood"] {
        let text = format!(
            "Ola Holm met the European Commissioner for Enlargement and European {spelling} Kari Lund."
        );
        let names: Vec<String> = names_and_titles(&text)
            .into_iter()
            .map(|(n, _)| n)
            .collect();
        assert!(names.contains(&"Kari Lund".to_string()), "{names:?}");
    }
}
