//! Scoring extracted meetings against a hand-made gold: precision, recall and F1 for all rows
//! and for the core tier, dates, places and confidence among the matched, junk entities, and
//! per article what was missed and what was extra. Pure: rows in, a [`Score`] out.
//!
//! The matching rules are those of the development corpus's reference scorer
//! (`shared/devset/score_meetings.py`), so the figures agree with it to the last digit: names
//! map to the gold's canonical names (exact aliases, then a unique last-name match within the
//! article, then a unique containment); a predicted meeting matches a gold row of the same
//! article when they share two participants, or one when the gold row has one and the kinds
//! are of one family; matching is one-to-one, greedy by overlap.

use std::collections::{BTreeMap, BTreeSet, HashMap, HashSet};

use unicode_normalization::UnicodeNormalization;

/// One gold event: a row of `gold_meetings.csv`.
#[derive(Debug, Clone, serde::Deserialize)]
pub struct GoldRow {
    pub file: String,
    pub meeting_date: String,
    #[serde(default)]
    pub place: String,
    pub participants: String,
    pub kind: String,
}

/// One gold entity: a row of `gold_entities.csv` (file `*` applies to every article).
#[derive(Debug, Clone, serde::Deserialize)]
pub struct EntityRow {
    pub file: String,
    #[serde(rename = "type")]
    pub kind: String,
    pub name: String,
    #[serde(default)]
    pub aliases_in_text: String,
}

/// One meeting of the catalog, as `report meetings` shows it.
#[derive(Debug, Clone, Default)]
pub struct Predicted {
    pub key: String,
    pub date: String,
    pub kind: String,
    pub place: String,
    pub participants: Vec<String>,
    /// File names of the articles that report it.
    pub articles: Vec<String>,
    pub confidence: f64,
}

/// A person, organization or outlet the catalog ties to an article.
#[derive(Debug, Clone)]
pub struct CatalogEntity {
    pub file: String,
    /// `person`, `organization` or `outlet`.
    pub kind: String,
    pub name: String,
    /// The words the article used for it.
    pub surface: String,
}

/// Which articles count. `prefix` behaves as the reference scorer's `--files-prefix`: gold rows
/// of other files are left out, and every catalog article whose name starts with it counts
/// (so a prediction in an article with no gold row is an extra). Without it, the articles are
/// those the gold or the entity list names.
#[derive(Debug, Clone, Default)]
pub struct Scope {
    pub prefix: Option<String>,
}

/// Recall against the gold rows of one tier.
#[derive(Debug, Clone, Copy, Default, PartialEq)]
pub struct Tier {
    pub matched: usize,
    pub gold: usize,
}

impl Tier {
    pub fn recall(&self) -> f64 {
        ratio(self.matched, self.gold)
    }
}

/// What was missed, what was extra and what was junk in one article.
#[derive(Debug, Clone, Default)]
pub struct ArticleScore {
    pub gold: usize,
    pub predicted: usize,
    pub matched: usize,
    pub missed: Vec<String>,
    pub extra: Vec<String>,
    pub junk: Vec<String>,
    /// Matched meetings whose date or place is not the gold's: "gold ... | catalog ...".
    pub wrong_date: Vec<String>,
    pub wrong_place: Vec<String>,
}

#[derive(Debug, Clone, Default)]
pub struct Score {
    pub all: Tier,
    pub core: Tier,
    pub predicted: usize,
    pub predicted_matched: usize,
    pub dates_agreeing: usize,
    pub places_agreeing: usize,
    /// Predictions at confidence >= [`CONFIDENT`] and how many of them matched.
    pub confident: usize,
    pub confident_matched: usize,
    /// Junk entities by kind (person, organization, outlet).
    pub junk: BTreeMap<String, usize>,
    pub articles: BTreeMap<String, ArticleScore>,
}

/// The confidence from which a fact is expected to be right without review.
pub const CONFIDENT: f64 = 0.8;

pub fn ratio(a: usize, b: usize) -> f64 {
    if b == 0 {
        0.0
    } else {
        a as f64 / b as f64
    }
}

pub fn f1(precision: f64, recall: f64) -> f64 {
    if precision + recall == 0.0 {
        0.0
    } else {
        2.0 * precision * recall / (precision + recall)
    }
}

impl Score {
    pub fn precision(&self) -> f64 {
        ratio(self.predicted_matched, self.predicted)
    }
}

