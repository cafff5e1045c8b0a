//! Problems found in a dataset, located by file, line and column.

use crate::problem::Problem;
use std::sync::atomic::Ordering;

mod freed;

pub use freed::{Freed, Part};
use freed::{ReadAgain, boundary, placed_again};

/// Where in which source file something was written: a byte offset, turned
/// into line and column only when a problem is reported.
#[derive(
    Clone,
    Copy,
    Debug,
    Default,
    PartialEq,
    Eq,
    PartialOrd,
    Ord,
    Hash,
    serde::Serialize,
    serde::Deserialize,
)]
pub struct Loc {
    pub file: u32,
    pub offset: u32,
}

impl Loc {
    pub fn new(file: u32, offset: usize) -> Self {
        Self {
            file,
            offset: u32::try_from(offset).unwrap_or(u32::MAX),
        }
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub enum Severity {
    Error,
    Warning,
    /// Nothing wrong, but worth knowing when reading the data: a record
    /// that replaces another.
    Note,
}

/// A problem before it is placed: `tiendo` collects these while it reads and
/// places them against the source texts once, at the end.
#[derive(Clone, Debug)]
pub struct RawDiagnostic {
    pub at: Loc,
    pub severity: Severity,
    pub problem: Problem,
}

/// A problem placed: `file:line:col` and what is wrong there, for
/// tiendo-present to word (`text::diagnostic`).
#[derive(Clone, Debug, PartialEq)]
pub struct Diagnostic {
    pub severity: Severity,
    pub file: String,
    pub line: usize,
    pub column: usize,
    pub problem: Problem,
}

/// A file's name and text, kept while it is read so that problems can be
/// placed by line and column.
#[derive(Clone, Debug)]
pub struct SourceFile {
    pub name: String,
    /// The text; for a large file read from disk, only the part before
    /// those freed once read (`freed`).
    pub text: String,
    pub freed: Freed,
}

impl SourceFile {
    pub fn new(name: String, text: String) -> Self {
        SourceFile {
            name,
            text,
            freed: Freed::default(),
        }
    }

    /// Whether the text at `offset` was freed.
    pub fn freed_at(&self, offset: usize) -> bool {
        !self.freed.parts.is_empty() && offset >= self.text.len()
    }

    /// `line_and_column` of `offset` in this file. Where the text was
    /// freed, the part that held it is read again from the file and
    /// checked by its hash; if it is no longer what was read, the file is
    /// marked changed (the load then refuses it) and (0, 0) is given.
    pub fn line_and_column(&self, offset: usize) -> (usize, usize) {
        if !self.freed_at(offset) {
            return line_and_column(&self.text, offset);
        }
        let part = self.freed.part_of(offset);
        if let Some(placed) = part.and_then(|p| p.line_and_column(offset)) {
            return placed;
        }
        let placed = part.and_then(|part| {
            let bytes = self.freed.read_again(&self.name, part)?;
            let text = std::str::from_utf8(&bytes).ok()?;
            let (line, column) = line_and_column(text, offset - part.range.start);
            Some((part.lines_before + line, column))
        });
        placed.unwrap_or_else(|| {
            self.freed.changed.store(true, Ordering::Relaxed);
            (0, 0)
        })
    }
}

/// Turns byte offsets into 1-based line and column (in characters, so that a
/// column in a Vietnamese line matches what an editor shows).
pub fn line_and_column(text: &str, offset: usize) -> (usize, usize) {
    let mut offset = offset.min(text.len());
    while !text.is_char_boundary(offset) {
        offset -= 1;
    }
    let before = &text[..offset];
    let line_start = before.rfind('\n').map_or(0, |i| i + 1);
    let line = before.bytes().filter(|&b| b == b'\n').count() + 1;
    let column = before[line_start..].chars().count() + 1;
    (line, column)
}

/// Places every raw diagnostic against its file, sorted by file and position.
pub fn place(files: &[SourceFile], mut raw: Vec<RawDiagnostic>) -> Vec<Diagnostic> {
    raw.sort_by_key(|d| (d.at, d.severity));
    // Sorted by file and offset, so each file is scanned once, forward:
    // thousands of warnings in a large file must not rescan it each time.
    let mut cursor: Option<(u32, usize, usize, usize)> = None; // file, offset, line, line start
    // The freed piece last read again, so that each is read once.
    let mut again: Option<ReadAgain> = None;
    raw.into_iter()
        .map(|d| {
            let file = files.get(d.at.file as usize);
            let offset = d.at.offset as usize;
            let (line, column) = match file {
                Some(f) if f.freed_at(offset) => {
                    let indexed = f
                        .freed
                        .part_of(offset)
                        .and_then(|p| p.line_and_column(offset));
                    let placed = indexed
                        .or_else(|| placed_again(&f.freed, &f.name, d.at.file, offset, &mut again));
                    placed.unwrap_or_else(|| {
                        f.freed.changed.store(true, Ordering::Relaxed);
                        (0, 0)
                    })
                }
                Some(f) => {
                    let offset = boundary(&f.text, offset);
                    let (mut at, mut line, mut start) = match cursor {
                        Some((n, at, line, start)) if n == d.at.file && at <= offset => {
                            (at, line, start)
                        }
                        _ => (0, 1, 0),
                    };
                    // A warning deep in a 166 MB file: the lines before it
                    // are counted a vector at a time, not byte by byte.
                    let between = f.text.get(at..offset).unwrap_or("").as_bytes();
                    line += memchr::memchr_iter(b'\n', between).count();
                    if let Some(k) = memchr::memrchr(b'\n', between) {
                        start = at + k + 1;
                    }
                    at = offset;
                    cursor = Some((d.at.file, at, line, start));
                    let column = f.text.get(start..offset).map_or(0, |s| s.chars().count()) + 1;
                    (line, column)
                }
                None => (1, 1),
            };
            Diagnostic {
                severity: d.severity,
                file: file.map_or_else(|| "?".to_string(), |f| f.name.clone()),
                line,
                column,
                problem: d.problem,
            }
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn columns_count_characters_not_bytes() {
        // "tên = \"Bắc\"\nx" : the 'x' is on line 2, column 1; the 'B' of Bắc is
        // the 8th character of line 1 though the 9th byte (ê takes two bytes).
        let text = "tên = \"Bắc\"\nx";
        assert_eq!(line_and_column(text, text.find('x').unwrap()), (2, 1));
        assert_eq!(line_and_column(text, text.find('B').unwrap()), (1, 8));
    }

    #[test]
    fn placing_many_diagnostics_agrees_with_placing_one() {
        let text = "a\nbắc\n\nxyz\n".to_string();
        let files = [SourceFile::new("f".into(), text.clone())];
        let raw: Vec<RawDiagnostic> = (0..text.len())
            .rev()
            .map(|o| RawDiagnostic {
                at: Loc::new(0, o),
                severity: Severity::Error,
                problem: crate::problem::Load::Empty.into(),
            })
            .collect();
        for (d, o) in place(&files, raw).iter().zip(0..) {
            assert_eq!((d.line, d.column), line_and_column(&text, o), "offset {o}");
        }
    }

    #[test]
    fn offsets_past_the_end_or_inside_a_character_do_not_panic() {
        assert_eq!(line_and_column("ắ", 1), (1, 1));
        assert_eq!(line_and_column("ab", 99), (1, 3));
    }
}
