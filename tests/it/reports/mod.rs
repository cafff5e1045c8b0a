//! Reports laid out as provincial Social Security offices send them, made
//! here in xlsx (rust_xlsxwriter), ods (a zip of content.xml) and csv: an
//! agency line, title lines, a two-row header whose top cells are merged
//! over the columns beneath, a row of column numbers, the units, and the
//! signatures below.
#![allow(dead_code, clippy::unwrap_used, clippy::expect_used, clippy::panic)]

use crate::common::Run;
use std::io::Write as _;
use std::path::{Path, PathBuf};
use std::process::Command;

use rust_xlsxwriter::{Format, Workbook};

/// A cell of the table.
#[derive(Clone, Copy, Debug)]
pub enum V<'a> {
    N(f64),
    T(&'a str),
    E,
}

/// One unit's row: name, population, participants, coverage, plan, plan %.
pub type Unit<'a> = (&'a str, V<'a>, V<'a>, V<'a>, V<'a>, V<'a>);

/// The header the issue describes: `Dân số (người)` over both rows,
/// `Người tham gia BHYT` over `Số người` and `Tỷ lệ bao phủ (%)`, `Kế
/// hoạch giao` over `Số người` and `Tỷ lệ hoàn thành KH (%)`.
pub const OFFICIAL: [(&str, &str); 7] = [
    ("STT", ""),
    ("Tên đơn vị", ""),
    ("Dân số (người)", ""),
    ("Người tham gia BHYT", "Số người"),
    ("", "Tỷ lệ bao phủ (%)"),
    ("Kế hoạch giao", "Số người"),
    ("", "Tỷ lệ hoàn thành KH (%)"),
];

/// A report: its title lines, its header (top, sub per column), its units
/// and whatever lines follow them.
pub struct Report<'a> {
    pub titles: Vec<&'a str>,
    pub header: Vec<(&'a str, &'a str)>,
    pub units: Vec<Unit<'a>>,
    pub below: Vec<&'a str>,
}

impl<'a> Report<'a> {
    pub fn new(titles: &[&'a str], units: &[Unit<'a>]) -> Self {
        Self {
            titles: titles.to_vec(),
            header: OFFICIAL.to_vec(),
            units: units.to_vec(),
            below: vec!["Hà Nội, ngày 05 tháng 11 năm 2025", "GIÁM ĐỐC"],
        }
    }

    /// The first header row (0-based): after the agency line, the titles
    /// and a blank line.
    fn header_row(&self) -> u32 {
        u32::try_from(self.titles.len()).unwrap() + 2
    }

    /// Saved as xlsx with the header's top cells merged.
    pub fn xlsx(&self, path: &Path) -> PathBuf {
        let mut book = Workbook::new();
        let ws = book.add_worksheet();
        ws.set_name("Báo cáo").unwrap();
        let f = Format::new();
        ws.write_string(0, 0, "BẢO HIỂM XÃ HỘI VIỆT NAM").unwrap();
        for (i, t) in self.titles.iter().enumerate() {
            let r = u32::try_from(i).unwrap() + 1;
            ws.merge_range(r, 0, r, 6, t, &f).unwrap();
        }
        let h = self.header_row();
        let mut c = 0u16;
        let header = &self.header;
        while let Some((top, sub)) = header.get(usize::from(c)) {
            if sub.is_empty() {
                ws.merge_range(h, c, h + 1, c, top, &f).unwrap();
                c += 1;
                continue;
            }
            // The top over this column and the next ones with no top.
            let mut last = c;
            while header
                .get(usize::from(last) + 1)
                .is_some_and(|(t, s)| t.is_empty() && !s.is_empty())
            {
                last += 1;
            }
            if last > c {
                ws.merge_range(h, c, h, last, top, &f).unwrap();
            } else {
                ws.write_string(h, c, *top).unwrap();
            }
            for k in c..=last {
                ws.write_string(h + 1, k, header[usize::from(k)].1).unwrap();
            }
            c = last + 1;
        }
        // The column numbers: A, B, 1, 2…
        for k in 0..u16::try_from(header.len()).unwrap() {
            let label = match k {
                0 => "A".to_string(),
                1 => "B".to_string(),
                k => (k - 1).to_string(),
            };
            ws.write_string(h + 2, k, &label).unwrap();
        }
        let mut r = h + 3;
        for (i, (name, pop, part, cov, plan, pct)) in self.units.iter().enumerate() {
            ws.write_number(r, 0, f64::from(u32::try_from(i).unwrap() + 1))
                .unwrap();
            ws.write_string(r, 1, *name).unwrap();
            for (k, v) in [pop, part, cov, plan, pct].into_iter().enumerate() {
                let col = u16::try_from(k).unwrap() + 2;
                match v {
                    V::N(n) => {
                        ws.write_number(r, col, *n).unwrap();
                    }
                    V::T(t) => {
                        ws.write_string(r, col, *t).unwrap();
                    }
                    V::E => {}
                }
            }
            r += 1;
        }
        r += 1;
        for line in &self.below {
            ws.write_string(r, 4, *line).unwrap();
            r += 1;
        }
        book.save(path).unwrap();
        path.to_path_buf()
    }

