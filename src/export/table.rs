//! The tables of a view, as values: written as Markdown in the interface
//! language, or as CSV with dot decimals for spreadsheets.

use std::fmt::Write;

use chrono::NaiveDate;

use crate::app::{App, Screen};
use crate::model::progress::Projection;
use crate::model::{Era, Model, Progress};
use crate::text::{self, Lang};

pub enum Value {
    Text(String),
    /// A percentage, and how it was made.
    Coverage(f64, Made),
    /// A numeric target; `true` when it is met only above its number.
    Target(f64, bool),
    /// Coverage minus target, in points.
    Points(f64),
    PerYear(f64),
    Count(u64),
    Year(i32),
    /// A date; `true` when the figure is stale.
    Date(NaiveDate, bool),
    Missing,
}

/// Where a coverage figure comes from, as the `*` and `~` marks say.
#[derive(Clone, Copy, PartialEq, Eq)]
pub enum Made {
    Own,
    RolledUp,
    /// Rolled up from only some of the parts: shown, never judged.
    Partial,
}

pub struct Section {
    pub title: String,
    pub headers: Vec<String>,
    pub rows: Vec<Vec<Value>>,
}

fn opt<T>(v: Option<T>, f: impl FnOnce(T) -> Value) -> Value {
    v.map_or(Value::Missing, f)
}

/// One row of figures for a locality, in the columns of `figure_headers`.
fn figures_row(m: &Model, lang: Lang, name: &str, i: usize, p: &Progress) -> Vec<Value> {
    let latest = p.latest_point();
    // Words a source gives instead of a figure ("trên 99 %") belong beside it.
    let note = m
        .locality(i)
        .and_then(|l| l.records.iter().rev().find(|r| r.date <= p.judged_on))
        .and_then(|r| r.note.clone());
    let target = m.target(p.numeric_target);
    vec![
        Value::Text(name.to_string()),
        match (&p.said, latest) {
            // The source's words where it gives no figure ("gần 95 %").
            (Some(said), _) => Value::Text(said.words.clone()),
            (None, Some(x)) if x.is_partial() => Value::Coverage(x.coverage, Made::Partial),
            (None, Some(x)) if x.is_derived() => Value::Coverage(x.coverage, Made::RolledUp),
            (None, Some(x)) => Value::Coverage(x.coverage, Made::Own),
            (None, None) => Value::Missing,
        },
        opt(
            target.and_then(|t| Some((t.coverage?, t.strict))),
            |(c, strict)| Value::Target(c, strict),
        ),
        opt(p.gap, |g| Value::Points(-g)),
        opt(p.trend, |t| Value::PerYear(t.slope)),
        match p.projection {
            Projection::Year(y) => Value::Year(y),
            Projection::None => Value::Missing,
            Projection::Met | Projection::Passed(_) => {
                Value::Text(crate::ui::cells::projected_long(p, lang))
            }
        },
        opt(latest.and_then(|x| x.participants), Value::Count),
        opt(latest.and_then(|x| x.population), Value::Count),
        Value::Text(text::status(lang, p.status).to_string()),
        opt(p.shown_date(), |d| Value::Date(d, p.stale)),
        opt(note, Value::Text),
    ]
}

fn figure_headers(lang: Lang, first: &str) -> Vec<String> {
    let w = text::words(lang);
    let per_year = match lang {
        Lang::Vi => "Xu hướng (điểm/năm)",
        Lang::En => "Trend (points/year)",
    };
    [
        first,
        w.coverage,
        w.target,
        w.gap,
        per_year,
        w.projected,
        w.participants,
        w.population,
        w.status,
        w.as_of,
        w.note,
    ]
    .iter()
    .map(|s| s.to_string())
    .collect()
}

