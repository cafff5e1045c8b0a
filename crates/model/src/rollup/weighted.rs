//! A roll-up: the population-weighted average of some parts' figures on
//! one date, partial when the parts with figures stand for less than the
//! whole.

use chrono::NaiveDate;

use super::{Histories, merger_date};
use crate::model::Model;
use crate::plan;
use crate::point::{Counts, Origin, Point, Rollup};

/// Children whose population weights reach this share of their parent's
/// population count as all of it: population bases differ by a little.
const COMPLETE_SHARE: f64 = 0.98;

impl Histories {
    /// The population-weighted average of the parts' figures at `d`. None
    /// when no part has a figure, or a part with a figure has no weight.
    pub(super) fn rollup(
        &self,
        m: &Model,
        parts: &[usize],
        d: NaiveDate,
        set: PartSet,
    ) -> Option<Point> {
        let mut weighted = 0.0;
        let mut covered_weight = 0u64;
        let mut all_weight = Some(0u64);
        let mut with_figures = 0;
        let mut participants = Some(0u64);
        let mut population = Some(0u64);
        let mut plan = Some(0u64);
        let mut estimate = false;
        for &c in parts {
            let w = weight(m, c, d);
            all_weight = all_weight.zip(w).map(|(a, b)| a.saturating_add(b));
            match self.point_at(m, c, d) {
                Some(p) => {
                    let w = w?;
                    with_figures += 1;
                    estimate |= p.estimate;
                    weighted += p.coverage * w as f64;
                    covered_weight = covered_weight.saturating_add(w);
                    participants = participants
                        .zip(p.participants())
                        .map(|(a, b)| a.saturating_add(b));
                    population = population
                        .zip(p.population())
                        .map(|(a, b)| a.saturating_add(b));
                    plan = plan.zip(p.plan()).map(|(a, b)| a.saturating_add(b));
                }
                None => {
                    participants = None;
                    population = None;
                    plan = None;
                }
            }
        }
        if with_figures == 0 || covered_weight == 0 {
            return None;
        }
        let (share, partial) = match set {
            PartSet::Merger => {
                let share = all_weight
                    .filter(|&a| a > 0)
                    .map(|a| covered_weight as f64 / a as f64);
                (share, with_figures < parts.len())
            }
            PartSet::Children { whole: Some(w) } => {
                let share = (w > 0).then(|| (covered_weight as f64 / w as f64).min(1.0));
                let partial =
                    with_figures < parts.len() || share.is_none_or(|s| s < COMPLETE_SHARE);
                (share, partial)
            }
            // A parent with no population of its own: its children, all with
            // figures, are the whole of what the data knows of it.
            PartSet::Children { whole: None } => (None, with_figures < parts.len()),
        };
        // Summed only as participants are, from every part; and, since a
        // sum over some parts would pass for the whole's plan, kept only
        // when the roll-up stands for the whole (see `plan::rolled_up`).
        let plan = plan.filter(|_| !partial);
        Some(Point {
            date: d,
            coverage: weighted / covered_weight as f64,
            counts: Counts::new(participants, population, plan),
            plan_share: plan::rolled_up(participants, plan, partial),
            origin: Origin::RolledUp(Rollup::new(
                u32::try_from(with_figures).unwrap_or(u32::MAX),
                u32::try_from(parts.len()).unwrap_or(u32::MAX),
                share,
                partial,
            )),
            estimate,
        })
    }
}

/// What a set of parts must add up to.
#[derive(Clone, Copy)]
pub(super) enum PartSet {
    /// The units merged into one: the list is the whole by definition.
    Merger,
    /// A unit's children as listed in the data, which may be only some of
    /// them: whole only when their populations reach the unit's own.
    Children { whole: Option<u64> },
}

/// The population of `i` nearest in time to `d`, from its population points
/// and records; for a unit that absorbed others, only figures of the
/// territory it had at `d`.
pub(super) fn weight(m: &Model, i: usize, d: NaiveDate) -> Option<u64> {
    let l = m.localities.get(i)?;
    let on = merger_date(m, i);
    let same_territory = |x: NaiveDate| on.is_none_or(|on| (x < on) == (d < on));
    let points = l.population.iter().map(|p| (p.date, p.count));
    // A record's population is known when its figure is made public.
    let records = l
        .records
        .iter()
        .filter(|r| r.known_by(m.today))
        .filter_map(|r| Some((r.date, r.population()?)));
    // A population counted after the judging day weighs nothing yet.
    let known = |x: &(NaiveDate, u64)| x.0 <= m.today;
    points
        .chain(records)
        .filter(known)
        .filter(|(x, _)| same_territory(*x))
        .min_by_key(|(x, _)| (*x - d).num_days().abs())
        .map(|(_, n)| n)
}
