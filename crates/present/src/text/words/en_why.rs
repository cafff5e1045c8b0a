//! The English words of a verdict's reasons.

use super::why::WhyWords;

pub const WHY_EN: WhyWords = WhyWords {
    title: "Why",
    heading: "Why: the reasons for the verdict",
    verdict: "Verdict",
    figures_used: "Figures used",
    no_figures_used: "no figure",
    last_passed: "Last target past its due date",
    none_passed: "no target has passed its due date yet",
    every_target: "Every target",
    no_targets: "no target applies",
    strict_goal: |n| format!(">{n}"),
    target_line: |goal, strict, due, code| {
        let rule = if strict {
            "met only above it"
        } else {
            "met at it or above"
        };
        let doc = code.map_or("no document named".to_string(), |c| format!("set by {c}"));
        format!("Target: {goal} ({rule}), due {due}, {doc}")
    },
    target_short: |goal, due, code| match code {
        Some(c) => format!("{goal}, due {due}, set by {c}"),
        None => format!("{goal}, due {due}"),
    },
    target_words_line: |goal, due, code| {
        let doc = code.map_or("no document named".to_string(), |c| format!("set by {c}"));
        format!("Target: {goal} (in words, no number), due {due}, {doc}")
    },
    trend_line: |slope, first, last, points| {
        format!("Trend: {slope} points/year, from {first} to {last}, {points} figures")
    },
    no_trend_line: |_, l| {
        format!(
            "Trend: none (it needs at least two figures {} months apart in the last {} years)",
            l.trend_min_months, l.trend_years
        )
    },
    figure_line: |date, figure, source| format!("{date} · {figure} · source: {source}"),
    no_figure: |f, _| format!("no figure up to {} → no data", f.day),
    words_only: |f, _| {
        format!(
            "the source of {} gives coverage only in words ({}), later than any figure → approximate, pace not judged",
            f.date, f.words
        )
    },
    partial_only: |f, _| {
        format!(
            "only a partial figure, {} on {}, which stands for part of the unit → partial figure, pace not judged",
            f.figure, f.date
        )
    },
    stale: |f, l| {
        format!(
            "the latest figure, {} on {}, is more than {} months old (before {}) → stale, pace not judged",
            f.figure, f.date, l.stale_months, f.limit
        )
    },
    no_target: |f, _| format!("no numeric target in force after {} → no target", f.day),
    target_in_words: |f, _| {
        format!(
            "the target {} due {} is in words only, with no number to measure against → pace not judged",
            f.goal, f.due
        )
    },
    met: |f, l| {
        format!(
            "the figure nearest the due date {} within {} months is {} on {}, meeting {} ({} points over) → met",
            f.due, l.window_months, f.figure, f.date, f.goal, f.points
        )
    },
    missed: |f, l| {
        format!(
            "the figure nearest the due date {} within {} months is {} on {}, {} points short of {} → missed",
            f.due, l.window_months, f.figure, f.date, f.points, f.goal
        )
    },
    partial_at_due: |f, l| {
        format!(
            "within {} months of the due date {} there is only a partial figure, {} on {} → neither met nor missed can be said",
            l.window_months, f.due, f.figure, f.date
        )
    },
    no_figure_at_due: |f, l| {
        format!(
            "no figure between {} and {} ({} months either side of the due date {}) → no figure at the due date",
            f.from, f.until, l.window_months, f.due
        )
    },
    estimated_at_due: |f, l| {
        format!(
            "the figure nearest the due date {} within {} months is an estimate, {} on {}, reaching {} → estimated to meet, awaiting the official figure before it can be called met",
            f.due, l.window_months, f.figure, f.date, f.goal
        )
    },
    meets: |f, _| {
        format!(
            "the latest figure, {} on {}, meets {}, and the trend does not fall below it before the due date {} → achieved",
            f.figure, f.date, f.goal, f.due
        )
    },
    estimate_meets: |f, _| {
        format!(
            "the latest figure is an estimate, {} on {}, reaching {} due {} → estimated to meet, awaiting the official figure; not counted as achieved",
            f.figure, f.date, f.goal, f.due
        )
    },
    falls_below: |f, _| {
        format!(
            "the latest figure, {} on {}, meets {}, but the trend {} points/year falls below it on {}, before the due date {} → at risk",
            f.figure, f.date, f.goal, f.slope, f.on, f.due
        )
    },
    met_long_before: |f, l| {
        format!(
            "the latest figure, {} on {}, meets {}, but there is no trend, and the due date {} is more than {} months past that figure (after {}) → needs a newer figure",
            f.figure, f.date, f.goal, f.due, l.horizon_months, f.limit
        )
    },
    too_few: |f, l| {
        format!(
            "the latest figure, {} on {}, is below {}; no trend, as there are no two figures {} months apart in the last {} years → too few figures",
            f.figure, f.date, f.goal, l.trend_min_months, l.trend_years
        )
    },
    reaches: |f, _| {
        format!(
            "trend {} points/year reaches {} on {}, before the due date {} → on track",
            f.slope, f.goal, f.on, f.due
        )
    },
    beyond_horizon: |f, l| {
        format!(
            "trend {} points/year reaches {} on {}, before the due date {}, but more than {} months past the latest figure of {} (after {}) → needs a newer figure",
            f.slope, f.goal, f.on, f.due, l.horizon_months, f.date, f.limit
        )
    },
    falls_beyond_horizon: |f, l| {
        format!(
            "the latest figure, {} on {}, meets {}; the trend {} points/year falls below it on {}, before the due date {}, but more than {} months past that figure (after {}) → needs a newer figure",
            f.figure, f.date, f.goal, f.slope, f.on, f.due, l.horizon_months, f.limit
        )
    },
    misses: |f, l| {
        let gap = if f.near {
            format!("under the {}-point threshold", l.at_risk_points)
        } else {
            format!("{} points or more", l.at_risk_points)
        };
        let later = if f.on.is_empty() {
            String::new()
        } else {
            format!(", reaching it on {}", f.on)
        };
        format!(
            "trend {} points/year stands at {} at the due date {}, {} points short of {} ({gap}){later} → {}",
            f.slope, f.expected, f.due, f.points, f.goal, f.status
        )
    },
    met_short: |figure| format!("✓ met ({figure})"),
    missed_short: |points, figure| format!("✗ missed by {points} points ({figure})"),
    estimated_short: |figure| {
        format!("≈ estimated to meet, awaiting the official figure ({figure})")
    },
    partial_short: "~ only a partial figure at the due date",
    no_figure_short: "· no figure at the due date",
    reaches_short: |on| format!("reaches it on {on}"),
};
