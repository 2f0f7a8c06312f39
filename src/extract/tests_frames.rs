//! Event frames in the forms news text takes beyond the past tense of a report: a headline's
//! present ("X visits Y"), a meeting under way, an audience granted, a visit told by where the
//! visitor is, and a fronted "Visiting X," — on invented text.

use super::*;

/// Asserts that each text reports no encounter.
fn nothing_from(found: impl Fn(&str) -> Vec<String>, texts: &[&str]) {
    for text in texts {
        let e = found(text);
        assert!(e.is_empty(), "{text}: {e:?}");
    }
}

fn place_of(e: &Encounter) -> &'static str {
    match e.place {
        Some(900) => "Norway",
        Some(_) => "elsewhere",
        None => "-",
    }
}

#[test]
fn a_headlines_present_tense_reports_the_encounter_after_a_name_or_a_title() {
    let one = |text: &str| encounters_of(text, &["Lena Berg", "Ola Holm"]);
    assert_eq!(
        one("Minister Lena Berg visits Norway."),
        vec!["visit: Lena Berg visitor"]
    );
    assert_eq!(
        one("Lena Berg calls on Ola Holm."),
        vec!["meeting: Lena Berg participant, Ola Holm participant"]
    );
    // A noun, not a verb: after "of", "the", a pronoun or a date nothing is reported.
    nothing_from(
        one,
        &[
            "Lena Berg and Ola Holm discussed an exchange of visits to Norway by phone.",
            "He visits Norway every year, Lena Berg said.",
            "Since January visits by ministers to Norway have doubled, Lena Berg said.",
        ],
    );
    // An appeal is no call paid.
    let e = one("President Lena Berg calls on Minister Ola Holm to resign.");
    assert!(e.is_empty(), "{e:?}");
}

#[test]
fn an_audience_granted_and_a_meeting_under_way_are_encounters() {
    let two = |text: &str| encounters_of(text, &["Lena Berg", "Ola Holm"]);
    assert_eq!(
        two("King Lena Berg granted an audience to Ola Holm."),
        vec!["reception: Lena Berg host, Ola Holm visitor"]
    );
    assert_eq!(
        two("Lena Berg is meeting with Ola Holm today."),
        vec!["meeting: Lena Berg participant, Ola Holm participant"]
    );
    assert_eq!(
        two("Lena Berg told Ola Holm at their meeting that trade mattered."),
        vec!["meeting: Lena Berg participant, Ola Holm participant"]
    );
    assert_eq!(
        two("Lena Berg and Ola Holm held high-level talks."),
        vec!["meeting: Lena Berg participant, Ola Holm participant"]
    );
    nothing_from(
        two,
        &[
            // Still a plan.
            "Lena Berg will be meeting with Ola Holm next week.",
            // Meeting demands, a role in talks between others: no meeting of theirs.
            "Lena Berg is meeting the demands of the unions, Ola Holm said.",
            "Lena Berg had a role in the talks between Ola Holm and the unions.",
        ],
    );
}

#[test]
fn a_visit_is_told_by_where_the_visitor_is_or_went() {
    let visits = |text: &str| -> Vec<String> {
        found_in(text, &["Lena Berg", "Ola Holm"])
            .iter()
            .map(|e| {
                let who: Vec<String> = e.people.iter().map(|(p, _)| p.to_string()).collect();
                format!("{} {} {}", e.kind, who.join(","), place_of(e))
            })
            .collect()
    };
    assert_eq!(
        visits("Lena Berg is paying a working visit to Norway."),
        vec!["visit 100 Norway"]
    );
    assert_eq!(
        visits("Lena Berg is in Norway on a two-day official visit."),
        vec!["visit 100 Norway"]
    );
    assert_eq!(
        visits("Lena Berg paid a two-day official visit to Norway."),
        vec!["visit 100 Norway"]
    );
    // Born there, or a gerund as a subject: no visit.
    nothing_from(
        visits,
        &[
            "Lena Berg, who was born in Norway, is on a visit.",
            "Visiting Norway is expensive, Lena Berg said.",
            "Lena Berg said she hoped to be in Norway on a visit soon.",
        ],
    );
    // The one the relative clause is about, not the sentence's subject.
    assert_eq!(
        visits("Ola Holm met with Lena Berg, who is in Norway on a working visit."),
        vec!["meeting 101,100 Norway", "visit 100 Norway"]
    );
    // A fronted participle: the visitor is the subject after the comma.
    assert_eq!(
        visits("Visiting Norway for the forum, Lena Berg held talks with Ola Holm."),
        vec!["visit 100 Norway", "meeting 100,101 Norway"]
    );
}

