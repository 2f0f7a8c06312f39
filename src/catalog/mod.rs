//! The catalog file: opening it (pragmas, migrations, read-only for reports and queries) and
//! the snapshot of what it holds that matching reads; no -wal or -shm left behind by a read.

mod open;
pub mod snapshot;
mod tidy;

pub use open::*;
pub use tidy::{has_wal_files, tidy_after_reading};
