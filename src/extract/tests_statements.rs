//! Meetings told inside what followed them (a joint statement signed after "the meeting held
//! ... between A and B", a plan of action "which A and B signed"), talks held "in a session",
//! a letter brought in person, a venue's name and an event still to come around a place, a
//! name given in full once and then by courtesy title (set AC's misses, read as forms of the
//! language); a delegation that met someone before its head is named, a surname after its
//! particle, a guest met as "the visiting commander", quoted words in "had a “frank”
//! discussion", two bare names that held talks (set AE's misses); on invented text.

use super::people::names_and_titles;
use super::*;

#[test]
fn a_meeting_held_between_two_named_people_is_a_meeting_whatever_follows_it() {
    for text in [
        "Following the meeting held Monday in Oslo between the Foreign Minister, Mr. Ola Holm, and his Chilean counterpart, Mr. Kari Lund, the two sides issued a statement.",
        "In a joint statement signed following the meeting held Monday in Oslo between the Foreign Minister, Mr. Ola Holm, and his Chilean counterpart, Mr. Kari Lund, Chile paid tribute to Norway.",
    ] {
        let e = encounters_of(text, &["Ola Holm", "Kari Lund"]);
        assert!(
            e.contains(&"meeting: Ola Holm participant, Kari Lund participant".to_string()),
            "{text}: {e:?}"
        );
    }
    // Without people named in it, "the meeting held" is the one told before.
    assert!(encounters_of(
        "Following the meeting held on Monday, the two sides issued a statement.",
        &["Ola Holm", "Kari Lund"],
    )
    .is_empty());
}

#[test]
fn talks_held_in_a_session_or_a_round_are_a_meeting() {
    for text in [
        "King Ola Holm and President Kari Lund held an official session of talks in Oslo.",
        "King Ola Holm and President Kari Lund held the second round of consultations in Oslo.",
    ] {
        assert_eq!(
            encounters_of(text, &["Ola Holm", "Kari Lund"]),
            vec!["meeting: Ola Holm participant, Kari Lund participant"],
            "{text}"
        );
    }
    // A session of a body is no talks between them.
    assert!(encounters_of(
        "King Ola Holm and President Kari Lund held a session of the council in Oslo.",
        &["Ola Holm", "Kari Lund"],
    )
    .iter()
    .all(|e| !e.starts_with("meeting")));
}

#[test]
fn a_letter_brought_in_person_is_no_letter_instead_of_a_meeting() {
    for text in [
        "Secretary General Ola Holm received here today Ambassador Kari Lund, who was at the Secretariat to deliver a letter from her Foreign Minister.",
        "Secretary General Ola Holm received Ambassador Kari Lund, who handed over a letter from her President.",
    ] {
        assert_eq!(
            encounters_of(text, &["Ola Holm", "Kari Lund"]),
            vec!["reception: Ola Holm host, Kari Lund visitor"],
            "{text}"
        );
    }
    // A letter sent is still no meeting.
    assert!(encounters_of(
        "Ola Holm sent a letter to Kari Lund on Monday.",
        &["Ola Holm", "Kari Lund"]
    )
    .is_empty());
}

#[test]
fn a_plan_of_action_signed_by_two_is_a_signing() {
    let e = encounters_of(
        "Trade grew under the Plan of Action 2022-2027, which Ola Holm and Kari Lund signed in September 2022.",
        &["Ola Holm", "Kari Lund"],
    );
    assert_eq!(e, vec!["signing: Ola Holm signatory, Kari Lund signatory"]);
}

#[test]
fn the_sidelines_of_someones_visit_are_no_event_but_a_bodys_named_event_is() {
    // "on the sidelines of the President's state visit": whose visit, no conference.
    let e = found_in(
        "The plan, which Ola Holm and Kari Lund signed on the sidelines of the Norwegian President's state visit to Chile in 2022, covers trade.",
        &["Ola Holm", "Kari Lund"],
    );
    assert!(
        e.iter().all(|e| e.kind != MeetingKind::Conference),
        "{e:#?}"
    );
    // "the Bank's 24th Annual Meeting": the event is named after the possessive.
    let e = found_in(
        "On the margins of the Bank’s 24th Annual Meeting, Ola Holm met Kari Lund.",
        &["Ola Holm", "Kari Lund"],
    );
    let events: Vec<_> = e.iter().filter_map(|e| e.event.as_deref()).collect();
    assert_eq!(events, ["Bank 24th Annual Meeting"], "{e:#?}");
}