#[test]
fn a_plurals_apostrophe_is_inside_an_events_name() {
    let e = found_in(
        "Lena Berg attended the Nordic Leaders’ Summit held in Norway.",
        &["Lena Berg"],
    );
    let names: Vec<&str> = e.iter().filter_map(|e| e.event.as_deref()).collect();
    assert!(
        names
            .iter()
            .any(|n| n.starts_with("Nordic Leaders’ Summit")),
        "{names:?}"
    );
}

#[test]
fn two_people_referred_to_by_what_they_are_are_the_first_two_of_the_last_encounter() {
    let e = encounters_of(
        "Minister Lena Berg and Ambassador Ola Holm held an audience with Minister Kari Lund. Likewise, the cabinet member and the diplomat met with Per Dahl to address relations.",
        &["Lena Berg", "Ola Holm", "Kari Lund", "Per Dahl"],
    );
    assert_eq!(
        e,
        vec![
            "meeting: Lena Berg participant, Ola Holm participant, Kari Lund participant",
            "meeting: Lena Berg participant, Ola Holm participant, Per Dahl participant"
        ]
    );
    // Topics are no people, at the opening of a sentence or after its verb.
    let e = encounters_of(
        "Lena Berg met Ola Holm. The economy and the security situation were also discussed with Per Dahl.",
        &["Lena Berg", "Ola Holm", "Kari Lund", "Per Dahl"],
    );
    assert!(e.iter().all(|e| !e.contains("Per Dahl")), "{e:?}");
    let e = encounters_of(
        "Lena Berg met Ola Holm. Kari Lund met Per Dahl and discussed the economy and the environment.",
        &["Lena Berg", "Ola Holm", "Kari Lund", "Per Dahl"],
    );
    assert_eq!(
        e,
        vec![
            "meeting: Lena Berg participant, Ola Holm participant",
            "meeting: Kari Lund participant, Per Dahl participant"
        ]
    );
}

#[test]
fn the_meeting_a_text_presupposes_is_that_of_the_people_it_named_together() {
    // No verb of meeting, then "During the meeting": the two named before met.
    let e = encounters_of(
        "Minister Lena Berg congratulated Ola Holm on his new post. During the meeting, Berg noted the role of trade.",
        &["Lena Berg", "Ola Holm"],
    );
    assert_eq!(
        e,
        vec!["meeting: Lena Berg participant, Ola Holm participant"]
    );
    // A headline that tells a reception makes it one, its first person the host.
    let e = encounters_of(
        "Nordic President received Bank Chief\nPresident Lena Berg congratulated Ola Holm on his new post. During the meeting, Berg noted the role of trade.",
        &["Lena Berg", "Ola Holm"],
    );
    assert_eq!(e, vec!["reception: Lena Berg host, Ola Holm visitor"]);
    // After a phone call, "the talks" are the call.
    let e = encounters_of(
        "Lena Berg and Ola Holm held a phone call. During the talks, Berg noted the role of trade.",
        &["Lena Berg", "Ola Holm"],
    );
    assert!(e.is_empty(), "{e:?}");
    // One person named before: no meeting to presuppose.
    let e = encounters_of(
        "Lena Berg spoke on trade. During the meeting, she noted the role of ports.",
        &["Lena Berg"],
    );
    assert!(e.is_empty(), "{e:?}");
}

