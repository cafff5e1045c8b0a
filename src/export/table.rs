//! The tables of a view, as cells the presentation layer made: written as
//! Markdown in the interface language, or as CSV for spreadsheets.

use rayon::prelude::*;
use std::fmt::Write;

use crate::app::{App, Screen};
use crate::model::{Model, Progress};
use crate::present::provinces::{self, Marks};
use crate::present::{self, Column, Row, Value, chrome};
use crate::text::{self, Lang};

pub struct Section {
    pub title: String,
    pub headers: Vec<String>,
    /// Per column: right-aligned (figures) or not.
    pub right: Vec<bool>,
    pub rows: Vec<Vec<Value>>,
    /// Rows of a unit's figures: csv and xlsx split their cells by column
    /// and add the marks as columns of their own.
    pub figures: Option<Figures>,
}

/// What a figures section's columns are and whose each row is.
pub struct Figures {
    pub columns: Vec<Column>,
    /// Each row's unit id, to join on.
    pub ids: Vec<String>,
}

/// The figures section: one row per locality in the columns of `table()`.
pub(super) fn figures(
    lang: Lang,
    title: String,
    names: &str,
    cols: &[Column],
    rows: Vec<(String, Vec<Value>)>,
) -> Section {
    let (ids, rows) = rows.into_iter().unzip();
    Section {
        title,
        headers: cols.iter().map(|c| c.header(lang, names)).collect(),
        right: cols.iter().map(|c| c.spec().right).collect(),
        rows,
        figures: Some(Figures {
            columns: cols.to_vec(),
            ids,
        }),
    }
}

pub(super) fn figures_row(
    m: &Model,
    lang: Lang,
    cols: &[Column],
    name: &str,
    i: usize,
    p: &Progress,
) -> (String, Vec<Value>) {
    let row = Row {
        m,
        i,
        p,
        name,
        position: 0,
    };
    let id = m
        .locality(i)
        .map(|l| l.id.value.clone())
        .unwrap_or_default();
    (id, cols.iter().map(|c| c.value(&row, lang)).collect())
}

/// The locality table of the view: what `csv` holds.
pub fn locality_table(app: &App) -> Section {
    let m = &app.model;
    let (lang, w) = (app.lang, text::words(app.lang));
    match app.screen {
        Screen::Timeline => super::timeline::list(app, false),
        Screen::Province => {
            let cols: Vec<Column> = Column::table().collect();
            // The province itself, then its units.
            let rows = super::listed::listed(app)
                .iter()
                .filter_map(|u| {
                    let p = m.progress(u.index, u.era)?;
                    Some(figures_row(m, lang, &cols, &u.name, u.index, p))
                })
                .collect();
            figures(lang, w.units.to_string(), w.units, &cols, rows)
        }
        Screen::Overview | Screen::Provinces => {
            // A list of districts or communes names each one's parent.
            let cols: Vec<Column> = Column::with_parent(Column::table(), app.level).collect();
            // On every core: 100,000 rows of 25 figures each.
            let rows = app
                .rows
                .par_iter()
                .filter_map(|&i| {
                    let name = &m.locality(i)?.name;
                    Some(figures_row(
                        m,
                        lang,
                        &cols,
                        name,
                        i,
                        m.progress(i, app.era)?,
                    ))
                })
                .collect();
            let names = text::level_name(lang, app.level);
            // The Provinces screen's title counts its rows.
            let title = if app.screen == Screen::Provinces {
                provinces::title(lang, m, app.era, app.level, app.rows.len())
            } else {
                provinces::unit_title(lang, m, app.era, app.level)
            };
            figures(lang, title, names, &cols, rows)
        }
    }
}

/// Every table the view shows.
fn sections(app: &App) -> Vec<Section> {
    match app.screen {
        Screen::Overview => super::overview::sections(app),
        Screen::Timeline => super::timeline::sections(app),
        Screen::Province => super::province::sections(app),
        Screen::Provinces => vec![locality_table(app)],
    }
}

pub fn markdown(app: &App, taken: &str) -> String {
    let (title, facts) = super::txt::header(app, taken, super::Format::Md, super::DEFAULT_WIDTH);
    let mut out = format!("# {title}\n\n");
    for (k, v) in facts {
        let _ = writeln!(out, "- {k}: {v}");
    }
    if app.screen == Screen::Province {
        out.extend(super::province::head(app));
    }
    let cell = |s: &str| s.replace('|', "\\|");
    let mut estimates = false;
    for s in sections(app) {
        let _ = write!(out, "\n## {}\n\n", cell(&s.title));
        // The table's order and filter as the status line says them.
        if let Some(line) = view_line(app) {
            let _ = write!(out, "{}\n\n", cell(&line));
        }
        let headers: Vec<String> = s.headers.iter().map(|h| cell(h)).collect();
        let _ = writeln!(out, "| {} |", headers.join(" | "));
        let rule: String = s
            .right
            .iter()
            .map(|&r| if r { " ---: |" } else { " --- |" })
            .collect();
        let _ = writeln!(out, "|{rule}");
        for row in &s.rows {
            estimates |= row.iter().any(Value::is_estimate);
            let cells: Vec<String> = row.iter().map(|v| cell(&v.show(app.lang))).collect();
            let _ = writeln!(out, "| {} |", cells.join(" | "));
        }
        if s.rows.is_empty() && app.screen == Screen::Provinces {
            let emptied = provinces::Emptied {
                filter: app.filter,
                search: app.search.as_deref(),
                in_file: true,
            };
            let why = provinces::empty(app.lang, &app.model, app.era, app.level, emptied);
            let _ = write!(out, "\n{}\n", cell(&why));
        }
    }
    let w = text::words(app.lang);
    // A former province listed is judged as of its last day, as the
    // screen's foot says first.
    let ceased = match app.screen {
        Screen::Overview | Screen::Provinces => {
            provinces::ceased_on(&app.model, app.era, &app.rows)
        }
        Screen::Province | Screen::Timeline => None,
    };
    let foot: Vec<String> = ceased
        .map(|day| Marks::ceased(app.lang, day))
        .into_iter()
        .chain([
            Marks::rolled_up(app.lang),
            Marks::partial(app.lang),
            Marks::stale(app.lang),
        ])
        .chain(estimates.then(|| Marks::estimate(app.lang)))
        .collect();
    // `*` would start a list or emphasis.
    let _ = writeln!(out, "\n{}", foot.join(" · ").replace('*', "\\*"));
    if app.screen == Screen::Province
        && let Some(i) = app.province()
    {
        use present::reason::Line;
        let _ = write!(out, "\n## {}\n", w.why.heading);
        let mut listing = false;
        for line in present::reason::lines(&app.model, i, app.era, app.lang) {
            // One blank line between blocks; a list's entries run on.
            let item = matches!(line, Line::Item(_));
            if !(item && listing) {
                out.push('\n');
            }
            listing = item;
            let _ = match &line {
                Line::Heading(s) => writeln!(out, "### {}", cell(s)),
                Line::Text(s) => writeln!(out, "{}", cell(s)),
                Line::Item(s) => writeln!(out, "- {}", cell(s)),
            };
        }
    }
    out
}

/// The Provinces screen's order and filter, as its status line says them.
fn view_line(app: &App) -> Option<String> {
    (app.screen == Screen::Provinces).then(|| {
        let order = chrome::Order {
            sort: app.sort,
            descending: app.descending,
            filter: app.filter,
        };
        chrome::view_line(
            app.lang,
            &app.model,
            app.screen,
            app.era,
            Some(order),
            false,
        )
    })
}
