//! A unit's figures in the json snapshot: its coverage, target in force,
//! gap, pace, verdict and history, as the screen shows them.

use chrono::Datelike;
use serde::Serialize;

use crate::app::App;
use crate::model::{Era, Model, SortKey};
use crate::present::province::figures;
use crate::present::{self, Column, Row, round2};

#[derive(Serialize)]
pub(super) struct Figures<'a> {
    id: &'a str,
    name: &'a str,
    kind: String,
    /// The id of the unit it belongs to; `null` for a top unit.
    parent: Option<&'a str>,
    coverage: Option<f64>,
    derived: bool,
    partial: bool,
    /// Only on the source's estimate (`ước thực hiện`), or a roll-up of one.
    #[serde(skip_serializing_if = "std::ops::Not::not")]
    estimate: bool,
    latest_date: Option<String>,
    participants: Option<u64>,
    /// The population nearest the judging day, and the year it counts.
    population: Option<u64>,
    population_year: Option<i32>,
    /// The plan assigned at the latest figure, in people.
    plan: Option<u64>,
    /// The share of it achieved, in percent, rounded as shown.
    plan_percent: Option<f64>,
    target: Option<TargetFacts<'a>>,
    target_in_force: Option<TargetFacts<'a>>,
    gap: Option<f64>,
    trend_points_per_year: Option<f64>,
    year_on_year: Option<YearOnYearFacts>,
    projected_year: Option<i32>,
    projection: Option<&'static str>,
    status: &'static str,
    stale: bool,
    judged_on: String,
    ceased: bool,
    coverage_words: Option<CoverageWords<'a>>,
    note: Option<String>,
    source: Option<String>,
    /// What decided the status, with its numbers and in words.
    reason: Option<crate::export::reasons::Reason>,
}

#[derive(Serialize)]
pub(super) struct TargetFacts<'a> {
    coverage: Option<f64>,
    label: Option<&'a str>,
    by: String,
    strict: bool,
    directive: Option<&'a str>,
}

#[derive(Serialize)]
pub(super) struct YearOnYearFacts {
    /// The date of the figure of the same period a year before.
    before: String,
    points: Option<f64>,
}

#[derive(Serialize)]
pub(super) struct CoverageWords<'a> {
    date: String,
    words: &'a str,
}

/// A figure of a unit's history, with the counts, plan, marks and source
/// of the table of figures over time.
#[derive(Serialize)]
pub(in crate::export) struct HistoryPoint<'a> {
    date: String,
    coverage: f64,
    derived: bool,
    partial: bool,
    #[serde(skip_serializing_if = "std::ops::Not::not")]
    estimate: bool,
    participants: Option<u64>,
    population: Option<u64>,
    /// The share of the plan achieved, in percent, rounded as shown.
    plan_percent: Option<f64>,
    /// `rolled_up`, `partial`, `estimate`, `replaces`, `stale`.
    marks: Vec<&'static str>,
    /// None for a roll-up of the unit's parts.
    source: Option<&'a str>,
}

pub(super) fn target(m: &Model, index: Option<usize>) -> Option<TargetFacts<'_>> {
    let t = m.target(index)?;
    Some(TargetFacts {
        coverage: t.coverage.map(round2),
        label: t.label.as_deref(),
        by: t.by.to_string(),
        strict: t.strict,
        directive: m.target_code(t),
    })
}

pub(super) fn figures<'a>(app: &'a App, i: usize, era: Era) -> Option<Figures<'a>> {
    let m = &app.model;
    let (l, p) = (m.locality(i)?, m.progress(i, era)?);
    let row = Row {
        m,
        i,
        p,
        name: &l.name,
        position: 0,
    };
    let number = |c: Column| c.value(&row, app.lang).number();
    let latest = p.latest_point();
    Some(Figures {
        id: &l.id.value,
        name: &l.name,
        kind: format!("{:?}", l.kind).to_lowercase(),
        parent: m
            .parent(i)
            .and_then(|j| m.locality(j))
            .map(|x| x.id.value.as_str()),
        coverage: p.coverage().map(round2),
        derived: latest.is_some_and(|x| x.is_derived()),
        partial: latest.is_some_and(|x| x.is_partial()),
        // Words stand where the figure would be: not the figure's mark.
        estimate: p.said.is_none() && latest.is_some_and(|x| x.estimate),
        latest_date: latest.map(|x| x.date.to_string()),
        participants: latest.and_then(|x| x.participants()),
        population: p.population.map(|x| x.count),
        population_year: p.population.map(|x| x.date.year()),
        plan: latest.and_then(|x| x.plan()),
        plan_percent: number(Column::Figure(SortKey::Plan)),
        target: target(m, p.numeric_target),
        target_in_force: target(m, p.target),
        gap: number(Column::GAP),
        trend_points_per_year: number(Column::TREND),
        year_on_year: p.year_on_year.map(|y| YearOnYearFacts {
            before: y.before.to_string(),
            points: number(Column::Figure(SortKey::YearOnYear)),
        }),
        projected_year: p.projection.year(),
        projection: present::projection_code(p.projection),
        status: present::status_code(p.status),
        stale: p.stale,
        judged_on: p.judged_on.to_string(),
        ceased: p.ceased,
        coverage_words: p.said.as_ref().map(|s| CoverageWords {
            date: s.date.to_string(),
            words: &s.words,
        }),
        note: present::note(m, i, p),
        source: present::source(m, i, p, app.lang),
        reason: crate::export::reasons::of_unit(m, i, era, app.lang),
    })
}

/// The figures of unit `i` the chart draws, each a point of its history:
/// the table of figures over time without the records that give no
/// coverage figure.
pub(in crate::export) fn history(m: &Model, i: usize, era: Era) -> Vec<HistoryPoint<'_>> {
    figures::rows(m, i, era)
        .into_iter()
        .filter_map(|r| {
            let x = r.point?;
            Some(HistoryPoint {
                date: x.date.to_string(),
                coverage: round2(x.coverage),
                derived: x.is_derived(),
                partial: x.is_partial(),
                estimate: x.estimate,
                participants: x.participants(),
                population: x.population(),
                plan_percent: r.plan().and_then(|v| v.number()),
                marks: r.marks().into_iter().map(|k| k.code()).collect(),
                source: r.source(),
            })
        })
        .collect()
}