#[test]
fn a_name_congratulated_on_an_appointment_takes_that_post_as_its_title() {
    let text = "President Lena Berg congratulated Ola Holm on his appointment as the Secretary General of the Baltic Bank.";
    let g = Gazetteer::new(vec![known(EntityKind::Person, 100, "Lena Berg")]);
    let s = split(text);
    let m = g.find(text, None);
    let cues = person_cues(text, &s, &m);
    let holm = cues.iter().find(|c| c.name == "Ola Holm");
    assert!(
        holm.is_some_and(|c| c.title.starts_with("Secretary General")),
        "{cues:#?}"
    );
}

#[test]
fn two_people_as_one_subject_of_an_agreement_met() {
    let three = |text: &str| encounters_of(text, &["Lena Berg", "Ola Holm", "Kari Lund"]);
    let met = vec!["meeting: Lena Berg participant, Ola Holm participant"];
    for text in [
        "Minister Lena Berg and her Swedish counterpart Ola Holm reaffirmed the commitments of both countries.",
        "In addition, Lena Berg and Ola Holm reviewed cooperation in trade.",
        "Lena Berg, Minister of Trade of Norway, and Ola Holm, Ambassador of Chile, also explored new projects.",
        "Lena Berg and Ola Holm agreed on a plan for the fisheries.",
    ] {
        assert_eq!(three(text), met, "{text}");
    }
    // Whom the agreement names after the verb is its topic, not a party.
    assert_eq!(
        three("Lena Berg and Ola Holm stressed the role of President Kari Lund in the talks."),
        met
    );
    // Lower than a meeting told by its verb: it goes to review.
    let e = found_in(
        "Lena Berg and Ola Holm reaffirmed their commitments.",
        &["Lena Berg", "Ola Holm"],
    );
    assert!(e[0].confidence < 0.8, "{e:?}");
    nothing_from(
        three,
        &[
            // One subject: a statement.
            "Lena Berg reaffirmed her support for Ola Holm.",
            "Lena Berg thanked Ola Holm and reaffirmed her support.",
            // Not joined as one subject.
            "Lena Berg thanked Ola Holm for the visit and Kari Lund stressed the ties.",
            // To come, or denied.
            "Lena Berg and Ola Holm will not have agreed on anything.",
            "Lena Berg and Ola Holm are expected to have reviewed the plan by then.",
            // Reported of others by a speaker.
            "Kari Lund said Lena Berg and Ola Holm agreed on the plan.",
            // A call.
            "Lena Berg and Ola Holm reaffirmed their commitments in a phone call.",
        ],
    );
}

#[test]
fn a_date_in_a_persons_own_future_is_not_the_encounters() {
    let e = found_in(
        "President Lena Berg, who will be stepping down on June 30, received Ola Holm on Monday, May 25.",
        &["Lena Berg", "Ola Holm"],
    );
    assert_eq!(e.len(), 1, "{e:?}");
    assert_eq!(
        e[0].date.map(|d| d.to_string()).as_deref(),
        Some("XXXX-05-25"),
        "{e:?}"
    );
    let e = found_in(
        "During a ceremony, the President Lena Berg, who will be stepping down on June 30, accepted the credentials of Ola Holm.",
        &["Lena Berg", "Ola Holm"],
    );
    assert_eq!(e.len(), 1, "{e:?}");
    assert_eq!(e[0].date, None, "{e:?}");
}

#[test]
fn who_is_on_a_visit_after_talks_is_the_visitor() {
    let e = encounters_of(
        "Foreign Minister Lena Berg on Sunday held talks with her Swedish counterpart Ola Holm, who is on an official visit to Norway.",
        &["Lena Berg", "Ola Holm"],
    );
    assert!(
        e.iter()
            .any(|x| x.ends_with("Lena Berg host, Ola Holm visitor")),
        "{e:?}"
    );
    assert!(!e.iter().any(|x| x.contains("Lena Berg visitor")), "{e:?}");
    // The subject of the talks is the visitor when the visit is the subject's.
    let e = encounters_of(
        "During her visit to Norway, Minister Lena Berg held talks with Ola Holm.",
        &["Lena Berg", "Ola Holm"],
    );
    assert!(
        e.iter()
            .any(|x| x.ends_with("Lena Berg visitor, Ola Holm host")),
        "{e:?}"
    );
}

