//! A target whose date lies ahead: the pace of the trend against it.

use chrono::{Datelike, Months, NaiveDate};

use super::*;

/// A target whose date lies ahead, judged on the latest figure and the
/// trend, never further than the horizon past the latest figure.
pub(super) fn ahead(
    latest: Figure,
    trend: Option<&Trend>,
    target: &Target,
    goal: f64,
    day: NaiveDate,
) -> Verdict {
    let due = target.by;
    let horizon = latest
        .date
        .checked_add_months(Months::new(PROJECTION_HORIZON_MONTHS))
        .unwrap_or(latest.date);
    let projected = |on: NaiveDate| {
        if on < day {
            Projection::Passed(on.year())
        } else {
            Projection::Year(on.year())
        }
    };
    if target.is_met_by(latest.coverage) {
        let falls = trend
            .filter(|t| t.slope < -1e-9)
            .and_then(|t| crossing(t, goal))
            .map(|on| on.max(latest.date))
            .filter(|on| *on <= due);
        return match falls {
            Some(on) if on <= horizon => Verdict {
                status: Status::AtRisk,
                projection: Projection::None,
                rule: Rule::FallsBelow { latest, on },
            },
            Some(on) => Verdict::of(
                Status::NeedsNewer,
                Rule::BeyondHorizon {
                    latest,
                    on,
                    horizon,
                },
            ),
            None if trend.is_none() && due > horizon => {
                Verdict::of(Status::NeedsNewer, Rule::MetLongBefore { latest, horizon })
            }
            None if latest.estimate => Verdict {
                status: Status::OnTrack,
                projection: Projection::None,
                rule: Rule::EstimateMeets { latest },
            },
            None => Verdict {
                status: Status::Achieved,
                projection: Projection::Met,
                rule: Rule::Meets { latest },
            },
        };
    }
    let Some(t) = trend else {
        return Verdict::of(Status::TooFewFigures, Rule::TooFew { latest });
    };
    // The line may stand above the latest figure already: it then
    // reaches the target from that figure's date.
    let reaches = if target.is_met_by(t.at(year_fraction(latest.date))) {
        Some(latest.date)
    } else if t.slope > 1e-9 {
        crossing(t, goal).map(|on| on.max(latest.date))
    } else {
        None
    };
    match reaches {
        Some(on) if on <= due && on <= horizon => Verdict {
            status: Status::OnTrack,
            projection: projected(on),
            rule: Rule::Reaches { latest, on },
        },
        Some(on) if on <= due => Verdict::of(
            Status::NeedsNewer,
            Rule::BeyondHorizon {
                latest,
                on,
                horizon,
            },
        ),
        _ => {
            let expected = t.at(year_fraction(due));
            let status = if goal - expected < AT_RISK_POINTS {
                Status::AtRisk
            } else {
                Status::OffTrack
            };
            let on = reaches.filter(|on| *on <= horizon);
            Verdict {
                status,
                projection: on.map_or(Projection::None, projected),
                rule: Rule::Misses {
                    latest,
                    expected,
                    on,
                },
            }
        }
    }
}
