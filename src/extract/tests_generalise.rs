//! Coreference (titles by country and post), event frames (courtesy calls from, hosting,
//! group credentials, visits to a headquarters) and places, on invented text in the style of
//! outlets the rules were not written against.

use super::*;

#[test]
fn a_title_with_a_country_names_that_countrys_holder() {
    // Two foreign ministers: "of Sweden" says which one was received.
    let e = encounters_of(
        "Danish Foreign Minister Lena Berg and Swedish Foreign Minister Ola Holm spoke in Oslo. The Minister of Foreign Affairs of Sweden was later received by President Kari Lund.",
        &["Lena Berg", "Ola Holm", "Kari Lund"],
    );
    assert_eq!(e, vec!["reception: Kari Lund host, Ola Holm visitor"]);
    // A country that fits nobody names nobody.
    let e = encounters_of(
        "Danish Foreign Minister Lena Berg spoke. President Kari Lund received the Finnish foreign minister.",
        &["Lena Berg", "Kari Lund"],
    );
    assert!(e.is_empty(), "{e:?}");
}

#[test]
fn a_lower_case_title_after_a_determiner_is_the_one_the_article_named_so() {
    let e = encounters_of(
        "Former Prime Minister of Finland Lena Berg toured the port. Chairman Kari Lund received the former prime minister and her delegation.",
        &["Lena Berg", "Kari Lund"],
    );
    assert_eq!(e, vec!["reception: Kari Lund host, Lena Berg visitor"]);
    // A caption after the report names who "Norway's foreign minister" was.
    let e = encounters_of(
        "Norway's foreign minister on Monday held talks with his Swedish counterpart in Norway. Norwegian Foreign Minister Lena Berg and her Swedish counterpart Ola Holm.",
        &["Lena Berg", "Ola Holm"],
    );
    assert_eq!(
        e,
        vec!["meeting: Lena Berg participant, Ola Holm participant"]
    );
    // "the president" is not the vice president.
    let e = encounters_of(
        "Vice President Lena Berg spoke. Ola Holm later met the president.",
        &["Lena Berg", "Ola Holm"],
    );
    assert!(e.iter().all(|e| !e.contains("Lena Berg")), "{e:?}");
}

#[test]
fn a_courtesy_call_from_someone_and_hosting_someone_are_told_from_the_hosts_side() {
    assert_eq!(
        encounters_of(
            "President Lena Berg had a courtesy call from Ola Holm at the palace.",
            &["Lena Berg", "Ola Holm"],
        ),
        vec!["meeting: Lena Berg participant, Ola Holm participant"]
    );
    assert_eq!(
        encounters_of(
            "Lena Berg announced the plan upon hosting on Friday the Swedish envoy Ola Holm in Oslo.",
            &["Lena Berg", "Ola Holm"],
        ),
        vec!["reception: Lena Berg host, Ola Holm visitor"]
    );
    // The host of "upon hosting" is the sentence's subject, not a name in a clause between.
    let e = encounters_of(
        "The proposal came at the swearing-in of the Danish president, Kari Lund, upon hosting Ola Holm in Oslo.",
        &["Kari Lund", "Ola Holm"],
    );
    assert!(e.is_empty(), "{e:?}");
}

#[test]
fn discussions_held_with_several_people_are_one_meeting_each() {
    assert_eq!(
        encounters_of(
            "Lena Berg held fruitful discussions with Ola Holm and Kari Lund.",
            &["Lena Berg", "Ola Holm", "Kari Lund"],
        ),
        vec![
            "meeting: Lena Berg participant, Ola Holm participant",
            "meeting: Lena Berg participant, Kari Lund participant"
        ]
    );
}

#[test]
fn a_headline_meeting_is_the_fuller_meeting_of_the_text() {
    assert_eq!(
        encounters_of(
            "Lena Berg meets Ola Holm\n\nLena Berg met Ola Holm in Oslo in the presence of Tor Vik.",
            &["Lena Berg", "Ola Holm", "Tor Vik"],
        ),
        vec!["meeting: Lena Berg participant, Ola Holm participant, Tor Vik participant"]
    );
}

