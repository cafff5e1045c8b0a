//! Reading a dataset's files from disk: one file, or the `*.toml` files of a
//! folder in name order. The one walk every command and the dashboard use;
//! each caller words a failure as it speaks.

use std::path::{Path, PathBuf};

/// The files of a dataset: each named as messages will name it, and its bytes.
pub type Files = Vec<(String, Vec<u8>)>;

/// What reading was doing when the system refused.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Doing {
    Open,
    Read,
    List,
}

/// Why a dataset's files could not be read, and on which path.
#[derive(Debug)]
pub enum ReadError {
    Io {
        doing: Doing,
        path: PathBuf,
        error: std::io::Error,
    },
    /// A folder with no `.toml` file in it.
    NoToml(PathBuf),
}

/// The raw bytes of each file of a dataset at `path`.
pub fn read_files(path: &Path) -> Result<Files, ReadError> {
    let meta = std::fs::metadata(path).map_err(io(Doing::Open, path))?;
    if !meta.is_dir() {
        let bytes = std::fs::read(path).map_err(io(Doing::Read, path))?;
        return Ok(vec![(path.display().to_string(), bytes)]);
    }
    let mut paths = Vec::new();
    for entry in std::fs::read_dir(path).map_err(io(Doing::List, path))? {
        let p = entry.map_err(io(Doing::List, path))?.path();
        if p.extension().is_some_and(|e| e == "toml") && p.is_file() {
            paths.push(p);
        }
    }
    if paths.is_empty() {
        return Err(ReadError::NoToml(path.to_path_buf()));
    }
    paths.sort();
    paths
        .into_iter()
        .map(|p| {
            let bytes = std::fs::read(&p).map_err(io(Doing::Read, &p))?;
            Ok((p.display().to_string(), bytes))
        })
        .collect()
}

/// A refusal of the system while `doing` on `on`.
fn io(doing: Doing, on: &Path) -> impl FnOnce(std::io::Error) -> ReadError + '_ {
    move |error| ReadError::Io {
        doing,
        path: on.to_path_buf(),
        error,
    }
}

/// `read_files`, a failure said in English (for tests and examples; the
/// program says it in the user's language, see `tiendo::loading`).
pub fn read_path(path: &Path) -> anyhow::Result<Files> {
    read_files(path).map_err(|e| match e {
        ReadError::Io { doing, path, error } => {
            let doing = match doing {
                Doing::Open => "cannot open",
                Doing::Read => "cannot read",
                Doing::List => "cannot list the folder",
            };
            anyhow::Error::new(error).context(format!("{doing} {}", path.display()))
        }
        ReadError::NoToml(path) => {
            anyhow::anyhow!("the folder {} holds no .toml file", path.display())
        }
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_folder_gives_its_toml_files_in_name_order_and_says_when_it_has_none() {
        let dir = std::env::temp_dir().join(format!("tiendo-files-{}", std::process::id()));
        std::fs::create_dir_all(&dir).unwrap();
        assert!(matches!(read_files(&dir), Err(ReadError::NoToml(p)) if p == dir));
        assert_eq!(
            read_path(&dir).unwrap_err().to_string(),
            format!("the folder {} holds no .toml file", dir.display())
        );
        std::fs::write(dir.join("b.toml"), "b").unwrap();
        std::fs::write(dir.join("a.toml"), "a").unwrap();
        std::fs::write(dir.join("c.txt"), "c").unwrap();
        let files = read_files(&dir).unwrap();
        let names: Vec<String> = files.iter().map(|(n, _)| n.clone()).collect();
        assert_eq!(
            names,
            [dir.join("a.toml"), dir.join("b.toml")].map(|p| p.display().to_string())
        );
        assert_eq!(files.first().map(|(_, b)| b.as_slice()), Some(&b"a"[..]));
        std::fs::remove_dir_all(&dir).unwrap();
        let Err(ReadError::Io { doing, path, .. }) = read_files(&dir) else {
            panic!("a missing path is read");
        };
        assert_eq!((doing, path), (Doing::Open, dir.clone()));
        let e = read_path(&dir).unwrap_err();
        assert_eq!(e.to_string(), format!("cannot open {}", dir.display()));
        assert!(format!("{e:#}").starts_with(&format!("cannot open {}: ", dir.display())));
    }
}
