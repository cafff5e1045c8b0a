//! Several datasets as one (issue 13, items 5 and 6): `--data` given more
//! than once, `check` with several paths, the word `bundled` for the
//! built-in data, and top-level `[[record]]`s that attach figures to a
//! locality of another dataset. The fixtures are under `tests/multi/`.

#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

use crate::common::Run;
use std::process::Command;

const THANG_9: &str = "tests/multi/thang-9.toml";

/// Exit code, stdout and stderr of a run, in English on a fixed day: the
/// day the last bundled figure was made public (the national 95,20 % for
/// 2025, on 04/02/2026), since one published after today is an error.
fn run(args: &[&str]) -> (Option<i32>, String, String) {
    run_on("2026-02-04", args)
}

/// The same, with `today` as the day.
fn run_on(today: &str, args: &[&str]) -> (Option<i32>, String, String) {
    let out = Command::new(env!("CARGO_BIN_EXE_tiendo"))
        .env("NO_COLOR", "1")
        .env_remove("TIENDO_LANG")
        .args(["--lang", "en", "--today", today])
        .args(args)
        .run()
        .expect("the tiendo binary runs");
    (
        out.status.code(),
        String::from_utf8_lossy(&out.stdout).into_owned(),
        String::from_utf8_lossy(&out.stderr).into_owned(),
    )
}

/// The `file:line:col: message` lines of errors (not warnings, not the
/// closing count).
fn errors(stderr: &str) -> Vec<&str> {
    stderr
        .lines()
        .filter(|l| !l.contains(": warning: "))
        .filter(|l| {
            l.split(':')
                .nth(1)
                .is_some_and(|n| n.parse::<u32>().is_ok())
        })
        .collect()
}

#[test]
fn a_top_level_record_gives_a_bundled_province_its_figure_with_its_source() {
    let view = ["export", "--view", "province:cao-bang", "--format", "md"];
    // The bundled data alone has no figure for Cao Bằng.
    let (code, alone, stderr) = run(&view);
    assert_eq!(code, Some(0), "{stderr}");
    assert!(!alone.contains("97.12"), "{alone}");

    let (code, both, stderr) =
        run(&[&["--data", "bundled", "--data", THANG_9][..], &view].concat());
    assert_eq!(code, Some(0), "{stderr}");
    assert!(both.contains("97.12%"), "{both}");
    assert!(both.contains("2025-09-30"), "{both}");
    assert!(
        both.contains("BHXH tỉnh Cao Bằng, báo cáo tháng 9/2025 (thử nghiệm)"),
        "the record's source is shown:\n{both}"
    );
    // The rest of the country is still there: the bundled Hà Nội, say.
    let (code, provinces, _) = run(&[
        "--data",
        "bundled",
        "--data",
        THANG_9,
        "export",
        "--view",
        "provinces",
    ]);
    assert_eq!(code, Some(0));
    assert!(
        provinces.contains("Cao Bằng") && provinces.contains("Hà Nội"),
        "{provinces}"
    );
    assert!(provinces.contains("97.12"), "{provinces}");
}

#[test]
fn the_txt_view_of_a_province_shows_the_new_figure() {
    let (code, text, stderr) = run(&[
        "--data",
        "bundled",
        "--data",
        THANG_9,
        "export",
        "--view",
        "province:cao-bang",
    ]);
    assert_eq!(code, Some(0), "{stderr}");
    assert!(text.contains("Coverage 97.12%"), "{text}");
}

#[test]
fn a_snapshot_header_lists_every_data_flag() {
    // Before or after `export`, every `--data` is a dataset, named in the
    // command that gives the snapshot again.
    for args in [
        &["--data", "bundled", "--data", THANG_9, "export"][..],
        &["--data", "bundled", "export", "--data", THANG_9][..],
    ] {
        let (code, text, stderr) = run(args);
        assert_eq!(code, Some(0), "{stderr}");
        let header: String = text.lines().take(8).collect::<Vec<_>>().join(" ");
        assert!(
            header.contains(&format!(
                "Command: tiendo export --data bundled --data {THANG_9} --view overview"
            )),
            "{args:?}:\n{text}"
        );
    }
}

#[test]
fn check_takes_several_paths_as_one_dataset() {
    let (code, stdout, stderr) = run(&["check", "tests/multi/base.toml", "tests/multi/extra.toml"]);
    assert_eq!(code, Some(0), "{stderr}");
    assert_eq!(
        stdout.trim_end(),
        "tests/multi/base.toml + tests/multi/extra.toml: no errors, 0 warnings; 2 files, 3 localities, 3 records, 1 target, 0 milestones, 0 documents"
    );
    // Alone, the second has no [meta] and names a locality it lacks.
    let (code, _, stderr) = run(&["check", "tests/multi/extra.toml"]);
    assert_eq!(code, Some(1), "{stderr}");
}

#[test]
fn check_takes_bundled_and_a_file_of_records() {
    let (code, stdout, stderr) = run(&["check", "bundled", THANG_9]);
    assert_eq!(code, Some(0), "{stderr}");
    assert!(
        stdout.starts_with(&format!("bundled + {THANG_9}: no errors")),
        "{stdout}"
    );
    assert!(errors(&stderr).is_empty(), "{stderr}");
    // `--data` says the same as a PATH.
    let (code, again, _) = run(&["--data", "bundled", "check", "--data", THANG_9]);
    assert_eq!(code, Some(0));
    assert_eq!(again, stdout);
}

