//! The Overview's tables, made of the parts the screen shows: each top
//! unit's figures and targets, the line on the last target due, the
//! count by status, the lists of who is furthest behind and ahead, then
//! the locality table.

use super::table::{Section, figures, figures_row, locality_table};
use crate::app::App;
use crate::model::{Due, Era, Status};
use crate::present::{self, Column, Value, overview};
use crate::text;

/// A top unit's targets, a row each: year, target, verdict, the figure a
/// passed one was judged on.
fn target_section(app: &App, i: usize, name: &str) -> Section {
    let v = text::verdict_words(app.lang);
    let mut rows = Vec::new();
    for line in present::year_lines(&app.model, i, Era::Current, app.lang) {
        for judged in &line.targets {
            rows.push(vec![
                Value::Text(line.due.format("%Y").to_string()),
                Value::Text(judged.target.clone()),
                Value::Text(judged.verdict.clone()),
                line.figure.clone().map_or(Value::Missing, Value::Text),
            ]);
        }
    }
    Section {
        title: format!("{name}: {}", v.targets.to_lowercase()),
        headers: v.target_headers.iter().map(|h| h.to_string()).collect(),
        right: vec![false, false, false, false],
        rows,
        figures: false,
    }
}

/// How the units counted fared against the last target due: the screen's
/// sentence as the title, a row per outcome.
fn last_due_section(app: &App) -> Option<Section> {
    let m = &app.model;
    let c = m.past_counts(app.era)?;
    let (v, w) = (text::verdict_words(app.lang), text::words(app.lang));
    Some(Section {
        title: overview::last_due(app.lang, m, app.era)?,
        headers: vec![v.past.to_string(), w.count_word.to_string()],
        right: vec![false, true],
        rows: [
            (Due::Met, c.met),
            (Due::Missed, c.missed),
            (Due::Estimated, c.estimated),
            (Due::Partial, c.partial),
            (Due::NoFigure, c.no_figure),
        ]
        .into_iter()
        // Estimates are rare: their row only when there are some.
        .filter(|&(d, n)| d != Due::Estimated || n > 0)
        .map(|(d, n)| {
            vec![
                Value::Text(text::due_label(app.lang, d)),
                Value::Count(n as u64),
            ]
        })
        .collect(),
        figures: false,
    })
}

/// One of the lists beside the counts, under the screen's title, each
/// entry's gap as the screen writes it.
fn ranked_section(app: &App, title: &str, list: &[usize]) -> Section {
    let m = &app.model;
    let names = text::level_name(app.lang, m.counted_level(app.era));
    Section {
        title: title.to_string(),
        headers: vec![names.to_string(), Column::GAP.header(app.lang, "")],
        right: vec![false, true],
        rows: overview::ranked(app.lang, m, app.era, list)
            .into_iter()
            .map(|r| vec![Value::Text(r.name), Value::Text(r.gap)])
            .collect(),
        figures: false,
    }
}

pub(super) fn sections(app: &App) -> Vec<Section> {
    let m = &app.model;
    let w = text::words(app.lang);
    let mut out = Vec::new();
    // Each top unit under its own name (`Cả nước` for the nation).
    for &i in &m.tops {
        if let Some(p) = m.progress(i, Era::Current) {
            let name = overview::top_title(app.lang, m, i);
            let cols: Vec<Column> = Column::table().collect();
            let row = figures_row(m, app.lang, &cols, &name, i, p);
            out.push(figures(app.lang, name.clone(), "", &cols, vec![row]));
            out.push(target_section(app, i, &name));
        }
    }
    out.extend(last_due_section(app));
    out.push(Section {
        title: overview::counts_title(app.lang, m, app.era),
        headers: vec![w.status.to_string(), w.count_word.to_string()],
        right: vec![false, true],
        rows: Status::ALL
            .iter()
            .zip(m.status_counts(app.era))
            .map(|(s, n)| vec![Value::Status(*s), Value::Count(n as u64)])
            .collect(),
        figures: false,
    });
    let [behind, ahead] = app.overview_lists();
    out.push(ranked_section(app, w.furthest_behind, &behind));
    out.push(ranked_section(app, w.furthest_ahead, &ahead));
    out.push(locality_table(app));
    out
}
