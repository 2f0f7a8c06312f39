//! Headlines in sentence case, datelines after an outlet's name, arrivals, departures and
//! messages delivered (set AF's misses, read as forms of the language); on invented text.

use super::people::names_and_titles;
use super::*;

#[test]
fn a_name_after_its_title_in_a_sentence_case_headline_is_someone() {
    let names = |text: &str| -> Vec<String> {
        names_and_titles(text)
            .into_iter()
            .map(|(name, _)| name)
            .collect()
    };
    // "receives" in lower case: the headline is written in sentence case.
    assert_eq!(
        names("President Kari Lund receives Ambassador of Chile to Norway Pablo Soria\n\nThe partnership was discussed during the meeting. President Lund noted its importance."),
        vec!["Kari Lund", "Pablo Soria"]
    );
    // In title case every word is capitalised: a name there only if the text names it again.
    let title_case = names("President Kari Lund Receives Ambassador Pablo Soria\n\nThe partnership was discussed during the meeting. President Lund noted its importance.");
    assert!(
        !title_case.contains(&"Pablo Soria".to_string()),
        "{title_case:?}"
    );
}
