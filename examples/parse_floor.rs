//! The parse floor for peak-memory measurements: `toml` alone parsing a
//! dataset file into plain serde structs, as the benchmarks' (a).
//!
//! /usr/bin/time -v cargo run --release --example parse_floor -- big.toml

#[path = "../benches/support/raw.rs"]
mod raw;

fn main() -> anyhow::Result<()> {
    let path = std::env::args()
        .nth(1)
        .ok_or_else(|| anyhow::anyhow!("usage: parse_floor FILE"))?;
    let text = std::fs::read_to_string(&path)?;
    let parsed: raw::Raw = toml::from_str(&text)?;
    println!("{} localities", parsed.locality.len());
    Ok(())
}