#[test]
fn a_place_after_a_venue_of_the_people_or_an_event_still_to_come() {
    // "the Great Hall of the People in Norway": a venue's name, not people as a topic.
    let e = found_in(
        "King Ola Holm and President Kari Lund held talks at the Great Hall of the People in the capital, Norway, this evening.",
        &["Ola Holm", "Kari Lund"],
    );
    assert_eq!(e[0].place, Some(900), "{e:#?}");
    // "the next Summit scheduled for 2019 in Norway": where it will be, not where they met.
    let e = found_in(
        "Secretary General Ola Holm received Ambassador Kari Lund to discuss the next Summit scheduled for early 2019 in Norway.",
        &["Ola Holm", "Kari Lund"],
    );
    assert_eq!(e[0].place, None, "{e:#?}");
}

#[test]
fn a_whole_name_given_by_courtesy_title_and_surname_elsewhere_is_a_persons() {
    let names = |text: &str| -> Vec<String> { cues_of(text).into_iter().map(|c| c.name).collect() };
    assert_eq!(
        names("Ola Kari Holmvik’s arrival was greeted with a salute. Mr Holmvik is joined by two ministers."),
        ["Ola Kari Holmvik"]
    );
    // Not without the courtesy title elsewhere, nor words of a sentence's opening.
    assert!(names("Ola Kari Holmvik’s arrival was greeted with a salute.").is_empty());
    assert!(names("As Ms Holmvik said, the talks went well. Ms Holmvik spoke.").is_empty());
}

#[test]
fn a_signing_witnessed_then_told_by_its_signatories_is_one_signing() {
    let e = encounters_of(
        "President Ola Holm and Vice President Kari Lund witnessed on Tuesday at the National Palace the signing of a memorandum on migration. The document was signed by the Minister of Foreign Affairs, Per Dahl, and the Chargé d'Affaires of the U.S. Embassy, Ana Berg.",
        &["Ola Holm", "Kari Lund", "Per Dahl", "Ana Berg"],
    );
    assert_eq!(
        e,
        vec!["signing: Ola Holm participant, Kari Lund participant, Per Dahl signatory, Ana Berg signatory"]
    );
    // Two signings, each told by its signatories, stay two.
    let e = encounters_of(
        "Ola Holm and Kari Lund signed a memorandum on trade. The agreements were signed by Per Dahl and Ana Berg.",
        &["Ola Holm", "Kari Lund", "Per Dahl", "Ana Berg"],
    );
    assert_eq!(e.len(), 2, "{e:?}");
}

#[test]
fn a_building_of_a_place_in_the_possessive_is_where_and_what_followed_is_there_too() {
    let e = found_in(
        "President Ola Holm and Vice President Kari Lund witnessed at Norway’s National Palace the signing of a memorandum. After the signing, Ola Holm and Kari Lund were photographed before the private meeting between the delegations.",
        &["Ola Holm", "Kari Lund"],
    );
    let places: Vec<_> = e.iter().map(|e| (e.kind, e.place)).collect();
    assert_eq!(
        places,
        [
            (MeetingKind::Signing, Some(900)),
            (MeetingKind::Meeting, Some(900))
        ],
        "{e:#?}"
    );
    // "Norway's foreign ministry" names a body of the place, not where.
    let e = found_in(
        "President Ola Holm met Kari Lund at Norway’s foreign ministry.",
        &["Ola Holm", "Kari Lund"],
    );
    assert_eq!(e[0].place, None, "{e:#?}");
}

#[test]
fn those_also_met_were_met_where_the_one_before_was() {
    let e = found_in(
        "After meeting Prime Minister Ola Holm in Norway on Tuesday, Minister Kari Lund said ties were good. Minister Kari Lund also met his Norwegian counterpart, Per Dahl, Economy Minister Ana Berg and Trade Minister Eva Stone.",
        &["Ola Holm", "Kari Lund", "Per Dahl", "Ana Berg", "Eva Stone"],
    );
    let met: Vec<(Vec<i64>, Option<i64>)> = e
        .iter()
        .map(|e| (e.people.iter().map(|(p, _)| *p).collect(), e.place))
        .collect();
    // The counterpart named after the comma is Per Dahl (not the prime minister again), and
    // each of the three was met in Norway.
    assert_eq!(
        met,
        [
            (vec![100, 101], Some(900)),
            (vec![101, 102], Some(900)),
            (vec![101, 103], Some(900)),
            (vec![101, 104], Some(900)),
        ],
        "{e:#?}"
    );
}

