//! `tiendo import` at scale (issue 13, item 7): a 10,000-row report read,
//! its units matched against a dataset of 10,000 localities, its figures
//! checked and the TOML made, from csv and from xlsx. Budget: under 1 s.
//!
//! cargo bench --bench import

// A benchmark, not the program: bad generated data is meant to stop it.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

use std::fmt::Write;
use std::path::PathBuf;
use std::sync::OnceLock;

use tiendo::import::{self, Index, Options, Role};
use tiendo::model::schema::{Dataset, LocalityKind};
use tiendo::model::{self, LoadProgress};
use tiendo::synth::{self, Spec};
use tiendo::text::Lang;

const ROWS: usize = 10_000;

fn main() {
    divan::main();
}

struct Data {
    dataset: Dataset,
    csv: Vec<u8>,
    xlsx: PathBuf,
    _dir: tempfile::TempDir,
}

/// The synthetic dataset of 10,001 localities, and a report naming 10,000
/// of them as provincial offices write it: title, header, numbers as text
/// with comma decimals and dot thousands.
fn data() -> &'static Data {
    static DATA: OnceLock<Data> = OnceLock::new();
    DATA.get_or_init(|| {
        let spec = Spec {
            localities: ROWS + 1,
            years: 1,
            seed: 1,
        };
        let text = synth::single_file(&spec);
        let loaded = model::load_files_checked(
            vec![("synth.toml".to_string(), text.into_bytes())],
            &LoadProgress::default(),
            None,
        )
        .ok()
        .unwrap();
        let dataset = loaded.dataset;
        let units: Vec<String> = dataset
            .localities
            .iter()
            .filter(|l| l.kind != LocalityKind::Nation)
            .map(|l| l.name.clone())
            .take(ROWS)
            .collect();
        assert_eq!(units.len(), ROWS);
        let mut csv = String::from("\u{feff}BÁO CÁO ĐẾN NGÀY 30/09/2025;;;;\n");
        csv.push_str("STT;Tên đơn vị;Dân số;Số người tham gia;Tỷ lệ bao phủ (%)\n");
        let dir = tempfile::tempdir().unwrap();
        let xlsx = dir.path().join("report.xlsx");
        let mut book = rust_xlsxwriter::Workbook::new();
        let ws = book.add_worksheet();
        ws.write_string(0, 0, "BÁO CÁO ĐẾN NGÀY 30/09/2025")
            .unwrap();
        for (c, h) in [
            "STT",
            "Tên đơn vị",
            "Dân số",
            "Số người tham gia",
            "Tỷ lệ bao phủ (%)",
        ]
        .iter()
        .enumerate()
        {
            ws.write_string(1, u16::try_from(c).unwrap(), *h).unwrap();
        }
        for (i, name) in units.iter().enumerate() {
            let population = 10_000 + (i as u64 * 7919) % 90_000;
            let participants = population * 9 / 10;
            let coverage = participants as f64 * 100.0 / population as f64;
            let _ = writeln!(
                csv,
                "{};{name};{};{};{}",
                i + 1,
                dotted(population),
                dotted(participants),
                format!("{coverage:.2}").replace('.', ",")
            );
            let r = u32::try_from(i + 2).unwrap();
            ws.write_number(r, 0, (i + 1) as f64).unwrap();
            ws.write_string(r, 1, name).unwrap();
            ws.write_number(r, 2, population as f64).unwrap();
            ws.write_number(r, 3, participants as f64).unwrap();
            ws.write_number(r, 4, (coverage * 100.0).round() / 100.0)
                .unwrap();
        }
        book.save(&xlsx).unwrap();
        Data {
            dataset,
            csv: csv.into_bytes(),
            xlsx,
            _dir: dir,
        }
    })
}

/// 1741540 as 1.741.540.
fn dotted(n: u64) -> String {
    let s = n.to_string();
    let mut out = String::new();
    for (i, c) in s.chars().enumerate() {
        if i > 0 && (s.len() - i).is_multiple_of(3) {
            out.push('.');
        }
        out.push(c);
    }
    out
}

fn options() -> Options {
    Options {
        file: PathBuf::from("report"),
        date: None,
        source: None,
        sheet: None,
        columns: Vec::<(Role, String)>::new(),
        ignore: Vec::new(),
        map: Vec::new(),
        skip_unmatched: false,
        replace: false,
        today: chrono::NaiveDate::from_ymd_opt(2026, 12, 6).unwrap(),
        lang: Lang::Vi,
    }
}

/// Matching, checking and writing, once the sheet is read.
fn finish(sheet: &import::Sheet, dataset: &Dataset) -> String {
    let index = Index::new(dataset);
    let done = import::import(&options(), "report", sheet, &index);
    assert!(done.errors.is_empty(), "{:?}", done.errors.first());
    assert_eq!(done.rows.len(), ROWS);
    let day = done.date.as_ref().unwrap().0;
    import::write::toml(Lang::Vi, "report", day, &done.rows)
}

/// A 10,000-row csv: read, matched, checked, written as TOML.
#[divan::bench(sample_count = 10)]
fn import_csv_10000_rows(bencher: divan::Bencher) {
    let d = data();
    bencher.bench(|| {
        let sheet = import::read::read_csv(Lang::Vi, &d.csv).unwrap();
        finish(&sheet, &d.dataset)
    });
}

/// The same report as an xlsx file.
#[divan::bench(sample_count = 10)]
fn import_xlsx_10000_rows(bencher: divan::Bencher) {
    let d = data();
    bencher.bench(|| {
        let sheet = import::read::read(Lang::Vi, &d.xlsx, None).unwrap();
        finish(&sheet, &d.dataset)
    });
}
