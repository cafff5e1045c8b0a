//! A large file read from disk in waves from its end, each wave's text
//! freed once its pieces are read without a problem, so that the text and
//! the records read from it are not both held whole.

use std::ops::Range;

use super::{Chunking, Read, chunk, content, join, ranges, read_pieces};
use crate::convert::FileContent;
use crate::diagnostic::{Part, RawDiagnostic};
use crate::load::LoadProgress;

/// `content` for a large file read from disk: its pieces read in waves
/// from the last, each wave on every core, and each wave's text freed once
/// its pieces are read without a problem (the text is truncated to the
/// wave's start). From the first wave with a problem on, nothing more is
/// freed, so every place told while reading is in the text kept. Returns
/// the content, the bytes counted, and the pieces freed, in file order,
/// each with its hash and the lines before it, so that a problem found
/// later in one can be placed by reading it again (`SourceFile::
/// line_and_column`).
pub(in crate::load) fn content_in_waves(
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