#[test]
fn during_the_trip_is_the_visit_told_before() {
    let e = found_in(
        "President Ola Holm arrived in Norway at the invitation of President Kari Lund on February 24, 2021. During the trip, Ola Holm met with Kari Lund.",
        &["Ola Holm", "Kari Lund"],
    );
    let meeting = e.iter().find(|e| e.kind == MeetingKind::Meeting);
    assert_eq!(
        meeting.map(|m| (m.date.map(|d| d.to_string()), m.place)),
        Some((Some("2021-02-24".to_string()), Some(900))),
        "{e:#?}"
    );
}

#[test]
fn a_host_whose_post_is_of_a_country_received_the_guest_there() {
    let countries: std::collections::HashMap<&'static str, i64> = [("NO", 900)].into();
    let ctx = Context {
        country_place: &countries,
        ..Context::default()
    };
    let found = found_with(
        "The Acting Head of State of the Republic of Norway, Ola Holm, received the new High Commissioner of Chile, Kari Lund.",
        &["Ola Holm", "Kari Lund"],
        &ctx,
    );
    assert_eq!(found.len(), 1, "{found:#?}");
    assert_eq!(found[0].place, Some(900), "{found:#?}");
    // An envoy of a country serves abroad: not where an envoy host received someone.
    let found = found_with(
        "The Ambassador of Norway, Ola Holm, received the artist Kari Lund.",
        &["Ola Holm", "Kari Lund"],
        &ctx,
    );
    assert_eq!(found[0].place, None, "{found:#?}");
    // A High Commissioner posted to Norway was received there.
    let found = found_with(
        "President Ola Holm received the new High Commissioner of Chile to Norway, Kari Lund.",
        &["Ola Holm", "Kari Lund"],
        &ctx,
    );
    assert_eq!(found[0].place, Some(900), "{found:#?}");
}

#[test]
fn this_rounds_rules_keep_to_their_forms() {
    let people = &["Ola Holm", "Kari Lund", "Per Dahl", "Ana Berg"];
    // A meeting at talks "scheduled for 10 a.m." in Norway was in Norway: only the next or an
    // upcoming event's schedule opens a clause of its own.
    let e = found_in(
        "President Ola Holm met President Kari Lund at the talks scheduled for 10 a.m. at the Palace of Nations in Norway on Wednesday.",
        people,
    );
    assert_eq!(e[0].place, Some(900), "{e:#?}");
    // An older document signed by others is a signing of its own.
    let e = encounters_of(
        "President Ola Holm and Vice President Kari Lund witnessed on Tuesday at the National Palace the signing of a protocol. The original treaty was signed by Per Dahl and Ana Berg.",
        people,
    );
    assert_eq!(e.len(), 2, "{e:?}");
    // Having witnessed a signing long ago is no signing now.
    assert!(encounters_of(
        "President Ola Holm, who as a young diplomat witnessed in 1996 the signing of the Peace Accords, met Kari Lund.",
        people,
    )
    .iter()
    .all(|e| !e.starts_with("signing")));
    // A country's embassy or pavilion is abroad: not where.
    let e = found_in(
        "Minister Ola Holm met Ambassador Kari Lund at Norway’s Embassy on Monday.",
        people,
    );
    assert_eq!(e[0].place, None, "{e:#?}");
    // "Accompanying Ola Holm" is no one's name, whatever "Mr Holm" says.
    let names: Vec<String> =
        cues_of("Accompanying Ola Holm were two officials. Mr Holm thanked the hosts.")
            .into_iter()
            .map(|c| c.name)
            .collect();
    assert!(
        names.iter().all(|n| !n.starts_with("Accompanying")),
        "{names:?}"
    );
    // One also met on a day of its own, or over years, was not met where the one before was.
    for text in [
        "Minister Ola Holm met Minister Kari Lund in Norway on Monday. On Thursday, Ola Holm also met Minister Per Dahl at a video conference.",
        "Minister Ola Holm met Minister Kari Lund in Norway last year. Ola Holm has also met Minister Per Dahl several times since January.",
    ] {
        let e = found_in(text, people);
        let with_dahl = e.iter().find(|e| e.people.iter().any(|(p, _)| *p == 102));
        assert_eq!(with_dahl.map(|e| e.place), Some(None), "{text}: {e:#?}");
    }
    // After travelling, somewhere else.
    let e = found_in(
        "President Ola Holm met President Kari Lund in Norway. After the meeting, Ola Holm flew back home and received Ambassador Per Dahl.",
        people,
    );
    let reception = e.iter().find(|e| e.kind == MeetingKind::Reception);
    assert_eq!(reception.map(|e| e.place), Some(None), "{e:#?}");
    // A letter still to be delivered is no visit.
    assert!(encounters_of(
        "Minister Ola Holm will deliver a letter to King Kari Lund during his visit to Norway next week.",
        people,
    )
    .is_empty());
    // "During the trip to X this week": a trip of its own, not the visit told before.
    let e = found_in(
        "President Ola Holm paid a state visit to Chile on January 30, 2024. During the trip to Norway this week, Ola Holm met Kari Lund.",
        people,
    );
    let meeting = e.iter().find(|e| e.kind == MeetingKind::Meeting);
    assert_eq!(
        meeting.map(|m| (m.date, m.place)),
        Some((None, Some(900))),
        "{e:#?}"
    );
}

