//! What `check` says last of a dataset: counted errors and warnings, and
//! of one it accepts, what it holds.

use tiendo_model::diagnostic::{Diagnostic, Severity};
use tiendo_model::{Invalid, Loaded};

use super::Lang;

/// `n` with the English noun in the right number ("1 error", "2 errors"),
/// or with the Vietnamese noun, which does not change.
fn counted(lang: Lang, n: usize, one: &str, many: &str, vi: &str) -> String {
    let n_shown = super::count(lang, n as u64);
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

/// What `check` says last of a dataset it refuses: "data: 2 errors, 1 warning".
pub fn refused(invalid: &Invalid, lang: Lang, path: &str) -> String {
    let errors = invalid.errors().count();
    let warnings = count(&invalid.diagnostics, Severity::Warning);
    format!(
        "{path}: {}, {}",
        counted(lang, errors, "error", "errors", "lỗi"),
        counted(lang, warnings, "warning", "warnings", "cảnh báo"),
    )
}

/// What `check` says last of a dataset it accepts, read from `files` files:
/// "data: no errors, 1 warning; 2 files, 3 localities, …".
pub fn accepted(loaded: &Loaded, lang: Lang, path: &str, files: usize) -> String {
    let d = &loaded.dataset;
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
        count(&loaded.warnings, Severity::Warning),
        "warning",
        "warnings",
        "cảnh báo",
    );
    // Notes say nothing is wrong: counted only when there are some.
    let notes = count(&loaded.warnings, Severity::Note);
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
