//! Trips and the encounters they hold: a journey told with "travelled", a visit told in the
//! present as the day's news, the day a later sentence gives "the visit which took place", a
//! thing welcomed that is no guest; on invented text.

use super::*;
use chrono::NaiveDate;

/// What the layout gave an article dated on this day.
fn dated(y: i32, m: u32, d: u32) -> Context<'static> {
    Context {
        article_date: NaiveDate::from_ymd_opt(y, m, d),
        ..Context::default()
    }
}

/// Each encounter as "kind day place-id people-count" ("visit 2022-05-05 900 1").
fn told(found: &[Encounter]) -> Vec<String> {
    found
        .iter()
        .map(|e| {
            let day = e.date.map(|d| d.to_string()).unwrap_or_default();
            let place = e.place.map(|p| p.to_string()).unwrap_or_default();
            format!("{} {day} {place} {}", e.kind, e.people.len())
        })
        .collect()
}

#[test]
fn a_journey_told_with_travelled_is_a_visit_and_the_meeting_after_it_is_on_its_day() {
    let e = found_in(
        "On May 5, 2022, the President of Chile, Ola Holm, traveled with the Chilean delegation to Norway. The Chilean president met with the President of Norway, Kari Lund, to discuss trade.",
        &["Ola Holm", "Kari Lund"],
    );
    assert_eq!(
        told(&e),
        vec!["visit 2022-05-05 900 1", "meeting 2022-05-05 900 2"]
    );
    // Travelled to attend something, from somewhere to a meeting: no place, no visit.
    assert!(found_in(
        "Minister Ola Holm travelled directly from the Middle East to the Council of Ministers.",
        &["Ola Holm"],
    )
    .is_empty());
}

#[test]
fn a_visit_told_in_the_present_is_under_way_on_the_articles_day() {
    let ctx = dated(2021, 12, 7);
    let e = found_with(
        "President Ola Holm is in Norway for a one day working visit.\n\nHolm held talks with Prime Minister Kari Lund.",
        &["Ola Holm", "Kari Lund"],
        &ctx,
    );
    assert_eq!(
        told(&e),
        vec!["visit 2021-12-07 900 1", "meeting 2021-12-07 900 2"]
    );
    // In a relative clause it is background: the meeting's day is not told.
    let e = found_with(
        "President Ola Holm, who is on a visit to Norway, met Prime Minister Kari Lund.",
        &["Ola Holm", "Kari Lund"],
        &ctx,
    );
    assert!(e.iter().all(|e| e.date.is_none()), "{:?}", told(&e));
}

#[test]
fn the_visit_which_took_place_on_a_day_gives_that_day_to_the_encounter_told_before() {
    let e = found_with(
        "Minister Ola Holm has called on President Kari Lund to discuss trade.\n\nThe visit which took place on Thursday, March 4, 2021 was in line with the directives of the Prime Minister.",
        &["Ola Holm", "Kari Lund"],
        &dated(2021, 3, 5),
    );
    assert_eq!(told(&e), vec!["meeting 2021-03-04  2"]);
}

#[test]
fn a_thing_welcomed_or_received_is_no_guest() {
    for text in [
        "Ola Holm and Kari Lund welcomed the entry into force of the Agreement on Trade.",
        "Ola Holm welcomed the signing of the accord by Kari Lund.",
        "Ola Holm received support from Kari Lund for the project.",
    ] {
        assert!(
            found_in(text, &["Ola Holm", "Kari Lund"]).is_empty(),
            "{text}"
        );
    }
    // The words after the guest's name are what the host did next: still a reception.
    for text in [
        "President Ola Holm welcomed Minister Kari Lund, pledging continued support for the project.",
        "Minister Ola Holm received Ambassador Kari Lund, expressing regret over the incident.",
        "President Ola Holm received Kari Lund following her appointment as Coordinator.",
    ] {
        assert_eq!(
            found_in(text, &["Ola Holm", "Kari Lund"]).len(),
            1,
            "{text}"
        );
    }
}

