//! Extraction: pure functions over text (no database): article layout, sentences, dates, names
//! and the facts an article reports.

pub mod dates;
pub mod facts;
pub mod layout;
pub mod names;
pub mod normalise;
pub mod sentences;
pub mod world;