#[test]
fn a_duplicate_id_across_datasets_is_an_error_naming_both_places() {
    let (code, stdout, stderr) = run(&["check", "bundled", "tests/multi/dup.toml"]);
    assert_eq!(code, Some(1), "{stdout}{stderr}");
    assert_eq!(
        errors(&stderr),
        [
            "tests/multi/dup.toml:5:6: duplicate locality id `cao-bang` (the first is at data/cao-bang.toml:40:6): ids must be unique across all files"
        ]
    );
    // The dashboard's export refuses it the same way.
    let (code, _, stderr) = run(&[
        "--data",
        "bundled",
        "--data",
        "tests/multi/dup.toml",
        "export",
    ]);
    assert_eq!(code, Some(1));
    assert!(
        stderr.contains("duplicate locality id `cao-bang`"),
        "{stderr}"
    );
}

#[test]
fn a_record_for_an_unknown_id_names_the_closest_ids_of_every_dataset() {
    let (code, _, stderr) = run(&["check", "bundled", "tests/multi/typo.toml"]);
    assert_eq!(code, Some(1), "{stderr}");
    assert_eq!(
        errors(&stderr),
        [
            "tests/multi/typo.toml:5:12: `locality` names `cao-bnag`, but no locality has that id; the closest are `cao-bang`, `ca-mau`, `da-nang`"
        ]
    );
}

#[test]
fn the_first_meta_wins_and_a_later_one_is_said_not_to_be_used() {
    let (code, stdout, stderr) = run(&["check", "bundled", "tests/multi/meta.toml"]);
    assert_eq!(code, Some(0), "{stderr}");
    assert!(stdout.contains("no errors"), "{stdout}");
    assert!(
        stderr.contains("tests/multi/meta.toml:5:1: warning: this [meta] is not used: of several datasets loaded as one, the first that has a [meta] gives it (data/00-ca-nuoc.toml)"),
        "{stderr}"
    );
    let (code, text, _) = run(&[
        "--data",
        "bundled",
        "--data",
        "tests/multi/meta.toml",
        "export",
    ]);
    assert_eq!(code, Some(0));
    assert!(
        text.starts_with("tiendo · Thực hiện BHYT toàn dân"),
        "{text}"
    );
    // Named first, its [meta] is the one used.
    let (code, text, _) = run(&[
        "--data",
        "tests/multi/meta.toml",
        "--data",
        "bundled",
        "export",
    ]);
    assert_eq!(code, Some(0));
    assert!(text.starts_with("tiendo · Bộ dữ liệu thứ hai"), "{text}");
}

#[test]
fn a_dataset_named_twice_is_loaded_once() {
    let (code, stdout, stderr) = run(&["check", THANG_9, "bundled", THANG_9]);
    assert_eq!(code, Some(0), "{stderr}");
    assert!(
        stdout.starts_with(&format!("{THANG_9} + bundled: no errors")),
        "{stdout}"
    );
}

#[test]
fn watch_with_only_the_bundled_data_has_nothing_to_follow() {
    // Not a terminal: the plain summary, and the sentence on stderr.
    let (code, _, stderr) = run(&["--data", "bundled", "--watch"]);
    assert_eq!(code, Some(0), "{stderr}");
    assert!(
        stderr.contains("--watch does nothing without --data"),
        "{stderr}"
    );
}

#[test]
fn the_record_example_in_data_readme_adds_a_figure_to_the_bundled_data() {
    let readme = std::fs::read_to_string("data/README.md").unwrap();
    let example = readme
        .split("### `[[record]]`")
        .nth(1)
        .and_then(|rest| rest.split("```toml\n").nth(1))
        .and_then(|rest| rest.split("```").next())
        .expect("a toml example of [[record]]");
    let sets = vec![
        tiendo::bundled::files(),
        vec![("thang-9.toml".to_string(), example.as_bytes().to_vec())],
    ];
    // The day the last bundled figure was made public: none is after it.
    let day = chrono::NaiveDate::from_ymd_opt(2026, 2, 4);
    let loaded = tiendo::model::load_sets_checked(sets, &Default::default(), day)
        .unwrap_or_else(|e| panic!("{}", tiendo::text::invalid(tiendo::text::Lang::En, &e)));
    let ha_tinh = loaded
        .dataset
        .localities
        .iter()
        .find(|l| l.id.value == "ha-tinh")
        .unwrap();
    let record = ha_tinh
        .records
        .iter()
        .find(|r| r.date == chrono::NaiveDate::from_ymd_opt(2025, 9, 30).unwrap())
        .expect("the record attached to Hà Tĩnh");
    assert_eq!(record.coverage(), Some(94.2));
    assert!(record.source.starts_with("BHXH tỉnh Hà Tĩnh"));
    // Checked as the locality's own records: 1222000 / 1297000 is 94.22 %,
    // within half a point of 94.2, so no warning names thang-9.toml.
    assert!(
        loaded.warnings.iter().all(|w| w.file != "thang-9.toml"),
        "{:?}",
        loaded.warnings
    );
}

/// Records alone carry the whole on to their latest day: the header says the
/// figures go up to it, and `check` has nothing to warn about their date.
#[test]
fn records_after_the_bundled_as_of_carry_the_dataset_on_to_their_day() {
    let later = "tests/multi/thang-9-2026.toml";
    let (code, out, err) = run_on("2026-11-25", &["check", "bundled", later]);
    assert_eq!(code, Some(0), "{out}\n{err}");
    assert!(!err.contains("as_of"), "{err}");
    let (code, txt, err) = run_on(
        "2026-11-25",
        &[
            "--data",
            "bundled",
            "--data",
            later,
            "export",
            "--view",
            "province:cao-bang",
        ],
    );
    assert_eq!(code, Some(0), "{err}");
    assert!(txt.contains("Figures up to: 2026-09-30"), "{txt}");
    assert!(txt.contains("97.30%"), "{txt}");
}
