//! The whole extraction run over one raw article, checking every offset it returns. Shared by
//! the fuzz target (`fuzz/fuzz_targets/article.rs`) and the property test in `cargo test`
//! (tests/cli/properties.rs), which include this file; it is not part of diplocat itself.

use diplocat::extract::dates::{article_day, dates_in};
use diplocat::extract::layout::parse_article;
use diplocat::extract::names::{EntityKind, EntityRef, Gazetteer, KnownName};
use diplocat::extract::sentences::split;
use diplocat::extract::{encounters, organization_cues, person_cues, Context};

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
