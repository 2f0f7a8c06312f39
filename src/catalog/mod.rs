//! The catalog file: opening it (pragmas, migrations, read-only for reports and queries) and
//! the snapshot of what it holds that matching reads.

mod open;
pub mod snapshot;

pub use open::*;
