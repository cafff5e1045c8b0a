//! Arbitrary bytes as an xlsx report, and as an ods one (both zipped XML):
//! reading must never panic, run long nor pass its bounds, and whatever
//! reads goes through the whole import, matched to the bundled data.
#![no_main]

use std::io::Cursor;

use libfuzzer_sys::fuzz_target;
use tiendo::import::read::{self, Format};

#[path = "import_common.rs"]
mod import_common;

fuzz_target!(|data: &[u8]| {
    for format in [Format::Xlsx, Format::Ods] {
        let read = read::read_from(tiendo::text::Lang::En, format, Cursor::new(data), None);
        if let Ok(sheet) = read {
            import_common::import(&sheet);
        }
    }
});