#[test]
fn a_meeting_on_the_sidelines_of_the_summit_told_before_is_on_its_days_and_at_its_place() {
    let e = found_with(
        "President Ola Holm departed on 31 August to participate in the 9th Nordic Forum, held from 4 to 6 September in Norway.\n\nOn the sidelines of the summit, President Ola Holm held extensive discussions with President Kari Lund.",
        &["Ola Holm", "Kari Lund"],
        &dated(2024, 9, 9),
    );
    assert_eq!(
        told(&e),
        vec![
            "conference 2024-09-04/2024-09-06 900 2",
            "meeting 2024-09-04/2024-09-06 900 2"
        ]
    );
    // A day of its own, told in its sentence, stays.
    let e = found_in(
        "Minister Ola Holm attended the 9th Nordic Forum, held from 4 to 6 September in Norway.\n\nOn 5 September, on the sidelines of the forum, Minister Ola Holm met Minister Kari Lund.",
        &["Ola Holm", "Kari Lund"],
    );
    assert!(
        told(&e).contains(&"meeting XXXX-09-05 900 2".to_string()),
        "{:?}",
        told(&e)
    );
}

#[test]
fn the_clause_that_says_when_an_event_was_held_dates_it_past_its_acronym() {
    let e = found_in(
        "President Ola Holm departed on 31 August to participate in the 9th Forum on Norway-Africa Cooperation (FONAC), held from 4 to 6 September in Norway.",
        &["Ola Holm"],
    );
    assert_eq!(told(&e), vec!["conference XXXX-09-04/XXXX-09-06 900 1"]);
}
#[test]
fn counterparts_named_by_one_plural_title_were_received_together() {
    let e = found_in(
        "Swedish Foreign Minister Lena Berg and his Danish counterpart Per Dahl arrived in Norway on Monday for talks with Norwegian leaders.\n\nNorwegian President Kari Lund received the Swedish and Danish foreign ministers, in the presence of Norwegian Foreign Minister Ola Holm, at the palace.",
        &["Lena Berg", "Per Dahl", "Kari Lund", "Ola Holm"],
    );
    let receptions: Vec<String> = e
        .iter()
        .filter(|e| e.kind == crate::model::MeetingKind::Reception)
        .map(|e| format!("{:?}", e.people))
        .collect();
    // The host, the two guests, and who was present on neither side.
    assert_eq!(
        receptions,
        vec!["[(102, Host), (100, Visitor), (101, Visitor), (103, Participant)]"]
    );
    // Received "separately": one reception each.
    let e = found_in(
        "President Kari Lund received the Swedish and Danish foreign ministers separately on Monday.",
        &["Lena Berg", "Per Dahl", "Kari Lund"],
    );
    assert!(e.len() != 1 || e[0].people.len() < 3, "{e:#?}");
    // Counterparts a list names one by one: one meeting each.
    let e = found_in(
        "Minister Kari Lund met with Minister Lena Berg and Minister Per Dahl.",
        &["Lena Berg", "Per Dahl", "Kari Lund"],
    );
    assert_eq!(e.len(), 2, "{e:#?}");
}

#[test]
fn a_crossing_a_quarter_or_a_street_ends_a_place_not_a_person() {
    let c = cues_of("Upon the arrival of Prince Ola Holm at the royal hall at the King Fahd Bridge, he was received by the Prime Minister, Kari Lund.");
    assert!(c.iter().all(|c| c.name != "Fahd Bridge"), "{c:#?}");
    let c = cues_of(
        "President Kari Lund received the minister at the al-Salam Palace in Baghdad's Green Zone.",
    );
    assert!(c.iter().all(|c| c.name != "Green Zone"), "{c:#?}");
}

#[test]
fn a_courtesy_call_is_paid_and_a_new_posts_assumption_welcomed_is_no_reception() {
    let c = cues_of(
        "Chinese Ambassador to Norway Ola Holm Pays a Courtesy Call on Acting Prime Minister of Norway\n\nOn 25 April, Ambassador Ola Holm paid a courtesy call on Prime Minister Kari Lund.",
    );
    assert!(c.iter().all(|c| c.name != "Ola Holm Pays"), "{c:#?}");
    assert!(found_in(
        "Acting Prime Minister Kari Lund welcomed Ambassador Ola Holm's assumption of office.",
        &["Ola Holm", "Kari Lund"],
    )
    .is_empty());
}

