//! One language throughout (issue 12, item 1), for what the program says
//! itself: `--help` of every command, usage errors, export and I/O errors.
//! Vietnamese by default, English with `--lang en` or `TIENDO_LANG=en`;
//! the flag wins over the variable. (The dataset diagnostics of `check`
//! have their own tests.)

#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

use crate::common::Run;
use std::process::Command;

/// Exit code, stdout and stderr of `tiendo args`, with `TIENDO_LANG` set
/// to `env` (or unset).
fn run_with(env: Option<&str>, args: &[&str]) -> (Option<i32>, String, String) {
    let mut cmd = Command::new(env!("CARGO_BIN_EXE_tiendo"));
    cmd.env("NO_COLOR", "1").env_remove("TIENDO_LANG");
    if let Some(lang) = env {
        cmd.env("TIENDO_LANG", lang);
    }
    let out = cmd.args(args).run().expect("the tiendo binary runs");
    (
        out.status.code(),
        String::from_utf8_lossy(&out.stdout).into_owned(),
        String::from_utf8_lossy(&out.stderr).into_owned(),
    )
}

fn run(args: &[&str]) -> (Option<i32>, String, String) {
    run_with(None, args)
}

/// Every way to ask for help, of every command.
const HELPS: [&[&str]; 7] = [
    &["--help"],
    &["-h"],
    &["check", "--help"],
    &["check", "-h"],
    &["export", "--help"],
    &["help", "export"],
    &["help"],
];

/// clap's own English: its headings, its words for help and defaults.
const CLAP_ENGLISH: [&str; 9] = [
    "Usage:",
    "Options:",
    "Arguments:",
    "Commands:",
    "Print help",
    "Print version",
    "[default:",
    "[possible values:",
    "[OPTIONS]",
];

/// Words that give away an English sentence in text meant to be Vietnamese.
const ENGLISH_WORDS: [&str; 12] = [
    " the ", "The ", " of ", " to ", " or ", " and ", " is ", "cannot", "error", "write ", "Print",
    "file",
];

/// Vietnamese help: Vietnamese headings, none of clap's English, and no
/// English sentence in any command's or argument's words.
fn assert_vietnamese_help(args: &[&str], help: &str) {
    for heading in ["Cách dùng: tiendo", "Tùy chọn:"] {
        assert!(help.contains(heading), "{args:?}: {heading}\n{help}");
    }
    for english in CLAP_ENGLISH.iter().chain(&ENGLISH_WORDS) {
        assert!(!help.contains(english), "{args:?}: {english:?}\n{help}");
    }
}

fn assert_english_help(args: &[&str], help: &str) {
    for heading in ["Usage: tiendo", "Options:"] {
        assert!(help.contains(heading), "{args:?}: {heading}\n{help}");
    }
    for vietnamese in ["Cách dùng", "Tùy chọn", "In trợ giúp", "mặc định"] {
        assert!(!help.contains(vietnamese), "{args:?}: {vietnamese}\n{help}");
    }
}

#[test]
fn help_of_every_command_is_vietnamese_by_default() {
    for args in HELPS {
        let (code, help, stderr) = run(args);
        assert_eq!(code, Some(0), "{args:?}: {stderr}");
        assert_vietnamese_help(args, &help);
    }
    let (_, help, _) = run(&["check", "--help"]);
    assert!(help.contains("Đối số:\n  [ĐƯỜNG_DẪN]"), "{help}");
    let (_, help, _) = run(&["--help"]);
    assert!(help.contains("Lệnh:\n  check"), "{help}");
    assert!(help.contains("TIENDO_LANG"), "{help}");
    let (_, help, _) = run(&["export", "--help"]);
    for said in [
        "--sort <CỘT>",
        "mặc định: gap",
        "--width <SỐ_CỘT>",
        "-o, --output <TỆP>",
    ] {
        assert!(help.contains(said), "{said}\n{help}");
    }
}

