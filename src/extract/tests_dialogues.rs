//! Rounds of a dialogue, meetings told by where before with whom (set AG's misses, read as
//! forms of the language); on invented text.

use super::*;

#[test]
fn a_round_of_a_dialogue_held_by_two_is_their_meeting() {
    for text in [
        "Vice Minister Ola Holm and visiting Deputy Secretary Kari Lund on Friday held the third round of the Norway-Chile vice ministerial strategic dialogue in Oslo.",
        "Vice Minister Ola Holm and Deputy Secretary Kari Lund held a second round of their dialogue.",
    ] {
        assert_eq!(
            encounters_of(text, &["Ola Holm", "Kari Lund"]),
            vec!["meeting: Ola Holm participant, Kari Lund participant"],
            "{text}"
        );
    }
    // A dialogue without a round held is no meeting of theirs.
    let text = "Vice Minister Ola Holm and Deputy Secretary Kari Lund praised the dialogue.";
    assert!(encounters_of(text, &["Ola Holm", "Kari Lund"]).is_empty());
}

#[test]
fn a_meeting_told_by_where_and_then_with_whom_is_a_meeting_there() {
    let e = found_in(
        "Deputy Secretary Kari Lund arrived on Wednesday, following a trilateral meeting in Oslo with Vice Minister Ola Holm and Minister Per Dahl.",
        &["Kari Lund", "Ola Holm", "Per Dahl"],
    );
    let met: Vec<_> = e
        .iter()
        .filter(|e| e.kind == MeetingKind::Meeting)
        .collect();
    assert_eq!(met.len(), 1, "{e:?}");
    assert_eq!(met[0].people.len(), 3, "{e:?}");
}

#[test]
fn a_visit_in_a_fronted_clause_is_the_subjects_right_after_it() {
    let text =
        "During a one-day official visit to Norway, Chilean President Ana Lima praised the fjords.";
    let e = encounters_of(text, &["Ana Lima", "Ola Holm"]);
    assert!(
        e.contains(&"visit: Ana Lima visitor".to_string()),
        "{text}: {e:?}"
    );
    // Not the host named after the clause's subject.
    for text in [
        "During a two-day visit to Norway, the Chilean delegation met President Ana Lima on Monday.",
        "During a visit to Norway, Chilean lawmakers called on President Ana Lima on Monday.",
    ] {
        let e = encounters_of(text, &["Ana Lima"]);
        assert!(!e.iter().any(|e| e.starts_with("visit")), "{text}: {e:?}");
    }
    // Not a clause that goes on about the visit ("..., where B met C").
    let e = encounters_of(
        "After a visit to Norway, where Minister Per Dahl spoke, nothing changed.",
        &["Per Dahl"],
    );
    assert!(e.is_empty(), "{e:?}");
}

#[test]
fn the_pair_named_by_their_plural_title_after_a_meeting_opening_the_sentence_met() {
    for text in [
        "During a five-hour meeting the presidents agreed to boost trade.",
        "During a long meeting, the presidents agreed to boost trade.",
    ] {
        let text = format!(
            "President Ana Lima on Wednesday signed an agreement with President Ola Holm. {text}"
        );
        let e = encounters_of(&text, &["Ana Lima", "Ola Holm"]);
        assert!(
            e.contains(&"meeting: Ana Lima participant, Ola Holm participant".to_string()),
            "{text}: {e:?}"
        );
    }
}

#[test]
fn a_title_of_a_body_the_catalog_does_not_know_refers_to_its_holder_named_elsewhere() {
    for text in [
        "On Monday, Minister Ola Holm met with Chairwoman of the Sister Cities Union and her team. Chairwoman of the Sister Cities Union Ana Lopez said the talks were good.",
        "On Monday, Minister Ola Holm met with the Secretary General of the Organization of Baltic Towns. Secretary General of the Organization of Baltic Towns Ana Lopez spoke.",
    ] {
        assert_eq!(
            encounters_of(text, &["Ola Holm", "Ana Lopez"]),
            vec!["meeting: Ola Holm participant, Ana Lopez participant"],
            "{text}"
        );
    }
    // Not someone of the same bare title, nor the holder named right after the body.
    for text in [
        "Minister Ola Holm met the Director of the Oslo Symphony Orchestra Per Dahl on Monday. Director Ana Lopez of the National Museum also attended.",
        "Minister Ola Holm received the Chairman of the Joint Chiefs on Monday. Chairman Ana Lopez of the Senate criticised the meeting.",
    ] {
        let e = encounters_of(text, &["Ola Holm", "Ana Lopez", "Per Dahl"]);
        assert!(!e.iter().any(|e| e.contains("Ana Lopez")), "{text}: {e:?}");
    }
    // Not a title that goes on with a place ("of the Kingdom of Norway": a country's long
    // name, the title of someone else).
    let text = "On Monday, Minister Ola Holm met with Minister of the Kingdom of Norway Per Dahl. Minister Ana Lopez spoke.";
    let e = encounters_of(text, &["Ola Holm", "Ana Lopez", "Per Dahl"]);
    assert!(!e.iter().any(|e| e.contains("Ana Lopez")), "{e:?}");
}

#[test]
fn a_reception_verb_in_the_passive_without_by_names_no_host() {
    for text in [
        "Prime Minister Ola Holm was greeted warmly before he held talks with Prime Minister Per Dahl.",
        "Prime Minister Ola Holm was on Saturday welcomed to the palace. He sat down with Prime Minister Per Dahl for talks.",
    ] {
        assert_eq!(
            encounters_of(text, &["Ola Holm", "Per Dahl"]),
            vec!["meeting: Ola Holm participant, Per Dahl participant"],
            "{text}"
        );
    }
    // With "by" after it, the one named after is the host.
    let e = encounters_of(
        "Prime Minister Ola Holm was received today by Prime Minister Per Dahl.",
        &["Ola Holm", "Per Dahl"],
    );
    assert_eq!(e, vec!["reception: Per Dahl host, Ola Holm visitor"]);
}

#[test]
fn a_list_goes_on_after_a_semicolon_to_a_title_and_the_hon_name() {
    let e = encounters_of(
        "Lord Ahmad held meetings with Senator the Hon. Kari Lund; and Business Minister, the Hon. Per Dahl.",
        &["Ahmad", "Kari Lund", "Per Dahl"],
    );
    assert_eq!(
        e,
        vec![
            "meeting: Ahmad participant, Kari Lund participant",
            "meeting: Ahmad participant, Per Dahl participant"
        ]
    );
    // Not a clause about something else after the semicolon.
    let e = encounters_of(
        "Lord Ahmad held meetings with Senator the Hon. Kari Lund; and Business Minister, the economy grew, Per Dahl said.",
        &["Ahmad", "Kari Lund", "Per Dahl"],
    );
    assert_eq!(e, vec!["meeting: Ahmad participant, Kari Lund participant"]);
}

#[test]
fn who_is_taking_part_in_an_event_met_there() {
    let e = found_in(
        "The minister Ola Holm, who is taking part in the Baltic Security Conference, also met with Secretary-General Kari Lund.",
        &["Ola Holm", "Kari Lund"],
    );
    let conference = e.iter().find(|e| e.kind == MeetingKind::Conference);
    assert_eq!(
        conference.and_then(|c| c.event.as_deref()),
        Some("Baltic Security Conference"),
        "{e:?}"
    );
    assert_eq!(conference.map(|c| c.people.len()), Some(2), "{e:?}");
}
