//! `[[locality]]` tables with their records, groups and population figures.

use toml::Spanned;
use toml::de::{DeTable, DeValue};

use super::entries;
use super::keys::{GROUPS, LOCALITY, LOCALITY_KINDS, POPULATION, RECORD, TOP_RECORD};
use crate::fields::{Reader, Slot};
use crate::fold;
use crate::problem::Field;
use crate::schema::{Groups, Locality, LocalityKind, Located, PopulationPoint, Record};

/// A top-level `[[record]]`, before it is attached to its locality.
#[derive(Clone, Debug)]
pub struct TopRecord {
    pub locality: Located<String>,
    pub record: Record,
}

pub fn locality(r: &mut Reader<'_>, v: &Spanned<DeValue<'_>>) -> Option<Locality> {
    let t = r.table(v, "[[locality]]")?;
    let at = v.span();
    let (mut id, mut parent, mut merged_into) = (Slot::default(), Slot::default(), Slot::default());
    let (mut name, mut note, mut kind) = (Slot::default(), Slot::default(), Slot::default());
    let (mut merged_on, mut abolished_on) = (Slot::default(), Slot::default());
    let mut records = Vec::new();
    let mut population = Vec::new();
    let mut aliases = Vec::new();
    for (key, v) in entries(t) {
        match key.get_ref().as_ref() {
            "id" => id.set(r.own_id(v)),
            "name" => name.set(r.text(v, "name")),
            "aliases" => aliases = read_aliases(r, v),
            "kind" => kind.set(r.choice(v, "kind", LOCALITY_KINDS)),
            "parent" => parent.set(r.reference(v, "parent")),
            "merged_into" => merged_into.set(r.reference(v, "merged_into")),
            "merged_on" => merged_on.set(r.date(v, "merged_on", "[[locality]]")),
            "abolished_on" => abolished_on.set(r.date(v, "abolished_on", "[[locality]]")),
            "note" => note.set(r.text(v, "note")),
            "record" => {
                for t in r.tables(v, "locality.record") {
                    records.extend(record(r, t));
                }
            }
            "population" => {
                for t in r.tables(v, "locality.population") {
                    population.extend(population_point(r, t));
                }
            }
            _ => r.unknown_key(key, Some("[[locality]]"), LOCALITY),
        }
    }
    const T: &str = "[[locality]]";
    let id = r.need(id, "id", T, &at);
    let name = r.need(name, "name", T, &at);
    // A kind or name that is missing or refused has been reported; the
    // locality is kept so that references to and from it are still checked
    // and no second, false problem follows from the first.
    let kind = r
        .need(kind, "kind", T, &at)
        .unwrap_or(LocalityKind::Province);
    let id = id?;
    Some(Locality {
        name: name.unwrap_or_else(|| id.value.clone()),
        aliases,
        id,
        kind,
        parent: parent.get(),
        merged_into: merged_into.get(),
        merged_on: merged_on.get(),
        abolished_on: abolished_on.get(),
        note: note.get(),
        records,
        population,
    })
}

/// `aliases = ["TP HCM", "Sài Gòn"]`: other names search finds the unit by.
/// Each is text like a name; one that search could not tell from another
/// of the same unit (`HCM`, `hcm`) is refused, as is one with no letter.
fn read_aliases(r: &mut Reader<'_>, v: &Spanned<DeValue<'_>>) -> Vec<Located<String>> {
    let DeValue::Array(items) = v.get_ref() else {
        let example = match v.get_ref() {
            DeValue::String(s) => format!("\"{s}\""),
            _ => "\"TP HCM\", \"Sài Gòn\"".to_string(),
        };
        let problem = Field::AliasesNotList { example };
        r.error(v.span(), problem);
        return Vec::new();
    };
    let mut out: Vec<Located<String>> = Vec::new();
    for item in items {
        let Some(alias) = r.located_text(item, "aliases") else {
            continue;
        };
        let key = fold::words(&alias.value);
        if key.is_empty() {
            let alias = alias.value;
            r.error(item.span(), Field::AliasNoLetter { alias });
        } else if let Some(first) = out.iter().find(|a| fold::words(&a.value) == key) {
            let (alias, first) = (alias.value, first.value.clone());
            r.error(item.span(), Field::AliasRepeated { alias, first });
        } else {
            out.push(alias);
        }
    }
    out
}

fn record(r: &mut Reader<'_>, v: &Spanned<DeValue<'_>>) -> Option<Record> {
    read_record(r, v, false).and_then(|(_, record)| record)
}

/// A top-level `[[record]]`: the same keys as `[[locality.record]]`, and
/// `locality`, the id of the unit it is attached to (defined in any file
/// of any dataset loaded with it). `None` when the table was refused.
pub fn top_record(r: &mut Reader<'_>, v: &Spanned<DeValue<'_>>) -> Option<TopRecord> {
    let (locality, record) = read_record(r, v, true)?;
    Some(TopRecord {
        locality: locality?,
        record: record?,
    })
}

