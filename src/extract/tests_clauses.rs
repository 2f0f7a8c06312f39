//! What the words of a clause do to the encounter it reports: words that govern the trigger
//! ("congratulated X on his visit") undo it, words of what followed it ("met X and
//! congratulated him") do not; on invented text.

use super::*;

#[test]
fn what_the_subject_did_after_the_encounter_does_not_undo_it() {
    let people = ["Lena Berg", "Ola Holm"];
    for text in [
        "Lena Berg met Ola Holm on Monday and congratulated him on his election.",
        "Ambassador Lena Berg paid a courtesy call on Speaker Ola Holm and extended him congratulations.",
        "Lena Berg received Ola Holm and handed him an invitation to the forum.",
    ] {
        assert_eq!(encounters_of(text, &people).len(), 1, "{text}");
    }
    // Words that govern the trigger still undo it: a visit congratulated on, one invited to.
    for text in [
        "Lena Berg congratulated Ola Holm on his visit to Norway.",
        "Lena Berg invited Ola Holm to visit Norway.",
    ] {
        assert!(encounters_of(text, &people).is_empty(), "{text}");
    }
}

#[test]
fn a_title_between_commas_after_a_name_is_that_names() {
    assert_eq!(
        super::people::names_and_titles(
            "According to H.E. Chan Dara, Assistant to the Prime Minister, H.E. Lena Berg conveyed greetings."
        ),
        super::people::pairs(&[
            ("Chan Dara", "Assistant to the Prime Minister"),
            ("Lena Berg", "")
        ])
    );
    // A title opening the sentence is the name's after it.
    assert_eq!(
        super::people::names_and_titles(
            "On Monday, Minister of Trade, Lena Berg, opened the fair."
        ),
        super::people::pairs(&[("Lena Berg", "Minister of Trade")])
    );
}

#[test]
fn khmer_honorifics_are_no_part_of_the_name_and_sen_ends_one() {
    assert_eq!(
        super::people::names_and_titles(
            "Samdech Akka Moha Sena Padei Techo Sok Sen, Prime Minister of Cambodia, received Lena Berg."
        ),
        super::people::pairs(&[("Sok Sen", "Prime Minister of Cambodia"), ("Lena Berg", "")])
    );
    // An abbreviation without its full stop before a name is still a courtesy word.
    assert_eq!(
        super::people::names_and_titles("Sen Ola Holm met Lena Berg."),
        super::people::pairs(&[("Ola Holm", ""), ("Lena Berg", "")])
    );
}

#[test]
fn talks_co_chaired_then_told_again_with_who_attended_on_each_side_are_one() {
    let people = ["Ola Holm", "Per Dahl", "Kari Lund", "Jon Berg"];
    assert_eq!(
        encounters_of(
            "King Ola Holm and King Per Dahl co-chaired bilateral talks in Norway on 30 July 2010. According to a communiqué issued afterwards, the two leaders discussed trade. The talks were attended on the Norwegian side by Minister Kari Lund; and on the other side by Minister Jon Berg.",
            &people,
        ),
        vec!["meeting: Ola Holm participant, Per Dahl participant, Kari Lund participant, Jon Berg participant"]
    );
    // Told again "afterwards" in the encounter's own clause: another round.
    assert_eq!(
        encounters_of(
            "King Ola Holm and King Per Dahl held talks in Norway on 30 July 2010. Afterwards, the two leaders held talks again.",
            &people,
        )
        .len(),
        2
    );
}

#[test]
fn who_told_of_the_encounter_after_a_comma_is_no_party_to_it() {
    for verb in ["said", "shared", "told reporters"] {
        let text = format!(
            "Ambassador Ola Holm paid a courtesy call on Speaker Per Dahl on Monday, {verb} press adviser Kari Lund."
        );
        assert_eq!(
            encounters_of(&text, &["Ola Holm", "Per Dahl", "Kari Lund"]),
            vec!["meeting: Ola Holm participant, Per Dahl participant"],
            "{text}"
        );
    }
}

