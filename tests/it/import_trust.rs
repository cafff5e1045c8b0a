//! `tiendo import` never writes a wrong figure (issue 21): a column's role
//! from its whole two-row header, figures checked across the row and down
//! the column, former provinces added up only when whole, clashes with the
//! data in use, units that no longer existed, and reports dated after
//! today. Reports are made here in xlsx, ods and csv (tests/reports).

#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

use crate::reports;

use std::path::Path;

use reports::{Report, V, run};

const HA_NOI: reports::Unit<'static> = (
    "Thành phố Hà Nội",
    V::N(8_807_500.0),
    V::N(8_366_900.0),
    V::T("95,00"),
    V::N(8_400_000.0),
    V::T("99,61"),
);
const LANG_SON: reports::Unit<'static> = (
    "Tỉnh Lạng Sơn",
    V::N(802_000.0),
    V::N(770_100.0),
    V::T("96,02"),
    V::N(775_000.0),
    V::T("99,37"),
);

fn october(units: &[reports::Unit<'static>]) -> Report<'static> {
    Report::new(
        &[
            "(Kèm theo Công văn số 123/BHXH-TST ngày 05/11/2025 của BHXH Việt Nam)",
            "BÁO CÁO TÌNH HÌNH THAM GIA BHYT",
            "Đến ngày 31/10/2025",
        ],
        units,
    )
}

fn read(dir: &Path, name: &str) -> String {
    std::fs::read_to_string(dir.join(name)).unwrap()
}

const COLUMNS_EN: &str = "Columns:
  A \"STT\" → not used
  B \"Tên đơn vị\" → unit
  C \"Dân số (người)\" → population
  D \"Người tham gia BHYT › Số người\" → participants
  E \"Người tham gia BHYT › Tỷ lệ bao phủ (%)\" → coverage
  F \"Kế hoạch giao › Số người\" → plan
  G \"Kế hoạch giao › Tỷ lệ hoàn thành KH (%)\" → plan percent
";

#[test]
fn each_column_by_its_whole_header_in_xlsx_ods_and_csv() {
    let dir = tempfile::tempdir().unwrap();
    let report = october(&[HA_NOI, LANG_SON]);
    for file in [
        report.xlsx(&dir.path().join("t10.xlsx")),
        report.ods(&dir.path().join("t10.ods")),
        report.csv(&dir.path().join("t10.csv")),
    ] {
        let name = file.file_name().unwrap().to_str().unwrap().to_string();
        let out_name = format!("{name}.toml");
        let (code, out, err) = run(
            dir.path(),
            &["--lang", "en", "import", &name, "-o", &out_name],
        );
        assert_eq!(code, Some(0), "{name}: {out}\n{err}");
        assert!(out.starts_with(COLUMNS_EN), "{name}: {out}");
        let written = read(dir.path(), &out_name);
        // Hà Nội's participants are its participants, not its population.
        assert!(
            written.contains(
                "locality = \"ha-noi\"\ndate = 2025-10-31\ncoverage = 95.0\nparticipants = 8366900\npopulation = 8807500\nplan = 8400000\nplan_percent = 99.61\nsource = \""
            ),
            "{name}: {written}"
        );
        assert!(
            written.contains("locality = \"lang-son\"\ndate = 2025-10-31\ncoverage = 96.02\nparticipants = 770100\npopulation = 802000\n"),
            "{name}: {written}"
        );
    }
}

#[test]
fn words_in_the_participants_column_stop_the_import_at_their_cell() {
    let dir = tempfile::tempdir().unwrap();
    let mut ha_noi = HA_NOI;
    ha_noi.2 = V::T("khoảng 520 nghìn");
    october(&[LANG_SON, ha_noi]).xlsx(&dir.path().join("t10.xlsx"));
    let (code, _, err) = run(dir.path(), &["--lang", "en", "import", "t10.xlsx"]);
    assert_eq!(code, Some(1), "{err}");
    assert!(
        err.contains(
            "t10.xlsx: Báo cáo!D10: the participants cell must be a number, not \"khoảng 520 nghìn\""
        ),
        "{err}"
    );
    assert!(err.ends_with("1 error; nothing written\n"), "{err}");
    assert!(!dir.path().join("t10.toml").exists());
}

#[test]
fn a_role_two_columns_claim_stops_until_column_says_which() {
    let dir = tempfile::tempdir().unwrap();
    let mut report = october(&[HA_NOI, LANG_SON]);
    // Two participants columns: the actual figure and the voluntary ones.
    report.header = vec![
        ("STT", ""),
        ("Tên đơn vị", ""),
        ("Dân số", ""),
        ("Số người tham gia BHYT", ""),
        ("Tỷ lệ bao phủ (%)", ""),
        ("Số người tham gia tự nguyện", ""),
        ("Ghi chú", ""),
    ];
    report.units = vec![
        (
            "Thành phố Hà Nội",
            V::N(8_807_500.0),
            V::N(8_366_900.0),
            V::T("95,00"),
            V::N(612_000.0),
            V::E,
        ),
        (
            "Tỉnh Lạng Sơn",
            V::N(802_000.0),
            V::N(770_100.0),
            V::T("96,02"),
            V::N(41_000.0),
            V::E,
        ),
    ];
    report.xlsx(&dir.path().join("t10.xlsx"));
    let (code, _, err) = run(dir.path(), &["--lang", "en", "import", "t10.xlsx"]);
    assert_eq!(code, Some(1), "{err}");
    assert!(
        err.contains(
            "t10.xlsx: Báo cáo: the headers of D \"Số người tham gia BHYT\", F \"Số người tham gia tự nguyện\" all name participants: which one holds it? Say so with --column participants=D (or another column's letter)"
        ),
        "{err}"
    );
    let (code, out, err) = run(
        dir.path(),
        &[
            "--lang",
            "en",
            "import",
            "t10.xlsx",
            "--column",
            "participants=D",
        ],
    );
    assert_eq!(code, Some(0), "{out}\n{err}");
    assert!(
        out.contains("  F \"Số người tham gia tự nguyện\" → not used\n"),
        "{out}"
    );
    assert!(
        read(dir.path(), "t10.toml").contains("participants = 8366900\npopulation = 8807500\n")
    );
}

#[test]
fn a_column_of_numbers_whose_header_says_no_figure_stops_the_import() {
    let dir = tempfile::tempdir().unwrap();
    let mut report = october(&[HA_NOI, LANG_SON]);
    report.header = vec![
        ("STT", ""),
        ("Tên đơn vị", ""),
        ("Dân số", ""),
        ("Tỷ lệ bao phủ (%)", ""),
        ("Số người", ""),
        ("Tăng/giảm so với cùng kỳ (%)", ""),
        ("Ghi chú", ""),
    ];
    report.units = vec![(
        "Thành phố Hà Nội",
        V::N(8_807_500.0),
        V::T("95,00"),
        V::N(8_366_900.0),
        V::T("1,2"),
        V::E,
    )];
    report.xlsx(&dir.path().join("t10.xlsx"));
    let (code, out, err) = run(
        dir.path(),
        &["--lang", "en", "import", "t10.xlsx", "--dry-run"],
    );
    assert_eq!(code, Some(1), "{out}\n{err}");
    assert!(out.contains("  E \"Số người\" → not used\n"), "{out}");
    assert!(
        out.contains("  F \"Tăng/giảm so với cùng kỳ (%)\" → not used (a change, not a level)\n"),
        "{out}"
    );
    assert!(
        err.contains(
            "t10.xlsx: Báo cáo: column E \"Số người\" holds numbers but its header does not say which figure they are; name it with --column participants=E (or population, coverage, plan, plan_percent), or leave it out with --column ignore=E"
        ),
        "{err}"
    );
    // Named, it is read; left out, the rest is.
    let (code, out, err) = run(
        dir.path(),
        &[
            "--lang",
            "en",
            "import",
            "t10.xlsx",
            "--column",
            "participants=E",
            "-o",
            "named.toml",
        ],
    );
    assert_eq!(code, Some(0), "{out}\n{err}");
    assert!(read(dir.path(), "named.toml").contains("participants = 8366900\n"));
    let (code, out, err) = run(
        dir.path(),
        &[
            "--lang",
            "en",
            "import",
            "t10.xlsx",
            "--column",
            "ignore=Số người",
            "-o",
            "left.toml",
        ],
    );
    assert_eq!(code, Some(0), "{out}\n{err}");
    assert!(!read(dir.path(), "left.toml").contains("participants"));
}

#[test]
fn participants_above_the_population_is_an_error_at_the_participants_cell() {
    let dir = tempfile::tempdir().unwrap();
    let mut lang_son = LANG_SON;
    lang_son.2 = V::N(820_100.0);
    lang_son.3 = V::E;
    october(&[HA_NOI, lang_son]).csv(&dir.path().join("t10.csv"));
    let (code, _, err) = run(dir.path(), &["--lang", "en", "import", "t10.csv"]);
    assert_eq!(code, Some(1), "{err}");
    assert!(
        err.contains(
            "t10.csv: D8: participants (820100) exceed the population (802000): check both cells and their columns"
        ),
        "{err}"
    );
}

#[test]
fn coverage_that_disagrees_with_the_counts_on_most_rows_means_mixed_up_columns() {
    let dir = tempfile::tempdir().unwrap();
    // The coverage column holds the share of the plan instead.
    let mut ha_noi = HA_NOI;
    ha_noi.3 = V::T("99,61");
    let mut lang_son = LANG_SON;
    lang_son.3 = V::T("99,37");
    october(&[ha_noi, lang_son]).xlsx(&dir.path().join("t10.xlsx"));
    let (code, _, err) = run(dir.path(), &["--lang", "en", "import", "t10.xlsx"]);
    assert_eq!(code, Some(1), "{err}");
    assert!(
        err.contains(
            "t10.xlsx: Báo cáo: coverage (column E \"Người tham gia BHYT › Tỷ lệ bao phủ (%)\") disagrees with participants ÷ population (columns D \"Người tham gia BHYT › Số người\" ÷ C \"Dân số (người)\") by more than 0.5 point on 2 of 2 rows: the columns are probably mixed up; check them, or name them with --column"
        ),
        "{err}"
    );
    // On one row of two it is that row's warning, as `check` gives.
    let mut ha_noi = HA_NOI;
    ha_noi.3 = V::T("96,10");
    october(&[ha_noi, LANG_SON]).xlsx(&dir.path().join("one.xlsx"));
    let (code, out, err) = run(dir.path(), &["--lang", "en", "import", "one.xlsx"]);
    assert_eq!(code, Some(0), "{out}\n{err}");
    assert!(
        err.contains("one.xlsx: Báo cáo!E9: warning: coverage = 96.1 but participants / population = 95.00 for `ha-noi` on 2025-10-31"),
        "{err}"
    );
}

#[test]
fn a_former_province_alone_is_never_written_as_the_whole_province() {
    let dir = tempfile::tempdir().unwrap();
    let kien_giang: reports::Unit<'static> = (
        "Tỉnh Kiên Giang",
        V::N(1_760_000.0),
        V::N(1_600_000.0),
        V::T("90,91"),
        V::E,
        V::E,
    );
    let binh_thuan: reports::Unit<'static> = (
        "Tỉnh Bình Thuận",
        V::N(1_250_000.0),
        V::N(1_150_000.0),
        V::T("92,00"),
        V::E,
        V::E,
    );
    october(&[HA_NOI, kien_giang, binh_thuan]).xlsx(&dir.path().join("t10.xlsx"));
    let (code, _, err) = run(dir.path(), &["--lang", "en", "import", "t10.xlsx"]);
    assert_eq!(code, Some(1), "{err}");
    assert!(
        err.contains("t10.xlsx: Báo cáo!B10: \"Tỉnh Kiên Giang\" has been part of An Giang since 2025-07-01: this report (dated 2025-10-31) lists the former units, and An Giang can only be written when all of them are there, added up; missing: An Giang. Part of a unit is never written as the whole"),
        "{err}"
    );
    assert!(
        err.contains("t10.xlsx: Báo cáo!B11: \"Tỉnh Bình Thuận\" has been part of Lâm Đồng since 2025-07-01: this report (dated 2025-10-31) lists the former units, and Lâm Đồng can only be written when all of them are there, added up; missing: Lâm Đồng, Đắk Nông. Part of a unit is never written as the whole"),
        "{err}"
    );
    // With every part, An Giang is their sum, coverage from the sums.
    let an_giang: reports::Unit<'static> = (
        "Tỉnh An Giang",
        V::N(1_910_000.0),
        V::N(1_780_000.0),
        V::T("93,19"),
        V::E,
        V::E,
    );
    october(&[HA_NOI, an_giang, kien_giang]).xlsx(&dir.path().join("whole.xlsx"));
    let (code, out, err) = run(dir.path(), &["--lang", "en", "import", "whole.xlsx"]);
    assert_eq!(code, Some(0), "{out}\n{err}");
    let written = read(dir.path(), "whole.toml");
    assert!(
        written.contains("[[record]]\nlocality = \"an-giang\"\ndate = 2025-10-31\nparticipants = 3380000\npopulation = 3670000\nnote = \"An Giang: the sum of the former units' rows Tỉnh An Giang (row 10), Tỉnh Kiên Giang (row 11) (merged on 2025-07-01); coverage from the sums\"\nsource = \"whole.xlsx, Báo cáo, row 10, 11\"\n"),
        "{written}"
    );
    assert_eq!(written.matches("[[record]]").count(), 2, "{written}");
}

