//! Parsing the files on every core, each on its own, and merging what they
//! hold into one dataset.

use std::collections::HashMap;
use std::sync::atomic::Ordering;

use rayon::prelude::*;

use super::chunk::Chunk;
use super::pieces::{self, Chunking};
use super::{Cuts, LoadProgress};
use crate::convert::{FileContent, TopRecord};
use crate::diagnostic::{Freed, Loc, RawDiagnostic, Severity, SourceFile};
use crate::problem::Load;
use crate::schema::{Dataset, Located, Meta};

type Parsed = (Vec<SourceFile>, Vec<FileContent>, Vec<RawDiagnostic>);
type ParsedFile = (u32, SourceFile, FileContent, Vec<RawDiagnostic>);

/// Parses the files on every core: each file is independent until merged.
/// Each file is its own task (`with_max_len(1)`), so a core that is free
/// takes the next file and one large file does not hold up the others; the
/// results come back in file order, and so do the diagnostics. A large
/// file is itself parsed in pieces on every core (see `pieces`).
pub(super) fn parse_all(
    files: Vec<(String, Vec<u8>)>,
    progress: &LoadProgress,
    chunking: Chunking,
    cuts: Cuts,
) -> Parsed {
    progress.files_total.store(files.len(), Ordering::Relaxed);
    let mut cuts = cuts.0;
    cuts.resize_with(files.len(), || None);
    let total: usize = files.iter().map(|(_, b)| b.len()).sum();
    progress.bytes_total.store(total as u64, Ordering::Relaxed);
    let results: Vec<ParsedFile> = files
        .into_par_iter()
        .zip(cuts)
        .with_max_len(1)
        .enumerate()
        .map(|(k, ((name, bytes), cut))| {
            let size = bytes.len() as u64;
            let file = u32::try_from(k).unwrap_or(u32::MAX);
            let how = (chunking, cut);
            let (parsed, counted) = parse_guarded(file, name, bytes, how, progress);
            let rest = size.saturating_sub(counted as u64);
            progress.bytes_done.fetch_add(rest, Ordering::Relaxed);
            progress.files_done.fetch_add(1, Ordering::Relaxed);
            parsed
        })
        .collect();
    let mut sources = Vec::with_capacity(results.len());
    let mut contents = Vec::with_capacity(results.len());
    let mut raw = Vec::new();
    for (_, source, content, diags) in results {
        sources.push(source);
        contents.push(content);
        raw.extend(diags);
    }
    (sources, contents, raw)
}

/// One file, with a panic in a parser turned into an error on that file:
/// no input may take the program down or silently drop a file. Also
/// returns the bytes already counted in `progress`.
fn parse_guarded(
    file: u32,
    name: String,
    bytes: Vec<u8>,
    how: (Chunking, Option<Vec<Chunk>>),
    progress: &LoadProgress,
) -> (ParsedFile, usize) {
    let shown = name.clone();
    let counted = std::sync::atomic::AtomicUsize::new(0);
    let run = || {
        let (parsed, n) = parse_one(file, name, bytes, how, progress);
        counted.store(n, Ordering::Relaxed);
        parsed
    };
    let parsed = std::panic::catch_unwind(std::panic::AssertUnwindSafe(run)).unwrap_or_else(|_| {
        let failure = RawDiagnostic {
            at: Loc::new(file, 0),
            severity: Severity::Error,
            problem: Load::Internal.into(),
        };
        let source = SourceFile::new(shown, String::new());
        (file, source, FileContent::default(), vec![failure])
    });
    (parsed, counted.load(Ordering::Relaxed))
}

fn parse_one(
    file: u32,
    name: String,
    bytes: Vec<u8>,
    (chunking, cut): (Chunking, Option<Vec<Chunk>>),
    progress: &LoadProgress,
) -> (ParsedFile, usize) {
    let mut diagnostics = Vec::new();
    // The offsets are the text's: after a byte-order mark, if any.
    let skipped = if bytes.starts_with(b"\xEF\xBB\xBF") {
        3
    } else {
        0
    };
    let (mut text, usable) = decode(file, bytes, &mut diagnostics);
    let mut freed = Freed::default();
    let (content, counted) = match chunking.wave {
        Some(wave) if usable && text.len() > wave.saturating_mul(2) => {
            let how = (chunking, cut);
            let (content, counted, parts) = pieces::waves::content_in_waves(
                file,
                &mut text,
                how,
                wave,
                progress,
                &mut diagnostics,
            );
            freed.parts = parts;
            freed.skipped = skipped;
            (content, counted)
        }
        _ if usable => pieces::content(file, &text, (chunking, cut), progress, &mut diagnostics),
        _ => (FileContent::default(), 0),
    };
    let source = SourceFile { name, text, freed };
    let parsed = (file, source, content, diagnostics);
    (parsed, counted)
}

