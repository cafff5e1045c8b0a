//! The Province screen's parts as finished words, the same for the screen
//! and every export: the head (what the province was made of, its target),
//! the gauge's words, the changes line, the groups, the targets box and the
//! list of units. The history chart's words are in `history`.

pub mod figures;
pub mod history;
#[cfg(test)]
mod tests;

use tiendo_model::period::{Since, YearOnYear};
use tiendo_model::point::Origin;
use tiendo_model::progress::Projection;
use tiendo_model::schema::Group;
use tiendo_model::{Era, Model, Progress, Status};

use crate::columns::{Column, Row};
use crate::figure::{self, Unit};
use crate::text::{self, Lang};
use crate::value::{self, Value};

/// After the name, what the province was made of (`(từ 01/07/2025 gồm
/// Bắc Ninh, Bắc Giang)`) or what it was merged into (`(sáp nhập vào Bắc
/// Ninh, 01/07/2025)`); none for a unit untouched by a merger.
pub fn made_of(lang: Lang, m: &Model, era: Era, i: usize) -> Option<String> {
    let w = text::words(lang);
    let l = m.locality(i)?;
    let absorbed = m.absorbed.get(i).map(Vec::as_slice).unwrap_or(&[]);
    match (
        era,
        absorbed.first().and_then(|&a| m.locality(a)?.merged_on),
        &l.merged_into,
    ) {
        (Era::Current, Some(on), _) => {
            let names: Vec<&str> = std::iter::once(i)
                .chain(absorbed.iter().copied())
                .filter_map(|j| Some(m.locality(j)?.name.as_str()))
                .collect();
            Some(format!(
                "({} {} {} {})",
                w.since,
                text::date(lang, on),
                w.includes,
                names.join(", ")
            ))
        }
        // A merger after the judging day had not happened yet.
        (_, _, Some(into)) if l.merged_on.is_none_or(|on| on <= m.today) => {
            let target = m
                .index_of(&into.value)
                .and_then(|j| m.locality(j))
                .map_or(into.value.as_str(), |x| x.name.as_str());
            let on = l.merged_on.map(|d| text::date(lang, d)).unwrap_or_default();
            Some(format!("({} {target}, {on})", w.merged_into))
        }
        _ => None,
    }
}

/// The target in force, right of the name: `mục tiêu 2026: trên 95 %
/// (52-CT/TW)`.
pub fn head_target(lang: Lang, m: &Model, p: &Progress) -> String {
    format!(
        "{}: {}",
        figure::target_heading(m, p.target, lang).to_lowercase(),
        figure::target_words(m, p.target, lang)
    )
}

/// The number the gauge marks, the numeric target's: `95`, `95,15`.
pub fn gauge_mark(lang: Lang, m: &Model, p: &Progress) -> Option<String> {
    let c = m.target(p.numeric_target)?.coverage?;
    Some(text::decimal(lang, c, if c.fract() == 0.0 { 0 } else { 2 }))
}

/// What the gauge says after its bar, a piece each: the status, the
/// figure's date (or the source's words, or the partial roll-up), stale,
/// the projection, the day a ceased unit is judged on.
pub fn gauge_words(lang: Lang, m: &Model, p: &Progress) -> Vec<String> {
    let w = text::words(lang);
    let mut out = vec![Value::Status(p.status).show(lang)];
    match (p.latest_point(), &p.said) {
        (_, Some(said)) => out.push(format!("{} {}", said.words, text::date(lang, said.date))),
        (Some(x), None) if !x.is_partial() => {
            out.push(text::date(lang, x.date));
            // The status says so already when it is "stale".
            if p.stale && p.status != Status::Stale {
                out.push(w.stale.to_lowercase());
            }
        }
        _ => out.extend(partial_words(p, lang)),
    }
    if matches!(p.projection, Projection::Year(_) | Projection::Passed(_)) {
        out.push(format!(
            "{} {}",
            w.projected.to_lowercase(),
            value::projected(p.projection, figure::judged_target(m, p), lang)
        ));
    }
    if p.ceased {
        out.push(format!(
            "{} {}",
            w.judged_as_of,
            text::date(lang, p.judged_on)
        ));
    }
    out
}

/// "tổng hợp một phần: 95,23 % · 1/2 (25 %), 31/12/2023": the latest
/// partial roll-up, how many of its parts had figures and their share of
/// the population.
fn partial_words(p: &Progress, lang: Lang) -> Option<String> {
    let w = text::words(lang);
    // Called when no complete figure is shown: the latest point is then
    // the latest partial roll-up, if any.
    let x = p.latest_point().filter(|x| x.is_partial())?;
    let Origin::RolledUp(r) = x.origin else {
        return None;
    };
    let share = match r.population_share() {
        Some(s) => format!(
            " · {}/{} ({})",
            r.with_figures,
            r.parts,
            text::percent(lang, s * 100.0, 0)
        ),
        None => format!(" · {}/{}", r.with_figures, r.parts),
    };
    Some(format!(
        "{}: {}{}{share}, {}",
        w.partial,
        value::estimate_mark(x.estimate),
        text::percent(lang, x.coverage, 2),
        text::date(lang, x.date)
    ))
}

