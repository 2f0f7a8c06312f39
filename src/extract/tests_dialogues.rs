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
    let met: Vec<_> = e.iter().filter(|e| e.kind == MeetingKind::Meeting).collect();
    assert_eq!(met.len(), 1, "{e:?}");
    assert_eq!(met[0].people.len(), 3, "{e:?}");
}
