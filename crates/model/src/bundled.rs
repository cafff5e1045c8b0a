//! The dataset built into the binary from `data/`.

include!(concat!(env!("OUT_DIR"), "/bundled.rs"));

/// The bundled files in the form the loader reads.
pub fn files() -> Vec<(String, Vec<u8>)> {
    FILES
        .iter()
        .map(|(name, bytes)| (name.to_string(), bytes.to_vec()))
        .collect()
}

/// The word that names the bundled dataset on the command line:
/// `tiendo --data bundled --data thang-9.toml`, `tiendo check bundled x.toml`.
pub const WORD: &str = "bundled";

/// Whether a `--data` or `check` path is the word `bundled` (a folder of
/// that name is written `./bundled`).
pub fn is_named(path: &std::path::Path) -> bool {
    path.as_os_str() == WORD
}
