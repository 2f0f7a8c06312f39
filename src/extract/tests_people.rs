//! People introduced in the ways outlets write them: two titled people joined by "and", lists
//! of envoys each with a country, the head of a delegation, abbreviated titles and courtesy
//! titles; on invented text.

use super::*;

pub(super) fn names_and_titles(text: &str) -> Vec<(String, String)> {
    cues_of(text)
        .into_iter()
        .map(|c| (c.name, c.title))
        .collect()
}

pub(super) fn pairs(list: &[(&str, &str)]) -> Vec<(String, String)> {
    list.iter()
        .map(|(a, b)| (a.to_string(), b.to_string()))
        .collect()
}

#[test]
fn two_titled_people_joined_by_and_keep_their_own_titles() {
    assert_eq!(
        names_and_titles(
            "Danish Foreign Minister Lena Berg and Swedish Foreign Minister Ola Holm signed a memorandum in Oslo on Monday."
        ),
        pairs(&[("Lena Berg", "Foreign Minister"), ("Ola Holm", "Foreign Minister")])
    );
    // A body's name with a plural noun in a title is still the title.
    assert_eq!(
        names_and_titles(
            "The President of the Councils of State and Ministers, Kari Lund, spoke in Paris."
        ),
        pairs(&[(
            "Kari Lund",
            "President of the Councils of State and Ministers"
        )])
    );
    // "and" inside a body's name, after a title word, is no name either.
    assert!(names_and_titles(
        "Ola Holm, Chairman of the National Emergency Crisis and Disasters Authority, spoke."
    )
    .iter()
    .all(|(n, _)| n != "Emergency Crisis"));
}

#[test]
fn in_a_list_of_envoys_each_title_stops_at_the_name_before_it() {
    assert_eq!(
        names_and_titles(
            "They are Ambassador Lee Min-ho of South Korea, High Commissioner Ravi Nair of India and Ambassador Ana Souza of Brazil."
        ),
        pairs(&[
            ("Lee Min-ho", "Ambassador"),
            ("Ravi Nair", "High Commissioner"),
            ("Ana Souza", "Ambassador"),
        ])
    );
}

#[test]
fn the_head_of_a_delegation_is_introduced_and_takes_part() {
    assert_eq!(
        names_and_titles("The minister received a trade delegation led by Ola Holm on Monday."),
        pairs(&[("Ola Holm", "")])
    );
    // Not any name after "by".
    assert!(names_and_titles("The hall was designed by Ola Holm in 1990.").is_empty());
    assert_eq!(
        encounters_of(
            "Prime Minister Kari Lund today met a visiting Swedish parliamentary delegation led by Ola Holm at her office.",
            &["Kari Lund", "Ola Holm"],
        ),
        vec!["meeting: Kari Lund participant, Ola Holm participant"]
    );
}

#[test]
fn abbreviated_and_courtesy_titles() {
    assert_eq!(
        names_and_titles("NZ PM Kari Lund began a meeting with Secretary General Dame Ola Holm."),
        pairs(&[("Kari Lund", "PM"), ("Ola Holm", "Secretary General")])
    );
}

#[test]
fn a_title_after_a_name_ends_where_the_next_persons_courtesy_title_begins() {
    assert_eq!(
        names_and_titles(
            "Presenting their letters was HE Dr Ola Holm, Ambassador of Norway and HE Mr Kari Lund, High Commissioner of Fiji."
        ),
        pairs(&[
            ("Ola Holm", "Ambassador of Norway"),
            ("Kari Lund", "High Commissioner of Fiji"),
        ])
    );
}

#[test]
fn a_long_title_with_a_hyphenated_body_still_introduces_the_name() {
    let c = names_and_titles(
        "The speaker received the delegation led by Head of the Norway-Sweden Friendship Group of the Storting (Parliament) of the Kingdom of Norway Ola Holm.",
    );
    assert_eq!(c.len(), 1, "{c:?}");
    assert_eq!(c[0].0, "Ola Holm");
    assert!(c[0].1.starts_with("Head of the Norway-Sweden"), "{c:?}");
}