#[test]
fn a_title_after_a_name_that_runs_into_another_name_is_the_other_ones() {
    assert_eq!(
        super::people::names_and_titles(
            "Minister of Trade, Mr. Kari Lund, Secretary to the President Tor Vik and Admiral Lars Moe also attended."
        ),
        super::people::pairs(&[
            ("Kari Lund", "Minister of Trade"),
            ("Tor Vik", "Secretary to the President"),
            ("Lars Moe", "Admiral")
        ])
    );
    // "General" before a body's name is its adjective: the body is no one's name.
    assert_eq!(
        super::people::names_and_titles(
            "The talks were attended by Maj Gen Per Dahl, Head of the General Intelligence Service and Dr Jon Berg."
        )
        .first()
        .map(|(n, t)| (n.as_str(), t.as_str())),
        Some(("Per Dahl", "Head of the General Intelligence Service"))
    );
}

#[test]
fn envoys_listed_one_a_line_after_a_colon_were_each_received() {
    let text = "Two envoys presented their credentials to President Ola Holm today.\n\nThe envoys who presented their credentials today were:\n\nMr. Per Dahl\n\nAmbassador-designate of Norway\n\nMr. Jon Berg\n\nAmbassador-designate of Chile";
    assert_eq!(
        encounters_of(text, &["Ola Holm", "Per Dahl", "Jon Berg"]),
        vec![
            "reception: Ola Holm host, Per Dahl visitor",
            "reception: Ola Holm host, Jon Berg visitor"
        ]
    );
    // Without the colon, a name on a line of its own lists no one.
    let text = "Two envoys presented their credentials to President Ola Holm today.\n\nThe ceremony was short.\n\nMr. Per Dahl\n\nAmbassador-designate of Norway";
    assert!(encounters_of(text, &["Ola Holm", "Per Dahl"]).is_empty());
}

#[test]
fn indian_courtesy_words_open_no_name() {
    assert_eq!(
        super::people::names_and_titles(
            "A delegation led by Hon. Shri Per Dahl, Chairman of the Committee, called on Speaker Smt. Kari Lund."
        ),
        super::people::pairs(&[("Per Dahl", "Chairman of the Committee"), ("Kari Lund", "Speaker")])
    );
}

#[test]
fn a_post_from_a_country_goes_with_the_name_after_its_comma() {
    // A name the catalog does not know yet is found by its post.
    assert_eq!(
        super::people::names_and_titles(
            "Minister Lena Berg held a meeting with her counterpart from Morocco, Per Dahl, on Monday."
        ),
        super::people::pairs(&[("Lena Berg", "Minister"), ("Per Dahl", "Minister")])
    );
    let people = ["Lena Berg", "Per Dahl"];
    for text in [
        "Minister Lena Berg held a meeting with her counterpart from Norway, Per Dahl, on Monday.",
        "Minister Lena Berg met the ambassador from Norway, Per Dahl, on Monday.",
    ] {
        assert_eq!(
            encounters_of(text, &people),
            vec!["meeting: Lena Berg participant, Per Dahl participant"],
            "{text}"
        );
    }
}

#[test]
fn a_named_event_still_to_come_is_no_event_held() {
    let people = ["Lena Berg", "Per Dahl"];
    assert_eq!(
        encounters_of(
            "Minister Lena Berg held a meeting with Minister Per Dahl in the context of the 9th Meeting of the Nordic Forum, to be held on Saturday in Norway.",
            &people,
        ),
        vec!["meeting: Lena Berg participant, Per Dahl participant"]
    );
    for text in [
        "The 3rd Nordic Summit, which is scheduled for May, will discuss trade.",
        "Delegates prepared the 3rd Nordic Summit, due to take place in Norway.",
    ] {
        assert!(encounters_of(text, &people).is_empty(), "{text}");
    }
    assert_eq!(
        encounters_of(
            "The 3rd Nordic Summit was held in Norway on Monday.",
            &people
        ),
        vec!["conference: "]
    );
}