#[test]
fn a_meal_given_in_honour_of_someone_named_is_a_reception_in_the_present_too() {
    for text in [
        "Prime Minister Ola Holm hosts an official luncheon on Monday in honour of President Kari Lund at the palace.",
        "Prime Minister Ola Holm hosts a state banquet at the palace in honour of visiting President Kari Lund.",
    ] {
        assert_eq!(
            encounters_of(text, &["Ola Holm", "Kari Lund"]),
            vec!["reception: Ola Holm host, Kari Lund visitor"],
            "{text}"
        );
    }
    // A habit, or a meal for no one named, is none.
    for text in [
        "Prime Minister Ola Holm hosts a dinner every year in honour of President Kari Lund.",
        "Prime Minister Ola Holm hosts a luncheon for the press, said President Kari Lund.",
        "Prime Minister Ola Holm hosts a working dinner for Nordic ministers, said spokesperson Kari Lund.",
        "Prime Minister Ola Holm hosts a fundraising dinner for Governor Kari Lund on Friday.",
    ] {
        assert!(
            encounters_of(text, &["Ola Holm", "Kari Lund"]).is_empty(),
            "{text}"
        );
    }
}

#[test]
fn a_given_name_standing_alone_is_the_one_person_named_so() {
    let text = "Prime Minister Ola Holm hosted a luncheon in honour of President Kari Lund. Earlier, Ola and Kari held a meeting on trade.";
    let e = encounters_of(text, &["Ola Holm", "Kari Lund"]);
    assert!(
        e.contains(&"meeting: Ola Holm participant, Kari Lund participant".to_string()),
        "{e:?}"
    );
    assert!(
        e.contains(&"reception: Ola Holm host, Kari Lund visitor".to_string()),
        "{e:?}"
    );
    // Two people of that given name: "Ola" is neither.
    let text = "Prime Minister Ola Holm and Minister Ola Berg hosted a luncheon in honour of President Kari Lund. Earlier, Ola and Kari held a meeting on trade.";
    assert!(
        encounters_of(text, &["Ola Holm", "Ola Berg", "Kari Lund"])
            .iter()
            .all(|e| !e.starts_with("meeting")),
        "{text}"
    );
}

#[test]
fn a_date_in_a_relative_clause_before_the_verb_is_the_clauses() {
    let text = "President Kari Lund, who arrived in Norway on 15 December 2024 for a two-day visit, was welcomed by Prime Minister Ola Holm at the palace.";
    let e = found_in(text, &["Ola Holm", "Kari Lund"]);
    let day = |kind: MeetingKind| {
        e.iter()
            .find(|e| e.kind == kind)
            .map(|e| (e.date.map(|d| d.to_string()), e.basis))
    };
    // The visit's day, as a visitor's encounter after it takes it; not the day stated for
    // the welcome.
    let visit_day = Some("2024-12-15".to_string());
    assert_eq!(
        day(MeetingKind::Reception),
        Some((visit_day.clone(), DateBasis::Context)),
        "{e:?}"
    );
    assert_eq!(
        day(MeetingKind::Visit),
        Some((visit_day, DateBasis::Stated)),
        "{e:?}"
    );
}

