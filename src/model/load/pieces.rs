//! One file's text parsed and converted: whole, or, when it is large, in
//! pieces cut at its top-level headers (see `chunk`) on every core, each
//! piece's tree dropped as soon as it is converted so that memory stays a
//! few pieces' worth rather than thirty times the file.

use std::sync::atomic::Ordering;

use rayon::prelude::*;
use toml::de::DeTable;

use super::LoadProgress;
use super::chunk;
use crate::model::convert::{self, FileContent};
use crate::model::diagnostic::RawDiagnostic;
use crate::model::fields::Reader;
use crate::text::Lang;

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
}

impl Chunking {
    /// Measured on a 166 MB file (100 000 localities, `tiendo check`, two
    /// cores): pieces of 1, 2 and 4 MB take the same time within the
    /// noise; 8 MB takes about 1.1 times as long and a quarter more memory
    /// (a piece's tree is about thirty times its text, one per core).
    pub(crate) const DEFAULT: Self = Self {
        threshold: 1 << 20,
        piece: 2 << 20,
    };
}

/// Parses and converts one piece of file `file` (the whole file, or a range
/// of it starting at byte `base` at a top-level header, as `chunk::split`
/// and `chunk::group` cut it). Places in the diagnostics are the file's.
/// `first`: the piece starts the file, so it must hold `schema = 1`.
/// Syntax errors are told as on a whole file (at most 20 of them) and
/// leave the content empty. Not used by the loader itself (which must know
/// of a syntax error): it is for a preview of a file's head.
#[cfg_attr(not(test), allow(dead_code))]
pub(crate) fn parse_piece(
    file: u32,
    base: usize,
    text: &str,
    first: bool,
    lang: Lang,
) -> (FileContent, Vec<RawDiagnostic>) {
    let mut diagnostics = Vec::new();
    let content = read(file, base, text, first, lang, &mut diagnostics);
    (content.unwrap_or_default(), diagnostics)
}

/// One piece; `None` after a syntax error.
fn read(
    file: u32,
    base: usize,
    text: &str,
    first: bool,
    lang: Lang,
    diagnostics: &mut Vec<RawDiagnostic>,
) -> Option<FileContent> {
    let mut r = Reader {
        file,
        base,
        source: text,
        diagnostics,
        refused_ids: Vec::new(),
        lang,
    };
    parse_text(&mut r, text, first)
}

/// The content of a whole file's text, adding each piece's bytes to
/// `progress` as it is done; returns how many bytes were counted there.
pub(super) fn content(
    file: u32,
    text: &str,
    lang: Lang,
    chunking: Chunking,
    progress: &LoadProgress,
    diagnostics: &mut Vec<RawDiagnostic>,
) -> (FileContent, usize) {
    let ranges = match chunk::split(text, chunking.threshold) {
        Some(chunks) => chunk::group(&chunks, chunking.piece),
        None => Vec::new(),
    };
    if ranges.len() < 2 {
        let content = read(file, 0, text, true, lang, diagnostics);
        return (content.unwrap_or_default(), 0);
    }
    let pieces: Vec<(Option<FileContent>, Vec<RawDiagnostic>)> = ranges
        .into_par_iter()
        .with_max_len(1)
        .enumerate()
        .map(|(k, range)| {
            let part = text.get(range.clone()).unwrap_or("");
            let mut found = Vec::new();
            let content = read(file, range.start, part, k == 0, lang, &mut found);
            progress
                .bytes_done
                .fetch_add(part.len() as u64, Ordering::Relaxed);
            (content, found)
        })
        .collect();
    if pieces.iter().any(|(content, _)| content.is_none()) {
        // After a syntax error the parser's recovery depends on what came
        // before; parsed whole, the errors are told exactly as they always
        // were, and a broken file is the rare case.
        let content = read(file, 0, text, true, lang, diagnostics);
        return (content.unwrap_or_default(), text.len());
    }
    let mut whole = FileContent::default();
    for (content, found) in pieces {
        let Some(c) = content else { continue };
        diagnostics.extend(found);
        whole.meta = whole.meta.or(c.meta);
        whole.directives.extend(c.directives);
        whole.milestones.extend(c.milestones);
        whole.targets.extend(c.targets);
        whole.localities.extend(c.localities);
        whole.records.extend(c.records);
        whole.refused_ids.extend(c.refused_ids);
    }
    (whole, text.len())
}

/// `None` after a syntax error, which has been told.
fn parse_text(r: &mut Reader<'_>, text: &str, first: bool) -> Option<FileContent> {
    let (doc, errors) = DeTable::parse_recoverable(text);
    if errors.is_empty() {
        return Some(convert::file(r, &doc, first));
    }
    // What the parser recovered after a syntax error is a guess; checking it
    // would bury the real mistake under problems that are not there.
    let count = errors.len();
    for e in errors.iter().take(MAX_SYNTAX_ERRORS) {
        let span = e.span().unwrap_or(0..0);
        let message = crate::model::syntax::explain(r.lang, text, span.clone(), e.message());
        r.error(span, message);
    }
    if count > MAX_SYNTAX_ERRORS {
        // A garbled file yields thousands of these; the first ones say enough.
        let at = errors
            .get(MAX_SYNTAX_ERRORS)
            .and_then(|e| e.span())
            .unwrap_or(0..0);
        let more = count - MAX_SYNTAX_ERRORS;
        let message = say!(
            r.lang,
            "and {more} more syntax errors in this file: is it a dataset in TOML?",
            "và thêm {more} lỗi cú pháp nữa trong tệp này: đây có phải tệp dữ liệu TOML không?"
        );
        r.error(at, message);
    }
    None
}

#[cfg(test)]
#[path = "pieces_tests.rs"]
mod tests;
