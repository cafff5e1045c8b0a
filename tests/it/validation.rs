//! Every validation rule has a fixture under `tests/bad/` with the exact
//! lines `tiendo check` must print for it; the fixtures under `tests/good/`
//! must load. Paths are relative to the crate root, where `cargo test` runs.

// Test helpers outside #[test] functions: a failed fixture is meant to stop the test.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

use crate::common::Run;
use std::collections::BTreeSet;
use std::fs;
use std::path::Path;
use std::process::Command;

use tiendo::model::{self, Loaded, Severity};
use tiendo::text::Lang;
use unicode_normalization::UnicodeNormalization;

const BAD: &str = "tests/bad";
const GOOD: &str = "tests/good";

/// The cases under `tests/bad/`: `<case>.toml` files and `<case>/` folders.
fn bad_cases() -> BTreeSet<String> {
    let mut cases = BTreeSet::new();
    for entry in fs::read_dir(BAD).expect("tests/bad is readable") {
        let path = entry.expect("tests/bad is listable").path();
        let name = path.file_name().unwrap().to_string_lossy().into_owned();
        if path.is_dir() {
            cases.insert(name);
        } else if let Some(case) = name.strip_suffix(".toml") {
            cases.insert(case.to_string());
        }
    }
    cases
}

fn expected_files() -> BTreeSet<String> {
    fs::read_dir(BAD)
        .expect("tests/bad is readable")
        .filter_map(|e| {
            let name = e.ok()?.file_name().to_string_lossy().into_owned();
            name.strip_suffix(".expected").map(str::to_string)
        })
        .collect()
}

/// The path a case is loaded from, as messages name it.
fn case_path(case: &str) -> String {
    let folder = format!("{BAD}/{case}");
    if Path::new(&folder).is_dir() {
        folder
    } else {
        format!("{folder}.toml")
    }
}

fn lines(text: &str) -> Vec<String> {
    text.lines()
        .map(|l| l.trim_end_matches('\r').to_string())
        .filter(|l| !l.is_empty())
        .collect()
}

/// A line-by-line diff: `-` expected only, `+` printed only, ` ` both.
fn diff(expected: &[String], actual: &[String]) -> String {
    // Longest common subsequence, small inputs only.
    let (n, m) = (expected.len(), actual.len());
    let mut lcs = vec![vec![0usize; m + 1]; n + 1];
    for i in (0..n).rev() {
        for j in (0..m).rev() {
            lcs[i][j] = if expected[i] == actual[j] {
                lcs[i + 1][j + 1] + 1
            } else {
                lcs[i + 1][j].max(lcs[i][j + 1])
            };
        }
    }
    let (mut i, mut j) = (0, 0);
    let mut out = String::new();
    while i < n || j < m {
        if i < n && j < m && expected[i] == actual[j] {
            out += &format!("    {}\n", expected[i]);
            i += 1;
            j += 1;
        } else if j < m && (i == n || lcs[i][j + 1] >= lcs[i + 1][j]) {
            out += &format!("  + {}\n", actual[j]);
            j += 1;
        } else {
            out += &format!("  - {}\n", expected[i]);
            i += 1;
        }
    }
    out
}

/// Every line `check` prints for a dataset: errors first, then warnings.
fn printed(result: Result<Loaded, model::Invalid>) -> Vec<String> {
    let diagnostics = match result {
        Ok(loaded) => loaded.warnings,
        Err(invalid) => invalid.diagnostics,
    };
    let errors = diagnostics.iter().filter(|d| d.severity == Severity::Error);
    let warnings = diagnostics
        .iter()
        .filter(|d| d.severity == Severity::Warning);
    errors
        .chain(warnings)
        .map(|d| tiendo::text::diagnostic(Lang::En, d))
        .collect()
}

/// What `tiendo check --today 2025-12-31` finds in a path: the judging day
/// is the fixtures' own `as_of`.
fn check(path: &str) -> anyhow::Result<Result<Loaded, model::Invalid>> {
    let files =
        model::load::read_path(Path::new(path)).map_err(|e| tiendo::text::unread(Lang::En, &e))?;
    Ok(model::load_files_checked(
        files,
        &Default::default(),
        Some(chrono::NaiveDate::from_ymd_opt(2025, 12, 31).expect("a day")),
    ))
}

#[test]
fn every_bad_case_has_an_expected_file_and_every_expected_file_a_case() {
    let cases = bad_cases();
    let expected = expected_files();
    let untested: Vec<_> = cases.difference(&expected).collect();
    let orphans: Vec<_> = expected.difference(&cases).collect();
    assert!(
        untested.is_empty() && orphans.is_empty(),
        "cases without a .expected file: {untested:?}; .expected files without a case: {orphans:?}"
    );
    assert!(cases.len() >= 40, "only {} cases found", cases.len());
}