#[test]
fn a_surname_joined_to_its_particle_is_a_name() {
    assert_eq!(
        names_and_titles(
            "On Wednesday, the Swedish Parliament Speaker Ola al-Holmi received the guest."
        ),
        pairs(&[("Ola al-Holmi", "Speaker")])
    );
}

#[test]
fn venues_and_events_are_no_people() {
    for text in [
        "The minister is attending the Nordic Special Leaders Retreat at the Sheraton Resort.",
        "Ola Holm paid a courtesy call on President Kari Lund at the Rashtrapati Bhavan in the capital.",
    ] {
        let c = names_and_titles(text);
        assert!(
            c.iter().all(|(n, _)| !n.ends_with("Resort") && !n.ends_with("Retreat") && !n.ends_with("Bhavan")),
            "{text}: {c:?}"
        );
    }
    assert_eq!(
        encounters_of(
            "Foreign Minister Ola Holm held an audience with Minister Kari Lund in Oslo.",
            &["Ola Holm", "Kari Lund"],
        ),
        vec!["meeting: Ola Holm participant, Kari Lund participant"]
    );
}

#[test]
fn an_exchange_held_with_someone_is_a_meeting() {
    assert_eq!(
        encounters_of(
            "Prime Minister Ola Holm arrived on Sunday. Holm also held a fraternal exchange with Kari Lund, Norwegian FM, stressing ties.",
            &["Ola Holm", "Kari Lund"],
        ),
        vec!["meeting: Ola Holm participant, Kari Lund participant"]
    );
}

#[test]
fn other_ways_of_saying_met() {
    for text in [
        "Minister Ola Holm sat down with Minister Kari Lund in Oslo on Monday.",
        "Minister Ola Holm conferred with Minister Kari Lund in Oslo on Monday.",
        "Minister Ola Holm holds talks with Minister Kari Lund in Oslo.",
        "Minister Ola Holm conducted bilateral talks with Minister Kari Lund in Oslo.",
    ] {
        assert_eq!(
            encounters_of(text, &["Ola Holm", "Kari Lund"]),
            vec!["meeting: Ola Holm participant, Kari Lund participant"],
            "{text}"
        );
    }
    assert_eq!(
        encounters_of(
            "President Ola Holm greeted Minister Kari Lund at the palace.",
            &["Ola Holm", "Kari Lund"]
        ),
        vec!["reception: Ola Holm host, Kari Lund visitor"]
    );
}

#[test]
fn a_name_after_a_titles_field_of_unknown_words_is_found() {
    assert_eq!(
        names_and_titles("Special Envoy for Harbour Negotiations Ola Holm signed the memorandum."),
        pairs(&[("Ola Holm", "Special Envoy for Harbour Negotiations")])
    );
    assert_eq!(
        names_and_titles(
            "Assistant Secretary of Insular Fisheries Kari G. Lund attended the signing."
        ),
        pairs(&[("Kari G. Lund", "Assistant Secretary of Insular Fisheries")])
    );
    assert_eq!(
        names_and_titles("The Adviser for Harbour Affairs Khalid bin Ahmed Al Lund attended."),
        pairs(&[("Khalid bin Ahmed Al Lund", "Adviser for Harbour Affairs")])
    );
}

#[test]
fn lists_of_envoys_name_each_with_a_country_or_a_title_after_as() {
    assert_eq!(
        names_and_titles(
            "The following ambassadors presented their credentials to President Kari Lund on Wednesday: Tomas Berger (Morocco), Ines Moreau (Azerbaijan) and Rajiv Menon (Morocco)."
        ),
        pairs(&[
            ("Kari Lund", "President"),
            ("Tomas Berger", ""),
            ("Ines Moreau", ""),
            ("Rajiv Menon", ""),
        ])
    );
    assert_eq!(
        names_and_titles(
            "President Kari Lund accepted the credentials of Tomas Berger as Ambassador of Norway, Ines Moreau as Ambassador of Sweden and Rajiv Menon as High Commissioner of Denmark."
        ),
        pairs(&[
            ("Kari Lund", "President"),
            ("Tomas Berger", "Ambassador of Norway"),
            ("Ines Moreau", "Ambassador of Sweden"),
            ("Rajiv Menon", "High Commissioner of Denmark"),
        ])
    );
    // A place in brackets after words that are no name names nobody.
    assert!(names_and_titles("The Harbour Summit (Morocco) opened.").is_empty());
    assert!(names_and_titles("It joins the Regional Student Survey (BAKU) next year.").is_empty());
}

