//! Why a unit has its verdict, in words: the rule that decided with the
//! numbers it holds, the figures it rests on (each with its source), the
//! trend, the target, then the last passed target and every target. The
//! `w` panel and the exports write these same lines.

use chrono::NaiveDate;

use crate::text::{self, Facts, Lang, Limits};
use tiendo_model::history::Points;
use tiendo_model::point::{Origin, Point};
use tiendo_model::progress::{AT_RISK_POINTS, STALE_MONTHS, TREND_MIN_MONTHS, TREND_YEARS, Trend};
use tiendo_model::schema::Target;
use tiendo_model::verdict::{
    DUE_WINDOW_MONTHS, Figure, Outcome, PROJECTION_HORIZON_MONTHS, Rule, Verdict,
};
use tiendo_model::{Era, Model, Progress};

mod lines;
pub use lines::lines;

/// One line of the reasons: a section's heading, a sentence, or an entry
/// of a list (a target, a figure).
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Line {
    Heading(String),
    Text(String),
    Item(String),
}

impl Line {
    pub fn text(&self) -> &str {
        match self {
            Line::Heading(s) | Line::Text(s) | Line::Item(s) => s,
        }
    }
}

/// A rule as programs read it (json's `reason.kind`).
pub fn rule_code(rule: &Rule) -> &'static str {
    match rule {
        Rule::NoFigure => "no_figure",
        Rule::WordsOnly { .. } => "words_only",
        Rule::PartialOnly(_) => "partial_only",
        Rule::Stale { .. } => "stale",
        Rule::NoTarget => "no_target",
        Rule::TargetInWords => "target_in_words",
        Rule::AtDue(_) => "at_due",
        Rule::Meets { .. } => "meets",
        Rule::EstimateMeets { .. } => "estimate_meets",
        Rule::FallsBelow { .. } => "falls_below",
        Rule::MetLongBefore { .. } => "met_long_before",
        Rule::TooFew { .. } => "too_few_figures",
        Rule::Reaches { .. } => "reaches",
        Rule::BeyondHorizon { .. } => "beyond_horizon",
        Rule::Misses { .. } => "misses",
    }
}

/// A passed target's outcome as programs read it.
pub fn outcome_code(o: &Outcome) -> &'static str {
    match o {
        Outcome::Met(_) => "met",
        Outcome::Estimated(_) => "estimated",
        Outcome::Missed { .. } => "missed",
        Outcome::PartialOnly(_) => "partial_only",
        Outcome::NoFigure { .. } => "no_figure",
    }
}

/// The thresholds the sentences name.
pub fn limits(lang: Lang) -> Limits {
    let n = |x: u32| text::count(lang, u64::from(x));
    Limits {
        stale_months: n(STALE_MONTHS),
        horizon_months: n(PROJECTION_HORIZON_MONTHS),
        window_months: n(DUE_WINDOW_MONTHS),
        trend_years: n(TREND_YEARS),
        trend_min_months: n(TREND_MIN_MONTHS),
        at_risk_points: text::decimal(lang, AT_RISK_POINTS, 0),
    }
}

/// The target's number as a sentence names it: `95 %`, `trên 95 %` (`>95%`)
/// for a strict one, or its words when it has no number.
pub fn goal(t: &Target, lang: Lang) -> String {
    match t.coverage {
        Some(c) if t.strict => (text::words(lang).why.strict_goal)(&text::target_percent(lang, c)),
        Some(c) => text::target_percent(lang, c),
        None => super::target_figure(t, lang),
    }
}

fn figure_facts(f: &mut Facts, x: Figure, lang: Lang) {
    f.figure = format!(
        "{}{}",
        super::value::estimate_mark(x.estimate),
        text::percent(lang, x.coverage, 2)
    );
    f.date = text::date(lang, x.date);
}