/// A name reduced for comparison: accents and case folded, a leading honorific dropped, only
/// letters and digits kept.
pub fn norm(s: &str) -> String {
    let folded: String = s
        .nfkd()
        .filter(|c| !unicode_normalization::char::is_combining_mark(*c))
        .collect::<String>()
        .to_lowercase()
        .replace('ə', "e");
    let mut s = folded.as_str();
    for honorific in [
        "h.e. ",
        "mr ",
        "mr. ",
        "dr ",
        "dr. ",
        "prof. ",
        "professor ",
    ] {
        if let Some(rest) = s.strip_prefix(honorific) {
            s = rest;
        }
    }
    s.chars()
        .filter(|c| c.is_ascii_lowercase() || c.is_ascii_digit())
        .collect()
}

fn last(s: &str) -> String {
    s.split_whitespace().last().map(norm).unwrap_or_default()
}

/// The kind family: meetings, receptions and talks are one; visits, signings and conferences
/// each their own.
pub fn family(kind: &str) -> String {
    let k = kind.trim().to_lowercase();
    for (key, fam) in [
        ("meeting", "meet"),
        ("reception", "meet"),
        ("talks", "meet"),
        ("consult", "meet"),
        ("visit", "visit"),
        ("signing", "sign"),
        ("conference", "conf"),
    ] {
        if k.contains(key) {
            return fam.to_string();
        }
    }
    k
}

fn file_of(path: &str) -> &str {
    path.rsplit('/').next().unwrap_or(path)
}

/// Names as the gold knows them, per article.
#[derive(Default)]
struct Names {
    /// file -> normalised alias -> canonical name
    aliases: HashMap<String, HashMap<String, String>>,
    canon: HashMap<String, BTreeSet<String>>,
    /// canonical name -> entity type, per file
    types: HashMap<(String, String), String>,
}

impl Names {
    fn to_canon(&self, file: &str, name: &str) -> Option<String> {
        let n = norm(name);
        let empty_a = HashMap::new();
        let empty_c = BTreeSet::new();
        let aliases = self.aliases.get(file).unwrap_or(&empty_a);
        let canon = self.canon.get(file).unwrap_or(&empty_c);
        if let Some(c) = aliases.get(&n) {
            return Some(c.clone());
        }
        if let Some(c) = self.aliases.get("*").and_then(|a| a.get(&n)) {
            if canon.contains(c) {
                return Some(c.clone());
            }
        }
        let l = last(name);
        let by_last: Vec<&String> = canon
            .iter()
            .filter(|c| {
                let lc = last(c);
                !lc.is_empty() && lc == l
            })
            .collect();
        if by_last.len() == 1 {
            return Some(by_last[0].clone());
        }
        let within: Vec<&String> = canon
            .iter()
            .filter(|c| {
                let nc = norm(c);
                !nc.is_empty() && (n.contains(&nc) || nc.contains(&n)) && n.len() > 3
            })
            .collect();
        if within.len() == 1 {
            return Some(within[0].clone());
        }
        None
    }

    /// The canonical name of an entity row of file `*` (every article) with this name or
    /// alias. Matching meetings asks it only for names of the article (as the reference scorer
    /// does); an entity the catalog ties to an article is named by it wherever it is.
    fn everywhere(&self, name: &str) -> Option<String> {
        self.aliases.get("*")?.get(&norm(name)).cloned()
    }

    fn type_of(&self, file: &str, canon: &str) -> Option<&str> {
        self.types
            .get(&(file.to_string(), canon.to_string()))
            .or_else(|| self.types.get(&("*".to_string(), canon.to_string())))
            .map(String::as_str)
    }
}

struct Event {
    parts: BTreeSet<String>,
    kind: String,
    date: String,
    place: String,
    confidence: f64,
    label: String,
}

fn describe(kind: &str, parts: &BTreeSet<String>, date: &str, place: &str) -> String {
    let mut s = format!(
        "{kind}: {}",
        parts.iter().cloned().collect::<Vec<_>>().join(" | ")
    );
    if !date.is_empty() {
        s.push_str(&format!(" on {date}"));
    }
    if !place.is_empty() {
        s.push_str(&format!(" in {place}"));
    }
    s
}

fn dates_agree(gold: &str, predicted: &str) -> bool {
    gold == predicted
        || (!gold.is_empty()
            && !predicted.is_empty()
            && (predicted.starts_with(gold) || gold.starts_with(predicted)))
}

