//! Headlines in sentence case, datelines after an outlet's name, arrivals, departures and
//! messages delivered (set AF's misses, read as forms of the language); on invented text.

use super::people::names_and_titles;
use super::*;

/// The names of the people a text names, in order.
fn names(text: &str) -> Vec<String> {
    names_and_titles(text)
        .into_iter()
        .map(|(name, _)| name)
        .collect()
}

#[test]
fn a_name_after_its_title_in_a_sentence_case_headline_is_someone() {
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

#[test]
fn a_journey_set_out_on_a_visit_is_a_visit_to_where_it_went() {
    for text in [
        "Foreign Minister Ola Holm has left for Norway on a four-day official visit.",
        "Foreign Minister Ola Holm left here today for Norway on an official visit.",
        "Foreign Minister Ola Holm flew to Norway on a working visit.",
    ] {
        let e = found_in(text, &["Ola Holm"]);
        assert_eq!(e.len(), 1, "{text}: {e:#?}");
        assert_eq!(e[0].kind, MeetingKind::Visit, "{text}");
        assert_eq!(e[0].place, Some(900), "{text}");
    }
    // A place the traveller was born in, or left, is none the visit went to.
    assert!(found_in(
        "Foreign Minister Ola Holm, born in Norway, is on a four-day official visit.",
        &["Ola Holm"]
    )
    .is_empty());
    assert!(found_in(
        "Foreign Minister Ola Holm left Norway on a four-day official visit.",
        &["Ola Holm"]
    )
    .is_empty());
}

#[test]
fn the_two_ministers_are_the_two_of_the_plan_when_no_encounter_was_told() {
    let text = "Minister Ola Holm is expected to hold talks with Minister Kari Lund on trade. The two ministers had earlier met on the sidelines of the summit in Norway in September 2017.";
    assert_eq!(
        encounters_of(text, &["Ola Holm", "Kari Lund"]),
        vec!["meeting: Ola Holm participant, Kari Lund participant"]
    );
    // After an encounter of two, "the two ministers" are its people.
    let text = "Minister Ola Holm is expected to hold talks with Minister Kari Lund on trade. Minister Lena Berg met Minister Per Dahl in Oslo. The two ministers had earlier met in Norway in 2017.";
    let e = encounters_of(text, &["Ola Holm", "Kari Lund", "Lena Berg", "Per Dahl"]);
    assert!(e.iter().all(|e| !e.contains("Ola Holm")), "{e:?}");
}

#[test]
fn arrived_here_is_a_visit_to_the_city_of_the_dateline() {
    let text = "Prince Ola Holm, Deputy Premier and official Envoy of the King, arrived here Saturday for a short visit.";
    let ctx = Context {
        dateline: Some(900),
        ..Context::default()
    };
    let e = found_with(text, &["Ola Holm"], &ctx);
    assert_eq!(e.len(), 1, "{e:#?}");
    assert_eq!((e[0].kind, e[0].place), (MeetingKind::Visit, Some(900)));
    // No dateline: nowhere named, no visit.
    assert!(found_in(text, &["Ola Holm"]).is_empty());
}

#[test]
fn talks_with_someone_told_with_when_and_where_between_are_a_meeting() {
    for text in [
        "The Foreign Minister, Ola Holm, said that his talks, Tuesday in Oslo, with Under Secretary of State Kari Lund, are part of the coordination on security.",
        "Minister Ola Holm said that his talks, on Monday, with Minister Kari Lund were fruitful.",
    ] {
        assert_eq!(
            encounters_of(text, &["Ola Holm", "Kari Lund"]),
            vec!["meeting: Ola Holm participant, Kari Lund participant"],
            "{text}"
        );
    }
    // Talks with someone else than the one named after the aside are no meeting of theirs.
    assert!(encounters_of(
        "Minister Ola Holm said that the talks, he hoped, would not fail.",
        &["Ola Holm", "Kari Lund"]
    )
    .is_empty());
}

#[test]
fn a_message_delivered_by_an_envoy_is_the_envoys_reception_by_whom_it_went_to() {
    let text = "President Ola Holm on Thursday received a special message from President Per Dahl. The message was delivered by President Dahl's Special Envoy Ambassador Kari Lund.";
    assert_eq!(
        encounters_of(text, &["Ola Holm", "Per Dahl", "Kari Lund"]),
        vec!["reception: Ola Holm host, Kari Lund visitor"]
    );
    // A message told without its bearer, or a bearer of another's message, is no reception.
    assert!(encounters_of(
        "President Ola Holm received a special message from President Per Dahl. The message was read out at the summit.",
        &["Ola Holm", "Per Dahl", "Kari Lund"]
    )
    .is_empty());
    assert!(encounters_of(
        "The message was delivered by Ambassador Kari Lund.",
        &["Ola Holm", "Per Dahl", "Kari Lund"]
    )
    .is_empty());
}

#[test]
fn a_day_or_a_buildings_word_is_no_part_of_a_title_or_a_name() {
    assert_eq!(
        names("President Ola Holm on Thursday at State House Oslo, received Ambassador Kari Lund."),
        vec!["Ola Holm", "Kari Lund"]
    );
    assert_eq!(
        names("Earlier at another function at State House Nairobi, President Holm bade farewell to Ambassador Kari Lund."),
        vec!["Holm", "Kari Lund"]
    );
}

#[test]
fn what_the_rules_of_set_af_leave_alone() {
    let people = &["Ola Holm", "Kari Lund", "Per Dahl"];
    // A sentence that opens with "In <place> on a visit" (it panicked).
    assert_eq!(
        encounters_of(
            "In Norway on a two-day visit, Minister Kari Lund met Minister Per Dahl.",
            people
        ),
        vec!["meeting: Kari Lund visitor, Per Dahl host"]
    );
    // A message delivered to someone else, or received as a speaker tells.
    let e = encounters_of(
        "President Ola Holm received a written message from King Carl. The message was delivered by Ambassador Kari Lund to Minister Per Dahl.",
        people,
    );
    assert!(e.iter().all(|e| !e.contains("Ola Holm")), "{e:?}");
    assert_eq!(
        encounters_of(
            "Spokesman Per Dahl said that President Ola Holm received a special message from King Carl. The message was delivered by Envoy Kari Lund.",
            people
        ),
        vec!["reception: Ola Holm host, Kari Lund visitor"]
    );
    // Talks someone missed; arrivals that are no visit; a journey in a clause of its own.
    assert!(encounters_of(
        "Minister Ola Holm missed the talks, held Tuesday in Oslo, with Minister Kari Lund.",
        people
    )
    .is_empty());
    let ctx = Context {
        dateline: Some(900),
        ..Context::default()
    };
    for text in [
        "More than 200 refugees have arrived here since January, Minister Ola Holm said.",
        "Ambassador Kari Lund said relations grew since she arrived here four years ago.",
    ] {
        assert!(found_with(text, people, &ctx).is_empty(), "{text}");
    }
    assert!(found_in(
        "Minister Kari Lund, who went to school in Norway, is on a three-day official visit.",
        people
    )
    .is_empty());
    // "The two ministers" after another encounter was told are not the plan's.
    let e = encounters_of(
        "President Ola Holm is expected to hold talks with President Kari Lund next week. The visit comes after the ministers of the two countries held talks in January. The two ministers signed a declaration at that meeting.",
        people,
    );
    assert!(e.iter().all(|e| !e.starts_with("signing")), "{e:?}");
}

#[test]
fn headlines_and_datelines_the_rules_of_set_af_leave_alone() {
    for text in [
        "Minister Kari Lund receives Queen Elizabeth Prize winners\n\nThe minister congratulated the engineers.",
        "Emir Tamim bin Hamad Receives Ambassador Hails Strong Ties\n\nThe emir received the envoy.",
    ] {
        let n = names(text);
        assert!(
            n.iter().all(|n| n != "Elizabeth Prize" && n != "Strong Ties"),
            "{text}: {n:?}"
        );
    }
    let page = |t: &str| super::super::layout::parse_article(t);
    let a = page("Holm and Lund to meet at summit in Oslo [June 3, 2016]\n\nPresident Ola Holm held talks with President Kari Lund on Tuesday.");
    assert_eq!(a.published, None);
    for text in [
        "UPDATED. April 21, 2014. Minister Ola Holm met Minister Kari Lund.",
        "KIRKENESBY. April 21, 2014. Minister Ola Holm met Minister Kari Lund.",
    ] {
        let a = page(text);
        assert_eq!(
            (a.published.is_some(), a.outlet.is_some()),
            (false, false),
            "{text}"
        );
    }
}

#[test]
fn one_met_on_arrival_by_their_post_is_who_arrived() {
    let people = &["Ola Holm", "Kari Lund", "Per Dahl"];
    let text = "Prime Minister Ola Holm arrived in Norway last night. The Nordic Chair was met on arrival by High Commissioner Kari Lund and Ambassador Per Dahl.";
    let e = encounters_of(text, people);
    assert!(
        e.contains(&"reception: Kari Lund host, Per Dahl host, Ola Holm visitor".to_string()),
        "{e:?}"
    );
    // Without anyone who arrived, the post is nobody's.
    let e = encounters_of(
        "The Nordic Chair was met on arrival by High Commissioner Kari Lund.",
        people,
    );
    assert!(e.iter().all(|e| !e.contains("Ola Holm")), "{e:?}");
}
