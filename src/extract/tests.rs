//! The extraction stages on invented text in the style of real outlets.

use super::cues::*;
use super::encounters::*;
use super::events::*;
use super::names::{EntityKind, EntityRef};
use crate::date::PartialDate;
use crate::extract::names::{Gazetteer, KnownName};
use crate::extract::sentences::split;
use crate::model::{DateBasis, MeetingKind};

fn known(kind: EntityKind, id: i64, name: &str) -> KnownName {
    KnownName {
        entity: EntityRef { kind, id },
        name: name.to_string(),
        valid_from: None,
        valid_until: None,
        standalone: false,
    }
}

fn gazetteer() -> Gazetteer {
    Gazetteer::new(vec![
        known(EntityKind::Person, 1, "Jeyhun Bayramov"),
        known(EntityKind::Person, 2, "Salim AlMalik"),
        known(EntityKind::Organization, 10, "ICESCO"),
        known(
            EntityKind::Organization,
            11,
            "Organization of Islamic Cooperation",
        ),
        known(EntityKind::Place, 20, "Morocco"),
        known(EntityKind::Place, 21, "Baku"),
        known(EntityKind::Place, 22, "Azerbaijan"),
    ])
}

fn cues_of(text: &str) -> Vec<PersonCue> {
    let g = gazetteer();
    let s = split(text);
    let m = g.find(text, None);
    person_cues(text, &s, &m)
}

#[test]
fn titles_introduce_new_people() {
    let c = cues_of("Ambassador to Morocco Oktay Gurbanov briefed the Minister of Foreign Affairs Jeyhun Bayramov.");
    assert_eq!(c.len(), 2, "{c:#?}");
    assert_eq!(c[0].name, "Oktay Gurbanov");
    assert_eq!(c[0].person, None);
    assert_eq!(c[0].title, "Ambassador to Morocco");
    assert_eq!(c[0].place, Some(20));
    assert_eq!(c[1].person, Some(1));
    assert_eq!(c[1].title_key, "foreign minister");

    let c = cues_of("Secretary General of the Organization of Islamic Cooperation (OIC) Hissein Ibrahim Taha arrived.");
    assert_eq!(c.len(), 1, "{c:#?}");
    assert_eq!(c[0].name, "Hissein Ibrahim Taha");
    assert_eq!(c[0].organization, Some(11));
    assert_eq!(c[0].title_key, "secretary general");

    let c = cues_of(
        "She met Director General of the organization Abdulaziz Othman Al-Twajri and others.",
    );
    assert_eq!(c.len(), 1, "{c:#?}");
    assert_eq!(c[0].name, "Abdulaziz Othman Al-Twajri");
}

#[test]
fn courtesy_titles_introduce_people_with_or_without_a_title() {
    let c = cues_of("The Chairperson of the Nordic Union, H.E. Dr. Anna Berg, received Mr. Carl Dahl, the new ambassador of Norway.");
    let names: Vec<(&str, &str)> = c
        .iter()
        .map(|c| (c.name.as_str(), c.title_key.as_str()))
        .collect();
    assert_eq!(
        names,
        vec![("Anna Berg", "chairperson"), ("Carl Dahl", "ambassador")],
        "{c:#?}"
    );
    // A courtesy title alone is enough; "H. E. Mr" is never a name.
    let c = cues_of("The talks were held with H. E. Mr Olav Lund in the capital.");
    assert_eq!(c.len(), 1, "{c:#?}");
    assert_eq!(c[0].name, "Olav Lund");
    assert_eq!(c[0].title, "");
    let c = cues_of("His Excellency Sheikh Omar Nasser arrived.");
    assert_eq!(c.len(), 1, "{c:#?}");
    assert_eq!(c[0].name, "Omar Nasser");
}

#[test]
fn a_particle_joined_to_a_name_is_part_of_it() {
    let c = cues_of("President Abdel Fattah el-Sisi received the envoy.");
    assert_eq!(c.len(), 1, "{c:#?}");
    assert_eq!(c[0].name, "Abdel Fattah el-Sisi");
}

