//! Every rule of `verdict.rs` with the case that would change if the rule
//! did: each threshold at its edge, each precedence.

use super::*;
use crate::point::{Origin, Rollup};
use crate::progress::trend;
use chrono::Datelike;

fn d(y: i32, m: u32, day: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, day).unwrap()
}

fn target(goal: f64, by: NaiveDate, strict: bool) -> Target {
    Target::of_nation(Some(goal), by, strict)
}

fn own(date: NaiveDate, coverage: f64) -> Point {
    Point {
        date,
        coverage,
        counts: crate::point::Counts::new(None, None, None),
        plan_share: None,
        origin: Origin::Own(0),
        estimate: false,
    }
}

fn partial(date: NaiveDate, coverage: f64) -> Point {
    Point {
        origin: Origin::RolledUp(Rollup::new(1, 2, None, true)),
        ..own(date, coverage)
    }
}

/// Judges `history` against `t` on `day`, with the trend the model would fit.
fn verdict(history: &[Point], t: &Target, day: NaiveDate) -> Verdict {
    let pts: Vec<(NaiveDate, f64)> = history
        .iter()
        .filter(|p| !p.is_partial())
        .map(|p| (p.date, p.coverage))
        .collect();
    let line = trend(&pts, day);
    let evidence = Evidence {
        history,
        trend: line.as_ref(),
        words: None,
    };
    judge(&evidence, Some(t), day)
}

fn fig(date: NaiveDate, coverage: f64) -> Figure {
    Figure {
        date,
        coverage,
        estimate: false,
    }
}

#[test]
fn the_thresholds_are_three_and_twelve_months() {
    assert_eq!(DUE_WINDOW_MONTHS, 3);
    assert_eq!(PROJECTION_HORIZON_MONTHS, 12);
}

#[test]
fn a_passed_target_is_judged_on_the_figure_at_its_date() {
    let t = target(95.0, d(2025, 12, 31), false);
    let h = [own(d(2025, 6, 30), 90.0), own(d(2025, 12, 31), 94.0)];
    assert_eq!(
        at_due(&h, &t),
        Outcome::Missed {
            figure: fig(d(2025, 12, 31), 94.0),
            by: 1.0
        }
    );
    let h = [own(d(2025, 12, 31), 95.0)];
    assert_eq!(at_due(&h, &t), Outcome::Met(fig(d(2025, 12, 31), 95.0)));
    // Judged on its own date, it has passed.
    let v = verdict(&h, &t, d(2025, 12, 31));
    assert_eq!(
        v.rule,
        Rule::AtDue(Outcome::Met(fig(d(2025, 12, 31), 95.0)))
    );
    assert_eq!(v.status, Status::Achieved);
    assert_eq!(v.outcome(), Some(Outcome::Met(fig(d(2025, 12, 31), 95.0))));
    // The day before, it lies ahead.
    let v = verdict(&[own(d(2025, 12, 30), 95.0)], &t, d(2025, 12, 30));
    assert_eq!(v.outcome(), None);
    assert_eq!(
        v.rule,
        Rule::Meets {
            latest: fig(d(2025, 12, 30), 95.0)
        }
    );
}

#[test]
fn the_window_is_three_months_either_side_and_on_or_before_wins() {
    let t = target(95.0, d(2025, 12, 31), false);
    // Three months before the date counts; a day earlier does not.
    let h = [own(d(2025, 9, 30), 96.0)];
    assert_eq!(at_due(&h, &t), Outcome::Met(fig(d(2025, 9, 30), 96.0)));
    let h = [own(d(2025, 9, 29), 96.0)];
    assert_eq!(
        at_due(&h, &t),
        Outcome::NoFigure {
            from: d(2025, 9, 30),
            until: d(2026, 3, 31)
        }
    );
    // Three months after counts; a day later does not.
    let h = [own(d(2026, 3, 31), 96.0)];
    assert_eq!(at_due(&h, &t), Outcome::Met(fig(d(2026, 3, 31), 96.0)));
    let h = [own(d(2026, 4, 1), 96.0)];
    assert!(matches!(at_due(&h, &t), Outcome::NoFigure { .. }));
    // A figure before the date wins over a nearer one after it; of those
    // before, the latest; of those after, the first.
    let h = [
        own(d(2025, 10, 31), 90.0),
        own(d(2025, 11, 30), 91.0),
        own(d(2026, 1, 1), 99.0),
    ];
    assert_eq!(
        at_due(&h, &t),
        Outcome::Missed {
            figure: fig(d(2025, 11, 30), 91.0),
            by: 4.0
        }
    );
    let h = [own(d(2026, 1, 31), 96.0), own(d(2026, 2, 28), 90.0)];
    assert_eq!(at_due(&h, &t), Outcome::Met(fig(d(2026, 1, 31), 96.0)));
}

