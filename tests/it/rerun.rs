//! Every screen state from the command line: whatever the `e` key writes,
//! the command in its header gives again, byte for byte.

// Test helpers outside #[test] functions: a failed fixture is meant to stop the test.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

use crate::common;
use crate::common::Run;

use std::process::Command;

use ratatui::crossterm::event::KeyCode;
use tiendo::app::App;
use tiendo::export::{self, Format};
use tiendo::text::Lang;

/// The command in a txt snapshot's header, joined back from its lines.
fn command(text: &str, word: &str) -> Vec<String> {
    let start = text.find(&format!("{word}: tiendo export")).unwrap();
    let block = text.get(start..).unwrap().split("\n\n").next().unwrap();
    block.split_whitespace().skip(3).map(String::from).collect()
}

/// Keys as typed; a line break is Enter.
fn press(a: &mut App, keys: &str) {
    for c in keys.chars() {
        let code = if c == '\n' {
            KeyCode::Enter
        } else {
            KeyCode::Char(c)
        };
        if let Some(action) = tiendo::input::action_for(a, common::key(code)) {
            a.update(action);
        }
    }
}

fn check(a: &App, word: &str) {
    let taken = export::dashboard::taken_at(Some(common::today()));
    let written = export::render(a, Format::Txt, export::DEFAULT_WIDTH, &taken).unwrap();
    let args = command(&written, word);
    let out = Command::new(env!("CARGO_BIN_EXE_tiendo"))
        .env_remove("TIENDO_LANG")
        .arg("export")
        .args(&args)
        .run()
        .unwrap();
    assert!(
        out.status.success(),
        "{args:?}: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    assert_eq!(String::from_utf8(out.stdout).unwrap(), written, "{args:?}");
}

#[test]
fn every_state_the_keys_reach_is_one_export_command() {
    // Keys, and the view they lead to (`/` on the Overview: Enter opens
    // the province found).
    let states: [(&str, &str); 14] = [
        ("", "overview"),
        ("2sSf", "provinces"),
        ("2m", "provinces"),
        ("2c", "provinces"),
        ("2ss", "provinces"),
        ("/bac ninh\n", "province:bac-ninh"),
        ("/bac ninh\nj\n", "province:bac-giang"),
        ("/bac ninh\njj\n", "unit:son-dong"),
        // The table of figures on screen: the snapshot draws the chart and
        // gives the table after it, as the command does.
        ("/bac ninh\nv", "province:bac-ninh"),
        ("4kk", "timeline:31"),
        // Earlier days: before the merger the 63 provinces, after it the 34.
        ("2t", "provinces"),
        ("/ha noi\nttt", "province:ha-noi"),
        ("2tttTT", "provinces"),
        ("4tt", "timeline"),
    ];
    for (keys, view) in states {
        let mut a = common::bundled_app(Lang::Vi);
        common::resize(&mut a, 120, 40);
        press(&mut a, keys);
        assert_eq!(a.view_name(), view, "{keys:?}");
        check(&a, "Lệnh");
    }
    let mut en = common::bundled_app(Lang::En);
    common::press(&mut en, "4");
    check(&en, "Command");
}

#[test]
fn bad_flag_values_exit_2_and_list_the_accepted_ones() {
    for (flag, value, listed) in [
        ("--sort", "speed", "name, coverage, target, gap"),
        ("--filter", "late", "achieved, on_track, at_risk"),
        ("--era", "old", "current, former"),
        ("--level", "ward", "province, district, commune"),
        ("--view", "unit:son-dongg", "son-dong"),
    ] {
        let out = Command::new(env!("CARGO_BIN_EXE_tiendo"))
            .env_remove("TIENDO_LANG")
            .args(["export", flag, value])
            .run()
            .unwrap();
        assert_eq!(out.status.code(), Some(2), "{flag} {value}");
        let err = String::from_utf8_lossy(&out.stderr);
        assert!(err.contains(listed), "{flag} {value}: {err}");
    }
}

#[test]
fn a_snapshot_of_your_own_data_names_it_in_its_command() {
    let run = |args: &[String]| {
        let out = Command::new(env!("CARGO_BIN_EXE_tiendo"))
            .env_remove("TIENDO_LANG")
            .arg("export")
            .args(args)
            .run()
            .unwrap();
        assert!(out.status.success(), "{args:?}");
        String::from_utf8(out.stdout).unwrap()
    };
    let first = run(&[
        "--data".into(),
        "tests/marks/marks.toml".into(),
        "--sort".into(),
        "trạng thái".into(),
        "--today".into(),
        "2026-11-23".into(),
    ]);
    let args = command(&first, "Lệnh");
    assert!(args.join(" ").contains(
        "--data tests/marks/marks.toml --view overview --format txt --width 100 --sort status"
    ));
    assert_eq!(run(&args), first);
}

/// Every format of every view, in both languages, of a dataset in a folder
/// whose name a shell would split: the command in the header, pasted into
/// a shell, writes the same bytes.
#[cfg(unix)]
#[test]
fn every_format_and_view_is_given_back_by_the_command_in_its_header() {
    let dir = tempfile::tempdir().unwrap();
    let folder = dir.path().join("Báo cáo của 'tỉnh' $HOME");
    std::fs::create_dir(&folder).unwrap();
    let data = folder.join("số liệu.toml");
    std::fs::copy("tests/marks/marks.toml", &data).unwrap();
    let data = data.to_str().unwrap().to_string();
    let run = |args: &[&str]| {
        let out = Command::new(env!("CARGO_BIN_EXE_tiendo"))
            .env_remove("TIENDO_LANG")
            .arg("export")
            .args(args)
            .run()
            .unwrap();
        assert!(
            out.status.success(),
            "{args:?}: {}",
            String::from_utf8_lossy(&out.stderr)
        );
        out.stdout
    };
    let shell = |line: &str| {
        let rest = line.strip_prefix("tiendo ").unwrap();
        let out = Command::new("sh")
            .arg("-c")
            .arg(format!("\"$TIENDO\" {rest}"))
            .env("TIENDO", env!("CARGO_BIN_EXE_tiendo"))
            .env_remove("TIENDO_LANG")
            .run()
            .unwrap();
        assert!(
            out.status.success(),
            "{line}: {}",
            String::from_utf8_lossy(&out.stderr)
        );
        out.stdout
    };
    let mut checked = 0;
    for lang in ["vi", "en"] {
        for view in ["overview", "provinces", "province:own", "timeline"] {
            for (format, width) in [
                ("txt", "80"),
                ("txt", "120"),
                ("md", "100"),
                ("json", "100"),
                ("html", "80"),
                ("html", "120"),
                ("xlsx", "100"),
            ] {
                let first = run(&[
                    "--data",
                    &data,
                    "--view",
                    view,
                    "--format",
                    format,
                    "--width",
                    width,
                    "--lang",
                    lang,
                    "--sort",
                    "status",
                    "--reverse",
                    "--today",
                    "2026-11-23",
                    "-o",
                    "-",
                ]);
                let line = header_command(format, &first);
                for flag in [
                    "--format",
                    "--sort status",
                    "--reverse",
                    "--today 2026-11-23",
                ] {
                    assert!(line.contains(flag), "{line}");
                }
                let drawn = format == "txt" || format == "html";
                assert_eq!(line.contains("--width"), drawn, "{line}");
                assert_eq!(line.contains("--lang en"), lang == "en", "{line}");
                assert!(shell(&line) == first, "{line}");
                checked += 1;
            }
        }
    }
    assert_eq!(checked, 56);
}

/// The command a snapshot in `format` carries: a line of its own in txt
/// and md, in its own span in html, a key in json, a title row in xlsx.
#[cfg(unix)]
fn header_command(format: &str, bytes: &[u8]) -> String {
    let command = |l: &str| {
        let l = l.strip_prefix("- ").unwrap_or(l);
        l.strip_prefix("Lệnh: ")
            .or_else(|| l.strip_prefix("Command: "))
            .map(String::from)
    };
    match format {
        "json" => {
            let doc: serde_json::Value = serde_json::from_slice(bytes).unwrap();
            doc["command"].as_str().unwrap().to_string()
        }
        "html" => {
            let page = std::str::from_utf8(bytes).unwrap();
            let start = page.find("<span class=\"cmd\">").unwrap() + 18;
            let end = start + page[start..].find("</span>").unwrap();
            let line = page[start..end]
                .replace("&quot;", "\"")
                .replace("&lt;", "<")
                .replace("&gt;", ">")
                .replace("&amp;", "&");
            command(&line).unwrap()
        }
        "xlsx" => {
            use calamine::Reader;
            let mut book: calamine::Xlsx<_> =
                calamine::open_workbook_from_rs(std::io::Cursor::new(bytes.to_vec())).unwrap();
            let first = book.sheet_names().first().unwrap().clone();
            let range = book.worksheet_range(&first).unwrap();
            range
                .rows()
                .filter_map(|r| r.first())
                .find_map(|c| command(&c.to_string()))
                .unwrap()
        }
        _ => std::str::from_utf8(bytes)
            .unwrap()
            .lines()
            .find_map(command)
            .unwrap(),
    }
}

/// A csv has no header for its command: the one the `e` key shows in the
/// status line writes it again, in either style.
#[cfg(unix)]
#[test]
fn the_command_of_a_csv_written_by_e_writes_it_again_in_its_style() {
    for (keys, style) in [("2e", "c"), ("2se", "v"), ("/bac ninh\ne", "v")] {
        let mut a = common::bundled_app(Lang::Vi);
        common::resize(&mut a, 120, 40);
        press(&mut a, keys);
        press(&mut a, style);
        assert_eq!(a.export_format, Format::Csv);
        let taken = export::dashboard::taken_at(Some(common::today()));
        let written = export::render_bytes(&a, Format::Csv, a.csv_style, a.width, &taken).unwrap();
        let line = a.export_command(Format::Csv, a.width);
        assert_eq!(line.contains("--csv-style vi"), style == "v", "{line}");
        let rest = line.strip_prefix("tiendo ").unwrap();
        let out = Command::new("sh")
            .arg("-c")
            .arg(format!("\"$TIENDO\" {rest}"))
            .env("TIENDO", env!("CARGO_BIN_EXE_tiendo"))
            .env_remove("TIENDO_LANG")
            .run()
            .unwrap();
        assert!(out.stdout == written, "{keys:?}: {line}");
    }
}
