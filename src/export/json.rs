//! The json snapshot: the derived figures of the view, for other programs.
//! Its shape is documented in the README and pinned by a test; numbers are
//! rounded as the screen shows them, the gap is coverage − target.

use std::collections::BTreeMap;

use serde::Serialize;

mod milestones;
mod unit;

use milestones::{MilestoneFacts, milestones};
use unit::{Figures, figures};
pub(super) use unit::{HistoryPoint, history};

use crate::app::{App, Screen};
use crate::model::{Era, Status};
use crate::present::{self, Unit};

#[derive(Serialize)]
struct Snapshot<'a> {
    title: &'a str,
    as_of: String,
    today: String,
    /// The day every figure is judged on: `--as-of`, else today.
    judged_as_of: String,
    /// The records and population figures dated after `today`, which no
    /// figure here uses: the count the txt header and `check` say.
    left_out: usize,
    taken: &'a str,
    /// The command that writes this file again, as the txt header gives it.
    command: String,
    view: String,
    provinces: &'static str,
    sort: String,
    descending: bool,
    filter: Option<&'static str>,
    lang: &'static str,
    /// `null` when the data holds no nation (a province's own file).
    nation: Option<Figures<'a>>,
    /// The units heading the Overview: the nation, else the data's highest
    /// units without a parent.
    tops: Vec<Figures<'a>>,
    #[serde(skip_serializing_if = "Option::is_none")]
    status_counts: Option<BTreeMap<&'static str, usize>>,
    /// The level `status_counts` counts: the one below the top units.
    #[serde(skip_serializing_if = "Option::is_none")]
    status_counts_level: Option<&'static str>,
    #[serde(skip_serializing_if = "Option::is_none")]
    localities: Option<Vec<Figures<'a>>>,
    /// The level the Provinces table lists, as its title names it.
    #[serde(skip_serializing_if = "Option::is_none")]
    localities_level: Option<&'static str>,
    #[serde(skip_serializing_if = "Option::is_none")]
    locality: Option<Figures<'a>>,
    #[serde(skip_serializing_if = "Option::is_none")]
    history: Option<Vec<HistoryPoint<'a>>>,
    #[serde(skip_serializing_if = "Option::is_none")]
    units: Option<Vec<Figures<'a>>>,
    #[serde(skip_serializing_if = "Option::is_none")]
    milestones: Option<Vec<MilestoneFacts<'a>>>,
    /// The Timeline's selected milestone, described under its axis: its
    /// place in `milestones`.
    #[serde(skip_serializing_if = "Option::is_none")]
    selected_milestone: Option<usize>,
    /// Every target that applies to the province shown (on the Overview,
    /// to the first top unit), with its verdict.
    #[serde(skip_serializing_if = "Option::is_none")]
    targets: Option<Vec<super::reasons::TargetVerdict<'a>>>,
    /// How the units counted fared against the last target due.
    #[serde(skip_serializing_if = "Option::is_none")]
    last_due_counts: Option<LastDueCounts>,
    /// The Overview's lists: the units furthest behind their target, then
    /// those furthest ahead, as the screen lists them.
    #[serde(skip_serializing_if = "Option::is_none")]
    furthest_behind: Option<Vec<RankedFacts<'a>>>,
    #[serde(skip_serializing_if = "Option::is_none")]
    furthest_ahead: Option<Vec<RankedFacts<'a>>>,
    /// The Province view's groups, as the screen shows them: those of the
    /// latest record that gives them by the judging day.
    #[serde(skip_serializing_if = "Option::is_none")]
    groups: Option<Vec<super::province::GroupFacts>>,
    /// The Province view's change since the directive in force was issued;
    /// null for a target that names no document.
    #[serde(skip_serializing_if = "Option::is_none")]
    since_directive: Option<Option<super::province::SinceFacts<'a>>>,
    /// The series the Province view's chart draws beside the province's
    /// own: a merged province's former units, each under its own name.
    #[serde(skip_serializing_if = "Option::is_none")]
    former_series: Option<Vec<super::province::SeriesFacts<'a>>>,
}

/// An entry of the Overview's lists: the gap is coverage − target,
/// rounded as shown.
#[derive(Serialize)]
struct RankedFacts<'a> {
    id: &'a str,
    name: String,
    gap: Option<f64>,
}

