//! The ways wire copy and official releases tell a day's meetings: titles in lower case after
//! a name, a whole name met without a title, a meeting told by its counterpart first, a day's
//! meetings one after another, a letter handed over in person; on invented text.

use super::people::names_and_titles;
use super::*;

fn names(text: &str) -> Vec<String> {
    names_and_titles(text).into_iter().map(|(n, _)| n).collect()
}

#[test]
fn a_lower_case_title_after_a_name_and_a_comma_is_its_title() {
    assert_eq!(
        names_and_titles(
            "The minister met Kari Lund, secretary-general of the Nordic Council, in Oslo."
        ),
        vec![(
            "Kari Lund".to_string(),
            "secretary-general of the Nordic Council".to_string()
        )]
    );
    assert_eq!(
        names_and_titles("The minister met Kari Lund, deputy foreign minister of Norway."),
        vec![(
            "Kari Lund".to_string(),
            "deputy foreign minister of Norway".to_string()
        )]
    );
    // A head without a named body after it is no title: "president of the club".
    assert!(names("The minister thanked Kari Lund, president of the club, at noon.").is_empty());
}

#[test]
fn a_whole_name_met_or_meeting_is_a_persons() {
    assert_eq!(
        names("The minister met Kari Lund on Monday."),
        ["Kari Lund"]
    );
    assert_eq!(
        names("The minister held talks with Kari Lund."),
        ["Kari Lund"]
    );
    assert_eq!(names("Ola Holm met Kari Lund."), ["Ola Holm", "Kari Lund"]);
    assert_eq!(names("Later, Kari Lund met the minister."), ["Kari Lund"]);
    // Words of a title or a body are no name, nor a name before "of".
    assert!(names("The minister met Government House officials.").is_empty());
    assert!(names("The minister met Nordic Fund of Oslo staff.").is_empty());
    // Nor a name before "of" and its country, when the clause goes on or ends there.
    assert_eq!(
        names("The minister met Kari Lund of Morocco in Baku."),
        ["Kari Lund"]
    );
    assert_eq!(
        names("Minister Ola Holm signed a memorandum with his counterpart Kari Lund of Morocco."),
        ["Ola Holm", "Kari Lund"]
    );
    assert!(names("The minister met Nordic Fund of Morocco Airlines.").is_empty());
    // Not the subject of a verb of meeting in the middle of a clause.
    assert!(names("The plan of Kari Lund held.").is_empty());
}

#[test]
fn a_family_name_written_first_names_the_person_again() {
    let g = Gazetteer::new(vec![
        known(EntityKind::Person, 1, "Park Jin"),
        known(EntityKind::Person, 2, "Ola Holm"),
    ]);
    let m = g.find(
        "Foreign Minister Park Jin arrived. Park met Ola Holm. Ola spoke at Park Avenue.",
        None,
    );
    let found: Vec<(&str, Option<i64>)> = m
        .iter()
        .map(|m| (m.surface.as_str(), m.entity.map(|e| e.id)))
        .collect();
    // "Ola" alone names nobody (a given name), nor "Park" before a capitalised word.
    assert_eq!(
        found,
        vec![
            ("Park Jin", Some(1)),
            ("Park", Some(1)),
            ("Ola Holm", Some(2))
        ]
    );
}

#[test]
fn a_meeting_told_by_its_counterpart_first_is_the_subjects() {
    let e = encounters_of(
        "Foreign Minister Lena Berg held talks in Oslo. In the meeting with his Swedish counterpart, Ola Holm, the two ministers welcomed the agreement.",
        &["Lena Berg", "Ola Holm"],
    );
    assert_eq!(
        e,
        vec!["meeting: Lena Berg participant, Ola Holm participant"]
    );
    // "welcomed the agreement" welcomed nobody
    let e = encounters_of(
        "Lena Berg welcomed the agreement with Ola Holm.",
        &["Lena Berg", "Ola Holm"],
    );
    assert!(e.iter().all(|e| !e.starts_with("reception")), "{e:?}");
}

#[test]
fn a_message_handed_over_in_person_is_no_letter_instead_of_a_meeting() {
    assert_eq!(
        encounters_of(
            "President Lena Berg received Ola Holm, who delivered a message of friendship from his President.",
            &["Lena Berg", "Ola Holm"],
        ),
        vec!["reception: Lena Berg host, Ola Holm visitor"]
    );
    // A message sent is still no meeting.
    assert!(encounters_of(
        "Lena Berg sent a message of friendship to Ola Holm.",
        &["Lena Berg", "Ola Holm"],
    )
    .is_empty());
}

