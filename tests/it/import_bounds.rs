//! What reading a report may cost (issue 21, point 10): a stray cell at
//! XFD1048576 beside a small report loses no cell and builds no
//! rows × columns of emptiness; garbage, oversized and zip-bomb files are
//! refused with one sentence. Time and memory are measured with the
//! release binary (`/usr/bin/time -v`), not asserted here.

#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

use crate::common::Run;
use std::io::Write as _;
use std::path::{Path, PathBuf};
use std::process::Command;

use rust_xlsxwriter::Workbook;
use tiendo::import::read::{self, Cell};
use tiendo::text::Lang;

/// Exit code, stdout and stderr of `tiendo args` run in `dir`.
fn run(dir: &Path, args: &[&str]) -> (Option<i32>, String, String) {
    let out = Command::new(env!("CARGO_BIN_EXE_tiendo"))
        .env("NO_COLOR", "1")
        .env_remove("TIENDO_LANG")
        .current_dir(dir)
        .args(args)
        .run()
        .expect("tiendo runs");
    (
        out.status.code(),
        String::from_utf8_lossy(&out.stdout).into_owned(),
        String::from_utf8_lossy(&out.stderr).into_owned(),
    )
}

/// A small report with a two-row header, and a value left at XFD1048576.
fn stray_cell_xlsx(dir: &Path) -> PathBuf {
    let path = dir.join("stray.xlsx");
    let mut book = Workbook::new();
    let ws = book.add_worksheet();
    ws.set_name("Báo cáo").unwrap();
    ws.write_string(0, 0, "TÌNH HÌNH THAM GIA BHYT tháng 9/2025")
        .unwrap();
    ws.write_string(2, 0, "Tên đơn vị").unwrap();
    ws.write_string(2, 1, "Dân số").unwrap();
    ws.write_string(2, 2, "Người tham gia BHYT").unwrap();
    ws.write_string(3, 2, "Số người").unwrap();
    ws.write_string(3, 3, "Tỷ lệ (%)").unwrap();
    ws.write_string(4, 0, "Thành phố Hà Nội").unwrap();
    ws.write_number(4, 1, 8_719_000.0).unwrap();
    ws.write_number(4, 2, 8_236_450.0).unwrap();
    ws.write_string(4, 3, "94,47").unwrap();
    ws.write_string(5, 0, "Tỉnh Lạng Sơn").unwrap();
    ws.write_number(5, 1, 1_719_400.0).unwrap();
    ws.write_number(5, 2, 1_651_300.0).unwrap();
    ws.write_number(5, 3, 96.04).unwrap();
    ws.write_number(1_048_575, 16_383, 42.0).unwrap();
    book.save(&path).unwrap();
    path
}

fn t(s: &str) -> Cell {
    Cell::Text(s.into())
}

#[test]
fn a_stray_cell_at_xfd1048576_loses_no_cell_of_the_report() {
    let dir = tempfile::tempdir().unwrap();
    let path = stray_cell_xlsx(dir.path());
    let sheet = read::read(Lang::En, &path, None).unwrap();
    assert_eq!(sheet.name.as_deref(), Some("Báo cáo"));
    let e = Cell::Empty;
    let report: Vec<Vec<Cell>> = vec![
        vec![t("TÌNH HÌNH THAM GIA BHYT tháng 9/2025")],
        vec![],
        vec![t("Tên đơn vị"), t("Dân số"), t("Người tham gia BHYT")],
        vec![e.clone(), e.clone(), t("Số người"), t("Tỷ lệ (%)")],
        vec![
            t("Thành phố Hà Nội"),
            Cell::Number(8_719_000.0),
            Cell::Number(8_236_450.0),
            t("94,47"),
        ],
        vec![
            t("Tỉnh Lạng Sơn"),
            Cell::Number(1_719_400.0),
            Cell::Number(1_651_300.0),
            Cell::Number(96.04),
        ],
    ];
    assert_eq!(sheet.rows.get(..6).unwrap(), report.as_slice());
    // The stray cell is kept where it was, at the cost of its own row only.
    assert_eq!(sheet.rows.len(), 1_048_576);
    assert_eq!(sheet.cell(1_048_575, 16_383), &Cell::Number(42.0));
    assert_eq!(sheet.name_cell(1_048_575, 16_383), "Báo cáo!XFD1048576");
    assert_eq!(sheet.rows[1_048_575].len(), 16_384);
    assert!(
        sheet.rows[6..1_048_575].iter().all(Vec::is_empty),
        "only the report's rows and the stray cell's row hold cells"
    );
}

