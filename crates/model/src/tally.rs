//! The tally of a judged model: statuses packed per era, provinces counted
//! by status and ranked by gap, and the columns a level leaves blank.

use super::figures::{Progress, STATUSES};
use super::model::{Model, PastCounts};
use super::orders::SortKey;
use super::point::Era;
use super::progress::Status;
use super::verdict::Outcome;
use chrono::Datelike;
use std::cmp::Ordering;

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
        SortKey::Participants => latest.is_some_and(|x| x.participants().is_some()),
        SortKey::Population => p.population.is_some(),
        SortKey::Plan => latest.is_some_and(|x| x.plan_share.is_some()),
        SortKey::YearOnYear => p.year_on_year.is_some(),
        _ => true,
    }
}

/// Which side of its target a gap (coverage − target) puts a unit, at the
/// hundredth every list writes it: `Less` behind, `Greater` ahead, `Equal`
/// on the target. A unit on its target is neither behind nor ahead: a list
/// of those furthest ahead never shows `0,00`.
pub fn gap_side(gap: f64) -> Ordering {
    (gap * 100.0)
        .round()
        .partial_cmp(&0.0)
        .unwrap_or(Ordering::Equal)
}

impl Model {
    /// The Overview's lists: at most `n` units behind their target,
    /// furthest behind first, and at most `n` ahead of it, furthest ahead
    /// first. A unit exactly on its target is in neither.
    pub fn furthest(&self, era: Era, n: usize) -> [Vec<usize>; 2] {
        let ranked = self.by_gap(era);
        let side = |i: usize| self.progress(i, era).and_then(|p| p.gap).map(gap_side);
        let pick = |order: &mut dyn Iterator<Item = &usize>, want: Ordering| {
            order
                .filter(|&&i| side(i) == Some(want))
                .take(n)
                .copied()
                .collect()
        };
        [
            pick(&mut ranked.iter(), Ordering::Less),
            pick(&mut ranked.iter().rev(), Ordering::Greater),
        ]
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use chrono::NaiveDate;

    #[test]
    fn a_gap_that_reads_zero_is_neither_behind_nor_ahead() {
        assert_eq!(gap_side(0.0), Ordering::Equal);
        assert_eq!(gap_side(-0.0), Ordering::Equal);
        // Float noise of a subtraction, or less than the hundredth shown.
        assert_eq!(gap_side(95.15 - 95.15), Ordering::Equal);
        assert_eq!(gap_side(1e-12), Ordering::Equal);
        assert_eq!(gap_side(0.004), Ordering::Equal);
        assert_eq!(gap_side(-0.004), Ordering::Equal);
        assert_eq!(gap_side(0.01), Ordering::Greater);
        assert_eq!(gap_side(-0.01), Ordering::Less);
        assert_eq!(gap_side(3.02), Ordering::Greater);
        assert_eq!(gap_side(-7.0), Ordering::Less);
        assert_eq!(gap_side(f64::NAN), Ordering::Equal);
    }

    #[test]
    fn the_overview_lists_leave_out_a_unit_on_its_target() {
        let loaded = crate::load_files(crate::bundled::files()).unwrap();
        let m = crate::derive(
            loaded.dataset,
            NaiveDate::from_ymd_opt(2026, 11, 23).unwrap(),
        );
        let gap = |i: usize| m.progress(i, Era::Former).and_then(|p| p.gap).unwrap();
        let on_target: Vec<usize> = m
            .by_gap(Era::Former)
            .iter()
            .copied()
            .filter(|&i| gap(i).abs() < 0.005)
            .collect();
        // Bà Rịa – Vũng Tàu's 2025 figure is its target to the hundredth.
        assert!(
            !on_target.is_empty(),
            "the bundled data has a unit on its target"
        );
        for era in [Era::Current, Era::Former] {
            let [behind, ahead] = m.furthest(era, 100);
            let gap = |i: usize| m.progress(i, era).and_then(|p| p.gap).unwrap();
            assert!(behind.iter().all(|&i| gap(i) <= -0.005), "{behind:?}");
            assert!(ahead.iter().all(|&i| gap(i) >= 0.005), "{ahead:?}");
            assert!(behind.windows(2).all(|w| gap(w[0]) <= gap(w[1])));
            assert!(ahead.windows(2).all(|w| gap(w[0]) >= gap(w[1])));
        }
        let [behind, ahead] = m.furthest(Era::Former, 100);
        for i in on_target {
            assert!(!behind.contains(&i) && !ahead.contains(&i), "unit {i}");
        }
        let [behind, ahead] = m.furthest(Era::Former, 5);
        assert!(behind.len() <= 5 && ahead.len() <= 5);
    }
}