#[test]
fn in_a_list_each_name_takes_the_title_after_it() {
    let c = cues_of("She met Mr. Ola Nordmann, Minister of Trade of Norway, Mr. Kari Holm, Minister of Fisheries of Iceland, and others.");
    let names: Vec<(&str, &str)> = c
        .iter()
        .map(|c| (c.name.as_str(), c.title.as_str()))
        .collect();
    assert_eq!(
        names,
        vec![
            ("Ola Nordmann", "Minister of Trade of Norway"),
            ("Kari Holm", "Minister of Fisheries of Iceland")
        ],
        "{c:#?}"
    );
}

#[test]
fn a_name_after_a_body_or_a_possessive_starts_after_it() {
    let c = cues_of("Secretary General of the Baltic Trade Council Mart Tamm spoke.");
    assert_eq!(c.len(), 1, "{c:#?}");
    assert_eq!(c[0].name, "Mart Tamm");
    let c =
        cues_of("It came during talks with Finland's Foreign Minister Aino Virtanen, who visits.");
    assert_eq!(c.len(), 1, "{c:#?}");
    assert_eq!(c[0].name, "Aino Virtanen");
    let c = cues_of("He met his Danish counterpart, Lars Holm, in the morning.");
    assert_eq!(c.len(), 1, "{c:#?}");
    assert_eq!(c[0].name, "Lars Holm");
}

#[test]
fn capitalised_words_inside_a_title_or_a_headline_verb_are_not_people() {
    assert!(cues_of(
        "He will see the Minister of Information Technology and the Minister of Commerce."
    )
    .is_empty());
    assert!(
        cues_of("He met the Minister of Higher Education and Scientific Research of Norway.")
            .is_empty()
    );
    assert!(cues_of("Chairperson Receives Letters of Credence").is_empty());
    // a body's other name between dashes
    let c = cues_of("He met the Speaker of the Nordic Council -Stora Radet- Ola Holm today.");
    assert!(c.iter().all(|c| c.name != "Stora Radet"), "{c:#?}");
}

/// Encounters of a text whose people are known by these names (ids from 100 on), as
/// "kind: name role, name role".
fn encounters_of(text: &str, people: &[&str]) -> Vec<String> {
    let g = Gazetteer::new(
        people
            .iter()
            .enumerate()
            .map(|(i, n)| known(EntityKind::Person, 100 + i as i64, n))
            .chain([
                known(EntityKind::Place, 900, "Norway"),
                known(EntityKind::Organization, 800, "Baltic Bank"),
            ])
            .collect(),
    );
    let s = split(text);
    let m = g.find(text, None);
    let cues = person_cues(text, &s, &m);
    encounters(text, &s, &m, &cues, &Context::default())
        .iter()
        .map(|e| {
            let who: Vec<String> = e
                .people
                .iter()
                .map(|(p, r)| format!("{} {}", people[(*p - 100) as usize], r.as_str()))
                .chain(
                    e.organizations
                        .iter()
                        .map(|(_, r)| format!("Baltic Bank {}", r.as_str())),
                )
                .collect();
            format!("{}: {}", e.kind, who.join(", "))
        })
        .collect()
}

#[test]
fn a_list_of_counterparts_gives_one_encounter_each_with_the_attendees() {
    let e = encounters_of(
        "Lena Berg separately received Ola Holm, Kari Lund and Per Dahl in the presence of Tor Vik.",
        &["Lena Berg", "Ola Holm", "Kari Lund", "Per Dahl", "Tor Vik"],
    );
    assert_eq!(
        e,
        vec![
            "reception: Lena Berg host, Ola Holm visitor, Tor Vik participant",
            "reception: Lena Berg host, Kari Lund visitor, Tor Vik participant",
            "reception: Lena Berg host, Per Dahl visitor, Tor Vik participant",
        ]
    );
}

#[test]
fn he_is_the_person_the_text_was_about_and_attendees_join_the_meeting() {
    let e = encounters_of(
        "Lena Berg opened the new office. He later received Ola Holm. The meeting was attended by Tor Vik.",
        &["Lena Berg", "Ola Holm", "Tor Vik"],
    );
    assert_eq!(
        e,
        vec!["reception: Lena Berg host, Ola Holm visitor, Tor Vik participant"]
    );
}

