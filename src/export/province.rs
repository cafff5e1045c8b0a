//! The Province view's parts, made by the functions that make the screen's
//! (`present::province`): the head under the province's name, the groups,
//! the series the chart draws, the targets box, the locality table, then
//! the list of units as the screen words it.

use serde::Serialize;

use super::table::{Section, locality_table};
use crate::app::App;
use crate::model::period::Since;
use crate::model::{Era, Model};
use crate::present::province::{self, history};
use crate::present::{self, Unit, Value, round2};
use crate::text::{self, Lang};

/// The lines under the screen's name, as md: the name with what it was
/// made of, then the target, the gauge, the changes, the plan, the
/// groups when none are given, the chart's legend, and the notes under
/// the chart (milestones and sources).
pub(super) fn head(app: &App) -> Option<String> {
    let (m, lang) = (&app.model, app.lang);
    let i = app.province()?;
    let p = m.progress(i, app.era)?;
    let w = text::words(lang);
    let mut name = m.locality(i)?.name.clone();
    if let Some(extra) = province::made_of(lang, m, app.era, i) {
        name.push_str(&format!(" {extra}"));
    }
    let mut gauge = format!("{} {}", w.coverage, present::coverage(p, lang));
    if let Some(mark) = province::gauge_mark(lang, m, p) {
        gauge.push_str(&format!(" │{mark}"));
    }
    gauge.push_str(&format!(
        " {}",
        province::gauge_words(lang, m, p).join(" · ")
    ));
    let mut lines = vec![
        province::head_target(lang, m, p),
        gauge,
        province::changes(lang, m, p),
    ];
    lines.extend(present::plan_line(p, lang));
    if province::groups(lang, m, i, app.era).is_none() {
        lines.push(province::no_groups(lang));
    }
    lines.push(legend(lang, m, i, app.era));
    // The notes under the chart: its milestones and every source.
    lines.push(
        present::notes::milestones_line(lang, m, i, app.era)
            .trim()
            .to_string(),
    );
    lines.push(
        present::notes::sources_line(lang, m, i, app.era)
            .trim()
            .to_string(),
    );
    let mut out = format!("\n## {name}\n\n");
    for line in lines {
        out.push_str(&format!("- {}\n", line.replace('|', "\\|")));
    }
    Some(out)
}

/// What the chart's legend names, after its title: `Diễn biến 2017–2027:
/// Bao phủ · Các mục tiêu · Bắc Ninh (cũ)`.
fn legend(lang: Lang, m: &Model, i: usize, era: Era) -> String {
    let series = history::former_series(lang, m, i, era);
    let Some(p) = m.progress(i, era) else {
        return String::new();
    };
    let legend = history::legend(lang, p, m.points(i, era));
    let mut names = vec![legend.coverage.to_string()];
    if let Some(estimates) = legend.estimates {
        names.push(estimates);
    }
    names.extend(legend.target);
    names.extend(legend.trend.map(str::to_string));
    names.extend(series.iter().map(|x| x.name.clone()));
    format!(
        "{}: {}",
        history::title(lang, history::years_of(m, p, m.points(i, era), &series)),
        names.join(" · ")
    )
}

/// The groups with their figures, when a record gives them.
fn groups_section(app: &App, i: usize) -> Option<Section> {
    let w = text::words(app.lang);
    let groups = province::groups(app.lang, &app.model, i, app.era)?;
    Some(Section {
        title: w.groups.to_string(),
        headers: vec![w.groups.to_string(), w.coverage.to_string()],
        right: vec![false, true],
        rows: groups
            .into_iter()
            .map(|g| vec![Value::Text(g.name.to_string()), Value::Text(g.figure)])
            .collect(),
        figures: None,
    })
}

/// The province's table of figures over time, then the series the chart
/// draws beside its own, each under the chart's title: the former units'
/// of a merged one (`Diễn biến 2017–2027 · Bắc Ninh (cũ)`).
fn history_sections(app: &App, i: usize) -> Vec<Section> {
    let (m, lang) = (&app.model, app.lang);
    let Some(p) = m.progress(i, app.era) else {
        return Vec::new();
    };
    let w = text::words(lang);
    let series = history::former_series(lang, m, i, app.era);
    let title = history::title(lang, history::years_of(m, p, m.points(i, app.era), &series));
    let section = |title: String, points: crate::model::history::Points<'_>| Section {
        title,
        headers: vec![w.date_word.to_string(), w.coverage.to_string()],
        right: vec![false, true],
        rows: points
            .judged()
            .map(|x| history::point_row(&x).to_vec())
            .collect(),
        figures: None,
    };
    // The province's own figures as the table `v` shows: every one, with
    // its counts, marks and source.
    let mut out = vec![super::history::section(app, i)];
    for x in &series {
        out.push(section(
            format!("{title} · {}", x.name),
            m.points(x.index, Era::Former),
        ));
    }
    // A series with no complete figure draws nothing: no table either.
    out.retain(|s| !s.rows.is_empty());
    out
}

