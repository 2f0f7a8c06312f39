//! The curated CSV loader and validator on any bytes, under each curated file name:
//! a list of problems or a plan, never a panic.
#![no_main]

use diplocat::source::curated::SPECS;
use diplocat::source::{Content, SeedFolder, SourceFile};
use libfuzzer_sys::fuzz_target;
use rusqlite::Connection;

thread_local! {
    // A fresh, migrated catalog; `plan` only reads it, so one serves every run.
    static CATALOG: Option<Connection> = diplocat::catalog::open_in_memory().ok();
}

fuzz_target!(|data: &[u8]| {
    let Some((first, bytes)) = data.split_first() else {
        return;
    };
    let spec = &SPECS[usize::from(*first) % SPECS.len()];
    let folder = SeedFolder {
        csv: vec![SourceFile {
            path: format!("fuzz/{}", spec.file),
            name: spec.file.to_string(),
            content: Content::Bytes(bytes.to_vec()),
        }],
        articles: Vec::new(),
        skipped: Vec::new(),
    };
    CATALOG.with(|conn| {
        if let Some(conn) = conn {
            let _ = diplocat::import::plan(conn, &[folder], Default::default());
        }
    });
});