#[test]
fn earlier_tells_an_encounter_of_the_day_of_the_one_told_last() {
    let text = "Prime Minister Ola Holm hosted a luncheon in honour of President Kari Lund on 16 December 2024. Kari Lund, who arrived on 15 December 2024 for a two-day visit, was welcomed by Ola Holm. Earlier, Ola Holm and Kari Lund held a meeting on trade.";
    let e = found_in(text, &["Ola Holm", "Kari Lund"]);
    let meeting = e.iter().find(|e| e.kind == MeetingKind::Meeting);
    assert_eq!(
        meeting.map(|m| m.date.map(|d| d.to_string())),
        Some(Some("2024-12-16".to_string())),
        "{e:?}"
    );
    // "had called on": the past of the past, on a day of its own.
    let text = "Prime Minister Ola Holm hosted a luncheon in honour of President Kari Lund on 16 December 2024. Earlier, Ola Holm had called on Kari Lund at her hotel.";
    let e = found_in(text, &["Ola Holm", "Kari Lund"]);
    assert!(
        e.iter()
            .filter(|e| e.kind == MeetingKind::Meeting)
            .all(|m| m.date.is_none()),
        "{e:?}"
    );
}

#[test]
fn a_title_that_ends_a_clause_opening_the_sentence_is_not_the_subjects() {
    let people = ["Ola Holm", "Kari Lund"];
    let lead = "Prime Minister Ola Holm has assured Secretary-General Kari Lund that all is well. ";
    for rest in [
        "In a meeting with the secretary-general, Ola Holm reaffirmed the commitment.",
        "In a meeting in Oslo on Monday with the secretary-general, Mr. Ola Holm reaffirmed the commitment.",
    ] {
        assert_eq!(
            encounters_of(&format!("{lead}{rest}"), &people),
            vec!["meeting: Kari Lund participant, Ola Holm participant"],
            "{rest}"
        );
    }
    // An appositive inside the clause is the title's ("At the invitation of the
    // Secretary-General, Kari Lund, ..."), as is one told after a subject of the clause's own.
    let found = |text: &str| {
        let s = split(text);
        let g = Gazetteer::new(vec![
            known(EntityKind::Person, 100, "Ola Holm"),
            known(EntityKind::Person, 101, "Kari Lund"),
        ]);
        let m = g.find(text, None);
        person_cues(text, &s, &m)
            .iter()
            .filter(|c| c.person == Some(101))
            .map(|c| c.title.clone())
            .collect::<Vec<_>>()
    };
    for text in [
        "At the invitation of the Secretary-General of the Commonwealth, Kari Lund, a delegation visited Oslo.",
        "In Oslo it called on the Secretary-General of the Commonwealth, Kari Lund who spoke.",
    ] {
        assert_eq!(
            found(text),
            vec!["Secretary-General of the Commonwealth"],
            "{text}"
        );
    }
}

#[test]
fn leaders_who_witnessed_the_exchange_of_signed_documents_took_part_in_a_signing() {
    let text = "Prime Minister Ola Holm hosted a luncheon in honour of President Kari Lund. Both leaders also witnessed the exchange of three memoranda of understanding on culture.";
    assert!(encounters_of(text, &["Ola Holm", "Kari Lund"])
        .contains(&"signing: Ola Holm participant, Kari Lund participant".to_string()));
    // An exchange of views or of greetings is no signing.
    for text in [
        "Prime Minister Ola Holm hosted a luncheon in honour of President Kari Lund. Both leaders also witnessed the exchange of views between the delegations.",
        "Prime Minister Ola Holm hosted a luncheon in honour of President Kari Lund. Both leaders also witnessed the exchange of greetings and documents.",
    ] {
        assert!(
            encounters_of(text, &["Ola Holm", "Kari Lund"])
                .iter()
                .all(|e| !e.starts_with("signing")),
            "{text}"
        );
    }
}

#[test]
fn a_visit_commenced_or_kicked_off_is_a_visit() {
    for verb in ["commenced", "kicked off"] {
        let text = format!("President Kari Lund {verb} an official visit to Norway on Monday.");
        assert_eq!(
            encounters_of(&text, &["Kari Lund"]),
            vec!["visit: Kari Lund visitor"],
            "{text}"
        );
    }
}

