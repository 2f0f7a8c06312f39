//! Partial dates: any string either fails to parse or prints back unchanged.
#![no_main]

use diplocat::model::date::PartialDate;
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let Ok(s) = std::str::from_utf8(data) else {
        return;
    };
    if let Ok(d) = PartialDate::parse(s) {
        assert_eq!(d.to_string(), s, "{s:?} did not print back unchanged");
        let _ = (d.earliest(), d.latest());
    }
    let _ = diplocat::model::date::parse_bound(s);
});