#[test]
fn a_strict_target_at_its_number_is_missed_by_nothing() {
    let t = target(95.0, d(2026, 12, 31), true);
    let h = [own(d(2026, 12, 31), 95.0)];
    assert_eq!(
        at_due(&h, &t),
        Outcome::Missed {
            figure: fig(d(2026, 12, 31), 95.0),
            by: 0.0
        }
    );
    let h = [own(d(2026, 12, 31), 95.01)];
    assert!(matches!(at_due(&h, &t), Outcome::Met(_)));
}

#[test]
fn only_a_partial_figure_at_the_date_is_its_own_outcome() {
    let t = target(95.0, d(2025, 12, 31), false);
    let h = [partial(d(2025, 12, 31), 96.0)];
    assert_eq!(
        at_due(&h, &t),
        Outcome::PartialOnly(fig(d(2025, 12, 31), 96.0))
    );
    // A complete figure wins over a partial one, even a nearer one.
    let h = [own(d(2025, 10, 31), 94.0), partial(d(2025, 12, 31), 96.0)];
    assert!(matches!(at_due(&h, &t), Outcome::Missed { .. }));
    let v = verdict(&[partial(d(2025, 12, 31), 96.0)], &t, d(2026, 1, 1));
    assert_eq!(v.status, Status::Partial);
}

#[test]
fn a_passed_target_keeps_its_verdict_whatever_came_after() {
    // Met at its date; a stale later view, or words later, change nothing.
    let t = target(90.0, d(2020, 12, 31), false);
    let h = [own(d(2020, 12, 31), 91.0)];
    let v = verdict(&h, &t, d(2026, 12, 6));
    assert_eq!(v.status, Status::Achieved);
    let evidence = Evidence {
        history: &h,
        trend: None,
        words: Some(d(2025, 1, 1)),
    };
    assert_eq!(
        judge(&evidence, Some(&t), d(2026, 12, 6)).status,
        Status::Achieved
    );
}

#[test]
fn outcomes_rank_met_above_missed_and_say_nothing_without_a_figure() {
    let f = fig(d(2025, 12, 31), 96.0);
    assert_eq!(Outcome::Met(f).points(95.0), Some(1.0));
    assert_eq!(
        Outcome::Missed {
            figure: f,
            by: 1.05
        }
        .points(95.0),
        Some(-1.05)
    );
    assert_eq!(Outcome::PartialOnly(f).points(95.0), None);
}

#[test]
fn words_partial_and_nothing_come_before_any_target() {
    let t = target(95.0, d(2026, 12, 31), false);
    let day = d(2026, 6, 30);
    let words = Evidence {
        history: &[],
        trend: None,
        words: Some(d(2025, 12, 31)),
    };
    assert_eq!(
        judge(&words, Some(&t), day).rule,
        Rule::WordsOnly {
            date: d(2025, 12, 31)
        }
    );
    assert_eq!(judge(&words, Some(&t), day).status, Status::InWords);
    let h = [partial(d(2025, 12, 31), 93.5)];
    let v = verdict(&h, &t, day);
    assert_eq!(
        (v.status, v.rule),
        (
            Status::Partial,
            Rule::PartialOnly(fig(d(2025, 12, 31), 93.5))
        )
    );
    let v = verdict(&[], &t, day);
    assert_eq!((v.status, v.rule), (Status::NoData, Rule::NoFigure));
    // No target at all, or one in words: no judgement, and stale first.
    let h = [own(d(2026, 3, 31), 99.0)];
    let none = Evidence {
        history: &h,
        trend: None,
        words: None,
    };
    assert_eq!(judge(&none, None, day).rule, Rule::NoTarget);
    let mut universal = target(95.0, d(2030, 12, 31), false);
    universal.coverage = None;
    assert_eq!(
        judge(&none, Some(&universal), day).rule,
        Rule::TargetInWords
    );
    assert_eq!(judge(&none, Some(&universal), day).status, Status::NoTarget);
    let old = [own(d(2020, 3, 31), 99.0)];
    let old = Evidence {
        history: &old,
        trend: None,
        words: None,
    };
    assert_eq!(judge(&old, None, day).status, Status::Stale);
}

