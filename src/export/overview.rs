//! The Overview's tables, made of the parts the screen shows: each top
//! unit's figures, gauge and targets, the line on the last target due, the
//! series drawn, the count by status, the lists of who is furthest behind
//! and ahead, then the locality table.

use super::table::{Section, figures, figures_row, locality_table};
use crate::app::App;
use crate::model::history::Points;
use crate::model::{Due, Era, Progress, Status};
use crate::present::{self, Column, Value, overview};
use crate::text;
use crate::ui::chart;

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
        figures: None,
    }
}

/// A top unit's gauge, its bar left out: the line's words as the title,
/// a row for each mark of its key with the target it stands for.
fn gauge_section(app: &App, i: usize, p: &Progress) -> Section {
    let v = text::verdict_words(app.lang);
    let [due, target, ..] = v.target_headers;
    Section {
        title: overview::gauge_words(app.lang, &app.model, i, p),
        headers: vec![String::new(), target.to_string(), due.to_string()],
        right: vec![false, false, false],
        rows: overview::gauge_marks(app.lang, &app.model, i, p)
            .into_iter()
            .map(|x| {
                vec![
                    Value::Text(x.key),
                    Value::Text(x.target),
                    Value::Text(x.year),
                ]
            })
            .collect(),
        figures: None,
    }
}

/// The series the screen draws under its title (the years its axis runs
/// between), a row per point; with several top units, the others' points
/// after the first's, each row naming its unit.
fn series_section(app: &App) -> Option<Section> {
    let m = &app.model;
    let top = m.top()?;
    let shown = chart::Shown::of(m, top, Era::Current)?;
    let others: Vec<(String, Points<'_>)> = m
        .tops
        .iter()
        .skip(1)
        .filter_map(|&i| {
            m.progress(i, Era::Current)?;
            Some((m.locality(i)?.name.clone(), m.points(i, Era::Current)))
        })
        .collect();
    let parts: Vec<chart::Part> = others
        .iter()
        .map(|(name, q)| chart::Part {
            name: name.clone(),
            points: chart::points_of(*q),
        })
        .collect();
    let first = m.top().filter(|_| !parts.is_empty());
    let horizon = crate::present::province::history::horizon(m, top, shown.p);
    let years = chart::x_range_to(m, shown, &parts, &horizon);
    let w = text::words(app.lang);
    let named = !others.is_empty();
    let mut series = vec![(overview::top_title(app.lang, m, top), shown.points)];
    series.extend(others);
    let mut rows = Vec::new();
    for (name, q) in series {
        for (date, figure) in overview::series_points(q) {
            let mut row = vec![date, figure];
            if named {
                row.insert(0, Value::Text(name.clone()));
            }
            rows.push(row);
        }
    }
    let mut headers = vec![w.date_word.to_string(), w.coverage.to_string()];
    let mut right = vec![false, true];
    if named {
        headers.insert(0, String::new());
        right.insert(0, false);
    }
    Some(Section {
        title: overview::history_title(app.lang, m, first, years),
        headers,
        right,
        rows,
        figures: None,
    })
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
        figures: None,
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
        figures: None,
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
            out.push(gauge_section(app, i, p));
            out.push(target_section(app, i, &name));
        }
    }
    out.extend(last_due_section(app));
    out.extend(series_section(app));
    out.push(Section {
        title: overview::counts_title(app.lang, m, app.era),
        headers: vec![w.status.to_string(), w.count_word.to_string()],
        right: vec![false, true],
        rows: Status::ALL
            .iter()
            .zip(m.status_counts(app.era))
            .map(|(s, n)| vec![Value::Status(*s), Value::Count(n as u64)])
            .collect(),
        figures: None,
    });
    let [behind, ahead] = app.overview_lists();
    out.push(ranked_section(app, w.furthest_behind, &behind));
    out.push(ranked_section(app, w.furthest_ahead, &ahead));
    out.push(locality_table(app));
    out
}