#[test]
fn help_of_every_command_is_english_with_lang_en_or_tiendo_lang_en() {
    for args in HELPS {
        let with_flag = [args, &["--lang", "en"][..]].concat();
        let (code, help, stderr) = run(&with_flag);
        assert_eq!(code, Some(0), "{with_flag:?}: {stderr}");
        assert_english_help(&with_flag, &help);
        let (code, help, stderr) = run_with(Some("en"), args);
        assert_eq!(code, Some(0), "TIENDO_LANG=en {args:?}: {stderr}");
        assert_english_help(args, &help);
    }
    let (_, help, _) = run(&["--lang", "en", "check", "--help"]);
    assert!(help.contains("Arguments:\n  [PATH]"), "{help}");
}

#[test]
fn the_lang_flag_wins_over_tiendo_lang() {
    for args in [
        &["--lang", "vi", "--help"][..],
        &["export", "--help", "--lang=vi"],
    ] {
        let (code, help, _) = run_with(Some("en"), args);
        assert_eq!(code, Some(0));
        assert_vietnamese_help(args, &help);
    }
    let args = ["--lang", "en", "check", "--help"];
    let (_, help, _) = run_with(Some("vi"), &args);
    assert_english_help(&args, &help);
}

#[test]
fn tiendo_lang_sets_the_language_of_everything() {
    let args = ["export", "--view", "provinces", "--today", "2026-11-23"];
    let (_, english, _) = run(&[&args[..], &["--lang", "en"]].concat());
    let (code, from_env, stderr) = run_with(Some("en"), &args);
    assert_eq!(code, Some(0), "{stderr}");
    assert_eq!(from_env, english);
    assert!(from_env.contains("Provinces"), "{from_env}");
    let (_, vietnamese, _) = run(&args);
    assert!(vietnamese.contains("Tỉnh/thành"), "{vietnamese}");
    assert_eq!(run_with(Some("vi"), &args).1, vietnamese);
    // Upper case and spaces are forgiven.
    assert_eq!(run_with(Some(" EN"), &args).1, english);
}

#[test]
fn a_tiendo_lang_that_names_no_language_is_said_once_and_vietnamese_goes_on() {
    let args = ["export", "--today", "2026-11-23"];
    let (code, stdout, stderr) = run_with(Some("fr"), &args);
    assert_eq!(code, Some(0), "{stderr}");
    assert_eq!(stdout, run(&args).1);
    assert_eq!(stderr.lines().count(), 1, "{stderr}");
    assert!(
        stderr.starts_with("tiendo: biến môi trường TIENDO_LANG=\"fr\" không dùng được"),
        "{stderr}"
    );
}

/// A failure: exit 2 and one line on stderr, `tiendo: ` and `says`.
fn assert_one_sentence(env: Option<&str>, args: &[&str], says: &str) -> String {
    let (code, stdout, stderr) = run_with(env, args);
    assert_eq!(code, Some(2), "{args:?}: {stderr}");
    assert!(stdout.is_empty(), "{args:?}: {stdout}");
    assert_eq!(stderr.lines().count(), 1, "{args:?}, one line:\n{stderr}");
    assert!(stderr.starts_with("tiendo: "), "{args:?}: {stderr}");
    assert!(stderr.contains(says), "{args:?}: {says:?} in\n{stderr}");
    stderr
}

fn assert_no_english(args: &[&str], said: &str) {
    for english in ENGLISH_WORDS {
        assert!(!said.contains(english), "{args:?}: {english:?} in {said}");
    }
}

#[test]
fn an_export_that_cannot_be_written_is_one_sentence_in_the_language() {
    let dir = tempfile::tempdir().unwrap();
    let missing = dir.path().join("no-such-folder");
    let out = missing.join("x.txt");
    let out = out.to_str().unwrap();
    let folder = missing.display().to_string();
    let args = ["export", "--today", "2026-11-23", "-o", out];
    let said = assert_one_sentence(
        None,
        &args,
        &format!("tiendo: không ghi được vào {folder}: không có tệp hoặc thư mục này"),
    );
    assert_no_english(&args, &said);
    assert_one_sentence(
        None,
        &[&args[..], &["--lang", "en"]].concat(),
        &format!("tiendo: cannot write in {folder}: no such file or folder"),
    );
    assert_one_sentence(Some("en"), &args, "tiendo: cannot write in");
    assert!(!missing.exists());
}

