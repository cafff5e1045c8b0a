//! Reading a dataset's files from disk: one file, or the `*.toml` files of a
//! folder in name order.

use std::path::Path;

use anyhow::Context;

/// The raw bytes of each file of a dataset, named as messages will name them.
pub fn read_path(path: &Path) -> anyhow::Result<Vec<(String, Vec<u8>)>> {
    let meta =
        std::fs::metadata(path).with_context(|| format!("cannot open {}", path.display()))?;
    if !meta.is_dir() {
        let bytes =
            std::fs::read(path).with_context(|| format!("cannot read {}", path.display()))?;
        return Ok(vec![(path.display().to_string(), bytes)]);
    }
    let mut paths = Vec::new();
    for entry in std::fs::read_dir(path)
        .with_context(|| format!("cannot list the folder {}", path.display()))?
    {
        let entry = entry.with_context(|| format!("cannot list the folder {}", path.display()))?;
        let p = entry.path();
        if p.extension().is_some_and(|e| e == "toml") && p.is_file() {
            paths.push(p);
        }
    }
    if paths.is_empty() {
        anyhow::bail!("the folder {} holds no .toml file", path.display());
    }
    paths.sort();
    paths
        .into_iter()
        .map(|p| {
            let bytes =
                std::fs::read(&p).with_context(|| format!("cannot read {}", p.display()))?;
            Ok((p.display().to_string(), bytes))
        })
        .collect()
}