#[test]
fn a_record_the_data_has_for_the_day_stops_the_import_unless_replaced() {
    let dir = tempfile::tempdir().unwrap();
    let lao_cai: reports::Unit<'static> = (
        "Tỉnh Lào Cai",
        V::N(1_780_000.0),
        V::N(1_700_000.0),
        V::E,
        V::E,
        V::E,
    );
    october(&[HA_NOI, lao_cai]).xlsx(&dir.path().join("t10.xlsx"));
    let (code, out, err) = run(
        dir.path(),
        &["--lang", "en", "import", "t10.xlsx", "--dry-run"],
    );
    assert_eq!(code, Some(1), "{out}\n{err}");
    assert!(
        err.contains("t10.xlsx: Báo cáo!B10: the data in use already has a record of `lao-cai` for 2025-10-31 (data/lao-cai.toml:"),
        "{err}"
    );
    assert!(
        err.contains("to put this report's figure in its place, import with --replace"),
        "{err}"
    );
    let (code, out, err) = run(
        dir.path(),
        &["--lang", "en", "import", "t10.xlsx", "--replace"],
    );
    assert_eq!(code, Some(0), "{out}\n{err}");
    assert!(
        out.contains("  Báo cáo!B10: `lao-cai`: replaces the record at data/lao-cai.toml:"),
        "{out}"
    );
    let written = read(dir.path(), "t10.toml");
    assert!(
        written.contains("locality = \"lao-cai\"\ndate = 2025-10-31\nparticipants = 1700000\npopulation = 1780000\nreplaces = true\n"),
        "{written}"
    );
    // Only the record that replaces one says so.
    assert_eq!(written.matches("replaces = true").count(), 1, "{written}");
}

