//! The command line's rough edges (issue 12, item 2): a closed pipe is no
//! error for any command, `check` takes only its own flags, `--watch`
//! without `--data` says why it does nothing, an unknown id gets the
//! closest ids, a raw ESC is named, and `coverage = 91` means 91 %.

#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

use crate::common::Run;
use std::io::{BufRead, BufReader, Read};
use std::path::Path;
use std::process::{Command, ExitStatus, Stdio};

fn tiendo() -> Command {
    let mut cmd = Command::new(env!("CARGO_BIN_EXE_tiendo"));
    cmd.env("NO_COLOR", "1").env_remove("TIENDO_LANG");
    cmd
}

/// Exit code, stdout and stderr of a run to its end.
fn run(args: &[&str]) -> (Option<i32>, String, String) {
    let out = tiendo().args(args).run().expect("the tiendo binary runs");
    (
        out.status.code(),
        String::from_utf8_lossy(&out.stdout).into_owned(),
        String::from_utf8_lossy(&out.stderr).into_owned(),
    )
}

/// Runs `args` with stdout a pipe whose reader reads `lines` lines, then
/// goes away (`| head -n lines`); returns how the run ended and its stderr.
fn with_closed_stdout(args: &[&str], lines: usize) -> (ExitStatus, String) {
    let mut child = tiendo()
        .args(args)
        .stdin(Stdio::null())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("the tiendo binary runs");
    let mut reader = BufReader::new(child.stdout.take().unwrap());
    for _ in 0..lines {
        let mut line = String::new();
        reader.read_line(&mut line).unwrap();
    }
    drop(reader);
    let mut stderr = String::new();
    child
        .stderr
        .take()
        .unwrap()
        .read_to_string(&mut stderr)
        .unwrap();
    (child.wait().unwrap(), stderr)
}

fn assert_quiet_end(args: &[&str], lines: usize) {
    let (status, stderr) = with_closed_stdout(args, lines);
    assert_ne!(status.code(), Some(101), "{args:?} panicked:\n{stderr}");
    assert!(
        !stderr.contains("panicked") && !stderr.contains("Broken pipe"),
        "{args:?}:\n{stderr}"
    );
    assert!(
        matches!(status.code(), Some(0 | 1)),
        "{args:?} ended {status:?}:\n{stderr}"
    );
}

#[test]
fn a_closed_pipe_ends_check_quietly() {
    // The summary line is written after the load: the reader is gone by then.
    assert_quiet_end(&["check", "data", "--today", "2026-11-23"], 0);
    assert_quiet_end(&["check", "tests/bad/nan.toml"], 0);
}

#[test]
fn a_closed_pipe_ends_the_plain_summary_quietly() {
    // Not a terminal: the dashboard prints its plain summary.
    assert_quiet_end(&["--today", "2026-11-23"], 0);
    assert_quiet_end(&["--today", "2026-11-23"], 1);
}

#[test]
fn a_closed_pipe_ends_export_quietly() {
    for format in ["txt", "md", "csv", "json"] {
        for view in ["overview", "provinces", "timeline"] {
            let args = [
                "export",
                "--view",
                view,
                "--format",
                format,
                "--today",
                "2026-11-23",
            ];
            assert_quiet_end(&args, 0);
            assert_quiet_end(&args, 1);
        }
    }
}

#[test]
fn a_closed_pipe_ends_help_and_version_quietly() {
    for args in [
        &["--help"][..],
        &["check", "--help"],
        &["export", "--help"],
        &["help", "export"],
        &["--version"],
    ] {
        assert_quiet_end(args, 0);
        assert_quiet_end(args, 1);
    }
}

#[test]
fn a_closed_stderr_is_no_panic_either() {
    // `tiendo check bad.toml 2>&1 | head -1`: the problems go to stderr.
    let mut child = tiendo()
        .args(["check", "tests/bad/nan.toml"])
        .stdout(Stdio::null())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    drop(child.stderr.take());
    assert_eq!(
        child.wait().unwrap().code(),
        Some(1),
        "invalid data, no panic"
    );
    let mut child = tiendo()
        .args(["check"])
        .stdout(Stdio::null())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    drop(child.stderr.take());
    assert_eq!(
        child.wait().unwrap().code(),
        Some(2),
        "a usage error, no panic"
    );
}

