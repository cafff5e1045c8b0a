//! `tiendo import` (issue 13): reports as provincial offices send them, in
//! xlsx (made here with rust_xlsxwriter) and csv (committed under
//! tests/import/), made into top-level `[[record]]`s; every error named by
//! its cell, and nothing written then.

#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

use crate::common::Run;
use std::path::{Path, PathBuf};
use std::process::Command;

use rust_xlsxwriter::{Format, Workbook};

fn tiendo(dir: &Path) -> Command {
    let mut cmd = Command::new(env!("CARGO_BIN_EXE_tiendo"));
    cmd.env("NO_COLOR", "1")
        .env_remove("TIENDO_LANG")
        .current_dir(dir);
    cmd
}

/// Exit code, stdout and stderr of `tiendo args` run in `dir`.
fn run(dir: &Path, args: &[&str]) -> (Option<i32>, String, String) {
    let out = tiendo(dir).args(args).run().expect("tiendo runs");
    (
        out.status.code(),
        String::from_utf8_lossy(&out.stdout).into_owned(),
        String::from_utf8_lossy(&out.stderr).into_owned(),
    )
}

fn fixture(name: &str) -> String {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/import")
        .join(name)
        .display()
        .to_string()
}

fn files_in(dir: &Path) -> Vec<String> {
    let mut names: Vec<String> = std::fs::read_dir(dir)
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .collect();
    names.sort();
    names
}

/// A provincial report: title lines, a two-row header with merged cells,
/// an STT column, the totals row first, numbers typed as numbers and as
/// comma-decimal text, a former province's name, signatures below.
fn report_xlsx(dir: &Path) -> PathBuf {
    let path = dir.join("bao-cao-thang-9.xlsx");
    let mut book = Workbook::new();
    let ws = book.add_worksheet();
    ws.set_name("Báo cáo").unwrap();
    let f = Format::new();
    ws.merge_range(0, 0, 0, 6, "BẢO HIỂM XÃ HỘI VIỆT NAM", &f)
        .unwrap();
    ws.merge_range(1, 0, 1, 6, "TÌNH HÌNH THAM GIA BHYT tháng 9/2025", &f)
        .unwrap();
    // Headers on rows 4 and 5 (0-based 3 and 4).
    ws.merge_range(3, 0, 4, 0, "STT", &f).unwrap();
    ws.merge_range(3, 1, 4, 1, "Tên đơn vị", &f).unwrap();
    ws.merge_range(3, 2, 4, 2, "Dân số", &f).unwrap();
    ws.merge_range(3, 3, 3, 4, "Người tham gia BHYT", &f)
        .unwrap();
    ws.write_string(4, 3, "Số người").unwrap();
    ws.write_string(4, 4, "Tỷ lệ (%)").unwrap();
    ws.merge_range(3, 5, 3, 6, "Kế hoạch giao", &f).unwrap();
    ws.write_string(4, 5, "Số người").unwrap();
    ws.write_string(4, 6, "Tỷ lệ đạt (%)").unwrap();
    // Totals, then units.
    ws.write_string(5, 1, "Toàn tỉnh").unwrap();
    ws.write_number(5, 2, 12_338_400.0).unwrap();
    ws.write_number(5, 3, 11_687_750.0).unwrap();
    let rows: [(&str, f64, f64, &str, f64, &str); 4] = [
        (
            "Thành phố Hà Nội",
            8_719_000.0,
            8_236_450.0,
            "94,47",
            8_300_000.0,
            "99,23",
        ),
        (
            "Tỉnh Bắc Giang",
            1_900_000.0,
            1_800_000.0,
            "94,74",
            1_790_000.0,
            "100,56",
        ),
        (
            "Tỉnh Lạng Sơn",
            1_719_400.0,
            1_651_300.0,
            "96,04",
            1_700_000.0,
            "97,14",
        ),
        (
            "Tỉnh Bắc Ninh",
            1_500_000.0,
            1_400_000.0,
            "93,33",
            1_420_000.0,
            "98,59",
        ),
    ];
    for (i, (name, pop, part, cov, plan, plan_pct)) in rows.iter().enumerate() {
        let r = 6 + u32::try_from(i).unwrap();
        ws.write_number(r, 0, f64::from(r - 5)).unwrap();
        ws.write_string(r, 1, *name).unwrap();
        ws.write_number(r, 2, *pop).unwrap();
        ws.write_number(r, 3, *part).unwrap();
        ws.write_string(r, 4, *cov).unwrap();
        ws.write_number(r, 5, *plan).unwrap();
        ws.write_string(r, 6, *plan_pct).unwrap();
    }
    ws.write_string(12, 1, "Người lập biểu").unwrap();
    ws.write_string(12, 5, "GIÁM ĐỐC").unwrap();
    book.save(&path).unwrap();
    path
}