#[test]
fn confidence_is_kept_in_hundredths() {
    // A joint subject's 0.7, less 0.05 for the day taken from an agency dateline.
    let ctx = Context {
        dateline: Some(21),
        article_date: chrono::NaiveDate::from_ymd_opt(2024, 3, 8),
        ..Context::default()
    };
    let e = found_with(
        "Lena Berg and Ola Holm reaffirmed their commitments.",
        &["Lena Berg", "Ola Holm"],
        &ctx,
    );
    assert_eq!(e.len(), 1, "{e:?}");
    assert_eq!(e[0].confidence.to_string(), "0.65");
}

#[test]
fn those_who_attended_the_meeting_join_the_meeting_not_the_visit_told_beside_it() {
    let people = ["Lena Berg", "Ola Holm", "Kari Lund", "Per Dahl"];
    let text = "Crown Prince Lena Berg received Foreign Minister Ola Holm, who is on an official visit to Norway. The meeting was attended by Ambassador Kari Lund and Per Dahl.";
    assert_eq!(
        encounters_of(text, &people),
        vec![
            "reception: Lena Berg host, Ola Holm visitor, Kari Lund participant, Per Dahl participant",
            "visit: Ola Holm visitor",
        ]
    );
    // With no meeting told before it, the visit is what "the meeting" refers to, as before.
    let text = "Foreign Minister Ola Holm paid an official visit to Norway. The meeting was attended by Kari Lund.";
    assert_eq!(
        encounters_of(text, &people),
        vec!["visit: Ola Holm visitor, Kari Lund participant"]
    );
}

#[test]
fn talking_to_someone_in_a_meeting_is_a_meeting_with_the_subject_after_the_comma() {
    let people = ["Lena Berg", "Ola Holm"];
    for text in [
        "Talking to Ambassador Ola Holm in a meeting held separately, Lena Berg reiterated the resolve to deepen ties.",
        "Meanwhile, speaking with Ambassador Ola Holm during their meeting, Minister Lena Berg stressed trade.",
    ] {
        let found = encounters_of(text, &people);
        assert_eq!(found.len(), 1, "{text}: {found:?}");
        assert!(
            found[0].starts_with("meeting") && found[0].contains("Lena Berg") && found[0].contains("Ola Holm"),
            "{text}: {found:?}"
        );
    }
    // Talking to the press, or to someone with no meeting named, is no meeting; nor is
    // talking "during the meeting", one told before.
    nothing_from(
        |text| encounters_of(text, &people),
        &[
            "Talking to reporters after the meeting, Lena Berg said trade should grow.",
            "Speaking to Ola Holm of the Daily Post, Lena Berg said trade should grow.",
            "Talking to Ambassador Ola Holm during the meeting, Lena Berg said trade should grow.",
        ],
    );
}

#[test]
fn envoys_received_by_their_plural_are_the_guests_the_next_sentences_open_with() {
    let people = ["Kari Lund", "Tomas Berger", "Ines Moreau", "Per Dahl"];
    let each = vec![
        "reception: Kari Lund host, Tomas Berger visitor",
        "reception: Kari Lund host, Ines Moreau visitor",
    ];
    // One paragraph for each guest, opened by the guest and their post.
    assert_eq!(
        encounters_of(
            "President Kari Lund received Ambassadors of Norway and Chile at the palace.\n\nH.E. Tomas Berger, Ambassador of Norway, discussed cooperation in health.\n\nWhile H.E. Ines Moreau, Ambassador of Chile, discussed the coming summit.",
            &people,
        ),
        each
    );
    // The group's guests named a few sentences later, after who says so.
    assert_eq!(
        encounters_of(
            "President Kari Lund today received two new ambassadors who presented their credentials.\nThe ceremony later saw the envoys hold talks with the head of state.\nA spokesman said the new envoys are Tomas Berger from Norway and Ines Moreau from Chile.",
            &people,
        ),
        each
    );
    // A sentence that names someone else besides the envoy tells of another encounter; a
    // sentence that opens with an envoy long after the group's is no guest's.
    assert_eq!(
        encounters_of(
            "President Kari Lund received Ambassadors of Norway and Chile.\nH.E. Tomas Berger, Ambassador of Norway, also met Per Dahl.",
            &people,
        ),
        vec!["meeting: Tomas Berger participant, Per Dahl participant"]
    );
    assert!(encounters_of(
        "President Kari Lund received Ambassadors of Norway and Chile.\nTrade grew.\nPrices fell.\nRain came.\nH.E. Tomas Berger, Ambassador of Norway, spoke of trade.",
        &people,
    )
    .is_empty());
}

