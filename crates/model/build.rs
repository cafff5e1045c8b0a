//! Builds the list of bundled data files, so that `tiendo` works from any
//! folder with the dataset it was built with.

use std::fmt::Write;
use std::path::Path;

/// A failure stops the build with its message (returned, not panicked: the
/// crate denies `clippy::panic`).
fn main() -> Result<(), String> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../data");
    println!("cargo::rerun-if-changed={}", dir.display());
    // A folder that cannot be listed fails the build rather than bundling
    // no data, which would only show as an invalid dataset when run.
    let listing_failed = |e: std::io::Error| format!("cannot list {}: {e}", dir.display());
    let mut names = Vec::new();
    for entry in std::fs::read_dir(&dir).map_err(listing_failed)? {
        let name = entry.map_err(listing_failed)?.file_name();
        let name = name.to_string_lossy();
        if name.ends_with(".toml") {
            names.push(name.into_owned());
        }
    }
    names.sort();
    let mut code = String::from(
        "/// The files of `data/`, by name.\npub const FILES: &[(&str, &[u8])] = &[\n",
    );
    for name in &names {
        let path = dir.join(name);
        println!("cargo::rerun-if-changed={}", path.display());
        let _ = writeln!(
            code,
            "    ({:?}, include_bytes!({:?})),",
            format!("data/{name}"),
            path.display().to_string()
        );
    }
    code.push_str("];\n");
    let out_dir = std::env::var("OUT_DIR").map_err(|e| format!("OUT_DIR: {e}"))?;
    let out = Path::new(&out_dir).join("bundled.rs");
    std::fs::write(&out, code).map_err(|e| format!("cannot write {}: {e}", out.display()))
}
