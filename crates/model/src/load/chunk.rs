//! Cutting one file's text at its top-level table headers, so that a large
//! file is parsed on every core, piece by piece, instead of as one tree
//! about thirty times its size.
//!
//! The scanner is deliberately narrow: it answers `None` (parse the file
//! whole) for anything where cutting could change what the text means, so
//! the pieces together always say exactly what the whole says.

mod scan;
mod segments;

use std::ops::Range;
use std::sync::Arc;

#[cfg(test)]
use scan::{Scanner, header};
#[cfg(test)]
use segments::{segment_starts, split_by, stitch};

/// One top-level element of a file: the text before the first header
/// (`root` None: `schema = 1` and any top-level key-values), or a header
/// such as `[[locality]]` or `[meta]` with everything up to the next
/// top-level header (its `[[locality.record]]` sub-tables included).
#[derive(Clone, Debug, PartialEq, Eq)]
pub(crate) struct Chunk {
    /// Byte range in the text; the chunks cover the text end to end.
    pub range: Range<usize>,
    /// The header's key (`locality` for `[[locality]]`).
    /// Shared by every chunk of the same root: a file has 100,000 of them.
    pub root: Option<Arc<str>>,
}

/// The top-level elements of `text`, in order; `None` when the text must be
/// parsed whole: it is not longer than `piece` (one piece already), or
/// cutting it could change its meaning (a dotted header under another
/// root, a table written twice, a header naming a top-level key, a quoted
/// or unusual header key, a string or array left open at the end).
/// `split(text, 0)` always tries.
pub(crate) fn split(text: &str, piece: usize) -> Option<Vec<Chunk>> {
    segments::split_by(text, piece, segments::SEGMENT)
}

/// Consecutive chunks grouped into pieces of at least `piece` bytes (the
/// last may be smaller), so that each parallel task is worth its cost.
/// What comes before the first `[[locality]]` (`schema`, `[meta]`,
/// directives, targets) is a piece of its own however small: a file's
/// first piece is always read by the TOML parser, and a province's file in
/// a folder of 35 would otherwise have its first 2 MB of units read so.
pub(crate) fn group(chunks: &[Chunk], piece: usize) -> Vec<Range<usize>> {
    let units = chunks
        .iter()
        .position(|c| c.root.as_deref() == Some("locality"))
        .unwrap_or(chunks.len());
    let (before, rest) = chunks.split_at(units);
    let mut out: Vec<Range<usize>> = Vec::new();
    if let (Some(first), Some(last)) = (before.first(), before.last()) {
        out.push(first.range.start..last.range.end);
    }
    out.extend(runs(rest, piece));
    out
}

/// `group` for chunks of units alike.
fn runs(chunks: &[Chunk], piece: usize) -> Vec<Range<usize>> {
    let mut out: Vec<Range<usize>> = Vec::new();
    let mut open: Option<Range<usize>> = None;
    for c in chunks {
        let current = match open.take() {
            Some(r) => r.start..c.range.end,
            None => c.range.clone(),
        };
        if current.len() >= piece {
            out.push(current);
        } else {
            open = Some(current);
        }
    }
    out.extend(open);
    out
}

#[cfg(test)]
#[path = "chunk_tests.rs"]
mod tests;