fn ranked<'a>(app: &'a App, list: &[usize]) -> Vec<RankedFacts<'a>> {
    let m = &app.model;
    present::overview::ranked(app.lang, m, app.era, list)
        .into_iter()
        .filter_map(|r| {
            Some(RankedFacts {
                id: m.locality(r.index)?.id.value.as_str(),
                name: r.name,
                gap: r.points,
            })
        })
        .collect()
}

#[derive(Serialize)]
struct LastDueCounts {
    year: i32,
    met: usize,
    missed: usize,
    /// Reached only by an estimate: neither met nor missed yet.
    #[serde(skip_serializing_if = "is_zero")]
    estimated: usize,
    partial_only: usize,
    no_figure: usize,
}

fn is_zero(n: &usize) -> bool {
    *n == 0
}

pub fn render(app: &App, taken: &str) -> anyhow::Result<String> {
    let m = &app.model;
    let mut doc = Snapshot {
        title: &m.meta.title,
        as_of: m.meta.as_of.to_string(),
        today: m.now.to_string(),
        judged_as_of: m.today.to_string(),
        left_out: m.left_out(),
        taken,
        command: app.export_command(crate::app::Format::Json, super::DEFAULT_WIDTH),
        view: app.view_name(),
        provinces: match app.era {
            Era::Current => "current",
            Era::Former => "former",
        },
        sort: format!("{:?}", app.sort).to_lowercase(),
        descending: app.descending,
        filter: app.filter.map(present::filter_code),
        lang: app.lang.code(),
        nation: m.nation().and_then(|i| figures(app, i, Era::Current)),
        tops: m
            .tops
            .iter()
            .filter_map(|&i| figures(app, i, Era::Current))
            .collect(),
        status_counts: None,
        status_counts_level: None,
        localities: None,
        localities_level: None,
        locality: None,
        history: None,
        units: None,
        milestones: None,
        selected_milestone: None,
        targets: None,
        last_due_counts: None,
        furthest_behind: None,
        furthest_ahead: None,
        groups: None,
        since_directive: None,
        former_series: None,
    };
    match app.screen {
        Screen::Overview | Screen::Provinces => {
            doc.status_counts = Some(
                Status::ALL
                    .iter()
                    .map(|s| present::status_code(*s))
                    .zip(m.status_counts(app.era))
                    .collect(),
            );
            doc.status_counts_level = Some(present::level_code(m.counted_level(app.era)));
            doc.last_due_counts = m.past_counts(app.era).map(|c| LastDueCounts {
                year: c.year,
                met: c.met,
                missed: c.missed,
                estimated: c.estimated,
                partial_only: c.partial,
                no_figure: c.no_figure,
            });
            if app.screen == Screen::Overview {
                let top = m.top();
                doc.targets = top.map(|i| super::reasons::targets(m, i, Era::Current, app.lang));
                // The series the screen draws: the first top unit's.
                doc.history = top.map(|i| history(m, i, Era::Current));
                let [behind, ahead] = app.overview_lists();
                doc.furthest_behind = Some(ranked(app, &behind));
                doc.furthest_ahead = Some(ranked(app, &ahead));
            }
            if app.screen == Screen::Provinces {
                doc.localities_level = Some(present::level_code(app.level));
            }
            doc.localities = Some(
                app.rows
                    .iter()
                    .filter_map(|&i| figures(app, i, app.era))
                    .collect(),
            );
        }
        Screen::Province => {
            if let Some(i) = app.province() {
                doc.locality = figures(app, i, app.era);
                doc.history = Some(history(m, i, app.era));
                doc.targets = Some(super::reasons::targets(m, i, app.era, app.lang));
                doc.groups = Some(super::province::groups(app, i));
                doc.since_directive = Some(super::province::since(app, i));
                doc.former_series = Some(super::province::former_series(app, i));
                doc.units = Some(
                    present::units(m, i, app.era)
                        .into_iter()
                        .filter_map(|u| figures(app, u.index, Unit::ERA))
                        .collect(),
                );
            }
        }
        Screen::Timeline => {
            doc.milestones = Some(milestones(m));
            doc.selected_milestone = Some(app.milestone).filter(|&k| k < m.milestones.len());
        }
    }
    let mut text = serde_json::to_string_pretty(&doc)?;
    text.push('\n');
    Ok(text)
}