#[test]
fn a_two_row_merged_header_with_a_totals_row() {
    let dir = tempfile::tempdir().unwrap();
    let xlsx = report_xlsx(dir.path());
    let (code, out, err) = run(dir.path(), &["import", xlsx.to_str().unwrap()]);
    assert_eq!(code, Some(0), "{out}\n{err}");
    // Which column became which, and where the date came from.
    assert!(out.contains("B \"Tên đơn vị\" → đơn vị"), "{out}");
    assert!(
        out.contains("D \"Người tham gia BHYT › Số người\" → số người tham gia"),
        "{out}"
    );
    assert!(
        out.contains("E \"Người tham gia BHYT › Tỷ lệ (%)\" → tỷ lệ bao phủ"),
        "{out}"
    );
    assert!(
        out.contains("G \"Kế hoạch giao › Tỷ lệ đạt (%)\" → tỷ lệ đạt kế hoạch"),
        "{out}"
    );
    assert!(
        out.contains("Ngày số liệu: 2025-09-30 (đọc từ dòng tiêu đề Báo cáo!A2)"),
        "{out}"
    );
    assert!(
        out.contains("Đã ghi 3 bản ghi vào bao-cao-thang-9.toml"),
        "{out}"
    );
    let written = std::fs::read_to_string(dir.path().join("bao-cao-thang-9.toml")).unwrap();
    assert!(
        written.contains(
            "[[record]]\nlocality = \"ha-noi\"\ndate = 2025-09-30\ncoverage = 94.47\nparticipants = 8236450\npopulation = 8719000\nplan = 8300000\nplan_percent = 99.23\nsource = \"bao-cao-thang-9.xlsx, Báo cáo, dòng 7\"\n"
        ),
        "{written}"
    );
    // Bắc Giang was merged into Bắc Ninh on 1 July 2025: its former name.
    assert!(written.contains("locality = \"bac-ninh\""), "{written}");
    assert!(written.contains("locality = \"lang-son\""), "{written}");
    assert_eq!(written.matches("[[record]]").count(), 3, "{written}");
    assert!(written.starts_with("# tiendo import bao-cao-thang-9.xlsx\nschema = 1\n"));
    let parsed: toml::Table = toml::from_str(&written).unwrap();
    assert_eq!(parsed["record"].as_array().unwrap().len(), 3);
}

#[test]
fn a_semicolon_csv_with_a_bom_comma_decimals_and_nfd_names() {
    let dir = tempfile::tempdir().unwrap();
    let csv = fixture("semicolon-bom.csv");
    let (code, out, err) = run(
        dir.path(),
        &[
            "--lang",
            "en",
            "import",
            &csv,
            "--source",
            "BHXH, công văn 123",
        ],
    );
    assert_eq!(code, Some(0), "{out}\n{err}");
    assert!(
        out.contains("Date of the figures: 2025-09-30 (read from the title line A2)"),
        "{out}"
    );
    let written = std::fs::read_to_string(dir.path().join("semicolon-bom.toml")).unwrap();
    // NFD "Tỉnh Bắc Ninh" is found; "95,36" and "3.619.400" as given.
    assert!(
        written.contains(
            "locality = \"bac-ninh\"\ndate = 2025-09-30\ncoverage = 95.36\nparticipants = 3451300\npopulation = 3619400\nsource = \"semicolon-bom.csv, row 7; BHXH, công văn 123\"\n"
        ),
        "{written}"
    );
    // Neither the totals row nor the signatures became records.
    assert_eq!(written.matches("[[record]]").count(), 3, "{written}");
}