#[test]
fn a_visit_after_ahead_of_the_arrival_is_still_to_come() {
    let e = found_in(
        "Minister Ola Holm and Minister Kari Lund chaired the talks ahead of the arrival of President Per Dahl for his three-day official visit to Norway.",
        &["Ola Holm", "Kari Lund", "Per Dahl"],
    );
    assert!(
        e.iter().all(|e| e.kind != crate::model::MeetingKind::Visit),
        "{:?}",
        told(&e)
    );
}

#[test]
fn a_numbered_sitting_of_a_joint_commission_held_is_a_conference() {
    let e = found_in(
        "Talks in Norway\n\nThe two countries discussed cooperation at the 7th Joint Commission for Bilateral Cooperation held in Norway on Tuesday.",
        &[],
    );
    assert_eq!(told(&e), vec!["conference  900 0"]);
    // A session of a committee is the committee's meeting, not a sitting of a joint body.
    let e = found_in(
        "Talks in Norway\n\nMinister Ola Holm thanked the Director for visiting Norway to attend the 43rd session of the Heritage Committee in Norway.",
        &["Ola Holm"],
    );
    assert!(e.is_empty(), "{:?}", told(&e));
}

#[test]
fn the_dead_a_condolence_call_is_about_are_not_met() {
    let e = found_in(
        "Minister Kari Lund has called on President Ola Holm to commiserate with him over the death of Per Dahl, Prime Minister.",
        &["Ola Holm", "Kari Lund", "Per Dahl"],
    );
    assert_eq!(
        e.iter().map(|e| e.person_ids().len()).collect::<Vec<_>>(),
        vec![2],
        "{:?}",
        told(&e)
    );
    // Named before the verb: "in Tokyo for the state funeral of former Prime Minister C".
    let e = found_in(
        "Prime Minister Ola Holm, in Tokyo for the state funeral of former Prime Minister Per Dahl, met Prime Minister Kari Lund on Tuesday.",
        &["Ola Holm", "Kari Lund", "Per Dahl"],
    );
    assert_eq!(
        e.iter().map(|e| e.person_ids().len()).collect::<Vec<_>>(),
        vec![2],
        "{:?}",
        told(&e)
    );
    assert!(found_in(
        "President Ola Holm received with great sadness the news of the demise of Per Dahl.",
        &["Ola Holm", "Per Dahl"],
    )
    .is_empty());
}

#[test]
fn a_date_after_the_articles_is_what_was_talked_about_not_the_day_of_the_meeting() {
    let e = found_with(
        "Minister Ola Holm met with Mayor Kari Lund on the city's plans to host the 2030 World Expo.",
        &["Ola Holm", "Kari Lund"],
        &dated(2022, 9, 27),
    );
    assert_eq!(told(&e), vec!["meeting   2"]);
}

#[test]
fn what_the_trip_rules_leave_alone() {
    let people = &["Ola Holm", "Kari Lund", "Per Dahl"];
    let kinds = |text: &str| -> Vec<String> {
        found_in(text, people)
            .iter()
            .map(|e| format!("{} {}", e.kind, e.people.len()))
            .collect()
    };
    // A career told: no visit.
    assert!(
        kinds("Since taking office, Minister Ola Holm has travelled to Norway twice.").is_empty()
    );
    // A meeting after "ahead of the arrival of C and": the clause's own verb, held.
    assert_eq!(
        kinds("Minister Ola Holm arrived in Norway ahead of the arrival of President Per Dahl and held talks with Minister Kari Lund."),
        vec!["visit 1", "meeting 2"]
    );
    // Unable to attend: no attendee.
    let e = found_in(
        "Talks\n\nPresident Ola Holm flew to Norway but was unable to attend the Nordic Summit opening session held on Tuesday.",
        people,
    );
    assert!(
        e.iter()
            .all(|e| e.kind != crate::model::MeetingKind::Conference || e.people.is_empty()),
        "{:?}",
        told(&e)
    );
    // "since the visit which took place in 2019": an older visit, not the meeting told before.
    let e = found_in(
        "President Ola Holm held talks with President Kari Lund at State House. It was their first encounter since the visit which took place in March 2019 in Norway.",
        people,
    );
    assert!(e.iter().all(|e| e.date.is_none()), "{:?}", told(&e));
    // A numbered committee of a body, chaired in the past: no conference.
    assert_eq!(
        kinds("Talks\n\nAmbassador Kari Lund, who chaired the 4th Committee in 2019, held talks with Minister Ola Holm."),
        vec!["meeting 2"]
    );
    // On the sidelines of "the assembly": not the forum told before.
    let e = found_in(
        "Talks\n\nPresident Ola Holm is at the General Assembly. The previous session of the Nordic Forum was held in Norway in November 2021. On the sidelines of the assembly, Ola Holm met President Kari Lund on Thursday.",
        people,
    );
    assert!(
        e.iter()
            .all(|e| e.kind != crate::model::MeetingKind::Conference || e.people.is_empty()),
        "{:?}",
        told(&e)
    );
}