#[test]
fn a_unit_abolished_before_the_report_and_a_report_after_today_are_errors() {
    let dir = tempfile::tempdir().unwrap();
    let phu_xuyen: reports::Unit<'static> = (
        "Huyện Phú Xuyên",
        V::N(230_000.0),
        V::N(210_000.0),
        V::E,
        V::E,
        V::E,
    );
    october(&[HA_NOI, phu_xuyen]).xlsx(&dir.path().join("t10.xlsx"));
    let (code, _, err) = run(dir.path(), &["--lang", "en", "import", "t10.xlsx"]);
    assert_eq!(code, Some(1), "{err}");
    assert!(
        err.contains("t10.xlsx: Báo cáo!B10: \"Huyện Phú Xuyên\" names Phú Xuyên (`phu-xuyen`), which ceased on 2025-07-01: a report dated 2025-10-31 cannot give its figures; check the date, or the row"),
        "{err}"
    );
    let later = Report::new(&["BÁO CÁO THAM GIA BHYT", "Đến ngày 31/01/2027"], &[HA_NOI]);
    later.xlsx(&dir.path().join("t1.xlsx"));
    let (code, _, err) = run(dir.path(), &["--lang", "en", "import", "t1.xlsx"]);
    assert_eq!(code, Some(1), "{err}");
    assert!(
        err.contains("t1.xlsx: Báo cáo!A3: the figures are dated 2027-01-31, after today (2026-12-06): check the title line or --date"),
        "{err}"
    );
}