#[test]
fn the_envoys_among_those_who_presented_their_diplomatic_credentials_were_each_received() {
    let text = "President Ola Holm has received letters of credence from heads of three missions, and welcomed them at a ceremony.\n\nAmong the new heads of mission who presented their diplomatic credentials to the President were Ambassador-designate of Chile, H.E. Per Dahl, H.E. Jon Berg of the Republic of Peru.\n\nAlso were High Commissioners-designate H.E. Mrs. Kari Lund of the Republic of Ghana.";
    assert_eq!(
        encounters_of(text, &["Ola Holm", "Per Dahl", "Jon Berg", "Kari Lund"]),
        vec![
            "reception: Ola Holm host, Per Dahl visitor",
            "reception: Ola Holm host, Jon Berg visitor",
            "reception: Ola Holm host, Kari Lund visitor"
        ]
    );
    // The adjective does not hide the trigger of one envoy's ceremony either.
    assert_eq!(
        encounters_of(
            "Ambassador Per Dahl presented his diplomatic credentials to President Ola Holm.",
            &["Ola Holm", "Per Dahl"]
        ),
        vec!["reception: Ola Holm host, Per Dahl visitor"]
    );
}

#[test]
fn talks_between_two_named_sides_are_theirs_not_the_speakers() {
    let people = ["Ola Holm", "Per Dahl", "Kari Lund"];
    for text in [
        "Foreign Secretary Ola Holm recalled the recent discussions between President Per Dahl and President Kari Lund on trade.",
        "Talks were held on Wednesday between President Per Dahl and President Kari Lund.",
    ] {
        assert_eq!(
            encounters_of(text, &people),
            vec!["meeting: Per Dahl participant, Kari Lund participant"],
            "{text}"
        );
    }
    // Talks denied, or only planned, are none.
    for text in [
        "The spokesman said that no talks between Per Dahl and Kari Lund had been planned.",
        "Talks between President Per Dahl and President Kari Lund had been planned for May.",
    ] {
        assert!(encounters_of(text, &people).is_empty(), "{text}");
    }
}

#[test]
fn meeting_after_a_word_of_time_and_a_counterpart_of_a_country_are_read() {
    let people = ["Ola Holm", "Per Dahl"];
    assert_eq!(
        encounters_of(
            "President Ola Holm spoke to the press after meeting his counterpart Per Dahl.",
            &people
        ),
        vec!["meeting: Ola Holm participant, Per Dahl participant"]
    );
    // "his Chilean counterpart": the one person the article gives a post of Chile.
    let found = encounters_of(
        "President of Chile Per Dahl arrived in Oslo on Monday. President Ola Holm met his Chilean counterpart on Tuesday.",
        &people,
    );
    assert!(
        found.contains(&"meeting: Per Dahl participant, Ola Holm participant".to_string())
            || found.contains(&"meeting: Ola Holm participant, Per Dahl participant".to_string()),
        "{found:?}"
    );
}

#[test]
fn a_title_ends_before_the_article_of_a_courtesy_title_and_before_the_next_persons() {
    assert_eq!(
        super::people::names_and_titles(
            "He will meet Prime Minister the Rt Honourable Per Dahl and the Parliamentary Secretary in the Ministry of Trade the Honourable Kari Lund."
        ),
        super::people::pairs(&[
            ("Per Dahl", "Prime Minister"),
            ("Kari Lund", "Parliamentary Secretary in the Ministry of Trade")
        ])
    );
    assert_eq!(
        super::people::names_and_titles(
            "Talks were held between Dr Per Dahl, Minister of Security of Norway and Ambassador Jon Berg, Secretary-General of the Council."
        ),
        super::people::pairs(&[
            ("Per Dahl", "Minister of Security of Norway"),
            ("Jon Berg", "Ambassador")
        ])
    );
}

