//! Extraction: pure functions of an article's text (no database), in stages:
//! normalise (line ends, invisible characters) -> layout (title, dateline, outlet, body) ->
//! sentences -> names (the gazetteer's mentions; world places) -> tokens -> cues (people by a
//! title, organizations by an acronym) -> coref (a person named by a title only: "the Cuban
//! president") -> triggers (held events, not planned or denied) -> events (one sentence's
//! frame: participants, roles, date, place) -> encounters (the whole article: references
//! back resolved by discourse: "he", "the two sides", "the delegation"; lists of guests) -> merge (the same encounter reported twice is one;
//! summaries). Word lists are data in lexicon/.

mod clauses;
mod context;
mod coref;
mod cues;
mod date_lines;
mod datelines;
pub mod dates;
mod discourse;
mod encounter_dates;
mod encounters;
mod events;
mod fold;
mod groups;
mod hits;
mod hosts;
mod introductions;
mod joint;
pub mod layout;
mod lexicon;
mod mentions;
mod merge;
mod merge_days;
mod name_edges;
mod name_shapes;
pub mod names;
pub mod normalise;
mod organizations;
mod person_cue;
mod presupposed;
mod sentence_place;
pub mod sentences;
mod sidelines;
mod speech;
pub mod spellings;
#[cfg(test)]
mod tests;
mod titles;
mod to_come;
mod tokens;
mod told_after;
mod told_before;
mod trigger_phrases;
mod triggers;
mod visits;
pub mod world;

pub use context::Context;
pub use cues::{person_cues, PersonCue};
pub use encounters::encounters;
pub use events::{dates_compatible, DateKey, Encounter};
pub use introductions::countries_of_titles;
pub use lexicon::title_key;
pub(crate) use merge::places_apart;
pub use merge::summary;
pub use organizations::{organization_cues, OrganizationCue};