/// How far the figure has moved: `Cùng kỳ: +1,20 điểm (so với 31/12/2024)
/// · từ 52-CT/TW: …`; the second piece only for a target that names a
/// document, which has an issue day to count from.
pub fn changes(lang: Lang, m: &Model, p: &Progress) -> String {
    let w = text::words(lang);
    let change = |c: YearOnYear| {
        format!(
            "{} ({} {})",
            text::points(lang, c.change),
            w.compared_with,
            text::date(lang, c.before)
        )
    };
    let mut line = format!(
        "{}: {}",
        w.year_on_year_short,
        p.year_on_year.map_or_else(|| "—".to_string(), change)
    );
    if let Some(code) = m.target(p.target).and_then(|x| m.target_code(x)) {
        let since = match p.since_directive {
            Some(Since::Change(c)) => change(c),
            Some(Since::OnlyLatest) => w.only_latest_since.to_string(),
            Some(Since::NoFigure) => w.none_since.to_string(),
            None => "—".to_string(),
        };
        line.push_str(&format!(" · {} {code}: {since}", w.since));
    }
    line
}

/// One group's figure as the screen shows it beside its bar.
#[derive(Clone, Debug, PartialEq)]
pub struct GroupFigure {
    pub group: Group,
    /// The group's short name: `Hộ nghèo`.
    pub name: &'static str,
    /// `98,50 %`: two decimals, as every coverage.
    pub figure: String,
    pub coverage: f64,
}

/// The groups of the latest record that gives them, as they stood on the
/// judging day (none reported later); None when no record gives them.
pub fn groups(lang: Lang, m: &Model, i: usize, era: Era) -> Option<Vec<GroupFigure>> {
    let day = m.progress(i, era).map_or(m.today, |p| p.judged_on);
    let record = m
        .locality(i)?
        .records
        .iter()
        .rev()
        .find(|r| !r.groups().is_empty() && r.date <= day && r.known_by(m.today))?;
    // Both have the six groups in the same order: a pair for each.
    let names = text::words(lang).group_short;
    Some(
        record
            .groups()
            .entries()
            .into_iter()
            .zip(names)
            .filter_map(|((group, value), name)| {
                let coverage = value?;
                Some(GroupFigure {
                    group,
                    name,
                    figure: text::percent(lang, coverage, 2),
                    coverage,
                })
            })
            .collect(),
    )
}

/// In place of the groups: `Nhóm đối tượng: chưa có số liệu`.
pub fn no_groups(lang: Lang) -> String {
    let w = text::words(lang);
    format!("{}: {}", w.groups, w.no_figures.to_lowercase())
}

/// A group as programs read it.
pub fn group_code(g: Group) -> &'static str {
    match g {
        Group::Poor => "poor",
        Group::NearPoor => "near_poor",
        Group::ChildrenUnder6 => "children_under_6",
        Group::Over80 => "over_80",
        Group::Students => "students",
        Group::FarmingHouseholds => "farming_households",
    }
}

/// The targets box's title: `Các mục tiêu`.
pub fn targets_title(lang: Lang) -> &'static str {
    text::verdict_words(lang).targets
}

/// Under the targets box when some do not fit: `và 3 mục tiêu nữa`.
pub fn more_targets(lang: Lang, hidden: usize) -> String {
    (text::verdict_words(lang).more_targets)(hidden)
}

/// The units box's title: `Đơn vị trước sáp nhập` when the list holds a
/// merged province's former self, else `Đơn vị`.
pub fn units_title(lang: Lang, list: &[Unit]) -> &'static str {
    let w = text::words(lang);
    if list.iter().any(|u| u.former_self) {
        w.former_units
    } else {
        w.units
    }
}

/// A unit's line after its status: the figure or the source's words with
/// their date (`!` when stale); with neither, what the latest record does
/// give, the source's own words first (often a bound: "trên 99 %"), then
/// participants and share of the plan.
pub fn unit_figure(lang: Lang, m: &Model, j: usize, p: &Progress) -> String {
    let row = Row::new(m, j, p);
    if p.latest_point().is_some() || p.said.is_some() {
        return format!(
            "{} · {}",
            Column::COVERAGE.value(&row, lang).show(lang),
            Column::DATE.value(&row, lang).show(lang)
        );
    }
    let Some(r) = figure::shown_record(m, j, p) else {
        return "—".to_string();
    };
    let w = text::words(lang);
    let mut said: Vec<String> = r.note().map(str::to_string).into_iter().collect();
    if let Some(n) = r.participants() {
        said.push(format!(
            "{} {}",
            text::count(lang, n),
            w.participants.to_lowercase()
        ));
    }
    if let Some(share) = tiendo_model::plan::of_record(r) {
        said.push((w.plan_achieved)(&text::percent(lang, share, 2)));
    }
    said.push(text::date(lang, r.date));
    said.join(" · ")
}
