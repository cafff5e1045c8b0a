//! Judging each locality: its history cut to its judging day, the targets
//! in force, trend, verdict, the last target due, and what stands in its
//! coverage cell, as one `Progress` per era.

use std::cell::RefCell;
use std::sync::Arc;

use chrono::NaiveDate;
use rayon::prelude::*;

use crate::figures::{Figures, Past, Progress};
use crate::history::{History, Points};
use crate::model::Model;
use crate::point::{Point, Said, TargetStep};
use crate::progress;
use crate::targets::Targets;
use crate::verdict::{self, Evidence, Outcome};

/// Every locality's figures as of the model's judging day.
pub(crate) fn judge_all(model: &Model) -> Vec<Figures> {
    let targets = Targets::of(model);
    let histories = crate::rollup::Histories::build(model, &model.parents);
    // Each locality is judged on its own: on every core, since `t` and `T`
    // judge the whole dataset again while the official waits for the frame.
    histories
        .0
        .into_par_iter()
        .enumerate()
        .map(|(i, (current, former))| {
            let ceased_on = model.localities.get(i).and_then(|l| l.ceased_on());
            let merged_on = crate::rollup::merger_date(model, i);
            let span = merged_on.map_or(Span::All, Span::Since);
            Figures {
                current: judge(model, &targets, i, current, ceased_on, span),
                former: former.map(|h| {
                    let on = merged_on.or(ceased_on);
                    Box::new(judge(
                        model,
                        &targets,
                        i,
                        h,
                        on,
                        on.map_or(Span::All, Span::Before),
                    ))
                }),
            }
        })
        .collect()
}

/// Which records of a locality a history stands for: all of them, or the
/// territory before or after a merger.
#[derive(Clone, Copy)]
enum Span {
    All,
    Before(NaiveDate),
    Since(NaiveDate),
}

impl Span {
    fn holds(self, d: NaiveDate) -> bool {
        match self {
            Span::All => true,
            Span::Before(on) => d < on,
            Span::Since(on) => d >= on,
        }
    }
}

/// Judges one history as of the unit's judging day: its last day when it
/// ceased (`ceased_on`), else the model's.
fn judge(
    m: &Model,
    targets: &Targets<'_>,
    i: usize,
    history: History,
    ceased_on: Option<NaiveDate>,
    span: Span,
) -> Progress {
    let day = progress::judging_day(m.today, ceased_on);
    let records = m.records(i);
    let kept = history.until(records, day);
    // Judged from its points worked out once, into a buffer each thread
    // keeps (a vector for each of 100,000 units showed in malloc's share
    // of a load); only `kept`, which names most of them by their records,
    // stays to the next load.
    thread_local! {
        static POINTS: RefCell<Vec<Point>> = const { RefCell::new(Vec::new()) };
    }
    POINTS.with(|buffer| {
        // Judging on this thread already (were a core to take another unit
        // while it waits): a vector of its own.
        let mut own = Vec::new();
        let mut borrowed = buffer.try_borrow_mut();
        let points = match borrowed.as_deref_mut() {
            Ok(points) => points,
            Err(_) => &mut own,
        };
        points.clear();
        points.extend(Points::new(&kept, records).iter());
        judge_points(m, targets, i, (kept, points), (day, ceased_on), span)
    })
}

/// `steps` as the list the unit judged before on this thread holds them,
/// when they are the same: units are judged in file order, where
/// neighbours mostly share their targets.
fn shared_steps(steps: Vec<TargetStep>) -> Arc<[TargetStep]> {
    thread_local! {
        static LAST: RefCell<Option<Arc<[TargetStep]>>> = const { RefCell::new(None) };
    }
    LAST.with(|last| {
        let Ok(mut last) = last.try_borrow_mut() else {
            return Arc::from(steps);
        };
        match last.as_ref() {
            Some(shared) if **shared == *steps => Arc::clone(shared),
            _ => {
                let shared: Arc<[TargetStep]> = Arc::from(steps);
                *last = Some(Arc::clone(&shared));
                shared
            }
        }
    })
}

