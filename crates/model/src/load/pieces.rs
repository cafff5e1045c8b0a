//! One file's text parsed and converted: whole, or, when it is large, in
//! pieces cut at its top-level headers (see `chunk`) on every core, each
//! piece's tree dropped as soon as it is converted so that memory stays a
//! few pieces' worth rather than thirty times the file.

use std::ops::Range;
use std::sync::atomic::Ordering;

use rayon::prelude::*;
use toml::de::DeTable;

use super::LoadProgress;
use super::chunk;
use crate::convert::{self, FileContent};
use crate::diagnostic::{Part, RawDiagnostic};
use crate::fields::Reader;

mod told;
pub(super) mod waves;

use told::{SyntaxError, tell};

/// When a file is cut into pieces, and how large they are.
#[derive(Clone, Copy, Debug)]
pub(crate) struct Chunking {
    /// Files up to this size are parsed whole: cheap, and every message on
    /// them stays exactly as it always was.
    pub threshold: usize,
    /// The least size of a piece: a parallel task must be worth its cost.
    pub piece: usize,
    /// Pieces of the usual shape are read directly (`direct`), the others
    /// by the TOML parser; `false`: all by the parser, as tests compare.
    pub direct: bool,
    /// For files read from disk: a file of more than twice this is read in
    /// waves of about this size, from its end, each wave's text freed once
    /// its pieces are read (`waves`). `None`: kept whole.
    pub wave: Option<usize>,
}

impl Chunking {
    /// Measured on a 166 MB file (100 000 localities, `tiendo check`, two
    /// cores): pieces of 1, 2 and 4 MB take the same time within the
    /// noise; 8 MB takes about 1.1 times as long and a quarter more memory
    /// (a piece's tree is about thirty times its text, one per core).
    pub(crate) const DEFAULT: Self = Self {
        threshold: 1 << 20,
        piece: 2 << 20,
        direct: true,
        wave: None,
    };

    /// `DEFAULT`, for files read from disk, which can be read again: at
    /// 100,000 localities the text (166 MB) and the records read from it
    /// (150 MB) were both held at the end of the parse. Waves of 64 MB:
    /// the peak is then the judging's, after the parse (248 MB for an
    /// export, waves of 32 MB the same), and the cores wait for each other
    /// twice in a file that size rather than five times.
    pub(crate) const FROM_DISK: Self = Self {
        wave: Some(64 << 20),
        ..Self::DEFAULT
    };
}

/// Parses and converts one piece of file `file` (the whole file, or a range
/// of it starting at byte `base` at a top-level header, as `chunk::split`
/// and `chunk::group` cut it). Places in the diagnostics are the file's.
/// `first`: the piece starts the file, so it must hold `schema = 1`.
/// Syntax errors are told as on a whole file (at most 20 of them) and
/// leave the content empty. Not used by the loader itself, which tells a
/// file's syntax errors together: it is for the head of a dataset read
/// first (`head`).
pub(crate) fn parse_piece(
    file: u32,
    base: usize,
    text: &str,
    first: bool,
) -> (FileContent, Vec<RawDiagnostic>) {
    parse_piece_by(file, base, text, first, true)
}

/// `parse_piece`, read `direct`ly where it can be or by the TOML parser
/// alone (tests compare the two).
pub(super) fn parse_piece_by(
    file: u32,
    base: usize,
    text: &str,
    first: bool,
    direct: bool,
) -> (FileContent, Vec<RawDiagnostic>) {
    let mut diagnostics = Vec::new();
    let mut r = reader(file, base, text, &mut diagnostics);
    let content = match parse_text(&mut r, text, first, direct) {
        Ok(content) => content,
        Err(errors) => {
            tell(&mut r, errors);
            FileContent::default()
        }
    };
    (content, diagnostics)
}

fn reader<'d>(
    file: u32,
    base: usize,
    text: &'d str,
    diagnostics: &'d mut Vec<RawDiagnostic>,
) -> Reader<'d> {
    Reader {
        file,
        base,
        source: text,
        diagnostics,
        refused_ids: Vec::new(),
        texts: Default::default(),
    }
}

/// A piece read: its content and problems, or its syntax errors.
type Read = Result<(FileContent, Vec<RawDiagnostic>), Vec<SyntaxError>>;