#[test]
fn names_the_data_does_not_know_are_mapped_or_skipped() {
    let dir = tempfile::tempdir().unwrap();
    let xu_lang: reports::Unit<'static> = (
        "Xứ Lạng",
        V::N(802_000.0),
        V::N(770_100.0),
        V::E,
        V::E,
        V::E,
    );
    october(&[HA_NOI, xu_lang]).csv(&dir.path().join("t10.csv"));
    let (code, _, err) = run(dir.path(), &["--lang", "en", "import", "t10.csv"]);
    assert_eq!(code, Some(1), "{err}");
    assert!(
        err.contains("t10.csv: B8: no unit of the dataset is called \"Xứ Lạng\""),
        "{err}"
    );
    let (code, out, err) = run(
        dir.path(),
        &[
            "--lang",
            "en",
            "import",
            "t10.csv",
            "--skip-unmatched",
            "-o",
            "skipped.toml",
        ],
    );
    assert_eq!(code, Some(0), "{out}\n{err}");
    assert!(
        out.contains("1 row names no unit of the data and was left out (--skip-unmatched):\n  B8: \"Xứ Lạng\"\n"),
        "{out}"
    );
    assert!(out.contains("Wrote 1 record to skipped.toml"), "{out}");
    let (code, out, err) = run(
        dir.path(),
        &[
            "--lang",
            "en",
            "import",
            "t10.csv",
            "--map",
            "Xứ Lạng=lang-son",
            "-o",
            "mapped.toml",
        ],
    );
    assert_eq!(code, Some(0), "{out}\n{err}");
    assert!(
        read(dir.path(), "mapped.toml")
            .contains("locality = \"lang-son\"\ndate = 2025-10-31\nparticipants = 770100\n")
    );
    let (code, _, err) = run(
        dir.path(),
        &[
            "--lang",
            "en",
            "import",
            "t10.csv",
            "--map",
            "Xứ Lạng=xu-lang",
        ],
    );
    assert_eq!(code, Some(2), "{err}");
    assert!(
        err.contains("--map: the data has no unit `xu-lang`"),
        "{err}"
    );
}