/// The locality table of the view: what `csv` holds.
pub fn locality_table(app: &App) -> Section {
    let m = &app.model;
    let w = text::words(app.lang);
    match app.screen {
        Screen::Timeline => milestones(app),
        Screen::Province => {
            let mut rows = Vec::new();
            if let Some(i) = app.province() {
                let units = m.units_of(i, app.era);
                for (k, (j, _)) in std::iter::once((i, 0)).chain(units).enumerate() {
                    // The province itself, then its units; the province's own
                    // former territory among them is marked so.
                    let (era, name) = match (k, m.locality(j)) {
                        (0, Some(l)) => (app.era, l.name.clone()),
                        (_, Some(l)) if j == i => {
                            (Era::Former, format!("{}{}", l.name, w.former_self))
                        }
                        (_, Some(l)) => (Era::Former, l.name.clone()),
                        (_, None) => continue,
                    };
                    if let Some(p) = m.progress(j, era) {
                        rows.push(figures_row(m, app.lang, &name, j, p));
                    }
                }
            }
            Section {
                title: w.units.to_string(),
                headers: figure_headers(app.lang, w.units),
                rows,
            }
        }
        Screen::Overview | Screen::Provinces => Section {
            title: match app.era {
                Era::Current => w.current_era.to_string(),
                Era::Former => w.former_era.to_string(),
            },
            headers: figure_headers(app.lang, w.province),
            rows: app
                .rows
                .iter()
                .filter_map(|&i| {
                    Some(figures_row(
                        m,
                        app.lang,
                        &m.locality(i)?.name,
                        i,
                        m.progress(i, app.era)?,
                    ))
                })
                .collect(),
        },
    }
}

fn milestones(app: &App) -> Section {
    let m = &app.model;
    let w = text::words(app.lang);
    Section {
        title: w.milestones.to_string(),
        headers: [
            w.date_word,
            w.kind,
            w.label_word,
            w.title_word,
            w.document,
            w.source,
        ]
        .iter()
        .map(|s| s.to_string())
        .collect(),
        rows: m
            .milestones
            .iter()
            .map(|x| {
                let title = match app.lang {
                    Lang::En => x.title_en.clone().unwrap_or_else(|| x.title.clone()),
                    Lang::Vi => x.title.clone(),
                };
                vec![
                    Value::Date(x.date, false),
                    Value::Text(format!("{:?}", x.kind).to_lowercase()),
                    opt(x.label.clone(), Value::Text),
                    Value::Text(title),
                    opt(
                        x.directive
                            .as_ref()
                            .and_then(|d| m.directive(&d.value))
                            .map(|d| d.code.clone()),
                        Value::Text,
                    ),
                    Value::Text(x.source.clone()),
                ]
            })
            .collect(),
    }
}

/// Every table the view shows.
fn sections(app: &App) -> Vec<Section> {
    let m = &app.model;
    let w = text::words(app.lang);
    match app.screen {
        Screen::Overview => {
            let mut out = Vec::new();
            if let Some(p) = m.progress(m.nation, Era::Current) {
                out.push(Section {
                    title: w.nationwide.to_string(),
                    headers: figure_headers(app.lang, ""),
                    rows: vec![figures_row(m, app.lang, w.nationwide, m.nation, p)],
                });
            }
            out.push(Section {
                title: format!("{} {}", m.provinces(app.era).len(), w.by_status),
                headers: vec![w.status.to_string(), w.count_word.to_string()],
                rows: crate::model::Status::ALL
                    .iter()
                    .zip(m.status_counts(app.era))
                    .map(|(s, n)| {
                        vec![
                            Value::Text(text::status(app.lang, *s).to_string()),
                            Value::Count(n as u64),
                        ]
                    })
                    .collect(),
            });
            out.push(locality_table(app));
            out
        }
        Screen::Provinces | Screen::Province | Screen::Timeline => vec![locality_table(app)],
    }
}

