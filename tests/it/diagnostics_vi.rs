//! The dataset's problems in the user's language (issue 12, item 1):
//! Vietnamese by default, English with `--lang en`. The English lines of
//! every case are in `tests/bad/*.expected` (see validation.rs); here a
//! representative handful is pinned in Vietnamese under `tests/vi/`, every
//! case is scanned for English words left in its Vietnamese messages, and
//! `check`'s summary counts right in English.
//!
//! `UPDATE_GOLDEN=1 cargo test --test diagnostics_vi` rewrites the files
//! under `tests/vi/`; read the diff before committing it.

#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

use crate::common::Run;
use std::collections::BTreeSet;
use std::fs;
use std::path::Path;
use std::process::Command;

use tiendo::model::{self, Diagnostic, Loaded, Severity};
use tiendo::text::Lang;

const BAD: &str = "tests/bad";
const GOOD: &str = "tests/good";
const VI: &str = "tests/vi";

/// The bad cases pinned in Vietnamese: a decimal comma, a missing required
/// key, unknown keys, dates, a duplicate id across files, a cycle, a figure
/// from the future, a number in quotes, a syntax error.
const PINNED: &[&str] = &[
    "decimal-comma",
    "day-first-date",
    "invalid-calendar-date",
    "missing-required-key",
    "unknown-key",
    "unknown-top-level-key",
    "unknown-parent",
    "duplicate-id-across-files",
    "parent-cycle",
    "future-date",
    "published-before-date-or-after-today",
    "wrong-type-number-as-text",
    "syntax-error",
    "bad-kind",
    "parentless-below-top",
    "parentless-beside-nation",
    "two-nations",
];

/// Fixtures that load with warnings (a stale figure, a doubtful ratio, aliases).
const WARNED: &[&str] = &["warnings", "alias-warnings"];

fn bad_cases() -> BTreeSet<String> {
    let mut cases = BTreeSet::new();
    for entry in fs::read_dir(BAD).unwrap() {
        let path = entry.unwrap().path();
        let name = path.file_name().unwrap().to_string_lossy().into_owned();
        if path.is_dir() {
            cases.insert(name);
        } else if let Some(case) = name.strip_suffix(".toml") {
            cases.insert(case.to_string());
        }
    }
    cases
}

fn case_path(case: &str) -> String {
    let folder = format!("{BAD}/{case}");
    if Path::new(&folder).is_dir() {
        folder
    } else {
        format!("{folder}.toml")
    }
}

/// What `check --today 2025-12-31` finds in `path`.
fn check(path: &str) -> Result<Loaded, model::Invalid> {
    let files = model::load::read_path(Path::new(path)).unwrap();
    model::load_files_checked(
        files,
        &Default::default(),
        Some(chrono::NaiveDate::from_ymd_opt(2025, 12, 31).unwrap()),
    )
}

fn diagnostics(result: &Result<Loaded, model::Invalid>) -> &[Diagnostic] {
    match result {
        Ok(loaded) => &loaded.warnings,
        Err(invalid) => &invalid.diagnostics,
    }
}

/// The lines `check` prints in Vietnamese: errors first, then warnings.
fn printed(result: &Result<Loaded, model::Invalid>) -> String {
    let all = diagnostics(result);
    let errors = all.iter().filter(|d| d.severity == Severity::Error);
    let warnings = all.iter().filter(|d| d.severity == Severity::Warning);
    errors
        .chain(warnings)
        .map(|d| format!("{}\n", said(d)))
        .collect()
}

fn said(d: &Diagnostic) -> String {
    tiendo::text::diagnostic(Lang::Vi, d)
}

/// Compares `actual` with the file at `path`, or writes it with `UPDATE_GOLDEN=1`.
fn golden(path: &str, actual: &str) -> Option<String> {
    if std::env::var_os("UPDATE_GOLDEN").is_some() {
        fs::create_dir_all(Path::new(path).parent().unwrap()).unwrap();
        fs::write(path, actual).unwrap();
        return None;
    }
    let expected = fs::read_to_string(path).unwrap_or_default();
    (expected != actual).then(|| format!("{path}:\n--- expected\n{expected}--- printed\n{actual}"))
}

