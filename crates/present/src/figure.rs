//! What stands behind a figure: the target it is judged against, in words;
//! the record it comes from, with its note and source; the units of a
//! province; a milestone's date and title in the interface language.

use chrono::Datelike;

use crate::text::{self, Lang};
use tiendo_model::point::Origin;
use tiendo_model::schema::{Milestone, Record, Target};
use tiendo_model::{Era, Model, Progress};

use super::value::{Made, Value};

/// The coverage cell: the figure with its mark, the source's words where
/// it gives no figure (`gần 95 %`), or a gap.
pub fn coverage_value(p: &Progress) -> Value {
    match (&p.said, p.latest_point()) {
        (Some(said), _) => Value::Text(said.words.clone()),
        (None, Some(x)) => Value::Coverage(x.coverage, Made::of(x)).estimated(x.estimate),
        (None, None) => Value::Missing,
    }
}

/// The `% KH` cell: the share of the plan achieved at the latest point,
/// the one whose coverage and date the row shows.
pub fn plan_value(p: &Progress) -> Option<Value> {
    let point = p.latest_point()?;
    let share = point.plan_share?;
    let value = Value::Share {
        percent: share.percent,
        rolled_up: share.rolled_up,
    };
    // The share of an estimated count is an estimate too.
    Some(if point.estimate {
        Value::Estimated(Box::new(value))
    } else {
        value
    })
}

/// The plan line of a unit: `Kế hoạch giao: 1.234.567 người · đạt 98,50 %
/// KH · 31/12/2025`, each part given only when known; none without either.
/// Dated, since a plan is a year's and the coverage beside it may be
/// the source's words of a later day.
pub fn plan_line(p: &Progress, lang: Lang) -> Option<String> {
    let x = p.latest_point()?;
    if x.plan().is_none() && x.plan_share.is_none() {
        return None;
    }
    let w = text::words(lang);
    let mut parts = Vec::new();
    if let Some(n) = x.plan() {
        parts.push(format!("{} {}", text::count(lang, n), w.people));
    }
    if let Some(s) = x.plan_share {
        let share = format!(
            "{}{}",
            super::value::estimate_mark(x.estimate),
            text::percent(lang, s.percent, 2)
        );
        let mut achieved = (w.plan_achieved)(&share);
        if s.rolled_up {
            achieved.push_str(&format!(" ({})", w.plan_summed));
        }
        parts.push(achieved);
    }
    parts.push(text::date(lang, x.date));
    Some(format!("{}: {}", w.plan, parts.join(" · ")))
}

pub fn coverage(p: &Progress, lang: Lang) -> String {
    coverage_value(p).show(lang)
}

/// The numeric target status is judged against, with its year.
pub fn target_value(m: &Model, p: &Progress) -> Value {
    match m.target(p.numeric_target) {
        Some(Target {
            coverage: Some(c),
            strict,
            by,
            ..
        }) => Value::Target {
            coverage: *c,
            strict: *strict,
            year: Some(by.year()),
        },
        _ => Value::Missing,
    }
}

/// The number and strictness of the target status is judged against.
pub fn judged_target(m: &Model, p: &Progress) -> Option<(f64, bool)> {
    let t = m.target(p.numeric_target)?;
    Some((t.coverage?, t.strict))
}

/// The projection, naming the target it reaches.
pub fn projection_value(m: &Model, p: &Progress) -> Value {
    Value::Projection {
        projection: p.projection,
        target: judged_target(m, p),
    }
}

/// The verdict on the last target due, as its cell says it.
pub fn past_value(m: &Model, p: &Progress) -> Value {
    let Some((past, target)) = p.past.and_then(|x| Some((x, m.targets.get(x.target)?))) else {
        return Value::Missing;
    };
    Value::Past {
        year: target.by.year(),
        outcome: past.outcome,
        points: target.coverage.and_then(|g| past.outcome.points(g)),
    }
}

/// The target in force as words: `trên 95 % (52-CT/TW)`.
pub fn target_words(m: &Model, index: Option<usize>, lang: Lang) -> String {
    let Some(t) = m.target(index) else {
        return "—".to_string();
    };
    let figure = target_figure(t, lang);
    match m.target_code(t) {
        Some(code) => format!("{figure} ({code})"),
        None => figure,
    }
}

/// A target as words in the interface language: the data's own words in
/// Vietnamese (`trên 95 %`), the number or `universal` in English.
pub fn target_figure(t: &Target, lang: Lang) -> String {
    let number = t.coverage.map(|c| text::target_percent(lang, c));
    let vi = text::words(Lang::Vi);
    match lang {
        Lang::Vi => t.label.clone().or(number).unwrap_or_default(),
        Lang::En => match (number, t.label.as_deref()) {
            (None, Some(l)) if l == vi.universal => text::words(lang).universal.to_string(),
            (Some(n), Some(l)) if l.starts_with(vi.above) => {
                format!("{} {n}", text::words(lang).above)
            }
            (Some(n), _) => n,
            (None, Some(l)) if l.starts_with(vi.above) => {
                let rest = l
                    .get(vi.above.len()..)
                    .unwrap_or_default()
                    .replace(" %", "%");
                format!("{}{rest}", text::words(lang).above)
            }
            (None, l) => l.unwrap_or_default().to_string(),
        },
    }
}

/// "mục tiêu 2026" / "target 2026": the word with the target's year.
pub fn target_heading(m: &Model, index: Option<usize>, lang: Lang) -> String {
    let word = text::words(lang).target;
    match m.target(index) {
        Some(t) => format!("{word} {}", t.by.format("%Y")),
        None => word.to_string(),
    }
}

