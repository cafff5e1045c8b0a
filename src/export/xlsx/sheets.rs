//! The workbook's sheets beyond the view's table: every figure over time
//! and every target with its verdict, of each unit the table lists.

use chrono::Datelike;

use super::super::grid::{Cell, Grid, outcome_words};
use crate::app::{App, Screen};
use crate::model::schema::Precision;
use crate::model::verdict::Outcome;
use crate::model::{Era, Model};
use crate::present::{self, Unit};
use crate::text::{self, Lang};

/// A unit the view's table lists: its index, the era its figures are
/// judged in, the name the table gives it.
pub struct Listed {
    pub index: usize,
    pub era: Era,
    pub name: String,
}

/// The units of the view's table, in its order (none for the Timeline).
pub fn listed(app: &App) -> Vec<Listed> {
    let m = &app.model;
    let of = |index: usize, era: Era, name: String| Listed { index, era, name };
    let name = |i: usize| m.locality(i).map(|l| l.name.clone()).unwrap_or_default();
    match app.screen {
        Screen::Timeline => Vec::new(),
        Screen::Province => {
            let Some(i) = app.province() else {
                return Vec::new();
            };
            std::iter::once(of(i, app.era, name(i)))
                .chain(
                    present::units(m, i, app.era)
                        .into_iter()
                        .map(|u| of(u.index, Unit::ERA, u.name(m, app.lang))),
                )
                .collect()
        }
        Screen::Overview | Screen::Provinces => {
            app.rows.iter().map(|&i| of(i, app.era, name(i))).collect()
        }
    }
}

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