#[test]
fn estimated_figures_are_written_as_estimates() {
    let dir = tempfile::tempdir().unwrap();
    let report = Report::new(
        &["ƯỚC THỰC HIỆN THAM GIA BHYT", "Đến ngày 31/10/2025"],
        &[HA_NOI],
    );
    report.xlsx(&dir.path().join("uoc.xlsx"));
    let (code, out, err) = run(dir.path(), &["--lang", "en", "import", "uoc.xlsx"]);
    assert_eq!(code, Some(0), "{out}\n{err}");
    assert!(
        out.contains("Estimated figures (≈), as Báo cáo!A2 says: written with estimate = true"),
        "{out}"
    );
    assert!(read(dir.path(), "uoc.toml").contains("plan_percent = 99.61\nestimate = true\n"));
}

#[test]
fn check_refuses_a_record_dated_after_its_unit_ceased() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(
        dir.path().join("late.toml"),
        "schema = 1\n\n[[record]]\nlocality = \"phu-xuyen\"\ndate = 2025-10-31\nparticipants = 210000\npopulation = 230000\nsource = \"t10.xlsx, Báo cáo, row 10\"\n\n[[record]]\nlocality = \"phu-xuyen\"\ndate = 2025-06-30\nparticipants = 209000\npopulation = 230000\nsource = \"t6.xlsx, Báo cáo, row 10\"\n",
    )
    .unwrap();
    let (code, out, err) = run(
        dir.path(),
        &["--lang", "en", "check", "bundled", "late.toml"],
    );
    assert_eq!(code, Some(1), "{out}\n{err}");
    let all = format!("{out}{err}");
    assert!(
        all.contains("late.toml:3:1: `phu-xuyen` ceased on 2025-07-01: a record dated 2025-10-31 cannot be its figure; a figure after that belongs to the units that took over its area"),
        "{all}"
    );
    // The day before it ceased is its own.
    assert_eq!(all.matches("ceased on").count(), 1, "{all}");
    // A merged province's record is the unit's it joined.
    std::fs::write(
        dir.path().join("merged.toml"),
        "schema = 1\n\n[[record]]\nlocality = \"kien-giang\"\ndate = 2025-07-01\ncoverage = 90.0\nsource = \"t7.xlsx\"\n",
    )
    .unwrap();
    let (code, out, err) = run(
        dir.path(),
        &["--lang", "en", "check", "bundled", "merged.toml"],
    );
    assert_eq!(code, Some(1), "{out}\n{err}");
    assert!(
        format!("{out}{err}").contains("merged.toml:3:1: `kien-giang` ceased on 2025-07-01, merged into `an-giang`: a record dated 2025-07-01 cannot be its figure; if it is `an-giang`'s, write it for `an-giang`"),
        "{out}{err}"
    );
}

