//! Reading a dataset from a file, a folder of files or the bundled texts:
//! decoding, parsing on every core, converting and checking.

pub(crate) mod chunk;
mod direct;
mod files;
mod head;
mod outcome;
mod parse;
mod pieces;
mod replace;

use std::path::Path;
use std::sync::atomic::{AtomicU64, AtomicUsize};

use rayon::prelude::*;

use super::diagnostic::{self, Severity};
use super::validate::{self, Judging};
pub use files::{Unread, list_path, read_path};
pub use head::{head_first, head_first_cut};
pub use outcome::{Invalid, Loaded};
use parse::{merge, parse_all};
pub(crate) use pieces::Chunking;

/// Where each file of a load was cut at its top-level headers, when the
/// head was read first (`head_first_cut`): the whole load that follows
/// (`load_sets_cut`) scans no file for its headers a second time. By file,
/// in the order of the sets' files; `None`: not known, cut as usual.
#[derive(Debug, Default)]
pub struct Cuts(Vec<Option<Vec<chunk::Chunk>>>);

/// The value of a few ASCII digits (a date's year, month or day), summed
/// rather than parsed as text: a date is read on each of 1.6 million
/// records at 100,000 units. `None` if one is not a digit.
pub(crate) fn digits_value(digits: &[u8]) -> Option<u32> {
    digits.iter().try_fold(0u32, |n, &d| {
        let digit = d.is_ascii_digit().then(|| u32::from(d - b'0'))?;
        n.checked_mul(10)?.checked_add(digit)
    })
}

/// A file, or a folder whose `*.toml` files form one dataset.
pub fn load_path(path: &Path) -> Result<Result<Loaded, Invalid>, Unread> {
    let files = read_path(path)?;
    Ok(load_files(files))
}

/// How far a load has come, for a progress line while it runs: updated by
/// the workers, read by whoever shows it.
#[derive(Debug, Default)]
pub struct LoadProgress {
    pub files_total: AtomicUsize,
    pub files_done: AtomicUsize,
    pub bytes_total: AtomicU64,
    pub bytes_done: AtomicU64,
}

/// Decodes, parses, converts and checks the files of one dataset.
pub fn load_files(files: Vec<(String, Vec<u8>)>) -> Result<Loaded, Invalid> {
    load_files_with(files, &LoadProgress::default())
}

/// `load_files`, telling `progress` how far it has come.
pub fn load_files_with(
    files: Vec<(String, Vec<u8>)>,
    progress: &LoadProgress,
) -> Result<Loaded, Invalid> {
    load_files_checked(files, progress, None)
}

/// Loads as `load_files_with`, and with `today` also refuses figures dated
/// after it (what `check` does; the dashboard simply leaves them unused).
pub fn load_files_checked(
    files: Vec<(String, Vec<u8>)>,
    progress: &LoadProgress,
    today: Option<chrono::NaiveDate>,
) -> Result<Loaded, Invalid> {
    load_sets_checked(vec![files], progress, today)
}

/// Several datasets loaded as one (`--data bundled --data thang-9.toml`):
/// their files are read as the files of one folder, so ids are unique
/// across all of them and a top-level `[[record]]` of one attaches to a
/// locality of another. `[meta]` is the first dataset's that has one: a
/// second `[meta]` within a dataset is an error, in a later dataset it is
/// not used (a warning says so).
pub fn load_sets_checked(
    sets: Vec<Vec<(String, Vec<u8>)>>,
    progress: &LoadProgress,
    today: Option<chrono::NaiveDate>,
) -> Result<Loaded, Invalid> {
    load_sets_judged(sets, progress, today.map(Judging::on))
}

/// `load_sets_checked` judging by two days: staleness on `judging.day`,
/// and only figures after `judging.refuse_after` refused (`check --today`
/// on a day before the clock's).
pub fn load_sets_judged(
    sets: Vec<Vec<(String, Vec<u8>)>>,
    progress: &LoadProgress,
    judging: Option<Judging>,
) -> Result<Loaded, Invalid> {
    load_sets_chunked(sets, progress, judging, Chunking::DEFAULT)
}

/// `load_sets_checked` without `today`, on files the head has cut already
/// (`cuts`, from `head_first_cut` on the same files): the same outcome,
/// without scanning each file for its headers again.
pub fn load_sets_cut(
    sets: Vec<Vec<(String, Vec<u8>)>>,
    progress: &LoadProgress,
    cuts: Cuts,
) -> Result<Loaded, Invalid> {
    load_sets_known(sets, progress, None, Chunking::DEFAULT, cuts)
}