    /// Saved as ods, the top cells spanning the columns beneath.
    pub fn ods(&self, path: &Path) -> PathBuf {
        let mut rows: Vec<String> = Vec::new();
        let text = |t: &str| {
            format!(
                "<table:table-cell office:value-type=\"string\"><text:p>{}</text:p></table:table-cell>",
                t.replace('&', "&amp;").replace('<', "&lt;")
            )
        };
        let num = |n: f64| {
            format!(
                "<table:table-cell office:value-type=\"float\" office:value=\"{n}\"><text:p>{n}</text:p></table:table-cell>"
            )
        };
        let empty = "<table:table-cell/>".to_string();
        rows.push(text("BẢO HIỂM XÃ HỘI VIỆT NAM"));
        for t in &self.titles {
            rows.push(text(t));
        }
        rows.push(empty.clone());
        let mut top = String::new();
        let mut sub = String::new();
        for (t, s) in &self.header {
            match (t.is_empty(), s.is_empty()) {
                (false, _) => top.push_str(&text(t)),
                (true, _) => top.push_str("<table:covered-table-cell/>"),
            }
            sub.push_str(&if s.is_empty() { empty.clone() } else { text(s) });
        }
        rows.push(top);
        rows.push(sub);
        for (i, (name, pop, part, cov, plan, pct)) in self.units.iter().enumerate() {
            let mut row = num(f64::from(u32::try_from(i).unwrap() + 1));
            row.push_str(&text(name));
            for v in [pop, part, cov, plan, pct] {
                row.push_str(&match v {
                    V::N(n) => num(*n),
                    V::T(t) => text(t),
                    V::E => empty.clone(),
                });
            }
            rows.push(row);
        }
        rows.push(empty.clone());
        for line in &self.below {
            rows.push(format!("{empty}{empty}{empty}{empty}{}", text(line)));
        }
        let body: String = rows
            .iter()
            .map(|r| format!("<table:table-row>{r}</table:table-row>"))
            .collect();
        let content = format!(
            r#"<?xml version="1.0" encoding="UTF-8"?>
<office:document-content xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" office:version="1.2">
<office:body><office:spreadsheet><table:table table:name="Báo cáo">{body}</table:table></office:spreadsheet></office:body>
</office:document-content>"#
        );
        let manifest = r#"<?xml version="1.0" encoding="UTF-8"?>
<manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0" manifest:version="1.2">
<manifest:file-entry manifest:full-path="/" manifest:media-type="application/vnd.oasis.opendocument.spreadsheet"/>
<manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml"/>
</manifest:manifest>"#;
        let file = std::fs::File::create(path).unwrap();
        let mut zip = zip::ZipWriter::new(file);
        let stored = zip::write::SimpleFileOptions::default()
            .compression_method(zip::CompressionMethod::Stored);
        zip.start_file("mimetype", stored).unwrap();
        zip.write_all(b"application/vnd.oasis.opendocument.spreadsheet")
            .unwrap();
        zip.start_file("META-INF/manifest.xml", stored).unwrap();
        zip.write_all(manifest.as_bytes()).unwrap();
        zip.start_file("content.xml", stored).unwrap();
        zip.write_all(content.as_bytes()).unwrap();
        zip.finish().unwrap();
        path.to_path_buf()
    }

    /// Saved as csv (`;`, comma decimals as typed), the header in two rows.
    pub fn csv(&self, path: &Path) -> PathBuf {
        let mut out = String::from("BẢO HIỂM XÃ HỘI VIỆT NAM\n");
        for t in &self.titles {
            out.push_str(t);
            out.push('\n');
        }
        out.push('\n');
        let tops: Vec<&str> = self.header.iter().map(|(t, _)| *t).collect();
        let subs: Vec<&str> = self.header.iter().map(|(_, s)| *s).collect();
        out.push_str(&tops.join(";"));
        out.push('\n');
        out.push_str(&subs.join(";"));
        out.push('\n');
        for (i, (name, pop, part, cov, plan, pct)) in self.units.iter().enumerate() {
            let mut cells = vec![(i + 1).to_string(), (*name).to_string()];
            for v in [pop, part, cov, plan, pct] {
                cells.push(match v {
                    V::N(n) => n.to_string().replace('.', ","),
                    V::T(t) => (*t).to_string(),
                    V::E => String::new(),
                });
            }
            out.push_str(&cells.join(";"));
            out.push('\n');
        }
        std::fs::write(path, out).unwrap();
        path.to_path_buf()
    }
}

/// `tiendo args` in `dir`, judged on 2026-12-06: its exit code, stdout
/// and stderr.
pub fn run(dir: &Path, args: &[&str]) -> (Option<i32>, String, String) {
    let out = Command::new(env!("CARGO_BIN_EXE_tiendo"))
        .env("NO_COLOR", "1")
        .env_remove("TIENDO_LANG")
        .current_dir(dir)
        .args(["--today", "2026-12-06"])
        .args(args)
        .run()
        .expect("tiendo runs");
    (
        out.status.code(),
        String::from_utf8_lossy(&out.stdout).into_owned(),
        String::from_utf8_lossy(&out.stderr).into_owned(),
    )
}
