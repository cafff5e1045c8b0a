//! Every target of a unit with its verdict, as lines a screen or an export
//! writes: one line per year a target is due, each target of that year with
//! its own verdict, so a projection always sits beside the target it
//! reaches.

use chrono::{Datelike, NaiveDate};

use super::figure::target_figure;
use super::value::projected;
use crate::text::{self, Lang};
use tiendo_model::progress::Projection;
use tiendo_model::verdict::{Outcome, Verdict};
use tiendo_model::{Era, Model, Status};

/// One target and what became of it.
#[derive(Clone, Debug, PartialEq)]
pub struct Judged {
    /// `95,15 % (546/QĐ-TTg)`.
    pub target: String,
    /// `✓ đạt (+0,05)`, `● Đúng tiến độ · dự kiến >95 % vào 2026`.
    pub verdict: String,
    /// For its colour: the outcome as a status.
    pub status: Status,
}

/// The targets due one year.
#[derive(Clone, Debug, PartialEq)]
pub struct YearLine {
    pub due: NaiveDate,
    /// The date has passed: met or missed.
    pub passed: bool,
    /// `Mục tiêu 2025`.
    pub heading: String,
    pub targets: Vec<Judged>,
    /// For a passed year, the figure judged on: `95,20 % ngày 31/12/2025`.
    pub figure: Option<String>,
}

/// Every target of unit `i` in `era`, a line per year, earliest first.
pub fn year_lines(m: &Model, i: usize, era: Era, lang: Lang) -> Vec<YearLine> {
    let mut out: Vec<YearLine> = Vec::new();
    for (t, v) in m.verdicts(i, era) {
        let Some(target) = m.targets.get(t) else {
            continue;
        };
        let words = match m.target_code(target) {
            Some(code) => format!("{} ({code})", target_figure(target, lang)),
            None => target_figure(target, lang),
        };
        let judged = Judged {
            target: words,
            verdict: verdict_words(&v, target.coverage.map(|c| (c, target.strict)), lang),
            status: v.status,
        };
        let figure = v.outcome().and_then(|o| match o {
            Outcome::Met(f)
            | Outcome::Estimated(f)
            | Outcome::Missed { figure: f, .. }
            | Outcome::PartialOnly(f) => Some(format!(
                "{}{} {} {}",
                super::value::estimate_mark(f.estimate),
                text::percent(lang, f.coverage, 2),
                text::verdict_words(lang).on_day,
                text::date(lang, f.date)
            )),
            Outcome::NoFigure { .. } => None,
        });
        match out.last_mut() {
            Some(line) if line.due.year() == target.by.year() => {
                line.targets.push(judged);
                line.figure = line.figure.take().or(figure);
            }
            _ => out.push(YearLine {
                due: target.by,
                passed: v.outcome().is_some(),
                heading: format!("{} {}", text::words(lang).target, target.by.year()),
                targets: vec![judged],
                figure,
            }),
        }
    }
    out
}

/// A verdict in a few words: `✓ đạt (+0,05)`, `✗ không đạt (−1,05)`, or
/// the status with the projection naming its target.
pub fn verdict_words(v: &Verdict, target: Option<(f64, bool)>, lang: Lang) -> String {
    let w = text::verdict_words(lang);
    if let Some(outcome) = v.outcome() {
        let goal = target.map_or(0.0, |(c, _)| c);
        return match outcome {
            Outcome::Met(f) => format!("✓ {} ({})", w.met, text::points(lang, f.coverage - goal)),
            Outcome::Missed { by, .. } => {
                format!("✗ {} ({})", w.missed, text::points(lang, -by))
            }
            Outcome::Estimated(_) => format!("≈ {}", w.estimated_long),
            Outcome::PartialOnly(_) => format!("~ {}", w.partial_long),
            Outcome::NoFigure { .. } => format!("· {}", w.no_figure_long),
        };
    }
    if target.is_none() && v.status == Status::NoTarget {
        return w.in_words.to_string();
    }
    let status = text::status_label(lang, v.status);
    match v.projection {
        Projection::Year(_) | Projection::Passed(_) => format!(
            "{status} · {} {}",
            text::words(lang).projected.to_lowercase(),
            projected(v.projection, target, lang)
        ),
        _ => status,
    }
}

/// One target in a few words for a narrow list: `2025  95,15 %  ✗ −1,05`.
pub fn target_row(m: &Model, t: usize, v: &Verdict, lang: Lang) -> Option<(String, String)> {
    let target = m.targets.get(t)?;
    let w = text::verdict_words(lang);
    let number = match target.coverage {
        Some(c) => super::value::target_number(lang, c, target.strict),
        None => target_figure(target, lang),
    };
    let head = format!("{} {number}", target.by.year());
    let said = match (v.outcome(), target.coverage) {
        (Some(Outcome::Met(f)), Some(goal)) => {
            format!("✓ {}", text::points(lang, f.coverage - goal))
        }
        (Some(Outcome::Missed { by, .. }), _) => format!("✗ {}", text::points(lang, -by)),
        (Some(Outcome::PartialOnly(_)), _) => format!("~ {}", w.partial_short),
        (Some(Outcome::Estimated(_)), _) => format!("≈ {}", w.estimated_short),
        (Some(_), _) => format!("· {}", w.no_figure_short),
        (None, None) => "—".to_string(),
        (None, Some(_)) => text::status_label(lang, v.status),
    };
    Some((head, said))
}
