//! What name recognition yields: the catalog entity a name stands for, and where in the text
//! it was written.

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum EntityKind {
    Person,
    Organization,
    Place,
}

/// A catalog entity: its kind and row id.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct EntityRef {
    pub kind: EntityKind,
    pub id: i64,
}

/// An occurrence of a name in a text; offsets count characters.
#[derive(Debug, Clone, PartialEq)]
pub struct Mention {
    pub entity: Option<EntityRef>,
    pub surface: String,
    pub start_char: usize,
    pub end_char: usize,
}
