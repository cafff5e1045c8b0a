//! Reading a dataset from a file, a folder of files or the bundled texts:
//! decoding, parsing on every core, converting and checking.

use std::fmt;
use std::path::Path;
use std::sync::atomic::{AtomicU64, AtomicUsize, Ordering};

use anyhow::Context;
use rayon::prelude::*;
use toml::de::DeTable;

use super::convert::{self, FileContent};
use super::diagnostic::{self, Diagnostic, Loc, RawDiagnostic, Severity, SourceFile};
use super::fields::Reader;
use super::schema::{Dataset, Located, Meta};
use super::validate;
use crate::text::Lang;

/// A dataset that failed its checks: every problem found, errors first.
#[derive(Debug)]
pub struct Invalid {
    pub diagnostics: Vec<Diagnostic>,
}

impl Invalid {
    pub fn errors(&self) -> impl Iterator<Item = &Diagnostic> {
        self.diagnostics
            .iter()
            .filter(|d| d.severity == Severity::Error)
    }
}

impl fmt::Display for Invalid {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let n = self.errors().count();
        let lang = self.diagnostics.first().map_or(Lang::En, |d| d.lang);
        let text = match self.errors().next() {
            Some(first) if n == 1 => say!(
                lang,
                "the dataset has 1 error: {first}",
                "bộ dữ liệu có 1 lỗi: {first}"
            ),
            Some(first) => say!(
                lang,
                "the dataset has {n} errors; the first is {first}",
                "bộ dữ liệu có {n} lỗi; lỗi đầu tiên là {first}"
            ),
            None => say!(lang, "the dataset is invalid", "bộ dữ liệu không hợp lệ"),
        };
        f.write_str(&text)
    }
}

impl std::error::Error for Invalid {}

/// A dataset that passed its checks, with the warnings it still deserves.
#[derive(Debug)]
pub struct Loaded {
    pub dataset: Dataset,
    pub warnings: Vec<Diagnostic>,
}

/// `n` with the English noun in the right number ("1 error", "2 errors"),
/// or with the Vietnamese noun, which does not change.
fn counted(lang: Lang, n: usize, one: &str, many: &str, vi: &str) -> String {
    let n_shown = crate::text::count(lang, n as u64);
    match lang {
        Lang::En if n == 1 => format!("{n_shown} {one}"),
        Lang::En => format!("{n_shown} {many}"),
        Lang::Vi => format!("{n_shown} {vi}"),
    }
}

impl Invalid {
    /// What `check` says last of a dataset it refuses: "data: 2 errors, 1 warning".
    pub fn summary(&self, lang: Lang, path: &str) -> String {
        let errors = self.errors().count();
        let warnings = self.diagnostics.len() - errors;
        format!(
            "{path}: {}, {}",
            counted(lang, errors, "error", "errors", "lỗi"),
            counted(lang, warnings, "warning", "warnings", "cảnh báo"),
        )
    }
}

impl Loaded {
    /// What `check` says last of a dataset it accepts, read from `files` files:
    /// "data: no errors, 1 warning; 2 files, 3 localities, …".
    pub fn summary(&self, lang: Lang, path: &str, files: usize) -> String {
        let d = &self.dataset;
        let records: usize = d.localities.iter().map(|l| l.records.len()).sum();
        let parts = [
            counted(lang, files, "file", "files", "tệp"),
            counted(
                lang,
                d.localities.len(),
                "locality",
                "localities",
                "địa phương",
            ),
            counted(lang, records, "record", "records", "bản ghi"),
            counted(lang, d.targets.len(), "target", "targets", "mục tiêu"),
            counted(
                lang,
                d.milestones.len(),
                "milestone",
                "milestones",
                "mốc thời gian",
            ),
            counted(lang, d.directives.len(), "document", "documents", "văn bản"),
        ]
        .join(", ");
        let warnings = counted(lang, self.warnings.len(), "warning", "warnings", "cảnh báo");
        match lang {
            Lang::En => format!("{path}: no errors, {warnings}; {parts}"),
            Lang::Vi => format!("{path}: không có lỗi, {warnings}; {parts}"),
        }
    }
}

/// A file, or a folder whose `*.toml` files form one dataset.
pub fn load_path(path: &Path) -> anyhow::Result<Result<Loaded, Invalid>> {
    let files = read_path(path)?;
    Ok(load_files(files))
}