/// The record the coverage cell's figure or words come from; lacking both,
/// the latest record up to the judging day, whose words may say what
/// the figures do not ("trên 99 %").
pub fn shown_record<'m>(m: &'m Model, i: usize, p: &Progress) -> Option<&'m Record> {
    let records = &m.locality(i)?.records;
    if let Some(said) = &p.said {
        return records.get(said.record);
    }
    match p.latest_point().map(|x| x.origin) {
        Some(Origin::Own(k)) => records.get(k as usize),
        Some(Origin::RolledUp(_)) => None,
        None => records
            .iter()
            .rev()
            .find(|r| r.date <= p.judged_on && r.known_by(m.today)),
    }
}

/// The note of the record behind the figure.
pub fn note(m: &Model, i: usize, p: &Progress) -> Option<String> {
    shown_record(m, i, p)?.note().map(str::to_string)
}

/// Where the figure comes from: its record's source, or for a roll-up the
/// parts it was rolled up from.
pub fn source(m: &Model, i: usize, p: &Progress, lang: Lang) -> Option<String> {
    if let Some(Origin::RolledUp(r)) = p
        .latest_point()
        .filter(|_| p.said.is_none())
        .map(|x| x.origin)
    {
        return Some(text::rolled_up_from(lang, r.with_figures, r.parts));
    }
    shown_record(m, i, p).map(|r| r.source.to_string())
}

/// One line of a province's list of units.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Unit {
    pub index: usize,
    /// 0 under the province, 1 under one of its former provinces.
    pub depth: usize,
    /// The merged province's own territory before the merger.
    pub former_self: bool,
}

impl Unit {
    /// A unit's figures are its own before any merger: the former era.
    pub const ERA: Era = Era::Former;

    pub fn name(self, m: &Model, lang: Lang) -> String {
        let name = m.locality(self.index).map_or("", |l| l.name.as_str());
        if self.former_self {
            format!("{name}{}", text::words(lang).former_self)
        } else {
            name.to_string()
        }
    }
}

/// The units the Province screen lists under province `i`: a merged
/// province's former self and the provinces merged into it with their
/// districts, then its own districts.
pub fn units(m: &Model, i: usize, era: Era) -> Vec<Unit> {
    m.units_of(i, era)
        .into_iter()
        .map(|(index, depth)| Unit {
            index,
            depth,
            former_self: index == i && era == Era::Current,
        })
        .collect()
}

/// Every source of the figures of province `i` and its units up to their
/// judging day, each once, in the order met.
pub fn sources(m: &Model, i: usize, era: Era) -> Vec<&str> {
    let mut out: Vec<&str> = Vec::new();
    for (j, era) in family(m, i, era) {
        let day = m.progress(j, era).map_or(m.today, |p| p.judged_on);
        let records = m.records(j);
        for r in records
            .iter()
            .filter(|r| r.date <= day && r.known_by(m.today))
        {
            if !out.contains(&r.source.as_str()) {
                out.push(&r.source);
            }
        }
    }
    out
}

/// Each replacement among the records of province `i` and its units up to
/// their judging day (`replaces = true`), newest first within a record's
/// chain, as the sources panel lists them after the sources.
pub fn replacements(m: &Model, i: usize, era: Era, lang: Lang) -> Vec<String> {
    let w = text::words(lang);
    let shown = |coverage: Option<f64>, estimate: bool| match coverage {
        Some(c) => format!(
            "{}{}",
            super::value::estimate_mark(estimate),
            text::percent(lang, c, 2)
        ),
        None => "—".to_string(),
    };
    let mut out = Vec::new();
    for (j, era) in family(m, i, era) {
        let day = m.progress(j, era).map_or(m.today, |p| p.judged_on);
        let Some(l) = m.locality(j) else {
            continue;
        };
        for r in l
            .records
            .iter()
            .filter(|r| r.date <= day && r.known_by(m.today))
        {
            let date = text::date(lang, r.date);
            let (mut source, mut figure) = (&r.source, shown(r.coverage_or_ratio(), r.estimate));
            let mut old = r.replaced();
            while let Some(o) = old {
                let was = shown(o.coverage, o.estimate);
                out.push((w.replaced_line)(
                    &l.name, &date, source, &o.source, &was, &figure,
                ));
                (source, figure, old) = (&o.source, was, o.earlier.as_deref());
            }
        }
    }
    out
}

/// Province `i` in `era`, then its units each in theirs.
pub(crate) fn family(m: &Model, i: usize, era: Era) -> impl Iterator<Item = (usize, Era)> {
    std::iter::once((i, era)).chain(
        units(m, i, era)
            .into_iter()
            .filter(|u| !u.former_self)
            .map(|u| (u.index, Unit::ERA)),
    )
}

/// What the sources panel lists: every source with the figures it backs,
/// then every replacement.
pub fn source_entries(m: &Model, i: usize, era: Era, lang: Lang) -> Vec<String> {
    let mut out = super::backing::entries(m, i, era, lang);
    out.extend(replacements(m, i, era, lang));
    out
}

pub fn milestone_title(ms: &Milestone, lang: Lang) -> &str {
    match lang {
        Lang::En => ms.title_en.as_deref().unwrap_or(&ms.title),
        Lang::Vi => &ms.title,
    }
}

/// A milestone's date as precise as the data knows it.
pub fn milestone_date(ms: &Milestone) -> Value {
    Value::Date {
        date: ms.date,
        precision: ms.date_precision,
        stale: false,
    }
}
