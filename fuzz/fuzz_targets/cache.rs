//! Arbitrary bytes as a warm-start cache file and as one of its sections:
//! reading must never panic nor allocate past what the bytes can hold, and
//! whatever is not a cache written for the key is refused.
#![no_main]

use libfuzzer_sys::fuzz_target;
use tiendo::cache::{self, Cache};

fuzz_target!(|data: &[u8]| {
    let _ = cache::decode(data);
    if let Some(c) = Cache::from_bytes(data.to_vec(), b"fuzz") {
        let _ = c.head();
        let _ = c.full();
    }
});
