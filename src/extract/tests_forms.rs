//! Forms of English that outlets outside the studied sets use (set N's misses, read as forms of
//! the language): titles and names in more shapes, whom a topic was discussed with, subjects no
//! one knows, dates and places that belong to another clause, meetings to come, the host's
//! country; on invented text.

use super::people::names_and_titles;
use super::*;

#[test]
fn an_indefinite_article_and_a_qualifier_may_open_a_title_after_a_name() {
    assert_eq!(
        names_and_titles(
            "Kari Lund, an elected President of the Nordic Council, met officials in Oslo."
        ),
        vec![(
            "Kari Lund".to_string(),
            "President of the Nordic Council".to_string()
        )]
    );
    // An indefinite article before no title is no title: "a friend of the family".
    assert!(names_and_titles("Kari Lund, a friend of the Holm family, spoke.").is_empty());
}

#[test]
fn the_objects_of_a_subject_no_one_knows_meet_no_one() {
    // "Sir Per" is nobody the catalog knows: Ola Holm and Kari Lund were both met, not a pair.
    assert!(encounters_of(
        "On Tuesday, Sir Per then met with Ambassador Ola Holm and Consul Kari Lund.",
        &["Ola Holm", "Kari Lund"],
    )
    .is_empty());
    // A passive verb names its agent after it.
    assert_eq!(
        encounters_of(
            "A dinner was hosted by Minister Ola Holm in honour of Minister Kari Lund.",
            &["Ola Holm", "Kari Lund"],
        )
        .len(),
        1
    );
}

#[test]
fn whom_a_topic_was_discussed_with_is_a_counterpart() {
    let people = ["Ola Holm", "Kari Lund"];
    assert_eq!(
        encounters_of(
            "President Ola Holm discussed the agenda of climate change with Kari Lund.",
            &people,
        ),
        vec!["meeting: Ola Holm participant, Kari Lund participant"]
    );
    assert_eq!(
        encounters_of(
            "President Ola Holm discussed trade with Norwegian Foreign Minister Kari Lund.",
            &people,
        ),
        vec!["meeting: Ola Holm participant, Kari Lund participant"]
    );
    // Relations with a country, or "with a view to": no one it was discussed with.
    assert!(encounters_of(
        "President Ola Holm discussed relations with Norway, a concern of Kari Lund.",
        &people,
    )
    .is_empty());
    assert!(encounters_of(
        "President Ola Holm discussed the plan with a view to the visit of Kari Lund.",
        &people,
    )
    .is_empty());
}

#[test]
fn a_name_in_the_possessive_after_its_title_is_introduced() {
    assert_eq!(
        names_and_titles(
            "Cuban President Miguel Lima-Soto's official talks with Norway on Tuesday strengthened ties."
        ),
        vec![("Miguel Lima-Soto".to_string(), "President".to_string())]
    );
}

#[test]
fn a_date_in_a_clause_looking_back_before_the_verb_is_not_the_meetings() {
    let people = ["Ola Holm", "Kari Lund"];
    let found = found_in(
        "President Ola Holm who is visiting Norway for the first time since taking office in November 2017 held talks with President Kari Lund.",
        &people,
    );
    let meeting = found.iter().find(|e| e.kind == MeetingKind::Meeting);
    assert!(meeting.is_some_and(|m| m.date.is_none()), "{found:#?}");
}

#[test]
fn a_spokesman_who_told_journalists_that_they_met_took_no_part() {
    assert_eq!(
        encounters_of(
            "Spokesman Per Dahl told journalists at State House that Mr. Ola Holm also briefed President Kari Lund on the elections.",
            &["Ola Holm", "Kari Lund", "Per Dahl"],
        ),
        vec!["meeting: Ola Holm participant, Kari Lund participant"]
    );
}