#[test]
fn every_bad_case_prints_exactly_its_expected_lines() {
    let mut failures = Vec::new();
    for case in bad_cases() {
        let Ok(expected) = fs::read_to_string(format!("{BAD}/{case}.expected")) else {
            continue; // reported by the test above
        };
        let expected = lines(&expected);
        let path = case_path(&case);
        let actual: Vec<String> = match check(&path) {
            Ok(Ok(loaded)) => {
                let mut lines = printed(Ok(loaded));
                lines.insert(0, "(the dataset loaded without error)".to_string());
                lines
            }
            Ok(Err(invalid)) => printed(Err(invalid)),
            Err(e) => vec![format!("(cannot read: {e:#})")],
        }
        .iter()
        .map(|line| crate::common::slashed(line, &path))
        .collect();
        if actual != expected {
            failures.push(format!(
                "case {case} ({path}):\n{}",
                diff(&expected, &actual)
            ));
        }
    }
    assert!(
        failures.is_empty(),
        "{} case(s) print other lines than their .expected file \
         (- expected only, + printed only):\n\n{}",
        failures.len(),
        failures.join("\n")
    );
}

#[test]
fn every_bad_case_is_refused() {
    for case in bad_cases() {
        let path = case_path(&case);
        let result = check(&path).expect("readable");
        let Err(invalid) = result else {
            panic!("case {case} loaded without error");
        };
        assert!(invalid.errors().count() >= 1, "case {case}: no error");
    }
}

fn load_good(name: &str) -> Loaded {
    let path = format!("{GOOD}/{name}");
    match model::load_path(Path::new(&path)).expect("readable") {
        Ok(loaded) => loaded,
        Err(invalid) => panic!(
            "{path} should load, but:\n{}",
            invalid
                .diagnostics
                .iter()
                .map(|d| tiendo::text::diagnostic(Lang::En, d))
                .collect::<Vec<_>>()
                .join("\n")
        ),
    }
}

#[test]
fn a_file_with_a_byte_order_mark_and_crlf_line_ends_loads() {
    let bytes = fs::read(format!("{GOOD}/bom-crlf.toml")).unwrap();
    assert!(
        bytes.starts_with(b"\xEF\xBB\xBF"),
        "the fixture lost its BOM"
    );
    assert!(
        bytes.windows(2).any(|w| w == b"\r\n"),
        "the fixture lost its CRLF line ends"
    );
    let loaded = load_good("bom-crlf.toml");
    assert!(loaded.warnings.is_empty(), "{:?}", loaded.warnings);
    assert_eq!(loaded.dataset.meta.title, "Kiểm tra");
    let names: Vec<_> = loaded
        .dataset
        .localities
        .iter()
        .map(|l| l.name.as_str())
        .collect();
    assert_eq!(names, ["Việt Nam", "Bắc Giang"], "no \\r left in the text");
    let record = &loaded.dataset.localities[1].records[0];
    assert_eq!(record.source, "002_61a7fae7d241d439.txt");
    assert_eq!(record.coverage(), Some(94.47));
}

#[test]
fn plan_percent_may_exceed_100() {
    let loaded = load_good("plan-percent-above-100.toml");
    assert!(loaded.warnings.is_empty(), "{:?}", loaded.warnings);
    let record = &loaded.dataset.localities[1].records[0];
    assert_eq!(record.plan_percent(), Some(100.1));
}

#[test]
fn doubtful_figures_give_exactly_the_expected_warnings() {
    let loaded = load_good("warnings.toml");
    assert!(
        loaded
            .warnings
            .iter()
            .all(|d| d.severity == Severity::Warning)
    );
    let expected = lines(&fs::read_to_string(format!("{GOOD}/warnings.expected")).unwrap());
    let actual = printed(Ok(loaded));
    assert!(
        actual == expected,
        "tests/good/warnings.toml (- expected only, + printed only):\n{}",
        diff(&expected, &actual)
    );
}

#[test]
fn aliases_that_repeat_a_name_only_warn_and_load() {
    let loaded = load_good("alias-warnings.toml");
    let expected = lines(&fs::read_to_string(format!("{GOOD}/alias-warnings.expected")).unwrap());
    let actual = printed(Ok(loaded));
    assert!(
        actual == expected,
        "tests/good/alias-warnings.toml (- expected only, + printed only):\n{}",
        diff(&expected, &actual)
    );
}