#[test]
fn a_visit_that_is_the_subject_of_a_verb_in_the_future_is_a_plan() {
    for text in [
        "Prime Minister Kari Lund's visit to Norway will further strengthen the ties.",
        "The prime minister’s visit to Norway will open a new chapter, said Prime Minister Kari Lund.",
    ] {
        assert!(
            encounters_of(text, &["Kari Lund"]).is_empty(),
            "{text}"
        );
    }
    // Told as held: a visit.
    for text in [
        "Prime Minister Kari Lund's visit to Norway, which ended on Monday, will strengthen ties.",
        "Prime Minister Kari Lund's visit to Norway strengthened the ties.",
    ] {
        assert_eq!(
            encounters_of(text, &["Kari Lund"]),
            vec!["visit: Kari Lund visitor"],
            "{text}"
        );
    }
}

#[test]
fn guards_found_by_the_review_of_this_rounds_rules() {
    // A date in a clause in the present is the subject's days there, the main verb's too; a
    // date in a clause after the verb is the clause's.
    let text = "Secretary-General Kari Lund, who is attending the summit in Norway on 4 December 2024, met President Ola Holm.";
    let e = found_in(text, &["Ola Holm", "Kari Lund"]);
    assert_eq!(
        e.first().and_then(|e| e.date).map(|d| d.to_string()),
        Some("2024-12-04".to_string()),
        "{e:?}"
    );
    let text = "President Ola Holm received Ambassador Kari Lund, who arrived on 2 December 2024, at the palace.";
    let e = found_in(text, &["Ola Holm", "Kari Lund"]);
    assert!(e.iter().all(|e| e.date.is_none()), "{e:?}");
    // A clause that gives the subject the title ("On her first trip as Foreign Minister,
    // A visited") keeps it hers.
    let text = "On her first trip as Foreign Minister, Kari Lund visited Norway on Monday.";
    assert_eq!(
        encounters_of(text, &["Kari Lund"]),
        vec!["visit: Kari Lund visitor"]
    );
    // "Earlier, ...": of the same pair, the day of the last of theirs.
    let text = "President Ola Holm received Minister Kari Lund on 2 December 2024. On 3 December 2024, Ola Holm met Minister Per Berg. Earlier, Ola Holm and Kari Lund discussed the summit.";
    let e = found_in(text, &["Ola Holm", "Kari Lund", "Per Berg"]);
    let meeting = e
        .iter()
        .find(|e| e.kind == MeetingKind::Meeting && e.people.iter().any(|(p, _)| *p == 101));
    assert_eq!(
        meeting.and_then(|e| e.date).map(|d| d.to_string()),
        Some("2024-12-02".to_string()),
        "{e:?}"
    );
}

#[test]
fn talks_in_the_possessive_told_with_where_or_when_are_a_meeting() {
    let text = "Trade was the main topic of President Ola Holm's discussions with Ambassador Kari Lund in Norway on Monday.";
    assert_eq!(
        encounters_of(text, &["Ola Holm", "Kari Lund"]),
        vec!["meeting: Ola Holm participant, Kari Lund participant"]
    );
    // Without where or when, or still to come: none.
    for text in [
        "The roundtable highlighted President Ola Holm's discussions with Ambassador Kari Lund, who has visited twice.",
        "President Ola Holm's talks with Ambassador Kari Lund in Norway will take place on Friday.",
    ] {
        assert!(
            encounters_of(text, &["Ola Holm", "Kari Lund"]).is_empty(),
            "{text}"
        );
    }
}

#[test]
fn a_delegation_that_met_someone_is_its_head_named_after() {
    let people = ["Kari Lund", "Ola Holm"];
    for text in [
        "The delegation, comprising envoys of ten member states, met with officials, including Governor Kari Lund, to discuss the plan. Lund said the delegation, led by Ambassador Ola Holm, conveyed the wishes of the Union.",
        "OSLO, May 3 – The delegation met with Governor Kari Lund. Lund said the delegation, led by Ambassador Ola Holm, conveyed the wishes of the Union.",
    ] {
        assert_eq!(
            encounters_of(text, &people),
            vec!["meeting: Kari Lund participant, Ola Holm participant"],
            "{text}"
        );
    }
    // Those named after "comprising" up to the verb are the delegation; the one it met after
    // the verb is not one of it, so "the delegation" later is not her.
    let e = encounters_of(
        "A delegation comprising Ambassador Ola Holm met with Governor Kari Lund. Later the delegation met with Lena Berg.",
        &["Kari Lund", "Ola Holm", "Lena Berg"],
    );
    assert!(
        e.contains(&"meeting: Ola Holm participant, Lena Berg participant".to_string()),
        "{e:?}"
    );
    assert!(
        !e.iter()
            .any(|m| m.contains("Kari Lund") && m.contains("Lena Berg")),
        "{e:?}"
    );
    // Another delegation's head is not the one that met her.
    assert!(encounters_of(
        "A business delegation met with Governor Kari Lund in Bergen on Monday. A second delegation, led by Ola Holm, will arrive next month.",
        &people
    )
    .is_empty());
    // A delegation nobody names stays unmet.
    assert!(encounters_of(
        "The delegation met with Governor Kari Lund. The weather was fine. Trade was discussed. Prices rose.",
        &people
    )
    .is_empty());
}