#[test]
fn a_report_with_a_stray_cell_imports() {
    let dir = tempfile::tempdir().unwrap();
    let path = stray_cell_xlsx(dir.path());
    let (code, out, err) = run(
        dir.path(),
        &[
            "--lang",
            "en",
            "import",
            path.to_str().unwrap(),
            "--dry-run",
            "--date",
            "2025-10-31",
        ],
    );
    assert_eq!(code, Some(0), "{out}\n{err}");
    assert!(
        out.contains("Báo cáo, row 5: Thành phố Hà Nội → ha-noi (by name): population 8719000, participants 8236450, coverage 94.47\n"),
        "{out}"
    );
    assert!(
        out.contains("Báo cáo, row 6: Tỉnh Lạng Sơn → lang-son (by name): population 1719400, participants 1651300, coverage 96.04\n"),
        "{out}"
    );
    assert!(
        out.ends_with("2 records (dry run: nothing written)\n"),
        "{out}"
    );
}

/// Bytes that look like nothing: xorshift from a fixed seed.
fn garbage(len: usize) -> Vec<u8> {
    let mut x: u64 = 0x9E37_79B9_7F4A_7C15;
    (0..len)
        .map(|_| {
            x ^= x << 13;
            x ^= x >> 7;
            x ^= x << 17;
            (x >> 24) as u8
        })
        .collect()
}

/// `tiendo import FILE` on `bytes`: its exit code and stderr.
fn import_bytes(lang: &str, name: &str, bytes: &[u8]) -> (Option<i32>, String) {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join(name);
    std::fs::write(&path, bytes).unwrap();
    let (code, out, err) = run(
        dir.path(),
        &["--lang", lang, "import", name, "--date", "2025-10-31"],
    );
    assert_eq!(out, "");
    (code, err)
}

#[test]
fn ten_megabytes_of_garbage_are_one_sentence_whatever_the_extension() {
    let bytes = garbage(10 << 20);
    for format in ["xlsx", "xlsb", "xls", "ods"] {
        let name = format!("garbage.{format}");
        assert_eq!(
            import_bytes("en", &name, &bytes),
            (
                Some(2),
                format!(
                    "tiendo: {name}: the file cannot be read as {format}: it is damaged, or it is another kind of file with that extension\n"
                )
            )
        );
    }
    assert_eq!(
        import_bytes("en", "garbage.csv", &bytes),
        (
            Some(2),
            "tiendo: garbage.csv: the csv file is not UTF-8: save it again as \"CSV UTF-8\"\n"
                .to_string()
        )
    );
    assert_eq!(
        import_bytes("vi", "garbage.xlsx", &bytes),
        (
            Some(2),
            "tiendo: garbage.xlsx: không đọc được tệp dưới dạng xlsx: tệp bị hỏng hoặc là một loại tệp khác mang đuôi này\n"
                .to_string()
        )
    );
}

#[test]
fn a_file_larger_than_any_report_is_refused_before_it_is_read() {
    let dir = tempfile::tempdir().unwrap();
    for name in ["big.csv", "big.xls"] {
        let path = dir.path().join(name);
        // Sparse: no 65 MB written.
        std::fs::File::create(&path)
            .unwrap()
            .set_len(65 << 20)
            .unwrap();
        let (code, _, err) = run(dir.path(), &["--lang", "en", "import", name]);
        assert_eq!(code, Some(2));
        assert_eq!(
            err,
            format!(
                "tiendo: {name}: the file holds more than 64 MB of data, far more than a report: is it the right file?\n"
            )
        );
    }
}

/// `xlsx` with its first sheet's XML replaced by `sheet`.
fn with_sheet_xml(sheet: impl Fn(&mut dyn std::io::Write)) -> Vec<u8> {
    let dir = tempfile::tempdir().unwrap();
    let path = stray_cell_xlsx(dir.path());
    let mut from = zip::ZipArchive::new(std::fs::File::open(path).unwrap()).unwrap();
    let mut out = zip::ZipWriter::new(std::io::Cursor::new(Vec::new()));
    let options = zip::write::SimpleFileOptions::default()
        .compression_method(zip::CompressionMethod::Deflated)
        .compression_level(Some(1));
    for i in 0..from.len() {
        let part = from.by_index(i).unwrap();
        let name = part.name().unwrap().to_string();
        if name == "xl/worksheets/sheet1.xml" {
            drop(part);
            out.start_file(name, options).unwrap();
            sheet(&mut out);
        } else {
            out.raw_copy_file(part).unwrap();
        }
    }
    out.finish().unwrap().into_inner()
}

