//! The plain-text summary `tiendo` prints when its output is not a terminal
//! (`tiendo | less`): the nation's figure, target and status, then one line
//! per province. Cells are written as the dashboard writes them.

use std::fmt::Write;

use unicode_width::UnicodeWidthStr;

use crate::model::{Era, Model};
use crate::text::{self, Lang};
use crate::ui::cells;

pub fn render(m: &Model, lang: Lang) -> String {
    let w = text::words(lang);
    let mut out = String::new();
    let _ = writeln!(
        out,
        "{} · {} {}",
        m.meta.title,
        w.as_of.to_lowercase(),
        text::date(lang, m.meta.as_of)
    );
    if let Some(p) = m.progress(m.nation, Era::Current) {
        let _ = writeln!(
            out,
            "{}: {} · {}: {} · {} {} · {}: {}",
            w.nationwide,
            cells::coverage(p, lang, 2),
            cells::target_heading(m, p.target, lang),
            cells::target_words(m, p.target, lang),
            text::status_symbol(p.status),
            text::status(lang, p.status),
            w.projected,
            cells::projected_long(p, lang)
        );
    }
    let _ = writeln!(out, "\n{}", w.current_era);
    let header = [
        String::new(),
        w.coverage.to_string(),
        w.target.to_string(),
        w.gap.to_string(),
        w.projected.to_string(),
        w.status.to_string(),
        w.as_of.to_string(),
    ];
    let rows: Vec<[String; 7]> = m
        .provinces(Era::Current)
        .iter()
        .filter_map(|&i| {
            let p = m.progress(i, Era::Current)?;
            Some([
                m.locality(i)?.name.clone(),
                cells::coverage(p, lang, 2),
                cells::target(m, p, lang),
                cells::gap(p, lang),
                cells::projected(p, lang),
                format!(
                    "{} {}",
                    text::status_symbol(p.status),
                    text::status(lang, p.status)
                ),
                cells::latest_date(p, lang),
            ])
        })
        .collect();
    let widths: Vec<usize> = (0..header.len())
        .map(|c| {
            std::iter::once(&header)
                .chain(&rows)
                .map(|r| r.get(c).map_or(0, |s| s.width()))
                .max()
                .unwrap_or(0)
        })
        .collect();
    for row in std::iter::once(&header).chain(&rows) {
        let mut line = String::new();
        for (cell, width) in row.iter().zip(&widths) {
            line.push_str(cell);
            line.push_str(&" ".repeat(width.saturating_sub(cell.width()) + 2));
        }
        let _ = writeln!(out, "{}", line.trim_end());
    }
    out
}
