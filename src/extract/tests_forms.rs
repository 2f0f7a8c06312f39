//! Forms of English that outlets outside the studied sets use (set N's misses, read as forms of
//! the language): titles and names in more shapes, whom a topic was discussed with, subjects no
//! one knows, dates and places that belong to another clause, meetings to come, the host's
//! country; on invented text.

use super::people::{names_and_titles, pairs};
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

#[test]
fn initials_written_onto_a_surname_after_a_titles_place_are_the_name() {
    assert_eq!(
        names_and_titles("The Governor of Moscow A.D.Beglov arrived in Oslo."),
        vec![("A.D.Beglov".to_string(), "Governor of Moscow".to_string())]
    );
}

#[test]
fn arriving_to_a_place_is_a_visit_and_arriving_to_do_something_is_not() {
    assert_eq!(
        encounters_of("Minister Ola Holm has arrived to Norway.", &["Ola Holm"]),
        vec!["visit: Ola Holm visitor"]
    );
    assert!(encounters_of(
        "Minister Ola Holm arrived to attend the summit.",
        &["Ola Holm"]
    )
    .is_empty());
}

#[test]
fn a_title_alone_is_the_one_the_article_names_so_most_often() {
    // Ola Holm is "President" twice before "Mr President"; Kari Lund and Jon Berg, named
    // last, once each.
    assert_eq!(
        encounters_of(
            "President Ola Holm arrived in Norway on Thursday. President Holm was among the three heads of state who came. Others were President Kari Lund and President Jon Berg. In separate engagements, Mr President also held private meetings with President Per Dahl.",
            &["Ola Holm", "Kari Lund", "Jon Berg", "Per Dahl"],
        ),
        vec![
            "visit: Ola Holm visitor",
            "meeting: Ola Holm participant, Per Dahl participant"
        ]
    );
}

#[test]
fn a_surname_two_people_share_after_a_title_is_the_one_named_with_that_title() {
    assert_eq!(
        encounters_of(
            "President Dr Ola Holm and First Lady, Her Excellency Kari Holm, have arrived in Norway at the invitation of President Per Dahl. At the airport, President Holm was received by Minister Jon Berg.",
            &["Ola Holm", "Kari Holm", "Jon Berg", "Per Dahl"],
        ),
        vec![
            "visit: Ola Holm visitor",
            "reception: Jon Berg host, Ola Holm visitor"
        ]
    );
}

#[test]
fn a_visitors_encounter_without_a_place_was_where_the_visit_went() {
    let found = found_in(
        "President Ola Holm has arrived in Norway ahead of the anniversary. President Holm also held private meetings with Minister Jon Berg and Minister Per Dahl.",
        &["Ola Holm", "Jon Berg", "Per Dahl"],
    );
    assert_eq!(found.len(), 3, "{found:#?}");
    assert!(found.iter().all(|e| e.place == Some(900)), "{found:#?}");
    // One told before the visit: not on it, as far as the text says.
    let found = found_in(
        "President Ola Holm held a private meeting with Minister Jon Berg on Monday. President Ola Holm then arrived in Norway on Thursday.",
        &["Ola Holm", "Jon Berg"],
    );
    let meeting = found.iter().find(|e| e.kind == MeetingKind::Meeting);
    assert_eq!(meeting.map(|e| e.place), Some(None), "{found:#?}");
}

#[test]
fn those_who_accompanied_a_visitor_came_on_the_visit() {
    assert_eq!(
        encounters_of(
            "President Ola Holm paid a state visit to Norway. Minister Jon Berg hosted a dinner in honour of President Holm. President Holm was accompanied by Minister Kari Lund.",
            &["Ola Holm", "Jon Berg", "Kari Lund"],
        ),
        vec![
            "visit: Ola Holm visitor, Kari Lund participant",
            "reception: Jon Berg host, Ola Holm visitor"
        ]
    );
}

#[test]
fn envoys_listed_by_their_country_are_people() {
    let names: Vec<String> = names_and_titles(
        "The new envoys are Morocco's Ana Lima, Per Dahl from the Kingdom of Morocco, and Jon Berg from Azerbaijan.",
    )
    .into_iter()
    .map(|(n, _)| n)
    .collect();
    assert_eq!(names, ["Ana Lima", "Per Dahl", "Jon Berg"]);
    assert_eq!(
        names_and_titles(
            "Kari Lund is from Morocco, while Lars Moe is the Head of Mission for Azerbaijan."
        ),
        pairs(&[
            ("Kari Lund", ""),
            ("Lars Moe", "Head of Mission for Azerbaijan")
        ])
    );
}

