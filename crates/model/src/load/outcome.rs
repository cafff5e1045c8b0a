//! What a load gives: the dataset with its warnings, or every problem that
//! refused it, and what `check` says last of either.

use crate::diagnostic::{Diagnostic, Severity};
use crate::schema::Dataset;

/// A dataset that failed its checks: every problem found, errors first.
/// tiendo-present says it in a sentence (`text::invalid`).
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

/// A dataset that passed its checks, with the warnings it still deserves.
#[derive(Debug)]
pub struct Loaded {
    pub dataset: Dataset,
    pub warnings: Vec<Diagnostic>,
}