#[test]
fn an_unknown_unit_and_words_in_a_number_cell_are_named_by_cell() {
    let dir = tempfile::tempdir().unwrap();
    let csv = fixture("unknown-unit.csv");
    let (code, out, err) = run(dir.path(), &["--lang", "en", "import", &csv]);
    assert_eq!(code, Some(1), "{out}\n{err}");
    assert!(
        err.contains(&format!(
            "{csv}: A4: no unit of the dataset is called \"Tỉnh Hà Tây\"; closest: "
        )),
        "{err}"
    );
    assert!(
        err.contains(&format!(
            "{csv}: B5: the participants cell must be a number, not \"chưa có\""
        )),
        "{err}"
    );
    assert!(
        err.ends_with(&format!("{csv}: 2 errors; nothing written\n")),
        "{err}"
    );
    assert!(
        files_in(dir.path()).is_empty(),
        "{:?}",
        files_in(dir.path())
    );
}

#[test]
fn an_ambiguous_name_lists_the_units_it_names() {
    let dir = tempfile::tempdir().unwrap();
    let csv = fixture("ambiguous.csv");
    let data = fixture("two-tan-phu.toml");
    let (code, out, err) = run(dir.path(), &["import", &csv, "--data", &data]);
    assert_eq!(code, Some(1), "{out}\n{err}");
    assert!(
        err.contains(
            "A3: \"Tân Phú\" là tên của nhiều đơn vị: Tân Phú (tan-phu-hcm), Tân Phú (tan-phu-dn)"
        ),
        "{err}"
    );
    assert!(files_in(dir.path()).is_empty());
    // Named by the column letter: the same file reads with --column.
    let (code, out, err) = run(
        dir.path(),
        &[
            "import",
            &csv,
            "--data",
            &data,
            "--dry-run",
            "--column",
            "unit=A",
        ],
    );
    assert_eq!(code, Some(1), "{out}\n{err}");
    // By alias.
    assert!(
        out.contains("Sài Gòn → ho-chi-minh (theo tên khác)"),
        "{out}"
    );
}

#[test]
fn without_a_date_in_the_title_the_date_is_asked_for() {
    let dir = tempfile::tempdir().unwrap();
    let csv = fixture("no-date.csv");
    let (code, _, err) = run(dir.path(), &["--lang", "en", "import", &csv]);
    assert_eq!(code, Some(1));
    assert!(err.contains("write --date YYYY-MM-DD"), "{err}");
    assert!(files_in(dir.path()).is_empty());
    let (code, out, err) = run(
        dir.path(),
        &["--lang", "en", "import", &csv, "--date", "2025-05-31"],
    );
    assert_eq!(code, Some(0), "{out}\n{err}");
    assert!(
        out.contains("Date of the figures: 2025-05-31 (from --date)"),
        "{out}"
    );
}

#[test]
fn a_dry_run_shows_the_rows_and_writes_nothing() {
    let dir = tempfile::tempdir().unwrap();
    let xlsx = report_xlsx(dir.path());
    let (code, out, err) = run(dir.path(), &["import", xlsx.to_str().unwrap(), "--dry-run"]);
    assert_eq!(code, Some(0), "{out}\n{err}");
    assert!(
        out.contains("Báo cáo, dòng 6: Toàn tỉnh: dòng tổng, bỏ qua"),
        "{out}"
    );
    assert!(
        out.contains(
            "Báo cáo, dòng 8: Tỉnh Bắc Giang + Tỉnh Bắc Ninh → bac-ninh (cộng các đơn vị cũ): dân số 3400000, số người tham gia 3200000, kế hoạch giao 3210000; Bắc Ninh: cộng các dòng của các đơn vị cũ Tỉnh Bắc Giang (dòng 8), Tỉnh Bắc Ninh (dòng 10) (sáp nhập từ 2025-07-01); tỷ lệ bao phủ tính từ tổng"
        ),
        "{out}"
    );
    assert!(
        out.contains("3 bản ghi (chạy thử: không ghi tệp nào)"),
        "{out}"
    );
    assert_eq!(files_in(dir.path()), ["bao-cao-thang-9.xlsx"]);
}

