//! The benchmark corpus generator is deterministic and makes articles the extractor reads.

use crate::synth::{article, weekday, WEEKDAYS};

#[test]
fn the_same_seed_gives_the_same_articles_and_another_seed_does_not() {
    for i in [0, 1, 17, 99_999] {
        assert_eq!(article(7, i), article(7, i));
        assert_ne!(article(7, i).text, article(8, i).text);
    }
    assert_ne!(article(7, 0).text, article(7, 1).text);
}

#[test]
fn a_known_article_hashes_to_the_recorded_digest() {
    // Pins the generator: a change to it changes every benchmark corpus, so it must be
    // deliberate (update the digest and the README's figures together).
    use sha2::{Digest, Sha256};
    let mut h = Sha256::new();
    for i in 0..50 {
        h.update(article(42, i).text.as_bytes());
    }
    let hex: String = h.finalize().iter().map(|b| format!("{b:02x}")).collect();
    assert_eq!(
        hex,
        "771014d8fbac7328b2dd5814b4b0e2b359f61d6a0e4f84fdd3b90b2f1fb6de75"
    );
}

#[test]
fn articles_are_about_three_kilobytes_and_contain_their_truth_sentence() {
    for i in 0..200 {
        let a = article(1, i);
        assert!(
            (2_000..4_500).contains(&a.text.len()),
            "{} bytes",
            a.text.len()
        );
        for t in &a.truth {
            assert!(a.text.contains(&t.sentence), "{}", t.sentence);
            assert_eq!(t.date.len(), 10);
        }
    }
}

#[test]
fn weekdays_are_right() {
    assert_eq!(WEEKDAYS[weekday(2026, 11, 22)], "Sunday");
    assert_eq!(WEEKDAYS[weekday(2000, 2, 29)], "Tuesday");
}
