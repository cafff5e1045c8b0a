//! Where a dataset comes from: the paths given on the command line (or the
//! bundled data), the day it is judged on, and reading its files. Loading
//! them (`loading`) and caching them (`cache`) both start from here.

use std::path::{Path, PathBuf};

use chrono::NaiveDate;

use crate::text::{self, Lang};

/// The files of a dataset, named as messages will name them.
pub type Files = Vec<(String, Vec<u8>)>;

/// Where a dataset comes from and the day it is judged on: what a load
/// needs from the command line, kept so the dashboard can load again.
#[derive(Clone, Debug)]
pub struct Source {
    /// The datasets loaded as one, in the order given: each a TOML file, a
    /// folder of them, or the word `bundled`; none is the bundled data.
    pub paths: Vec<PathBuf>,
    /// `--today`; `None` judges on the clock's day at each load.
    pub today: Option<NaiveDate>,
    pub lang: Lang,
    /// Where `model` and `reload` keep the warm-start cache; `None` with
    /// `--no-cache`, and for `check` and `import`, which never use it.
    pub cache: Option<Policy>,
}

impl Source {
    /// The day figures are judged on.
    pub fn judging_day(&self) -> NaiveDate {
        self.today
            .unwrap_or_else(|| chrono::Local::now().date_naive())
    }

    /// The day after which a figure is an error for `check`: it cannot
    /// exist yet. That is the clock's day, or `--today` when later; a
    /// figure dated after an earlier `--today` is only left out, and
    /// `check` counts it (`left_out`).
    pub fn refuse_after(&self) -> NaiveDate {
        let clock = chrono::Local::now().date_naive();
        self.today.map_or(clock, |day| day.max(clock))
    }

    /// The files of each dataset, in the order given.
    pub fn files(&self) -> anyhow::Result<Vec<Files>> {
        if self.paths.is_empty() {
            return Ok(vec![crate::bundled::files()]);
        }
        self.paths
            .iter()
            .map(|path| {
                if crate::bundled::is_named(path) {
                    Ok(crate::bundled::files())
                } else {
                    read_path(self.lang, path)
                }
            })
            .collect()
    }

    /// The paths on disk to follow with `--watch` (not the bundled data).
    pub fn watched(&self) -> Vec<&Path> {
        self.paths
            .iter()
            .filter(|p| !crate::bundled::is_named(p))
            .map(PathBuf::as_path)
            .collect()
    }
}

/// The `.toml` files of a dataset: `path` itself, or those of the folder
/// `path`, in name order. What cannot be read is said in `lang`, in one
/// sentence: what could not be done, on which path, and why.
pub fn read_path(lang: Lang, path: &Path) -> anyhow::Result<Files> {
    crate::model::load::read_path(path).map_err(|e| text::unread(lang, &e))
}

/// Datasets smaller than this load in well under a second: their cache
/// would save little and fill the folder.
pub const MIN_BYTES: u64 = 1_000_000;

/// The variable that moves the cache folder (tests point it at a temporary one).
pub const DIR_VARIABLE: &str = "TIENDO_CACHE_DIR";

/// Where loads keep their cache, and from what size.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Policy {
    pub dir: PathBuf,
    pub min_bytes: u64,
}

impl Policy {
    /// `TIENDO_CACHE_DIR`, else the platform's cache folder for tiendo;
    /// `None` when there is none (no home folder).
    pub fn from_env() -> Option<Policy> {
        let dir = match std::env::var_os(DIR_VARIABLE).filter(|v| !v.is_empty()) {
            Some(dir) => PathBuf::from(dir),
            None => directories::ProjectDirs::from("vn", "tiendo", "tiendo")?
                .cache_dir()
                .to_path_buf(),
        };
        Some(Policy {
            dir,
            min_bytes: MIN_BYTES,
        })
    }
}