#[test]
fn a_sentence_that_goes_on_with_a_list_of_guests_names_more_of_them() {
    let people = ["Ola Holm", "Ana Lima", "Per Dahl", "Jon Berg", "Kari Lund"];
    assert_eq!(
        encounters_of(
            "The envoys presented their letters of credence to President Ola Holm on Wednesday. The new envoys are Ana Lima from Norway and Per Dahl from Norway. Jon Berg is from Norway, while Kari Lund is the Head of Mission for Norway.",
            &people,
        ),
        [
            "reception: Ola Holm host, Ana Lima visitor",
            "reception: Ola Holm host, Per Dahl visitor",
            "reception: Ola Holm host, Jon Berg visitor",
            "reception: Ola Holm host, Kari Lund visitor"
        ]
    );
    // A sentence about someone named before goes on with no list.
    assert_eq!(
        encounters_of(
            "The envoys presented their letters of credence to President Ola Holm on Wednesday. The new envoys are Ana Lima from Norway and Per Dahl from Norway. Ola Holm is from Norway, while Kari Lund is from Norway.",
            &people,
        ),
        [
            "reception: Ola Holm host, Ana Lima visitor",
            "reception: Ola Holm host, Per Dahl visitor"
        ]
    );
}

#[test]
fn a_family_name_in_capitals_after_the_given_name_is_part_of_it() {
    assert_eq!(
        names_and_titles("The President received Minister of Trade Abdel MESSARI in Baku."),
        pairs(&[("Abdel MESSARI", "Minister of Trade")])
    );
    // A body's acronym after a title's "Of" is no one's name.
    assert_eq!(
        names_and_titles("Executive Director Of UNAIDS, Kari Lund, spoke in Baku."),
        pairs(&[("Kari Lund", "Executive Director Of UNAIDS")])
    );
}

#[test]
fn exchanging_with_someone_is_meeting_them() {
    assert_eq!(
        encounters_of(
            "Ola Holm also exchanged with the Special Representative on Trade, Kari Lund, regarding her plans.",
            &["Ola Holm", "Kari Lund"],
        ),
        ["meeting: Ola Holm participant, Kari Lund participant"]
    );
}

#[test]
fn a_bare_title_is_the_one_the_outlet_names_without_a_country() {
    // Named once each: "the Prime Minister" is the outlet's own, not the Greek one named last.
    assert_eq!(
        encounters_of(
            "\"Security comes first,\" said Prime Minister Ola Holm during the meeting with Greek Prime Minister Kari Lund. On Friday, the Prime Minister also met with Bulgarian Prime Minister Jon Berg.",
            &["Ola Holm", "Kari Lund", "Jon Berg"],
        ),
        [
            "meeting: Ola Holm participant, Kari Lund participant",
            "meeting: Ola Holm participant, Jon Berg participant"
        ]
    );
}

#[test]
fn one_who_welcomed_a_titled_guest_is_a_person() {
    assert_eq!(
        names_and_titles(
            "Ola Holm welcomed US Secretary of State Kari Lund into his office on Wednesday evening."
        ),
        pairs(&[("Ola Holm", ""), ("Kari Lund", "Secretary of State")])
    );
}

#[test]
fn being_in_a_country_for_a_visit_is_a_visit() {
    assert_eq!(
        encounters_of(
            "Dr. Ola Holm, Foreign Minister of Sweden, is in Norway for an official visit from 29-30 April 2022, at the invitation of Dr. Kari Lund.",
            &["Ola Holm", "Kari Lund"],
        ),
        ["visit: Ola Holm visitor"]
    );
}

#[test]
fn a_meeting_at_a_bodys_seat_in_a_place_was_in_that_place() {
    let people = ["Kari Lund", "Per Dahl"];
    let found = found_in(
        "Kari Lund met Per Dahl. The meeting took place at the Building of the Foreign Affairs Ministry in Norway on Friday.",
        &people,
    );
    assert_eq!(
        found.iter().map(|e| e.place).collect::<Vec<_>>(),
        [Some(900)]
    );
    // The seat of someone's post is not where they met.
    let found = found_in(
        "Kari Lund, Ambassador of the Embassy in Norway, met Per Dahl.",
        &people,
    );
    assert_eq!(found.iter().map(|e| e.place).collect::<Vec<_>>(), [None]);
}

#[test]
fn a_named_event_proposed_or_to_be_held_is_no_encounter() {
    for text in [
        "Ola Holm announced that he will propose to Kari Lund the holding of the Nordic Summit in Norway.",
        "The Nordic Summit in Norway, which was to be held today, was called off by Ola Holm.",
    ] {
        assert!(
            encounters_of(text, &["Ola Holm", "Kari Lund"]).is_empty(),
            "{text}"
        );
    }
    // Held, after a dash that is no clause of the future.
    assert_eq!(
        encounters_of(
            "Oslo, Tuesday 15 March 2022 – The Nordic Summit was held in Norway.",
            &["Ola Holm"]
        ),
        ["conference: "]
    );
}

#[test]
fn a_titles_word_may_stand_before_its_head_after_a_name() {
    assert_eq!(
        names_and_titles(
            "Kari Lund, the Ambassador of Sweden to Morocco and Ola Holm, State Minister for Foreign Affairs of Morocco signed the Exchange of Notes."
        ),
        pairs(&[
            ("Kari Lund", "Ambassador of Sweden to Morocco"),
            ("Ola Holm", "State Minister for Foreign Affairs of Morocco")
        ])
    );
}