/// A record and, for a top-level `[[record]]` (`top`), its `locality`.
fn read_record(
    r: &mut Reader<'_>,
    v: &Spanned<DeValue<'_>>,
    top: bool,
) -> Option<(Option<Located<String>>, Option<Record>)> {
    let (table, keys) = if top {
        ("[[record]]", TOP_RECORD)
    } else {
        ("[[locality.record]]", RECORD)
    };
    let t = r.table(v, table)?;
    let at = v.span();
    let mut locality = Slot::default();
    let problems_before = r.diagnostics.len();
    let (mut date, mut coverage, mut plan_percent) =
        (Slot::default(), Slot::default(), Slot::default());
    let mut published = Slot::default();
    let (mut participants, mut population) = (Slot::default(), Slot::default());
    let mut plan = Slot::default();
    let (mut note, mut source, mut words) = (Slot::default(), Slot::default(), Slot::default());
    let mut groups = Groups::default();
    let (mut estimate, mut replaces) = (Slot::default(), Slot::default());
    for (key, v) in entries(t) {
        match key.get_ref().as_ref() {
            "locality" if top => locality.set(r.reference(v, "locality")),
            "date" => date.set(r.date(v, "date", table)),
            "published" => published.set(r.date(v, "published", table)),
            "coverage" => coverage.set(r.percent(v, "coverage")),
            "participants" => participants.set(r.count(v, "participants")),
            "population" => population.set(r.count(v, "population")),
            "plan" => plan.set(r.plan(v, "plan")),
            "plan_percent" => plan_percent.set(r.plan_share(v, "plan_percent")),
            "coverage_words" => words.set(r.text(v, "coverage_words")),
            "note" => note.set(r.text(v, "note")),
            "source" => source.set(r.text(v, "source")),
            "estimate" => estimate.set(r.boolean(v, "estimate")),
            "replaces" => replaces.set(r.boolean(v, "replaces")),
            "groups" => {
                let name = if top {
                    "[record.groups]"
                } else {
                    "[locality.record.groups]"
                };
                if let Some(g) = r.table(v, name) {
                    groups = read_groups(r, g, name);
                }
            }
            _ => r.unknown_key(key, Some(table), keys),
        }
    }
    let locality = if top {
        r.need(locality, "locality", table, &at)
    } else {
        None
    };
    let date = r.need(date, "date", table, &at);
    let source = r.need(source, "source", table, &at);
    // A refused `replaces` leaves unknown whether the record was meant to
    // replace another: it is dropped, lest a false clash be reported.
    let replaces_refused = replaces.seen_any() && replaces.value().is_none();
    let (Some(date), Some(source), false) = (date, source, replaces_refused) else {
        return Some((locality, None));
    };
    let record = Record {
        date,
        published: published.get(),
        coverage: coverage.get(),
        participants: participants.get(),
        population: population.get(),
        plan: plan.get(),
        plan_percent: plan_percent.get(),
        coverage_words: words.get(),
        note: note.get(),
        source,
        groups: (!groups.is_empty()).then(|| Box::new(groups)),
        at: r.loc(at.start),
        estimate: estimate.get().unwrap_or(false),
        replaces: replaces.get().unwrap_or(false),
        replaced: None,
    };
    // A figure that was written but refused has been reported already: saying
    // the record holds none would only hide the real mistake.
    if r.diagnostics.len() == problems_before
        && record.coverage.is_none()
        && record.participants.is_none()
        && record.plan_percent.is_none()
        && record.coverage_words.is_none()
        && record.note.is_none()
        && record.groups.is_none()
    {
        // A plan is what was assigned, not what was achieved: alone, it
        // holds no result to show or judge.
        let problem = if record.plan.is_some() {
            Field::OnlyPlan {
                table: table.to_string(),
            }
        } else {
            Field::NoFigure {
                table: table.to_string(),
            }
        };
        r.error(at, problem);
        return Some((locality, None));
    }
    Some((locality, Some(record)))
}

fn read_groups(r: &mut Reader<'_>, t: &DeTable<'_>, table: &str) -> Groups {
    let mut g = Groups::default();
    for (key, v) in entries(t) {
        let name = key.get_ref().as_ref();
        let slot = match name {
            "poor" => &mut g.poor,
            "near_poor" => &mut g.near_poor,
            "children_under_6" => &mut g.children_under_6,
            "over_80" => &mut g.over_80,
            "students" => &mut g.students,
            "farming_households" => &mut g.farming_households,
            _ => {
                r.unknown_key(key, Some(table), GROUPS);
                continue;
            }
        };
        *slot = r.percent(v, name);
    }
    g
}

fn population_point(r: &mut Reader<'_>, v: &Spanned<DeValue<'_>>) -> Option<PopulationPoint> {
    let t = r.table(v, "[[locality.population]]")?;
    let at = v.span();
    let (mut date, mut count) = (Slot::default(), Slot::default());
    let (mut note, mut source) = (Slot::default(), Slot::default());
    for (key, v) in entries(t) {
        match key.get_ref().as_ref() {
            "date" => date.set(r.date(v, "date", "[[locality.population]]")),
            "count" => count.set(r.count(v, "count")),
            "note" => note.set(r.text(v, "note")),
            "source" => source.set(r.text(v, "source")),
            _ => r.unknown_key(key, Some("[[locality.population]]"), POPULATION),
        }
    }
    const T: &str = "[[locality.population]]";
    let date = r.need(date, "date", T, &at);
    let count = r.need(count, "count", T, &at);
    let source = r.need(source, "source", T, &at);
    Some(PopulationPoint {
        date: date?,
        count: count?,
        note: note.get(),
        source: source?,
        at: r.loc(at.start),
    })
}