/// The content of a whole file's text, adding each piece's bytes to
/// `progress` as it is done; returns how many bytes were counted there.
/// `cut`: the file's chunks when the head has cut it already.
pub(super) fn content(
    file: u32,
    text: &str,
    (chunking, cut): (Chunking, Option<Vec<chunk::Chunk>>),
    progress: &LoadProgress,
    diagnostics: &mut Vec<RawDiagnostic>,
) -> (FileContent, usize) {
    let ranges = ranges(text, cut, chunking);
    if ranges.len() < 2 {
        let mut r = reader(file, 0, text, diagnostics);
        let content = parse_text(&mut r, text, true, chunking.direct).unwrap_or_else(|errors| {
            tell(&mut r, errors);
            FileContent::default()
        });
        return (content, 0);
    }
    let all = 0..ranges.len();
    let pieces = read_pieces(file, text, &ranges, all, chunking, progress, false);
    let pieces = pieces.into_iter().map(|(read, _)| read).collect();
    (join(file, text, pieces, diagnostics), text.len())
}

/// The ranges of the pieces `text` is read in: its chunks (the head's
/// cuts when it made them, else `split` with the load's threshold, as the
/// head cut the same text with none) grouped into pieces.
fn ranges(text: &str, cut: Option<Vec<chunk::Chunk>>, chunking: Chunking) -> Vec<Range<usize>> {
    let chunks = match cut {
        Some(_) if text.len() <= chunking.threshold => None,
        Some(chunks) => Some(chunks),
        None => chunk::split(text, chunking.threshold),
    };
    match chunks {
        Some(chunks) => chunk::group(&chunks, chunking.piece),
        None => Vec::new(),
    }
}

/// The pieces `which` of `ranges`, each on its own core, and each also
/// `measure`d when asked, on its core right after it is read, while its
/// text is still in the cache.
fn read_pieces(
    file: u32,
    text: &str,
    ranges: &[Range<usize>],
    which: Range<usize>,
    chunking: Chunking,
    progress: &LoadProgress,
    measure: bool,
) -> Vec<(Read, Option<Part>)> {
    let pieces = ranges.get(which.clone()).unwrap_or_default();
    pieces
        .par_iter()
        .with_max_len(1)
        .enumerate()
        .map(|(k, range)| {
            let part = text.get(range.clone()).unwrap_or("");
            let mut found = Vec::new();
            let mut r = reader(file, range.start, part, &mut found);
            let read = parse_text(&mut r, part, which.start + k == 0, chunking.direct);
            progress
                .bytes_done
                .fetch_add(part.len() as u64, Ordering::Relaxed);
            let shift = |(at, message): SyntaxError| {
                (at.start + range.start..at.end + range.start, message)
            };
            let read = read
                .map(|content| (content, found))
                .map_err(|errors| errors.into_iter().map(shift).collect());
            let part = measure
                .then(|| Part::of(range.clone(), part.as_bytes()))
                .flatten();
            (read, part)
        })
        .collect()
}

/// The pieces read, in order, as one file's content; or, when any has
/// syntax errors, only those, told against the whole text.
fn join(
    file: u32,
    text: &str,
    pieces: Vec<Read>,
    diagnostics: &mut Vec<RawDiagnostic>,
) -> FileContent {
    let errors: Vec<SyntaxError> = pieces
        .iter()
        .filter_map(|p| p.as_ref().err())
        .flatten()
        .cloned()
        .collect();
    if !errors.is_empty() {
        // As for a whole file: only the syntax errors, told against the
        // whole text, and at most so many of them in the file.
        tell(&mut reader(file, 0, text, diagnostics), errors);
        return FileContent::default();
    }
    let mut whole = FileContent::default();
    // Room for every unit at once: grown piece by piece, 100,000 units'
    // vector would double to room for 131,072 and be copied on the way.
    let units = pieces
        .iter()
        .flatten()
        .map(|(c, _)| c.localities.len())
        .sum();
    whole.localities.reserve_exact(units);
    for (c, found) in pieces.into_iter().flatten() {
        diagnostics.extend(found);
        whole.meta = whole.meta.or(c.meta);
        whole.directives.extend(c.directives);
        whole.milestones.extend(c.milestones);
        whole.targets.extend(c.targets);
        whole.localities.extend(c.localities);
        whole.records.extend(c.records);
        whole.refused_ids.extend(c.refused_ids);
    }
    whole
}

/// The content, or the syntax errors (not yet told: a file's are told
/// together): read `direct`ly when the piece is of the usual shape, else
/// by the TOML parser. The tree is dropped on return, before the next
/// piece's.
fn parse_text(
    r: &mut Reader<'_>,
    text: &str,
    first: bool,
    direct: bool,
) -> Result<FileContent, Vec<SyntaxError>> {
    if direct && let Some(content) = super::direct::read(r.file, r.base, text, first) {
        return Ok(content);
    }
    let (doc, errors) = DeTable::parse_recoverable(text);
    if errors.is_empty() {
        return Ok(convert::file(r, &doc, first));
    }
    Err(errors
        .iter()
        .map(|e| (e.span().unwrap_or(0..0), e.message().to_string()))
        .collect())
}

#[cfg(test)]
#[path = "pieces_tests.rs"]
pub(crate) mod tests;