#[test]
fn pinned_cases_print_their_vietnamese_lines() {
    let mut failures = Vec::new();
    for case in PINNED {
        let path = case_path(case);
        let actual = crate::common::slashed(&printed(&check(&path)), &path);
        failures.extend(golden(&format!("{VI}/bad/{case}.expected"), &actual));
    }
    for name in WARNED {
        let result = check(&format!("{GOOD}/{name}.toml"));
        assert!(result.is_ok(), "{name} loads");
        let actual = printed(&result);
        failures.extend(golden(&format!("{VI}/good/{name}.expected"), &actual));
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

#[test]
fn the_vietnamese_hints_keep_their_exact_fixes() {
    let lines = printed(&check(&case_path("decimal-comma")));
    assert!(
        lines.contains(": viết coverage = 94.47: số có dấu chấm thập phân"),
        "{lines}"
    );
    let lines = printed(&check(&case_path("missing-required-key")));
    assert!(
        lines.contains("[[locality.record]] thiếu khóa `source`: thêm một dòng `source = …`"),
        "{lines}"
    );
    let lines = printed(&check(&case_path("unknown-key")));
    assert!(lines.contains("`covrage`"), "{lines}");
    assert!(lines.contains("`coverage`?"), "{lines}");
    let lines = printed(&check(&format!("{GOOD}/warnings.toml")));
    assert!(
        lines.contains(": cảnh báo: số liệu mới nhất của `son-dong` là ngày 2023-12-31"),
        "{lines}"
    );
    assert!(!lines.contains(": warning:"), "{lines}");
}

/// Words that would betray an English message left untranslated.
const ENGLISH: &[&str] = &[
    "the",
    "must",
    "is",
    "are",
    "be",
    "not",
    "a",
    "an",
    "of",
    "and",
    "or",
    "with",
    "without",
    "write",
    "has",
    "have",
    "no",
    "did",
    "you",
    "mean",
    "it",
    "this",
    "in",
    "on",
    "at",
    "to",
    "for",
    "from",
    "than",
    "but",
    "only",
    "remove",
    "add",
    "lacks",
    "holds",
    "unknown",
    "cannot",
    "should",
    "error",
    "errors",
    "warning",
    "warnings",
    "file",
    "files",
    "table",
    "number",
    "text",
    "whole",
    "calendar",
    "day",
    "needs",
    "known",
    "invalid",
    "duplicate",
];

/// The words of a Vietnamese message that are meant to be words: code in
/// backticks, values in quotes (the data's own text), the TOML parser's
/// quoted words, paths and `key = value` fixes are left out.
fn prose(message: &str) -> Vec<String> {
    let mut out = String::new();
    let mut closing: Option<char> = None;
    for c in message.chars() {
        match closing {
            Some(end) if c == end => closing = None,
            Some(_) => {}
            None => match c {
                '`' => closing = Some('`'),
                '"' => closing = Some('"'),
                '“' => closing = Some('”'),
                '[' => closing = Some(']'),
                _ => out.push(c),
            },
        }
    }
    let tokens: Vec<&str> = out.split_whitespace().collect();
    let mut words = Vec::new();
    for (k, token) in tokens.iter().enumerate() {
        // `viết coverage = 94.5`: the key before `=` is code.
        if tokens.get(k + 1) == Some(&"=") || token.contains(['/', '.', '=', '_']) {
            continue;
        }
        let word: String = token
            .chars()
            .filter(|c| c.is_alphanumeric() || *c == '-')
            .collect();
        if !word.is_empty() {
            words.push(word.to_lowercase());
        }
    }
    words
}

#[test]
fn no_vietnamese_diagnostic_of_any_case_holds_an_english_word() {
    let mut paths: Vec<String> = bad_cases().iter().map(|c| case_path(c)).collect();
    paths.extend(WARNED.iter().map(|n| format!("{GOOD}/{n}.toml")));
    let mut found = Vec::new();
    let mut seen = 0;
    for path in &paths {
        let result = check(path);
        for d in diagnostics(&result) {
            seen += 1;
            let shown = said(d);
            let place = format!("{}:{}:{}: ", d.file, d.line, d.column);
            let said = shown.strip_prefix(&place).unwrap_or(&shown);
            let english: Vec<String> = prose(said)
                .into_iter()
                .filter(|w| ENGLISH.contains(&w.as_str()))
                .collect();
            if !english.is_empty() {
                found.push(format!("{shown}\n    English: {english:?}"));
            }
            if d.severity == Severity::Warning {
                assert!(said.starts_with("cảnh báo: "), "{shown}");
            }
        }
        if let Err(invalid) = &result {
            let summary = tiendo::text::refused(invalid, Lang::Vi, path);
            assert!(summary.ends_with(" cảnh báo"), "{summary}");
            let whole = tiendo::text::invalid(Lang::Vi, invalid);
            assert!(whole.starts_with("bộ dữ liệu có "), "{whole}");
        }
    }
    // Syntax the fixtures do not hold: the parser's words, said in Vietnamese.
    let texts = [
        format!("schema = 1\na = {}\n", "[".repeat(300)),
        "schema = 1\nx y z\n[meta\n".to_string(),
        "schema = 1\nschema = 1\nx = 01\ny = abc\nz = [1 2]\nw = { a = 1,, }\n".to_string(),
    ];
    for text in texts {
        let result = model::load_files_checked(
            vec![("t.toml".into(), text.clone().into_bytes())],
            &Default::default(),
            None,
        );
        for d in diagnostics(&result) {
            seen += 1;
            let message = tiendo::text::problem(Lang::Vi, &d.problem);
            let english: Vec<String> = prose(&message)
                .into_iter()
                .filter(|w| ENGLISH.contains(&w.as_str()))
                .collect();
            if !english.is_empty() || message.contains('“') {
                let shown = said(d);
                found.push(format!(
                    "{shown}\n    English: {english:?}\n    in: {text:?}"
                ));
            }
        }
    }
    assert!(seen >= 60, "only {seen} diagnostics scanned");
    assert!(found.is_empty(), "{}", found.join("\n"));
}

#[test]
fn english_counts_right() {
    let one_error = check(&case_path("decimal-comma")).unwrap_err();
    assert_eq!(
        tiendo::text::refused(&one_error, Lang::En, "x.toml"),
        "x.toml: 1 error, 0 warnings"
    );
    assert_eq!(
        tiendo::text::refused(&one_error, Lang::Vi, "x.toml"),
        "x.toml: 1 lỗi, 0 cảnh báo"
    );
    let many = check(&case_path("participants-above-population"));
    let many = many.unwrap_err();
    let errors = many.errors().count();
    let warnings = many.diagnostics.len() - errors;
    let plural = |n: usize, one: &str, more: &str| {
        if n == 1 {
            format!("{n} {one}")
        } else {
            format!("{n} {more}")
        }
    };
    assert_eq!(
        tiendo::text::refused(&many, Lang::En, "x.toml"),
        format!(
            "x.toml: {}, {}",
            plural(errors, "error", "errors"),
            plural(warnings, "warning", "warnings")
        )
    );

    // Two errors in one text: a number in quotes and an unknown key.
    let text = fs::read_to_string(format!("{BAD}/decimal-comma.toml")).unwrap();
    let two = text.replacen("coverage = 94,47", "coverage = 94.47\ncovrage = 1", 1);
    assert_ne!(two, text, "the fixture still writes coverage = 94,47");
    let two = model::load_files_checked(
        vec![("t.toml".into(), two.into_bytes())],
        &Default::default(),
        None,
    )
    .unwrap_err();
    let warnings = two.diagnostics.len() - two.errors().count();
    assert_eq!(
        tiendo::text::refused(&two, Lang::En, "t.toml"),
        format!(
            "t.toml: 1 error, {}",
            plural(warnings, "warning", "warnings")
        )
    );

    let warned = check(&format!("{GOOD}/warnings.toml")).unwrap();
    assert_eq!(warned.warnings.len(), 2);
    let summary = tiendo::text::accepted(&warned, Lang::En, "w.toml", 1);
    assert!(
        summary.starts_with("w.toml: no errors, 2 warnings; 1 file, "),
        "{summary}"
    );
    let vi = tiendo::text::accepted(&warned, Lang::Vi, "w.toml", 1);
    assert!(
        vi.starts_with("w.toml: không có lỗi, 2 cảnh báo; 1 tệp, "),
        "{vi}"
    );
    let alias = check(&format!("{GOOD}/alias-warnings.toml")).unwrap();
    let one = Loaded {
        dataset: alias.dataset,
        warnings: alias.warnings.into_iter().take(1).collect(),
    };
    assert!(
        tiendo::text::accepted(&one, Lang::En, "a.toml", 2)
            .starts_with("a.toml: no errors, 1 warning; 2 files, "),
        "{}",
        tiendo::text::accepted(&one, Lang::En, "a.toml", 2)
    );
}

/// Exit code, and stderr then stdout, of `tiendo args` with no language set.
fn tiendo(args: &[&str]) -> (Option<i32>, String) {
    let out = Command::new(env!("CARGO_BIN_EXE_tiendo"))
        .args(args)
        .env("NO_COLOR", "1")
        .env_remove("TIENDO_LANG")
        .run()
        .unwrap();
    let text = format!(
        "{}{}",
        String::from_utf8_lossy(&out.stderr),
        String::from_utf8_lossy(&out.stdout)
    );
    (out.status.code(), text)
}

#[test]
fn check_speaks_vietnamese_by_default_and_english_when_asked() {
    let mut failures = Vec::new();
    let good = ["check", "tests/good/warnings.toml", "--today", "2025-12-31"];
    let (code, vi) = tiendo(&good);
    assert_eq!(code, Some(0), "{vi}");
    failures.extend(golden(&format!("{VI}/check/warnings.out"), &vi));
    let bad = [
        "check",
        "tests/bad/decimal-comma.toml",
        "--today",
        "2025-12-31",
    ];
    let (code, vi) = tiendo(&bad);
    assert_eq!(code, Some(1), "{vi}");
    failures.extend(golden(&format!("{VI}/check/decimal-comma.out"), &vi));
    assert!(failures.is_empty(), "{}", failures.join("\n"));

    let (_, en) = tiendo(&[&good[..], &["--lang", "en"]].concat());
    assert!(en.contains(": warning: the latest figure"), "{en}");
    assert!(en.contains(": no errors, 2 warnings; 1 file, "), "{en}");
    let (_, en) = tiendo(&[&bad[..], &["--lang", "en"]].concat());
    assert!(en.contains(": 1 error, 0 warnings"), "{en}");
    assert!(
        en.contains("write coverage = 94.47: a number with a decimal point"),
        "{en}"
    );
}

#[test]
fn the_scan_sees_english_and_skips_code_and_data() {
    let english = |m: &str| -> Vec<String> {
        prose(m)
            .into_iter()
            .filter(|w| ENGLISH.contains(&w.as_str()))
            .collect()
    };
    assert_eq!(
        english("write coverage = 94.5: a number with a decimal point"),
        ["write", "a", "number", "with", "a"]
    );
    assert_eq!(
        english("warning: the latest figure is stale"),
        ["warning", "the", "is"]
    );
    assert!(english("viết coverage = 94.5: số có dấu chấm thập phân").is_empty());
    assert!(english("`the` \"is a\" [[no]] “unclosed array, expected `]`”").is_empty());
}
