//! Whatever an official saves, loading it never panics: arbitrary bytes, and a
//! valid dataset mangled by random edits. Whatever loads also derives and
//! renders without panicking.

// Test helpers outside #[test] functions: a failed fixture is meant to stop the test.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

use chrono::NaiveDate;
use proptest::prelude::*;
use tiendo::model;
use tiendo::text::Lang;

/// A small valid dataset touching every table, so that mutations reach the
/// checks across tables and the derived figures.
const VALID: &str = r#"schema = 1

[meta]
title = "Kiểm tra"
as_of = 2025-12-31
note = "số liệu thử"

[[directive]]
id = "CT52"
code = "52-CT/TW"
issued = 2025-10-03
issuer = "Ban Bí thư"
title = "Chỉ thị 52"
kind = "directive"
source = "s"

[[milestone]]
date = 2025-10-03
title = "Chỉ thị 52 ban hành"
kind = "directive"
label = "CT 52"
directive = "CT52"
source = "s"

[[target]]
locality = "VN"
by = 2025-12-31
coverage = 95.0
directive = "CT52"
source = "s"

[[target]]
locality = "bac-ninh"
by = 2030-12-31
label = "toàn dân"
source = "s"

[[locality]]
id = "VN"
name = "Việt Nam"
kind = "nation"

  [[locality.record]]
  date = 2023-12-31
  coverage = 93.35
  source = "s"

  [[locality.record]]
  date = 2024-12-31
  coverage = 94.29
  source = "s"

[[locality]]
id = "bac-ninh"
name = "Bắc Ninh"
kind = "province"
parent = "VN"

  [[locality.population]]
  date = 2025-06-12
  count = 3619433
  source = "s"

  [[locality.record]]
  date = 2025-06-30
  participants = 3400000
  population = 3619433
  plan_percent = 100.1
  source = "s"

[[locality]]
id = "bac-giang"
name = "Bắc Giang"
kind = "province"
parent = "VN"
merged_into = "bac-ninh"
merged_on = 2025-07-01

  [[locality.population]]
  date = 2020-12-31
  count = 1841600
  source = "s"

  [[locality.record]]
  date = 2022-09-30
  participants = 1741540
  note = "tỷ lệ bao phủ trên 99 % dân số"
  source = "002_61a7fae7d241d439.txt"

  [[locality.record]]
  date = 2024-12-31
  coverage = 94.47
  source = "s"

    [locality.record.groups]
    poor = 100.0
    children_under_6 = 99.5

[[locality]]
id = "son-dong"
name = "Sơn Động"
kind = "district"
parent = "bac-giang"
abolished_on = 2025-07-01

  [[locality.record]]
  date = 2024-12-31
  coverage = 99.9
  source = "s"
"#;

/// Characters a hand edit or a bad copy-paste is likely to bring in.
const ALPHABET: &[char] = &[
    '0', '1', '2', '9', '=', '"', '\'', '[', ']', '.', ',', '-', '+', '\n', '\r', '#', ' ', 'a',
    'e', 'x', 'Z', 'ắ', 'đ', 'Đ', 'ệ', '\u{1B}', '\0', '\u{202E}', '\u{200B}', '\u{0301}', '{',
    '}', ':', 'T', '_', '\\',
];

/// Values that sit at the edge of what dates, counts and percentages hold.
const TOKENS: &[&str] = &[
    "0",
    "-0.0",
    "100.0",
    "1e308",
    "-1e308",
    "nan",
    "inf",
    "18446744073709551615",
    "9223372036854775807",
    "-9223372036854775808",
    "0001-01-01",
    "9999-12-31",
    "2025-07-01",
    "1970-01-01T00:00:00Z",
    "\"VN\"",
    "\"bac-ninh\"",
    "\"son-dong\"",
    "\"\"",
    "[]",
    "{}",
    "true",
];

