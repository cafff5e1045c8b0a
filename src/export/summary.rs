//! The plain-text summary `tiendo` prints when its output is not a terminal
//! (`tiendo | less`): each top unit's figure, target and status (the
//! nation's, or a province's own when the data has no nation), then one
//! line per unit of the level below in the summary's columns, each cell as
//! the screen writes it.

use std::fmt::Write;

use unicode_width::UnicodeWidthStr;

use crate::model::{Era, Model};
use crate::present::{self, Column, Row, Value};
use crate::text::{self, Lang};

pub fn render(m: &Model, lang: Lang) -> String {
    let w = text::words(lang);
    let mut out = String::new();
    let mut title = format!(
        "{} · {} {}",
        m.meta.title,
        w.data_to.to_lowercase(),
        crate::present::chrome::figures_to(lang, m)
    );
    if let Some(day) = m.as_of() {
        let _ = write!(
            title,
            " · {} {}",
            w.judged_on.to_lowercase(),
            text::date(lang, day)
        );
    }
    let _ = writeln!(out, "{title}");
    // Before the merger the provinces of the day are the 63.
    let era = if m.before_merger() {
        Era::Former
    } else {
        Era::Current
    };
    // Below a province at the top, the lines are its districts or
    // communes, counted by their own word.
    let level = m.counted_level(era);
    let era_name = match level {
        crate::model::Level::Province => text::EraLabel::of(m, era).label(lang),
        _ => text::counted_units(lang, m, era),
    };
    for &i in &m.tops {
        let Some(p) = m.progress(i, Era::Current) else {
            continue;
        };
        let _ = writeln!(
            out,
            "{}: {} · {}: {} · {} · {}: {}",
            text::top_name(lang, m, i),
            present::coverage(p, lang),
            present::target_heading(m, p.target, lang),
            present::target_words(m, p.target, lang),
            Value::Status(p.status).show(lang),
            w.projected,
            present::projected_long(p.projection, present::judged_target(m, p), lang)
        );
    }
    let _ = writeln!(out, "\n{era_name}");
    // Districts and communes share names: each names the unit it lies in.
    let columns: Vec<Column> = Column::with_parent(Column::SUMMARY.into_iter(), level).collect();
    let header: Vec<String> = columns.iter().map(|c| c.header(lang, "")).collect();
    let rows: Vec<Vec<String>> = m
        .counted(era)
        .iter()
        .enumerate()
        .filter_map(|(position, &i)| {
            let row = Row {
                m,
                i,
                p: m.progress(i, era)?,
                name: &m.locality(i)?.name,
                position,
            };
            Some(
                columns
                    .iter()
                    .map(|c| c.value(&row, lang).show(lang))
                    .collect(),
            )
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