#[test]
fn names_after_a_title_of_a_country_or_before_one_are_learned() {
    let names = |text: &str| -> Vec<(String, String)> {
        cues_of(text)
            .into_iter()
            .map(|c| (c.name, c.title_key))
            .collect()
    };
    // A lower-case title, then the country it is of, then the name.
    assert_eq!(
        names("Those present included ambassador of Morocco Karim Benali Idrissi."),
        vec![("Karim Benali Idrissi".to_string(), "ambassador".to_string())]
    );
    // A name right after its title, then the country of the title.
    assert_eq!(
        names("She also met with Prime Minister Kari Lundgren of Morocco on Monday."),
        vec![("Kari Lundgren".to_string(), "prime minister".to_string())]
    );
    // A title after the name, behind the country's possessive.
    assert_eq!(
        names("The director met in Baku with Kari Lundgren, Morocco's Minister for Science and Trade."),
        vec![(
            "Kari Lundgren".to_string(),
            "minister science trade".to_string()
        )]
    );
    // A lower-case word of a title after its capitalised head.
    assert_eq!(
        names("In the talks, the new ICESCO Secretary general, Ola Vikstrom, was introduced."),
        vec![("Ola Vikstrom".to_string(), "secretary general".to_string())]
    );
}

#[test]
fn a_group_that_presented_credentials_is_one_reception_for_each_guest_listed_after() {
    let e = encounters_of(
        "Six envoys presented their credentials to President Lena Berg on Friday. The constitution provides for it. Those who presented their credentials include Ola Holm and Kari Lund. Others include Per Dahl.",
        &["Lena Berg", "Ola Holm", "Kari Lund", "Per Dahl"],
    );
    assert_eq!(
        e,
        vec![
            "reception: Lena Berg host, Ola Holm visitor",
            "reception: Lena Berg host, Kari Lund visitor",
            "reception: Lena Berg host, Per Dahl visitor",
        ]
    );
    // A list without a host told before is no reception of each other.
    let e = encounters_of(
        "Those who presented their credentials include Ola Holm and Kari Lund.",
        &["Ola Holm", "Kari Lund"],
    );
    assert!(e.is_empty(), "{e:?}");
}

#[test]
fn a_visit_to_an_organizations_headquarters_is_a_visit_to_it_even_at_its_invitation() {
    let e = encounters_of(
        "Lena Berg has visited the Baltic Bank headquarters in Norway at the invitation of its president.",
        &["Lena Berg"],
    );
    assert_eq!(e, vec!["visit: Lena Berg visitor, Baltic Bank host"]);
    let e = encounters_of(
        "Lena Berg arrived today in Norway for an official visit at the invitation of Ola Holm.",
        &["Lena Berg", "Ola Holm"],
    );
    assert_eq!(e, vec!["visit: Lena Berg visitor"]);
    // Invited to visit: not yet a visit.
    let e = encounters_of(
        "Ola Holm invited Lena Berg to visit Norway.",
        &["Lena Berg", "Ola Holm"],
    );
    assert!(e.is_empty(), "{e:?}");
}

#[test]
fn the_post_before_of_in_a_long_title_is_what_a_short_reference_names() {
    let e = encounters_of(
        "The President of the Council of State and Ministers, Lena Berg, spoke. Ola Holm received the Danish president this morning.",
        &["Lena Berg", "Ola Holm"],
    );
    assert_eq!(e, vec!["reception: Ola Holm host, Lena Berg visitor"]);
}

#[test]
fn a_visit_made_to_meet_someone_is_also_a_meeting_with_them() {
    let e = encounters_of(
        "Lena Berg on Wednesday visited Norway for the first time, to meet Ola Holm in Oslo.",
        &["Lena Berg", "Ola Holm"],
    );
    assert_eq!(
        e,
        vec![
            "meeting: Lena Berg visitor, Ola Holm host",
            "visit: Lena Berg visitor"
        ]
    );
    // A visit still to come is no meeting.
    let e = encounters_of(
        "Lena Berg will visit Norway next week to meet Ola Holm.",
        &["Lena Berg", "Ola Holm"],
    );
    assert!(e.is_empty(), "{e:?}");
}

