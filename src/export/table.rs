//! The tables of a view, as cells the presentation layer made: written as
//! Markdown in the interface language, or as CSV for spreadsheets.

use std::fmt::Write;

use crate::app::{App, Screen};
use crate::model::{Model, Progress};
use crate::present::{self, Column, ESTIMATE_MARK, Made, Row, STALE_MARK, Unit, Value};
use crate::text::{self, Lang};

pub struct Section {
    pub title: String,
    pub headers: Vec<String>,
    /// Per column: right-aligned (figures) or not.
    pub right: Vec<bool>,
    pub rows: Vec<Vec<Value>>,
    /// Rows of figures: csv adds the rolled-up, partial and stale marks as
    /// columns of their own.
    pub figures: bool,
}

/// The figures section: one row per locality in the columns of `table()`.
pub(super) fn figures(
    lang: Lang,
    title: String,
    names: &str,
    cols: &[Column],
    rows: Vec<Vec<Value>>,
) -> Section {
    Section {
        title,
        headers: cols.iter().map(|c| c.header(lang, names)).collect(),
        right: cols.iter().map(|c| c.spec().right).collect(),
        rows,
        figures: true,
    }
}

pub(super) fn figures_row(
    m: &Model,
    lang: Lang,
    cols: &[Column],
    name: &str,
    i: usize,
    p: &Progress,
) -> Vec<Value> {
    let row = Row {
        m,
        i,
        p,
        name,
        position: 0,
    };
    cols.iter().map(|c| c.value(&row, lang)).collect()
}

/// The locality table of the view: what `csv` holds.
pub fn locality_table(app: &App) -> Section {
    let m = &app.model;
    let (lang, w) = (app.lang, text::words(app.lang));
    match app.screen {
        Screen::Timeline => milestones(app),
        Screen::Province => {
            let cols: Vec<Column> = Column::table().collect();
            let mut rows = Vec::new();
            if let Some(i) = app.province() {
                // The province itself, then its units.
                if let (Some(l), Some(p)) = (m.locality(i), m.progress(i, app.era)) {
                    rows.push(figures_row(m, lang, &cols, &l.name, i, p));
                }
                for u in present::units(m, i, app.era) {
                    if let Some(p) = m.progress(u.index, Unit::ERA) {
                        rows.push(figures_row(m, lang, &cols, &u.name(m, lang), u.index, p));
                    }
                }
            }
            figures(lang, w.units.to_string(), w.units, &cols, rows)
        }
        Screen::Overview | Screen::Provinces => {
            // A list of districts or communes names each one's parent.
            let cols: Vec<Column> = Column::with_parent(Column::table(), app.level).collect();
            let rows = app
                .rows
                .iter()
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
            let era = text::EraLabel::of(m, app.era).label(lang);
            let names = text::level_name(lang, app.level);
            let title = match app.level {
                crate::model::Level::Province => era,
                _ => format!("{names} · {era}"),
            };
            figures(lang, title, names, &cols, rows)
        }
    }
}

fn milestones(app: &App) -> Section {
    let m = &app.model;
    let w = text::words(app.lang);
    let opt = |v: Option<String>| v.map_or(Value::Missing, Value::Text);
    let headers = [
        w.date_word,
        w.kind,
        w.label_word,
        w.title_word,
        w.document,
        w.source,
    ];
    Section {
        title: w.milestones.to_string(),
        headers: headers.iter().map(|s| s.to_string()).collect(),
        right: vec![false; headers.len()],
        rows: m
            .milestones
            .iter()
            .map(|x| {
                let code = x
                    .directive
                    .as_ref()
                    .and_then(|d| m.directive(&d.value))
                    .map(|d| d.code.clone());
                vec![
                    present::milestone_date(x),
                    Value::Text(format!("{:?}", x.kind).to_lowercase()),
                    opt(x.label.clone()),
                    Value::Text(present::milestone_title(x, app.lang).to_string()),
                    opt(code),
                    Value::Text(x.source.clone()),
                ]
            })
            .collect(),
        figures: false,
    }
}

/// Every table the view shows.
fn sections(app: &App) -> Vec<Section> {
    match app.screen {
        Screen::Overview => super::overview::sections(app),
        Screen::Province => super::province::sections(app),
        Screen::Provinces | Screen::Timeline => vec![locality_table(app)],
    }
}

pub fn markdown(app: &App, taken: &str) -> String {
    let (title, facts) = super::txt::header(app, taken);
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
    }
    let w = text::words(app.lang);
    let _ = write!(
        out,
        "\n\\{} {} · {} {} · {STALE_MARK} {}\n",
        Made::RolledUp.mark(),
        w.rolled_up,
        Made::Partial.mark(),
        w.partial,
        w.stale
    );
    if estimates {
        out.pop();
        let _ = writeln!(out, " · {ESTIMATE_MARK} {}", w.estimate);
    }
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

/// The locality table as RFC 4180 CSV, CRLF line ends, with a byte-order
/// mark so spreadsheet programs read it as UTF-8.
pub fn csv(app: &App) -> anyhow::Result<String> {
    let w = text::words(app.lang);
    let table = locality_table(app);
    let mut out = csv::WriterBuilder::new()
        .terminator(csv::Terminator::CRLF)
        .from_writer(Vec::from("\u{FEFF}".as_bytes()));
    let mut headers = table.headers.clone();
    if table.figures {
        // A cell's number loses the year the screen writes beside it; the
        // marks stay the last four columns.
        let v = text::verdict_words(app.lang);
        headers.extend([v.target_year, v.past_year].map(String::from));
        headers.extend([w.rolled_up, w.partial, w.stale, w.estimate].map(String::from));
    }
    out.write_record(&headers)?;
    for row in &table.rows {
        let mut cells: Vec<String> = row.iter().map(|v| v.raw(app.lang)).collect();
        if table.figures {
            let made = row.iter().find_map(Value::made);
            let stale = row.iter().any(Value::is_stale);
            let marks = [
                made.is_some_and(|m| m != Made::Own),
                made == Some(Made::Partial),
                stale,
                row.iter().any(Value::is_estimate),
            ];
            let year = |y: Option<i32>| y.map(|y| y.to_string()).unwrap_or_default();
            cells.push(year(row.iter().find_map(|v| match v {
                Value::Target { year, .. } => *year,
                _ => None,
            })));
            cells.push(year(row.iter().find_map(|v| match v {
                Value::Past { year, .. } => Some(*year),
                _ => None,
            })));
            cells.extend(marks.map(|x| if x { "x" } else { "" }.to_string()));
        }
        out.write_record(&cells)?;
    }
    let bytes = out.into_inner().map_err(|e| e.into_error())?;
    Ok(String::from_utf8(bytes)?)
}