#[test]
fn a_days_meetings_told_one_after_another_are_of_its_day() {
    let date = |text: &str, people: &[&str]| -> Vec<Option<String>> {
        found_in(text, people)
            .iter()
            .map(|e| e.date.map(|d| d.to_string()))
            .collect()
    };
    // "received three delegations" on a day, then each delegation's reception.
    assert_eq!(
        date(
            "On Sunday 25th February, President Lena Berg received three senior delegations. Following that, Lena Berg received Ola Holm.",
            &["Lena Berg", "Ola Holm"],
        ),
        vec![Some("XXXX-02-25".to_string())]
    );
    // "then met" after a dated meeting of the same person.
    assert_eq!(
        date(
            "Lena Berg met Ola Holm on 3 March 2024. Lena Berg then met Kari Lund.",
            &["Lena Berg", "Ola Holm", "Kari Lund"],
        ),
        vec![
            Some("2024-03-03".to_string()),
            Some("2024-03-03".to_string())
        ]
    );
    // "later met", "Later in the day": the next of the same day.
    for second in [
        "Lena Berg later met Kari Lund.",
        "Later in the day, Lena Berg received Kari Lund.",
        "Later, Lena Berg received Kari Lund.",
    ] {
        assert_eq!(
            date(
                &format!("Lena Berg met Ola Holm on 3 March 2024. {second}"),
                &["Lena Berg", "Ola Holm", "Kari Lund"],
            ),
            vec![
                Some("2024-03-03".to_string()),
                Some("2024-03-03".to_string())
            ],
            "{second}"
        );
    }
    // "Two days later", "a week later held" tell another day: not the one before's.
    for second in [
        "Two days later, Lena Berg met Kari Lund.",
        "Lena Berg, who a week later held talks with Kari Lund, said so.",
    ] {
        assert_eq!(
            date(
                &format!("Lena Berg met Ola Holm on 3 March 2024. {second}"),
                &["Lena Berg", "Ola Holm", "Kari Lund"],
            ),
            vec![Some("2024-03-03".to_string()), None],
            "{second}"
        );
    }
    // Without a word of sequence the second stays undated.
    assert_eq!(
        date(
            "Lena Berg met Ola Holm on 3 March 2024. Lena Berg met Kari Lund.",
            &["Lena Berg", "Ola Holm", "Kari Lund"],
        ),
        vec![Some("2024-03-03".to_string()), None]
    );
}

#[test]
fn a_list_of_titled_people_after_semicolons_are_all_counterparts() {
    let e = encounters_of(
        "Lena Berg met with the Director of the Nordic Fund, Ola Holm; the Secretary of the Arctic Council, Kari Lund; and the Chair of the Board, Per Dahl.",
        &["Lena Berg", "Ola Holm", "Kari Lund", "Per Dahl"],
    );
    assert_eq!(
        e,
        vec![
            "meeting: Lena Berg participant, Ola Holm participant",
            "meeting: Lena Berg participant, Kari Lund participant",
            "meeting: Lena Berg participant, Per Dahl participant",
        ]
    );
    // A semicolon before a new clause still ends the parties.
    let e = encounters_of(
        "Lena Berg met with Ola Holm; Kari Lund spoke later.",
        &["Lena Berg", "Ola Holm", "Kari Lund"],
    );
    assert_eq!(
        e,
        vec!["meeting: Lena Berg participant, Ola Holm participant"]
    );
}

#[test]
fn a_titles_possessive_or_a_meeting_that_was_with_someone_tells_whose_meeting() {
    assert_eq!(
        encounters_of(
            "President Lena Berg arrived. The President’s meetings closed with a meeting with the delegation led by Ola Holm.",
            &["Lena Berg", "Ola Holm"],
        ),
        vec!["meeting: Lena Berg participant, Ola Holm participant"]
    );
    assert_eq!(
        encounters_of(
            "Secretary-General Lena Berg arrived. The Secretary-General's first meeting was with the Foreign Minister, Ola Holm.",
            &["Lena Berg", "Ola Holm"],
        ),
        vec!["meeting: Lena Berg participant, Ola Holm participant"]
    );
}

#[test]
fn a_section_label_before_a_fronted_clause_keeps_the_surname_after_it() {
    let e = encounters_of(
        "Foreign Minister Ola Holm arrived.\nBackground: During his visit to Norway, Holm met with President Kari Lund.",
        &["Ola Holm", "Kari Lund"],
    );
    assert!(
        e.contains(&"meeting: Ola Holm visitor, Kari Lund host".to_string()),
        "{e:?}"
    );
}