#[test]
fn a_date_in_a_clause_looking_back_is_not_the_encounters() {
    let text = "It was Lena Berg's first visit to Norway since taking office in January.";
    let g = Gazetteer::new(vec![
        known(EntityKind::Person, 1, "Lena Berg"),
        known(EntityKind::Place, 20, "Norway"),
    ]);
    let s = split(text);
    let m = g.find(text, None);
    let cues = person_cues(text, &s, &m);
    let ctx = Context {
        article_date: chrono::NaiveDate::from_ymd_opt(2017, 3, 9),
        ..Context::default()
    };
    let e = encounters(text, &s, &m, &cues, &ctx);
    assert_eq!(e.len(), 1, "{e:?}");
    assert_eq!(e[0].date, None);
}

#[test]
fn a_reception_without_a_place_is_where_its_guests_visit_went() {
    let text = "Lena Berg visited the Baltic Bank headquarters in Norway. The Bank's head Ola Holm received Lena Berg and her delegation.";
    let g = Gazetteer::new(vec![
        known(EntityKind::Person, 1, "Lena Berg"),
        known(EntityKind::Person, 2, "Ola Holm"),
        known(EntityKind::Place, 20, "Norway"),
        known(EntityKind::Organization, 10, "Baltic Bank"),
    ]);
    let s = split(text);
    let m = g.find(text, None);
    let cues = person_cues(text, &s, &m);
    let e = encounters(text, &s, &m, &cues, &Context::default());
    let reception = e.iter().find(|e| e.kind == MeetingKind::Reception);
    assert_eq!(reception.and_then(|r| r.place), Some(20), "{e:?}");
}

/// Each encounter's kind and place name, with places of a rank (0 country, 2 city, 3 site).
fn places_of(text: &str, people: &[&str], places: &[(&str, u8)]) -> Vec<String> {
    let g = Gazetteer::new(
        people
            .iter()
            .enumerate()
            .map(|(i, n)| known(EntityKind::Person, 100 + i as i64, n))
            .chain(
                places
                    .iter()
                    .enumerate()
                    .map(|(i, (n, _))| known(EntityKind::Place, 900 + i as i64, n)),
            )
            .collect(),
    );
    let rank: std::collections::HashMap<i64, u8> = places
        .iter()
        .enumerate()
        .map(|(i, (_, r))| (900 + i as i64, *r))
        .collect();
    let ctx = Context {
        place_rank: &rank,
        ..Context::default()
    };
    let s = split(text);
    let m = g.find(text, None);
    let cues = person_cues(text, &s, &m);
    encounters(text, &s, &m, &cues, &ctx)
        .iter()
        .map(|e| {
            let place = e.place.map_or("-", |p| places[(p - 900) as usize].0);
            format!("{}: {place}", e.kind)
        })
        .collect()
}

#[test]
fn the_city_is_the_place_rather_than_a_site_in_it_or_a_posts_country() {
    let places = [("Norway", 0), ("Oslo", 2), ("Nordic House", 3)];
    assert_eq!(
        places_of(
            "Lena Berg has visited the Nordic House in Oslo, where she met Ola Holm.",
            &["Lena Berg", "Ola Holm"],
            &places
        ),
        vec!["visit: Oslo", "meeting: Oslo"]
    );
    // "Ambassador of the State of X to Norway" names a post, not where they met.
    assert_eq!(
        places_of(
            "Lena Berg held talks with Ola Holm, Ambassador of the State of Qatar to Norway.",
            &["Lena Berg", "Ola Holm"],
            &places
        ),
        vec!["meeting: -"]
    );
}

#[test]
fn who_met_while_attending_a_named_event_or_signed_on_its_sidelines_attended_it() {
    let e = encounters_of(
        "Lena Berg, while attending the Nordic Leaders' Meeting in Oslo on May 4, received Ola Holm.",
        &["Lena Berg", "Ola Holm"],
    );
    assert_eq!(
        e,
        vec![
            "reception: Lena Berg host, Ola Holm visitor",
            "conference: Lena Berg participant, Ola Holm participant"
        ]
    );
    let e = encounters_of(
        "The agreement was signed by Lena Berg and Ola Holm on the sidelines of the Oslo Energy Forum.",
        &["Lena Berg", "Ola Holm"],
    );
    assert!(
        e.contains(&"conference: Lena Berg participant, Ola Holm participant".to_string()),
        "{e:?}"
    );
}