#[test]
fn stale_is_judged_before_the_pace_and_says_its_limit() {
    let t = target(95.0, d(2026, 12, 31), false);
    let day = d(2026, 11, 25);
    let v = verdict(&[own(d(2025, 5, 24), 99.0)], &t, day);
    assert_eq!(
        v.rule,
        Rule::Stale {
            latest: fig(d(2025, 5, 24), 99.0),
            limit: d(2025, 5, 25)
        }
    );
    // A day later the figure is judged: one figure, 19 months before the
    // target's date, cannot say it still holds.
    let v = verdict(&[own(d(2025, 5, 25), 99.0)], &t, day);
    assert_eq!(v.status, Status::NeedsNewer);
}

#[test]
fn on_track_means_the_line_reaches_the_target_by_its_date() {
    // 93 at the end of 2024, 94 at the end of 2025: +1 a year reaches 95
    // at the end of 2026, a day before the target's date or on it.
    let t = target(95.0, d(2026, 12, 31), false);
    let h = [own(d(2024, 12, 31), 93.0), own(d(2025, 12, 31), 94.0)];
    let v = verdict(&h, &t, d(2026, 1, 15));
    assert_eq!(v.status, Status::OnTrack);
    let Rule::Reaches { on, .. } = v.rule else {
        panic!("{:?}", v.rule)
    };
    assert!(on <= t.by && on >= d(2026, 12, 29), "{on}");
    assert_eq!(v.projection, Projection::Year(2026));
    // A target a month earlier is missed, by less than two points: at risk.
    let early = target(95.0, d(2026, 11, 30), false);
    let v = verdict(&h, &early, d(2026, 1, 15));
    assert_eq!(v.status, Status::AtRisk);
    assert!(matches!(v.rule, Rule::Misses { .. }));
}

#[test]
fn a_projection_never_runs_more_than_twelve_months_past_the_latest_figure() {
    // 90 and 92 at the ends of 2024 and 2025: 95 in mid-2027, before a
    // 2028 target but 18 months past the latest figure.
    let t = target(95.0, d(2028, 12, 31), false);
    let h = [own(d(2024, 12, 31), 90.0), own(d(2025, 12, 31), 92.0)];
    let v = verdict(&h, &t, d(2026, 1, 15));
    assert_eq!(v.status, Status::NeedsNewer);
    assert_eq!(v.projection, Projection::None);
    let Rule::BeyondHorizon { horizon, on, .. } = v.rule else {
        panic!("{:?}", v.rule)
    };
    assert_eq!(horizon, d(2026, 12, 31));
    assert_eq!(on.year(), 2027);
    // 93 and 94.5: 95 four months after the latest figure, within it.
    let h = [own(d(2024, 12, 31), 93.0), own(d(2025, 12, 31), 94.5)];
    let v = verdict(&h, &t, d(2026, 1, 15));
    assert_eq!(v.status, Status::OnTrack);
    assert_eq!(v.projection, Projection::Year(2026));
}