#[test]
fn the_source_of_a_report_is_no_party_and_a_ceremony_held_on_a_day_dates_the_group() {
    let people = ["Kari Lund", "Tomas Berger", "Ines Moreau", "Per Dahl"];
    // "according to the spokesman, X": X said so, and was not received.
    let found = found_in(
        "President Kari Lund today received two new ambassadors who presented their credentials.\nThe ceremony, which was held on Monday 10 May 2021, was short.\nThe envoys according to the Director of Communication, Per Dahl are the first received by President Lund.\nThe new envoys are Tomas Berger from Norway and Ines Moreau from Chile.",
        &people,
    );
    let told: Vec<(String, String)> = found
        .iter()
        .map(|e| {
            let who: Vec<&str> = e
                .people
                .iter()
                .map(|(p, _)| people[(*p - 100) as usize])
                .collect();
            (
                who.join(" | "),
                e.date.map(|d| d.to_string()).unwrap_or_default(),
            )
        })
        .collect();
    assert_eq!(
        told,
        vec![
            (
                "Kari Lund | Tomas Berger".to_string(),
                "2021-05-10".to_string()
            ),
            (
                "Kari Lund | Ines Moreau".to_string(),
                "2021-05-10".to_string()
            ),
        ]
    );
    // The same words at the head of a clause of their own: the person is a party.
    assert_eq!(
        encounters_of(
            "According to a statement of the ministry, Ambassador Per Dahl called on Kari Lund.",
            &people,
        ),
        vec!["meeting: Per Dahl participant, Kari Lund participant"]
    );
}

#[test]
fn a_meeting_held_on_a_day_told_after_it_takes_that_day() {
    let found = found_in(
        "President Kari Lund received Ambassador Per Dahl at the palace.\nThe meeting, which was held on Monday 10 May 2021, focused on trade.",
        &["Kari Lund", "Per Dahl"],
    );
    let dates: Vec<String> = found
        .iter()
        .map(|e| e.date.map(|d| d.to_string()).unwrap_or_default())
        .collect();
    assert_eq!(dates, vec!["2021-05-10"]);
}

#[test]
fn envoys_who_also_presented_credentials_are_the_groups_guests() {
    let people = ["Kari Lund", "Tomas Berger", "Ines Moreau", "Per Dahl"];
    assert_eq!(
        encounters_of(
            "President Kari Lund on 3 May 2025 received the letters of credence of three new ambassadors.\nThe first to present her credentials was Ines Moreau, Ambassador of Chile.\nTomas Berger, the new Ambassador of Norway, and Per Dahl, Ambassador of Peru, also presented their credentials.",
            &people,
        ),
        vec![
            "reception: Kari Lund host, Ines Moreau visitor",
            "reception: Kari Lund host, Tomas Berger visitor",
            "reception: Kari Lund host, Per Dahl visitor",
        ]
    );
}