#[test]
fn a_headline_meeting_that_the_text_tells_as_a_plan_is_no_meeting() {
    let e = encounters_of(
        "Meeting between Lena Berg and Ola Holm (Oslo, 3 May 2021)\n\nForeign Minister Lena Berg will meet with Ola Holm today.",
        &["Lena Berg", "Ola Holm"],
    );
    assert!(e.is_empty(), "{e:?}");
    // Told as held in the text, the headline stands.
    let e = encounters_of(
        "Meeting between Lena Berg and Ola Holm\n\nLena Berg met Ola Holm today. They will meet again next year.",
        &["Lena Berg", "Ola Holm"],
    );
    assert_eq!(
        e,
        vec!["meeting: Lena Berg participant, Ola Holm participant"]
    );
}

#[test]
fn a_pronoun_anywhere_in_a_sentence_is_the_person_the_text_was_about() {
    let people = ["Lena Berg", "Ola Holm", "Kari Lund"];
    assert_eq!(
        encounters_of(
            "Lena Berg opened a trade fair on Monday. On Tuesday, she met Ola Holm at the castle.",
            &people,
        ),
        vec!["meeting: Lena Berg participant, Ola Holm participant"]
    );
    // "his meeting" opening a clause before its subject is that subject's, not the last one's.
    assert_eq!(
        encounters_of(
            "Lena Berg opened the fair. During his meeting with Kari Lund, Ola Holm praised the fair.",
            &people,
        ),
        vec!["meeting: Kari Lund participant, Ola Holm participant"]
    );
    // "X said she met Y": the sentence's own subject.
    assert_eq!(
        encounters_of(
            "Ola Holm opened the fair. Lena Berg said she met Kari Lund there.",
            &people,
        ),
        vec!["meeting: Lena Berg participant, Kari Lund participant"]
    );
}

#[test]
fn the_two_sides_are_the_parties_of_the_last_encounter() {
    let people = ["Lena Berg", "Ola Holm", "Kari Lund"];
    assert_eq!(
        encounters_of(
            "Lena Berg received Ola Holm in Norway. Both sides later signed a memorandum on fisheries.",
            &people,
        ),
        vec![
            "reception: Lena Berg host, Ola Holm visitor",
            "signing: Lena Berg signatory, Ola Holm signatory"
        ]
    );
    // In the sentence that names them, "the two sides" are the two named before.
    assert_eq!(
        encounters_of(
            "Kari Lund spoke first. Lena Berg and Ola Holm held talks as the two sides signed an accord.",
            &people,
        ),
        vec![
            "meeting: Lena Berg participant, Ola Holm participant",
            "signing: Lena Berg signatory, Ola Holm signatory"
        ]
    );
    // With no encounter before them, they are nobody.
    assert!(encounters_of("The two sides signed an accord.", &people).is_empty());
}

#[test]
fn the_delegation_and_the_guest_are_the_visiting_party() {
    let people = ["Lena Berg", "Ola Holm", "Kari Lund", "Tor Vik"];
    // Members named after "led by" and "comprising" are the delegation later.
    assert_eq!(
        encounters_of(
            "Tor Vik spoke warmly of a Nordic delegation led by Ola Holm and comprising Kari Lund. The Nordic team called on Lena Berg on Friday.",
            &people,
        ),
        vec!["meeting: Ola Holm participant, Kari Lund participant, Lena Berg participant"]
    );
    // "the visiting minister" is the guest of the reception before.
    assert_eq!(
        encounters_of(
            "President Tor Vik received Ola Holm in Norway. The visiting minister also met Kari Lund.",
            &people,
        ),
        vec![
            "reception: Tor Vik host, Ola Holm visitor",
            "meeting: Ola Holm participant, Kari Lund participant"
        ]
    );
}