/// UTF-8 with or without a byte-order mark; anything else is refused with the
/// byte where it goes wrong. Returns the text (for an invalid file, the valid
/// part before the fault, so that the fault can be placed) and whether it can
/// be parsed.
fn decode(file: u32, mut bytes: Vec<u8>, diagnostics: &mut Vec<RawDiagnostic>) -> (String, bool) {
    if bytes.starts_with(b"\xEF\xBB\xBF") {
        bytes.drain(..3);
    }
    let mut fail = |offset: usize, problem: Load| {
        diagnostics.push(RawDiagnostic {
            at: Loc::new(file, offset),
            severity: Severity::Error,
            problem: problem.into(),
        });
    };
    match String::from_utf8(bytes) {
        Ok(text) if text.trim().is_empty() => {
            fail(0, Load::Empty);
            (text, false)
        }
        Ok(text) => (text, true),
        Err(e) => {
            let at = e.utf8_error().valid_up_to();
            let mut bytes = e.into_bytes();
            bytes.truncate(at);
            let prefix = String::from_utf8(bytes).unwrap_or_default();
            fail(at, Load::NotUtf8 { at });
            (prefix, false)
        }
    }
}

/// The files' contents as one dataset; `set_of` gives the dataset (of
/// several loaded as one) each file belongs to.
pub(super) fn merge(
    sources: &[SourceFile],
    set_of: &[usize],
    contents: Vec<FileContent>,
    raw: &mut Vec<RawDiagnostic>,
) -> Option<Dataset> {
    let mut meta: Option<Located<Meta>> = None;
    let mut dataset = Dataset::default();
    let mut records = Vec::new();
    let set = |at: Loc| set_of.get(at.file as usize).copied().unwrap_or(0);
    let mut with_meta = std::collections::HashSet::new();
    for m in contents.iter().filter_map(|c| c.meta.as_ref()) {
        with_meta.insert(set(m.at));
    }
    // A dataset of records only (no [meta]) is current to its latest
    // record: loaded with others, it carries their `as_of` on to that day.
    let records_to = contents
        .iter()
        .flat_map(|c| &c.records)
        .filter(|r| !with_meta.contains(&set(r.locality.at)))
        .map(|r| r.record.date)
        .max();
    let with_units = contents.iter().filter(|c| !c.localities.is_empty());
    if with_units.count() > 1 {
        let units = contents.iter().map(|c| c.localities.len()).sum();
        dataset.localities.reserve_exact(units);
    }
    for content in contents {
        if let Some(m) = content.meta {
            match &meta {
                None => meta = Some(m),
                Some(first) => {
                    let first_file = sources
                        .get(first.at.file as usize)
                        .map_or("?", |s| s.name.as_str())
                        .to_string();
                    // Of another dataset: not used. Of the same: one too many.
                    let (severity, problem) = if set(first.at) != set(m.at) {
                        (Severity::Warning, Load::MetaUnused { first_file })
                    } else {
                        (Severity::Error, Load::SecondMeta { first_file })
                    };
                    raw.push(RawDiagnostic {
                        at: m.at,
                        severity,
                        problem: problem.into(),
                    });
                }
            }
        }
        dataset.directives.extend(content.directives);
        dataset.milestones.extend(content.milestones);
        dataset.targets.extend(content.targets);
        // One file's units taken whole, not copied into a new vector
        // beside them; several files' into room made once for all.
        if dataset.localities.capacity() == 0 {
            dataset.localities = content.localities;
        } else {
            dataset.localities.extend(content.localities);
        }
        dataset.refused_ids.extend(content.refused_ids);
        records.extend(content.records);
    }
    attach(&mut dataset, records, raw);
    super::replace::resolve(&mut dataset, sources, raw);
    // A set in use: one order whatever order the files or their pieces
    // were read in.
    dataset.refused_ids.sort();
    let has_errors = raw.iter().any(|d| d.severity == Severity::Error);
    match meta {
        Some(m) => {
            dataset.meta = m.value;
            if let Some(day) = records_to {
                dataset.meta.as_of = dataset.meta.as_of.max(day);
            }
            Some(dataset)
        }
        None if has_errors => None,
        None => {
            raw.push(RawDiagnostic {
                at: Loc::default(),
                severity: Severity::Error,
                problem: Load::NoMeta.into(),
            });
            None
        }
    }
}

/// Top-level `[[record]]`s joined to the localities they name, wherever
/// those are defined; they are then checked as the locality's own records.
/// An id no locality has is an error naming the nearest ids (unless the
/// locality was refused for its id, which has been said).
fn attach(dataset: &mut Dataset, records: Vec<TopRecord>, raw: &mut Vec<RawDiagnostic>) {
    if records.is_empty() {
        return;
    }
    let mut index: HashMap<String, usize> = HashMap::new();
    for (k, l) in dataset.localities.iter().enumerate() {
        index.entry(l.id.value.clone()).or_insert(k);
    }
    // Built once, the first time a record names no locality.
    let mut near: Option<crate::similar::Near<'_>> = None;
    for TopRecord { locality, record } in records {
        let found = index.get(&locality.value).copied();
        match found.and_then(|k| dataset.localities.get_mut(k)) {
            Some(l) => l.records.push(record),
            None if dataset.refused_ids.contains(&locality.value) => {}
            None => {
                let near = near
                    .get_or_insert_with(|| {
                        crate::similar::Near::new(index.keys().map(String::as_str).collect())
                    })
                    .nearest(&locality.value, 3)
                    .iter()
                    .map(|id| id.to_string())
                    .collect();
                let problem = Load::UnknownRecordLocality {
                    id: locality.value.clone(),
                    near,
                };
                raw.push(RawDiagnostic {
                    at: locality.at,
                    severity: Severity::Error,
                    problem: problem.into(),
                });
            }
        }
    }
}
