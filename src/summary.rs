//! The plain-text summary bare `tiendo` prints until the dashboard lands:
//! the nation's figure, target and status, then one line per province.

use std::fmt::Write;

use unicode_width::UnicodeWidthStr;

use crate::model::{Era, Model, Progress};
use crate::text::{self, Lang};

pub fn render(m: &Model, lang: Lang) -> String {
    let mut out = String::new();
    let (as_of, nation, provinces, coverage_h, target_h, gap_h, status_h, date_h, projected_h) =
        match lang {
            Lang::Vi => (
                "số liệu đến",
                "Cả nước",
                "34 tỉnh/thành hiện nay",
                "Bao phủ",
                "Mục tiêu",
                "Chênh lệch",
                "Trạng thái",
                "Số liệu",
                "Dự kiến đạt",
            ),
            Lang::En => (
                "as of",
                "Nationwide",
                "34 current provinces",
                "Coverage",
                "Target",
                "Gap",
                "Status",
                "As of",
                "Projected",
            ),
        };
    let _ = writeln!(
        out,
        "{} · {as_of} {}",
        m.meta.title,
        text::date(lang, m.meta.as_of)
    );
    if let Some(p) = m.progress(m.nation, Era::Current) {
        let _ = writeln!(
            out,
            "{nation}: {} · {target_h}: {} · {} · {projected_h}: {}",
            coverage_cell(p, lang),
            target_cell(m, p, lang),
            status_cell(p, lang),
            p.projected_year.map_or("—".to_string(), |y| y.to_string())
        );
    }
    let _ = writeln!(out, "\n{provinces}");
    let rows: Vec<[String; 6]> = m
        .provinces(Era::Current)
        .iter()
        .filter_map(|&i| {
            let l = m.locality(i)?;
            let p = m.progress(i, Era::Current)?;
            Some([
                l.name.clone(),
                coverage_cell(p, lang),
                target_cell(m, p, lang),
                p.gap.map_or("—".to_string(), |g| text::points(lang, -g)),
                status_cell(p, lang),
                p.latest_point()
                    .map_or("—".to_string(), |x| text::date(lang, x.date)),
            ])
        })
        .collect();
    let header = [
        String::new(),
        coverage_h.into(),
        target_h.into(),
        gap_h.into(),
        status_h.into(),
        date_h.into(),
    ];
    let widths: Vec<usize> = (0..6)
        .map(|c| {
            rows.iter()
                .chain(std::iter::once(&header))
                .map(|r| r.get(c).map_or(0, |s| s.width()))
                .max()
                .unwrap_or(0)
        })
        .collect();
    for row in std::iter::once(&header).chain(rows.iter()) {
        let mut line = String::new();
        for (c, cell) in row.iter().enumerate() {
            let w = widths.get(c).copied().unwrap_or(0);
            line.push_str(cell);
            line.push_str(&" ".repeat(w.saturating_sub(cell.width()) + 2));
        }
        let _ = writeln!(out, "{}", line.trim_end());
    }
    out
}

fn coverage_cell(p: &Progress, lang: Lang) -> String {
    match p.latest_point() {
        Some(x) if x.is_derived() => format!("{}*", text::percent(lang, x.coverage, 2)),
        Some(x) => text::percent(lang, x.coverage, 2),
        None => "—".to_string(),
    }
}

fn target_cell(m: &Model, p: &Progress, lang: Lang) -> String {
    let Some(t) = m.target(p.numeric_target) else {
        return "—".to_string();
    };
    let figure = t
        .label
        .clone()
        .or_else(|| t.coverage.map(|c| text::percent(lang, c, 2)))
        .unwrap_or_default();
    match m.target_code(t) {
        Some(code) => format!("{figure} ({}, {code})", t.by.format("%Y")),
        None => format!("{figure} ({})", t.by.format("%Y")),
    }
}

fn status_cell(p: &Progress, lang: Lang) -> String {
    let stale = if p.stale {
        match lang {
            Lang::Vi => " · số liệu cũ",
            Lang::En => " · stale",
        }
    } else {
        ""
    };
    format!(
        "{} {}{stale}",
        text::status_symbol(p.status),
        text::status(lang, p.status)
    )
}
