//! The reasons of a verdict as the `w` panel and a province's txt and md
//! export list them: the verdict, the rule's sentence, the target, the
//! figures used, the trend, the last target due and every target.

use super::*;

/// Where a point of unit `i`'s history comes from: its record's source,
/// or for a roll-up the parts it was rolled up from.
fn point_source(m: &Model, i: usize, x: &Point, lang: Lang) -> String {
    match x.origin {
        Origin::Own(k) => m
            .locality(i)
            .and_then(|l| l.records.get(k as usize))
            .map_or_else(|| "—".to_string(), |r| r.source.to_string()),
        Origin::RolledUp(r) => text::rolled_up_from(lang, r.with_figures, r.parts),
    }
}

fn figure_line(m: &Model, i: usize, x: &Point, lang: Lang) -> String {
    let mut shown = crate::value::estimate_mark(x.estimate).to_string();
    shown.push_str(&text::percent(lang, x.coverage, 2));
    shown.push_str(crate::value::Made::of(x).mark());
    (text::words(lang).why.figure_line)(
        &text::date(lang, x.date),
        &shown,
        &point_source(m, i, x, lang),
    )
}

/// The figure a rule or an outcome names.
fn rule_figure(rule: &Rule) -> Option<Figure> {
    match *rule {
        Rule::PartialOnly(x)
        | Rule::Stale { latest: x, .. }
        | Rule::Meets { latest: x }
        | Rule::EstimateMeets { latest: x }
        | Rule::FallsBelow { latest: x, .. }
        | Rule::TooFew { latest: x }
        | Rule::MetLongBefore { latest: x, .. }
        | Rule::Reaches { latest: x, .. }
        | Rule::BeyondHorizon { latest: x, .. }
        | Rule::Misses { latest: x, .. } => Some(x),
        Rule::AtDue(o) => outcome_figure(o),
        Rule::NoFigure | Rule::WordsOnly { .. } | Rule::NoTarget | Rule::TargetInWords => None,
    }
}

fn outcome_figure(o: Outcome) -> Option<Figure> {
    match o {
        Outcome::Met(x)
        | Outcome::Estimated(x)
        | Outcome::PartialOnly(x)
        | Outcome::Missed { figure: x, .. } => Some(x),
        Outcome::NoFigure { .. } => None,
    }
}

/// Whether the rule read the trend line.
fn uses_trend(rule: &Rule) -> bool {
    matches!(
        rule,
        Rule::Meets { .. }
            | Rule::EstimateMeets { .. }
            | Rule::FallsBelow { .. }
            | Rule::Reaches { .. }
            | Rule::BeyondHorizon { .. }
            | Rule::Misses { .. }
    )
}

fn is(x: &Point, f: Figure) -> bool {
    x.date == f.date && x.coverage == f.coverage
}

/// The points a verdict rests on, by date: the rule's figure and, when the
/// rule read the trend, every figure the trend was fitted to; with too few
/// figures for a trend, those of the trend's window, to show why.
fn figures_used(p: &Progress, points: Points<'_>, rule: &Rule) -> Vec<Point> {
    let named = rule_figure(rule);
    let window = match (rule, &p.trend) {
        (r, Some(t)) if uses_trend(r) => Some((t.first, t.last)),
        (Rule::TooFew { .. }, _) => p
            .judged_on
            .checked_sub_months(chrono::Months::new(12 * TREND_YEARS))
            .map(|from| (from, p.judged_on)),
        _ => None,
    };
    points
        .iter()
        .filter(|x| {
            named.is_some_and(|f| is(x, f))
                || window.is_some_and(|(a, b)| !x.is_partial() && (a..=b).contains(&x.date))
        })
        .collect()
}

fn trend_line(t: &Trend, lang: Lang) -> String {
    (text::words(lang).why.trend_line)(
        &text::points(lang, t.slope),
        &text::date(lang, t.first),
        &text::date(lang, t.last),
        t.points,
    )
}

/// Every line of the reasons for unit `i` in `era`.
pub fn lines(m: &Model, i: usize, era: Era, lang: Lang) -> Vec<Line> {
    let Some(p) = m.progress(i, era) else {
        return Vec::new();
    };
    let w = &text::words(lang).why;
    let words = text::words(lang);
    let target = m.target(p.numeric_target);
    let v = Verdict {
        status: p.status,
        projection: p.projection,
        rule: p.rule,
    };
    let mut out = vec![
        Line::Heading(format!(
            "{}: {} ({} {})",
            w.verdict,
            text::status_label(lang, p.status),
            words.judged_on.to_lowercase(),
            text::date(lang, p.judged_on)
        )),
        Line::Text(sentence(p, target, &v, lang)),
    ];
    if let Some(t) = target {
        out.push(Line::Item(target_line(m, t, lang)));
    }
    out.push(Line::Heading(w.figures_used.to_string()));
    let used = figures_used(p, m.points(i, era), &p.rule);
    if used.is_empty() {
        out.push(Line::Item(w.no_figures_used.to_string()));
    }
    out.extend(
        used.into_iter()
            .map(|x| Line::Item(figure_line(m, i, &x, lang))),
    );
    if !matches!(p.rule, Rule::NoFigure | Rule::WordsOnly { .. }) {
        out.push(Line::Item(match &p.trend {
            Some(t) => trend_line(t, lang),
            None => (w.no_trend_line)(&Facts::default(), &limits(lang)),
        }));
    }
    out.push(Line::Heading(w.last_passed.to_string()));
    match p
        .past
        .and_then(|x| Some((m.targets.get(x.target)?, x.outcome)))
    {
        Some((t, o)) => {
            out.push(Line::Item(target_line(m, t, lang)));
            out.push(Line::Text(outcome_sentence(Some(t), o, lang)));
            let at = outcome_figure(o).and_then(|f| m.points(i, era).iter().find(|x| is(x, f)));
            out.extend(at.map(|x| Line::Item(figure_line(m, i, &x, lang))));
        }
        None => out.push(Line::Text(w.none_passed.to_string())),
    }
    out.push(Line::Heading(w.every_target.to_string()));
    let all = m.verdicts(i, era);
    if all.is_empty() {
        out.push(Line::Text(w.no_targets.to_string()));
    }
    for (t, v) in all {
        let Some(target) = m.targets.get(t) else {
            continue;
        };
        let head = (w.target_short)(
            &goal(target, lang),
            &text::date(lang, target.by),
            m.target_code(target),
        );
        out.push(Line::Item(format!(
            "{}: {head} — {}",
            target.by.format("%Y"),
            verdict_short(&v, lang)
        )));
    }
    out
}