/// A sheet of rows of 10 numbers each: 65 MB of XML, just past the bound.
fn huge_sheet(w: &mut dyn std::io::Write) {
    w.write_all(b"<?xml version=\"1.0\"?><worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><sheetData>").unwrap();
    let row: String = (0..10).map(|_| "<c><v>1</v></c>").collect();
    let row = format!("<row>{row}</row>");
    let mut written = 0;
    while written < 65 << 20 {
        w.write_all(row.as_bytes()).unwrap();
        written += row.len();
    }
    w.write_all(b"</sheetData></worksheet>").unwrap();
}

/// The stray-cell report with `huge_sheet` as its sheet, deflated once
/// for the tests that need it (a few seconds unoptimised).
fn bomb() -> Vec<u8> {
    static BOMB: std::sync::OnceLock<Vec<u8>> = std::sync::OnceLock::new();
    BOMB.get_or_init(|| with_sheet_xml(huge_sheet)).clone()
}

#[test]
fn a_sheet_that_unpacks_past_the_bound_is_refused_unread() {
    let bytes = bomb();
    assert!(bytes.len() < 10 << 20, "{} bytes", bytes.len());
    assert_eq!(
        import_bytes("en", "bomb.xlsx", &bytes),
        (
            Some(2),
            "tiendo: bomb.xlsx: the file holds more than 64 MB of data, far more than a report: is it the right file?\n"
                .to_string()
        )
    );
}

/// Sets the sizes that `name`'s headers declare, unpacked, to `size`.
fn declare_size(bytes: &mut [u8], name: &str, size: u32) {
    let mut at = 0;
    while let Some(i) = bytes[at..]
        .windows(4)
        .position(|w| w == b"PK\x01\x02" || w == b"PK\x03\x04")
    {
        let start = at + i;
        let central = bytes[start + 2] == 1;
        let (name_len_at, name_at, size_at) = if central {
            (start + 28, start + 46, start + 24)
        } else {
            (start + 26, start + 30, start + 22)
        };
        let name_len = usize::from(u16::from_le_bytes([
            bytes[name_len_at],
            bytes[name_len_at + 1],
        ]));
        if bytes.get(name_at..name_at + name_len) == Some(name.as_bytes()) {
            bytes[size_at..size_at + 4].copy_from_slice(&size.to_le_bytes());
        }
        at = start + 4;
    }
}

#[test]
fn a_sheet_that_unpacks_past_its_declared_size_is_stopped_there() {
    let mut bytes = bomb();
    declare_size(&mut bytes, "xl/worksheets/sheet1.xml", 4096);
    assert_eq!(
        import_bytes("en", "liar.xlsx", &bytes),
        (
            Some(2),
            "tiendo: liar.xlsx: the file cannot be read as xlsx: it is damaged, or it is another kind of file with that extension\n"
                .to_string()
        )
    );
}

/// An ods file whose one sheet is `rows` (the XML of its table rows).
fn ods(rows: &str) -> Vec<u8> {
    let mut out = zip::ZipWriter::new(std::io::Cursor::new(Vec::new()));
    let stored =
        zip::write::SimpleFileOptions::default().compression_method(zip::CompressionMethod::Stored);
    out.start_file("mimetype", stored).unwrap();
    out.write_all(b"application/vnd.oasis.opendocument.spreadsheet")
        .unwrap();
    out.start_file("META-INF/manifest.xml", stored).unwrap();
    out.write_all(b"<?xml version=\"1.0\"?><manifest:manifest xmlns:manifest=\"urn:oasis:names:tc:opendocument:xmlns:manifest:1.0\"><manifest:file-entry manifest:full-path=\"/\" manifest:media-type=\"application/vnd.oasis.opendocument.spreadsheet\"/><manifest:file-entry manifest:full-path=\"content.xml\" manifest:media-type=\"text/xml\"/></manifest:manifest>").unwrap();
    out.start_file("content.xml", stored).unwrap();
    write!(
        out,
        "<?xml version=\"1.0\"?><office:document-content xmlns:office=\"urn:oasis:names:tc:opendocument:xmlns:office:1.0\" xmlns:table=\"urn:oasis:names:tc:opendocument:xmlns:table:1.0\" xmlns:text=\"urn:oasis:names:tc:opendocument:xmlns:text:1.0\"><office:body><office:spreadsheet><table:table table:name=\"Báo cáo\">{rows}</table:table></office:spreadsheet></office:body></office:document-content>"
    )
    .unwrap();
    out.finish().unwrap().into_inner()
}

