//! Extraction: pure functions over text (no database): article layout, sentences, dates, names
//! and the facts an article reports.

pub mod dates;
pub mod facts;
pub mod layout;
pub mod names;
pub mod normalise;
pub mod sentences;
pub mod world;

use dates::{article_day, dates_in};
use facts::{encounters, organization_cues, person_cues, Context};
use layout::parse_article;
use names::{EntityKind, EntityRef, Gazetteer, KnownName};
use sentences::split;

/// A small gazetteer of seed names, for [`check_article`].
fn sample_gazetteer() -> Gazetteer {
    let names = [
        (EntityKind::Person, 1, "Jeyhun Bayramov"),
        (EntityKind::Person, 2, "Salim bin Muhammad Al-Malik"),
        (EntityKind::Organization, 3, "ICESCO"),
        (EntityKind::Place, 4, "Baku"),
    ];
    Gazetteer::new(
        names
            .iter()
            .map(|(kind, id, name)| KnownName {
                entity: EntityRef {
                    kind: *kind,
                    id: *id,
                },
                name: name.to_string(),
                valid_from: None,
                valid_until: None,
                standalone: false,
            })
            .collect(),
    )
}

/// Runs the whole extraction (layout, sentences, dates, names, cues, encounters) over one raw
/// article and checks that every offset it returns lies on a character boundary inside the
/// body. The property test and the fuzz target both call this; `Err` says which offset is bad.
pub fn check_article(raw: &str) -> Result<(), String> {
    let layout = parse_article(raw);
    let body = &layout.body;
    let n = body.chars().count();
    let sentences = split(body);
    for s in &sentences {
        if !(s.start < s.end && s.end <= n) {
            return Err(format!(
                "sentence {}..{} outside a body of {n} characters",
                s.start, s.end
            ));
        }
        let text: String = body.chars().skip(s.start).take(s.end - s.start).collect();
        if text != s.text {
            return Err(format!(
                "sentence {}..{} is {text:?}, not {:?}",
                s.start, s.end, s.text
            ));
        }
        let _ = dates_in(&s.text, article_day(Some("2023-11-13")));
    }
    let g = sample_gazetteer();
    let mentions = g.find(body, None);
    for m in &mentions {
        if !(m.start_char < m.end_char && m.end_char <= n) {
            return Err(format!(
                "mention {}..{} outside a body of {n} characters",
                m.start_char, m.end_char
            ));
        }
    }
    let cues = person_cues(body, &sentences, &mentions);
    for c in &cues {
        if !(c.name_start < c.name_end
            && c.name_end <= n
            && c.title_start <= c.title_end
            && (c.title_start < c.title_end || c.title.is_empty())
            && c.title_end <= n)
        {
            return Err(format!(
                "person cue {:?} outside a body of {n} characters",
                c.name
            ));
        }
    }
    let _ = organization_cues(body, &sentences, &mentions);
    let ctx = Context {
        article_date: article_day(Some("2023-11-13")),
        ..Context::default()
    };
    for e in encounters(body, &sentences, &mentions, &cues, &ctx) {
        for (s, t) in e.evidence {
            if !(s < t && t <= n) {
                return Err(format!(
                    "evidence {s}..{t} outside a body of {n} characters"
                ));
            }
        }
    }
    Ok(())
}

#[cfg(test)]
mod properties {
    use proptest::prelude::*;

    use super::check_article;

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
}