#[test]
fn a_delegation_received_then_named_is_the_receptions_guests() {
    let people = ["Ola Holm", "Ana Lima", "Per Dahl"];
    assert_eq!(
        encounters_of(
            "President Ola Holm welcomed a delegation of the Government of Chile to a meeting at his office on Monday. According to a release, the delegation was headed by Ana Lima, and included Per Dahl.",
            &people,
        ),
        vec!["reception: Ola Holm host, Ana Lima visitor, Per Dahl visitor"]
    );
    // Named too late (three sentences on), or never: no reception of nobody.
    for text in [
        "President Ola Holm received a delegation from Norway on Monday. The weather was fine. Trade was discussed. The delegation was led by Ana Lima.",
        "President Ola Holm received a delegation from Norway on Monday.",
    ] {
        assert!(encounters_of(text, &people).is_empty(), "{text}");
    }
}

#[test]
fn a_list_of_counterparts_goes_on_past_semicolons_and_the_rest() {
    let people = [
        "Lena Berg",
        "Ola Holm",
        "Per Lund",
        "Kari Dahl",
        "Jon Vik",
        "Tor Ek",
    ];
    let text = "Lena Berg held meetings with her counterparts, namely Mr Ola Holm of Norway; Mr Per Lund of Sweden and Madam Kari Dahl of Iceland. The rest are Mr Jon Vik of Denmark; and Mr Tor Ek of Finland.";
    let found = encounters_of(text, &people);
    assert_eq!(found.len(), 5, "{found:?}");
    for who in &people[1..] {
        assert!(
            found.contains(&format!(
                "meeting: Lena Berg participant, {who} participant"
            )),
            "{who}: {found:?}"
        );
    }
    // "The rest" goes on only after a series: alone, it is no meeting.
    assert!(encounters_of("The rest are Mr Jon Vik and Mr Tor Ek.", &people).is_empty());
}

#[test]
fn the_title_that_opens_a_sentence_refers_like_one_inside_it() {
    let people = ["Lena Berg", "Ola Holm"];
    for text in [
        "Foreign Minister Lena Berg arrived in Oslo. The minister met with Ola Holm.",
        "Foreign Minister Lena Berg arrived in Oslo. Later, the minister met with Ola Holm.",
    ] {
        assert_eq!(
            encounters_of(text, &people),
            ["meeting: Lena Berg participant, Ola Holm participant"],
            "{text}"
        );
    }
}

#[test]
fn documents_in_the_plural_signed_with_several_are_one_signing_each() {
    let people = ["Lena Berg", "Ola Holm", "Per Lund"];
    assert_eq!(
        encounters_of(
            "Lena Berg signed memoranda of understanding with Mr Ola Holm of Norway; and Mr Per Lund of Sweden.",
            &people
        ),
        [
            "signing: Lena Berg signatory, Ola Holm signatory",
            "signing: Lena Berg signatory, Per Lund signatory"
        ]
    );
    // One document with two: one signing of the three.
    assert_eq!(
        encounters_of(
            "Lena Berg signed an agreement with Ola Holm and Per Lund.",
            &people
        ),
        ["signing: Lena Berg signatory, Ola Holm signatory, Per Lund signatory"]
    );
}

