//! What an import writes: a schema-1 TOML file of top-level `[[record]]`s,
//! to the file `-o` names or to a new `<name>.toml` that replaces none.

use std::fmt::Write as _;
use std::path::{Path, PathBuf};

use chrono::NaiveDate;

use super::Row;
use tiendo_present::text::{self, Lang};

fn quoted(s: &str) -> String {
    toml::Value::String(s.to_string()).to_string()
}

/// A percentage as given: `94.1`, `100` as `100.0`.
fn number(x: f64) -> String {
    let s = x.to_string();
    if s.contains(['.', 'e', 'E']) {
        s
    } else {
        format!("{s}.0")
    }
}

/// The file's text: `schema = 1`, then one `[[record]]` per row.
pub fn toml(lang: Lang, file_name: &str, date: NaiveDate, rows: &[Row]) -> String {
    let w = &text::words(lang).cli.import;
    let mut out = String::with_capacity(200 + rows.len() * 160);
    let _ = writeln!(out, "# tiendo import {file_name}");
    out.push_str("schema = 1\n");
    for r in rows {
        out.push_str("\n[[record]]\n");
        let _ = writeln!(out, "locality = {}", quoted(&r.id));
        let _ = writeln!(out, "date = {date}");
        if let Some(c) = r.coverage {
            let _ = writeln!(out, "coverage = {}", number(c));
        }
        if let Some(p) = r.participants {
            let _ = writeln!(out, "participants = {p}");
        }
        if let Some(p) = r.population {
            let _ = writeln!(out, "population = {p}");
        }
        if let Some(p) = r.plan {
            let _ = writeln!(out, "plan = {p}");
        }
        if let Some(p) = r.plan_percent {
            let _ = writeln!(out, "plan_percent = {}", number(p));
        }
        if r.estimate {
            out.push_str("estimate = true\n");
        }
        if r.replaces {
            out.push_str("replaces = true\n");
        }
        // A plan alone is no result, and a record must hold one: the note
        // says the table gave nothing more, so the file still loads.
        let plan_alone = (r.plan.is_some()
            && r.coverage.is_none()
            && r.participants.is_none()
            && r.plan_percent.is_none())
        .then_some(w.plan_note);
        let note: Vec<&str> = [r.note.as_deref(), plan_alone]
            .into_iter()
            .flatten()
            .collect();
        if !note.is_empty() {
            let _ = writeln!(out, "note = {}", quoted(&note.join("; ")));
        }
        let _ = writeln!(out, "source = {}", quoted(&r.source));
    }
    out
}

/// `<stem>.toml` in the current folder.
pub fn default_output(input: &Path) -> PathBuf {
    let stem = input
        .file_stem()
        .map(|s| s.to_string_lossy().to_string())
        .unwrap_or_else(|| "tiendo-import".to_string());
    PathBuf::from(format!("{stem}.toml"))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::How;

    #[test]
    fn records_as_given() {
        let row = Row {
            row: 8,
            rows: vec![8],
            unit: "Hà Nội".into(),
            id: "ha-noi".into(),
            how: How::Name,
            population: Some(8_500_000),
            participants: Some(8_000_000),
            coverage: Some(94.1),
            plan: None,
            plan_percent: Some(100.0),
            estimate: false,
            replaces: false,
            note: None,
            source: "a.xlsx, Báo cáo, dòng 9".into(),
        };
        let day = NaiveDate::from_ymd_opt(2025, 9, 30).unwrap();
        let text = toml(Lang::Vi, "a.xlsx", day, &[row]);
        assert!(text.contains("schema = 1\n\n[[record]]\nlocality = \"ha-noi\"\ndate = 2025-09-30\ncoverage = 94.1\nparticipants = 8000000\npopulation = 8500000\nplan_percent = 100.0\nsource = \"a.xlsx, Báo cáo, dòng 9\"\n"), "{text}");
        let parsed: toml::Table = toml::from_str(&text).unwrap();
        assert!(parsed.contains_key("record"));
    }

    #[test]
    fn the_plan_is_a_field_and_alone_it_is_said_in_a_note() {
        let row = |participants, plan| Row {
            row: 8,
            rows: vec![8],
            unit: "Hà Nội".into(),
            id: "ha-noi".into(),
            how: How::Name,
            population: None,
            participants,
            coverage: None,
            plan,
            plan_percent: None,
            estimate: false,
            replaces: false,
            note: None,
            source: "a.xlsx, dòng 9".into(),
        };
        let day = NaiveDate::from_ymd_opt(2025, 12, 31).unwrap();
        let text = toml(Lang::Vi, "a.xlsx", day, &[row(Some(985), Some(1000))]);
        assert!(
            text.ends_with(
                "date = 2025-12-31\nparticipants = 985\nplan = 1000\nsource = \"a.xlsx, dòng 9\"\n"
            ),
            "{text}"
        );
        let text = toml(Lang::Vi, "a.xlsx", day, &[row(None, Some(1000))]);
        assert!(
            text.ends_with("date = 2025-12-31\nplan = 1000\nnote = \"bảng chỉ ghi kế hoạch giao, không ghi số đạt được\"\nsource = \"a.xlsx, dòng 9\"\n"),
            "{text}"
        );
        let text = toml(Lang::En, "a.xlsx", day, &[row(None, Some(1000))]);
        assert!(
            text.contains("note = \"the table gives only the plan assigned, nothing achieved\"\n"),
            "{text}"
        );
    }
}
