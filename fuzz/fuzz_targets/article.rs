//! The article layout parser and the extractor, on any text: no panic, and every
//! offset they return lies on a character boundary inside the body.
#![no_main]

use libfuzzer_sys::fuzz_target;

#[path = "../check_article.rs"]
mod check_article;

fuzz_target!(|data: &[u8]| {
    let Ok(raw) = std::str::from_utf8(data) else {
        return;
    };
    if let Err(e) = check_article::check_article(raw) {
        panic!("{e}");
    }
});
