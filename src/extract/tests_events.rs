//! Events and who took part: credentials however spelt, a post by its abbreviation, a title in
//! the plural, an event named with its year, a trip made to attend one, a relative clause of
//! a thing (set V's misses, read as forms of the language); on invented text.

use super::*;

/// The names of the people the text introduces, in order.
fn names_in(text: &str) -> Vec<String> {
    cues_of(text).into_iter().map(|c| c.name).collect()
}

#[test]
fn credentials_misspelt_are_still_presented() {
    assert_eq!(
        encounters_of(
            "Mr Ola Holm of Norway presented his credintials to President Kari Lund yesterday.",
            &["Ola Holm", "Kari Lund"],
        ),
        vec!["reception: Kari Lund host, Ola Holm visitor"]
    );
}

#[test]
fn the_mos_is_the_minister_of_state_told_before() {
    assert_eq!(
        encounters_of(
            "Minister of State Ola Holm met President Kari Lund on Thursday.\n\nThe MoS also held a meeting with Foreign Minister Per Dahl.",
            &["Ola Holm", "Kari Lund", "Per Dahl"],
        ),
        vec![
            "meeting: Ola Holm participant, Kari Lund participant",
            "meeting: Ola Holm participant, Per Dahl participant",
        ]
    );
}

#[test]
fn a_title_in_the_plural_is_nobody_s_name() {
    let names = names_in(
        "The minister held discussions with Ecuadorian Ministers, Vice Ministers and officials.",
    );
    assert!(!names.iter().any(|n| n.contains("Ministers")), "{names:?}");
}

#[test]
fn an_event_named_with_its_year_is_the_one_on_whose_margins_they_met() {
    let e = found_in(
        "Ola Holm met Kari Lund at the margins of the 2024 Nordic Foreign Ministers Meeting in Oslo.",
        &["Ola Holm", "Kari Lund"],
    );
    let events: Vec<(String, usize)> = e
        .iter()
        .filter(|e| e.kind == MeetingKind::Conference)
        .map(|e| (e.event.clone().unwrap_or_default(), e.people.len()))
        .collect();
    assert_eq!(
        events,
        vec![("Nordic Foreign Ministers Meeting".to_string(), 2)]
    );
}

#[test]
fn a_trip_made_to_attend_an_event_says_it_was_held_and_who_attended() {
    let e = found_in(
        "President Ola Holm left Norway on Wednesday for Sweden to attend the Second Nordic-African Summit that ran from 27 to 28 July.",
        &["Ola Holm"],
    );
    let events: Vec<(String, usize, bool)> = e
        .iter()
        .filter(|e| e.kind == MeetingKind::Conference)
        .map(|e| {
            (
                e.event.clone().unwrap_or_default(),
                e.people.len(),
                e.date.is_some(),
            )
        })
        .collect();
    assert_eq!(
        events,
        vec![("Second Nordic-African Summit".to_string(), 1, true)]
    );
}

#[test]
fn whom_a_thing_met_in_a_relative_clause_is_not_whom_the_subject_met() {
    let e = encounters_of(
        "Ola Holm also met a committee of the peace initiative on the crisis that recently met President Kari Lund.",
        &["Ola Holm", "Kari Lund"],
    );
    assert!(e.iter().all(|m| !m.contains("Kari Lund")), "{e:?}");
    // A delegation the subject led, or the subject itself, is another matter.
    for text in [
        "Minister Ola Holm led the Norwegian delegation that met President Kari Lund in Oslo.",
        "It was Minister Ola Holm that received President Kari Lund at the airport.",
    ] {
        let e = encounters_of(text, &["Ola Holm", "Kari Lund"]);
        assert_eq!(e.len(), 1, "{text}: {e:?}");
    }
}

#[test]
fn negotiations_held_and_a_farewell_bid_are_encounters() {
    let people = ["Ola Holm", "Kari Lund"];
    for (text, want) in [
        (
            "Foreign Minister Ola Holm and Foreign Minister Kari Lund held negotiations on Friday.",
            "meeting: Ola Holm participant, Kari Lund participant",
        ),
        (
            "The outgoing Ambassador to Norway, Ola Holm, bid farewell to President Kari Lund at the palace.",
            "meeting: Ola Holm participant, Kari Lund participant",
        ),
    ] {
        assert_eq!(encounters_of(text, &people), vec![want], "{text}");
    }
    // A mourner's farewell is no call.
    let text = "President Ola Holm bid farewell to former Prime Minister Kari Lund, who died last week, at a state funeral.";
    assert!(encounters_of(text, &people).is_empty(), "{text}");
}