#[test]
fn a_pronoun_in_a_clause_after_the_encounter_is_no_new_party() {
    // "where he praised": the host again, not a second guest.
    assert_eq!(
        encounters_of(
            "Kari Lund opened the fair. President Tor Vik received Ola Holm and Kari Lund in Norway, where he praised the port.",
            &["Tor Vik", "Ola Holm", "Kari Lund"],
        ),
        vec![
            "reception: Tor Vik host, Ola Holm visitor",
            "reception: Tor Vik host, Kari Lund visitor"
        ]
    );
    // "they" after every trigger ("the chances they have") refers to no party.
    assert_eq!(
        encounters_of(
            "Tor Vik met Ola Holm. Kari Lund discussed the chances they have.",
            &["Tor Vik", "Ola Holm", "Kari Lund"],
        ),
        vec!["meeting: Tor Vik participant, Ola Holm participant"]
    );
}

#[test]
fn a_date_after_a_verb_of_speech_is_the_reports_and_one_before_which_will_is_to_come() {
    let g = Gazetteer::new(vec![
        known(EntityKind::Person, 1, "Lena Berg"),
        known(EntityKind::Person, 2, "Ola Holm"),
    ]);
    let ctx = Context {
        article_date: chrono::NaiveDate::from_ymd_opt(2024, 3, 6),
        ..Context::default()
    };
    let date_of = |text: &str| {
        let s = split(text);
        let m = g.find(text, None);
        let cues = person_cues(text, &s, &m);
        let found = encounters(text, &s, &m, &cues, &ctx);
        assert_eq!(found.len(), 1, "{found:?}");
        found[0].date.map(|d| d.to_string())
    };
    assert_eq!(
        date_of("Lena Berg and Ola Holm held talks, the ministry said on Tuesday."),
        None
    );
    assert_eq!(
        date_of("Lena Berg and Ola Holm held talks on Monday, the ministry said."),
        Some("2024-03-04".to_string())
    );
    // A date followed by "which will" dates something to come.
    assert_eq!(
        date_of("Lena Berg and Ola Holm held talks on the Nordic chairmanship in 2027, which will begin in January."),
        None
    );
}

#[test]
fn a_meeting_on_the_sidelines_of_a_numbered_session_attended_it() {
    let e = encounters_of(
        "Lena Berg met Ola Holm on the sidelines of the 41st session of the Nordic Council.",
        &["Lena Berg", "Ola Holm"],
    );
    assert_eq!(
        e,
        vec![
            "meeting: Lena Berg participant, Ola Holm participant",
            "conference: Lena Berg participant, Ola Holm participant"
        ]
    );
}
fn learned(text: &str) -> Vec<(String, String)> {
    let g = Gazetteer::new(vec![
        known(EntityKind::Person, 1, "Lena Berg"),
        known(EntityKind::Place, 21, "Norway"),
    ]);
    let s = split(text);
    let m = g.find(text, None);
    person_cues(text, &s, &m)
        .iter()
        .filter(|c| c.person.is_none())
        .map(|c| (c.name.clone(), c.title.clone()))
        .collect()
}

#[test]
fn a_name_after_a_title_and_its_comma_is_a_name_though_and_a_title_follow() {
    assert_eq!(
        learned("The talks went well. Minister of Trade, Lars Dahl and Minister of Fisheries of Norway met with Lena Berg."),
        vec![("Lars Dahl".to_string(), "Minister of Trade".to_string())]
    );
    // Capitalised words of a title before "and" are still no name.
    assert!(
        learned("The Minister of Higher Education and Scientific Research met Lena Berg.")
            .is_empty()
    );
}

#[test]
fn a_charge_d_affaires_is_a_title() {
    assert_eq!(
        learned("Dr. Lena Berg today received the Chargé d’Affaires of the Embassy in Norway Karl Strand."),
        vec![(
            "Karl Strand".to_string(),
            "Chargé d’Affaires of the Embassy in Norway".to_string()
        )]
    );
}

#[test]
fn a_name_after_the_is_no_person_whatever_title_follows() {
    assert!(learned(
        "According to a statement from the Skaugum Gaard, the President of Norway accepted the letters."
    )
    .is_empty());
}

