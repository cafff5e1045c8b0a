//! The tally of a judged model: statuses packed per era, provinces counted
//! by status and ranked by gap, and the columns a level leaves blank.

use super::figures::{Progress, STATUSES};
use super::model::{Model, PastCounts};
use super::orders::SortKey;
use super::point::Era;
use super::progress::Status;
use super::verdict::Outcome;
use chrono::Datelike;

/// What the Overview and the filter read from the figures: statuses packed
/// per era, provinces counted by status and ranked by gap.
pub(super) fn tally(model: &mut Model) {
    for era in [Era::Current, Era::Former] {
        model.statuses[era as usize] = model.figures.iter().map(|f| f.get(era).status).collect();
    }
    for era in [Era::Current, Era::Former] {
        // The level below the top units: a nation's provinces, a
        // province's districts or communes.
        let provinces = model.counted(era).to_vec();
        let mut counts = [0; STATUSES];
        for &i in &provinces {
            if let Some(p) = model.progress(i, era)
                && let Some(slot) = Status::ALL
                    .iter()
                    .position(|s| *s == p.status)
                    .and_then(|k| counts.get_mut(k))
            {
                *slot += 1;
            }
        }
        let gap = |i: usize| model.progress(i, era).and_then(|p| p.gap);
        let mut ranked: Vec<usize> = provinces
            .into_iter()
            .filter(|&i| gap(i).is_some())
            .collect();
        // Most negative first: furthest behind leads.
        ranked.sort_by(|&a, &b| {
            gap(a)
                .partial_cmp(&gap(b))
                .unwrap_or(std::cmp::Ordering::Equal)
        });
        model.by_gap[era as usize] = ranked;
        model.status_counts[era as usize] = counts;
        model.past_counts[era as usize] = past_counts(model, era);
    }
    model.blank = model
        .orders
        .groups()
        .map(|(&(era, level), members)| {
            let blank = BLANKABLE
                .into_iter()
                .filter(|&key| {
                    !members
                        .iter()
                        .filter_map(|&i| model.progress(i, era))
                        .any(|p| fills(p, key))
                })
                .collect();
            ((era, level), blank)
        })
        .collect();
}

fn past_counts(model: &Model, era: Era) -> Option<PastCounts> {
    let year_of = |i: usize| {
        let past = model.progress(i, era)?.past?;
        Some(model.targets.get(past.target)?.by.year())
    };
    let provinces = model.counted(era);
    let year = model
        .top()
        .and_then(year_of)
        .or_else(|| provinces.iter().filter_map(|&i| year_of(i)).max())?;
    let mut counts = PastCounts {
        year,
        ..PastCounts::default()
    };
    for &i in provinces {
        let Some(past) = model.progress(i, era).and_then(|p| p.past) else {
            continue;
        };
        if year_of(i) != Some(year) {
            continue;
        }
        let slot = match past.outcome {
            Outcome::Met(_) => &mut counts.met,
            Outcome::Missed { .. } => &mut counts.missed,
            Outcome::Estimated(_) => &mut counts.estimated,
            Outcome::PartialOnly(_) => &mut counts.partial,
            Outcome::NoFigure { .. } => &mut counts.no_figure,
        };
        *slot += 1;
    }
    Some(counts)
}

/// The columns a dataset may leave empty for a whole level: counts that
/// sources seldom give, the share of the plan, which few give, and the
/// change on the year, which needs two figures.
pub const BLANKABLE: [SortKey; 4] = [
    SortKey::Participants,
    SortKey::Population,
    SortKey::Plan,
    SortKey::YearOnYear,
];

/// Whether a unit's figures give the column a value.
fn fills(p: &Progress, key: SortKey) -> bool {
    let latest = p.latest_point();
    match key {
        SortKey::Participants => latest.is_some_and(|x| x.participants.is_some()),
        SortKey::Population => p.population.is_some(),
        SortKey::Plan => latest.is_some_and(|x| x.plan_share.is_some()),
        SortKey::YearOnYear => p.year_on_year.is_some(),
        _ => true,
    }
}