#[test]
fn a_surname_after_its_particle_is_the_person_named_in_full() {
    let e = encounters_of(
        "In March, army chief Kwame al-Boateng said the plan would work. On Friday, President Ola Holm met with al-Boateng.",
        &["Kwame al-Boateng", "Ola Holm"],
    );
    assert_eq!(
        e,
        vec!["meeting: Ola Holm participant, Kwame al-Boateng participant"]
    );
    // Nor a place's name that ends with it.
    assert_eq!(
        encounters_of(
            "Envoy Kwame al-Boateng met Minister Ola Holm on Monday. On Tuesday, Holm met officials near the Haram al-Boateng.",
            &["Kwame al-Boateng", "Ola Holm"],
        ),
        vec!["meeting: Kwame al-Boateng participant, Ola Holm participant"]
    );
    // A lower-case word is still no surname: "with" is no Mr With.
    assert!(encounters_of(
        "Kwame With spoke. On Friday, President Ola Holm met with the press.",
        &["Kwame With", "Ola Holm"],
    )
    .is_empty());
}

#[test]
fn an_armed_body_is_nobody() {
    let text = "General Ola Holm received General Kari Lund, Deputy Commander of the US Central Command, on Monday. Air Marshal Lena Berg, Commander of the Royal Air Force of Norway, also received the visiting US Commander.";
    let names: Vec<String> = names_and_titles(text).into_iter().map(|(n, _)| n).collect();
    assert!(
        !names
            .iter()
            .any(|n| n.contains("Command") || n.contains("Force")),
        "{names:?}"
    );
    assert_eq!(
        encounters_of(text, &["Ola Holm", "Kari Lund", "Lena Berg"]),
        vec!["reception: Ola Holm host, Kari Lund visitor"]
    );
}

#[test]
fn talks_with_quoted_words_are_talks_and_a_conversation_after_a_call_is_the_call() {
    let people = ["Ola Holm", "Kari Lund"];
    for text in [
        "President Ola Holm and Prime Minister Kari Lund had a “robust but constructive” discussion in Oslo.",
        "President Ola Holm and Prime Minister Kari Lund held a \"frank\" meeting in Oslo.",
        "President Ola Holm had “fruitful” talks with Prime Minister Kari Lund in Oslo.",
    ] {
        assert_eq!(
            encounters_of(text, &people),
            vec!["meeting: Ola Holm participant, Kari Lund participant"],
            "{text}"
        );
    }
    for text in [
        "President Ola Holm spoke on the phone with Prime Minister Kari Lund. A statement said Holm had a “fruitful” conversation with Lund.",
        "President Ola Holm spoke on the phone with Prime Minister Kari Lund. A statement said Holm had a long conversation with Lund.",
    ] {
        assert!(encounters_of(text, &people).is_empty(), "{text}");
    }
    // A call told beside a meeting, "the phone" of something else, and talk with someone the
    // call did not name: meetings all the same.
    for text in [
        "Prime Minister Ola Holm, who had spoken to President Kari Lund on the phone last week, met her in Oslo on Monday.",
        "Ola Holm met Kari Lund in Oslo on Monday to discuss a tax on the phone companies.",
    ] {
        assert_eq!(
            encounters_of(text, &people),
            vec!["meeting: Ola Holm participant, Kari Lund participant"],
            "{text}"
        );
    }
    let e = encounters_of(
        "President Ola Holm spoke by phone with Prime Minister Kari Lund on Monday. On Wednesday, President Holm had a long conversation with Foreign Minister Lena Berg in Stockholm.",
        &["Ola Holm", "Kari Lund", "Lena Berg"],
    );
    assert_eq!(
        e,
        vec!["meeting: Ola Holm participant, Lena Berg participant"]
    );
}

