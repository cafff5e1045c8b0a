//! The csv made for spreadsheets: numbers only in number columns, words
//! beside them, an id to join on, a target's strictness and year, and the
//! `vi` style Excel in the Vietnamese locale opens by double-click.

#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

use crate::common::Run;
use std::process::Command;

const VIEWS: [&str; 2] = ["provinces", "overview"];

fn csv_of(view: &str, style: &str, lang: &str) -> Vec<u8> {
    let out = Command::new(env!("CARGO_BIN_EXE_tiendo"))
        .env_remove("TIENDO_LANG")
        .args([
            "--lang",
            lang,
            "export",
            "--view",
            view,
            "--format",
            "csv",
            "--csv-style",
            style,
            "--today",
            "2026-11-23",
        ])
        .run()
        .unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    out.stdout
}

fn records(bytes: &[u8], delimiter: u8) -> (Vec<String>, Vec<Vec<String>>) {
    let body = bytes.strip_prefix("\u{FEFF}".as_bytes()).expect("a BOM");
    let mut r = csv::ReaderBuilder::new()
        .delimiter(delimiter)
        .from_reader(body);
    let headers = r.headers().unwrap().iter().map(String::from).collect();
    let rows = r
        .records()
        .map(|x| x.unwrap().iter().map(String::from).collect())
        .collect();
    (headers, rows)
}

#[test]
fn the_csv_of_each_style_and_language_matches_its_golden_file() {
    let update = std::env::var_os("UPDATE_GOLDEN").is_some();
    let mut failures = Vec::new();
    for view in VIEWS {
        for style in ["plain", "vi"] {
            for lang in ["vi", "en"] {
                let bytes = csv_of(view, style, lang);
                let path = format!("tests/golden/csv/{view}.{style}.{lang}.csv");
                if update {
                    std::fs::create_dir_all("tests/golden/csv").unwrap();
                    std::fs::write(&path, &bytes).unwrap();
                } else if std::fs::read(&path).ok() != Some(bytes) {
                    failures.push(path);
                }
            }
        }
    }
    assert!(
        failures.is_empty(),
        "differ from golden files (UPDATE_GOLDEN=1 to accept): {failures:?}"
    );
}

/// The columns that hold numbers, by their Vietnamese headers.
const NUMBERS: [&str; 12] = [
    "Bao phủ",
    "Mục tiêu",
    "Năm của mục tiêu",
    "Chênh lệch",
    "Xu hướng (điểm/năm)",
    "So cùng kỳ (điểm)",
    "Dự kiến đạt (năm)",
    "Người tham gia",
    "Dân số",
    "% KH",
    "Mục tiêu đã đến hạn: chênh lệch (điểm)",
    "Năm của mục tiêu đã đến hạn",
];

#[test]
fn a_number_column_holds_only_numbers_and_the_words_have_their_own() {
    for view in VIEWS {
        let (headers, rows) = records(&csv_of(view, "plain", "vi"), b',');
        assert_eq!(headers[0], "id");
        let at = |h: &str| headers.iter().position(|x| x == h).unwrap();
        for h in NUMBERS {
            for row in &rows {
                let cell = &row[at(h)];
                assert!(
                    cell.is_empty() || cell.parse::<f64>().is_ok(),
                    "{view}: {h} of {} holds {cell:?}",
                    row[1]
                );
            }
        }
        // Lạng Sơn's source says "gần 97,5 %": the words, never a number.
        let lang_son = rows.iter().find(|r| r[0] == "lang-son").unwrap();
        assert_eq!(lang_son[at("Bao phủ")], "");
        assert_eq!(lang_son[at("Bao phủ (lời nguồn)")], "gần 97,5 %");
        // The strict `>95 %` of the current targets is said, with its year.
        let an_giang = rows.iter().find(|r| r[0] == "an-giang").unwrap();
        assert_eq!(an_giang[at("Mục tiêu")], "95.00");
        assert_eq!(an_giang[at("Mục tiêu phải vượt (>)")], "x");
        assert_eq!(an_giang[at("Năm của mục tiêu")], "2026");
        // `2025: ✗ −7,00` as year, outcome and points.
        assert_eq!(
            an_giang[at("Mục tiêu đã đến hạn: chênh lệch (điểm)")],
            "-7.00"
        );
        assert_eq!(an_giang[at("Năm của mục tiêu đã đến hạn")], "2025");
        assert_eq!(an_giang[at("Mục tiêu đã đến hạn: kết quả")], "không đạt");
    }
}

#[test]
fn the_vi_style_parses_with_semicolons_to_the_same_numbers_with_decimal_commas() {
    for view in VIEWS {
        let plain = csv_of(view, "plain", "vi");
        let vi = csv_of(view, "vi", "vi");
        assert!(vi.ends_with(b"\r\n"), "CRLF line ends");
        let (plain_headers, plain_rows) = records(&plain, b',');
        let (vi_headers, vi_rows) = records(&vi, b';');
        assert_eq!(vi_headers, plain_headers);
        assert_eq!(vi_rows.len(), plain_rows.len());
        let numeric: Vec<usize> = NUMBERS
            .iter()
            .map(|h| plain_headers.iter().position(|x| x == h).unwrap())
            .collect();
        let mut decimals = 0;
        for (p, v) in plain_rows.iter().zip(&vi_rows) {
            for (k, (a, b)) in p.iter().zip(v).enumerate() {
                if numeric.contains(&k) && a.contains('.') {
                    decimals += 1;
                    assert_eq!(b, &a.replace('.', ","), "{}", plain_headers[k]);
                    let back: f64 = b.replace(',', ".").parse().unwrap();
                    assert_eq!(back, a.parse::<f64>().unwrap());
                } else {
                    // Words, dates, years and counts are the same text.
                    assert_eq!(a, b, "{}", plain_headers[k]);
                }
            }
        }
        assert!(decimals > 50, "{view}: {decimals} decimal numbers");
    }
}
