//! `check` and the command line speak one language (issue 24): every
//! `tests/bad` case, and the slips the issue met (a spreadsheet given as
//! a dataset, a spreadsheet to import that is not there, the parser's own
//! messages), run through the binary in Vietnamese and in English; the
//! Vietnamese output must hold none of the English words that betray an
//! untranslated message, and the English output none of the Vietnamese
//! words of ours.
//!
//! What is not the program's prose is left out of the scan: the place
//! before a message (a path ending `:line:col:`, or any word holding `/`
//! or `.`, which names a file or is a figure), and text between backticks
//! or straight double quotes, which are the keys, ids and values the user
//! typed. The TOML parser's own words are quoted between “ and ”, and are
//! scanned: a case that would show them in Vietnamese fails.

#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

use crate::common::Run;
use std::fs;
use std::path::Path;
use std::process::Command;

const BAD: &str = "tests/bad";

/// Whole words (any case) and a phrase that are English in a message.
const ENGLISH_WORDS: &[&str] = &["expected", "invalid", "error", "errors", "unexpected"];
const ENGLISH_PHRASES: &[&str] = &["no such file"];
/// Words of our Vietnamese sentences, never in an English one.
const VIETNAMESE_WORDS: &[&str] = &["lỗi", "cảnh", "báo", "viết", "không", "hãy", "phải", "tệp"];

fn tiendo(args: &[&str]) -> (Option<i32>, String) {
    let out = Command::new(env!("CARGO_BIN_EXE_tiendo"))
        .env("NO_COLOR", "1")
        .env_remove("TIENDO_LANG")
        .args(args)
        .run()
        .expect("the tiendo binary runs");
    let mut said = String::from_utf8_lossy(&out.stderr).into_owned();
    said.push_str(&String::from_utf8_lossy(&out.stdout));
    (out.status.code(), said)
}

/// The words of `output` that are the program's prose (see the module's
/// comment), lowercased, and the prose itself.
fn prose(output: &str) -> (Vec<String>, String) {
    let mut kept = String::new();
    for line in output.lines() {
        let mut closing: Option<char> = None;
        for c in line.chars() {
            match closing {
                Some(end) if c == end => closing = None,
                Some(_) => {}
                None if c == '`' || c == '"' => closing = Some(c),
                None => kept.push(c),
            }
        }
        kept.push('\n');
    }
    let text: String = kept
        .split_whitespace()
        .filter(|token| !token.contains(['/', '.', '\\']))
        .collect::<Vec<_>>()
        .join(" ");
    let words = text
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .map(str::to_lowercase)
        .collect();
    (words, text.to_lowercase())
}

fn english_in(output: &str) -> Vec<String> {
    let (words, text) = prose(output);
    let mut found: Vec<String> = words
        .into_iter()
        .filter(|w| ENGLISH_WORDS.contains(&w.as_str()))
        .collect();
    found.extend(
        ENGLISH_PHRASES
            .iter()
            .filter(|p| text.contains(*p))
            .map(|p| p.to_string()),
    );
    found
}

fn vietnamese_in(output: &str) -> Vec<String> {
    let (words, _) = prose(output);
    words
        .into_iter()
        .filter(|w| VIETNAMESE_WORDS.contains(&w.as_str()))
        .collect()
}

fn bad_cases() -> Vec<String> {
    let mut cases: Vec<String> = fs::read_dir(BAD)
        .unwrap()
        .filter_map(|e| {
            let path = e.unwrap().path();
            let name = path.file_name()?.to_str()?.to_string();
            (path.is_dir() || name.ends_with(".toml")).then(|| format!("{BAD}/{name}"))
        })
        .collect();
    cases.sort();
    cases
}

/// Runs `args` in both languages: the Vietnamese output must hold no
/// English word, the English one no Vietnamese word; both must say
/// something. Returns the failures.
fn in_both(args: &[&str]) -> Vec<String> {
    let mut failures = Vec::new();
    let (_, vi) = tiendo(&[args, &["--lang", "vi"]].concat());
    let (_, en) = tiendo(&[args, &["--lang", "en"]].concat());
    let english = english_in(&vi);
    if vi.trim().is_empty() || !english.is_empty() {
        failures.push(format!("{args:?} --lang vi: {english:?} in\n{vi}"));
    }
    let vietnamese = vietnamese_in(&en);
    if en.trim().is_empty() || !vietnamese.is_empty() {
        failures.push(format!("{args:?} --lang en: {vietnamese:?} in\n{en}"));
    }
    failures
}

#[test]
fn the_scan_finds_english_words_and_leaves_out_paths_and_typed_text() {
    assert_eq!(
        english_in(
            "a.toml:1:2: đây không phải là TOML hợp lệ (trình đọc TOML báo: “invalid float, expected nothing”)"
        ),
        ["invalid", "expected"]
    );
    assert_eq!(
        english_in("tiendo: x: No such file or directory (os error 2)"),
        ["error", "no such file"]
    );
    assert_eq!(
        english_in("tests/bad/invalid-utf8.toml:3:1: khóa `error` không có; văn bản \"Invalid\""),
        Vec::<String>::new()
    );
    assert_eq!(
        vietnamese_in("x.toml:1:1: write `không` = 1"),
        Vec::<String>::new()
    );
    assert_eq!(vietnamese_in("x.toml: 1 lỗi"), ["lỗi"]);
}