#[test]
fn meetings_told_one_by_one_after_a_series_of_talks_take_its_day_and_place() {
    let people = ["Kari Lund", "Per Dahl", "Ines Moreau", "Ola Holm"];
    let found = found_in(
        "Foreign Minister Kari Lund held, on 6 March 2024 in Norway, a series of talks with a number of his Nordic counterparts.\nLund met with the Minister of Foreign Affairs, Per Dahl, to discuss trade.\nLund also held talks with Ines Moreau.",
        &people,
    );
    let told: Vec<(String, &str)> = found
        .iter()
        .map(|e| {
            (
                e.date.map(|d| d.to_string()).unwrap_or_default(),
                place_of(e),
            )
        })
        .collect();
    assert_eq!(
        told,
        vec![
            ("2024-03-06".to_string(), "Norway"),
            ("2024-03-06".to_string(), "Norway")
        ]
    );
    // A meeting of someone else, or one without talks of several before it, takes no day.
    let found = found_in(
        "Foreign Minister Kari Lund held talks on 6 March 2024 in Norway.\nLund met with Per Dahl.\nIn a series of talks with his counterparts on 6 March 2024 in Norway, Ola Holm spoke.\nInes Moreau met Per Dahl.",
        &people,
    );
    assert_eq!(found.len(), 2);
    assert!(found.iter().all(|e| e.date.is_none()), "{found:?}");
}

#[test]
fn he_is_the_person_a_sentence_without_an_encounter_opened_with() {
    let people = ["Kari Lund", "Per Dahl", "Ines Moreau", "Ola Holm"];
    assert_eq!(
        encounters_of(
            "Lund back home\nPresident Kari Lund returned to the capital on Sunday.\nHe hosted Special Envoy Per Dahl at State House.",
            &people,
        ),
        vec!["reception: Kari Lund host, Per Dahl visitor"]
    );
    // Those named after "was accompanied by" were at the encounter of the one before it.
    assert_eq!(
        encounters_of(
            "President Kari Lund hosted Special Envoy Per Dahl at State House.\nThe envoy delivered a message from President Ola Holm.\nDahl was accompanied by Ambassador Ines Moreau.",
            &people,
        ),
        vec!["reception: Kari Lund host, Per Dahl visitor, Ines Moreau participant"]
    );
}

#[test]
fn a_letter_of_introduction_presented_is_no_letter_sent() {
    assert_eq!(
        encounters_of(
            "The new High Commissioner, H.E Per Dahl paid a courtesy call on Prime Minister Kari Lund on Monday, to present his letter of introduction.",
            &["Kari Lund", "Per Dahl"],
        ),
        vec!["meeting: Per Dahl participant, Kari Lund participant"]
    );
}

#[test]
fn a_plural_title_refers_to_the_two_people_who_hold_it() {
    let people = ["Kari Lund", "Per Dahl", "Ines Moreau", "Ola Holm"];
    let text = "The Prime Minister of Sweden, Kari Lund, today paid an official visit to Norway at the invitation of the Prime Minister of Norway, Per Dahl. He was accompanied in Oslo by the Minister of Trade, Ines Moreau.\nAt their third joint meeting, the Swedish and Norwegian Prime Ministers discussed energy.\nThe two Prime Ministers signed an agreement on health.";
    assert_eq!(
        encounters_of(text, &people),
        vec![
            "visit: Kari Lund visitor, Ines Moreau participant",
            "meeting: Kari Lund participant, Per Dahl participant",
            "signing: Kari Lund signatory, Per Dahl signatory",
        ]
    );
    // Three who hold the title: "the two" says not which.
    assert!(encounters_of(
        "Prime Minister Kari Lund, Prime Minister Per Dahl and Prime Minister Ola Holm arrived.\nThe two Prime Ministers signed an agreement on health.",
        &people,
    )
    .is_empty());
}

#[test]
fn a_title_written_word_for_word_as_one_persons_is_that_person() {
    // Two foreign ministers; the reference gives the first one's portfolios word for word.
    let people = ["Kari Lund", "Per Dahl", "Ola Holm"];
    assert_eq!(
        encounters_of(
            "The Minister of Foreign Affairs, Trade and Expatriates, Kari Lund, arrived.\nLund met with the Minister of Foreign Affairs, Cooperation and Fisheries, Per Dahl.\nIn addition, the Minister of Foreign Affairs, Trade and Expatriates held talks with the Minister of State, Ola Holm.",
            &people,
        ),
        vec![
            "meeting: Kari Lund participant, Per Dahl participant",
            "meeting: Kari Lund participant, Ola Holm participant",
        ]
    );
}

