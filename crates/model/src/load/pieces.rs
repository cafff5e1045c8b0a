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

/// Syntax errors told per file; past this the file is likely not TOML at all.
const MAX_SYNTAX_ERRORS: usize = 20;

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
    /// its pieces are read (`content_in_waves`). `None`: kept whole.
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

/// A syntax error as the parser says it: where in the text parsed, and
/// its message (in English, explained when told).
type SyntaxError = (Range<usize>, String);

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

/// `content` for a large file read from disk: its pieces read in waves
/// from the last, each wave on every core, and each wave's text freed once
/// its pieces are read without a problem (the text is truncated to the
/// wave's start). From the first wave with a problem on, nothing more is
/// freed, so every place told while reading is in the text kept. Returns
/// the content, the bytes counted, and the pieces freed, in file order,
/// each with its hash and the lines before it, so that a problem found
/// later in one can be placed by reading it again (`SourceFile::
/// line_and_column`).
pub(super) fn content_in_waves(
    file: u32,
    text: &mut String,
    (chunking, cut): (Chunking, Option<Vec<chunk::Chunk>>),
    wave: usize,
    progress: &LoadProgress,
    diagnostics: &mut Vec<RawDiagnostic>,
) -> (FileContent, usize, Vec<Part>) {
    let len = text.len();
    let ranges = ranges(text, cut, chunking);
    if ranges.len() < 2 {
        let (content, counted) = content(file, text, (chunking, None), progress, diagnostics);
        return (content, counted, Vec::new());
    }
    let mut reads: Vec<Option<Read>> = (0..ranges.len()).map(|_| None).collect();
    // Each piece measured, to place what is in it once freed.
    let mut measured: Vec<Option<Part>> = (0..ranges.len()).map(|_| None).collect();
    let mut kept_pieces = ranges.len();
    let mut freeing = true;
    for w in waves(&ranges, wave).into_iter().rev() {
        let start = ranges.get(w.start).map_or(0, |r| r.start);
        let measure = freeing && start > 0;
        let read = read_pieces(file, text, &ranges, w.clone(), chunking, progress, measure);
        let (read, measures): (Vec<Read>, Vec<Option<Part>>) = read.into_iter().unzip();
        let clean = read
            .iter()
            .all(|r| matches!(r, Ok((_, found)) if found.is_empty()))
            && measures.iter().all(Option::is_some);
        for ((k, r), m) in w.clone().zip(read).zip(measures) {
            if let Some(slot) = reads.get_mut(k) {
                *slot = Some(r);
            }
            if let Some(slot) = measured.get_mut(k) {
                *slot = m;
            }
        }
        if measure && clean {
            text.truncate(start);
            text.shrink_to_fit();
            kept_pieces = w.start;
        } else {
            freeing = false;
        }
    }
    let pieces: Vec<Read> = reads.into_iter().flatten().collect();
    let content = join(file, text, pieces, diagnostics);
    // The lines before each piece: those of the pieces before it (the
    // kept ones counted here).
    let mut lines_before = 0;
    let mut freed = Vec::new();
    for (k, (range, part)) in ranges.into_iter().zip(measured).enumerate() {
        if k < kept_pieces {
            let kept = text.as_bytes().get(range).unwrap_or_default();
            lines_before += memchr::memchr_iter(b'\n', kept).count();
        } else if let Some(mut part) = part {
            part.lines_before = lines_before;
            lines_before += part.newlines.len();
            freed.push(part);
        }
    }
    (content, len, freed)
}

/// Consecutive pieces grouped into waves of at least `wave` bytes (the
/// last may be smaller), as ranges of piece indices.
fn waves(ranges: &[Range<usize>], wave: usize) -> Vec<Range<usize>> {
    let mut out = Vec::new();
    let (mut from, mut bytes) = (0, 0);
    for (k, r) in ranges.iter().enumerate() {
        bytes += r.len();
        if bytes >= wave {
            out.push(from..k + 1);
            (from, bytes) = (k + 1, 0);
        }
    }
    if from < ranges.len() {
        out.push(from..ranges.len());
    }
    out
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

/// Tells syntax errors at places in `r.source`. What the parser recovered
/// after one is a guess; checking it would bury the real mistake under
/// problems that are not there, so they are all that is told.
fn tell(r: &mut Reader<'_>, errors: Vec<SyntaxError>) {
    let count = errors.len();
    let mut errors = errors.into_iter();
    let mut fixed: Vec<(usize, crate::problem::Problem)> = Vec::new();
    for (span, message) in errors.by_ref().take(MAX_SYNTAX_ERRORS) {
        let problem = crate::syntax::explain(r.source, span.clone(), &message);
        // The parser may stumble twice on one slip (`date = 2024-10`), not
        // always one stumble after the other (a key written twice is told
        // at the table's end): a fix of a line's value is told once for
        // the line, whole or in pieces. Two control characters on a line
        // are two places, each told.
        let line = r
            .source
            .get(..span.start)
            .map_or(0, |b| b.matches('\n').count());
        let told = (line, problem);
        if fixed.contains(&told) {
            continue;
        }
        let (line, problem) = told;
        if fixes_the_value(&problem) {
            fixed.push((line, problem.clone()));
        }
        r.error(span, problem);
    }
    if let Some((at, _)) = errors.next() {
        // A garbled file yields thousands of these; the first ones say enough.
        let more = count - MAX_SYNTAX_ERRORS;
        r.error(at, crate::problem::Syntax::More { more });
    }
}

/// Whether `p` is the fix of a `key = value` line as a whole.
fn fixes_the_value(p: &crate::problem::Problem) -> bool {
    use crate::problem::{Problem, Syntax, Value};
    matches!(
        p,
        Problem::Value(Value::PartialDate { .. })
            | Problem::Syntax(
                Syntax::DecimalComma { .. }
                    | Syntax::DayFirstDate { .. }
                    | Syntax::NotACalendarDay { .. }
                    | Syntax::ThousandsSeparators { .. }
                    | Syntax::PercentSign { .. }
            )
    )
}

#[cfg(test)]
#[path = "pieces_tests.rs"]
pub(crate) mod tests;