fn show(v: &Value, lang: Lang) -> String {
    match v {
        Value::Text(s) => s.clone(),
        Value::Coverage(c, made) => format!(
            "{}{}",
            text::percent(lang, *c, 2),
            match made {
                Made::Own => "",
                Made::RolledUp => "*",
                Made::Partial => "~",
            }
        ),
        Value::Target(c, strict) => format!(
            "{}{}",
            if *strict { ">" } else { "" },
            text::percent(lang, *c, if c.fract() == 0.0 { 0 } else { 2 })
        ),
        Value::Points(g) => text::points(lang, *g),
        Value::PerYear(s) => text::points(lang, *s),
        Value::Count(n) => text::count(lang, *n),
        Value::Year(y) => y.to_string(),
        Value::Date(d, stale) => {
            format!("{}{}", text::date(lang, *d), if *stale { " !" } else { "" })
        }
        Value::Missing => "—".to_string(),
    }
}

fn raw(v: &Value) -> String {
    match v {
        Value::Text(s) => s.clone(),
        Value::Coverage(c, _) | Value::Target(c, _) | Value::Points(c) | Value::PerYear(c) => {
            format!("{c:.2}")
        }
        Value::Count(n) => n.to_string(),
        Value::Year(y) => y.to_string(),
        Value::Date(d, _) => d.format("%Y-%m-%d").to_string(),
        Value::Missing => String::new(),
    }
}

pub fn markdown(app: &App, taken: &str) -> String {
    let (title, facts) = super::txt::header(app, taken);
    let mut out = format!("# {title}\n\n");
    for (k, v) in facts {
        let _ = writeln!(out, "- {k}: {v}");
    }
    let cell = |s: &str| s.replace('|', "\\|");
    for s in sections(app) {
        let _ = write!(out, "\n## {}\n\n", cell(&s.title));
        let _ = writeln!(
            out,
            "| {} |",
            s.headers
                .iter()
                .map(|h| cell(h))
                .collect::<Vec<_>>()
                .join(" | ")
        );
        let _ = writeln!(out, "|{}", " --- |".repeat(s.headers.len()));
        for row in &s.rows {
            let cells: Vec<String> = row.iter().map(|v| cell(&show(v, app.lang))).collect();
            let _ = writeln!(out, "| {} |", cells.join(" | "));
        }
    }
    let w = text::words(app.lang);
    let _ = write!(
        out,
        "\n\\* {} · ~ {} · ! {}\n",
        w.rolled_up, w.partial, w.stale
    );
    out
}

/// RFC 4180: fields with a comma, quote or line break are quoted, quotes doubled.
fn csv_field(s: &str) -> String {
    if s.contains([',', '"', '\n', '\r']) {
        format!("\"{}\"", s.replace('"', "\"\""))
    } else {
        s.to_string()
    }
}

pub fn csv(app: &App) -> String {
    let w = text::words(app.lang);
    let table = locality_table(app);
    let flags = app.screen != Screen::Timeline;
    // A byte-order mark, so spreadsheet programs read the file as UTF-8.
    let mut out = String::from("\u{FEFF}");
    let mut headers = table.headers.clone();
    if flags {
        headers.push(w.rolled_up.to_string());
        headers.push(w.partial.to_string());
        headers.push(w.stale.to_string());
    }
    let line = |cells: Vec<String>| {
        cells
            .iter()
            .map(|c| csv_field(c))
            .collect::<Vec<_>>()
            .join(",")
            + "\r\n"
    };
    out.push_str(&line(headers));
    for row in &table.rows {
        let mut cells: Vec<String> = row.iter().map(raw).collect();
        if flags {
            let made = |m: Made| {
                row.iter()
                    .any(|v| matches!(v, Value::Coverage(_, x) if *x == m))
            };
            let derived = made(Made::RolledUp) || made(Made::Partial);
            let stale = row.iter().any(|v| matches!(v, Value::Date(_, true)));
            for flag in [derived, made(Made::Partial), stale] {
                cells.push(if flag { "x" } else { "" }.to_string());
            }
        }
        out.push_str(&line(cells));
    }
    out
}