#[derive(Clone, Debug)]
enum Edit {
    Insert(prop::sample::Index, char),
    Delete(prop::sample::Index),
    Replace(prop::sample::Index, char),
    /// Replaces the value after the `=` of a line with an edge value.
    Value(prop::sample::Index, &'static str),
    /// Writes a line twice, as a careless copy-paste does.
    DuplicateLine(prop::sample::Index),
    /// Deletes a whole line.
    DeleteLine(prop::sample::Index),
}

fn edit() -> impl Strategy<Value = Edit> {
    let c = prop::sample::select(ALPHABET);
    let i = any::<prop::sample::Index>();
    prop_oneof![
        3 => (i.clone(), c.clone()).prop_map(|(i, c)| Edit::Insert(i, c)),
        2 => i.clone().prop_map(Edit::Delete),
        3 => (i.clone(), c).prop_map(|(i, c)| Edit::Replace(i, c)),
        3 => (i.clone(), prop::sample::select(TOKENS)).prop_map(|(i, t)| Edit::Value(i, t)),
        1 => i.clone().prop_map(Edit::DuplicateLine),
        1 => i.prop_map(Edit::DeleteLine),
    ]
}

fn apply(text: &str, edits: &[Edit]) -> String {
    let mut chars: Vec<char> = text.chars().collect();
    for e in edits {
        match e {
            Edit::Insert(i, c) => {
                let at = i.index(chars.len() + 1);
                chars.insert(at, *c);
            }
            Edit::Delete(i) if !chars.is_empty() => {
                chars.remove(i.index(chars.len()));
            }
            Edit::Replace(i, c) if !chars.is_empty() => {
                let at = i.index(chars.len());
                chars[at] = *c;
            }
            Edit::Value(i, token) => {
                let s: String = chars.iter().collect();
                let mut lines: Vec<String> = s.split('\n').map(str::to_string).collect();
                let with_value: Vec<usize> = (0..lines.len())
                    .filter(|&k| lines[k].contains('='))
                    .collect();
                if !with_value.is_empty() {
                    let k = with_value[i.index(with_value.len())];
                    let key = lines[k].split('=').next().unwrap_or("").to_string();
                    lines[k] = format!("{key}= {token}");
                }
                chars = lines.join("\n").chars().collect();
            }
            Edit::DuplicateLine(i) | Edit::DeleteLine(i) => {
                let s: String = chars.iter().collect();
                let mut lines: Vec<&str> = s.split('\n').collect();
                let k = i.index(lines.len());
                if matches!(e, Edit::DuplicateLine(_)) {
                    lines.insert(k, lines[k]);
                } else {
                    lines.remove(k);
                }
                chars = lines.join("\n").chars().collect();
            }
            _ => {}
        }
    }
    chars.into_iter().collect()
}

/// A value of the right type for its key, at the edges of what it may hold:
/// such a file often stays valid, so derive and render meet extreme figures.
#[derive(Clone, Debug)]
struct EdgeValue {
    line: prop::sample::Index,
    date: NaiveDate,
    percent: f64,
    count: i64,
}

fn edge_date() -> impl Strategy<Value = NaiveDate> {
    let year = prop_oneof![Just(0), Just(1), Just(9999), 0..=9999i32, 2000..=2035i32];
    (year, 1..=12u32, 1..=31u32).prop_map(|(y, m, d)| {
        (0..4)
            .find_map(|k| NaiveDate::from_ymd_opt(y, m, d - k.min(d - 1)))
            .unwrap_or_default()
    })
}

fn edge_value() -> impl Strategy<Value = EdgeValue> {
    let percent = prop_oneof![
        Just(0.0),
        Just(100.0),
        Just(5e-324),
        Just(99.99999999999999),
        0.0..=100.0f64,
    ];
    let count = prop_oneof![
        Just(0),
        Just(1),
        Just(i64::MAX),
        0..=i64::MAX,
        0..10_000_000i64
    ];
    (any::<prop::sample::Index>(), edge_date(), percent, count).prop_map(
        |(line, date, percent, count)| EdgeValue {
            line,
            date,
            percent,
            count,
        },
    )
}

fn apply_values(text: &str, values: &[EdgeValue]) -> String {
    const DATES: &[&str] = &["as_of", "issued", "date", "by", "merged_on", "abolished_on"];
    const PERCENTS: &[&str] = &["coverage", "poor", "children_under_6", "plan_percent"];
    const COUNTS: &[&str] = &["count", "participants", "population"];
    let mut lines: Vec<String> = text.lines().map(str::to_string).collect();
    let valued: Vec<usize> = (0..lines.len())
        .filter(|&k| {
            let key = lines[k].split('=').next().unwrap_or("").trim();
            lines[k].contains('=')
                && (DATES.contains(&key) || PERCENTS.contains(&key) || COUNTS.contains(&key))
        })
        .collect();
    for v in values {
        let k = valued[v.line.index(valued.len())];
        let (indent_key, _) = lines[k].split_once('=').unwrap_or(("", ""));
        let key = indent_key.trim();
        let value = if DATES.contains(&key) {
            format!("{:04}-{}", v.date.format("%Y"), v.date.format("%m-%d"))
        } else if PERCENTS.contains(&key) {
            format!("{:?}", v.percent)
        } else {
            v.count.to_string()
        };
        lines[k] = format!("{indent_key}= {value}");
    }
    lines.join("\n") + "\n"
}

fn cases() -> u32 {
    std::env::var("PROPTEST_CASES")
        .ok()
        .and_then(|n| n.parse().ok())
        .unwrap_or(256)
}

fn today() -> NaiveDate {
    NaiveDate::from_ymd_opt(2026, 11, 23).unwrap()
}

/// Loads, and when the data is valid derives and renders in both languages.
fn load_derive_render(files: Vec<(String, Vec<u8>)>) {
    match model::load_files(files) {
        Ok(loaded) => {
            for w in &loaded.warnings {
                let _ = tiendo::text::diagnostic(Lang::Vi, w);
            }
            let m = model::derive(loaded.dataset, today());
            let _ = tiendo::export::summary::render(&m, Lang::Vi);
            let _ = tiendo::export::summary::render(&m, Lang::En);
        }
        Err(invalid) => {
            assert!(
                invalid.errors().count() > 0,
                "refused without an error: {:?}",
                invalid.diagnostics
            );
            for d in &invalid.diagnostics {
                assert!(d.line >= 1 && d.column >= 1, "{d:?}");
                let _ = tiendo::text::diagnostic(Lang::Vi, d);
                let _ = tiendo::text::diagnostic(Lang::En, d);
            }
            let _ = tiendo::text::invalid(Lang::Vi, &invalid);
            let _ = tiendo::text::invalid(Lang::En, &invalid);
        }
    }
}

#[test]
fn the_valid_base_loads_derives_and_renders() {
    let loaded = model::load_files(vec![("t.toml".into(), VALID.as_bytes().to_vec())])
        .unwrap_or_else(|e| panic!("{}", tiendo::text::invalid(tiendo::text::Lang::En, &e)));
    assert!(loaded.warnings.is_empty(), "{:?}", loaded.warnings);
    let m = model::derive(loaded.dataset, today());
    assert!(!tiendo::export::summary::render(&m, Lang::Vi).is_empty());
}

proptest! {
    // 256 cases each by default; PROPTEST_CASES=100000 for a longer hunt.
    #![proptest_config(ProptestConfig {
        cases: cases(),
        failure_persistence: None,
        ..ProptestConfig::default()
    })]

    #[test]
    fn arbitrary_bytes_never_panic(bytes in prop::collection::vec(any::<u8>(), 0..4096)) {
        load_derive_render(vec![("t.toml".into(), bytes)]);
    }

    #[test]
    fn arbitrary_text_never_panics(text in "(?s).{0,2000}") {
        load_derive_render(vec![("t.toml".into(), text.into_bytes())]);
    }

    #[test]
    fn a_mangled_valid_file_never_panics(edits in prop::collection::vec(edit(), 1..8)) {
        let text = apply(VALID, &edits);
        load_derive_render(vec![("t.toml".into(), text.into_bytes())]);
    }

    #[test]
    fn edge_values_of_the_right_type_never_panic(
        values in prop::collection::vec(edge_value(), 1..6),
        today in edge_date(),
    ) {
        let text = apply_values(VALID, &values);
        if let Ok(loaded) = model::load_files(vec![("t.toml".into(), text.into_bytes())]) {
            let m = model::derive(loaded.dataset, today);
            let _ = tiendo::export::summary::render(&m, Lang::Vi);
            let _ = tiendo::export::summary::render(&m, Lang::En);
        }
    }

    #[test]
    fn a_mangled_dataset_in_two_files_never_panics(
        split in any::<prop::sample::Index>(),
        edits in prop::collection::vec(edit(), 1..6),
    ) {
        // Split between two tables, so each half may itself be valid TOML.
        let text = apply(VALID, &edits);
        let cuts: Vec<usize> = text.match_indices("\n[[").map(|(i, _)| i + 1).collect();
        let cut = if cuts.is_empty() { text.len() / 2 } else { cuts[split.index(cuts.len())] };
        let cut = (0..=cut).rev().find(|&c| text.is_char_boundary(c)).unwrap_or(0);
        let (a, b) = text.split_at(cut);
        load_derive_render(vec![
            ("a.toml".into(), a.as_bytes().to_vec()),
            ("b.toml".into(), format!("schema = 1\n{b}").into_bytes()),
        ]);
    }
}