#[test]
fn the_sentence_that_says_where_a_meeting_took_place_says_it_right_after() {
    let people = ["Kari Lund", "Per Dahl"];
    let found = found_in(
        "Trade news\nKari Lund met Per Dahl.\nTrade grew.\nPrices fell.\nThe meeting took place shortly before the summit, during which Lund handed the chair to Norway.",
        &people,
    );
    assert_eq!(found.iter().map(place_of).collect::<Vec<_>>(), vec!["-"]);
    let found = found_in(
        "Kari Lund met Per Dahl.\nThe meeting took place on Monday in Norway.",
        &people,
    );
    assert_eq!(
        found.iter().map(place_of).collect::<Vec<_>>(),
        vec!["Norway"]
    );
}

#[test]
fn leaders_who_presided_over_or_witnessed_a_signing_take_part_in_it_as_participants() {
    let people = ["Kari Lund", "Per Dahl"];
    for text in [
        "On Tuesday, Kari Lund and Per Dahl presided over the signing of cultural and trade agreements.",
        "Kari Lund and Per Dahl witnessed the signing of a memorandum on fisheries.",
    ] {
        assert_eq!(
            encounters_of(text, &people),
            vec!["signing: Kari Lund participant, Per Dahl participant"],
            "{text}"
        );
    }
    // Still to come: nothing.
    assert!(encounters_of(
        "Kari Lund and Per Dahl will preside over the signing of a memorandum.",
        &people
    )
    .is_empty());
}

#[test]
fn a_country_under_a_dateline_of_one_of_its_cities_is_that_city_but_not_for_a_visit() {
    let rank = std::collections::HashMap::from([(900, 0u8), (21, 2u8)]);
    let country = std::collections::HashMap::from([(21, 900i64)]);
    let ctx = Context {
        dateline: Some(21),
        place_rank: &rank,
        place_country: &country,
        ..Context::default()
    };
    let people = ["Ola Holm", "Kari Lund"];
    let places = |text: &str| -> Vec<Option<i64>> {
        found_with(text, &people, &ctx)
            .iter()
            .map(|e| e.place)
            .collect()
    };
    // The city the report was filed from, in the country the text names.
    assert_eq!(
        places("President Ola Holm received Kari Lund in Norway on Monday."),
        vec![Some(21)]
    );
    // A visit to a country is to the country.
    assert_eq!(
        places("President Ola Holm paid a visit to Norway on Monday."),
        vec![Some(900)]
    );
    // Under a dateline in another country, the country stays.
    let elsewhere = std::collections::HashMap::from([(21, 901i64)]);
    let ctx = Context {
        place_country: &elsewhere,
        ..ctx
    };
    let e = found_with(
        "President Ola Holm received Kari Lund in Norway on Monday.",
        &people,
        &ctx,
    );
    assert_eq!(e[0].place, Some(900));
}

#[test]
fn a_title_before_a_name_with_its_own_title_after_refers_to_someone_else() {
    let found = encounters_of(
        "The President of the Nordic Commission, H.E. Dr. Kari Lund opened the session.\nDuring his meeting with the President of the Commission, H.E. Per Dahl, Ambassador of Chile to Norway, who arrived recently, said he looks forward to working with the Commission.",
        &["Kari Lund", "Per Dahl"],
    );
    assert_eq!(
        found,
        vec!["meeting: Kari Lund participant, Per Dahl participant"]
    );
}