#[test]
fn a_missed_date_shows_the_projection_only_within_the_horizon() {
    // Reaching 95 in 2027 against a 2026 target: late; within twelve months
    // of a latest figure at the end of 2026 the year shows, else not.
    let t = target(95.0, d(2026, 12, 31), false);
    let h = [own(d(2025, 6, 30), 93.0), own(d(2026, 6, 30), 94.0)];
    let v = verdict(&h, &t, d(2026, 7, 1));
    assert_eq!(v.status, Status::AtRisk);
    assert_eq!(v.projection, Projection::Year(2027));
    let h = [own(d(2024, 6, 30), 90.0), own(d(2026, 6, 30), 91.0)];
    let v = verdict(&h, &t, d(2026, 7, 1));
    assert_eq!(v.status, Status::OffTrack);
    assert_eq!(v.projection, Projection::None);
    let Rule::Misses { expected, on, .. } = v.rule else {
        panic!("{:?}", v.rule)
    };
    assert!((expected - 91.25).abs() < 0.01, "{expected}");
    assert_eq!(on, None);
}

#[test]
fn at_risk_is_a_miss_of_less_than_two_points_at_the_date() {
    let t = target(95.0, d(2026, 12, 31), false);
    let flat = |c: f64| [own(d(2024, 12, 31), c), own(d(2025, 12, 31), c)];
    let day = d(2026, 1, 15);
    assert_eq!(verdict(&flat(93.5), &t, day).status, Status::AtRisk);
    assert_eq!(verdict(&flat(93.01), &t, day).status, Status::AtRisk);
    assert_eq!(verdict(&flat(93.0), &t, day).status, Status::OffTrack);
    // A flat line at a strict target's number is not above it.
    let strict = target(95.0, d(2026, 12, 31), true);
    let pts = [(d(2024, 12, 31), 95.0), (d(2025, 12, 31), 95.0)];
    let line = trend(&pts, day).unwrap();
    let h = [own(d(2025, 12, 31), 94.9)];
    let evidence = Evidence {
        history: &h,
        trend: Some(&line),
        words: None,
    };
    assert_eq!(judge(&evidence, Some(&strict), day).status, Status::AtRisk);
    // Against a plain target the same line, above the latest figure,
    // reaches it from that figure's date.
    let plain = judge(&evidence, Some(&t), day);
    assert_eq!(plain.status, Status::OnTrack);
    assert_eq!(
        plain.rule,
        Rule::Reaches {
            latest: fig(d(2025, 12, 31), 94.9),
            on: d(2025, 12, 31)
        }
    );
    assert_eq!(plain.projection, Projection::Passed(2025));
}

#[test]
fn met_now_on_a_falling_line_is_at_risk_before_the_date() {
    // Former Hòa Bình: 95.6 in mid-2019... here 96 then 95.5, falling half
    // a point a year, below 95.15 within a year: at risk, not achieved.
    let t = target(95.15, d(2025, 12, 31), false);
    let h = [own(d(2023, 6, 30), 96.0), own(d(2024, 6, 30), 95.5)];
    let v = verdict(&h, &t, d(2024, 7, 1));
    assert_eq!(v.status, Status::AtRisk);
    let Rule::FallsBelow { on, .. } = v.rule else {
        panic!("{:?}", v.rule)
    };
    assert_eq!(on.year(), 2025);
    // Falling past the horizon: a newer figure is needed.
    let h = [own(d(2021, 6, 30), 96.0), own(d(2023, 6, 30), 95.5)];
    let v = verdict(&h, &t, d(2024, 7, 1));
    assert_eq!(v.status, Status::NeedsNewer);
    // Rising, met since the line crossed the target: achieved, however
    // long ago the crossing was.
    let h = [own(d(2023, 6, 30), 94.0), own(d(2024, 6, 30), 96.0)];
    let v = verdict(&h, &t, d(2024, 7, 1));
    assert_eq!(
        (v.status, v.projection),
        (Status::Achieved, Projection::Met)
    );
    // Falling, but only after the target's date: achieved.
    let h = [own(d(2023, 6, 30), 97.0), own(d(2024, 6, 30), 96.9)];
    let v = verdict(&h, &t, d(2024, 7, 1));
    assert_eq!(
        (v.status, v.projection),
        (Status::Achieved, Projection::Met)
    );
    // No line at all: one figure that meets it is enough within twelve
    // months of the target's date, and says nothing further from it.
    let v = verdict(&[own(d(2024, 12, 31), 95.2)], &t, d(2025, 1, 1));
    assert_eq!(v.status, Status::Achieved);
    let v = verdict(&[own(d(2024, 12, 30), 95.2)], &t, d(2025, 1, 1));
    assert_eq!(v.status, Status::NeedsNewer);
    assert_eq!(
        v.rule,
        Rule::MetLongBefore {
            latest: fig(d(2024, 12, 30), 95.2),
            horizon: d(2025, 12, 30)
        }
    );
    // Former Hòa Bình: 95,23 % on 31/12/2023, the only figure of the last
    // five years, judged on its last day against 2025's 95,15 %.
    let v = verdict(&[own(d(2023, 12, 31), 95.23)], &t, d(2025, 6, 30));
    assert_eq!(v.status, Status::NeedsNewer);
}