#[test]
fn each_envoy_who_presented_credentials_is_one_reception_of_the_same_day() {
    let people = ["Lena Berg", "Ola Holm", "Kari Lund", "Tor Vik"];
    assert_eq!(
        encounters_of(
            "Ola Holm presented his credentials to President Lena Berg on Thursday. Along with Holm, Kari Lund and Tor Vik also presented their credentials to President Berg.",
            &people,
        ),
        vec![
            "reception: Lena Berg host, Ola Holm visitor",
            "reception: Lena Berg host, Kari Lund visitor",
            "reception: Lena Berg host, Tor Vik visitor"
        ]
    );
    let g = Gazetteer::new(
        people
            .iter()
            .enumerate()
            .map(|(i, n)| known(EntityKind::Person, 100 + i as i64, n))
            .collect(),
    );
    let text = "Ola Holm presented his credentials to President Lena Berg on Thursday. Kari Lund also presented her credentials to President Berg.";
    let s = split(text);
    let m = g.find(text, None);
    let cues = person_cues(text, &s, &m);
    let ctx = Context {
        article_date: chrono::NaiveDate::from_ymd_opt(2024, 3, 8),
        ..Context::default()
    };
    let dates: Vec<Option<String>> = encounters(text, &s, &m, &cues, &ctx)
        .iter()
        .map(|e| e.date.map(|d| d.to_string()))
        .collect();
    assert_eq!(
        dates,
        vec![
            Some("2024-03-07".to_string()),
            Some("2024-03-07".to_string())
        ]
    );
}

#[test]
fn a_states_formal_name_before_its_country_is_the_place() {
    let g = Gazetteer::new(vec![
        known(EntityKind::Person, 1, "Lena Berg"),
        known(EntityKind::Person, 2, "Ola Holm"),
        known(EntityKind::Place, 21, "Norway"),
    ]);
    let text = "Within the framework of his visit to the Federal Republic of Norway, Lena Berg met with Ola Holm.";
    let s = split(text);
    let m = g.find(text, None);
    let cues = person_cues(text, &s, &m);
    let places: Vec<Option<i64>> = encounters(text, &s, &m, &cues, &Context::default())
        .iter()
        .map(|e| e.place)
        .collect();
    assert_eq!(places, vec![Some(21), Some(21)]);
}

#[test]
fn a_name_after_at_the_is_a_venue_not_a_party() {
    assert_eq!(
        encounters_of(
            "Ola Holm presented his credentials to President Lena Berg at the Skaugum Gaard.",
            &["Lena Berg", "Ola Holm", "Skaugum Gaard"],
        ),
        vec!["reception: Lena Berg host, Ola Holm visitor"]
    );
}

#[test]
fn a_portfolio_word_before_a_name_is_the_titles() {
    assert_eq!(
        learned("Minister for Health Services Karl Strand met Lena Berg."),
        vec![(
            "Karl Strand".to_string(),
            "Minister for Health Services".to_string()
        )]
    );
}

#[test]
fn verbs_and_adverbs_of_a_headline_are_no_name() {
    assert!(learned("Nordic Secretary General Strongly Condemns Attack in Norway").is_empty());
}

#[test]
fn a_sentence_opening_he_is_as_sure_as_a_name_and_other_references_less() {
    let g = Gazetteer::new(vec![
        known(EntityKind::Person, 1, "Lena Berg"),
        known(EntityKind::Person, 2, "Ola Holm"),
    ]);
    let confidence = |text: &str| {
        let s = split(text);
        let m = g.find(text, None);
        let cues = person_cues(text, &s, &m);
        encounters(text, &s, &m, &cues, &Context::default())
            .iter()
            .map(|e| (e.confidence * 100.0).round() as i64)
            .collect::<Vec<_>>()
    };
    assert_eq!(
        confidence("Lena Berg opened the fair. He later received Ola Holm."),
        vec![90]
    );
    assert_eq!(
        confidence("Lena Berg opened the fair. On Tuesday, she received Ola Holm."),
        vec![80]
    );
}

#[test]
fn a_place_in_a_sentence_of_the_future_is_not_where_the_lead_happened() {
    let places = [("Oslo", 2)];
    assert_eq!(
        places_of(
            "Lena Berg met Ola Holm on Monday. The next session, scheduled for autumn in Oslo, will review trade.",
            &["Lena Berg", "Ola Holm"],
            &places
        ),
        vec!["meeting: -"]
    );
    // A past sentence of the lead still says where.
    assert_eq!(
        places_of(
            "Lena Berg met Ola Holm on Monday. The talks were held in Oslo.",
            &["Lena Berg", "Ola Holm"],
            &places
        ),
        vec!["meeting: Oslo"]
    );
}