#[test]
fn under_a_dated_dateline_the_meetings_told_after_the_lead_are_of_its_day() {
    let text = "Ola Holm opened the session on Monday.\nHe met Kari Lund.\nPer Dahl discussed trade with Ola Holm.";
    let g = Gazetteer::new(vec![
        known(EntityKind::Person, 1, "Ola Holm"),
        known(EntityKind::Person, 2, "Kari Lund"),
        known(EntityKind::Person, 3, "Per Dahl"),
    ]);
    let s = split(text);
    let m = g.find(text, None);
    let cues = person_cues(text, &s, &m);
    let dated = |dateline: Option<i64>| -> Vec<(Option<String>, DateBasis)> {
        let ctx = Context {
            dateline,
            article_partial: PartialDate::parse("XXXX-03-04").ok(),
            ..Context::default()
        };
        encounters(text, &s, &m, &cues, &ctx)
            .iter()
            .map(|e| (e.date.map(|d| d.to_string()), e.basis))
            .collect()
    };
    let day = (Some("XXXX-03-04".to_string()), DateBasis::Article);
    assert_eq!(dated(Some(21)), vec![day.clone(), day]);
    // Without a dateline the page's date tells nothing of the day they met.
    assert_eq!(
        dated(None),
        vec![(None, DateBasis::Unknown), (None, DateBasis::Unknown)]
    );
}

#[test]
fn a_place_in_the_words_someone_said_after_the_meeting_is_not_its_place() {
    let found = found_in(
        "Ola Holm met Kari Lund, who said after the meeting: \"Many of our people live in Norway.\"",
        &["Ola Holm", "Kari Lund"],
    );
    assert_eq!(found.len(), 1, "{found:#?}");
    assert_eq!(found[0].place, None, "{found:#?}");
    let found = found_in(
        "Ola Holm met Kari Lund in Norway.",
        &["Ola Holm", "Kari Lund"],
    );
    assert_eq!(found[0].place, Some(900), "{found:#?}");
}

#[test]
fn a_member_of_parliament_is_titled_by_the_letters_before_the_name() {
    assert_eq!(
        names_and_titles("The Prime Minister then welcomed MP Ola Holm at the palace."),
        vec![("Ola Holm".to_string(), "MP".to_string())]
    );
    // After the name they are letters after it, no part of the name.
    assert_eq!(
        names_and_titles("Minister Kari Lund Berg MP met the press."),
        vec![("Kari Lund Berg".to_string(), "Minister".to_string())]
    );
}

#[test]
fn a_title_right_after_a_titled_name_begins_the_next_person() {
    assert_eq!(
        names_and_titles(
            "At the invitation of President Ana Lima Souza President Holm was on a visit to Norway."
        ),
        vec![
            ("Ana Lima Souza".to_string(), "President".to_string()),
            ("Holm".to_string(), "President".to_string())
        ]
    );
}

#[test]
fn initials_run_together_end_no_sentence() {
    assert_eq!(
        names_and_titles("Earlier, Prime Minister K.P. Lima Oli had called on the President."),
        vec![("K.P. Lima Oli".to_string(), "Prime Minister".to_string())]
    );
    // Initials end a sentence no more than one initial does.
    assert_eq!(split("He met A.B. Lima in Oslo. The talks ended.").len(), 2);
}

#[test]
fn a_spouse_named_with_the_one_they_came_with_takes_part() {
    assert_eq!(
        encounters_of(
            "President Ola Holm and his spouse Kari Lund met Prime Minister Per Dahl on Wednesday.",
            &["Ola Holm", "Kari Lund", "Per Dahl"],
        ),
        vec!["meeting: Ola Holm participant, Kari Lund participant, Per Dahl participant"]
    );
    assert_eq!(
        names_and_titles("King Per Dahl and his wife Kari Lund received the envoys."),
        vec![
            ("Per Dahl".to_string(), "King".to_string()),
            ("Kari Lund".to_string(), "wife".to_string())
        ]
    );
}