#[test]
fn someone_in_a_country_for_talks_is_visiting_it() {
    for text in [
        "Minister Lena Berg is currently in Norway for high-level talks.",
        "Minister Lena Berg was in Norway for talks last week.",
    ] {
        let found = found_in(text, &["Lena Berg"]);
        assert_eq!(found.len(), 1, "{text}: {found:#?}");
        assert_eq!(found[0].kind, MeetingKind::Visit);
        assert_eq!(found[0].place, Some(900));
    }
    // Not an agreement "for talks to continue".
    assert!(found_in("Lena Berg is in favour of talks.", &["Lena Berg"]).is_empty());
}

#[test]
fn one_welcomed_on_a_visit_is_the_visitor_and_one_granted_an_audience_is_received() {
    let people = ["Ola Holm", "Kari Lund", "Harald Berg"];
    // The guest welcomed "on a visit" visits, not the one who welcomed them; "to Norway"
    // after the welcome is where.
    assert_eq!(
        encounters_of(
            "President Kari Lund warmly welcomed Foreign Minister Ola Holm on a two-day visit to Norway.",
            &people,
        ),
        vec![
            "reception: Kari Lund host, Ola Holm visitor",
            "visit: Ola Holm visitor"
        ]
    );
    assert_eq!(
        encounters_of(
            "The Government warmly welcomed H.E. Ola Holm, Minister of Trade of Chile to Norway, on a two-day visit.",
            &people,
        ),
        vec!["visit: Ola Holm visitor"]
    );
    // "was granted an audience of the King": the King received him.
    assert_eq!(
        encounters_of(
            "During the talks, Ola Holm was granted a royal audience of His Majesty King Harald Berg.",
            &people,
        ),
        vec!["reception: Harald Berg host, Ola Holm visitor"]
    );
}

#[test]
fn a_meeting_between_countries_told_later_is_not_the_meeting_before() {
    let people = ["Kari Lund", "Per Dahl"];
    // Its day is not the day of the meeting told before it.
    for second in [
        "In November 2014, the capital hosted a historic meeting between Chile, the United States and the European Union.",
        "The commission was revived in November 2014, during a meeting between Chilean and Peruvian officials.",
    ] {
        let e = found_in(
            &format!("Minister Kari Lund held a meeting with Ambassador Per Dahl. {second}"),
            &people,
        );
        assert_eq!(e.len(), 1, "{second}: {e:#?}");
        assert_eq!(e[0].date, None, "{second}: {e:#?}");
    }
    // A sentence that tells more of the same meeting still supports it.
    let e = found_in(
        "Minister Kari Lund held a meeting with Ambassador Per Dahl. The meeting was held on 3 November 2014.",
        &people,
    );
    assert_eq!(e.len(), 1, "{e:#?}");
    assert_eq!(e[0].date.map(|d| d.to_string()), Some("2014-11-03".into()));
}

#[test]
fn one_welcomed_by_the_host_is_the_visitor() {
    let people = ["Ola Holm", "Kari Lund"];
    for text in [
        "Prime Minister Ola Holm was welcomed by Prime Minister Kari Lund on a three-day visit to Norway.",
        "Prime Minister Ola Holm, welcomed at the airport by Prime Minister Kari Lund, is on a three-day visit to Norway.",
    ] {
        let e = encounters_of(text, &people);
        assert!(e.contains(&"visit: Ola Holm visitor".to_string()), "{text}: {e:#?}");
        assert!(!e.contains(&"visit: Kari Lund visitor".to_string()), "{text}: {e:#?}");
    }
}