#[test]
fn a_posts_field_and_a_bodys_acronym_before_a_name_are_no_part_of_it() {
    assert_eq!(
        super::people::names_and_titles(
            "Lena Berg met Ambassador to the OSCE Ola Holm and the High Commissioner on National Minorities Kari Lund."
        ),
        super::people::pairs(&[
            ("Lena Berg", ""),
            ("Ola Holm", "Ambassador to the OSCE"),
            ("Kari Lund", "High Commissioner on National Minorities")
        ])
    );
    // A surname in capitals at the end of a name is still the name's.
    assert_eq!(
        super::people::names_and_titles(
            "Lena Berg received Minister of Maghreb Affairs Ola HOLMSEN."
        ),
        super::people::pairs(&[
            ("Lena Berg", ""),
            ("Ola HOLMSEN", "Minister of Maghreb Affairs")
        ])
    );
    // "Community" closes a body's name, never a person's.
    assert_eq!(
        super::people::names_and_titles(
            "Lena Berg met Ola Holm, the incoming Chair of the ASEAN Socio-Cultural Community (ASCC) Council."
        ),
        super::people::pairs(&[
            ("Lena Berg", ""),
            ("Ola Holm", "Chair of the ASEAN Socio-Cultural Community (ASCC) Council")
        ])
    );
}

#[test]
fn on_the_margins_of_a_council_the_verb_tells_who_met_whom() {
    let people = ["Lena Berg", "Ola Holm", "Kari Lund", "Per Dahl"];
    let found = encounters_of(
        "On the margins of the Ministerial Council, Lena Berg met with Speaker Ola Holm, Foreign Minister Kari Lund and Ambassador Per Dahl.",
        &people,
    );
    assert_eq!(
        found,
        [
            "meeting: Lena Berg participant, Ola Holm participant",
            "meeting: Lena Berg participant, Kari Lund participant",
            "meeting: Lena Berg participant, Per Dahl participant",
            "conference: Lena Berg participant, Ola Holm participant, Kari Lund participant, Per Dahl participant"
        ]
    );
}

#[test]
fn a_countrys_name_or_possessive_before_a_lower_case_post_makes_it_a_title() {
    assert_eq!(
        super::people::names_and_titles(
            "Lena Berg, the Morocco envoy to Peru, met with Morocco's ambassador to Peru, Ola Holm, in August."
        ),
        super::people::pairs(&[("Lena Berg", "envoy to Peru"), ("Ola Holm", "ambassador to Peru")])
    );
}

#[test]
fn joining_someone_for_dinner_and_leading_a_delegation_to_meet_them() {
    let people = ["Lena Berg", "Ola Holm", "Kari Lund"];
    assert_eq!(
        encounters_of(
            "A delegation led by Lena Berg joined President Ola Holm for dinner on Wednesday.",
            &people
        ),
        ["meeting: Lena Berg participant, Ola Holm participant"]
    );
    assert_eq!(
        encounters_of(
            "Lena Berg led an agricultural delegation to Norway to meet with Ola Holm and Kari Lund.",
            &people
        ),
        [
            "meeting: Lena Berg participant, Ola Holm participant",
            "meeting: Lena Berg participant, Kari Lund participant",
            "visit: Lena Berg visitor"
        ]
    );
}

#[test]
fn a_family_name_of_two_letters_names_the_person_again() {
    assert_eq!(
        encounters_of(
            "Foreign Minister Joseph Wu arrived in Oslo. Wu and his wife met with Ola Holm.",
            &["Joseph Wu", "Ola Holm"]
        ),
        ["meeting: Joseph Wu participant, Ola Holm participant"]
    );
    // Not a word of English: "He" is no Mr He.
    assert_eq!(
        encounters_of(
            "Lena He arrived in Oslo. Ola Holm spoke. He met with Kari Lund.",
            &["Lena He", "Ola Holm", "Kari Lund"]
        ),
        ["meeting: Ola Holm participant, Kari Lund participant"]
    );
}

#[test]
fn a_post_in_lower_case_after_a_name_and_a_comma_is_its_title() {
    assert_eq!(
        super::people::names_and_titles(
            "Norway will open an embassy, said Lena Berg, minister of foreign affairs, on Thursday after a meeting with Congresswoman Ola Holm."
        ),
        super::people::pairs(&[
            ("Lena Berg", "minister of foreign affairs"),
            ("Ola Holm", "Congresswoman")
        ])
    );
}