#[test]
fn speakers_plans_and_later_clauses_are_no_parties() {
    let people = ["Lena Berg", "Ola Holm", "Kari Lund", "Tor Vik"];
    // the speaker reported the meeting
    assert_eq!(
        encounters_of(
            "Tor Vik said Lena Berg met Ola Holm in the morning.",
            &people
        ),
        vec!["meeting: Lena Berg participant, Ola Holm participant"]
    );
    // a planned clause
    assert!(encounters_of(
        "Lena Berg will travel north and hold a meeting with Ola Holm.",
        &people
    )
    .is_empty());
    // a person in a later clause
    assert_eq!(
        encounters_of(
            "Lena Berg met Ola Holm since the new leadership under Kari Lund took office.",
            &people
        ),
        vec!["meeting: Lena Berg participant, Ola Holm participant"]
    );
    // congratulations in another clause do not undo the reception
    assert_eq!(
        encounters_of(
            "Lena Berg received Ola Holm, where she congratulated him on his new post.",
            &people
        ),
        vec!["reception: Lena Berg host, Ola Holm visitor"]
    );
}

#[test]
fn a_sentence_without_parties_supports_the_encounter_before_it() {
    let text = "Lena Berg received Ola Holm. The two officials discussed trade. Later Lena Berg met Kari Lund.";
    let g = Gazetteer::new(vec![
        known(EntityKind::Person, 1, "Lena Berg"),
        known(EntityKind::Person, 2, "Ola Holm"),
        known(EntityKind::Person, 3, "Kari Lund"),
    ]);
    let s = split(text);
    let m = g.find(text, None);
    let e = encounters(
        text,
        &s,
        &m,
        &person_cues(text, &s, &m),
        &Context::default(),
    );
    assert_eq!(e.len(), 2, "{e:#?}");
    assert_eq!(e[0].kind, MeetingKind::Reception);
    assert_eq!(e[0].evidence.len(), 2, "{e:#?}");
    assert_eq!(e[1].evidence.len(), 1, "{e:#?}");
}

#[test]
fn the_lead_of_a_report_under_an_agency_dateline_takes_its_day() {
    let text = "Ola Holm met Kari Lund at the headquarters. They discussed trade.";
    let g = Gazetteer::new(vec![
        known(EntityKind::Person, 1, "Ola Holm"),
        known(EntityKind::Person, 2, "Kari Lund"),
    ]);
    let s = split(text);
    let m = g.find(text, None);
    let cues = person_cues(text, &s, &m);
    // "OSLO, April 12. /NTB/." gives a day without a year
    let ctx = Context {
        dateline: Some(21),
        article_partial: PartialDate::parse("XXXX-04-12").ok(),
        ..Context::default()
    };
    let e = encounters(text, &s, &m, &cues, &ctx);
    assert_eq!(
        e[0].date.map(|d| d.to_string()).as_deref(),
        Some("XXXX-04-12")
    );
    assert_eq!(e[0].basis, DateBasis::Article);
    // no dateline: no date
    let e = encounters(text, &s, &m, &cues, &Context::default());
    assert_eq!(e[0].date, None);
}

#[test]
fn a_title_before_a_name_nobody_knows_is_not_someone_else() {
    // The article's only foreign minister is Lena Berg; "Foreign Minister Sugiono" is not.
    let e = encounters_of(
        "Foreign Minister Sugiono met Ola Holm. Earlier, Foreign Minister Lena Berg spoke.",
        &["Lena Berg", "Ola Holm"],
    );
    assert!(e.iter().all(|e| !e.contains("Lena Berg")), "{e:?}");
}

#[test]
fn a_meeting_on_the_sidelines_of_an_event_is_also_the_event() {
    assert_eq!(
        encounters_of(
            "Lena Berg met Ola Holm on the sidelines of the Nordic Council Summit.",
            &["Lena Berg", "Ola Holm"]
        ),
        vec![
            "meeting: Lena Berg participant, Ola Holm participant",
            "conference: Lena Berg participant, Ola Holm participant"
        ]
    );
}

