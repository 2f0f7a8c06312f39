//! What an import changed: rows new, updated, unchanged and removed per table, what extraction
//! found, and what the user should be told.

use std::collections::BTreeMap;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Change {
    New,
    Updated,
    Unchanged,
}

/// How many rows of one table were new, updated, unchanged or removed.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Counts {
    pub new: u64,
    pub updated: u64,
    pub unchanged: u64,
    pub removed: u64,
}

#[derive(Debug, Clone, Default)]
pub struct Summary {
    pub tables: BTreeMap<&'static str, Counts>,
    /// What extraction found in the imported articles, one line each.
    pub findings: Vec<String>,
    /// What the user should know about the import (printed to standard error).
    pub notices: Vec<String>,
    /// A dry run: the notices say what the import would do, not what it did.
    pub dry_run: bool,
    /// Decisions whose line in their file moved (rows above them added or deleted): the line
    /// is kept for `report decisions` and written, but the decision is counted unchanged.
    pub moved: u64,
}

impl Summary {
    pub(crate) fn count(&mut self, table: &'static str, change: Change) {
        let c = self.tables.entry(table).or_default();
        match change {
            Change::New => c.new += 1,
            Change::Updated => c.updated += 1,
            Change::Unchanged => c.unchanged += 1,
        }
    }

    /// What happened to a row, as the import did it ("removed") or, in a dry run, as it would
    /// ("would be removed").
    pub fn outcome(&self, done: &str) -> String {
        if self.dry_run {
            format!("would be {done}")
        } else {
            done.to_string()
        }
    }

    /// True when the import added or changed nothing.
    pub fn is_unchanged(&self) -> bool {
        self.tables
            .values()
            .all(|c| c.new == 0 && c.updated == 0 && c.removed == 0)
    }
}