#[test]
fn a_meeting_of_the_visitor_told_before_the_visit_was_where_the_visit_went() {
    // The visit is told last ("arrived in Norway on Sunday on a two-day visit"); the calls the
    // visitor paid, told first and without a place of their own, were there too.
    let e = found_in(
        "Foreign Secretary Ola Holm paid a courtesy call on Prime Minister Kari Lund on Sunday.\n\nHolm also called on Finance Minister Per Dahl.\n\nHolm arrived in Norway on Sunday on a two-day visit.",
        &["Ola Holm", "Kari Lund", "Per Dahl"],
    );
    assert_eq!(
        told(&e),
        vec!["meeting  900 2", "meeting  900 2", "visit  900 1"],
        "{e:?}"
    );
    // Someone else's meeting, told before the visit, is not moved there.
    let e = found_in(
        "Prime Minister Kari Lund met Finance Minister Per Dahl on Friday.\n\nForeign Secretary Ola Holm arrived in Norway on Sunday on a two-day visit.",
        &["Ola Holm", "Kari Lund", "Per Dahl"],
    );
    assert_eq!(told(&e), vec!["meeting   2", "visit  900 1"], "{e:?}");
    // Nor one the text sets before the trip, nor one the visitor hosted (at home).
    for text in [
        "Before his departure, Foreign Secretary Ola Holm met Finance Minister Per Dahl.\n\nHolm arrived in Norway on Sunday on a two-day visit.",
        "Foreign Secretary Ola Holm received Ambassador Per Dahl at the ministry.\n\nHolm later arrived in Norway on a two-day visit.",
    ] {
        let e = found_in(text, &["Ola Holm", "Per Dahl"]);
        assert!(
            e.iter()
                .any(|e| e.kind != MeetingKind::Visit && e.place.is_none()),
            "{text}: {e:?}"
        );
    }
}

#[test]
fn a_place_joined_to_another_name_by_a_dash_is_where_nothing_was() {
    for text in [
        "Minister Ola Holm called on Minister Kari Lund, and the two sides discussed problems at the Norway-Sweden border.",
        "Minister Ola Holm called on Minister Kari Lund to discuss trade at the Sweden–Norway border.",
    ] {
        let e = found_in(text, &["Ola Holm", "Kari Lund"]);
        assert_eq!(told(&e), vec!["meeting   2"], "{text}");
    }
    // A place joined to a name no country's (a region of it) is still the place.
    let text = "Minister Ola Holm called on Minister Kari Lund in Norway-Nordland on Monday.";
    let e = found_in(text, &["Ola Holm", "Kari Lund"]);
    assert_eq!(told(&e), vec!["meeting  900 2"], "{text}");
    let text = "Minister Ola Holm called on Minister Kari Lund in Norway to discuss the border.";
    let e = found_in(text, &["Ola Holm", "Kari Lund"]);
    assert_eq!(told(&e), vec!["meeting  900 2"], "{text}");
}

#[test]
fn an_encounter_of_a_visit_over_before_the_article_is_on_the_visits_days() {
    let ctx = Context {
        dateline: Some(900),
        ..dated(2022, 10, 9)
    };
    let text = "Minister Ola Holm paid an official visit to Norway from 3 to 6 October 2022. Minister Ola Holm was received by President Kari Lund.";
    assert_eq!(
        told(&found_with(text, &["Ola Holm", "Kari Lund"], &ctx)),
        vec![
            "visit 2022-10-03/2022-10-06 900 1",
            "reception 2022-10-03/2022-10-06 900 2"
        ]
    );
    // A visit still under way on the article's day leaves it the article's.
    let ctx = Context {
        dateline: Some(900),
        ..dated(2022, 10, 5)
    };
    assert_eq!(
        told(&found_with(text, &["Ola Holm", "Kari Lund"], &ctx)),
        vec![
            "visit 2022-10-03/2022-10-06 900 1",
            "reception 2022-10-05 900 2"
        ]
    );
}