#[test]
fn the_visitor_is_the_subject_the_one_who_or_the_one_of_the_visit() {
    let people = ["Lena Berg", "Ola Holm"];
    assert_eq!(
        encounters_of(
            "Ola Holm received Lena Berg, who is visiting Norway.",
            &people
        )[1..],
        ["visit: Lena Berg visitor"]
    );
    assert_eq!(
        encounters_of("They praised the visit of Lena Berg to Norway.", &people),
        vec!["visit: Lena Berg visitor"]
    );
    assert_eq!(
        encounters_of(
            "While on a visit to Norway, Ola Holm opened an office.",
            &people
        ),
        vec!["visit: Ola Holm visitor"]
    );
    // a visit still planned is none
    assert!(encounters_of(
        "They discussed the upcoming visit of Lena Berg to Norway.",
        &people
    )
    .is_empty());
}

#[test]
fn presenting_credentials_is_a_reception_by_the_one_presented_to() {
    assert_eq!(
        encounters_of(
            "Ola Holm presented his letters of credence to Lena Berg.",
            &["Lena Berg", "Ola Holm"]
        ),
        vec!["reception: Lena Berg host, Ola Holm visitor"]
    );
}

#[test]
fn a_plural_title_names_each_of_the_names_after_it() {
    let c = cues_of("Foreign Ministers of Norway and Sweden - Ola Holm and Kari Lund - met today.");
    let names: Vec<(&str, &str)> = c
        .iter()
        .map(|c| (c.name.as_str(), c.title_key.as_str()))
        .collect();
    assert_eq!(
        names,
        vec![
            ("Ola Holm", "foreign minister"),
            ("Kari Lund", "foreign minister")
        ]
    );
}

#[test]
fn capitalised_words_without_a_title_are_not_people() {
    assert!(cues_of("The Baku Process and the Cultural Capital were praised.").is_empty());
    assert!(
        cues_of("Minister of Culture said on Monday that the Ministry of Culture agreed.")
            .is_empty()
    );
}

#[test]
fn acronyms_are_learned_for_known_and_new_organizations() {
    let g = gazetteer();
    let text = "The Organization of Islamic Cooperation (OIC) and the Islamic Development Bank (IsDB) met.";
    let s = split(text);
    let m = g.find(text, None);
    let c = organization_cues(text, &s, &m);
    assert_eq!(c.len(), 2, "{c:#?}");
    assert_eq!(c[0].organization, Some(11));
    assert_eq!(c[0].acronym, "OIC");
    assert_eq!(c[1].organization, None);
    assert_eq!(c[1].name, "Islamic Development Bank");
}

#[test]
fn a_transliterated_ayn_or_hamza_is_part_of_the_name() {
    for name in [
        "Torvald Saʿid Lunde",
        "Torvald Sa`id Lunde",
        "Torvald Maʾmun Lunde",
    ] {
        let text = format!("The talks were attended by the ambassador to Morocco, {name}.");
        let c = cues_of(&text);
        assert_eq!(c.len(), 1, "{text}: {c:#?}");
        assert_eq!(c[0].name, name);
        assert_eq!(c[0].title, "ambassador to Morocco");
    }
    // A mark at the end of a name's word stays in it, and does not cut the name short.
    let c = cues_of("The talks were attended by the ambassador to Morocco, Eirik Mani` Aasen.");
    assert_eq!(c.len(), 1, "{c:#?}");
    assert_eq!(c[0].name, "Eirik Mani` Aasen");
}

