//! Scanning a large file for its headers in segments, one per core, and
//! joining the segments' scans where they are certainly the one pass's.

use std::ops::Range;

use super::Chunk;
use super::scan::{Kind, Scanner, header};

/// How much of a file one core scans in `split`: a scan is cheap, so
/// segments are large; 166 MB is some forty of them.
pub(super) const SEGMENT: usize = 4 << 20;

/// `split`, scanning segments of about `segment` bytes on every core.
/// Each segment starts at a line that is a top-level header, and is
/// scanned as if nothing were open there. That holds when the segment
/// before it ends with nothing open (no string, no array), which its own
/// scan tells; so, from the first segment on, each scan is the file's.
/// Where one is not (a header line inside a multi-line string), or a root
/// is written again across segments in a way the file's scan refuses, the
/// whole text is scanned in one pass, so the answer is always that pass's.
pub(super) fn split_by(text: &str, piece: usize, segment: usize) -> Option<Vec<Chunk>> {
    if text.len() <= piece {
        return None;
    }
    let b = text.as_bytes();
    let starts = segment_starts(b, segment);
    if starts.len() > 1
        && let Some(chunks) = stitch(b, &starts)
    {
        return Some(chunks);
    }
    let mut whole = Scanner::default();
    whole.run(b)?;
    Some(whole.chunks)
}

/// Where segments start: 0, then the first line at least `segment` bytes
/// on that is a header of one bare key (`[[locality]]`), and so on.
pub(super) fn segment_starts(b: &[u8], segment: usize) -> Vec<usize> {
    let mut starts = vec![0];
    let mut from = segment.max(1);
    while from < b.len() {
        let found = memchr::memchr_iter(b'\n', b.get(from..).unwrap_or_default())
            .map(|k| from + k + 1)
            .find(|&line| b.get(line) == Some(&b'[') && header(b, line).is_some_and(|h| !h.dotted));
        match found {
            Some(line) => {
                starts.push(line);
                from = line + segment;
            }
            None => break,
        }
    }
    starts
}

/// The segments scanned on every core and joined, or `None` where the
/// joined scans might not be the file's (see `split_by`).
pub(super) fn stitch(b: &[u8], starts: &[usize]) -> Option<Vec<Chunk>> {
    use rayon::prelude::*;
    let ends = starts.iter().skip(1).copied().chain([b.len()]);
    let ranges: Vec<Range<usize>> = starts
        .iter()
        .copied()
        .zip(ends)
        .map(|(s, e)| s..e)
        .collect();
    let scans: Vec<Option<Scanner>> = ranges
        .par_iter()
        .map(|r| {
            let mut scanner = Scanner::default();
            scanner.run(b.get(r.clone())?)?;
            Some(scanner)
        })
        .collect();
    let mut scans = scans.into_iter();
    let first = scans.next()??;
    let top_keys = first.top_keys;
    let mut seen = first.seen;
    let mut chunks = first.chunks;
    for (scan, range) in scans.zip(ranges.iter().skip(1)) {
        let scan = scan?;
        for (root, kind) in scan.seen {
            if top_keys.iter().any(|k| **k == *root) {
                return None;
            }
            // As the one pass refuses a root seen before, unless both are
            // arrays of tables.
            match seen.get(&root) {
                None => {
                    seen.insert(root, kind);
                }
                Some(Kind::Array) if kind == Kind::Array => {}
                Some(_) => return None,
            }
        }
        chunks.extend(scan.chunks.into_iter().map(|c| Chunk {
            range: c.range.start + range.start..c.range.end + range.start,
            root: c.root,
        }));
    }
    Some(chunks)
}