/// Every way a title gives the figures' date, as read from the report's
/// second line: the end of the period it names.
#[test]
fn the_date_is_the_end_of_the_period_the_title_names() {
    let dir = tempfile::tempdir().unwrap();
    let cases = [
        ("BÁO CÁO KẾT QUẢ 6 tháng đầu năm 2025", "2025-06-30"),
        ("KẾT QUẢ THỰC HIỆN 9 THÁNG NĂM 2025", "2025-09-30"),
        ("Báo cáo Quý 3 năm 2025", "2025-09-30"),
        ("BÁO CÁO QUÝ III NĂM 2025", "2025-09-30"),
        ("Kỳ báo cáo: 01/01/2025 - 30/09/2025", "2025-09-30"),
        ("Từ ngày 01/10/2025 đến ngày 31/10/2025", "2025-10-31"),
        ("Đến hết ngày 31/10/2025", "2025-10-31"),
        ("Tính đến ngày 31/10/2025", "2025-10-31"),
        ("Số liệu đến hết tháng 9/2025", "2025-09-30"),
        ("TÌNH HÌNH THAM GIA BHYT THÁNG 10 NĂM 2025", "2025-10-31"),
        ("Kết quả năm 2024", "2024-12-31"),
    ];
    for (i, (title, day)) in cases.iter().enumerate() {
        let name = format!("r{i}.xlsx");
        Report::new(&[title], &[LANG_SON]).xlsx(&dir.path().join(&name));
        let (code, out, err) = run(dir.path(), &["--lang", "en", "import", &name, "--dry-run"]);
        assert_eq!(code, Some(0), "{title}: {out}\n{err}");
        assert!(
            out.contains(&format!(
                "Date of the figures: {day} (read from the title line Báo cáo!A2)"
            )),
            "{title}: {out}"
        );
    }
}

#[test]
fn a_cover_letters_date_is_never_the_figures_date_and_two_dates_stop_the_import() {
    let dir = tempfile::tempdir().unwrap();
    // The cover letter (05/11) above the title (31/10), the signature's
    // date (05/11) below the table: 31/10 from the title's cell.
    october(&[LANG_SON]).xlsx(&dir.path().join("t10.xlsx"));
    let (code, out, err) = run(
        dir.path(),
        &["--lang", "en", "import", "t10.xlsx", "--dry-run"],
    );
    assert_eq!(code, Some(0), "{out}\n{err}");
    assert!(
        out.contains("Date of the figures: 2025-10-31 (read from the title line Báo cáo!A4)"),
        "{out}"
    );
    Report::new(
        &["BÁO CÁO THÁNG 9/2025", "Đến ngày 31/10/2025"],
        &[LANG_SON],
    )
    .xlsx(&dir.path().join("two.xlsx"));
    let (code, out, err) = run(dir.path(), &["--lang", "en", "import", "two.xlsx"]);
    assert_eq!(code, Some(1), "{out}\n{err}");
    assert!(
        err.contains("two.xlsx: Báo cáo: the title cells Báo cáo!A3 and Báo cáo!A2 give different dates for the figures; write --date YYYY-MM-DD"),
        "{err}"
    );
    let (code, out, err) = run(
        dir.path(),
        &[
            "--lang",
            "en",
            "import",
            "two.xlsx",
            "--date",
            "2025-10-31",
            "--dry-run",
        ],
    );
    assert_eq!(code, Some(0), "{out}\n{err}");
}