#[test]
fn credentials_received_from_a_list_are_a_reception_of_each_envoy() {
    let e = encounters_of(
        "The Chairperson, Lena Berg, received letters of credence on Tuesday from Ola Holm of Norway, Kari Lund of Sweden and Per Dahl of Denmark.",
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
fn welcoming_what_someone_did_is_no_reception_of_them() {
    let e = encounters_of(
        "Foreign Minister Lena Berg welcomed Holm's visit and called it a success.",
        &["Lena Berg", "Ola Holm"],
    );
    assert!(e.iter().all(|e| !e.starts_with("reception")), "{e:?}");
    // A possessive country before a title is still the guest's.
    let e = encounters_of(
        "Lena Berg welcomed Norway's Ambassador Ola Holm in Oslo.",
        &["Lena Berg", "Ola Holm"],
    );
    assert_eq!(e, vec!["reception: Lena Berg host, Ola Holm visitor"]);
}

#[test]
fn talk_after_a_call_is_the_calls() {
    let people = ["Lena Berg", "Ola Holm"];
    let e = encounters_of(
        "Today a telephone conversation was held between Lena Berg and Ola Holm. Berg and Holm discussed the regional situation.",
        &people,
    );
    assert!(e.is_empty(), "{e:?}");
    // A meeting after the call is a meeting, and talk after it is the meeting's.
    let e = encounters_of(
        "Lena Berg spoke by phone with Ola Holm. A week later, Lena Berg met Ola Holm in Oslo. They discussed trade.",
        &people,
    );
    assert_eq!(
        e,
        vec!["meeting: Lena Berg participant, Ola Holm participant"]
    );
}

#[test]
fn a_caption_that_met_and_a_text_that_received_are_one_reception() {
    let e = encounters_of(
        "Foreign Minister Lena Berg meets Ola Holm in Oslo on Sunday. Foreign Minister Lena Berg received in Oslo on Sunday Ola Holm, the outgoing secretary-general.",
        &["Lena Berg", "Ola Holm"],
    );
    assert_eq!(e, vec!["reception: Lena Berg host, Ola Holm visitor"]);
}

#[test]
fn long_names_with_particles_and_lower_case_titles_introduce_people() {
    let c = cues_of(
        "The Minister of Foreign Affairs, Shaikh Khalid bin Ahmed bin Hamad Al Nasser, met the bank's vice president Tomas Ekdal.",
    );
    let names: Vec<&str> = c.iter().map(|c| c.name.as_str()).collect();
    assert_eq!(
        names,
        vec!["Khalid bin Ahmed bin Hamad Al Nasser", "Tomas Ekdal"],
        "{c:#?}"
    );
}

#[test]
fn a_courtesy_call_is_a_meeting() {
    assert_eq!(
        encounters_of(
            "Ola Holm paid a courtesy call on President Lena Berg.",
            &["Lena Berg", "Ola Holm"]
        ),
        vec!["meeting: Ola Holm participant, Lena Berg participant"]
    );
}

#[test]
fn a_possessed_visit_is_the_possessors() {
    assert_eq!(
        encounters_of("Ola Holm's visit to Norway ended.", &["Ola Holm"]),
        vec!["visit: Ola Holm visitor"]
    );
    assert_eq!(
        encounters_of(
            "Lena Berg welcomed Ola Holm's visit to Norway on Monday.",
            &["Lena Berg", "Ola Holm"]
        ),
        vec!["visit: Ola Holm visitor"]
    );
    assert_eq!(
        encounters_of("Ola Holm's visit to Norway ended.", &["Ola Holm"]),
        vec!["visit: Ola Holm visitor"]
    );
}

#[test]
fn who_attended_a_named_event_took_part_in_it() {
    let g = Gazetteer::new(vec![
        known(EntityKind::Person, 1, "Ola Holm"),
        known(EntityKind::Person, 2, "Kari Lund"),
    ]);
    let text = "Ola Holm attended the Nordic Summit in May. Kari Lund said Ola Holm took part in the Baltic Forum.";
    let s = split(text);
    let m = g.find(text, None);
    let e = encounters(
        text,
        &s,
        &m,
        &person_cues(text, &s, &m),
        &Context::default(),
    );
    let events: Vec<(Option<&str>, Vec<i64>)> = e
        .iter()
        .filter(|e| e.kind == MeetingKind::Conference)
        .map(|e| {
            (
                e.event.as_deref(),
                e.people.iter().map(|(p, _)| *p).collect(),
            )
        })
        .collect();
    // The speaker who said so took no part.
    assert_eq!(
        events,
        vec![
            (Some("Nordic Summit"), vec![1]),
            (Some("Baltic Forum"), vec![1])
        ],
        "{e:#?}"
    );
}

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
