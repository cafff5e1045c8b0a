//! The xlsx snapshot read back: the units sheet holds the csv's values as
//! numbers and dates, every sheet matches its golden dump, status cells
//! carry the screen's colour, the header is frozen under an autofilter.

#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

use crate::common;
use crate::common::Run;

use std::io::{Cursor, Read};

use calamine::{Data, Reader, Xlsx};
use chrono::NaiveDate;
use tiendo::app::App;
use tiendo::export::{self, CsvStyle, Format};
use tiendo::model::Era;
use tiendo::text::Lang;

const TAKEN: &str = "23/11/2026";
const VIEWS: [&str; 2] = ["provinces", "overview"];

fn app(view: &str, lang: Lang) -> App {
    let mut a = common::bundled_app(lang);
    a.open_view(view).unwrap();
    a
}

fn xlsx(a: &App, width: u16) -> Vec<u8> {
    export::render_bytes(a, Format::Xlsx, CsvStyle::Plain, width, TAKEN).unwrap()
}

/// Every sheet: (name, rows of cells), the cells placed where they are.
fn sheets(bytes: &[u8]) -> Vec<(String, Vec<Vec<Data>>)> {
    let mut book: Xlsx<_> = calamine::open_workbook_from_rs(Cursor::new(bytes.to_vec())).unwrap();
    book.sheet_names()
        .into_iter()
        .map(|name| {
            let range = book.worksheet_range(&name).unwrap();
            let (r0, c0) = range.start().unwrap_or((0, 0));
            let (r0, c0) = (r0 as usize, c0 as usize);
            let mut rows: Vec<Vec<Data>> = Vec::new();
            for (r, c, d) in range.used_cells() {
                let (r, c) = (r + r0, c + c0);
                if rows.len() <= r {
                    rows.resize(r + 1, Vec::new());
                }
                if rows[r].len() <= c {
                    rows[r].resize(c + 1, Data::Empty);
                }
                rows[r][c] = d.clone();
            }
            (name, rows)
        })
        .collect()
}

fn serial_date(serial: f64) -> NaiveDate {
    NaiveDate::from_ymd_opt(1899, 12, 30).unwrap() + chrono::Days::new(serial as u64)
}

fn column_name(mut c: usize) -> String {
    let mut s = String::new();
    loop {
        s.insert(0, (b'A' + (c % 26) as u8) as char);
        if c < 26 {
            return s;
        }
        c = c / 26 - 1;
    }
}

/// The workbook as text: a line per cell, `sheet!A1 type value`.
fn dump(bytes: &[u8]) -> String {
    let mut out = String::new();
    for (name, rows) in sheets(bytes) {
        for (r, row) in rows.iter().enumerate() {
            for (c, d) in row.iter().enumerate() {
                let (kind, value) = match d {
                    Data::Empty => continue,
                    Data::String(s) => ("string", s.clone()),
                    Data::Float(f) => ("number", f.to_string()),
                    Data::Int(i) => ("number", i.to_string()),
                    Data::DateTime(x) => ("date", serial_date(x.as_f64()).to_string()),
                    other => ("other", format!("{other:?}")),
                };
                out.push_str(&format!(
                    "{name}!{}{}\t{kind}\t{value}\n",
                    column_name(c),
                    r + 1
                ));
            }
        }
    }
    out
}

#[test]
fn the_units_sheet_holds_every_value_of_the_csv_as_numbers_and_dates() {
    for view in VIEWS {
        for lang in [Lang::Vi, Lang::En] {
            let a = app(view, lang);
            let csv = export::render(&a, Format::Csv, 100, TAKEN).unwrap();
            let body = csv.strip_prefix('\u{FEFF}').unwrap();
            let mut reader = csv::Reader::from_reader(body.as_bytes());
            let headers: Vec<String> = reader.headers().unwrap().iter().map(String::from).collect();
            let records: Vec<csv::StringRecord> = reader.records().map(Result::unwrap).collect();
            let book = sheets(&xlsx(&a, 100));
            let (name, rows) = &book[0];
            assert_eq!(
                name,
                if lang == Lang::Vi {
                    "Đơn vị"
                } else {
                    "Units"
                }
            );
            let top = rows
                .iter()
                .position(|r| r.first() == Some(&Data::String("id".into())))
                .expect("a header row");
            let header: Vec<String> = rows[top].iter().map(|d| d.to_string()).collect();
            assert_eq!(header, headers, "{view} {lang:?}");
            let body = &rows[top + 1..];
            assert_eq!(body.len(), records.len(), "{view} {lang:?}: the same rows");
            let (mut numbers, mut dates) = (0, 0);
            for (row, record) in body.iter().zip(&records) {
                for (k, text) in record.iter().enumerate() {
                    let cell = row.get(k).unwrap_or(&Data::Empty);
                    let at = format!("{view} {lang:?} {} {}", &record[0], headers[k]);
                    match cell {
                        Data::Empty => assert_eq!(text, "", "{at}"),
                        Data::String(s) => {
                            assert_eq!(s, text, "{at}");
                            assert!(
                                text.parse::<f64>().is_err() || k <= 1,
                                "{at}: a number written as text"
                            );
                        }
                        Data::Float(f) => {
                            numbers += 1;
                            assert_eq!(text.parse::<f64>().unwrap(), *f, "{at}");
                            if !text.contains('.') {
                                assert_eq!(text, format!("{f}"), "{at}");
                            }
                        }
                        Data::DateTime(x) => {
                            dates += 1;
                            assert_eq!(text, serial_date(x.as_f64()).to_string(), "{at}");
                        }
                        other => panic!("{at}: {other:?}"),
                    }
                }
            }
            assert!(
                numbers > 100 && dates > 20,
                "{numbers} numbers, {dates} dates"
            );
        }
    }
}