#[test]
fn names_written_decomposed_come_out_composed() {
    let text = fs::read_to_string(format!("{GOOD}/nfd-names.toml")).unwrap();
    let decomposed: String = "Bắc Giang".nfd().collect();
    assert!(
        text.contains(&decomposed),
        "the fixture must hold the name in NFD"
    );
    let loaded = load_good("nfd-names.toml");
    let composed: String = "Bắc Giang".nfc().collect();
    assert_ne!(composed, decomposed);
    let names: Vec<_> = loaded
        .dataset
        .localities
        .iter()
        .map(|l| l.name.clone())
        .collect();
    let viet_nam: String = "Việt Nam".nfc().collect();
    assert_eq!(names, [viet_nam, composed]);
    assert_eq!(
        loaded.dataset.meta.title,
        "Kiểm tra".nfc().collect::<String>()
    );
}

fn tiendo(args: &[&str]) -> (Option<i32>, String, String) {
    let out = Command::new(env!("CARGO_BIN_EXE_tiendo"))
        .env_remove("TIENDO_LANG")
        .args(args)
        .env("NO_COLOR", "1")
        .env_remove("TIENDO_LANG")
        .run()
        .expect("the tiendo binary runs");
    (
        out.status.code(),
        String::from_utf8_lossy(&out.stdout).into_owned(),
        String::from_utf8_lossy(&out.stderr).into_owned(),
    )
}

#[test]
fn check_exits_1_on_an_invalid_file_and_prints_the_problem() {
    let (code, _, stderr) = tiendo(&["check", "tests/bad/unknown-key.toml", "--lang", "en"]);
    assert_eq!(code, Some(1), "stderr:\n{stderr}");
    assert!(
        stderr.lines().any(|l| l
            == "tests/bad/unknown-key.toml:20:3: unknown key `covrage` in [[locality.record]]: did you mean `coverage`?"),
        "stderr:\n{stderr}"
    );
}

#[test]
fn check_exits_0_on_a_valid_file_and_prints_its_warnings() {
    let (code, _, stderr) = tiendo(&[
        "check",
        "tests/good/warnings.toml",
        "--today",
        "2025-12-31",
        "--lang",
        "en",
    ]);
    assert_eq!(code, Some(0), "stderr:\n{stderr}");
    // Exactly these warnings: a rule that warned where it should not
    // would fail here too.
    let expected = lines(&fs::read_to_string(format!("{GOOD}/warnings.expected")).unwrap());
    let printed: Vec<String> = lines(&stderr);
    assert_eq!(printed, expected, "stderr:\n{stderr}");
}

#[test]
fn check_exits_2_when_the_path_cannot_be_read() {
    let (code, stdout, stderr) = tiendo(&["check", "does-not-exist.toml"]);
    assert_eq!(code, Some(2), "stderr:\n{stderr}");
    assert!(stdout.is_empty(), "stdout:\n{stdout}");
    let printed: Vec<_> = stderr.lines().collect();
    assert_eq!(printed.len(), 1, "stderr:\n{stderr}");
    assert!(printed[0].starts_with("tiendo: "), "stderr:\n{stderr}");
    assert!(
        printed[0].contains("does-not-exist.toml"),
        "stderr:\n{stderr}"
    );
}

/// Data the dashboard or an export will not open: its errors first, its
/// warnings, then the count of both last, where a screenful of warnings
/// would otherwise leave no word of the errors.
#[test]
fn refused_data_ends_with_its_count_of_errors_and_warnings() {
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("d.toml");
    let good = fs::read_to_string(format!("{GOOD}/warnings.toml")).unwrap();
    let bad = good.replacen("coverage = 96.0", "coverage = \"96,0\"", 1);
    assert_ne!(bad, good);
    fs::write(&file, bad).unwrap();
    let path = file.to_str().unwrap();
    for args in [vec!["--data", path], vec!["--data", path, "export"]] {
        let mut args = args;
        args.extend(["--no-cache", "--today", "2025-12-31", "--lang", "en"]);
        let (code, _, stderr) = tiendo(&args);
        assert_eq!(code, Some(1), "stderr:\n{stderr}");
        let lines: Vec<&str> = stderr.lines().collect();
        assert!(
            lines.first().unwrap().ends_with(
                ":20:14: write coverage = 96.0: a number with a decimal point, without quotes"
            ),
            "{stderr}"
        );
        assert!(lines.iter().any(|l| l.contains(": warning: ")), "{stderr}");
        assert_eq!(
            lines.last().copied(),
            Some(format!("{path}: 1 error, 1 warning").as_str()),
            "{stderr}"
        );
    }
}