/// The people of the envoy tests, and the two receptions each test expects.
fn envoys() -> ([&'static str; 3], Vec<&'static str>) {
    (
        ["Kari Lund", "Tomas Berger", "Ines Moreau"],
        vec![
            "reception: Kari Lund host, Tomas Berger visitor",
            "reception: Kari Lund host, Ines Moreau visitor",
        ],
    )
}

#[test]
fn envoys_listed_after_their_host_are_each_received() {
    let (people, each) = envoys();
    assert_eq!(
        encounters_of(
            "The following ambassadors presented their credentials to President Kari Lund on Wednesday: Tomas Berger (Norway) and Ines Moreau (Norway).",
            &people,
        ),
        each
    );
    assert_eq!(
        encounters_of(
            "President Kari Lund accepted the credentials of Tomas Berger as Ambassador of Norway and Ines Moreau as Ambassador of Norway.",
            &people,
        ),
        each
    );
}

#[test]
fn a_list_of_envoys_a_line_after_they_are_is_the_groups_guests() {
    let (people, each) = envoys();
    assert_eq!(
        encounters_of(
            "Three new ambassadors presented their letters of credence to President Kari Lund on Friday.\n\nThey are:\n\n- Mr. Tomas Berger, Ambassador of Norway;\n\n- Ms. Ines Moreau, Ambassador of Norway.",
            &people,
        ),
        each
    );
    // A line that is no item ends the list.
    assert_eq!(
        encounters_of(
            "Three new ambassadors presented their letters of credence to President Kari Lund on Friday.\n\nThey are:\n\n- Mr. Tomas Berger, Ambassador of Norway.\n\nMs. Ines Moreau, the minister, spoke.",
            &people,
        ),
        vec!["reception: Kari Lund host, Tomas Berger visitor"]
    );
}

#[test]
fn a_list_after_they_are_may_be_lines_without_marks_after_an_active_reception() {
    let (people, each) = envoys();
    assert_eq!(
        encounters_of(
            "President of Norway Kari Lund accepted the credentials of newly appointed ambassadors on Monday. They are:\nTomas Berger, Ambassador of Sweden;\nInes Moreau, Ambassador of Denmark.",
            &people,
        ),
        each
    );
    assert_eq!(
        encounters_of(
            "President Kari Lund received the credentials of new ambassadors on Monday.\n\nThey are:\n\nTomas Berger (Norway);\n\nInes Moreau (Norway).\n\nThe President wished them well.",
            &people,
        ),
        each
    );
}

#[test]
fn a_three_word_name_before_as_and_its_title_before_a_place() {
    assert_eq!(
        names_and_titles(
            "The President accepted the credentials of Ana Lima Souza as Ambassador of Brazil at Government House on Tuesday."
        ),
        pairs(&[("Ana Lima Souza", "Ambassador of Brazil")])
    );
}

#[test]
fn a_meeting_without_a_place_takes_where_the_lead_says_the_news_happened() {
    let people = ["Ola Holm", "Kari Lund"];
    let found = found_in(
        "Ministers end their talks\n\nThe joint commission ended its session in Norway on Friday with an agreement.\n\nMinister Ola Holm and Minister Kari Lund signed the agreement.",
        &people,
    );
    assert_eq!(found.len(), 1, "{found:#?}");
    assert_eq!(found[0].place, Some(900));
    // Less sure than a place the sentence gives.
    assert!(found[0].confidence < 0.9, "{found:#?}");
    // A headline's place is no lead.
    let found = found_in(
        "Talks in Norway\n\nMinister Ola Holm and Minister Kari Lund signed the agreement.",
        &people,
    );
    assert_eq!(found[0].place, None, "{found:#?}");
}

#[test]
fn an_initial_written_onto_the_surname_is_a_name() {
    assert_eq!(
        names_and_titles(
            "On May 3, Minister of Health B.Oyun met Ambassador of Norway to Mongolia Mrs. Kari Lund."
        ),
        pairs(&[
            ("B.Oyun", "Minister of Health"),
            ("Kari Lund", "Ambassador of Norway to Mongolia")
        ])
    );
    // Not a name: an abbreviation ("U.S."), or initials alone.
    assert!(names_and_titles("Minister of Health U.S. said so.").is_empty());
}

#[test]
fn a_name_after_and_with_its_own_title_after_it_is_a_second_person() {
    assert_eq!(
        names_and_titles(
            "The accord was signed by Ola Holm, Co-chair of the Norwegian Side of the commission and Minister of Cabinet Affairs of the Office of the Prime Minister and Kari Lund, Co-chair of the Swedish Side."
        ),
        pairs(&[
            ("Ola Holm", "Co-chair of the Norwegian Side"),
            ("Kari Lund", "Co-chair of the Swedish Side")
        ])
    );
}

#[test]
fn in_a_list_a_name_before_and_and_the_next_title_is_a_name() {
    assert_eq!(
        names_and_titles(
            "The envoys were Ambassador Ola Holm, High Commissioner of Morocco Kari Lund Berg and Ambassador of Baku Per Dahl."
        ),
        pairs(&[
            ("Ola Holm", "Ambassador"),
            ("Kari Lund Berg", "High Commissioner of Morocco"),
            ("Per Dahl", "Ambassador of Baku")
        ])
    );
}

#[test]
fn a_group_reception_told_again_keeps_the_date_told_first() {
    let (people, each) = envoys();
    let text = "Envoys of two states presented their credentials to President Kari Lund on 3 May 2021.\nAmbassadors of Norway and Chile presented their credentials to the President at a function.\nThe envoys who presented their credentials were - Ambassador of Norway Tomas Berger and Ambassador of Norway Ines Moreau.";
    assert_eq!(encounters_of(text, &people), each);
    for e in found_in(text, &people) {
        assert_eq!(e.date.map(|d| d.to_string()).as_deref(), Some("2021-05-03"));
    }
}

#[test]
fn honours_after_a_name_and_the_right_honourable_before_it() {
    assert_eq!(
        names_and_titles(
            "The President met a team led by its Secretary-General, Rt Hon Kari Lund QC, at the palace."
        ),
        pairs(&[("Kari Lund", "Secretary-General")])
    );
}

#[test]
fn the_leads_place_is_not_for_another_encounter_told_there() {
    let people = ["Ola Holm", "Kari Lund"];
    let found = found_in(
        "Ministers meet\n\nPresident Ola Holm met Secretary-General Kari Lund on 10 January 2022.\n\nPresident Holm had met Kari Lund in Norway in November 2021.",
        &people,
    );
    let places: Vec<(String, Option<i64>)> = found
        .iter()
        .map(|e| (e.date.map(|d| d.to_string()).unwrap_or_default(), e.place))
        .collect();
    assert_eq!(
        places,
        vec![
            ("2022-01-10".to_string(), None),
            ("2021-11".to_string(), Some(900))
        ]
    );
}

#[test]
fn a_visit_paid_to_someone_is_a_meeting_with_them() {
    let people = ["Ola Holm", "Kari Lund"];
    assert_eq!(
        encounters_of(
            "The Executive Secretary of the Baltic Bank, H.E Amb (Eng) Ola Holm, visited the Director General of the Nordic Council, Dr Kari Lund, on July 21st in Norway.",
            &people
        ),
        vec!["meeting: Ola Holm visitor, Kari Lund host"]
    );
    // A visit to a place where someone is met stays a visit.
    assert_eq!(
        encounters_of(
            "Minister Ola Holm visited Norway, where Minister Kari Lund spoke.",
            &people
        ),
        vec!["visit: Ola Holm visitor"]
    );
}

#[test]
fn signers_on_behalf_of_their_government_sign_what_the_lead_told() {
    let people = ["Ola Holm", "Kari Lund", "Per Dahl"];
    let found = found_in(
        "Norway and Chile sign five accords\n\nOslo, 10 February 2017 – Norway and Chile have signed five accords on trade. The accords were reviewed by officials.\n\nOn the Norwegian side: Ola Holm, Minister of Trade; Kari Lund, Minister of Culture and Per Dahl, Minister of Labour, signed on behalf of the government of Norway.",
        &people,
    );
    assert_eq!(found.len(), 1, "{found:#?}");
    assert_eq!(found[0].kind, MeetingKind::Signing);
    assert_eq!(found[0].people.len(), 3, "{found:#?}");
    // The lead's sentence is its evidence too.
    assert!(found[0].evidence.len() >= 2, "{found:#?}");
}

#[test]
fn a_fronted_visiting_names_the_place() {
    let people = ["Ola Holm", "Kari Lund"];
    let found = found_in(
        "Visiting Norway for a conference, Foreign Minister Ola Holm held a bilateral meeting with Secretary of State Kari Lund.",
        &people,
    );
    // The meeting there, and the visit that brought the subject there.
    assert_eq!(found.len(), 2, "{found:#?}");
    assert!(found.iter().all(|e| e.place == Some(900)), "{found:#?}");
    assert!(
        found.iter().any(|e| e.kind == MeetingKind::Visit),
        "{found:#?}"
    );
}

#[test]
fn a_named_event_mentioned_during_a_meeting_takes_not_its_date() {
    let people = ["Ola Holm", "Kari Lund"];
    let found = found_in(
        "Minister Ola Holm met Minister Kari Lund on 14 July 2023. During the meeting, the decisions taken at the Nordic Summit held in Norway were discussed.",
        &people,
    );
    let summit = found.iter().find(|e| e.event.is_some());
    assert!(summit.is_some_and(|e| e.date.is_none()), "{found:#?}");
}

#[test]
fn a_discussion_names_its_subject_after_the_verb_and_a_preparation_its_future_date() {
    let people = ["Ola Holm", "Kari Lund", "Per Dahl"];
    let found = found_in(
        "Prime Minister Ola Holm met Thursday morning with the President of the Commission, Kari Lund, to prepare for the informal summit of September 16th. The two men also discussed relations with Chile, two months after the coup against President Per Dahl.",
        &people,
    );
    assert_eq!(found.len(), 1, "{found:#?}");
    assert_eq!(found[0].people.len(), 2, "{found:#?}");
    assert_eq!(found[0].date, None, "{found:#?}");
    // "discussed with" names a party.
    assert_eq!(
        encounters_of(
            "Minister Ola Holm discussed with Minister Kari Lund the ties of Norway.",
            &people
        ),
        vec!["meeting: Ola Holm participant, Kari Lund participant"]
    );
}

#[test]
fn a_building_the_text_names_is_in_the_datelines_city() {
    let people = ["Ola Holm", "Kari Lund"];
    let ctx = Context {
        dateline: Some(21),
        ..Context::default()
    };
    let e = found_with(
        "Minister Ola Holm met Dr. Kari Lund at the Star Palace on Saturday.",
        &people,
        &ctx,
    );
    assert_eq!(e[0].place, Some(21), "{e:#?}");
    // A place nobody knows ("in Varde") is not the dateline's city.
    let e = found_with(
        "Minister Ola Holm met Dr. Kari Lund in Varde on Saturday.",
        &people,
        &ctx,
    );
    assert_eq!(e[0].place, None, "{e:#?}");
}

#[test]
fn a_place_before_a_title_names_whose_title_not_where() {
    let people = ["Ola Holm", "Kari Lund"];
    let ctx = Context {
        dateline: Some(21),
        ..Context::default()
    };
    let e = found_with(
        "Minister Ola Holm received Kari Lund, Adviser to Norway President, on Monday.",
        &people,
        &ctx,
    );
    assert_eq!(e[0].place, Some(21), "{e:#?}");
    // A place followed by a common word is still where.
    let e = found_with(
        "Minister Ola Holm received Kari Lund in Norway Monday.",
        &people,
        &ctx,
    );
    assert_eq!(e[0].place, Some(900), "{e:#?}");
}

#[test]
fn an_event_named_in_several_ways_in_its_sentence_is_one_conference_of_who_met_there() {
    let e = encounters_of(
        "On the sideline of the 41st session of the Nordic Council that was held in Norway, as the annual debate of the Nordic Council Session gathers leaders, Lena Berg met Ola Holm.",
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

#[test]
fn a_welcome_then_talks_held_between_the_two_leaders_then_accords_signed_after_them() {
    let e = encounters_of(
        "President Ola Holm welcomed Prime Minister Kari Lund upon her arrival at the palace. Later, bilateral and delegation-level meetings were held between the two leaders. Several agreements were signed between Norway and Chile after the meetings.",
        &["Ola Holm", "Kari Lund"],
    );
    assert_eq!(
        e,
        vec![
            "reception: Ola Holm host, Kari Lund visitor",
            "meeting: Ola Holm participant, Kari Lund participant",
            "signing: Ola Holm signatory, Kari Lund signatory"
        ]
    );
}

#[test]
fn events_listed_in_one_sentence_stay_apart() {
    let found = found_in(
        "Meanwhile, these events took place in Norway - the Nordic Forum on Fisheries (2008), the 6th Conference of the Ministers of Science of Nordic Countries (2008), the 6th Conference of Ministers of Culture of Nordic Countries (2009) and others.",
        &[],
    );
    let events: Vec<&str> = found.iter().filter_map(|e| e.event.as_deref()).collect();
    assert_eq!(events.len(), 3, "{events:?}");
}

#[test]
fn a_named_event_scheduled_to_be_held_is_still_to_come() {
    let found = found_in(
        "They also reviewed the preparations for the 2024 Nordic Summit, scheduled to be held in Norway.",
        &[],
    );
    assert!(found.is_empty(), "{found:#?}");
    // Held, it is one.
    let found = found_in("The 2024 Nordic Summit was held in Norway in May.", &[]);
    assert_eq!(found.len(), 1, "{found:#?}");
}

#[test]
fn the_date_a_later_sentence_states_wins_over_the_articles() {
    let people = ["Ola Holm", "Kari Lund"];
    let ctx = Context {
        article_date: chrono::NaiveDate::from_ymd_opt(2016, 12, 15),
        ..Context::default()
    };
    let e = found_with(
        "Chairperson Ola Holm has met with Minister Kari Lund. They met at the headquarters on Tuesday, 13 December 2016.",
        &people,
        &ctx,
    );
    assert_eq!(e.len(), 1, "{e:#?}");
    assert_eq!(
        e[0].date.map(|d| d.to_string()).as_deref(),
        Some("2016-12-13")
    );
}

#[test]
fn one_name_right_after_a_titles_head_is_a_person() {
    // The well known are named by one name after their title.
    assert_eq!(
        names_and_titles("President Kamau met the envoy of Chile on Monday in Nairobi."),
        pairs(&[("Kamau", "President")])
    );
    assert_eq!(
        names_and_titles(
            "His Majesty King Faisal II received Prime Minister Tamsin at the palace."
        ),
        pairs(&[("Faisal II", "King"), ("Tamsin", "Prime Minister")])
    );
    // Named in full elsewhere in the article: that person, not a second one.
    assert_eq!(
        names_and_titles(
            "President Ola Kamau Holm met the envoy. Later President Holm said he was glad."
        ),
        pairs(&[("Ola Kamau Holm", "President")])
    );
}

#[test]
fn a_common_word_after_a_title_is_no_name() {
    // A plural, a misspelt title, a title after "the", a headline's verb, and a word the
    // text also writes in lower case.
    for text in [
        "The Prime Ministers of Norway and Chile spoke in Oslo.",
        "The Prime Minster arrived in Oslo on Monday.",
        "The envoy was welcomed to the President Place on Monday.",
        "Prime Minister Departs for Oslo on Monday.",
        "Minister Office staff met in Oslo. The office is new.",
    ] {
        assert_eq!(names_and_titles(text), Vec::new(), "{text}");
    }
}

#[test]
fn names_listed_with_from_and_their_country_are_people() {
    let names: Vec<String> = names_and_titles(
        "The new envoys are Lars Holm from Morocco, Ana Souza from Azerbaijan and Kenji Sato from Morocco.",
    )
    .into_iter()
    .map(|(n, _)| n)
    .collect();
    assert_eq!(names, ["Lars Holm", "Ana Souza", "Kenji Sato"]);
    // "from" and a place inside a sentence is no list's item.
    assert!(names_and_titles("Lars Holm from Morocco arrived in Baku with gifts.").is_empty());
}

#[test]
fn a_title_after_of_is_the_title_of_the_name_after_it() {
    // Not a title's field ("Envoy for Compact Negotiations Joseph Yun"): a title and the name.
    assert_eq!(
        names_and_titles("They met in the presence of Ambassador Kari Lund Berg on Monday."),
        pairs(&[("Kari Lund Berg", "Ambassador")])
    );
}

#[test]
fn a_posts_field_opens_its_title_and_a_counterpart_holds_the_same_post() {
    assert_eq!(
        names_and_titles(
            "Norwegian Defence Minister Lars Holm met his Swedish counterpart Ana Souza Lima in Oslo."
        ),
        pairs(&[
            ("Lars Holm", "Defence Minister"),
            ("Ana Souza Lima", "Defence Minister"),
        ])
    );
    // A counterpart with nobody's post before it stays a counterpart.
    assert_eq!(
        names_and_titles("The minister met his counterpart Ana Souza Lima in Oslo."),
        pairs(&[("Ana Souza Lima", "counterpart")])
    );
}

#[test]
fn a_lower_case_title_after_a_countrys_possessive_follows_a_name() {
    assert_eq!(
        names_and_titles(
            "Lars Holm Berg, Morocco's ambassador to Azerbaijan, paid a farewell call on the minister."
        ),
        pairs(&[("Lars Holm Berg", "ambassador to Azerbaijan")])
    );
}

#[test]
fn a_given_name_before_a_known_one_word_name_is_no_person_of_its_own() {
    let g = Gazetteer::new(vec![known(EntityKind::Person, 7, "Kamau")]);
    let text = "President Daniel Kamau met the envoy of Chile in Nairobi.";
    let s = split(text);
    let m = g.find(text, None);
    let names: Vec<String> = person_cues(text, &s, &m)
        .into_iter()
        .filter(|c| c.person.is_none())
        .map(|c| c.name)
        .collect();
    assert!(names.is_empty(), "{names:?}");
}

#[test]
fn a_title_s_field_joined_by_and_is_no_part_of_the_name_after_it() {
    assert_eq!(
        names_and_titles(
            "Minister of Environment Ana Lima and Minister of Equipment and Water Kari Holm signed a memorandum."
        ),
        pairs(&[
            ("Ana Lima", "Minister of Environment"),
            ("Kari Holm", "Minister of Equipment and Water"),
        ])
    );
    // A name after "and" that follows a title's field and a name is not cut ("Holm Berg"):
    // it is a whole name, a subject of "met" without a title.
    assert_eq!(
        names_and_titles("Minister of Health Ana Lima and Kari Holm Berg met in Oslo."),
        pairs(&[("Ana Lima", "Minister of Health"), ("Kari Holm Berg", "")])
    );
}

#[test]
fn a_legislature_named_by_its_own_name_ends_before_its_chairman_s_name() {
    for (text, name) in [
        (
            "The Chairman of the State Great Khural Dorj Batbold received the ambassador.",
            "Dorj Batbold",
        ),
        (
            "Speaker of the Milli Majlis Sahiba Gafarova met the delegation.",
            "Sahiba Gafarova",
        ),
        (
            "Speaker of the Knesset Amir Ohana met the delegation.",
            "Amir Ohana",
        ),
    ] {
        let found = names_and_titles(text);
        assert!(found.iter().any(|(n, _)| n == name), "{text}: {found:?}");
        assert!(
            found.iter().all(|(n, _)| n.split(' ').count() == 2),
            "{text}: {found:?}"
        );
    }
}

#[test]
fn a_countrys_side_of_the_compass_is_a_region_not_a_person() {
    // A whole name after a country's possessive is a person's ...
    let names: Vec<String> = names_and_titles("Chile's Ana Lima Soto met the envoy in Oslo.")
        .into_iter()
        .map(|(n, _)| n)
        .collect();
    assert_eq!(names, vec!["Ana Lima Soto".to_string()]);
    // ... not a region named by its side of the compass.
    for text in [
        "They discussed investment in Russia's Far East in 2018.",
        "Trade grew in Chile’s Central South, the minister said.",
    ] {
        assert_eq!(names_and_titles(text), Vec::new(), "{text}");
    }
}
