//! The json snapshot: the derived figures of the view, for other programs.
//! Its shape is documented in the README.

use serde_json::{Value, json};

use crate::app::{App, Screen};
use crate::model::progress::Projection;
use crate::model::{Era, Model, Progress, Status};

fn status_code(s: Status) -> &'static str {
    match s {
        Status::Achieved => "achieved",
        Status::OnTrack => "on_track",
        Status::AtRisk => "at_risk",
        Status::OffTrack => "off_track",
        Status::TooFewFigures => "too_few_figures",
        Status::Stale => "stale",
        Status::NoTarget => "no_target",
        Status::NoData => "no_data",
    }
}

/// "met", "year" (reached that year on the trend), "passed" (the trend's
/// year has passed without a figure confirming it), or null.
fn projection_code(p: Projection) -> Value {
    match p {
        Projection::Met => json!("met"),
        Projection::Year(_) => json!("year"),
        Projection::Passed(_) => json!("passed"),
        Projection::None => Value::Null,
    }
}

fn target(m: &Model, index: Option<usize>) -> Value {
    match m.target(index) {
        Some(t) => json!({
            "coverage": t.coverage,
            "label": t.label,
            "by": t.by.to_string(),
            "strict": t.strict,
            "directive": m.target_code(t),
        }),
        None => Value::Null,
    }
}

fn figures(m: &Model, i: usize, era: Era) -> Value {
    let (Some(l), Some(p)) = (m.locality(i), m.progress(i, era)) else {
        return Value::Null;
    };
    let latest = p.latest_point();
    json!({
        "id": l.id.value,
        "name": l.name,
        "kind": format!("{:?}", l.kind).to_lowercase(),
        "coverage": latest.map(|x| x.coverage),
        "derived": latest.is_some_and(|x| x.is_derived()),
        "partial": latest.is_some_and(|x| x.is_partial()),
        "latest_date": latest.map(|x| x.date.to_string()),
        "participants": latest.and_then(|x| x.participants),
        "population": latest.and_then(|x| x.population),
        "target": target(m, p.numeric_target),
        "target_in_force": target(m, p.target),
        "gap": p.gap,
        "trend_points_per_year": p.trend.map(|t| t.slope),
        "projected_year": p.projection.year(),
        "projection": projection_code(p.projection),
        "status": status_code(p.status),
        "stale": p.stale,
        "judged_on": p.judged_on.to_string(),
        "ceased": p.ceased,
        "coverage_words": p.said.as_ref().map(|s| json!({
            "date": s.date.to_string(),
            "words": s.words,
        })),
    })
}

fn history(p: &Progress) -> Value {
    p.history
        .iter()
        .map(|x| {
            json!({
                "date": x.date.to_string(),
                "coverage": x.coverage,
                "derived": x.is_derived(),
                "partial": x.is_partial(),
            })
        })
        .collect()
}

pub fn render(app: &App, taken: &str) -> String {
    let m = &app.model;
    let era = match app.era {
        Era::Current => "current",
        Era::Former => "former",
    };
    let mut doc = json!({
        "title": m.meta.title,
        "as_of": m.meta.as_of.to_string(),
        "today": m.today.to_string(),
        "taken": taken,
        "view": super::view_arg(app),
        "provinces": era,
        "sort": format!("{:?}", app.sort).to_lowercase(),
        "descending": app.descending,
        "filter": app.filter.map(status_code),
        "lang": app.lang.code(),
        "nation": figures(m, m.nation, Era::Current),
    });
    let extra = match app.screen {
        Screen::Overview | Screen::Provinces => {
            let counts: serde_json::Map<String, Value> = Status::ALL
                .iter()
                .zip(m.status_counts(app.era))
                .map(|(s, n)| (status_code(*s).to_string(), json!(n)))
                .collect();
            json!({
                "status_counts": counts,
                "localities": app.rows.iter().map(|&i| figures(m, i, app.era)).collect::<Vec<_>>(),
            })
        }
        Screen::Province => match app.province() {
            Some(i) => json!({
                "locality": figures(m, i, app.era),
                "history": m.progress(i, app.era).map(history),
                "units": m.units_of(i, app.era)
                    .into_iter()
                    .map(|(j, _)| figures(m, j, Era::Former))
                    .collect::<Vec<_>>(),
            }),
            None => json!({}),
        },
        Screen::Timeline => json!({
            "milestones": m.milestones.iter().map(|x| json!({
                "date": x.date.to_string(),
                "kind": format!("{:?}", x.kind).to_lowercase(),
                "label": x.label,
                "title": x.title,
                "directive": x.directive.as_ref().and_then(|d| m.directive(&d.value)).map(|d| d.code.clone()),
                "locality": x.locality.as_ref().map(|l| l.value.clone()),
                "source": x.source,
            })).collect::<Vec<_>>(),
        }),
    };
    if let (Value::Object(doc), Value::Object(extra)) = (&mut doc, extra) {
        doc.extend(extra);
    }
    let mut text = serde_json::to_string_pretty(&doc).unwrap_or_default();
    text.push('\n');
    text
}
