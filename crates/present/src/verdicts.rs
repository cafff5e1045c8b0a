//! Every target of a unit with its verdict, as lines a screen or an export
//! writes: one line per year a target is due, each target of that year with
//! its own verdict, so a projection always sits beside the target it
//! reaches.

use chrono::{Datelike, NaiveDate};

use super::figure::target_figure;
use super::value::projected_long;
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
    /// The verdict without its projection, where the whole does not fit:
    /// `● Đúng tiến độ`; a passed target's is its whole verdict.
    pub short: String,
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
        let goal = target.coverage.map(|c| (c, target.strict));
        let judged = Judged {
            target: words,
            verdict: verdict_words(&v, goal, lang),
            short: verdict_short(&v, goal, lang),
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
    // A year already past says so: `● Đúng tiến độ · dự kiến 90,70 % vào
    // 2019` read on 1 January 2020, beside a 2019 figure of 90 %, would
    // promise what the figures did not show.
    match v.projection {
        Projection::Year(_) | Projection::Passed(_) => format!(
            "{status} · {} {}",
            text::words(lang).projected.to_lowercase(),
            projected_long(v.projection, target, lang)
        ),
        _ => status,
    }
}

/// `verdict_words` without the projection: the status alone, or a passed
/// target's outcome.
pub fn verdict_short(v: &Verdict, target: Option<(f64, bool)>, lang: Lang) -> String {
    match v.projection {
        Projection::Year(_) | Projection::Passed(_) => text::status_label(lang, v.status),
        _ => verdict_words(v, target, lang),
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

#[cfg(test)]
mod tests {
    use super::*;
    use tiendo_model::verdict::{Figure, Rule};

    fn on_track(projection: Projection) -> Verdict {
        let day = |y, m, d| NaiveDate::from_ymd_opt(y, m, d).unwrap_or_default();
        let latest = Figure {
            date: day(2019, 12, 31),
            coverage: 90.0,
            estimate: false,
        };
        Verdict {
            status: Status::OnTrack,
            projection,
            rule: Rule::Reaches {
                latest,
                on: day(2019, 12, 31),
            },
        }
    }

    /// A projected year still ahead is said as it is; one already past
    /// says that no figure confirms it.
    #[test]
    fn a_projection_already_past_says_so_beside_its_verdict() {
        let target = Some((90.7, false));
        assert_eq!(
            verdict_words(&on_track(Projection::Year(2020)), target, Lang::Vi),
            "● Đúng tiến độ · dự kiến đạt 90,70 % vào 2020"
        );
        assert_eq!(
            verdict_words(&on_track(Projection::Passed(2019)), target, Lang::Vi),
            "● Đúng tiến độ · dự kiến đạt 90,70 % vào 2019, đã qua mà chưa có số liệu xác nhận"
        );
        assert_eq!(
            verdict_words(&on_track(Projection::Passed(2019)), target, Lang::En),
            "● On track · projected to reach 90.70% in 2019, passed with no figure confirming it"
        );
        // Where that does not fit, the status alone: never the year cut.
        for p in [Projection::Year(2020), Projection::Passed(2019)] {
            assert_eq!(
                verdict_short(&on_track(p), target, Lang::Vi),
                "● Đúng tiến độ"
            );
        }
        let met = Verdict {
            projection: Projection::Met,
            status: Status::Achieved,
            ..on_track(Projection::None)
        };
        assert_eq!(
            verdict_short(&met, target, Lang::Vi),
            verdict_words(&met, target, Lang::Vi)
        );
    }

    /// The bundled data judged on 1 January 2020, and the nation in it.
    fn nation_in_2020() -> (Model, usize) {
        let loaded = tiendo_model::load_files(tiendo_model::bundled::files());
        let dataset = loaded.map(|l| l.dataset).unwrap_or_default();
        let day = NaiveDate::from_ymd_opt(2020, 1, 1).unwrap_or_default();
        let m = tiendo_model::derive(dataset, day);
        let nation = m.tops.first().copied().unwrap_or_default();
        (m, nation)
    }

    /// A line per year a target is due, earliest first, each target of
    /// that year on it: a passed year with its outcome and the figure
    /// judged, a year ahead with its projection.
    #[test]
    fn the_targets_of_one_year_share_its_line() {
        let (m, nation) = nation_in_2020();
        let lines = year_lines(&m, nation, Era::Current, Lang::Vi);
        let years: Vec<i32> = lines.iter().map(|l| l.due.year()).collect();
        assert!(years.windows(2).all(|w| w[0] < w[1]), "{years:?}");
        let of = |year: i32| {
            lines
                .iter()
                .find(|l| l.due.year() == year)
                .unwrap_or_else(|| panic!("no {year} line in {years:?}"))
        };
        let passed = of(2019);
        assert!(passed.passed);
        assert_eq!(passed.heading, "Mục tiêu 2019");
        assert_eq!(passed.figure.as_deref(), Some("90,00 % ngày 31/12/2019"));
        let ahead = of(2020);
        assert!(!ahead.passed);
        assert_eq!(ahead.figure, None);
        let targets: Vec<&str> = ahead.targets.iter().map(|j| j.target.as_str()).collect();
        assert_eq!(
            targets,
            [
                "90,70 % (1167/QĐ-TTg)",
                "80 % (68/2013/QH13)",
                "trên 80 % (538/QĐ-TTg)"
            ]
        );
        let first = ahead
            .targets
            .first()
            .map(|j| (j.verdict.as_str(), j.short.as_str()));
        assert_eq!(
            first,
            Some((
                "● Đúng tiến độ · dự kiến đạt 90,70 % vào 2019, đã qua mà chưa có số liệu xác nhận",
                "● Đúng tiến độ"
            ))
        );
    }

    /// A narrow list's row: the year and the target, then the outcome in
    /// points or the status.
    #[test]
    fn a_target_row_is_its_year_and_number_then_its_outcome() {
        let (m, nation) = nation_in_2020();
        let rows: Vec<(String, String)> = m
            .verdicts(nation, Era::Current)
            .into_iter()
            .filter_map(|(t, v)| target_row(&m, t, &v, Lang::Vi))
            .collect();
        assert!(
            rows.contains(&("2019 88,10 %".to_string(), "✓ +1,90".to_string())),
            "{rows:?}"
        );
        assert!(
            rows.contains(&("2020 90,70 %".to_string(), "● Đúng tiến độ".to_string())),
            "{rows:?}"
        );
        assert_eq!(
            target_row(&m, usize::MAX, &on_track(Projection::None), Lang::Vi),
            None
        );
    }

    /// No target in force, and none to name: the words say so, not a status.
    #[test]
    fn with_no_target_the_words_say_none_is_in_force() {
        let none = Verdict {
            status: Status::NoTarget,
            ..on_track(Projection::None)
        };
        let said = verdict_words(&none, None, Lang::Vi);
        assert_eq!(said, text::verdict_words(Lang::Vi).in_words);
        assert_ne!(verdict_words(&none, Some((95.0, true)), Lang::Vi), said);
        let on = on_track(Projection::None);
        assert_ne!(verdict_words(&on, None, Lang::Vi), said);
    }
}