#[test]
fn check_help_lists_only_what_check_uses() {
    let (code, help, _) = run(&["check", "--help"]);
    assert_eq!(code, Some(0));
    for used in ["<ĐƯỜNG_DẪN>", "--lang", "--today"] {
        assert!(help.contains(used), "{used}:\n{help}");
    }
    for unused in ["--watch", "--export-dir", "--data", "--as-of"] {
        assert!(!help.contains(unused), "{unused}:\n{help}");
    }
    // The dashboard and export keep theirs.
    let (_, help, _) = run(&["--help"]);
    for flag in ["--data", "--as-of", "--watch", "--export-dir", "--lang"] {
        assert!(help.contains(flag), "{flag}:\n{help}");
    }
    let (_, help, _) = run(&["export", "--help"]);
    assert!(
        help.contains("--data") && help.contains("--as-of"),
        "{help}"
    );
    assert!(
        !help.contains("--watch") && !help.contains("--export-dir"),
        "{help}"
    );
}

#[test]
fn check_takes_data_as_its_path() {
    let file = "tests/good/bom-crlf.toml";
    let (code, expected, _) = run(&["check", file, "--today", "2025-12-31", "--lang", "en"]);
    assert_eq!(code, Some(0));
    assert!(
        expected.starts_with("tests/good/bom-crlf.toml: no errors"),
        "{expected}"
    );
    for args in [
        &["check", "--data", file][..],
        &["--data", file, "check"],
        &["check", file, "--data", file],
    ] {
        let mut args = args.to_vec();
        args.extend(["--today", "2025-12-31", "--lang", "en"]);
        let (code, stdout, stderr) = run(&args);
        assert_eq!(code, Some(0), "{args:?}: {stderr}");
        assert_eq!(stdout, expected, "{args:?}");
    }
}

/// A usage error: exit 2 and one line on stderr, naming `names`.
fn assert_one_sentence(args: &[&str], names: &str) {
    let (code, stdout, stderr) = run(args);
    assert_eq!(code, Some(2), "{args:?}: {stderr}");
    assert!(stdout.is_empty(), "{args:?}: {stdout}");
    assert_eq!(
        stderr.lines().count(),
        1,
        "{args:?}, one sentence:\n{stderr}"
    );
    assert!(stderr.starts_with("tiendo: "), "{args:?}: {stderr}");
    assert!(stderr.contains(names), "{args:?}: {stderr}");
}