#[test]
fn below_the_target_with_no_line_is_too_few_figures() {
    let t = target(95.0, d(2026, 12, 31), false);
    let v = verdict(&[own(d(2026, 6, 30), 90.0)], &t, d(2026, 7, 1));
    assert_eq!(
        v.rule,
        Rule::TooFew {
            latest: fig(d(2026, 6, 30), 90.0)
        }
    );
    assert_eq!(v.status, Status::TooFewFigures);
}

#[test]
fn a_projection_before_the_day_has_passed_and_on_it_has_not() {
    // 93 on 1 January 2023, 94 a year later: 95 on 1 January 2025.
    let t = target(95.0, d(2026, 12, 31), false);
    let h = [own(d(2023, 1, 1), 93.0), own(d(2024, 1, 1), 94.0)];
    assert_eq!(
        verdict(&h, &t, d(2025, 1, 1)).projection,
        Projection::Year(2025)
    );
    assert_eq!(
        verdict(&h, &t, d(2025, 1, 2)).projection,
        Projection::Passed(2025)
    );
}

#[test]
fn a_fractional_year_is_a_day() {
    assert_eq!(date_of(2025.0), Some(d(2025, 1, 1)));
    assert_eq!(date_of(2025.5), Some(d(2025, 7, 2)));
    assert_eq!(date_of(2024.999), Some(d(2024, 12, 31)));
    assert_eq!(date_of(f64::NAN), None);
    assert_eq!(date_of(10_000.0), None);
    assert_eq!(date_of(0.5), None);
}

mod properties {
    use super::*;
    use proptest::prelude::*;

    /// A history of complete figures, some days apart, judged on a day
    /// after the last, against a target due after or before that day.
    fn case() -> impl Strategy<Value = (Vec<Point>, Target, NaiveDate)> {
        (
            prop::collection::vec((0u32..400, 60.0f64..100.0), 1..7),
            80.0f64..100.0,
            any::<bool>(),
            0u32..1500,
            0u32..2000,
        )
            .prop_map(|(steps, goal, strict, due_after, day_after)| {
                let mut date = d(2020, 1, 1);
                let mut history = Vec::new();
                for (gap, coverage) in steps {
                    date = date + chrono::Days::new(u64::from(gap) + 1);
                    history.push(own(date, coverage));
                }
                let day = date + chrono::Days::new(u64::from(day_after));
                let due = d(2020, 1, 1) + chrono::Days::new(u64::from(due_after) * 2);
                (history, target(goal, due, strict), day)
            })
    }

    proptest! {
        #[test]
        fn on_track_never_projects_past_the_due_date((history, t, day) in case()) {
            let v = verdict(&history, &t, day);
            if v.status == Status::OnTrack {
                let Rule::Reaches { on, .. } = v.rule else {
                    panic!("on track from {:?}", v.rule)
                };
                prop_assert!(on <= t.by);
                prop_assert!(v.projection.year().is_some_and(|y| y <= t.by.year()));
            }
        }

        #[test]
        fn achieved_means_the_figure_meets_the_target((history, t, day) in case()) {
            let v = verdict(&history, &t, day);
            if v.status == Status::NeedsNewer {
                let beyond = matches!(
                    v.rule,
                    Rule::MetLongBefore { .. } | Rule::BeyondHorizon { .. }
                );
                prop_assert!(beyond, "needs newer from {:?}", v.rule);
            }
            if v.status == Status::Achieved {
                let figure = match v.rule {
                    Rule::Meets { latest } => latest,
                    Rule::AtDue(Outcome::Met(f)) => f,
                    other => panic!("achieved from {other:?}"),
                };
                prop_assert!(t.is_met_by(figure.coverage));
            }
        }

        #[test]
        fn a_projection_stays_within_twelve_months_of_the_latest_figure(
            (history, t, day) in case()
        ) {
            let v = verdict(&history, &t, day);
            let latest = history.last().map(|p| p.date).unwrap_or(day);
            let horizon = latest.checked_add_months(Months::new(PROJECTION_HORIZON_MONTHS));
            if let (Some(y), Some(h)) = (v.projection.year(), horizon) {
                prop_assert!(y <= h.year());
            }
        }
    }
}

