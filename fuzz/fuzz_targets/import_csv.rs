//! Arbitrary bytes as a csv report: reading must never panic nor pass its
//! bounds, and whatever reads goes through the whole import, matched to
//! the bundled data, with and without `--date`.
#![no_main]

use libfuzzer_sys::fuzz_target;

#[path = "import_common.rs"]
mod import_common;

fuzz_target!(|data: &[u8]| {
    if let Ok(sheet) = tiendo::import::read::read_csv(tiendo::text::Lang::En, data) {
        import_common::import(&sheet);
    }
});