#[test]
fn those_present_at_the_meeting_told_last_join_it() {
    let people = ["Lena Berg", "Ola Holm", "Kari Lund", "Per Dahl"];
    assert_eq!(
        encounters_of(
            "Lena Berg met Ola Holm on Monday. During the meeting, Kari Lund and Per Dahl were present.",
            &people,
        ),
        vec!["meeting: Lena Berg participant, Ola Holm participant, Kari Lund participant, Per Dahl participant"]
    );
    assert_eq!(
        encounters_of(
            "Lena Berg met Ola Holm on Monday. This meeting was attended by Kari Lund.",
            &people,
        ),
        vec!["meeting: Lena Berg participant, Ola Holm participant, Kari Lund participant"]
    );
    // Present at nothing told: nobody joins anything.
    assert!(encounters_of("Kari Lund and Per Dahl were present.", &people).is_empty());
}

#[test]
fn a_person_told_as_late_takes_part_in_nothing() {
    let people = ["Lena Berg", "Ola Holm", "Kari Lund"];
    assert_eq!(
        encounters_of(
            "President Lena Berg met Ola Holm and laid a wreath at the Mausoleum of the late Norwegian President, Kari Lund.",
            &people,
        ),
        vec!["meeting: Lena Berg participant, Ola Holm participant"]
    );
    // Late in a month is no death.
    assert_eq!(
        encounters_of("In late June, President Lena Berg met Ola Holm.", &people,),
        vec!["meeting: Lena Berg participant, Ola Holm participant"]
    );
    assert_eq!(
        encounters_of(
            "President Lena Berg met Ola Holm and the former President, Kari Lund.",
            &people,
        )
        .len(),
        2
    );
}

#[test]
fn a_name_called_on_keeps_its_particles_and_its_first_name() {
    assert_eq!(
        names("The minister called on Carlos Lima do Rosario, the Prime Minister of Norway."),
        ["Carlos Lima do Rosario"]
    );
    // "Minister of Carlos ..." would be a title's field; "called on" is a verb's.
    assert_eq!(
        names("The minister called on Kari Lund, the President of Norway."),
        ["Kari Lund"]
    );
}

#[test]
fn a_field_before_the_head_of_a_title_says_which_minister() {
    let e = encounters_of(
        "Defence Minister Ola Holm held discussions with Minister of Interior Kari Lund in Oslo. Yesterday, the Defence Minister called on Prime Minister Per Dahl.",
        &["Ola Holm", "Kari Lund", "Per Dahl"],
    );
    assert!(
        e.contains(&"meeting: Ola Holm participant, Per Dahl participant".to_string()),
        "{e:?}"
    );
}

#[test]
fn a_call_later_that_day_is_no_evidence_of_the_meeting_before() {
    let e = found_in(
        "Ola Holm met with Kari Lund on Monday. Later in the day, Ola Holm held a phone call with Per Dahl.",
        &["Ola Holm", "Kari Lund", "Per Dahl"],
    );
    assert_eq!(e.len(), 1, "{e:?}");
    assert_eq!(e[0].evidence.len(), 1, "{e:?}");
}

#[test]
fn the_next_meeting_of_a_day_takes_the_day_the_lead_gets_from_its_dateline() {
    let text = "Secretary-General Ola Holm met Kari Lund at the headquarters on Monday.\nThe Secretary-General then met Per Dahl.";
    let ctx = Context {
        dateline: Some(21),
        article_partial: PartialDate::parse("XXXX-03-04").ok(),
        ..Context::default()
    };
    let g = Gazetteer::new(vec![
        known(EntityKind::Person, 1, "Ola Holm"),
        known(EntityKind::Person, 2, "Kari Lund"),
        known(EntityKind::Person, 3, "Per Dahl"),
    ]);
    let s = split(text);
    let m = g.find(text, None);
    let cues = person_cues(text, &s, &m);
    let dates: Vec<Option<String>> = encounters(text, &s, &m, &cues, &ctx)
        .iter()
        .map(|e| e.date.map(|d| d.to_string()))
        .collect();
    assert_eq!(
        dates,
        vec![
            Some("XXXX-03-04".to_string()),
            Some("XXXX-03-04".to_string())
        ]
    );
}

