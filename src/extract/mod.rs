//! Extraction: pure functions over text (no database): article layout and name recognition.

pub mod layout;
pub mod names;