#[test]
fn no_file_is_replaced_unless_o_names_it() {
    let dir = tempfile::tempdir().unwrap();
    let csv = fixture("semicolon-bom.csv");
    std::fs::write(dir.path().join("semicolon-bom.toml"), "mine").unwrap();
    let (code, out, _) = run(dir.path(), &["import", &csv]);
    assert_eq!(code, Some(0));
    assert!(out.contains("semicolon-bom-2.toml"), "{out}");
    let (code, _, _) = run(dir.path(), &["import", &csv]);
    assert_eq!(code, Some(0));
    assert_eq!(
        std::fs::read_to_string(dir.path().join("semicolon-bom.toml")).unwrap(),
        "mine"
    );
    assert!(dir.path().join("semicolon-bom-3.toml").exists());
    let (code, _, _) = run(dir.path(), &["import", &csv, "-o", "semicolon-bom.toml"]);
    assert_eq!(code, Some(0));
    assert!(
        std::fs::read_to_string(dir.path().join("semicolon-bom.toml"))
            .unwrap()
            .contains("[[record]]")
    );
}

#[test]
fn import_has_vietnamese_help() {
    let dir = tempfile::tempdir().unwrap();
    let (code, out, _) = run(dir.path(), &["import", "--help"]);
    assert_eq!(code, Some(0));
    assert!(
        out.contains("Cách dùng: tiendo import [TÙY_CHỌN] <TỆP>"),
        "{out}"
    );
    assert!(out.contains("--dry-run"), "{out}");
    assert!(out.contains("--column <VAI_TRÒ=TIÊU_ĐỀ>"), "{out}");
}

#[test]
fn an_ods_report_with_nfd_names_and_the_year_in_its_title() {
    // tests/import/nfd-report.ods is made by tests/import/make_ods.py.
    let dir = tempfile::tempdir().unwrap();
    let ods = fixture("nfd-report.ods");
    let (code, out, err) = run(dir.path(), &["import", &ods]);
    assert_eq!(code, Some(0), "{out}\n{err}");
    assert!(
        out.contains("Ngày số liệu: 2024-12-31 (đọc từ dòng tiêu đề Tổng hợp!A1)"),
        "{out}"
    );
    let written = std::fs::read_to_string(dir.path().join("nfd-report.toml")).unwrap();
    assert!(
        written.contains(
            "locality = \"lang-son\"\ndate = 2024-12-31\ncoverage = 96.04\nparticipants = 1651300\npopulation = 1719400\nsource = \"nfd-report.ods, Tổng hợp, dòng 4\"\n"
        ),
        "{written}"
    );
    assert!(
        written.contains("locality = \"ha-noi\"\ndate = 2024-12-31\ncoverage = 94.47\n"),
        "{written}"
    );
    assert_eq!(written.matches("[[record]]").count(), 2, "{written}");
}

#[test]
fn coverage_that_disagrees_with_its_counts_is_a_warning_as_in_check() {
    let dir = tempfile::tempdir().unwrap();
    let csv = fixture("disagrees.csv");
    let (code, out, err) = run(dir.path(), &["--lang", "en", "import", &csv]);
    assert_eq!(code, Some(0), "{out}\n{err}");
    assert_eq!(
        err,
        format!(
            "{csv}: D3: warning: coverage = 90.1 but participants / population = 94.12 for `ha-noi` on 2024-12-31: the source may use another population base\n"
        )
    );
    assert!(out.contains("Wrote 2 records to disagrees.toml"), "{out}");
}