#[test]
fn said_inside_a_name_is_no_verb_of_speech() {
    assert_eq!(
        encounters_of(
            "Sultan Ola bin Said received at the palace this evening President Kari Lund.",
            &["Ola bin Said", "Kari Lund"],
        ),
        vec!["reception: Ola bin Said host, Kari Lund visitor"]
    );
}

#[test]
fn those_who_attended_from_one_side_join_the_meeting_told_last() {
    let people = ["Ola Holm", "Kari Lund", "Per Dahl"];
    let e = encounters_of(
        "King Ola Holm received President Kari Lund at the palace. It was attended from the Norwegian side by Minister Per Dahl.",
        &people,
    );
    assert_eq!(e.len(), 1, "{e:?}");
    assert!(e[0].contains("Per Dahl"), "{e:?}");
}

#[test]
fn a_hall_named_after_a_body_is_a_building_not_an_event() {
    let found = found_in(
        "Talks were held between Ola Holm and Kari Lund at the Nordic Assembly Hall Tuesday.",
        &["Ola Holm", "Kari Lund"],
    );
    assert!(found.iter().all(|e| e.event.is_none()), "{found:#?}");
    // A summit is still one, and a weekday after it is no part of its name.
    let found = found_in(
        "Ola Holm and Kari Lund attended the Nordic Summit Tuesday.",
        &["Ola Holm", "Kari Lund"],
    );
    let names: Vec<&str> = found.iter().filter_map(|e| e.event.as_deref()).collect();
    assert_eq!(names, ["Nordic Summit"], "{found:#?}");
}

#[test]
fn a_place_that_is_a_topic_of_the_talks_is_not_where_they_were() {
    let found = found_in(
        "Ola Holm met Kari Lund and discussed the situation in Norway.",
        &["Ola Holm", "Kari Lund"],
    );
    assert_eq!(found.len(), 1, "{found:#?}");
    assert_eq!(found[0].place, None, "{found:#?}");
    // An administrator is a title.
    assert_eq!(
        names_and_titles("He also met the Nordic Fund Administrator Kari Lund."),
        vec![("Kari Lund".to_string(), "Administrator".to_string())]
    );
}

#[test]
fn a_body_and_a_city_joined_by_a_slash_on_a_line_of_their_own_are_a_dateline() {
    let a = crate::extract::layout::parse_article(
        " date 2023-09-26 NTB\n\nUnited Nations/Oslo, September 26\n\nThe minister met the Secretary-General here on Monday.\n",
    );
    assert_eq!(a.dateline.as_deref(), Some("Oslo"), "{a:#?}");
    assert_eq!(a.title, None, "{a:#?}");
}

#[test]
fn initials_in_brackets_after_a_name_are_another_name_of_the_person() {
    let c = cues_of("President Pedro Lima Holm (PLH) arrived in Oslo.");
    assert_eq!(c.len(), 1, "{c:#?}");
    assert_eq!(c[0].acronym.as_deref(), Some("PLH"));
    // Letters that are not the name's initials are something else's.
    let c = cues_of("President Pedro Lima Holm (UN) arrived in Oslo.");
    assert_eq!(c[0].acronym, None);
}

#[test]
fn a_plural_title_before_names_is_their_title_and_no_part_of_a_name() {
    assert_eq!(
        names_and_titles("It was attended by the Foreign Ministers Ana Lima Souza and Kari Lund."),
        vec![
            (
                "Ana Lima Souza".to_string(),
                "Foreign Ministers".to_string()
            ),
            ("Kari Lund".to_string(), "Foreign Ministers".to_string())
        ]
    );
}

#[test]
fn hosts_listed_after_semicolons_with_titles_in_lower_case_all_received_the_guest() {
    let e = encounters_of(
        "Ola Holm was received by the Deputy Minister, Kari Lund; the ambassador of Norway in Peru, Per Dahl; and the mayor of Lima, Ana Berg.",
        &["Ola Holm", "Kari Lund", "Per Dahl", "Ana Berg"],
    );
    assert_eq!(
        e,
        vec!["reception: Kari Lund host, Per Dahl host, Ana Berg host, Ola Holm visitor"]
    );
}