#[test]
fn a_welcome_accorded_to_a_guest_is_a_reception_and_armed_forces_are_nobody() {
    let people = ["Lena Berg", "Ola Holm"];
    assert_eq!(
        encounters_of(
            "President Lena Berg accorded a warm welcome to Prime Minister Ola Holm on arrival at the airport.",
            &people
        ),
        ["reception: Lena Berg host, Ola Holm visitor"]
    );
    let names: Vec<String> = super::people::names_and_titles(
        "Lena Berg met Sheikh Ola Holm, Crown Prince of Abu Dhabi and Deputy Supreme Commander of UAE Armed Forces.",
    )
    .into_iter()
    .map(|(name, _)| name)
    .collect();
    assert_eq!(names, ["Lena Berg", "Ola Holm"]);
}

#[test]
fn during_a_visit_after_the_verb_is_the_subjects_visit_or_the_guests() {
    let people = ["Lena Berg", "Ola Holm"];
    assert_eq!(
        encounters_of(
            "Lena Berg met with Ola Holm during a working visit to Norway.",
            &people
        ),
        [
            "meeting: Lena Berg visitor, Ola Holm host",
            "visit: Lena Berg visitor"
        ]
    );
    assert_eq!(
        encounters_of(
            "Lena Berg received Ola Holm during an official visit to Norway.",
            &people
        ),
        [
            "reception: Lena Berg host, Ola Holm visitor",
            "visit: Ola Holm visitor"
        ]
    );
}

#[test]
fn a_delegation_that_includes_someone_makes_the_visit_with_its_head() {
    assert_eq!(
        encounters_of(
            "Lena Berg is making her second official visit to Norway with a government delegation that includes the Minister of Internal Affairs, Ola Holm.",
            &["Lena Berg", "Ola Holm"]
        ),
        ["visit: Lena Berg visitor, Ola Holm visitor"]
    );
}

#[test]
fn the_rest_of_a_list_goes_on_after_the_event_on_whose_margins_they_met() {
    let people = ["Lena Berg", "Ola Holm", "Per Lund", "Jon Vik"];
    let found = encounters_of(
        "Lena Berg held meetings with her counterparts on the sidelines of the Nordic Forum, namely Mr Ola Holm of Norway and Mr Per Lund of Sweden. The rest are Mr Jon Vik of Denmark.",
        &people,
    );
    assert!(
        found.contains(&"meeting: Lena Berg participant, Jon Vik participant".to_string()),
        "{found:?}"
    );
}

#[test]
fn whole_names_after_an_agreement_with_and_after_and_are_people() {
    let names: Vec<String> = super::people::names_and_titles(
        "Energy Minister Lena Berg signed an agreement with Ola Holm and Kari Lund.",
    )
    .into_iter()
    .map(|(name, _)| name)
    .collect();
    assert_eq!(names, ["Lena Berg", "Ola Holm", "Kari Lund"]);
}

#[test]
fn a_title_ends_before_at_and_the_place_it_was_told_at() {
    let people = ["Lena Berg", "Tom Vik"];
    for text in [
        "Prime Minister Lena Berg received a courtesy call from the new High Commissioner at the Office yesterday.\n\nThe Prime Minister congratulated High Commissioner Tom Vik for his new role.",
        "Prime Minister Lena Berg met the new High Commissioner at the Office yesterday. High Commissioner Tom Vik spoke.",
    ] {
        assert_eq!(
            encounters_of(text, &people),
            ["meeting: Lena Berg participant, Tom Vik participant"],
            "{text}"
        );
    }
}

#[test]
fn a_list_goes_on_past_a_semicolon_before_a_title_its_comma_and_a_name() {
    let text = "Minister Ana Berg met with senior officials, including Senator Ola Holm; Central Bank Governor, Dr Kari Lund; and representatives of business.";
    assert_eq!(
        encounters_of(text, &["Ana Berg", "Ola Holm", "Kari Lund"]),
        vec![
            "meeting: Ana Berg participant, Ola Holm participant",
            "meeting: Ana Berg participant, Kari Lund participant"
        ]
    );
}

