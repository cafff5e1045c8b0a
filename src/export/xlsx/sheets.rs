//! The workbook's sheets beyond the view's table: every figure over time
//! and every target with its verdict, of each unit the table lists.

use chrono::Datelike;

use super::super::grid::{Cell, Grid, outcome_words};
use super::super::listed::Listed;
use crate::app::App;
use crate::model::Model;
use crate::model::schema::Precision;
use crate::model::verdict::Outcome;
use crate::present;
use crate::text::{self, Lang};

fn id(m: &Model, i: usize) -> String {
    m.locality(i)
        .map(|l| l.id.value.clone())
        .unwrap_or_default()
}

/// Every target of each unit listed with its verdict: the year, the
/// number and whether it is strict, its words, document and source, the
/// verdict coloured as its status, and for a target whose date has passed
/// the figure judged on and its points.
pub fn targets(app: &App, listed: &[Listed]) -> Grid {
    let (m, lang) = (&app.model, app.lang);
    let (s, w) = (text::sheet_words(lang), text::words(lang));
    let mut headers = vec![s.id.to_string(), w.units.to_string()];
    headers.extend(s.target_headers.iter().map(|h| h.to_string()));
    let mut rows = Vec::new();
    for unit in listed {
        for (t, v) in m.verdicts(unit.index, unit.era) {
            let Some(target) = m.targets.get(t) else {
                continue;
            };
            let goal = target.coverage.map(|c| (c, target.strict));
            let figure = v.outcome().and_then(|o| match o {
                Outcome::Met(f)
                | Outcome::Estimated(f)
                | Outcome::Missed { figure: f, .. }
                | Outcome::PartialOnly(f) => Some(f),
                Outcome::NoFigure { .. } => None,
            });
            let points = v
                .outcome()
                .zip(target.coverage)
                .and_then(|(o, g)| o.points(g));
            rows.push(vec![
                Cell::Text(id(m, unit.index)),
                Cell::Text(unit.name.clone()),
                Cell::Year(target.by.year()),
                target.coverage.map_or(Cell::Empty, Cell::Number),
                Cell::Flag(target.strict),
                Cell::Text(present::target_figure(target, lang)),
                m.target_code(target)
                    .map_or(Cell::Empty, |c| Cell::Text(c.to_string())),
                Cell::Text(target.source.clone()),
                Cell::Judged(verdict(lang, &v, goal), v.status),
                figure.map_or(Cell::Empty, |f| Cell::Date(f.date, Precision::Day)),
                figure.map_or(Cell::Empty, |f| Cell::Number(f.coverage)),
                points.map_or(Cell::Empty, Cell::Number),
            ]);
        }
    }
    Grid { headers, rows }
}

/// A verdict in words: how a passed target went, or for one still ahead
/// the status and projection the screen gives it.
fn verdict(lang: Lang, v: &crate::model::verdict::Verdict, goal: Option<(f64, bool)>) -> String {
    match v.outcome() {
        Some(o) => outcome_words(lang, o).to_string(),
        None => present::verdict_words(v, goal, lang),
    }
}
