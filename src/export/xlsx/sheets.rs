//! The workbook's sheets beyond the view's table: every figure over time
//! and every target with its verdict, of each unit the table lists.

use chrono::Datelike;

use super::super::grid::{Cell, Grid, outcome_words};
use crate::app::{App, Screen};
use crate::model::point::Origin;
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

/// Every record of each unit listed, known by the judging day, oldest
/// first; a unit listed twice (a merged province and its former self)
/// gives its records once. A unit with no record of its own gives the
/// figures rolled up from its parts, marked so, as the table shows them.
pub fn figures(app: &App, listed: &[Listed]) -> Grid {
    let (m, lang) = (&app.model, app.lang);
    let (s, w) = (text::sheet_words(lang), text::words(lang));
    let mut headers = vec![s.id.to_string(), w.units.to_string()];
    headers.extend(s.figure_headers.iter().map(|h| h.to_string()));
    headers.extend([w.rolled_up, w.partial, w.estimate, w.note, w.source].map(String::from));
    let mut seen = Vec::new();
    let mut rows = Vec::new();
    for unit in listed {
        if seen.contains(&unit.index) {
            continue;
        }
        seen.push(unit.index);
        let Some(l) = m.locality(unit.index) else {
            continue;
        };
        let head = || vec![Cell::Text(l.id.value.clone()), Cell::Text(l.name.clone())];
        let own: Vec<_> = l.records.iter().filter(|r| r.known_by(m.today)).collect();
        for r in &own {
            let text = |s: &Option<String>| s.clone().map_or(Cell::Empty, Cell::Text);
            let mut row = head();
            row.extend([
                Cell::Date(r.date, Precision::Day),
                r.coverage.map_or(Cell::Empty, Cell::Number),
                text(&r.coverage_words),
                r.participants.map_or(Cell::Empty, Cell::Count),
                r.population.map_or(Cell::Empty, Cell::Count),
                r.plan_percent.map_or(Cell::Empty, Cell::Number),
                Cell::Flag(false),
                Cell::Flag(false),
                Cell::Flag(r.estimate),
                text(&r.note),
                Cell::Text(r.source.clone()),
            ]);
            rows.push(row);
        }
        if !own.is_empty() {
            continue;
        }
        let history = m
            .progress(unit.index, unit.era)
            .map(|p| p.history.as_slice());
        for x in history.unwrap_or_default() {
            let Origin::RolledUp(r) = x.origin else {
                continue;
            };
            let mut row = head();
            row.extend([
                Cell::Date(x.date, Precision::Day),
                Cell::Number(x.coverage),
                Cell::Empty,
                x.participants.map_or(Cell::Empty, Cell::Count),
                x.population.map_or(Cell::Empty, Cell::Count),
                x.plan_share
                    .map_or(Cell::Empty, |s| Cell::Number(s.percent)),
                Cell::Flag(true),
                Cell::Flag(r.partial),
                Cell::Flag(x.estimate),
                Cell::Empty,
                Cell::Text(text::rolled_up_from(lang, r.with_figures, r.parts)),
            ]);
            rows.push(row);
        }
    }
    Grid { headers, rows }
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
