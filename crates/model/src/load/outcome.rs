//! What a load gives: the dataset with its warnings, or every problem that
//! refused it, and what `check` says last of either.

use std::fmt;

use crate::diagnostic::{Diagnostic, Severity};
use crate::lang::Lang;
use crate::schema::Dataset;

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