/// `load_files` with every file cut at each of its top-level headers and
/// its pieces read `direct`ly where they can be, or all by the TOML
/// parser: the two must give the same outcome, to the last place and word
/// (tests and the fuzz target compare them).
#[doc(hidden)]
pub fn load_files_cut(files: Vec<(String, Vec<u8>)>, direct: bool) -> Result<Loaded, Invalid> {
    let chunking = Chunking {
        threshold: 0,
        piece: 1,
        direct,
        wave: None,
    };
    load_sets_chunked(vec![files], &LoadProgress::default(), None, chunking)
}

/// `load_sets_checked`, with large files cut into pieces as `chunking`
/// says (tests cut small ones too).
pub(crate) fn load_sets_chunked(
    sets: Vec<Vec<(String, Vec<u8>)>>,
    progress: &LoadProgress,
    today: Option<Judging>,
    chunking: Chunking,
) -> Result<Loaded, Invalid> {
    load_sets_known(sets, progress, today, chunking, Cuts::default())
}

/// `load_sets_judged`, or with `cuts` `load_sets_cut`, on files read from
/// disk (`read_path`): a large one's text is freed as its pieces are read,
/// and the file read again only if a problem in it must be placed.
pub fn load_sets_read(
    sets: Vec<Vec<(String, Vec<u8>)>>,
    progress: &LoadProgress,
    judging: Option<Judging>,
    cuts: Cuts,
) -> Result<Loaded, Invalid> {
    load_sets_known(sets, progress, judging, Chunking::FROM_DISK, cuts)
}

/// `load_sets_read` with waves of `wave` bytes and every file cut at each
/// of its headers: tests compare it with a load that keeps the text.
#[doc(hidden)]
pub fn load_files_read_in_waves(
    files: Vec<(String, Vec<u8>)>,
    wave: usize,
) -> Result<Loaded, Invalid> {
    let chunking = Chunking {
        threshold: 0,
        piece: 1,
        direct: true,
        wave: Some(wave),
    };
    let progress = LoadProgress::default();
    load_sets_known(vec![files], &progress, None, chunking, Cuts::default())
}

/// `load_sets_chunked`, with the files' cuts where they are known.
pub(crate) fn load_sets_known(
    sets: Vec<Vec<(String, Vec<u8>)>>,
    progress: &LoadProgress,
    today: Option<Judging>,
    chunking: Chunking,
    cuts: Cuts,
) -> Result<Loaded, Invalid> {
    let set_of: Vec<usize> = sets
        .iter()
        .enumerate()
        .flat_map(|(k, files)| std::iter::repeat_n(k, files.len()))
        .collect();
    let files: Vec<(String, Vec<u8>)> = sets.into_iter().flatten().collect();
    let (sources, contents, mut raw) = parse_all(files, progress, chunking, cuts);
    let dataset = merge(&sources, &set_of, contents, &mut raw);
    if let Some(dataset) = &dataset {
        validate::check(dataset, &sources, today, &mut raw);
    }
    let has_errors = raw.iter().any(|d| d.severity == Severity::Error);
    let mut dataset = dataset.filter(|_| !has_errors);
    // The problems are placed on one core (a warning deep in a 166 MB file
    // counts the lines before it) while the records are put in order on
    // the others.
    let (diagnostics, ()) = rayon::join(
        || diagnostic::place(&sources, raw),
        || {
            if let Some(dataset) = &mut dataset {
                dataset.localities.par_iter_mut().for_each(|l| {
                    l.records.sort_by_key(|r| r.date);
                    l.population.sort_by_key(|p| p.date);
                    // However they were read (by the TOML parser, records
                    // written apart), no room is kept for records to come.
                    l.records.shrink_to_fit();
                    l.population.shrink_to_fit();
                });
            }
        },
    );
    // A freed piece read again to place a problem was no longer the one
    // read: nothing read from the file can be trusted.
    if let Some(f) = sources
        .iter()
        .find(|f| f.freed.changed.load(std::sync::atomic::Ordering::Relaxed))
    {
        return Err(Invalid {
            diagnostics: vec![diagnostic::Diagnostic {
                severity: Severity::Error,
                file: f.name.clone(),
                line: 1,
                column: 1,
                problem: crate::problem::Load::ChangedWhileRead.into(),
            }],
        });
    }
    match dataset {
        Some(dataset) => Ok(Loaded {
            dataset,
            warnings: diagnostics,
        }),
        None => Err(Invalid { diagnostics }),
    }
}
