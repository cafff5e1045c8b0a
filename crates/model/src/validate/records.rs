//! A locality's records: figures that agree, none dated or
//! published in the future nor published before their date, and the latest
//! not stale.

use chrono::NaiveDate;

use super::Sink;
use crate::problem::Figure;
use crate::progress;

pub(super) fn check_records(
    sink: &mut Sink<'_>,
    l: &crate::schema::Locality,
    as_of: NaiveDate,
    judging: Option<super::Judging>,
) {
    let id = &l.id.value;
    let today = judging.map(|j| j.refuse_after);
    // Two records for one date are told where the files are merged (see
    // `load::replace`).
    for r in &l.records {
        if let (Some(p), Some(n)) = (r.participants(), r.population())
            && p > n
        {
            sink.error(
                r.at,
                Figure::ParticipantsOverPopulation {
                    id: id.clone(),
                    participants: p,
                    population: n,
                },
            );
        }
        if let (Some(c), Some(ratio)) = (r.coverage(), r.ratio())
            && crate::agreement::disagrees(c, ratio)
        {
            sink.warn(
                r.at,
                Figure::CoverageDisagrees {
                    id: id.clone(),
                    date: r.date,
                    coverage: c,
                    ratio,
                },
            );
        }
        if let Some((stated, counted)) = crate::plan::disagreement(r) {
            sink.warn(
                r.at,
                Figure::PlanPercentDisagrees {
                    id: id.clone(),
                    date: r.date,
                    stated,
                    counted,
                },
            );
        }
    }
    for r in &l.records {
        check_published(sink, id, r, today);
    }
    let day = judging.map_or(as_of, |j| j.day);
    let dated = l
        .records
        .iter()
        .map(|r| (r.date, r.at))
        .chain(l.population.iter().map(|p| (p.date, p.at)));
    for (date, at) in dated {
        if let Some(today) = today
            && date > today
        {
            sink.error(
                at,
                Figure::Future {
                    id: id.clone(),
                    date,
                    today,
                },
            );
        } else if date > as_of {
            sink.warn(
                at,
                Figure::AfterAsOf {
                    id: id.clone(),
                    date,
                    as_of,
                },
            );
        }
    }
    let reference = progress::judging_day(day, l.ceased_on());
    let latest = l
        .records
        .iter()
        .filter(|r| r.date <= reference && r.coverage_or_ratio().is_some())
        .max_by_key(|r| r.date);
    if let Some(latest) = latest
        && progress::is_stale(latest.date, reference)
    {
        sink.warn(
            latest.at,
            Figure::Stale {
                id: id.clone(),
                date: latest.date,
                months: progress::STALE_MONTHS,
                reference,
            },
        );
    }
}

/// A figure is made public on or after the day it refers to, and never
/// after today: either mistake would move it in or out of every as-of view.
fn check_published(
    sink: &mut Sink<'_>,
    id: &str,
    r: &crate::schema::Record,
    today: Option<NaiveDate>,
) {
    let (Some(published), date) = (r.published(), r.date) else {
        return;
    };
    if published < date {
        sink.error(
            r.at,
            Figure::PublishedBefore {
                id: id.to_string(),
                date,
                published,
            },
        );
    } else if let Some(today) = today
        && published > today
    {
        sink.error(
            r.at,
            Figure::PublishedFuture {
                id: id.to_string(),
                date,
                published,
                today,
            },
        );
    }
}