#[test]
fn every_sheet_read_back_matches_its_golden_dump_at_any_width() {
    let update = std::env::var_os("UPDATE_GOLDEN").is_some();
    let mut failures = Vec::new();
    for view in VIEWS {
        for lang in [Lang::Vi, Lang::En] {
            let a = app(view, lang);
            let text = dump(&xlsx(&a, 80));
            // A workbook has no width: 120 columns give the same cells.
            assert_eq!(dump(&xlsx(&a, 120)), text, "{view} {lang:?}");
            let path = format!("tests/golden/xlsx/{view}.{}.txt", lang.code());
            if update {
                std::fs::create_dir_all("tests/golden/xlsx").unwrap();
                std::fs::write(&path, &text).unwrap();
            } else if std::fs::read_to_string(&path).ok().as_deref() != Some(text.as_str()) {
                failures.push(path);
            }
        }
    }
    assert!(
        failures.is_empty(),
        "differ from golden files (UPDATE_GOLDEN=1 to accept): {failures:?}"
    );
}

fn part(bytes: &[u8], name: &str) -> String {
    let mut zip = zip::ZipArchive::new(Cursor::new(bytes)).unwrap();
    let mut out = String::new();
    zip.by_name(name).unwrap().read_to_string(&mut out).unwrap();
    out
}

/// The `n`-th (from 0) element `<tag` inside `<list`.
fn nth<'a>(xml: &'a str, list: &str, tag: &str, n: usize) -> &'a str {
    let open_list = xml.find(&format!("<{list}")).unwrap();
    // Inside the list: `<fill` would also find `<fills`.
    let start = open_list + xml[open_list..].find('>').unwrap() + 1;
    let end = start + xml[start..].find(&format!("</{list}>")).unwrap();
    let inner = &xml[start..end];
    let open = format!("<{tag}");
    let mut pieces = inner.match_indices(&open).map(|(i, _)| i);
    let from = pieces.nth(n).unwrap();
    let rest = &inner[from + 1..];
    let to = rest.find(&open).map_or(rest.len(), |k| k);
    &rest[..to]
}

fn attr<'a>(element: &'a str, name: &str) -> Option<&'a str> {
    let key = format!(" {name}=\"");
    let from = element.find(&key)? + key.len();
    Some(&element[from..from + element[from..].find('"')?])
}