#[test]
fn a_visit_made_is_a_visit_and_a_lecture_given_is_nobody() {
    assert_eq!(
        encounters_of(
            "Senator Ola Holm, the Minister of Foreign Affairs, made an official visit to Norway last week.",
            &["Ola Holm"],
        ),
        vec!["visit: Ola Holm visitor"]
    );
    assert!(
        names("Ola Holm delivered a Special Guest Lecture at the Institute.")
            .iter()
            .all(|n| n != "Guest Lecture")
    );
}

#[test]
fn a_talk_held_yesterday_with_someone_is_a_meeting_of_that_day() {
    let ctx = Context {
        article_date: chrono::NaiveDate::from_ymd_opt(2019, 3, 22),
        ..Context::default()
    };
    let e = found_with(
        "Foreign Minister Ola Holm, who is touring the region on March 17-23, discussed yesterday with his Swedish counterpart, Kari Lund, the bilateral cooperation.",
        &["Ola Holm", "Kari Lund"],
        &ctx,
    );
    let found: Vec<(usize, Option<String>)> = e
        .iter()
        .map(|e| (e.people.len(), e.date.map(|d| d.to_string())))
        .collect();
    assert_eq!(found, vec![(2, Some("2019-03-21".to_string()))]);
}

#[test]
fn who_led_the_talks_took_part_in_them() {
    let people = ["Lena Berg", "Ola Holm"];
    // As if they had been held by her.
    let held = encounters_of(
        "President Lena Berg held talks during President Ola Holm's first visit to Baku.",
        &people,
    );
    assert!(
        held.iter().any(|e| e.starts_with("meeting: Lena Berg")),
        "{held:?}"
    );
    assert_eq!(
        encounters_of(
            "President Lena Berg led the talks during President Ola Holm's first visit to Baku.",
            &people,
        ),
        held
    );
    assert_eq!(
        encounters_of(
            "The discussions were led by President Lena Berg and President Ola Holm.",
            &people,
        ),
        vec!["meeting: Lena Berg participant, Ola Holm participant"]
    );
    // A delegation led by someone is no talks.
    assert!(encounters_of(
        "The delegation was led by President Lena Berg and President Ola Holm.",
        &people,
    )
    .is_empty());
}

#[test]
fn who_told_of_the_talks_at_the_end_of_the_sentence_took_no_part() {
    let people = ["Lena Berg", "Ola Holm", "Kari Lund"];
    for tail in [
        "spokesperson Kari Lund tweeted.",
        "Kari Lund said on Monday.",
        "Kari Lund told reporters.",
    ] {
        assert_eq!(
            encounters_of(
                &format!("Lena Berg held talks with Ola Holm and discussed trade, {tail}"),
                &people,
            ),
            vec!["meeting: Lena Berg participant, Ola Holm participant"],
            "{tail}"
        );
    }
    // Someone met, named before a clause of telling that goes on, is still met.
    assert_eq!(
        encounters_of(
            "Lena Berg held talks with Ola Holm and Kari Lund, who said the talks went well.",
            &people,
        ),
        vec![
            "meeting: Lena Berg participant, Ola Holm participant",
            "meeting: Lena Berg participant, Kari Lund participant"
        ]
    );
}

#[test]
fn a_comma_that_closes_a_name_set_off_by_commas_opens_no_clause() {
    let people = ["Lena Berg", "Ola Holm"];
    assert_eq!(
        encounters_of(
            "In a meeting, the President of Norway, Lena Berg, and Foreign Minister Ola Holm discussed trade.",
            &people,
        ),
        vec!["meeting: Lena Berg participant, Ola Holm participant"]
    );
    // A clause with a subject of its own after ", and" still opens one.
    assert_eq!(
        encounters_of(
            "President Lena Berg met Minister Per Dahl, and Foreign Minister Ola Holm held talks with Minister Kari Lund.",
            &["Lena Berg", "Ola Holm", "Kari Lund", "Per Dahl"],
        ),
        vec![
            "meeting: Lena Berg participant, Per Dahl participant",
            "meeting: Ola Holm participant, Kari Lund participant"
        ]
    );
}