#[test]
fn a_speaker_who_spoke_during_the_meeting_took_part_in_it() {
    let people = ["Ola Holm", "Kari Lund", "Per Dahl"];
    assert_eq!(
        encounters_of(
            "Norway will help, Foreign Minister Ola Holm stated on Tuesday during a meeting with Ambassador Kari Lund.",
            &people,
        ),
        vec!["meeting: Ola Holm participant, Kari Lund participant"]
    );
    // One who says that others met is no party to their meeting.
    let e = encounters_of(
        "Minister Per Dahl said that Ola Holm met Ambassador Kari Lund on Tuesday.",
        &people,
    );
    assert!(e.iter().all(|m| !m.contains("Per Dahl")), "{e:?}");
}

#[test]
fn a_scheduled_visit_is_a_plan_and_whom_talks_were_about_took_no_part() {
    let people = ["Ola Holm", "Kari Lund", "Per Dahl"];
    let e = encounters_of(
        "President Ola Holm met with Ambassador Kari Lund at the palace to discuss preparations for President Per Dahl's scheduled visit to Norway on Friday.",
        &people,
    );
    assert_eq!(
        e,
        vec!["meeting: Ola Holm participant, Kari Lund participant"]
    );
    // The visit itself, told as held, stays a visit.
    let e = encounters_of(
        "President Per Dahl's visit to Norway was a success.",
        &people,
    );
    assert_eq!(e, vec!["visit: Per Dahl visitor"]);
}

#[test]
fn a_speaker_at_a_meeting_with_no_one_named_or_reporting_another_s_is_no_party() {
    let people = ["Ola Holm", "Kari Lund", "Per Dahl"];
    for text in [
        "Minister Ola Holm and Ambassador Kari Lund agreed to boost trade, spokesman Per Dahl said in a meeting with reporters.",
        "Spokesman Per Dahl said during a meeting with party members that Ola Holm had met Kari Lund.",
    ] {
        let e = encounters_of(text, &people);
        assert!(e.iter().all(|m| !m.contains("Per Dahl")), "{text}: {e:?}");
    }
}

#[test]
fn a_verb_after_and_with_a_subject_of_its_own_is_that_subject_s_encounter() {
    assert_eq!(
        encounters_of(
            "Minister Ola Holm met Ambassador Kari Lund, and Minister Per Dahl held talks with Ambassador Tor Vik.",
            &["Ola Holm", "Kari Lund", "Per Dahl", "Tor Vik"],
        ),
        vec![
            "meeting: Ola Holm participant, Kari Lund participant",
            "meeting: Per Dahl participant, Tor Vik participant",
        ]
    );
}

#[test]
fn an_event_to_attend_that_is_still_to_come_or_not_attended_is_not_held() {
    for text in [
        "Minister Ola Holm left it to his deputy to attend the Nordic Summit in Norway.",
        "Minister Ola Holm went on to say he was unable to attend the Nordic Summit in Norway.",
        "President Ola Holm left Norway on Friday for Sweden to attend the Nordic Summit, which opens on Sunday.",
    ] {
        let e = found_in(text, &["Ola Holm"]);
        assert!(
            e.iter().all(|e| e.kind != MeetingKind::Conference),
            "{text}"
        );
    }
}

#[test]
fn a_member_of_the_knesset_and_a_security_adviser_are_titled_by_their_letters() {
    let names: Vec<(String, String)> = cues_of(
        "Chairman Ola Holm met with a delegation led by MK Kari Lund, and NSA Per Dahl was present.",
    )
    .into_iter()
    .map(|c| (c.name, c.title))
    .collect();
    assert!(
        names.contains(&("Kari Lund".to_string(), "MK".to_string())),
        "{names:?}"
    );
    assert!(
        names.contains(&("Per Dahl".to_string(), "NSA".to_string())),
        "{names:?}"
    );
}

#[test]
fn words_of_a_headline_are_a_new_name_only_when_the_body_names_them_again() {
    let names = names_in(
        "Leaders Hold Talks As Envoy Presents Credentials Next Month\n\nPresident Ola Holm received Ambassador Kari Lund on Monday.",
    );
    assert_eq!(names, vec!["Ola Holm", "Kari Lund"]);
    // A person the headline names and the body names again is found in both.
    let names = names_in(
        "Envoy Meets President Ola Holm\n\nPresident Ola Holm received Ambassador Kari Lund on Monday.",
    );
    assert_eq!(names, vec!["Ola Holm", "Ola Holm", "Kari Lund"]);
}

#[test]
fn the_meeting_during_which_two_agreed_on_something_was_held() {
    let e = found_in(
        "Prime Minister Ola Holm and Prime Minister Kari Lund agreed to strengthen ties during a bilateral talk held on Friday (October 14) in Norway.",
        &["Ola Holm", "Kari Lund"],
    );
    let told: Vec<(MeetingKind, Option<String>, Option<i64>)> = e
        .iter()
        .map(|e| (e.kind, e.date.map(|d| d.to_string()), e.place))
        .collect();
    assert_eq!(
        told,
        vec![(
            MeetingKind::Meeting,
            Some("XXXX-10-14".to_string()),
            Some(900)
        )]
    );
}