/// The raw bytes of each file of a dataset, named as messages will name them.
pub fn read_path(path: &Path) -> anyhow::Result<Vec<(String, Vec<u8>)>> {
    let meta =
        std::fs::metadata(path).with_context(|| format!("cannot open {}", path.display()))?;
    if !meta.is_dir() {
        let bytes =
            std::fs::read(path).with_context(|| format!("cannot read {}", path.display()))?;
        return Ok(vec![(path.display().to_string(), bytes)]);
    }
    let mut paths = Vec::new();
    for entry in std::fs::read_dir(path)
        .with_context(|| format!("cannot list the folder {}", path.display()))?
    {
        let entry = entry.with_context(|| format!("cannot list the folder {}", path.display()))?;
        let p = entry.path();
        if p.extension().is_some_and(|e| e == "toml") && p.is_file() {
            paths.push(p);
        }
    }
    if paths.is_empty() {
        anyhow::bail!("the folder {} holds no .toml file", path.display());
    }
    paths.sort();
    paths
        .into_iter()
        .map(|p| {
            let bytes =
                std::fs::read(&p).with_context(|| format!("cannot read {}", p.display()))?;
            Ok((p.display().to_string(), bytes))
        })
        .collect()
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

/// Decodes, parses, converts and checks the files of one dataset; the
/// problems are said in English (see `load_files_checked` for a language).
pub fn load_files(files: Vec<(String, Vec<u8>)>) -> Result<Loaded, Invalid> {
    load_files_with(files, &LoadProgress::default())
}

/// `load_files`, telling `progress` how far it has come.
pub fn load_files_with(
    files: Vec<(String, Vec<u8>)>,
    progress: &LoadProgress,
) -> Result<Loaded, Invalid> {
    load_files_checked(files, progress, None, Lang::En)
}

/// Loads as `load_files_with`, and with `today` also refuses figures dated
/// after it (what `check` does; the dashboard simply leaves them unused).
/// Every problem is said in `lang`.
pub fn load_files_checked(
    files: Vec<(String, Vec<u8>)>,
    progress: &LoadProgress,
    today: Option<chrono::NaiveDate>,
    lang: Lang,
) -> Result<Loaded, Invalid> {
    let (sources, contents, mut raw) = parse_all(files, progress, lang);
    let dataset = merge(&sources, contents, &mut raw, lang);
    if let Some(dataset) = &dataset {
        validate::check(dataset, &sources, today, lang, &mut raw);
    }
    let diagnostics = diagnostic::place(&sources, raw, lang);
    let has_errors = diagnostics.iter().any(|d| d.severity == Severity::Error);
    match dataset {
        Some(mut dataset) if !has_errors => {
            for l in &mut dataset.localities {
                l.records.sort_by_key(|r| r.date);
                l.population.sort_by_key(|p| p.date);
            }
            Ok(Loaded {
                dataset,
                warnings: diagnostics,
            })
        }
        _ => Err(Invalid { diagnostics }),
    }
}

/// Syntax errors told per file; past this the file is likely not TOML at all.
const MAX_SYNTAX_ERRORS: usize = 20;

type Parsed = (Vec<SourceFile>, Vec<FileContent>, Vec<RawDiagnostic>);
type ParsedFile = (u32, SourceFile, FileContent, Vec<RawDiagnostic>);

/// Parses the files on every core: each file is independent until merged.
/// Each file is its own task (`with_max_len(1)`), so a core that is free
/// takes the next file and one large file does not hold up the others; the
/// results come back in file order, and so do the diagnostics.
fn parse_all(files: Vec<(String, Vec<u8>)>, progress: &LoadProgress, lang: Lang) -> Parsed {
    progress.files_total.store(files.len(), Ordering::Relaxed);
    let total: usize = files.iter().map(|(_, b)| b.len()).sum();
    progress.bytes_total.store(total as u64, Ordering::Relaxed);
    let results: Vec<ParsedFile> = files
        .into_par_iter()
        .with_max_len(1)
        .enumerate()
        .map(|(k, (name, bytes))| {
            let size = bytes.len() as u64;
            let file = u32::try_from(k).unwrap_or(u32::MAX);
            let parsed = parse_guarded(file, name, bytes, lang);
            progress.bytes_done.fetch_add(size, Ordering::Relaxed);
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
/// no input may take the program down or silently drop a file.
fn parse_guarded(file: u32, name: String, bytes: Vec<u8>, lang: Lang) -> ParsedFile {
    let shown = name.clone();
    std::panic::catch_unwind(move || parse_one(file, name, bytes, lang)).unwrap_or_else(|_| {
        let failure = RawDiagnostic {
            at: Loc::new(file, 0),
            severity: Severity::Error,
            message: say!(
                lang,
                "tiendo could not read this file (an internal error): check that it is a TOML text file",
                "tiendo không đọc được tệp này (lỗi bên trong chương trình): hãy kiểm tra đây có phải tệp văn bản TOML không"
            ),
        };
        let source = SourceFile { name: shown, text: String::new() };
        (file, source, FileContent::default(), vec![failure])
    })
}

fn parse_one(
    file: u32,
    name: String,
    bytes: Vec<u8>,
    lang: Lang,
) -> (u32, SourceFile, FileContent, Vec<RawDiagnostic>) {
    let mut diagnostics = Vec::new();
    let (text, usable) = decode(file, bytes, lang, &mut diagnostics);
    let content = if usable {
        let mut r = Reader {
            file,
            source: &text,
            diagnostics: &mut diagnostics,
            refused_ids: Vec::new(),
            lang,
        };
        parse_text(&mut r, &text)
    } else {
        FileContent::default()
    };
    (file, SourceFile { name, text }, content, diagnostics)
}

/// UTF-8 with or without a byte-order mark; anything else is refused with the
/// byte where it goes wrong. Returns the text (for an invalid file, the valid
/// part before the fault, so that the fault can be placed) and whether it can
/// be parsed.
fn decode(
    file: u32,
    mut bytes: Vec<u8>,
    lang: Lang,
    diagnostics: &mut Vec<RawDiagnostic>,
) -> (String, bool) {
    if bytes.starts_with(b"\xEF\xBB\xBF") {
        bytes.drain(..3);
    }
    let mut fail = |offset: usize, message: String| {
        diagnostics.push(RawDiagnostic {
            at: Loc::new(file, offset),
            severity: Severity::Error,
            message,
        });
    };
    match String::from_utf8(bytes) {
        Ok(text) if text.trim().is_empty() => {
            fail(
                0,
                say!(
                    lang,
                    "the file is empty: a dataset file starts with `schema = 1`",
                    "tệp trống: một tệp dữ liệu bắt đầu bằng `schema = 1`"
                ),
            );
            (text, false)
        }
        Ok(text) => (text, true),
        Err(e) => {
            let at = e.utf8_error().valid_up_to();
            let mut bytes = e.into_bytes();
            bytes.truncate(at);
            let prefix = String::from_utf8(bytes).unwrap_or_default();
            fail(
                at,
                say!(
                    lang,
                    "the file is not valid UTF-8 at byte {at}: save it as UTF-8 (Unicode) text",
                    "tệp không phải văn bản UTF-8 hợp lệ (lỗi tại byte {at}): hãy lưu tệp dưới dạng văn bản UTF-8 (Unicode)"
                ),
            );
            (prefix, false)
        }
    }
}

fn parse_text(r: &mut Reader<'_>, text: &str) -> FileContent {
    let (doc, errors) = DeTable::parse_recoverable(text);
    if errors.is_empty() {
        return convert::file(r, &doc);
    }
    // What the parser recovered after a syntax error is a guess; checking it
    // would bury the real mistake under problems that are not there.
    let count = errors.len();
    for e in errors.iter().take(MAX_SYNTAX_ERRORS) {
        let span = e.span().unwrap_or(0..0);
        let message = super::syntax::explain(r.lang, text, span.clone(), e.message());
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
    FileContent::default()
}

fn merge(
    sources: &[SourceFile],
    contents: Vec<FileContent>,
    raw: &mut Vec<RawDiagnostic>,
    lang: Lang,
) -> Option<Dataset> {
    let mut meta: Option<Located<Meta>> = None;
    let mut dataset = Dataset::default();
    for content in contents {
        if let Some(m) = content.meta {
            match &meta {
                Some(first) => {
                    let first_file = sources
                        .get(first.at.file as usize)
                        .map_or("?", |s| s.name.as_str());
                    raw.push(RawDiagnostic {
                        at: m.at,
                        severity: Severity::Error,
                        message: say!(
                            lang,
                            "a second [meta]: the dataset's [meta] is already in {first_file}",
                            "[meta] thứ hai: [meta] của bộ dữ liệu đã có trong {first_file}"
                        ),
                    });
                }
                None => meta = Some(m),
            }
        }
        dataset.directives.extend(content.directives);
        dataset.milestones.extend(content.milestones);
        dataset.targets.extend(content.targets);
        dataset.localities.extend(content.localities);
        dataset.refused_ids.extend(content.refused_ids);
    }
    let has_errors = raw.iter().any(|d| d.severity == Severity::Error);
    match meta {
        Some(m) => {
            dataset.meta = m.value;
            Some(dataset)
        }
        None if has_errors => None,
        None => {
            raw.push(RawDiagnostic {
                at: Loc::default(),
                severity: Severity::Error,
                message: say!(
                    lang,
                    "no file has [meta]: add [meta] with `title` and `as_of` to one file",
                    "không tệp nào có [meta]: thêm [meta] với `title` và `as_of` vào một tệp"
                ),
            });
            None
        }
    }
}
