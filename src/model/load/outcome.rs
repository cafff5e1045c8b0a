//! What a load gives: the dataset with its warnings, or every problem that
//! refused it, and what `check` says last of either.

use std::fmt;

use crate::model::diagnostic::{Diagnostic, Severity};
use crate::model::schema::Dataset;
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

fn count(diagnostics: &[Diagnostic], severity: Severity) -> usize {
    diagnostics
        .iter()
        .filter(|d| d.severity == severity)
        .count()
}

impl Invalid {
    /// What `check` says last of a dataset it refuses: "data: 2 errors, 1 warning".
    pub fn summary(&self, lang: Lang, path: &str) -> String {
        let errors = self.errors().count();
        let warnings = count(&self.diagnostics, Severity::Warning);
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
        let mut warnings = counted(
            lang,
            count(&self.warnings, Severity::Warning),
            "warning",
            "warnings",
            "cảnh báo",
        );
        // Notes say nothing is wrong: counted only when there are some.
        let notes = count(&self.warnings, Severity::Note);
        if notes > 0 {
            warnings = format!(
                "{warnings}, {}",
                counted(lang, notes, "note", "notes", "ghi chú")
            );
        }
        match lang {
            Lang::En => format!("{path}: no errors, {warnings}; {parts}"),
            Lang::Vi => format!("{path}: không có lỗi, {warnings}; {parts}"),
        }
    }
}