fn estimate(date: NaiveDate, coverage: f64) -> Point {
    Point {
        estimate: true,
        ..own(date, coverage)
    }
}

fn est(date: NaiveDate, coverage: f64) -> Figure {
    Figure {
        estimate: true,
        ..fig(date, coverage)
    }
}

#[test]
fn an_estimate_at_or_above_a_passed_target_is_estimated_never_met() {
    let t = target(95.0, d(2025, 12, 31), false);
    for coverage in [95.0, 95.01, 99.0] {
        let h = [estimate(d(2025, 12, 31), coverage)];
        let v = verdict(&h, &t, d(2026, 2, 1));
        assert_eq!(
            v.rule,
            Rule::AtDue(Outcome::Estimated(est(d(2025, 12, 31), coverage)))
        );
        assert_eq!(v.status, Status::NeedsNewer);
        assert_eq!(v.projection, Projection::None);
        // Neither met nor missed: not ranked with those that were.
        assert_eq!(
            Outcome::Estimated(est(d(2025, 12, 31), coverage)).points(95.0),
            None
        );
    }
    // Below the target, an estimate is missed, and says it is an estimate.
    let h = [estimate(d(2025, 12, 31), 94.99)];
    assert!(matches!(
        at_due(&h, &t),
        Outcome::Missed { figure, .. } if figure.estimate
    ));
    // A strict target: an estimate at its number does not reach it.
    let strict = target(95.0, d(2025, 12, 31), true);
    let h = [estimate(d(2025, 12, 31), 95.0)];
    assert!(matches!(at_due(&h, &strict), Outcome::Missed { .. }));
    let h = [estimate(d(2025, 12, 31), 95.01)];
    assert!(matches!(at_due(&h, &strict), Outcome::Estimated(_)));
}

#[test]
fn an_official_figure_at_the_same_date_is_met_where_the_estimate_was_not() {
    let t = target(95.0, d(2025, 12, 31), false);
    let h = [own(d(2025, 12, 31), 95.0)];
    assert_eq!(at_due(&h, &t), Outcome::Met(fig(d(2025, 12, 31), 95.0)));
}

#[test]
fn an_estimate_meeting_a_target_ahead_is_on_track_not_achieved() {
    let t = target(95.0, d(2026, 12, 31), false);
    for coverage in [95.0, 96.5] {
        let h = [estimate(d(2026, 6, 30), coverage)];
        let v = verdict(&h, &t, d(2026, 7, 1));
        assert_eq!(
            v,
            Verdict {
                status: Status::OnTrack,
                projection: Projection::None,
                rule: Rule::EstimateMeets {
                    latest: est(d(2026, 6, 30), coverage)
                },
            }
        );
    }
    // With a rising trend under it too.
    let h = [
        own(d(2025, 6, 30), 93.0),
        own(d(2025, 12, 31), 94.0),
        estimate(d(2026, 6, 30), 95.2),
    ];
    let v = verdict(&h, &t, d(2026, 7, 1));
    assert_eq!(v.status, Status::OnTrack);
    assert!(matches!(v.rule, Rule::EstimateMeets { latest } if latest.estimate));
    // The same figure, official, is achieved.
    let v = verdict(&[own(d(2026, 6, 30), 95.0)], &t, d(2026, 7, 1));
    assert_eq!(v.status, Status::Achieved);
}