#[test]
fn a_place_told_of_what_was_announced_for_the_future_is_not_where_they_met() {
    let place = |text: &str| -> Vec<Option<i64>> {
        found_in(text, &["Lena Berg", "Ola Holm", "Kari Lund"])
            .iter()
            .map(|e| e.place)
            .collect()
    };
    assert_eq!(
        place("Minister Lena Berg held talks with Minister Ola Holm, during which it was announced that President Kari Lund is scheduled to make a visit to Norway."),
        vec![None]
    );
    assert_eq!(
        place("Minister Lena Berg held talks with Minister Ola Holm and said that the next round will be held in Norway."),
        vec![None]
    );
    // Where they met, told before, stays.
    assert_eq!(
        place("Minister Lena Berg held talks with Minister Ola Holm in Norway and said that trade will grow."),
        vec![Some(900)]
    );
}

#[test]
fn the_following_day_is_the_day_after_the_one_told_before() {
    let date = |second: &str| -> Vec<Option<String>> {
        found_in(
            &format!("Lena Berg met Ola Holm on 3 March 2024. {second}"),
            &["Lena Berg", "Ola Holm", "Kari Lund"],
        )
        .iter()
        .map(|e| e.date.map(|d| d.to_string()))
        .collect()
    };
    let day = |d: &str| Some(d.to_string());
    for (second, want) in [
        (
            "Lena Berg also met Kari Lund the following day.",
            "2024-03-04",
        ),
        ("The next day, Lena Berg received Kari Lund.", "2024-03-04"),
        ("A day earlier, Lena Berg received Kari Lund.", "2024-03-02"),
        ("Lena Berg also met Kari Lund.", "2024-03-03"),
    ] {
        assert_eq!(date(second), vec![day("2024-03-03"), day(want)], "{second}");
    }
}

#[test]
fn a_surname_after_a_title_names_the_one_named_in_full_only_later() {
    let g = Gazetteer::new(vec![
        known(EntityKind::Person, 1, "Kari Lund"),
        known(EntityKind::Person, 2, "Ola Holm"),
    ]);
    let found = |text: &str| -> Vec<(String, Option<i64>)> {
        g.find(text, None)
            .iter()
            .map(|m| (m.surface.clone(), m.entity.map(|e| e.id)))
            .collect()
    };
    assert_eq!(
        found("The minister met Ambassador Lund. Photo: Ambassador Kari Lund."),
        vec![
            ("Lund".to_string(), Some(1)),
            ("Kari Lund".to_string(), Some(1))
        ]
    );
    // Without a title before it, a surname alone names no one named only later.
    assert_eq!(
        found("Lund spoke. Photo: Ambassador Kari Lund."),
        vec![("Kari Lund".to_string(), Some(1))]
    );
}

#[test]
fn the_mends_of_a_review_hold() {
    // The teller of talks whose parties are not named before its words is one of them.
    assert_eq!(
        encounters_of(
            "Speaking after his talks with President Lena Berg, President Ola Holm said on Thursday.",
            &["Lena Berg", "Ola Holm"],
        )
        .len(),
        1
    );
    // A name set off by commas after someone's verb: ", and" opens the next clause.
    assert_eq!(
        encounters_of(
            "President Lena Berg met the Minister of Finance, Per Dahl, and Foreign Minister Ola Holm held talks with Ambassador Kari Lund on Monday.",
            &["Lena Berg", "Per Dahl", "Ola Holm", "Kari Lund"],
        ),
        vec![
            "meeting: Lena Berg participant, Per Dahl participant",
            "meeting: Ola Holm participant, Kari Lund participant"
        ]
    );
    // A day told of something else, or after a visit's span, moves no day.
    let dates = |text: &str| -> Vec<Option<String>> {
        found_in(text, &["Lena Berg", "Ola Holm", "Kari Lund"])
            .iter()
            .map(|e| e.date.map(|d| d.to_string()))
            .collect()
    };
    for second in [
        "Lena Berg also met Kari Lund, who had arrived the previous evening.",
        "Lena Berg also met Kari Lund and briefed her on the next day's debate.",
        "Lena Berg then met Kari Lund to discuss the vote held the day before.",
    ] {
        let got = dates(&format!("Lena Berg met Ola Holm on 3 March 2024. {second}"));
        assert_eq!(
            got.last(),
            Some(&Some("2024-03-03".to_string())),
            "{second}"
        );
    }
    let got = dates(
        "Lena Berg paid a visit to Norway from 1 to 3 March 2024. The next day, Lena Berg met Kari Lund.",
    );
    assert_eq!(got.last(), Some(&None), "{got:?}");
    // A body's colour is no name's word.
    assert!(
        names_and_titles("Minister Ola Holm met Red Cross of Morocco in Baku.")
            .iter()
            .all(|(n, _)| n != "Red Cross")
    );
}