/// The targets box: every target with its verdict, as the screen writes
/// each line.
fn targets_section(app: &App, i: usize) -> Section {
    let (m, lang) = (&app.model, app.lang);
    let v = text::verdict_words(lang);
    Section {
        title: province::targets_title(lang).to_string(),
        headers: vec![
            v.target_headers[1].to_string(),
            v.target_headers[2].to_string(),
        ],
        right: vec![false, false],
        rows: m
            .verdicts(i, app.era)
            .iter()
            .filter_map(|(k, verdict)| {
                let (head, said) = present::target_row(m, *k, verdict, lang)?;
                Some(vec![Value::Text(head), Value::Text(said)])
            })
            .collect(),
        figures: None,
    }
}

/// The units box: each unit with its status and what the screen says of
/// its figure.
fn units_section(app: &App, i: usize) -> Section {
    let (m, lang) = (&app.model, app.lang);
    let w = text::words(lang);
    let list = present::units(m, i, app.era);
    Section {
        title: province::units_title(lang, &list).to_string(),
        headers: vec![
            w.units.to_string(),
            w.status.to_string(),
            w.coverage.to_string(),
        ],
        right: vec![false, false, false],
        rows: list
            .iter()
            .filter_map(|u| {
                let p = m.progress(u.index, Unit::ERA)?;
                Some(vec![
                    Value::Text(u.name(m, lang)),
                    Value::Status(p.status),
                    Value::Text(province::unit_figure(lang, m, u.index, p)),
                ])
            })
            .collect(),
        figures: None,
    }
}

pub(super) fn sections(app: &App) -> Vec<Section> {
    let mut out = Vec::new();
    if let Some(i) = app.province() {
        out.extend(groups_section(app, i));
        out.extend(history_sections(app, i));
        out.push(targets_section(app, i));
    }
    // The figures of the province and its units first, then the list as
    // the screen words it.
    out.push(locality_table(app));
    if let Some(i) = app.province() {
        out.push(units_section(app, i));
    }
    out
}

/// A group's figure for programs.
#[derive(Serialize)]
pub(super) struct GroupFacts {
    group: &'static str,
    coverage: f64,
}

pub(super) fn groups(app: &App, i: usize) -> Vec<GroupFacts> {
    province::groups(app.lang, &app.model, i, app.era)
        .unwrap_or_default()
        .into_iter()
        .map(|g| GroupFacts {
            group: province::group_code(g.group),
            coverage: round2(g.coverage),
        })
        .collect()
}

/// The change since the directive in force was issued: `change` against
/// the first complete figure after the issue (its date `before`, the
/// change in points), `only_latest`, `no_figure`, or null when not judged.
#[derive(Serialize)]
pub(super) struct SinceFacts<'a> {
    directive: &'a str,
    kind: Option<&'static str>,
    before: Option<String>,
    points: Option<f64>,
}

pub(super) fn since(app: &App, i: usize) -> Option<SinceFacts<'_>> {
    let m = &app.model;
    let p = m.progress(i, app.era)?;
    let directive = m.target(p.target).and_then(|x| m.target_code(x))?;
    let (kind, change) = match p.since_directive {
        Some(Since::Change(c)) => (Some("change"), Some(c)),
        Some(Since::OnlyLatest) => (Some("only_latest"), None),
        Some(Since::NoFigure) => (Some("no_figure"), None),
        None => (None, None),
    };
    Some(SinceFacts {
        directive,
        kind,
        before: change.map(|c| c.before.to_string()),
        points: change.map(|c| round2(c.change)),
    })
}

/// A series drawn beside the province's own.
#[derive(Serialize)]
pub(super) struct SeriesFacts<'a> {
    id: &'a str,
    name: String,
    history: Vec<super::json::HistoryPoint<'a>>,
}

pub(super) fn former_series(app: &App, i: usize) -> Vec<SeriesFacts<'_>> {
    let m = &app.model;
    history::former_series(app.lang, m, i, app.era)
        .into_iter()
        .filter_map(|x| {
            Some(SeriesFacts {
                id: m.locality(x.index)?.id.value.as_str(),
                name: x.name,
                history: super::json::history(m, x.index, Era::Former),
            })
        })
        .collect()
}
