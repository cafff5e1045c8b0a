//! The dataset built into the binary from `data/`.

include!(concat!(env!("OUT_DIR"), "/bundled.rs"));

/// The bundled files in the form the loader reads.
pub fn files() -> Vec<(String, Vec<u8>)> {
    FILES
        .iter()
        .map(|(name, bytes)| (name.to_string(), bytes.to_vec()))
        .collect()
}