/// Scores the catalog's meetings (and the entities it ties to each article) against the gold.
pub fn score(
    gold_rows: &[GoldRow],
    entities: &[EntityRow],
    predicted: &[Predicted],
    catalog_entities: &[CatalogEntity],
    scope: &Scope,
) -> Score {
    let mut names = Names::default();
    let mut universe: BTreeSet<String> = BTreeSet::new();
    for r in entities {
        let (fl, name) = (r.file.as_str(), r.name.as_str());
        if fl != "*" && scope.prefix.as_ref().is_none_or(|p| fl.starts_with(p)) {
            universe.insert(fl.to_string());
        }
        names
            .canon
            .entry(fl.to_string())
            .or_default()
            .insert(name.to_string());
        names
            .types
            .insert((fl.to_string(), name.to_string()), r.kind.clone());
        let a = names.aliases.entry(fl.to_string()).or_default();
        a.insert(norm(name), name.to_string());
        for alias in r.aliases_in_text.split(" | ") {
            if !alias.trim().is_empty() {
                a.insert(norm(alias), name.to_string());
            }
        }
    }

    let mut gold: BTreeMap<String, Vec<Event>> = BTreeMap::new();
    for r in gold_rows {
        if let Some(p) = &scope.prefix {
            if !r.file.starts_with(p.as_str()) {
                continue;
            }
        }
        let fl = r.file.clone();
        universe.insert(fl.clone());
        let mut parts = BTreeSet::new();
        for p in r.participants.split(" | ").map(str::trim) {
            if p.is_empty() {
                continue;
            }
            let n = norm(p);
            let c = names
                .aliases
                .get(&fl)
                .and_then(|a| a.get(&n))
                .or_else(|| names.aliases.get("*").and_then(|a| a.get(&n)))
                .cloned()
                .unwrap_or_else(|| p.to_string());
            parts.insert(c.clone());
            names.canon.entry(fl.clone()).or_default().insert(c.clone());
            names
                .aliases
                .entry(fl.clone())
                .or_default()
                .entry(n)
                .or_insert(c);
        }
        let label = describe(&r.kind, &parts, &r.meeting_date, &r.place);
        gold.entry(fl).or_default().push(Event {
            parts,
            kind: r.kind.clone(),
            date: r.meeting_date.clone(),
            place: r.place.clone(),
            confidence: 1.0,
            label,
        });
    }

    let counts = |fl: &str| -> bool {
        gold.contains_key(fl)
            || match &scope.prefix {
                Some(p) => fl.starts_with(p.as_str()),
                None => universe.contains(fl),
            }
    };
    let mut pred: BTreeMap<String, Vec<Event>> = BTreeMap::new();
    for m in predicted {
        for fl in m.articles.iter().map(|a| file_of(a.trim())) {
            if fl.is_empty() || !counts(fl) {
                continue;
            }
            let parts: BTreeSet<String> = m
                .participants
                .iter()
                .map(|n| names.to_canon(fl, n).unwrap_or_else(|| format!("?{n}")))
                .collect();
            let place = if m.place.is_empty() {
                String::new()
            } else {
                names.to_canon(fl, &m.place).unwrap_or(m.place.clone())
            };
            let shown: BTreeSet<String> = m.participants.iter().cloned().collect();
            let label = format!(
                "{} [{}]",
                describe(&m.kind, &shown, &m.date, &m.place),
                m.key
            );
            pred.entry(fl.to_string()).or_default().push(Event {
                parts,
                kind: m.kind.clone(),
                date: m.date.clone(),
                place,
                confidence: m.confidence,
                label,
            });
        }
    }

    let mut out = Score::default();
    let files: BTreeSet<&String> = gold.keys().chain(pred.keys()).collect();
    let no_events: Vec<Event> = Vec::new();
    for fl in files {
        let gs = gold.get(fl).unwrap_or(&no_events);
        let ps = pred.get(fl).unwrap_or(&no_events);
        let mut a = ArticleScore {
            gold: gs.len(),
            predicted: ps.len(),
            ..ArticleScore::default()
        };
        out.predicted += ps.len();
        let mut pairs: Vec<(usize, usize, usize)> = Vec::new();
        for (gi, g) in gs.iter().enumerate() {
            for (pi, p) in ps.iter().enumerate() {
                let overlap = g.parts.intersection(&p.parts).count();
                let same_family = family(&g.kind) == family(&p.kind);
                if overlap >= 2 || (g.parts.len() == 1 && overlap == 1 && same_family) {
                    pairs.push((overlap + usize::from(same_family), gi, pi));
                }
            }
        }
        // Highest overlap first; ties go as the reference scorer's reverse sort takes them.
        pairs.sort_unstable_by(|x, y| y.cmp(x));
        let (mut used_g, mut used_p) = (HashSet::new(), HashSet::new());
        for (_, gi, pi) in pairs {
            if used_g.contains(&gi) || used_p.contains(&pi) {
                continue;
            }
            used_g.insert(gi);
            used_p.insert(pi);
            let (g, p) = (&gs[gi], &ps[pi]);
            if dates_agree(&g.date, &p.date) {
                out.dates_agreeing += 1;
            } else {
                a.wrong_date.push(format!(
                    "gold {:?}, catalog {:?}: {}",
                    g.date, p.date, p.label
                ));
            }
            let gold_place = names.to_canon(fl, &g.place).unwrap_or(g.place.clone());
            if norm(&gold_place) == norm(&p.place) {
                out.places_agreeing += 1;
            } else {
                a.wrong_place.push(format!(
                    "gold {:?}, catalog {:?}: {}",
                    g.place, p.place, p.label
                ));
            }
        }
        a.matched = used_p.len();
        out.predicted_matched += used_p.len();
        for (gi, g) in gs.iter().enumerate() {
            let hit = used_g.contains(&gi);
            out.all.gold += 1;
            out.all.matched += usize::from(hit);
            let fam = family(&g.kind);
            if (fam == "meet" || fam == "sign") && g.parts.len() >= 2 {
                out.core.gold += 1;
                out.core.matched += usize::from(hit);
            }
            if !hit {
                a.missed.push(g.label.clone());
            }
        }
        for (pi, p) in ps.iter().enumerate() {
            let hit = used_p.contains(&pi);
            if p.confidence >= CONFIDENT {
                out.confident += 1;
                out.confident_matched += usize::from(hit);
            }
            if !hit {
                a.extra.push(p.label.clone());
            }
        }
        out.articles.insert(fl.clone(), a);
    }

    // An entity fits when its name or any of the words an article used for it is a gold name
    // of that article, or of every article (file `*`), of a compatible type.
    let mut fits: BTreeMap<(String, String, String), bool> = BTreeMap::new();
    for e in catalog_entities {
        let fl = file_of(&e.file);
        if !universe.contains(fl) {
            continue;
        }
        let fit = [&e.name, &e.surface]
            .iter()
            .flat_map(|n| [names.to_canon(fl, n), names.everywhere(n)])
            .any(|canon| match canon {
                None => false,
                Some(c) => match (e.kind.as_str(), names.type_of(fl, &c)) {
                    // A title-only participant ("Egyptian foreign minister") has no entity row.
                    (_, None) => true,
                    ("person", Some(t)) => t == "person",
                    ("outlet", Some(t)) => t == "organization",
                    // States act as parties ("Georgia and Armenia signed").
                    (_, Some(t)) => t == "organization" || t == "place",
                },
            });
        *fits
            .entry((fl.to_string(), e.kind.clone(), e.name.clone()))
            .or_default() |= fit;
    }
    for ((fl, kind, name), fit) in fits {
        if !fit {
            *out.junk.entry(kind.clone()).or_default() += 1;
            out.articles
                .entry(fl)
                .or_default()
                .junk
                .push(format!("{kind}: {name}"));
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn gold(file: &str, date: &str, parts: &str, kind: &str) -> GoldRow {
        GoldRow {
            file: file.into(),
            meeting_date: date.into(),
            place: String::new(),
            participants: parts.into(),
            kind: kind.into(),
        }
    }

    fn entity(file: &str, kind: &str, name: &str, aliases: &str) -> EntityRow {
        EntityRow {
            file: file.into(),
            kind: kind.into(),
            name: name.into(),
            aliases_in_text: aliases.into(),
        }
    }

    fn meeting(file: &str, date: &str, kind: &str, parts: &[&str], confidence: f64) -> Predicted {
        Predicted {
            key: "k".into(),
            date: date.into(),
            kind: kind.into(),
            place: String::new(),
            participants: parts.iter().map(|p| p.to_string()).collect(),
            articles: vec![format!("folder/{file}")],
            confidence,
        }
    }

    #[test]
    fn names_fold_accents_case_and_a_leading_honorific() {
        assert_eq!(norm("H.E. Dr. Əli Əliyev"), "elieliyev");
        assert_eq!(norm("Mr. Salim Al-Malik"), "salimalmalik");
        assert_eq!(last("Salim  Al-Malik "), "almalik");
    }

    #[test]
    fn a_meeting_sharing_two_participants_matches_and_a_lone_one_is_extra() {
        let g = [
            gold("a.txt", "2023-11-13", "Anna Berg | Carl Dahl", "meeting"),
            gold("a.txt", "", "Erik Falk", "visit"),
        ];
        let e = [entity("a.txt", "person", "Anna Berg", "Ms Berg")];
        let p = [
            // a surname alone reaches the canonical name when it is unique in the article
            meeting("a.txt", "2023-11", "reception", &["Berg", "Carl Dahl"], 0.9),
            meeting("a.txt", "", "meeting", &["Erik Falk"], 0.5),
        ];
        let s = score(&g, &e, &p, &[], &Scope::default());
        assert_eq!(
            s.all,
            Tier {
                matched: 1,
                gold: 2
            }
        );
        assert_eq!(
            s.core,
            Tier {
                matched: 1,
                gold: 1
            }
        );
        assert_eq!((s.predicted_matched, s.predicted), (1, 2));
        // 2023-11 is a prefix of 2023-11-13
        assert_eq!(s.dates_agreeing, 1);
        assert_eq!((s.confident_matched, s.confident), (1, 1));
        let a = &s.articles["a.txt"];
        assert_eq!(a.missed, vec!["visit: Erik Falk".to_string()]);
        assert_eq!(a.extra.len(), 1);
    }

    #[test]
    fn a_prediction_in_an_article_without_gold_rows_counts_only_within_scope() {
        let e = [entity("neg.txt", "person", "Anna Berg", "")];
        let p = [meeting(
            "neg.txt",
            "",
            "meeting",
            &["Anna Berg", "X Y"],
            0.9,
        )];
        let s = score(&[], &e, &p, &[], &Scope::default());
        assert_eq!(s.predicted, 1);
        let outside = [meeting("other.txt", "", "meeting", &["A B", "C D"], 0.9)];
        let s = score(&[], &e, &outside, &[], &Scope::default());
        assert_eq!(s.predicted, 0);
        let s = score(
            &[],
            &e,
            &outside,
            &[],
            &Scope {
                prefix: Some("o".into()),
            },
        );
        assert_eq!(s.predicted, 1);
    }

    #[test]
    fn entities_the_gold_does_not_name_or_names_as_another_type_are_junk() {
        let e = [
            entity("a.txt", "person", "Anna Berg", "Ms Berg"),
            entity("a.txt", "place", "Makkah Region", ""),
            entity("a.txt", "organization", "Daily News", ""),
        ];
        let ce = |kind: &str, name: &str| CatalogEntity {
            file: "a.txt".into(),
            kind: kind.into(),
            name: name.into(),
            surface: name.into(),
        };
        let found = [
            ce("person", "Anna Berg"),
            ce("person", "Makkah Region"),
            ce("person", "Discuss With"),
            ce("outlet", "Daily News"),
            ce("outlet", "Latest Articles"),
            // known by another name, but the article used one the gold has
            CatalogEntity {
                surface: "Ms Berg".into(),
                ..ce("person", "Anna Maria Berg-Olsen")
            },
        ];
        let s = score(&[], &e, &[], &found, &Scope::default());
        assert_eq!(s.junk.get("person"), Some(&2));
        assert_eq!(s.junk.get("outlet"), Some(&1));
    }

    #[test]
    fn an_entity_row_for_every_article_names_its_outlet_in_each() {
        let e = [
            entity("a.txt", "person", "Anna Berg", ""),
            entity("b.txt", "person", "Carl Dahl", ""),
            entity("*", "organization", "Wire", "Wire"),
        ];
        let outlet = |file: &str| CatalogEntity {
            file: file.into(),
            kind: "outlet".into(),
            name: "Wire".into(),
            surface: "Wire".into(),
        };
        let s = score(
            &[],
            &e,
            &[],
            &[outlet("a.txt"), outlet("b.txt")],
            &Scope::default(),
        );
        assert_eq!(s.junk.get("outlet"), None);
    }
}