#[test]
fn a_flag_a_command_does_not_use_is_said_in_one_sentence() {
    let en = |args: &[&'static str]| [&["--lang", "en"][..], args].concat();
    assert_one_sentence(&en(&["check"]), "tiendo check PATH");
    for (args, flag) in [
        (&["check", "data", "--watch"][..], "--watch"),
        (&["--watch", "check", "data"], "--watch"),
        (&["check", "data", "--export-dir", "out"], "--export-dir"),
        (&["check", "data", "--as-of", "2024-12-31"], "--as-of"),
        (&["--as-of", "2024-12-31", "check", "data"], "--as-of"),
        (&["export", "--watch"], "--watch"),
        (&["--export-dir", "out", "export"], "--export-dir"),
    ] {
        assert_one_sentence(&en(args), &format!("{flag} does not apply to `tiendo"));
    }
    // In Vietnamese too.
    assert_one_sentence(&["check", "data", "--watch"], "--watch không áp dụng cho");
    // Before and after `export`, `--as-of` must agree (every `--data` of
    // either place is a dataset: see several_datasets.rs).
    assert_one_sentence(
        &en(&["--as-of", "2024-12-31", "export", "--as-of", "2023-12-31"]),
        "--as-of is given twice",
    );
    let (code, _, stderr) = run(&[
        "--data",
        "tests/marks/marks.toml",
        "export",
        "--today",
        "2026-11-23",
    ]);
    assert_eq!(code, Some(0), "--data before export is its own: {stderr}");
}

#[test]
fn watch_without_data_says_why_it_does_nothing_and_goes_on() {
    for (lang, says) in [
        (
            "en",
            "tiendo: --watch does nothing without --data: the bundled data never changes",
        ),
        ("vi", "tiendo: --watch không có tác dụng khi thiếu --data"),
    ] {
        let (code, stdout, stderr) = run(&["--watch", "--lang", lang, "--today", "2026-11-23"]);
        assert_eq!(code, Some(0), "{stderr}");
        let said: Vec<_> = stderr.lines().filter(|l| l.contains("--watch")).collect();
        assert_eq!(said.len(), 1, "{stderr}");
        assert!(said[0].starts_with(says), "{stderr}");
        // Then the plain summary, as without --watch.
        let (_, plain, _) = run(&["--lang", lang, "--today", "2026-11-23"]);
        assert_eq!(stdout, plain);
    }
}

#[test]
fn an_unknown_id_gets_the_closest_ids_not_all_of_them() {
    for (view, first) in [
        ("province:Ha-Noi", "ha-noi"),
        ("province:HA-NOI", "ha-noi"),
        ("unit:Bac-Giang", "bac-giang"),
        ("province:hanoi", "ha-noi"),
    ] {
        let (code, _, stderr) = run(&["export", "--view", view, "--lang", "en"]);
        assert_eq!(code, Some(2), "{view}: {stderr}");
        assert_eq!(stderr.lines().count(), 1, "{view}: {stderr}");
        let (_, closest) = stderr.trim_end().split_once("the closest are ").unwrap();
        let ids: Vec<_> = closest.split(", ").collect();
        assert_eq!(ids.first(), Some(&first), "{view}: {stderr}");
        assert!(ids.len() <= 5, "{view}: a few, not all 63: {stderr}");
    }
}

#[test]
fn a_raw_escape_character_is_named_as_a_control_character() {
    let (code, _, stderr) = run(&[
        "check",
        "tests/bad/raw-escape-character-in-name.toml",
        "--today",
        "2025-12-31",
        "--lang",
        "en",
    ]);
    assert_eq!(code, Some(1));
    assert!(
        stderr.lines().any(|l| l
            == "tests/bad/raw-escape-character-in-name.toml:14:13: `name` holds a control character (ESC, U+001B): remove it; text must be plain and on one line"),
        "{stderr}"
    );
    assert!(!stderr.contains("not closed"), "{stderr}");
}

#[test]
fn a_whole_number_is_a_percentage_everywhere_one_is_read() {
    let path = "tests/good/whole-number-percents.toml";
    let loaded = match tiendo::model::load_path(Path::new(path)).unwrap() {
        Ok(loaded) => loaded,
        Err(invalid) => panic!("{:?}", invalid.diagnostics),
    };
    let d = &loaded.dataset;
    let record = &d.localities[1].records[0];
    assert_eq!(record.coverage(), Some(91.0));
    assert_eq!(record.plan_percent(), Some(102.0));
    assert_eq!(record.groups().poor, Some(100.0));
    assert_eq!(record.groups().children_under_6, Some(0.0));
    assert_eq!(d.targets[0].coverage, Some(95.0));
    assert_eq!(
        (record.participants(), record.population()),
        (Some(910), Some(1000))
    );
    let (code, stdout, stderr) = run(&["check", path, "--today", "2025-12-31", "--lang", "en"]);
    assert_eq!(code, Some(0), "{stderr}");
    assert!(stdout.contains("no errors, 0 warnings"), "{stdout}");

    // A count stays a whole number; a percentage in quotes gets its fix.
    let dir = tempfile::tempdir().unwrap();
    let text = std::fs::read_to_string(path).unwrap();
    for (from, to, says) in [
        (
            "  population = 1000\n",
            "  population = 1000.0\n",
            "write population = 1000: a count is a whole number",
        ),
        (
            "  coverage = 91\n",
            "  coverage = \"91\"\n",
            "write coverage = 91: a number, without quotes",
        ),
    ] {
        let file = dir.path().join("data.toml");
        std::fs::write(&file, text.replacen(from, to, 1)).unwrap();
        let path = file.to_str().unwrap();
        let (code, _, stderr) = run(&["check", path, "--today", "2025-12-31", "--lang", "en"]);
        assert_eq!(code, Some(1), "{to}: {stderr}");
        assert!(stderr.contains(says), "{to}: {stderr}");
    }
}