#[test]
fn a_group_named_again_by_its_plural_lists_its_guests() {
    let e = encounters_of(
        "President Lena Berg received the credentials of three new envoys on Monday. The new envoys are Ola Holm from Norway, Kari Lund from Norway and Per Dahl from Norway.",
        &["Lena Berg", "Ola Holm", "Kari Lund", "Per Dahl"],
    );
    assert_eq!(
        e,
        vec![
            "reception: Lena Berg host, Ola Holm visitor",
            "reception: Lena Berg host, Kari Lund visitor",
            "reception: Lena Berg host, Per Dahl visitor",
        ]
    );
}

#[test]
fn a_farewell_or_introductory_call_on_someone_is_a_meeting() {
    for call in ["farewell", "introductory", "courtesy"] {
        assert_eq!(
            encounters_of(
                &format!(
                    "Ambassador Lena Berg paid a {call} call on President Ola Holm at the palace."
                ),
                &["Lena Berg", "Ola Holm"],
            ),
            vec!["meeting: Lena Berg participant, Ola Holm participant"],
            "{call}"
        );
    }
}

#[test]
fn a_later_clause_of_the_future_gives_the_encounter_neither_its_date_nor_its_place() {
    let people = ["Lena Berg", "Ola Holm"];
    let ctx = Context {
        article_date: chrono::NaiveDate::from_ymd_opt(2024, 3, 6),
        ..Context::default()
    };
    // (Below a headline: a text's first line that tells a plan is the plan's.)
    let one = |text: &str| {
        let found = found_with(&format!("Talks in the north\n\n{text}"), &people, &ctx);
        assert_eq!(found.len(), 1, "{text}: {found:?}");
        (
            found[0].date.map(|d| d.to_string()),
            found[0].place.is_some(),
        )
    };
    // The clause of the future after a semicolon or ", and": its month and place are not the
    // meeting's.
    assert_eq!(
        one("Lena Berg met Ola Holm on 4 March; the two will meet again in Norway in June."),
        (Some("2024-03-04".into()), false)
    );
    assert_eq!(
        one("Lena Berg and Ola Holm signed an agreement on Monday, and the next round will be held in Norway in May."),
        (Some("2024-03-04".into()), false)
    );
    // The same words in the past are the meeting's.
    assert_eq!(
        one("Lena Berg met Ola Holm in Norway on 4 March."),
        (Some("2024-03-04".into()), true)
    );
}

#[test]
fn a_charge_d_affaires_ad_interim_written_any_way_is_a_title() {
    for (text, title) in [
        (
            "Dr. Lena Berg met Charge d'Affaires ad Interim of the Republic of Norway in China Karl Strand.",
            "Charge d'Affaires ad Interim of the Republic of Norway in China",
        ),
        (
            "Dr. Lena Berg met the Chargé d'Affaires a.i. of Norway, Karl Strand, on Monday.",
            "Chargé d'Affaires a.i. of Norway",
        ),
    ] {
        assert_eq!(
            learned(text),
            vec![("Karl Strand".to_string(), title.to_string())],
            "{text}"
        );
    }
}

#[test]
fn an_adjective_of_nationality_before_a_title_says_whose_post_it_is() {
    let text = "Indonesian Foreign Minister Ana Lima met her Vietnamese counterpart Kari Lund. Mauritanian Ambassador to Norway Per Dahl attended.";
    let countries: Vec<(String, Option<&str>)> = cues_of(text)
        .into_iter()
        .map(|c| (c.name, c.country))
        .collect();
    assert_eq!(
        countries,
        vec![
            ("Ana Lima".to_string(), Some("ID")),
            ("Kari Lund".to_string(), Some("VN")),
            ("Per Dahl".to_string(), Some("MR")),
        ]
    );
    // The import makes those countries places of the catalog; an adjective before no title
    // ("Vietnamese coffee") names none.
    assert_eq!(
        crate::extract::countries_of_titles(&format!("{text} They drank Chilean wine.")),
        vec!["ID", "VN", "MR"]
    );
}
