//! Names and titles in the shapes outlets write them beyond "Title First Last": initials
//! written onto a surname, a family name in capitals, a title's list of portfolios, a title
//! in lower case; on invented text.

use super::people::{names_and_titles, pairs};

#[test]
fn a_portfolios_list_with_commas_is_one_title_before_a_name_and_a_comma() {
    assert_eq!(
        names_and_titles(
            "The Minister of Foreign Affairs, African Cooperation and Expatriates, Ola Holm, held talks in Oslo."
        ),
        pairs(&[(
            "Ola Holm",
            "Minister of Foreign Affairs, African Cooperation and Expatriates"
        )])
    );
}

#[test]
fn a_name_right_after_the_is_no_persons() {
    assert_eq!(
        names_and_titles(
            "The new High Commissioner to Norway and the Eastern Isles, H.E Ola Holm paid a visit."
        ),
        pairs(&[(
            "Ola Holm",
            "High Commissioner to Norway and the Eastern Isles"
        )])
    );
    assert!(names_and_titles("The Ambassador to Norway and the Eastern Isles arrived.").is_empty());
}

#[test]
fn a_family_name_in_capitals_before_the_given_name_is_part_of_it() {
    assert_eq!(
        names_and_titles("The Director-General, LI Wenjun, met the minister."),
        pairs(&[("LI Wenjun", "Director-General")])
    );
    // Capitals throughout are shouted, not a name.
    assert!(names_and_titles("The Director-General, LI WENJUN, met the minister.").is_empty());
}

#[test]
fn a_lower_case_title_with_its_field_before_a_name_is_its_title() {
    assert_eq!(
        names_and_titles("Secretary-General Ola Holm and state minister for foreign affairs Kari Lund met in Oslo."),
        pairs(&[
            ("Ola Holm", "Secretary-General"),
            ("Kari Lund", "minister for foreign affairs")
        ])
    );
    // Lower-case words that are no title's field do not make one.
    assert!(names_and_titles("The minister went home to Kari Lund.")
        .iter()
        .all(|(n, _)| n != "Kari Lund"));
}

#[test]
fn initials_written_onto_a_surname_are_part_of_the_name() {
    // A Cyrillic letter transliterated by two Latin ones is one initial.
    for (text, name) in [
        ("President Kh.Bold received the envoy.", "Kh.Bold"),
        ("Minister Ts.Oyun met the delegation.", "Ts.Oyun"),
        ("Speaker L.Enkh received the envoy.", "L.Enkh"),
    ] {
        assert!(
            names_and_titles(text).iter().any(|(n, _)| n == name),
            "{text}: {:?}",
            names_and_titles(text)
        );
    }
    // Two lower-case letters or a word before the full stop are no initial.
    assert!(names_and_titles("President Kha.Bold received the envoy.").is_empty());
}

#[test]
fn a_surname_with_its_initial_ends_a_sentence_without_its_full_stop() {
    assert_eq!(
        names_and_titles("Lena Berg met with Minister of Finance B.Erdene."),
        // (the subject of "met" is a person too)
        pairs(&[("Lena Berg", ""), ("B.Erdene", "Minister of Finance")])
    );
}

#[test]
fn a_month_after_a_comma_before_a_name_is_a_given_name() {
    assert_eq!(
        names_and_titles(
            "He was received by the Minister for Foreign Affairs, January Holm at the airport."
        ),
        pairs(&[("January Holm", "Minister for Foreign Affairs")])
    );
    // A month in a date, or opening a sentence, stays a month.
    assert_eq!(
        names_and_titles("The Minister for Foreign Affairs spoke on 3 January Holm said."),
        pairs(&[])
    );
    assert_eq!(
        names_and_titles("In January Minister Ola Holm said."),
        pairs(&[("Ola Holm", "Minister")])
    );
}

#[test]
fn a_city_after_in_and_the_plural_organizations_end_a_title_before_the_name() {
    let names = |text: &str| -> Vec<String> {
        names_and_titles(text)
            .into_iter()
            .map(|(n, _)| n.to_string())
            .collect()
    };
    assert_eq!(
        names("Earlier, the Ambassador in Vienna Ola Holm met the Director General."),
        vec!["Ola Holm"]
    );
    assert_eq!(
        names("The Representative to International Organizations Ola Holm spoke."),
        vec!["Ola Holm"]
    );
    // A city's name that opens a name elsewhere is a given name.
    assert_eq!(
        names("The Minister of Foreign Affairs Santiago Cafiero spoke."),
        vec!["Santiago Cafiero"]
    );
}

