//! json's `reason` and `targets`: what decided each verdict, as a code
//! with the numbers it holds and as the sentence the `w` panel shows.

use chrono::Datelike;
use serde::Serialize;

use crate::model::progress::{AT_RISK_POINTS, STALE_MONTHS};
use crate::model::schema::Target;
use crate::model::verdict::{
    DUE_WINDOW_MONTHS, Figure, Outcome, PROJECTION_HORIZON_MONTHS, Rule, Verdict,
};
use crate::model::{Era, Model, Progress};
use crate::present::{self, reason, round2};
use crate::text::Lang;

#[derive(Serialize)]
pub struct FigureFacts {
    date: String,
    coverage: f64,
    /// Only on an estimate (`ước thực hiện`).
    #[serde(skip_serializing_if = "std::ops::Not::not")]
    estimate: bool,
}

#[derive(Serialize)]
pub struct TrendFacts {
    points_per_year: f64,
    first: String,
    last: String,
    points: usize,
}

/// A rule: its code, the numbers it holds (only those), and its sentence
/// in the run's language.
#[derive(Default, Serialize)]
pub struct Reason {
    kind: &'static str,
    #[serde(skip_serializing_if = "Option::is_none")]
    outcome: Option<&'static str>,
    #[serde(skip_serializing_if = "Option::is_none")]
    figure: Option<FigureFacts>,
    #[serde(skip_serializing_if = "Option::is_none")]
    date: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    on: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    limit: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    limit_months: Option<u32>,
    #[serde(skip_serializing_if = "Option::is_none")]
    expected: Option<f64>,
    #[serde(skip_serializing_if = "Option::is_none")]
    points: Option<f64>,
    #[serde(skip_serializing_if = "Option::is_none")]
    at_risk_points: Option<f64>,
    #[serde(skip_serializing_if = "Option::is_none")]
    from: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    until: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    trend: Option<TrendFacts>,
    text: String,
}

fn figure(f: Figure) -> Option<FigureFacts> {
    Some(FigureFacts {
        date: f.date.to_string(),
        coverage: round2(f.coverage),
        estimate: f.estimate,
    })
}

/// The facts of a verdict on `target` for a unit judged as `p`.
fn reason(p: &Progress, target: Option<&Target>, v: &Verdict, lang: Lang) -> Reason {
    let mut r = Reason {
        kind: reason::rule_code(&v.rule),
        text: reason::sentence(p, target, v, lang),
        ..Reason::default()
    };
    let goal = target.and_then(|t| t.coverage);
    let trend = || {
        p.trend.as_ref().map(|t| TrendFacts {
            points_per_year: round2(t.slope),
            first: t.first.to_string(),
            last: t.last.to_string(),
            points: t.points,
        })
    };
    match v.rule {
        Rule::NoFigure | Rule::NoTarget | Rule::TargetInWords => {}
        Rule::WordsOnly { date } => r.date = Some(date.to_string()),
        Rule::PartialOnly(f) => r.figure = figure(f),
        Rule::Stale { latest, limit } => {
            r.figure = figure(latest);
            r.limit = Some(limit.to_string());
            r.limit_months = Some(STALE_MONTHS);
        }
        Rule::AtDue(o) => {
            r.outcome = Some(reason::outcome_code(&o));
            r.limit_months = Some(DUE_WINDOW_MONTHS);
            match o {
                Outcome::Met(f) | Outcome::Estimated(f) => {
                    r.figure = figure(f);
                    r.points = goal.map(|g| round2(f.coverage - g));
                }
                Outcome::Missed { figure: f, by } => {
                    r.figure = figure(f);
                    r.points = Some(round2(-by));
                }
                Outcome::PartialOnly(f) => r.figure = figure(f),
                Outcome::NoFigure { from, until } => {
                    r.from = Some(from.to_string());
                    r.until = Some(until.to_string());
                }
            }
        }
        Rule::Meets { latest } | Rule::EstimateMeets { latest } => {
            r.figure = figure(latest);
            r.trend = trend();
        }
        Rule::TooFew { latest } => r.figure = figure(latest),
        Rule::MetLongBefore { latest, horizon } => {
            r.figure = figure(latest);
            r.limit = Some(horizon.to_string());
            r.limit_months = Some(PROJECTION_HORIZON_MONTHS);
        }
        Rule::FallsBelow { latest, on } | Rule::Reaches { latest, on } => {
            r.figure = figure(latest);
            r.on = Some(on.to_string());
            r.trend = trend();
        }
        Rule::BeyondHorizon {
            latest,
            on,
            horizon,
        } => {
            r.figure = figure(latest);
            r.on = Some(on.to_string());
            r.limit = Some(horizon.to_string());
            r.limit_months = Some(PROJECTION_HORIZON_MONTHS);
            r.trend = trend();
        }
        Rule::Misses {
            latest,
            expected,
            on,
        } => {
            r.figure = figure(latest);
            r.expected = Some(round2(expected));
            r.points = goal.map(|g| round2(expected - g));
            r.at_risk_points = Some(AT_RISK_POINTS);
            r.on = on.map(|d| d.to_string());
            r.trend = trend();
        }
    }
    r
}

/// The reason of the verdict on unit `i`'s target in force.
pub fn of_unit(m: &Model, i: usize, era: Era, lang: Lang) -> Option<Reason> {
    let p = m.progress(i, era)?;
    let v = Verdict {
        status: p.status,
        projection: p.projection,
        rule: p.rule,
    };
    Some(reason(p, m.target(p.numeric_target), &v, lang))
}

/// One target that applies, with its verdict.
#[derive(Serialize)]
pub struct TargetVerdict<'a> {
    year: i32,
    by: String,
    coverage: Option<f64>,
    label: Option<&'a str>,
    strict: bool,
    directive: Option<&'a str>,
    status: &'static str,
    /// For a target whose date has passed: met, missed, partial_only or
    /// no_figure.
    outcome: Option<&'static str>,
    reason: Reason,
}

/// Every target that applies to unit `i`, by date, each with its verdict.
pub fn targets(m: &Model, i: usize, era: Era, lang: Lang) -> Vec<TargetVerdict<'_>> {
    let Some(p) = m.progress(i, era) else {
        return Vec::new();
    };
    m.verdicts(i, era)
        .into_iter()
        .filter_map(|(t, v)| {
            let target = m.targets.get(t)?;
            Some(TargetVerdict {
                year: target.by.year(),
                by: target.by.to_string(),
                coverage: target.coverage.map(round2),
                label: target.label.as_deref(),
                strict: target.strict,
                directive: m.target_code(target),
                status: present::status_code(v.status),
                outcome: v.outcome().map(|o| reason::outcome_code(&o)),
                reason: reason(p, Some(target), &v, lang),
            })
        })
        .collect()
}
