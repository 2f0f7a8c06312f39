//! Talks told as a noun ("a discussion between A and B was held"), the possessive of a name
//! ending in s, and a meeting fronted after a word that links the sentence to the one before
//! (set AH's misses, read as forms of the language); on invented text.

use super::*;

#[test]
fn a_discussion_between_two_that_was_held_is_their_meeting() {
    let text = "An official discussion between the visiting Chilean President Ana Lima and Prime Minister Ola Holm was held at the palace this morning.";
    assert_eq!(
        encounters_of(text, &["Ana Lima", "Ola Holm"]),
        vec!["meeting: Ana Lima participant, Ola Holm participant"],
        "{text}"
    );
}

#[test]
fn the_possessive_of_a_name_ending_in_s_tells_whose_visit() {
    let text = "The trip follows Vice President Kari Jonas’ recent visit to Norway on 8 June.";
    assert_eq!(
        encounters_of(text, &["Kari Jonas"]),
        vec!["visit: Kari Jonas visitor"],
        "{text}"
    );
    // Not a title's possessive: no one is named right before it.
    let text = "Speaker Ola Holm met the delegates, and recalled Their Majesties’ visit to Norway.";
    let e = encounters_of(text, &["Ola Holm"]);
    assert!(!e.iter().any(|e| e.starts_with("visit")), "{text}: {e:?}");
}

#[test]
fn a_meeting_fronted_after_a_linking_word_is_the_one_the_text_is_about_with_the_one_named() {
    let text = "OSLO -- Foreign Minister Ana Lima held bilateral meetings with her counterparts.\n\nFurthermore, during the bilateral meeting between Minister Lima and Danish Foreign Minister Per Dahl, they agreed on funding.\n\nMoreover, during the bilateral meeting with Swedish Foreign Minister Ola Holm, the two sides discussed trade.";
    let e = encounters_of(text, &["Ana Lima", "Per Dahl", "Ola Holm"]);
    assert_eq!(
        e,
        vec![
            "meeting: Ana Lima participant, Per Dahl participant",
            "meeting: Ola Holm participant, Ana Lima participant"
        ],
        "{text}"
    );
    // After a meeting of two, "the two sides" of a meeting opened with a third are the third
    // and the one the text is about (the meeting is not lost, nor merged with the one before).
    let text = "Minister Ana Lima met Swedish Foreign Minister Per Dahl on Friday.\n\nDuring a meeting with Danish Foreign Minister Ola Holm on Thursday, the two sides discussed a power deal.";
    let e = encounters_of(text, &["Ana Lima", "Per Dahl", "Ola Holm"]);
    assert_eq!(
        e,
        vec![
            "meeting: Ana Lima participant, Per Dahl participant",
            "meeting: Ola Holm participant, Ana Lima participant"
        ],
        "{text}"
    );
}

#[test]
fn a_bracketed_sentence_ends_at_its_closing_bracket_and_welcoming_that_is_no_reception() {
    let text = "Foreign Minister Ola Holm met Swedish Foreign Minister Kari Lund on Monday. (Lund had last visited Norway in 2019.) Holm later received Danish Foreign Minister Per Dahl.";
    let e = encounters_of(text, &["Ola Holm", "Kari Lund", "Per Dahl"]);
    assert_eq!(
        e,
        vec![
            "meeting: Ola Holm participant, Kari Lund participant",
            "visit: Kari Lund visitor",
            "reception: Ola Holm host, Per Dahl visitor"
        ],
        "{text}"
    );
    let text = "Minister Ola Holm and Minister Kari Lund met on Monday. The minister welcomed that the two countries agreed.";
    let e = encounters_of(text, &["Ola Holm", "Kari Lund"]);
    assert!(
        !e.iter().any(|e| e.starts_with("reception")),
        "{text}: {e:?}"
    );
}

#[test]
fn a_meeting_held_under_its_name_with_someone_is_their_meeting() {
    let text = "On 15 January, Minister Ola Holm, who is visiting Oslo, held a Sweden Norway Foreign Ministers’ Meeting and Working Lunch with Hon. Kari Lund, Secretary for Foreign Affairs of Norway.";
    let e = encounters_of(text, &["Ola Holm", "Kari Lund"]);
    // (The visitor and the host: he is visiting.)
    assert_eq!(
        e,
        vec!["meeting: Ola Holm visitor, Kari Lund host"],
        "{text}"
    );
}

#[test]
fn welcoming_the_visit_receives_no_one() {
    let text = "Minister Ola Holm met Minister Kari Lund in Oslo on Monday.\n\nMinister Kari Lund welcomed the visit and expressed her wish to strengthen relations with Minister Holm.";
    let e = encounters_of(text, &["Ola Holm", "Kari Lund"]);
    assert_eq!(
        e,
        vec!["meeting: Ola Holm participant, Kari Lund participant"],
        "{text}"
    );
}

#[test]
fn two_people_joined_as_the_subject_of_visited_both_visited() {
    let text = "Foreign Minister Ola Holm and UK Foreign Secretary Kari Lund visited Norway to meet with Prime Minister Per Dahl.";
    let e = encounters_of(text, &["Ola Holm", "Kari Lund", "Per Dahl"]);
    assert!(
        e.contains(&"visit: Ola Holm visitor, Kari Lund visitor".to_string()),
        "{text}: {e:?}"
    );
    // Not one who met the subject before the visit.
    let text = "Foreign Minister Ola Holm met Kari Lund and visited Norway.";
    let e = encounters_of(text, &["Ola Holm", "Kari Lund"]);
    assert!(
        e.contains(&"visit: Ola Holm visitor".to_string()),
        "{text}: {e:?}"
    );
}

#[test]
fn who_invited_is_no_visitor_and_a_plural_possessive_is_no_ones_visit() {
    let text =
        "At the invitation of President Ola Holm, President Kari Lund visited Norway on 31 August.";
    let e = encounters_of(text, &["Ola Holm", "Kari Lund"]);
    assert_eq!(e, vec!["visit: Kari Lund visitor"], "{text}");
    let text = "Prime Minister Ola Holm recalled the ministers’ visit to Norway last year.";
    let e = encounters_of(text, &["Ola Holm"]);
    assert!(!e.iter().any(|e| e.starts_with("visit")), "{text}: {e:?}");
    // Welcoming the visit by someone receives them.
    let text =
        "President Ola Holm welcomed the official visit by President Kari Lund at the palace.";
    let e = encounters_of(text, &["Ola Holm", "Kari Lund"]);
    assert!(
        e.contains(&"reception: Ola Holm host, Kari Lund visitor".to_string()),
        "{text}: {e:?}"
    );
}

#[test]
fn a_plan_with_an_adverb_inside_its_phrase_is_no_meeting_held() {
    for text in [
        "Prime Minister Ola Holm is also due to have meetings with French President Kari Lund.",
        "Prime Minister Ola Holm and President Kari Lund are now expected to meet in Oslo.",
        "Ola Holm, the Prime Minister, is also to call on President Kari Lund.",
    ] {
        assert_eq!(
            encounters_of(text, &["Ola Holm", "Kari Lund"]),
            Vec::<String>::new(),
            "{text}"
        );
    }
    for text in [
        "Prime Minister Ola Holm also met French President Kari Lund.",
        // "now to" of a task, not of a plan to meet.
        "Special Envoy Ola Holm, whose task is now to rebuild trust, met Foreign Minister Kari Lund in Oslo on Monday.",
    ] {
        assert_eq!(
            encounters_of(text, &["Ola Holm", "Kari Lund"]),
            vec!["meeting: Ola Holm participant, Kari Lund participant"],
            "{text}"
        );
    }
}
