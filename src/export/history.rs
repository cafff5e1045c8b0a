//! The table of a province's figures over time in the exports: a section
//! of the md (and its rows under the screen in txt), and the whole csv of
//! the Province view, the province's then each unit's it lists, one row a
//! figure, numbers only in the number columns.

use super::table::Section;
use crate::app::App;
use crate::model::{Era, Model};
use crate::present::Value;
use crate::present::province::figures::{self, FigureRow, RIGHT};
use crate::text::{self, Lang};

/// The province's table as the screen shows it after `v`.
pub(super) fn section(app: &App, i: usize) -> Section {
    Section {
        title: text::figure_words(app.lang).title.to_string(),
        headers: figures::headers(app.lang).to_vec(),
        right: RIGHT.to_vec(),
        rows: figures::rows(&app.model, i, app.era)
            .iter()
            .map(|r| r.cells(app.lang).to_vec())
            .collect(),
        figures: None,
    }
}

/// The csv of the Province view: for the province and each unit its
/// screen lists, its figures over time (`figures_of`).
pub(super) fn csv_section(app: &App) -> Section {
    figures_of(app, &super::listed::listed(app))
}

/// Every figure over time of each unit `listed`, a row a figure: its id
/// and name, then the figure's date, coverage (or the source's words in a
/// column of their own), counts, share of the plan, marks in words and
/// source. The csv of the Province view, and the workbook's sheet of
/// figures.
pub(super) fn figures_of(app: &App, listed: &[super::listed::Listed]) -> Section {
    let (m, lang) = (&app.model, app.lang);
    let (w, f) = (text::words(lang), text::figure_words(lang));
    let [
        date,
        coverage,
        participants,
        population,
        plan,
        marks,
        source,
    ] = figures::headers(lang);
    let headers = vec![
        "id".to_string(),
        w.units.to_string(),
        date,
        coverage,
        f.coverage_words.to_string(),
        participants,
        population,
        plan,
        marks,
        source,
    ];
    let rows = listed
        .iter()
        .flat_map(|u| {
            let id = m.locality(u.index).map_or("", |l| l.id.value.as_str());
            figures::rows(m, u.index, u.era)
                .into_iter()
                .map(move |r| csv_row(lang, id, &u.name, &r))
        })
        .collect();
    Section {
        title: f.title.to_string(),
        headers,
        right: vec![
            false, false, false, true, false, true, true, true, false, false,
        ],
        rows,
        figures: None,
    }
}

fn csv_row(lang: Lang, id: &str, name: &str, r: &FigureRow<'_>) -> Vec<Value> {
    let text = |s: Option<&str>| s.map_or(Value::Missing, |s| Value::Text(s.to_string()));
    let marks: Vec<&str> = r.marks().into_iter().map(|k| k.word(lang)).collect();
    vec![
        Value::Text(id.to_string()),
        Value::Text(name.to_string()),
        Value::Date {
            date: r.date,
            precision: crate::model::schema::Precision::Day,
            stale: r.stale,
        },
        r.coverage().unwrap_or(Value::Missing),
        text(r.coverage_words()),
        r.participants().unwrap_or(Value::Missing),
        r.population().map_or(Value::Missing, Value::Count),
        r.plan().unwrap_or(Value::Missing),
        text((!marks.is_empty()).then(|| marks.join(", ")).as_deref()),
        text(r.source()),
    ]
}

/// The province's table under the txt snapshot's screen: the figures in
/// aligned columns, each row's marks and source on the line below it.
pub(super) fn txt(m: &Model, i: usize, era: Era, lang: Lang, width: usize) -> String {
    let rows = figures::rows(m, i, era);
    let f = text::figure_words(lang);
    let mut out = format!("\n{}\n", super::txt::cut(f.title, width));
    if rows.is_empty() {
        out.push_str(&format!("  {}\n", text::words(lang).no_figures));
        return out;
    }
    let headers = figures::headers(lang);
    // The five figure columns; marks and source go below.
    let table: Vec<Vec<String>> = std::iter::once(headers.iter().take(5).cloned().collect())
        .chain(
            rows.iter()
                .map(|r| r.cells(lang).iter().take(5).map(|v| v.show(lang)).collect()),
        )
        .collect();
    let widths: Vec<usize> = (0..5)
        .map(|k| {
            table
                .iter()
                .filter_map(|row| row.get(k))
                .map(|s| usize::from(text::width(s)))
                .max()
                .unwrap_or(0)
        })
        .collect();
    let line = |row: &[String]| {
        let cells: Vec<String> = row
            .iter()
            .zip(&widths)
            .zip(RIGHT)
            .map(|((s, &w), right)| {
                let pad = " ".repeat(w.saturating_sub(usize::from(text::width(s))));
                if right {
                    format!("{pad}{s}")
                } else {
                    format!("{s}{pad}")
                }
            })
            .collect();
        super::txt::cut(&format!("  {}", cells.join("  ").trim_end()), width)
    };
    let below = |r: &FigureRow<'_>| {
        let mut said: Vec<String> = r
            .marks()
            .into_iter()
            .map(|k| k.word(lang).to_string())
            .collect();
        if let Some(source) = r.source() {
            said.push(format!("{}: {source}", headers[6]));
        }
        said.join(" · ")
    };
    let mut table = table.iter();
    if let Some(head) = table.next() {
        out.push_str(&line(head));
        out.push('\n');
    }
    for (cells, r) in table.zip(&rows) {
        out.push_str(&line(cells));
        out.push('\n');
        let words: Vec<String> = below(r).split(' ').map(String::from).collect();
        for l in super::txt::wrap(&words, " ", width.saturating_sub(6)) {
            out.push_str(&format!("      {l}\n"));
        }
    }
    out
}