/// `judge` on the history's points, by date, none after `day`.
fn judge_points(
    m: &Model,
    targets: &Targets<'_>,
    i: usize,
    (kept, history): (History, &[Point]),
    (day, ceased_on): (NaiveDate, Option<NaiveDate>),
    span: Span,
) -> Progress {
    let complete = history.iter().rposition(|p| !p.is_partial());
    let latest = complete.or_else(|| history.len().checked_sub(1));
    let target = targets.in_force(m, i, day, false);
    let numeric_target = targets.in_force(m, i, day, true);
    let goal = m.target(numeric_target);
    // Room for every point at once, not grown four times on the way.
    let mut judged: Vec<(NaiveDate, f64)> = Vec::with_capacity(history.len());
    judged.extend(
        history
            .iter()
            .filter(|p| !p.is_partial())
            .map(|p| (p.date, p.coverage)),
    );
    let trend = progress::trend(&judged, day);
    let last = complete.and_then(|k| history.get(k));
    // A stale figure keeps its value but says nothing about how far behind
    // the unit is now: no gap, so it neither leads a list nor a sort.
    let gap = last
        .filter(|p| !progress::is_stale(p.date, day))
        .zip(goal.and_then(|t| t.coverage))
        .map(|(p, g)| p.coverage - g);
    let shown = latest.and_then(|k| history.get(k)).map(|p| p.date);
    // Whatever figure is shown, complete or partial, is marked when old.
    let stale = shown.is_some_and(|d| progress::is_stale(d, day));
    // Words stand in for a figure only where no recent complete figure is
    // there to judge on: a judged figure is never hidden behind words.
    let figure_stands = last.is_some_and(|p| !progress::is_stale(p.date, day));
    let said = m
        .localities
        .get(i)
        .into_iter()
        .filter(|_| !figure_stands)
        .flat_map(|l| l.records.iter().enumerate())
        .filter(|(_, r)| {
            r.date <= day
                && r.known_by(m.today)
                && span.holds(r.date)
                && shown.is_none_or(|s| r.date >= s)
        })
        .filter(|(_, r)| r.coverage_or_ratio().is_none())
        .filter_map(|(record, r)| {
            Some(Said {
                date: r.date,
                words: r.coverage_words()?.to_string(),
                record,
            })
        })
        .max_by_key(|s| s.date)
        .map(Box::new);
    // Words shown in place of a figure are marked when old, as a figure is.
    let stale = said
        .as_ref()
        .map_or(stale, |s| progress::is_stale(s.date, day));
    let evidence = Evidence {
        history,
        trend: trend.as_ref(),
        words: said.as_ref().map(|s| s.date),
    };
    let verdict = verdict::judge(&evidence, goal, day);
    let past = targets.last_passed(m, i, day).map(|t| Past {
        target: t,
        outcome: m.targets.get(t).map_or(
            Outcome::NoFigure {
                from: day,
                until: day,
            },
            |x| verdict::at_due(history, x),
        ),
    });
    let start = history.first().map_or(day, |p| p.date);
    let year_on_year = latest
        .and_then(|k| history.get(k))
        .and_then(|x| crate::period::year_on_year(history, x))
        // Words stand in the coverage cell: a change from a hidden figure
        // would say more than the cell does.
        .filter(|_| said.is_none());
    let issued = target
        .and_then(|t| m.targets.get(t))
        .and_then(|t| t.directive.as_ref())
        .and_then(|d| m.directive(&d.value))
        .map(|d| d.issued);
    let since_directive = issued
        .and_then(|on| match latest.and_then(|k| history.get(k)) {
            Some(x) => crate::period::since(history, x, on),
            None => Some(crate::period::Since::NoFigure),
        })
        .filter(|_| said.is_none());
    let population = m
        .localities
        .get(i)
        .and_then(|l| crate::population::of(l, history, day, m.today, |d| span.holds(d)));
    Progress {
        population,
        target_steps: shared_steps(targets.steps(m, i, start, day)),
        shown: latest.and_then(|k| history.get(k)).copied(),
        history: kept,
        latest: latest.and_then(|k| u32::try_from(k).ok()),
        target,
        numeric_target,
        gap,
        trend,
        year_on_year,
        since_directive,
        projection: verdict.projection,
        status: verdict.status,
        rule: verdict.rule,
        past,
        stale,
        judged_on: day,
        ceased: ceased_on.is_some_and(|c| c <= m.today),
        said,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn step(coverage: f64) -> TargetStep {
        let from = NaiveDate::from_ymd_opt(2025, 10, 3).unwrap_or_default();
        let until = NaiveDate::from_ymd_opt(2026, 12, 31).unwrap_or_default();
        TargetStep {
            target: 0,
            from,
            until,
            coverage,
        }
    }

    #[test]
    fn steps_equal_to_the_last_on_this_thread_are_its_list_and_others_are_their_own() {
        let a = shared_steps(vec![step(95.0)]);
        let again = shared_steps(vec![step(95.0)]);
        assert!(Arc::ptr_eq(&a, &again));
        let other = shared_steps(vec![step(96.0)]);
        assert!(!Arc::ptr_eq(&a, &other));
        assert_eq!(*other, [step(96.0)]);
        // Only the last is kept: the first list, asked for again, is made
        // anew, with the same steps.
        let back = shared_steps(vec![step(95.0)]);
        assert!(!Arc::ptr_eq(&a, &back));
        assert_eq!(*back, *a);
        let none = shared_steps(Vec::new());
        assert!(none.is_empty() && Arc::ptr_eq(&none, &shared_steps(Vec::new())));
    }
}