#[test]
fn data_that_cannot_be_read_is_one_sentence_in_the_language() {
    let dir = tempfile::tempdir().unwrap();
    let missing = dir.path().join("no-such.toml");
    let missing = missing.to_str().unwrap();
    for args in [
        &["--data", missing, "export"][..],
        &["export", "--data", missing],
        &["--data", missing],
        &["check", missing],
    ] {
        let said = assert_one_sentence(
            None,
            args,
            &format!("tiendo: không mở được {missing}: không có tệp hoặc thư mục này"),
        );
        assert_no_english(args, &said);
        let en = [args, &["--lang", "en"][..]].concat();
        assert_one_sentence(
            None,
            &en,
            &format!("tiendo: cannot open {missing}: no such file or folder"),
        );
    }
    // A folder without a dataset in it.
    let empty = dir.path().to_str().unwrap();
    let said = assert_one_sentence(
        None,
        &["--data", empty, "export"],
        &format!("thư mục {empty} không có tệp .toml nào"),
    );
    assert_no_english(&[], &said);
    assert_one_sentence(
        None,
        &["--data", empty, "export", "--lang", "en"],
        &format!("the folder {empty} holds no .toml file"),
    );
}

#[test]
fn usage_errors_are_one_sentence_in_the_language() {
    for (args, vi, en) in [
        (
            &["--wath"][..],
            "không có tùy chọn --wath; có phải ý là --watch?",
            "there is no option --wath; did you mean --watch?",
        ),
        (
            &["export", "--nope"],
            "không có tùy chọn --nope: `tiendo export --help` liệt kê các tùy chọn",
            "there is no option --nope: `tiendo export --help` lists the options",
        ),
        (
            &["expor"],
            "không có lệnh \"expor\"",
            "there is no command \"expor\"",
        ),
        (
            &["export", "b.toml"],
            "không hiểu \"b.toml\" ở vị trí này",
            "\"b.toml\" is not expected here",
        ),
        (
            &["export", "--format", "docx"],
            "--format không nhận giá trị \"docx\": hãy ghi một trong txt, md, csv, json",
            "--format does not take \"docx\": write one of txt, md, csv, json",
        ),
        (
            &["export", "--sort", "speed"],
            "--sort: không có cột nào tên \"speed\"; hãy ghi một trong name, coverage",
            "--sort: no column is called \"speed\"; write one of name, coverage",
        ),
        (
            &["export", "--filter", "late"],
            "--filter: không có trạng thái nào tên \"late\"; hãy ghi một trong achieved",
            "--filter: no status is called \"late\"; write one of achieved",
        ),
        (
            &["export", "--width", "40"],
            "--width: hãy ghi số cột là một số từ 60 trở lên, không phải \"40\"",
            "--width: write the width as a number of columns, 60 or more, not \"40\"",
        ),
        (
            &["export", "--today", "2026-13-01"],
            "--today: hãy ghi ngày theo dạng YYYY-MM-DD",
            "--today: write the date as YYYY-MM-DD",
        ),
        (
            &["export", "--today", "2026-11-23", "--as-of", "2027-01-01"],
            "--as-of 01/01/2027 là sau hôm nay (23/11/2026)",
            "--as-of 2027-01-01 is after today (2026-11-23)",
        ),
        (
            &["export", "--view", "timeline:999"],
            "\"timeline:999\": hãy ghi timeline:<n>, với n là thứ tự của mốc",
            "\"timeline:999\": write timeline:<n> with n the milestone's place",
        ),
        (
            &["--today", "2026-11-23", "--today", "2026-11-24"],
            "--today chỉ được ghi một lần",
            "--today can be given only once",
        ),
        (
            &["--today"],
            "--today cần một giá trị",
            "--today needs a value",
        ),
        (
            &["help", "nope"],
            "không có lệnh \"nope\"",
            "there is no command \"nope\"",
        ),
    ] {
        let said = assert_one_sentence(None, args, vi);
        assert_no_english(args, &said);
        let en_args = [&["--lang", "en"][..], args].concat();
        assert_one_sentence(None, &en_args, en);
    }
    // A --lang clap refuses is said in the language of the rest.
    assert_one_sentence(
        None,
        &["--lang", "fr"],
        "--lang không nhận giá trị \"fr\": hãy ghi một trong vi, en",
    );
    assert_one_sentence(
        Some("en"),
        &["--lang", "fr"],
        "--lang does not take \"fr\": write one of vi, en",
    );
}
