//! Reading a dataset's files from disk: one file, or the `*.toml` files of a
//! folder in name order.

use std::path::{Path, PathBuf};

use rayon::prelude::*;

/// Why a dataset's files could not be read: what was being done, on which
/// path, and the system's reason. tiendo-present words it (`text::unread`).
#[derive(Debug)]
pub enum Unread {
    Open(PathBuf, std::io::Error),
    Read(PathBuf, std::io::Error),
    List(PathBuf, std::io::Error),
    /// A folder without a `.toml` file in it.
    NoToml(PathBuf),
    /// A spreadsheet (`.xlsx`, `.xls`, `.ods`, `.csv`…) given as a
    /// dataset: `tiendo import` reads it, the loader does not.
    Spreadsheet(PathBuf),
}

/// The extensions `tiendo import` reads (tiendo-import's `Format::of`,
/// but `.txt`, which may be anything), in any case.
const SPREADSHEETS: &[&str] = &["csv", "xlsx", "xlsm", "xlsb", "xls", "ods"];

/// Whether `path` names a spreadsheet by its extension.
pub fn is_spreadsheet(path: &Path) -> bool {
    path.extension()
        .and_then(|e| e.to_str())
        .is_some_and(|e| SPREADSHEETS.contains(&e.to_ascii_lowercase().as_str()))
}

/// The raw bytes of each file of a dataset, named as problems will name them.
pub fn read_path(path: &Path) -> Result<Vec<(String, Vec<u8>)>, Unread> {
    // The files of a folder on every core, kept in name order.
    list_path(path)?
        .into_par_iter()
        .map(|p| {
            let bytes = read_file(&p, BLOCK).map_err(|e| Unread::Read(p.clone(), e))?;
            Ok((p.display().to_string(), bytes))
        })
        .collect()
}

/// How much of a large file one core reads: a tenth of a second of a cold
/// start at 100,000 localities (166 MB) is the kernel filling fresh pages,
/// which cores do side by side.
const BLOCK: usize = 8 << 20;

/// The file's bytes: a file larger than a `block` read in blocks on every
/// core, each from its own handle at its own offset; read whole when it is
/// not as long as it said or longer (written meanwhile), as `fs::read`
/// would read it.
fn read_file(path: &Path, block: usize) -> std::io::Result<Vec<u8>> {
    use std::io::{Read, Seek, SeekFrom};
    let len = std::fs::metadata(path)?.len();
    let Ok(len) = usize::try_from(len) else {
        return std::fs::read(path);
    };
    if len <= block {
        return std::fs::read(path);
    }
    let mut bytes = vec![0u8; len];
    let read = bytes
        .par_chunks_mut(block.max(1))
        .enumerate()
        .try_for_each(|(k, part)| {
            let mut file = std::fs::File::open(path)?;
            file.seek(SeekFrom::Start((k * block) as u64))?;
            file.read_exact(part)
        });
    let same_length = || -> std::io::Result<bool> {
        let mut file = std::fs::File::open(path)?;
        file.seek(SeekFrom::Start(len as u64))?;
        Ok(file.read(&mut [0u8; 1])? == 0)
    };
    match read {
        Ok(()) if same_length()? => Ok(bytes),
        _ => std::fs::read(path),
    }
}

/// The files `read_path` reads, in its order, without reading them: `path`
/// itself, or the `.toml` files of the folder `path` by name.
pub fn list_path(path: &Path) -> Result<Vec<PathBuf>, Unread> {
    let at = |p: &Path| p.to_path_buf();
    let meta = std::fs::metadata(path).map_err(|e| Unread::Open(at(path), e))?;
    if !meta.is_dir() {
        if is_spreadsheet(path) {
            return Err(Unread::Spreadsheet(at(path)));
        }
        return Ok(vec![at(path)]);
    }
    let mut paths = Vec::new();
    for entry in std::fs::read_dir(path).map_err(|e| Unread::List(at(path), e))? {
        let p = entry.map_err(|e| Unread::List(at(path), e))?.path();
        if p.extension().is_some_and(|e| e == "toml") && p.is_file() {
            paths.push(p);
        }
    }
    if paths.is_empty() {
        return Err(Unread::NoToml(at(path)));
    }
    paths.sort();
    Ok(paths)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_large_file_read_in_blocks_is_its_bytes() {
        let dir = std::env::temp_dir().join(format!("tiendo-blocks-{}", std::process::id()));
        std::fs::create_dir_all(&dir).unwrap();
        let path = dir.join("big.toml");
        let bytes: Vec<u8> = (0..100_003u32)
            .map(|k| (k.wrapping_mul(2_654_435_761) >> 24) as u8)
            .collect();
        std::fs::write(&path, &bytes).unwrap();
        for block in [1, 7, 4096, 50_000, 100_002, 100_003, 200_000] {
            assert!(
                read_file(&path, block).unwrap() == bytes,
                "blocks of {block}"
            );
        }
        std::fs::write(&path, b"").unwrap();
        assert!(read_file(&path, 1).unwrap().is_empty());
        std::fs::remove_dir_all(&dir).unwrap();
        assert!(read_file(&path, 1).is_err());
    }

    #[test]
    fn a_folder_gives_its_toml_files_in_name_order_and_says_when_it_has_none() {
        let dir = std::env::temp_dir().join(format!("tiendo-files-{}", std::process::id()));
        std::fs::create_dir_all(&dir).unwrap();
        assert!(matches!(read_path(&dir), Err(Unread::NoToml(p)) if p == dir));
        std::fs::write(dir.join("b.toml"), "b").unwrap();
        std::fs::write(dir.join("a.toml"), "a").unwrap();
        std::fs::write(dir.join("c.txt"), "c").unwrap();
        let files = read_path(&dir).unwrap();
        let names: Vec<String> = files.iter().map(|(n, _)| n.clone()).collect();
        assert_eq!(
            names,
            [dir.join("a.toml"), dir.join("b.toml")].map(|p| p.display().to_string())
        );
        assert_eq!(files.first().map(|(_, b)| b.as_slice()), Some(&b"a"[..]));
        std::fs::remove_dir_all(&dir).unwrap();
        assert!(matches!(read_path(&dir), Err(Unread::Open(p, _)) if p == dir));
    }

    #[test]
    fn a_spreadsheet_is_named_as_one_before_it_is_read() {
        let dir = std::env::temp_dir().join(format!("tiendo-sheets-{}", std::process::id()));
        std::fs::create_dir_all(&dir).unwrap();
        for name in ["r.xlsx", "R.CSV", "r.ods", "r.xls", "r.xlsm", "r.xlsb"] {
            let path = dir.join(name);
            std::fs::write(&path, "a,b\n").unwrap();
            assert!(
                matches!(read_path(&path), Err(Unread::Spreadsheet(p)) if p == path),
                "{name}"
            );
        }
        // A folder of spreadsheets holds no dataset; a `.txt` may be TOML.
        assert!(matches!(read_path(&dir), Err(Unread::NoToml(_))));
        let txt = dir.join("r.txt");
        std::fs::write(&txt, "schema = 1\n").unwrap();
        assert!(read_path(&txt).is_ok());
        std::fs::remove_dir_all(&dir).unwrap();
    }
}
