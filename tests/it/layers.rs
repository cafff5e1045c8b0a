//! The layers hold by the crate graph: a dependency against them does not
//! compile, and this test keeps what each layer may link to from growing.
//! The model judges and the presentation words; neither draws a terminal,
//! reads a command line or opens a spreadsheet.

#![allow(clippy::unwrap_used)]

use std::process::Command;

/// The crates a layer links to in normal builds (not tests), by name.
fn linked(package: &str) -> Vec<String> {
    let out = Command::new(env!("CARGO"))
        .args([
            "tree",
            "--offline",
            "--locked",
            "-e",
            "normal",
            "--prefix",
            "none",
        ])
        .args(["--format", "{p}", "-p", package])
        .current_dir(env!("CARGO_MANIFEST_DIR"))
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "cargo tree -p {package}: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    let mut names: Vec<String> = String::from_utf8_lossy(&out.stdout)
        .lines()
        .filter_map(|l| l.split_whitespace().next().map(str::to_string))
        .collect();
    names.sort();
    names.dedup();
    names
}

/// Whether `names` holds `krate` or one of its parts (`ratatui-core`).
fn holds(names: &[String], krate: &str) -> bool {
    names.iter().any(|n| {
        n == krate
            || n.strip_prefix(krate)
                .is_some_and(|rest| rest.starts_with(['-', '_']))
    })
}

const TERMINAL: [&str; 4] = ["ratatui", "crossterm", "clap", "calamine"];

#[test]
// `cargo tree`, a Linux program, cannot be run from the Windows build
// under Wine; the crate graph it checks is the same on every system.
#[cfg_attr(windows, ignore = "runs cargo, a program of the build machine")]
fn the_model_links_to_no_terminal_command_line_spreadsheet_or_other_layer() {
    let names = linked("tiendo-model");
    assert!(names.contains(&"tiendo-model".to_string()), "{names:?}");
    for banned in TERMINAL {
        assert!(!holds(&names, banned), "tiendo-model links to {banned}");
    }
    for layer in ["tiendo-present", "tiendo-import", "tiendo"] {
        assert!(
            !names.iter().any(|n| n == layer),
            "tiendo-model links to {layer}"
        );
    }
}

#[test]
// `cargo tree`, a Linux program, cannot be run from the Windows build
// under Wine; the crate graph it checks is the same on every system.
#[cfg_attr(windows, ignore = "runs cargo, a program of the build machine")]
fn the_presentation_links_to_the_model_only() {
    let names = linked("tiendo-present");
    assert!(names.contains(&"tiendo-model".to_string()), "{names:?}");
    for banned in TERMINAL {
        assert!(!holds(&names, banned), "tiendo-present links to {banned}");
    }
    for layer in ["tiendo-import", "tiendo"] {
        assert!(
            !names.iter().any(|n| n == layer),
            "tiendo-present links to {layer}"
        );
    }
}

#[test]
// `cargo tree`, a Linux program, cannot be run from the Windows build
// under Wine; the crate graph it checks is the same on every system.
#[cfg_attr(windows, ignore = "runs cargo, a program of the build machine")]
fn the_import_reads_spreadsheets_but_draws_nothing() {
    let names = linked("tiendo-import");
    assert!(names.contains(&"calamine".to_string()), "{names:?}");
    for banned in ["ratatui", "crossterm", "clap"] {
        assert!(!holds(&names, banned), "tiendo-import links to {banned}");
    }
    assert!(
        !names.iter().any(|n| n == "tiendo"),
        "tiendo-import links to the binary"
    );
}
