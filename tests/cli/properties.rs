//! Extraction never panics and every offset it returns lies in the article body, on text
//! made of article-like pieces and arbitrary characters.

use proptest::prelude::*;

use crate::check_article::check_article;

/// Text made of article-like pieces and arbitrary characters.
fn article_text() -> impl Strategy<Value = String> {
    let piece = prop_oneof![
        Just("Jeyhun Bayramov ".to_string()),
        Just("met ".to_string()),
        Just("received ".to_string()),
        Just("visited Baku ".to_string()),
        Just("Director General of ICESCO Salim bin\nMuhammad Al-".to_string()),
        Just("Malik, ".to_string()),
        Just("Minister of Foreign Affairs Ali Veli ".to_string()),
        Just("(OIC) ".to_string()),
        Just("on May 11, 2023. ".to_string()),
        Just("J anuary 29-30 ".to_string()),
        Just("\n\n".to_string()),
        Just(" date 2023-11-13 + ↺ − 16 px\n".to_string()),
        Just("BAKU, Nov. 13 (Trend) - ".to_string()),
        Just("Əliyev’s ".to_string()),
        Just("the sides signed a memorandum. ".to_string()),
        Just("12th Session of the Conference held ".to_string()),
        "\\PC{0,12}",
        "[ .,;:()\\-–\n'’]{1,4}",
    ];
    prop::collection::vec(piece, 0..40).prop_map(|v| v.concat())
}

proptest! {
    // 256 cases by default; PROPTEST_CASES=20000 for a longer run.

    #[test]
    fn extraction_never_panics_and_offsets_lie_in_the_body(raw in article_text()) {
        if let Err(e) = check_article(&raw) {
            prop_assert!(false, "{}", e);
        }
    }
}
