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
