//! The model's problems in words: each `Problem` said in Vietnamese or
//! English, a placed one as `file:line:col: cảnh báo: …`, and a refused
//! dataset in one sentence. The model finds problems; only this says them.

use tiendo_model::Invalid;
use tiendo_model::diagnostic::{Diagnostic, Severity};
use tiendo_model::load::Unread;
use tiendo_model::problem::{Found, Problem};

use super::Lang;

/// A sentence in the language asked for: `say!(lang, "English {x}", "Tiếng
/// Việt {x}")`. Both texts are format strings and may name variables in
/// scope.
macro_rules! say {
    ($lang:expr, $en:literal, $vi:literal $(,)?) => {
        match $lang {
            $crate::text::Lang::En => format!($en),
            $crate::text::Lang::Vi => format!($vi),
        }
    };
}

mod fields;
mod figures;
mod load;
mod parser_words;
mod partial_date;
mod references;
mod syntax;
mod values;

#[cfg(test)]
mod advice_tests;
#[cfg(test)]
mod tests;

/// What is wrong, and how to put it right, in `lang`.
pub fn problem(lang: Lang, p: &Problem) -> String {
    match p {
        Problem::Syntax(p) => syntax::syntax(lang, p),
        Problem::Field(p) => fields::field(lang, p),
        Problem::Value(p) => values::value(lang, p),
        Problem::Load(p) => load::load(lang, p),
        Problem::Reference(p) => references::reference(lang, p),
        Problem::Figure(p) => figures::figure(lang, p),
    }
}

/// A placed problem as `check` prints it: `file:line:col: problem`, with
/// "warning" or "note" before the problem when it is not an error.
pub fn diagnostic(lang: Lang, d: &Diagnostic) -> String {
    let Diagnostic {
        file, line, column, ..
    } = d;
    let message = problem(lang, &d.problem);
    match (d.severity, lang) {
        (Severity::Error, _) => format!("{file}:{line}:{column}: {message}"),
        (Severity::Warning, Lang::En) => format!("{file}:{line}:{column}: warning: {message}"),
        (Severity::Warning, Lang::Vi) => format!("{file}:{line}:{column}: cảnh báo: {message}"),
        (Severity::Note, Lang::En) => format!("{file}:{line}:{column}: note: {message}"),
        (Severity::Note, Lang::Vi) => format!("{file}:{line}:{column}: ghi chú: {message}"),
    }
}

/// A refused dataset in one sentence: how many errors, and the first.
pub fn invalid(lang: Lang, invalid: &Invalid) -> String {
    let n = invalid.errors().count();
    match invalid.errors().next() {
        Some(first) if n == 1 => {
            let first = diagnostic(lang, first);
            say!(
                lang,
                "the dataset has 1 error: {first}",
                "bộ dữ liệu có 1 lỗi: {first}"
            )
        }
        Some(first) => {
            let first = diagnostic(lang, first);
            say!(
                lang,
                "the dataset has {n} errors; the first is {first}",
                "bộ dữ liệu có {n} lỗi; lỗi đầu tiên là {first}"
            )
        }
        None => say!(lang, "the dataset is invalid", "bộ dữ liệu không hợp lệ"),
    }
}

/// Files that could not be read, in one sentence: what could not be done,
/// on which path, and why.
pub fn unread(lang: Lang, u: &Unread) -> anyhow::Error {
    let w = &super::words(lang).cli.io;
    match u {
        Unread::Open(path, e) => super::io_failed(lang, w.open, path, e),
        Unread::Read(path, e) => super::io_failed(lang, w.read, path, e),
        Unread::List(path, e) => super::io_failed(lang, w.list, path, e),
        Unread::NoToml(path) => anyhow::anyhow!((w.no_toml)(&path.display().to_string())),
        Unread::Spreadsheet(path) => {
            let shown = path.display().to_string();
            anyhow::anyhow!((w.spreadsheet)(&shown, &super::shell_quoted(&shown)))
        }
    }
}

/// A value as a sentence names it: "the text \"x\"" / "văn bản \"x\"".
fn found(lang: Lang, value: &Found) -> String {
    match value {
        Found::Text(s) => say!(lang, "the text \"{s}\"", "văn bản \"{s}\""),
        Found::Whole(i) => say!(lang, "the whole number {i}", "số nguyên {i}"),
        Found::Number(f) => say!(lang, "the number {f}", "số {f}"),
        Found::Boolean(b) => say!(lang, "{b}", "`{b}`"),
        Found::Date(d) => say!(lang, "the date {d}", "ngày {d}"),
        Found::List => say!(lang, "a list", "một danh sách"),
        Found::Table => say!(lang, "a table", "một bảng"),
    }
}

/// Keys or ids as a sentence lists them: "`a`, `b`".
fn list(words: &[String]) -> String {
    words
        .iter()
        .map(|w| format!("`{w}`"))
        .collect::<Vec<_>>()
        .join(", ")
}