#[test]
fn a_clause_of_the_subjects_plans_after_and_is_no_part_of_what_was_done() {
    let people = ["Lena Berg", "Ola Holm", "Per Dahl"];
    // The meeting named by a noun stays held; the king of the plans takes no part in it.
    let e = encounters_of(
        "In addition to meeting with his counterpart, Ola Holm, Lena Berg signed two agreements and was scheduled to have an audience with King Per Dahl.",
        &people,
    );
    assert!(
        e.iter().any(|m| m.starts_with("meeting:")
            && m.contains("Lena Berg")
            && m.contains("Ola Holm")),
        "{e:?}"
    );
    assert!(e.iter().all(|m| !m.contains("Per Dahl")), "{e:?}");
    // A meeting that is itself planned is still none.
    for text in [
        "A meeting between Lena Berg and Ola Holm is scheduled for Monday.",
        "A meeting between Lena Berg and Ola Holm has been agreed and is expected to take place in Oslo on Friday.",
        "The meeting of Lena Berg with Ola Holm was confirmed on Monday, 12 May 2025, and is set to take place in Bergen next month.",
    ] {
        assert!(encounters_of(text, &people).is_empty(), "{text}");
    }
}

#[test]
fn agreements_exchanged_by_their_signatories_are_signed_by_them() {
    let people = ["Kari Lund", "Per Dahl"];
    assert_eq!(
        encounters_of(
            "The agreements were exchanged by Dr. Kari Lund, Minister of Foreign Affairs, on behalf of Norway and Per Dahl, Minister of Trade, on behalf of Sweden.",
            &people
        ),
        vec!["signing: Kari Lund signatory, Per Dahl signatory"]
    );
    // Views exchanged are no document.
    assert!(encounters_of(
        "Views were exchanged by the ministers Kari Lund and Per Dahl on trade.",
        &people
    )
    .iter()
    .all(|e| !e.starts_with("signing")));
}

#[test]
fn a_letter_of_introduction_received_from_an_envoy_is_a_reception() {
    let people = ["Lena Berg", "Ola Holm"];
    for text in [
        "Prime Minister Lena Berg received the letter of introduction of the new non-resident high commissioner of Sweden to Norway, Ola Holm.",
        "Ambassador Ola Holm presented his letter of introduction to Prime Minister Lena Berg.",
    ] {
        assert_eq!(
            encounters_of(text, &people),
            vec!["reception: Lena Berg host, Ola Holm visitor"],
            "{text}"
        );
    }
    // Any other letter is still no guest.
    assert!(encounters_of(
        "Prime Minister Lena Berg received a letter from Ola Holm.",
        &people
    )
    .is_empty());
}

#[test]
fn people_in_a_clause_of_what_is_ahead_take_no_part() {
    let people = ["Lena Berg", "Ola Holm", "Per Dahl"];
    for text in [
        "Prime Minister Lena Berg received President Ola Holm on Wednesday ahead of his upcoming talks with Per Dahl.",
        "Prime Minister Lena Berg received President Ola Holm on Wednesday ahead of the summit with Per Dahl.",
    ] {
        assert_eq!(
            encounters_of(text, &people),
            vec!["reception: Lena Berg host, Ola Holm visitor"],
            "{text}"
        );
    }
}

#[test]
fn where_an_event_to_come_will_be_held_after_its_dates_and_a_comma_is_still_its_place() {
    let found = found_in(
        "Minister Lena Berg briefed Minister Per Dahl on the summit to be held from 9 to 18 August, in Norway.",
        &["Lena Berg", "Per Dahl"],
    );
    assert_eq!(found.len(), 1, "{found:#?}");
    assert_eq!(found[0].place, None, "{found:#?}");
}
