//! Writes a synthetic schema-1 dataset: one file to stdout, or with
//! `--split DIR` one file per province.
//!
//! cargo run --release --example synth -- --localities 100000 --years 17 --seed 1 > big.toml

use std::io::Write;
use std::path::PathBuf;

use clap::Parser;
use tiendo::synth::{self, Spec};

#[derive(Parser)]
struct Args {
    #[arg(long, default_value_t = 10_000)]
    localities: usize,
    #[arg(long, default_value_t = 17)]
    years: usize,
    #[arg(long, default_value_t = 1)]
    seed: u64,
    /// Write one file per province into this folder instead of stdout
    #[arg(long, value_name = "DIR")]
    split: Option<PathBuf>,
}

fn main() -> anyhow::Result<()> {
    let a = Args::parse();
    let spec = Spec {
        localities: a.localities.max(synth::PROVINCES + 1),
        years: a.years.max(1),
        seed: a.seed,
    };
    match a.split {
        Some(dir) => {
            std::fs::create_dir_all(&dir)?;
            for (name, text) in synth::per_province(&spec) {
                std::fs::write(dir.join(name), text)?;
            }
        }
        None => std::io::stdout()
            .lock()
            .write_all(synth::single_file(&spec).as_bytes())?,
    }
    Ok(())
}