#[test]
fn religious_posts_are_titles() {
    for (text, name, title) in [
        (
            "He was received by Grand Imam of Al-Azhar Ahmed Tayeb at the headquarters.",
            "Ahmed Tayeb",
            "Grand Imam of Al-Azhar",
        ),
        // (Not "Bishop": a surname too, "Foreign Minister Julie Bishop".)
        (
            "He met Foreign Minister Julie Bishop.",
            "Julie Bishop",
            "Foreign Minister",
        ),
        ("He met Chief Rabbi Ola Holm.", "Ola Holm", "Chief Rabbi"),
    ] {
        assert_eq!(names_and_titles(text), pairs(&[(name, title)]), "{text}");
    }
}

#[test]
fn sri_opens_a_given_name_but_is_an_honorific_after_tan() {
    assert_eq!(
        names_and_titles("Foreign Minister Sri Wahyuningsih met the envoy in Jakarta."),
        pairs(&[("Sri Wahyuningsih", "Foreign Minister")])
    );
    assert_eq!(
        names_and_titles("Prime Minister Tan Sri Ola Holm met the envoy in Putrajaya."),
        pairs(&[("Ola Holm", "Prime Minister")])
    );
    // "Seri" after Datuk is an honorific too; "Professor" is a courtesy title.
    assert_eq!(
        names_and_titles("Minister of Trade Datuk Seri Haris Kamaruddin met the envoy."),
        pairs(&[("Haris Kamaruddin", "Minister of Trade")])
    );
    assert_eq!(
        names_and_titles("Vice-Chancellor Professor Kari Lund met the envoy."),
        pairs(&[("Kari Lund", "Vice-Chancellor")])
    );
    // "Tan" alone opens a family name.
    assert_eq!(
        names_and_titles("High Commissioner of Malaysia, Mr. Tan Yang Thai, met the envoy."),
        pairs(&[("Tan Yang Thai", "High Commissioner of Malaysia")])
    );
}

#[test]
fn a_titles_head_after_a_given_name_is_a_surname_when_the_name_is_titled() {
    // A title after the name and a comma, a title before it, a courtesy title before it.
    assert_eq!(
        names_and_titles("Kari King, the head of the Relief Agency, met the mayor."),
        pairs(&[("Kari King", "head of the Relief Agency")])
    );
    assert_eq!(
        names_and_titles("Director General Kari King met the mayor."),
        pairs(&[("Kari King", "Director General")])
    );
    assert_eq!(
        names_and_titles("The Director of the Relief Agency, Ms Kari Marshal, met the mayor."),
        pairs(&[("Kari Marshal", "Director of the Relief Agency")])
    );
    // A title's head before its field, after an article or a nation's word, names no one.
    assert!(names_and_titles("The Deputy Supreme Commander of the Armed Forces spoke.").is_empty());
    assert!(names_and_titles("The Anglican King, the head of the synod, spoke.").is_empty());
    // A qualifier before a title's words, or a title a name follows, is no given name.
    for text in [
        "The Deputy Majority Leader, Samuel Otieno, met the envoy.",
        "Prime Minister Lars Dahl met Deputy Police Commissioner, Thomas Moore, in Oslo.",
    ] {
        let found = names_and_titles(text);
        assert!(
            found
                .iter()
                .all(|(n, _)| !n.ends_with("Leader") && !n.ends_with("Commissioner")),
            "{text}: {found:?}"
        );
    }
    assert!(names_and_titles("Danish King, the head of the realm, spoke.").is_empty());
}

#[test]
fn a_linking_adverb_that_opens_a_sentence_is_no_given_name() {
    for text in [
        "Besides Holm met Kari Lund, Ambassador of Chile.",
        "Separately Holm received Kari Lund, Ambassador of Chile.",
        "Moreover Holm met Kari Lund, Ambassador of Chile.",
    ] {
        let c = names_and_titles(text);
        assert!(
            c.iter().all(|(n, _)| !n.ends_with("Holm")),
            "{text}: {c:#?}"
        );
        assert!(c.iter().any(|(n, _)| n == "Kari Lund"), "{text}: {c:#?}");
    }
}