/// The whole way in: import a report (a merged province's parts, a newer
/// figure for a day the data has, a plan), check it with the bundled data,
/// and find its figures in an export.
#[test]
fn import_then_check_then_export_shows_the_reports_figures() {
    let dir = tempfile::tempdir().unwrap();
    let lao_cai: reports::Unit<'static> = (
        "Tỉnh Lào Cai",
        V::N(1_780_000.0),
        V::N(1_600_000.0),
        V::T("89,89"),
        V::N(1_620_000.0),
        V::E,
    );
    let an_giang: reports::Unit<'static> = (
        "Tỉnh An Giang",
        V::N(1_910_000.0),
        V::N(1_780_000.0),
        V::T("93,19"),
        V::N(1_800_000.0),
        V::E,
    );
    let kien_giang: reports::Unit<'static> = (
        "Tỉnh Kiên Giang",
        V::N(1_760_000.0),
        V::N(1_600_000.0),
        V::T("90,91"),
        V::N(1_650_000.0),
        V::E,
    );
    october(&[HA_NOI, lao_cai, an_giang, kien_giang]).xlsx(&dir.path().join("t10.xlsx"));
    let (code, out, err) = run(
        dir.path(),
        &[
            "--lang",
            "en",
            "import",
            "t10.xlsx",
            "--replace",
            "-o",
            "t10.toml",
        ],
    );
    assert_eq!(code, Some(0), "{out}\n{err}");
    assert!(out.contains("Wrote 3 records to t10.toml"), "{out}");
    let (code, out, err) = run(
        dir.path(),
        &["--lang", "en", "check", "bundled", "t10.toml"],
    );
    assert_eq!(code, Some(0), "{out}\n{err}");
    let checked = format!("{out}{err}");
    assert!(
        checked.contains("t10.toml:14:1: note: `lao-cai` on 2025-10-31: this record replaces the one at data/lao-cai.toml:"),
        "{checked}"
    );
    let (code, csv, err) = run(
        dir.path(),
        &[
            "--lang",
            "en",
            "--data",
            "bundled",
            "--data",
            "t10.toml",
            "export",
            "--view",
            "provinces",
            "--format",
            "csv",
        ],
    );
    assert_eq!(code, Some(0), "{err}");
    let header = csv.lines().next().unwrap();
    let row = |name: &str| -> Vec<String> {
        let line = csv
            .lines()
            // After the unit's id.
            .find(|l| l.contains(&format!(",{name},")))
            .unwrap();
        line.split(',').map(str::to_string).collect()
    };
    let col = |title: &str| {
        header
            .trim_start_matches('\u{feff}')
            .split(',')
            .position(|h| h == title)
            .unwrap_or_else(|| panic!("{title} in {header}"))
    };
    let (participants, population, plan, as_of) = (
        col("Participants"),
        col("Population"),
        col("% plan"),
        col("As of"),
    );
    for (name, p, n, share) in [
        ("Hà Nội", "8366900", "8807500", "99.61"),
        ("Lào Cai", "1600000", "1780000", "98.77"),
        ("An Giang", "3380000", "3670000", "97.97"),
    ] {
        let r = row(name);
        assert_eq!(r[participants], p, "{name}: {r:?}");
        assert_eq!(r[population], n, "{name}: {r:?}");
        assert_eq!(r[plan], share, "{name}: {r:?}");
        assert_eq!(r[as_of], "2025-10-31", "{name}: {r:?}");
    }
}