#[test]
fn a_date_in_a_clause_about_the_visit_is_not_the_talks() {
    let found = found_in(
        "During the visit, which began on 20 October 2024, Ola Holm held talks with Kari Lund.",
        &["Ola Holm", "Kari Lund"],
    );
    assert_eq!(found.len(), 1, "{found:#?}");
    assert_eq!(found[0].date, None, "{found:#?}");
}

#[test]
fn a_subject_that_met_one_and_then_received_another_hosted_the_second_alone() {
    assert_eq!(
        encounters_of(
            "On Monday, President Ola Holm met the Speaker of Parliament, Kari Lund, and later received a delegation led by its chairman, Per Dahl.",
            &["Ola Holm", "Kari Lund", "Per Dahl"],
        ),
        [
            "meeting: Ola Holm participant, Kari Lund participant",
            "reception: Ola Holm host, Per Dahl visitor"
        ]
    );
    // Verbs of one kind share their objects.
    assert_eq!(
        encounters_of(
            "President Ola Holm called on Kari Lund, and met with Per Dahl.",
            &["Ola Holm", "Kari Lund", "Per Dahl"],
        )
        .len(),
        2
    );
}

#[test]
fn a_working_lunch_is_a_meeting_and_concluding_a_visit_to_a_place_is_a_visit() {
    assert_eq!(
        encounters_of(
            "President Ola Holm concluded a three-day state visit to Norway on Tuesday. President Holm also held a working lunch with Minister Kari Lund.",
            &["Ola Holm", "Kari Lund"],
        ),
        [
            "visit: Ola Holm visitor",
            "meeting: Ola Holm participant, Kari Lund participant"
        ]
    );
}

#[test]
fn a_countrys_leader_is_its_head_and_a_clause_about_the_visit_names_no_visitor() {
    assert_eq!(
        encounters_of(
            "President Ola Holm of Norway arrived in Ghana on Sunday. On the final day, the Norwegian leader visited Kumasi, where he met the regional minister, Kari Lund.",
            &["Ola Holm", "Kari Lund"],
        ),
        ["meeting: Ola Holm visitor, Kari Lund host"]
    );
    // Nobody the text names is the leader: Kari Lund, met there, is no visitor.
    assert!(!encounters_of(
        "On the final day, the delegation visited Kumasi, where it met the regional minister, Kari Lund.",
        &["Kari Lund"],
    )
    .iter()
    .any(|e| e.contains("visitor")));
}

#[test]
fn nobody_visits_their_own_country_the_visit_is_the_guests() {
    let countries: std::collections::HashMap<&'static str, i64> = [("NO", 900), ("DK", 901)].into();
    let ctx = Context {
        country_place: &countries,
        ..Context::default()
    };
    let visitors = |text: &str| -> Vec<i64> {
        found_with(text, &["Ola Holm", "Kari Lund"], &ctx)
            .iter()
            .filter(|e| e.kind == MeetingKind::Visit)
            .flat_map(|e| e.person_ids())
            .collect()
    };
    // "his" could be either's: the Norwegian King is at home in Norway.
    assert_eq!(
        visitors("The Norwegian King Ola Holm met today with the Danish Prime Minister, Kari Lund, upon his arrival on a visit to Norway."),
        vec![101]
    );
    // Of several others, the one whose post is of another country.
    let found = found_with(
        "The Norwegian King Ola Holm, accompanied by Crown Prince Per Dahl, met today with the Danish Prime Minister, Kari Lund, upon his arrival on a visit to Norway.",
        &["Ola Holm", "Kari Lund", "Per Dahl"],
        &ctx,
    );
    let visit = found.iter().find(|e| e.kind == MeetingKind::Visit);
    assert_eq!(
        visit.map(|v| v.person_ids()),
        Some([101].into()),
        "{found:#?}"
    );
    // A subject from abroad is the visitor, as before.
    assert_eq!(
        visitors("The Danish Prime Minister Ola Holm met today with the Norwegian King Kari Lund during his visit to Norway."),
        vec![100]
    );
}

#[test]
fn talks_told_with_two_words_joined_by_but_or_and_are_held() {
    for text in [
        "Prime Minister Ola Holm held informal but wide-ranging discussions with Prime Minister Kari Lund.",
        "Prime Minister Ola Holm had frank and open talks with Prime Minister Kari Lund.",
    ] {
        assert_eq!(
            encounters_of(text, &["Ola Holm", "Kari Lund"]),
            vec!["meeting: Ola Holm participant, Kari Lund participant"],
            "{text}"
        );
    }
}

#[test]
fn a_press_conference_is_no_event_of_its_own() {
    let people = ["Ola Holm", "Kari Lund"];
    let kinds = |text: &str| -> Vec<String> {
        found_in(text, &people)
            .iter()
            .map(|e| e.kind.to_string())
            .collect()
    };
    assert!(kinds("Joint Press Conference Hosted By Prime Minister Ola Holm and Prime Minister Kari Lund\n\nThe two leaders spoke to reporters in Oslo.").is_empty());
    // A conference named as one is still held.
    assert_eq!(
        kinds("The Nordic Media Conference was held in Oslo on Monday."),
        vec!["conference"]
    );
}