const ODS_REPORT: &str = "<table:table-row><table:table-cell office:value-type=\"string\"><text:p>Tên đơn vị</text:p></table:table-cell><table:table-cell office:value-type=\"string\"><text:p>Dân số</text:p></table:table-cell></table:table-row><table:table-row><table:table-cell office:value-type=\"string\"><text:p>Tỉnh Lạng Sơn</text:p></table:table-cell><table:table-cell office:value-type=\"float\" office:value=\"1719400\"><text:p>1719400</text:p></table:table-cell></table:table-row>";

#[test]
fn an_ods_sheet_with_a_stray_far_cell_is_refused_before_calamine_spreads_it() {
    let stray = "<table:table-row table:number-rows-repeated=\"1048573\"><table:table-cell table:number-columns-repeated=\"16384\"/></table:table-row><table:table-row><table:table-cell table:number-columns-repeated=\"16383\"/><table:table-cell office:value-type=\"float\" office:value=\"42\"><text:p>42</text:p></table:table-cell></table:table-row>";
    let bytes = ods(&format!("{ODS_REPORT}{stray}"));
    assert_eq!(
        import_bytes("en", "stray.ods", &bytes),
        (
            Some(2),
            "tiendo: stray.ods: the sheet reaches cell XFD1048576 and would take more than 1,000,000 cells, far more than a report: delete the cells outside the table\n"
                .to_string()
        )
    );
    assert_eq!(
        import_bytes("vi", "stray.ods", &bytes).1,
        "tiendo: stray.ods: trang tính kéo dài tới ô XFD1048576 và cần hơn 1.000.000 ô, quá lớn so với một báo cáo: hãy xoá các ô nằm ngoài bảng\n"
    );
}

#[test]
fn an_ods_sheet_with_empty_rows_and_columns_repeated_to_the_end_is_read_whole() {
    // What spreadsheets write after the last cell: emptiness to the end.
    let tail = "<table:table-row table:number-rows-repeated=\"1048574\"><table:table-cell table:number-columns-repeated=\"16384\"/></table:table-row>";
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("report.ods");
    std::fs::write(&path, ods(&format!("{ODS_REPORT}{tail}"))).unwrap();
    let sheet = read::read(Lang::En, &path, None).unwrap();
    assert_eq!(
        sheet.rows,
        vec![
            vec![t("Tên đơn vị"), t("Dân số")],
            vec![t("Tỉnh Lạng Sơn"), Cell::Number(1_719_400.0)],
        ]
    );
}

#[test]
fn a_csv_with_a_field_past_the_last_column_names_it() {
    let line = format!("Tên đơn vị,Dân số\n{}x\n", ",".repeat(16_384));
    assert_eq!(
        import_bytes("en", "wide.csv", line.as_bytes()),
        (
            Some(2),
            "tiendo: wide.csv: the file names a cell XFE2, beyond the last row (1048576) or column (XFD) of a sheet: it is damaged\n"
                .to_string()
        )
    );
}

#[test]
fn a_csv_of_more_cells_than_any_report_is_refused_at_the_cell_that_passes_the_bound() {
    // 1,000 rows of 2,001 one-letter fields: 2,001,000 cells; the
    // bound is passed on the last row at its 1,002nd cell.
    let row = format!("{}\n", vec!["a"; 2001].join(","));
    let text = row.repeat(1000);
    assert_eq!(
        import_bytes("en", "many.csv", text.as_bytes()),
        (
            Some(2),
            "tiendo: many.csv: the sheet reaches cell ALN1000 and would take more than 2,000,000 cells, far more than a report: delete the cells outside the table\n"
                .to_string()
        )
    );
}