#[test]
fn envoys_the_host_talked_with_after_the_ceremony_are_its_guests() {
    let people = ["Kari Lund", "Tomas Berger", "Ines Moreau", "Per Dahl"];
    assert_eq!(
        encounters_of(
            "On May 4, President Kari Lund received credentials from the new ambassadors of Norway, Chile, the Vatican City State and Peru.\nThe president talked with Ambassador of Norway Tomas Berger and Ambassador of Chile Ines Moreau about trade.\nLund also talked to Ambassador of the Vatican City State Per Dahl about archives.",
            &people,
        ),
        vec![
            "reception: Kari Lund host, Tomas Berger visitor",
            "reception: Kari Lund host, Ines Moreau visitor",
            "reception: Kari Lund host, Per Dahl visitor",
        ]
    );
    // Someone else named beside the envoys: another encounter, not the ceremony's.
    assert_eq!(
        encounters_of(
            "President Kari Lund received credentials from the new ambassadors of Norway and Chile.\nTomas Berger, the Ambassador of Norway, later met Per Dahl.",
            &people,
        ),
        vec!["meeting: Tomas Berger participant, Per Dahl participant"]
    );
}

#[test]
fn guests_told_one_after_another_by_their_order_are_each_received() {
    let people = ["Kari Lund", "Tomas Berger", "Ines Moreau", "Per Dahl"];
    assert_eq!(
        encounters_of(
            "President Kari Lund today received the credentials of three new ambassadors.\nThe first to present his credentials was Ambassador Tomas Berger of Norway.\nThe second was Ms Ines Moreau, the Ambassador of Chile.\nThe third, Mr Per Dahl, Ambassador of Peru, thanked the President.",
            &people,
        ),
        vec![
            "reception: Kari Lund host, Tomas Berger visitor",
            "reception: Kari Lund host, Ines Moreau visitor",
            "reception: Kari Lund host, Per Dahl visitor",
        ]
    );
}

#[test]
fn taking_part_in_talks_with_someone_is_meeting_them() {
    let one = |text: &str| encounters_of(text, &["Lena Berg", "Ola Holm", "Kari Lund"]);
    assert_eq!(
        one("Lena Berg took part in bilateral talks in Oslo with Ola Holm and Kari Lund."),
        vec![
            "meeting: Lena Berg participant, Ola Holm participant",
            "meeting: Lena Berg participant, Kari Lund participant"
        ]
    );
    assert_eq!(
        one("Lena Berg participated in talks with Ola Holm."),
        vec!["meeting: Lena Berg participant, Ola Holm participant"]
    );
    // Taking part in a body's meeting meets no one named.
    nothing_from(
        one,
        &["Lena Berg took part in the meeting of the council in Oslo."],
    );
}

#[test]
fn those_who_represented_their_countries_right_after_a_signing_signed_it() {
    let people = ["Lena Berg", "Ola Holm", "Kari Lund"];
    assert_eq!(
        encounters_of(
            "Both countries signed a memorandum on trade. Lena Berg and Ola Holm represented their countries respectively.",
            &people
        ),
        vec!["signing: Lena Berg signatory, Ola Holm signatory"]
    );
    // Not what they represented their countries at.
    nothing_from(
        |t| encounters_of(t, &people),
        &["Both countries signed a memorandum on trade. Lena Berg and Ola Holm represented their countries at the talks of 2019 that prepared it."],
    );
    // Not after anything else: representing one's country is no signing by itself.
    nothing_from(
        |t| encounters_of(t, &people),
        &["Trade grew last year. Lena Berg and Ola Holm represented their countries respectively."],
    );
}

#[test]
fn places_listed_after_a_topics_place_are_topics_too() {
    // Baltic Bank stands in for nothing here; Norway is the only place the test gazetteer has,
    // so the list is Norway twice.
    let found = found_in(
        "Lena Berg met Ola Holm and discussed the situation in Sweden, Norway and Chile.",
        &["Lena Berg", "Ola Holm"],
    );
    assert_eq!(found.len(), 1, "{found:#?}");
    assert_eq!(found[0].place, None, "{found:#?}");
    // Under some conditions there, they met there.
    let found = found_in(
        "Lena Berg met Ola Holm under difficult conditions in Norway on Monday.",
        &["Lena Berg", "Ola Holm"],
    );
    assert_eq!(found[0].place, Some(900), "{found:#?}");
}
