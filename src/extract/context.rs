//! What the extractor knows of an article and of the catalog besides the text: the article's
//! date, its dateline, and the places and titles the catalog holds.

use std::collections::HashMap;
use std::sync::LazyLock;

use chrono::NaiveDate;

use crate::model::date::PartialDate;

/// What else the extractor needs to know about the article and the catalog.
#[derive(Debug, Clone, Copy)]
pub struct Context<'a> {
    pub article_date: Option<NaiveDate>,
    /// The article's date at the precision shown ("XXXX-04-12" under "CAIRO, April 12.").
    pub article_partial: Option<PartialDate>,
    pub dateline: Option<i64>,
    /// How specific each place is: 0 country, 1 region, 2 city, 3 site.
    pub place_rank: &'a HashMap<i64, u8>,
    /// The country each city, region or site of the catalog lies in.
    pub place_country: &'a HashMap<i64, i64>,
    /// Titles the catalog knows: (person, title key, organization).
    pub titles: &'a [(i64, String, Option<i64>)],
    /// The catalog's place of each country, by its ISO code ("QA" for a "Qatari Emir").
    pub country_place: &'a HashMap<&'static str, i64>,
}

pub(crate) static NO_PLACES: LazyLock<HashMap<i64, u8>> = LazyLock::new(HashMap::new);
pub(crate) static NO_COUNTRIES: LazyLock<HashMap<i64, i64>> = LazyLock::new(HashMap::new);
pub(crate) static NO_COUNTRY_PLACES: LazyLock<HashMap<&'static str, i64>> =
    LazyLock::new(HashMap::new);

impl Default for Context<'static> {
    /// No article date, no dateline, and a catalog that knows no places or titles.
    fn default() -> Self {
        Context {
            article_date: None,
            article_partial: None,
            dateline: None,
            place_rank: &NO_PLACES,
            place_country: &NO_COUNTRIES,
            country_place: &NO_COUNTRY_PLACES,
            titles: &[],
        }
    }
}