#[test]
fn every_bad_case_is_checked_in_one_language_each() {
    let cases = bad_cases();
    assert!(cases.len() >= 60, "only {} cases", cases.len());
    let mut failures = Vec::new();
    for case in &cases {
        let (code, _) = tiendo(&["check", "--today", "2025-12-31", case]);
        assert_eq!(code, Some(1), "{case} is refused");
        failures.extend(in_both(&["check", "--today", "2025-12-31", case]));
    }
    assert!(failures.is_empty(), "{}", failures.join("\n\n"));
}

/// The slips the issue met beside `tests/bad`, each said in one language.
#[test]
fn spreadsheets_missing_files_and_the_parsers_words_are_said_in_one_language() {
    let dir = tempfile::tempdir().unwrap();
    let put = |name: &str, text: &[u8]| {
        let path = dir.path().join(name);
        fs::write(&path, text).unwrap();
        path.to_str().unwrap().to_string()
    };
    let xlsx = put("report.xlsx", b"PK\x03\x04 not really a workbook");
    let csv = put("report.csv", "Tỉnh,Tỷ lệ\nBắc Ninh,94.5\n".as_bytes());
    let base = fs::read_to_string(Path::new(BAD).join("count-with-decimals.toml")).unwrap();
    let slip = |name: &str, line: &str| {
        put(
            name,
            base.replace("participants = 1741540.5", line).as_bytes(),
        )
    };
    let slips = [
        slip("float.toml", "coverage = 92.5.1"),
        slip("exponent.toml", "participants = 1e"),
        slip("key.toml", "participants = 5 6 x"),
        slip("month.toml", "coverage = 94.5\n  published = 2025-03"),
        slip(
            "thousands.toml",
            "participants = 322.000\n  population = 400000",
        ),
        slip("percent.toml", "coverage = 92%"),
        slip(
            "spaces.toml",
            "participants = 322 000\n  population = 400000",
        ),
    ];
    let folder = dir.path().join("folder.xlsx");
    fs::create_dir(&folder).unwrap();
    let folder = folder.to_str().unwrap();
    let missing = dir.path().join("missing.xlsx");
    let missing = missing.to_str().unwrap();
    let mut failures = Vec::new();
    for args in [
        vec!["check", xlsx.as_str()],
        vec!["check", csv.as_str()],
        vec!["--data", csv.as_str(), "export"],
        vec!["import", missing],
        vec!["import", folder],
        vec!["check", missing],
    ] {
        failures.extend(in_both(&args));
    }
    for slip in &slips {
        failures.extend(in_both(&["check", "--today", "2025-12-31", slip]));
    }
    assert!(failures.is_empty(), "{}", failures.join("\n\n"));
}

#[test]
fn a_spreadsheet_given_as_a_dataset_names_the_import_command() {
    let dir = tempfile::tempdir().unwrap();
    for name in ["report.xlsx", "report.xls", "report.ods", "report.csv"] {
        let path = dir.path().join(name);
        fs::write(&path, "a,b\n").unwrap();
        let path = path.to_str().unwrap();
        // Exit 2, as for any dataset that cannot be read.
        let (code, vi) = tiendo(&["check", path]);
        assert_eq!(code, Some(2), "{vi}");
        assert_eq!(
            vi.trim_end(),
            format!(
                "tiendo: {path} là một bảng tính, không phải tệp dữ liệu TOML: hãy chạy `tiendo import {path}` để chuyển số liệu của nó thành tệp TOML"
            )
        );
        let (_, en) = tiendo(&["--data", path, "export", "--lang", "en"]);
        assert_eq!(
            en.trim_end(),
            format!(
                "tiendo: {path} is a spreadsheet, not a TOML dataset: run `tiendo import {path}` to turn its figures into one"
            )
        );
    }
}

#[test]
fn the_help_in_english_names_vietnamese_as_the_default_language() {
    for env in [None, Some("en")] {
        let mut cmd = Command::new(env!("CARGO_BIN_EXE_tiendo"));
        cmd.env_remove("TIENDO_LANG");
        if let Some(lang) = env {
            cmd.env("TIENDO_LANG", lang);
        }
        let out = cmd.args(["--help", "--lang", "en"]).run().unwrap();
        // The help wraps at the width of the screen: read it unwrapped.
        let help = String::from_utf8_lossy(&out.stdout);
        let help = help.split_whitespace().collect::<Vec<_>>().join(" ");
        let at = help.find("--lang <").unwrap();
        let line = help.get(at..at + 160).unwrap_or(&help[at..]);
        assert!(
            line.contains("[default: vi, or the TIENDO_LANG variable]"),
            "{line}"
        );
        assert!(!line.contains("[default: en]"), "{line}");
    }
}

#[test]
fn a_district_asked_for_as_a_province_is_sent_to_unit() {
    let (code, vi) = tiendo(&["export", "--view", "province:phu-xuyen"]);
    assert_eq!(code, Some(2), "{vi}");
    assert_eq!(
        vi.trim_end(),
        "tiendo: mã \"phu-xuyen\" là của một quận/huyện, không phải tỉnh/thành: hãy dùng --view unit:phu-xuyen"
    );
    let (_, en) = tiendo(&["export", "--view", "province:phu-xuyen", "--lang", "en"]);
    assert_eq!(
        en.trim_end(),
        "tiendo: the id \"phu-xuyen\" is a district's, not a province's: use --view unit:phu-xuyen"
    );
    // The way it advises opens it; an id no unit has still gets the closest.
    let (code, out) = tiendo(&["export", "--view", "unit:phu-xuyen"]);
    assert_eq!(code, Some(0), "{out}");
    let (_, near) = tiendo(&["export", "--view", "province:phu-yenn"]);
    assert!(near.contains("các mã gần nhất là phu-yen"), "{near}");
}