#[test]
fn a_column_override_naming_no_header_is_an_error() {
    let dir = tempfile::tempdir().unwrap();
    let csv = fixture("disagrees.csv");
    let (code, out, err) = run(
        dir.path(),
        &["--lang", "en", "import", &csv, "--column", "plan=Kế hoạch"],
    );
    assert_eq!(code, Some(1), "{out}\n{err}");
    assert!(err.contains("no column is headed \"Kế hoạch\""), "{err}");
    let (code, _, err) = run(
        dir.path(),
        &["--lang", "en", "import", &csv, "--column", "x"],
    );
    assert_eq!(code, Some(2));
    assert!(err.contains("write ROLE=HEADER"), "{err}");
    assert!(files_in(dir.path()).is_empty());
}

#[test]
fn the_sheet_is_chosen_by_name_with_or_without_diacritics() {
    let dir = tempfile::tempdir().unwrap();
    let xlsx = report_xlsx(dir.path());
    let xlsx = xlsx.to_str().unwrap();
    let (code, out, err) = run(
        dir.path(),
        &["import", xlsx, "--sheet", "bao cao", "--dry-run"],
    );
    assert_eq!(code, Some(0), "{out}\n{err}");
    let (code, _, err) = run(
        dir.path(),
        &["--lang", "en", "import", xlsx, "--sheet", "Sheet9"],
    );
    assert_eq!(code, Some(2));
    assert!(
        err.contains("there is no sheet \"Sheet9\"; the sheets are: Báo cáo"),
        "{err}"
    );
    assert_eq!(files_in(dir.path()), ["bao-cao-thang-9.xlsx"]);
}

/// The whole way in: import a report, check it with the bundled data, and
/// see the imported figure, with its source, in a snapshot.
#[test]
fn an_imported_report_checks_with_the_bundled_data_and_shows_in_an_export() {
    let dir = tempfile::tempdir().unwrap();
    let csv = fixture("semicolon-bom.csv");
    let (code, out, err) = run(dir.path(), &["--lang", "en", "import", &csv]);
    assert_eq!(code, Some(0), "{out}\n{err}");
    let written = dir.path().join("semicolon-bom.toml");
    let written = written.to_str().unwrap();
    let (code, out, err) = run(dir.path(), &["--lang", "en", "check", "bundled", written]);
    assert_eq!(code, Some(0), "{out}\n{err}");
    assert!(out.contains("no errors"), "{out}");
    let (code, out, err) = run(
        dir.path(),
        &[
            "--lang",
            "en",
            "--today",
            "2026-11-25",
            "--data",
            "bundled",
            "--data",
            written,
            "export",
            "--view",
            "province:bac-ninh",
            "--format",
            "md",
        ],
    );
    assert_eq!(code, Some(0), "{out}\n{err}");
    let row = out
        .lines()
        .find(|l| l.starts_with("| Bắc Ninh |"))
        .unwrap_or_else(|| panic!("{out}"));
    assert!(row.contains("95.36%"), "{row}");
    assert!(row.contains("2025-09-30"), "{row}");
    assert!(row.contains("semicolon-bom.csv, row 7"), "{row}");
}

/// An old-format xls report (made by `tests/import/make_xls.py`): typed and
/// text numbers side by side, the month in the title.
#[test]
fn an_old_xls_report_is_read_like_the_others() {
    let dir = tempfile::tempdir().unwrap();
    let xls = fixture("legacy-report.xls");
    let (code, out, err) = run(dir.path(), &["--lang", "en", "import", &xls]);
    assert_eq!(code, Some(0), "{out}\n{err}");
    assert!(out.contains("Date of the figures: 2025-09-30"), "{out}");
    let written = std::fs::read_to_string(dir.path().join("legacy-report.toml")).unwrap();
    assert!(
        written.contains("locality = \"cao-bang\"\ndate = 2025-09-30\ncoverage = 97.09\nparticipants = 534000\npopulation = 550000\n"),
        "{written}"
    );
    assert!(written.contains("locality = \"lang-son\""), "{written}");
    assert_eq!(written.matches("[[record]]").count(), 2, "{written}");
}
