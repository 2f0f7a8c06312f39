//! Extraction: pure functions over text (no database): article layout, sentences, dates, names
//! and the facts an article reports.

pub mod dates;
pub mod facts;
pub mod layout;
pub mod names;
pub mod sentences;

#[cfg(test)]
mod properties {
    use proptest::prelude::*;

    use super::dates::{article_day, dates_in};
    use super::facts::{encounters, organization_cues, person_cues, Context};
    use super::layout::parse_article;
    use super::names::{EntityKind, EntityRef, Gazetteer, KnownName};
    use super::sentences::split;

    fn gazetteer() -> Gazetteer {
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
                })
                .collect(),
        )
    }

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
            let layout = parse_article(&raw);
            let body = &layout.body;
            let n = body.chars().count();
            let sentences = split(body);
            for s in &sentences {
                prop_assert!(s.start < s.end && s.end <= n);
                let text: String = body.chars().skip(s.start).take(s.end - s.start).collect();
                prop_assert_eq!(&text, &s.text);
                let _ = dates_in(&s.text, article_day(Some("2023-11-13")));
            }
            let g = gazetteer();
            let mentions = g.find(body, None);
            for m in &mentions {
                prop_assert!(m.start_char < m.end_char && m.end_char <= n);
            }
            let cues = person_cues(body, &sentences, &mentions);
            for c in &cues {
                prop_assert!(c.name_start < c.name_end && c.name_end <= n);
                prop_assert!(c.title_start < c.title_end && c.title_end <= n);
            }
            let _ = organization_cues(body, &sentences, &mentions);
            let ctx = Context { article_date: article_day(Some("2023-11-13")), ..Context::default() };
            for e in encounters(body, &sentences, &mentions, &cues, &ctx) {
                for (s, t) in e.evidence {
                    prop_assert!(s < t && t <= n);
                }
            }
        }
    }
}