#[test]
fn a_line_in_headline_case_that_links_another_story_names_nobody_new() {
    let text = "President Ola Holm received Ambassador Kari Lund in Oslo on Monday.\nNorway’s King Will Struggle to Find a Premier He Can Trust\nThe envoys received were:\nMr. Per Dahl\nMs. Lena Berg\n";
    let names: Vec<String> = names_and_titles(text).into_iter().map(|(n, _)| n).collect();
    assert!(
        !names
            .iter()
            .any(|n| n.contains("Struggle") || n.contains("Trust")),
        "{names:?}"
    );
    // A name listed on a line of its own is someone all the same.
    for n in ["Ola Holm", "Kari Lund", "Per Dahl", "Lena Berg"] {
        assert!(names.iter().any(|m| m == n), "{n}: {names:?}");
    }
}

#[test]
fn hosted_to_a_dinner_by_someone_is_their_reception() {
    let people = ["Ola Holm", "Kari Lund"];
    for text in [
        "Later that evening, the Prime Minister, Ola Holm, was hosted to a dinner by the President of the Bank, Mr Kari Lund.",
        "Prime Minister Ola Holm was honoured with a luncheon by President Kari Lund.",
        "Prime Minister Ola Holm was hosted at a banquet given by President Kari Lund.",
    ] {
        assert_eq!(
            encounters_of(text, &people),
            vec!["reception: Kari Lund host, Ola Holm visitor"],
            "{text}"
        );
    }
    // A guest at the reception is no host of it.
    let e = encounters_of(
        "Prime Minister Ola Holm was honoured at a reception attended by Foreign Minister Kari Lund in Oslo on Monday.",
        &people,
    );
    assert!(!e.iter().any(|m| m.contains("Kari Lund host")), "{e:?}");
}

#[test]
fn a_visit_to_places_listed_is_a_visit_to_each() {
    let g = Gazetteer::new(vec![
        known(EntityKind::Person, 100, "Ola Holm"),
        known(EntityKind::Place, 901, "Riyadh"),
        known(EntityKind::Place, 902, "Cairo"),
        known(EntityKind::Place, 903, "Ankara"),
        known(EntityKind::Place, 904, "Egypt"),
    ]);
    let places = |text: &str| -> Vec<Option<i64>> {
        let s = split(text);
        let m = g.find(text, None);
        let cues = person_cues(text, &s, &m);
        let countries = std::collections::HashMap::from([(902, 904)]);
        let ctx = Context {
            place_country: &countries,
            ..Context::default()
        };
        let mut p: Vec<Option<i64>> = encounters(text, &s, &m, &cues, &ctx)
            .iter()
            .filter(|e| e.kind == MeetingKind::Visit)
            .map(|e| e.place)
            .collect();
        p.sort();
        p
    };
    assert_eq!(
        places("Alongside him is Ola Holm, the Norwegian envoy, who is visiting Riyadh, Cairo, and Ankara as part of a tour."),
        vec![Some(901), Some(902), Some(903)]
    );
    // A place that opens a clause of its own is no item of the list.
    assert_eq!(
        places("Envoy Ola Holm visited Riyadh and Cairo condemned the trip."),
        vec![Some(901)]
    );
    // A city's country after it is no second place.
    assert_eq!(
        places("Envoy Ola Holm arrived in Cairo, Egypt, for a working visit on Sunday."),
        vec![Some(902)]
    );
}

#[test]
fn sg_is_a_title_and_looking_forward_to_something_is_a_plan() {
    let people = ["Le Luong Holm", "Kari Lund"];
    let e = encounters_of(
        "Ms. Kari Lund called on Mr. Le Luong Holm, the Secretary-General, last week. SG Holm welcomed Ms. Lund and her delegation to the Secretariat.",
        &people,
    );
    assert!(
        e.iter()
            .all(|m| m.contains("Le Luong Holm") && m.contains("Kari Lund")),
        "{e:?}"
    );
    let names: Vec<String> = names_and_titles("SG Per Dahl welcomed the guests.")
        .into_iter()
        .map(|(n, _)| n)
        .collect();
    assert_eq!(names, vec!["Per Dahl"]);
    for text in [
        "The Secretariat looks forward to the Nordic Commemorative Summit being organized towards the end of the year.",
        "President Ola Holm said he looked forward to meeting Prime Minister Kari Lund.",
    ] {
        assert!(
            found_in(text, &["Ola Holm", "Kari Lund"]).is_empty(),
            "{text}"
        );
    }
}