#[test]
fn status_cells_carry_the_screens_colour_under_a_frozen_filtered_header() {
    let a = app("provinces", Lang::Vi);
    let bytes = xlsx(&a, 100);
    let sheet = part(&bytes, "xl/worksheets/sheet1.xml");
    let styles = part(&bytes, "xl/styles.xml");
    let book = sheets(&bytes);
    let rows = &book[0].1;
    let top = rows
        .iter()
        .position(|r| r.first() == Some(&Data::String("id".into())))
        .unwrap();
    // Rows in the file count from 1: the header is row top + 1, frozen
    // below it, the filter over it and every row.
    let pane = &sheet[sheet.find("<pane").unwrap()..];
    assert_eq!(attr(pane, "ySplit"), Some((top + 1).to_string().as_str()));
    assert_eq!(attr(pane, "state"), Some("frozen"));
    // Printed on A4 across, the header row repeated on every page.
    let setup = &sheet[sheet.find("<pageSetup").unwrap()..];
    assert_eq!(attr(setup, "paperSize"), Some("9"));
    assert_eq!(attr(setup, "orientation"), Some("landscape"));
    let workbook = part(&bytes, "xl/workbook.xml");
    assert!(
        workbook.contains("_xlnm.Print_Titles")
            && workbook.contains(&format!("${}:${}", top + 1, top + 1)),
        "{workbook}"
    );
    let filter = &sheet[sheet.find("<autoFilter").unwrap()..];
    let last = column_name(rows[top].len() - 1);
    assert_eq!(
        attr(filter, "ref"),
        Some(format!("A{}:{last}{}", top + 1, top + 1 + a.rows.len()).as_str())
    );
    let status_col = rows[top]
        .iter()
        .position(|d| d == &Data::String("Trạng thái".into()))
        .unwrap();
    let mut seen = std::collections::HashSet::new();
    for (k, &i) in a.rows.iter().enumerate() {
        let status = a.model.progress(i, Era::Current).unwrap().status;
        let cell_ref = format!("{}{}", column_name(status_col), top + 2 + k);
        let cell = &sheet[sheet.find(&format!("<c r=\"{cell_ref}\"")).unwrap()..];
        let xf: usize = attr(cell, "s").unwrap().parse().unwrap();
        let fill: usize = attr(nth(&styles, "cellXfs", "xf", xf), "fillId")
            .unwrap()
            .parse()
            .unwrap();
        let fill = nth(&styles, "fills", "fill", fill);
        let want = format!("FF{:06X}", export::status_colors(status).0);
        assert_eq!(
            attr(fill, "rgb"),
            Some(want.as_str()),
            "{cell_ref}: {status:?}"
        );
        seen.insert(status);
    }
    assert!(seen.len() >= 3, "several statuses checked: {seen:?}");
}

#[test]
fn the_cli_writes_the_same_workbook_to_a_file_and_to_a_pipe() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("tinh.xlsx");
    let run = |out: &str| {
        std::process::Command::new(env!("CARGO_BIN_EXE_tiendo"))
            .env_remove("TIENDO_LANG")
            .args([
                "export",
                "--view",
                "provinces",
                "--format",
                "xlsx",
                "--today",
                "2026-11-23",
                "-o",
                out,
            ])
            .run()
            .unwrap()
    };
    let piped = run("-");
    assert!(
        piped.status.success(),
        "{}",
        String::from_utf8_lossy(&piped.stderr)
    );
    assert!(piped.stdout.starts_with(b"PK"), "a zip on standard output");
    let written = run(path.to_str().unwrap());
    assert!(written.status.success());
    // The judging day, not the clock, dates the file: the same bytes.
    assert_eq!(std::fs::read(&path).unwrap(), piped.stdout);
    let a = app("provinces", Lang::Vi);
    assert_eq!(dump(&piped.stdout), dump(&xlsx(&a, 100)));
}

/// What `tiendo ARGS` prints on a terminal, and its exit code.
fn on_a_terminal(args: &[&str]) -> (String, u32) {
    use portable_pty::{CommandBuilder, PtySize, native_pty_system};
    let pty = native_pty_system()
        .openpty(PtySize {
            rows: 24,
            cols: 200,
            pixel_width: 0,
            pixel_height: 0,
        })
        .unwrap();
    let mut cmd = CommandBuilder::new(env!("CARGO_BIN_EXE_tiendo"));
    cmd.args(args);
    cmd.env_remove("TIENDO_LANG");
    let mut child = pty.slave.spawn_command(cmd).unwrap();
    drop(pty.slave);
    let mut reader = pty.master.try_clone_reader().unwrap();
    let status = child.wait().unwrap();
    drop(pty.master);
    let mut out = Vec::new();
    let _ = reader.read_to_end(&mut out);
    (
        String::from_utf8_lossy(&out).into_owned(),
        status.exit_code(),
    )
}

#[test]
// A terminal is a pseudo-terminal here; Wine 8's (ConPTY) runs the program
// without showing it a console, so under Wine the test sees no output.
#[cfg_attr(windows, ignore = "Wine 8 has no working pseudo-console")]
fn a_workbook_is_not_printed_to_a_terminal_and_the_refusal_says_to_use_o() {
    let (out, code) = on_a_terminal(&["export", "--format", "xlsx", "--today", "2026-11-23"]);
    assert_eq!(code, 2, "{out}");
    assert!(
        out.contains("Tệp xlsx là dữ liệu nhị phân, không in ra màn hình được: hãy ghi ra tệp bằng -o TỆP.xlsx."),
        "{out:?}"
    );
    assert!(!out.contains("PK"), "no zip bytes on the terminal");
    let (out, code) = on_a_terminal(&["--lang", "en", "export", "--format", "xlsx", "-o", "-"]);
    assert_eq!(code, 2, "{out}");
    assert!(
        out.contains("An xlsx file is binary and cannot be printed to a terminal: write it to a file with -o FILE.xlsx."),
        "{out:?}"
    );
}