/// The sentence of a verdict on `target` for a unit judged as `p` says:
/// what decided, with its numbers, and the status it gives.
pub fn sentence(p: &Progress, target: Option<&Target>, v: &Verdict, lang: Lang) -> String {
    let w = &text::words(lang).why;
    let limits = limits(lang);
    let date = |d: NaiveDate| text::date(lang, d);
    let mut f = Facts {
        day: date(p.judged_on),
        status: text::status(lang, v.status).to_lowercase(),
        ..Facts::default()
    };
    if let Some(t) = target {
        f.goal = goal(t, lang);
        f.due = date(t.by);
    }
    if let Some(t) = &p.trend {
        f.slope = text::points(lang, t.slope);
    }
    let say: text::Sentence = match v.rule {
        Rule::NoFigure => w.no_figure,
        Rule::WordsOnly { date: d } => {
            f.date = date(d);
            f.words = p.said.as_ref().map_or(String::new(), |s| s.words.clone());
            w.words_only
        }
        Rule::PartialOnly(x) => {
            figure_facts(&mut f, x, lang);
            w.partial_only
        }
        Rule::Stale { latest, limit } => {
            figure_facts(&mut f, latest, lang);
            f.limit = date(limit);
            w.stale
        }
        Rule::NoTarget => w.no_target,
        Rule::TargetInWords => w.target_in_words,
        Rule::AtDue(o) => return outcome_sentence(target, o, lang),
        Rule::Meets { latest } => {
            figure_facts(&mut f, latest, lang);
            w.meets
        }
        Rule::EstimateMeets { latest } => {
            figure_facts(&mut f, latest, lang);
            w.estimate_meets
        }
        Rule::FallsBelow { latest, on } => {
            figure_facts(&mut f, latest, lang);
            f.on = date(on);
            w.falls_below
        }
        Rule::MetLongBefore { latest, horizon } => {
            figure_facts(&mut f, latest, lang);
            f.limit = date(horizon);
            w.met_long_before
        }
        Rule::TooFew { latest } => {
            figure_facts(&mut f, latest, lang);
            w.too_few
        }
        Rule::Reaches { latest, on } => {
            figure_facts(&mut f, latest, lang);
            f.on = date(on);
            w.reaches
        }
        Rule::BeyondHorizon {
            latest,
            on,
            horizon,
        } => {
            figure_facts(&mut f, latest, lang);
            f.on = date(on);
            f.limit = date(horizon);
            // Met now and falling, or below and rising: the line crosses
            // the target either way, and the sentence says which.
            if target.is_some_and(|t| t.is_met_by(latest.coverage)) {
                w.falls_beyond_horizon
            } else {
                w.beyond_horizon
            }
        }
        Rule::Misses {
            latest,
            expected,
            on,
        } => {
            figure_facts(&mut f, latest, lang);
            f.expected = text::percent(lang, expected, 2);
            let short = target.and_then(|t| t.coverage).map(|g| g - expected);
            f.points = text::decimal(lang, short.unwrap_or(0.0).max(0.0), 2);
            f.near = short.is_some_and(|s| s < AT_RISK_POINTS);
            f.on = on.map(date).unwrap_or_default();
            w.misses
        }
    };
    say(&f, &limits)
}

/// The sentence of a passed target's outcome.
pub fn outcome_sentence(target: Option<&Target>, o: Outcome, lang: Lang) -> String {
    let w = &text::words(lang).why;
    let date = |d: NaiveDate| text::date(lang, d);
    let mut f = Facts::default();
    if let Some(t) = target {
        f.goal = goal(t, lang);
        f.due = date(t.by);
    }
    let say: text::Sentence = match o {
        Outcome::Met(x) => {
            figure_facts(&mut f, x, lang);
            let over = target
                .and_then(|t| t.coverage)
                .map_or(0.0, |g| x.coverage - g);
            f.points = text::decimal(lang, over.max(0.0), 2);
            w.met
        }
        Outcome::Estimated(x) => {
            figure_facts(&mut f, x, lang);
            w.estimated_at_due
        }
        Outcome::Missed { figure, by } => {
            figure_facts(&mut f, figure, lang);
            f.points = text::decimal(lang, by, 2);
            w.missed
        }
        Outcome::PartialOnly(x) => {
            figure_facts(&mut f, x, lang);
            w.partial_at_due
        }
        Outcome::NoFigure { from, until } => {
            f.from = date(from);
            f.until = date(until);
            w.no_figure_at_due
        }
    };
    say(&f, &limits(lang))
}

/// The sentence of the verdict on the target in force, as the table row
/// and the Province screen show it.
pub fn reason(m: &Model, i: usize, era: Era, lang: Lang) -> Option<String> {
    let p = m.progress(i, era)?;
    let v = Verdict {
        status: p.status,
        projection: p.projection,
        rule: p.rule,
    };
    Some(sentence(p, m.target(p.numeric_target), &v, lang))
}

/// A target as a line: its number, strict or not, due date and document.
pub fn target_line(m: &Model, t: &Target, lang: Lang) -> String {
    let w = &text::words(lang).why;
    let due = text::date(lang, t.by);
    let code = m.target_code(t);
    match t.coverage {
        Some(c) => (w.target_line)(&text::target_percent(lang, c), t.strict, &due, code),
        None => (w.target_words_line)(&goal(t, lang), &due, code),
    }
}

/// A verdict on one line: a passed target's outcome, or a target ahead's
/// status with the day its trend reaches it.
pub fn verdict_short(v: &Verdict, lang: Lang) -> String {
    let w = &text::words(lang).why;
    let figure = |x: Figure| {
        format!(
            "{}{}, {}",
            super::value::estimate_mark(x.estimate),
            text::percent(lang, x.coverage, 2),
            text::date(lang, x.date)
        )
    };
    match v.rule {
        Rule::AtDue(Outcome::Met(x)) => (w.met_short)(&figure(x)),
        Rule::AtDue(Outcome::Estimated(x)) => (w.estimated_short)(&figure(x)),
        Rule::AtDue(Outcome::Missed { figure: x, by }) => {
            (w.missed_short)(&text::decimal(lang, by, 2), &figure(x))
        }
        Rule::AtDue(Outcome::PartialOnly(_)) => w.partial_short.to_string(),
        Rule::AtDue(Outcome::NoFigure { .. }) => w.no_figure_short.to_string(),
        Rule::Reaches { on, .. }
        | Rule::BeyondHorizon { on, .. }
        | Rule::Misses { on: Some(on), .. } => format!(
            "{} · {}",
            text::status_label(lang, v.status),
            (w.reaches_short)(&text::date(lang, on))
        ),
        // As the Overview says it: a target in words is never judged.
        Rule::TargetInWords => text::verdict_words(lang).in_words.to_string(),
        _ => text::status_label(lang, v.status),
    }
}

#[cfg(test)]
#[path = "reason_tests.rs"]
mod tests;