#[test]
fn a_meeting_to_come_named_after_one_told_is_not_that_one() {
    let e = encounters_of(
        "Ola Holm was received by Kari Lund in Oslo. The meeting, which will take place at the Training Center, will be attended by Holm and his counterpart, Per Dahl.",
        &["Ola Holm", "Kari Lund", "Per Dahl"],
    );
    assert_eq!(e, vec!["reception: Kari Lund host, Ola Holm visitor"]);
}

#[test]
fn a_meeting_during_a_visit_was_where_the_visit_went() {
    let found = found_in(
        "Minister Ola Holm paid a working visit to Norway. During the visit the Minister met with President Kari Lund.",
        &["Ola Holm", "Kari Lund"],
    );
    let meeting = found.iter().find(|e| e.kind == MeetingKind::Meeting);
    assert!(meeting.is_some_and(|m| m.place == Some(900)), "{found:#?}");
}

#[test]
fn a_host_named_by_their_country_received_the_guest_there() {
    let countries: std::collections::HashMap<&'static str, i64> = [("NO", 900)].into();
    let ctx = Context {
        country_place: &countries,
        ..Context::default()
    };
    let found = found_with(
        "The Norwegian King Ola Holm received the Danish envoy Kari Lund.",
        &["Ola Holm", "Kari Lund"],
        &ctx,
    );
    assert_eq!(found.len(), 1, "{found:#?}");
    assert_eq!(found[0].place, Some(900), "{found:#?}");
    // A guest's country is not where they were received.
    let found = found_with(
        "King Ola Holm received the Norwegian envoy Kari Lund.",
        &["Ola Holm", "Kari Lund"],
        &ctx,
    );
    assert_eq!(found[0].place, None, "{found:#?}");
}

#[test]
fn a_meeting_named_by_a_noun_and_planned_after_it_is_no_encounter() {
    let people = ["Ola Holm", "Kari Lund"];
    assert!(encounters_of(
        "A meeting between President Ola Holm and President Kari Lund is planned for October 2.",
        &people,
    )
    .is_empty());
    assert!(encounters_of(
        "The talks between Ola Holm and Kari Lund will take place in May.",
        &people,
    )
    .is_empty());
    // A verb of meeting told as done stays, whatever the clause after it plans.
    assert_eq!(
        encounters_of(
            "Ministers in Oslo. Minister Ola Holm met Minister Kari Lund, and they are set to meet again next year.",
            &people,
        )
        .len(),
        1
    );
}

#[test]
fn a_sentence_opening_with_with_goes_on_with_the_meeting_told_last() {
    let e = encounters_of(
        "The President Ola Holm also met with the President of Norway, Kari Lund. Also, with the President of Sweden, Per Dahl.",
        &["Ola Holm", "Kari Lund", "Per Dahl"],
    );
    assert_eq!(
        e,
        vec![
            "meeting: Ola Holm participant, Kari Lund participant",
            "meeting: Ola Holm participant, Per Dahl participant"
        ]
    );
}

#[test]
fn an_emperor_is_titled() {
    assert_eq!(
        names_and_titles("The minister met Emperor Kenji Sato at the palace."),
        vec![("Kenji Sato".to_string(), "Emperor".to_string())]
    );
}

#[test]
fn a_meeting_cancelled_or_called_off_is_no_encounter() {
    let people = ["Ola Holm", "Kari Lund"];
    for text in [
        "President Ola Holm cancels meeting with President Kari Lund.",
        "President Ola Holm postpones talks with President Kari Lund.",
        "President Ola Holm called off the meeting with President Kari Lund.",
    ] {
        assert!(encounters_of(text, &people).is_empty(), "{text}");
    }
}
